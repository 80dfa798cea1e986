def test_casualty_counts_in_french_number_formats(extract_text):
    rec = extract_text("Publié le 02/12/2024\n\nLe bilan s'élève à plus de 43\u00a0700 morts et "
                       "environ 1 000 blessés. Au moins neuf personnes ont été tuées jeudi, "
                       "et des milliers d'autres ont été déplacées. 3 287 morts.\n")
    got = {(c["kind"], c["number"], c["qualifier"]) for c in rec["counts"]}
    assert ("killed", 43700, "more_than") in got
    assert ("wounded", 1000, "about") in got
    assert ("killed", 9, "at_least") in got
    assert ("killed", 3287, "exact") in got
    assert not any(c["kind"] == "displaced" for c in rec["counts"])


def test_years_and_dates_are_not_counts(extract_text):
    rec = extract_text("Publié le 02/12/2024\n\nLe 7 octobre 2023, 1 200 personnes ont été "
                       "tuées. En 2014, le conflit a fait 3 morts.\n")
    assert {c["number"] for c in rec["counts"]} == {1200, 3}


def test_quotation_with_its_speaker(extract_text):
    rec = extract_text("Publié le 02/12/2024\n\n« Nous soutiendrons nos alliés jusqu'au bout », "
                       "a déclaré le président ukrainien Volodymyr Zelensky.\n\nIl a ajouté : "
                       "« La paix ne se fera pas sans nous. »\n")
    speakers = [(q["speaker"]["name"], q["text"][:10]) for q in rec["quotes"]]
    assert speakers == [("Volodymyr Zelensky", "Nous souti"), ("Volodymyr Zelensky", "La paix ne")]


def test_quoted_phrase_inside_a_sentence_is_not_a_quotation(extract_text):
    rec = extract_text("Publié le 02/12/2024\n\nLes deux dirigeants ont exprimé leur « soutien "
                       "inconditionnel et total » au gouvernement.\n")
    assert rec["quotes"] == []
