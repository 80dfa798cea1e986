from dyade.timex.expressions import Anchor, find_timexes, is_historical


def _values(text, anchor):
    return [(t.text, t.value) for t in find_timexes(text, anchor, {"deux": 2})]


def test_weekday_is_the_latest_such_day_up_to_publication():
    pub = Anchor("2024-12-03")  # a Tuesday
    assert _values("lundi", pub) == [("lundi", "2024-12-02")]
    assert _values("mardi soir", pub) == [("mardi soir", "2024-12-03")]
    assert _values("mercredi", pub) == [("mercredi", "2024-11-27")]


def test_weekday_near_an_event_date_from_a_caption():
    event = Anchor("2024-11-14", "event")  # a Thursday
    assert _values("jeudi", event)[0][1] == "2024-11-14"
    assert _values("vendredi matin", event)[0][1] == "2024-11-15"


def test_weekday_under_a_month_anchor_keeps_month_precision():
    assert _values("lundi", Anchor("2024-12"))[0][1] == "2024-12"


def test_explicit_and_partial_dates():
    pub = Anchor("2024-12-03")
    assert _values("le 7 octobre 2023", pub)[0][1] == "2023-10-07"
    assert _values("le 27 novembre", pub)[0][1] == "2024-11-27"
    assert _values("fin septembre", pub)[0][1] == "2024-09"
    assert _values("en 2017", pub)[0][1] == "2017"
    assert _values("mars 2020", pub)[0][1] == "2020-03"
    assert _values("le 27 décembre", Anchor("2025-01-05"))[0][1] == "2024-12-27"


def test_relative_expressions():
    pub = Anchor("2024-12-03")
    assert _values("hier", pub)[0][1] == "2024-12-02"
    assert _values("il y a deux jours", pub)[0][1] == "2024-12-01"
    assert _values("l'an dernier", pub)[0][1] == "2023"
    assert _values("le mois dernier", pub)[0][1] == "2024-11"


def test_historical_is_well_before_the_anchor():
    pub = Anchor("2024-11-15")
    assert is_historical("2023-10-07", pub)
    assert is_historical("2017", pub)
    assert not is_historical("2024-11-14", pub)
    assert not is_historical("2024-11", pub)
