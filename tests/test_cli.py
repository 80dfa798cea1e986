import json

from click.testing import CliRunner
from conftest import FIXTURES, ROOT

from dyade.cli import main


def test_extract_writes_records_and_summary(tmp_path):
    out = tmp_path / "out.jsonl"
    path = FIXTURES / "articles" / "f09_france_royaume_uni.txt"
    result = CliRunner().invoke(main, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["doc"] == "f09_france_royaume_uni" and record["events"]
    assert "1 articles read, 1 coded, 0 skipped" in result.stderr


def test_rejected_inputs_exit_3(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", "--no-progress", str(tmp_path)])
    assert result.exit_code == 3
    assert "1 skipped (1 empty input)" in result.stderr


def test_evaluate_scores_a_system_file(tmp_path):
    gold = FIXTURES / "expected.jsonl"
    out = tmp_path / "sys.jsonl"
    CliRunner().invoke(main, ["extract", "--no-progress", str(FIXTURES / "articles"),
                              "-o", str(out)])
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--system", str(out)])
    assert result.exit_code == 0
    assert "entity-level F1" in result.output


def test_evaluate_without_inputs_is_a_usage_error():
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(FIXTURES / "expected.jsonl")])
    assert result.exit_code == 2


def test_demo_prints_a_table():
    result = CliRunner().invoke(main, ["demo"])
    assert result.exit_code == 0
    assert "CONSULT" in result.output


def test_every_command_is_documented_in_the_readme():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in main.commands:
        assert f"dyade {command}" in text
