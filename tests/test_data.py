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


def test_known_events_name_parties_the_knowledge_base_has():
    from dyade.kb.history import known_events
    from dyade.kb.store import SECTORS, knowledge_base

    kb = knowledge_base()
    coded = [e for e in known_events() if e.plover]
    assert len(coded) >= 300
    for event in coded:
        assert event.actor, event.id
        sides = []
        for ref in event.actor + event.recipient:
            kind, _, key = ref.partition(":")
            if kind == "org":
                assert key in kb.orgs, (event.id, ref)
            elif kind == "person":
                assert key in kb.persons, (event.id, ref)
            else:
                iso3, _, sector = ref.partition("/")
                assert iso3 in kb.states and (not sector or sector in SECTORS), (event.id, ref)
                sides.append((iso3, sector))
        # Two sides of one country are told apart by their sectors (a coup: MIL on GOV).
        countries = [c for c, _ in sides]
        assert all(s for c, s in sides if countries.count(c) > 1), event.id
