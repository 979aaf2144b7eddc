"""The one error users see for bad input: a clear sentence, never a traceback."""


class InputError(ValueError):
    """The input cannot be analysed (empty, binary, not UTF-8, too large, not English...)."""
