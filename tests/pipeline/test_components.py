"""dyade's components in a user's own spaCy pipeline."""

import spacy

import dyade.pipeline.factories  # noqa: F401


def test_components_work_in_a_users_pipeline():
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("dyade_actors")
    nlp.add_pipe("dyade_claims")
    nlp.add_pipe("dyade_events")
    doc = nlp("Le Hamas a tiré des roquettes sur Israël.")
    kinds = {m["text"]: m["kind"] for m in doc._.dyade_mentions}
    assert kinds["Hamas"] == "name" and kinds["Israël"] == "name"
    [frame] = doc._.dyade_events
    assert frame["event"] == "ASSAULT"


def test_multiprocess_parsing_gives_the_same_records(tmp_path):
    from dyade.extraction import extract

    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(
            f"Publié le 0{n + 1}/03/2023\n\nLe président kényan William Ruto a reçu mardi à "
            "Nairobi son homologue tanzanien.\n", encoding="utf-8")
    one = list(extract([str(tmp_path)], workers=1))
    two = list(extract([str(tmp_path)], workers=2))
    assert [r["events"] for r in one] == [r["events"] for r in two]
    assert all(r["events"] for r in one)
