"""Score document records against gold annotations, as ``shared/gold/FORMAT.md`` defines."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .pipeline.grammar import grammar
from .text import fold

LEVELS = ("country", "entity")
QUOTE_CHARS = 20
MIN_SHARED = 4


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += int(ok)
        self.total += 1

    def merge(self, other: Ratio) -> None:
        self.hit += other.hit
        self.total += other.total

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass
class Score:
    """Scores of one article, or of a whole set once merged."""

    doc: str
    events: dict[str, Tally] = field(default_factory=lambda: {lv: Tally() for lv in LEVELS})
    duplicates: int = 0
    historical: Ratio = field(default_factory=Ratio)
    historical_matched: Ratio = field(default_factory=Ratio)  # of those found at all
    dates: Ratio = field(default_factory=Ratio)
    places: Ratio = field(default_factory=Ratio)
    counts: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    published: Ratio = field(default_factory=Ratio)
    leaks: int = 0
    missing: bool = False

    def merge(self, other: Score) -> None:
        for level in LEVELS:
            self.events[level].add(other.events[level])
        self.duplicates += other.duplicates
        for name in ("historical", "historical_matched", "dates", "places", "published"):
            getattr(self, name).merge(getattr(other, name))
        self.counts.add(other.counts)
        self.quotes.add(other.quotes)
        self.leaks += other.leaks

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc": self.doc}
        for level in LEVELS:
            t = self.events[level]
            out[level] = {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": round(t.precision, 4),
                          "recall": round(t.recall, 4), "f1": round(t.f1, 4)}
        out.update({"duplicates": self.duplicates, "historical_flagged": self.historical.value,
                    "historical_flagged_of_matched": self.historical_matched.value,
                    "date_accuracy": self.dates.value, "location_accuracy": self.places.value,
                    "counts_f1": round(self.counts.f1, 4), "quotes_f1": round(self.quotes.f1, 4),
                    "published_accuracy": self.published.value, "negative_leaks": self.leaks})
        return out


def load_jsonl_file(path: str | Path, what: str) -> list[dict[str, Any]]:
    """Read a JSON-lines file of records; GoldError on a bad line."""
    out = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"cannot read {what} file {path}: {exc.strerror}") from exc
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or "doc" not in obj:
            raise GoldError(f"{path}:{number}: expected an object with a 'doc' field")
        out.append(obj)
    return out


def evaluate(gold: Iterable[dict[str, Any]], system: Iterable[dict[str, Any]]
             ) -> tuple[Score, list[Score]]:
    """Score system records against gold records: ``(total, per-article scores)``."""
    by_doc = {rec["doc"]: rec for rec in system}
    scores = []
    total = Score("TOTAL")
    for gold_rec in gold:
        sys_rec = by_doc.get(gold_rec["doc"])
        score = score_article(gold_rec, sys_rec or {"events": [], "counts": [], "quotes": []})
        score.missing = sys_rec is None
        scores.append(score)
        total.merge(score)
    return total, scores


def score_article(gold: dict[str, Any], system: dict[str, Any]) -> Score:
    """Score one article."""
    score = Score(gold["doc"])
    events, score.duplicates = _collapse(system.get("events") or [])
    foreground = [e for e in events if "historical" not in (e.get("aux_modes") or [])]
    flagged = [e for e in events if "historical" in (e.get("aux_modes") or [])]
    gold_events = gold.get("events") or []
    for level in LEVELS:
        pairs = _match(gold_events, foreground, level)
        tally = score.events[level]
        required = [i for i, g in enumerate(gold_events) if _required(g)]
        tally.tp = sum(1 for i in required if i in pairs)
        tally.fn = len(required) - tally.tp
        neutral = {j for i, j in pairs.items()
                   if gold_events[i].get("optional") or gold_events[i].get("historical") is None}
        credited = {pairs[i] for i in required if i in pairs}
        tally.fp = sum(1 for j in range(len(foreground)) if j not in credited | neutral)
        if level == "entity":
            for i in required:
                if i not in pairs:
                    continue
                sys_event, gold_event = foreground[pairs[i]], gold_events[i]
                if gold_event.get("date"):
                    score.dates.add(_date_ok(gold_event, sys_event))
                if gold_event.get("location"):
                    score.places.add(_place_ok(gold_event["location"], sys_event.get("event_loc")))
    historical_gold = [g for g in gold_events if g.get("historical") is True]
    found = _match(historical_gold, flagged, "entity")
    anywhere = _match(historical_gold, events, "entity")
    for i in range(len(historical_gold)):
        score.historical.add(i in found)
        if i in found or i in anywhere:  # found at all: was it told as background?
            score.historical_matched.add(i in found)
    score.counts = _score_counts(gold.get("counts") or [], system.get("counts") or [])
    score.quotes = _score_quotes(gold.get("quotes") or [], system.get("quotes") or [])
    if gold.get("published"):
        got = (system.get("published") or {}).get("date") or ""
        score.published.add(str(got).startswith(gold["published"]))
    negatives = gold.get("negatives") or []
    score.leaks = sum(1 for e in events
                      if any(n in (e.get("event_text") or "") for n in negatives))
    return score


def _required(event: dict[str, Any]) -> bool:
    return event.get("historical") is False and not event.get("optional")


def _collapse(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    seen, out = set(), []
    for event in events:
        key = json.dumps([event.get("event"), _names(event.get("actor")),
                          _names(event.get("recipient")), event.get("date"),
                          "historical" in (event.get("aux_modes") or [])], sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out, len(events) - len(out)


def _names(entities: Any) -> list:
    return sorted([(e.get("name"), e.get("country")) for e in _as_list(entities)], key=str)


def _as_list(entities: Any) -> list[dict[str, Any]]:
    if entities is None:
        return []
    return entities if isinstance(entities, list) else [entities]


def _match(gold: list[dict[str, Any]], system: list[dict[str, Any]], level: str) -> dict[int, int]:
    """Maximum bipartite matching, required gold events first: gold index → system index.
    Among the system events a gold event may match, those of its date are tried first, so
    that two strikes between the same sides on two days pair with their own days; then,
    keeping the matching as large and its required events as many, each system event goes
    to the gold event its text states best (``_affinity``)."""
    edges = {i: sorted((j for j, s in enumerate(system) if _event_ok(g, s, level)),
                       key=lambda j, g=g: not _date_ok(g, system[j]))
             for i, g in enumerate(gold)}
    owner: dict[int, int] = {}
    order = sorted(range(len(gold)), key=lambda i: not _required(gold[i]))

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in order:
        augment(i, set())
    # "de violents combats autour de Humera" and "a bombardé Mekele", between the same
    # sides: an unmatched gold event takes a system event from one of no higher rank whose
    # evidence the event's text states less
    matched = set(owner.values())
    for i in order:
        if i in matched:
            continue
        for j in edges[i]:
            k = owner.get(j)
            if k is None or _rank(gold[k]) > _rank(gold[i]):
                continue
            if _affinity(gold[i], system[j]) > _affinity(gold[k], system[j]):
                owner[j] = i
                matched.discard(k)
                matched.add(i)
                break
    # and two pairs crossed ("ont renversé Ali Bongo" credited to "placé en résidence
    # surveillée" and the other way round) are uncrossed
    pairs = {i: j for j, i in owner.items()}
    for i in list(pairs):
        for k in list(pairs):
            j, m = pairs[i], pairs[k]
            if i < k and m in edges[i] and j in edges[k] and \
                    _gain(_affinity(gold[i], system[m]), _affinity(gold[k], system[j]),
                          _affinity(gold[i], system[j]), _affinity(gold[k], system[m])):
                pairs[i], pairs[k] = m, j
    return pairs


def _gain(a: tuple[float, bool], b: tuple[float, bool], c: tuple[float, bool],
          d: tuple[float, bool]) -> bool:
    """Do pairs of affinity ``a`` and ``b`` state their gold events better than ``c`` and
    ``d``?"""
    return (a[0] + b[0], a[1] + b[1]) > (c[0] + d[0], c[1] + d[1])


def _rank(gold: dict[str, Any]) -> int:
    """Required, then neither credited nor counted (optional, either reading), then
    background (a leak when matched in the foreground)."""
    return 2 if _required(gold) else 1 if gold.get("optional") or \
        gold.get("historical") is None else 0


def _affinity(gold: dict[str, Any], system: dict[str, Any]) -> tuple[float, bool]:
    """How well a system event's text states a gold event's evidence, then its date."""
    said = set(fold(gold.get("evidence") or "").split())
    text = set(fold(system.get("event_text") or "").split())
    return (len(said & text) / len(said) if said else 0.0), _date_ok(gold, system)


def _event_ok(gold: dict[str, Any], system: dict[str, Any], level: str) -> bool:
    types = {gold["event"], *(gold.get("alt") or [])}
    if system.get("event") not in types:
        return False
    actors, recipients = _as_list(system.get("actor")), _as_list(system.get("recipient"))
    if _pair_ok(gold, actors, recipients, level):
        return True
    return bool(gold.get("symmetric")) and _pair_ok(gold, recipients, actors, level)


def _pair_ok(gold: dict[str, Any], actors: list, recipients: list, level: str) -> bool:
    if not _entity_ok(gold.get("actor"), actors, level):
        return False
    if gold.get("recipient") is None:
        return True
    return _entity_ok(gold["recipient"], recipients, level)


def _entity_ok(gold: dict[str, Any] | None, system: list[dict[str, Any]], level: str) -> bool:
    if gold is None:
        return True
    names = gold.get("names") or []
    for entity in system:
        if gold.get("country") is None:
            if names and any(name_match(n, entity.get("name") or "") for n in names):
                return True
            continue
        if entity.get("country") != gold["country"]:
            continue
        if level == "country" or not names:
            return True
        if any(name_match(n, entity.get("name") or "") for n in names):
            return True
    return False


def name_match(gold: str, system: str) -> bool:
    """FORMAT.md's name rule: equal folded token sets, or one inside the other sharing a
    distinctive token (4+ letters, not a particle)."""
    a, b = set(fold(gold).split()), set(fold(system).split())
    if not a or not b:
        return False
    if a == b:
        return True
    if a <= b or b <= a:
        particles = grammar().particles
        return any(len(t) >= MIN_SHARED and t not in particles for t in a & b)
    return False


def _date_ok(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    """The system date starts with the gold date (a coarser system date is wrong)."""
    return str(system.get("date") or "").startswith(gold.get("date") or "")


def _place_ok(gold: dict[str, Any], system: dict[str, Any] | None) -> bool:
    if not system:
        return False
    names = gold.get("names") or []
    if not names:
        return system.get("country") == gold.get("country")
    return any(name_match(n, system.get("name") or "") for n in names)


def _score_counts(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> Tally:
    tally = Tally()
    unused = list(system)
    for g in gold:
        hit = next((s for s in unused if s.get("kind") == g["kind"] and
                    s.get("number") == g["number"]), None)
        if hit is not None:
            unused.remove(hit)
            if not g.get("optional"):
                tally.tp += 1
        elif not g.get("optional"):
            tally.fn += 1
    tally.fp = len(unused)
    return tally


def _score_quotes(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> Tally:
    tally = Tally()
    unused = list(system)
    for g in gold:
        start = fold(g["starts"])[:QUOTE_CHARS]
        hit = next((s for s in unused
                    if fold(s.get("text") or "")[:QUOTE_CHARS] == start and
                    any(name_match(n, ((s.get("speaker") or {}).get("name")) or "")
                        for n in g["speaker"])), None)
        if hit is not None:
            unused.remove(hit)
            tally.tp += 1
        else:
            tally.fn += 1
    tally.fp = len(unused)
    return tally


def format_table(total: Score, scores: list[Score]) -> str:
    """A plain-text table of the scores, one row per article and a total."""
    head = (f"{'doc':<24} {'TP':>3} {'FP':>3} {'FN':>3} {'P':>5} {'R':>5} {'F1':>5}  "
            f"{'cTP':>3} {'cFP':>3} {'cFN':>3} {'cF1':>5}  {'dup':>3} {'leak':>4}")
    lines = ["events (entity level; c = country level)", head, "-" * len(head)]
    for score in [*scores, total]:
        e, c = score.events["entity"], score.events["country"]
        doc = score.doc[:24] + (" (missing)" if score.missing else "")
        lines.append(f"{doc:<24} {e.tp:>3} {e.fp:>3} {e.fn:>3} {e.precision:>5.2f} "
                     f"{e.recall:>5.2f} {e.f1:>5.2f}  {c.tp:>3} {c.fp:>3} {c.fn:>3} "
                     f"{c.f1:>5.2f}  {score.duplicates:>3} {score.leaks:>4}")
    lines.append("")

    def pct(value: float | None, ratio: Ratio) -> str:
        return "n/a" if value is None else f"{value:.2f} ({ratio.hit}/{ratio.total})"

    lines += [
        f"entity-level F1       {total.events['entity'].f1:.3f}",
        f"country-level F1      {total.events['country'].f1:.3f}",
        f"historical flagged    {pct(total.historical.value, total.historical)}",
        f"  of those matched    "
        f"{pct(total.historical_matched.value, total.historical_matched)}",
        f"date accuracy         {pct(total.dates.value, total.dates)}",
        f"location accuracy     {pct(total.places.value, total.places)}",
        f"published accuracy    {pct(total.published.value, total.published)}",
        f"counts P/R/F1         {total.counts.precision:.2f}/{total.counts.recall:.2f}/"
        f"{total.counts.f1:.2f}",
        f"quotes P/R/F1         {total.quotes.precision:.2f}/{total.quotes.recall:.2f}/"
        f"{total.quotes.f1:.2f}",
        f"negative leaks        {total.leaks}",
        f"duplicates collapsed  {total.duplicates}",
    ]
    return "\n".join(lines)
