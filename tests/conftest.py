"""Shared fixtures: the parsed pipeline (loaded once), paths to fixtures and shared gold."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Knowledge imported by the user (dyade kb import) must not change what the tests see.
os.environ["DYADE_KB_PATH"] = str(Path(__file__).parent / "fixtures" / "no-user-kb")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from dyade.pipeline.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Extract one article given as a string; returns its document record."""
    from dyade.article import Article
    from dyade.extraction import extract_articles

    def run(text: str, doc: str = "t", keep_modal: bool = False) -> dict:
        return next(extract_articles([Article(doc=doc, source=doc, text=text)],
                                     keep_modal=keep_modal))

    return run


def pairs(record: dict) -> set[tuple]:
    """(event, actor, recipient) of a record's events, each by its knowledge-base name, its
    name in the article, or its country."""
    def who(entity: dict) -> str:
        return entity.get("label") or entity["name"] or entity["country"]

    out = set()
    for e in record["events"]:
        a = who(e["actor"][0])
        r = who(e["recipient"][0]) if e["recipient"] else None
        out.add((e["event"], a, r))
    return out
