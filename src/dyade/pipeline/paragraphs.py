"""The ``dyade_paragraphs`` component: no sentence runs across a line break.

Scraped articles put one paragraph per line; the parser, left alone, sometimes joins two
paragraphs into one sentence. Placed before the parser, this component marks the first
token after every line break as a sentence start, which the parser keeps. Within a line, a
word in lower case that follows no sentence-ending mark does not start a sentence: the parser
otherwise sometimes cuts "Réunis jeudi à Abuja | pour un sommet, les chefs d'État ont ...".
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

ENDINGS = frozenset(".!?…:;«»\"“”")


class ParagraphBreaker:
    """Mark sentence starts after line breaks."""

    def __init__(self, nlp: Language, name: str = "dyade_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if prev.is_space and "\n" in prev.text and not token.is_space:
                token.is_sent_start = True
            elif not prev.is_space and prev.text not in ENDINGS and (
                    token.is_lower and token.is_alpha or not prev.whitespace_):
                token.is_sent_start = False  # nor within a word: "Addis-Abeba"
        return doc

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        for doc in stream:
            yield self(doc)
