import gzip
import io
import json

from dyade.reading import read_inputs


def test_text_file_is_read_unchanged(tmp_path):
    raw = "Titre\n\nLe président a parlé.\u00a0Fin.\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    [article] = read_inputs([str(tmp_path / "a.txt")])
    assert article.text == raw
    assert article.doc == "a"
    assert len(article.id) == 16


def test_same_text_same_id(tmp_path):
    (tmp_path / "a.txt").write_text("Un texte.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Un texte.", encoding="utf-8")
    a, b = read_inputs([str(tmp_path)])
    assert a.id == b.id and a.doc != b.doc


def test_jsonl_lines_become_articles_and_bad_lines_are_reported(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "Bonjour.", "url": "https://ex.fr/2024/11/29/a",
                                "title": "T", "date": "2024-11-29"}) + "\n{oops\n"
                    + json.dumps({"title": "no text"}) + "\n", encoding="utf-8")
    first, second, third = read_inputs([str(path)])
    assert (first.doc, first.url, first.date, first.title) == ("x1", "https://ex.fr/2024/11/29/a",
                                                               "2024-11-29", "T")
    assert second.error and "not valid JSON" in second.error
    assert third.error and "no text field" in third.error


def test_gzip_and_folders_are_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt.gz").write_bytes(gzip.compress("Texte compressé.".encode()))
    (tmp_path / "a.txt").write_text("Texte simple.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("caché", encoding="utf-8")
    articles = list(read_inputs([str(tmp_path)]))
    assert [a.text for a in articles] == ["Texte simple.", "Texte compressé."]


def test_bad_inputs_give_records_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Élysée à Paris".encode("cp1252"))
    by_doc = {a.doc: a for a in read_inputs([str(tmp_path), str(tmp_path / "missing.txt")])}
    assert by_doc["empty"].error == "empty input"
    assert "binary" in by_doc["bin"].error
    assert by_doc["latin"].text == "Élysée à Paris"
    assert any("cp1252" in w for w in by_doc["latin"].warnings)
    assert by_doc["missing.txt"].error == "no such file or folder"


def test_stdin_is_read():
    [article] = read_inputs(["-"], stdin=io.BytesIO("Depuis l'entrée standard.".encode()))
    assert article.source == "stdin" and article.text == "Depuis l'entrée standard."


def test_html_goes_through_trafilatura(tmp_path):
    body = " ".join(["Le ministre a rencontré son homologue à Paris pour discuter."] * 5)
    html = (f"<html><head><title>Une visite</title></head><body><nav>Accueil</nav>"
            f"<article><h1>Une visite</h1><p>{body}</p></article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article] = read_inputs([str(tmp_path / "page.html")])
    assert "rencontré son homologue" in article.text
    assert "<p>" not in article.text
