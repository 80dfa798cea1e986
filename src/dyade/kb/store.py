"""Load the knowledge base from package data and answer who held which office when."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from ..errors import DataError
from ..pipeline.grammar import grammar
from ..resources import load_jsonl, load_jsonl_glob, require
from ..text import fold

log = logging.getLogger(__name__)

SECTORS = frozenset([
    "GOV", "MIL", "REB", "LEG", "JUD", "COP", "PTY", "CVL", "MED", "BUS", "REL", "IGO",
    "NGO", "SPY", "OPP", "UAF", "EDU", "HLH", "ENV", "AGR", "LAB", "REF", "ELI",
])


@dataclass(frozen=True)
class Entity:
    """A resolved actor: a state, an organisation, a person, or a state body."""

    kb_id: str | None
    name: str | None
    country: str | None
    sector: str | None = None
    role: str | None = None
    kind: str = "state"

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "country": self.country, "sector": self.sector,
                "kb_id": self.kb_id, "role": self.role}


@dataclass(frozen=True)
class Role:
    role: str
    of: str
    start: str
    end: str | None


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str]
    country: str | None
    sector: str | None
    roles: list[Role]
    member_of: str | None = None


@dataclass
class State:
    iso3: str
    name: str
    article: str
    long_name: str | None
    aliases: list[str]
    demonyms: list[str]
    capital: str | None
    seats: list[str]


@dataclass
class Organisation:
    id: str
    name: str
    aliases: list[str]
    country: str | None
    sector: str | None


@dataclass
class KnowledgeBase:
    """Every actor dyade knows, with indexes from surface forms to entries."""

    states: dict[str, State] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    role_sectors: dict[str, str] = field(default_factory=dict)
    role_kinds: dict[str, str] = field(default_factory=dict)
    role_phrases: dict[str, list[str]] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    seats: dict[str, str] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Role, str]]] = field(
        default_factory=lambda: defaultdict(list))

    # ----- lookups -------------------------------------------------------------------
    def lookup(self, surface: str) -> list[str]:
        """Return the kb ids a name, alias, capital or seat of power may mean."""
        return list(self.names.get(fold(surface), ()))

    def demonym(self, word: str) -> list[str]:
        """Return the states a demonym (any of its four forms) belongs to."""
        return list(self.demonyms.get(fold(word), ()))

    def entity(self, kb_id: str, date: str | None = None) -> Entity:
        """Return the Entity of a kb id, with the role held at ``date`` for a person."""
        kind, _, key = kb_id.partition(":")
        if kind in ("state", "seat"):
            state = self.states[key]
            return Entity(f"state:{key}", state.name, key, "GOV" if kind == "seat" else None,
                          kind="state")
        if kind == "org":
            org = self.orgs[key]
            return Entity(kb_id, org.name, org.country, org.sector, kind="org")
        person = self.persons[key]
        role = self.role_at(person, date)
        country, sector = person.country, person.sector
        if role is not None:
            sector = self.role_sectors.get(role.role, sector)
            if role.of in self.orgs:
                org = self.orgs[role.of]
                country = org.country if org.country else country
                sector = org.sector or sector
        elif person.member_of in self.orgs:
            org = self.orgs[person.member_of]
            country, sector = org.country or country, org.sector or sector
        return Entity(kb_id, person.name, country, sector,
                      role=role.role if role else None, kind="person")

    def role_at(self, person: Person, date: str | None) -> Role | None:
        """The office a person held at a date (the latest one when there is no date)."""
        if not person.roles:
            return None
        if date is None:
            return max(person.roles, key=lambda r: r.start)
        current = [r for r in person.roles if _within(date, r.start, r.end)]
        return max(current, key=lambda r: r.start) if current else None

    def holder(self, roles: list[str], of: str, date: str | None) -> str | None:
        """Return the kb id of the person holding one of ``roles`` of ``of`` at ``date``."""
        for role in roles:
            found = [(r, pid) for r, pid in self.holders.get((role, of), ())
                     if date is not None and _within(date, r.start, r.end)]
            if date is None:
                found = [(r, pid) for r, pid in self.holders.get((role, of), ()) if r.end is None]
            if found:
                return "person:" + max(found, key=lambda x: x[0].start)[1]
        return None


def _within(date: str, start: str, end: str | None) -> bool:
    """True when ``date`` (any precision) overlaps the term [start, end]."""
    return start[: len(date)] <= date and (end is None or date <= end[: len(date)])


@cache
def knowledge_base() -> KnowledgeBase:
    """Load the knowledge base from the package data (once per process)."""
    kb = KnowledgeBase()
    _load_roles(kb)
    _load_states(kb)
    _load_orgs(kb)
    _load_persons(kb)
    for where, obj in load_jsonl("kb", "bodies.jsonl"):
        require(obj, where, noun=str, sector=str)
        kb.bodies[fold(obj["noun"])] = obj["sector"]
    log.debug("knowledge base: %d states, %d organisations, %d persons",
              len(kb.states), len(kb.orgs), len(kb.persons))
    return kb


def _add_name(kb: KnowledgeBase, surface: str, kb_id: str) -> None:
    key = fold(surface)
    if key and kb_id not in kb.names[key]:
        kb.names[key].append(kb_id)


def _load_roles(kb: KnowledgeBase) -> None:
    for where, obj in load_jsonl("kb", "roles.jsonl"):
        if "role" in obj:
            require(obj, where, role=str, sector=str, kind=str)
            kb.role_sectors[obj["role"]] = obj["sector"]
            kb.role_kinds[obj["role"]] = obj["kind"]
        else:
            require(obj, where, phrase=str, roles=list)
            kb.role_phrases[obj["phrase"].lower()] = obj["roles"]
    for phrase, roles in kb.role_phrases.items():
        for role in roles:
            if role not in kb.role_sectors:
                raise DataError(f"roles.jsonl: phrase {phrase!r} names undeclared role {role!r}")


def _load_states(kb: KnowledgeBase) -> None:
    for where, obj in load_jsonl("kb", "states.jsonl"):
        require(obj, where, iso3=str, name=str, aliases=list, demonyms=list)
        state = State(obj["iso3"], obj["name"], obj.get("article") or "", obj.get("long_name"),
                      obj["aliases"], obj["demonyms"], obj.get("capital"), obj.get("seats") or [])
        kb.states[state.iso3] = state
        for surface in (state.name, state.long_name, *state.aliases):
            if surface:
                _add_name(kb, drop_article(surface), f"state:{state.iso3}")
        for surface in (state.capital, *state.seats):
            if surface:
                _add_name(kb, drop_article(surface), f"seat:{state.iso3}")
                kb.seats[fold(drop_article(surface))] = state.iso3
        for form in state.demonyms:
            if state.iso3 not in kb.demonyms[fold(form)]:
                kb.demonyms[fold(form)].append(state.iso3)


def drop_article(surface: str) -> str:
    """A name without its leading article: "le Kremlin" → "Kremlin", "l'Élysée" → "Élysée"."""
    low = surface.lower().replace("\u2019", "'")
    for article in _articles():
        if low.startswith(article) and len(surface) > len(article):
            return surface[len(article):]
    return surface


@cache
def _articles() -> tuple[str, ...]:
    words = [w for w in grammar().definite_articles]
    return tuple(w if w.endswith("'") else w + " " for w in words)


def _load_orgs(kb: KnowledgeBase) -> None:
    for where, obj in load_jsonl("kb", "organisations.jsonl"):
        require(obj, where, id=str, name=str, aliases=list)
        sector = obj.get("sector")
        if sector is not None and sector not in SECTORS:
            raise DataError(f"{where}: unknown sector {sector!r}")
        org = Organisation(obj["id"], obj["name"], obj["aliases"], obj.get("country"), sector)
        kb.orgs[org.id] = org
        for surface in (org.name, *org.aliases):
            _add_name(kb, drop_article(surface), f"org:{org.id}")


def _load_persons(kb: KnowledgeBase) -> None:
    for where, obj in load_jsonl_glob("kb", "persons*.jsonl"):
        require(obj, where, id=str, name=str, aliases=list)
        roles = []
        for item in obj.get("roles") or []:
            require(item, where, role=str, of=str, start=str)
            if item["role"] not in kb.role_sectors:
                raise DataError(f"{where}: undeclared role {item['role']!r}")
            if item["of"] not in kb.states and item["of"] not in kb.orgs:
                raise DataError(f"{where}: role of unknown state or organisation {item['of']!r}")
            roles.append(Role(item["role"], item["of"], item["start"], item.get("end")))
        person = Person(obj["id"], obj["name"], obj["aliases"], obj.get("country"),
                        obj.get("sector"), roles, obj.get("member_of"))
        if person.id in kb.persons:
            first = kb.persons[person.id]
            first.roles.extend(r for r in roles if r not in first.roles)
            first.aliases.extend(a for a in person.aliases if a not in first.aliases)
            person = first
        kb.persons[person.id] = person
        for surface in (person.name, *person.aliases):
            _add_name(kb, surface, f"person:{person.id}")
        for role in roles:
            kb.holders[(role.role, role.of)].append((role, person.id))
