"""Scoring as FORMAT.md defines it, on hand-made gold and system records."""

from dyade.scoring import evaluate, name_match


def _gold(**extra):
    event = {"event": "CONSULT", "alt": [], "actor": {"country": "IRN", "names": ["Ali Larijani"]},
             "recipient": {"country": "SYR", "names": ["Bachar al-Assad", "Assad"]},
             "symmetric": True, "date": "2024-11-14", "location": None, "historical": False,
             "optional": False}
    event.update(extra)
    return event


def _sys(actor, recipient, event="CONSULT", aux=(), date="2024-11-14"):
    return {"event": event, "actor": [actor], "recipient": [recipient], "aux_modes": list(aux),
            "date": date, "event_text": "x"}


LAR = {"name": "Ali Larijani", "country": "IRN"}
ASSAD = {"name": "Bachar Assad", "country": "SYR"}
SYR = {"name": "Syrie", "country": "SYR"}


def test_name_rule():
    assert name_match("Bachar al-Assad", "Bashar al Assad") is False
    assert name_match("Bachar al-Assad", "Bachar Assad") is True
    assert name_match("Assad", "Bachar al-Assad") is True
    assert name_match("al-Nosra", "al") is False


def test_entity_and_country_levels_and_symmetry():
    gold = [{"doc": "d", "events": [_gold()], "counts": [], "quotes": [], "negatives": []}]
    total, _ = evaluate(gold, [{"doc": "d", "events": [_sys(ASSAD, LAR)]}])
    assert total.events["entity"].tp == 1 and total.dates.value == 1.0
    total, _ = evaluate(gold, [{"doc": "d", "events": [_sys(LAR, SYR)]}])
    assert total.events["entity"].tp == 0 and total.events["country"].tp == 1


def test_historical_leak_is_a_false_positive_and_flagged_ones_are_not_scored():
    gold = [{"doc": "d", "events": [_gold(historical=True)], "counts": [], "quotes": [],
             "negatives": []}]
    total, _ = evaluate(gold, [{"doc": "d", "events": [_sys(LAR, ASSAD)]}])
    assert total.events["entity"].fp == 1
    total, _ = evaluate(gold, [{"doc": "d", "events": [_sys(LAR, ASSAD, aux=["historical"])]}])
    assert total.events["entity"].fp == 0 and total.historical.value == 1.0


def test_background_flagged_among_the_background_events_found_at_all():
    gold = [{"doc": "d", "events": [_gold(historical=True),
                                    _gold(historical=True, event="ASSAULT", symmetric=False),
                                    _gold(historical=True, event="AID", symmetric=False)],
             "counts": [], "quotes": [], "negatives": []}]
    system = [{"doc": "d", "events": [_sys(LAR, ASSAD, aux=["historical"]),
                                      _sys(LAR, ASSAD, event="ASSAULT")]}]
    total, _ = evaluate(gold, system)
    assert (total.historical.hit, total.historical.total) == (1, 3)
    assert (total.historical_matched.hit, total.historical_matched.total) == (1, 2)


def test_duplicates_are_collapsed_and_optional_gold_is_neutral():
    gold = [{"doc": "d", "events": [_gold(optional=True)], "counts": [], "quotes": [],
             "negatives": ["Pelosi"]}]
    system = [{"doc": "d", "events": [_sys(LAR, ASSAD), _sys(LAR, ASSAD)],
               "counts": [{"kind": "killed", "number": 5}], "quotes": []}]
    total, _ = evaluate(gold, system)
    assert total.duplicates == 1
    e = total.events["entity"]
    assert (e.tp, e.fp, e.fn) == (0, 0, 0)
    assert total.counts.fp == 1


def test_events_between_the_same_sides_pair_with_their_own_days():
    days = ["2024-11-27", "2024-11-28", "2024-11-29"]
    gold = [{"doc": "d", "events": [_gold(date=d) for d in days], "counts": [], "quotes": [],
             "negatives": []}]
    system = [_sys(LAR, ASSAD, date=d) for d in days]
    total, _ = evaluate(gold, [{"doc": "d", "events": system}])
    assert total.events["entity"].tp == 3
    assert total.dates.value == 1.0


def test_an_event_pairs_with_the_gold_event_its_text_states():
    # two required gold events between the same sides, one system event: it is credited to
    # the one it states, whose date and place are then the ones scored
    fight = _gold(date="2020-11-09", evidence="de violents combats autour de Humera",
                  location={"country": "ETH", "names": ["Humera"]})
    strike = _gold(date="2020-11-06", evidence="l'aviation a bombardé des dépôts autour de Mekele",
                   location={"country": "ETH", "names": ["Mekele"]})
    gold = [{"doc": "d", "events": [fight, strike], "counts": [], "quotes": [], "negatives": []}]
    said = {**_sys(LAR, ASSAD, date="2020-11-06"),
            "event_text": "Vendredi, l'aviation a bombardé des dépôts d'armes autour de Mekele.",
            "event_loc": {"name": "Mekele"}}
    total, _ = evaluate(gold, [{"doc": "d", "events": [said]}])
    assert (total.events["entity"].tp, total.events["entity"].fn) == (1, 1)
    assert total.dates.value == 1.0 and total.places.value == 1.0


def test_two_crossed_pairs_are_uncrossed():
    coup = _gold(date="2023-08-30", evidence="Les militaires ont renversé le président")
    arrest = _gold(date="2023-08-30", evidence="placé en résidence surveillée à Libreville",
                   location={"country": "GAB", "names": ["Libreville"]})
    gold = [{"doc": "d", "events": [arrest, coup], "counts": [], "quotes": [], "negatives": []}]
    overthrow = {**_sys(LAR, ASSAD), "event_loc": None,
                 "event_text": "Les militaires ont renversé mercredi le président."}
    house = {**_sys({"name": "Larijani", "country": "IRN"}, ASSAD),
             "event_loc": {"name": "Libreville"},
             "event_text": "Il a été placé en résidence surveillée à Libreville."}
    total, _ = evaluate(gold, [{"doc": "d", "events": [house, overthrow]}])
    assert total.events["entity"].tp == 2
    assert (total.places.hit, total.places.total) == (1, 1)
