"""Separate an article's body from its page furniture and find its publication date."""

from .clean import Cleaned, Line, clean

__all__ = ["Cleaned", "Line", "clean"]
