"""Resolve a document's mentions to entities at the article's date, with coreference.

Mentions are resolved in text order. A memory of the people and groups named so far lets
pronouns ("il", "ils"), pairs ("les deux hommes"), surnames ("Larijani"), unnamed officials
("le haut responsable iranien"), "son pays" and "son homologue iranien" find their
referent. What cannot be resolved stays unresolved: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Token

from .kb.store import ARMED_GROUP_SECTORS, Entity, KnowledgeBase, drop_article
from .pipeline.extensions import doc_text
from .pipeline.grammar import grammar
from .text import fold


@dataclass
class Memory:
    """What the document has named so far."""

    persons: list[tuple[int, Entity]] = field(default_factory=list)
    subjects: list[tuple[int, Entity]] = field(default_factory=list)
    groups: list[tuple[int, list[Entity]]] = field(default_factory=list)
    # two sides at odds, and whether by force (an attack, an arrest)
    sides: list[tuple[int, list[Entity], bool]] = field(default_factory=list)
    orgs: list[tuple[int, Entity]] = field(default_factory=list)
    by_surname: dict[str, Entity] = field(default_factory=dict)
    feminine_states: list[tuple[int, Entity]] = field(default_factory=list)  # "la Russie"
    group_subjects: list[tuple[int, Entity]] = field(default_factory=list)  # "Le M23 a ..."
    claimants: list[tuple[int, Entity]] = field(default_factory=list)  # "revendiqué par X"
    # plural phrases of people ("les partisans de l'ex-président", "des manifestants")
    crowds: list[tuple[int, int, Entity]] = field(default_factory=list)  # (pos, verb pos, e)
    genders: dict[str, str] = field(default_factory=dict)  # person → "f" or "m", from the text
    acts: list[tuple[str, frozenset[str], list[Entity], list[Entity]]] = \
        field(default_factory=list)


# places that may stand for their own authorities: a breakaway territory, a region
PARTY_REGIONS = frozenset({"territory", "region"})
COUNTRY_KINDS = frozenset({"demonym", "body", "people", "place"})
UNIDENTIFIED = "UAF"  # "des hommes armés", "les assaillants": armed men nobody names
FEMININE_REACH = 600  # characters back to the feminine state "elle" may stand for
CROWD_REACH = 300  # characters back to the people an object "les" may stand for


class Resolver:
    """Resolve the mentions of one document (all its segments) at one date."""

    def __init__(self, kb: KnowledgeBase, date: str | None, title: str | None = None) -> None:
        self.kb = kb
        self.date = date
        self.title = fold(title or "")
        self.title_at: dict[str, int] = {}  # where the title names each state (_in_title)
        self.memory = Memory()
        self.gram = grammar()
        self.cache: dict[tuple[int, int], list[Entity]] = {}
        self.named: dict[str, int] = {}

    # ----- public --------------------------------------------------------------------
    def resolve_doc(self, seg: int, doc: Doc) -> None:
        """Resolve every mention of a segment in order, feeding the memory."""
        for mention in doc._.dyade_mentions:
            for kb_id in mention["ids"][:1]:
                key = kb_id.split(":", 1)[1] if kb_id.startswith(("state:", "seat:")) else \
                    self.kb.entity(kb_id, self.date).country if kb_id.startswith("person:") \
                    else None  # "le président Robert Mugabe": the article is about Zimbabwe
                if key:
                    self.named[key] = self.named.get(key, 0) + 1
            if not mention["ids"] and mention["kind"] in COUNTRY_KINDS and \
                    len(mention["countries"]) == 1 and \
                    mention["countries"][0] not in ("", "@") and "|" not in mention["countries"][0]:
                # "l'armée libanaise", "à Bab el-Tebbaneh": the article names Lebanon too.
                key = mention["countries"][0]
                self.named[key] = self.named.get(key, 0) + 1
        for mention in doc._.dyade_mentions:
            if mention["kind"] in ("body", "people", "demonym", "role", "name", "person"):
                mention["countries"] = [self._pick(c) for c in mention["countries"]]
        for idx, mention in enumerate(doc._.dyade_mentions):
            entities = self._resolve(doc, mention)
            self.cache[(seg, idx)] = entities
            self._remember(doc, mention, entities)
        for quote in doc._.dyade_quotes or []:
            if quote["speaker"] is not None:
                pos = doc[doc._.dyade_mentions[quote["speaker"]]["start"]].idx + doc._.dyade_base
                for entity in self.cache.get((seg, quote["speaker"]), []):
                    if entity.kind == "person":
                        self.memory.subjects.append((pos, entity))
        self.memory.subjects.sort(key=lambda item: item[0])

    def _pick(self, candidates: str) -> str:
        """One country among a shared demonym's ("congolais"): the one the article names most.
        ``@`` stands for the country the article names most."""
        if candidates == "@":
            # between equals, the one the title names first ("Hongkong: le parlement
            # saccagé, Pékin dénonce ..."), else the one the article named first
            return max(self.named, key=lambda c: (self.named[c], -self._in_title(c))) \
                if self.named else ""
        options = candidates.split("|")
        return max(options, key=lambda c: (self.named.get(c, 0), -options.index(c)))

    def _in_title(self, iso3: str) -> int:
        """Where the title first names the state (its name, an alias, a demonym, its
        capital or seat), or a large number."""
        if iso3 not in self.title_at:
            state = self.kb.states.get(iso3)
            words = [state.name, *state.aliases, *state.demonyms, state.capital or "",
                     *state.seats] if state is not None and self.title else []
            found = [m.start() for w in words if (f := fold(w)) and
                     (m := re.search(rf"(?<!\w){re.escape(f)}(?!\w)", self.title))]
            self.title_at[iso3] = min(found, default=10 ** 6)
        return self.title_at[iso3]

    def focus(self) -> str | None:
        """The state the article names most, if the knowledge base knows it."""
        iso3 = self._pick("@")
        return iso3 if iso3 in self.kb.states else None

    def entities(self, seg: int, idx: int) -> list[Entity]:
        return self.cache.get((seg, idx), [])

    def counterpart(self, doc: Doc, mention: dict[str, Any], other: list[Entity]) -> list[Entity]:
        """Resolve "son homologue iranien" against the entity it is paired with."""
        countries = mention["countries"]
        if not countries and other and (focus := self.focus()) and focus != other[0].country:
            countries = [focus]  # "Poutine a félicité son homologue": in the article's country
        if not countries or not other or other[0].role is None:
            return self.entities_for_unresolved(mention)
        roles = self._same_kind_roles(other[0].role)
        holder = self.kb.holder(roles, countries[0], self.date)
        if holder is not None:
            return [self.kb.entity(holder, self.date)]
        return [Entity(None, None, countries[0], "GOV", role=other[0].role, kind="person")]

    def entities_for_unresolved(self, mention: dict[str, Any]) -> list[Entity]:
        return [Entity(None, None, c, "GOV", kind="person") for c in mention["countries"][:1]]

    def remember_act(self, event: str, words: frozenset[str], actors: list[Entity],
                     recipients: list[Entity]) -> None:
        """An act the article has told (its type, the lemmas naming it), for a later "ces
        frappes" to name its doers and targets."""
        self.memory.acts.append((event, words, list(actors), list(recipients)))

    def last_act(self, event: str, word: str) -> tuple[list[Entity], list[Entity]]:
        """The actors and targets of the last act told with this word, else of this
        kind."""
        for same_word in (True, False):
            for kind, words, actors, recipients in reversed(self.memory.acts):
                if kind == event and (word in words or not same_word):
                    return list(actors), list(recipients)
        return [], []

    def remember_group(self, position: int, entities: list[Entity]) -> None:
        if len(entities) >= 2:
            self.memory.groups.append((position, list(entities)))

    def remember_sides(self, position: int, entities: list[Entity], force: bool) -> None:
        """Two sides at odds ("Le TPLF a repris Mekele"): whom "les deux camps" stands for;
        ``force``: at odds by force (an attack, an arrest), not only by words."""
        a, b = entities
        if a.kind == b.kind == "state" and a.country == b.country:
            return  # an army firing on its own people is not two camps
        self.memory.sides.append((position, list(entities), force))

    def opponent(self, position: int, side: Entity) -> Entity | None:
        """The last side at odds with ``side`` (matched by its country) before
        ``position``, else the armed group the article has named most so far: who held a
        town its own country's forces take back."""
        # (the one most often at odds with it, the last between equals: a clash with
        # peacekeepers told once does not make them the enemy of the war)
        count: dict[str | None, int] = {}
        last: dict[str | None, Entity] = {}
        for p, (a, b), force in self.memory.sides:
            if p >= position or not force:
                continue  # (who took a town back took it from an enemy, not an accuser)
            other = b if a.country == side.country and b.country != side.country else \
                a if b.country == side.country and a.country != side.country else None
            if other is not None:
                count[other.country] = count.get(other.country, 0) + 1
                last[other.country] = other
        if count:
            return last[max(reversed(list(count)), key=count.__getitem__)]
        return self._most_named_group(position, ARMED_GROUP_SECTORS)

    def _most_named_group(self, position: int, sectors: frozenset[str]) -> Entity | None:
        """The organisation of these sectors the article has named most before ``position``
        (the last, between equals)."""
        named: dict[Entity, int] = {}
        for p, e in self.memory.orgs:
            if p < position and e.sector in sectors:
                named[e] = named.get(e, 0) + 1
        return max(reversed(named), key=named.__getitem__) if named else None

    def _groups(self, pos: int, states: bool = False) -> list[list[Entity]]:
        """The groups named before ``pos``: people and organisations only, or any parties
        (``states``: "les deux pays", "les deux ennemis")."""
        out = []
        for p, group in self.memory.groups:
            if p >= pos:
                continue
            kept = group if states else [e for e in group if e.kind in ("person", "org")]
            if len(kept) >= 2:
                out.append(kept)
        return out

    def pronoun(self, doc: Doc, token_index: int, before: int) -> list[Entity]:
        """Entities of the pronoun naming a quotation's speaker ("», a-t-il ajouté"): the
        person speaking before the quotation (``before``, a character offset) opened."""
        token = doc[token_index]
        word = token.lower_.split("-")[-1]
        pos = before + doc._.dyade_base
        if word in self.gram.pronouns_plur:
            groups = self._groups(pos)
            return list(groups[-1]) if groups else []
        if word in self.gram.pronouns_sing:
            person = self._last_subject(pos, word) or self._last_person(pos, pronoun=word)
            return [person] if person else []
        return []

    def role_at(self, doc: Doc, mention: dict[str, Any], day: str) -> list[Entity]:
        """Who held the office a role mention names on ``day`` (an ISO day), for background
        told with its date; none for an office named as a former or a current one
        ("l'ancien président", "le nouveau président"), which is so as of the article."""
        around = doc[max(0, mention["start"] - 1): min(len(doc), mention["end"] + 1)]
        if any(t.lower_ in self.gram.former | self.gram.current_markers for t in around):
            return []  # (nor "le nouveau président", as of the article too)
        focus = self.focus()
        if not mention["countries"] and not mention.get("of_ids") and focus is not None:
            # ("la Première ministre", of no country: the country the article is about's,
            # whoever the article names later in that office)
            holder = self.kb.office_holder(mention["roles"], focus, day)
            if holder is not None:
                return [self.kb.entity(holder, day)]
        saved, self.date = self.date, day
        try:
            return self._role(doc, mention)
        finally:
            self.date = saved

    def referent(self, doc: Doc, mention: dict[str, Any]) -> list[Entity]:
        """Entities of a pronoun, pair, or "son pays" at the mention's position."""
        pos = doc[mention["start"]].idx + doc._.dyade_base
        kind = mention["kind"]
        if kind == "pronoun" and mention.get("object") and mention["plural"]:
            # "De violents heurts les ont opposés aux forces de l'ordre": the people named
            # last, outside the clitic's own clause
            clause = doc[mention["start"]].head.idx + doc._.dyade_base
            crowd = next((e for p, c, e in reversed(self.memory.crowds)
                          if pos - CROWD_REACH < p < pos and c != clause), None)
            return [crowd] if crowd is not None else []
        if kind == "pair" or (kind == "pronoun" and mention["plural"]):
            kinds = self.gram.pairs.get(fold_phrase(mention.get("text", ""))) if kind == "pair" \
                else None
            groups = self._groups(pos, states=kinds in ("any", "sides", "states"))
            if kinds == "states":  # "les deux pays": the states of two parties of two countries
                groups = [[self._state(c, None) for c in countries] for g in groups
                          if len(countries := list(dict.fromkeys(e.country for e in g))) == 2
                          and all(c in self.kb.states for c in countries)]
            if kinds == "sides":  # "les deux camps", "chaque belligérant": at odds, if any
                groups = [g for p, g, _ in self.memory.sides if p < pos] or groups
            elif kinds and kinds not in ("any", "states"):
                fitting = [g for g in groups
                           if all(self.kb.role_kinds.get(e.role or "") in kinds for e in g)]
                groups = fitting or groups
            if kind == "pair":  # "les deux dirigeants": two, not the mediator with them
                groups = [g for g in groups if len(g) == 2] or groups
            return list(groups[-1]) if groups else []
        if kind == "pronoun" and mention.get("group"):
            sectors = mention.get("sectors")
            org = next((e for p, e in reversed(self.memory.orgs)
                        if p < pos and (not sectors or e.sector in sectors)), None)
            return [org] if org is not None else []
        if kind == "pronoun" and mention.get("object"):
            # not anyone the clause itself names before the clitic (but "Assad s'était enfui
            # à Moscou, où le Kremlin lui a accordé l'asile" is Assad)
            since = doc[mention["start"]].head.left_edge.idx + doc._.dyade_base
            pos = doc[mention["start"]].idx + doc._.dyade_base
            subjects = {e for p, e in self.memory.subjects if since <= p < pos}
            word = mention["text"].lower()
            # (the participle agrees with the clitic before it: "l'avait destitué", a man)
            gender = self._pronoun_gender(word) or _agreement(doc[mention["start"]])
            person = next((e for p, e in reversed(self.memory.persons)
                           if p < pos and e not in subjects and self._fits(e, gender=gender)),
                          None)
            return [person] if person else []
        if kind == "pronoun" and mention["text"].lower() in self.gram.latter_pronouns:
            # "chassant Hissène Habré. Réfugié au Sénégal, ce dernier": the one named last
            person = self._last_person(pos, pronoun=mention["text"].lower())
            return [person] if person else []
        if kind == "pronoun":
            local = self._sentence_subject(doc, mention)
            if local:
                return local
            if mention["text"].lower() == "elle":
                # "Moscou nie ... Depuis octobre, elle mène": a feminine state, not Peskov
                state = next((e for p, e in reversed(self.memory.feminine_states)
                              if pos - FEMININE_REACH < p < pos), None)
                if state is not None:
                    return [state]
            word = mention["text"].lower()
            if word == "il" and (group := self._last_group_subject(pos)) is not None:
                return [group]
            person = self._last_subject(pos, word) or self._last_person(pos, pronoun=word)
            return [person] if person else []
        if kind == "own" and mention.get("sector"):
            subject = self._sentence_subject(doc, mention)
            return self._forces_of(subject[0] if subject else self._last_subject(pos),
                                   mention["sector"])
        if kind == "own":
            person = self._last_subject(pos) or self._last_person(pos)
            if person and person.country and person.country in self.kb.states:
                return [self.kb.entity(f"seat:{person.country}", self.date)]
        return []

    def _forces_of(self, subject: Entity | None, sector: str) -> list[Entity]:
        """"ses troupes", "leurs soldats": the forces of whoever is the subject, an armed
        group's own, a state's (its leader's or minister's) with the body's sector."""
        if subject is None:
            return []
        if subject.kind == "org" or subject.kind == "person" and subject.sector in \
                ARMED_GROUP_SECTORS:
            org = self.kb.orgs.get((subject.kb_id or "").partition(":")[2])
            person = self.kb.persons.get((subject.kb_id or "").partition(":")[2])
            role = self.kb.role_at(person, self.date) if person is not None else None
            if org is None and role is not None and role.of in self.kb.orgs:
                return [self.kb.entity(f"org:{role.of}", self.date)]
            return [subject] if subject.kind == "org" else []
        if subject.country in self.kb.states:
            return [self._state(subject.country, sector)]
        return []

    def _sentence_subject(self, doc: Doc, mention: dict[str, Any]) -> list[Entity]:
        """The subject named earlier in the pronoun's own sentence ("L'Iran ... auquel il")."""
        sent = doc[mention["start"]].sent
        seg = doc._.dyade_segment
        candidates = []
        for idx in range(len(doc._.dyade_mentions) - 1, -1, -1):
            other = doc._.dyade_mentions[idx]
            if other["start"] >= mention["start"] or other["start"] < sent.start:
                continue
            if other["kind"] in ("pronoun", "pair", "own", "first"):
                continue
            head = doc[other["head"]]
            if _topic(head, self.gram.topic_marks) and \
                    head.head.i == doc[mention["start"]].head.i:
                # "Quant à Almazbek Atambaïev, il avait été arrêté": the one set as the topic
                found = self.cache.get((seg, idx), [])
                if len(found) == 1:
                    return found
            if head.dep_.startswith("nsubj") and head.head.dep_ not in ("ccomp", "advcl"):
                found = self.cache.get((seg, idx), [])
                if len(found) == 1:
                    candidates.append(found[0])
        word = mention["text"].lower()
        persons = [e for e in candidates if e.kind == "person"]
        if persons and not any(self._fits(e, word) for e in persons):
            return []  # "Nuland ... le général Barmou, où elle": not him
        return ([e for e in persons if self._fits(e, word)] or candidates)[:1]

    # ----- resolution ----------------------------------------------------------------
    def _resolve(self, doc: Doc, m: dict[str, Any]) -> list[Entity]:
        kind = m["kind"]
        if kind == "name":
            return [self._name(doc, m)]
        if kind == "person":
            return [self._unknown_person(doc, m)]
        if kind == "propn":
            known = self.memory.by_surname.get(fold(m["text"]).split()[-1] if fold(m["text"])
                                               else "")
            return [known] if known is not None else []
        if kind == "role":
            if m.get("counterpart"):
                return []
            return self._role(doc, m)
        if kind == "body":
            pos = doc[m["start"]].idx + doc._.dyade_base
            if m.get("bare") and (m["sector"] in ARMED_GROUP_SECTORS or
                                  m["sector"] == UNIDENTIFIED and m.get("definite")):
                # "les rebelles", "la rébellion" with no country of their own, "les
                # assaillants" told before: the armed group the article has named most so far
                # ("des hommes armés" are whoever they are, of the country)
                group = self._most_named_group(pos, ARMED_GROUP_SECTORS)
                if group is not None:
                    return [group]
            if m.get("bare") and m["sector"] == UNIDENTIFIED and \
                    (claimant := next((e for p, e in reversed(self.memory.claimants)
                                       if p < pos), None)) is not None:
                # "L'attaque, revendiquée par les shebab, ... lorsqu'une dizaine d'hommes
                # armés ont ouvert le feu": the armed men of an attack a group has claimed
                return [claimant]
            if m.get("person_noun") and not m["plural"]:
                same = self._last_person(pos, country=m["countries"][0])
                if same is not None:
                    return [same]
            if (followed := self._followed(doc, m)) is not None:
                return [followed]
            return [self._written(self._state(c, m["sector"]), doc, m)
                    for c in m["countries"] if c]
        if kind == "people" and m.get("community"):
            community = self.kb.community(m["community"])
            return [Entity(f"community:{community.id}", community.name, c, community.sector,
                           kind="community") for c in m["countries"][:1] if community and c]
        if kind == "people":
            return [self._written(self._state(c, "CVL"), doc, m) for c in m["countries"]]
        if kind == "place" and (m.get("place") or {}).get("kind") in PARTY_REGIONS:
            # "reconnu l'indépendance de l'Abkhazie": a territory or region that acts or is
            # acted on as such, named so, of its state
            return [replace(state, name=m["place"]["name"], label=state.name)
                    for c in m["countries"] if (state := self._state(c, None))]
        if kind in ("demonym", "place"):
            return [self._state(c, None) for c in m["countries"]]
        return []

    def _followed(self, doc: Doc, m: dict[str, Any]) -> Entity | None:
        """The followers of a person, a group of their own named so, of the person's country
        ("des partisans de Donald Trump" in a story about Brazil are American)."""
        head = doc[m["head"]]
        if head.lemma_.lower() not in self.gram.follower_nouns:
            return None
        # (the person's "de" phrase, over an office the parser may take apart: "de
        # l'ex-président Jair Bolsonaro")
        after = list(doc[head.i + 1: head.i + 6])
        if not after or after[0].lower_ not in ("de", "d'", "du", "des"):
            return None
        for token in after[1:]:
            other = self._mention_of(doc, token)
            if other is None:
                if token.pos_ in ("DET", "ADJ") or token.pos_ == "NOUN" and token.is_lower:
                    continue
                return None
            if other["kind"] != "name" or \
                    not any(i.startswith("person:") for i in other["ids"]):
                return None
            person = self._name(doc, other)
            if person.country is None:
                return None
            state = self._state(person.country, "CVL")
            words = [t for t in doc[m["start"]: m["end"]] if t.pos_ != "DET"]
            first = words[0].i if words else head.i
            return replace(state, name=doc[first: other["end"]].text, label=state.name)
        return None

    def _written(self, state: Entity, doc: Doc, m: dict[str, Any]) -> Entity:
        """A state body or people named as the article names it ("forces de sécurité",
        "manifestants", "Syriens"), the state's own name kept as ``label``."""
        words = [t for t in doc[m["start"]: m["end"]] if t.pos_ != "DET"]
        if not words:
            return state
        head = doc[m["head"]] if m.get("head") is not None else words[-1]
        end = _de_complement(head, words[-1].i)
        while end + 1 < len(doc) and doc[end + 1].pos_ == "ADJ" and \
                doc[end + 1].head.i in (head.i, end) and doc[end + 1].text.islower():
            end += 1  # "forces de sécurité zimbabwéennes"
        text = doc[words[0].i: end + 1].text
        return replace(state, name=text, label=state.name)

    def _state(self, iso3: str, sector: str | None) -> Entity:
        state = self.kb.states.get(iso3)
        name = state.name if state else iso3
        return Entity(f"state:{iso3}", name, iso3, sector, kind="state")

    def _name(self, doc: Doc, m: dict[str, Any]) -> Entity:
        ids = m["ids"]
        persons = [i for i in ids if i.startswith("person:")]
        entity = self.kb.as_written(self._pick_person(persons) if persons else
                                    self.kb.entity(ids[0], self.date), m["text"])
        if entity.kind == "person" and entity.country is None and m["countries"]:
            entity = replace(entity, country=m["countries"][0])
        org = self.kb.orgs.get((entity.kb_id or "").partition(":")[2]) \
            if entity.kind == "org" else None
        if org is not None and org.branches and entity.country is None:
            # "les Frères musulmans" in a story about Egypt are Egypt's
            country = self._adjective_country(doc, m) or self.focus()
            return replace(entity, country=country) if country else entity
        if org is not None and org.generic and \
                fold(drop_article(m["text"])) in {fold(g) for g in org.generic}:
            # "le Conseil constitutionnel sénégalais" is Senegal's, and "l'Assemblée
            # nationale" in a story about Gabon is Gabon's
            country = self._adjective_country(doc, m) or self.focus()
            if country is not None and country != org.country:
                state = self._state(country, org.sector)
                return replace(state, name=drop_article(m["text"]), label=state.name)
        return entity

    def _adjective_country(self, doc: Doc, m: dict[str, Any]) -> str | None:
        """The country an adjective after a name gives ("le Conseil constitutionnel
        sénégalais")."""
        head = doc[m["head"]]
        own = [self._pick("|".join(found)) for c in head.children
               if c.dep_ == "amod" and c.i >= m["end"] and (found := self.kb.demonym(c.lower_))]
        return own[0] if own else None

    def _pick_person(self, ids: list[str]) -> Entity:
        entities = [self.kb.entity(i, self.date) for i in ids]
        for entity in entities:
            if entity.role is not None:
                return entity
        return entities[0]

    def _unknown_person(self, doc: Doc, m: dict[str, Any]) -> Entity:
        name = _strip_honorifics(m.get("name_text") or m["text"], self.gram.honorifics)
        surname = fold(name).split()[-1] if fold(name) else ""
        known = self.memory.by_surname.get(surname)
        near = None if m["countries"] else self._nearby_demonym(doc, m)
        if known is not None and (len(fold(name).split()) == 1 or known.name == name) and \
                near in (None, known.country):
            return known  # (unless the text now says whose he is: "le diplomate Joël
            # Meyer", then "l'ambassadeur de France à Bamako, Joël Meyer")
        country, sector, role = None, None, None
        if m["countries"]:
            country, sector = m["countries"][0], "GOV"
        elif near is not None:
            country, sector = near, "GOV"
        elif m.get("of_ids"):
            target = self.kb.entity(m["of_ids"][0], self.date)
            country, sector = target.country, target.sector or "GOV"
        else:
            # A person the article names with no nationality is of the country it is about
            # (an opposition leader, a gang chief, a victim): foreigners come with theirs.
            country = self.focus()
        if m["roles"]:
            role = m["roles"][0]
            sector = sector or self.kb.role_sectors.get(role)
        entity = Entity(None, name, country, sector, role=role, kind="person")
        if known is not None and near is not None and surname:
            self.memory.by_surname[surname] = entity  # ("M. Meyer" after is his)
        return entity

    def _nearby_demonym(self, doc: Doc, m: dict[str, Any]) -> str | None:
        """A nationality stated in the phrase right before a name: "la sous-secrétaire
        d'État américaine par intérim, Victoria Nuland", "l'ambassadeur des États-Unis,
        Philip Goldberg", "le gouverneur de Kirkouk, Najmaldin Karim"."""
        sent_start = doc[m["start"]].sent.start
        window = doc[max(sent_start, m["start"] - 8): m["start"]]
        set_off = bool(window) and window[-1].text == ","
        for token in reversed(window):
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
                return None
            if token.pos_ == "ADJ" and (found := self.kb.demonym(token.lower_)):
                return self._pick("|".join(found))
            if set_off and token.pos_ == "PROPN" and token.dep_ == "nmod" and \
                    token.head.pos_ == "NOUN" and token.head.i < token.i and \
                    any(c.dep_ == "case" and self.gram.contractions.get(c.lower_, c.lower_) == "de"
                        for c in token.children) and \
                    (other := self._mention_of(doc, token)) is not None and \
                    other["kind"] in ("name", "place") and \
                    all(i.startswith(("state:", "seat:")) for i in other["ids"]):
                found = [i.split(":", 1)[1] for i in other["ids"][:1]] or other["countries"][:1]
                if found and found[0]:
                    return self._pick(found[0])
        return None

    @staticmethod
    def _mention_of(doc: Doc, token: Token) -> dict[str, Any] | None:
        return next((m for m in doc._.dyade_mentions if m["start"] <= token.i < m["end"]),
                    None)

    def _role(self, doc: Doc, m: dict[str, Any]) -> list[Entity]:
        roles = m["roles"]
        targets = [(c, None) for c in m["countries"]]
        if m.get("of_ids"):
            kb_id = m["of_ids"][0]
            kind, _, key = kb_id.partition(":")
            targets = [(key, kb_id)] if kind in ("state", "seat", "org") else []
            org = self.kb.orgs.get(key) if kind == "org" else None
            if org is not None and org.generic and m.get("of_text") and \
                    fold(drop_article(m["of_text"])) in {fold(g) for g in org.generic} and \
                    (focus := self.focus()) is not None and focus != org.country:
                # "le président de l'Assemblée nationale" in a story about Venezuela
                targets = [(focus, None)]
        out = []
        # "le président déchu", "l'ancien Premier ministre": the one whose term ended
        former = any(t.lower_ in self.gram.former
                     for t in doc[max(0, m["start"] - 1): min(len(doc), m["end"] + 1)])
        if former and not targets and (focus := self.focus()) is not None:
            targets = [(focus, None)]
        for of, kb_id in targets:
            holder = self.kb.previous_holder(roles, of, self.date) if former else \
                self.kb.office_holder(roles, of, self.date, via=m.get("of_text"))
            if holder is not None and roles == ["leader"] and not former and \
                    (named := self._named_leader(doc, m, of)) is not None:
                # "le dirigeant éthiopien" after Abiy Ahmed: the head of government the
                # article has named, where the head of state only reigns
                out.append(named)
                continue
            if holder is not None:
                out.append(self.kb.entity(holder, self.date))
                continue
            if kb_id is not None:
                target = self.kb.entity(kb_id, self.date)
                if target.kind == "org":
                    # "plusieurs dirigeants des Frères musulmans": members nobody names
                    # act for their organisation
                    out.append(target)
                    continue
                out.append(Entity(None, None, target.country, "GOV", role=roles[0] if roles
                                  else None, kind="person"))
            else:
                out.append(Entity(None, None, of, self._role_sector(roles), kind="person",
                                  role=roles[0] if roles else None))
        if not targets and m.get("phrase") in self.kb.phrase_of:
            implied = self.kb.phrase_of[m["phrase"]]
            holder = self.kb.office_holder(roles, implied, self.date)
            if holder is not None:
                return [self.kb.entity(holder, self.date)]
        if not targets and roles:
            unique = self._unique_holder(roles)
            if unique is not None:
                out.append(unique)
            else:
                pos = doc[m["start"]].idx + doc._.dyade_base
                same = self._last_person(pos, roles=roles)
                if same is not None and same.country != self.focus() and \
                        "\n" in doc_text(doc)[max(0, self._last_at(same) - doc._.dyade_base):
                                               doc[m["start"]].idx]:
                    # "le président islamiste" a paragraph after "le président français":
                    # the article's own country's, if it has named one
                    same = self._last_person(pos, country=self.focus(), roles=roles) or same
                if same is None:
                    # "les partisans de Mohamed Morsi réclamaient son retour depuis la
                    # destitution du président islamiste": one named just before in the
                    # paragraph who once held the office
                    same = self._former_holder_nearby(doc, pos, roles)
                if same is not None:
                    out.append(same)
        return out

    def _named_leader(self, doc: Doc, m: dict[str, Any], of: str) -> Entity | None:
        """The country's head of state or government the article named last before the
        mention, holding that office at the article's date."""
        pos = doc[m["start"]].idx + doc._.dyade_base
        heads = {self.kb.holder(self.kb.kind_roles(kind), of, self.date)
                 for kind in ("head_of_state", "head_of_government")} - {None}
        return next((e for p, e in reversed(self.memory.persons)
                     if p < pos and e.kb_id in heads), None)

    def _former_holder_nearby(self, doc: Doc, pos: int, roles: list[str]) -> Entity | None:
        text = doc_text(doc)
        para = text.rfind("\n", 0, pos - doc._.dyade_base) + doc._.dyade_base
        for p, entity in reversed(self.memory.persons):
            if p >= pos:
                continue
            if p < para:
                return None
            person = self.kb.persons.get((entity.kb_id or "").partition(":")[2])
            if person is not None and any(r.role in roles for r in person.roles):
                return entity
        return None

    def _role_sector(self, roles: list[str]) -> str:
        sector = self.kb.role_sectors.get(roles[0], "GOV") if roles else "GOV"
        return "GOV" if sector in ("IGO", "REB") else sector

    def _unique_holder(self, roles: list[str]) -> Entity | None:
        holders = {pid for role in roles for (r, of), items in self.kb.holders.items()
                   if r == role for term, pid in items
                   if self.date and term.start[: len(self.date)] <= self.date and
                   (term.end is None or self.date <= term.end[: len(self.date)])}
        if len(holders) == 1:
            return self.kb.entity("person:" + holders.pop(), self.date)
        return None

    def _same_kind_roles(self, role: str) -> list[str]:
        kind = self.kb.role_kinds.get(role)
        if kind in ("head_of_state", "head_of_government"):
            same = [r for r, k in self.kb.role_kinds.items() if k == kind]
            return [role] + [r for r in same if r != role]
        return [role]

    # ----- memory --------------------------------------------------------------------
    def _remember(self, doc: Doc, m: dict[str, Any], entities: list[Entity]) -> None:
        pos = doc[m["start"]].idx + doc._.dyade_base
        head = doc[m["head"]]
        affiliation = head.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and \
            head.head.lower_ in self.gram.affiliation_words
        if m["kind"] not in ("pronoun", "body") and not affiliation:
            # (a body that stands for a group, "les rebelles", does not name it once more)
            # (not "al-Qaïda" in "le GSIM, lié à al-Qaïda": whom the group is linked to)
            self.memory.orgs += [(pos, e) for e in entities if e.kind == "org"]
            if subject_phrase(head):
                self.memory.group_subjects += [(pos, e) for e in entities if e.kind == "org"]
            phrase = head  # ("par les insurgés somaliens shebab": the phrase's head)
            for _ in range(3):
                if phrase.dep_ not in ("nmod", "appos", "flat:name", "amod") or \
                        any(c.dep_ == "case" for c in phrase.children):
                    break
                phrase = phrase.head
            if phrase.head.lemma_.lower() in self.gram.claim_verbs and \
                    phrase.dep_.startswith(("obl", "nmod")) and \
                    any(c.dep_ == "case" and c.lower_ == "par" for c in phrase.children):
                # "l'attaque, revendiquée par les shebab": whoever the armed men are after
                self.memory.claimants += [(pos, e) for e in entities
                                          if e.kind == "org" and e.sector in ARMED_GROUP_SECTORS]
        if m["kind"] == "name" and doc[m["head"]].dep_.startswith("nsubj"):
            for entity in entities:
                state = self.kb.states.get(entity.country or "") if entity.kind == "state" \
                    else None
                if state is not None and state.article == "la":
                    self.memory.feminine_states.append((pos, entity))
        if m["kind"] in ("body", "people") and m.get("plural") and len(entities) == 1:
            clause = next((t.i for t in (head, *head.ancestors) if t.pos_ in ("VERB", "AUX")),
                          head.sent.root.i)
            self.memory.crowds.append((pos, doc[clause].idx + doc._.dyade_base, entities[0]))
        people = [e for e in entities if e.kind == "person"]
        gender = self._gender(doc, m) if m["kind"] != "pronoun" else None
        for entity in people:
            self.memory.persons.append((pos, entity))
            if gender is not None:
                self.memory.genders.setdefault(_person_key(entity), gender)
            if entity.name:
                for name in self._surnames(entity):
                    self.memory.by_surname.setdefault(name, entity)
            if subject_phrase(doc[m["head"]]):
                self.memory.subjects.append((pos, entity))

    def _surnames(self, entity: Entity) -> list[str]:
        folded = fold(entity.name or "").split()
        names = [t for t in folded if len(t) >= 2 and t not in self.gram.particles]
        if entity.kb_id and entity.kb_id.startswith("person:"):
            person = self.kb.persons.get(entity.kb_id.split(":", 1)[1])
            if person:
                names += [fold(a).split()[-1] for a in person.aliases if fold(a)]
        return names

    def _gender(self, doc: Doc, m: dict[str, Any]) -> str | None:
        """"la secrétaire d'État adjointe, Victoria Nuland", "Mme Colonna": a woman; "le
        président", "M. Blinken": a man; else unknown."""
        words = [t.lower_ for t in doc[m["start"]: m["end"]][:1]]
        i = m["start"] - 1
        while i >= 0 and m["start"] - i <= 4:  # "Le général | Moussa Salaou Barmou"
            words.append(doc[i].lower_)
            if doc[i].pos_ not in ("NOUN", "ADJ", "PROPN"):
                break
            i -= 1
        head = doc[m["head"]]
        if head.dep_ == "appos":  # "la secrétaire d'État adjointe, Victoria Nuland"
            words += [c.lower_ for c in head.head.children if c.dep_ == "det"]
        for word in words:
            for gender, markers in self.gram.gender_markers.items():
                if word in markers:
                    return gender
        return None

    def _fits(self, entity: Entity, pronoun: str | None = None,
              gender: str | None = None) -> bool:
        """Can the pronoun (or a word of that gender) stand for the person? Not "elle" for a
        man the text calls "le général", nor "il" for "la ministre"."""
        known = self.memory.genders.get(_person_key(entity))
        wanted = gender or self._pronoun_gender(pronoun)
        return known is None or wanted is None or known == wanted

    def _pronoun_gender(self, pronoun: str | None) -> str | None:
        """"f" for "elle", "m" for "il", "l'" for either (None); object pronouns too."""
        if pronoun in self.gram.object_pronouns:
            return self.gram.object_pronouns[pronoun]
        if pronoun in self.gram.stressed_pronouns:
            return self.gram.stressed_pronouns[pronoun]
        return next((g for g, words in self.gram.gender_pronouns.items() if pronoun in words),
                    None)

    def _last_person(self, pos: int, country: str | None = None,
                     roles: list[str] | None = None, pronoun: str | None = None
                     ) -> Entity | None:
        for p, entity in reversed(self.memory.persons):
            if p >= pos or not self._fits(entity, pronoun):
                continue
            if country is not None and entity.country != country:
                continue
            if roles is not None and entity.role not in roles:
                continue
            return entity
        return None

    def _last_at(self, entity: Entity) -> int:
        """Where the person was last named."""
        return next((p for p, e in reversed(self.memory.persons) if e == entity), 0)

    def _last_group_subject(self, pos: int) -> Entity | None:
        """"Le M23 ... s'était emparé de Goma. Il avait été défait": an organisation that was
        the last subject, with no person named since."""
        group = next(((p, e) for p, e in reversed(self.memory.group_subjects) if p < pos),
                     None)
        if group is None or any(group[0] < p < pos for p, _ in self.memory.persons):
            return None
        return group[1]

    def _last_subject(self, pos: int, pronoun: str | None = None) -> Entity | None:
        return next((e for p, e in reversed(self.memory.subjects)
                     if p < pos and self._fits(e, pronoun)), None)


def subject_phrase(head: Token, after_office: bool = False) -> bool:
    """A subject, or the name set off by commas right after one ("Son successeur, Iván
    Duque, avait"), which the parser calls an apposition or a conjunct; with
    ``after_office``, also the name right after the office that is the subject ("Le
    président élu gambien Adama Barrow a prêté serment")."""
    if head.dep_.startswith("nsubj"):
        return True
    noun = head.head
    if not noun.dep_.startswith("nsubj") or noun.i >= head.i:
        return False
    return head.dep_ in ("appos", "conj") and head.i == noun.i + 2 and \
        head.doc[noun.i + 1].text == "," or \
        after_office and head.dep_ in ("appos", "flat:name", "nmod") and \
        head.pos_ == "PROPN" and not any(c.dep_ == "case" for c in head.children)


def _agreement(clitic: Token) -> str | None:
    """The gender a compound past's participle gives the object clitic before it ("l'avait
    destituée": a woman), or None."""
    verb = clitic.head
    if "Part" not in verb.morph.get("VerbForm") or not any(
            c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children):
        return None
    found = verb.morph.get("Gender")
    return {"Fem": "f", "Masc": "m"}.get(found[0]) if found else None


def _person_key(entity: Entity) -> str:
    return entity.kb_id or fold(entity.name or "")


def fold_phrase(text: str) -> str:
    """Lower-case a phrase and normalise its apostrophes, keeping accents."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def _strip_honorifics(name: str, honorifics: frozenset[str]) -> str:
    words = name.split()
    while words and words[0].lower() in honorifics:
        words = words[1:]
    return " ".join(words) if words else name


def _de_complement(head: Token, end: int) -> int:
    """The last token of a lower-case "de" complement right after a body's noun ("forces de
    sécurité", "forces de l'ordre"), or ``end`` when there is none."""
    for child in head.children:
        if child.i <= end or child.dep_ != "nmod" or child.pos_ != "NOUN" or \
                not child.text.islower():
            continue
        between = [t for t in child.doc[end + 1: child.i] if t.dep_ in ("case", "det")]
        if child.i - end - 1 == len(between) and any(t.lower_ in ("de", "d'", "du", "des")
                                                     for t in between):
            return child.i
    return end


def _topic(head: Token, marks: frozenset[str]) -> bool:
    """Is a phrase set before its clause as its topic ("Quant à X, ...", "S'agissant de X")?"""
    words = [t for c in head.children if c.dep_ in ("case", "mark") and c.i < head.i
             for t in (c, *c.children) if t.dep_ in ("case", "mark", "fixed")]
    return " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i)) in marks
