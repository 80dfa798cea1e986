"""`dyade kb resolve`: role phrases, metonymy and group names read at a date."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyade.cli import main
from dyade.kb.phrase import resolve_many, resolve_text

# (phrase, date, expected name or None, expected country, expected sector)
CASES = [
    ("le président syrien", "2015-06-01", "Bachar al-Assad", "SYR", "GOV"),
    ("le président syrien", "2025-06-01", "Ahmed al-Charaa", "SYR", "GOV"),
    ("le chef de la diplomatie iranienne", "2019-05-01", "Mohammad Javad Zarif", "IRN", "GOV"),
    ("la Première ministre britannique", "2022-10-01", "Liz Truss", "GBR", "GOV"),
    ("le Premier ministre britannique", "2023-10-01", "Rishi Sunak", "GBR", "GOV"),
    ("le Premier ministre britannique", "2024-08-01", "Keir Starmer", "GBR", "GOV"),
    ("la chancelière allemande", "2016-01-01", "Angela Merkel", "DEU", "GOV"),
    ("le chancelier allemand", "2023-01-01", "Olaf Scholz", "DEU", "GOV"),
    ("le chef de l'État français", "2016-01-01", "François Hollande", "FRA", "GOV"),
    ("le ministre russe de la Défense", "2020-01-01", "Sergueï Choïgou", "RUS", "GOV"),
    ("le ministre de la Défense russe", "2025-01-01", "Andreï Belooussov", "RUS", "GOV"),
    ("le secrétaire d'État américain", "2014-01-01", "John Kerry", "USA", "GOV"),
    ("le président américain", "2018-01-01", "Donald Trump", "USA", "GOV"),
    ("le président des États-Unis", "2022-01-01", "Joe Biden", "USA", "GOV"),
    ("le dirigeant nord-coréen", "2020-01-01", "Kim Jong-un", "PRK", "GOV"),
    ("le Premier ministre turc", "2012-01-01", "Recep Tayyip Erdogan", "TUR", "GOV"),
    ("le président turc", "2012-01-01", "Abdullah Gül", "TUR", "GOV"),
    ("le secrétaire général de l'ONU", "2012-01-01", "Ban Ki-moon", "UNO", "IGO"),
    ("le secrétaire général de l'Otan", "2016-01-01", "Jens Stoltenberg", "IGO", "IGO"),
    ("le patron de l'Otan", "2016-01-01", "Jens Stoltenberg", "IGO", "IGO"),
    ("le président de la Commission européenne", "2016-01-01", "Jean-Claude Juncker", "EUR",
     None),
    ("le président du Conseil européen", "2016-01-01", "Donald Tusk", "EUR", None),
    ("le chef du Hezbollah", "2012-01-01", "Hassan Nasrallah", "LBN", "REB"),
    ("le chef du Hezbollah", "2025-01-01", "Naïm Qassem", "LBN", "REB"),
    ("le chef de l'État islamique", "2016-01-01", "Abou Bakr al-Baghdadi", "IRQ", "REB"),
    ("le locataire de l'Élysée", "2019-01-01", "Emmanuel Macron", "FRA", "GOV"),
    ("le chef du Pentagone", "2020-01-01", "Mark Esper", "USA", "GOV"),
    ("le porte-parole du Kremlin", "2022-01-01", "Dmitri Peskov", "RUS", "GOV"),
    ("Téhéran", "2020-01-01", "Iran", "IRN", "GOV"),
    ("Tel-Aviv", "2020-01-01", "Israël", "ISR", "GOV"),
    ("le Kremlin", "2020-01-01", "Russie", "RUS", "GOV"),
    ("la Maison-Blanche", "2020-01-01", "États-Unis", "USA", "GOV"),
    ("Pékin", "2020-01-01", "Chine", "CHN", "GOV"),
    ("l'armée syrienne", "2020-01-01", "Syrie", "SYR", "MIL"),
    ("la diplomatie iranienne", "2020-01-01", "Iran", "IRN", "GOV"),
    ("le Hezbollah", "2020-01-01", "Hezbollah", "LBN", "REB"),
    ("les talibans", "2020-01-01", "Talibans", "AFG", "REB"),
]


@pytest.mark.parametrize(("text", "date", "name", "country", "sector"), CASES)
def test_phrase_resolves_to_the_holder_at_the_date(nlp, text, date, name, country, sector):
    got = resolve_text(text, date)
    assert got["name"] == name
    assert got["country"] == country
    if sector is not None:
        assert got["sector"] == sector


def test_unknown_phrases_are_unknown_not_guessed(nlp):
    assert resolve_text("Jean Dupontel", "2018-01-01")["name"] is None
    assert resolve_text("le boulanger du village", "2018-01-01") == {
        "name": None, "country": None, "sector": None, "kb_id": None, "role": None}


def test_an_office_without_a_known_holder_keeps_its_country_and_role(nlp):
    got = resolve_text("le ministre tuvaluan de l'Intérieur", "2018-01-01")
    assert got["name"] is None and got["kb_id"] is None
    assert (got["country"], got["role"]) == ("TUV", "interior_minister")


def test_batch_keeps_input_order(nlp):
    items = [("le président syrien", "2015-06-01"), ("Téhéran", "2020-01-01"),
             ("le président syrien", "2025-06-01")]
    names = [r["name"] for r in resolve_many(items)]
    assert names == ["Bachar al-Assad", "Iran", "Ahmed al-Charaa"]


def test_cli_resolve_prints_one_json_object(nlp):
    result = CliRunner().invoke(main, ["kb", "resolve", "le président syrien", "--date",
                                       "2015-06-01"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["kb_id"].startswith("person:")


def test_cli_batch_reads_and_writes_json_lines(nlp, tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"text": "le Kremlin", "date": "2020-01-01"}\n\n'
                     '{"text": "le président russe", "date": "2010-01-01"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "resolve", "--batch", str(batch)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert [x["name"] for x in lines] == ["Russie", "Dmitri Medvedev"]


def test_cli_rejects_a_bad_batch_line_and_a_bad_date(nlp, tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"date": "2020-01-01"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "resolve", "--batch", str(batch)])
    assert result.exit_code == 2 and "line 1" in result.output
    result = CliRunner().invoke(main, ["kb", "resolve", "Téhéran", "--date", "2020-13-45"])
    assert result.exit_code == 1 and "not a date" in result.output


def test_an_empty_phrase_in_a_batch_is_unknown_and_the_rest_goes_on(nlp, tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"text": "  ", "date": "2020-01-01"}\n'
                     '{"text": "Téhéran", "date": "2020-01-01"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "resolve", "--batch", str(batch)])
    assert result.exit_code == 0, result.output
    names = [json.loads(x)["name"] for x in result.output.splitlines()]
    assert names == [None, "Iran"]
    assert CliRunner().invoke(main, ["kb", "resolve", " "]).exit_code == 2
