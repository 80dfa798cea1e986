"""The function words of ``lexicon/grammar.json`` as ready-to-use sets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import load_json


@dataclass(frozen=True)
class Grammar:
    pronouns_sing: frozenset[str]
    pronouns_plur: frozenset[str]
    pairs: tuple[str, ...]
    first_person: frozenset[str]
    own_country: tuple[str, ...]
    negation: frozenset[str]
    negation_det: frozenset[str]
    modal: dict[str, str]
    hypothetical_conj: frozenset[str]
    determiners: frozenset[str]
    honorifics: frozenset[str]
    contractions: dict[str, str]
    particles: frozenset[str]
    agent_preps: frozenset[str]
    recipient_preps: tuple[str, ...]
    support_verbs: frozenset[str]
    subject_support_verbs: frozenset[str]
    frame_preps: tuple[str, ...]
    person_nouns: frozenset[str]
    counterpart: frozenset[str]


@cache
def grammar() -> Grammar:
    """Return the function words, loaded once."""
    g = load_json("lexicon", "grammar.json")
    return Grammar(
        pronouns_sing=frozenset(g["personal_pronouns"]["sing"]),
        pronouns_plur=frozenset(g["personal_pronouns"]["plur"]),
        pairs=tuple(g["collective_pairs"]),
        first_person=frozenset(g["first_person"]),
        own_country=tuple(g["own_country"]),
        negation=frozenset(g["negation"]),
        negation_det=frozenset(g["negation_det"]),
        modal=dict(g["modal_future"]),
        hypothetical_conj=frozenset(g["hypothetical_conj"]),
        determiners=frozenset(g["determiners"]),
        honorifics=frozenset(g["honorifics"]),
        contractions=dict(g["contractions"]),
        particles=frozenset(g["name_particles"]),
        agent_preps=frozenset(g["nominal_agent_preps"]),
        recipient_preps=tuple(g["recipient_preps"]),
        support_verbs=frozenset(g["support_verbs"]),
        subject_support_verbs=frozenset(g["subject_support_verbs"]),
        frame_preps=tuple(g["frame_preps"]),
        person_nouns=frozenset(g["person_nouns"]),
        counterpart=frozenset(g["counterpart"]),
    )
