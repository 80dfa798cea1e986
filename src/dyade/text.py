"""Small text normalisations shared by matching and scoring."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def strip_accents(text: str) -> str:
    """Remove diacritics: ``États`` → ``Etats``."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold a name for comparison: no accents, lower case, punctuation as spaces (cached:
    the same words are folded over and over)."""
    text = strip_accents(text.translate(APOSTROPHES)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())
