import pytest

from dyade.article import Article
from dyade.cleaning import clean

SCRAPED = """Accueil / Monde / Afrique
Sommet régional à Dakar
Publié le 14/03/2023 à 18h05
Partager sur Facebook
The minister talks with reporters during a press conference in Brussels on Monday. (AFP photo)
Le ministre sénégalais et son homologue gambien à Dakar, le 13 mars 2023. © AFP

Le ministre sénégalais des Affaires étrangères a reçu lundi son homologue gambien à Dakar.

Lire aussi : Mali : l'armée affirme avoir repoussé une attaque
SOURCE: RFI
"""


def _kinds(text):
    cleaned = clean(Article(doc="t", source="t", text=text))
    return cleaned, {line.text: line.kind for line in cleaned.lines}


def test_furniture_lines_are_classified():
    _, kinds = _kinds(SCRAPED)
    assert kinds["Accueil / Monde / Afrique"] == "breadcrumb"
    assert kinds["Partager sur Facebook"] == "share"
    assert kinds["Lire aussi : Mali : l'armée affirme avoir repoussé une attaque"] == "related"
    assert kinds["SOURCE: RFI"] == "source"
    assert kinds["Sommet régional à Dakar"] == "title"


def test_foreign_caption_and_french_caption_are_kept_apart():
    _, kinds = _kinds(SCRAPED)
    english = next(k for t, k in kinds.items() if t.startswith("The minister"))
    french = next(k for t, k in kinds.items() if t.startswith("Le ministre sénégalais et"))
    assert english == "foreign"
    assert french == "caption"


def test_only_body_survives_with_offsets_unchanged():
    cleaned, _ = _kinds(SCRAPED)
    assert len(cleaned.text) == len(SCRAPED)
    start = SCRAPED.index("Le ministre sénégalais des")
    assert cleaned.text[start:start + 20] == SCRAPED[start:start + 20]
    assert "Lire aussi" not in cleaned.text and "Partager" not in cleaned.text
    assert "press conference" not in cleaned.text


def test_publication_date_from_header_with_evidence():
    cleaned, _ = _kinds(SCRAPED)
    assert cleaned.published["date"] == "2023-03-14"
    assert cleaned.published["precision"] == "day"
    assert "Publié le 14/03/2023" in cleaned.published["evidence"]
    assert cleaned.outlet == "RFI"


def test_month_only_header_prefix_on_a_body_line():
    text = " date 2022-06 Les manifestants ont défilé dans les rues de Khartoum jeudi.\n"
    cleaned, _ = _kinds(text)
    assert cleaned.published == {"date": "2022-06", "precision": "month",
                                 "evidence": "date 2022-06 (header)", "source": "header"}
    assert "Les manifestants ont défilé" in cleaned.text
    assert "2022-06" not in cleaned.text


def test_site_clock_is_flagged():
    cleaned, kinds = _kinds("06-03-2025 09:41 PM Beirut Timing\n\nLe Liban a annoncé "
                            "jeudi un accord de cessez-le-feu avec Israël.\n")
    assert kinds["06-03-2025 09:41 PM Beirut Timing"] == "clock"
    assert any("site clock" in w for w in cleaned.warnings)


def test_caption_date_when_nothing_else_dates_the_article():
    text = ("Les deux présidents se rencontrent à Abidjan, le 3 mai 2022. © Reuters\n\n"
            "Les deux présidents se sont rencontrés mardi à Abidjan.\n")
    cleaned, _ = _kinds(text)
    assert cleaned.published["date"] == "2022-05"
    assert cleaned.anchor == {"date": "2022-05-03", "kind": "event"}


HEADERS = [
    ("Publié le : 02/12/2024 - 10:15", "2024-12-02"),
    ("Le 29.11.2024 à 07:30", "2024-11-29"),
    ("Par Jean Dupont - 3 févr. 2021", "2021-02-03"),
    ("Le Monde avec AFP Publié le 02 décembre 2024 à 10h15", "2024-12-02"),
    ("02 décembre 2024 à 10h15 - Modifié le 03 décembre 2024 à 12h00", "2024-12-02"),
    ("Mis à jour le 5 déc. 2024 à 10:15", "2024-12-05"),
    ("Publié le 2024-12-02", "2024-12-02"),
    ("2 déc. 2024", "2024-12-02"),
    ("Publié en décembre 2024", "2024-12"),
]
BODY = ("Le président a rencontré son homologue lundi à Paris pour discuter de la crise "
        "régionale et des relations bilatérales entre les deux pays.")


@pytest.mark.parametrize(("line", "date"), HEADERS)
def test_publication_date_from_the_many_forms_of_header_lines(line, date):
    title = "Crise régionale : les deux présidents se parlent"
    cleaned = clean(Article(doc="x", source="x", text=f"{title}\n{line}\n\n{BODY}"))
    assert cleaned.published["date"] == date
    assert cleaned.published["source"] == "header"
    assert line.split()[0] in cleaned.published["evidence"]


def test_a_date_in_the_title_is_not_the_publication_date():
    title = "Le 7 octobre 2023, le jour où tout a basculé en Israël"
    cleaned = clean(Article(doc="x", source="x", text=f"{title}\n\n{BODY}"))
    assert cleaned.published["date"] is None


def test_an_agency_dateline_dates_the_dispatch():
    cleaned = clean(Article(doc="x", source="x", text="BAMAKO, 14 mars 2023 (AFP) - " + BODY))
    assert cleaned.published["date"] == "2023-03-14"
    assert cleaned.published["source"] == "dateline"
    partial = clean(Article(doc="x", source="x", text="DAKAR, 5 janv (Reuters) - " + BODY))
    assert partial.published["date"] is None
    assert (partial.dateline["month"], partial.dateline["day"]) == (1, 5)


def test_a_dateline_alone_on_the_first_line_dates_the_dispatch():
    for line in ("TUNIS, 27 juillet 2021 (AFP) -", "Tunis, 27 juillet 2021 (AFP)",
                 "Tunis (AFP), 27 juillet 2021"):
        cleaned = clean(Article(doc="x", source="x", text=f"{line}\n\n{BODY}"))
        assert (cleaned.published["date"], cleaned.published["source"]) == \
            ("2021-07-27", "dateline"), line
    # a photo's caption credited to an agency is not a dateline
    photo = "Des manifestants à Tunis, 26 juillet 2021 (AFP)"
    cleaned = clean(Article(doc="x", source="x", text=f"{photo}\n\n{BODY}"))
    assert cleaned.published["source"] != "dateline"


def test_publication_date_from_the_url():
    for url, date in (("https://www.rfi.fr/fr/afrique/20241202-mali-attaque", "2024-12-02"),
                      ("https://www.lemonde.fr/international/article/2024/11/29/x_1.html",
                       "2024-11-29")):
        cleaned = clean(Article(doc="x", source=url, text=BODY, url=url))
        assert cleaned.published["date"] == date
        assert cleaned.published["source"] == "url"


def test_a_title_ending_on_a_quoted_word_does_not_hide_the_header_below_it():
    text = ("RFI\nAfrique / RDC\n\n"
            "RDC : les rebelles prennent la ville, l'armée dénonce une « invasion »\n\n"
            "Publié le : 14/06/2022 - 08:17\n\n"
            "Les rebelles ont pris lundi la ville frontalière après deux jours de combats.\n")
    cleaned, kinds = _kinds(text)
    assert cleaned.published["date"] == "2022-06-14"
    assert kinds["RDC : les rebelles prennent la ville, l'armée dénonce une « invasion »"] \
        in ("title", "heading")


def test_a_photo_credit_with_a_comma_marks_a_caption():
    line = "Des manifestants défilent à Alger, le 21 février 2020. © Ryad Kramdi, AFP"
    _, kinds = _kinds("Titre de l'article\n\nPublié le 28 février 2020\n\n" + line +
                      "\n\nLa Turquie a riposté dans la nuit de jeudi à vendredi.\n")
    assert kinds[line] == "caption"


def test_a_publication_line_below_a_standfirst_dates_the_article():
    text = ("Le Journal\nInternational\n\n"
            "Tunisie : le président s'arroge les pleins pouvoirs\n\n"
            "Le président a gelé le parlement et limogé le chef du gouvernement. L'armée a "
            "bloqué l'accès à l'hémicycle.\n\n"
            "Par Jeanne Martin, Tunis\nPublié mardi 27 juillet 2021 à 11:32\n\n"
            "Dimanche soir, le président a annoncé la suspension des travaux du parlement.\n")
    cleaned = clean(Article(doc="x", source="x", text=text))
    assert cleaned.published["date"] == "2021-07-27"
    # a date in the standfirst itself is not a publication date
    text = ("Tunisie : le président s'arroge les pleins pouvoirs\n\n"
            "Le 25 juillet 2021, le président a gelé le parlement.\n\n" + BODY)
    assert clean(Article(doc="x", source="x", text=text)).published["date"] is None


def test_a_line_that_is_only_a_date_below_a_standfirst_dates_the_article():
    text = ("LE QUOTIDIEN  |  Monde\n\nArménie : la police disperse une manifestation\n\n"
            "Le gouvernement durcit le ton face au mouvement né de la défaite de 2020.\n\n"
            "Par notre correspondant\nLe 14.06.2024 à 09:40\n\n" + BODY)
    cleaned = clean(Article(doc="x", source="x", text=text))
    assert cleaned.published["date"] == "2024-06-14"


def test_an_agency_dateline_with_a_short_month_dates_the_dispatch():
    cleaned = clean(Article(doc="x", source="x",
                            text="GOMA (RD Congo), 30 jan 2025 (AFP) - " + BODY))
    assert cleaned.published["date"] == "2025-01-30"


def test_a_byline_below_the_standfirst_dates_the_article():
    text = ("JEUNE AFRIQUE\nPolitique | Sénégal\n\nSénégal : Ousmane Sonko défie Macky Sall\n\n"
            "Après six jours de violences qui ont fait au moins cinq morts, l'opposant a été "
            "inculpé puis placé sous contrôle judiciaire lundi. Dans la soirée, le chef de l'État "
            "s'est adressé à la nation.\n\nPar Aïssatou Ndiaye - 9 mars 2021 à 11:48\n\n"
            "Macky Sall a appelé lundi soir ses compatriotes au calme.\n")
    cleaned, _ = _kinds(text)
    assert cleaned.published["date"] == "2021-03-09"
    assert cleaned.published["source"] == "header"


@pytest.mark.parametrize("byline", ["OLJ / Par Rania Haddad, le 11 août 2020 à 00h00",
                                    "AFP | Par Jean Dupont, le 11/08/2020"])
def test_a_byline_after_the_outlet_credit_dates_the_article(byline):
    text = ("L'Orient-Le Jour\n\nLIBAN - Gouvernement\n\nHassan Diab jette l'éponge\n\n"
            "Le Premier ministre a annoncé hier soir la démission de son cabinet, emporté par la "
            f"colère de la rue.\n\n{byline}\n\nC'est par ces mots que Hassan Diab a mis fin, "
            "hier soir, à une expérience de moins de sept mois.\n")
    cleaned, _ = _kinds(text)
    assert cleaned.published["date"] == "2020-08-11"
    assert cleaned.published["source"] == "header"


@pytest.mark.parametrize("masthead", ["Le Temps\nMonde | Asie", "LE SOIR", "Le Monde.fr | Afrique",
                                      "RFI\nInternational › Syrie", "Jeune Afrique\nAfrique"])
def test_the_title_is_below_the_outlet_and_the_section_path(masthead):
    title = "Hongkong : le parlement saccagé, Pékin dénonce des actes graves"
    cleaned = clean(Article(doc="t", source="t", text=f"{masthead}\n\n{title}\n\nPublié le "
                            "2 juillet 2019\n\nDes centaines de manifestants ont envahi lundi "
                            "soir le Conseil législatif de Hongkong.\n"))
    assert cleaned.title == title
    assert cleaned.outlet is not None


def test_a_short_section_label_is_not_the_title():
    cleaned = clean(Article(doc="t", source="t", text="International\n\nLe Mali expulse "
                            "l'ambassadeur de France\n\nPublié le 31/01/2022\n\nBamako a donné "
                            "lundi 72 heures à l'ambassadeur de France pour quitter le pays.\n"))
    assert cleaned.title == "Le Mali expulse l'ambassadeur de France"
