"""When and where each event happened, from the words of the article.

Dates, most specific first: a temporal expression in the event's own clause, then elsewhere
in its sentence, then the time frame the paragraph has set ("Lundi, des combats ont éclaté à
Goma. Les rebelles ont pris l'aéroport."), then the article's news day (the first recent day
it names), then the publication date. A starting point ("depuis 21 jours") does not date an
action still going on (a verb in the present).

Places: a place phrase in the event's clause ("à Damas", "près d'Alep", "dans le nord-ouest de
la Syrie"), then, for material events, one elsewhere in the sentence; a meeting with no place
of its own happens where the article's news happens (where the visitor arrived, or the last
meeting placed). Never a capital guessed from a country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from .kb.places import ambiguous, country_point, lookup
from .kb.store import knowledge_base
from .pipeline.actors import is_seat
from .pipeline.events import past_tense, pluperfect
from .pipeline.extensions import doc_text
from .pipeline.grammar import grammar
from .pipeline.lexicon import VERBAL, speech_verbs, triggers
from .resolve import subject_phrase
from .text import fold
from .timex.calendar import calendar, day_children, precision_of
from .timex.expressions import (
    HISTORICAL_DAYS,
    PLUPERFECT_DAYS,
    SINCE_DAYS,
    Anchor,
    Timex,
    find_timexes,
    follow,
    interval,
    is_historical,
    resolve,
    shift,
    span_of,
)

_PRECISION = {"city": "city", "site": "city", "region": "region", "territory": "region",
              "continent": "region"}
MEETINGS = frozenset({"CONSULT"})
TARGETED = frozenset({"ASSAULT", "COERCE"})
REMOTE_MODES = frozenset({"phone", "video", "letter", "message"})
CONTENT_DEPS = frozenset({"obj", "ccomp", "xcomp", "advcl", "csubj", "iobj"})
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "csubj", "acl", "acl:relcl", "conj"})
_YEAR = re.compile(r"\b(1[5-9]|20)\d\d\b")  # a year written out
_NOUN_YEAR = re.compile(r"\bde\s+((?:19|20)\d\d)(?!\s*[^\W\d])")  # "celui de 2019."
CONTEXT = "@"  # a place's country that is the country the article is about
YEARLESS = frozenset({"date", "month", "period"})  # "le 3 mars", "en janvier", "fin septembre"


@dataclass
class _Sentence:
    seg: int
    start: int
    end: int
    root: int
    para: int
    timexes: list[Timex]
    framing: list[Timex] = field(default_factory=list)  # those of the main clause


@dataclass
class Grounding:
    """Per-article state for dating and placing events."""

    docs: list[Doc]
    anchor: Anchor | None
    published: dict[str, Any]
    numwords: dict[str, int]
    sentences: dict[tuple[int, int], _Sentence] = field(default_factory=dict)
    news_day: Timex | None = None
    news_places: list[tuple[tuple[int, int], dict[str, Any]]] = field(default_factory=list)
    # where a paragraph has brought its people (an arrival, a meeting), with the paragraph
    arrivals: list[tuple[tuple[int, int], int, dict[str, Any]]] = field(default_factory=list)
    countries: frozenset[str] = frozenset()
    focus: str | None = None  # the country the article is about
    year_named: str | None = None  # the year last written out, for "cette année-là"
    # every place named, in order: what "la ville" or "le territoire" stands for
    place_mentions: list[tuple[int, int, Doc, dict[str, Any]]] = field(default_factory=list)
    # the towns the article names, how often, and where first (for _story_town)
    story_towns: Counter[tuple[str, str]] | None = None
    story_places: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.countries = frozenset(_countries(self.docs))
        self.place_mentions = [(seg, m["start"], doc, m) for seg, doc in enumerate(self.docs)
                               for m in doc._.dyade_mentions if m["kind"] == "place"]
        for seg, doc in enumerate(self.docs):
            quotes = _quotes(doc)
            text = doc_text(doc)
            last: str | None = None
            written: tuple[int, str] | None = None
            for sent in doc.sents:
                para = text.count("\n", 0, sent.start_char)
                # a past year the paragraph narrates ("Le 7 février 2009, ... Le 17 mars, X
                # avait remis ses pouvoirs": 17 March 2009)
                narrated = written[1] if written and written[0] == para and \
                    self.anchor is not None and \
                    written[1][:4] < self.anchor.start.isoformat()[:4] else None
                found, last = self._sentence_timexes(sent, last, narrated)
                # (not a limit: "une intervention fédérale jusqu'au 31 janvier")
                framing = [t for t in found if _framing(sent, t) and
                           not _scheduled(sent.text, t.start - sent.start_char)]
                # (the day or month, written with its year, that dates this sentence's main
                # clause: what the next sentence may go on narrating)
                written = next(((para, t.value) for t in reversed(framing)
                                if t.value and len(t.value) >= 7 and _YEAR.search(t.text) and
                                not t.since and
                                not _of_a_noun(sent.text, t.start - sent.start_char)), None)
                self.sentences[(seg, sent.start)] = _Sentence(
                    seg, sent.start_char, sent.end_char, sent.root.idx, para, found, framing)
                if self.news_day is None:
                    self.news_day = self._news_day(found, quotes)
            self._arrivals(seg, doc)

    def _sentence_timexes(self, sent: Span, last: str | None, narrated: str | None = None
                          ) -> tuple[list[Timex], str | None]:
        """A sentence's date expressions, resolved, with the date last named after it.
        Anaphors follow the date last named; a month or day with no year takes the year the
        sentence named before it ("L'an dernier, ... en janvier") or the anaphoric year right
        after it ("en juillet de la même année"), or, in a sentence told in the pluperfect or
        the simple past, the past year the paragraph narrates (``narrated``, the date last
        named) when it falls on or after that date."""
        told = narrated is not None and any(_narrative(t) for t in sent)
        found: list[Timex] = []
        year, dated = None, False  # the year the sentence named (by a date, or alone)
        before = last  # the date named before the latest expression
        offset = sent.start_char
        for t in find_timexes(sent.text, self.anchor, self.numwords):
            prev = found[-1] if found else None
            # "Le scénario rappelle celui de 2019. Le 14 février de cette année-là": a year
            # anaphor follows the year last named, even by a noun's date
            yearly = t.kind == "anaphor" and _unit(t) == "year" and self.year_named
            value = follow(t, self.year_named if yearly else last) if t.kind == "anaphor" \
                else shift(t, last) if t.kind == "shift" else t.value
            if t.kind == "shift" and value and self.anchor is not None and \
                    (span := span_of(value)) is not None and span[0] > self.anchor.end:
                value = None  # "Un an plus tard" told in the past is not after the article
            between = sent.text[prev.end - offset: t.start].strip() if prev else ""
            if t.kind == "anaphor" and prev and _yearless(prev) and \
                    grammar().contractions.get(between, between) == "de" and \
                    (year_of := follow(t, self.year_named if yearly else before)) and \
                    len(year_of) == 4:
                found[-1] = Timex(prev.start, t.end + offset,
                                  sent.text[prev.start - offset: t.end],
                                  _with_year(prev, year_of, self.anchor), prev.kind,
                                  prev.since, prev.groups + (("y", year_of),))
                last = found[-1].value or last
                continue
            if value and len(value) == 4 and not t.since:
                year, dated = value, False
            elif value and not t.since and _YEAR.search(t.text):
                # "fin mars 2002, deux jours après ..., le 27 mars" (but "le 24 février 2022
                # ... depuis la chute d'Avdiïvka en février": this year's)
                year, dated = value[:4], True
            elif year and _yearless(t) and (not dated or len(value or "") == 10):
                value = _with_year(t, year, self.anchor)
            elif told and narrated and not year and _yearless(t) and not t.since and \
                    not _modified(sent.text, t.end) and \
                    (past := _with_year(t, narrated[:4], self.anchor)) and \
                    past >= narrated[:len(past)]:
                value = past
            if value and _YEAR.search(t.text):
                self.year_named = value[:4]
            found.append(Timex(t.start + offset, t.end + offset, t.text, value, t.kind,
                               t.since, t.groups))
            before = last
            if not _of_a_noun(sent.text, t.start) and not _scheduled(sent.text, t.start) \
                    and not _detail(sent, t.start + offset) and not (t.kind == "ago" and t.since):
                # "le coup d'État du 26 juillet" dates no clause; "campaient depuis sept
                # semaines" names a stretch, not a day the next clauses follow
                last = value or last
        if (named := list(_NOUN_YEAR.finditer(sent.text))) and \
                named[-1].start() >= (found[-1].end - offset if found else 0):
            self.year_named = named[-1].group(1)  # "Le scénario rappelle celui de 2019."
        return found, last

    # ----- dates ------------------------------------------------------------------------
    def date(self, seg: int, doc: Doc, frame: dict[str, Any]) -> tuple[str | None, str | None,
                                                                       str]:
        """(value, evidence, source) of a frame's date."""
        ongoing = _present(doc[frame["trigger"]]) or _present(doc[frame["clause"]])
        quotes = [] if frame["quoted"] else _quotes(doc)
        sent = self.sentences[(seg, frame["sent"])]
        clause = doc[frame["clause"]]
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        trigger = doc[frame["trigger"]].idx
        if ongoing:
            # "mène une insurrection depuis 1984": still going on, but begun long ago.
            begun = [t for t in sent.timexes if t.since and lo <= t.start < hi and
                     not _inside(t, quotes) and is_historical(t.value, self.anchor, SINCE_DAYS)]
            if begun:
                best = min(begun, key=lambda t: abs(t.start - trigger))
                return best.value, best.text, "since"
        said = _said(doc, frame)
        usable = [t for t in sent.timexes if t.value and not _inside(t, quotes)
                  and not (ongoing and t.since) and not any(a <= t.start < b for a, b in said)]
        trigger_token = doc[frame["trigger"]]
        if usable and trigger_token.pos_ == "NOUN":
            # "poursuivaient lundi l'offensive lancée samedi": the day the participle gives
            # the act its noun names (not "l'attaque, revendiquée mardi": the claim's day)
            told = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                    for c in trigger_token.children if c.dep_ == "acl" and
                    "Part" in c.morph.get("VerbForm") and c.lemma_.lower() not in
                    grammar().claim_verbs | (set(speech_verbs()) - grammar().agent_participles)]
            dated = [t for t in usable if not t.since and any(a <= t.start < b for a, b in told)]
            if dated:
                best = min(dated, key=lambda t: abs(t.start - trigger))
                return best.value, best.text, "clause"
        if usable:
            # not a later act's date in a clause hung on this one ("avaient pris le pouvoir le
            # 18 août 2020 en renversant X, avant d'écarter en mai 2021 Y")
            nested = [(d.left_edge.idx, d.right_edge.idx + len(d.right_edge))
                      for d in clause.subtree if d.i != clause.i and
                      d.dep_ in ("advcl", "conj") and d.pos_ == "VERB" and
                      not d.left_edge.i <= frame["trigger"] <= d.right_edge.i]
            own = [t for t in usable if not any(a <= t.start < b for a, b in nested)]
            if trigger_token.pos_ == "VERB":
                # not the date of what the verb acts on ("a convoqué les élections du 21
                # décembre"), should the clause have another
                own = [t for t in own if not _object_date(doc, t)] or own
            inside = [t for t in own if lo <= t.start < hi]
            # "Le 3 décembre au soir, ... en proclamant la loi martiale, la première depuis
            # 1980": in its own clause, a start dates a state, the act only when nothing else
            # does
            inside = [t for t in inside if not t.since] or inside
            # (but "depuis mars 2020, lorsque la Russie et la Turquie ont négocié": the start
            # the act's clause hangs on)
            own = [t for t in own if not t.since or _governs(doc, t, frame["trigger"])] or own
            best = min(inside or own or usable, key=lambda t: abs(t.start - trigger))
            framed = _day_frame(doc[frame["trigger"]])
            if framed is not None and len(best.value) == 10 and not \
                    framed[0].left_edge.idx <= best.start <= framed[0].right_edge.idx:
                # "a annoncé mercredi 26 juin ..., au lendemain d'une journée au cours de
                # laquelle des manifestants ont incendié le Parlement": Tuesday
                day = date.fromisoformat(best.value) + timedelta(days=framed[1])
                cue = doc[framed[0].left_edge.i: framed[0].i + 1].text
                return day.isoformat(), f"{best.text} ({cue})", "sentence"
            return self._told_before(best, doc, frame), best.text, \
                "clause" if inside else "sentence"
        frame_timex = self._paragraph(seg, sent, quotes)
        if frame_timex is not None:
            return frame_timex.value, frame_timex.text, "paragraph"
        if self.news_day is not None:
            return self.news_day.value, self.news_day.text, "news day"
        if self.published.get("date"):
            return self.published["date"], self.published.get("evidence"), "publication"
        return None, None, "none"

    def _told_before(self, timex: Timex, doc: Doc, frame: dict[str, Any]) -> str | None:
        """A day or month without a year that falls after the article, for an act told in a
        past tense, is the year before's ("Arrêté par la police en mars, ..." in a January
        article): news writing allows a yearless date a little ahead only for what is to come
        (or, with its weekday, for a page updated after it appeared: "Mardi 30 mai")."""
        value, published = timex.value, self.published.get("date")
        if not value or not published or not _yearless(timex) or \
                any(k.startswith("wd") for k, _ in timex.groups) or \
                value[:len(published)] <= published[:len(value)] or \
                not any(_past_verb(doc[frame[k]]) for k in ("trigger", "clause")):
            return value
        return _with_year(timex, str(int(value[:4]) - 1), self.anchor) or value

    def historical(self, value: str | None, pluperfect: bool = False,
                   evidence: str | None = None) -> bool:
        """Is a date well before the article? A part of a month ("début février") ends
        where that part ends, not with the month."""
        days = PLUPERFECT_DAYS if pluperfect else HISTORICAL_DAYS
        if evidence and value and len(value) == 7 and self.anchor and self.anchor.day:
            found = find_timexes(evidence, self.anchor, self.numwords)
            if len(found) == 1 and found[0].kind == "period" and found[0].value == value:
                span = interval(found[0], self.anchor)
                if span is not None:
                    return (self.anchor.start - span[1]).days > days
        return is_historical(value, self.anchor, days)

    def retrospective(self, doc: Doc, frame: dict[str, Any]) -> str | None:
        """The phrase by which the event's clause sums up a past stretch ("Au cours de
        l'année écoulée, X a tiré ..."), if any. None when its verb is in the present: the
        action is still going on."""
        if _present(doc[frame["trigger"]]) or _present(doc[frame["clause"]]):
            return None
        clause = doc[frame["clause"]]
        lo = clause.left_edge.idx
        text = doc_text(doc)[lo: clause.right_edge.idx + len(clause.right_edge)]
        folded = text.lower().replace("’", "'")
        for cue in calendar().retrospective_cues:
            at = _find_phrase(folded, cue)
            if at >= 0 and _governing_verb(doc, lo + at) in (clause.i, frame["trigger"]):
                # ("dans les années 1980": the decade too)
                decade = re.match(r"\s+\d{4}\b", text[at + len(cue):])
                return text[at: at + len(cue) + (decade.end() if decade else 0)]
        return None

    def _paragraph(self, seg: int, sent: _Sentence,
                   quotes: list[tuple[int, int]]) -> Timex | None:
        earlier = self._earlier_in_paragraph(seg, sent)
        if earlier and self._continues(sent):
            # "Chapo a été proclamé jeudi vainqueur. Son rival a aussitôt rejeté ces
            # chiffres": the time of the sentence before, wherever it stands in it
            usable = [t for t in earlier[0].timexes if t.value and not t.since
                      and not _inside(t, quotes)]
            if usable:
                return min(usable, key=lambda t: abs(t.start - earlier[0].root))
        for other in earlier:
            usable = [t for t in other.framing if t.value and not t.since
                      and not _inside(t, quotes)]
            if usable:
                return min(usable, key=lambda t: abs(t.start - other.root))
        first = earlier[-1] if earlier else sent
        if self._continues(first):
            # "Peu après, le Hezbollah a annoncé ...": the time of the paragraph before.
            before = [s for s in self.sentences.values()
                      if (s.seg, s.start) < (first.seg, first.start)]
            if before:
                last = max(before, key=lambda s: (s.seg, s.start))
                previous = [s for s in before if s.seg == last.seg and s.para == last.para]
                usable = [t for s in previous for t in s.framing if t.value and not t.since]
                if usable:
                    return max(usable, key=lambda t: t.start)
        return None

    def _continues(self, sent: _Sentence) -> bool:
        """Does a paragraph's first sentence say it follows on from the one before
        ("Peu après, ...", "X a aussitôt annoncé")? The cue must stand before its verb."""
        text = doc_text(self.docs[sent.seg])[sent.start: sent.root + 1].lower()
        return any(_find_phrase(text, cue) >= 0 for cue in calendar().continuation_cues)

    def _earlier_in_paragraph(self, seg: int, sent: _Sentence) -> list[_Sentence]:
        """The sentences of a sentence's paragraph before it, nearest first."""
        return sorted((s for s in self.sentences.values()
                       if s.seg == seg and s.para == sent.para and s.start < sent.start),
                      key=lambda s: -s.start)

    def _news_day(self, timexes: list[Timex], quotes: list[tuple[int, int]]) -> Timex | None:
        """The first day the article names that lies in its news period."""
        if self.anchor is None:
            return None
        for t in timexes:
            if t.value and len(t.value) == 10 and not t.since and not _inside(t, quotes) \
                    and not is_historical(t.value, self.anchor) \
                    and t.value <= self.anchor.end.isoformat():
                return t
        return None

    # ----- places -----------------------------------------------------------------------
    def place(self, seg: int, doc: Doc, frame: dict[str, Any], event: str, mode: str | None,
              participants: set[int], historical: bool,
              targets: list[int] | None = None, borrow: bool = True,
              same: Callable[[int], bool] | None = None,
              home: str | None = None,
              sides: set[str | None] | None = None) -> dict[str, Any] | None:
        """The frame's place with its precision, coordinates, evidence and source;
        ``targets`` are the mentions of places attacked ("a bombardé Kharkiv"). ``borrow``
        False keeps to the event's own clause (an act summed up over a stretch of time is not
        where the sentence's or the paragraph's other acts happened). ``same`` tells whether
        a mention names one of the event's actors (for a place the next sentence restates);
        ``home`` is the actors' own country, which "le nord du pays" is a region of;
        ``sides`` the recipients' countries."""
        found = None
        mentions = doc._.dyade_mentions
        if frame["place"] is not None and (frame.get("sectors") or not any(
                mentions[i]["start"] <= frame["place"] < mentions[i]["end"] and (
                    any(k.startswith("seat:") for k in mentions[i]["ids"]) or
                    _dative(doc, mentions[i]["start"])) for i in participants)):
            # "a imposé des sanctions à Téhéran": the government sanctioned, not where;
            # "a reproché au Tchad": whom, not where; but an act within a country (a coup, a
            # protest) keeps the town that names it: "des manifestations à Caracas"
            found = next((place for i in [frame["place"], *frame.get("other_places", [])]
                          if (place := self._in_country(
                              self._mention_place(doc, i, "clause"), home)) is not None), None)
        there = _there_token(doc, frame)
        if found is None and there is not None:
            # "y" says where, even when it stands for no place the gazetteer knows ("le long
            # de sa frontière nord et y a dépêché des renforts"): nothing else to borrow
            found, borrow = self._there(doc, there), False
        for idx in targets or []:
            m = doc._.dyade_mentions[idx]
            if (found is None or found["precision"] != "city") and (
                    m["kind"] == "place" or is_seat(m)):
                # "a bombardé Kharkiv", "a tiré sur les cortèges à Khartoum"; "a bombardé
                # Odessa, dans le sud du pays": the town, not its region
                target = self._in_country(self._mention_place(
                    doc, doc._.dyade_mentions[idx]["start"], "target", need_marker=False), home)
                if target is not None and (found is None or
                                           target["country"] == found["country"] and
                                           target["precision"] == "city"):
                    found = target
        if event in TARGETED and (found is None or found["precision"] == "country"):
            # "Au Pakistan, X a été interpellé par des paramilitaires dans l'enceinte de la
            # Haute Cour d'Islamabad": the town within the country
            inner = self._clause_target(doc, frame, participants, own=found is not None)
            if found is None or inner is not None and inner["country"] == found["country"]:
                found = inner
        if found is None and event not in VERBAL and borrow:
            found = self._sentence_place(doc, frame, participants)
        if found is None and borrow and not historical and same is not None:
            found = self._restated_place(doc, frame, event, same)
        if found is None and event not in VERBAL and borrow:
            found = self._paragraph_place(seg, doc, frame, historical)
        if found is None and event not in VERBAL | MEETINGS and borrow and not historical and \
                home is not None and home == self.focus and (sides or set()) <= {home}:
            # a domestic act in the country the article is about: its story's town
            found = self._story_town(home)
        if found is None and event in MEETINGS and borrow and not historical and \
                (mode or "") not in REMOTE_MODES and self.focus is not None and \
                home != self.focus and sides == {self.focus} and \
                doc[frame["trigger"]].lemma_.lower() in grammar().in_person_meetings:
            # a visitor who met the people of the country the article is about ("le
            # président tchadien, dépêché en médiateur, a rencontré M. Bazoum"): there
            found = self._story_town(self.focus)
        found = self._in_country(found, home)
        position = (seg, frame["start"])
        meeting = event in MEETINGS and not historical and (mode or "") not in REMOTE_MODES
        news = self._news_place(position) if meeting else None
        if found is not None:
            if news is not None and found["source"] in ("sentence", "paragraph"):
                return {**news, "source": "news place"}  # the visit's city, not a borrowing
            if meeting and found["precision"] == "city":
                self.news_places.append((position, found))
                self.arrivals.append((position, self.sentences[(seg, frame["sent"])].para,
                                      found))
            elif news is not None and news["country"] == found["country"]:
                return {**news, "source": "news place"}  # "en Syrie" during a visit to Damascus
            return found
        if news is None and event in VERBAL and not historical:
            # "Il avait atterri dans la capitale mexicaine. ..., il a remercié le Mexique":
            # said where the paragraph has just brought its visitor
            para = self.sentences[(seg, frame["sent"])].para
            news = next((p for pos, where, p in reversed(self.arrivals)
                         if pos[0] == seg and pos <= position and where == para), None)
            if news is None and same is not None and borrow:
                return self._speaker_place(seg, doc, frame, same)
        return {**news, "source": "news place"} if news is not None else None

    def _speaker_place(self, seg: int, doc: Doc, frame: dict[str, Any],
                       same: Callable[[int], bool]) -> dict[str, Any] | None:
        """Where the sentence before, in the paragraph, has the speaker as its subject: "M.
        Barrow a prêté serment jeudi à l'ambassade de Gambie à Dakar. Dans son discours, il a
        appelé ..." was said in Dakar."""
        before = self._earlier_in_paragraph(seg, self.sentences[(seg, frame["sent"])])
        if not before:
            return None
        sent, quotes = before[0], _quotes(doc)
        inside = [(i, m) for i, m in enumerate(doc._.dyade_mentions)
                  if sent.start <= doc[m["start"]].idx < sent.end and
                  not any(a <= doc[m["start"]].idx < b for a, b in quotes)]
        # ("A Bruxelles, la cheffe de la diplomatie européenne a averti ... Son homologue
        # américain John Kerry a appelé ...": a counterpart speaks where the other did)
        counterpart = any(doc._.dyade_mentions[i].get("counterpart") for i in frame["actor"])
        if not counterpart and not any(subject_phrase(doc[m["head"]], after_office=True) and same(i)
                                       for i, m in inside):
            return None
        for _, m in inside:
            place = self._mention_place(doc, m["start"], "speaker")
            if place is not None and place["precision"] == "city":
                return place
        return None

    def _in_country(self, place: dict[str, Any] | None,
                    home: str | None) -> dict[str, Any] | None:
        """"le nord du pays" in the event's own clause: of the actors' own country, else of
        the one the article is about."""
        if place is None or place["country"] != CONTEXT:
            return place
        place = dict(place)
        kind = place.pop("context", None)
        if kind == "capital":
            return self._capital(place)
        if kind == "unlisted":  # "le village de Zabarmari": named, not listed
            return {**place, "country": self.focus} if self.focus else None
        if kind == "anaphor":  # "dans l'est de la ville": the town named last
            at, wanted, country_noun = place.pop("at"), place.pop("anaphor"), \
                place.pop("country_noun")
            found = self._antecedent(place, at, wanted)
            if found is not None or not country_noun:
                return found  # ("le territoire", none named: the country, as "le pays")
        if place["source"] != "clause":
            return None  # another sentence's "du pays" may be another country's
        country = home or self.focus
        if not country:
            return None
        state = knowledge_base().states.get(country)
        if state is not None and place["name"].endswith(" pays"):
            # "le nord du pays" is the north of the country it stands for: "nord du Mali"
            # ("le territoire" may be a part of it: the Gaza Strip)
            name = f"{place['name'].split()[0]} {_of(state.article, state.name)}"
            place.update(name=name, label=name)
        return {**place, "country": country}

    def _antecedent(self, place: dict[str, Any], at: tuple[int, int],
                    precision: str) -> dict[str, Any] | None:
        """The place of ``precision`` that a phrase like "dans l'est de la ville" or "le
        nord du territoire" stands for, named as a part of it ("est d'El-Facher", "nord de
        la bande de Gaza"): the last one named before it in its paragraph, else the one the
        article has named most so far, the first of those named as often (the place the
        story is about, not one a background sentence named in passing)."""
        para = self._para(*at)
        candidates: list[tuple[tuple[int, int], dict[str, Any], str]] = []
        for seg, start, doc, m in self.place_mentions:
            if (seg, start) >= at:
                break
            if seg == at[0] and m["end"] < len(doc) and doc[m["end"]].text == "," and \
                    at[1] - m["end"] <= 3:
                continue  # "sa base de Jebel, dans l'ouest de la ville": what it places
            named = self._place_of(doc, m)
            if named is None or named["country"] == CONTEXT or named["precision"] != precision:
                continue
            before = doc[start - 1].lower_.replace("’", "'") if start else ""
            article = {"du": "le", "au": "le", "des": "les", "aux": "les"}.get(
                before, before if before in grammar().definite_articles else "")
            candidates.append(((seg, start), named, article))
        if not candidates:
            return None
        near = [c for c in candidates if self._para(*c[0]) == para]
        if near:
            _, named, article = near[-1]
        else:
            times = Counter(c[1]["label"] for c in candidates)
            _, named, article = max(candidates, key=lambda c: (times[c[1]["label"]], -c[0][0],
                                                               -c[0][1]))
        words = place["name"].split()
        if words[0].lower() in grammar().place_directions:
            name = f"{words[0]} {_of(article, named['name'])}"
        else:
            name = named["name"]
        lat, lon = (named["lat"], named["lon"]) if precision == "city" or \
            name == named["name"] else (None, None)
        return {**place, "name": name, "label": name, "country": named["country"],
                "lat": lat, "lon": lon, "precision": precision}

    def _para(self, seg: int, token: int) -> tuple[int, int]:
        """The paragraph of a token: its segment and its sentence's paragraph."""
        return seg, self.sentences[(seg, self.docs[seg][token].sent.start)].para

    def _capital(self, place: dict[str, Any]) -> dict[str, Any] | None:
        """"la capitale": the capital of the country the article is about (not the actors'
        own: "les forces russes ont frappé la capitale")."""
        state = knowledge_base().states.get(self.focus or "")
        point = lookup(state.capital, frozenset({state.iso3})) if state and state.capital \
            else None
        if point is None or point.country != state.iso3:
            return None
        return {**place, "name": point.name, "label": point.name, "country": point.country,
                "lat": point.lat, "lon": point.lon}

    def _news_place(self, position: tuple[int, int]) -> dict[str, Any] | None:
        earlier = [p for pos, p in self.news_places if pos <= position]
        if earlier:
            return earlier[-1]
        return self.news_places[0][1] if self.news_places else None

    def _clause_target(self, doc: Doc, frame: dict[str, Any], participants: set[int],
                       own: bool = False) -> dict[str, Any] | None:
        """A town or region an attack's own clause names, with or without a preposition of
        place ("s'étaient emparées de Kherson"); ``own``: not in a clause hung on it ("est
        intervenue au Mali pour stopper l'avancée des jihadistes vers Bamako")."""
        clause = doc[frame["clause"]]
        sequence = grammar().sequence_preps
        right = _fragments_end(doc, clause.right_edge.i)
        nested = _other_acts(clause, every=own)
        for idx, m in enumerate(doc._.dyade_mentions):
            if idx in participants or not (m["kind"] == "place" or is_seat(m)) or \
                    not clause.left_edge.i <= m["start"] <= right or m["start"] in nested:
                continue
            head = doc[m["head"]]
            if head.dep_.startswith("nsubj") and head.head.i != clause.i:
                continue  # "ce que New Delhi présentait comme un camp": who says, not where
            if head.dep_ == "obl:agent" or any(c.dep_ == "case" and c.lower_ == "par"
                                               for c in head.children):
                continue  # "une attaque imputée par Washington": who, not where
            if m["start"] > 0 and doc[m["start"] - 1].lower_ in sequence | \
                    grammar().according_to:
                continue  # "Après Alep, la coalition a pris ...": a step, not the place;
                # "Selon Taipei, elle a tiré ...": a source
            return self._mention_place(doc, m["start"], "clause", need_marker=False)
        return None

    def _restated_place(self, doc: Doc, frame: dict[str, Any], event: str,
                        same: Callable[[int], bool]) -> dict[str, Any] | None:
        """The place the next sentence of the paragraph gives the same act, restated ("Les
        deux parties se sont engagées mercredi à cesser les combats. L'accord a été signé à
        Pretoria.") or, for a statement, said by the same speaker ("X a rejeté jeudi le plan.
        « ... », a-t-il déclaré devant la presse à Kaboul."), who may open
        the next paragraph when named again."""
        quotes = _quotes(doc)
        found = _next_sentence(doc, doc[frame["trigger"]].sent, quotes)
        if found is None:
            return None
        following, new_paragraph = found
        seg, sent = doc._.dyade_segment, doc[frame["trigger"]].sent
        mine = {t.value for t in self.sentences[(seg, sent.start)].timexes}
        theirs = {t.value for t in self.sentences[(seg, following.start)].timexes
                  if not t.since}
        if theirs and not theirs & mine:
            return None  # another day, another act: "X a été arrêté dimanche. Y lundi à Z"
        mentions = doc._.dyade_mentions
        # "a annoncé sa démission": an act told by its doer's own words
        trigger = doc[frame["trigger"]]
        announced = any(speech_verbs().get(t.lemma_.lower()) is not None
                        for t in (trigger, trigger.head))
        for verb in following:
            if verb.pos_ != "VERB" or any(a <= verb.idx < b for a, b in quotes):
                continue
            lemma = verb.lemma_.lower()
            says = (event in VERBAL or announced) and speech_verbs().get(lemma) is not None
            if not says and lemma not in _restating_verbs(event):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") or
                        says and c.dep_ == "obj" and c.i > verb.i]
            named = [i for i, m in enumerate(mentions) for c in subjects
                     if m["start"] <= c.i < m["end"]]
            if says and not subjects or named and not any(same(i) for i in named) or \
                    new_paragraph and not (says and named):
                continue  # the next paragraph only for the speaker named again
            # not in what is said or done: "Il accuse le TPLF d'avoir attaqué une base à
            # Mekele" is not said in Mekele
            content = {t.i for c in verb.children if c not in subjects and (
                c.dep_ in CONTENT_DEPS or c.dep_ == "obl:arg" and any(
                    k.dep_ == "case" and k.lemma_.lower() == "de" for k in c.children))
                for t in c.subtree}
            for idx, m in enumerate(mentions):
                if m["start"] <= verb.i or m["start"] >= following.end or idx in named or \
                        m["start"] in content or \
                        any(a <= doc[m["start"]].idx < b for a, b in quotes):
                    continue
                place = self._mention_place(doc, m["start"], "restated")
                if place is not None:
                    return place
            return None
        return None

    def mark(self) -> tuple[int, int]:
        """Where the news places and arrivals stand, for :meth:`forget_since`."""
        return len(self.news_places), len(self.arrivals)

    def forget_since(self, mark: tuple[int, int]) -> None:
        """Drop the news places and arrivals set since ``mark`` (by an act that turned out to
        be no event)."""
        del self.news_places[mark[0]:], self.arrivals[mark[1]:]

    def _story_town(self, country: str | None) -> dict[str, Any] | None:
        """The town the article places its story in, for a news act in that country no
        sentence places: the one town of the country it names, or the one it names most
        ("Les militaires ont renversé le président" in a story that places Ali Bongo under
        house arrest "à Libreville")."""
        if country is None:
            return None
        if self.story_towns is None:
            self.story_towns = Counter()
            for doc in self.docs:
                quotes = _quotes(doc)
                for m in doc._.dyade_mentions:
                    if (m["kind"] == "place" or is_seat(m)) and not any(
                            a <= doc[m["start"]].idx < b for a, b in quotes) and not (
                            m["start"] and doc[m["start"] - 1].lower_ in
                            grammar().according_to):  # (not "Selon Amman")
                        place = self._mention_place(doc, m["start"], "article",
                                                    need_marker=False)
                        if place is not None and place["country"] == "@" and \
                                fold(m["text"]).split()[-1] in grammar().capital_nouns:
                            place = self._capital(place)  # "dans la capitale"
                        if place is not None and place["precision"] == "city" and \
                                not place.get("near"):
                            key = (place["label"], place["country"])
                            self.story_towns[key] += 1
                            self.story_places.setdefault(key, place)
        towns = [(n, key) for key, n in self.story_towns.most_common() if key[1] == country]
        if not towns or len(towns) > 1 and towns[0][0] == towns[1][0]:
            return None
        return {**self.story_places[towns[0][1]], "source": "article"}

    def _paragraph_place(self, seg: int, doc: Doc, frame: dict[str, Any],
                         historical: bool = False) -> dict[str, Any] | None:
        """The place the paragraph has set: "Lundi, des combats ont éclaté à Goma. Les
        rebelles ont pris l'aéroport." (the nearest earlier sentence that names one). Past
        context takes no place from a sentence of the news ("La dépouille était exposée
        dimanche à Misrata. Kadhafi était arrivé au pouvoir en 1969 ...")."""
        quotes = _quotes(doc)
        for other in self._earlier_in_paragraph(seg, self.sentences[(seg, frame["sent"])]):
            if historical and not any(t.value and self.historical(t.value)
                                      for t in other.timexes):
                continue
            for m in doc._.dyade_mentions:
                if not other.start <= doc[m["start"]].idx < other.end or \
                        any(a <= doc[m["start"]].idx < b for a, b in quotes):
                    continue
                place = self._mention_place(doc, m["start"], "paragraph")
                if place is not None and not _continent(place):
                    # (not a part of the world: "son émir en Asie du Sud-Est")
                    return place
        return None

    def _there(self, doc: Doc, there: Token) -> dict[str, Any] | None:
        """The place "y" stands for in the event's clause: the last one named before it, in
        its sentence or the one before in the paragraph ("avant de gagner Almaty. Mercredi,
        des manifestants y avaient incendié la mairie")."""
        sent = there.sent
        lo = sent.start
        if lo > 0 and "\n" not in doc[lo - 1].text and "\n" not in doc[lo - 1].whitespace_:
            lo = doc[lo - 1].sent.start  # the sentence before, in the same paragraph
        for m in reversed(doc._.dyade_mentions):
            if lo <= m["start"] < there.i and m["kind"] == "place":  # not "Washington" said
                place = self._mention_place(doc, m["start"], "clause", need_marker=False)
                if place is not None and place["precision"] != "country":
                    return {**place, "evidence": f"y ({place['evidence']})"}
        return None

    def _sentence_place(self, doc: Doc, frame: dict[str, Any],
                        participants: set[int]) -> dict[str, Any] | None:
        quotes = [] if frame["quoted"] else _quotes(doc)
        trigger = doc[frame["trigger"]]
        others = _other_acts(doc[frame["clause"]])
        best = None
        for idx, m in enumerate(doc._.dyade_mentions):
            if idx in participants or not frame["start"] <= doc[m["start"]].idx < frame["end"] \
                    or m["start"] in others:
                continue
            if any(s <= doc[m["start"]].idx < e for s, e in quotes):
                continue
            place = self._mention_place(doc, m["start"], "sentence")
            if place is not None and (best is None or abs(m["start"] - trigger.i) <
                                      abs(best[0] - trigger.i)):
                best = (m["start"], place)
        return best[1] if best else None

    def _mention_place(self, doc: Doc, token_i: int, source: str,
                       need_marker: bool = True) -> dict[str, Any] | None:
        mention = next((m for m in doc._.dyade_mentions
                        if m["start"] <= token_i < m["end"]), None)
        if mention is None:
            return None
        base = self._place_of(doc, mention)
        if base is None:
            return None
        phrase = _phrase(doc, mention["start"])
        if phrase is None and need_marker and source != "clause":
            return None
        start, direction, near = phrase or (mention["start"], None, False)
        if base["precision"] == "country" and phrase is not None and \
                doc[start].lower_ == "à" and not direction and \
                getattr(state := knowledge_base().states.get(base["country"]), "article",
                        "") != "":
            # "a demandé à la Turquie": a country is "en Turquie" where one is (but one is
            # "à Cuba", "à Porto Rico"); "à Luxembourg", "à Djibouti" is the city
            capital = lookup(state.capital, frozenset({state.iso3})) if state.capital and \
                fold(state.capital) == fold(doc[mention["start"]: mention["end"]].text) and \
                doc[start + 1].i == mention["start"] else None
            if capital is None or capital.country != state.iso3:
                return None
            base = {**base, "name": capital.name, "label": capital.name, "lat": capital.lat,
                    "lon": capital.lon, "precision": "city"}
        evidence = doc[start: mention["end"]].text
        if direction and base["precision"] in ("country", "region"):
            base = {**base, "name": doc[_direction_start(doc, start): mention["end"]].text,
                    "precision": "region", "lat": None, "lon": None}
        out = {**base, "evidence": evidence, "source": source}
        if near:
            out["near"] = True
        return out

    def _place_of(self, doc: Doc, m: dict[str, Any]) -> dict[str, Any] | None:
        """The gazetteer entry a mention names, read among the article's countries
        ("Tripoli" in an article about Lebanon is the Lebanese city), named as the article
        names it ("Bruxelles"), with the gazetteer's name as ``label`` ("Brussels")."""
        found = self._gazetteer_place(doc, m)
        text = doc[m["start"]: m["end"]].text
        if found is None:
            return None
        label = found["name"]
        name = text if text[:1].isupper() and fold(text) != fold(label or "") else label
        return {**found, "name": name, "label": label}

    def _gazetteer_place(self, doc: Doc, m: dict[str, Any]) -> dict[str, Any] | None:
        text = doc[m["start"]: m["end"]].text
        if m["kind"] == "place":
            # (not a foreign town for a district of the story: "le quartier de la Gombe")
            place = None if m["place"].get("local") else \
                lookup(text, frozenset({m["place"]["country"]})) if m["place"].get("homonym") \
                else lookup(text, self.countries)
            if place is None and ambiguous(text):
                return None
            if place is None or place.country is None:
                place = m["place"]
                if place.get("unlisted") and (near := _neighbour_country(doc, m)):
                    # "près de Glouchkovo, dans la région russe de Koursk"
                    return {"name": place["name"], "country": near, "lat": None, "lon": None,
                            "precision": _PRECISION.get(place["kind"], "region")}
                if place["country"] == CONTEXT:  # "le nord du pays": whose, decided later
                    # ("context" tells how: a capital, a town no gazetteer lists, a place
                    # named before, a region)
                    capital = place["kind"] == "capital"
                    out = {"name": place["name"], "country": CONTEXT, "lat": None,
                           "lon": None, "precision": "city" if capital else
                           _PRECISION.get(place["kind"], "region"),
                           "context": "capital" if capital else
                           "unlisted" if place.get("unlisted") else
                           "anaphor" if place.get("anaphor") else "region"}
                    if place.get("anaphor"):
                        seg = next(i for i, d in enumerate(self.docs) if d is doc)
                        out.update(anaphor=place["anaphor"], at=(seg, m["start"]),
                                   country_noun=place["country_noun"])
                    return out
                return {"name": place["name"], "country": place["country"],
                        "lat": place["lat"], "lon": place["lon"],
                        "precision": _PRECISION.get(place["kind"], "region")}
            return {"name": place.name, "country": place.country, "lat": place.lat,
                    "lon": place.lon, "precision": _PRECISION.get(place.kind, "region")}
        if m["kind"] == "name" and m["ids"]:
            kind, _, key = m["ids"][0].partition(":")
            if kind == "seat":
                point = lookup(text, frozenset({key}))
                return {"name": point.name if point else text, "country": key,
                        "lat": point.lat if point else None,
                        "lon": point.lon if point else None, "precision": "city"}
            if kind == "state":
                point = country_point(key)
                return {"name": point.name if point else text, "country": key,
                        "lat": point.lat if point else None,
                        "lon": point.lon if point else None, "precision": "country"}
        return None

    def _arrivals(self, seg: int, doc: Doc) -> None:
        """Where visitors arrive sets where the news happens ("est arrivé lundi à
        Téhéran"), for meetings that give no place of their own."""
        gram = grammar()
        for token in doc:
            if token.lemma_.lower() not in gram.arrival_verbs or token.pos_ not in ("VERB",):
                continue
            if "Fut" in token.morph.get("Tense") or _present(token) and \
                    token.lemma_.lower() != "arriver":
                continue
            # "avait atterri dans la matinée dans la capitale mexicaine": a town the parser
            # hangs on the time of day
            for child in [*token.children, *day_children(token.children)]:
                if child.dep_ not in ("obl", "obl:arg", "obl:mod", "nmod"):
                    continue
                place = self._mention_place(doc, child.i, "arrival")
                if place is not None and place["precision"] == "city":
                    sent = token.sent
                    self.news_places.append(((seg, sent.start_char), place))
                    self.arrivals.append(((seg, sent.start_char),
                                          self.sentences[(seg, sent.start)].para, place))
                    break


def _other_acts(clause: Token, every: bool = False) -> set[int]:
    """The tokens of the clauses hung on a clause that tell another act, with a subject of
    their own ("l'Iran a tiré une salve de missiles sur l'État hébreu, tandis que l'aviation
    israélienne a frappé Téhéran", but not "a été arrêté alors qu'il se rendait à
    l'ambassade du Mexique à Lima"); with ``every``, of all the clauses hung on it."""
    return {t.i for c in clause.children if c.pos_ in ("VERB", "AUX") and
            c.dep_ in CLAUSE_DEPS and (every or any(g.dep_.startswith("nsubj") and
                                                    g.pos_ != "PRON" for g in c.children))
            for t in c.subtree}


def _next_sentence(doc: Doc, sent: Span,
                   quotes: list[tuple[int, int]]) -> tuple[Span, bool] | None:
    """The sentence after ``sent``, quotations included (the parser may cut "« ... »,
    a-t-il déclaré." in three), and whether it opens the next paragraph."""
    start = sent.end
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc):
        return None
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
        if doc[end - 1].text in (".", "!", "?") and \
                not any(a <= doc[end - 1].idx < b for a, b in quotes):
            break
    return doc[start: end], "\n" in doc_text(doc)[sent[-1].idx: doc[start].idx]


@cache
def _restating_verbs(event: str) -> frozenset[str]:
    """The verbs that name an act of this kind ("signer" for an agreement)."""
    return frozenset(head for head, entries in triggers().items()
                     if any(t.event == event and t.pos == "VERB" for t in entries))


def _countries(docs: list[Doc]) -> set[str]:
    """The countries an article names, as states, seats of power or places."""
    out = set()
    for doc in docs:
        for m in doc._.dyade_mentions:
            if m["kind"] == "place":
                out.update(c for c in m["countries"] if "|" not in c)
            elif m["kind"] == "name":
                out.update(i.split(":", 1)[1] for i in m["ids"]
                           if i.startswith(("state:", "seat:")))
    return out


def _dative(doc: Doc, start: int) -> bool:
    """Is the phrase starting at ``start`` introduced by "à" ("au Tchad", "à la Turquie")?"""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    contractions = grammar().contractions
    return i >= 0 and contractions.get(doc[i].lower_, doc[i].lower_) == "à"


def _continent(place: dict[str, Any]) -> bool:
    """Is a place a part of the world ("l'Asie du Sud-Est", "le Moyen-Orient"), too wide to be
    where the acts of the sentences after it happened?"""
    found = lookup(place["name"]) if place["country"] is None else None
    return found is not None and found.kind == "continent"


def _framing(sent: Span, timex: Timex) -> bool:
    """Does the expression date the sentence's main clause, so that it may set the time
    of the sentences after it? Not one inside a clause of its own ("Elle a reproché au Tchad
    d'avoir ignoré, lors d'une rencontre il y a trois semaines, ...")."""
    inside = [t for t in sent if timex.start <= t.idx < timex.end]
    if not inside:
        return True
    node = inside[-1]
    for _ in range(len(sent)):
        if node.i == sent.root.i or node.head.i == node.i:
            return True
        node = node.head
        if node.pos_ == "VERB" and node not in inside and node.i != sent.root.i and \
                node.dep_ not in ("conj", "parataxis"):
            return False
    return True


def _said(doc: Doc, frame: dict[str, Any]) -> list[tuple[int, int]]:
    """The character spans of clauses of their own whose dates are not the event's: what a
    statement says was done ("Il a reproché à Rabat d'avoir laissé Lapid s'exprimer il y a
    deux semaines"), and a relative clause on a participant ("revendiquée par les shebab,
    un groupe qui combat le gouvernement depuis plus de quinze ans")."""
    trigger = doc[frame["trigger"]]
    clause = doc[frame["clause"]]
    spans = [c for c in trigger.children if frame["event"] in VERBAL and
             c.dep_ in ("xcomp", "ccomp", "advcl", "csubj") and c.pos_ == "VERB"]
    spans += [t for t in clause.subtree if t.dep_ == "acl:relcl" and
              not t.left_edge.i <= trigger.i <= t.right_edge.i]
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in spans]


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    return [(q["start"], q["end"]) for q in doc._.dyade_quotes or []]


def _inside(t: Timex, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= t.start < e for s, e in quotes)


def _present(token: Token) -> bool:
    """A verb in the simple present (no auxiliary): an ongoing state or action."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_.startswith("aux") for c in token.children):
        return False
    return "Pres" in token.morph.get("Tense") and "Ind" in token.morph.get("Mood")


def _phrase(doc: Doc, start: int) -> tuple[int, str | None, bool] | None:
    """(first token, direction, near) of the place phrase ending at a name: "à", "près de
    la ville de", "dans le nord-ouest de"; None when no place marker introduces it."""
    gram = grammar()
    direction = None
    distance = False  # "à une vingtaine de kilomètres (au nord) de Maiduguri": near it
    i = start - 1
    while i >= 0 and start - i <= 10:
        # ("A Alger, ...": a capital without its accent opening the sentence)
        word = "à" if doc[i].text == "A" and doc[i].is_sent_start else doc[i].lower_
        if word in gram.place_directions:
            direction = word
        elif word in gram.distance_words or doc[i].like_num:
            distance = True
        elif word in gram.place_markers:
            distance = distance or any(t.lower_ in gram.distance_words or t.like_num
                                       for t in doc[max(0, i - 3): i])
            near = distance or word in gram.place_near or \
                (i > 0 and doc[i - 1].lower_ in gram.place_near)
            return i, None if distance else direction, near
        elif word not in gram.place_fillers:
            return None
        i -= 1
    return None


def _direction_start(doc: Doc, marker: int) -> int:
    """The first word of "nord-ouest de la Syrie" after its marker and article."""
    gram = grammar()
    i = marker + 1
    while i < len(doc) and doc[i].lower_ not in gram.place_directions:
        i += 1
    return i


def date_fields(value: str | None, evidence: str | None, source: str) -> dict[str, Any]:
    return {"date": value, "date_precision": precision_of(value) if value else None,
            "date_evidence": evidence, "date_source": source}


def _modified(text: str, end: int) -> bool:
    """Is the date followed by a word that counts it from the article ("en septembre
    dernier", "le 3 mars prochain")?"""
    after = text[end:].split(maxsplit=1)
    return bool(after) and after[0].lower().strip(",.;") in calendar().weekday_modifiers


def _past_verb(token: Token) -> bool:
    """A verb in a past tense, a bare past participle included ("Arrêté par la police en
    mars, ..."), but not a future one ("sera investi")."""
    return token.pos_ in ("VERB", "AUX") and past_tense(token) and not any(
        c.dep_.startswith("aux") and "Fut" in c.morph.get("Tense") for c in token.children)


def _narrative(token: Token) -> bool:
    """A verb of narration: the pluperfect ("avait remis") or the simple past ("renversa")."""
    return token.pos_ in ("VERB", "AUX") and (pluperfect(token) or (
        "Past" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm")))


def _yearless(timex: Timex) -> bool:
    """"le 3 mars", "en janvier", "fin septembre": a date whose year the text leaves out."""
    return timex.kind in YEARLESS and not dict(timex.groups).get("y")


def _with_year(timex: Timex, year: str, anchor: Anchor | None) -> str | None:
    return resolve(timex.kind, {**dict(timex.groups), "y": year}, anchor)


def _there_token(doc: Doc, frame: dict[str, Any]) -> Token | None:
    """The clitic "y" of the event's verb, if any (not "il y a")."""
    return next((c for v in (doc[frame["trigger"]], doc[frame["clause"]])
                 for c in v.children if c.lower_ == "y" and c.pos_ == "PRON" and
                 c.i < v.i and v.lemma_ != "avoir"), None)


def _fragments_end(doc: Doc, last: int) -> int:
    """The last token of a clause with the verbless fragments the parser split off after it
    ("ont abattu un drone de type Global Hawk | au-dessus du détroit d'Ormuz"), up to the
    next full stop or the next clause with a verb."""
    end = last
    if "\n" in doc[last].text:
        return last  # the clause ends its paragraph
    for token in doc[last + 1:]:
        if token.text in (".", "!", "?", ";") or "\n" in token.text:
            break
        root = token
        for _ in range(50):
            if root.head.i == root.i:
                break
            root = root.head
        if root.pos_ in ("VERB", "AUX") or root.i <= last:
            break
        end = token.i
    return end


def _governing_verb(doc: Doc, char: int) -> int | None:
    """The verb whose clause the word at character ``char`` belongs to ("X, qui était à
    l'époque ministre, a déclaré": "à l'époque" belongs to "était", not to "déclaré")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    token = span[0] if span else None
    for _ in range(8):
        if token is None:
            return None
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "aux:tense", "aux:pass",
                                                               "cop") or \
                token.dep_ in ("acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis"):
            return token.i  # the head of a clause (a copular one heads on its predicate)
        if token.head.i == token.i:
            return token.i
        token = token.head
    return None


def _governs(doc: Doc, timex: Timex, token: int) -> bool:
    """Does the phrase of a date in ``doc`` hold the token (the act it dates), or the
    "lorsque" clause right after it ("depuis mars 2020, lorsque la Russie ... a négocié")?"""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.i == token for t in span.root.subtree):
        return True
    after = doc[span.end: span.end + 2]
    return token >= span.end and any(t.lower_ in grammar().when_conj for t in after)


def _unit(timex: Timex) -> str | None:
    """The unit an anaphoric date speaks of: "cette année-là" a year."""
    found = calendar().anaphoric_dates.get(dict(timex.groups).get("ana", "").lower())
    return found[0] if found else None


def _object_date(doc: Doc, timex: Timex) -> bool:
    """Is the date a modifier of a verb's object ("convoqué les élections du 21 décembre",
    "a condamné l'attaque du 7 octobre")?"""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    # (the first word hung outside it: "21" in "du 21 décembre.", not the full stop)
    top = next((t for t in span if not span.start <= t.head.i < span.end), None) \
        if span is not None else None
    if top is None or top.dep_ != "nmod" or top.head.pos_ != "NOUN":
        return False
    noun = top.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "obj" and noun.head.pos_ == "VERB"


def _of_a_noun(text: str, start: int) -> bool:
    """Is the date at ``start`` a noun's modifier ("le coup d'État du 26 juillet")?"""
    before = text[:start].rstrip().lower()
    return before.endswith((" du", " de", " d'")) or before in ("du", "de", "d'")


def _detail(sent: Span, char: int) -> bool:
    """Is the date at ``char`` a detail of a noun told after the sentence's act, by a
    participle set off by a comma ("contre le blocage des réseaux sociaux, décidé le 4
    septembre par le gouvernement")? A day anaphor after it follows the act's date."""
    before = [t for t in sent if t.idx < char and not t.is_space]
    if before and before[-1].lower_ in grammar().definite_articles:
        before.pop()  # "décidé le 4 septembre"
    if len(before) < 2:
        return False
    participle, comma = before[-1], before[-2]
    return comma.text == "," and participle.i > sent.root.i and \
        participle.pos_ == "VERB" and "Part" in participle.morph.get("VerbForm") and \
        "Past" in participle.morph.get("Tense") and \
        not any(c.dep_.startswith("aux") for c in participle.children)


def _day_frame(trigger: Token) -> tuple[Token, int] | None:
    """The noun like "lendemain" in "au lendemain de" whose complement tells the act, with
    the days it puts between the act and the clause the noun hangs on. The act may be in a
    relative clause of the complement that the parser hung elsewhere ("au lendemain d'une
    journée au cours de laquelle des manifestants ont incendié le Parlement")."""
    verb = trigger.head if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" else trigger
    for noun in trigger.sent:
        offset = calendar().day_frames.get(noun.lower_)
        if offset is None or noun.pos_ != "NOUN" or not any(
                c.dep_ == "case" and grammar().contractions.get(c.lower_, c.lower_) == "à"
                for c in noun.children):
            continue
        if noun in trigger.ancestors:
            return noun, offset
        right = noun.right_edge.i
        relative = any(t.lower_ in grammar().relative and
                       "Rel" in t.morph.get("PronType", ["Rel"]) for t in noun.subtree)
        if relative and verb.i > right and all(
                t.pos_ in ("AUX", "ADV", "PRON") for t in trigger.doc[right + 1: verb.i]):
            return noun, offset
    return None


def _scheduled(text: str, start: int) -> bool:
    """Is the date at ``start`` one an act is planned for ("l'élection initialement prévue
    le 25 février")?"""
    words = text[:start].lower().split()[-4:]
    if words and words[-1] == "le":
        words = words[:-1]  # "prévue le 25 février"
    return f" {' '.join(words)}".endswith(tuple(f" {cue}" for cue in calendar().schedule_cues))


def _find_phrase(text: str, phrase: str) -> int:
    """Where ``phrase`` occurs in ``text`` as whole words, or -1."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or phrase[-1] == "'"
                                                       or not text[end].isalnum()):
            return at
        at = text.find(phrase, at + 1)
    return -1


def _neighbour_country(doc: Doc, m: dict[str, Any], reach: int = 10) -> str | None:
    """The country of the listed place named closest to an unlisted town in its sentence,
    within ``reach`` words: a town no gazetteer knows is placed by the phrase beside it."""
    sent = doc[m["start"]].sent
    near = [(min(abs(o["start"] - m["end"]), abs(m["start"] - o["end"])), o["countries"][0])
            for o in doc._.dyade_mentions
            if o is not m and o["kind"] == "place" and len(o["countries"]) == 1 and
            o["countries"][0] not in ("", CONTEXT) and "|" not in o["countries"][0] and
            sent.start <= o["start"] < sent.end]
    near = [n for n in near if n[0] <= reach]
    return min(near)[1] if near else None


def _of(article: str, name: str) -> str:
    """A country's name after "de", with its article: du Mali, de la Syrie, de l'Irak, des
    États-Unis, d'Israël, de Cuba."""
    if article == "le":
        return f"du {name}"
    if article == "les":
        return f"des {name}"
    if article == "la":
        return f"de la {name}"
    if article == "l'":
        return f"de l'{name}"
    return f"d'{name}" if name[:1].lower() in "aeiouyéèêîâôh" else f"de {name}"
