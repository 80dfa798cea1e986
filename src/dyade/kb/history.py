"""Known dated world events (``kb/events.jsonl``), and what naming one tells about an
article's date.

An article with no date, a month-only date or a contradicted one still names things that
happened on known days: "l'offensive lancée par HTS la semaine dernière", "le sommet des pays
exportateurs de gaz" in Tehran, "la Russie est intervenue le 30 septembre en Syrie". When a
sentence matches a known event's cues and says when it happened relative to the article
("la semaine dernière", "lundi", "le 30 septembre"), only the days on which that relative
date would fall on the known event can be the article's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..errors import DataError
from ..pipeline.lexicon import PLOVER
from ..resources import load_jsonl, require
from ..text import fold
from ..timex.expressions import Anchor, Timex, interval

REACH = dt.timedelta(days=400)


@dataclass(frozen=True)
class KnownEvent:
    id: str
    start: dt.date
    end: dt.date
    label: str
    kind: str
    countries: tuple[str, ...]
    cues: tuple[tuple[re.Pattern[str], ...], ...]
    plover: str | None = None
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    mode: str | None = None
    keys: tuple[tuple[frozenset[str], ...], ...] = ()  # each term's variants' first letters

    def matches(self, folded: str, context: str = "",
                keys: tuple[set[str], set[str]] | None = None) -> bool:
        """True when one alternative of the cues has all its terms in a folded sentence: its
        first term and at least half of them there, the others there or in the folded
        ``context`` (its paragraph).
        ``keys`` (the word starts of the sentence, and of sentence and context) rule out
        alternatives cheaply before the patterns are tried."""
        for n, alt in enumerate(self.cues):
            if keys is not None and self.keys and not (
                    self.keys[n][0] & keys[0] and all(k & keys[1] for k in self.keys[n][1:])):
                continue
            if not alt[0].search(folded):
                continue
            own = 1 + sum(1 for term in alt[1:] if term.search(folded))
            if own * 2 >= len(alt) and \
                    all(term.search(folded) or term.search(context) for term in alt[1:]):
                return True  # at least half the terms in the sentence itself
        return False


class KnownEvents:
    """The known events, indexed by the first letters of their cues' first words, so that a
    sentence is only tried against the events it may name."""

    KEY = 4

    def __init__(self, events: tuple[KnownEvent, ...]) -> None:
        self.events = events
        self.index: dict[str, set[int]] = {}
        for n, event in enumerate(events):
            for alt in event.keys:
                for key in alt[0]:
                    self.index.setdefault(key, set()).add(n)

    def __iter__(self) -> Iterator[KnownEvent]:
        return iter(self.events)

    def named_in(self, folded: str, context: str = "",
                 spans: list[tuple[dt.date, dt.date]] | None = None) -> list[KnownEvent]:
        """The known events a folded sentence names, in file order (``context``: see
        ``KnownEvent.matches``); with ``spans``, only those that fall within one of them."""
        own = word_keys(folded, self.KEY)
        candidates = {n for key in own for n in self.index.get(key, ())}
        found = [self.events[n] for n in sorted(candidates)]
        if spans is not None:
            found = [e for e in found if any(a <= e.end and e.start <= b for a, b in spans)]
        if not found:
            return []
        keys = (own, own | word_keys(context, self.KEY)) if context else (own, own)
        return [e for e in found if e.matches(folded, context, keys)]


@cache
def known_events() -> KnownEvents:
    """The known events of ``kb/events.jsonl``."""
    out = []
    for where, obj in load_jsonl("kb", "events.jsonl"):
        require(obj, where, id=str, date=str, end=str, label=str, kind=str, cues=list)
        cues = tuple(tuple(_term(term) for term in alt) for alt in obj["cues"] if alt)
        plover = obj.get("plover")
        if plover is not None and plover not in PLOVER:
            raise DataError(f"{where}: plover: {plover!r} is not a PLOVER event type")
        out.append(KnownEvent(obj["id"], dt.date.fromisoformat(obj["date"]),
                              dt.date.fromisoformat(obj["end"]), obj["label"], obj["kind"],
                              tuple(obj.get("countries") or ()), cues, plover,
                              tuple(obj.get("actor") or ()), tuple(obj.get("recipient") or ()),
                              obj.get("mode"), _keys(obj["cues"])))
    return KnownEvents(tuple(out))


def word_keys(folded: str, size: int) -> set[str]:
    """The first one to ``size`` characters of every word of a folded text."""
    out: set[str] = set()
    for i, char in enumerate(folded):
        if char.isalnum() and not (i and (folded[i - 1].isalnum() or folded[i - 1] == "_")):
            out.update(folded[i: i + n] for n in range(1, size + 1))
    return out


def _variants(term: str) -> list[str]:
    return sorted({fold(v) for v in term.split("|") if fold(v)}, key=len, reverse=True)


def _keys(cues: list[list[str]]) -> tuple[tuple[frozenset[str], ...], ...]:
    return tuple(tuple(frozenset(v[: KnownEvents.KEY] for v in _variants(term)) for term in alt)
                 for alt in cues if alt)


def _term(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in _variants(term)) + ")")


@dataclass(frozen=True)
class Clue:
    """A known event a sentence names, with the expression that dates it."""

    event: KnownEvent
    timex: Timex

    def evidence(self) -> str:
        return f"{self.event.label} ({self.event.start}) named with \"{self.timex.text}\""


def narrow(anchor: Anchor, sentences: list[tuple[str, list[Timex]]]) -> tuple[Anchor, list[Clue]]:
    """Narrow a window anchor by the known events its sentences date relative to the
    article. Sentences whose clues would leave no day at all are ignored."""
    days = set(anchor.days()) if anchor.span <= 4000 else None
    clues: list[Clue] = []
    for text, timexes in sentences:
        relative = [t for t in timexes if t.relative()]
        if not relative:
            continue
        folded = fold(text)
        allowed: set[dt.date] = set()
        found: list[Clue] = []
        for event in known_events().named_in(folded):
            lo = max(anchor.start, event.start - REACH)
            hi = min(anchor.end, event.end + REACH)
            for timex in relative:
                ok = {d for d in _range(lo, hi) if _overlaps(interval(timex, Anchor(
                    kind=anchor.kind, start=d, end=d)), event)}
                if ok:
                    allowed |= ok
                    found.append(Clue(event, timex))
        if not allowed:
            continue
        narrowed = allowed if days is None else days & allowed
        if narrowed:
            days = narrowed
            clues += found
    if not clues or not days:
        return anchor, []
    return Anchor(kind=anchor.kind, start=min(days), end=max(days)), clues


def _range(lo: dt.date, hi: dt.date) -> list[dt.date]:
    return [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]


def _overlaps(span: tuple[dt.date, dt.date] | None, event: KnownEvent) -> bool:
    return span is not None and span[0] <= event.end and event.start <= span[1]
