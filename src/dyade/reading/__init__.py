"""Turn files, folders, JSON lines, HTML and standard input into Articles."""

from .reader import read_inputs, read_text_bytes

__all__ = ["read_inputs", "read_text_bytes"]
