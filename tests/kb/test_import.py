"""`dyade kb import`: Wikidata extracts and PETRARCH/CAMEO dictionaries become usable actors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

from dyade.cli import main
from dyade.kb.store import KB_PATH_ENV, knowledge_base

KB = FIXTURES / "kb"


@pytest.fixture()
def user_kb(tmp_path, monkeypatch):
    """An empty user knowledge folder; the knowledge base is reloaded around the test."""
    monkeypatch.setenv(KB_PATH_ENV, str(tmp_path))
    knowledge_base.cache_clear()
    yield tmp_path
    knowledge_base.cache_clear()


def _resolve(text: str, date: str) -> dict:
    from dyade.kb.phrase import resolve_text
    from dyade.pipeline.nlp import load_pipeline

    load_pipeline.cache_clear()
    try:
        return resolve_text(text, date)
    finally:
        load_pipeline.cache_clear()


def test_wikidata_people_get_their_positions_with_dates(user_kb):
    result = CliRunner().invoke(main, ["kb", "import", str(KB / "wikidata_extract.jsonl")])
    assert result.exit_code == 0, result.output
    assert "1 people (1 dated offices), 1 organisations" in result.output
    assert "1 positions held that the extract does not describe" in result.output
    people = [json.loads(x) for x in (user_kb / "persons_import_wikidata_extract.jsonl")
              .read_text(encoding="utf-8").splitlines() if x.startswith("{")]
    assert people[0]["roles"] == [{"role": "foreign_minister", "of": "LUX",
                                   "start": "2040-01-15", "end": "2044-03-01"}]
    knowledge_base.cache_clear()
    got = _resolve("la cheffe de la diplomatie luxembourgeoise", "2041-06-01")
    assert (got["name"], got["kb_id"]) == ("Jeanne Testelin", "person:Q990000001")
    assert _resolve("Parti des Testeurs", "2041-06-01")["sector"] == "PTY"


def test_cameo_affiliations_are_dated(user_kb):
    result = CliRunner().invoke(main, ["kb", "import", str(KB / "cameo_actors.txt")])
    assert result.exit_code == 0, result.output
    assert "1 codes with an unreadable date" in result.output
    knowledge_base.cache_clear()
    kb = knowledge_base()
    person = kb.entity(kb.lookup("Jean Testelin")[0], "2041-01-01")
    assert (person.country, person.sector) == ("LUX", "GOV")
    assert kb.entity(kb.lookup("Jean Testelin")[0], "2047-01-01").sector == "ELI"
    assert kb.lookup("J Testelin") == kb.lookup("Jean Testelin")
    group = kb.entity(kb.lookup("Front des Testeurs")[0])
    assert (group.country, group.sector, group.kind) == ("LUX", "REB", "org")


def test_import_of_a_missing_or_broken_file_says_why(user_kb, tmp_path):
    result = CliRunner().invoke(main, ["kb", "import", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "no such file" in result.output
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "Q1", "labels": \n', encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "import", str(broken)])
    assert result.exit_code == 1 and "broken.jsonl:1" in result.output


def test_kb_show_and_stats(nlp):
    result = CliRunner().invoke(main, ["kb", "show", "Lavrov"])
    assert result.exit_code == 0
    entry = json.loads(result.output.splitlines()[0])
    assert entry["kind"] == "person" and entry["country"] == "RUS"
    result = CliRunner().invoke(main, ["kb", "show", "le Kremlin", "--date", "2019-01-01"])
    assert json.loads(result.output)["offices"]["president"] == "Vladimir Poutine"
    assert CliRunner().invoke(main, ["kb", "show", "Nullepart-sur-Mer"]).exit_code == 1
    result = CliRunner().invoke(main, ["kb", "stats", "--json"])
    stats = json.loads(result.output)
    assert stats["states"] >= 200
    assert stats["coverage"]["head_of_state"]["states"] >= 190
