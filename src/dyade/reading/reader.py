"""Read inputs of every supported kind into Articles, accounting for each one."""

from __future__ import annotations

import gzip
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..article import Article
from .html import article_from_html, looks_like_html

log = logging.getLogger(__name__)

TEXT_FIELDS = ("text", "content", "body", "article")
BINARY_CONTROL_SHARE = 0.05


def read_inputs(paths: Iterable[str], stdin: Any = None) -> Iterator[Article]:
    """Yield one Article per input article, in order.

    Args:
        paths: file paths, folder paths (read recursively) or ``-`` for standard input.
        stdin: binary stream to read for ``-`` (default: ``sys.stdin.buffer``).

    An input that cannot be read still yields an Article, with ``error`` set.
    """
    for name in paths:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_blob("stdin", "stdin", stream.read())
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            for file in files:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield Article(doc=path.name, source=name, text="", error="no such file or folder")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path) -> Iterator[Article]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Article(doc=path.name, source=str(path), text="",
                      error=f"cannot read: {exc.strerror}")
        return
    yield from _read_blob(_stem(path), str(path), data, path.name.lower())


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".txt", ".html", ".htm", ".jsonl", ".json"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def _read_blob(doc: str, source: str, data: bytes, name: str = "") -> Iterator[Article]:
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield Article(doc=doc, source=source, text="", error=f"corrupt gzip: {exc}")
            return
        name = name.removesuffix(".gz")
    if name.endswith((".jsonl", ".json")) or (not name and data.lstrip()[:1] == b"{"):
        yield from _read_jsonl(doc, source, data)
        return
    text, warnings, error = read_text_bytes(data)
    if error:
        yield Article(doc=doc, source=source, text="", warnings=warnings, error=error)
        return
    if name.endswith((".html", ".htm")) or looks_like_html(text):
        article = article_from_html(doc, source, text)
        article.warnings[:0] = warnings
        yield article
        return
    yield Article(doc=doc, source=source, text=text, warnings=warnings)


def read_text_bytes(data: bytes) -> tuple[str, list[str], str | None]:
    """Decode bytes as text: ``(text, warnings, error)``.

    UTF-8 first (a BOM is dropped); otherwise cp1252, then Latin-1, with a warning.
    Binary data (NUL bytes or many control characters) is an error.
    """
    if not data.strip():
        return "", [], "empty input"
    if b"\x00" in data[:65536]:
        return "", [], "binary input (NUL bytes): not a text"
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            warnings.append("not valid UTF-8: decoded as cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            warnings.append("not valid UTF-8: decoded as Latin-1")
    sample = text[:65536]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > BINARY_CONTROL_SHARE * len(sample):
        return "", warnings, "binary input (control characters): not a text"
    return text, warnings, None


def _read_jsonl(doc: str, source: str, data: bytes) -> Iterator[Article]:
    text, warnings, error = read_text_bytes(data)
    if error:
        yield Article(doc=doc, source=source, text="", warnings=warnings, error=error)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Article(doc=f"{doc}:{number}", source=where, text="",
                          error=f"line is not valid JSON ({exc.msg})")
            continue
        yield _article_from_record(obj, doc, number, where, warnings)


def _article_from_record(obj: Any, doc: str, number: int, where: str,
                         warnings: list[str]) -> Article:
    if not isinstance(obj, dict):
        return Article(doc=f"{doc}:{number}", source=where, text="",
                       error="line is not a JSON object")
    name = str(obj.get("id") or obj.get("doc") or f"{doc}:{number}")
    body = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str)), None)
    if body is None:
        return Article(doc=name, source=where, text="",
                       error=f"no text field (expected one of {', '.join(TEXT_FIELDS)})")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    if looks_like_html(body):
        article = article_from_html(name, url or where, body)
    else:
        article = Article(doc=name, source=url or where, text=body)
    article.warnings[:0] = list(warnings)
    article.url = url or article.url
    for key in ("title", "date", "outlet"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            setattr(article, key, value.strip())
    if not article.text.strip() and not article.error:
        article.error = "empty text"
    return article
