"""Tell the language of a paragraph or an article with CLD2."""

from __future__ import annotations

import pycld2

MIN_LETTERS = 25


def detect(text: str) -> tuple[str | None, bool]:
    """Return ``(ISO 639-1 code or None, reliable)`` for a text.

    Short texts and texts CLD2 cannot read give ``(None, False)``.
    """
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None, False
    try:
        reliable, _, details = pycld2.detect(text.encode("utf-8", "replace").decode("utf-8"))
    except pycld2.error:
        return None, False
    code = details[0][1]
    if code in ("un", "xx-Qaai"):
        return None, False
    return code, bool(reliable)
