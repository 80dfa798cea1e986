"""Calendar vocabulary and small date arithmetic shared by dyade's date resolvers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ..resources import load_json

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Calendar:
    weekdays: dict[str, int]
    months: dict[str, int]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    parts_of_day: frozenset[str]
    period_starts: dict[str, str]
    day_preceders: tuple[str, ...]
    weekday_modifiers: dict[str, str]
    period_spans: dict[str, tuple[int, int]]
    ago_cues: tuple[str, ...]
    seasons: dict[str, tuple[int, int]]
    anaphoric_dates: dict[str, tuple[str, int]]
    shift_cues: dict[str, int]
    retrospective_cues: tuple[str, ...]
    continuation_cues: tuple[str, ...]
    day_frames: dict[str, int]
    one_words: frozenset[str]
    schedule_cues: tuple[str, ...]
    year_of_after: tuple[str, ...]
    year_of_not_after: tuple[str, ...]


@cache
def calendar() -> Calendar:
    """Return the calendar words of ``lexicon/time.json``."""
    data: dict[str, Any] = load_json("lexicon", "time.json")
    return Calendar(
        weekdays=dict(data["weekdays"]),
        months=dict(data["months"]),
        relative_days=dict(data["relative_days"]),
        relative_periods={k: (v[0], int(v[1])) for k, v in data["relative_periods"].items()},
        parts_of_day=frozenset(data["parts_of_day"]),
        period_starts=dict(data["period_starts"]),
        day_preceders=tuple(data["day_preceders"]),
        weekday_modifiers=dict(data["weekday_modifiers"]),
        period_spans={k: (int(v[0]), int(v[1])) for k, v in data["period_spans"].items()},
        ago_cues=tuple(data["ago_cues"]),
        seasons={k: (int(v[0]), int(v[1])) for k, v in data["seasons"].items()},
        anaphoric_dates={k: (v[0], int(v[1])) for k, v in data["anaphoric_dates"].items()},
        shift_cues={k: int(v) for k, v in data["shift_cues"].items()},
        retrospective_cues=tuple(data["retrospective_cues"]),
        continuation_cues=tuple(data["continuation_cues"]),
        day_frames={k: int(v) for k, v in data["day_frames"].items()},
        one_words=frozenset(data["one_words"]),
        schedule_cues=tuple(data["schedule_cues"]),
        year_of_after=tuple(data["year_of"]["after"]),
        year_of_not_after=tuple(data["year_of"]["not_after"]),
    )


@cache
def calendar_words() -> frozenset[str]:
    """Weekdays, months and parts of the day: words that name a time, never a participant."""
    cal = calendar()
    return frozenset([*cal.weekdays, *cal.months, *cal.parts_of_day])


def day_children(tokens: Iterable[Token]) -> list[Token]:
    """The words the parser hangs on a day or a time of day among ``tokens``: "Mardi à
    Genève", "a été reprise dimanche par l'armée", "a condamné dimanche cette attaque"."""
    words = calendar_words()
    return [g for t in tokens if t.lower_ in words for g in t.children]


def month_number(name: str) -> int | None:
    """Return the number of a French month name (any case, with or without accents)."""
    return calendar().months.get(name.lower().rstrip("."))


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """Format a date at the precision given; None if the date does not exist."""
    try:
        if day is not None and month is not None:
            return dt.date(year, month, day).isoformat()
        if month is not None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
    except ValueError:
        return None
    return f"{year:04d}"


def precision_of(value: str) -> str:
    """Return ``day``, ``month`` or ``year`` for an ISO date string of that precision."""
    return {10: "day", 7: "month"}.get(len(value), "year")


def parse_iso(value: str) -> dt.date | None:
    """Parse ``YYYY-MM-DD`` (only day precision) into a date."""
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def date_from_groups(groups: dict[str, str | None]) -> str | None:
    """Build an ISO date from regex groups ``y``, ``m`` or ``mon``, ``d``."""
    if not groups.get("y"):
        return None
    year = int(groups["y"])  # type: ignore[arg-type]
    month = None
    if groups.get("m"):
        month = int(groups["m"])  # type: ignore[arg-type]
    elif groups.get("mon"):
        month = month_number(groups["mon"])  # type: ignore[arg-type]
        if month is None:
            return None
    day = int(groups["d"]) if groups.get("d") and month else None  # type: ignore[arg-type]
    return iso(year, month, day)


def span_of(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date of any precision covers."""
    try:
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            return day, day
        year = int(value[:4])
        if len(value) >= 7:
            month = int(value[5:7])
            return dt.date(year, month, 1), month_end(year, month)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def coarse(start: dt.date, end: dt.date) -> str | None:
    """The most precise ISO date that covers both ends: a day, a month, a year, or None."""
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}"
    if start.year == end.year:
        return f"{start.year:04d}"
    return None
