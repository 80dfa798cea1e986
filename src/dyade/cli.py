"""The ``dyade`` command line: each command wraps one library call.

Exit codes: 0 ok, 1 fatal error, 2 usage error, 3 finished with rejected inputs.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from .errors import DyadeError
from .resources import data_path

EXIT_REJECTED = 3


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else
                                         logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dyade")
@click.option("-v", "--verbose", count=True, help="More messages on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def main(verbose: int, quiet: bool) -> None:
    """dyade: French news text to PLOVER political event data."""
    _configure_logging(verbose, quiet)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write records to this file instead of standard output.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Parsing processes.")
@click.option("--keep-modal", is_flag=True,
              help="Keep negated, future, hypothetical and alleged events, marked in aux_modes.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
def extract(paths: tuple[str, ...], output: str | None, workers: int, keep_modal: bool,
            no_progress: bool) -> None:
    """Extract events from articles: one JSON document record per article.

    PATHS are .txt, .html, .jsonl files (gzip too), folders, or - for standard input.

    Example: dyade extract news/ -o events.jsonl
    """
    from .extraction import Summary
    from .extraction import extract as run

    summary = Summary()
    out: TextIO = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        _write(run(paths, workers=workers, keep_modal=keep_modal, summary=summary),
               out, progress=not no_progress and _many(paths))
    except DyadeError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if output:
            out.close()
    click.echo(summary.line(), err=True)
    if summary.failed or summary.skipped:
        sys.exit(EXIT_REJECTED)


def _many(paths: tuple[str, ...]) -> bool:
    return len(paths) > 1 or any(Path(p).is_dir() or p.endswith((".jsonl", ".jsonl.gz"))
                                 for p in paths)


def _write(records: Any, out: TextIO, progress: bool) -> None:
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()


@main.command()
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold annotations (JSON lines, FORMAT.md).")
@click.option("--system", "system_file", type=click.Path(exists=True, dir_okay=False),
              help="Score these records instead of extracting.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.argument("paths", nargs=-1)
def evaluate(gold: str, system_file: str | None, as_json: bool, workers: int,
             paths: tuple[str, ...]) -> None:
    """Score extraction against gold annotations and print the table.

    Example: dyade evaluate --gold gold/seeds.jsonl seeds/
    """
    from .scoring import evaluate as score
    from .scoring import format_table, load_jsonl_file

    try:
        gold_records = load_jsonl_file(gold, "gold")
        if system_file:
            system = load_jsonl_file(system_file, "system")
        elif paths:
            from .extraction import extract as run
            system = list(run(paths, workers=workers))
        else:
            raise click.UsageError("give PATHS to extract, or --system RECORDS.jsonl")
    except DyadeError as exc:
        raise click.ClickException(str(exc)) from exc
    total, scores = score(gold_records, system)
    if as_json:
        click.echo(json.dumps({"total": total.as_dict(),
                               "articles": [s.as_dict() for s in scores]}, ensure_ascii=False))
    else:
        click.echo(format_table(total, scores))


@main.command()
def demo() -> None:
    """Run extract on the bundled sample corpus and print a readable table of events.

    Example: dyade demo
    """
    from .extraction import extract as run

    folder = data_path("demo")
    for record in run([str(folder)]):
        click.echo(_demo_block(record))


@main.group()
def kb() -> None:
    """Query and extend the knowledge base of actors."""


@kb.command("resolve")
@click.argument("text", required=False)
@click.option("--date", help="The day the phrase is read at: YYYY-MM-DD (or YYYY-MM, YYYY).")
@click.option("--batch", type=click.File("r", encoding="utf-8"),
              help='JSON lines {"text": ..., "date": ...}; one JSON line out per line in.')
def kb_resolve(text: str | None, date: str | None, batch: TextIO | None) -> None:
    """Print the actor a French phrase designates at a date, as one JSON object.

    Example: dyade kb resolve "le chef de la diplomatie iranienne" --date 2019-05-01
    """
    from .kb.phrase import resolve_many

    if (text is None) == (batch is None):
        raise click.UsageError("give either TEXT or --batch FILE")
    if batch is None:
        if not (text or "").strip():
            raise click.UsageError("nothing to resolve: TEXT is empty")
        items = [(text or "", date)]
    else:
        items = []
        for number, line in enumerate(batch, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                items.append((str(obj["text"]), obj.get("date") or date))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise click.UsageError(f"--batch line {number}: expected a JSON object with "
                                       f"a \"text\" field ({exc})") from exc
    try:
        for result in resolve_many(items):
            click.echo(json.dumps(result, ensure_ascii=False))
    except DyadeError as exc:
        raise click.ClickException(str(exc)) from exc


@kb.command("show")
@click.argument("name")
@click.option("--date", help="Show the office held at this date (YYYY-MM-DD).")
def kb_show(name: str, date: str | None) -> None:
    """Print every knowledge-base entry a name, alias, capital or id may mean, as JSON lines.

    Example: dyade kb show Lavrov
    """
    from .kb.store import describe, knowledge_base

    kb_ = knowledge_base()
    found = describe(kb_, name, date)
    if not found:
        raise click.ClickException(f"no entry for {name!r} in the knowledge base")
    for entry in found:
        click.echo(json.dumps(entry, ensure_ascii=False))


@kb.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def kb_stats(as_json: bool) -> None:
    """Print what the knowledge base holds and how well it covers offices since 2010.

    Example: dyade kb stats
    """
    from .kb.stats import format_stats, kb_statistics
    from .kb.store import knowledge_base

    stats = kb_statistics(knowledge_base())
    click.echo(json.dumps(stats, ensure_ascii=False, indent=1) if as_json
               else format_stats(stats))


@kb.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--positions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A Wikidata extract of the position items that FILE's people held.")
@click.option("--into", "folder", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write to (default: $DYADE_KB_PATH's first folder, else "
                   "~/.local/share/dyade/kb).")
def kb_import(file: Path, positions: Path | None, folder: Path | None) -> None:
    """Import a Wikidata JSON-lines extract or a PETRARCH/CAMEO actor dictionary.

    The entries are written beside dyade's own knowledge base and used by every later
    command.

    Example: dyade kb import wikidata_politicians.jsonl.gz
    """
    from .kb.importer import import_file, write_report
    from .kb.store import knowledge_base, user_dirs

    try:
        report = import_file(file, knowledge_base(), positions)
    except DyadeError as exc:
        raise click.ClickException(str(exc)) from exc
    target = folder or user_dirs()[0]
    for path in write_report(report, target):
        click.echo(f"wrote {path}", err=True)
    click.echo(report.summary())


def _demo_block(record: dict[str, Any]) -> str:
    pub = record["published"] or {}
    lines = [f"== {record['doc']}  ({pub.get('date') or 'undated'})  {record.get('title') or ''}"]
    for event in record["events"]:
        actor = ", ".join(_who(e) for e in event["actor"])
        recipient = ", ".join(_who(e) for e in event["recipient"]) or "-"
        flags = " ".join(event["aux_modes"])
        place = (event.get("event_loc") or {}).get("name") or ""
        lines.append(f"  {event['event']:<10} {actor:<32} -> {recipient:<32} "
                     f"{event['date'] or '':<10} {place:<12} {flags}")
    for count in record["counts"]:
        lines.append(f"  count: {count['kind']} {count['qualifier']} {count['number']}")
    for quote in record["quotes"]:
        who = (quote["speaker"] or {}).get("name") or "?"
        text = quote["text"] if len(quote["text"]) <= 70 else quote["text"][:70] + "…"
        lines.append(f"  quote: {who}: « {text} »")
    return "\n".join(lines)


def _who(entity: dict[str, Any]) -> str:
    name = entity.get("label") or entity.get("name") or "?"  # one actor, one name
    tag = "/".join(x for x in (entity.get("country"), entity.get("sector")) if x)
    return f"{name} [{tag}]" if tag else name


if __name__ == "__main__":
    main()
