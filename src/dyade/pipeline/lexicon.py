"""Load the event trigger lexicon (``lexicon/triggers.jsonl``) into a lookup by head lemma."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import DataError
from ..resources import load_jsonl, require

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2,
        "RETREAT": 2, "REQUEST": 1, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
        "SANCTION": 4, "MOBILIZE": 3, "COERCE": 4, "ASSAULT": 4}
VERBAL = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
REFLEXIVE = re.compile(r"^(?:se |s'|s’)")


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry, compiled."""

    head: str
    words: tuple[str, ...]
    reflexive: bool
    pos: str
    event: str
    mode: str | None
    cameo: str
    recipient_preps: tuple[str, ...] | None
    requires_prep: tuple[str, ...] | None
    symmetric: bool
    inverse: bool
    place_recipient: bool = False
    actor_sectors: tuple[str, ...] | None = None
    internal: bool = False
    holder: bool = False  # the actor is whose the trigger's word is: "aux mains des rebelles"
    ruler_recipient: bool = False  # counts only on a person or a government: "renverser"
    state_act: bool = False  # with no actor named, the recipient's own state: "arrêté"
    act_subject: bool = False  # the subject names the act, the object its doer: "opposer"
    home_recipient: bool = False  # with no recipient named, the actor's own state: "démissionner"
    focus_recipient: bool = False  # with none named, the article's country: "lever ses sanctions"

    @property
    def size(self) -> int:
        return 1 + len(self.words) + int(self.reflexive)


@cache
def triggers() -> dict[str, tuple[Trigger, ...]]:
    """Return the triggers indexed by head lemma, longest expressions first."""
    index: dict[str, list[Trigger]] = {}
    for where, obj in load_jsonl("lexicon", "triggers.jsonl"):
        trigger = _compile(obj, where)
        index.setdefault(trigger.head, []).append(trigger)
    return {k: tuple(sorted(v, key=lambda t: -t.size)) for k, v in index.items()}


def _compile(obj: dict, where: str) -> Trigger:
    require(obj, where, trigger=str, pos=str, event=str, cameo=str)
    if obj["event"] not in PLOVER:
        raise DataError(f"{where}: unknown PLOVER event {obj['event']!r}")
    if obj["pos"] not in ("VERB", "NOUN"):
        raise DataError(f"{where}: pos must be VERB or NOUN")
    text = obj["trigger"].strip().lower()
    reflexive = bool(REFLEXIVE.match(text))
    text = REFLEXIVE.sub("", text)
    words = [w for w in re.split(r"\s+", text.replace("’", "'")) if w]
    head, rest = words[0], []
    for word in words[1:]:
        rest.extend(p for p in re.split(r"(?<=')", word) if p)
    preps = obj.get("recipient_preps")
    needs = obj.get("requires_prep")
    return Trigger(head=head, words=tuple(rest), reflexive=reflexive, pos=obj["pos"],
                   event=obj["event"], mode=obj.get("mode"), cameo=obj["cameo"],
                   recipient_preps=tuple(preps) if preps else None,
                   requires_prep=tuple(needs) if needs else None,
                   symmetric=bool(obj.get("symmetric")), inverse=bool(obj.get("inverse")),
                   place_recipient=bool(obj.get("place_recipient")),
                   actor_sectors=tuple(obj["actor_sectors"]) if obj.get("actor_sectors")
                   else None, internal=bool(obj.get("internal")),
                   holder=bool(obj.get("holder")),
                   ruler_recipient=bool(obj.get("ruler_recipient")),
                   state_act=bool(obj.get("state_act")),
                   act_subject=bool(obj.get("act_subject")),
                   home_recipient=bool(obj.get("home_recipient")),
                   focus_recipient=bool(obj.get("focus_recipient")))


@cache
def noun_trigger(lemma: str, context: frozenset[str] = frozenset()) -> Trigger | None:
    """The most specific noun expression headed by ``lemma`` whose other words are among
    ``context``, the words of the noun's phrase ("coup d'État" is not "coup de fil")."""
    return next((t for t in triggers().get(lemma, ()) if t.pos == "NOUN" and
                 all(w in context for w in t.words)), None)


def act_kind(lemma: str, context: frozenset[str] = frozenset()) -> str | None:
    """The kind of act a noun names ("frappe": ASSAULT), when it names a deed rather than a
    statement: what "ces frappes" or "a condamné l'attaque" refers back to."""
    trigger = noun_trigger(lemma, context)
    return trigger.event if trigger is not None and trigger.event not in VERBAL else None


def phrase_words(token: Any) -> frozenset[str]:
    """The lower-case forms and lemmas of a noun phrase's words, for :func:`noun_trigger`."""
    return frozenset(w for t in token.subtree for w in (t.lower_, t.lemma_.lower()))


@cache
def speech_verbs() -> dict[str, str]:
    """Return reporting verbs and nouns (lemma → kind) of ``lexicon/speech.jsonl``."""
    out = {}
    for where, obj in load_jsonl("lexicon", "speech.jsonl"):
        require(obj, where, lemma=str, kind=str)
        out[obj["lemma"].lower()] = obj["kind"]
    return out
