"""Find French temporal expressions in a text and resolve them against an anchor.

The anchor is the publication date: one day, or a window of days when the article's date is
only known to a month or inferred from what it says (then every day of the window is tried,
and the expression gets the value most of them agree on, at the precision they agree on). A
caption's event date anchors the other way round: relative days resolve to the nearest
matching day. Precision is never invented: a weekday under a month-only anchor resolves to
that month unless most of the month's days point to one day.

News conventions: a weekday means the most recent such day, the anchor day itself included
("lundi" in a Monday article is that Monday); "lundi dernier" is strictly before, "lundi
prochain" strictly after; a day and month without a year is the anchor's year unless that
puts it more than two months ahead ("le 27 décembre" in a January article is last year).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .calendar import calendar, coarse, iso, month_end, span_of

HISTORICAL_DAYS = 14
# Narrated in the pluperfect, an action this far back is background ("le mois dernier, X
# s'était rendu à Bamako"), where "lundi, l'armée avait appelé ..." is still the news.
PLUPERFECT_DAYS = 7
# An action still going on is background when it began this long before ("le Hezbollah
# échange des tirs avec Israël depuis le 8 octobre 2023"); "Israël bombarde Gaza depuis 21
# jours" is the news of the day.
SINCE_DAYS = 60
FUTURE_DAYS = 62
MAX_SPAN = 120  # days tried one by one; a longer window is read at its two ends
MAJORITY = 2 / 3
ONE_DAY = dt.timedelta(days=1)
# Kinds whose value does not depend on the anchor.
ABSOLUTE = frozenset({"year", "numeric"})


class Anchor:
    """The day, or window of days, relative expressions are resolved against.

    ``Anchor("2024-12-03")`` is one day; ``Anchor("2024-12")`` the whole month;
    ``Anchor(start=..., end=...)`` any window. ``kind`` is ``publication`` (the article's
    date: relative days count back from it) or ``event`` (a caption's event date).
    """

    __slots__ = ("start", "end", "kind")

    def __init__(self, value: str | None = None, kind: str = "publication", *,
                 start: dt.date | None = None, end: dt.date | None = None) -> None:
        if value is not None:
            span = span_of(value)
            if span is None:
                raise ValueError(f"not an ISO date: {value!r}")
            start, end = span
        if start is None or end is None or end < start:
            raise ValueError("an anchor needs a start and an end, in order")
        self.start, self.end, self.kind = start, end, kind

    @property
    def value(self) -> str | None:
        """The most precise ISO date covering the whole window (None beyond a year)."""
        return coarse(self.start, self.end)

    @property
    def likely(self) -> str | None:
        """The most precise ISO date at least two thirds of the window's days fall in (a
        window from 20 February to 3 April is most likely March)."""
        if self.span > MAX_SPAN:
            return self.value
        return _agreed([d.isoformat() for d in self.days()])

    @property
    def day(self) -> dt.date | None:
        return self.start if self.start == self.end else None

    @property
    def span(self) -> int:
        return (self.end - self.start).days + 1

    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range(self.span)]

    def narrowed(self, start: dt.date, end: dt.date) -> Anchor:
        return Anchor(kind=self.kind, start=max(start, self.start), end=min(end, self.end))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Anchor) and (self.start, self.end, self.kind) == \
            (other.start, other.end, other.kind)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.kind))

    def __repr__(self) -> str:
        return f"Anchor({self.start}..{self.end}, {self.kind})"


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in text, resolved (``value`` None when it cannot be).

    ``since`` marks a starting point ("depuis le 8 octobre", "depuis 21 jours"); ``groups``
    keep what the pattern read, so the expression can be resolved again at another anchor.
    """

    start: int
    end: int
    text: str
    value: str | None
    kind: str
    since: bool = False
    groups: tuple[tuple[str, str | None], ...] = ()

    def at(self, anchor: Anchor | None) -> str | None:
        """The value of this expression at another anchor."""
        return resolve(self.kind, dict(self.groups), anchor)

    def relative(self) -> bool:
        """True when the value depends on the anchor ("lundi", "le 27 novembre")."""
        g = dict(self.groups)
        return self.kind not in ABSOLUTE and not g.get("y")


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    cal = calendar()
    months = "|".join(sorted(map(re.escape, cal.months), key=len, reverse=True))
    days = "|".join(map(re.escape, cal.weekdays))
    parts = "|".join(map(re.escape, cal.parts_of_day))
    mods = "|".join(map(re.escape, (m for m in cal.weekday_modifiers if m != "ce")))
    rel_days = "|".join(sorted(map(re.escape, cal.relative_days), key=len, reverse=True))
    rel_periods = "|".join(sorted(map(re.escape, cal.relative_periods), key=len, reverse=True))
    starts = "|".join(sorted(map(re.escape, cal.period_starts), key=len, reverse=True))
    ago = "|".join(sorted(map(re.escape, cal.ago_cues), key=len, reverse=True))
    # "la veille de l'élection" counts from an event, not from the date named last; "en
    # décembre de la même année de tentative de coup" is still the year named last
    periods = ("month", "year")
    days_after = sorted((a for a, (unit, _) in cal.anaphoric_dates.items()
                         if unit not in periods), key=len, reverse=True)
    others = sorted((a for a, (unit, _) in cal.anaphoric_dates.items() if unit in periods),
                    key=len, reverse=True)
    anaphors = "|".join(map(re.escape, days_after))
    wider = "|".join(map(re.escape, others))
    seasons = "|".join(map(re.escape, cal.seasons))
    shifts = "|".join(sorted(map(re.escape, cal.shift_cues), key=len, reverse=True))
    moves = "|".join(map(re.escape, (m for m in cal.weekday_modifiers if m != "ce")))
    b, e = r"(?<![\w-])", r"(?![\w-])"
    after = "|".join(map(re.escape, cal.year_of_after))
    # (look-behinds need one width each: "plus de 2000 morts" is a number)
    not_after = "".join(rf"(?<!{re.escape(w)}\s)" for w in cal.year_of_not_after)
    return [
        ("numeric", re.compile(rf"{b}(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d{{2}})"
                               rf"{e}")),
        ("date", re.compile(rf"{b}(?:(?P<wdd>{days})\s+)?(?P<d>\d{{1,2}})(?:er)?\s+"
                            rf"(?P<mon>{months})\.?(?:\s+(?P<y>\d{{4}}))?{e}", re.I)),
        ("period", re.compile(rf"{b}(?:à\s+la\s+)?(?P<part>{starts})\s*-?\s*(?P<mon>{months})"
                              rf"(?:\s+(?P<y>\d{{4}}))?{e}", re.I)),
        ("month", re.compile(rf"{b}(?P<mon>{months})\s+(?P<y>\d{{4}}){e}", re.I)),
        ("month", re.compile(rf"{b}(?:en|depuis|dès|jusqu'en|au\s+mois\s+de|le\s+mois\s+de)\s+"
                             rf"(?:mois\s+de\s+|d')?(?P<mon>{months}){e}", re.I)),
        ("night", re.compile(rf"{b}(?:dans\s+)?la\s+nuit\s+de\s+(?P<wd1>{days})\s+[àa]\s+"
                             rf"(?P<wd>{days}){e}", re.I)),
        ("weekday", re.compile(rf"{b}(?:(?P<this>ce|cette)\s+)?(?P<wd>{days})"
                               rf"(?:\s+(?:{parts}))?(?:\s+(?P<mod>{mods}))?{e}", re.I)),
        ("anaphor", re.compile(rf"{b}(?P<ana>{anaphors}){e}(?!\s+(?:de|du|des|d')(?!\w))",
                               re.I)),
        ("anaphor", re.compile(rf"{b}(?P<ana>{wider}){e}", re.I)),
        # "Douze jours plus tard", "trois semaines auparavant", "deux jours après," (but not
        # "deux jours après l'attaque", counted from an act the sentence names)
        ("shift", re.compile(rf"{b}(?P<n>\d+|\w+)\s+(?P<unit>jours?|semaines?|mois|ans?|années?)"
                             rf"\s+(?P<shift>{shifts}){e}(?!\s*[^\W\d])", re.I)),
        ("relday", re.compile(rf"{b}(?P<rel>{rel_days}){e}", re.I)),
        ("relperiod", re.compile(rf"{b}(?P<rel>{rel_periods}){e}", re.I)),
        ("ago", re.compile(rf"{b}(?P<cue>{ago})\s+(?:près\s+de\s+|plus\s+de\s+|environ\s+)?"
                           rf"(?P<n>\d+|\w+)\s+(?P<unit>jours?|semaines?|mois|ans?|années?){e}",
                           re.I)),
        # "l'été 2023", "l'hiver dernier", "cet automne" (not a bare "au printemps")
        ("season", re.compile(rf"{b}(?:(?P<this>cet|cette|ce)\s+)?(?P<season>{seasons})"
                              rf"(?:\s+(?:de\s+l'(?:année|an)\s+)?(?P<y>(?:19|20)\d{{2}})|"
                              rf"\s+(?P<mod>{moves}))?{e}", re.I)),
        ("year", re.compile(rf"{b}(?P<cue>en|depuis|dès|jusqu'en|avant|après|fin|début|"
                            rf"mi|courant|l'année|l'an)\s+(?P<y>(?:19|20)\d{{2}}){e}", re.I)),
        # "l'invasion de 2003 qui a renversé Saddam Hussein", "le soulèvement de 1988."
        ("year", re.compile(rf"{not_after}(?<![\w-])(?P<cue>de|du)\s+"
                            rf"(?P<y>(?:19|20)\d{{2}})(?=\s*(?:[,.;:)»]|$)|\s+(?:{after}){e})",
                            re.I)),
    ]


SINCE = re.compile(r"(?:depuis|dès|à\s+partir\s+d[eu]|depuis\s+l[ea])\s*$", re.I)


def find_timexes(text: str, anchor: Anchor | None, numwords: dict[str, int]) -> list[Timex]:
    """Return the temporal expressions of ``text``, left to right, without overlaps."""
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _patterns():
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if kind in ("ago", "shift"):
                groups["n"] = _number(groups["n"], numwords)
                if groups["n"] is None:
                    continue
            if kind == "season" and len(groups) == 1:
                continue  # a bare "été" is more often "a été" than summer
            since = bool(SINCE.search(text[max(0, m.start() - 20): m.start()])) or \
                m.group().lower().startswith(("depuis", "dès"))
            found.append(Timex(m.start(), m.end(), m.group(), resolve(kind, groups, anchor),
                               kind, since, tuple(sorted(groups.items()))))
            taken.append(m.span())
    return sorted(found, key=lambda t: t.start)


def follow(timex: Timex, before: str | None) -> str | None:
    """The value of an anaphoric date ("ce jour-là", "le lendemain", "l'année suivante")
    given the date last named before it, at the unit it speaks of."""
    unit, offset = calendar().anaphoric_dates[dict(timex.groups)["ana"].lower()]
    if unit == "same":  # "dans la foulée": the date before, at its own precision
        return before
    need = {"day": 10, "month": 7, "year": 4}[unit]
    if before is None or len(before) < need:
        return None
    start = span_of(before[:need])
    if start is None:
        return None
    day = start[0]
    if unit == "day":
        return (day + dt.timedelta(days=offset)).isoformat()
    return _period(day, unit, offset)[0].isoformat()[:need]


def shift(timex: Timex, before: str | None) -> str | None:
    """The value of "douze jours plus tard", "trois mois auparavant" given the date last
    named before it, at the precision of its unit."""
    g = dict(timex.groups)
    unit = _time_unit(g["unit"])
    need = {"day": 10, "week": 10, "month": 7, "year": 4}[unit]
    if before is None or len(before) < need or (start := span_of(before[:need])) is None:
        return None
    n = int(g["n"]) * calendar().shift_cues[g["shift"].lower()]
    return _moved(start[0], unit, n)[0].isoformat()[:need]


def _time_unit(word: str) -> str:
    """"jours", "semaine", "mois", "ans": day, week, month or year."""
    word = word.lower()
    return "day" if word.startswith("jour") else "week" if word.startswith("semaine") else \
        "month" if word == "mois" else "year"


def _moved(day: dt.date, unit: str, n: int) -> tuple[dt.date, dt.date]:
    """The day ``n`` days or weeks from ``day``, or the month or year ``n`` from its own."""
    if unit in ("day", "week"):
        target = day + dt.timedelta(days=n * (7 if unit == "week" else 1))
        return target, target
    return _period(day, unit, n)


def _number(raw: str, numwords: dict[str, int]) -> str | None:
    raw = raw.lower()
    if raw.isdigit():
        return raw
    if raw in calendar().one_words:
        return "1"
    n = numwords.get(raw)
    return str(n) if n is not None else None


def resolve(kind: str, groups: dict[str, str], anchor: Anchor | None) -> str | None:
    """The ISO value of an expression read by pattern ``kind`` at ``anchor``."""
    if kind in ("anaphor", "shift"):
        return None  # follows the date named before it
    if kind in ABSOLUTE or groups.get("y"):
        span = _interval(kind, groups, None, "publication")
        return _value(kind, span)
    if anchor is None:
        return None
    if anchor.day is not None:
        return _value(kind, _interval(kind, groups, anchor.day, anchor.kind))
    days = [anchor.start, anchor.end] if anchor.span > MAX_SPAN else anchor.days()
    values = [_value(kind, _interval(kind, groups, day, anchor.kind)) for day in days]
    return _agreed(values)


def interval(timex: Timex, anchor: Anchor | None) -> tuple[dt.date, dt.date] | None:
    """The days an expression covers at a one-day anchor (or None)."""
    day = anchor.day if anchor else None
    if not timex.relative():
        return _interval(timex.kind, dict(timex.groups), None, "publication")
    if day is None:
        return None
    return _interval(timex.kind, dict(timex.groups), day, anchor.kind if anchor else "publication")


def _agreed(values: list[str | None]) -> str | None:
    """The value most anchor days agree on: the most precise one that at least two thirds
    of them share."""
    for size in (10, 7, 4):
        counts = Counter(v[:size] for v in values if v is not None and len(v) >= size)
        if counts:
            value, n = counts.most_common(1)[0]
            if n >= MAJORITY * len(values):
                return value
    return None


def _value(kind: str, span: tuple[dt.date, dt.date] | None) -> str | None:
    if span is None:
        return None
    start, end = span
    if kind == "season":
        return f"{start.year:04d}"  # the winter of 2022 runs into 2023
    if (end - start).days == 6 and start.weekday() == 0:  # a week: the month of its Thursday
        thursday = start + dt.timedelta(days=3)
        return f"{thursday.year:04d}-{thursday.month:02d}"
    return coarse(start, end)


def _interval(kind: str, g: dict[str, str], day: dt.date | None,
              anchor_kind: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day an expression covers, seen from ``day``."""
    cal = calendar()
    if kind == "numeric":
        return span_of(iso(int(g["y"]), int(g["m"]), int(g["d"])) or "x")
    if kind == "year":
        return span_of(g["y"])
    if kind == "season":
        return _season(cal.seasons[g["season"].lower()], g, day)
    if kind in ("date", "month", "period"):
        month = cal.months[g["mon"].lower().rstrip(".")]
        dom = int(g["d"]) if kind == "date" else 1
        if g.get("y"):
            year = int(g["y"])
        elif day is None:
            return None
        else:
            year = _year_for(month, dom, day)
        if kind == "date":
            return span_of(iso(year, month, dom) or "x")
        if kind == "period":
            first, last = cal.period_spans[cal.period_starts[g["part"].lower()]]
            end = month_end(year, month)
            return dt.date(year, month, first), min(end, dt.date(year, month, min(last, end.day)))
        return dt.date(year, month, 1), month_end(year, month)
    if day is None:
        return None
    if kind in ("weekday", "night"):
        target = _weekday(cal.weekdays[g["wd"].lower()], day, anchor_kind,
                          cal.weekday_modifiers.get((g.get("mod") or "").lower()))
        return target, target
    if kind == "relday":
        target = day + dt.timedelta(days=cal.relative_days[g["rel"].lower()])
        return target, target
    if kind == "relperiod":
        unit, offset = cal.relative_periods[g["rel"].lower()]
        return _period(day, unit, offset)
    if kind == "ago":
        return _moved(day, _time_unit(g["unit"]), -int(g["n"]))
    return None


def _season(months: tuple[int, int], g: dict[str, str],
            day: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days of "l'été 2023" (the year given), "l'hiver dernier" (the last one over
    before ``day``), "l'automne prochain", "cet été" (the one of ``day``'s year)."""
    first, last = months

    def of(year: int) -> tuple[dt.date, dt.date]:
        return dt.date(year, first, 1), month_end(year + (last < first), last)

    if g.get("y"):
        return of(int(g["y"]))
    if day is None:
        return None
    move = calendar().weekday_modifiers.get((g.get("mod") or "").lower())
    if move == "last":
        return next(of(y) for y in range(day.year, day.year - 3, -1) if of(y)[1] < day)
    if move == "next":
        return next(of(y) for y in range(day.year - 1, day.year + 3) if of(y)[0] > day)
    if g.get("this"):
        return next((of(y) for y in (day.year - 1, day.year) if of(y)[0] <= day <= of(y)[1]),
                    of(day.year))
    return None


def _year_for(month: int, dom: int, day: dt.date) -> int:
    """A day and month without a year is in the anchor's year, unless that puts it more
    than two months after the anchor."""
    candidate = dt.date(day.year, month, 1) + dt.timedelta(days=dom - 1)
    return day.year - 1 if (candidate - day).days > FUTURE_DAYS else day.year


def _weekday(weekday: int, day: dt.date, anchor_kind: str, modifier: str | None) -> dt.date:
    back = (day.isoweekday() - weekday) % 7
    forward = (weekday - day.isoweekday()) % 7
    if modifier == "last":
        return day - dt.timedelta(days=back or 7)
    if modifier == "next":
        return day + dt.timedelta(days=forward or 7)
    if anchor_kind == "event" and forward < back:
        return day + dt.timedelta(days=forward)
    return day - dt.timedelta(days=back)


def _period(day: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    if unit == "year":
        return dt.date(day.year + offset, 1, 1), dt.date(day.year + offset, 12, 31)
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7 * offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "weekend":
        last = day - dt.timedelta(days=(day.weekday() - 5) % 7)  # Saturday on or before
        if offset < 0:
            saturday = last - dt.timedelta(days=7) if day.weekday() >= 5 else last
        elif offset > 0 or day.weekday() in (2, 3, 4):
            saturday = last + dt.timedelta(days=7)
        else:
            saturday = last
        return saturday, saturday + ONE_DAY
    total = day.year * 12 + day.month - 1 + offset
    year, month = total // 12, total % 12 + 1
    return dt.date(year, month, 1), month_end(year, month)


def is_historical(value: str | None, anchor: Anchor | None,
                  days: int = HISTORICAL_DAYS) -> bool:
    """True when a date ends well before the anchor (background, not the article's news):
    more than ``days`` before it."""
    if value is None or anchor is None:
        return False
    span = span_of(value)
    if span is None:
        return False
    return (anchor.start - span[1]).days > days
