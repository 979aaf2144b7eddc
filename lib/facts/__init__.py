"""Stage 4, facts: figures, what they measure, statements and topics.

- `numbers`: digits and number words into values.
- `figures`: which numbers are figures, their value, unit and qualifier.
- `measures`: what a figure measures.
- `statements`: claims with their status (reported, attributed, unverified, claimed).
- `topics`: the article's topics from the editable taxonomy.
- `extract`: the stage's entry point, `extract_facts`, and key figures.
"""
