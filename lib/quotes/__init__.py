"""Stage 2, statements: who said what.

- `marks`: quotation marks paired into quoted spans.
- `lexicon`: the speech-verb lexicon (data/cues.toml) and its phrase matcher.
- `parse`: the dependency patterns that tie a cue to its speaker and content.
- `reported`: indirect and mixed speech without quote marks.
- `finder`: the stage's entry point, `extract_quotes`.
- `speakers/`: who a mention names (resolution) and the speakers table.
"""
