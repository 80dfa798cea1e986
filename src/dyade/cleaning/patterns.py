"""Compile the furniture, caption and outlet patterns of the package data, once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import DataError
from ..resources import load_jsonl, require

FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Furniture:
    kind: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Patterns:
    furniture: tuple[Furniture, ...]
    captions: tuple[re.Pattern[str], ...]
    outlet_cues: tuple[tuple[str, re.Pattern[str]], ...]
    outlets: dict[str, str]


def _compile(regex: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(regex, FLAGS)
    except re.error as exc:
        raise DataError(f"{where}: bad regex ({exc})") from exc


@cache
def patterns() -> Patterns:
    """Return the compiled cleaning patterns."""
    furniture = []
    for where, obj in load_jsonl("cleaning", "furniture.jsonl"):
        require(obj, where, kind=str, regex=str)
        furniture.append(Furniture(obj["kind"], _compile(obj["regex"], where)))
    captions = []
    for where, obj in load_jsonl("cleaning", "captions.jsonl"):
        require(obj, where, regex=str)
        captions.append(_compile(obj["regex"], where))
    cues = []
    for where, obj in load_jsonl("cleaning", "outlet_cues.jsonl"):
        require(obj, where, regex=str)
        cues.append((obj.get("scope", "body"), _compile(obj["regex"], where)))
    outlets: dict[str, str] = {}
    for where, obj in load_jsonl("cleaning", "outlets.jsonl"):
        require(obj, where, name=str, aliases=list)
        outlets[obj["name"].lower()] = obj["name"]
        for alias in obj["aliases"]:
            outlets[alias.lower()] = obj["name"]
    return Patterns(tuple(furniture), tuple(captions), tuple(cues), outlets)
