"""Resolve a short French phrase ("le chef de la diplomatie iranienne") at a date.

This is what ``dyade kb resolve`` prints: the actor a phrase designates on a given day,
found with the same recognizer and resolver the extraction uses. Unknown stays unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from ..errors import DyadeError
from ..resolve import Resolver
from .store import Entity, knowledge_base

UNKNOWN: dict[str, Any] = {"name": None, "country": None, "sector": None, "kb_id": None,
                           "role": None}


def resolve_text(text: str, date: str | None = None) -> dict[str, Any]:
    """Return ``{name, country, sector, kb_id, role}`` for the actor ``text`` names at
    ``date`` (YYYY, YYYY-MM or YYYY-MM-DD; the latest office when absent)."""
    return next(resolve_many([(text, date)]))


def resolve_many(items: Iterable[tuple[str, str | None]]) -> Iterator[dict[str, Any]]:
    """Resolve (text, date) pairs in order, parsing them as one batch."""
    from ..pipeline.nlp import load_pipeline

    nlp = load_pipeline()
    kb = knowledge_base()
    pairs = list(items)
    for date in {d for _, d in pairs}:
        _check_date(date)
    docs = nlp.pipe((_as_sentence(text) for text, _ in pairs), batch_size=256)
    for (_, date), doc in zip(pairs, docs, strict=True):
        doc._.dyade_base = 0
        doc._.dyade_segment = 0
        resolver = Resolver(kb, date)
        resolver.resolve_doc(0, doc)
        best = _main_mention(doc)
        if best is None:
            yield dict(UNKNOWN)
            continue
        entities = resolver.entities(0, best)
        yield _as_output(entities[0]) if entities else dict(UNKNOWN)


def _as_sentence(text: str) -> str:
    """The phrase on one line (an empty one parses to no mention: unknown)."""
    return " ".join(text.split())


def _main_mention(doc: Any) -> int | None:
    """The mention holding the phrase's head word ("le porte-parole du secrétaire général":
    the spokesperson, not the secretary-general), else the longest one."""
    mentions = doc._.dyade_mentions
    if not mentions:
        return None
    roots = [t.i for t in doc if t.dep_ == "ROOT"]
    for i, m in enumerate(mentions):
        if roots and m["start"] <= roots[0] < m["end"]:
            return i
    return max(range(len(mentions)),
               key=lambda i: (mentions[i]["end"] - mentions[i]["start"], -i))


def _as_output(entity: Entity) -> dict[str, Any]:
    """An entity as printed: a person outside the knowledge base keeps the country and
    role the phrase states, but no name (it is not a known actor). A known actor is named by
    the knowledge base, not by the phrase ("l'armée syrienne" is Syrie)."""
    out = entity.as_dict()
    out["name"] = out["label"]
    if entity.kb_id is None:
        out["name"] = None
    return out


def _check_date(date: str | None) -> None:
    if date is None:
        return
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    try:
        datetime.strptime(date, formats[len(date)])
    except (KeyError, ValueError):
        raise DyadeError(f"not a date: {date!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)") \
            from None
