"""The Article: one input text as read, before any analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def content_id(text: str) -> str:
    """Return the stable id of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """An input article.

    Attributes:
        doc: name of the article (file stem, or the record id of a JSONL line).
        source: where it came from (path, ``path:line`` or URL).
        text: the raw text, kept unchanged; every offset in dyade's output refers to it.
        title: title given by the input (JSONL field or HTML metadata), if any.
        url: URL given by the input, if any.
        date: date given by the input (JSONL field or HTML metadata), if any.
        outlet: outlet given by the input, if any.
        warnings: what went wrong while reading, without stopping it.
        error: why the article cannot be coded at all (then ``text`` may be empty).
    """

    doc: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def id(self) -> str:
        """Stable content hash of the raw text (of the source when there is no text)."""
        return content_id(self.text or self.source)
