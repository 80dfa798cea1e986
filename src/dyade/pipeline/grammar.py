"""The function words of ``lexicon/grammar.json`` as ready-to-use sets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..resources import load_json


@dataclass(frozen=True)
class Grammar:
    pronouns_sing: frozenset[str]
    pronouns_plur: frozenset[str]
    pairs: dict[str, list[str] | str | None]
    first_person: frozenset[str]
    own_country: tuple[str, ...]
    negation: frozenset[str]
    negation_det: frozenset[str]
    modal: dict[str, str]
    realised_modals: frozenset[str]
    hypothetical_conj: frozenset[str]
    determiners: frozenset[str]
    honorifics: frozenset[str]
    gender_markers: dict[str, frozenset[str]]
    gender_pronouns: dict[str, frozenset[str]]
    latter_pronouns: frozenset[str]
    protest_people: str
    crowd_nouns: frozenset[str]
    cause_verbs: frozenset[str]
    backing_preps: frozenset[str]
    backing_nouns: frozenset[str]
    follower_nouns: frozenset[str]
    plural_object_pronouns: frozenset[str]
    topic_marks: frozenset[str]
    community_nouns: frozenset[str]
    object_control: frozenset[str]
    current_markers: frozenset[str]
    purpose_marks: frozenset[str]
    in_person_meetings: frozenset[str]
    office_nouns: frozenset[str]
    predicative_markers: tuple[str, ...]
    object_pronouns: dict[str, str | None]
    stressed_pronouns: dict[str, str]
    impersonal_verbs: frozenset[str]
    former: frozenset[str]
    place_relatives: frozenset[str]
    contractions: dict[str, str]
    particles: frozenset[str]
    agent_preps: frozenset[str]
    recipient_preps: tuple[str, ...]
    support_verbs: frozenset[str]
    subject_support_verbs: frozenset[str]
    frame_preps: tuple[str, ...]
    person_nouns: frozenset[str]
    counterpart: frozenset[str]
    factual_inf: frozenset[str]
    causative_verbs: frozenset[str]
    factual_inf_marks: frozenset[str]
    stative_participles: frozenset[str]
    etre_verbs: frozenset[str]
    undergo_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    agent_participles: frozenset[str]
    ship_prefixes: dict[str, str]
    visit_nouns: frozenset[str]
    allegation_verbs: frozenset[str]
    country_nouns: frozenset[str]
    when_conj: frozenset[str]
    place_anaphors: dict[str, dict[str, Any]]
    demonstratives: frozenset[str]
    occurrence_verbs: frozenset[str]
    capital_nouns: frozenset[str]
    settlement_nouns: dict[str, str]
    sequence_preps: frozenset[str]
    group_anaphors: dict[str, list[str] | None]
    site_nouns: frozenset[str]
    sent_nouns: frozenset[str]
    mutual_words: frozenset[str]
    labelling_verbs: frozenset[str]
    relative: frozenset[str]
    frame_prefixes: tuple[str, ...]
    place_preps: frozenset[str]
    partner_preps: frozenset[str]
    target_preps: frozenset[str]
    place_heads: frozenset[str]
    according_to: frozenset[str]
    definite_articles: tuple[str, ...]
    place_markers: frozenset[str]
    place_fillers: frozenset[str]
    place_directions: frozenset[str]
    place_near: frozenset[str]
    distance_words: frozenset[str]
    arrival_verbs: frozenset[str]
    armed_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    attacker_nouns: frozenset[str]
    affiliation_words: frozenset[str]


@cache
def grammar() -> Grammar:
    """Return the function words, loaded once."""
    g = load_json("lexicon", "grammar.json")
    return Grammar(
        pronouns_sing=frozenset(g["personal_pronouns"]["sing"]),
        pronouns_plur=frozenset(g["personal_pronouns"]["plur"]),
        pairs=dict(g["collective_pairs"]),
        first_person=frozenset(g["first_person"]),
        own_country=tuple(g["own_country"]),
        negation=frozenset(g["negation"]),
        negation_det=frozenset(g["negation_det"]),
        modal=dict(g["modal_future"]),
        realised_modals=frozenset(g["realised_modals"]),
        hypothetical_conj=frozenset(g["hypothetical_conj"]),
        determiners=frozenset(g["determiners"]),
        honorifics=frozenset(g["honorifics"]),
        gender_markers={k: frozenset(v) for k, v in g["gender_markers"].items()},
        gender_pronouns={k: frozenset(v) for k, v in g["gender_pronouns"].items()},
        latter_pronouns=frozenset(g["latter_pronouns"]),
        protest_people=g["protest_people"],
        crowd_nouns=frozenset(g["crowd_nouns"]),
        cause_verbs=frozenset(g["cause_verbs"]),
        backing_preps=frozenset(g["backing_preps"]),
        backing_nouns=frozenset(g["backing_nouns"]),
        follower_nouns=frozenset(g["follower_nouns"]),
        plural_object_pronouns=frozenset(g["plural_object_pronouns"]),
        topic_marks=frozenset(g["topic_marks"]),
        community_nouns=frozenset(g["community_nouns"]),
        object_control=frozenset(g["object_control_verbs"]),
        current_markers=frozenset(g["current_markers"]),
        purpose_marks=frozenset(g["purpose_marks"]),
        in_person_meetings=frozenset(g["in_person_meetings"]),
        office_nouns=frozenset(g["office_nouns"]),
        predicative_markers=tuple(g["predicative_markers"]),
        object_pronouns=dict(g["object_pronouns"]),
        stressed_pronouns=dict(g["stressed_pronouns"]),
        impersonal_verbs=frozenset(g["impersonal_verbs"]),
        former=frozenset(g["former"]),
        place_relatives=frozenset(g["place_relatives"]),
        contractions=dict(g["contractions"]),
        particles=frozenset(g["name_particles"]),
        agent_preps=frozenset(g["nominal_agent_preps"]),
        recipient_preps=tuple(g["recipient_preps"]),
        support_verbs=frozenset(g["support_verbs"]),
        subject_support_verbs=frozenset(g["subject_support_verbs"]),
        frame_preps=tuple(g["frame_preps"]),
        person_nouns=frozenset(g["person_nouns"]),
        counterpart=frozenset(g["counterpart"]),
        factual_inf=frozenset(g["factual_inf_governors"]),
        causative_verbs=frozenset(g["causative_verbs"]),
        factual_inf_marks=frozenset(g["factual_inf_marks"]),
        stative_participles=frozenset(g["stative_participles"]),
        etre_verbs=frozenset(g["etre_verbs"]),
        undergo_verbs=frozenset(g["undergo_verbs"]),
        claim_verbs=frozenset(g["claim_verbs"]),
        agent_participles=frozenset(g["agent_participles"]),
        ship_prefixes=dict(g["ship_prefixes"]),
        visit_nouns=frozenset(g["visit_nouns"]),
        allegation_verbs=frozenset(g["allegation_verbs"]),
        country_nouns=frozenset(g["country_nouns"]),
        when_conj=frozenset(g["when_conj"]),
        place_anaphors=dict(g["place_anaphors"]),
        demonstratives=frozenset(g["demonstratives"]),
        occurrence_verbs=frozenset(g["occurrence_verbs"]),
        capital_nouns=frozenset(g["capital_nouns"]),
        settlement_nouns=dict(g["settlement_nouns"]),
        sequence_preps=frozenset(g["sequence_preps"]),
        group_anaphors=dict(g["group_anaphors"]),
        site_nouns=frozenset(g["site_nouns"]),
        sent_nouns=frozenset(g["sent_nouns"]),
        mutual_words=frozenset(g["mutual_words"]),
        labelling_verbs=frozenset(g["labelling_verbs"]),
        relative=frozenset(g["relative_pronouns"]),
        frame_prefixes=_frame_prefixes(g["frame_preps"], g["contractions"]),
        place_preps=frozenset(g["place_preps"]),
        partner_preps=frozenset(g["partner_preps"]),
        target_preps=frozenset(g["target_preps"]),
        place_heads=frozenset(g["place_heads"]),
        according_to=frozenset(g["according_to"]),
        definite_articles=tuple(g["definite_articles"]),
        place_markers=frozenset(g["place_markers"]),
        place_fillers=frozenset(g["place_fillers"]),
        place_directions=frozenset(g["place_directions"]),
        place_near=frozenset(g["place_near"]),
        distance_words=frozenset(g["distance_words"]),
        arrival_verbs=frozenset(g["arrival_verbs"]),
        armed_nouns=frozenset(g["armed_nouns"]),
        quantity_nouns=frozenset(g["quantity_nouns"]),
        attacker_nouns=frozenset(g["attacker_nouns"]),
        affiliation_words=frozenset(g["affiliation_words"]),
    )


def _frame_prefixes(preps: list[str], contractions: dict[str, str]) -> tuple[str, ...]:
    """Every written form of the frame prepositions: "lors de" → "lors d'", "lors du"..."""
    forms = set()
    for prep in preps:
        forms.add(prep)
        if prep.endswith(" de"):
            stem = prep[:-3]
            forms.update(f"{stem} {c}".replace("' ", "'") for c, full in contractions.items()
                         if full == "de" and " " not in c)
        if prep.endswith(" à"):
            stem = prep[:-2]
            forms.update(f"{stem} {c}" for c, full in contractions.items()
                         if full == "à" and " " not in c)
    return tuple(sorted(forms, key=len, reverse=True))
