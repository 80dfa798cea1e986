"""Date an article: the anchor its relative dates resolve against, and its publication date
when the page does not state one.

The page's own date comes first (a header, the input's metadata, the URL, a caption). When
it is only a month, or missing, or contradicted by the offices the article names, the article
still bounds its date: everyone it names in office held that office when it was written, and
a known event it dates relative to itself ("l'offensive lancée la semaine dernière") fixes
the days it can have been written on. The result is a window of days; relative dates resolve
to the value most of its days agree on, and an inferred publication date is given at the
precision the window supports, marked ``"source": "inferred"``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .anachronism import RoleCheck
from .cleaning import Cleaned
from .kb.history import Clue, narrow
from .timex.calendar import calendar, precision_of
from .timex.expressions import Anchor, Timex, find_timexes, interval

EARLIEST = dt.date(1990, 1, 1)
MAX_WEEKDAY_SPAN = 20 * 366
WEEKDAY_DATE_REACH = 21
DATELINE_REACH = 366


@dataclass
class Dating:
    """The anchor for relative dates and the record's ``published`` field."""

    anchor: Anchor | None
    published: dict[str, Any]
    inferred: bool = False
    clues: list[Clue] = field(default_factory=list)

    def resolve_at(self) -> str | None:
        """The day offices are read at: the window's middle."""
        if self.anchor is None:
            return None
        a = self.anchor
        return dt.date.fromordinal((a.start.toordinal() + a.end.toordinal()) // 2).isoformat()


def date_article(cleaned: Cleaned, published: dict[str, Any], docs: list[Doc],
                 check: RoleCheck, flagged: bool, numwords: dict[str, int],
                 today: dt.date | None = None) -> Dating:
    """Choose the anchor and, where the page gives none (or a wrong one), infer the
    publication window."""
    today = today or dt.date.today()
    if cleaned.anchor and cleaned.anchor["kind"] == "event" and not flagged:
        return Dating(Anchor(cleaned.anchor["date"], "event"), published)
    windows = _terms(check, today)
    stated = published.get("date") if not flagged else None
    if stated:
        anchor = Anchor(stated)
        overlapping = [w for w in windows if w[0] <= anchor.end and anchor.start <= w[1]]
        if anchor.span > 1 and len(overlapping) == 1:
            anchor = anchor.narrowed(*overlapping[0])
        candidates = [anchor]
    elif windows:
        candidates = [Anchor(start=s, end=e) for s, e in windows]
    else:
        candidates = [Anchor(start=EARLIEST, end=today)]
    if not stated and cleaned.dateline:
        # (the latest day told matters only where a window spans more than one year)
        floor = _latest_told(docs, numwords) if any(
            a.end.year > a.start.year for a in candidates) else None
        candidates = [_dateline_day(a, cleaned.dateline, floor) for a in candidates]
    tried = []
    sentences: list[tuple[str, list]] | None = None
    weekdays: list[list[str]] = []  # the dates such as "lundi 31 janvier" that fall right
    for candidate in candidates:
        if candidate.span > 1:
            sentences = sentences if sentences is not None else _sentences(docs, numwords)
            candidate, fits = _weekday_dates(candidate, sentences)
            tried.append(narrow(candidate, sentences))
            weekdays.append(fits)
        else:
            tried.append((candidate, []))
            weekdays.append([])
    if any(weekdays):  # the windows in which "lundi 31 janvier" falls on a Monday
        tried = [t for t, fits in zip(tried, weekdays, strict=True) if fits]
    fitting = sorted({text for fits in weekdays for text in fits})
    # The windows that the most known events agree with (the terms of office in which
    # "lundi" falls on the accord and "le 5 juillet" on the referendum, not the term in
    # which only the referendum could be meant).
    most = max(len({c.event.id for c in found}) for _, found in tried)
    clued = [t for t in tried if t[1] and len({c.event.id for c in t[1]}) == most] or tried
    if not windows and not stated and not clued[0][1] and \
            not (cleaned.dateline and clued[0][0].span == 1):
        return Dating(None, published)
    anchor = Anchor(kind=clued[0][0].kind, start=min(a.start for a, _ in clued),
                    end=max(a.end for a, _ in clued))
    clues = [c for _, found in clued for c in found]
    if stated:
        if anchor.span > 1:
            published = {**published, "window": _window(anchor)}
        return Dating(anchor, published, clues=clues)
    value = anchor.likely
    evidence = ["the offices held by the people named"] if windows else []
    evidence += [c.evidence() for c in clues]
    evidence += [f"the day of the week of \"{text}\"" for text in fitting]
    if cleaned.dateline and anchor.span == 1:
        evidence.append(f"the dateline \"{cleaned.dateline['evidence']}\"")
    inferred = {"date": value, "precision": precision_of(value) if value else None,
                "evidence": "inferred from " + "; ".join(evidence), "source": "inferred",
                "window": _window(anchor)}
    if flagged:
        inferred["contradicted"] = published.get("evidence")
    return Dating(anchor, inferred, inferred=True, clues=clues)


def _terms(check: RoleCheck, today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The windows in which everyone named held the office the article gives them."""
    out = []
    for start, end in check.bounds:
        if start <= "0001":
            continue
        first = dt.date.fromisoformat(start)
        last = dt.date.fromisoformat(end) if end else today
        if first <= last:
            out.append((first, last))
    return out


def _dateline_day(anchor: Anchor, dateline: dict[str, Any],
                  floor: dt.date | None = None) -> Anchor:
    """A dateline without a year ("DAKAR, 22 jan (APS) -") is the one such day in the
    window; where the window holds several, the first on or after the latest day the text
    tells of as past ("la présidentielle du 1er décembre 2016"), if it comes within a year."""
    days = []
    for year in range(anchor.start.year, anchor.end.year + 1):
        try:
            day = dt.date(year, dateline["month"], dateline["day"])
        except ValueError:
            continue
        if anchor.start <= day <= anchor.end:
            days.append(day)
    if len(days) > 1 and floor is not None:
        days = [d for d in days if floor <= d <= floor + dt.timedelta(days=DATELINE_REACH)][:1]
    return Anchor(kind=anchor.kind, start=days[0], end=days[0]) if len(days) == 1 else anchor


def _latest_told(docs: list[Doc], numwords: dict[str, int]) -> dt.date | None:
    """The latest day, dated with its year, that a sentence with no verb in the future or
    the conditional tells of: the article was written after it."""
    latest = None
    for doc in docs:
        for sent in doc.sents:
            if any("Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood")
                   for t in sent):
                continue
            for timex in find_timexes(sent.text, None, numwords):
                if timex.kind != "date" or timex.relative() or timex.since or \
                        not dict(timex.groups).get("d"):
                    continue
                span = interval(timex, None)
                if span is not None and (latest is None or span[0] > latest):
                    latest = span[0]
    return latest


def _weekday_dates(anchor: Anchor,
                   sentences: list[tuple[str, list[Timex]]]) -> tuple[Anchor, list[str]]:
    """"Jeudi 13 mars" without a year: only the days from which that date falls on a
    Thursday can be the article's, and news names a day so only within a few weeks of it.
    Also gives the dates that fit the window."""
    if anchor.span > MAX_WEEKDAY_SPAN:
        return anchor, []
    days = anchor.days()
    fits: list[str] = []
    for _, timexes in sentences:
        for t in timexes:
            g = dict(t.groups)
            if t.kind != "date" or not g.get("wdd") or g.get("y"):
                continue
            weekday = calendar().weekdays.get(g["wdd"].lower())
            keep = [d for d in days if (span := interval(t, Anchor(kind=anchor.kind, start=d,
                                                                  end=d)))
                    and span[0].isoweekday() == weekday
                    and abs((span[0] - d).days) <= WEEKDAY_DATE_REACH]
            if keep:
                days = keep
                fits.append(t.text)
    return Anchor(kind=anchor.kind, start=days[0], end=days[-1]), fits


def _window(anchor: Anchor) -> dict[str, str]:
    return {"start": anchor.start.isoformat(), "end": anchor.end.isoformat()}


def _sentences(docs: list[Doc], numwords: dict[str, int]) -> list[tuple[str, list]]:
    out = []
    for doc in docs:
        for sent in doc.sents:
            out.append((sent.text, find_timexes(sent.text, None, numwords)))
    return out
