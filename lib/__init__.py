"""News article analysis: quotes, figures, timeline, entities, sentences and topics as tables."""

from lib.errors import InputError

__all__ = ["InputError", "analyze"]


def analyze(*args, **kwargs):
    """See `lib.pipeline.analyze` (imported lazily: spaCy is slow to import)."""
    from lib.pipeline import analyze as _analyze

    return _analyze(*args, **kwargs)
