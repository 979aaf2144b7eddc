"""Stage 3, time: temporal expressions and the events they date.

- `patterns`: the date patterns (data/temporal.toml) and the scanner that finds mentions.
- `resolve`: a mention resolved to a calendar value against its anchor.
- `tagger`: the article's temporal expressions (`tag`), with tense and direction.
- `events`: the short who-did-what text each dated event gets.
- `extract`: the stage's entry point, `extract_timeline`.
"""
