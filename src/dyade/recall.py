"""Known events an article recalls as background.

"Depuis l'invasion russe de février 2022", "le coup d'État d'août 2020 au Mali", "la Russie
est intervenue le 30 septembre en Syrie": background paragraphs name well-known events, often
in a phrase no clause reports ("depuis le début de l'invasion, le 24 février"). When a
sentence matches the cues of a known event of ``kb/events.jsonl`` that has parties and ended
well before the article, the event is coded with the parties and first day the knowledge base
gives, flagged historical, its source ``known event``. An event the article's own clauses
already code in that sentence is not repeated; one they coded as the news for want of a date
of its own is recognised as the background it is.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc

from .grounding import Grounding, date_fields
from .kb.history import KnownEvent, known_events
from .kb.store import Entity, KnowledgeBase
from .pipeline.extensions import doc_text
from .pipeline.lexicon import QUAD, triggers
from .text import fold
from .timex.expressions import Timex, is_historical, span_of

SOURCE = "known event"
OWN_DATES = frozenset({"clause", "sentence", "since"})  # a date the clause gives itself


def recall(docs: list[Doc], ground: Grounding, kb: KnowledgeBase, doc_id: str,
           events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the known events the article recalls to ``events`` (the article's coded events)
    and return them. A sentence recalls a known event when it matches its cues and dates it:
    "l'invasion de l'Ukraine, le 24 février 2022" does, "depuis l'invasion" does not, and
    neither does "les rebelles ont pris Goma" about another capture of the town."""
    if ground.anchor is None:
        return events
    found: dict[str, list[dict[str, Any]]] = {}
    # the country the article is about goes without saying: "une semaine après le lancement
    # de l'invasion, le 24 février" in an article about Ukraine
    focus = kb.states.get(ground.focus or "")
    implied = " ".join(fold(w) for w in (focus.name, *focus.aliases, *focus.demonyms)) \
        if focus is not None else ""
    for seg, doc in enumerate(docs):
        base = doc._.dyade_base
        text = doc_text(doc)
        paragraphs: dict[int, str] = {}
        for sent in doc.sents:
            # A start ("bombarde Gaza depuis 21 jours", "depuis le 7 octobre") dates what is
            # still going on, not the event it began with.
            timexes = [t for t in ground.sentences[(seg, sent.start)].timexes
                       if t.value and not t.since]
            spans = [span for t in timexes if (span := span_of(t.value)) is not None]
            if not spans:
                continue
            # "le début de l'invasion à grande échelle, le 24 février 2022": the paragraph
            # may name what the sentence leaves implicit (Ukraine).
            lo = text.rfind("\n\n", 0, sent.start_char) + 1
            hi = text.find("\n\n", sent.end_char)
            if lo not in paragraphs:
                paragraphs[lo] = fold(text[lo: hi if hi >= 0 else len(text)]) + " " + implied
            paragraph = paragraphs[lo]
            for known in known_events().named_in(fold(sent.text), paragraph, spans):
                if known.plover is None or not known.actor or \
                        not is_historical(known.end.isoformat(), ground.anchor):
                    continue
                when = _dating(known, timexes)
                if when is None:
                    continue
                if known.id in found:
                    for event in found[known.id]:
                        event["mentions"] += 1
                    continue
                span = (base + sent.start_char, base + sent.end_char)
                coded = _coded(events, known, kb, span)
                if coded is not None:
                    _as_background(coded, known, when)
                    _name_sides(coded, known, kb)
                    continue
                found[known.id] = _events(known, kb, doc, sent, base, doc_id, when)
    return events + [e for group in found.values() for e in group]


def _coded(events: list[dict[str, Any]], known: KnownEvent, kb: KnowledgeBase,
           span: tuple[int, int]) -> dict[str, Any] | None:
    """The article's own event for the known one: the same act, in the same sentence or
    already dated to the known event, by a side of the same country on a side of the same
    country (the Israeli war on Gaza in a sentence is not the Hamas attack it answers)."""
    day = known.start.isoformat()
    doers, targets = _sides(known.actor, kb, known), _sides(known.recipient, kb, known)
    for event in events:
        if event["event"] != known.plover:
            continue
        inside = span[0] <= event["text_info"]["start"] < span[1]
        dated = event["date"] is not None and day.startswith(event["date"]) and \
            "historical" in event["aux_modes"]
        actor = {e["country"] for e in event["actor"]}
        recipient = {e["country"] for e in event["recipient"]}
        forward = actor & doers and (recipient & targets or not targets)
        backward = event["symmetric"] and recipient & doers and actor & targets
        if inside and event["date_source"] in OWN_DATES and not _overlaps(event["date"], known):
            continue  # "s'étaient emparées de Kherson début mars, après l'invasion du 24 février"
        if (inside or dated) and (forward or backward):
            return event
    return None


def _overlaps(value: str | None, known: KnownEvent) -> bool:
    span = span_of(value or "")
    return span is not None and span[0] <= known.end and known.start <= span[1]


def _sides(refs: tuple[str, ...], kb: KnowledgeBase, known: KnownEvent) -> set[str | None]:
    return {e.country for e in (_entity(r, kb, known) for r in refs) if e is not None}


def _dating(known: KnownEvent, timexes: list[Timex]) -> Timex | None:
    """The sentence's date expression that falls on the known event."""
    for timex in timexes:
        span = span_of(timex.value or "")
        if span is not None and span[0] <= known.end and known.start <= span[1]:
            return timex
    return None


def _evidence(known: KnownEvent, when: Timex) -> str:
    return f"{when.text} ({known.label})"


def _as_background(event: dict[str, Any], known: KnownEvent, when: Timex) -> None:
    """An event coded as the news for want of a date of its own is the known one."""
    if "historical" in event["aux_modes"] or event["date_source"] in OWN_DATES:
        return
    event.update(date_fields(known.start.isoformat(), _evidence(known, when), SOURCE))
    event["aux_modes"] = sorted({*event["aux_modes"], "historical"})
    event["event_loc"] = None


def _name_sides(event: dict[str, Any], known: KnownEvent, kb: KnowledgeBase) -> None:
    """A side the article names only by its state, its government, its people or armed men
    it does not name, which the known event names ("la contestation née du projet du parc
    Gezi" is against Erdogan, not Turkey; but "l'armée" stays the army)."""
    for role, refs in (("actor", known.actor), ("recipient", known.recipient)):
        named = [e for r in refs if r.startswith(("org:", "person:")) and
                 (e := _entity(r, kb, known)) is not None]
        side = event[role]
        if named and side and len(named) == len(refs) and \
                all((e.get("kb_id") or "").startswith("state:") and
                    e.get("sector") in (None, "GOV", "CVL", "UAF") for e in side) and \
                {e["country"] for e in side} == {e.country for e in named}:
            event[role] = [e.as_dict() for e in named]


def _events(known: KnownEvent, kb: KnowledgeBase, doc: Doc, sent: Any, base: int,
            doc_id: str, when: Timex) -> list[dict[str, Any]]:
    """The known event as the record's events, one per pair of parties."""
    actors = [e for e in (_entity(r, kb, known) for r in known.actor) if e is not None]
    recipients = [e for e in (_entity(r, kb, known) for r in known.recipient) if e is not None]
    cameo = _cameo()[known.plover]
    out = []
    for actor in actors:
        for recipient in recipients or [None]:
            n = len(out)
            out.append({
                "id": hashlib.sha1(f"{doc_id}|{known.id}|{n}".encode()).hexdigest()[:12],
                "event": known.plover, "mode": known.mode, "context": [],
                "actor": [actor.as_dict()],
                "recipient": [recipient.as_dict()] if recipient else [],
                **date_fields(known.start.isoformat(), _evidence(known, when), SOURCE),
                "aux_modes": ["historical"], "event_loc": None,
                "event_text": doc_text(doc)[sent.start_char: sent.end_char].strip(),
                "trigger": None, "known_event": known.id,
                "text_info": {"start": base + sent.start_char, "end": base + sent.end_char},
                "quad_code": QUAD[known.plover], "cameo_root": cameo[:2], "cameo": cameo,
                "symmetric": known.plover in ("CONSULT", "AGREE") and recipient is not None,
                "confidence": 0.6, "mentions": 1})
    return out


def _entity(ref: str, kb: KnowledgeBase, known: KnownEvent) -> Entity | None:
    """``RUS``, ``MLI/MIL``, ``org:ei``, ``person:Q…`` as the entity they stand for."""
    if ref.startswith(("org:", "person:")):
        kind, _, key = ref.partition(":")
        table = kb.orgs if kind == "org" else kb.persons
        return kb.entity(ref, known.start.isoformat()) if key in table else None
    iso3, _, sector = ref.partition("/")
    if iso3 not in kb.states:
        return None
    return replace(kb.entity(f"state:{iso3}"), sector=sector or None)


@cache
def _cameo() -> dict[str, str]:
    """Each PLOVER type's most common CAMEO code among the trigger lexicon's entries."""
    counts: dict[str, Counter[str]] = {}
    for trigger in (t for group in triggers().values() for t in group):
        counts.setdefault(trigger.event, Counter())[trigger.cameo] += 1
    return {event: counter.most_common(1)[0][0] for event, counter in counts.items()}
