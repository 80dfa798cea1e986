"""Exceptions that tell the user what went wrong and what to do about it."""


class DyadeError(Exception):
    """Base class of every error dyade raises on purpose."""


class InputError(DyadeError):
    """An input could not be read as an article."""


class DataError(DyadeError):
    """A package data file (lexicon, knowledge base, patterns) is malformed."""


class GoldError(DyadeError):
    """A gold or system file given to ``evaluate`` is malformed."""
