"""When and where: every event's date and place come from the article's words, with their
evidence and source, at the precision the text supports."""

from __future__ import annotations

from conftest import FIXTURES

ARTICLES = FIXTURES / "articles_time"


def _read(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def _event(record: dict, kind: str, actor_country: str | None = None) -> dict:
    for e in record["events"]:
        if e["event"] == kind and (actor_country is None or
                                   e["actor"][0]["country"] == actor_country):
            return e
    found = [(e["event"], e["actor"]) for e in record["events"]]
    raise AssertionError(f"no {kind} event in {found}")


def test_a_paragraph_sets_the_date_and_place_of_its_later_sentences(extract_text):
    record = extract_text(_read("goma_paragraphe.txt"))
    attack = next(e for e in record["events"] if e["event"] == "ASSAULT"
                  and "aéroport" in e["event_text"])
    assert attack["date"] == "2024-12-02"  # "Lundi," opens the paragraph; published Monday
    assert attack["date_source"] == "paragraph"
    assert attack["event_loc"]["name"] == "Goma"
    assert attack["event_loc"]["country"] == "COD"
    assert attack["event_loc"]["precision"] == "city"
    assert attack["event_loc"]["lat"] is not None


def test_background_with_a_year_is_historical(extract_text):
    record = extract_text(_read("goma_paragraphe.txt"))
    past = [e for e in record["events"] if "2012" in e["event_text"]]
    assert past and all("historical" in e["aux_modes"] for e in past)
    assert all(e["date"] == "2012" for e in past)
    news = [e for e in record["events"] if "historical" not in e["aux_modes"]]
    assert news and all(e["date"].startswith("2024-12") for e in news)


def test_a_place_name_is_read_among_the_article_countries(extract_text):
    record = extract_text(_read("tripoli_liban.txt"))
    shooting = next(e for e in record["events"] if "Tripoli" in e["event_text"])
    assert shooting["event_loc"]["country"] == "LBN"  # not the Libyan capital
    assert shooting["date"] == "2023-03-14"  # "mardi" in a Tuesday article is that day


def test_a_region_of_a_country_is_a_region_place(extract_text):
    record = extract_text(_read("tripoli_liban.txt"))
    strike = next(e for e in record["events"] if "Hezbollah" in e["event_text"])
    loc = strike["event_loc"]
    assert loc["country"] == "LBN" and loc["precision"] == "region"
    assert "sud" in loc["name"].lower()
    # The night of Sunday to Monday before a Tuesday article, told in the pluperfect.
    assert strike["date"] == "2023-03-13"


def test_an_action_going_on_since_a_date_is_not_background(extract_text):
    record = extract_text(_read("depuis_21_jours.txt"))
    for e in record["events"]:
        assert "historical" not in e["aux_modes"], e["event_text"]
    call = _event(record, "CONSULT")
    assert call["date"] == "2023-10-28"
    assert call["event_loc"] is None  # a phone call has no place, and no capital is guessed


def test_no_place_is_guessed_from_a_country(extract_text):
    record = extract_text("Publié le 3 mai 2024\n\nLa Syrie a accusé mardi Israël de "
                          "violer sa souveraineté.")
    accuse = _event(record, "ACCUSE")
    assert accuse["event_loc"] is None
    assert accuse["date"] == "2024-04-30"
    assert accuse["date_source"] == "clause"
    assert accuse["date_evidence"] == "mardi"


def test_an_undated_article_is_dated_by_a_known_event_it_names(extract_text):
    record = extract_text(_read("sans_date_treve_liban.txt"))
    published = record["published"]
    assert published["source"] == "inferred"
    # The Israel-Hezbollah ceasefire took effect on Wednesday 27 November 2024: "la semaine
    # dernière" puts the article in the week of 2 December; Mikati was prime minister then.
    assert published["window"] == {"start": "2024-12-02", "end": "2024-12-08"}
    assert published["date"] == "2024-12"
    meeting = _event(record, "CONSULT")
    assert meeting["date"] == "2024-12-02"
    assert meeting["event_loc"]["name"] in ("Beyrouth", "Beirut")


def test_an_article_with_nothing_to_date_it_stays_undated(extract_text):
    record = extract_text("Des manifestants ont protesté lundi contre la hausse des prix "
                          "devant le parlement, selon des témoins.")
    assert record["published"]["date"] is None
    for e in record["events"]:
        assert e["date"] is None


def _by_text(record: dict, words: str) -> dict:
    found = [e for e in record["events"] if words in e["event_text"]]
    assert found, f"no event in a sentence with {words!r}: {record['events']}"
    return found[0]


def test_an_anaphoric_date_takes_the_date_named_before_it(extract_text):
    record = extract_text(_read("arriere_plan.txt"))
    recall = _by_text(record, "Ce jour-là")
    assert recall["event"] == "SANCTION"
    assert recall["date"] == "2023-04-20" and recall["date_evidence"] == "Ce jour-là"
    strike = _by_text(record, "Le lendemain")
    assert strike["date"] == "2023-04-21"
    assert "historical" in recall["aux_modes"] and "historical" in strike["aux_modes"]


def test_the_day_before_counts_from_the_news_not_from_a_planned_date(extract_text):
    record = extract_text(
        "Publié le 12/10/2022\n\nLe Parlement kényan a voté mardi le report au 20 décembre "
        "du scrutin local initialement prévu le 30 octobre. La veille, la police avait "
        "dispersé des manifestants à Nairobi.\n")
    assert _by_text(record, "La veille")["date"] == "2022-10-10"


def test_right_after_takes_the_date_named_before_at_its_precision(extract_text):
    record = extract_text(
        "Publié le 06/02/2024\n\nL'opposant Ousmane Sonko est emprisonné depuis fin juillet "
        "2023 et son parti, le Pastef, a été dissous dans la foulée.\n")
    assert _by_text(record, "dissous")["date"] == "2023-07"


def test_the_pluperfect_a_month_back_is_background(extract_text):
    record = extract_text(_read("arriere_plan.txt"))
    visit = _by_text(record, "Le mois dernier")
    assert visit["event"] == "CONSULT" and visit["date"] == "2024-08"
    assert "historical" in visit["aux_modes"]
    news = _by_text(record, "ont attaqué jeudi")
    assert news["date"] == "2024-09-12" and "historical" not in news["aux_modes"]


def test_a_stretch_of_the_past_is_background_without_a_borrowed_date(extract_text):
    record = extract_text(_read("arriere_plan.txt"))
    aid = _by_text(record, "Au cours de l'année écoulée")
    assert aid["event"] == "AID" and "historical" in aid["aux_modes"]
    assert aid["date"] is None and aid["date_source"] == "retrospective"
    assert aid["event_loc"] is None  # not the Cairo of the previous sentence


def test_an_act_named_as_a_topic_is_dated_background(extract_text):
    record = extract_text(_read("arriere_plan.txt"))
    attack = _by_text(record, "depuis l'attaque des FSR")
    assert attack["event"] == "ASSAULT"
    assert attack["actor"][0]["label"] == "Forces de soutien rapide"
    assert attack["recipient"][0]["country"] == "SDN"
    assert attack["date"] == "2023-04" and "historical" in attack["aux_modes"]


def test_an_occupation_is_an_act_and_occupied_land_is_not(extract_text):
    record = extract_text(_read("arriere_plan.txt"))
    seized = _by_text(record, "occupé brièvement Nyala")
    assert seized["event"] == "ASSAULT" and seized["date"] == "2023-06"
    assert seized["event_loc"]["name"] == "Nyala"
    assert not [e for e in record["events"] if "zones contrôlées" in e["event_text"]]


def test_a_past_stretch_in_a_nested_clause_leaves_the_news_alone(extract_text):
    record = extract_text("Publié le 12/05/2023\n\nLe chef de la diplomatie ukrainienne, qui "
                          "était à l'époque ambassadeur, a dénoncé lundi les frappes de "
                          "l'armée russe.\n")
    [event] = record["events"]
    assert event["event"] == "ACCUSE" and event["date"] == "2023-05-08"
    assert "historical" not in event["aux_modes"]


def test_an_action_going_on_since_long_ago_is_background_dated_by_its_start(extract_text):
    record = extract_text(_read("contexte_long.txt"))
    rebellion = next(e for e in record["events"] if "depuis 2016" in e["event_text"])
    assert "historical" in rebellion["aux_modes"]
    assert rebellion["date"] == "2016" and rebellion["date_source"] == "since"
    # Fighters entering a town are the news, dated by their own clause.
    entry = next(e for e in record["events"] if "Faya-Largeau" in e["event_text"])
    assert "historical" not in entry["aux_modes"]
    assert entry["date"] == "2024-06-11" and entry["event_loc"]["name"] == "Faya-Largeau"
    assert entry["recipient"][0]["country"] == "TCD"


def test_a_group_named_again_by_a_common_noun_is_that_group(extract_text):
    record = extract_text(_read("contexte_long.txt"))
    again = next(e for e in record["events"] if "repris les armes" in e["event_text"])
    assert again["actor"][0]["kb_id"] == "org:fact"
    assert again["date"] == "2021-04" and "historical" in again["aux_modes"]


def test_two_background_episodes_between_the_same_enemies_stay_apart(extract_text):
    record = extract_text(_read("contexte_long.txt"))
    parties = {"Hezbollah", "Israël"}
    episodes = sorted(e["date"] for e in record["events"]
                      if {a["name"] for a in e["actor"] + e["recipient"]} == parties)
    assert episodes == ["2006", "2023-10-08"]  # "les deux ennemis" is Israel and Hezbollah


def test_troops_leaving_and_intervening_in_a_country(extract_text):
    record = extract_text(_read("contexte_long.txt"))
    left = _event(record, "RETREAT", "FRA")
    assert left["recipient"][0]["country"] == "MLI" and left["date"] == "2022-08"
    intervened = next(e for e in record["events"] if "intervenue" in e["event_text"])
    assert intervened["event"] == "ASSAULT" and intervened["date"] == "2013-01"
    assert intervened["recipient"][0]["country"] == "MLI"
    assert all("historical" in e["aux_modes"] for e in (left, intervened))


def test_an_act_since_which_things_have_been_so_is_background(extract_text):
    record = extract_text(_read("contexte_long.txt"))
    shelling = next(e for e in record["events"] if "depuis que" in e["event_text"])
    assert "historical" in shelling["aux_modes"]
    assert shelling["date"] is None and shelling["date_source"] == "retrospective"
    assert shelling["event_loc"]["name"] == "Adré"  # its own target, nothing borrowed


def test_a_capital_named_by_its_country_adjective(extract_text):
    record = extract_text(_read("lieux_sommet.txt"))
    talks = next(e for e in record["events"] if "capitale angolaise" in e["event_text"])
    assert talks["event_loc"]["name"] == "Luanda" and talks["event_loc"]["country"] == "AGO"


def test_what_two_leaders_pledge_the_day_they_meet_happens_where_they_meet(extract_text):
    record = extract_text(_read("lieux_sommet.txt"))
    pledge = _event(record, "AGREE")
    assert pledge["event_loc"]["name"] == "Luanda"
    assert pledge["event_loc"]["source"] == "meeting"


def test_asking_a_country_is_not_being_there(extract_text):
    record = extract_text(_read("lieux_sommet.txt"))
    ask = next(e for e in record["events"] if "à la Turquie" in e["event_text"])
    assert ask["event_loc"] is None


def test_a_town_named_as_a_step_is_not_where_the_act_happens(extract_text):
    record = extract_text(_read("lieux_sommet.txt"))
    taken = next(e for e in record["events"] if "Après Goma" in e["event_text"])
    assert taken["event_loc"]["name"] == "Sake"


def test_a_shared_site_name_is_read_among_the_article_countries(extract_text):
    text = ("Mexico, 10 février 2026\n\nLundi, lors de sa conférence de presse au Palais "
            "national, la présidente Claudia Sheinbaum a accusé les États-Unis de mépriser "
            "le Mexique.")
    accuse = _event(extract_text(text), "ACCUSE")
    assert accuse["event_loc"]["country"] == "MEX"  # not the one in Port-au-Prince
    assert accuse["event_loc"]["source"] == "clause"  # the place of the press conference


def test_a_known_event_recalled_with_its_date_is_coded_as_background(extract_text):
    record = extract_text(_read("rappels.txt"))
    known = [e for e in record["events"] if e["date_source"] == "known event"]
    # "depuis le début de l'invasion de l'Ukraine, le 24 février 2022": dated, so recalled;
    # "Depuis l'invasion de l'Ukraine" without a date is not, and the event is counted once.
    [invasion] = known
    assert (invasion["event"], invasion["actor"][0]["country"],
            invasion["recipient"][0]["country"]) == ("ASSAULT", "RUS", "UKR")
    assert invasion["date"] == "2022-02-24" and "historical" in invasion["aux_modes"]
    assert "24 février 2022" in invasion["date_evidence"]
    # The coup the article's own clause reports is not coded a second time.
    coups = [e for e in record["events"] if e["event"] == "COERCE"]
    assert len(coups) == 1 and coups[0]["date_source"] == "clause"


def test_a_known_event_is_not_background_in_its_own_news(extract_text):
    record = extract_text("Publié le 25 février 2022\n\nLa Russie a lancé jeudi 24 février "
                          "2022 l'invasion de l'Ukraine, a annoncé Vladimir Poutine.\n")
    assert not [e for e in record["events"] if e["date_source"] == "known event"]


def test_a_month_takes_the_year_its_sentence_names_first(extract_text):
    record = extract_text("Publié le 3 mars 2024\n\nEn 2019, le Soudan avait connu un coup "
                          "d'État en avril.\n")
    [coup] = [e for e in record["events"] if e["event"] == "COERCE"]
    assert coup["date"] == "2019-04" and "historical" in coup["aux_modes"]


def test_a_dateline_on_its_own_line_dates_the_article(extract_text):
    record = extract_text("Niger : la junte ferme la frontière\n\nNIAMEY, 12 août 2023 (AFP) -\n\n"
                          "Partager\n\nLa junte a fermé mercredi la frontière avec le Bénin.\n")
    assert record["published"]["date"] == "2023-08-12"
    assert record["published"]["source"] == "dateline"


def test_an_office_dated_by_its_sentence_says_nothing_of_the_article_date(extract_text):
    record = extract_text("Mali : nouvelle attaque\n\nBAMAKO, 19 septembre 2024 (AFP) -\n\n"
                          "Des jihadistes ont attaqué mardi un camp de l'armée à Bamako. La junte "
                          "avait écarté en mai 2021 le président de transition Bah N'Daw et son "
                          "Premier ministre Moctar Ouane.\n")
    assert record["published"]["date"] == "2024-09-19"
    assert not any("anachronism" in w for w in record["warnings"])


def test_a_place_the_parser_splits_off_is_still_the_clause_place(extract_text):
    record = extract_text("Publié le 24/06/2019\n\nJeudi dernier, les Gardiens de la révolution "
                          "ont abattu un drone de surveillance américain de type Global Hawk "
                          "au-dessus du détroit d'Ormuz.\n")
    [attack] = [e for e in record["events"] if e["event"] == "ASSAULT"]
    assert attack["event_loc"]["name"] == "détroit d'Ormuz"
    assert attack["date"] == "2019-06-20"


def test_a_known_event_named_by_its_paragraph_is_recalled(extract_text):
    record = extract_text("Publié le 26/11/2023\n\nKiev a subi samedi l'attaque de drones la plus "
                          "massive depuis des mois. Près de deux ans après le début de "
                          "l'invasion à grande échelle, le 24 février 2022, l'Ukraine dépend "
                          "toujours de l'aide occidentale.\n")
    [known] = [e for e in record["events"] if e["date_source"] == "known event"]
    assert (known["actor"][0]["country"], known["recipient"][0]["country"]) == ("RUS", "UKR")


def test_a_month_of_the_same_year_takes_the_year_named_before(extract_text):
    record = extract_text("Publié le 03/11/2022\n\nAbiy Ahmed est arrivé au pouvoir en 2018. En "
                          "juillet de la même année, il avait signé à Asmara avec le président "
                          "érythréen un accord de paix. Le lendemain, la frontière a rouvert.\n")
    [accord] = [e for e in record["events"] if e["event"] == "AGREE"]
    assert accord["date"] == "2018-07" and "historical" in accord["aux_modes"]
    # A sentence naming only one of the cues' words does not recall the known accord.
    assert not [e for e in record["events"] if e["date_source"] == "known event"]


def test_a_paragraph_that_follows_on_takes_the_time_of_the_one_before(extract_text):
    record = extract_text("Publié le lundi 26 août 2024\n\nDimanche à l'aube, l'aviation "
                          "israélienne a bombardé des positions au sud du Litani.\n\n"
                          "Peu après, le Hezbollah a tiré des roquettes sur le nord d'Israël.\n\n"
                          "Le Hezbollah a tiré des drones sur Metula.\n")
    by_text = {e["event_text"][:20]: e for e in record["events"]}
    assert by_text["Peu après, le Hezbol"]["date"] == "2024-08-25"
    assert by_text["Peu après, le Hezbol"]["date_source"] == "paragraph"
    assert by_text["Le Hezbollah a tiré "]["date_source"] != "paragraph"


def test_an_attack_on_people_in_a_capital_happens_there(extract_text):
    record = extract_text("Publié le 30/06/2022\n\nJeudi, les forces de sécurité ont tiré des "
                          "balles réelles sur les cortèges qui tentaient de rejoindre le palais "
                          "présidentiel à Khartoum.\n")
    [attack] = [e for e in record["events"] if e["event"] == "ASSAULT"]
    assert attack["event_loc"]["name"] == "Khartoum"
    assert attack["recipient"][0]["sector"] == "CVL"


def test_a_statement_made_on_a_visit_is_placed_where_it_was_made(extract_text):
    record = extract_text("Publié le 10/03/2023\n\nS'exprimant jeudi à Bruxelles, le ministre "
                          "français des Affaires étrangères a accusé la Russie de crimes de "
                          "guerre.\n\nEn visite à Kiev, le chancelier allemand a promis mardi "
                          "une aide militaire à l'Ukraine.\n")
    places = {e["event"]: e["event_loc"] for e in record["events"]}
    assert places["ACCUSE"]["name"] == "Bruxelles" and places["ACCUSE"]["country"] == "BEL"
    assert places["AGREE"]["name"] == "Kiev" and places["AGREE"]["precision"] == "city"


def test_an_undated_article_takes_the_term_most_known_events_agree_with(extract_text):
    record = extract_text("Grèce : un accord au forceps\n\nLes dirigeants de la zone euro sont "
                          "parvenus lundi matin à un accord avec le Premier ministre grec Alexis "
                          "Tsipras sur un troisième plan d'aide. Le référendum du 5 juillet, où "
                          "61 % des Grecs avaient rejeté les propositions des créanciers, semble "
                          "déjà loin.\n")
    published = record["published"]
    assert published["source"] == "inferred" and published["date"] == "2015-07"
    assert published["window"] == {"start": "2015-07-13", "end": "2015-07-19"}


def test_an_act_restated_in_the_next_sentence_takes_its_place(extract_text):
    record = extract_text(_read("lieux_repris.txt"))
    truce = _event(record, "AGREE")
    assert truce["date"] == "2021-03-13"  # "samedi", in its own clause
    assert truce["event_loc"]["name"] == "Djouba"  # "L'accord a été signé à Djouba"
    assert truce["event_loc"]["source"] == "restated"


def test_a_statement_is_placed_where_its_speaker_says_so_next(extract_text):
    record = extract_text(_read("lieux_repris.txt"))
    refusal = _event(record, "REJECT")
    assert refusal["event_loc"]["name"] == "Khartoum"  # "», a-t-il déclaré ... à Khartoum"
    # "Il accuse Khartoum d'avoir attaqué une caserne à Abéché": said, not said in Abéché
    assert all(e["event_loc"] is None for e in record["events"] if e["event"] == "ACCUSE")


def test_what_someone_is_accused_of_is_not_an_event(extract_text):
    record = extract_text(_read("lieux_repris.txt"))
    assert not [e for e in record["events"] if "Abéché" in e["event_text"] and
                e["event"] == "ASSAULT"]
    kept = extract_text(_read("lieux_repris.txt"), keep_modal=True)
    alleged = [e for e in kept["events"] if "alleged" in e["aux_modes"]]
    assert alleged and all(e["event"] == "ASSAULT" for e in alleged)


def test_a_site_names_the_town_it_is_in(extract_text):
    record = extract_text(_read("lieux_repris.txt"))
    cut = _event(record, "SANCTION")
    assert cut["event_loc"]["country"] == "VEN"  # "Depuis le balcon du palais ... de Miraflores"
    assert "Miraflores" in cut["event_loc"]["name"]


def test_rebels_named_without_a_group_are_the_group_named_and_their_positions_the_target(
        extract_text):
    record = extract_text(_read("lieux_repris.txt"))
    attacks = [e for e in record["events"] if e["event"] == "ASSAULT"]
    by_day = {e["date"]: e for e in attacks}
    assert by_day["2021-03-11"]["actor"][0]["name"] == "SPLM-N"  # "les rebelles ont attaqué"
    strike = by_day["2021-03-12"]  # "des positions des rebelles dans les régions de Kadugli"
    assert strike["actor"][0]["country"] == "SDN"
    assert strike["recipient"][0]["name"] == "SPLM-N"
    assert strike["event_loc"]["name"] == "Kadugli"  # "dans les régions de": plural filler


def test_the_same_sides_on_different_days_are_different_events(extract_text):
    record = extract_text(_read("frappes_jours.txt"))
    russian = [e for e in record["events"] if e["actor"][0]["country"] == "RUS"]
    assert sorted((e["date"], e["event_loc"]["name"]) for e in russian) == [
        ("2024-11-27", "Odessa"), ("2024-11-29", "Kiev")]


def test_a_restatement_places_the_act_more_precisely(extract_text):
    record = extract_text(_read("frappes_jours.txt"))
    strikes = [e for e in record["events"] if e["actor"][0]["country"] == "USA"]
    assert len(strikes) == 1 and strikes[0]["mentions"] == 2
    assert strikes[0]["event_loc"]["label"] == "Hodeïda"  # not just "au Yémen"
    assert strikes[0]["event_loc"]["precision"] == "city"


def test_a_region_of_the_country_is_the_actors_own(extract_text):
    record = extract_text(_read("rebellion_fond.txt"))
    offensive = next(e for e in record["events"] if "offensive" in e["event_text"])
    assert offensive["actor"][0]["name"] == "Séléka"
    # no target named: a rebellion fights its own country's state
    assert offensive["recipient"][0]["country"] == "CAF"
    assert offensive["date"] == "2012-12-10" and "historical" in offensive["aux_modes"]
    loc = offensive["event_loc"]  # "dans le nord du pays": the Séléka's country, not Chad's
    assert loc["name"] == "nord de la Centrafrique" and loc["country"] == "CAF"
    assert loc["evidence"].endswith("nord du pays")  # as written
    assert loc["precision"] == "region"


def test_a_condemnation_of_strikes_told_before_targets_who_struck(extract_text):
    record = extract_text(_read("rebellion_fond.txt"))
    condemnation = _event(record, "ACCUSE")
    assert condemnation["actor"][0]["country"] == "SDN"
    assert condemnation["recipient"][0]["country"] == "TCD"  # "ces frappes" were Chad's


def test_a_source_named_by_selon_is_never_the_actor(extract_text):
    record = extract_text(_read("rebellion_fond.txt"))
    assert not [e for e in record["events"] for a in e["actor"]
                if "Massi" in (a["name"] or "")]


def test_an_act_told_in_the_pluperfect_carries_its_participle_into_the_past(extract_text):
    record = extract_text(_read("rebellion_fond.txt"))
    raid = next(e for e in record["events"] if "camp des rebelles" in e["event_text"])
    assert raid["recipient"][0]["name"] == "Séléka"  # "un camp des rebelles"
    assert raid["date"] == "2013-03-15" and "historical" in raid["aux_modes"]
    assert raid["event_loc"] is None  # the paragraph's "nord du pays" was the Séléka's


def test_a_participle_in_the_pluperfect_is_background(nlp):
    doc = nlp("Le 15 mars, des soldats tchadiens avaient attaqué un camp, tuant six rebelles.")
    killing = next(f for f in doc._.dyade_events if doc[f["trigger"]].lemma_ == "tuer")
    assert "pluperfect" in killing["aux"]


def test_a_known_event_of_the_country_the_article_is_about_goes_without_naming_it(
        extract_text):
    record = extract_text(_read("rappel_implicite.txt"))
    past = sorted((e["date"], e["date_source"]) for e in record["events"]
                  if "historical" in e["aux_modes"])
    # the capture of Kherson in March, and the invasion of 24 February it follows: the
    # sentence does not say "Ukraine", the article does
    assert past == [("2022-02-24", "known event"), ("2022-03", "clause")]
    capture = next(e for e in record["events"] if e["date"] == "2022-03")
    assert capture["recipient"][0]["country"] == "UKR"
    assert capture["event_loc"]["name"] == "Kherson"


def test_ships_of_two_nations_strike_the_group_whose_sites_they_hit(extract_text):
    record = extract_text(_read("raids_coalition.txt"))
    strikes = [e for e in record["events"] if e["event"] == "ASSAULT"]
    # "des navires américains et britanniques ... sur des sites houthis, près de Hodeida"
    assert sorted(e["actor"][0]["country"] for e in strikes) == ["GBR", "USA"]
    assert all(e["recipient"][0]["name"] == "Houthis" for e in strikes)
    assert all(e["event_loc"]["label"] == "Hodeïda" for e in strikes)
    # "ces raids ont tué cinq combattants" restates them; the spokesman is a source
    assert all(e["mentions"] == 2 for e in strikes)
    condemned = sorted(e["recipient"][0]["country"] for e in record["events"]
                       if e["event"] == "ACCUSE")
    assert condemned == ["GBR", "USA"]  # "Téhéran a condamné ces frappes"


def test_an_undated_page_is_dated_by_the_year_its_weekday_date_fits(extract_text):
    record = extract_text(_read("decisions_sans_date.txt"))
    published = record["published"]
    assert published["source"] == "inferred" and published["date"] == "2023"
    # Baerbock is minister from December 2021; "vendredi 7 avril" is a Friday only in 2023
    assert "2023-03" <= published["window"]["start"] <= published["window"]["end"] <= "2023-05"
    assert "vendredi 7 avril" in published["evidence"]
    expulsion = _event(record, "SANCTION")
    assert expulsion["date"] == "2023-04-07"  # "ont décidé ce vendredi 7 avril d'expulser"
    assert expulsion["recipient"][0]["country"] == "DEU"


def test_a_statement_is_not_dated_by_what_it_says_happened(extract_text):
    record = extract_text(_read("decisions_sans_date.txt"))
    reproach = _event(record, "ACCUSE")
    # "Elle a reproché au Tchad d'avoir ignoré, lors d'une rencontre il y a trois semaines"
    assert reproach["date"] == "2023-04-07" and reproach["date_source"] == "news day"
    assert reproach["event_loc"] is None  # "au Tchad" is whom, not where
    protest = _event(record, "PROTEST")  # "Dans la soirée": not three weeks back either
    assert protest["date"] == "2023-04-07"
    assert protest["event_loc"]["name"] == "N'Djamena"
    # no target named: the protesters' own government
    assert protest["recipient"][0]["country"] == "TCD"
    assert protest["recipient"][0]["sector"] == "GOV"


def test_taking_power_is_a_coup(extract_text):
    record = extract_text(_read("decisions_sans_date.txt"))
    coup = _event(record, "COERCE")
    assert coup["actor"][0]["country"] == coup["recipient"][0]["country"] == "TCD"
    assert coup["date"] == "2021-04" and "historical" in coup["aux_modes"]


def test_a_mediator_who_brings_two_leaders_together_meets_both(nlp):
    doc = nlp("Le président du Conseil européen, Charles Michel, a réuni mercredi à Bruxelles "
              "le Premier ministre arménien Nikol Pachinian et le président azerbaïdjanais "
              "Ilham Aliev.")
    meeting = next(f for f in doc._.dyade_events if f["event"] == "CONSULT")
    met = [doc._.dyade_mentions[i]["text"] for i in meeting["recipient"]]
    assert any("Pachinian" in m for m in met) and any("Aliev" in m for m in met)


def test_a_body_after_a_name_in_a_coordinated_subject_is_a_party(nlp):
    doc = nlp("Kinshasa et les rebelles avaient signé en décembre 2013 à Nairobi des "
              "déclarations de paix.")
    agree = next(f for f in doc._.dyade_events if f["event"] == "AGREE")
    parties = {doc._.dyade_mentions[i]["text"] for i in agree["actor"] + agree["recipient"]}
    assert parties == {"Kinshasa", "les rebelles"}


def test_the_early_part_of_the_month_told_in_the_pluperfect_is_background(extract_text):
    text = ("Publié le 28 février 2020\n\n"
            "Début février, des tirs d'artillerie syriens avaient tué huit soldats turcs près "
            "de Saraqeb.\n\nFin février, des soldats syriens avaient attaqué des positions "
            "turques.\n")
    record = extract_text(text)
    early, late = sorted((e for e in record["events"] if e["event"] == "ASSAULT"),
                         key=lambda e: e["event_text"][:3] != "Déb")
    assert early["date"] == late["date"] == "2020-02"
    # 1 to 10 February ends more than a week before the 28th; "fin février" does not
    assert "historical" in early["aux_modes"] and "historical" not in late["aux_modes"]


def test_crushing_an_uprising_targets_the_country_s_people(extract_text):
    record = extract_text("Publié le 1er février 2021\n\nEn 1988, l'armée birmane avait "
                          "réprimé dans le sang un soulèvement populaire.\n")
    crackdown = _event(record, "ASSAULT")
    assert crackdown["recipient"][0]["country"] == "MMR"
    assert crackdown["recipient"][0]["sector"] == "CVL"
    assert crackdown["date"] == "1988" and "historical" in crackdown["aux_modes"]


def test_a_relative_clause_on_a_participant_does_not_date_the_act(extract_text):
    text = ("Publié le 3 août 2024\n\nAu moins 32 personnes ont été tuées vendredi soir dans "
            "une attaque contre une plage de Mogadiscio.\n\nL'attaque a été revendiquée par "
            "les shebab, un groupe islamiste qui combat le gouvernement fédéral depuis plus de "
            "quinze ans.\n")
    record = extract_text(text)
    claimed = next(e for e in record["events"] if e["actor"][0]["name"] == "Shebab")
    assert claimed["date"] == "2024-08-02"  # not "depuis plus de quinze ans"
    assert "historical" not in claimed["aux_modes"]


def test_a_town_that_falls_into_the_hands_of_rebels_is_taken_by_them(extract_text):
    text = ("Publié le 14 juin 2022\n\nLa cité frontalière de Bunagana est tombée lundi aux "
            "mains des rebelles du M23, au terme de violents combats.\n")
    record = extract_text(text)
    capture = _event(record, "ASSAULT")
    assert capture["actor"][0]["name"] == "M23" or "M23" in capture["actor"][0]["name"]
    assert capture["recipient"][0]["country"] == "COD"
    assert capture["date"] == "2022-06-13" and capture["event_loc"]["name"] == "Bunagana"


def test_a_foiled_coup_happened_where_it_was_foiled(extract_text):
    record = extract_text("Publié le 10 août 2023\n\nEn mars 2021, une tentative de coup "
                          "d'État avait été déjouée à Niamey. Le putsch a été condamné à "
                          "Paris.\n")
    coups = [e for e in record["events"] if e["event"] == "COERCE"]
    assert [(e["actor"][0]["country"], e["recipient"][0]["country"]) for e in coups] == [
        ("NER", "NER")]  # not France, where it was condemned
    assert coups[0]["date"] == "2021-03" and "historical" in coups[0]["aux_modes"]


def test_a_town_taken_on_a_day_the_parser_hangs_it_on(extract_text):
    record = extract_text("Publié le 8 août 2021\n\nLes talibans se sont emparés dimanche de "
                          "Kunduz, une grande ville du nord de l'Afghanistan.\n")
    capture = _event(record, "ASSAULT")
    assert capture["date"] == "2021-08-08" and capture["event_loc"]["name"] == "Kunduz"


def test_a_condemned_attack_targets_who_claimed_it_not_a_group_named_further_on(extract_text):
    text = ("Publié le 3 août 2024\n\nAu moins 32 personnes ont été tuées vendredi soir dans "
            "une attaque contre une plage de Mogadiscio. L'attaque a été revendiquée par les "
            "shebab, un groupe islamiste lié à al-Qaïda.\n\nLe président somalien Hassan Cheikh "
            "Mohamoud a condamné une attaque visant des civils et promis de poursuivre "
            "l'offensive contre le groupe. Les Nations unies et l'Union africaine ont "
            "également condamné l'attentat.\n")
    record = extract_text(text)
    condemnations = [e for e in record["events"] if e["event"] == "ACCUSE"]
    assert {e["recipient"][0]["name"] for e in condemnations} == {"Shebab"}
    assert len({e["actor"][0]["kb_id"] for e in condemnations}) == 3  # both "et" conjuncts


def test_a_participle_opening_the_sentence_places_its_act(extract_text):
    record = extract_text("Publié le 11 août 2023\n\nRéunis jeudi à Abuja pour un second "
                          "sommet extraordinaire consacré au Niger, les chefs d'État de la "
                          "Communauté économique des États de l'Afrique de l'Ouest (Cedeao) "
                          "ont ordonné le déploiement de leur force en attente pour rétablir "
                          "l'ordre constitutionnel à Niamey.\n")
    deployment = _event(record, "MOBILIZE")
    assert deployment["date"] == "2023-08-10"
    assert deployment["event_loc"]["name"] == "Abuja"  # where it was ordered


def test_a_quotation_is_placed_where_it_was_said(extract_text):
    rec = extract_text("Publié le 28/04/2021\n\n« Je condamne avec la plus grande fermeté la "
                       "répression menée par le régime iranien », a déclaré mardi le président "
                       "français lors d'une conférence de presse à l'Élysée.\n")
    event = _event(rec, "ACCUSE")
    assert event["event_loc"]["country"] == "FRA"
    assert event["event_loc"]["source"] == "clause"


def test_a_region_named_by_a_compass_word_and_no_source_as_place(extract_text):
    rec = extract_text("Publié le 10/12/2024\n\nLes États-Unis ont bombardé dimanche plus de 75 "
                       "cibles du groupe État islamique dans le centre de la Syrie.\n\nSelon "
                       "Amman, l'aviation jordanienne a frappé jeudi des positions du groupe "
                       "État islamique.\n")
    first, second = sorted((e for e in rec["events"] if e["event"] == "ASSAULT"),
                           key=lambda e: e["text_info"]["start"])
    assert (first["event_loc"]["name"], first["event_loc"]["precision"]) == (
        "centre de la Syrie", "region")
    assert second["event_loc"] is None


def test_a_town_hung_on_the_day_places_a_statement(extract_text):
    rec = extract_text("Publié le 11/12/2024\n\nMardi à Genève, l'émissaire de l'ONU pour la "
                       "Syrie, Geir Pedersen, a appelé Israël à cesser ses bombardements.\n")
    event = _event(rec, "REQUEST")
    assert event["event_loc"]["name"] == "Genève"
    assert event["recipient"][0]["country"] == "ISR"


def test_a_country_one_is_in_with_a_is_a_place(extract_text):
    rec = extract_text("Publié le 14/05/2024\n\nLe Premier ministre haïtien Ariel Henry s'est "
                       "entretenu mardi à Porto Rico avec le secrétaire d'État américain "
                       "Antony Blinken. Lundi, le président turc a demandé à la Grèce de "
                       "retirer ses navires.\n")
    assert _event(rec, "CONSULT")["event_loc"]["name"] == "Porto Rico"
    assert _event(rec, "REQUEST")["event_loc"] is None


def test_a_later_act_in_a_clause_hung_on_the_act_keeps_its_own_date(extract_text):
    rec = extract_text("Publié le 19/09/2024\n\nLes colonels emmenés par Assimi Goïta avaient "
                       "pris le pouvoir le 18 août 2020 en renversant le président Ibrahim "
                       "Boubacar Keïta, avant d'écarter en mai 2021 le président de transition "
                       "Bah N'Daw.\n")
    coups = {(e["recipient"][0]["name"], e["date"]) for e in rec["events"]
             if e["event"] == "COERCE" and e["actor"][0]["name"] == "Assimi Goïta"}
    assert coups == {("Ibrahim Boubacar Keïta", "2020-08-18"), ("Bah N'Daw", "2021-05")}
    assert all("historical" in e["aux_modes"] for e in rec["events"])


def test_a_town_given_as_a_distance_is_near_the_event_not_its_place(extract_text):
    rec = extract_text("Publié le 02/12/2020\n\nSamedi, des combattants de Boko Haram ont attaqué "
                       "des villageois à une vingtaine de kilomètres de Maiduguri. Dimanche, les "
                       "rebelles du M23 ont attaqué l'armée à 25 kilomètres à l'ouest de Goma. "
                       "Lundi, le M23 a attaqué l'armée près de Rutshuru.\n")
    places = sorted((e["date"], e["event_loc"]["name"], e["event_loc"].get("near", False))
                    for e in rec["events"] if e["event_loc"])
    assert places == [("2020-11-28", "Maiduguri", True), ("2020-11-29", "Goma", True),
                      ("2020-11-30", "Rutshuru", True)]


def test_the_capital_alone_is_the_capital_of_the_country_of_the_article(extract_text):
    rec = extract_text("Tchad : la police tire sur les manifestants\n\nPublié le 21/05/2022\n\n"
                       "Des milliers de Tchadiens ont manifesté vendredi contre la junte. Les "
                       "forces de l'ordre ont tiré à balles réelles dans plusieurs quartiers "
                       "de la capitale, selon des témoins.\n")
    attack = _event(rec, "ASSAULT")
    assert attack["actor"][0]["country"] == "TCD"
    assert attack["event_loc"]["name"] == "N'Djamena"
    assert attack["event_loc"]["precision"] == "city" and attack["event_loc"]["lat"]


def test_a_named_village_no_gazetteer_lists_is_still_the_place(extract_text):
    rec = extract_text("Nigeria : attaque meurtrière dans le Borno\n\nPublié le 02/12/2020\n\n"
                       "Samedi, des combattants de Boko Haram ont attaqué le village de "
                       "Ngamdukuri, dans l'État de Borno. Lundi, l'armée nigériane a bombardé "
                       "la localité de Wulgoromti.\n")
    places = {(e["actor"][0]["name"], e["event_loc"]["name"], e["event_loc"]["country"],
               e["event_loc"]["lat"]) for e in rec["events"] if e["event"] == "ASSAULT"}
    # the army's raid is its own event, not a restatement of the group's attack
    assert places == {("Boko Haram", "Ngamdukuri", "NGA", None),
                      ("armée nigériane", "Wulgoromti", "NGA", None)}


def test_a_town_the_parser_hangs_on_the_person_met_is_the_place(extract_text):
    rec = extract_text("Publié le 09/01/2020\n\nMercredi, le président du Conseil italien, "
                       "Giuseppe Conte, a reçu Khalifa Haftar à Rome.\n")
    assert _event(rec, "CONSULT")["event_loc"]["name"] == "Rome"


def test_a_town_retaken_is_the_place_and_its_taker_the_actor(extract_text):
    rec = extract_text("RDC : l'armée reprend une ville\n\nPublié le 10/05/2023\n\n"
                       "La ville de Rutshuru a été reprise mardi par l'armée congolaise. "
                       "Les rebelles du M23 ont repris la ville de Kiwanja dimanche.\n")
    taken = {(e["actor"][0]["kb_id"], e["event_loc"]["name"]) for e in rec["events"]
             if e["event"] == "ASSAULT"}
    assert taken == {("state:COD", "Rutshuru"), ("org:m23", "Kiwanja")}


def test_a_compound_tense_over_adverbs_is_an_act_not_a_participle(extract_text):
    rec = extract_text("Publié le 30/09/2024\n\nDimanche, l'aviation israélienne a de nouveau "
                       "pilonné le Liban-Sud.\n")
    strike = _event(rec, "ASSAULT")
    assert strike["actor"][0]["country"] == "ISR" and strike["recipient"][0]["country"] == "LBN"
    assert strike["date"] == "2024-09-29"


def test_a_statement_is_placed_where_the_paragraph_just_brought_its_speaker(extract_text):
    rec = extract_text("Publié le 13/11/2019\n\nL'ancien président a atterri mardi dans la "
                       "capitale mexicaine. Accueilli sur le tarmac, Evo Morales a remercié le "
                       "Mexique de lui avoir sauvé la vie.\n\nMardi, le Venezuela a accusé les "
                       "États-Unis d'ingérence.\n")
    thanks = _event(rec, "SUPPORT")
    assert thanks["event_loc"]["label"] == "Mexico City"
    assert thanks["event_loc"]["source"] == "news place"
    assert _event(rec, "ACCUSE")["event_loc"] is None  # another paragraph, another speaker


def test_a_clause_opened_by_ou_is_placed_in_the_town_it_stands_for(extract_text):
    rec = extract_text("Publié le 18/10/2017\n\nMardi, les peshmergas ont quitté Sinjar, fief "
                       "de la minorité yézidie, où les forces irakiennes se sont déployées.\n")
    deployed = _event(rec, "MOBILIZE")
    assert deployed["event_loc"]["name"] == "Sinjar"


def test_a_town_of_their_own_country_is_taken_back_from_the_enemy(extract_text):
    rec = extract_text("Publié le 26/11/2023\n\nLa Russie a bombardé Odessa samedi.\n\n"
                       "Le 11 novembre 2022, les forces ukrainiennes étaient entrées dans "
                       "Kherson.\n")
    entered = _by_text(rec, "étaient entrées")
    assert entered["event"] == "ASSAULT"
    assert entered["actor"][0]["country"] == "UKR" and entered["recipient"][0]["country"] == "RUS"
    assert entered["date"] == "2022-11-11" and "historical" in entered["aux_modes"]


def test_a_town_retaken_from_rebels_the_article_names(extract_text):
    rec = extract_text("Publié le 03/11/2022\n\nLes rebelles du TPLF ont signé un accord.\n\n"
                       "Les troupes gouvernementales s'étaient emparées de Mekele le 28 novembre "
                       "2020.\n")
    taken = _by_text(rec, "emparées de Mekele")
    assert taken["recipient"][0]["kb_id"] == "org:tplf"


def test_a_clause_ending_its_paragraph_takes_no_place_from_the_next(extract_text):
    rec = extract_text("Kiev, 26 novembre 2023 (AFP) - La Russie a lancé samedi 75 drones "
                       "contre l'Ukraine.\n\nLe 11 novembre 2022, les forces ukrainiennes "
                       "étaient entrées dans Kherson.\n")
    assert _by_text(rec, "75 drones")["event_loc"] is None


def test_a_withdrawal_of_ones_own_troops_is_done_by_whoever_orders_it(extract_text):
    rec = extract_text("Publié le 12/11/2022\n\nLe ministre russe de la Défense, Sergueï "
                       "Choïgou, a ordonné mercredi le retrait de ses troupes de la rive "
                       "droite du Dniepr.\n\nLa Russie a retiré ses soldats de Kherson "
                       "vendredi.\n")
    ordered = _by_text(rec, "ordonné mercredi")
    assert ordered["event"] == "RETREAT"
    assert ordered["actor"][0]["kb_id"] == "person:p:sergei-shoigu"
    assert ordered["recipient"][0]["country"] == "UKR"
    left = _by_text(rec, "retiré ses soldats")
    assert (left["actor"][0]["country"], left["recipient"][0]["country"]) == ("RUS", "UKR")


def test_those_who_back_a_subject_are_not_the_subject(extract_text):
    rec = extract_text("Publié le 03/11/2022\n\nLes rebelles du TPLF ont rejeté l'offre.\n\n"
                       "L'armée éthiopienne, appuyée par les troupes érythréennes, a pris "
                       "mardi la ville de Shire.\n")
    taken = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert [(e["actor"][0]["country"], e["recipient"][0]["kb_id"]) for e in taken] == \
        [("ETH", "org:tplf")]


def test_an_attack_named_by_a_noun_with_who_committed_it_is_dated_background(extract_text):
    rec = extract_text("Publié le 20/01/2024\n\nLe dialogue avait été gelé après l'attentat "
                       "perpétré par l'ELN contre l'armée colombienne le 17 janvier 2019.\n")
    [attack] = rec["events"]
    assert (attack["event"], attack["actor"][0]["kb_id"], attack["recipient"][0]["country"],
            attack["date"]) == ("ASSAULT", "org:eln", "COL", "2019-01-17")
    assert "historical" in attack["aux_modes"]


def test_y_stands_for_the_place_named_just_before(extract_text):
    rec = extract_text("Publié le 11/01/2022\n\nLa contestation s'est étendue à Almaty, la "
                       "capitale économique. Mercredi, la police y a arrêté des dizaines de "
                       "manifestants.\n\nÀ Moscou, le Kremlin a salué l'action des autorités. "
                       "L'Ouzbékistan voisin a fermé sa frontière et y a déployé des soldats.\n")
    arrest = _event(rec, "COERCE")
    assert arrest["event_loc"]["name"] == "Almaty" and arrest["date"] == "2022-01-05"
    # a "y" that stands for no place named takes none from the paragraph
    assert _event(rec, "MOBILIZE")["event_loc"] is None


def test_the_town_or_territory_named_before_places_its_part(extract_text):
    record = extract_text(_read("ville_territoire.txt"))
    sunday = next(e for e in record["events"] if "pilonné" in e["event_text"])
    loc = sunday["event_loc"]  # "dans l'est de la ville": Kharkiv, not the caption's Odessa
    assert loc["name"] == "est de Kharkiv" and loc["country"] == "UKR"
    assert loc["precision"] == "city" and loc["lat"] is not None
    assert loc["evidence"] == "dans l'est de la ville"  # as written
    school = next(e for e in record["events"] if "école" in e["event_text"])
    loc = school["event_loc"]  # the territory the story is about, not the West Bank
    assert loc["name"] == "nord de la bande de Gaza" and loc["country"] == "PSE"
    assert loc["precision"] == "region"


def test_dates_counted_from_the_date_named_before(extract_text):
    rec = extract_text(
        "Publié le 11/05/2025\n\n"
        "Le scénario rappelle celui de 2016. Le 18 septembre de cette année-là, des "
        "combattants venus du Pakistan avaient attaqué une base de l'armée indienne à Uri. "
        "Onze jours plus tard, l'armée indienne avait frappé le Pakistan.\n\n"
        "L'opération « Rempart » avait été lancée par l'armée israélienne fin mars 2002, "
        "deux jours après que le Hamas eut tué trente personnes, le 27 mars, dans un "
        "attentat contre un hôtel de Netanya.\n")
    dates = {e["event_text"][:12]: e["date"] for e in rec["events"]}
    uri = next(e for e in rec["events"] if "Uri" in e["event_text"])
    assert uri["date"] == "2016-09-18"  # the year "celui de 2016" named, not this year
    strike = next(e for e in rec["events"] if e["event_text"].startswith("Onze jours"))
    assert strike["date"] == "2016-09-29", dates  # eleven days after the 18th
    assert "historical" in strike["aux_modes"]
    hamas = next(e for e in rec["events"] if e["actor"][0]["name"] == "Hamas")
    assert hamas["date"] == "2002-03-27", dates  # the year of "fin mars 2002"


def test_a_start_in_the_clause_dates_no_act_another_date_does(extract_text):
    rec = extract_text(
        "Publié le 15/12/2024\n\n"
        "Le 3 décembre au soir, le président Yoon Suk-yeol avait créé la stupeur en "
        "proclamant la loi martiale, la première depuis 1980, accusant l'opposition "
        "d'abriter des forces favorables à la Corée du Nord.\n")
    accusation = next(e for e in rec["events"] if e["event"] == "ACCUSE")
    assert accusation["date"] == "2024-12-03"  # not 1980, when the last one began
    assert "historical" in accusation["aux_modes"]


def test_armed_men_nobody_names_are_actors_of_the_country(extract_text):
    rec = extract_text(
        "Publié le 05/11/2020\n\n"
        "Au Cameroun, des hommes lourdement armés ont ouvert le feu mardi sur des élèves "
        "dans une école de Kumba. Un policier a été blessé jeudi par un commando.\n")
    school = next(e for e in rec["events"] if "élèves" in e["event_text"])
    assert (school["event"], school["actor"][0]["country"], school["actor"][0]["sector"]) == \
        ("ASSAULT", "CMR", "UAF")
    assert school["recipient"][0]["sector"] == "CVL" and school["date"] == "2020-11-03"
    wounded = next(e for e in rec["events"] if "commando" in e["event_text"])
    assert wounded["actor"][0]["sector"] == "UAF"  # "par un commando": a passive's agent
    rec = extract_text(
        "Publié le 05/11/2020\n\n"
        "Le JNIM a attaqué lundi un camp militaire près de Kati, au Mali. Les assaillants ont "
        "tué trois soldats maliens avant de se replier.\n")
    soldiers = next(e for e in rec["events"] if "trois soldats" in e["event_text"] and
                    e["recipient"][0]["name"] == "soldats maliens")
    assert soldiers["actor"][0]["name"] == "JNIM"  # "les assaillants" told before: the group


def test_a_prison_sentence_is_coercion_by_the_state_of_the_sentenced(extract_text):
    rec = extract_text(
        "Publié le 12/05/2023\n\n"
        "L'opposant Ousmane Sonko a été condamné jeudi à deux ans de prison. Son allié "
        "avait été condamné en 2021 à la perpétuité.\n")
    sentence = next(e for e in rec["events"] if "Sonko" in e["event_text"])
    assert sentence["event"] == "COERCE" and sentence["actor"][0]["country"] == "SEN"
    assert sentence["recipient"][0]["name"] == "Ousmane Sonko"
    assert sentence["date"] == "2023-05-11"


def test_a_stance_with_no_one_named_is_towards_the_government_of_the_country(extract_text):
    rec = extract_text(
        "Publié le 12/08/2020\n\n"
        "À Minsk, la police a dispersé lundi des milliers de manifestants qui contestaient "
        "la réélection d'Alexandre Loukachenko. Le chef de la diplomatie de l'UE, Josep "
        "Borrell, a dénoncé mardi des violences disproportionnées. L'opposition biélorusse "
        "a réclamé mardi un nouveau scrutin. Moscou nie toute ingérence et a rejeté mardi "
        "l'idée d'une médiation.\n")
    borrell = next(e for e in rec["events"] if e["actor"][0]["name"] == "Josep Borrell")
    assert borrell["event"] == "ACCUSE" and borrell["recipient"][0]["country"] == "BLR"
    opposition = next(e for e in rec["events"] if e["event"] == "REQUEST")
    assert opposition["recipient"][0]["country"] == "BLR"
    # the government itself asks nothing of itself, and a foreign denial stands alone
    assert not any(e["actor"][0]["country"] == e["recipient"][0]["country"] == "BLR" and
                   e["actor"][0].get("sector") == "GOV" for e in rec["events"]
                   if e["event"] in ("ACCUSE", "REQUEST", "REJECT"))


def test_a_fight_that_sets_two_sides_against_each_other_is_an_attack(extract_text):
    rec = extract_text(
        "Publié le 10/11/2020\n\n"
        "De violents combats ont opposé lundi l'armée éthiopienne aux rebelles du TPLF "
        "autour de Humera. Mardi, des heurts ont opposé des manifestants à la police.\n")
    fight = next(e for e in rec["events"] if "Humera" in e["event_text"])
    assert fight["event"] == "ASSAULT" and fight["actor"][0]["country"] == "ETH"
    assert fight["recipient"][0]["name"] == "TPLF" and fight["date"] == "2020-11-09"
    clash = next(e for e in rec["events"] if "heurts" in e["event_text"])
    assert {clash["actor"][0]["sector"], clash["recipient"][0]["sector"]} == {"CVL", "COP"}


def test_an_act_that_follows_at_once_takes_the_date_of_the_sentence_before(extract_text):
    rec = extract_text(
        "Publié le 25/10/2024\n\n"
        "Mercredi, des milliers de manifestants ont défilé à Maputo.\n\n"
        "Au Mozambique, la radio publique a annoncé que Daniel Chapo avait été proclamé "
        "jeudi vainqueur de la présidentielle. L'opposition a aussitôt accusé le "
        "gouvernement de fraude massive.\n")
    accusation = next(e for e in rec["events"] if e["event"] == "ACCUSE")
    assert accusation["date"] == "2024-10-24"  # Thursday, not the first day the news names
    assert accusation["date_evidence"] == "jeudi"


def test_a_day_anaphor_follows_the_act_not_a_detail_of_a_noun(extract_text):
    rec = extract_text(
        "Publié le 13/09/2025\n\n"
        "Au Népal, la révolte avait éclaté lundi 8 septembre à Katmandou. Des milliers de "
        "jeunes s'étaient rassemblés devant le Parlement contre l'interdiction des réseaux "
        "sociaux, décidée le 4 septembre par le gouvernement. La police a ouvert le feu sur "
        "la foule ce jour-là. Le lendemain, des manifestants ont incendié le Parlement.\n")
    firing = next(e for e in rec["events"] if "ouvert le feu" in e["event_text"])
    assert firing["date"] == "2025-09-08"  # the day of the rally, not of the ban
    arson = next(e for e in rec["events"] if "incendié" in e["event_text"])
    assert arson["date"] == "2025-09-09"


def test_a_named_site_no_gazetteer_lists_is_the_place(extract_text):
    rec = extract_text(
        "Publié le 15/06/2024\n\n"
        "Au Soudan, samedi dernier, des combattants des FSR ont ouvert le feu à l'intérieur "
        "de l'hôpital du Sud. Mardi, les FSR ont attaqué le camp de déplacés d'Abou "
        "Chouk. Au Cambodge, des soldats thaïlandais ont tiré jeudi sur des civils "
        "dans les temples de Ta Muen Thom.\n")
    places = {e["event_text"][:30]: e["event_loc"] for e in rec["events"]}
    hospital = next(p for t, p in places.items() if "samedi" in t)
    assert hospital["name"] == "hôpital du Sud" and hospital["country"] == "SDN"
    camp = next(p for t, p in places.items() if "Mardi" in t)
    assert camp["name"] == "Abou Chouk" and camp["country"] == "SDN"
    temples = next(p for t, p in places.items() if "Cambodge" in t)
    assert temples["name"] == "Ta Muen Thom"  # within the country the clause names


def test_armed_men_in_a_place_phrase_keep_their_place(extract_text):
    rec = extract_text(
        "Publié le 10/05/2023\n\n"
        "Au Pakistan, l'ancien Premier ministre Imran Khan a été interpellé mardi par des "
        "paramilitaires dans l'enceinte de la Haute Cour d'Islamabad.\n")
    arrest = _event(rec, "COERCE")
    assert arrest["actor"][0]["name"] != "Islamabad"  # the soldiers, not the capital
    assert arrest["actor"][0]["country"] == "PAK"
    assert arrest["event_loc"]["name"] == "Islamabad"


def test_an_act_told_after_au_lendemain_de_is_a_day_earlier(extract_text):
    rec = extract_text(
        "Publié le 30/09/2024\n\n"
        "Le Hezbollah avait ouvert le front le 8 octobre 2023, au lendemain de l'attaque du "
        "Hamas contre Israël, en tirant sur des positions israéliennes. Le Premier ministre "
        "a annoncé mercredi 25 septembre sa démission, au lendemain d'une journée au cours "
        "de laquelle des manifestants ont incendié le Parlement à Nairobi.\n")
    hamas = next(e for e in rec["events"] if e["actor"][0]["name"] == "Hamas")
    assert hamas["date"] == "2023-10-07"  # the day before the front opened
    assert "au lendemain" in hamas["date_evidence"]
    front = next(e for e in rec["events"] if e["actor"][0]["name"] == "Hezbollah")
    assert front["date"] == "2023-10-08"
    arson = next(e for e in rec["events"] if "Parlement" in e["event_text"]
                 and e["event"] == "ASSAULT")
    assert arson["date"] == "2024-09-24"


def test_a_town_is_named_in_the_letters_french_writes(extract_text):
    # GeoNames calls the town "Īṭahari̇̄"; French readers write Itahari
    rec = extract_text("Publié le 10/09/2025\n\nLa police népalaise a tiré lundi sur des "
                       "manifestants à Itahari, dans l'est du Népal.\n")
    [event] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert event["event_loc"]["name"] == "Itahari"
    assert event["event_loc"]["country"] == "NPL"
    assert event["event_loc"]["precision"] == "city"


def test_a_place_opening_the_sentence_frames_the_verbs_joined_to_the_first(extract_text):
    rec = extract_text("Publié le 10/03/2025\n\nÀ Bruxelles, la cheffe de la diplomatie "
                       "européenne, Kaja Kallas, a dénoncé lundi les frappes russes et a appelé "
                       "Moscou à cesser le feu.\n")
    request = next(e for e in rec["events"] if e["event"] == "REQUEST")
    assert request["actor"][0]["name"] == "Kaja Kallas"
    assert request["event_loc"]["name"] == "Bruxelles"


def test_words_said_in_a_speech_are_placed_where_it_was_given(extract_text):
    rec = extract_text("Publié le 22/06/2025\n\nDans une allocution prononcée samedi soir "
                       "depuis la Maison Blanche, Donald Trump a menacé l'Iran de nouvelles "
                       "frappes.\n")
    [threat] = [e for e in rec["events"] if e["event"] == "THREATEN"]
    assert threat["event_loc"]["country"] == "USA"
    assert threat["event_loc"]["evidence"] == "depuis la Maison Blanche"


def test_a_clause_of_another_subject_keeps_its_place_to_itself(extract_text):
    rec = extract_text("Publié le 23/06/2025\n\nL'Iran a tiré dimanche une salve de missiles "
                       "sur Israël, tandis que l'aviation israélienne a frappé lundi plusieurs "
                       "cibles à Téhéran.\n")
    salvo = next(e for e in rec["events"] if e["actor"][0]["country"] == "IRN")
    strikes = next(e for e in rec["events"] if e["actor"][0]["country"] == "ISR")
    assert strikes["event_loc"]["name"] == "Téhéran"
    assert salvo["event_loc"] is None or salvo["event_loc"]["country"] != "IRN"


def test_a_district_of_the_story_is_not_a_foreign_town_of_that_name(extract_text):
    # the gazetteer's only Gombe is a Nigerian city; in Kinshasa it is a district
    rec = extract_text("Publié le 21/05/2024\n\nEn RDC, des hommes armés ont attaqué dimanche "
                       "la résidence de l'opposant Vital Kamerhe dans le quartier huppé de la "
                       "Gombe.\n")
    [attack] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert attack["event_loc"]["name"] == "Gombe"
    assert attack["event_loc"]["country"] == "COD"


def test_a_stretch_since_is_not_the_day_the_next_paragraph_follows(extract_text):
    rec = extract_text("Publié le 16/08/2013\n\nMercredi à l'aube, les soldats ont dispersé le "
                       "sit-in de Rabaa al-Adawiya au Caire, où des milliers de partisans de "
                       "Mohamed Morsi campaient depuis près de sept semaines.\n\nDans la soirée, "
                       "la police égyptienne a arrêté plusieurs dirigeants des Frères musulmans.\n")
    [decree] = [e for e in rec["events"] if e["event_text"].startswith("Dans la soirée")]
    assert decree["date"] == "2013-08-14"


def test_a_town_the_gazetteer_lacks_gives_way_to_its_country(extract_text):
    rec = extract_text("Publié le 19/04/2024\n\nL'Iran a attaqué Israël samedi. Réunis à Capri, "
                       "en Italie, les ministres des Affaires étrangères du G7 ont appelé toutes "
                       "les parties à la retenue, tout en condamnant l'attaque iranienne.\n")
    g7 = [e for e in rec["events"] if e["actor"][0]["label"] == "G7"]
    assert {e["event"] for e in g7} == {"REQUEST", "ACCUSE"}
    assert {e["event_loc"]["country"] for e in g7} == {"ITA"}


def test_a_capital_named_like_its_country_is_the_city(extract_text):
    rec = extract_text("Publié le 15/10/2019\n\nLa Turquie a lancé une offensive en Syrie. Réunis "
                       "lundi à Luxembourg, les ministres des Affaires étrangères de l'UE ont "
                       "condamné l'offensive turque.\n")
    [condemned] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert condemned["event_loc"]["name"] == "Luxembourg"
    assert condemned["event_loc"]["precision"] == "city"


def test_a_capital_a_without_its_accent_still_places(extract_text):
    rec = extract_text("Publié le 03/04/2019\n\nLe président algérien a démissionné mardi.\n\n"
                       "A Alger, des milliers de personnes se sont rassemblées dans la soirée sur "
                       "le parvis de la Grande-Poste.\n")
    [rally] = [e for e in rec["events"] if e["event"] == "PROTEST"]
    assert rally["event_loc"]["name"] == "Alger" and rally["date"] == "2019-04-02"
    assert rally["actor"][0]["country"] == "DZA" and rally["actor"][0]["sector"] == "CVL"


def test_a_hyphenated_site_name_is_whole(extract_text):
    rec = extract_text("Publié le 27/03/2015\n\nAu Yémen, mercredi, les Houthis s'étaient emparés "
                       "de la base aérienne d'Al-Anad, dans la province de Lahj, et avaient "
                       "capturé le ministre de la Défense, le général Mahmoud al-Soubeihi.\n")
    seized = [e for e in rec["events"] if e["trigger"] == "emparés"]
    assert [e["event_loc"]["name"] for e in seized] == ["Al-Anad"]
    names = {e["recipient"][0].get("name") for e in rec["events"]}
    assert "Mahmoud al-Soubeihi" in names


def test_a_participle_dates_the_act_its_noun_names(extract_text):
    rec = extract_text("BAGDAD, 30 juin 2014 (AFP) - Sur le terrain, les forces irakiennes, "
                       "appuyées par des hélicoptères, poursuivaient lundi l'offensive lancée "
                       "samedi pour reprendre Tikrit.\n")
    [offensive] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert offensive["date"] == "2014-06-28" and offensive["date_evidence"] == "samedi"
    rec = extract_text("Publié le 07/09/2023\n\nLe Premier ministre japonais Fumio Kishida et le "
                       "président sud-coréen Yoon Suk-yeol se sont rencontrés jeudi à Tokyo, lors "
                       "du premier sommet bilatéral organisé dans la capitale japonaise depuis "
                       "douze ans.\n")
    assert {e["date"] for e in rec["events"] if e["event"] == "CONSULT"} == {"2023-09-07"}


def test_a_domestic_act_no_sentence_places_is_set_in_the_story_town(extract_text):
    rec = extract_text("Publié le 31/08/2023\n\nLes militaires gabonais ont renversé mercredi le "
                       "président Ali Bongo Ondimba.\n\nAli Bongo a été placé en résidence "
                       "surveillée à Libreville, selon les putschistes.\n")
    [coup] = [e for e in rec["events"] if e["event_text"].startswith("Les militaires")]
    assert coup["event_loc"]["name"] == "Libreville"
    assert coup["event_loc"]["source"] == "article"
    rec = extract_text("Publié le 19/04/2024\n\nDans la nuit du 13 au 14 avril, l'Iran avait lancé "
                       "plus de 300 drones et missiles contre Israël. À Téhéran, le guide suprême "
                       "s'est félicité de l'opération.\n")
    [strike] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert strike["event_loc"] is None or strike["event_loc"]["country"] != "IRN"


def test_the_capital_named_as_such_is_a_story_town(extract_text):
    rec = extract_text("Publié le 04/06/2019\n\nLe Soudan s'enfonce dans la crise. Lundi, des "
                       "paramilitaires des Forces de soutien rapide ont donné l'assaut au "
                       "campement des manifestants.\n\nDans la capitale, des barricades de "
                       "pneus brûlés ont été dressées.\n")
    [attack] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert attack["event_loc"]["name"] == "Khartoum"
    assert attack["event_loc"]["source"] == "article"


def test_a_yearless_dateline_is_the_first_such_day_after_what_the_text_tells(extract_text):
    rec = extract_text("Le Niger sous tension\n\nNIAMEY, 14 fév (APS) - L'opposition a "
                       "manifesté vendredi dans la capitale, un mois après les élections "
                       "législatives du 27 décembre 2020. Le président Mahamadou Issoufou a "
                       "appelé au calme et le chef de l'opposition a rejeté les résultats "
                       "proclamés par la commission électorale.\n")
    assert rec["published"]["date"] == "2021-02-14"
    assert "dateline" in rec["published"]["evidence"]


def test_a_header_date_with_a_two_digit_year(extract_text):
    rec = extract_text("Le Monde.fr\n\nLa Tunisie après la fuite du président\n\n"
                       "LEMONDE.FR avec AFP | 16.01.11 | 10h12\n\nLe premier ministre tunisien "
                       "a annoncé samedi à Tunis la formation d'un gouvernement d'union "
                       "nationale, au lendemain de la fuite du président vers l'Arabie "
                       "saoudite. Des milliers de manifestants ont défilé dans la capitale.\n")
    assert rec["published"]["date"] == "2011-01-16"
    assert rec["published"]["source"] == "header"


def test_a_capital_a_the_parser_takes_for_a_foreign_word_still_places(extract_text):
    rec = extract_text("Publié le 15/01/2011\n\nLa fuite du président tunisien\n\nA Washington, "
                       "Barack Obama a condamné vendredi l'usage de la violence contre les "
                       "manifestants tunisiens et salué le courage du peuple tunisien.\n")
    said = [e for e in rec["events"] if e["actor"][0]["name"] == "Barack Obama"]
    assert said and all(e["event_loc"] and e["event_loc"]["name"] == "Washington" for e in said)


def test_forces_sent_to_a_place_are_placed_there(extract_text):
    rec = extract_text("Publié le 25/03/2013\n\nCentrafrique : la France envoie des renforts\n\n"
                       "À New York, le secrétaire général de l'ONU a condamné la prise du pouvoir "
                       "par la force. La France a dépêché dimanche des renforts à l'aéroport de "
                       "Bangui pour assurer la sécurité de ses ressortissants.\n")
    [sent] = [e for e in rec["events"] if e["event"] == "MOBILIZE"]
    assert sent["event_loc"]["country"] == "CAF"


def test_words_said_after_the_speaker_was_placed_are_said_there(extract_text):
    rec = extract_text("Publié le 20/01/2017\n\nGambie : Adama Barrow investi à Dakar\n\n"
                       "Le président élu gambien Adama Barrow a prêté serment jeudi à "
                       "l'ambassade de Gambie à Dakar. Dans son discours d'investiture, il a "
                       "appelé l'armée gambienne à lui rester loyale.\n")
    [ask] = [e for e in rec["events"] if e["event"] == "REQUEST"]
    assert ask["event_loc"]["name"] == "Dakar" and ask["event_loc"]["source"] == "speaker"


def test_background_takes_no_place_from_a_sentence_of_the_news(extract_text):
    rec = extract_text("Publié le 23/10/2011\n\nLibye : la fin d'un règne\n\nLa dépouille de "
                       "l'ancien dirigeant était toujours exposée dimanche à Misrata. Mouammar "
                       "Kadhafi était arrivé au pouvoir par un coup d'Etat le 1er septembre "
                       "1969, en renversant le roi Idriss.\n")
    [coup] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert coup["recipient"][0]["name"] == "Idris Ier"
    assert "historical" in coup["aux_modes"] and coup["event_loc"] is None


def test_ou_after_a_list_of_towns_places_the_clause_in_them(extract_text):
    rec = extract_text("Publié le 26/07/2021\n\nTunisie : colère contre le gouvernement\n\nCes "
                       "annonces sont intervenues au terme d'une journée de manifestations dans "
                       "plusieurs villes du pays, dont Tunis, Sousse et Sfax, où des milliers de "
                       "personnes ont dénoncé dimanche la gestion de la crise sanitaire par le "
                       "gouvernement.\n")
    [blamed] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert blamed["event_loc"]["name"] in ("Tunis", "Sousse", "Sfax")


def test_a_visitor_meeting_the_people_of_the_story_meets_them_in_its_town(extract_text):
    rec = extract_text("Publié le 31/07/2023\n\nNiger : la junte sous pression\n\nDes milliers "
                       "de partisans des putschistes ont manifesté dimanche à Niamey devant "
                       "l'Assemblée nationale.\n\nDimanche soir également, le président tchadien "
                       "Mahamat Idriss Déby, dépêché en médiateur, a rencontré le président "
                       "Mohamed Bazoum, retenu par la junte.\n")
    [met] = [e for e in rec["events"] if e["event"] == "CONSULT"]
    assert met["event_loc"]["name"] == "Niamey" and met["event_loc"]["source"] == "article"


def test_a_counterpart_speaks_where_the_other_did(extract_text):
    rec = extract_text("Publié le 19/07/2016\n\nTurquie : l'Europe met en garde Ankara\n\nA "
                       "Bruxelles, la cheffe de la diplomatie européenne, Federica Mogherini, a "
                       "averti lundi la Turquie. Son homologue américain John Kerry a appelé "
                       "Ankara à respecter l'Etat de droit.\n")
    [ask] = [e for e in rec["events"] if e["actor"][0]["name"] == "John Kerry"]
    assert ask["event_loc"]["name"] == "Bruxelles"


def test_a_place_given_for_some_of_a_group_places_the_act(extract_text):
    rec = extract_text("Publié le 26/06/2024\n\nKenya\n\nLe Kenya durcit le ton face aux "
                       "manifestations. Mardi, la police a arrêté plusieurs opposants, dont trois "
                       "à Mombasa, selon leurs avocats.\n")
    [arrest] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert arrest["event_loc"]["name"] == "Mombasa"


def test_a_visit_its_subject_is_on_places_the_clause(extract_text):
    rec = extract_text("Publié le 09/08/2022\n\nTaïwan\n\nLa Chine a mené des manœuvres militaires "
                       "autour de Taïwan. Le secrétaire d'État américain, en visite à Pékin, a "
                       "appelé lundi la Chine à la retenue.\n")
    [ask] = [e for e in rec["events"] if e["event"] == "REQUEST"]
    assert ask["event_loc"]["name"] == "Pékin" and ask["event_loc"]["source"] == "clause"


def test_an_act_of_a_past_decade_is_background_with_no_day(extract_text):
    rec = extract_text("Publié le 02/12/2024\n\nSyrie\n\nLe régime syrien est sous pression. Dans "
                       "les années 1980, l'armée syrienne a écrasé la rébellion des Frères "
                       "musulmans à Hama.\n")
    [crushed] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert "historical" in crushed["aux_modes"] and crushed["date"] is None
    assert crushed["date_evidence"] == "Dans les années 1980"


def test_a_clause_where_opens_under_an_infinitive_takes_its_town(extract_text):
    rec = extract_text("Publié le 11/08/2020\n\nBiélorussie\n\nLa Biélorussie est en crise. La "
                       "veille, Svetlana Tikhanovskaïa avait été retenue au siège de la Commission "
                       "électorale centrale à Minsk, où elle était venue déposer une plainte "
                       "contre le président Alexandre Loukachenko.\n")
    [complaint] = [e for e in rec["events"] if e["event"] in ("ACCUSE", "REJECT")]
    assert complaint["event_loc"]["name"] == "Minsk"


def test_a_yearless_day_goes_on_with_the_past_year_the_sentence_before_named(extract_text):
    rec = extract_text("Publié le 14/10/2025\n\nMadagascar : l'armée prend le pouvoir\n\nA "
                       "Madagascar, l'armée a pris le pouvoir mardi. Le 7 février 2009, des "
                       "dizaines de manifestants avaient été tués par balle devant le palais "
                       "présidentiel. Le 17 mars, Marc Ravalomanana avait remis ses pouvoirs à un "
                       "directoire militaire.\n")
    [handover] = [e for e in rec["events"] if e["event_text"].startswith("Le 17 mars")
                  and e["actor"][0]["name"] == "Marc Ravalomanana"]
    assert handover["date"] == "2009-03-17"


def test_a_yearless_month_counted_from_the_article_keeps_its_year(extract_text):
    rec = extract_text("Publié le 10/03/2021\n\nCôte d'Ivoire\n\nLa Côte d'Ivoire vote. Le 4 "
                       "mars 2007, Laurent Gbagbo et Guillaume Soro avaient signé un accord à "
                       "Ouagadougou. En septembre dernier, le Conseil constitutionnel avait écarté "
                       "Laurent Gbagbo de l'élection présidentielle.\n")
    [barred] = [e for e in rec["events"] if e["event_text"].startswith("En septembre dernier")]
    assert barred["date"] == "2020-09"


def test_forces_sent_to_secure_a_place_are_placed_there(extract_text):
    rec = extract_text("Publié le 24/03/2013\n\nCentrafrique : Bangui aux mains de la Séléka\n\n"
                       "Les rebelles de la Séléka ont pris Bangui dimanche. La France a envoyé "
                       "350 hommes en renfort pour sécuriser l'aéroport de Bangui-M'Poko. Le Tchad "
                       "a déployé des soldats afin de protéger la frontière.\n")
    [sent] = [e for e in rec["events"] if e["event"] == "MOBILIZE" and
              e["actor"][0]["country"] == "FRA"]
    assert sent["event_loc"]["name"] == "aéroport de Bangui-M'Poko"


def test_a_capitals_homonym_named_twice_in_another_country_is_that_town(extract_text):
    rec = extract_text("Publié le 27/10/2014\n\nLiban : l'armée reprend Bab el-Tebbaneh à "
                       "Tripoli\n\nLundi matin, l'armée libanaise affirmait avoir repris le "
                       "contrôle du quartier de Bab el-Tebbaneh, à Tripoli, au terme de trois "
                       "jours d'affrontements. Samedi, l'armée avait bombardé les positions des "
                       "miliciens à Tripoli. Le Premier ministre Tammam Salam a assuré que l'État "
                       "ne permettrait pas que Tripoli devienne une zone de non-droit.\n")
    retaken = [e for e in rec["events"] if e["event_text"].startswith("Lundi matin")]
    assert retaken and all(e["actor"][0]["country"] == "LBN" for e in retaken)
    assert all(r["country"] == "LBN" for e in retaken for r in e["recipient"])
    assert retaken[0]["event_loc"]["country"] == "LBN"
    shelled = [e for e in rec["events"] if e["event_text"].startswith("Samedi")]
    assert shelled and shelled[0]["event_loc"] == {**shelled[0]["event_loc"], "name": "Tripoli",
                                                   "country": "LBN"}


def test_the_same_evening_takes_the_day_named_before_not_a_date_of_what_is_acted_on(extract_text):
    rec = extract_text("Publié le 31/10/2017\n\nEspagne : Puigdemont à Bruxelles\n\nLa crise "
                       "catalane s'aggrave. Vendredi, le Parlement catalan a voté une déclaration "
                       "d'indépendance. Le soir même, le chef du gouvernement espagnol, Mariano "
                       "Rajoy, a destitué M. Puigdemont et convoqué les élections du 21 "
                       "décembre.\n")
    [ousted] = [e for e in rec["events"] if e["event_text"].startswith("Le soir même")
                and e["recipient"][0]["name"] == "Carles Puigdemont"]
    assert ousted["date"] == "2017-10-27"


def test_a_site_in_a_capital_places_the_act_in_the_capital(extract_text):
    rec = extract_text("Publié le 25/11/2016\n\nColombie : un nouvel accord de paix\n\nLa "
                       "Colombie tourne la page. Le président colombien, Juan Manuel Santos, et le "
                       "chef des FARC, Rodrigo Londoño, ont signé jeudi, au Théâtre Colon de "
                       "Bogota, le nouvel accord de paix.\n")
    [deal] = [e for e in rec["events"] if e["event"] == "AGREE"]
    assert deal["event_loc"]["country"] == "COL" and deal["event_loc"]["label"] == "Bogotá"


def test_a_site_named_by_a_capitalised_common_noun_is_a_place(extract_text):
    rec = extract_text("Publié le 13/04/2011\n\nCôte d'Ivoire : Gbagbo arrêté\n\nLa Côte d'Ivoire "
                       "tourne la page. Mardi, le général Philippe Mangou a fait allégeance à "
                       "Alassane Ouattara, à l'hôtel du Golf, en compagnie des patrons de la "
                       "police.\n")
    [allegiance] = [e for e in rec["events"] if e["event"] == "SUPPORT"]
    assert allegiance["recipient"][0]["name"] == "Alassane Ouattara"
    assert allegiance["event_loc"]["name"] == "hôtel du Golf"


def test_a_yearless_month_after_the_article_told_in_the_past_is_last_years(extract_text):
    rec = extract_text("Publié le 12/01/2019\n\nVenezuela : Maduro investi\n\nLe Venezuela "
                       "s'enfonce dans la crise. Arrêté par la police en mars, l'opposant Leopoldo "
                       "Lopez a été condamné en septembre.\n")
    [arrest] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert arrest["date"] == "2018-03"


def test_a_limit_in_time_does_not_date_the_next_sentence(extract_text):
    rec = extract_text("Publié le 9 janvier 2023\n\nBrasília (AFP) - Dimanche, des émeutiers ont "
                       "saccagé le Congrès. Lula a aussitôt décrété une intervention fédérale "
                       "jusqu'au 31 janvier. Il a accusé la police de Brasília d'avoir fait "
                       "preuve de « mauvaise foi ».\n")
    accused = _event(rec, "ACCUSE")
    assert accused["date"] != "2023-01-31"
    assert accused["date"] == "2023-01-08"


def test_a_capital_whose_article_is_its_own_keeps_it(extract_text):
    rec = extract_text("Publié le 12/11/2019\n\nLa Paz (AFP) - Mardi, des milliers de partisans "
                       "d'Evo Morales ont manifesté à La Paz.\n")
    place = _event(rec, "PROTEST")["event_loc"]
    assert (place["name"], place["country"]) == ("La Paz", "BOL")


def test_a_person_named_again_after_a_preposition_is_no_town(extract_text):
    rec = extract_text("Publié le 01/06/2017\n\nManille (AFP) - Le 23 mai, l'armée a tenté "
                       "d'arrêter Isnilon Hapilon, chef d'une faction d'Abou Sayyaf désigné par "
                       "l'EI comme son émir en Asie du Sud-Est. Des centaines d'hommes armés du "
                       "groupe Maute, allié à Hapilon, ont alors attaqué la ville.\n")
    places = [e["event_loc"] and e["event_loc"]["name"] for e in rec["events"]]
    assert "Hapilon" not in places and "Asie du Sud-Est" not in places
    assert all(e["actor"][0]["name"] != "Isnilon Hapilon, chef" for e in rec["events"])


def test_an_agreement_named_between_two_sides_is_background_where_it_was_concluded(
        extract_text):
    rec = extract_text("Publié le 12/03/2021\n\nTéhéran (AFP) - L'accord conclu à Vienne en "
                       "juillet 2015 entre l'Iran et les États-Unis est moribond. Un accord est "
                       "désormais en discussion entre Téhéran et Riyad.\n")
    [agreed] = [e for e in rec["events"] if e["event"] == "AGREE"]
    assert {agreed["actor"][0]["country"], agreed["recipient"][0]["country"]} == {"IRN", "USA"}
    assert agreed["date"] == "2015-07" and "historical" in agreed["aux_modes"]
    assert agreed["event_loc"]["name"] == "Vienne"


def test_a_town_taken_named_again_as_the_town_is_where_it_happened(extract_text):
    rec = extract_text("Publié le 01/06/2017\n\nManille (AFP) - Le 23 mai, des soldats ont "
                       "encerclé une maison à Marawi. Des centaines d'hommes armés du groupe "
                       "Maute ont alors investi la ville.\n")
    taken = [e for e in rec["events"] if e["actor"][0]["name"] == "Groupe Maute"]
    assert taken and taken[0]["event_loc"]["name"] == "Marawi"


def test_a_town_taken_from_someone_is_against_them_and_where_it_happened(extract_text):
    rec = extract_text("Publié le 28/11/2024\n\nDamas (AFP) - Les rebelles ont lancé une "
                       "offensive mercredi. En décembre 2016, l'armée syrienne avait repris Alep "
                       "aux rebelles.\n")
    [retaken] = [e for e in rec["events"] if e["date"] == "2016-12"]
    assert retaken["recipient"][0]["name"] == "rebelles"
    assert retaken["event_loc"]["name"] == "Alep" and "historical" in retaken["aux_modes"]
