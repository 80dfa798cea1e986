"""The ``dyade_actors`` component: find actor mentions and what each may refer to.

A mention is a plain dict in ``doc._.dyade_mentions``:

``start``/``end``/``head`` token indexes; ``kind`` (``name`` a knowledge-base name, ``role``
an office, ``body`` a state body such as "l'armée syrienne", ``demonym`` a country
adjective, ``people`` a people such as "les Palestiniens", ``person`` an unknown named
person, ``pronoun``, ``pair`` such as "les deux hommes", ``own`` such as "son pays",
``first`` such as "nous"); ``ids`` knowledge-base candidates; ``roles`` and ``of`` for
offices; ``countries`` for country-level mentions; ``sector``; ``plural``; ``counterpart``
for "son homologue ...". Resolution to an entity at the article's date happens later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..kb.places import ambiguous, curated, curated_forms, lookup
from ..kb.store import KnowledgeBase, drop_article, knowledge_base
from ..text import fold, strip_accents
from ..timex.calendar import calendar_words
from .extensions import guarded, register
from .grammar import grammar
from .lexicon import triggers

ACRONYM_MAX = 6
CONTEXT = "@"
BODY_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "obl:agent", "iobj"})
ARG_DEPS = BODY_DEPS | {"obl:arg", "obl", "obl:mod"}
PLACE_LABELS = frozenset({"LOC", "MISC", "PER", "ORG"})
FORCES = frozenset({"MIL", "COP", "REB", "SPY", "UAF"})  # sectors of armed bodies
MIN_PER_PLACE_POPULATION = 500_000
# a town the tagger finds smaller than this must be in a country the text names otherwise
# ("sa base de Jebel" in a story about Juba is not Jebel, Turkmenistan)
MIN_STRAY_POPULATION = 100_000


class ActorRecognizer:
    """Mark the mentions of actors in a Doc (``doc._.dyade_mentions``)."""

    def __init__(self, nlp: Language, name: str = "dyade_actors") -> None:
        register()
        self.name = name
        self.kb: KnowledgeBase = knowledge_base()
        self.gram = grammar()
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.roles = Matcher(nlp.vocab)
        self.places = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.capitalised: set[str] = set()
        # names whose capitalised article is their own ("La Paz", "Le Caire")
        self.with_article = {fold(s) for s in self._written_surfaces()
                             if s[:1].isupper() and drop_article(s) != s}
        self.de = self.gram.contractions.get("du", "de")
        self.calendar_words = calendar_words()
        self._build(nlp)

    # ----- building ------------------------------------------------------------------
    def _build(self, nlp: Language) -> None:
        lower: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        uncapitalised: set[str] = set()
        for surface in self._surfaces():
            key = fold(surface)
            if surface.isupper() and len(surface.replace(".", "")) <= ACRONYM_MAX:
                exact.setdefault(key, []).append(surface)
                continue
            for variant in {surface, strip_accents(surface)}:
                lower.setdefault(key, []).append(variant)
            if surface[:1].isupper():
                self.capitalised.add(key)
            else:
                uncapitalised.add(key)
        self.capitalised -= uncapitalised
        for key, forms in lower.items():
            self.names.add(key, list(nlp.tokenizer.pipe(sorted(set(forms)))))
        for key, forms in exact.items():
            self.acronyms.add(key, list(nlp.tokenizer.pipe(sorted(set(forms)))))
        for key, forms in curated_forms().items():
            self.places.add(key, list(nlp.tokenizer.pipe(forms)))
        for phrase in self.gram.pairs:
            self.phrases.add("pair", [nlp.make_doc(phrase)])
        for phrase in self.gram.own_country:
            self.phrases.add("own", [nlp.make_doc(phrase)])
        demonyms = sorted({f.lower() for st in self.kb.states.values() for f in st.demonyms})
        for phrase in self.kb.role_phrases:
            words = [t.text for t in nlp.make_doc(phrase)]
            # "secrétaire d'Etat", "chef de l'Etat": capitals often lose their accent
            later = [{"LOWER": {"IN": sorted({w, strip_accents(w)})}} for w in words[1:]]
            for attr in ("LOWER", "LEMMA"):
                pattern: list[dict[str, Any]] = [{attr: words[0]}]
                patterns = [pattern]
                if len(words) > 1:
                    # "le ministre russe de la Défense", "la ministre sud-africaine des ..."
                    patterns = [pattern + [{"POS": "ADJ", "OP": "?"}],
                                pattern + [{"LOWER": {"IN": demonyms}}]]
                self.roles.add(phrase, [p + later for p in patterns])

    def _surfaces(self) -> list[str]:
        return [drop_article(s) for s in self._written_surfaces()]

    def _written_surfaces(self) -> list[str]:
        kb = self.kb
        out: list[str] = []
        for state in kb.states.values():
            out += [state.name, *state.aliases]
            if state.long_name:
                out.append(state.long_name)
            out += [s for s in (state.capital, *state.seats) if s]
        for org in kb.orgs.values():
            out += [org.name, *org.aliases]
        for person in kb.persons.values():
            out += [person.name, *person.aliases]
        return [s for s in out if s and s.strip()]

    # ----- running -------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        mentions = self._yield_to_places(doc, self._names(doc))
        taken = {i for m in mentions for i in range(m["start"], m["end"])}
        mentions += self._phrases(doc, taken)
        taken = {i for m in mentions for i in range(m["start"], m["end"])}
        mentions += self._places(doc, taken)
        taken = {i for m in mentions for i in range(m["start"], m["end"])}
        mentions += self._role_mentions(doc, mentions, taken)
        taken = {i for m in mentions for i in range(m["start"], m["end"])}
        mentions += self._demonyms(doc, mentions, taken)
        taken = {i for m in mentions for i in range(m["start"], m["end"])}
        mentions += self._communities(doc, taken)
        taken = {i for m in mentions for i in range(m["start"], m["end"])}
        mentions += self._others(doc, taken)
        taken = {i for m in mentions for i in range(m["start"], m["end"])}
        mentions += self._bare_bodies(doc, taken)
        mentions = _drop_nested(sorted(mentions, key=lambda m: (m["start"], -m["end"])))
        mentions = _merge_appositions(doc, mentions)
        mentions = _homonym_seats(doc, mentions)
        mentions = [m for m in mentions if not self._names_a_site(doc, m)]
        mentions = _drop_strays(mentions)
        mentions = _drop_demonym_titles(mentions, self.kb.demonym)
        doc._.dyade_mentions = sorted(mentions, key=lambda m: m["start"])
        return doc

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        yield from guarded(self, self.name, stream)

    def _names(self, doc: Doc) -> list[dict[str, Any]]:
        spans = []
        for matcher in (self.names, self.acronyms):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                if key in self.capitalised and not doc[start].text[:1].isupper():
                    continue
                if doc[start].is_space or doc[end - 1].is_space:
                    continue
                spans.append(Span(doc, start, end, label=key))
        out = []
        persons = [ent for ent in doc.ents if ent.label_ == "PER"]
        named = {i for span in spans for i in range(span.start, span.end)}
        for span in filter_spans(spans):
            ids = self.kb.names.get(span.label_, [])
            if ids and all(i.startswith(("seat:", "state:")) for i in ids) and any(
                    ent.start <= span.start and span.end <= ent.end and len(ent) > len(span)
                    for ent in persons):
                continue
            if ids and not any(i.startswith("person:") for i in ids) and any(
                    ent.start < span.start and span.end <= ent.end for ent in persons):
                continue  # "Thérèse Kayikwamba Wagner" is a person, not the Wagner group
            if ids and len(span) > 1 and span.end < len(doc) and doc[span.end].pos_ == "ADJ" \
                    and span.start <= doc[span.end].head.i < span.end \
                    and not self.kb.demonym(doc[span.end].lower_):
                continue
            if ids and all(i.startswith("person:") for i in ids) and span.start > 0 and \
                    doc[span.start - 1].pos_ == "PROPN" and doc[span.start - 1].is_title and \
                    doc[span.start - 1].lower_ not in self.gram.honorifics and \
                    span.start - 1 not in named and \
                    not self.kb.demonym(doc[span.start - 1].lower_) and \
                    fold(doc[span.start - 1].text)[:1] not in self._initials(ids):
                # "Hafez Al-Assad" is not Bachar: another first name, another person
                # ("Bashar Assad", "Masoud Pezeshkian" are spellings of the same one)
                out.append(_mention(doc[span.start - 1: span.end], "person"))
                continue
            if ids:
                start = span.start
                while start > 0 and doc[start - 1].lower_ in self.gram.honorifics:
                    start -= 1
                if start > 0 and doc[start - 1].text[:1].isupper() and \
                        fold(doc[start - 1: span.end].text) in self.with_article:
                    start -= 1  # "La Paz": the article is the name's
                out.append(_mention(doc[start: span.end], "name", ids=list(ids)))
        return out

    def _initials(self, ids: list[str]) -> set[str]:
        """The first letters of the first names the knowledge base gives these people."""
        out = set()
        for kb_id in ids:
            person = self.kb.persons.get(kb_id.split(":", 1)[1])
            for name in (person.name, *person.aliases) if person else ():
                words = fold(name).split()
                if len(words) > 1:
                    out.add(words[0][:1])
        return out

    def _yield_to_places(self, doc: Doc,
                         names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A name inside a longer place name is the place: "Liban-Sud", "le sud du Liban",
        "Jérusalem-Est", "le golfe d'Aden"."""
        spans = [(s, e) for _, s, e in self.places(doc)
                 if e - s > 1 and (doc[s].text[:1].isupper() or not doc[s].is_alpha or
                                   doc[s].lower_ in self.gram.place_heads)]
        return [m for m in names
                if not any(s <= m["start"] and m["end"] <= e and
                           e - s > m["end"] - m["start"] for s, e in spans)]

    def _names_a_site(self, doc: Doc, m: dict[str, Any]) -> bool:
        """A person's name that names a place after a site noun: "la mosquée Abdallah Ibn
        Massoud", "l'avenue Habib-Bourguiba", "l'aéroport Rafic-Hariri"."""
        if m["kind"] not in ("person", "propn") and not (
                m["kind"] == "name" and m["ids"] and
                all(i.startswith("person:") for i in m["ids"])):
            return False
        i = m["start"] - 1
        while i >= 0 and (doc[i].lower_ in ("de", "d'", "du", "-") or
                          doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()):
            i -= 1
        return i >= 0 and doc[i].lower_ in self.gram.site_nouns

    def _places(self, doc: Doc, taken: set[int]) -> list[dict[str, Any]]:
        spans = [Span(doc, s, e, label=mid) for mid, s, e in self.places(doc)
                 if doc[s].text[:1].isupper() or not doc[s].is_alpha or
                 doc[s].lower_ in self.gram.place_heads]
        out = []
        for span in filter_spans(spans):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            m = _place_mention(span, curated()[span.label_])
            if ambiguous(span.text):
                m["countries"] = []  # "Palais national": Mexico City or Port-au-Prince
            out.append(m)
            taken.update(range(span.start, span.end))
        out += self._capitals(doc, taken)
        out += self._country_regions(doc, taken)
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS or any(i in taken for i in range(ent.start, ent.end)):
                continue
            if any(t.is_space for t in ent) or not ent.text[:1].isupper():
                continue
            before = doc[ent.start - 1] if ent.start else None
            if before is not None and before.i not in taken and before.text[:1].isupper() and \
                    before.lower_ in self.gram.definite_articles and \
                    lookup(f"{before.text} {ent.text}") is not None:
                ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)  # "La Paz", not Paz
            place = lookup(ent.text)
            if place is None or place.country is None:
                continue
            # a town the tagger takes for a person or a firm counts only when a preposition
            # of place introduces it ("à Itahari"), and in an article naming its country
            doubtful = ent.label_ != "LOC" and place.population < MIN_PER_PLACE_POPULATION
            if doubtful and not self._placed(ent.root, of=False):
                continue
            m = _place_mention(ent, place)
            if (settled := self._settlement(doc, ent)) is not None:
                m["settled"] = settled  # "le quartier de la Gombe": perhaps a local place
            if doubtful or place.population < MIN_STRAY_POPULATION:
                m["stray"] = True
            out.append(m)
            taken.update(range(ent.start, ent.end))
        return out

    def _country_regions(self, doc: Doc, taken: set[int]) -> list[dict[str, Any]]:
        """"dans le nord du pays": a region of the country the article is about; "dans l'est
        de la ville", "dans la ville", "le nord du territoire": a part of the place of that
        kind named last (grammar ``place_anaphors``). Both are read against the article
        later."""
        out = []
        for token in doc[:-1]:
            if token.i in taken:
                continue
            compass = token.lower_ in self.gram.place_directions
            if not compass and not (token.lower_ in self.gram.definite_articles and token.i and
                                    doc[token.i - 1].lower_ in self.gram.place_markers or
                                    _taken_place(token)):
                continue
            noun = self._place_noun(doc, token.i + 1 if compass else token.i)
            if noun is None or any(i in taken for i in range(token.i, noun.i + 1)):
                continue
            anaphor = self.gram.place_anaphors.get(noun.lower_)
            if anaphor is not None and (compass or anaphor["alone"]):
                place = {"name": doc[token.i: noun.i + 1].text, "country": CONTEXT,
                         "lat": None, "lon": None, "kind": anaphor["precision"],
                         "anaphor": anaphor["precision"],
                         "country_noun": noun.lower_ in self.gram.country_nouns}
            elif compass and noun.lower_ in self.gram.country_nouns:
                place = {"name": doc[token.i: noun.i + 1].text, "country": CONTEXT,
                         "lat": None, "lon": None, "kind": "region"}
            else:
                continue
            span = doc[token.i: noun.i + 1]
            out.append(_mention(span, "place", countries=[], place=place))
            taken.update(range(span.start, span.end))
        return out

    def _place_noun(self, doc: Doc, i: int) -> Token | None:
        """The unqualified noun of "du pays", "de la ville", "de l'enclave" (after a
        compass word) or "la ville" (after a preposition of place) starting at ``i``: not
        "la ville de Hama", "la ville sainte", "le territoire malien"."""
        words = [t.lower_.replace("’", "'") for t in doc[i: i + 3]]
        if words[:1] == ["du"] or words[:1] in (["le"], ["la"], ["l'"]):
            at = i + 1
        elif words[:2] in (["de", "la"], ["de", "l'"]):
            at = i + 2
        else:
            return None
        if at >= len(doc) or doc[at].pos_ not in ("NOUN", "PROPN"):
            return None
        nxt = doc[at + 1] if at + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ in ("ADJ", "PROPN") or
                                self.gram.contractions.get(nxt.lower_, nxt.lower_) == "de"):
            return None
        return doc[at]

    def _capitals(self, doc: Doc, taken: set[int]) -> list[dict[str, Any]]:
        """A capital named by its country's adjective: "dans la capitale angolaise"; "la
        capitale" alone is the capital of the country the article is about, decided
        later ("dans plusieurs quartiers de la capitale")."""
        out = []
        for token in doc:
            if token.lower_ not in self.gram.capital_nouns or token.i in taken:
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            qualified = nxt is not None and (  # "la capitale angolaise", "... du Tchad"
                nxt.pos_ in ("ADJ", "PROPN") or
                self.gram.contractions.get(nxt.lower_, nxt.lower_) == "de")
            if not qualified:
                article = doc[token.i - 1].lower_.replace("’", "'") if token.i else ""
                if token.pos_ == "NOUN" and article in self.gram.definite_articles:
                    out.append(_mention(doc[token.i - 1: token.i + 1], "place", countries=[],
                                        place={"name": token.text, "country": CONTEXT,
                                               "lat": None, "lon": None, "kind": "capital"}))
                    taken.update((token.i - 1, token.i))
                continue
            states = self.kb.demonym(nxt.lower_) if nxt.i not in taken else []
            if len(states) != 1 or not self.kb.states[states[0]].capital:
                continue
            place = lookup(self.kb.states[states[0]].capital, frozenset(states))
            if place is not None and place.country == states[0]:
                out.append(_place_mention(doc[token.i: token.i + 2], place))
                taken.update((token.i, token.i + 1))
        return out

    def _personal_expletive(self, token: Token) -> bool:
        """"Il avait exigé de Cuba ...": a subject pronoun the parser calls impersonal on a
        verb that never is ("il faut", "il s'agit", "il y a" are)."""
        head = token.head
        return token.dep_ == "expl:subj" and token.lower_ in ("il", "elle") and \
            head.pos_ == "VERB" and head.lemma_.lower() not in self.gram.impersonal_verbs and \
            not any(c.lower_ == "y" for c in head.children)

    def _placed(self, token: Token, of: bool = True) -> bool:
        """A name a preposition of place introduces ("à Kamonia", "près de Kitshanga"; with
        ``of``, "de" too): not a surname ("a reçu Kamerhe")."""
        case = next((c for c in token.children if c.dep_ == "case" and c.i < token.i), None)
        preps = (*self.gram.place_preps, "de") if of else self.gram.place_preps
        return case is not None and self.gram.contractions.get(case.lower_, case.lower_) in preps

    def _group_anaphors(self, doc: Doc, taken: set[int]) -> list[dict[str, Any]]:
        """"Le mouvement", "le groupe armé", "ce groupe" with no name or complement of their
        own: the group last named."""
        out = []
        for token in doc[1:]:
            article = doc[token.i - 1].lower_.replace("’", "'")
            if token.i in taken or token.lower_ not in self.gram.group_anaphors or \
                    article not in self.gram.definite_articles and \
                    article not in self.gram.demonstratives or \
                    "Plur" in token.morph.get("Number"):
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i == token.i:
                end += 1
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or end in taken or nxt.head.i == token.i and
                                    nxt.dep_ in ("nmod", "appos", "flat:name", "acl:relcl")
                                    or self.gram.contractions.get(nxt.lower_, nxt.lower_) == "de"):
                continue  # "le groupe Wagner", "le mouvement de contestation": not anaphors
            m = _mention(doc[token.i: end], "pronoun")
            m["plural"], m["group"] = False, True
            m["sectors"] = self.gram.group_anaphors[token.lower_]
            out.append(m)
            taken.update(range(token.i, end))
        return out

    def _office_only(self, doc: Doc, start: int) -> bool:
        """"assumer les fonctions de « président en exercice »", "le reconnaissait comme
        président": an office named as such, which stands for no one."""
        i = start - 1
        while i >= 0 and (doc[i].pos_ == "DET" or doc[i].text in ("«", '"', "“")):
            i -= 1
        if i < 0:
            return False
        before = " ".join(t.lower_ for t in doc[max(0, i - 2): i + 1])
        if any(before.endswith(m) for m in self.gram.predicative_markers):
            return True
        return self.gram.contractions.get(doc[i].lower_, doc[i].lower_) in ("de", "d'") and \
            i > 0 and doc[i - 1].lower_ in self.gram.office_nouns

    def _role_mentions(self, doc: Doc, names: list[dict[str, Any]],
                       taken: set[int]) -> list[dict[str, Any]]:
        spans = [Span(doc, s, e, label=mid) for mid, s, e in self.roles(doc)
                 if not any(i in taken for i in range(s, e))]
        by_start = {m["start"]: m for m in names}
        out = []
        for span in filter_spans(spans):
            if self._office_only(doc, span.start):
                continue
            phrase = doc.vocab.strings[span.label]
            mention = _mention(span, "role", roles=list(self.kb.role_phrases[phrase]))
            mention["phrase"] = phrase
            mention["plural"] = doc[span.start].morph.get("Number") == ["Plur"]
            self._complete_role(doc, span, mention, by_start)
            out.append(mention)
        for token in doc:
            if token.lower_ in self.gram.counterpart and token.i not in taken:
                mention = _mention(doc[token.i: token.i + 1], "role", roles=[])
                mention["counterpart"] = True
                mention["plural"] = token.lower_.endswith("s")
                self._complete_role(doc, doc[token.i: token.i + 1], mention, by_start)
                out.append(mention)
        return out

    def _complete_role(self, doc: Doc, span: Span, mention: dict[str, Any],
                       names: dict[int, dict[str, Any]]) -> None:
        """Find the country of a role: a demonym inside or after it, or "de X" after it."""
        countries: list[str] = []
        end = span.end
        for token in list(span) + [t for t in doc[span.end: span.end + 4]]:
            if token.i >= end and not (token.pos_ == "ADJ" or token.lower_ in ("et", ",") or
                                       token.text.islower() and self.kb.demonym(token.lower_)):
                break
            found = self.kb.demonym(token.lower_) if token.pos_ in ("ADJ", "NOUN") or \
                token.text.islower() else []
            if found and token.i >= span.start:
                countries.append("|".join(found))
                end = max(end, token.i + 1)
        if not countries and end < len(doc) and \
                self.gram.contractions.get(doc[end].lower_, doc[end].lower_) == self.de:
            nxt = end + 1
            if nxt < len(doc) and doc[nxt].pos_ == "DET":
                nxt += 1
            target = names.get(nxt)
            if target is not None:
                mention["of_ids"] = target["ids"]
                mention["of_text"] = target["text"]
                end = target["end"]
                # "le président de l'Assemblée nationale": the whole phrase names an office of
                # its own (the speaker), which the name inside it hid from the role phrases
                # (only a legislature's: "le chef du Pentagone" is its minister through the
                # seat's own office)
                whole = self.kb.role_phrases.get(doc[span.start: end].text.lower())
                if whole and any(i.startswith("org:") and
                                 getattr(self.kb.orgs.get(i[4:]), "sector", None) == "LEG"
                                 for i in target["ids"]):
                    mention["roles"] = list(whole)
            elif nxt < len(doc) and doc[nxt].pos_ == "NOUN":
                for token in doc[nxt + 1: nxt + 3]:
                    found = self.kb.demonym(token.lower_) if token.pos_ == "ADJ" else []
                    if found:
                        countries.append("|".join(found))
                        end = token.i + 1
                        break
                    if token.pos_ != "ADJ":
                        break
        mention["countries"] = countries
        mention["end"] = end
        mention["text"] = doc[mention["start"]: end].text

    def _demonyms(self, doc: Doc, mentions: list[dict[str, Any]],
                  taken: set[int]) -> list[dict[str, Any]]:
        out = []
        role_heads = {m["head"]: m for m in mentions if m["kind"] in ("role", "name")}
        for token in doc:
            if token.i in taken:
                continue
            countries = self.kb.demonym(token.lower_)
            if not countries:
                continue
            if token.pos_ in ("NOUN", "PROPN") and token.text[:1].isupper():
                m = _mention(doc[token.i: token.i + 1], "people", countries=["|".join(countries)])
                m["sector"], m["plural"] = "CVL", token.lower_.endswith(("s", "x"))
                out.append(m)
                continue
            if token.pos_ != "ADJ" and token.dep_ != "amod":
                continue
            head = token.head
            if head.i in role_heads:
                continue
            sector = self.kb.body_sector(head.lemma_, head.text)
            if sector and head.i not in taken:
                start = min(head.i, token.i)
                while start > 0 and doc[start - 1].pos_ == "DET":
                    start -= 1
                m = _mention(doc[start: max(head.i, token.i) + 1], "body",
                             countries=["|".join(countries)])
                m["head"], m["sector"] = head.i, sector
                m["plural"] = head.morph.get("Number") == ["Plur"]
                m["person_noun"] = fold(head.lemma_) in self.gram.person_nouns
                out.append(m)
                taken.update(range(m["start"], m["end"]))
            else:
                m = _mention(doc[token.i: token.i + 1], "demonym", countries=["|".join(countries)])
                m["modifies"] = head.i
                out.append(m)
        return out

    def _communities(self, doc: Doc, taken: set[int]) -> list[dict[str, Any]]:
        """Ethnic and religious communities: named ("les Rohingyas", "des chrétiens") or by
        their adjective on a noun of people or places ("la minorité rohingya", "des villages
        peuls"); "les musulmans rohingyas" are the Rohingyas. The adjective on any other
        noun ("les milices peules", "les rebelles touareg") leaves that noun to the bodies."""
        out = []
        for token in doc:
            community = self.kb.community(token.text)
            if token.i in taken or community is None:
                continue
            head = token
            # an adjective, or a noun the parser hangs on the noun before it with no
            # preposition ("la minorité rohingya"); "le soulèvement des Kurdes" is a noun
            if (token.pos_ == "ADJ" or token.dep_ in ("amod", "nmod", "appos", "flat:name") and
                    not any(c.dep_ == "case" for c in token.children)) and \
                    token.head.i < token.i and token.head.i not in taken:
                if self.kb.community(token.head.text) is not None:
                    continue  # "les musulmans rohingyas": taken with its noun
                if token.head.lemma_.lower() not in self.gram.community_nouns and \
                        token.head.lower_ not in self.gram.community_nouns:
                    continue
                head = token.head
            elif token.pos_ not in ("NOUN", "PROPN") and not token.text[:1].isupper():
                continue
            # a more precise community after the noun ("les musulmans rohingyas")
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            after = nxt if nxt is not None and nxt.head.i in (token.i, head.i) and \
                nxt.dep_ in ("amod", "nmod", "appos", "flat:name") and \
                self.kb.community(nxt.text) is not None else None
            word = token.text if after is None else after.text
            community = self.kb.community(word) or community
            end = max(token.i, after.i if after is not None else token.i) + 1
            start = head.i
            while start > 0 and doc[start - 1].pos_ == "DET":
                start -= 1
            m = _mention(doc[start: end], "people",
                         countries=["|".join(community.countries) or CONTEXT])
            m["head"], m["sector"], m["plural"] = head.i, community.sector, True
            m["community"] = word
            out.append(m)
            taken.update(range(start, end))
        return out

    def _bare_bodies(self, doc: Doc, taken: set[int]) -> list[dict[str, Any]]:
        """State bodies named without their country ("les forces de sécurité", "les
        manifestants", "Kinshasa et les rebelles"): the country is the one the article is
        about, decided later."""
        out = []
        for token in doc:
            owned = any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in token.children)
            # ("Militaires et civils s'étaient entendus": a body the tagger reads as an
            # adjective of the one it is joined to)
            joined = token.pos_ == "ADJ" and token.dep_ == "conj" and \
                token.head.pos_ == "NOUN" and token.head.i < token.i and \
                self.kb.body_sector(*_body_forms(token.head)) is not None
            if token.i in taken or token.pos_ != "NOUN" and not joined or not (
                    owned or  # "le retrait de ses troupes": whoever's troops they are
                    token.dep_ in BODY_DEPS or _targeted(token) or _by(token) or _to(token) or
                    # "les ont opposés aux forces de l'ordre": forces an act is done to
                    token.dep_ in ("obl:arg", "obl") and (
                        _introduced_by(token, ("au", "aux")) or
                        _introduced_by(token, ("à",)) and
                        any(c.dep_ == "det" and "Def" in c.morph.get("Definite")
                            for c in token.children)) and
                    self.kb.body_sector(*_body_forms(token)) in FORCES or
                    token.dep_ == "nmod" and
                    token.head.dep_ in ARG_DEPS | {"nmod"} and
                    token.head.lemma_.lower() in self.gram.armed_nouns or
                    # "des affrontements entre l'armée et les rebelles"
                    _between(token) or token.dep_ == "conj" and _between(token.head) or
                    # "des milliers de manifestants", "un groupe de militaires"
                    token.dep_ == "nmod" and token.head.dep_ in ARG_DEPS and
                    token.head.lemma_.lower() in self.gram.quantity_nouns or
                    # "Kinshasa et les rebelles avaient signé"
                    token.dep_ == "conj" and token.head.dep_ in BODY_DEPS or
                    # "a dénoncé l'usage de la violence des manifestants", "a condamné cette
                    # attaque contre des civils": whose act an object names, or its target
                    token.dep_ == "nmod" and token.head.dep_ == "obj" and
                    token.head.head.pos_ == "VERB" and
                    _introduced_by(token, ("des", "contre")) and
                    "Plur" in token.morph.get("Number")):
                continue  # "les forces de sécurité", "des positions de l'armée"
            sector = self.kb.body_sector(*_body_forms(token))
            if sector is None or fold(token.lemma_) in self.gram.person_nouns:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "DET":
                start -= 1
            home = self._community_home(token)  # "les rebelles touareg": still unnamed
            country = self._shared_demonym(doc, token) or self._ship_flag(doc, token) or \
                home or CONTEXT
            if owned:
                m = _mention(doc[start: token.i + 1], "own")
                m["head"], m["sector"], m["plural"] = token.i, sector, True
                out.append(m)
                taken.update(range(start, token.i + 1))
                continue
            m = _mention(doc[start: token.i + 1], "body", countries=[country])
            m["head"], m["sector"] = token.i, sector
            m["plural"] = token.morph.get("Number") == ["Plur"]
            m["bare"] = country in (CONTEXT, home)
            m["definite"] = any("Def" in t.morph.get("Definite") for t in doc[start: token.i]) \
                or self._attackers_told(token)
            out.append(m)
            taken.update(range(start, token.i + 1))
        return out

    def _attackers_told(self, token: Token) -> bool:
        """"Une quarantaine d'assaillants ont été tués": the doers of an attack told before,
        unless they are the subject of what they do ("des assaillants ont attaqué")."""
        phrase = token.head if token.dep_ == "nmod" and \
            token.head.lemma_.lower() in self.gram.quantity_nouns else token
        return token.lower_ in self.gram.attacker_nouns and phrase.dep_ != "nsubj"

    def _titled(self, token: Token) -> bool:
        """A name right after a noun that names a person (a title, an official), over its
        adjectives: "le dignitaire chiite Nimr al-Nimr", "le cheikh Nimr"."""
        i = token.i - 1
        # (the tagger may call the adjective a noun: "dignitaire chiite")
        while i >= 0 and token.i - i <= 2 and token.doc[i].pos_ in ("ADJ", "NOUN") and \
                token.doc[i].text.islower() and not self._person_word(token.doc[i]) and \
                not any(c.dep_ == "case" for c in token.doc[i].children):
            i -= 1
        return i >= 0 and self._person_word(token.doc[i])

    def _person_word(self, word: Token) -> bool:
        return word.pos_ in ("NOUN", "PROPN") and word.text.islower() and (
            word.lower_ in self.gram.honorifics or word.lemma_.lower() in self.gram.person_nouns)

    def _settlement(self, doc: Doc, name: Span) -> str | None:
        """The precision a settlement or site noun gives the name after its "de" ("le
        village de Zabarmari", "la prison d'Evin"), also over a bare noun between them
        ("le camp de déplacés d'Abou Chouk"); None when the name is not such a place."""
        def of(word: Token, start: int) -> bool:
            if start > 1 and doc[start - 1].pos_ == "DET":
                start -= 1  # "le quartier huppé de la Gombe"
            before = doc[start - 1].lower_ if start else ""
            return word.dep_ == "nmod" and word.head.i < start and \
                self.gram.contractions.get(before, before) == "de"
        if not of(name.root, name.start):
            return None
        head = name.root.head
        kind = self.gram.settlement_nouns.get(head.lemma_.lower())
        if kind is None and head.pos_ in ("NOUN", "ADJ", "VERB") and of(head, head.i) and \
                not any(c.dep_ == "det" for c in head.children):
            kind = self.gram.settlement_nouns.get(head.head.lemma_.lower())
        return kind

    def _ship_flag(self, doc: Doc, token: Token) -> str | None:
        """The state a warship's name prefix marks ("le destroyer USS Carney")."""
        if token.i + 2 >= len(doc) or not doc[token.i + 2].text[:1].isupper():
            return None  # (the tagger may take the prefix for anything)
        return self.gram.ship_prefixes.get(doc[token.i + 1].lower_)

    def _community_home(self, token: Token) -> str | None:
        """"La guérilla kurde", "les milices peules": a body named by a community's adjective
        is of a country that community lives in."""
        homes = (community.countries for c in token.children
                 if c.dep_ == "amod" and c.i > token.i and
                 (community := self.kb.community(c.text)) is not None)
        return "|".join(next((h for h in homes if h), [])) or None

    def _shared_demonym(self, doc: Doc, token: Token) -> str | None:
        """The plural demonym that ends a coordination ("le gouvernement et le peuple
        syriens") and so qualifies its first noun too."""
        for other in doc[token.i + 1: min(len(doc), token.i + 6)]:
            if other.is_punct or other.pos_ in ("VERB", "AUX", "ADP"):
                return None
            found = self.kb.demonym(other.lower_) if other.pos_ == "ADJ" else []
            if found and "Plur" in other.morph.get("Number"):
                return "|".join(found)
        return None

    def _phrases(self, doc: Doc, taken: set[int]) -> list[dict[str, Any]]:
        out = []
        for match_id, start, end in self.phrases(doc):
            if not any(i in taken for i in range(start, end)):
                kind = doc.vocab.strings[match_id]
                m = _mention(doc[start:end], kind)
                m["plural"] = kind == "pair"
                out.append(m)
                taken.update(range(start, end))
        return out

    def _others(self, doc: Doc, taken: set[int]) -> list[dict[str, Any]]:
        out = []
        # the names of people named in the text ("allié à Hapilon" after "Isnilon Hapilon"
        # is no town)
        people = {fold(t.text) for ent in doc.ents if ent.label_ == "PER" and len(ent) > 1
                  for t in ent if t.text[:1].isupper()}
        for ent in doc.ents:
            if ent.label_ == "PER" and not any(i in taken for i in range(ent.start, ent.end)):
                if any(t.is_space for t in ent) or not ent.text[:1].isupper() or \
                        ent[0].lower_ in self.calendar_words:
                    continue  # "Lundi, le président": a day the tagger took for a person
                kind = self._settlement(doc, ent)
                # "le camp de déplacés d'Abou Chouk": a place, whatever the tagger says
                out.append(_mention(ent, "place", countries=[],
                                    place=unlisted_place(ent.text, kind)) if kind else
                           _mention(ent, "person"))
                taken.update(range(ent.start, ent.end))
        for token in doc:
            if token.i in taken or not token.text[:1].isupper() or \
                    token.lower_ in self.gram.honorifics or token.lower_ in self.calendar_words:
                continue
            # (or a capitalised common noun naming a site: "l'hôtel du Golf")
            common = token.pos_ == "NOUN" and token.i != token.sent.start and \
                self._settlement(doc, doc[token.i: token.i + 1]) == "site"
            if token.pos_ != "PROPN" and not common:
                continue
            if token.dep_ == "flat:name" and token.head.i in taken:
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].dep_ == "flat:name" and doc[end].head.i == token.i:
                end += 1
            while end + 1 < len(doc) and doc[end].text == "-" and \
                    not doc[end - 1].whitespace_ and not doc[end].whitespace_ and \
                    doc[end + 1].text[:1].isupper():
                end += 2  # "d'Al-Anad", which the tokenizer splits at the hyphen
            if any(i in taken for i in range(token.i, end)):
                continue
            kind = self._settlement(doc, doc[token.i:end])
            if kind is None and all(t.ent_type_ == "LOC" for t in doc[token.i:end]) and \
                    token.lower_ not in self.gram.place_directions and \
                    not any(fold(t.text) in people for t in doc[token.i:end]) and \
                    any(self._placed(t) for t in doc[token.i:end]):
                kind = "city"  # "à Kamonia", "près de Kitshanga": a town no gazetteer lists
            start = token.i
            if kind == "site" and (token.lower_ in self.gram.place_directions or common):
                # "l'hôpital du Sud", "l'hôtel du Golf": the site is named by its noun too
                if token.head.i in taken:
                    kind = None
                else:
                    start = token.head.i
            if kind is not None:
                # "le village de Zabarmari": a place no gazetteer may list, in the country
                # the article is about
                out.append(_mention(doc[start:end], "place", countries=[],
                                    place=unlisted_place(doc[start:end].text, kind)))
                taken.update(range(start, end))
            else:
                # ("l'exécution du dignitaire chiite Nimr al-Nimr": a name a person's title
                # introduces is a person's, whatever the tagger says)
                out.append(_mention(doc[token.i:end],
                                    "person" if self._titled(token) else "propn"))
                taken.update(range(token.i, end))
        for token in doc:
            if token.i in taken or not (token.dep_.startswith("nsubj") or
                                        self._personal_expletive(token)):
                continue
            low, start = token.lower_, token.i
            det = next((c for c in token.children if c.dep_ == "det" and c.i == token.i - 1),
                       None)
            if det is not None:  # "ce dernier", "ces derniers"
                low, start = f"{det.lower_} {low}", det.i
            if low in self.gram.pronouns_sing or low in self.gram.pronouns_plur:
                m = _mention(doc[start: token.i + 1], "pronoun")
                m["plural"] = low in self.gram.pronouns_plur
                out.append(m)
            elif low in self.gram.first_person:
                out.append(_mention(doc[token.i: token.i + 1], "first"))
        for token in doc:  # "Washington l'avait sanctionné", "avait rompu avec lui": a person
            if token.i not in taken and token.pos_ == "PRON" and (  # named before
                    token.dep_ in ("obj", "iobj") and (
                        token.lower_ in self.gram.object_pronouns or
                        token.lower_ in self.gram.plural_object_pronouns)
                    and token.head.i > token.i or
                    token.dep_.startswith("obl") and token.lower_ in self.gram.stressed_pronouns
                    and any(c.dep_ == "case" for c in token.children)):
                m = _mention(doc[token.i: token.i + 1], "pronoun")
                m["plural"] = token.lower_ in self.gram.plural_object_pronouns
                m["object"] = True
                out.append(m)
        out += self._group_anaphors(doc, taken)
        return out


def _mention(span: Span, kind: str, **extra: Any) -> dict[str, Any]:
    mention: dict[str, Any] = {"start": span.start, "end": span.end, "head": span.root.i,
                               "text": span.text, "kind": kind, "ids": [], "roles": [],
                               "countries": [], "sector": None, "plural": False}
    mention.update(extra)
    return mention


def is_seat(m: dict[str, Any]) -> bool:
    """Is the mention a capital or seat of power ("à Khartoum", "sur Kiev")?"""
    return m["kind"] == "name" and bool(m["ids"]) and all(i.startswith("seat:") for i in m["ids"])


def unlisted_place(name: str, kind: str) -> dict[str, Any]:
    """A place no gazetteer lists, in the country the article is about (decided later)."""
    return {"name": name, "country": CONTEXT, "lat": None, "lon": None, "kind": kind,
            "unlisted": True}


def _place_mention(span: Span, place: Any) -> dict[str, Any]:
    return _mention(span, "place", countries=[place.country] if place.country else [],
                    place={"name": place.name, "country": place.country, "lat": place.lat,
                           "lon": place.lon, "kind": place.kind})


def _homonym_seats(doc: Doc, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A capital's name that is also a town of a country the text speaks of, while the text
    says nothing else of the capital's country, is the town: "Tripoli" beside "libanais" is
    the Lebanese city, not the Libyan government. Only a name a preposition of place
    introduces ("à Tripoli", "de Tripoli"): "Washington et Londres ont annoncé" are
    governments, whatever English town shares the name."""
    gram = grammar()
    markers = gram.place_markers
    # how often each country is named, and by which words (a town named twice does not
    # name its homonym capital's country twice)
    named: dict[str, set[str]] = {}
    for m in mentions:
        for c in m["countries"]:
            if "|" not in c:
                named.setdefault(c, set()).add(fold(m["text"]))
        for i in m["ids"]:
            if i.startswith(("state:", "seat:")):
                named.setdefault(i.split(":", 1)[1], set()).add(fold(m["text"]))
    out = []
    for m in mentions:
        seats = {i.split(":", 1)[1] for i in m["ids"]} if m["kind"] == "name" and m["ids"] and \
            all(i.startswith("seat:") for i in m["ids"]) else set()
        before = doc[m["start"] - 1].lower_ if m["start"] > 0 else ""
        placed = before in markers or gram.contractions.get(before, before) == "de"  # "à Tripoli"
        if seats and placed and not any(named.get(c, set()) - {fold(m["text"])} for c in seats):
            others = frozenset(c for c in named if c not in seats)
            place = lookup(m["text"], others)
            if place is not None and place.country in others:
                m = _place_mention(doc[m["start"]: m["end"]], place)
                m["place"]["homonym"] = True  # (its country settled: not the capital's)
        out.append(m)
    return out


def _drop_strays(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Small towns the tagger found (not a curated name) in a country nothing else in the
    text belongs to: a homonym, not the place; after a settlement noun, a place no gazetteer
    lists in the country the article is about."""
    named = {c for m in mentions if not m.get("stray") and not m.get("settled")
             for c in m["countries"]} | {
        key.split(":", 1)[1].upper() for m in mentions for key in m["ids"]
        if key.startswith(("state:", "seat:"))}
    out = []
    for m in mentions:
        if m.get("settled") and not set(m["countries"]) & named:
            # "dans le quartier huppé de la Gombe" in a story about Kinshasa: not the
            # Nigerian city but a place of the country the article is about
            m = {**m, "countries": [], "stray": False,
                 "place": {**unlisted_place(m["text"], m["settled"]), "local": True}}
        if not m.get("stray") or set(m["countries"]) & named:
            out.append(m)
    return out


def _drop_demonym_titles(mentions: list[dict[str, Any]],
                         demonym: Callable[[str], Any]) -> list[dict[str, Any]]:
    """"l'Ivoirien Laurent Gbagbo", "le Turc Recep Tayyip Erdogan": the people's noun right
    before a person's name says where the person is from; the person is the participant (and
    "le Russe" is no town of that name)."""
    ordered = sorted(mentions, key=lambda m: m["start"])
    drop = {id(m) for m, nxt in zip(ordered, ordered[1:], strict=False)
            if (m["kind"] == "people" or m["kind"] == "place" and
                demonym(m["text"].lower()))
            and m["end"] == nxt["start"] and
            (nxt["kind"] == "person" or any(i.startswith("person:") for i in nxt["ids"]))}
    return [m for m in mentions if id(m) not in drop]


def _drop_nested(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop mentions inside a longer one ("Kremlin" in "le porte-parole du Kremlin")."""
    out: list[dict[str, Any]] = []
    for mention in mentions:
        if out and out[-1]["start"] <= mention["start"] and mention["end"] <= out[-1]["end"]:
            continue
        out.append(mention)
    return out


def _merge_appositions(doc: Doc, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Join an office and the name beside it: "le président syrien, Bachar al-Assad"."""
    out: list[dict[str, Any]] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if len(out) >= 2 and out[-2]["kind"] == "role" and _is_state_name(prev) and \
                _adjacent(doc, out[-2], mention):
            out.pop()  # the place inside the office: "de l'ONU au Soudan"
            prev = out[-1]
        if prev is not None and _adjacent(doc, prev, mention):
            role, name = (prev, mention) if prev["kind"] == "role" else (mention, prev)
            merged = dict(name)
            merged.update({"start": prev["start"], "end": mention["end"],
                           "text": doc[prev["start"]: mention["end"]].text,
                           "roles": role["roles"], "countries": role["countries"],
                           "of_ids": role.get("of_ids"), "role_text": role["text"],
                           "counterpart": role.get("counterpart", False),
                           "head": name["head"],
                           "name_text": name.get("name_text") or name["text"]})
            out[-1] = merged
            continue
        out.append(mention)
    return out


def _is_state_name(m: dict[str, Any] | None) -> bool:
    return m is not None and m["kind"] in ("name", "place") and \
        all(i.startswith(("state:", "seat:")) for i in m["ids"])


def _adjacent(doc: Doc, a: dict[str, Any], b: dict[str, Any]) -> bool:
    kinds = {a["kind"], b["kind"]}
    if "role" not in kinds or not kinds & {"name", "person"} or kinds == {"role"}:
        return False
    named = a if a["kind"] != "role" else b
    if named["kind"] == "name" and not any(i.startswith("person:") for i in named["ids"]):
        return False
    gap = [t for t in doc[a["end"]: b["start"]]]
    if all(t.text == "," or t.pos_ == "DET" or t.is_space for t in gap) and len(gap) <= 3:
        return True
    if named is b and len(gap) == 3 and gap[0].text == "," and gap[1].pos_ == "DET" and \
            gap[2].lower_ in grammar().honorifics:
        return True  # "le ministre de la Défense, le général Mahmoud al-Soubeihi"
    role = a if a["kind"] == "role" else b
    head = doc[named["head"]]
    if named is b and len(gap) <= 8 and gap[-1:] and gap[-1].text == "," and \
            head.dep_ == "appos" and role["start"] <= head.head.i < role["end"]:
        return True
    # "le représentant spécial de l'ONU au Soudan, Volker Perthes": a short complement
    # of place between an office and the name it introduces.
    return (named is b and 2 <= len(gap) <= 6 and gap[-1].text == "," and
            gap[0].pos_ == "ADP" and doc[b["end"]: b["end"] + 1].text in (",", "") and
            not any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":")
                    for t in gap[:-1]))


def _by(token: Token) -> bool:
    """A noun in a "par" phrase: the agent of a passive the parser may not call one ("a été
    abattu mercredi par un commando")."""
    # (or on the noun of an act, or on its complement: "la destitution du président par
    # l'armée")
    return (token.dep_.startswith("obl") or token.dep_ == "nmod" and (
        token.head.lemma_.lower() in triggers() or token.head.dep_ == "nmod" and
        token.head.head.lemma_.lower() in triggers())) and _introduced_by(token, ("par",))


def _between(token: Token) -> bool:
    """A noun in the "entre" phrase of an act ("des affrontements ont éclaté entre l'armée
    et les rebelles"), not of anything else ("la solidarité entre les peuples")."""
    if not _introduced_by(token, ("entre",)):
        return False
    head = token.head  # (or of the act that is the subject of the verb it hangs on)
    acts = [head, *(c for c in head.children if c.dep_.startswith("nsubj"))]
    return any(t.lemma_.lower() in triggers() for t in acts)


def _to(token: Token) -> bool:
    """A noun in an "à" phrase the parser hangs on a verb's object ("ont opposé l'armée
    aux rebelles")."""
    return token.dep_ == "nmod" and token.head.dep_ == "obj" and \
        _introduced_by(token, ("à", "au", "aux"))


def _body_forms(token: Token) -> list[str]:
    """The forms a body noun is looked up by, the noun with its adjective first ("des
    hommes lourdement armés" is "hommes armés"), then its lemma and its own form."""
    # ("une dizaine d'hommes armés": the parser may hang the adjective on the number)
    quantity = [c for c in token.head.children if token.dep_ == "nmod" and
                token.head.i < token.i < c.i and c.dep_ == "amod"]
    return [f"{token.lower_} {c.lower_}" for c in [*token.children, *quantity]
            if c.i > token.i and (
                c.dep_ == "amod" or c.dep_ == "acl" and "Part" in c.morph.get("VerbForm"))] + \
        [token.lemma_, token.text]


def _targeted(token: Token) -> bool:
    """A noun a verb aims at through "sur" or "contre" ("ont tiré sur des manifestants")."""
    return token.dep_ in ("obl:arg", "obl:mod", "obl") and \
        _introduced_by(token, ("sur", "contre"))


def _taken_place(article: Token) -> bool:
    """"ont alors investi la ville": the object of an act on a place (a town taken, entered,
    left) after its article."""
    noun = article.head
    # (an object the parser may call a modifier, with no preposition)
    return article.dep_ == "det" and noun.i == article.i + 1 and \
        noun.dep_ in ("obj", "obl:mod", "obl") and \
        not any(c.dep_ == "case" for c in noun.children) and \
        any(t.place_recipient and t.pos == "VERB"
            for t in triggers().get(noun.head.lemma_.lower(), ()))


def _introduced_by(token: Token, preps: tuple[str, ...]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in preps for c in token.children)
