"""Check an article's date against the offices it says people hold.

"Les présidents Evo Morales (Bolivie) et Muhammadu Buhari (Nigeria)" cannot be written in
November 2024: Morales left office in 2019. When the offices an article states contradict its
publication date, the date is wrong (a site clock, an archive page re-served under today's
date), and the offices tell the window the article was written in: the intersection of the
terms of everyone it names in office.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from spacy.tokens import Doc

from .kb.store import KnowledgeBase, Role, within
from .pipeline.grammar import grammar
from .resolve import Resolver

# A person named as someone's counterpart holds an office of the same kind, whichever it is.
ANY_OFFICE = "*"
# News names people by the office they have just left or are about to take ("le limogeage du
# chef du gouvernement, Hichem Mechichi" two days after it): so many days either side of a
# term do not contradict the article's date.
RECENT_DAYS = 60


@dataclass
class RoleCheck:
    """Who the article names in which office, and what that says about its date."""

    stated: list[tuple[str, str, Role | None]] = field(default_factory=list)
    contradicted: list[tuple[str, str, Role]] = field(default_factory=list)
    window: tuple[str, str | None] | None = None
    bounds: list[tuple[str, str | None]] = field(default_factory=list)

    def flagged(self, weak_date: bool) -> bool:
        """True when the date cannot be right: two people out of office at that date, or
        one when the date itself is weak evidence (a site clock, a URL, metadata)."""
        people = {name for name, _, _ in self.contradicted}
        return len(people) >= 2 or (len(people) == 1 and weak_date)

    def warning(self, date: str) -> str:
        who = "; ".join(f"{name} as {phrase} ({term.start} to {term.end or 'today'})"
                        for name, phrase, term in self.contradicted)
        span = (f"the offices it names allow {self.window[0]} to {self.window[1] or 'today'}"
                if self.window else "the offices it names do not agree on any date")
        return (f"anachronism: the article is dated {date} but names {who}; {span}. "
                "Relative dates are not resolved against the contradicted date.")


def check_roles(docs: list[Doc], resolver: Resolver, kb: KnowledgeBase,
                date: str | None) -> RoleCheck:
    """Compare the offices stated next to people's names with ``date`` (when there is one),
    and bound the article's date by their terms of office."""
    check = RoleCheck()
    terms: list[list[Role]] = []
    for seg, doc in enumerate(docs):
        for idx, roles, phrase in _stated(doc):
            for entity in resolver.entities(seg, idx):
                if entity.kind != "person" or not entity.kb_id:
                    continue
                person = kb.persons.get(entity.kb_id.split(":", 1)[1])
                matching = [r for r in person.roles if r.role in roles or ANY_OFFICE in roles] \
                    if person else []
                if not matching or _dated_in_term(doc, doc._.dyade_mentions[idx], matching):
                    continue
                terms.append(matching)
                if not date:
                    continue
                held = [r for r in matching if within(date, r.start, r.end)]
                check.stated.append((person.name, phrase, held[0] if held else None))
                closest = _closest(matching, date)
                if not held and _distance(closest, date) > RECENT_DAYS:
                    check.contradicted.append((person.name, phrase, closest))
    check.bounds = _windows(terms) if terms else []
    if check.contradicted:
        check.window = check.bounds[0] if check.bounds else None
    return check


def _dated_in_term(doc: Doc, mention: dict[str, Any], terms: list[Role]) -> bool:
    """True when the sentence dates the office to a year of its term ("avant d'écarter en mai
    2021 le président de transition Bah N'Daw"): it says nothing of the article's date."""
    years = {int(t.text) for t in doc[mention["start"]].sent
             if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")}
    return any(int(r.start[:4]) <= year <= int((r.end or "9999")[:4])
               for year in years for r in terms)


def _stated(doc: Doc) -> list[tuple[int, list[str], str]]:
    """(mention index, role keys, role phrase) for each person named with an office in the
    present tense: "le président russe Vladimir Poutine", "les présidents X (Venezuela), Y
    (Bolivie) et Z"; not "l'ancien président", "le futur Premier ministre"."""
    mentions = doc._.dyade_mentions
    former = grammar().former
    out = []
    for idx, m in enumerate(mentions):
        if m["kind"] not in ("name", "role") or not (m["roles"] or m.get("counterpart")) or \
                not m.get("role_text") and m["kind"] == "name":
            continue
        if _is_former(doc, m["start"], former):
            continue
        phrase = m.get("role_text") or m["text"]
        if m["kind"] == "name" and m.get("counterpart") and m.get("role_text"):
            out.append((idx, [ANY_OFFICE], phrase))  # "son homologue syrien, Bachar Assad"
            continue
        if m["kind"] == "name":
            out.append((idx, list(m["roles"]), phrase))
        if not _plural(doc, m):
            continue
        last = idx
        for nxt in range(idx + 1, len(mentions)):
            other = mentions[nxt]
            if not _list_gap(doc, mentions, last, nxt):
                if not _is_place(other):
                    break
                continue
            if _is_place(other):
                continue
            if other["kind"] != "name" or not any(i.startswith("person:") for i in other["ids"]):
                break
            out.append((nxt, list(m["roles"]), phrase))
            last = nxt
    return out


def _plural(doc: Doc, m: dict[str, Any]) -> bool:
    return any(t.morph.get("Number") == ["Plur"] and t.pos_ == "NOUN"
               for t in doc[m["start"]: m["end"]])


def _is_place(m: dict[str, Any]) -> bool:
    return m["kind"] == "place" or (m["kind"] == "name" and bool(m["ids"]) and
                                    all(i.startswith(("state:", "seat:")) for i in m["ids"]))


def _list_gap(doc: Doc, mentions: list[dict[str, Any]], a: int, b: int) -> bool:
    """True when only commas, "et" and parenthesised places lie between two mentions."""
    depth = 0
    for token in doc[mentions[a]["end"]: mentions[b]["start"]]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth > 0:
            if not any(m["start"] <= token.i < m["end"] and _is_place(m) for m in mentions) \
                    and token.text != "-":
                return False
        elif token.text != "," and token.lower_ not in ("et", "ainsi", "que") \
                and not token.is_space:
            return False
    return depth == 0


def _is_former(doc: Doc, start: int, former: frozenset[str]) -> bool:
    window = doc[max(0, start - 1): start + 3]
    return any(t.lower_ in former or t.lower_.split("-")[0] + "-" in former for t in window)


def _closest(terms: list[Role], date: str) -> Role:
    return min(terms, key=lambda role: _distance(role, date))


def _distance(role: Role, date: str) -> int:
    """Days from a term to a date outside it."""
    if role.end is not None and role.end[: len(date)] < date:
        return _days(date) - _days(role.end)
    return _days(role.start) - _days(date)


def _days(value: str) -> int:
    parts = (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]
    return Date.fromisoformat(parts).toordinal()


def _windows(terms: list[list[Role]], limit: int = 24) -> list[tuple[str, str | None]]:
    """Every window in which everyone named holds their office at once: one per
    combination of the terms of people who held the office more than once, the first
    combining each person's earliest term that fits."""
    windows: list[tuple[str, str | None]] = [("0000-01-01", None)]
    for options in sorted(terms, key=len):
        found = []
        for start, end in windows:
            for role in options:
                s = max(start, role.start)
                e = min((x for x in (end, role.end) if x is not None), default=None)
                if (e is None or s <= e) and (s, e) not in found:
                    found.append((s, e))
        if not found:
            return []
        windows = found[:limit]
    return windows


def weak_evidence(published: dict[str, Any] | None) -> bool:
    """True for a publication date that the page itself does not state as such."""
    return bool(published) and published.get("source") in ("clock", "url", "metadata")
