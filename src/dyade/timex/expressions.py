"""Find French temporal expressions in a text and resolve them against an anchor date.

The anchor is the publication date (the latest day the article can speak of) or, when only a
photo caption dates the article, an event date (relative days then resolve to the nearest
matching day). Precision is never invented: a weekday under a month-only anchor resolves
to that month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from .calendar import calendar, iso, parse_iso

HISTORICAL_DAYS = 14


@dataclass(frozen=True)
class Anchor:
    """The date relative expressions are resolved against."""

    value: str
    kind: str = "publication"

    @property
    def day(self) -> dt.date | None:
        return parse_iso(self.value)

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if len(self.value) >= 7 else None


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in text, resolved (``value`` None when it cannot be)."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    cal = calendar()
    months = "|".join(sorted(map(re.escape, cal.months), key=len, reverse=True))
    days = "|".join(map(re.escape, cal.weekdays))
    parts = "|".join(map(re.escape, cal.parts_of_day))
    rel_days = "|".join(sorted(map(re.escape, cal.relative_days), key=len, reverse=True))
    rel_periods = "|".join(sorted(map(re.escape, cal.relative_periods), key=len, reverse=True))
    starts = "|".join(sorted(map(re.escape, cal.period_starts), key=len, reverse=True))
    b, e = r"(?<![\w-])", r"(?![\w-])"
    return [
        ("date", re.compile(rf"{b}(?:(?:{days})\s+)?(?P<d>\d{{1,2}})(?:er)?\s+(?P<mon>{months})"
                            rf"\.?(?:\s+(?P<y>\d{{4}}))?{e}", re.I)),
        ("period", re.compile(rf"{b}(?P<part>{starts})\s*-?\s*(?P<mon>{months})"
                              rf"(?:\s+(?P<y>\d{{4}}))?{e}", re.I)),
        ("month", re.compile(rf"{b}(?P<mon>{months})\s+(?P<y>\d{{4}}){e}", re.I)),
        ("month", re.compile(rf"{b}(?:en|début|fin|mi-?|courant|depuis)\s+(?P<mon>{months}){e}",
                             re.I)),
        ("night", re.compile(rf"{b}(?:dans\s+)?la\s+nuit\s+de\s+(?P<wd1>{days})\s+[àa]\s+"
                             rf"(?P<wd>{days}){e}", re.I)),
        ("weekday", re.compile(rf"{b}(?P<wd>{days})(?:\s+(?:{parts}))?{e}", re.I)),
        ("relday", re.compile(rf"{b}(?P<rel>{rel_days}){e}", re.I)),
        ("relperiod", re.compile(rf"{b}(?P<rel>{rel_periods}){e}", re.I)),
        ("ago", re.compile(rf"{b}il\s+y\s+a\s+(?P<n>\d+|\w+)\s+(?P<unit>jours?|semaines?|mois|ans?|"
                           rf"années?){e}", re.I)),
        ("year", re.compile(rf"{b}(?P<cue>en|depuis|dès|jusqu'en|avant|après|fin|début|"
                            rf"mi|courant|l'année|l'an)\s+(?P<y>(?:19|20)\d{{2}}){e}", re.I)),
    ]


def find_timexes(text: str, anchor: Anchor | None, numwords: dict[str, int]) -> list[Timex]:
    """Return the temporal expressions of ``text``, left to right, without overlaps."""
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _patterns():
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = _resolve(kind, m, anchor, numwords)
            found.append(Timex(m.start(), m.end(), m.group(), value, kind))
            taken.append(m.span())
    return sorted(found, key=lambda t: t.start)


def _resolve(kind: str, m: re.Match[str], anchor: Anchor | None,
             numwords: dict[str, int]) -> str | None:
    cal = calendar()
    g = m.groupdict()
    if kind in ("date", "month", "period"):
        month = cal.months[g["mon"].lower().rstrip(".")]
        year = int(g["y"]) if g.get("y") else _year_for(month, anchor)
        if year is None:
            return None
        day = int(g["d"]) if kind == "date" else None
        return iso(year, month, day)
    if kind == "year":
        return g["y"]
    if anchor is None:
        return None
    if kind in ("weekday", "night"):
        return _weekday(cal.weekdays[g["wd"].lower()], anchor)
    if kind == "relday":
        return _shift(anchor, days=cal.relative_days[g["rel"].lower()])
    if kind == "relperiod":
        unit, offset = cal.relative_periods[g["rel"].lower()]
        return _period(anchor, unit, offset)
    if kind == "ago":
        raw = g["n"].lower()
        n = int(raw) if raw.isdigit() else numwords.get(raw)
        if n is None:
            return None
        unit = g["unit"].lower()
        if unit.startswith("jour"):
            return _shift(anchor, days=-n)
        if unit.startswith("semaine"):
            return _shift(anchor, days=-7 * n)
        return _period(anchor, "month" if unit == "mois" else "year", -n)
    return None


def _year_for(month: int, anchor: Anchor | None) -> int | None:
    """A month named without a year is the anchor's year, or the year before when that
    month would lie well after the anchor ("le 27 décembre" in a January article)."""
    if anchor is None:
        return None
    if anchor.month is not None and month > anchor.month + 1:
        return anchor.year - 1
    return anchor.year


def _weekday(weekday: int, anchor: Anchor) -> str | None:
    day = anchor.day
    if day is None:
        return anchor.value
    back = (day.isoweekday() - weekday) % 7
    if anchor.kind == "event":
        forward = (weekday - day.isoweekday()) % 7
        return (day - dt.timedelta(days=back) if back <= forward
                else day + dt.timedelta(days=forward)).isoformat()
    return (day - dt.timedelta(days=back)).isoformat()


def _shift(anchor: Anchor, days: int) -> str:
    day = anchor.day
    if day is None:
        return anchor.value
    return (day + dt.timedelta(days=days)).isoformat()


def _period(anchor: Anchor, unit: str, offset: int) -> str | None:
    if unit == "year":
        return f"{anchor.year + offset:04d}"
    if unit == "week":
        day = anchor.day
        return (day + dt.timedelta(days=7 * offset)).isoformat()[:7] if day else anchor.value[:7]
    if anchor.month is None:
        return None
    total = anchor.year * 12 + anchor.month - 1 + offset
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def is_historical(value: str | None, anchor: Anchor | None) -> bool:
    """True when a date lies well before the anchor (background, not the article's news)."""
    if value is None or anchor is None:
        return False
    if len(value) == 4 or len(anchor.value) == 4:
        return int(value[:4]) < anchor.year
    event = parse_iso(value if len(value) == 10 else value + "-28")
    ref = parse_iso(anchor.value if len(anchor.value) == 10 else anchor.value + "-01")
    if event is None or ref is None:
        return False
    return (ref - event).days > HISTORICAL_DAYS
