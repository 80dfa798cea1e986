"""The package data is valid and as large as promised."""

from collections import Counter

from dyade.pipeline.lexicon import PLOVER, triggers
from dyade.resources import data_path


def test_trigger_lexicon_covers_all_types():
    entries = [t for group in triggers().values() for t in group]
    assert len(entries) >= 300
    by_type = Counter(t.event for t in entries)
    assert set(by_type) == set(PLOVER)
    assert any(" " in t.head or t.words for t in entries)


def test_data_readme_documents_every_file():
    readme = data_path("README.md").read_text(encoding="utf-8")
    for folder in ("lexicon", "kb", "cleaning"):
        for path in data_path(folder).glob("*.json*"):
            stem = path.name.split("_")[0] if path.name.startswith("persons_") else path.name
            assert stem.split(".")[0] in readme, path.name
