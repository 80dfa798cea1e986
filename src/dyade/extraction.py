"""Run the whole path from inputs to document records: read, clean, parse, resolve."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .cleaning import Cleaned, clean
from .kb.store import knowledge_base
from .pipeline.nlp import load_pipeline
from .reading import read_inputs
from .record import Options, build_record, empty_record

log = logging.getLogger(__name__)

SEGMENT_CHARS = 200_000
BATCH_SIZE = 16


@dataclass
class Summary:
    """What a run did with its inputs."""

    read: int = 0
    coded: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    failed: int = 0

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def line(self) -> str:
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
        text = f"{self.read} articles read, {self.coded} coded, {skipped} skipped"
        text += f" ({reasons})" if reasons else ""
        return text + (f", {self.failed} failed (see their records' error)" if self.failed
                       else "")


@dataclass
class _Job:
    article: Article
    cleaned: Cleaned
    segments: list[tuple[int, str]]


def extract(paths: Iterable[str], *, workers: int = 1, keep_modal: bool = False,
            summary: Summary | None = None, stdin: Any = None,
            progress: Callable[[int], None] | None = None) -> Iterator[dict[str, Any]]:
    """Yield one document record per input article, in input order.

    Args:
        paths: files, folders or ``-`` (standard input).
        workers: processes for parsing (spaCy ``n_process``).
        keep_modal: keep negated, future and hypothetical events (with their aux modes).
        summary: filled with counts of articles read, coded and skipped.
        stdin: binary stream for ``-`` (default: the process's standard input).
        progress: called with 1 after each article.
    """
    return extract_articles(read_inputs(paths, stdin=stdin), workers=workers,
                            keep_modal=keep_modal, summary=summary, progress=progress)


def extract_articles(articles: Iterable[Article], *, workers: int = 1, keep_modal: bool = False,
                     summary: Summary | None = None,
                     progress: Callable[[int], None] | None = None) -> Iterator[dict[str, Any]]:
    """Like :func:`extract`, from Articles already read."""
    summary = summary if summary is not None else Summary()
    options = Options(keep_modal=keep_modal)
    nlp = load_pipeline()
    kb = knowledge_base()
    jobs: list[_Job | dict[str, Any]] = []

    def texts() -> Iterator[tuple[str, int]]:
        for article in articles:
            summary.read += 1
            job = _prepare(article, summary)
            jobs.append(job)
            if isinstance(job, _Job):
                for n, (_, text) in enumerate(job.segments):
                    yield text, n

    docs = nlp.pipe(texts(), as_tuples=True, batch_size=BATCH_SIZE, n_process=workers)
    pending: list = []
    for doc, _ in docs:
        pending.append(doc)
        yield from _flush_ready(jobs, pending, kb, options, summary, progress)
    yield from _flush_ready(jobs, pending, kb, options, summary, progress)


def _flush_ready(jobs: list, pending: list, kb: Any, options: Options, summary: Summary,
                 progress: Callable[[int], None] | None) -> Iterator[dict[str, Any]]:
    while jobs:
        job = jobs[0]
        if isinstance(job, dict):
            jobs.pop(0)
            _tick(progress)
            yield job
            continue
        need = len(job.segments)
        if len(pending) < need:
            return
        docs = pending[:need]
        del pending[:need]
        jobs.pop(0)
        for n, ((base, _), doc) in enumerate(zip(job.segments, docs, strict=True)):
            doc._.dyade_base = base
            doc._.dyade_segment = n
        # (a component that failed on the article wrote why on its Doc)
        failed = next((d.user_data["dyade_error"] for d in docs
                       if "dyade_error" in d.user_data), None)
        if failed is None:
            try:
                record = build_record(job.article, job.cleaned, docs, kb, options)
                summary.coded += 1
            except Exception as exc:  # one article's failure must not stop the run
                log.exception("%s: extraction failed", job.article.source)
                failed = f"{type(exc).__name__}: {exc}"
        if failed is not None:
            record = empty_record(job.article, job.cleaned)
            record["error"] = f"extraction failed: {failed}"
            summary.failed += 1
        _tick(progress)
        yield record


def _tick(progress: Callable[[int], None] | None) -> None:
    if progress is not None:
        progress(1)


def _prepare(article: Article, summary: Summary) -> _Job | dict[str, Any]:
    if article.error:
        summary.skip(article.error.split(":")[0])
        return empty_record(article)
    cleaned = clean(article)
    if not cleaned.text.strip() and cleaned.kind_lines("foreign"):
        summary.skip("not French")
        record = empty_record(article, cleaned)
        record["warnings"].append("not French: every paragraph is in another language; "
                                  "not coded")
        return record
    if not cleaned.text.strip():
        summary.skip("no body text")
        record = empty_record(article, cleaned)
        record["warnings"].append("no body text after removing page furniture")
        return record
    if cleaned.language not in ("fr", None):
        summary.skip("not French")
        record = empty_record(article, cleaned)
        record["warnings"].append(f"not French (detected language: {cleaned.language}): "
                                  "not coded")
        return record
    return _Job(article, cleaned, _segments(cleaned.text))


def _segments(text: str) -> list[tuple[int, str]]:
    """Split a long text at line breaks into pieces small enough to parse."""
    if len(text) <= SEGMENT_CHARS:
        return [(0, text)]
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + SEGMENT_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        piece = text[start:end]
        if piece.strip():
            out.append((start, piece))
        start = end
    return out or [(0, text[:SEGMENT_CHARS])]
