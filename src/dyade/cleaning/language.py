"""Tell the language of a paragraph or an article with CLD2."""

from __future__ import annotations

import re
from functools import cache

import pycld2

from ..resources import load_json

MIN_LETTERS = 25
WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+")


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
    if code != "fr" and _french_share(text) >= _rules()[1]:
        return "fr", True  # "A Washington, Barack Obama a condamné ...", which CLD2 calls English
    if code in ("un", "xx-Qaai"):
        return None, False
    return code, bool(reliable)


def _french_share(text: str) -> float:
    words = WORD.findall(text.lower())
    return sum(w in _rules()[0] for w in words) / len(words) if words else 0.0


@cache
def _rules() -> tuple[frozenset[str], float]:
    data = load_json("cleaning", "language.json")
    return frozenset(data["french_words"]), float(data["min_french_share"])
