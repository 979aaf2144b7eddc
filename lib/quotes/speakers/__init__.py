"""Speakers: a speaker mention resolved to the person or organisation it names, and the table of them."""
