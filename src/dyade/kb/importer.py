"""Import larger actor sources into dyade's knowledge base format.

Two sources are read:

* a **Wikidata JSON-lines extract**: one entity per line as in the Wikidata dumps
  (``labels``, ``aliases``, ``claims``), optionally gzipped or wrapped in a JSON array.
  Humans (P31 = Q5) become people with their positions held (P39, with the P580/P582
  start and end qualifiers) and citizenship (P27); position items in the same extract
  (or a ``--positions`` extract) tell what each position is: its French label read with
  the role phrases of ``kb/roles.jsonl`` ("ministre des Affaires étrangères de ...") or its
  class (``kb/wikidata.json``), and its state (P1001 applies to jurisdiction, or P17).
  Other items with a country (P17) become organisations.
* a **PETRARCH/CAMEO actor dictionary** (the ``.actors.txt`` format): an actor line
  (``BARACK_OBAMA_``), ``+SYNONYM`` lines and ``[USAGOV 20090120-20170120]`` code lines.
  Actors with dated codes become people with dated affiliations (country and sector);
  actors with a single undated code become organisations.

The output is written as ``persons_<source>.jsonl`` and ``organisations_<source>.jsonl`` in
a user knowledge folder, read by dyade after its package data (see ``store.user_dirs``).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DyadeError
from ..resources import load_json
from ..text import fold
from .store import SECTORS, KnowledgeBase, drop_article

HUMAN = "Q5"
CAMEO_DATE = re.compile(r"^(?P<op>[<>])?(?P<a>\d{8})(?:-(?P<b>\d{8}))?$")


@dataclass
class ImportReport:
    """What an import read, wrote and left out, and why."""

    source: str
    persons: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        roles = sum(len(p.get("roles", [])) for p in self.persons)
        line = (f"{self.source}: {len(self.persons)} people ({roles} dated offices), "
                f"{len(self.organisations)} organisations")
        if self.skipped:
            line += "; left out: " + ", ".join(f"{n} {why}" for why, n in
                                                self.skipped.most_common())
        return line


def import_file(path: Path, kb: KnowledgeBase, positions: Path | None = None) -> ImportReport:
    """Convert a Wikidata extract or a PETRARCH dictionary into knowledge-base records."""
    if not path.is_file():
        raise DyadeError(f"{path}: no such file")
    head = _open_text(path).read(4096).lstrip()
    if head.startswith(("{", "[")):
        return _wikidata(path, kb, positions)
    return _petrarch(path, kb)


def write_report(report: ImportReport, folder: Path) -> list[Path]:
    """Write the imported records into ``folder`` and return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^a-z0-9]+", "_", report.source.lower()).strip("_") or "import"
    written = []
    for kind, items in (("persons", report.persons), ("organisations", report.organisations)):
        target = folder / f"{kind}_import_{stem}.jsonl"
        if not items:
            continue
        with target.open("w", encoding="utf-8") as out:
            out.write(f"// imported by dyade kb import from {report.source}\n")
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        written.append(target)
    return written


# ----- Wikidata ---------------------------------------------------------------------------
def _wikidata(path: Path, kb: KnowledgeBase, positions: Path | None) -> ImportReport:
    report = ImportReport(_source_name(path))
    entities = list(_entities(path))
    if positions is not None:
        entities += list(_entities(positions))
    states = {s_wd: iso3 for iso3, s_wd in _state_wikidata(kb).items()}
    config = load_json("kb", "wikidata.json")
    classes: dict[str, str] = config["position_classes"]
    org_sectors: dict[str, str] = config["organisation_classes"]
    phrases = sorted(kb.role_phrases, key=len, reverse=True)
    offices = {}
    for entity in entities:
        office = _position(entity, kb, states, classes, phrases)
        if office is not None:
            offices[entity["id"]] = office
    for entity in entities:
        qid = entity.get("id", "")
        if qid in offices or qid in states:
            continue
        kinds = _item_values(entity, "P31")
        name = _label(entity)
        if name is None:
            report.skipped["entities without a French or English label"] += 1
            continue
        aliases = _aliases(entity, name)
        if HUMAN in kinds:
            report.persons.append(_person(entity, name, aliases, offices, states, report))
            continue
        country = next((states[c] for c in _item_values(entity, "P17") if c in states), None)
        sector = next((org_sectors[k] for k in kinds if k in org_sectors), None)
        if country is None and sector is None:
            report.skipped["items that are neither people nor organisations with a country"] += 1
            continue
        report.organisations.append({"id": f"wd:{qid}", "name": name, "aliases": aliases,
                                     "country": country, "sector": sector, "wikidata": qid})
    return report


def _person(entity: dict[str, Any], name: str, aliases: list[str],
            offices: dict[str, tuple[str, str]], states: dict[str, str],
            report: ImportReport) -> dict[str, Any]:
    roles = []
    for claim in entity.get("claims", {}).get("P39", []):
        position = _claim_item(claim)
        if position not in offices:
            report.skipped["positions held that the extract does not describe"] += 1
            continue
        start = _qualifier_date(claim, "P580")
        if start is None:
            report.skipped["positions held with no start date"] += 1
            continue
        role, of = offices[position]
        roles.append({"role": role, "of": of, "start": start,
                      "end": _qualifier_date(claim, "P582")})
    country = next((states[c] for c in _item_values(entity, "P27") if c in states), None)
    return {"id": entity["id"], "name": name, "aliases": aliases, "country": country,
            "roles": roles}


def _position(entity: dict[str, Any], kb: KnowledgeBase, states: dict[str, str],
              classes: dict[str, str], phrases: list[str]) -> tuple[str, str] | None:
    """(role key, state) of a position item, or None when the item is not a position."""
    where = [states[c] for prop in ("P1001", "P17") for c in _item_values(entity, prop)
             if c in states]
    if not where:
        return None
    for kind in _item_values(entity, "P279") + _item_values(entity, "P31"):
        if kind in classes:
            return classes[kind], where[0]
    label = entity.get("labels", {}).get("fr", {}).get("value")
    if not label:
        return None
    words = fold(drop_article(label))
    for phrase in phrases:
        if words == fold(phrase) or words.startswith(fold(phrase) + " "):
            return kb.role_phrases[phrase][0], where[0]
    return None


def _entities(path: Path) -> Iterator[dict[str, Any]]:
    with _open_text(path) as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip().rstrip(",")
            if not line or line in ("[", "]"):
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DyadeError(f"{path}:{number}: not a JSON entity ({exc.msg})") from exc
            if isinstance(obj, dict) and "id" in obj:
                yield obj


def _label(entity: dict[str, Any]) -> str | None:
    labels = entity.get("labels", {})
    for lang in ("fr", "en"):
        if lang in labels:
            return labels[lang]["value"]
    return None


def _aliases(entity: dict[str, Any], name: str) -> list[str]:
    out = []
    for lang in ("fr", "en"):
        label = entity.get("labels", {}).get(lang, {}).get("value")
        values = [label] if label else []
        values += [a["value"] for a in entity.get("aliases", {}).get(lang, [])]
        out += [v for v in values if v and v != name and v not in out]
    return out


def _item_values(entity: dict[str, Any], prop: str) -> list[str]:
    return [v for v in (_claim_item(c) for c in entity.get("claims", {}).get(prop, [])) if v]


def _claim_item(claim: dict[str, Any]) -> str | None:
    value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


def _qualifier_date(claim: dict[str, Any], prop: str) -> str | None:
    for snak in claim.get("qualifiers", {}).get(prop, []):
        value = snak.get("datavalue", {}).get("value")
        if isinstance(value, dict) and "time" in value:
            return _wikidata_time(value["time"], value.get("precision", 11))
    return None


def _wikidata_time(value: str, precision: int) -> str | None:
    m = re.match(r"^\+?(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    year, month, day = m.groups()
    if precision >= 11 and day != "00":
        return f"{year}-{month}-{day}"
    if precision == 10 and month != "00":
        return f"{year}-{month}"
    return year


def _state_wikidata(kb: KnowledgeBase) -> dict[str, str]:
    return {iso3: state.wikidata for iso3, state in kb.states.items() if state.wikidata}


# ----- PETRARCH / CAMEO ---------------------------------------------------------------------
def _petrarch(path: Path, kb: KnowledgeBase) -> ImportReport:
    report = ImportReport(_source_name(path))
    for name, synonyms, codes in _petrarch_entries(path, report):
        dated = [c for c in codes if c[2] is not None or c[3] is not None]
        aliases = [s for s in synonyms if s != name]
        key = "cameo:" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        if not codes:
            report.skipped["actors with no code"] += 1
        elif dated or len(codes) > 1:
            affiliations = [{"country": country, "sector": sector, "start": start, "end": end}
                            for country, sector, start, end in codes]
            countries = [a["country"] for a in affiliations if a["country"]]
            report.persons.append({"id": key, "name": name, "aliases": aliases,
                                   "country": countries[-1] if countries else None,
                                   "roles": [], "affiliations": affiliations})
        else:
            country, sector, _, _ = codes[0]
            if country is None and sector is None:
                report.skipped["actors whose code dyade cannot read"] += 1
                continue
            report.organisations.append({"id": key, "name": name, "aliases": aliases,
                                         "country": country, "sector": sector})
    return report


def _petrarch_entries(path: Path, report: ImportReport) -> Iterator[tuple[str, list[str],
                                                                        list[tuple]]]:
    current: list[Any] | None = None
    with _open_text(path) as handle:
        for raw in handle:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            stripped = line.strip()
            if stripped.startswith("+"):
                if current is not None:
                    current[1].append(_cameo_name(stripped[1:].split("[")[0]))
                continue
            if stripped.startswith("["):
                if current is not None:
                    current[2].extend(_cameo_codes(stripped, report))
                continue
            if current is not None:
                yield current[0], current[1], current[2]
            head, _, rest = stripped.partition("[")
            current = [_cameo_name(head), [], _cameo_codes("[" + rest, report) if rest else []]
    if current is not None:
        yield current[0], current[1], current[2]


def _cameo_name(text: str) -> str:
    words = [w for w in text.strip().strip("_").split("_") if w]
    return " ".join("-".join(part.capitalize() for part in w.split("-")) for w in words)


def _cameo_codes(text: str, report: ImportReport) -> list[tuple]:
    out = []
    for item in re.findall(r"\[([^\]]+)\]", text):
        parts = item.split()
        code, when = parts[0], parts[1] if len(parts) > 1 else ""
        start = end = None
        if when:
            m = CAMEO_DATE.match(when)
            if not m:
                report.skipped["codes with an unreadable date"] += 1
                continue
            a, b = _cameo_day(m.group("a")), m.group("b") and _cameo_day(m.group("b"))
            if m.group("op") == ">":
                start = a
            elif m.group("op") == "<":
                end = a
            else:
                start, end = a, b
        country = code[:3] if len(code) >= 3 else None
        sector = code[3:6] if len(code) >= 6 else None
        sector = {"INS": "REB", "SEP": "REB", "MNC": "BUS"}.get(sector or "", sector)
        if sector is not None and sector not in SECTORS:
            sector = None
        out.append((country, sector, start, end))
    return out


def _cameo_day(value: str) -> str:
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}"


# ----- shared -----------------------------------------------------------------------------
def _open_text(path: Path) -> Any:
    try:
        if path.suffix == ".gz":
            return gzip.open(path, "rt", encoding="utf-8")
        return path.open(encoding="utf-8")
    except OSError as exc:
        raise DyadeError(f"{path}: cannot read ({exc.strerror})") from exc


def _source_name(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".jsonl", ".json", ".txt"):
        name = name.removesuffix(suffix)
    return name
