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


def test_a_window_anchor_gives_the_value_most_of_its_days_agree_on():
    import datetime as dt

    # Published between Sunday 1 and Sunday 8 December 2024: "lundi" is the 2nd on seven
    # of the eight days, so the 2nd; "mercredi" is 27 November on three days and 4 December
    # on five, which is not two thirds: only the year is sure.
    window = Anchor(start=dt.date(2024, 12, 1), end=dt.date(2024, 12, 8))
    assert _values("lundi", window)[0][1] == "2024-12-02"
    assert _values("mercredi", window)[0][1] == "2024"
    assert _values("le 27 novembre", window)[0][1] == "2024-11-27"


def test_weekday_modifiers_and_nights():
    pub = Anchor("2024-12-02")  # a Monday
    assert _values("lundi", pub)[0][1] == "2024-12-02"
    assert _values("lundi dernier", pub)[0][1] == "2024-11-25"
    assert _values("lundi prochain", pub)[0][1] == "2024-12-09"
    assert _values("dans la nuit de samedi à dimanche", pub)[0][1] == "2024-12-01"
    assert _values("ce dimanche", pub)[0][1] == "2024-12-01"


def test_weeks_months_and_seasons_of_the_news():
    pub = Anchor("2024-12-02")
    # Last week is 25 November to 1 December: a week is given the month of its Thursday.
    assert _values("la semaine dernière", pub)[0][1] == "2024-11"
    assert _values("avant-hier", pub)[0][1] == "2024-11-30"
    assert _values("aujourd'hui", pub)[0][1] == "2024-12-02"
    assert _values("mi-octobre", pub)[0][1] == "2024-10"
    assert _values("début décembre", pub)[0][1] == "2024-12"
    assert _values("à la mi-mars 2020", pub)[0][1] == "2020-03"
    assert _values("le 12/03/2023", pub)[0][1] == "2023-03-12"


def test_starting_points_are_marked():
    pub = Anchor("2023-10-28")
    found = find_timexes("des frappes depuis 21 jours, depuis le 8 octobre 2023 et depuis 2011",
                         pub, {})
    assert [(t.value, t.since) for t in found] == [
        ("2023-10-07", True), ("2023-10-08", True), ("2011", True)]
    assert not find_timexes("il est arrivé le 3 mars", pub, {})[0].since


def test_relative_expressions_resolve_again_at_another_anchor():
    t = find_timexes("lundi", None, {})[0]
    assert t.value is None and t.relative()
    assert t.at(Anchor("2015-11-25")) == "2015-11-23"
    assert not find_timexes("le 7 octobre 2023", None, {})[0].relative()


def test_anaphoric_dates_count_from_the_date_named_before():
    from dyade.timex.expressions import follow
    found = find_timexes("Ce jour-là, X. Le lendemain, Y. L'année suivante, Z. Ce mois-là, W.",
                         None, {})
    same, after, year, month = found
    assert all(t.kind == "anaphor" and t.value is None for t in found)
    assert follow(same, "2023-10-07") == "2023-10-07"
    assert follow(after, "2023-12-31") == "2024-01-01"
    assert follow(year, "2015-07") == "2016"
    assert follow(month, "2022-09-30") == "2022-09"
    assert follow(after, "2023-10") is None  # a day after a month is not a day
    assert follow(same, None) is None


def test_the_day_before_an_event_is_not_an_anaphoric_date():
    assert find_timexes("La veille de l'élection, le parti a manifesté.", None, {}) == []


def test_seasons_take_the_year_they_start_in():
    pub = Anchor("2024-12-04")
    assert _values("la guerre de l'automne 2020", pub) == [("automne 2020", "2020")]
    assert _values("l'été dernier", pub)[0][1] == "2024"
    assert _values("l'hiver dernier", pub)[0][1] == "2023"  # December 2023 to February 2024
    assert _values("cet hiver", pub)[0][1] == "2024"
    assert _values("l'été prochain", pub)[0][1] == "2025"
    # "été" is more often the participle: "il a été tué", "au printemps" says no year
    assert _values("il a été tué", pub) == [] and _values("au printemps", pub) == []


def test_one_unit_ago():
    pub = Anchor("2024-12-04")
    assert _values("il y a une semaine", pub)[0][1] == "2024-11-27"
    assert _values("il y a un mois", pub)[0][1] == "2024-11"


def test_a_year_after_de_dates_the_noun_before_it_but_a_number_does_not():
    anchor = Anchor("2014-06-12")
    def years(text):
        return [value for _, value in _values(text, anchor)]
    assert years("huit ans après l'invasion de 2003 qui avait renversé Saddam Hussein") == ["2003"]
    assert years("un an après l'écrasement du soulèvement étudiant de 1988.") == ["1988"]
    assert years("la guerre de 2006 contre Israël") == ["2006"]
    assert years("plus de 2000 morts, selon l'ONU") == []
    assert years("près de 2000, selon l'ONU") == []
    assert years("la loi de 2015 sur le renseignement") == []
