"""Register dyade's spaCy component factories (also exposed as ``spacy_factories`` entry points)."""

from __future__ import annotations

from spacy.language import Language

from .actors import ActorRecognizer
from .claims import ClaimFinder
from .events import EventExtractor
from .paragraphs import ParagraphBreaker


@Language.factory("dyade_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaker:
    """Sentence starts after line breaks (place it before the parser)."""
    return ParagraphBreaker(nlp, name)


@Language.factory("dyade_actors", assigns=["doc._.dyade_mentions"],
                  requires=["token.lemma", "token.pos", "token.dep", "doc.ents"])
def make_actors(nlp: Language, name: str) -> ActorRecognizer:
    """Actor mentions: knowledge-base names, offices, state bodies, demonyms, pronouns."""
    return ActorRecognizer(nlp, name)


@Language.factory("dyade_claims", assigns=["doc._.dyade_counts", "doc._.dyade_quotes"],
                  requires=["token.lemma", "token.dep"])
def make_claims(nlp: Language, name: str) -> ClaimFinder:
    """Casualty figures and direct quotations with their speakers."""
    return ClaimFinder(nlp, name)


@Language.factory("dyade_events", assigns=["doc._.dyade_events"],
                  requires=["doc._.dyade_mentions", "token.dep", "token.lemma"])
def make_events(nlp: Language, name: str) -> EventExtractor:
    """PLOVER event frames: trigger, actor and recipient mentions, modality, speaker."""
    return EventExtractor(nlp, name)
