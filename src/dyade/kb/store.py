"""Load the knowledge base from package data and answer who held which office when."""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from ..errors import DataError
from ..pipeline.grammar import grammar
from ..resources import iter_jsonl, load_jsonl, load_jsonl_glob, require
from ..text import fold

log = logging.getLogger(__name__)

SECTORS = frozenset([
    "GOV", "MIL", "REB", "LEG", "JUD", "COP", "PTY", "CVL", "MED", "BUS", "REL", "IGO",
    "NGO", "SPY", "OPP", "UAF", "EDU", "HLH", "ENV", "AGR", "LAB", "REF", "ELI", "ETH",
])
ARMED_GROUP_SECTORS = frozenset({"REB"})


@dataclass(frozen=True)
class Entity:
    """A resolved actor: a state, an organisation, a person, or a state body."""

    kb_id: str | None
    name: str | None
    country: str | None
    sector: str | None = None
    role: str | None = None
    kind: str = "state"
    label: str | None = None  # the KB's own name when ``name`` is the article's form

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "label": self.label or (self.name if self.kb_id else None),
                "country": self.country, "sector": self.sector, "kb_id": self.kb_id,
                "role": self.role}


@dataclass(frozen=True)
class Role:
    role: str
    of: str
    start: str
    end: str | None


@dataclass(frozen=True)
class Affiliation:
    """A dated country and sector with no named office (from CAMEO/PETRARCH dictionaries)."""

    country: str | None
    sector: str | None
    start: str | None
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
    affiliations: list[Affiliation] = field(default_factory=list)


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
    wikidata: str | None = None


@dataclass
class Organisation:
    id: str
    name: str
    aliases: list[str]
    country: str | None
    sector: str | None
    # names other states' institutions share ("Assemblée nationale", "Sénat")
    generic: list[str] = field(default_factory=list)
    # organised in national branches ("les Frères musulmans" of Egypt, of Syria)
    branches: bool = False


@dataclass
class Community:
    """An ethnic or religious community ("les Rohingyas", "la minorité alaouite")."""

    id: str
    name: str
    countries: list[str]  # where it lives, the most usual first; empty: wherever the story is
    sector: str  # ETH or REL


@dataclass
class KnowledgeBase:
    """Every actor dyade knows, with indexes from surface forms to entries."""

    states: dict[str, State] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    role_sectors: dict[str, str] = field(default_factory=dict)
    role_kinds: dict[str, str] = field(default_factory=dict)
    role_phrases: dict[str, list[str]] = field(default_factory=dict)
    phrase_of: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)
    communities: dict[str, Community] = field(default_factory=dict)  # by folded form
    demonyms: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    seats: dict[str, str] = field(default_factory=dict)
    offices: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Role, str]]] = field(
        default_factory=lambda: defaultdict(list))

    # ----- lookups -------------------------------------------------------------------
    def lookup(self, surface: str) -> list[str]:
        """Return the kb ids a name, alias, capital or seat of power may mean."""
        return list(self.names.get(fold(surface), ()))

    def body_sector(self, *forms: str) -> str | None:
        """The sector of the state body a noun names, by the first of its forms (lemma,
        surface) the list has: "soldats" MIL, "manifestants" CVL."""
        return next((sector for form in forms if (sector := self.bodies.get(fold(form)))), None)

    def community(self, word: str) -> Community | None:
        """The community a word (noun or adjective, any form) names: "rohingyas", "peule"."""
        return self.communities.get(fold(word))

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
        elif person.affiliations:
            current = [a for a in person.affiliations
                       if date is None or within(date, a.start or "0000", a.end)]
            if current:
                country, sector = current[-1].country or country, current[-1].sector or sector
        return Entity(kb_id, person.name, country, sector,
                      role=role.role if role else None, kind="person")

    def as_written(self, entity: Entity, surface: str) -> Entity:
        """An organisation named by the form the article uses ("Daesh" for État islamique),
        a person by the full name as the article spells it ("Mahinda Rajapaksa" for Mahinda
        Rajapakse), the KB's name kept as ``label``: the alias the surface contains, longest
        first."""
        key = (entity.kb_id or "").partition(":")[2]
        known = self.orgs.get(key) if entity.kind == "org" else \
            self.persons.get(key) if entity.kind == "person" else None
        if known is None:
            return entity
        words = f" {fold(surface)} "
        used = [a for a in (known.name, *known.aliases) if f" {fold(a)} " in words and
                (entity.kind == "org" and not _described(a) or
                 len(a.split()) > 1 and a[:1].isupper())]
        # (for a person, a full name: a surname alone, "le général Burhane", say less; for
        # an organisation, its name, not a phrase around it: "rebelles du M23")
        if not used:
            return entity
        form = max(used, key=lambda a: len(fold(a)))
        return entity if form == known.name else replace(entity, name=form, label=known.name)

    def role_at(self, person: Person, date: str | None) -> Role | None:
        """The office a person held at a date (the latest one when there is no date)."""
        if not person.roles:
            return None
        if date is None:
            return max(person.roles, key=lambda r: r.start)
        current = [r for r in person.roles if within(date, r.start, r.end)]
        return max(current, key=lambda r: r.start) if current else None

    def office_holder(self, roles: list[str], of: str, date: str | None,
                      via: str | None = None) -> str | None:
        """The holder of an office a phrase names, with the fallbacks French usage implies.

        ``via`` is the institution or seat the phrase went through ("le chef du Pentagone",
        "le locataire de l'Élysée"): a generic head phrase then means the office that seat
        stands for. A head phrase of an organisation ("le président de la Commission", "le
        chef de l'EI") means whoever heads it; "le dirigeant nord-coréen" the head of state;
        the head of government of a presidential state is its president.
        """
        kinds = {self.role_kinds.get(r) for r in roles}
        generic = "leader" in roles or "head_of_state" in kinds
        office = self.offices.get(fold(drop_article(via))) if via else None
        if office is not None and generic:
            found = self.holder([office[1]], office[0], date)
            if found is not None:
                return found
        if office is not None and office[2] and "spokesperson" in roles:
            return self.holder([office[2]], office[0], date)
        found = self.holder(roles, of, date)
        if found is not None or not generic and "head_of_government" not in kinds:
            return found
        if of in self.orgs:
            return self.holder(self.kind_roles("org_head"), of, date)
        if "leader" in roles:
            return self.holder(self.kind_roles("head_of_state"), of, date)
        if "head_of_government" in kinds and not self.holder(
                self.kind_roles("head_of_government"), of, date):
            return self.holder(["president"], of, date)
        return None

    def kind_roles(self, kind: str) -> list[str]:
        """The role keys of a kind, in declaration order."""
        return [r for r, k in self.role_kinds.items() if k == kind]

    def holder(self, roles: list[str], of: str, date: str | None) -> str | None:
        """Return the kb id of the person holding one of ``roles`` of ``of`` at ``date``."""
        for role in roles:
            found = [(r, pid) for r, pid in self.holders.get((role, of), ())
                     if date is not None and within(date, r.start, r.end)]
            if date is None:
                found = [(r, pid) for r, pid in self.holders.get((role, of), ()) if r.end is None]
            if found:
                return "person:" + max(found, key=lambda x: x[0].start)[1]
        return None

    def previous_holder(self, roles: list[str], of: str, date: str | None) -> str | None:
        """The kb id of the last person whose term in one of ``roles`` of ``of`` ended by
        ``date``: whom "le président déchu", "l'ancien Premier ministre" stand for."""
        ended = [(r.end, pid) for role in roles for r, pid in self.holders.get((role, of), ())
                 if date is not None and r.end is not None and r.end[: len(date)] <= date]
        return "person:" + max(ended)[1] if ended else None


def within(date: str, start: str, end: str | None) -> bool:
    """True when ``date`` (any precision) overlaps the term [start, end]."""
    return start[: len(date)] <= date and (end is None or date <= end[: len(date)])


KB_PATH_ENV = "DYADE_KB_PATH"


def user_dirs() -> list[Path]:
    """Folders of imported knowledge (``dyade kb import``), read after the package data:
    those of $DYADE_KB_PATH (separated by the system's path separator), else the user's
    data folder."""
    value = os.environ.get(KB_PATH_ENV)
    if value:
        return [Path(p) for p in value.split(os.pathsep) if p]
    return [default_user_dir()]


def default_user_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dyade" / "kb"


def _user_records(pattern: str) -> list[tuple[str, dict]]:
    records: list[tuple[str, dict]] = []
    for folder in user_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob(pattern)):
                records.extend((f"{path}:{n}", obj) for n, obj in iter_jsonl(path))
    return records


@cache
def knowledge_base() -> KnowledgeBase:
    """Load the knowledge base from the package data (once per process)."""
    kb = KnowledgeBase()
    _load_roles(kb)
    _load_states(kb)
    _load_orgs(kb)
    _load_persons(kb)
    for where, obj in load_jsonl("kb", "offices.jsonl"):
        require(obj, where, name=str, of=str, role=str)
        if obj["role"] not in kb.role_sectors or (obj["of"] not in kb.states and
                                                  obj["of"] not in kb.orgs):
            raise DataError(f"{where}: unknown role, state or organisation")
        kb.offices[fold(drop_article(obj["name"]))] = (obj["of"], obj["role"],
                                                        obj.get("spokesperson"))
    for where, obj in load_jsonl("kb", "bodies.jsonl"):
        require(obj, where, noun=str, sector=str)
        kb.bodies[fold(obj["noun"])] = obj["sector"]
    _load_communities(kb)
    log.debug("knowledge base: %d states, %d organisations, %d persons",
              len(kb.states), len(kb.orgs), len(kb.persons))
    return kb


def _load_communities(kb: KnowledgeBase) -> None:
    for where, obj in load_jsonl("kb", "communities.jsonl"):
        require(obj, where, id=str, name=str, forms=list, countries=list, sector=str)
        if obj["sector"] not in ("ETH", "REL") or any(c not in kb.states
                                                        for c in obj["countries"]):
            raise DataError(f"{where}: sector must be ETH or REL, countries known states")
        community = Community(obj["id"], obj["name"], obj["countries"], obj["sector"])
        for form in obj["forms"]:
            key = fold(form)
            if key in kb.demonyms or kb.communities.get(key, community) is not community:
                raise DataError(f"{where}: {form!r} is already a demonym or another community")
            kb.communities[key] = community


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
            if obj.get("of"):
                kb.phrase_of[obj["phrase"].lower()] = obj["of"]
    for phrase, roles in kb.role_phrases.items():
        for role in roles:
            if role not in kb.role_sectors:
                raise DataError(f"roles.jsonl: phrase {phrase!r} names undeclared role {role!r}")


def _load_states(kb: KnowledgeBase) -> None:
    for where, obj in load_jsonl("kb", "states.jsonl"):
        require(obj, where, iso3=str, name=str, aliases=list, demonyms=list)
        state = State(obj["iso3"], obj["name"], obj.get("article") or "", obj.get("long_name"),
                      obj["aliases"], obj["demonyms"], obj.get("capital"), obj.get("seats") or [],
                      obj.get("wikidata"))
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
def _described(alias: str) -> bool:
    """An alias that describes an organisation around its name ("rebelles du M23",
    "paramilitaires des FSR"), not a name written in lower case ("shebab", "anti-balaka")."""
    words = alias.split()
    return len(words) > 1 and words[0][:1].islower() and any(w[:1].isupper() for w in words)


def _articles() -> tuple[str, ...]:
    words = [w for w in grammar().definite_articles]
    return tuple(w if w.endswith("'") else w + " " for w in words)


def _load_orgs(kb: KnowledgeBase) -> None:
    for where, obj in load_jsonl("kb", "organisations.jsonl") + _user_records(
            "organisations*.jsonl"):
        require(obj, where, id=str, name=str, aliases=list)
        sector = obj.get("sector")
        if sector is not None and sector not in SECTORS:
            raise DataError(f"{where}: unknown sector {sector!r}")
        org = Organisation(obj["id"], obj["name"], obj["aliases"], obj.get("country"), sector,
                           obj.get("generic") or [], bool(obj.get("branches")))
        kb.orgs[org.id] = org
        for surface in (org.name, *org.aliases):
            _add_name(kb, drop_article(surface), f"org:{org.id}")


def _load_persons(kb: KnowledgeBase) -> None:
    for where, obj in load_jsonl_glob("kb", "persons*.jsonl") + _user_records("persons*.jsonl"):
        require(obj, where, id=str, name=str, aliases=list)
        roles = []
        for item in obj.get("roles") or []:
            require(item, where, role=str, of=str, start=str)
            if item["role"] not in kb.role_sectors:
                raise DataError(f"{where}: undeclared role {item['role']!r}")
            if item["of"] not in kb.states and item["of"] not in kb.orgs:
                raise DataError(f"{where}: role of unknown state or organisation {item['of']!r}")
            roles.append(Role(item["role"], item["of"], item["start"], item.get("end")))
        affiliations = [Affiliation(a.get("country"), a.get("sector"), a.get("start"),
                                    a.get("end")) for a in obj.get("affiliations") or []]
        person = Person(obj["id"], obj["name"], obj["aliases"], obj.get("country"),
                        obj.get("sector"), roles, obj.get("member_of"), affiliations)
        if person.id in kb.persons:
            first = kb.persons[person.id]
            first.roles.extend(r for r in roles if r not in first.roles)
            first.affiliations.extend(a for a in affiliations if a not in first.affiliations)
            first.country = first.country or person.country
            first.sector = first.sector or person.sector
            first.member_of = first.member_of or person.member_of
            first.aliases.extend(a for a in person.aliases if a not in first.aliases)
            person = first
        kb.persons[person.id] = person
        for surface in (person.name, *person.aliases):
            _add_name(kb, surface, f"person:{person.id}")
        for role in roles:
            kb.holders[(role.role, role.of)].append((role, person.id))


def describe(kb: KnowledgeBase, name: str, date: str | None = None) -> list[dict]:
    """Every entry ``name`` may mean (a name, alias, capital, seat or kb id), as plain data,
    with the offices held at ``date`` (today's when absent)."""
    ids = list(dict.fromkeys(kb.lookup(name) + kb.lookup(drop_article(name))))
    raw = name.strip()
    for candidate in (raw, f"person:{raw}", f"org:{raw}", f"state:{raw.upper()}"):
        kind, _, key = candidate.partition(":")
        if (kind == "person" and key in kb.persons or kind == "org" and key in kb.orgs
                or kind == "state" and key in kb.states) and candidate not in ids:
            ids.append(candidate)
    out = []
    for kb_id in ids:
        kind, _, key = kb_id.partition(":")
        if kind in ("state", "seat"):
            state = kb.states[key]
            entry = {"kb_id": f"state:{key}", "kind": "state", "name": state.name,
                     "long_name": state.long_name, "article": state.article,
                     "aliases": state.aliases, "demonyms": state.demonyms,
                     "capital": state.capital, "seats": state.seats,
                     "wikidata": state.wikidata, "offices": _offices(kb, key, date)}
            if kind == "seat":
                entry["matched"] = f"seat of power or capital ({name})"
        elif kind == "org":
            org = kb.orgs[key]
            entry = {"kb_id": kb_id, "kind": "organisation", "name": org.name,
                     "aliases": org.aliases, "country": org.country, "sector": org.sector,
                     "offices": _offices(kb, key, date)}
        else:
            person = kb.persons[key]
            entry = {"kb_id": kb_id, "kind": "person", "name": person.name,
                     "aliases": person.aliases, "country": person.country,
                     "roles": [{"role": r.role, "of": r.of, "start": r.start, "end": r.end}
                               for r in sorted(person.roles, key=lambda r: r.start)],
                     "at": {"date": date or "today",
                            **kb.entity(kb_id, date).as_dict()}}
            if person.affiliations:
                entry["affiliations"] = [a.__dict__ for a in person.affiliations]
        if entry not in out:
            out.append(entry)
    return out


def _offices(kb: KnowledgeBase, of: str, date: str | None) -> dict[str, str]:
    """Who holds each office of a state or organisation at ``date`` (or today)."""
    out = {}
    for (role, target), _ in sorted(kb.holders.items()):
        if target != of:
            continue
        holder = kb.holder([role], of, date)
        if holder is not None:
            out[role] = kb.persons[holder.split(":", 1)[1]].name
    return out
