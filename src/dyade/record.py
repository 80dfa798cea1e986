"""Build the document record (the JSON contract of DESIGN.md) from parsed segments."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Token

from .anachronism import check_roles, weak_evidence
from .article import Article
from .cleaning import Cleaned
from .dating import date_article
from .grounding import REMOTE_MODES, TARGETED, Grounding, date_fields
from .kb.store import Entity, KnowledgeBase
from .pipeline.claims import count_lexicon
from .pipeline.extensions import doc_text
from .pipeline.grammar import grammar
from .pipeline.lexicon import QUAD, VERBAL, act_kind, noun_trigger, phrase_words
from .recall import recall
from .resolve import Resolver
from .timex.calendar import day_children

NON_FACTUAL = frozenset({"negation", "hypothetical", "future", "alleged"})
MONADIC = frozenset({"PROTEST", "MOBILIZE"})
# statements whose unnamed object, from abroad or from the opposition, is the government of
# the country the article is about
STANCES = frozenset({"ACCUSE", "REQUEST", "REJECT"})
OPPOSED = frozenset({"OPP", "REB", "CVL"})
ABROAD = frozenset({"IGO", "NGO"})  # bodies of no country that speak to every country
# background acts whose unnamed target is the country the article is about, when done
# from abroad ("Le Kenya s'était porté volontaire en juillet 2023")
IMPLIED = frozenset({"ASSAULT", "SANCTION", "REQUEST", "REJECT", "SUPPORT", "AGREE", "AID",
                     "THREATEN", "COERCE"})
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
PRECISION_RANK = {"country": 0, "region": 1, "city": 2}
TARGET_DEPS = frozenset({"obj", "obl:arg", "nsubj:pass", "obl", "obl:mod", "nmod"})


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
    numwords = count_lexicon().numwords
    date = (cleaned.published or {}).get("date") or \
        ((cleaned.anchor or {}).get("date"))
    title = record["title"]
    resolver = _resolve_all(Resolver(kb, date, title), docs)
    check = check_roles(docs, resolver, kb, date)
    flagged = bool(date) and check.flagged(weak_evidence(cleaned.published))
    if flagged:
        record["warnings"].append(check.warning(date))
    dating = date_article(cleaned, record["published"], docs, check, flagged, numwords)
    record["published"] = dating.published
    anchor = dating.anchor
    if dating.inferred and anchor is not None:
        resolver = _resolve_all(Resolver(kb, dating.resolve_at(), title), docs)
    events: list[dict[str, Any]] = []
    seen: dict[tuple, dict[str, Any]] = {}
    ground = Grounding(docs, anchor, record["published"], numwords, focus=resolver.focus())
    for seg, doc in enumerate(docs):
        for frame in doc._.dyade_events:
            for event in _events(doc, seg, frame, resolver, ground, record, options):
                key = _key(event)
                if key in seen:
                    seen[key]["mentions"] += 1
                    _sharpen_place(seen[key], event["event_loc"])
                    continue
                seen[key] = event
                events.append(event)
        record["counts"] += [_count(doc, c) for c in doc._.dyade_counts]
        record["quotes"] += [q for q in (_quote(doc, seg, q, resolver)
                                         for q in doc._.dyade_quotes) if q["speaker"]]
    events = recall(docs, ground, kb, record["id"], _drop_subsumed(events))
    record["events"] = _meeting_places(events)
    return record


def _meeting_places(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What two parties agree, ask or say the day they meet, they do where they meet: "X a
    reçu Y mardi au palais de Koulouba. Les deux dirigeants se sont engagés à ...".
    """
    def party(entity: dict[str, Any]) -> str:
        return entity["kb_id"] or entity["name"] or ""

    def pair(event: dict[str, Any]) -> frozenset[str]:
        return frozenset(party(e) for e in event["actor"] + event["recipient"])

    met = {}
    for event in events:
        loc = event["event_loc"]
        if event["event"] == "CONSULT" and loc and loc["precision"] == "city" and \
                event["date"] and "historical" not in event["aux_modes"] and \
                (event["mode"] or "") not in REMOTE_MODES and len(pair(event)) == 2:
            met.setdefault((pair(event), event["date"]), loc)
    for event in events:
        loc = met.get((pair(event), event["date"]))
        if (event["event_loc"] is None or event["event_loc"]["source"] == "news place") and \
                loc is not None and "historical" not in event["aux_modes"]:
            event["event_loc"] = {**loc, "source": "meeting"}
    return events


def _sharpen_place(event: dict[str, Any], other: dict[str, Any] | None) -> None:
    """A restatement that places the act more precisely within the same country places
    it: "une frappe contre les rebelles au Yémen. ... des missiles sur un site près de
    Sanaa"."""
    loc = event["event_loc"]
    if other is None or other.get("source") not in ("clause", "target", "sentence"):
        return
    if loc is None or loc["country"] == other["country"] and \
            PRECISION_RANK[other["precision"]] > PRECISION_RANK[loc["precision"]]:
        event["event_loc"] = other


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

    def fits(state: list[dict[str, Any]], named: list[dict[str, Any]],
             states_too: bool) -> bool:
        # The army of a country is not one of its armed groups ("l'armée nigériane a
        # bombardé" beside "Boko Haram a attaqué"); as the doer, not its government either
        # ("l'armée a pris le pouvoir" beside "Aung San Suu Kyi a été arrêtée"). A person
        # speaks for any part of their state.
        return all(s["sector"] is None or n["sector"] in (None, s["sector"])
                   for s in state for n in named
                   if s["country"] == n["country"] and (
                       (n["kb_id"] or "").startswith("org:") or
                       states_too and (n["kb_id"] or "").startswith("state:")))

    def restates(event: dict[str, Any], other: dict[str, Any]) -> bool:
        straight = fits(event["actor"], other["actor"], True) and \
            fits(event["recipient"], other["recipient"], False)
        crossed = other["symmetric"] and fits(event["actor"], other["recipient"], True) and \
            fits(event["recipient"], other["actor"], False)
        return (straight or crossed) and (None in (event["date"], other["date"]) or
                                          event["date"] == other["date"])

    specific: dict[tuple, list[dict[str, Any]]] = {}
    for event in events:
        if not state_level(event):
            for side in sides(event):
                specific.setdefault((event["event"], "historical" in event["aux_modes"], side),
                                    []).append(event)
    out = []
    for event in events:
        key = (event["event"], "historical" in event["aux_modes"],
               (countries(event["actor"]), countries(event["recipient"])))
        same = next((o for o in specific.get(key, ()) if restates(event, o)), None) \
            if state_level(event) else None
        if same is not None:
            same["mentions"] += event["mentions"]
            _sharpen_place(same, event["event_loc"])  # "Le destroyer USS Carney a tiré ...
            continue  # près de Sanaa" after "les Etats-Unis ont frappé les Houthis au Yémen"
        out.append(event)
    return out


# ----- events -----------------------------------------------------------------------------
# bodies that act only within their own state: courts and parliaments
HOME_BODIES = frozenset({"JUD", "LEG"})
AT_ODDS = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REJECT", "PROTEST"})


def _events(doc: Doc, seg: int, frame: dict[str, Any], resolver: Resolver, ground: Grounding,
            record: dict[str, Any], options: Options) -> list[dict[str, Any]]:
    """The events of one frame, dated and placed."""
    aux = _aux_modes(frame)
    if NON_FACTUAL & set(aux) and not options.keep_modal:
        return []
    mentions = doc._.dyade_mentions
    speaker = _entities(doc, seg, frame["speaker"], resolver, [])
    if not speaker and frame.get("speaker_token") is not None:
        quote = next(q for q in doc._.dyade_quotes if q["speaker_token"] == frame["speaker_token"])
        speaker = resolver.pronoun(doc, frame["speaker_token"], before=quote["start"])
    actors = _entities(doc, seg, frame["actor"], resolver, [], speaker)
    told: list[Entity] = []  # the targets of an act named again ("ces raids ont tué ...")
    if not actors and frame.get("actor_act"):
        actors, told = resolver.last_act(*frame["actor_act"])
    if not actors and frame.get("own_state"):
        # "Ousmane Sonko a été arrêté": by the authorities of his own country
        # (an unknown person's: the country the article is about)
        countries = [e.country for e in _entities(doc, seg, frame["recipient"], resolver, [])
                     if e.country in resolver.kb.states] or [resolver.focus()]
        actors = [_state(resolver, c, "GOV") for c in countries[:1] if c]
    if not actors and frame.get("people"):
        # "des manifestations avaient éclaté": the people of the country whose power they are
        # against ("contre le président Ravalomanana"), or of the country the article is about
        countries = [e.country for e in _entities(doc, seg, frame["recipient"], resolver, [])
                     if e.country in resolver.kb.states] or [resolver.focus()]
        actors = [_protesters(resolver, c) for c in countries[:1] if c]
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
    if frame.get("place_recipient"):
        # A town taken or left: its country's government, not its people.
        recipients = [replace(e, sector="GOV") if e.kind == "state" and e.sector is None
                      else e for e in recipients]
        home = {a.country for a in actors if a.kind == "state"}
        if recipients and home and all(r.kind == "state" and r.country in home and
                                       r.sector == "GOV" for r in recipients):
            # "les forces ukrainiennes sont entrées dans Kherson": a town of their own
            # country taken back from whoever they are at war with, if the article says.
            held = resolver.opponent(doc[frame["trigger"]].idx + doc._.dyade_base, actors[0])
            recipients = [held] if held is not None else []
    elif frame["event"] in TARGETED:
        recipients = _people_of_places(doc, frame, recipients)
    if frame.get("sectors"):
        # A coup: the country's armed forces against its government.
        actors = [replace(a, sector=frame["sectors"][0]) if a.kind == "state" else a
                  for a in actors]
        recipients = [replace(r, sector=frame["sectors"][1]) if r.kind == "state" else r
                      for r in recipients]
    actors = [a for a in actors if a.country or a.name]
    # (not the actor again: "une foule immense avait défilé ...: 550 000 personnes")
    recipients = [r for r in recipients if (r.country or r.name) and r not in actors and
                  (frame.get("own_state") or not any(_same(r, a) for a in actors))]
    actors = _court_of_the_holder(doc, frame, actors, recipients, resolver)
    date, evidence, source = ground.date(seg, doc, frame)
    retrospective = ground.retrospective(doc, frame)
    if retrospective and source not in ("clause", "sentence"):
        # "Au cours de l'année écoulée, ...": a stretch of the past, not a day to borrow.
        date, evidence, source = None, retrospective, "retrospective"
    # The pluperfect narrates background, unless the clause itself dates it to the news.
    pluperfect = "pluperfect" in aux
    historical = ground.historical(date, pluperfect, evidence) or \
        (bool(retrospective) and source != "clause") or \
        (pluperfect and source not in ("clause", "sentence"))
    if frame.get("topic") and not (historical and source in ("clause", "sentence", "since")):
        return []  # an act named as a topic stands only as dated background
    if historical and date:
        # "Le 7 mai, la Cour constitutionnelle avait destitué la Première ministre": whoever
        # held the office then (until then, for an act that unseats)
        actors = _held_then(doc, frame["actor"], actors, resolver, _day_of(date))
        recipients = _held_then(doc, frame["recipient"], recipients, resolver,
                                _day_of(date, before=frame["event"] in ("COERCE", "SANCTION")))
    mark = ground.mark()
    # the places an act is aimed at ("a bombardé Kharkiv"), or where forces were sent ("a
    # dépêché des renforts à l'aéroport de Bangui")
    aimed = frame["event"] in TARGETED | {"MOBILIZE"} or frame.get("place_recipient")
    place = ground.place(seg, doc, frame, frame["event"], frame["mode"],
                         _participants(frame), historical,
                         [i for i in _indexes(frame["recipient"])  # (not "à la demande
                          if frame["event"] != "MOBILIZE" or  # de Maputo")
                          mentions[i]["kind"] == "place"] if aimed else None,
                         borrow=source != "retrospective",
                         same=lambda i: any(_same(e, a) for a in actors
                                            for e in _entities(doc, seg, i, resolver, [])),
                         home=_home(actors, resolver),
                         sides={r.country for r in recipients})
    if frame.get("own_state") and place and place["source"] == "clause" and \
            place["country"] in resolver.kb.states and \
            actors and place["country"] != actors[0].country:
        actors = [_state(resolver, place["country"], "GOV")]  # "arrêté en Iran"
        # (not those its own state holds: "Depuis New York, ... a condamné la détention des
        # dirigeants civils" is no American act on Americans)
        recipients = [r for r in recipients if not any(_same(r, a) for a in actors)]
    if frame.get("people") and actors and not frame["actor"]:
        if place and place["source"] == "clause" and place["country"] in resolver.kb.states \
                and place["country"] != actors[0].country and not recipients:
            actors = [_protesters(resolver, place["country"])]  # "à Dakar"
        # (against their own state's power, when the text names no one)
        recipients = recipients or [_state(resolver, actors[0].country, "GOV")]
    if frame.get("crowd") and not recipients and actors:
        # "la contestation a été réprimée": the country's people, whom the protest stands for
        recipients = [_protesters(resolver, actors[0].country)]
    if frame.get("own_state") and not recipients:
        # an act of a state on someone it names, and it names no one dyade knows
        ground.forget_since(mark)
        return []
    # (the town the story is set in says where, never whom)
    told_place = place if place is None or place["source"] != "article" else None
    if not recipients and frame["event"] in TARGETED and \
            not _fighters_targeted(doc, frame):
        recipients = _place_population(told_place, resolver)
    if not recipients and frame["event"] == "RETREAT":
        recipients = _place_left(told_place, actors, resolver, frame["troops"])
    if not recipients and frame.get("sent_to") and told_place is not None and \
            told_place["country"] in resolver.kb.states:
        # "la France avait déployé 4 000 soldats au Mali": towards the country they are sent to
        recipients = [_state(resolver, told_place["country"])]

    mutual = bool(frame.get("mutual")) and not recipients and len(actors) > 1
    if mutual:  # "s'accusent mutuellement": each side does it to the other
        actors, recipients = actors[:1], actors[1:2]
    if not recipients and len(actors) > 1 and not frame.get("pledged") and (
            frame["symmetric"] or frame["event"] in ("AGREE", "CONSULT", "COOPERATE")):
        actors, recipients = actors[:1], actors[1:]
    if not recipients and actors:
        recipients = told or _implied_recipients(doc, frame, actors, resolver, historical)
    if not actors or (not recipients and frame["event"] not in MONADIC):
        ground.forget_since(mark)  # (a meeting that is no event sets no place for others)
        return []
    if frame["event"] not in VERBAL and not historical:
        trigger = doc[frame["trigger"]]  # "ont mené une frappe": "mener", "frappe"
        resolver.remember_act(frame["event"], frozenset(
            [trigger.lemma_.lower()] + [c.lemma_.lower() for c in trigger.children
                                        if c.dep_ == "obj"]), actors, recipients)
    if frame["event"] in AT_ODDS and len(actors) == len(recipients) == 1 and not mutual:
        resolver.remember_sides(doc[frame["trigger"]].idx + doc._.dyade_base,
                                actors + recipients, frame["event"] in TARGETED)
    if (frame["symmetric"] or frame["event"] in ("CONSULT", "AGREE")) and recipients:
        position = doc[frame["trigger"]].idx + doc._.dyade_base
        if len(recipients) == 2:  # "X a réuni A et B": A and B are a pair too
            resolver.remember_group(position, recipients)
        resolver.remember_group(position, actors[:1] + recipients)
    if historical:
        aux.append("historical")
    aux = [a for a in aux if a != "pluperfect"]
    base = doc._.dyade_base
    trigger = doc[frame["trigger"]]
    out = []
    pairs = [(actors[0], recipients[0]), (recipients[0], actors[0])] if mutual else \
        [(actor, recipient) for actor in actors for recipient in recipients or [None]]
    if frame["event"] == "AGREE" and frame["symmetric"] and recipients and not mutual:
        # "Pachinian et Aliev avaient signé avec Poutine un accord": each signatory with
        # each, the two who sign together too
        pairs += [(a, b) for i, a in enumerate(actors) for b in actors[i + 1:]]
    for actor, recipient in pairs:
        if recipient is not None and _same(actor, recipient):
            continue
        out.append({
            "id": "", "event": frame["event"], "mode": frame["mode"], "context": [],
            "actor": [_entity_dict(actor)],
            "recipient": [_entity_dict(recipient)] if recipient else [],
            **date_fields(date, evidence, source),
            "aux_modes": sorted(set(aux)),
            "event_loc": place,
            "event_text": doc_text(doc)[frame["start"]: frame["end"]].strip(),
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


def _day_of(value: str, before: bool = False) -> str:
    """The day a past date stands for when asking who held an office: the day itself (the
    day before, ``before``: an act that unseats someone ends their term), mid-month or
    mid-year (the first day, ``before``)."""
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return (day - dt.timedelta(days=1)).isoformat() if before else value
    if len(value) == 7:
        return f"{value}-01" if before else f"{value}-15"
    return f"{value[:4]}-01-01" if before else f"{value[:4]}-07-01"


def _held_then(doc: Doc, indexes: list[int] | int | None, entities: list[Entity],
               resolver: Resolver, day: str) -> list[Entity]:
    """A lone office named without a name ("le président") in background: its holder on
    ``day``, not at the article's date."""
    if isinstance(indexes, int):
        indexes = [indexes]
    if not indexes or len(indexes) != 1 or len(entities) > 1 or \
            entities and entities[0].kind != "person":
        return entities
    m = doc._.dyade_mentions[indexes[0]]
    if m["kind"] != "role" or m.get("counterpart"):
        return entities
    found = resolver.role_at(doc, m, day)
    return found[:1] if found and found[0].kind == "person" else entities


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
    """The same actor: a state's sectors are distinct actors (soldiers firing on civilians
    of their own country is an event)."""
    if a.kind == b.kind == "state":
        return a.country == b.country and (a.sector == b.sector or None in (a.sector, b.sector))
    return bool(a.kb_id) and a.kb_id == b.kb_id


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
        return tuple((e["kb_id"] or e["name"] or "", e["country"] or "", e.get("sector") or "")
                     for e in items)

    parties = (ent(event["actor"]), ent(event["recipient"]))
    if event["symmetric"] or event["event"] in MUTUAL:
        parties = tuple(sorted(parties))  # "X a reçu Y", "Y et X se sont engagés": once
    if "historical" in event["aux_modes"]:
        # Background episodes between the same parties are told by their dates: the war of
        # 2006 is not the exchange of fire since October 2023.
        return (event["event"], parties, True, event["date"])
    # Acts between the same parties on different days are different acts: the strikes on
    # Kiev on Friday are not Thursday's strikes on Lviv.
    return (event["event"], parties, False, event["date"])


def _event_id(doc_id: str, event: dict[str, Any]) -> str:
    raw = f"{doc_id}|{event['event']}|{event['text_info']['start']}|{event['actor']}|" \
          f"{event['recipient']}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def _implied_recipients(doc: Doc, frame: dict[str, Any], actors: list[Entity],
                        resolver: Resolver, background: bool) -> list[Entity]:
    """The target an act leaves unnamed, where the article or the act implies it
    (``background``: the act is told as past context)."""
    event = frame["event"]
    countries = {a.country for a in actors}  # "des avocats puis des enseignants": one side
    home = actors[0].country if len(countries) == 1 and \
        actors[0].country in resolver.kb.states else None
    named = _act_named(doc, frame)
    if home and frame.get("home_recipient"):
        # "le ministre Goran Vesic avait démissionné": he gives way to his country's rule
        # ("le gouvernement avait coupé Internet": a government's act on its people)
        rule = _state(resolver, home, "GOV")
        return [_state(resolver, home, "CVL") if any(_same(a, rule) for a in actors)
                else rule]
    if home and event in TARGETED and named and named[0] == "PROTEST":
        # "l'armée avait réprimé dans le sang un soulèvement populaire": its own people
        return [_state(resolver, home, "CVL")]
    if home and event == "PROTEST":
        # "Des milliers d'Iraniens sont descendus dans la rue": against their government
        return [_state(resolver, home, "GOV")]
    if frame.get("focus_recipient") or len(actors) > 1 and event == "SANCTION":
        # "Washington avait assoupli ses sanctions", "Washington et Londres ont annoncé de
        # nouvelles sanctions": on the country the article is about, if they are foreign
        return _focus_country(actors, resolver)
    if len(actors) == 1 and (event in ("ASSAULT", "SANCTION") or
                             background and event in IMPLIED):
        # "l'invasion russe de février 2022", "l'offensive azerbaïdjanaise", "Washington a
        # imposé des sanctions financières": an attack or sanctions with no target named, by
        # a foreign side, target the country the article is about; a rebellion's, its own.
        found = _focus_country(actors, resolver)
        if not found and background and event == "ASSAULT":
            # "l'armée azerbaïdjanaise avait lancé une offensive" in an article about
            # Azerbaijan: against whoever it is at war with
            held = resolver.opponent(doc[frame["trigger"]].idx + doc._.dyade_base, actors[0])
            found = [held] if held is not None else []
        return found
    if event in VERBAL and named:
        # "Téhéran a condamné ces frappes": the doers of the strikes told before; a seizure
        # of power may have been told as an assault, and the other way round
        kind, word = named
        kinds = [kind, *(TARGETED - {kind})] if kind in TARGETED else [kind]
        doers = next((found for k in kinds if (found := resolver.last_act(k, word)[0])), [])
        if not doers and _coup_named(doc, frame) and (focus := resolver.focus()):
            doers = [_state(resolver, focus, "MIL")]  # "a condamné le coup d'État"
        return [e for e in doers if not any(_same(e, a) for a in actors)]
    if event in STANCES and len(actors) == 1 and not named and not _object_elsewhere(doc, frame):
        # "Josep Borrell a dénoncé des violences d'État", "le FACT a rejeté la charte de
        # transition": a stance taken on the affairs of the country the article is about,
        # from abroad or by those who oppose its rulers, is towards its government.
        return _focus_government(actors[0], resolver)
    return []


def _focus_government(actor: Entity, resolver: Resolver) -> list[Entity]:
    focus = resolver.focus()
    if focus is None:
        return []
    foreign = actor.country != focus and (
        actor.country is not None or actor.sector in ABROAD)
    opposed = actor.country == focus and actor.sector in OPPOSED
    return [_state(resolver, focus, "GOV")] if foreign or opposed else []


def _object_elsewhere(doc: Doc, frame: dict[str, Any]) -> bool:
    """The act names its object by a pronoun ("les accusant de"), someone the article
    named, or by a clause: not the country it is about."""
    verb = doc[frame["trigger"]]
    if frame["event"] == "REJECT" and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True  # "Moscou nie viser des civils": its own act, not a stance on another
    return any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.i < verb.i and
               bool(c.morph.get("Person")) and c.i + 1 < len(doc) and
               doc[c.i + 1].pos_ in ("VERB", "AUX", "PRON")  # not "a lui aussi dénoncé"
               for c in verb.children)


def _state(resolver: Resolver, iso3: str, sector: str | None = None) -> Entity:
    return replace(resolver.kb.entity(f"state:{iso3}"), sector=sector) if sector else \
        resolver.kb.entity(f"state:{iso3}")


def _court_of_the_holder(doc: Doc, frame: dict[str, Any], actors: list[Entity],
                         recipients: list[Entity], resolver: Resolver) -> list[Entity]:
    """A court or a parliament the text gives no country of its own acts on the office
    holders of its own state ("la première ministre thaïlandaise ..., suspendue par la Cour
    constitutionnelle" in a story about Cambodia is Thailand's court)."""
    indexes = _indexes(frame["actor"])
    if len(actors) != 1 or len(indexes) != 1 or actors[0].sector not in HOME_BODIES:
        return actors
    mentions = doc._.dyade_mentions
    mention = mentions[indexes[0]]
    # (an office holder: named with an office, or holding one at the article's date)
    office = any(mentions[i].get("roles") for i in _indexes(frame["recipient"]))
    holder = next((r for r in recipients if r.kind == "person" and (r.role or office) and
                   r.country in resolver.kb.states), None)
    if mention["kind"] != "body" or not mention.get("bare") or holder is None or \
            holder.country == actors[0].country:
        return actors
    state = _state(resolver, holder.country, actors[0].sector)
    return [replace(actors[0], kb_id=state.kb_id, country=state.country, label=state.name)]


def _protesters(resolver: Resolver, iso3: str) -> Entity:
    """A country's people in a protest, named as such ("manifestants")."""
    people = _state(resolver, iso3, "CVL")
    return replace(people, name=grammar().protest_people, label=people.name)


def _home(actors: list[Entity], resolver: Resolver) -> str | None:
    """The one country of a domestic actor (a rebellion, a ministry), if there is one."""
    countries = {a.country for a in actors if a.kind != "state" or a.sector}
    country = countries.pop() if len(countries) == 1 else None
    return country if country in resolver.kb.states else None


def _act_named(doc: Doc, frame: dict[str, Any]) -> tuple[str, str] | None:
    """The kind of act a statement's object names and the word naming it ("a condamné ces
    frappes": ASSAULT, "frappe"), if it names one."""
    for child in _act_objects(doc, frame):
        kind = act_kind(child.lemma_.lower(), phrase_words(child))
        if kind is not None:
            return kind, child.lemma_.lower()
    return None


def _coup_named(doc: Doc, frame: dict[str, Any]) -> bool:
    """Does a statement's object name a coup ("a condamné le coup d'État")?"""
    return any((t := noun_trigger(child.lemma_.lower(), phrase_words(child))) is not None and
               t.internal for child in _act_objects(doc, frame))


def _act_objects(doc: Doc, frame: dict[str, Any]) -> list[Token]:
    """The nouns a statement's trigger governs that may name an act, with those the parser
    hangs on the day ("a condamné dimanche cette attaque")."""
    children = list(doc[frame["trigger"]].children)
    return [c for c in [*children, *day_children(children)]
            if c.dep_ in ("obj", "nmod") and c.pos_ == "NOUN"]


# ----- places -----------------------------------------------------------------------------
def _participants(frame: dict[str, Any]) -> set[int]:
    out: set[int] = set()
    for key in ("actor", "recipient", "speaker", "expresser"):
        value = frame.get(key)
        if isinstance(value, int):
            out.add(value)
        elif value:
            out.update(value)
    return out


def _indexes(value: int | list[int] | None) -> list[int]:
    return [value] if isinstance(value, int) else list(value or [])


def _people_of_places(doc: Doc, frame: dict[str, Any], found: list[Entity]) -> list[Entity]:
    """An attack on a town ("sur des manifestants à Tripoli", "a bombardé Kharkiv") hits
    the people of the town's country, not its government."""
    indexes = _indexes(frame["recipient"])
    mentions = doc._.dyade_mentions
    gram = grammar()
    towns = {c for i in indexes if mentions[i]["kind"] == "place" for c in mentions[i]["countries"]}
    # "sur les cortèges ... à Khartoum": a capital the target was in, not its government
    # (not "a tiré sur Kiev", where the capital is the target named)
    seats = {i.split(":", 1)[1] for n in indexes for i in mentions[n]["ids"][:1]
             if i.startswith("seat:") and mentions[n]["start"] > 0 and
             doc[mentions[n]["start"] - 1].lower_ in gram.place_markers - gram.target_preps}
    return [replace(e, sector="CVL") if e.kind == "state" and e.country in towns | seats and
            (e.sector is None or e.sector == "GOV" and e.country in seats) else e
            for e in found]


def _fighters_targeted(doc: Doc, frame: dict[str, Any]) -> bool:
    """True when the clause's target is fighters ("320 terroristes ont été tués", "contre
    les positions rebelles"): not the people of the place."""
    armed = grammar().armed_nouns
    trigger = doc[frame["trigger"]]
    targets = [c for c in trigger.children if c.dep_ in TARGET_DEPS]
    for target in targets:
        for token in [target, *(c for c in target.children if c.dep_ in ("nmod", "amod"))]:
            if token.lemma_.lower() in armed:
                return True
    return False


def _focus_country(actors: list[Entity], resolver: Resolver) -> list[Entity]:
    focus = resolver.focus()
    if len(actors) == 1 and actors[0].kind == "org" and actors[0].sector == "REB" and \
            actors[0].country in resolver.kb.states:
        # "La Séléka avait lancé son offensive": a rebellion fights its own country's state;
        # abroad, the country the article is about (the shebab's attack in a Kenyan story)
        if focus is not None and focus != actors[0].country:
            return [_state(resolver, focus)]
        return [_state(resolver, actors[0].country, "GOV")]
    if focus is None or not actors or any(a.country == focus or a.country is None and
                                          a.kind != "org" for a in actors):
        return []
    return [_state(resolver, focus)]


def _place_population(place: dict[str, Any] | None, resolver: Resolver) -> list[Entity]:
    """An attack with no named target hits the people of the place where it happened."""
    if place and place.get("source") not in ("news place", "paragraph") and \
            place.get("country") in resolver.kb.states:
        return [_state(resolver, place["country"], "CVL")]
    return []


def _place_left(place: dict[str, Any] | None, actors: list[Entity],
                resolver: Resolver, troops: bool) -> list[Entity]:
    """Fighters withdrawing with no place named as their object leave the place their
    sentence names: "Dans le nord du Mali, les soldats français se sont retirés", "La
    Russie a retiré ses soldats de Kherson" (``troops``: the act's own words name them)."""
    if place and place.get("source") in ("clause", "sentence") and \
            (troops or all(a.sector in ("MIL", "REB") for a in actors)) and \
            place.get("country") in resolver.kb.states and \
            not any(a.kind == "state" and a.country == place["country"] for a in actors):
        return [_state(resolver, place["country"], "GOV")]
    return []


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
