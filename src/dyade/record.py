"""Build the document record (the JSON contract of DESIGN.md) from parsed segments."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .anachronism import check_roles, weak_evidence
from .article import Article
from .cleaning import Cleaned
from .kb.places import lookup
from .kb.store import Entity, KnowledgeBase
from .pipeline.claims import count_lexicon
from .pipeline.lexicon import QUAD, VERBAL
from .resolve import Resolver
from .timex.calendar import precision_of
from .timex.expressions import Anchor, Timex, find_timexes, is_historical

_PRECISION = {"city": "city", "site": "city", "region": "region", "territory": "region"}
NON_FACTUAL = frozenset({"negation", "hypothetical", "future"})
MONADIC = frozenset({"PROTEST", "MOBILIZE"})
TARGETED_AT_PLACES = frozenset({"ASSAULT", "COERCE"})


@dataclass(frozen=True)
class Options:
    """What the record keeps: modal events (negated, future, hypothetical) or not."""

    keep_modal: bool = False


def empty_record(article: Article, cleaned: Cleaned | None = None) -> dict[str, Any]:
    """The record of an article with no events (yet): metadata, warnings, error."""
    record: dict[str, Any] = {
        "doc": article.doc, "id": article.id, "source": article.source,
        "published": (cleaned.published if cleaned else None) or
        {"date": None, "precision": None, "evidence": None, "source": None},
        "outlet": cleaned.outlet if cleaned else article.outlet,
        "language": cleaned.language if cleaned else None,
        "title": cleaned.title if cleaned else article.title,
        "events": [], "counts": [], "quotes": [],
        "warnings": list(article.warnings) + (cleaned.warnings if cleaned else []),
    }
    if article.error:
        record["error"] = article.error
    return record


def build_record(article: Article, cleaned: Cleaned, docs: list[Doc], kb: KnowledgeBase,
                 options: Options) -> dict[str, Any]:
    """Resolve the segments' mentions and frames into the article's document record."""
    record = empty_record(article, cleaned)
    anchor = Anchor(cleaned.anchor["date"], cleaned.anchor["kind"]) if cleaned.anchor else None
    date = (cleaned.published or {}).get("date") or (anchor.value if anchor else None)
    resolver = _resolve_all(Resolver(kb, date), docs)
    check = check_roles(docs, resolver, kb, date)
    if date and check.flagged(weak_evidence(cleaned.published)):
        record["warnings"].append(check.warning(date))
        record["published"] = {
            "date": None, "precision": None,
            "evidence": f"{record['published'].get('evidence')}, contradicted by the offices "
                        "the article names",
            "source": record["published"].get("source"),
            "window": {"start": check.window[0], "end": check.window[1]} if check.window
            else None}
        within = check.anchor()
        anchor = Anchor(within, "publication") if within else None
        resolver = _resolve_all(Resolver(kb, check.midpoint()), docs)
    numwords = count_lexicon().numwords
    events: list[dict[str, Any]] = []
    seen: dict[tuple, dict[str, Any]] = {}
    news_day: dict[str, tuple[str, str | None]] = {}
    for seg, doc in enumerate(docs):
        timexes = _sentence_timexes(doc, anchor, numwords)
        for frame in doc._.dyade_events:
            for event in _events(doc, seg, frame, resolver, anchor, timexes, record, options,
                                 news_day):
                key = _key(event)
                if key in seen:
                    seen[key]["mentions"] += 1
                    continue
                seen[key] = event
                events.append(event)
        record["counts"] += [_count(doc, c) for c in doc._.dyade_counts]
        record["quotes"] += [q for q in (_quote(doc, seg, q, resolver)
                                         for q in doc._.dyade_quotes) if q["speaker"]]
    record["events"] = _drop_subsumed(events)
    return record


def _resolve_all(resolver: Resolver, docs: list[Doc]) -> Resolver:
    for seg, doc in enumerate(docs):
        resolver.resolve_doc(seg, doc)
    return resolver


def _drop_subsumed(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a state-level event when the same action between the same countries is also
    coded with named people or groups ("L'Iran et la Syrie ont discuté" beside "Larijani et
    Assad se sont rencontrés")."""
    def countries(items: list[dict[str, Any]]) -> tuple:
        return tuple(sorted(e["country"] or "" for e in items))

    def state_level(event: dict[str, Any]) -> bool:
        return all((e["kb_id"] or "").startswith("state:")
                   for e in event["actor"] + event["recipient"])

    def sides(event: dict[str, Any]) -> set[tuple]:
        a, r = countries(event["actor"]), countries(event["recipient"])
        return {(a, r), (r, a)} if event["symmetric"] else {(a, r)}

    specific = {}
    for event in events:
        if not state_level(event):
            for side in sides(event):
                specific.setdefault((event["event"], "historical" in event["aux_modes"], side),
                                    event)
    out = []
    for event in events:
        key = (event["event"], "historical" in event["aux_modes"],
               (countries(event["actor"]), countries(event["recipient"])))
        if state_level(event) and key in specific:
            specific[key]["mentions"] += event["mentions"]
            continue
        out.append(event)
    return out


# ----- events -----------------------------------------------------------------------------
def _events(doc: Doc, seg: int, frame: dict[str, Any], resolver: Resolver,
            anchor: Anchor | None, timexes: dict[int, list[Timex]],
            record: dict[str, Any], options: Options,
            news_day: dict[str, tuple[str, str | None]]) -> list[dict[str, Any]]:
    """The events of one frame; ``news_day`` carries the last day the article's news was
    dated by, for events that state no date of their own."""
    aux = _aux_modes(frame)
    if NON_FACTUAL & set(aux) and not options.keep_modal:
        return []
    mentions = doc._.dyade_mentions
    speaker = _entities(doc, seg, frame["speaker"], resolver, [])
    if not speaker and frame.get("speaker_token") is not None:
        quote = next(q for q in doc._.dyade_quotes if q["speaker_token"] == frame["speaker_token"])
        speaker = resolver.pronoun(doc, frame["speaker_token"], before=quote["start"])
    actors = _entities(doc, seg, frame["actor"], resolver, [], speaker)
    if frame.get("expresser") and actors:
        expresser = _entities(doc, seg, frame["expresser"], resolver, [], speaker)
        same = [e for e in expresser if e.country and e.country == actors[0].country]
        if same:
            actors = same[:1]
        elif frame.get("expresser_says"):
            return []
    speaks = bool(speaker and actors and _speaks_for(speaker[0], actors, frame, mentions))
    if speaks:
        actors = speaker[:1]
    elif frame["quoted"] and frame["event"] not in VERBAL and not options.keep_modal:
        return []
    recipients = _entities(doc, seg, frame["recipient"], resolver, actors, speaker)
    actors = [a for a in actors if a.country or a.name]
    recipients = [r for r in recipients if (r.country or r.name) and r not in actors]
    if not recipients and frame["event"] in TARGETED_AT_PLACES:
        recipients = _place_population(doc, frame, resolver)
    if not recipients and len(actors) > 1 and (frame["symmetric"] or
                                                frame["event"] in ("AGREE", "CONSULT",
                                                                   "COOPERATE")):
        actors, recipients = actors[:1], actors[1:]
    if not actors or (not recipients and frame["event"] not in MONADIC):
        return []
    if (frame["symmetric"] or frame["event"] in ("CONSULT", "AGREE")) and recipients:
        resolver.remember_group(doc[frame["trigger"]].idx + doc._.dyade_base,
                                actors[:1] + recipients)
    date, evidence, source = _date(doc, frame, timexes, record, anchor)
    if is_historical(date, anchor) or "pluperfect" in aux:
        aux.append("historical")
    elif source in ("clause", "sentence") and date and len(date) == 10:
        news_day["date"] = (date, evidence)
    elif source == "publication" and "date" in news_day:
        date, evidence = news_day["date"]
        source = "context"
    aux = [a for a in aux if a != "pluperfect"]
    base = doc._.dyade_base
    trigger = doc[frame["trigger"]]
    out = []
    for actor in actors:
        for recipient in recipients or [None]:
            if recipient is not None and _same(actor, recipient):
                continue
            out.append({
                "id": "", "event": frame["event"], "mode": frame["mode"], "context": [],
                "actor": [_entity_dict(actor)],
                "recipient": [_entity_dict(recipient)] if recipient else [],
                "date": date, "date_precision": precision_of(date) if date else None,
                "date_evidence": evidence, "date_source": source,
                "aux_modes": sorted(set(aux)),
                "event_loc": _place(doc, frame, resolver),
                "event_text": doc.text[frame["start"]: frame["end"]].strip(),
                "trigger": trigger.text,
                "text_info": {"start": base + frame["start"], "end": base + frame["end"]},
                "quad_code": QUAD[frame["event"]], "cameo_root": frame["cameo"][:2],
                "cameo": frame["cameo"], "symmetric": frame["symmetric"],
                "confidence": _confidence(frame, actor, recipient), "mentions": 1})
    for event in out:
        event["id"] = _event_id(record["id"], event)
    return out


def _entities(doc: Doc, seg: int, indexes: list[int] | int | None, resolver: Resolver,
              other: list[Entity], speaker: list[Entity] | None = None) -> list[Entity]:
    if indexes is None:
        return []
    if isinstance(indexes, int):
        indexes = [indexes]
    mentions = doc._.dyade_mentions
    out: list[Entity] = []
    for idx in indexes:
        m = mentions[idx]
        if m["kind"] in ("pronoun", "pair", "own"):
            found = resolver.referent(doc, m)
        elif m["kind"] == "first":
            found = list(speaker or [])
        elif m.get("counterpart") and m["kind"] == "role":
            found = resolver.counterpart(doc, m, other)
        else:
            found = resolver.entities(seg, idx)
        out += [e for e in found if e not in out]
    return out


def _aux_modes(frame: dict[str, Any]) -> list[str]:
    """Frame modality as PLOVER auxiliary modes: a future or conditional in reported speech
    is part of a statement for verbal events, and a plan for material ones."""
    aux = [a for a in frame["aux"] if a != "reported_future"]
    if "reported_future" in frame["aux"] and frame["event"] not in VERBAL:
        aux.append("future")
    return aux


def _speaks_for(speaker: Entity, actors: list[Entity], frame: dict[str, Any],
                mentions: list[dict[str, Any]]) -> bool:
    """A speaker who says what their own state or side does is the actor of the statement:
    "Larijani a souligné que l'Iran se tenait aux côtés de la Syrie"."""
    if frame["event"] not in VERBAL:
        return False
    kinds = {mentions[i]["kind"] for i in frame["actor"]}
    if kinds & {"own", "first"}:
        return True
    named_state = all(mentions[i]["kind"] == "name" and
                      any(x.startswith(("state:", "seat:")) for x in mentions[i]["ids"])
                      for i in frame["actor"])
    actor = actors[0]
    return (named_state and len(actors) == 1 and actor.kind == "state" and
            speaker.country == actor.country)


def _same(a: Entity, b: Entity) -> bool:
    if a.kb_id and a.kb_id == b.kb_id:
        return True
    return a.kind == b.kind == "state" and a.country == b.country and a.sector == b.sector


def _entity_dict(entity: Entity) -> dict[str, Any]:
    return entity.as_dict()


def _confidence(frame: dict[str, Any], actor: Entity, recipient: Entity | None) -> float:
    score = 0.6
    if actor.kb_id:
        score += 0.15
    if recipient is not None:
        score += 0.15 if recipient.kb_id else 0.05
    if frame["speaker"] is not None:
        score -= 0.1
    return round(min(score, 0.95), 2)


def _key(event: dict[str, Any]) -> tuple:
    def ent(items: list[dict[str, Any]]) -> tuple:
        return tuple((e["kb_id"] or e["name"] or "", e["country"] or "") for e in items)

    parties = (ent(event["actor"]), ent(event["recipient"]))
    if event["symmetric"]:
        parties = tuple(sorted(parties))
    return (event["event"], parties, "historical" in event["aux_modes"])


def _event_id(doc_id: str, event: dict[str, Any]) -> str:
    raw = f"{doc_id}|{event['event']}|{event['text_info']['start']}|{event['actor']}|" \
          f"{event['recipient']}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


# ----- dates and places ---------------------------------------------------------------------
def _sentence_timexes(doc: Doc, anchor: Anchor | None,
                      numwords: dict[str, int]) -> dict[int, list[Timex]]:
    out: dict[int, list[Timex]] = {}
    for sent in doc.sents:
        found = find_timexes(sent.text, anchor, numwords)
        out[sent.start] = [Timex(t.start + sent.start_char, t.end + sent.start_char, t.text,
                                 t.value, t.kind) for t in found]
    return out


def _date(doc: Doc, frame: dict[str, Any], timexes: dict[int, list[Timex]],
          record: dict[str, Any], anchor: Anchor | None) -> tuple[str | None, str | None, str]:
    candidates = [t for t in timexes.get(frame["sent"], []) if t.value]
    if candidates:
        trigger = doc[frame["trigger"]].idx
        clause = doc[frame["clause"]]
        end = clause.right_edge.idx + len(clause.right_edge)
        quotes = [(q["start"], q["end"]) for q in doc._.dyade_quotes or []]
        candidates = [t for t in candidates
                      if frame["quoted"] or not any(s <= t.start < e for s, e in quotes)]
        inside = [t for t in candidates if clause.left_edge.idx <= t.start < end]
        pool = inside or candidates
        if pool:
            best = min(pool, key=lambda t: abs(t.start - trigger))
            return best.value, best.text, "clause" if inside else "sentence"
    published = record["published"].get("date")
    if published:
        return published, record["published"].get("evidence"), "publication"
    return None, None, "none"


def _place_population(doc: Doc, frame: dict[str, Any], resolver: Resolver) -> list[Entity]:
    """An attack with no named target hits the people of the place where it happened."""
    place = _place(doc, frame, resolver)
    if place and place.get("country") in resolver.kb.states:
        state = resolver.kb.states[place["country"]]
        return [Entity(f"state:{state.iso3}", state.name, state.iso3, "CVL", kind="state")]
    return []


def _place(doc: Doc, frame: dict[str, Any], resolver: Resolver) -> dict | None:
    if frame["place"] is None:
        return None
    token = doc[frame["place"]]
    for m in doc._.dyade_mentions:
        if not m["start"] <= token.i < m["end"]:
            continue
        if m["kind"] == "place":
            place = m["place"]
            return {"name": place["name"], "country": place["country"], "lat": place["lat"],
                    "lon": place["lon"], "precision": _PRECISION.get(place["kind"], "region")}
        if m["kind"] == "name":
            kb_id = m["ids"][0]
            kind, _, key = kb_id.partition(":")
            if kind in ("seat", "state"):
                name = doc[m["start"]: m["end"]].text
                coords = lookup(name, frozenset({key})) if kind == "seat" else None
                return {"name": name, "country": key,
                        "lat": coords.lat if coords else None,
                        "lon": coords.lon if coords else None,
                        "precision": "city" if kind == "seat" else "country"}
    return None


# ----- counts and quotes --------------------------------------------------------------------
def _count(doc: Doc, count: dict[str, Any]) -> dict[str, Any]:
    base = doc._.dyade_base
    return {"kind": count["kind"], "number": count["number"], "qualifier": count["qualifier"],
            "group": count["group"], "attributed_to": None, "text": count["text"],
            "start": base + count["start"], "end": base + count["end"]}


def _quote(doc: Doc, seg: int, quote: dict[str, Any], resolver: Resolver) -> dict[str, Any]:
    speaker: list[Entity] = []
    if quote["speaker"] is not None:
        speaker = _entities(doc, seg, quote["speaker"], resolver, [])
    elif quote["speaker_token"] is not None:
        speaker = resolver.pronoun(doc, quote["speaker_token"], before=quote["start"])
    base = doc._.dyade_base
    who = speaker[0] if speaker else None
    return {"speaker": {"name": who.name, "country": who.country, "kb_id": who.kb_id}
            if who else None, "text": quote["text"],
            "start": base + quote["start"], "end": base + quote["end"]}
