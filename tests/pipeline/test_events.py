"""Events on short sentences written for these tests: who did what to whom."""

from conftest import pairs


def test_coordinated_participants_meet(extract_text):
    rec = extract_text("Publié le 12/05/2023\n\nLe président français Emmanuel Macron et le "
                       "chancelier allemand Olaf Scholz se sont rencontrés mardi à Berlin.\n")
    [event] = rec["events"]
    assert event["event"] == "CONSULT"
    assert {event["actor"][0]["name"], event["recipient"][0]["name"]} == {
        "Emmanuel Macron", "Olaf Scholz"}
    assert event["date"] == "2023-05-09"
    assert event["event_loc"]["name"] == "Berlin"


def test_role_phrase_resolves_to_the_holder_at_the_date(extract_text):
    rec = extract_text("Publié le 02/12/2024\n\nLe président russe s'est entretenu lundi "
                       "par téléphone avec son homologue iranien.\n")
    [event] = rec["events"]
    assert event["mode"] == "phone"
    assert event["actor"][0]["name"] == "Vladimir Poutine"
    assert event["recipient"][0]["name"] == "Massoud Pezeshkian"


def test_passive_agent_is_the_actor(extract_text):
    rec = extract_text("Publié le 03/05/2023\n\nLe camp militaire de Boni a été attaqué "
                       "mardi par les rebelles du M23.\n")
    assert ("ASSAULT", "M23", None) in pairs(rec) or any(
        e["event"] == "ASSAULT" and e["actor"][0]["country"] == "COD" for e in rec["events"])


def test_reported_speech_by_a_speaker_of_the_same_state(extract_text):
    rec = extract_text("Publié le 05/08/2023\n\nLa cheffe de la diplomatie française Catherine "
                       "Colonna a déclaré samedi que la France soutenait les efforts de la "
                       "Cédéao.\n")
    [event] = rec["events"]
    assert event["event"] == "SUPPORT"
    assert event["actor"][0]["name"] == "Catherine Colonna"
    assert event["recipient"][0]["country"] == "IGO"


def test_negated_and_planned_actions_are_not_events(extract_text):
    rec = extract_text("Publié le 10/10/2023\n\nLe Premier ministre irakien n'a pas rencontré "
                       "le président turc. Il se rendra la semaine prochaine à Ankara. "
                       "Bagdad pourrait imposer des sanctions à la Turquie.\n")
    assert rec["events"] == []
    kept = extract_text("Publié le 10/10/2023\n\nLe Premier ministre irakien n'a pas rencontré "
                        "le président turc.\n", keep_modal=True)
    assert kept["events"] and "negation" in kept["events"][0]["aux_modes"]


def test_background_is_flagged_historical(extract_text):
    rec = extract_text("Publié le 20/11/2024\n\nEn 2014, la Russie a annexé la Crimée et a "
                       "lancé une offensive contre l'Ukraine.\n")
    assert rec["events"]
    assert all("historical" in e["aux_modes"] for e in rec["events"])


def test_the_two_men_refers_to_the_last_pair(extract_text):
    rec = extract_text("Publié le 16/03/2023\n\nLe Premier ministre japonais Fumio Kishida a "
                       "reçu jeudi à Tokyo le président sud-coréen Yoon Suk-yeol. Les deux "
                       "hommes ont condamné le tir de missile de la Corée du Nord.\n")
    accused = {(e["actor"][0]["name"], e["recipient"][0]["country"])
               for e in rec["events"] if e["event"] == "ACCUSE"}
    assert accused == {("Fumio Kishida", "PRK"), ("Yoon Suk Yeol", "PRK")} or len(accused) == 2


def test_one_event_however_many_times_it_is_restated(extract_text):
    text = ("Publié le 02/12/2024\n\nVladimir Poutine s'est entretenu lundi avec Massoud "
            "Pezeshkian. Poutine et Pezeshkian se sont entretenus de la Syrie.\n")
    rec = extract_text(text)
    assert len([e for e in rec["events"] if e["event"] == "CONSULT"]) == 1
    assert rec["events"][0]["mentions"] == 2


def test_offsets_point_into_the_raw_text(extract_text):
    text = "Publié le 02/12/2024\n\nL’armée israélienne a bombardé mardi la bande de Gaza.\n"
    rec = extract_text(text)
    [event] = rec["events"]
    start, end = event["text_info"]["start"], event["text_info"]["end"]
    assert text[start:end].startswith("L’armée israélienne a bombardé")
    assert event["actor"][0]["sector"] == "MIL"
    assert event["recipient"][0]["country"] == "PSE"


def test_fighters_of_a_named_group_are_that_group(extract_text):
    rec = extract_text("Publié le 10/08/2014\n\nSamedi, des jihadistes de l'État islamique "
                       "ont attaqué des positions de l'armée libanaise à Ersal.\n")
    [event] = rec["events"]
    assert event["event"] == "ASSAULT"
    assert event["actor"][0]["name"] == "État islamique"
    assert event["recipient"][0]["country"] == "LBN"


def test_a_name_after_a_site_noun_is_a_place_not_a_participant(extract_text):
    rec = extract_text("Publié le 27/10/2014\n\nSamedi, l'armée libanaise a bombardé les "
                       "positions des miliciens retranchés près de la mosquée Abdallah Ibn "
                       "Massoud, à Tripoli.\n")
    names = {e["name"] for ev in rec["events"] for e in ev["actor"] + ev["recipient"]}
    assert not any("Massoud" in (n or "") for n in names)


def test_a_verb_the_tagger_reads_as_a_noun_still_has_its_subject(extract_text):
    rec = extract_text("Publié le 28/09/2024\n\nLe Hezbollah échange des tirs avec Israël "
                       "depuis le 8 octobre 2023.\n")
    [event] = rec["events"]
    assert event["event"] == "ASSAULT" and event["actor"][0]["name"] == "Hezbollah"
    assert event["recipient"][0]["name"] == "Israël"


def test_condemning_an_act_targets_who_did_it(extract_text):
    rec = extract_text("Publié le 20/03/2014\n\nL'ONU a condamné jeudi l'annexion de la "
                       "Crimée par la Russie.\n")
    assert ("ACCUSE", "Organisation des Nations unies", "Russie") in pairs(rec)


def test_two_states_named_together_break_off_with_each_other(extract_text):
    rec = extract_text("Publié le 04/01/2016\n\nL'Arabie saoudite et l'Iran ont rompu "
                       "dimanche leurs relations diplomatiques.\n")
    [event] = rec["events"]
    assert event["event"] == "SANCTION"
    assert {event["actor"][0]["country"], event["recipient"][0]["country"]} == {"SAU", "IRN"}


def test_sanctions_on_a_capital_hit_its_government_not_a_place(extract_text):
    rec = extract_text("Publié le 09/05/2018\n\nWashington a imposé mardi de nouvelles "
                       "sanctions économiques à Téhéran, une semaine après la sortie de "
                       "l'accord sur le programme nucléaire iranien.\n")
    event = next(e for e in rec["events"] if e["event"] == "SANCTION")
    assert event["recipient"][0]["country"] == "IRN"
    assert event["event_loc"] is None


def test_leaving_a_town_is_a_retreat_only_for_fighters(extract_text):
    rec = extract_text("Publié le 12/11/2022\n\nLes troupes russes ont quitté vendredi "
                       "Kherson. Le président a quitté Paris pour Berlin.\n")
    [event] = rec["events"]
    assert event["event"] == "RETREAT" and event["actor"][0]["country"] == "RUS"
    assert event["recipient"][0]["country"] == "UKR"


def test_an_agreement_told_twice_from_either_side_is_one_event(extract_text):
    rec = extract_text("Publié le 03/11/2022\n\nLe gouvernement éthiopien et le Front de "
                       "libération du peuple du Tigré ont signé mercredi à Pretoria un accord "
                       "de cessation des hostilités. Les deux parties se sont engagées à un "
                       "désarmement progressif des combattants.\n")
    agreements = [e for e in rec["events"] if e["event"] == "AGREE"]
    assert len(agreements) == 1
    assert agreements[0]["event_loc"]["name"] == "Pretoria"


def test_an_organisation_keeps_the_name_the_article_gives_it(extract_text):
    rec = extract_text("Publié le 12/05/2016\n\nL'aviation russe a bombardé jeudi des positions "
                       "de Daech près de Palmyre.\n")
    [event] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    target = event["recipient"][0]
    assert (target["name"], target["label"], target["kb_id"]) == \
        ("Daech", "État islamique", "org:ei")


def test_an_act_owned_by_the_subject_targets_its_de_phrase(extract_text):
    rec = extract_text("Publié le 03/10/2020\n\nL'Azerbaïdjan a lancé dimanche son offensive "
                       "contre l'Arménie. Le 20 février 2014, la Russie avait commencé son "
                       "invasion de la Crimée.\n")
    got = pairs(rec)
    assert ("ASSAULT", "Azerbaïdjan", "Arménie") in got
    assert ("ASSAULT", "Russie", "Ukraine") in got
    assert ("ASSAULT", "Crimée", None) not in got


def test_a_second_subject_after_the_verb_is_its_object(extract_text):
    rec = extract_text("Publié le 15/06/2019\n\nLe sommet remontait à 2017, lorsque Angela "
                       "Merkel avait rencontré Donald Trump à Hambourg.\n")
    assert ("CONSULT", "Angela Merkel", "Donald Trump") in pairs(rec) or \
        ("CONSULT", "Donald Trump", "Angela Merkel") in pairs(rec)


def test_positions_of_an_unnamed_army_are_the_army_of_the_place(extract_text):
    rec = extract_text("Publié le 10/09/2016\n\nEn août, des rebelles avaient attaqué des "
                       "positions de l'armée près de Maiduguri.\n")
    [attack] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert attack["recipient"][0]["country"] == "NGA"
    assert "historical" in attack["aux_modes"]


def test_overthrowing_the_named_president_targets_him(extract_text):
    rec = extract_text("Publié le 01/09/2021\n\nEn novembre 2017, l'armée avait renversé le "
                       "président Robert Mugabe.\n")
    [coup] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert coup["recipient"][0]["name"] == "Robert Mugabe"
    assert coup["date"] == "2017-11"


def test_overthrowing_a_person_is_a_coup_but_reversing_a_trend_is_not(extract_text):
    rec = extract_text("Publié le 10/01/2022\n\nEn avril 2019, le général Ahmed Awad Ibn Auf "
                       "avait renversé Omar el-Béchir. Le 3 juillet 2013, l'armée avait "
                       "renversé le président élu Mohamed Morsi. La hausse des prix a "
                       "renversé la tendance.\n")
    coups = {(e["recipient"][0]["name"], e["date"]) for e in rec["events"]
             if e["event"] == "COERCE"}
    assert coups == {("Omar el-Béchir", "2019-04"), ("Mohamed Morsi", "2013-07-03")}


def test_a_participle_opening_a_line_stays_in_its_sentence(extract_text):
    rec = extract_text("Publié le 21/09/2024\n\nRéunis vendredi à Addis-Abeba pour un sommet "
                       "extraordinaire consacré au Soudan, les dirigeants de l'Union africaine "
                       "ont exigé un cessez-le-feu immédiat.\n")
    [event] = [e for e in rec["events"] if e["event"] == "REQUEST"]
    assert event["date"] == "2024-09-20"
    assert event["event_loc"]["name"] == "Addis-Abeba"


def test_a_place_opening_the_sentence_is_neither_actor_nor_recipient(extract_text):
    rec = extract_text("Publié le 12/03/2021\n\nMardi à Genève, le secrétaire d'Etat "
                       "américain, Antony Blinken, a appelé Israël à la retenue. À Bruxelles, "
                       "en marge d'une réunion de l'Otan, le chef de la diplomatie française, "
                       "Jean-Yves Le Drian, a dénoncé la répression en Birmanie.\n")
    got = {(e["event"], e["actor"][0]["name"], e["recipient"][0]["country"],
            e["event_loc"]["name"]) for e in rec["events"]}
    assert ("REQUEST", "Antony Blinken", "ISR", "Genève") in got
    assert ("ACCUSE", "Jean-Yves Le Drian", "MMR", "Bruxelles") in got


def test_an_arrest_with_no_one_named_is_by_the_state(extract_text):
    rec = extract_text("Publié le 15/05/2023\n\nL'opposant Alexeï Navalny a été arrêté "
                       "dimanche à son retour. Un humanitaire belge a été arrêté lundi à "
                       "Téhéran. Les combats ont été arrêtés.\n")
    got = {(e["actor"][0]["country"], e["actor"][0]["sector"], e["recipient"][0]["country"],
            e["date"]) for e in rec["events"] if e["event"] == "COERCE"}
    assert got == {("RUS", "GOV", "RUS", "2023-05-14"), ("IRN", "GOV", "BEL", "2023-05-15")}


def test_a_coup_is_the_army_against_its_own_government(extract_text):
    rec = extract_text("Publié le 3 mars 2024\n\nL'an dernier, le Burkina Faso a connu deux "
                       "coups d'État. Le Gabon a vécu un putsch en août 2023.\n")
    coups = {(e["actor"][0]["country"], e["actor"][0]["sector"], e["recipient"][0]["sector"],
              e["date"]) for e in rec["events"] if e["event"] == "COERCE"}
    assert coups == {("BFA", "MIL", "GOV", "2023"), ("GAB", "MIL", "GOV", "2023-08")}


def test_sanctions_reimposed_and_an_accord_signed_with_someone(extract_text):
    rec = extract_text("Publié le 20/04/2019\n\nEn novembre 2018, Washington avait rétabli de "
                       "lourdes sanctions contre l'Iran. En juillet 2018, le Premier ministre "
                       "éthiopien avait signé à Asmara avec le président érythréen un accord de "
                       "paix.\n")
    got = {(e["event"], e["actor"][0]["country"], e["recipient"][0]["country"], e["date"])
           for e in rec["events"]}
    assert ("SANCTION", "USA", "IRN", "2018-11") in got
    assert ("AGREE", "ETH", "ERI", "2018-07") in got or ("AGREE", "ERI", "ETH", "2018-07") in got


def test_an_attack_claimed_by_a_group_is_its_act(extract_text):
    rec = extract_text("Publié le 20/08/2021\n\nL'attentat, revendiqué par le groupe État "
                       "islamique, a fait 12 morts jeudi à Kaboul.\n")
    [attack] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert attack["actor"][0]["kb_id"] == "org:ei"
    assert attack["recipient"][0]["country"] == "AFG"
    assert attack["event_loc"]["name"] == "Kaboul"


def test_another_first_name_is_another_person(extract_text):
    rec = extract_text("Publié le 10/12/2024\n\nEn 1982, l'armée de Hafez al-Assad avait écrasé "
                       "une insurrection des Frères musulmans. Lundi, Bashar Assad a reçu "
                       "Vladimir Poutine.\n")
    names = {e["actor"][0]["label"] or e["actor"][0]["name"] for e in rec["events"]}
    assert "Hafez al-Assad" in names and "Bachar al-Assad" in names
    [crushed] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert crushed["recipient"][0]["label"] == "Frères musulmans" or \
        crushed["recipient"][0]["name"] == "Frères musulmans"


def test_background_acts_between_states(extract_text):
    rec = extract_text("Publié le 10/03/2023\n\nEn 2012, la Ligue arabe avait suspendu la Syrie. "
                       "En novembre 2022, l'armée ukrainienne avait libéré Kherson. En 2019, les "
                       "États-Unis avaient refusé de reconnaître la réélection de Nicolás "
                       "Maduro.\n")
    got = {(e["event"], e["recipient"][0]["country"], e["date"]) for e in rec["events"]}
    assert ("SANCTION", "SYR", "2012") in got
    assert ("ASSAULT", "UKR", "2022-11") in got
    assert ("REJECT", "VEN", "2019") in got
    assert all("historical" in e["aux_modes"] for e in rec["events"])


def test_elle_stands_for_the_feminine_state_just_named(extract_text):
    rec = extract_text("Publié le 16/01/2023\n\nLe porte-parole du Kremlin, Dmitri Peskov, a "
                       "affirmé lundi que la Russie ne visait pas les civils. La Russie nie "
                       "viser des civils. Mardi, elle a bombardé Kharkiv.\n")
    actors = {e["actor"][0]["name"] for e in rec["events"] if e["event"] == "ASSAULT"}
    assert actors == {"Russie"}


def test_a_capital_acting_is_its_government_whatever_town_shares_its_name(extract_text):
    rec = extract_text("Publié le 19/04/2024\n\nWashington et Londres ont imposé jeudi de "
                       "nouvelles sanctions à l'Iran.\n")
    senders = {e["actor"][0]["country"] for e in rec["events"] if e["event"] == "SANCTION"}
    assert senders == {"USA", "GBR"}


def test_elle_is_not_the_man_named_last(extract_text):
    rec = extract_text("Publié le 08/08/2023\n\nLundi, le président nigérian Bola Tinubu a reçu "
                       "le général Tiani à Abuja. Le même jour, la secrétaire d'État adjointe "
                       "américaine, Victoria Nuland, s'est rendue à Niamey. Le général Moussa "
                       "Salaou Barmou l'a reçue. Elle a condamné le coup d'État.\n")
    assert ("CONSULT", "Bola Tinubu", "Abdourahamane Tiani") in pairs(rec)
    [accuse] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert accuse["actor"][0]["name"] == "Victoria Nuland"


def test_condemning_the_coup_targets_who_seized_power(extract_text):
    rec = extract_text("Publié le 05/09/2023\n\nDes militaires ont renversé mercredi le président "
                       "gabonais Ali Bongo. Paris a condamné le coup d'État. Le même jour, "
                       "l'Union africaine a dénoncé une prise de pouvoir illégale.\n")
    accused = {(e["actor"][0]["country"], e["recipient"][0]["country"],
                e["recipient"][0]["sector"]) for e in rec["events"] if e["event"] == "ACCUSE"}
    assert ("FRA", "GAB", "MIL") in accused
    assert all(r != "CONSULT" for r, *_ in pairs(rec))  # "coup" is not "coup de fil"


def test_a_verb_the_parser_hangs_on_its_subject_keeps_its_actors(extract_text):
    rec = extract_text("Publié le 10/12/2024\n\nDimanche, l'armée israélienne a bombardé le port "
                       "de Lattaquié. L'Égypte et l'Arabie saoudite ont pour leur part condamné "
                       "l'incursion israélienne. Le secrétaire général de l'ONU, António "
                       "Guterres, a lui aussi condamné dimanche ces frappes.\n")
    accused = {(e["actor"][0]["name"], e["recipient"][0]["country"])
               for e in rec["events"] if e["event"] == "ACCUSE"}
    assert {("Égypte", "ISR"), ("Arabie saoudite", "ISR"),
            ("António Guterres", "ISR")} <= accused


def test_an_object_pronoun_stands_for_the_person_named_before(extract_text):
    rec = extract_text("Publié le 12/03/2024\n\nLe chef de gang Jimmy Chérizier menace la "
                       "capitale. Les États-Unis l'avaient sanctionné en décembre 2020. Mardi, "
                       "Emmanuel Macron a reçu Volodymyr Zelensky à Paris et l'a assuré de son "
                       "soutien.\n")
    assert {("SANCTION", "États-Unis", "Jimmy Chérizier"),
            ("CONSULT", "Emmanuel Macron", "Volodymyr Zelensky"),
            ("SUPPORT", "Emmanuel Macron", "Volodymyr Zelensky")} <= pairs(rec)


def test_a_coup_by_the_army_is_not_merged_into_the_arrests_of_that_day(extract_text):
    rec = extract_text("Publié le 01/02/2021\n\nL'armée birmane a pris le pouvoir lundi en "
                       "Birmanie. Aung San Suu Kyi a été arrêtée lundi matin à Naypyidaw.\n")
    coerced = {(e["actor"][0]["sector"], e["recipient"][0]["kb_id"]) for e in rec["events"]
               if e["event"] == "COERCE"}
    assert ("MIL", "state:MMR") in coerced  # the coup, by the army against the state
    assert any(kb == "person:p:aung-san-suu-kyi" for _, kb in coerced)


def test_a_state_body_or_group_keeps_the_name_the_article_gives_it(extract_text):
    rec = extract_text("Publié le 14/03/2019\n\nÀ Harare, les forces de sécurité zimbabwéennes "
                       "ont tiré mardi sur des manifestants.\n")
    [event] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    [actor], [target] = event["actor"], event["recipient"]
    assert (actor["name"], actor["label"], actor["country"]) == (
        "forces de sécurité zimbabwéennes", "Zimbabwe", "ZWE")
    assert (target["name"], target["label"], target["country"]) == (
        "manifestants", "Zimbabwe", "ZWE")


def test_condemning_an_attack_on_civilians_targets_the_attackers_not_the_victims(extract_text):
    rec = extract_text("Publié le 10/06/2021\n\nDes jihadistes de l'État islamique ont attaqué "
                       "samedi un village du nord-est du Nigeria. Le président Muhammadu Buhari "
                       "a condamné dimanche une attaque visant les civils.\n")
    condemned = {who for kind, _, who in pairs(rec) if kind == "ACCUSE"}
    assert condemned == {"État islamique"}


def test_a_group_that_took_a_town_and_left_it_then_was_defeated(extract_text):
    rec = extract_text("Publié le 30/01/2025\n\nLe M23, né d'une mutinerie, s'était emparé de "
                       "Goma le 20 novembre 2012, avant de s'en retirer dix jours plus tard. "
                       "Il avait été défait en novembre 2013 par l'armée congolaise.\n")
    background = {(e["event"], e["actor"][0].get("label") or e["actor"][0]["name"],
                   e["recipient"][0].get("label") or e["recipient"][0]["name"], e["date"])
                  for e in rec["events"] if "historical" in e["aux_modes"]}
    congo = "République démocratique du Congo"
    assert ("ASSAULT", "M23", congo, "2012-11-20") in background
    assert any(kind == "RETREAT" and (actor, target) == ("M23", congo)
               for kind, actor, target, _ in background)
    assert ("ASSAULT", congo, "M23", "2013-11") in background


def test_soldiers_withdrawing_from_a_country_is_not_withdrawing_soldiers(extract_text):
    rec = extract_text("Publié le 02/04/2022\n\nLes forces russes se sont retirées vendredi de "
                       "la région de Kiev. Le candidat socialiste s'est retiré de la course.\n")
    [event] = rec["events"]
    assert (event["event"], event["actor"][0]["country"], event["recipient"][0]["country"],
            event["date"]) == ("RETREAT", "RUS", "UKR", "2022-04-01")


def test_breaking_with_him_is_rejecting_the_man_named_before(extract_text):
    rec = extract_text("Publié le 22/08/2020\n\nAllié d'Alassane Ouattara au second tour de "
                       "2010, Henri Konan Bédié avait rompu avec lui en 2018.\n")
    assert ("REJECT", "Henri Konan Bédié", "Alassane Ouattara") in pairs(rec)


def test_demanding_of_a_state_targets_it(extract_text):
    rec = extract_text("Publié le 10/11/2023\n\nLe président Iván Duque avait exigé de Cuba "
                       "l'extradition des négociateurs de la guérilla.\n")
    assert ("REQUEST", "Iván Duque", "Cuba") in pairs(rec)


def test_the_guerrilla_is_the_armed_group_last_named_not_a_party(extract_text):
    rec = extract_text("Publié le 10/11/2023\n\nL'ELN a revendiqué l'enlèvement, dénoncé "
                       "par l'ONU. La guérilla a attaqué mardi une caserne de l'armée "
                       "colombienne.\n")
    attackers = {actor for kind, actor, _ in pairs(rec) if kind == "ASSAULT"}
    assert attackers == {"Armée de libération nationale"}


def test_il_the_parser_calls_impersonal_is_the_man_named_in_apposition(extract_text):
    rec = extract_text("Publié le 10/11/2023\n\nLe président Gustavo Petro a rencontré jeudi "
                       "des rebelles. Son prédécesseur, Iván Duque, avait rompu les discussions "
                       "en 2019. Il avait exigé de Cuba l'extradition des négociateurs de la "
                       "guérilla.\n")
    assert ("REQUEST", "Iván Duque", "Cuba") in pairs(rec)


def test_a_person_with_no_nationality_is_of_the_country_the_article_is_about(extract_text):
    rec = extract_text("Publié le 12/03/2024\n\nLe Premier ministre haïtien Ariel Henry a "
                       "démissionné lundi. Haïti est en proie aux gangs. Le chef de gang Jimmy "
                       "Chérizier avait menacé le pays. Les Etats-Unis l'avaient sanctionné en "
                       "décembre 2020.\n")
    [sanction] = [e for e in rec["events"] if e["event"] == "SANCTION"]
    assert (sanction["recipient"][0]["name"], sanction["recipient"][0]["country"],
            sanction["date"]) == ("Jimmy Chérizier", "HTI", "2020-12")
    assert "historical" in sanction["aux_modes"]


def test_a_town_no_gazetteer_lists_is_taken_in_the_country_of_the_story(extract_text):
    rec = extract_text("Publié le 20/02/2023\n\nLes combats font rage dans l'est de la "
                       "République démocratique du Congo. Les rebelles du M23 ont pris "
                       "Kitshanga et Mweso la semaine dernière.\n")
    [taken] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert (taken["actor"][0]["label"], taken["recipient"][0]["country"]) == ("M23", "COD")
    assert (taken["event_loc"]["name"], taken["event_loc"]["country"]) == ("Kitshanga", "COD")


def test_an_unlisted_town_is_in_the_country_of_the_place_named_beside_it(extract_text):
    rec = extract_text("Publié le 16/08/2024\n\nL'armée ukrainienne a détruit vendredi un "
                       "pont près de Glouchkovo, dans la région russe de Koursk. L'Ukraine "
                       "dit avoir progressé.\n")
    [strike] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert strike["recipient"][0]["country"] == "RUS"
    assert strike["event_loc"]["country"] == "RUS"


def test_a_surname_the_tagger_calls_a_place_stays_a_person(extract_text):
    rec = extract_text("Publié le 16/08/2024\n\nLe président Félix Tshisekedi a reçu "
                       "Kamerhe jeudi à Kinshasa.\n")
    assert all(e["event_loc"] is None or e["event_loc"]["name"] != "Kamerhe"
               for e in rec["events"])


def test_places_joined_to_the_agent_are_not_further_attackers(extract_text):
    rec = extract_text("Publié le 02/12/2024\n\nLundi, la télévision d'État syrienne a "
                       "déclaré qu'environ 320 rebelles avaient été tués par les forces "
                       "gouvernementales près des villes d'Alep, Idlib et Hama.\n")
    attackers = {e["actor"][0]["name"] for e in rec["events"] if e["event"] == "ASSAULT"}
    assert attackers == {"forces gouvernementales"}


def test_paramilitaries_are_the_armed_group_named_before(extract_text):
    rec = extract_text("Publié le 15/06/2024\n\nLes Forces de soutien rapide (FSR) "
                       "assiègent El-Facher. En décembre, les paramilitaires s'étaient emparés "
                       "de Wad Madani, au sud de Khartoum.\n")
    [taken] = [e for e in rec["events"] if e["date"] == "2023-12"]
    assert (taken["event"], taken["actor"][0]["label"], taken["recipient"][0]["country"]) == \
        ("ASSAULT", "Forces de soutien rapide", "SDN")
    assert "historical" in taken["aux_modes"]


def test_protesters_of_two_trades_protest_against_their_own_government(extract_text):
    rec = extract_text("Publié le 03/10/2024\n\nAu Cameroun, le conflit a éclaté fin 2016, "
                       "lorsque des avocats puis des enseignants anglophones avaient manifesté "
                       "contre leur marginalisation.\n")
    [protest] = [e for e in rec["events"] if e["event"] == "PROTEST"]
    assert protest["recipient"][0]["country"] == "CMR"
    assert protest["recipient"][0]["sector"] == "GOV"


def test_a_participle_the_tagger_reads_as_a_noun_is_still_the_act(extract_text):
    rec = extract_text("Publié le 15/06/2024\n\nAu Soudan, les miliciens avaient massacré des "
                       "civils au Darfour en 2003.\n")
    [massacre] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert (massacre["actor"][0]["name"], massacre["recipient"][0]["country"],
            massacre["date"]) == ("miliciens", "SDN", "2003")
    assert "historical" in massacre["aux_modes"]


def test_listing_as_terrorist_and_placing_under_sanctions_are_sanctions(extract_text):
    rec = extract_text("Publié le 12/03/2024\n\nEn mars 2021, Washington avait inscrit le "
                       "groupe Ansar al-Sunna sur sa liste des organisations terroristes. Le "
                       "Conseil de sécurité de l'ONU a placé le chef de gang Jimmy Chérizier "
                       "sous sanctions en octobre 2022.\n")
    assert {(a, r) for kind, a, r in pairs(rec) if kind == "SANCTION"} == {
        ("États-Unis", "Ansar al-Sunna"),
        ("Conseil de sécurité de l'ONU", "Jimmy Chérizier")}


def test_a_mission_authorised_for_a_country_supports_that_country(extract_text):
    rec = extract_text("Publié le 12/03/2024\n\nLe Conseil de sécurité de l'ONU avait autorisé "
                       "le 2 octobre 2023 le déploiement d'une mission en Haïti. Les talibans "
                       "et Washington avaient signé un accord au Qatar en 2020.\n")
    assert ("SUPPORT", "Conseil de sécurité de l'ONU", "Haïti") in pairs(rec)
    assert not any(r == "Qatar" for _, _, r in pairs(rec))


def test_two_sides_accusing_each_other_is_an_accusation_each_way(extract_text):
    rec = extract_text("Publié le 03/11/2022\n\nL'Arménie et l'Azerbaïdjan s'accusent "
                       "mutuellement de violer le cessez-le-feu. Israël et le Hamas se sont "
                       "rejeté mardi la responsabilité de l'échec des négociations.\n")
    assert {(a, r) for kind, a, r in pairs(rec) if kind == "ACCUSE"} == {
        ("Arménie", "Azerbaïdjan"), ("Azerbaïdjan", "Arménie"),
        ("Israël", "Hamas"), ("Hamas", "Israël")}


def test_each_camp_accusing_the_other_are_the_two_sides_last_at_odds(extract_text):
    rec = extract_text("Publié le 03/11/2022\n\nLe Premier ministre éthiopien Abiy Ahmed avait "
                       "signé en 2018 un accord avec le président érythréen Issayas Afeworki. "
                       "En juin 2021, les rebelles du TPLF avaient repris Mekele. En août 2022, "
                       "les combats avaient repris, chaque camp accusant l'autre d'avoir rouvert "
                       "les hostilités.\n")
    accusations = {(a, r) for kind, a, r in pairs(rec) if kind == "ACCUSE"}
    assert accusations == {("Front de libération du peuple du Tigré", "Éthiopie"),
                           ("Éthiopie", "Front de libération du peuple du Tigré")}
    assert ("ASSAULT", "Front de libération du peuple du Tigré", "Éthiopie") in pairs(rec)


def test_a_pronominal_verb_of_one_side_is_not_mutual(extract_text):
    rec = extract_text("Publié le 03/11/2022\n\nWashington et Londres se sont félicités mardi "
                       "de la libération des otages. Les rebelles du M23 se sont emparés mardi de "
                       "Rubaya.\n")
    assert all(kind != "ACCUSE" for kind, _, _ in pairs(rec))
    assert ("ASSAULT", "M23", "République démocratique du Congo") in pairs(rec)


def test_an_enclave_taken_is_its_town(extract_text):
    rec = extract_text("Publié le 15/10/2019\n\nEn mars 2018, Ankara et ses alliés rebelles "
                       "s'étaient emparés de l'enclave kurde d'Afrin, dans le nord de la "
                       "Syrie.\n")
    [taken] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert (taken["actor"][0]["country"], taken["recipient"][0]["country"]) == ("TUR", "SYR")
    assert taken["event_loc"]["name"] == "Afrin" and "historical" in taken["aux_modes"]


def test_dismissing_an_official_is_coercion(extract_text):
    rec = extract_text("TUNIS, 27 juillet 2021 (AFP) - Le président tunisien Kaïs Saïed a "
                       "limogé lundi le ministre de la Défense, Brahim Bartagi.\n")
    [dismissal] = rec["events"]
    assert (dismissal["event"], dismissal["actor"][0]["name"],
            dismissal["recipient"][0]["name"], dismissal["date"]) == \
        ("COERCE", "Kaïs Saïed", "Brahim Bartagi", "2021-07-26")


def test_a_noun_and_the_name_after_it_as_two_subjects_are_the_name(extract_text):
    rec = extract_text("Publié le 06/02/2024\n\nLe principal opposant, Ousmane Sonko, est "
                       "emprisonné depuis fin juillet 2023.\n")
    [held] = rec["events"]
    assert (held["event"], held["actor"][0]["country"], held["recipient"][0]["name"]) == \
        ("COERCE", "SEN", "Ousmane Sonko")
    assert held["date"] == "2023-07" and "historical" in held["aux_modes"]


def test_blaming_an_act_on_someone_the_parser_hangs_on_the_act(extract_text):
    rec = extract_text("Publié le 29/01/2025\n\nMardi, le président sud-africain Cyril "
                       "Ramaphosa a imputé la mort de soldats sud-africains au M23.\n")
    [blame] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert (blame["actor"][0]["name"], blame["recipient"][0]["kb_id"]) == \
        ("Cyril Ramaphosa", "org:m23")


def test_two_states_pledging_a_gift_pledge_it_to_its_recipient(extract_text):
    rec = extract_text("Publié le 20/01/2023\n\nLa France et l'Allemagne se sont engagées "
                       "mardi à livrer des chars à l'Ukraine.\n")
    pledges = {(e["actor"][0]["country"], e["recipient"][0]["country"])
               for e in rec["events"] if e["event"] == "AGREE"}
    assert pledges == {("FRA", "UKR"), ("DEU", "UKR")}


def test_a_counterpart_with_no_nationality_is_the_one_of_the_country_the_article_is_about(
        extract_text):
    rec = extract_text("Publié le 11/08/2020\n\nEn Biélorussie, le président Alexandre "
                       "Loukachenko a été réélu dimanche. La Biélorussie reste proche de Moscou. "
                       "Dès lundi, Vladimir Poutine a félicité son homologue pour sa réélection.\n")
    praise = _support(rec)
    assert (praise["actor"][0]["name"], praise["recipient"][0]["name"]) == \
        ("Vladimir Poutine", "Alexandre Loukachenko")


def test_firing_on_the_crowd_targets_the_crowd(extract_text):
    rec = extract_text("Publié le 26/06/2024\n\nAu Kenya, la police a tiré mardi sur la "
                       "foule.\n")
    [shots] = rec["events"]
    assert (shots["event"], shots["actor"][0]["country"], shots["recipient"][0]["name"],
            shots["recipient"][0]["sector"]) == ("ASSAULT", "KEN", "foule", "CVL")


def _support(record: dict) -> dict:
    [found] = [e for e in record["events"] if e["event"] == "SUPPORT"]
    return found


def test_a_warship_is_its_navy_named_by_its_prefix_or_its_adjective(extract_text):
    rec = extract_text("Publié le 13/01/2024\n\nLe destroyer USS Carney a tiré samedi des "
                       "missiles Tomahawk sur un site radar près de Sanaa, a indiqué le "
                       "Centcom.\n\nMardi, les Houthis avaient tiré un missile sur une frégate "
                       "britannique en mer Rouge.\n")
    strikes = {(e["actor"][0]["country"], e["actor"][0]["sector"], e["recipient"][0]["country"])
               for e in rec["events"] if e["event"] == "ASSAULT"}
    assert ("USA", "MIL", "YEM") in strikes
    assert any(a == "YEM" and r == "GBR" for a, _, r in strikes)


def test_a_recall_or_expulsion_named_by_a_noun_is_by_whoever_announces_it(extract_text):
    rec = extract_text("Publié le 08/04/2025\n\nLe Mali a annoncé lundi le rappel de son "
                       "ambassadeur à Alger. Paris a annoncé mardi l'expulsion de deux "
                       "diplomates russes.\n")
    sanctions = {(e["actor"][0]["country"], e["recipient"][0]["country"])
                 for e in rec["events"] if e["event"] == "SANCTION"}
    # the ambassador recalled is what, not who; the diplomates expelled are whose
    assert sanctions == {("MLI", "DZA"), ("FRA", "RUS")}


def test_a_participle_coordinated_in_a_passive_is_passive(extract_text):
    rec = extract_text("Publié le 18/07/2018\n\nLe 9 juillet, l'opposant Félix Maradiaga a "
                       "été insulté et frappé par la police à Managua.\n")
    [beating] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    # the police beat him, not he the police
    assert beating["actor"][0]["country"] == "NIC" and beating["actor"][0]["sector"] == "COP"
    assert beating["recipient"][0]["name"] == "Félix Maradiaga"


def test_a_resignation_gives_way_to_the_resigners_own_state(extract_text):
    rec = extract_text("Publié le 12/03/2025\n\nÀ Belgrade, le ministre serbe de la "
                       "Construction, Goran Vesic, a démissionné mardi, quatre jours après "
                       "l'effondrement meurtrier de l'auvent de la gare de Novi Sad.\n")
    [event] = [e for e in rec["events"] if e["mode"] == "resign"]
    assert event["actor"][0]["name"] == "Goran Vesic"
    assert [r["country"] for r in event["recipient"]] == ["SRB"]
    assert event["date"] == "2025-03-11"


def test_a_modal_in_a_past_tense_tells_the_act_happened(extract_text):
    done = extract_text("Publié le 15/07/2022\n\nAu Sri Lanka, le 9 mai, le Premier ministre "
                        "Mahinda Rajapaksa avait dû démissionner après des semaines de "
                        "manifestations.\n")
    [event] = [e for e in done["events"] if e["mode"] == "resign"]
    assert event["actor"][0]["name"].startswith("Mahinda Rajapaks")
    assert event["date"] == "2022-05-09"
    planned = extract_text("Publié le 15/07/2022\n\nAu Sri Lanka, le Premier ministre Mahinda "
                           "Rajapaksa doit démissionner. Il devait quitter ses fonctions.\n")
    assert not [e for e in planned["events"] if e["mode"] == "resign"]


def test_deposed_by_the_army_is_a_coup_by_parliament_an_impeachment(extract_text):
    rec = extract_text("Publié le 20/12/2024\n\nEn 2004, le président sud-coréen Roh Moo-hyun "
                       "avait été destitué par l'Assemblée nationale. En avril 2019, le "
                       "président soudanais Omar el-Béchir avait été destitué par l'armée.\n")
    kinds = {e["recipient"][0]["name"]: e["event"] for e in rec["events"]}
    assert kinds["Roh Moo-hyun"] == "SANCTION"
    assert kinds["Omar el-Béchir"] == "COERCE"


def test_a_participle_on_an_attribute_acts_on_the_subject(extract_text):
    rec = extract_text("Publié le 14/12/2024\n\nLe président sud-coréen Yoon Suk-yeol est le "
                       "troisième chef de l'État destitué par le Parlement.\n")
    [event] = rec["events"]
    assert event["event"] == "SANCTION"
    assert event["recipient"][0]["name"] == "Yoon Suk Yeol"


def test_thousands_of_protesters_are_the_protesters(extract_text):
    rec = extract_text("Publié le 05/12/2024\n\nÀ Tbilissi, des milliers de manifestants ont "
                       "attaqué jeudi les policiers qui gardaient le Parlement. La police a "
                       "arrêté une centaine de manifestants.\n")
    attack = next(e for e in rec["events"] if e["event"] == "ASSAULT")
    assert attack["actor"][0]["name"] == "manifestants"
    assert attack["actor"][0]["country"] == "GEO"
    arrest = next(e for e in rec["events"] if e["event"] == "COERCE")
    assert arrest["recipient"][0]["name"] == "manifestants"


def test_clashes_that_broke_out_between_two_sides_are_between_them(extract_text):
    rec = extract_text("Publié le 15/05/2024\n\nEn RDC, des affrontements ont éclaté mardi "
                       "entre l'armée congolaise et les rebelles du M23. De violents combats "
                       "entre l'armée et le M23 ont eu lieu mercredi près de Sake.\n")
    clashes = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert {e["date"] for e in clashes} == {"2024-05-14", "2024-05-15"}
    for e in clashes:
        sides = {e["actor"][0]["country"], e["recipient"][0]["label"]}
        assert sides == {"COD", "M23"}


def test_protests_that_broke_out_in_a_town_are_its_people_against_their_rulers(extract_text):
    rec = extract_text("Publié le 30/04/2015\n\nDes manifestations ont éclaté dimanche dans "
                       "les quartiers contestataires de Bujumbura.\n")
    [protest] = [e for e in rec["events"] if e["event"] == "PROTEST"]
    assert protest["actor"][0]["country"] == protest["recipient"][0]["country"] == "BDI"
    assert protest["date"] == "2015-04-26"
    assert protest["event_loc"]["name"] == "Bujumbura"


def test_a_predicate_summing_up_an_act_is_not_another_act(extract_text):
    rec = extract_text("Publié le 02/12/2024\n\nL'attaque des rebelles de la semaine dernière "
                       "était le premier affrontement majeur entre les rebelles syriens et les "
                       "forces gouvernementales depuis mars 2020.\n")
    assert not [e for e in rec["events"] if e["event_text"].startswith("L'attaque") and
                e["actor"] and e["actor"][0]["name"] == "rebelles syriens"]


def test_assailants_killed_are_the_group_that_attacked(extract_text):
    rec = extract_text("Publié le 14/03/2023\n\nLe Groupe de soutien à l'islam et aux "
                       "musulmans (JNIM) a attaqué lundi un camp de l'armée malienne près de "
                       "Boni. Une quarantaine d'assaillants ont été tués par les frappes de "
                       "l'aviation malienne.\n")
    strikes = [e for e in rec["events"] if e["actor"][0].get("sector") == "MIL"]
    assert strikes and strikes[0]["recipient"][0]["label"] == \
        "Groupe de soutien à l'islam et aux musulmans"


def test_a_group_another_is_linked_to_is_not_the_one_the_story_is_about(extract_text):
    rec = extract_text("Publié le 14/03/2023\n\nL'attaque d'un camp de l'armée malienne près de "
                       "Boni a été revendiquée mardi par le GSIM, lié à al-Qaïda. Une quarantaine "
                       "d'assaillants ont été tués par les frappes de l'aviation malienne.\n")
    strikes = [e for e in rec["events"] if e["actor"][0].get("sector") == "MIL"]
    assert strikes and strikes[0]["recipient"][0]["label"] == \
        "Groupe de soutien à l'islam et aux musulmans"


def test_a_subject_the_parser_hangs_on_the_opening_phrase_is_still_the_actor(extract_text):
    rec = extract_text("Publié le 08/08/2024\n\nLa crise continue au Bangladesh. Le 15 juillet, "
                       "des militants de la Ligue Awami, l'aile étudiante du parti au pouvoir, "
                       "avaient attaqué les manifestants à l'université de Dacca.\n")
    [attack] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert attack["actor"][0]["label"] == "Ligue Awami"
    assert attack["date"] == "2024-07-15" and "historical" in attack["aux_modes"]


def test_the_agent_of_a_passive_after_a_phrase_of_company(extract_text):
    rec = extract_text("Publié le 08/08/2024\n\nLa crise continue au Bangladesh. Le 15 août 1975, "
                       "Sheikh Mujibur Rahman avait été assassiné avec la plupart des siens par "
                       "des officiers de l'armée dans sa maison de Dhanmondi.\n")
    [attack] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert attack["actor"][0]["country"] == "BGD" and attack["actor"][0]["sector"] == "MIL"
    assert attack["recipient"][0]["name"] == "Sheikh Mujibur Rahman"


def test_what_someone_calls_a_target_is_the_target_not_who_calls_it(extract_text):
    rec = extract_text("Publié le 10/05/2025\n\nLe Jaish-e-Mohammed avait revendiqué l'attentat de "
                       "Pulwama. Douze jours plus tard, l'aviation indienne avait bombardé ce que "
                       "New Delhi présentait comme un camp d'entraînement de ce groupe à Balakot, "
                       "au Pakistan.\n")
    [strike] = [e for e in rec["events"] if e["actor"][0].get("sector") == "MIL"]
    assert strike["recipient"][0]["label"] == "Jaish-e-Mohammed"
    assert strike["event_loc"]["name"] == "Balakot"


def test_unnamed_gunmen_of_a_claimed_attack_are_the_claimant_abroad(extract_text):
    rec = extract_text("Publié le 24/09/2013\n\nAu Kenya, au moins 62 personnes ont été tuées "
                       "depuis le début de l'attaque, revendiquée par les insurgés somaliens "
                       "shebab. L'attaque a débuté samedi, lorsqu'une dizaine d'hommes lourdement "
                       "armés ont ouvert le feu à l'entrée du centre commercial. Le premier "
                       "ministre canadien Stephen Harper a condamné dimanche cette attaque contre "
                       "des civils innocents.\n")
    [attack] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert attack["actor"][0]["label"] == "Shebab"
    assert attack["recipient"][0]["country"] == "KEN" and attack["date"] == "2013-09-21"
    [condemned] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert condemned["recipient"][0]["label"] == "Shebab"


def test_who_an_object_names_as_doing_what_is_condemned(extract_text):
    rec = extract_text("Publié le 02/07/2019\n\nA Hongkong, mardi, Carrie Lam a dénoncé lors "
                       "d'une conférence de presse «l'usage extrême de la violence et le "
                       "vandalisme» des manifestants, assurant que les auteurs seraient "
                       "poursuivis.\n")
    [accuse] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert accuse["recipient"][0]["country"] == "HKG"
    assert accuse["recipient"][0]["sector"] == "CVL"


def test_members_nobody_names_act_for_their_organisation(extract_text):
    rec = extract_text("Publié le 16/08/2013\n\nAu Caire, la police égyptienne a arrêté jeudi "
                       "plusieurs dirigeants des Frères musulmans.\n")
    [arrest] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert arrest["recipient"][0]["label"] == "Frères musulmans"


def test_the_agent_of_an_act_named_by_a_noun_hung_on_its_complement(extract_text):
    rec = extract_text("Publié le 16/08/2013\n\nEn Egypte, les partisans de Mohamed Morsi "
                       "réclamaient son retour depuis la destitution du président islamiste par "
                       "l'armée, le 3 juillet.\n")
    [coup] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert coup["actor"][0]["country"] == "EGY" and coup["actor"][0]["sector"] == "MIL"
    assert coup["recipient"][0]["country"] == "EGY"
    assert coup["date"] == "2013-07-03" and "historical" in coup["aux_modes"]


def test_a_state_act_named_by_a_noun_is_done_to_its_de_phrase(extract_text):
    rec = extract_text("Publié le 20/08/2023\n\nEn Équateur, la dissolution de l'Assemblée "
                       "nationale par le président Guillermo Lasso, le 17 mai 2023, avait "
                       "provoqué une élection anticipée.\n")
    [dissolved] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert dissolved["actor"][0]["name"] == "Guillermo Lasso"
    assert dissolved["recipient"][0]["country"] == "ECU"
    assert dissolved["recipient"][0]["sector"] == "LEG"


def test_a_generic_institution_is_the_one_of_the_story_country(extract_text):
    rec = extract_text("Publié le 02/11/2014\n\nLe Burkina Faso est en crise. Jeudi, des "
                       "milliers de manifestants ont pris d'assaut l'Assemblée nationale.\n")
    [storm] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert storm["recipient"][0]["country"] == "BFA"
    rec = extract_text("Publié le 12/06/2024\n\nEmmanuel Macron a dissous l'Assemblée "
                       "nationale dimanche soir, après la défaite de son camp aux européennes.\n")
    assert {e["recipient"][0]["country"] for e in rec["events"]} == {"FRA"}


def test_a_demonym_before_a_name_says_where_the_person_is_from(extract_text):
    rec = extract_text("Publié le 12/05/2023\n\nLe Russe Vladimir Poutine a rencontré jeudi le "
                       "Turc Recep Tayyip Erdogan à Sotchi.\n")
    [meeting] = [e for e in rec["events"] if e["event"] == "CONSULT"]
    assert {meeting["actor"][0]["name"], meeting["recipient"][0]["name"]} == {
        "Vladimir Poutine", "Recep Tayyip Erdogan"}


def test_the_two_signatories_of_what_was_signed_are_its_sides(extract_text):
    rec = extract_text("Publié le 02/11/2014\n\nIl avait été médiateur de l'accord de Ouagadougou, "
                       "signé le 4 mars 2007 par l'Ivoirien Laurent Gbagbo et l'ex-chef rebelle "
                       "Guillaume Soro.\n")
    [deal] = [e for e in rec["events"] if e["event"] == "AGREE"]
    assert {deal["actor"][0]["name"], deal["recipient"][0]["name"]} == {
        "Laurent Gbagbo", "Guillaume Soro"}
    assert deal["date"] == "2007-03-04" and "historical" in deal["aux_modes"]


def test_where_a_detention_is_condemned_does_not_make_it_that_states(extract_text):
    rec = extract_text("Publié le 01/02/2021\n\nEn Birmanie, l'armée a pris le pouvoir lundi. "
                       "Depuis New York, le secrétaire général de l'ONU, Antonio Guterres, a « "
                       "fermement condamné » dimanche soir la détention des dirigeants civils.\n")
    assert not [e for e in rec["events"] if e["actor"][0]["country"] == "USA"]


def test_a_charge_with_no_one_named_is_by_the_state(extract_text):
    rec = extract_text("Publié le 04/06/2019\n\nAu Soudan, la contestation continue. Détenu à la "
                       "prison de Kober, Omar el-Béchir a été inculpé le 13 mai pour incitation au "
                       "meurtre de manifestants.\n")
    [charge] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert charge["actor"][0]["country"] == "SDN"
    assert charge["recipient"][0]["name"] == "Omar el-Béchir"
    assert charge["date"] == "2019-05-13"


def test_a_deposed_office_holder_is_the_one_whose_term_ended(extract_text):
    rec = extract_text("Publié le 05/09/2023\n\nAu Gabon, le général Brice Clotaire Oligui Nguema "
                       "a prêté serment lundi. Le président déchu a été placé en résidence "
                       "surveillée à Libreville.\n")
    [arrest] = [e for e in rec["events"] if e["event"] == "COERCE" and
                e["event_text"].startswith("Le président déchu")]
    assert arrest["recipient"][0]["name"] == "Ali Bongo Ondimba"


def test_a_protest_repressed_is_the_state_against_its_protesters(extract_text):
    rec = extract_text("Publié le 12/01/2019\n\nVenezuela : la crise s'aggrave\n\nLe Venezuela "
                       "s'enfonce dans la crise. En 2017, des manifestations quasi quotidiennes "
                       "contre le président Nicolas Maduro avaient été réprimées. En 2014, la "
                       "contestation avait éclaté à Caracas. Elle avait été réprimée dans le "
                       "sang.\n")
    repressed = [e for e in rec["events"] if e["event"] in ("COERCE", "ASSAULT")]
    assert len(repressed) == 2
    for event in repressed:
        assert event["actor"][0]["country"] == "VEN"
        # the protesters, not whom they protested against
        assert [(r["name"], r["country"]) for r in event["recipient"]] == [
            ("manifestants", "VEN")]
        assert "historical" in event["aux_modes"]


def test_sanctions_eased_with_no_target_are_on_the_country_of_the_story(extract_text):
    rec = extract_text("Publié le 29/07/2024\n\nVenezuela : Maduro proclamé vainqueur\n\nLe "
                       "Venezuela est sous pression. En octobre 2023, Washington avait assoupli "
                       "ses sanctions pétrolières, avant de les rétablir en avril.\n")
    [eased] = [e for e in rec["events"] if e["event"] == "CONCEDE"]
    assert eased["actor"][0]["country"] == "USA"
    assert eased["recipient"][0]["country"] == "VEN"


def test_two_capitals_announcing_sanctions_are_both_actors(extract_text):
    rec = extract_text("Publié le 19/04/2024\n\nIran : nouvelles sanctions\n\nL'Iran a menacé "
                       "Israël. Washington et Londres avaient annoncé jeudi de nouvelles "
                       "sanctions.\n")
    sanctions = [e for e in rec["events"] if e["event"] == "SANCTION"]
    assert {e["actor"][0]["country"] for e in sanctions} == {"USA", "GBR"}
    assert all(e["recipient"][0]["country"] == "IRN" for e in sanctions)


def test_forced_to_resign_names_whom_the_parser_hangs_on_the_resignation(extract_text):
    rec = extract_text("Publié le 16/07/2016\n\nTurquie : une tentative de putsch\n\nLa Turquie "
                       "a connu plusieurs coups d'État. En 1997, les généraux avaient contraint à "
                       "la démission le premier ministre islamiste Necmettin Erbakan.\n")
    [forced] = [e for e in rec["events"] if e["event_text"].startswith("En 1997")]
    assert forced["event"] == "COERCE" and forced["actor"][0]["country"] == "TUR"
    assert forced["recipient"][0]["name"] == "Necmettin Erbakan"
    assert forced["date"] == "1997" and "historical" in forced["aux_modes"]


def test_an_attack_blamed_by_one_side_on_another_is_the_others(extract_text):
    rec = extract_text("Publié le 04/01/2020\n\nIrak : escalade\n\nLa tension monte en Irak. Le 27 "
                       "décembre, une attaque imputée par Washington aux Brigades du Hezbollah "
                       "avait tué un sous-traitant américain près de Kirkouk.\n")
    [blame] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert blame["actor"][0]["country"] == "USA"
    assert blame["recipient"][0]["name"] == "Brigades du Hezbollah"
    [attack] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert attack["actor"][0]["name"] == "Brigades du Hezbollah"
    assert attack["event_loc"]["name"] == "Kirkouk"  # not Washington, who blames


def test_a_participle_the_tagger_reads_as_a_noun_under_its_auxiliary_is_the_act(extract_text):
    rec = extract_text("Publié le 07/05/2014\n\nNigeria : Boko Haram frappe encore\n\nLe groupe "
                       "Boko Haram multiplie les attaques dans le nord-est du Nigeria. Le 25 "
                       "février, des insurgés avaient massacré 59 élèves du collège fédéral de "
                       "Buni Yadi.\n")
    [massacre] = [e for e in rec["events"] if e["event_text"].startswith("Le 25 février")]
    assert massacre["event"] == "ASSAULT"
    assert massacre["actor"][0]["name"] == "Boko Haram"
    assert massacre["date"] == "2014-02-25" and "historical" in massacre["aux_modes"]


def test_a_participles_agreement_says_whom_its_object_clitic_stands_for(extract_text):
    rec = extract_text("Publié le 17/12/2022\n\nPérou : la crise continue\n\nLe Pérou traverse "
                       "une crise. Le président Pedro Castillo a tenté de dissoudre le Parlement "
                       "le 7 décembre. Mme Dina Boluarte a prêté serment le soir même. Le Congrès "
                       "l'avait aussitôt destitué, par 101 voix sur 130.\n")
    [removed] = [e for e in rec["events"] if e["event_text"].startswith("Le Congrès")]
    assert removed["recipient"][0]["name"] == "Pedro Castillo"  # "destitué", not "destituée"


def test_an_office_in_dated_background_is_whoever_held_it_then(extract_text):
    rec = extract_text("Publié le 24/05/2014\n\nThaïlande : l'armée prend le pouvoir\n\nLa "
                       "Thaïlande est sous la coupe de l'armée. Le 7 mai, la Cour "
                       "constitutionnelle avait destitué la Première ministre pour abus de "
                       "pouvoir.\n")
    [removed] = [e for e in rec["events"] if e["event_text"].startswith("Le 7 mai")]
    # the one the removal unseated, not the head of the junta in office at the article's date
    assert removed["recipient"][0]["name"] == "Yingluck Shinawatra"


def test_a_new_office_holder_in_background_is_the_one_of_the_articles_date(extract_text):
    rec = extract_text("Publié le 20/01/2024\n\nRDC : Tshisekedi investi\n\nLa RDC a un "
                       "président réélu. Félix Tshisekedi avait été proclamé vainqueur en janvier "
                       "2019 au terme d'un scrutin contesté par l'opposant Martin Fayulu, qui "
                       "avait accusé le nouveau président d'avoir passé un accord avec le pouvoir "
                       "sortant.\n")
    [accused] = [e for e in rec["events"] if e["event"] == "ACCUSE"]
    assert accused["recipient"][0]["name"] == "Félix Tshisekedi"


def test_the_cnt_is_libyas_in_2011_and_each_juntas_own_legislature_elsewhere(extract_text):
    libya = extract_text("Publié le 21/10/2011\n\nLibye : Kadhafi est mort\n\nLa Libye tourne la "
                         "page. Le 10 mars, la France avait été le premier pays à reconnaître le "
                         "CNT.\n")
    [recognised] = [e for e in libya["events"] if e["event"] == "SUPPORT"]
    assert recognised["recipient"][0]["name"] == "Conseil national de transition libyen"
    mali = extract_text("Publié le 21/10/2022\n\nMali : la transition prolongée\n\nLe Mali reste "
                        "sous la coupe de la junte. Le CNT a rejeté la demande de la Cédéao.\n")
    [rejected] = [e for e in mali["events"] if e["event"] == "REJECT"]
    assert rejected["actor"][0]["country"] == "MLI"


def test_an_act_someone_was_compelled_to_do_is_theirs_towards_the_compeller(extract_text):
    rec = extract_text("Publié le 10/07/2018\n\nÉthiopie-Érythrée : la paix\n\nL'Éthiopie et "
                       "l'Érythrée ont signé la paix. L'offensive lancée par l'armée éthiopienne "
                       "en mai 2000 avait contraint Asmara à accepter un cessez-le-feu.\n")
    [accepted] = [e for e in rec["events"] if e["event"] == "AGREE" and
                  e["event_text"].startswith("L'offensive")]
    assert accepted["actor"][0]["country"] == "ERI"
    assert accepted["recipient"][0]["country"] == "ETH"
    assert "historical" in accepted["aux_modes"]


def test_a_movement_named_again_is_an_armed_group_not_an_international_body(extract_text):
    rec = extract_text("Publié le 19/10/2017\n\nSomalie : les shebab frappent Mogadiscio\n\nLes "
                       "shebab ont frappé Mogadiscio samedi, malgré la force de l'Union africaine. "
                       "Mais le mouvement, qui avait prêté allégeance à Al-Qaïda en février 2012, "
                       "reste puissant.\n")
    [allegiance] = [e for e in rec["events"] if e["event"] == "SUPPORT"]
    assert allegiance["actor"][0]["name"] == "Shebab"
    assert allegiance["recipient"][0]["name"] == "Al-Qaïda"


def test_a_participle_set_off_before_the_clause_is_its_agents_act_on_the_subject(extract_text):
    rec = extract_text("Publié le 12/01/2019\n\nVenezuela : Maduro investi\n\nLe Venezuela "
                       "s'enfonce dans la crise. Désigné par Hugo Chavez comme son héritier en "
                       "décembre 2012, Nicolas Maduro a été élu en avril 2013.\n")
    [designated] = [e for e in rec["events"] if e["event"] == "SUPPORT"]
    assert designated["actor"][0]["name"] == "Hugo Chávez"
    assert designated["recipient"][0]["name"] == "Nicolás Maduro"
    assert designated["date"] == "2012-12"


def test_a_countrys_leader_is_the_head_of_government_the_article_named(extract_text):
    rec = extract_text("Publié le 10/07/2018\n\nÉthiopie-Érythrée : la paix\n\nLe Premier "
                       "ministre éthiopien Abiy Ahmed est arrivé dimanche à Asmara. Le président "
                       "érythréen Issaias Afeworki a reçu lundi le dirigeant éthiopien.\n")
    [met] = [e for e in rec["events"] if e["event"] == "CONSULT" and
             e["event_text"].startswith("Le président")]
    names = {met["actor"][0]["name"], met["recipient"][0]["name"]}
    assert "Abiy Ahmed" in names  # not Ethiopia's ceremonial head of state


def test_an_ethnic_or_religious_community_is_a_participant(extract_text):
    rec = extract_text("Publié le 12/03/2021\n\nLes FSR ont tué des milliers de Massalit à "
                       "El-Geneina. Les shebab ont massacré des chrétiens près de Mogadiscio. "
                       "La police a arrêté des dizaines d'Ouïghours à Urumqi.\n")
    got = {(e["event"], e["recipient"][0]["name"], e["recipient"][0]["sector"],
            e["recipient"][0]["kb_id"]) for e in rec["events"]}
    assert ("ASSAULT", "Massalit", "ETH", "community:massalit") in got
    assert ("ASSAULT", "chrétiens", "REL", "community:chretiens") in got
    assert any(e["recipient"][0]["name"] == "Ouïghours" and
               e["recipient"][0]["country"] == "CHN" for e in rec["events"])


def test_a_community_adjective_on_a_people_noun_names_the_community(extract_text):
    rec = extract_text("Publié le 12/03/2021\n\nEn 2017, une campagne de répression menée "
                       "par l'armée birmane contre la minorité musulmane rohingya avait "
                       "poussé 700 000 personnes à fuir au Bangladesh.\n")
    assert any(e["event"] == "ASSAULT" and e["actor"][0]["country"] == "MMR" and
               e["recipient"][0]["name"] == "Rohingyas" and
               e["recipient"][0]["country"] == "MMR" for e in rec["events"])


def test_a_body_named_by_a_community_stays_the_group_named_after_it(extract_text):
    rec = extract_text("Publié le 12/03/2021\n\nLe JNIM a attaqué Gao. En janvier 2012, "
                       "les rebelles touareg du Mouvement national de libération de l'Azawad "
                       "(MNLA) avaient lancé une offensive dans le nord du Mali.\n")
    assert any(e["actor"][0]["kb_id"] == "org:mnla" for e in rec["events"])
    assert not any(e["actor"][0]["kb_id"] == "org:jnim" and "historical" in e["aux_modes"]
                   for e in rec["events"])


def test_jihadist_groups_fought_are_the_recipient_not_the_country(extract_text):
    rec = extract_text("Publié le 12/03/2021\n\nBamako (AFP) - La France, intervenue "
                       "militairement au Mali dès janvier 2013 contre les groupes jihadistes, "
                       "a retiré ses troupes.\n")
    assert any(e["event"] == "ASSAULT" and e["actor"][0]["country"] == "FRA" and
               e["recipient"][0]["name"] == "groupes jihadistes" and
               e["recipient"][0]["sector"] == "REB" for e in rec["events"])


def test_giving_up_recognising_and_suspending_in_background(extract_text):
    rec = extract_text("Publié le 12/03/2021\n\nJuba (AFP) - Le 11 mars 2019, le président "
                       "Abdelaziz Bouteflika avait renoncé à briguer un cinquième mandat. En "
                       "janvier 2019, Juan Guaidó avait été aussitôt reconnu par Washington. En "
                       "2013, Pagan Amum avait été suspendu de ses fonctions par Salva Kiir.\n")
    got = pairs(rec)
    assert ("CONCEDE", "Abdelaziz Bouteflika", "Algérie") in got
    assert ("SUPPORT", "États-Unis", "Juan Guaidó") in got
    assert ("COERCE", "Salva Kiir", "Pagan Amum") in got
    assert all("historical" in e["aux_modes"] for e in rec["events"])
    # a defeat recognised is no one supported
    assert not extract_text("Publié le 12/03/2021\n\nWashington a reconnu sa défaite "
                            "mardi.\n")["events"]


def test_a_topic_set_before_the_clause_is_what_its_pronoun_stands_for(extract_text):
    rec = extract_text("Publié le 16/10/2020\n\nBichkek (AFP) - Sadyr Japarov a été nommé "
                       "Premier ministre mercredi. Quant à Almazbek Atambaïev, il avait été "
                       "arrêté en août 2019.\n")
    [arrest] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert arrest["recipient"][0]["name"] == "Almazbek Atambaïev"


def test_two_sides_committing_together_past_an_incise_agree_with_each_other(extract_text):
    rec = extract_text("Publié le 09/04/2019\n\nTripoli (AFP) - Le 29 mai 2018 à Paris, MM. "
                       "Sarraj et Haftar s'étaient engagés, sous l'égide d'Emmanuel Macron, à "
                       "organiser des élections. Les deux hommes s'étaient encore rencontrés fin "
                       "février à Abou Dhabi.\n")
    got = pairs(rec)
    assert ("AGREE", "Fayez al-Sarraj", "Khalifa Haftar") in got
    assert ("CONSULT", "Fayez al-Sarraj", "Khalifa Haftar") in got
    # (the town the parser hangs on the day: "Le 29 mai 2018 à Paris")
    [agreed] = [e for e in rec["events"] if e["event"] == "AGREE"]
    assert agreed["event_loc"]["name"] == "Paris"


def test_an_object_les_stands_for_the_people_just_named(extract_text):
    rec = extract_text("Publié le 12/11/2019\n\nLa Paz (AFP) - Lundi soir, l'armée a été "
                       "déployée dans les rues de La Paz pour épauler la police, débordée par "
                       "les partisans de l'ex-président descendus d'El Alto. De violents heurts "
                       "les ont opposés aux forces de l'ordre.\n")
    [clash] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert clash["actor"][0]["name"] == "partisans de l'ex-président"
    assert clash["recipient"][0]["name"] == "forces de l'ordre"
    assert clash["event_loc"]["name"] == "La Paz"


def test_a_background_rejection_with_no_target_borrows_no_far_off_opponent(extract_text):
    rec = extract_text("Publié le 13/11/2019\n\nLa Paz (AFP) - Moscou a dénoncé mardi un coup "
                       "d'État contre la Bolivie. Les Boliviens avaient rejeté, lors du "
                       "référendum du 21 février 2016, une réforme constitutionnelle.\n")
    assert not any(e["event"] == "REJECT" and e["recipient"] and
                   e["recipient"][0]["country"] == "RUS" for e in rec["events"])


def test_a_town_retaken_is_taken_from_an_enemy_not_an_accuser(extract_text):
    rec = extract_text("Publié le 03/05/2021\n\nN'Djamena (AFP) - Les rebelles du FACT ont "
                       "attaqué l'armée tchadienne le 11 avril. Paris a ensuite accusé le Tchad "
                       "de violations des droits humains. Le 19 avril, l'armée tchadienne "
                       "avait repris Abéché.\n")
    [retaken] = [e for e in rec["events"] if e["event_loc"] and
                 e["event_loc"]["name"] == "Abéché"]
    assert retaken["recipient"][0]["kb_id"] == "org:fact"


def test_the_two_countries_are_the_states_of_the_last_two_sides(extract_text):
    rec = extract_text("Publié le 30/07/2024\n\nN'Djamena (AFP) - Le ministre tchadien des "
                       "Affaires étrangères et son homologue soudanais se sont rencontrés mardi "
                       "à N'Djamena. Washington a appelé les deux pays à rouvrir la "
                       "frontière.\n")
    asked = [e["recipient"][0] for e in rec["events"] if e["event"] == "REQUEST"]
    assert {r["country"] for r in asked} == {"TCD", "SDN"}
    assert all(r["kb_id"].startswith("state:") for r in asked)


def test_the_person_an_office_introduces_is_the_target_and_of_its_country(extract_text):
    rec = extract_text("Publié le 12/09/2008\n\nLa Paz (AFP) - Le président Evo Morales a "
                       "expulsé jeudi l'ambassadeur des États-Unis, Philip Goldberg. Le "
                       "Parlement irakien avait limogé le gouverneur de Kirkouk, Najmaldin "
                       "Karim.\n")
    targets = {e["event"]: e["recipient"][0] for e in rec["events"] if e["recipient"]}
    assert (targets["SANCTION"]["name"], targets["SANCTION"]["country"]) == \
        ("Philip Goldberg", "USA")
    assert (targets["COERCE"]["name"], targets["COERCE"]["country"]) == \
        ("Najmaldin Karim", "IRQ")


def test_a_person_named_again_with_whose_he_is_takes_that_country(extract_text):
    rec = extract_text("Publié le 31/01/2022\n\nBamako (AFP) - Bamako a donné 72 heures au "
                       "diplomate Joël Meyer pour quitter le pays. La junte a décidé lundi "
                       "d'expulser l'ambassadeur de France à Bamako, Joël Meyer.\n")
    [expelled] = [e for e in rec["events"] if e["event"] == "SANCTION"]
    assert (expelled["recipient"][0]["name"], expelled["recipient"][0]["country"]) == \
        ("Joël Meyer", "FRA")


def test_an_execution_of_a_person_is_an_assault(extract_text):
    rec = extract_text("Publié le 03/01/2016\n\nRiyad (AFP) - L'Arabie saoudite a exécuté "
                       "samedi le cheikh Nimr al-Nimr. Le gouvernement a exécuté son plan de "
                       "relance.\n")
    assert {(e["event"], e["actor"][0]["name"], e["recipient"][0]["name"])
            for e in rec["events"]} == {("ASSAULT", "Arabie saoudite", "Nimr al-Nimr")}


def test_a_name_a_title_introduces_is_a_person(nlp):
    doc = nlp("La crise ouverte par l'exécution du dignitaire chiite Nimr al-Nimr gagne la "
              "région.")
    named = [m for m in doc._.dyade_mentions if m["text"].startswith("Nimr")]
    assert named[0]["kind"] == "person"


def test_an_act_someone_had_done_is_theirs_and_happened(extract_text):
    rec = extract_text("Publié le 04/09/2017\n\nSéoul (AFP) - Kim Jong-un a limogé mardi son "
                       "ministre de la Défense. Il avait déjà renforcé son emprise par des "
                       "purges, faisant exécuter en décembre 2013 son oncle Jang Song-Thaek. En "
                       "2015, Kim Jong-un avait fait arrêter le ministre Hyon Yong-chol.\n")
    acts = {(e["event"], e["actor"][0]["name"], e["recipient"][0]["name"], e["date"])
            for e in rec["events"] if e["recipient"]}
    assert ("ASSAULT", "Kim Jong-un", "Jang Song-Thaek", "2013-12") in acts
    assert ("COERCE", "Kim Jong-un", "Hyon Yong-chol", "2015") in acts


def test_dispersing_a_crowd_is_coercion_of_protesters(extract_text):
    rec = extract_text("Publié le 10/05/2019\n\nTunis (AFP) - La police a dispersé la foule à "
                       "coups de gaz lacrymogène. Les premiers rassemblements de Sfax, fin "
                       "novembre 2018, avaient été dispersés sans ménagement.\n")
    dispersed = [(e["actor"][0]["country"], e["recipient"][0]["name"], e["date"])
                 for e in rec["events"] if e["event"] == "COERCE"]
    assert ("TUN", "manifestants", "2019-05-10") in dispersed
    assert ("TUN", "manifestants", "2018-11") in dispersed


def test_the_repression_of_protests_is_the_states(extract_text):
    rec = extract_text("Publié le 10/05/2019\n\nCaracas (AFP) - Juan Guaido a appelé mardi à "
                       "manifester. En 2017, la répression des manifestations avait fait "
                       "quelque 125 morts.\n")
    [crushed] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert (crushed["actor"][0]["country"], crushed["recipient"][0]["name"]) == \
        ("VEN", "manifestants")
    assert "historical" in crushed["aux_modes"]


def test_cutting_ties_with_a_state_is_a_sanction(extract_text):
    rec = extract_text("Publié le 04/01/2016\n\nRiyad (AFP) - En 1988, l'Arabie saoudite avait "
                       "coupé les ponts avec Téhéran.\n")
    assert {(e["event"], e["actor"][0]["country"], e["recipient"][0]["country"])
            for e in rec["events"]} == {("SANCTION", "SAU", "IRN")}


def test_a_government_named_by_its_leader_is_the_leader(extract_text):
    rec = extract_text("Publié le 10/05/2023\n\nKhartoum (AFP) - Les combats continuent. Le 25 "
                       "octobre 2021, les généraux Al-Bourhane et Daglo avaient renversé "
                       "ensemble le gouvernement civil d'Abdallah Hamdok.\n")
    coups = {(e["actor"][0]["name"], e["recipient"][0]["name"])
             for e in rec["events"] if e["event"] == "COERCE"}
    assert coups == {("Abdel Fattah al-Burhane", "Abdallah Hamdok"),
                     ("Mohamed Hamdan Daglo", "Abdallah Hamdok")}


def test_a_relative_que_read_as_a_conjunction_still_names_the_target(extract_text):
    rec = extract_text("Publié le 10/05/2017\n\nMogadiscio (AFP) - Un attentat a frappé la "
                       "capitale.\n\nLes shebab sont issus de l'Union des tribunaux "
                       "islamiques, que l'armée éthiopienne avait chassée "
                       "de Mogadiscio fin décembre 2006.\n")
    [chased] = [e for e in rec["events"] if e["event"] == "ASSAULT"]
    assert chased["recipient"][0]["name"] == "Union des tribunaux islamiques"
    assert chased["event_loc"]["name"] == "Mogadiscio"


def test_awarding_a_prize_is_support(extract_text):
    rec = extract_text("Publié le 11/10/2019\n\nOslo (AFP) - Le comité Nobel a attribué "
                       "vendredi le prix de la paix à Abiy Ahmed.\n")
    assert {(e["event"], e["actor"][0]["country"], e["recipient"][0]["name"])
            for e in rec["events"]} == {("SUPPORT", "NOR", "Abiy Ahmed")}


def test_the_sides_of_an_entre_list_the_parser_breaks(extract_text):
    rec = extract_text("Publié le 20/06/2025\n\nTéhéran (AFP) - Les frappes se poursuivent. "
                       "L'accord conclu en juillet 2015 entre l'Iran, les États-Unis et cinq "
                       "autres puissances limitait l'enrichissement.\n")
    [accord] = [e for e in rec["events"] if e["event"] == "AGREE"]
    sides = {accord["actor"][0]["country"], accord["recipient"][0]["country"]}
    assert sides == {"IRN", "USA"}
    assert accord["date"] == "2015-07" and "historical" in accord["aux_modes"]


def test_a_protest_no_one_is_named_for_is_by_the_people_of_its_country(extract_text):
    rec = extract_text("Publié le 12/03/2020\n\nLomé (AFP) - Le Togo vote samedi. En 2017, des "
                       "manifestations contre le pouvoir avaient fait une centaine de morts.\n")
    [protest] = [e for e in rec["events"] if e["event"] == "PROTEST"]
    assert (protest["actor"][0]["country"], protest["actor"][0]["sector"]) == ("TGO", "CVL")
    assert protest["recipient"][0]["country"] == "TGO"
    assert protest["date"] == "2017" and "historical" in protest["aux_modes"]


def test_what_causes_a_protest_does_not_stage_it(extract_text):
    rec = extract_text("Publié le 02/02/2024\n\nDakar (AFP) - Le scrutin est reporté. En juin "
                       "2023, la condamnation de l'opposant Ousmane Sonko avait provoqué des "
                       "émeutes.\n")
    [riots] = [e for e in rec["events"] if e["event"] == "PROTEST"]
    assert riots["actor"][0]["name"] != "Ousmane Sonko"
    assert riots["actor"][0]["country"] == "SEN" and riots["date"] == "2023-06"


def test_a_protest_against_someone_named_in_a_topic(extract_text):
    rec = extract_text("Publié le 14/10/2025\n\nAntananarivo (AFP) - L'armée s'est ralliée aux "
                       "manifestants. En 2009, plusieurs semaines de manifestations contre le "
                       "président Marc Ravalomanana avaient paralysé la capitale.\n")
    [protest] = [e for e in rec["events"] if e["event"] == "PROTEST" and e["date"] == "2009"]
    assert protest["actor"][0]["country"] == "MDG"
    assert protest["recipient"][0]["name"] == "Marc Ravalomanana"


def test_backing_named_on_a_verb_supports_its_subject(extract_text):
    rec = extract_text("Publié le 22/04/2021\n\nN'Djamena (AFP) - Le Tchad enterre Idriss Déby. "
                       "En décembre 2019, Hassan Diab avait été désigné premier ministre du "
                       "Liban avec le seul appui du Hezbollah.\n")
    [backed] = [e for e in rec["events"] if e["event"] == "SUPPORT"]
    assert backed["actor"][0]["name"] == "Hezbollah"
    assert backed["recipient"][0]["name"].endswith("Diab")
    assert backed["date"] == "2019-12" and "historical" in backed["aux_modes"]


def test_a_backing_phrase_is_not_whom_the_act_is_done_to(extract_text):
    rec = extract_text("Publié le 10/05/2016\n\nDamas (AFP) - Les combats continuent. En mars, "
                       "l'armée syrienne avait repris Palmyre avec le soutien de la Russie.\n")
    assert not any(e["event"] != "SUPPORT" and e["recipient"] and
                   e["recipient"][0]["country"] == "RUS" for e in rec["events"])
    assert any(e["event"] == "SUPPORT" and e["actor"][0]["country"] == "RUS" and
               e["recipient"][0]["country"] == "SYR" for e in rec["events"])


def test_troops_sent_go_to_the_country_named_or_who_asked(extract_text):
    rec = extract_text("Publié le 12/01/2023\n\nBamako (AFP) - La France a déployé 4 000 "
                       "soldats au Mali.\n")
    [sent] = [e for e in rec["events"] if e["event"] == "MOBILIZE"]
    assert (sent["actor"][0]["country"], sent["recipient"][0]["country"]) == ("FRA", "MLI")
    rec = extract_text("Publié le 12/01/2023\n\nPemba (AFP) - Les jihadistes reculent. Le "
                       "Rwanda avait déployé en juillet 2021 un millier de soldats à la "
                       "demande de Maputo.\n")
    [sent] = [e for e in rec["events"] if e["event"] == "MOBILIZE"]
    assert (sent["actor"][0]["country"], sent["recipient"][0]["country"]) == ("RWA", "MOZ")
    assert sent["date"] == "2021-07"


def test_those_who_sign_together_with_a_third_agree_with_each_other(extract_text):
    rec = extract_text("Publié le 10/01/2022\n\nErevan (AFP) - Les tensions persistent. En "
                       "novembre 2020, Nikol Pachinian et Ilham Aliev avaient signé avec "
                       "Vladimir Poutine un accord de cessez-le-feu.\n")
    pairs = {frozenset((e["actor"][0]["country"], e["recipient"][0]["country"]))
             for e in rec["events"] if e["event"] == "AGREE"}
    assert pairs == {frozenset(("ARM", "RUS")), frozenset(("AZE", "RUS")),
                     frozenset(("ARM", "AZE"))}


def test_ships_and_soldiers_sent_are_a_mobilisation(extract_text):
    rec = extract_text("Publié le 03/08/2022\n\nTaipei (AFP) - Pékin menace. En 1996, Washington "
                       "avait dépêché deux groupes aéronavals dans la région. Pretoria avait "
                       "envoyé quelque 400 militaires à Bangui.\n")
    sent = {(e["actor"][0]["country"], e["date"]) for e in rec["events"]
            if e["event"] == "MOBILIZE"}
    assert ("USA", "1996") in sent and any(c == "ZAF" for c, _ in sent)


def test_two_bodies_joined_without_articles_are_both_sides(extract_text):
    rec = extract_text("Publié le 20/04/2023\n\nKhartoum (AFP) - Les combats continuent. "
                       "Militaires et civils s'étaient ensuite entendus, en août 2019, sur un "
                       "partage du pouvoir.\n")
    [agreed] = [e for e in rec["events"] if e["event"] == "AGREE"]
    assert {agreed["actor"][0]["sector"], agreed["recipient"][0]["sector"]} == {"MIL", "CVL"}
    assert agreed["date"] == "2019-08"


def test_a_target_named_once_after_joined_nouns_is_theirs(extract_text):
    rec = extract_text("Publié le 20/11/2024\n\nGaza (AFP) - Les frappes continuent. Israël a "
                       "également lancé une attaque terrestre et une campagne aérienne massive "
                       "contre le Liban fin septembre.\n")
    targets = {e["recipient"][0]["country"] for e in rec["events"] if e["event"] == "ASSAULT"}
    assert targets == {"LBN"}


def test_objects_the_parser_splits_from_their_list_are_each_a_target(extract_text):
    rec = extract_text("Publié le 10/09/2023\n\nMaputo (AFP) - Le conflit s'enlise. En mars "
                       "2021, Amnesty International avait accusé les insurgés, les forces de "
                       "sécurité mozambicaines et une société privée de crimes de guerre.\n")
    accused = {e["recipient"][0]["name"] for e in rec["events"] if e["event"] == "ACCUSE"}
    assert {"insurgés", "forces de sécurité mozambicaines"} <= accused


def test_a_threat_is_against_the_country_the_threatened_act_would_strike(extract_text):
    rec = extract_text("Publié le 10/09/2023\n\nLibreville (AFP) - La transition commence. La "
                       "Cedeao avait brandi fin juillet la menace d'une intervention militaire "
                       "au Niger.\n")
    [threat] = [e for e in rec["events"] if e["event"] == "THREATEN"]
    assert threat["recipient"][0]["country"] == "NER" and threat["date"] == "2023-07"


def test_a_breakaway_territory_is_named_as_such(extract_text):
    rec = extract_text("Publié le 20/11/2024\n\nTbilissi (AFP) - La crise continue. En août "
                       "2008, Moscou avait reconnu l'indépendance de l'Ossétie du Sud.\n")
    [recognised] = [e for e in rec["events"] if e["event"] == "SUPPORT"]
    assert recognised["recipient"][0]["name"] == "Ossétie du Sud"
    assert recognised["recipient"][0]["country"] == "GEO"


def test_a_passive_infinitive_is_done_to_whom_its_clause_is_about(extract_text):
    rec = extract_text("Publié le 01/02/2021\n\nRangoun (AFP) - L'armée a pris le pouvoir. Aung "
                       "San Suu Kyi avait passé quinze ans en résidence surveillée avant d'être "
                       "libérée par les généraux en novembre 2010.\n")
    [freed] = [e for e in rec["events"] if e["date"] == "2010-11"]
    assert freed["event"] == "RETREAT" and freed["mode"] == "release"
    assert freed["recipient"][0]["name"] == "Aung San Suu Kyi"
    assert freed["actor"][0]["sector"] == "MIL"


def test_the_agent_of_a_subject_noun_the_parser_hangs_on_the_verb(extract_text):
    rec = extract_text("Publié le 20/08/2023\n\nQuito (AFP) - Le pays vote. La dissolution de "
                       "l'Assemblée nationale, le 17 mai 2023, par le président Guillermo Lasso "
                       "avait provoqué une élection anticipée.\n")
    [dissolved] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert dissolved["actor"][0]["name"] == "Guillermo Lasso"


def test_a_state_act_set_off_before_its_clause_is_done_to_the_subject(extract_text):
    rec = extract_text("Publié le 10/01/2024\n\nQuito (AFP) - L'Équateur est en guerre. "
                       "Condamné en 2011 à 34 ans de prison, « Fito » s'était évadé en "
                       "janvier.\n")
    [sentenced] = [e for e in rec["events"] if e["date"] == "2011"]
    assert sentenced["actor"][0]["country"] == "ECU"
    assert sentenced["recipient"][0]["label"] == "Adolfo Macías"


def test_rejecting_an_election_is_against_its_winner_or_the_state(extract_text):
    rec = extract_text("Publié le 10/08/2024\n\nNairobi (AFP) - Le pays manifeste. En 2007, "
                       "Raila Odinga avait contesté la réélection de Mwai Kibaki. En 2022, il "
                       "avait encore rejeté les résultats. L'opposition avait dénoncé des "
                       "fraudes.\n")
    pairs = {(e["event"], e["actor"][0]["country"], e["recipient"][0]["label"] or
              e["recipient"][0]["name"]) for e in rec["events"]}
    assert ("REJECT", "KEN", "Mwai Kibaki") in pairs
    assert ("REJECT", "KEN", "Kenya") in pairs and ("ACCUSE", "KEN", "Kenya") in pairs


def test_withdrawing_a_bill_is_a_concession_to_the_country(extract_text):
    rec = extract_text("Publié le 10/08/2019\n\nHongkong (AFP) - La contestation continue. En "
                       "juin, Carrie Lam avait suspendu le texte, sans le retirer.\n")
    [conceded] = [e for e in rec["events"] if e["event"] == "CONCEDE"]
    assert conceded["actor"][0]["name"] == "Carrie Lam"
    assert conceded["recipient"][0]["country"] == "HKG" and conceded["date"] == "2019-06"


def test_a_government_cutting_the_internet_acts_on_its_own_people(extract_text):
    rec = extract_text("Publié le 10/08/2024\n\nDacca (AFP) - La Première ministre a fui. Le "
                       "gouvernement avait coupé Internet le 18 juillet.\n")
    [cut] = [e for e in rec["events"] if e["event"] == "COERCE"]
    assert cut["mode"] == "censor" and cut["date"] == "2024-07-18"
    assert (cut["actor"][0]["sector"], cut["recipient"][0]["country"]) == ("GOV", "BGD")
