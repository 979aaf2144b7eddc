"""Stage 2, statements: who said what.

- `marks`: quotation marks paired into quoted spans.
- `lexicon`: the speech-verb lexicon (data/cues.toml) and its phrase matcher.
- `parse`: `QuoteParse`, the one helper both finders share (offsets to tokens, subjects,
  cues, trimmed spans).
- `reported`: indirect and mixed speech without quote marks (reported clauses, "according
  to", requests, "Name: claim", what follows "denied the allegations:").
- `acts`: speech acts with no reported clause (commitments, requests for something, statement
  nouns with their content, objects of speech acts, naming, questions put).
- `finder`: the stage's entry point, `extract_quotes`.
- `speakers/`: who a mention names (`resolve` dispatching to `mentions`, `pronouns`, `nouns`,
  `documents`), one name per speaker across the article (`canonical`) and the speakers table.
"""
