"""Figures on what the knowledge base holds, and how continuously it covers offices."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from .store import KnowledgeBase

FROM_YEAR = 2010
TRACKED = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


def kb_statistics(kb: KnowledgeBase, today: Date | None = None) -> dict[str, Any]:
    """Counts of entries, and for each tracked office the share of months since 2010 with a
    known holder, over the states that have that office in the knowledge base."""
    today = today or Date.today()
    months = [f"{y:04d}-{m:02d}-01" for y in range(FROM_YEAR, today.year + 1)
              for m in range(1, 13) if (y, m) <= (today.year, today.month)]
    sectors: dict[str, int] = {}
    for org in kb.orgs.values():
        sectors[org.sector or "none"] = sectors.get(org.sector or "none", 0) + 1
    terms = [r for p in kb.persons.values() for r in p.roles]
    coverage = {}
    for office in TRACKED:
        roles = ([office] if office in kb.role_kinds and kb.role_kinds[office] == "minister"
                 else kb.kind_roles(office))
        covered = total = 0
        gaps = []
        for iso3 in kb.states:
            if not any((r, iso3) in kb.holders for r in roles):
                continue
            held = sum(1 for m in months if kb.holder(roles, iso3, m) is not None)
            covered += held
            total += len(months)
            if held < len(months):
                gaps.append(iso3)
        states_with = len({iso3 for iso3 in kb.states
                           if any((r, iso3) in kb.holders for r in roles)})
        coverage[office] = {"states": states_with,
                            "months_covered": round(covered / total, 4) if total else 0.0,
                            "states_with_gaps": gaps}
    return {"states": len(kb.states), "organisations": len(kb.orgs),
            "organisations_by_sector": dict(sorted(sectors.items())),
            "persons": len(kb.persons), "offices": len(terms),
            "open_offices": sum(1 for r in terms if r.end is None),
            "names": len(kb.names), "role_phrases": len(kb.role_phrases),
            "seat_offices": len(kb.offices),
            "coverage_since": FROM_YEAR, "coverage": coverage}


def format_stats(stats: dict[str, Any]) -> str:
    lines = [f"states          {stats['states']}",
             f"organisations   {stats['organisations']}  " +
             " ".join(f"{k}:{v}" for k, v in stats["organisations_by_sector"].items()),
             f"people          {stats['persons']}  ({stats['offices']} dated offices, "
             f"{stats['open_offices']} still held)",
             f"names indexed   {stats['names']}",
             f"role phrases    {stats['role_phrases']}  (+{stats['seat_offices']} seats of power)",
             f"coverage of offices month by month since {stats['coverage_since']}:"]
    for office, c in stats["coverage"].items():
        gaps = c["states_with_gaps"]
        shown = ", ".join(gaps[:12]) + (" ..." if len(gaps) > 12 else "")
        lines.append(f"  {office:<20} {c['states']:>3} states  {c['months_covered']:.1%} of "
                     f"months  gaps: {shown or 'none'}")
    return "\n".join(lines)
