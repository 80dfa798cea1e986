"""Load and validate dyade's package data files, once per process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataError

DATA = resources.files("dyade") / "data"


def data_path(*parts: str) -> Path:
    """Return the filesystem path of a package data file."""
    return Path(str(DATA.joinpath(*parts)))


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, object)`` for each record of a JSON-lines data file.

    Blank lines and lines starting with ``//`` are comments.
    """
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            try:
                obj = json.loads(stripped)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path.name}:{number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(obj, dict):
                raise DataError(f"{path.name}:{number}: expected a JSON object")
            yield number, obj


def require(obj: dict[str, Any], where: str, **fields: type | tuple[type, ...]) -> None:
    """Raise DataError unless ``obj`` has each field with the given type."""
    for name, kind in fields.items():
        if name not in obj:
            raise DataError(f"{where}: missing field {name!r}")
        if not isinstance(obj[name], kind):
            raise DataError(f"{where}: field {name!r} has the wrong type")


def load_jsonl(*parts: str) -> list[tuple[str, dict[str, Any]]]:
    """Read every record of a data file, each with a ``file:line`` label for messages."""
    path = data_path(*parts)
    return [(f"{path.name}:{n}", obj) for n, obj in iter_jsonl(path)]


def load_jsonl_glob(folder: str, pattern: str) -> list[tuple[str, dict[str, Any]]]:
    """Read the records of every data file in ``folder`` whose name matches ``pattern``."""
    records: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(data_path(folder).glob(pattern)):
        records.extend((f"{path.name}:{n}", obj) for n, obj in iter_jsonl(path))
    return records


@cache
def load_json(*parts: str) -> dict[str, Any]:
    """Read a JSON object data file."""
    path = data_path(*parts)
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{path.name}: not valid JSON ({exc.msg})") from exc
    if not isinstance(obj, dict):
        raise DataError(f"{path.name}: expected a JSON object")
    return obj
