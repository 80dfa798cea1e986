"""The ``dyade_events`` component: find event triggers and their participants.

Each event frame is a plain dict in ``doc._.dyade_events``: ``trigger`` (token index),
``event``/``mode``/``cameo``/``symmetric``, ``actor`` and ``recipient`` (lists of mention
indexes into ``doc._.dyade_mentions``), ``aux`` (auxiliary modes found in the clause),
``speaker`` (mention index of whoever reports it, or None), ``clause`` (token index of the
clause's verb), ``place`` (token index of a place phrase or None), and ``start``/``end``
(character offsets of the sentence).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..kb.store import ARMED_GROUP_SECTORS, knowledge_base
from ..timex.calendar import calendar_words, day_children, month_number
from .actors import is_seat, unlisted_place
from .extensions import guarded, register
from .grammar import Grammar, grammar
from .lexicon import VERBAL, Trigger, act_kind, phrase_words, speech_verbs, triggers

CLAUSAL = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj"})
SUBJECTS = ("nsubj", "nsubj:pass")
ARG_DEPS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "obl:agent")
RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
DESTINED = frozenset({"AID", "SUPPORT", "AGREE"})  # may be for where what they send goes
HELP = frozenset({"AID", "SUPPORT", "COOPERATE"})  # "appuyée par", "soutenu par": help
GIFTS = frozenset({"AID", "SUPPORT", "MOBILIZE"})  # what a pledge to a third party gives
MAX_CLIMB = 4
MAX_DEPTH = 4
WINDOW = 8


class EventExtractor:
    """Mark event frames in a Doc whose mentions are already marked."""

    def __init__(self, nlp: Language, name: str = "dyade_events") -> None:
        register()
        self.name = name
        self.index = triggers()
        self.speech = speech_verbs()
        self.gram: Grammar = grammar()

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.dyade_mentions
        if mentions is None:
            raise ValueError("dyade_events needs dyade_actors earlier in the pipeline")
        by_token: dict[int, int] = {}
        for idx, m in enumerate(mentions):
            for i in range(m["start"], m["end"]):
                if i not in by_token or mentions[by_token[i]]["head"] != i:
                    by_token[i] = idx
        ctx = _Context(doc, mentions, by_token, self.gram, self.speech)
        events = []
        claimed: set[int] = set()
        for token in doc:
            if token.is_space or token.i in claimed:
                continue
            for trigger, used in self._match(token):
                # the senses of one expression in turn: "destitué par l'armée" is a coup,
                # "destitué par l'Assemblée" an impeachment
                if ctx.is_incise(token, trigger):
                    break
                frame = ctx.frame(token, trigger, used)
                if frame is not None:
                    claimed.update(used)
                    events.append(frame)
                    break
        doc._.dyade_events = _without_subject_acts(doc, events)
        return doc

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        yield from guarded(self, self.name, stream)

    def _match(self, token: Token) -> list[tuple[Trigger, set[int]]]:
        """The most specific trigger, and among equally specific ones the one whose words
        lie closest ("a lancé sa plus grande opération contre Israël ... dans une
        offensive" is "lancer opération"), with the other senses of the same expression
        after it, in the lexicon's order."""
        found: list[tuple[int, int, Trigger, set[int]]] = []
        keys = {token.lemma_.lower(), token.lower_}
        if (stem := _misread_participle(token)) is not None:
            keys.add(stem + "er")  # "avaient massacré des civils", tagged as a noun
        for key in sorted(keys):
            candidates = self.index.get(key, ())
            # "les soldats se sont retirés" is "se retirer", not "retirer (ses) soldats"
            own = any(t.reflexive for t in candidates) and _has_reflexive(token)
            for trigger in candidates:
                if found and len(trigger.words) + 1 < -found[0][0]:
                    break  # triggers come longest first: a shorter one cannot win
                if not _pos_ok(token, trigger) or own and not trigger.reflexive:
                    continue
                used = _words_found(token, trigger, self.gram)
                if used is None:
                    continue
                if trigger.requires_prep and not _has_prep(token, trigger.requires_prep,
                                                           self.gram):
                    continue
                found.append((-len(used), max(abs(i - token.i) for i in used), trigger, used))
        if not found:
            return []
        best = min(found, key=lambda f: (f[0], f[1]))  # the most words, then the nearest
        return [(t, used) for _, _, t, used in found
                if used == best[3] and (t.head, t.words, t.reflexive, t.pos) ==
                (best[2].head, best[2].words, best[2].reflexive, best[2].pos)]


def _tense_before(token: Token) -> bool:
    """An auxiliary just before the participle, over adverbs ("a de nouveau pilonné", "a
    déjà frappé"), which the parser hung elsewhere: a compound tense, not a participle."""
    i = token.i - 1
    while i >= max(token.sent.start, token.i - 4):
        t = token.doc[i]
        if t.pos_ == "AUX" and t.dep_.startswith("aux"):
            return True
        if not (t.pos_ in ("ADV", "PART") or t.dep_ in ("advmod", "fixed")):
            return False
        i -= 1
    return False


def _pos_ok(token: Token, trigger: Trigger) -> bool:
    if trigger.pos == "VERB":
        return token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and
                                                 "Part" in token.morph.get("VerbForm")) or \
            _misread_participle(token) is not None
    return token.pos_ in ("NOUN", "PROPN")


def _misread_participle(token: Token) -> str | None:
    """The stem of a past participle the tagger read as a noun or adjective right after
    its auxiliary ("avaient massacré des civils": "massacr"): avoir, which it made the
    head, or être with a verb that takes it ("étaient entrées dans Kherson")."""
    if token.pos_ not in ("NOUN", "ADJ") or token.dep_ not in ("obj", "ROOT", "xcomp", "ccomp"):
        return None
    stem = next((token.lower_[: -len(ending)] for ending in ("ées", "és", "ée", "é")
                 if token.lower_.endswith(ending) and len(token.lower_) > len(ending) + 2),
                None)
    if stem is None:
        return None
    aux = token.head if token.head.i < token.i else None
    if aux is None or aux.pos_ != "AUX" or aux.lemma_ != "avoir":
        # (or hung on it: "des insurgés avaient massacré 59 élèves")
        aux = next((c for c in token.children if c.dep_.startswith("aux") and
                    c.lemma_ == "avoir" and c.i < token.i), None)
    if aux is None:
        if stem + "er" not in grammar().etre_verbs:
            return None
        aux = next((c for c in token.children if c.dep_.startswith("aux") and
                    c.lemma_ == "être" and c.i < token.i), None)
        if aux is None:
            return None
    if any(t.pos_ != "ADV" for t in token.doc[aux.i + 1: token.i]):
        return None
    return stem


def _verb_lemma(token: Token) -> str:
    """The verb's lemma, also when the tagger misread its participle as a noun."""
    stem = _misread_participle(token)
    return token.lemma_.lower() if stem is None else stem + "er"


def _words_found(token: Token, trigger: Trigger, gram: Grammar) -> set[int] | None:
    used = {token.i}
    if trigger.reflexive and not _has_reflexive(token):
        return None
    if not trigger.words:
        return used
    doc = token.doc
    lo, hi = max(token.sent.start, token.i - WINDOW), min(token.sent.end, token.i + WINDOW + 1)
    def link(t: Token) -> bool:  # not a verb coordinated with it ("et l'a assuré de")
        return not (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))

    near = [t for t in doc[lo:hi] if t.i != token.i and
            (t.head.i == token.i or token.head.i == t.i or
             t.head.head.i == token.i and link(t.head) or
             t.head.head.head.i == token.i and link(t.head) and link(t.head.head))]
    # (its object or passive subject however far: "Les rassemblements de Bamenda, fin
    # novembre 2016, avaient été dispersés")
    near += [c for c in token.children if c.dep_ in ("obj", "nsubj:pass") and not lo <= c.i < hi]
    stop = min(token.sent.end, token.i + 2 * WINDOW)
    stop = next((t.i for t in doc[token.i + 1: stop] if t.dep_ == "conj" and
                 t.head.i == token.i and t.pos_ in ("VERB", "AUX")), stop)
    after = [t for t in doc[token.i + 1: stop] if t.pos_ == "NOUN"] \
        if trigger.pos == "VERB" else []
    for word in trigger.words:
        word = gram.contractions.get(word, word)
        hit = next((t for t in near if t.i not in used and _is_word(t, word, gram)), None)
        if hit is None and " " not in word:
            hit = next((t for t in after if t.i not in used and _is_word(t, word, gram)), None)
        if hit is None and trigger.pos == "VERB":
            # "s'étaient engagés, sous l'égide d'Emmanuel Macron, à organiser des élections":
            # the preposition of an infinitive, which the parser hangs past an incise
            hit = next((t for t in doc[token.i + 1: stop] if t.lower_ == word and
                        t.dep_ == "mark" and "Inf" in t.head.morph.get("VerbForm")), None)
        if hit is None:
            return None
        used.add(hit.i)
    return used


def _is_word(token: Token, word: str, gram: Grammar) -> bool:
    return word in (token.lemma_.lower(), token.lower_,
                    gram.contractions.get(token.lower_, token.lower_))


def _is_reflexive(token: Token) -> bool:
    return token.lemma_.lower() == "se" or token.lower_ in ("s'", "s’") or \
        "Yes" in token.morph.get("Reflex")


def _has_reflexive(verb: Token) -> bool:
    """A pronominal verb: its reflexive pronoun, also when the parser hangs it elsewhere
    ("avant de s'en retirer", where "s'" goes to "de")."""
    if any(_is_reflexive(c) for c in verb.children):
        return True
    before = verb.i - 1
    while before > verb.sent.start and verb.doc[before].lower_ in ("en", "y"):
        before -= 1
    pronoun = verb.doc[before]
    return before < verb.i and _is_reflexive(pronoun) and pronoun.pos_ == "PRON" and \
        pronoun.head.pos_ not in ("VERB", "AUX")


def _case(token: Token, gram: Grammar) -> str | None:
    """The preposition introducing a nominal (``au`` → ``à``), multiword ones joined."""
    cases = [c for c in token.children if c.dep_ in ("case", "mark") and c.i < token.i]
    if not cases and token.pos_ == "PROPN":
        # "de Wad Madani": the parser may hang the preposition on the name's first word
        first = next((c for c in token.children if c.i < token.i and c.pos_ == "PROPN" and
                      c.dep_ in ("det", "compound", "flat:name", "nmod") and
                      c.right_edge.i == token.i - 1), None)
        if first is not None:
            cases = [c for c in first.children if c.dep_ in ("case", "mark") and c.i < first.i]
    if not cases:
        return None
    # ("A Alger, ...": a capital without its accent)
    words = ["à" if c.text == "A" else gram.contractions.get(c.lower_, c.lower_) for c in cases]
    fixed = [f.lower_ for c in cases for f in c.children if f.dep_ == "fixed"]
    return " ".join(words + fixed) if fixed else words[0]


# acts whose pronominal form is done to oneself, never to each other: se déployer, se retirer
SELF_DIRECTED = frozenset({"MOBILIZE", "RETREAT"})


def _indefinite(token: Token) -> bool:
    """A phrase with no preposition, or with "des" the parser reads as "de" + "les", or
    with the "de" that stands for "des" before an adjective ("de nouvelles sanctions")."""
    cases = [c.lower_ for c in token.children if c.dep_ == "case" and c.i < token.i]
    return cases in ([], ["des"]) or cases == ["de"] and \
        not any(c.dep_ == "det" for c in token.children) and \
        any(c.dep_ == "amod" and c.i < token.i for c in token.children)


def _participles(noun: Token) -> list[Token]:
    """The participles hung on a noun ("l'accord conclu à Vienne")."""
    return [c for c in noun.children if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm")]


def _indefinite_object(token: Token) -> bool:
    """"avaient attaqué des positions": an object the parser calls obl:arg (or a noun's
    complement, when it read the participle as a noun)."""
    # ("ont massacré des chrétiens": a "des" phrase the parser hangs on the verb as nmod)
    return (token.dep_ == "obl:arg" or token.dep_ == "nmod" and (
        _misread_participle(token.head) is not None or
        token.head.pos_ == "VERB" and token.i > token.head.i)) and _indefinite(token) and \
        not any(c.dep_ == "obj" for c in token.head.children)


def _pronominal(verb: Token) -> bool:
    """"s'étaient emparées": a pronominal verb takes être in its compound tenses."""
    return any(c.dep_.startswith("expl") or _is_reflexive(c) for c in verb.children)


def _second_subject(token: Token) -> bool:
    """"X avait rencontré Theresa May": a second subject after the verb is its object."""
    return token.dep_ == "nsubj" and token.i > token.head.i and \
        any(c.dep_ == "nsubj" and c.i < token.head.i for c in token.head.children)


def _has_prep(token: Token, preps: tuple[str, ...], gram: Grammar) -> bool:
    return any(_case(c, gram) in preps for c in token.children if c.dep_ in ARG_DEPS)


class _Context:
    """Per-document state for building frames."""

    def __init__(self, doc: Doc, mentions: list[dict[str, Any]], by_token: dict[int, int],
                 gram: Grammar, speech: dict[str, str]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.by_token = by_token
        self.gram = gram
        self.speech = speech
        quotes = doc._.dyade_quotes or []
        self.quotes = [(q["start_token"], q["end_token"], q.get("speaker")) for q in quotes]
        self.quote_tokens = [(q["start_token"], q["end_token"], q.get("speaker_token"))
                             for q in quotes]
        self.used: list[Token] = []
        self.calendar_words = calendar_words()

    # ----- frames --------------------------------------------------------------------
    def is_incise(self, token: Token, trigger: Trigger) -> bool:
        """A verb of saying that only introduces a quotation ("», a-t-il promis")."""
        if trigger.pos != "VERB" or token.lemma_.lower() not in self.speech or trigger.words:
            return False
        if any(c.dep_ in ("obj", "ccomp", "xcomp", "iobj", "obl:arg") for c in token.children):
            return False
        return any(0 <= token.i - end <= 4 or 0 <= start - token.i <= 3
                   for start, end, _ in self.quotes)

    def frame(self, token: Token, trigger: Trigger, used: set[int]) -> dict[str, Any] | None:
        self.used = [self.doc[i] for i in sorted(used) if i != token.i]
        if trigger.pos == "NOUN":
            return self._nominal(token, trigger)
        return self._verbal(token, trigger)

    def _held(self, token: Token, trigger: Trigger) -> dict[str, Any] | None:
        """"Bunagana est tombée aux mains des rebelles", "la ville est passée sous le
        contrôle du M23": the town taken is the subject, who took it the "de" phrase of the
        trigger's word."""
        actor = [i for word in self.used for c in word.children
                 if c.dep_ == "nmod" and _case(c, self.gram) == "de" for i in self._args(c)]
        subject = self._subject(token)
        town = [i for i in self._args(subject)
                if self._is_place(self.doc[self.mentions[i]["start"]])]
        return self._build(token, token, trigger, actor, town)

    def _verbal(self, token: Token, trigger: Trigger) -> dict[str, Any] | None:
        if trigger.holder:
            return self._held(token, trigger)
        # Only être makes a passive ("Le M23 avait occupé Goma" is active whatever the parser
        # calls its subject), and not with the verbs it is the tense of ("les soldats sont
        # entrés dans Kherson") unless an agent says so.
        agent = self._agent(token)
        # "avaient été bousculés et frappés par des partisans": a participle coordinated
        # with no auxiliary or subject of its own shares its head's
        shared = token.dep_ == "conj" and token.head.pos_ == "VERB" and not any(
            c.dep_.startswith(("aux", "nsubj")) for c in token.children)
        voiced = token.head if shared else token
        passive = any(c.dep_ == "aux:pass" for c in voiced.children) and (
            agent is not None or (any(c.dep_ == "nsubj:pass" for c in voiced.children) and
                                  _verb_lemma(token) not in self.gram.etre_verbs and
                                  not _pronominal(token))) or \
            agent is not None and agent.dep_ == "obl:agent" and any(
                c.dep_ == "cop" and c.lemma_ == "être" for c in voiced.children)
        # (not "L'Égypte et l'Arabie saoudite ont condamné", which the parser may hang on
        # its subject with its own auxiliary)
        participle = (token.dep_ in ("acl", "amod") and "Part" in token.morph.get("VerbForm")
                      and not any(c.dep_ == "aux:tense" for c in token.head.children)
                      and not any(c.dep_ == "aux:tense" for c in token.children)
                      and not _tense_before(token))
        if participle and token.lemma_.lower() in self.gram.stative_participles and \
                not trigger.words:
            return None  # "les territoires occupés par Israël": a state, not an act
        if participle and "Pres" in token.morph.get("Tense") and \
                (idx := self.by_token.get(token.head.i)) is not None and \
                self.mentions[idx]["kind"] == "pair":
            # "chaque camp accusant l'autre": a present participle's noun does the act
            return self._build(token, token, trigger, [idx], [])
        # "Désigné par Hugo Chavez comme son héritier, Nicolas Maduro a été élu": a participle
        # set off before the clause, whose agent did it to the clause's subject
        fronted = token.dep_ == "advcl" and token.i < token.head.i and agent is not None and \
            agent.dep_ == "obl:agent" and "Part" in token.morph.get("VerbForm") and \
            not any(c.dep_.startswith("aux") for c in token.children) and \
            _child(token.head, SUBJECTS) is not None
        # "Condamné en 2011 à 34 ans de prison, « Fito » s'était évadé": a state's act set
        # off before the clause with no agent, done to the clause's subject
        fronted_act = token.dep_ == "advcl" and token.i < token.head.i and agent is None and \
            trigger.state_act and "Part" in token.morph.get("VerbForm") and \
            not any(c.dep_.startswith(("aux", "nsubj")) for c in token.children) and \
            self._clause_subject(token) is not None
        if fronted_act:
            return self._build(token, token, trigger, [], self._args(self._clause_subject(token)))
        if passive or participle or fronted:
            # (a town is where the agent was, never the agent: "par des partisans du
            # gouvernement dans la basilique de Diriamba")
            actor = [i for i in self._args(self._agent(token))
                     if self.mentions[i]["kind"] != "place"]
            patient = token.head if participle else _child(token.head, SUBJECTS) if fronted \
                else self._named_child(voiced, ("nsubj:pass", "nsubj"))
            if patient is None and token.head.i != token.i and any(
                    c.dep_ == "aux:pass" and "Inf" in c.morph.get("VerbForm")
                    for c in voiced.children):
                # "avait été capturé avant d'être relâché par Islamabad": a passive
                # infinitive is done to whom its clause is about
                clause = token.head
                for _ in range(3):
                    if (patient := _child(clause, SUBJECTS)) is not None or \
                            clause.head.i == clause.i:
                        break
                    clause = clause.head
            if participle and any(c.dep_ == "cop" for c in patient.children):
                # "Yoon est le troisième président destitué par le Parlement": the subject
                # the noun describes
                patient = self._named_child(patient, ("nsubj",)) or patient
            # ("une campagne menée par l'armée contre ...": the noun the participle is hung on
            # may be the trigger's own word, which names the act, not whom it is done to)
            recipient = [] if patient is not None and \
                patient.i in {u.i for u in self.used} else self._args(patient)
            if trigger.place_recipient and trigger.actor_sectors:
                # (an act of war on a town: "Kherson a été libérée", not a person "libérée")
                recipient = [i for i in recipient
                             if self._is_place(self.doc[self.mentions[i]["head"]])]
            if participle and trigger.symmetric and patient.lemma_.lower() in triggers():
                # "l'accord de Ouagadougou, signé par Laurent Gbagbo et Guillaume Soro": what
                # was signed is the act, its signatories the two sides
                recipient = []
            if not recipient:
                recipient = self._recipient(token, trigger)
        else:
            subject = self._subject(token)
            actor = self._args(subject) + self._stray_conjunct(subject) if subject is not None \
                else self._fronted_subject(token)
            recipient = self._recipient(token, trigger) or self._left_there(token, trigger) or \
                self._destination(token, trigger) or self._compeller(token, actor)
            if not recipient and len(actor) < 2 and self._reciprocal(token, trigger):
                actor = self._coordinated(token) or actor
            act = self._act_anaphor(subject) if not actor else None
            # (an infinitive with a tense of its own is a causative the parser broke: "Kim
            # Jong-un avait fait arrêter son oncle", with "fait" hung on "arrêter")
            if not actor and act is None and ("Inf" not in token.morph.get("VerbForm") or any(
                    c.dep_ == "aux:tense" for c in token.children)):
                actor = self._unmarked_subject(token) or self._orphan_subject(token)
        if trigger.inverse:
            actor, recipient = self._args(self._agent(token)), actor
        if trigger.act_subject:
            # "De violents combats ont opposé l'armée aux rebelles": the fight is the subject,
            # its sides the object and the "à" phrase
            sides = [c for c in token.children if c.dep_ == "obj"]
            actor = [i for c in sides for i in self._args(c)]
            # (the parser may hang the "à" phrase on the object)
            recipient = [i for i in recipient if i not in actor] or [
                i for c in sides for n in c.children if n.dep_ == "nmod" and
                _case(n, self.gram) == "à" for i in self._args(n)]
        passive = passive or fronted
        if (passive or participle) and not recipient:
            # (two signatories of what was signed are its two sides)
            actor, recipient = (actor[:1], actor[1:]) if trigger.symmetric else (actor[:1], [])
        taken_from = self._taken_from(token, trigger, recipient)
        frame = self._build(token, token, trigger, actor, taken_from or recipient,
                            act=None if passive or participle or trigger.inverse else act)
        if frame is not None and taken_from and frame["place"] is None:
            frame["place"] = self.mentions[recipient[0]]["start"]  # (the town taken)
        return frame

    def _clause_subject(self, fronted: Token) -> Token | None:
        """The subject of the clause a phrase is set off before: the head's, or the name
        right after the comma the parser fails to hang on it."""
        if (subject := _child(fronted.head, SUBJECTS)) is not None:
            return subject
        end = fronted.right_edge.i
        if end + 1 >= len(self.doc) or self.doc[end + 1].text != ",":
            return None
        after = next((m for m in self.mentions if end + 1 < m["start"] <= end + 4), None)
        if after is None or not all(t.is_punct or t.pos_ == "DET"
                                    for t in self.doc[end + 2: after["start"]]):
            return None
        return self.doc[after["head"]] if after["kind"] in ("name", "person") else None

    def _taken_from(self, verb: Token, trigger: Trigger, towns: list[int]) -> list[int]:
        """Whom a town was taken from, named in an "à" phrase ("avaient repris Alep aux
        rebelles"): the recipient, the town where it happened."""
        if not trigger.place_recipient or not towns or \
                not all(self._is_place(self.doc[self.mentions[i]["start"]]) for i in towns):
            return []
        # (not a state's forces of no country of their own: "ont repris aux forces
        # gouvernementales la ville de Saraqeb" in a story about Turkey is Syria's; the
        # town's country says it better)
        return [i for c in verb.children if c.dep_ in ARG_DEPS and c.i > verb.i and
                _case(c, self.gram) == "à" and not self._is_place(c)
                for i in self._args(c) if self.mentions[i]["kind"] in ("body", "name", "person")
                and not (set(self.mentions[i]["countries"]) <= {"@"} and
                         self.mentions[i].get("sector") not in ARMED_GROUP_SECTORS)]

    def _compeller(self, token: Token, actor: list[int]) -> list[int]:
        """Who compelled the act, towards whom it is done when it names no one ("l'offensive
        de l'armée éthiopienne avait contraint Asmara à accepter un cessez-le-feu")."""
        head = token.head
        if token.dep_ != "xcomp" or head.lemma_.lower() not in self.gram.object_control or \
                _child(head, ("obj",)) is None:
            return []
        return [i for i in self._args(self._subject(head)) if i not in actor]

    def _left_there(self, token: Token, trigger: Trigger) -> list[int]:
        """"s'étaient emparés de Goma, avant de s'en retirer": the town "en" stands for is the
        place the clause the withdrawal hangs on took."""
        if trigger.event != "RETREAT" or token.i == 0 or \
                self.doc[token.i - 1].lower_ != "en" or token.dep_ not in ("advcl", "conj"):
            return []
        for child in token.head.children:
            if child.dep_ in ("obj", "obl:arg") and self._is_place(child):
                return self._args(child)
        return []

    def _act_anaphor(self, subject: Token | None) -> tuple[str, str] | None:
        """"ces raids ont tué cinq combattants": a subject that names an act told before
        (its kind and word), whose doers are the actors."""
        if subject is None or subject.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in self.gram.demonstratives
                for c in subject.children):
            return None
        kind = act_kind(subject.lemma_.lower(), phrase_words(subject))
        return (kind, subject.lemma_.lower()) if kind is not None else None

    def _nominal(self, token: Token, trigger: Trigger) -> dict[str, Any] | None:
        verb = self._nominal_verb(token)
        if verb is None and trigger.event in VERBAL:
            verb = self._saying_verb(token)
        if verb is None:
            return self._topic(token, trigger)
        framed = verb.i != token.i and self._framed(token)
        if trigger.internal and verb.lemma_ in self.gram.undergo_verbs:
            return self._build(token, verb, trigger, [], [])  # its subject is the country
        if (owned := self._owned(token, verb)) is not None:
            actor, recipient = owned
            return self._build(token, verb, trigger, actor,
                               recipient or self._recipient(token, trigger, nominal=True))
        actor = self._noun_agent(token, trigger)
        if self._backing(token):
            # "le régime avait repris Palmyre avec le soutien de la Russie": Russia backs
            # the regime
            backed = [i for i in self._args(self._subject(verb)) if i not in actor]
            return self._build(token, verb, trigger, actor, backed) if actor and backed \
                else None
        # (what causes an act does not do it: "l'arrestation de Sonko a provoqué des émeutes")
        caused = token.dep_ == "obj" and token.head.i == verb.i and \
            verb.lemma_.lower() in self.gram.cause_verbs
        if actor and all(self.mentions[i]["kind"] == "own" for i in actor) and \
                verb.i != token.i and (doer := self._args(self._subject(verb))):
            # "X a ordonné le retrait de ses troupes": X withdraws them
            left = self._left_from(actor) if trigger.event == "RETREAT" else []
            actor = doer
            if left:
                return self._build(token, verb, trigger, actor, left)
        if not actor and token.dep_ == "ROOT":
            # A verb the tagger read as a noun ("Le Hezbollah échange des tirs avec X").
            actor = self._args(_child(token, SUBJECTS))
        subject: list[int] = []
        if actor and verb.i != token.i and token.dep_ not in SUBJECTS and not framed and \
                not caused:
            subject = self._args(self._subject(verb))
        if not actor and verb.i != token.i:
            if token.dep_ in SUBJECTS and self._subject_support(verb) or caused:
                actor = []
            else:
                passive = any(c.dep_ in ("aux:pass",) for c in verb.children)
                doer = self._agent(verb) if passive else self._subject(verb)
                actor = self._args(doer) + ([] if passive else self._stray_conjunct(doer))
        recipient = self._recipient(token, trigger, nominal=True) or \
            self._shared_target(token, verb, trigger)
        if not recipient and token.dep_ in SUBJECTS and verb.i != token.i and \
                self._subject_support(verb):
            # "des affrontements ont éclaté mardi entre l'armée et les rebelles": the sides
            # the parser hangs on the verb
            recipient = self._recipient(verb, trigger, skip=token)
        if not actor and len(recipient) < 2 and trigger.symmetric and \
                len(sides := self._between_list(token)) > 1:
            recipient = sides
        if not actor and len(recipient) > 1 and trigger.symmetric and \
                not any(c.dep_ == "cop" for c in token.children):
            # (the first side, the other; not a predicate that sums up an act its subject
            # names: "L'attaque de la semaine dernière était le premier affrontement majeur
            # entre les rebelles et les forces gouvernementales")
            actor, recipient = recipient[:1], recipient[1:]
        if not recipient and framed and token.head.i != verb.i:
            recipient = self._recipient(token.head, trigger, nominal=True, skip=token)
        if not recipient and framed and trigger.symmetric:
            recipient = self._partner(verb)
        if not recipient and verb.i != token.i and token.dep_ not in SUBJECTS and not framed \
                and not caused:
            recipient = self._recipient(verb, trigger, skip=token)
        if trigger.inverse:
            actor, recipient = recipient, actor
        frame = self._build(token, verb, trigger, actor, recipient)
        if frame is not None and subject:
            frame["expresser"] = subject
            frame["expresser_says"] = verb.lemma_.lower() in self.speech
        return frame

    def _between_side(self, idx: int) -> bool:
        """Is a mention one of the sides an "entre" phrase names ("entre l'Iran et les
        États-Unis")?"""
        head = self.doc[self.mentions[idx]["head"]]
        first = next((t for t in (head, *head.ancestors) if t.dep_ != "conj"), head)
        return _case(first, self.gram) == "entre"

    def _between_list(self, noun: Token) -> list[int]:
        """The sides an "entre" phrase lists after a noun, read in word order where the
        parser breaks the list ("l'accord conclu en juillet 2015 entre l'Iran, les
        États-Unis et cinq autres puissances", whose second side it joins to the noun): the
        mentions from "entre" to the first verb or stop, with no finite verb before it."""
        sent = noun.sent
        between = None
        for t in self.doc[noun.i + 1: min(sent.end, noun.i + 12)]:
            if t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm") or \
                    t.text in ".;:!?()«»":
                return []
            if t.lower_ == "entre" and t.dep_ == "case":
                between = t
                break
        if between is None:
            return []
        sides: list[int] = []
        for t in self.doc[between.i + 1: sent.end]:
            if t.pos_ in ("VERB", "AUX") or t.text in ".;:!?()«»" or \
                    t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "du", "des"):
                break
            idx = self.by_token.get(t.i)
            if idx is not None and t.i == self.mentions[idx]["head"] and idx not in sides and \
                    self.mentions[idx]["kind"] != "place":  # (where: "entre Gaza et ...")
                sides.append(idx)
        return sides

    def _left_from(self, troops: list[int]) -> list[int]:
        """The place a withdrawal leaves, which the parser hangs on the troops ("le retrait
        de ses troupes de la rive droite du Dniepr")."""
        for idx in troops:
            head = self.doc[self.mentions[idx]["head"]]
            for child in head.children:
                if child.dep_ == "nmod" and _case(child, self.gram) == "de" and \
                        (found := self._mention_at(child)) is not None and \
                        self._is_place(self.doc[self.mentions[found]["head"]]):
                    return [found]
        return []

    def _topic(self, token: Token, trigger: Trigger) -> dict[str, Any] | None:
        """An act named as a topic, with who did it to whom ("depuis l'attaque du Hamas
        contre Israël", "l'invasion de l'Ukraine par la Russie"). No clause reports it, so
        it stands only as background (the record keeps it only when it is dated long
        before the article)."""
        if trigger.event in VERBAL and not trigger.symmetric:
            return None  # (an agreement is, between the sides it names)
        actor = self._noun_agent(token, trigger)
        recipient = [r for r in self._recipient(token, trigger, nominal=True) if r not in actor]
        if trigger.symmetric:
            # only the sides it was "entre" ("l'accord conclu en 2015 entre l'Iran et les
            # grandes puissances"), the first one's with the others
            sides = [r for r in recipient if self._between_side(r)]
            if not actor and len(sides) < 2:
                sides = self._between_list(token)
            if actor or len(sides) < 2:
                return None
            actor, recipient = sides[:1], sides[1:]
            # (where it was concluded: "l'accord conclu à Vienne")
            done = next(iter(_participles(token)), token)
            frame = self._build(token, done, trigger, actor, recipient)
            if frame is not None:
                frame["topic"] = True
            return frame
        if not recipient:
            # "l'attaque des FSR contre l'armée": the parser hangs the target on the actor.
            preps = trigger.recipient_preps or self.gram.target_preps
            recipient = [r for c in token.children if c.dep_ == "nmod"
                         for g in c.children if g.dep_ == "nmod" and
                         _case(g, self.gram) in preps for r in self._args(g) if r not in actor]
        if not recipient and trigger.recipient_preps is None:
            recipient = [r for c in token.children if c.dep_ == "nmod" and
                         _case(c, self.gram) == "de" for r in self._args(c) if r not in actor]
        if not recipient:
            # "l'attentat commis par l'ELN contre une caserne": the target on the participle
            preps = trigger.recipient_preps or self.gram.target_preps
            # ("une campagne menée par l'armée contre la minorité rohingya": or on its agent)
            recipient = [r for p in self._doing_participles(token)
                         for c in [*p.children, *(g for a in p.children
                                                  if a.dep_ == "obl:agent" for g in a.children)]
                         if c.dep_.startswith(("obl", "nmod")) and _case(c, self.gram) in preps
                         for r in self._args(c) if r not in actor]
        if not recipient and trigger.event == "ASSAULT":
            # "l'intervention militaire française au Mali": the country it was waged in;
            # "l'attentat commis par l'ELN à Bogota"
            heads = [token, *self._doing_participles(token)]
            recipient = [r for h in heads for c in h.children
                         if c.dep_ in ("nmod", "obl", "obl:mod") and
                         _case(c, self.gram) in self.gram.place_preps and self._is_place(c)
                         for r in self._args(c) if r not in actor]
        if not (actor and recipient or trigger.internal or
                trigger.event == "PROTEST" and recipient and not actor):
            return None  # (but "des semaines de manifestations contre Ravalomanana": whose)
        if trigger.inverse:
            actor, recipient = recipient, actor
        frame = self._build(token, token, trigger, actor, recipient)
        if frame is not None:
            frame["topic"] = True
        return frame

    def _nominal_verb(self, token: Token) -> Token | None:
        """The clause a nominal trigger reports an event in, or None for a mere topic."""
        head = token.head
        if token.dep_ == "ROOT":
            return token
        if (token.dep_ in ("obj", "nsubj:pass") or _indefinite_object(token)) and \
                head.lemma_ in self.gram.support_verbs:
            return head  # (also "avaient annoncé jeudi de nouvelles sanctions")
        if token.dep_ == "obj" and head.lemma_ in self.gram.undergo_verbs:
            return head  # "le Mali a connu un coup d'État"
        if token.dep_ == "obj" and head.lemma_.lower() in self.gram.cause_verbs:
            return head  # "sa candidature avait provoqué des émeutes"
        if self._backing(token):
            return head  # "avait repris Palmyre avec le soutien de la Russie"
        if token.dep_ in SUBJECTS and self._subject_support(head):
            return head
        if token.dep_ in ("obl", "obl:mod", "nmod", "obl:arg") and self._framed(token):
            if head.pos_ in ("ADV", "ADP") and head.head.i != head.i:
                head = head.head
            if head.pos_ in ("VERB", "AUX"):
                return head
            return self._clause_after(token)
        if token.dep_ == "conj" and token.head.i != token.i:
            return self._nominal_verb(token.head)
        return None

    def _shared_target(self, noun: Token, verb: Token, trigger: Trigger) -> list[int]:
        """The target of nouns joined together, named once after the last ("une attaque
        terrestre et une campagne aérienne massive contre le Liban"), which the parser may
        join to the verb instead."""
        preps = set(trigger.recipient_preps or self.gram.target_preps) - \
            set(self.gram.place_preps)
        joined = [c for c in noun.conjuncts if c.i > noun.i]
        if verb.i != noun.i:
            joined += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and
                       c.i > noun.i and any(g.dep_ == "cc" for g in c.children)]
        for other in joined:
            for child in other.children:
                if child.dep_ in ("nmod", "obl") and _case(child, self.gram) in preps and \
                        (found := self._args(child)):
                    return found
        return []

    def _backing(self, noun: Token) -> bool:
        """Is the noun in a phrase that says who backed the verb's subject ("avec le soutien
        de la Russie", "grâce à l'appui de l'Iran")?"""
        # (not on a participle: "un accord négocié avec l'aide de la Russie" is not help
        # to the accord's parties)
        return noun.dep_ in ("obl", "obl:mod", "obl:arg") and noun.head.pos_ == "VERB" and \
            noun.head.dep_ != "acl" and noun.lemma_.lower() in self.gram.backing_nouns and \
            _case(noun, self.gram) in self.gram.backing_preps

    def _subject_support(self, verb: Token) -> bool:
        """Does the verb report an act its subject names ("des affrontements ont éclaté",
        "se sont produits", "ont eu lieu")?"""
        lemma = verb.lemma_.lower()
        forms = {lemma, *(f"{lemma} {c.lemma_.lower()}" for c in verb.children
                          if c.dep_ == "obj")}
        if any(_is_reflexive(c) for c in verb.children):
            forms.add("se " + lemma)
        return bool(forms & self.gram.subject_support_verbs)

    def _partner(self, verb: Token) -> list[int]:
        """Whom the clause of a framed exchange addresses ("Lors d'un entretien, X a exprimé
        à Y ..."): its indirect object or "avec" phrase."""
        for child in verb.children:
            if child.dep_ in ("iobj", "obl", "obl:arg", "obl:mod") and \
                    _case(child, self.gram) in self.gram.partner_preps and \
                    not self._is_place(child) and (found := self._args(child)):
                return found
        return []

    def _clause_after(self, noun: Token) -> Token | None:
        """The first verb with a subject after a fronted frame ("Lors d'un entretien ..., X a
        déclaré"), for when the parser attaches the frame nowhere useful."""
        for token in self.doc[noun.i + 1:]:  # the parser may end the sentence too soon
            if token.pos_ == "VERB" and _child(token, SUBJECTS) is not None:
                return token
            if token.text in (".", "!", "?", "\n") or token.is_space and "\n" in token.text:
                break
        return None

    def _saying_verb(self, noun: Token) -> Token | None:
        """The verb of saying whose object holds a statement noun: "a souligné les positions
        de l'Iran en matière de soutien au peuple palestinien"."""
        node = noun
        for _ in range(3):
            if node.dep_ not in ("obj", "nmod", "obl", "obl:arg", "appos") or \
                    node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                lemma = node.lemma_.lower()
                return node if lemma in self.speech or lemma in self.gram.support_verbs else None
        return None

    def _framed(self, noun: Token) -> bool:
        """Is the noun introduced by a frame preposition ("lors d'une réunion")?"""
        start = noun.left_edge.i
        if noun.head.pos_ in ("ADV", "ADP") and noun.head.i < start:
            start = noun.head.i
        words = [t.lower_ for t in self.doc[start: noun.i]
                 if t.pos_ not in ("DET", "ADJ", "NUM") and not t.is_space]
        text = " ".join(words).replace("' ", "'")
        return text in self.gram.frame_prefixes

    def _build(self, token: Token, clause: Token, trigger: Trigger, actor: list[int],
               recipient: list[int], act: tuple[str, str] | None = None
               ) -> dict[str, Any] | None:
        sectors = None
        # "le Burkina Faso a connu deux coups d'État", "le putsch de 2021 au Mali": the
        # country's armed forces against its government; "des manifestations ont éclaté dans
        # les quartiers de Bujumbura": its people
        within = "MIL" if trigger.internal else "CVL" if trigger.event == "PROTEST" else None
        if not actor and within and \
                (country := self._internal_country(token, clause)) is not None:
            actor, recipient, sectors = [country], recipient or [country], (within, "GOV")
        # "des manifestations avaient éclaté", "contre le pouvoir": the people of the country
        # the article is about, or of the one whose power it is against
        people = not actor and sectors is None and trigger.event == "PROTEST" and \
            (clause.i != token.i or bool(recipient))
        if people:
            sectors = (within, "GOV")
        elif trigger.internal and not recipient and len(actor) == 1 and \
                self.mentions[actor[0]]["kind"] in ("body", "place", "demonym", "name") and \
                not any(i.startswith(("org:", "person:")) for i in self.mentions[actor[0]]["ids"]):
            # "la junte a mené un coup d'État", "le coup d'État malien": against its own state.
            recipient, sectors = list(actor), ("MIL", "GOV")
        if actor and trigger.state_act and recipient and \
                all(self.mentions[i]["kind"] == "propn" for i in actor):
            actor = []  # "interpellé par des agents du Sebin": a service no one knows, the state's
        # "les manifestations avaient été réprimées": the country's authorities against its
        # people, whom the protest stands for
        patient = self._protest_patient(token) if trigger.state_act else None
        crowd = patient is not None
        if patient is not None:
            # (who protested, as "les manifestations de l'opposition" says, but not whom
            # against or what for: "contre le pouvoir", "réclamant le départ de Maduro")
            recipient = [r for r in recipient
                         if (head := self.doc[self.mentions[r]["head"]]).head.i == patient.i and
                         _case(head, self.gram) in self.gram.agent_preps]
        own_state = not actor and trigger.state_act and (bool(recipient) or crowd)
        if not actor and (act is None or trigger.actor_sectors) and not own_state and \
                not people or \
                trigger.place_recipient and not recipient:
            return None  # "prendre", "quitter": a town or country taken or left, or nothing
        if trigger.ruler_recipient and not any(self._ruler(i) for i in recipient):
            return None  # "renverser la tendance"
        if trigger.actor_sectors:
            # "quitter le Mali", "entrer dans Kherson" are acts of war only for fighters.
            actor = [i for i in actor if self._sector_in(i, trigger.actor_sectors)]
            if not actor:
                return None
        pledged = self._pledged_gift(token) if trigger.event == "AGREE" else None
        if pledged is not None and not recipient:
            # "La France et l'Allemagne se sont engagées à livrer des chars à l'Ukraine": a
            # pledge to whom the gift goes, not between the two
            recipient = [i for c in pledged.children if c.dep_ in ARG_DEPS and
                         _case(c, self.gram) in ("à", "pour") for i in self._args(c)
                         if self.mentions[i]["kind"] != "place" and i not in actor]
        if not recipient and len(actor) > 1 and pledged is None and (
                trigger.symmetric or trigger.event in RECIPROCAL or
                "avec" in (trigger.recipient_preps or ())):
            # "Riyad et Téhéran ont rompu leurs relations": an act done with someone, whose
            # two sides are both named as its subject.
            actor, recipient = actor[:1], actor[1:]
        if trigger.event == "MOBILIZE":
            # "a déployé un millier de soldats": the trigger's own word is who is sent
            recipient = [r for r in recipient
                         if not any(self.mentions[r]["head"] == u.i for u in self.used)]
        mutual = not recipient and self._mutual(token, trigger, actor)
        sent = token.sent
        places = self._places(token, clause) or self._quote_places(token)
        if not places and trigger.event == "MOBILIZE":
            places = self._purpose_places(token)
        return {"trigger": token.i, "clause": clause.i, "event": trigger.event,
                "mutual": mutual,
                "mode": trigger.mode, "cameo": trigger.cameo, "symmetric": trigger.symmetric,
                "actor": actor,
                "recipient": recipient if sectors else [r for r in recipient if r not in actor],
                "aux": self._modality(clause), "speaker": self._speaker(clause),
                "quoted": self._quoted(token),
                "speaker_token": next((t for a, b, t in self.quote_tokens if a <= token.i < b),
                                      None),
                "place": places[0] if places else None,
                "other_places": places[1:],  # should the gazetteer not know the first
                "start": sent.start_char,
                "place_recipient": trigger.place_recipient, "sectors": sectors,
                "end": sent.end_char, "sent": sent.start, "actor_act": act,
                "own_state": own_state, "crowd": crowd, "pledged": pledged is not None,
                "people": people,
                # "a déployé 4 000 soldats au Mali": where those it sends go (not "Réunis à
                # Abuja, ... ont ordonné le déploiement de leur force")
                "sent_to": bool(places) and trigger.event == "MOBILIZE" and
                token.is_ancestor(self.doc[places[0]]),
                "home_recipient": trigger.home_recipient,
                "focus_recipient": trigger.focus_recipient,
                # "retirer ses troupes": the trigger's own words name fighters
                "troops": any(knowledge_base().body_sector(u.lemma_, u.text) in ("MIL", "REB")
                              for u in self.used)}

    def _mutual(self, token: Token, trigger: Trigger, actor: list[int]) -> bool:
        """An act two sides do to each other: a pronominal use of a verb whose trigger is not
        pronominal, with two sides as its subject ("L'Arménie et l'Azerbaïdjan s'accusent",
        "les deux camps se sont accusés"), or "l'autre" as its object ("chaque camp accusant
        l'autre")."""
        if trigger.pos != "VERB" or trigger.symmetric or trigger.event in SELF_DIRECTED:
            return False  # (not "les forces et des milices se sont déployées")
        sides = len(actor) > 1 or any(self.mentions[i]["kind"] == "pair" for i in actor)
        other = any(c.dep_ in ("obj", "obl:arg", "iobj") and c.lower_ in self.gram.mutual_words
                    for c in token.children)
        return sides and (other or not trigger.reflexive and _has_reflexive(token))

    def _protest_patient(self, verb: Token) -> Token | None:
        """What the verb acts on when it is a protest ("la contestation a été réprimée",
        "réprimer les manifestations"), or the pronoun standing for one, the subject of a
        clause before ("La contestation avait éclaté à Benghazi. Elle avait été réprimée dans
        le sang"); None otherwise."""
        for child in verb.children:
            # (or the "de" phrase of an act named by a noun: "la répression des manifestations")
            if child.dep_ not in ("nsubj:pass", "obj") and not (
                    verb.pos_ == "NOUN" and child.dep_ == "nmod" and child.i > verb.i and
                    _case(child, self.gram) == "de"):
                continue
            noun: Token | None = child
            if child.pos_ == "PRON":
                # (the subject of a clause before it in the sentence, or of the sentence
                # before: "lorsque la contestation a éclaté, son fils l'a réprimée")
                before = [c for t in child.sent if t.i < child.i and t.pos_ in ("VERB", "AUX")
                          for c in t.children if c.dep_ in SUBJECTS]
                if not before and child.sent.start > 0:
                    before = [c for c in self.doc[child.sent.start - 1].sent.root.children
                              if c.dep_ in SUBJECTS]
                noun = before[-1] if before else None
            if noun is not None and noun.pos_ == "NOUN" and (
                    act_kind(noun.lemma_.lower(), phrase_words(noun)) == "PROTEST" or
                    noun.lemma_.lower() in self.gram.crowd_nouns):
                return noun if noun is child else child
        return None

    def _ruler(self, idx: int) -> bool:
        """A person, by name or title, or a government: what can be overthrown."""
        m = self.mentions[idx]
        return m["kind"] in ("role", "person") or m.get("sector") == "GOV" or \
            any(i.startswith("person:") for i in m["ids"])

    def _internal_country(self, noun: Token, clause: Token) -> int | None:
        """The country an internal act happened in: named in its phrase ("au Niger",
        "malien") or as the country that went through it ("le Mali a connu un putsch")."""
        candidates = [c for c in noun.children if c.dep_ in ("nmod", "amod")]
        if clause.i != noun.i and clause.lemma_.lower() in self.gram.undergo_verbs:
            candidates += [c for c in clause.children if c.dep_ in SUBJECTS + ("obj",)]
        verb = noun  # "une tentative de coup d'État avait été déjouée à Niamey"
        for _ in range(3):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in self.gram.occurrence_verbs:
            candidates += [c for c in verb.children if c.dep_ in ("obl", "obl:mod") and
                           _case(c, self.gram) in self.gram.place_preps and self._is_place(c)]
        for child in candidates:
            idx = self.by_token.get(child.i)
            if idx is None and self._is_place(child):
                idx = self._mention_at(child)  # "dans les quartiers de Bujumbura"
            if idx is not None and (self._is_place(child) or
                                    self.mentions[idx]["kind"] in ("demonym", "body")):
                return idx
        return None

    def _sector_in(self, idx: int, sectors: tuple[str, ...]) -> bool:
        m = self.mentions[idx]
        if m.get("sector") in sectors:
            return True
        return any(i.startswith("org:") and knowledge_base().entity(i).sector in sectors
                   for i in m["ids"])

    # ----- participants --------------------------------------------------------------
    def _subject(self, verb: Token) -> Token | None:
        current = verb
        for _ in range(MAX_CLIMB):
            # not "Selon le porte-parole, ..." the parser may take for a subject
            # (nor the trigger's own word, which the parser may take for the subject of an
            # active verb: "avoir repris le contrôle du quartier"; but "les forces se sont
            # déployées")
            active = not _pronominal(current) and \
                not any(c.dep_ == "aux:pass" for c in current.children)
            subjects = [c for c in current.children if (
                c.dep_ in SUBJECTS or c.dep_ == "expl:subj" and c.i in self.by_token) and not any(
                k.dep_ == "case" and k.lower_ in self.gram.according_to for k in c.children)
                and not (active and any(c.i == u.i for u in self.used))]
            if subjects:
                return self._named(subjects)
            if current.dep_ == "xcomp" and current.head.lemma_.lower() in \
                    self.gram.object_control and (forced := _child(current.head, ("obj",))):
                return forced  # "avait contraint Asmara à accepter": Asmara accepted
            if (current.dep_ in ("xcomp", "conj", "advcl") or
                    _misread_participle(current) is not None) and current.head.i != current.i:
                current = current.head
                continue
            if current.dep_ == "acl" and current.head.i != current.i:
                return _child(current.head, SUBJECTS) or current.head
            return _fronted_participle_subject(current)
        return None

    def _stray_conjunct(self, subject: Token | None) -> list[int]:
        """"Washington et Londres ont imposé": a first conjunct the parser cut off as a
        sentence of its own."""
        start = subject.left_edge.i if subject is not None else 0  # "et les rebelles"
        if subject is None or start < 2 or self.doc[start - 1].pos_ != "CCONJ":
            return []
        idx = self.by_token.get(start - 2)
        if idx is None or self.mentions[idx]["kind"] != "name":
            return []
        # "Les Nations unies et l'Union africaine ont condamné": the name's own head
        first = self.doc[self.mentions[idx]["head"]]
        while first.dep_ == "flat:name" and first.head.i < first.i:
            first = first.head
        if not (first.dep_ == "ROOT" or first.dep_ == "conj" and
                first.head.lower_ in self.calendar_words) or first.pos_ not in ("PROPN", "NOUN"):
            return []  # (or hung on the day opening the sentence: "Jeudi, Washington et ...")
        return [idx]

    def _fronted_subject(self, verb: Token) -> list[int]:
        """The subject the parser hangs on a place phrase opening the clause ("À Phnom Penh,
        le secrétaire d'État américain a dénoncé ...", read as an apposition to the town)."""
        for phrase in (c for c in verb.children if c.i < verb.i and c.dep_ in ARG_DEPS and
                       _case(c, self.gram) in self.gram.place_preps):
            for child in phrase.children:
                idx = self.by_token.get(child.i)
                if child.dep_ == "appos" and idx is not None and self._useful(idx) and \
                        self.mentions[idx]["kind"] in ("name", "role", "person", "body") \
                        and not self._is_place(child):
                    return self._args(child)
        return []

    def _unmarked_subject(self, verb: Token) -> list[int]:
        """The subject the parser hangs on what opens the clause ("Au Bangladesh, des
        militants ... avaient attaqué", read as a complement of the country; "Le 15 juillet,
        des militants ..." read as part of the comma): the first phrase before a finite verb
        that no preposition introduces and no other verb governs."""
        if not (any(c.dep_.startswith("aux") for c in verb.children) or
                "Fin" in verb.morph.get("VerbForm")):
            return []
        for token in self.doc[verb.sent.start: verb.i]:
            idx = self.by_token.get(token.i)
            if token.pos_ not in ("NOUN", "PROPN") or \
                    token.dep_ in SUBJECTS + ("flat:name", "appos", "conj", "obj") or \
                    idx is not None and self.mentions[idx]["kind"] not in (
                        "name", "person", "role", "body") or \
                    idx is None and not any(c.dep_ == "det" for c in token.children) or \
                    _case(token, self.gram) is not None or self._is_place(token) or \
                    self._source(token) or not self._governed_by(token, verb):
                continue
            return self._args(token)
        return []

    def _governed_by(self, token: Token, verb: Token) -> bool:
        """Does the token hang on the verb through nouns and punctuation only?"""
        node = token.head
        for _ in range(MAX_CLIMB):
            if node.i == verb.i:
                return True
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _orphan_subject(self, verb: Token) -> list[int]:
        """The subject the parser cut off into a fragment of its own ("Le Premier ministre
        britannique Rishi Sunak | s'est entretenu ..."): the last mention before the verb's
        sentence on the same line, when nothing ends a sentence in between."""
        sent = verb.sent
        if _child(verb, ("nsubj", "nsubj:pass", "expl:subj")) is not None or \
                sent.root.i != verb.i:
            return []
        i = sent.start - 1
        while i >= 0 and not self.doc[i].is_space and self.doc[i].text not in (".", "!", "?"):
            idx = self.by_token.get(i)
            if idx is not None and self._useful(idx) and \
                    self.mentions[idx]["kind"] not in ("demonym",) and \
                    not self._source(self.doc[i]):
                return self._args(self.doc[i]) or [idx]  # "Arménie et Azerbaïdjan | ont"
            i -= 1
        return []

    def _source(self, token: Token) -> bool:
        """Is the token in a "selon X" phrase, which names a source, never an actor?"""
        node = token
        for _ in range(MAX_CLIMB):
            if any(c.dep_ == "case" and c.lower_ in self.gram.according_to
                   for c in node.children):
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _reciprocal(self, verb: Token, trigger: Trigger) -> bool:
        """A plural verb of meeting or talking whose participants are its subjects."""
        plural = any("Plur" in t.morph.get("Number")
                     for t in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]))
        return plural and (trigger.symmetric or any(_is_reflexive(c) for c in verb.children))

    def _coordinated(self, verb: Token) -> list[int]:
        """Participants named before a reciprocal verb and joined by "et": "X, conseiller
        de ..., et le président syrien, Y se sont rencontrés" (the parser links them badly)."""
        sent = verb.sent
        parts: list[list[Token]] = [[]]
        for token in self.doc[sent.start: verb.i]:
            if token.pos_ == "CCONJ" and token.dep_ == "cc":
                parts.append([])
            else:
                parts[-1].append(token)
        found: list[int] = []
        for part in parts:
            for token in part:
                idx = self.by_token.get(token.i)
                if idx is not None and self._useful(idx) and idx not in found and \
                        self.mentions[idx]["kind"] in ("name", "person", "role", "body", "propn"):
                    found.append(idx)
                    break
        return found if len(found) >= 2 else []

    def _agent(self, verb: Token) -> Token | None:
        # "a été reprise dimanche par l'armée": the parser may hang the agent on the day
        for child in [*verb.children, *day_children(verb.children)]:
            if child.dep_ == "obl:agent" or (child.dep_.startswith("obl") and
                                             _case(child, self.gram) == "par"):
                return child
        if any(c.dep_ == "aux:pass" for c in verb.children):
            # "avait été assassiné avec la plupart des siens par des officiers": the parser
            # may hang the agent on the phrase before it
            return next((g for c in verb.children if c.dep_.startswith("obl")
                         for g in c.children if g.dep_ == "nmod" and
                         _case(g, self.gram) == "par" and
                         (any(d.dep_ == "det" for d in g.children) or
                          g.pos_ == "PROPN" and g.i in self.by_token)), None)
        return None

    def _par_agent(self, noun: Token) -> list[int]:
        """Who did what a noun names, by its "par" phrase: "l'invasion de l'Ukraine par la
        Russie"."""
        if noun.pos_ != "NOUN":
            return []
        # (the parser may hang it on the complement: "la destitution du président par
        # l'armée")
        # ("La dissolution de l'Assemblée, le 17 mai 2023, par le président Guillermo Lasso
        # avait provoqué ...": or on the verb the noun is the subject of, before the verb)
        hung = [c for c in noun.head.children if noun.i < c.i < noun.head.i] \
            if noun.dep_ in SUBJECTS else []
        for child in [*noun.children, *(g for c in noun.children if c.dep_ == "nmod" and
                                        c.i > noun.i for g in c.children if g.i > c.i), *hung]:
            if child.dep_ in ("nmod", "obl:agent", *(SUBJECTS if child in hung else ())) and \
                    _case(child, self.gram) == "par" and (found := self._args(child)):
                return found
        return []

    def _owned(self, noun: Token, verb: Token) -> tuple[list[int], list[int]] | None:
        """"La Russie a lancé son invasion de l'Ukraine": with a possessive, the act is the
        subject's own and its "de" phrase names the target."""
        if verb.i == noun.i or noun.dep_ in SUBJECTS or not any(
                c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in noun.children):
            return None
        actor = self._args(self._subject(verb))
        if not actor:
            return None
        of = [c for c in noun.children if c.dep_ == "nmod" and _case(c, self.gram) == "de"]
        recipient = [i for c in of for i in self._args(c) if i not in actor]
        return actor, recipient

    def _noun_agent(self, noun: Token, trigger: Trigger | None = None) -> list[int]:
        if found := self._par_agent(noun):
            return found
        for child in noun.children:
            # "l'attentat, revendiqué par l'EI", "attribué à l'EI": who claimed or was blamed
            if child.dep_ in ("acl", "advcl") and child.lemma_.lower() in self.gram.claim_verbs:
                # (blamed by one on another: "une attaque imputée par Washington aux Brigades du
                # Hezbollah" is the Brigades', whom Washington accuses)
                args = sorted(child.children, key=lambda a: _case(a, self.gram) != "à")
                for arg in args:
                    if (arg.dep_ == "obl:agent" or arg.dep_.startswith("obl") and
                            _case(arg, self.gram) in ("par", "à")) and (found := self._args(arg)):
                        return found
        for child in self._doing_participles(noun):
            # "l'attentat à la voiture piégée commis par l'ELN": who did it
            for arg in child.children:
                if (arg.dep_ == "obl:agent" or arg.dep_.startswith("obl") and
                        _case(arg, self.gram) == "par") and (found := self._args(arg)):
                    return found
        words = {u.i for u in self.used}  # "le rappel de son ambassadeur": what, not who
        for child in noun.children:
            if trigger is not None and trigger.state_act and child.dep_ == "nmod" and \
                    _case(child, self.gram) == "de":
                continue  # "l'arrestation de l'opposant": whom a state's act is done to
            if child.i not in words and child.dep_ in ("nmod", "amod") and (
                    _case(child, self.gram) in self.gram.agent_preps or child.dep_ == "amod"):
                found = self._args(child)
                if found and child.dep_ == "amod":
                    return found
                if found and _case(child, self.gram) in self.gram.agent_preps:
                    return found
        for child in noun.children:
            # "l'attaque sans précédent du Hamas": the parser hangs the actor on the modifier.
            if child.dep_ in ("nmod", "amod") and child.pos_ == "ADJ" or \
                    child.dep_ == "nmod" and _case(child, self.gram) == "sans":
                for grandchild in child.children:
                    if grandchild.dep_ == "nmod" and \
                            _case(grandchild, self.gram) in self.gram.agent_preps and \
                            (found := self._args(grandchild)):
                        return found
        return []

    def _pledged_gift(self, verb: Token) -> Token | None:
        """The infinitive of giving or sending a pledge is for ("s'engager à livrer des
        chars"), whose recipient is a third party."""
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and
                     any(t.pos == "VERB" and t.event in GIFTS and
                         _words_found(c, t, self.gram) is not None
                         for t in triggers().get(c.lemma_.lower(), ()))), None)

    def _doing_participles(self, noun: Token) -> list[Token]:
        """Participles that say who did an act named by a noun, hung on it or on its
        complement ("l'attentat à la voiture piégée commis par l'ELN")."""
        near = [*noun.children, *(g for c in noun.children if c.dep_ == "nmod"
                                  for g in c.children)]
        found = [c for c in near if c.dep_ == "acl" and
                 c.lemma_.lower() in self.gram.agent_participles]
        # "le coup d'État du 22 mars 2012, mené par le capitaine Sanogo": a participle set
        # off by a comma, which the parser hangs on the clause's verb, agreeing with the noun
        edge = noun.right_edge.i
        if not found and edge + 2 < len(self.doc) and self.doc[edge + 1].text == ",":
            after = self.doc[edge + 2]
            if after.dep_ in ("advcl", "acl", "conj") and after.pos_ == "VERB" and \
                    "Part" in after.morph.get("VerbForm") and \
                    after.lemma_.lower() in self.gram.agent_participles and \
                    all(after.morph.get(f) == noun.morph.get(f) for f in ("Gender", "Number")) \
                    and not any(c.dep_ in SUBJECTS for c in after.children):
                found = [after]
        return found

    def _recipient(self, token: Token, trigger: Trigger, nominal: bool = False,
                   skip: Token | None = None) -> list[int]:
        heads = [token] + [w for u in self.used for w in (u, *u.conjuncts)]
        heads += [c for c in token.children
                  if c.dep_ in ("obl:mod", "obl", "nmod", "obj", "xcomp") and
                  _case(c, self.gram) is None and c.lower_ in self.calendar_words]
        # "l'accord conclu en juillet 2015 entre l'Iran et les États-Unis": a phrase on its
        # participle, or on the date the parser hangs it on there
        done = _participles(token) if nominal else []
        done += [c for p in done for c in p.children if c.lower_ in self.calendar_words]
        children = [c for h in heads for c in h.children
                    if (skip is None or c.i != skip.i) and c.i not in {u.i for u in self.used}
                    and (not trigger.place_recipient or self._is_place(c) or
                         self._as_unlisted_town(c))]
        children += [c for h in done for c in h.children if c.dep_ in ("obl:mod", "obl", "nmod")
                     and c.i > h.i and _case(c, self.gram) is not None]
        # "une campagne menée par l'armée contre la minorité rohingya": the parser hangs the
        # target on the agent
        children += [g for c in token.children if c.dep_ == "obl:agent" for g in c.children
                     if g.dep_ == "nmod" and _case(g, self.gram) in self.gram.target_preps]
        if trigger.place_recipient and not children:
            # "s'étaient emparées de Kherson début mars": a town the parser hangs before the
            # next noun, which keeps the town's preposition
            misread = {g.i: c for h in heads for c in h.children if c.dep_ in ARG_DEPS
                       for g in c.children if g.i < c.i and g.pos_ == "PROPN" and
                       self._is_place(g) and _case(c, self.gram) is not None}
            children = [self.doc[i] for i in misread]
            after = token.i + 1
            if not children and after < len(self.doc) and self.doc[after].dep_ == "ROOT" and \
                    self._is_place(self.doc[after]) and \
                    (idx := self.by_token.get(after)) is not None:
                return [idx]  # "avaient repris Mekele en juin": a town the parser cut off
            if children and trigger.recipient_preps and any(
                    _case(c, self.gram) in trigger.recipient_preps for c in misread.values()):
                for child in children:
                    if found := self._args(child):
                        return found
        preps = trigger.recipient_preps
        if preps is None:
            if not nominal:
                objects = [c for c in children if (c.dep_ in ("obj", "iobj") or
                                                   _indefinite_object(c) or
                                                   _second_subject(c) or
                                                   c.dep_ == "xcomp" and c.pos_ == "PROPN" or
                                                   # "contraint à la démission le premier
                                                   # ministre": an object the parser hangs on
                                                   # the trigger's own word
                                                   c.dep_ == "appos" and c.head.i != token.i and
                                                   c.head.i in {u.i for u in self.used} and
                                                   _case(c.head, self.gram) is not None)
                           and not _is_reflexive(c) and c.lower_ not in self.calendar_words
                           and c.lower_ not in self.gram.place_relatives]
                # "a bombardé jeudi des positions": the parser hangs the object on the day.
                # (or as an apposition to it: "faisant exécuter en décembre 2013 son oncle")
                objects += [g for c in children if c.dep_ in ("obj", "obl:mod", "obl") and
                            c.lower_ in self.calendar_words for g in c.children
                            if g.pos_ in ("NOUN", "PROPN") and (
                                _indefinite(g) or g.dep_ == "appos" and g.i > c.i)]
                if trigger.place_recipient:  # "ont quitté Kherson": a bare town the parser
                    objects += [c for c in children if c.dep_ in ARG_DEPS + ("dep",) and  # obl
                                _case(c, self.gram) is None and c not in objects]
                if not objects and (named := self._relative_object(token)) is not None:
                    objects = [named]
                if objects:
                    objects += [c for c in children if c.dep_ == "conj" and
                                c.pos_ in ("NOUN", "PROPN") and c.i > objects[0].i]
                for child in objects:
                    if trigger.event in VERBAL and (found := self._par_agent(child)):
                        return found  # "a condamné l'annexion de la Crimée par la Russie"
                    found = self._args(child)
                    if trigger.event == "MOBILIZE":
                        # "a déployé un millier de soldats à la demande de Maputo": those
                        # sent are the trigger's own word, not whom they are sent for
                        found = [i for i in found if not any(
                            self.mentions[i]["head"] == u.i for u in self.used)]
                    if all(self.mentions[i]["kind"] == "place" for i in found):
                        # "a frappé des dizaines de cibles sur des sites houthis, près de
                        # Hodeida": whose sites, not where they are
                        for target in (g for g in _phrase_tokens(child)
                                       if self._recipient_only(g)):
                            named = self._args(target)
                            if named and not all(self.mentions[i]["kind"] == "place"
                                                 for i in named):
                                return named
                    if found:
                        # "a accusé les insurgés, les forces de sécurité ...": a list the
                        # parser breaks into several objects
                        return found + self._listed_objects(child, objects, found)
            preps = self.gram.recipient_preps
        if nominal and trigger.state_act and "de" not in preps:
            preps = [*preps, "de"]  # "l'arrestation de l'opposant": whom
        if "à" in preps and not nominal:
            # "le Kremlin lui a accordé l'asile": a dative clitic is the "à" phrase
            for child in children:
                if child.dep_ == "iobj" and child.lower_ in self.gram.object_pronouns and \
                        (found := self._args(child)):
                    return found
        for prep in preps:
            for child in children:
                # ("se sont emparés de Rubaya": a town the parser may call a complement)
                if (child.dep_ in ARG_DEPS or trigger.place_recipient and child.dep_ == "xcomp") \
                        and _case(child, self.gram) == prep and not self._backing(child):
                    if self._place_not_partner(trigger, prep, child) or \
                            child.i < token.i and prep in self.gram.place_preps and \
                            self._is_place(child):
                        continue  # "Mardi à Genève, l'émissaire a appelé ...": where
                    if found := self._args(child):
                        return found
        weapon = any(u.dep_ == "obj" and u.head.i == token.i for u in self.used)
        if preps is not None and "à" in preps and not nominal:
            # "avait imputé la mort de soldats au M23": the parser hangs whom on the object
            for child in children:
                if child.dep_ != "obj":
                    continue
                for t in child.subtree:
                    if t.i != child.i and t.dep_ in ("nmod", "obl", "obl:arg") and \
                            _case(t, self.gram) == "à" and \
                            (found := [i for i in self._args(t)
                                       if self.mentions[i]["kind"] != "place"]):
                        return found
        if preps is not None and trigger.recipient_preps is not None and not weapon:
            # (not when the trigger's own object is the weapon: "lancé 75 drones Shahed")
            for child in children:
                if child.dep_ in ("obj",) and (found := self._args(child)):
                    return found
        if trigger.event in ("REQUEST", "ACCUSE") and \
                not any(c.dep_ in ("aux:pass", "nsubj:pass") for c in token.children):
            for child in children:
                if child.dep_ == "obl:agent" and (found := self._args(child)):
                    return found
        if trigger.event in ("REJECT", "THREATEN"):
            # "a refusé de reconnaître la réélection de Maduro", "menace de frapper Israël"
            for verb in (c for c in token.children if c.dep_ in ("xcomp", "ccomp") and
                         "Inf" in c.morph.get("VerbForm") and self._after_de(c)):
                for obj in (c for c in verb.children if c.dep_ in ("obj", "obl:arg")):
                    if found := self._args(obj):
                        return found
        for word in self.used:  # "renverser le président Keïta": the word names the target
            idx = self.by_token.get(word.i)
            if nominal and word.dep_ == "nmod" and _case(word, self.gram) == "de" and \
                    idx is not None and self.mentions[idx]["kind"] == "body" and \
                    self._useful(idx):
                return [idx]  # "l'expulsion de deux diplomates russes": whose
            if word.dep_ not in ("obj", "obl:arg"):
                continue
            if idx is not None and self._useful(idx):
                return [idx]
            if (named := self._apposed_person(word)) is not None:
                return [named]  # "expulsé l'ambassadeur des États-Unis, Philip Goldberg"
            if idx is not None and self.mentions[idx]["kind"] == "role":
                # "renversé le président élu Roch Marc Christian Kaboré": the name under it
                idx = self._mention_at(word)
                if idx is not None and self._useful(idx) and \
                        self.mentions[idx]["kind"] == "name":
                    return [idx]
            for child in word.children if trigger.event not in VERBAL else ():
                # "écraser une insurrection des Frères musulmans" (but "exprimer le soutien
                # de l'Iran à X": a statement's "de" is who makes it)
                found = self._args(child) if child.dep_ == "nmod" and \
                    _case(child, self.gram) == "de" else []
                found = [i for i in found if self.mentions[i]["kind"] != "place"]
                if found:
                    return found
        if trigger.event == "THREATEN":
            # "a brandi la menace d'une intervention militaire au Niger": the country the
            # act threatened would strike
            for word in (token, *self.used):
                for act in (c for c in word.children if c.dep_ == "nmod" and
                            _case(c, self.gram) == "de" and c.pos_ == "NOUN"):
                    for child in act.children:
                        if child.dep_ in ("nmod", "obl") and \
                                _case(child, self.gram) in ("à", "en", "contre") and \
                                self._country(child.i) and (found := self._args(child)):
                            return found
        for word in self.used:  # "a lancé une attaque terrestre et une campagne aérienne
            if word.i != token.i and word.head.i == token.i and (  # contre le Liban"
                    found := self._shared_target(word, token, trigger)):
                return found
        return []

    def _listed_objects(self, first: Token, objects: list[Token],
                        found: list[int]) -> list[int]:
        """The objects after the first that the parser splits from its list, each right
        after a comma ("a accusé les insurgés, les forces de sécurité mozambicaines ...")."""
        more: list[int] = []
        end = first.right_edge.i
        for other in sorted((o for o in objects if o.i > first.i), key=lambda o: o.i):
            if other.dep_ != "obj" or first.dep_ != "obj" or other.head.i != first.head.i or \
                    other.left_edge.i != end + 2 or self.doc[end + 1].text != ",":
                break
            more += [i for i in self._args(other) if i not in found and i not in more]
            end = other.right_edge.i
        return more

    def _named(self, tokens: list[Token]) -> Token:
        """"Son principal opposant, Ousmane Sonko, est emprisonné": the parser may make the
        noun and the name after it two subjects; the one that names someone."""
        return next((c for c in tokens if c.i in self.by_token), tokens[0])

    def _named_child(self, token: Token, deps: tuple[str, ...]) -> Token | None:
        found = [c for c in token.children if c.dep_ in deps]
        return self._named(found) if found else None

    def _args(self, token: Token | None) -> list[int]:
        """Mentions an argument phrase stands for, coordinated ones included."""
        if token is None:
            return []
        out: list[int] = []
        items = [token, *(c for c in token.conjuncts if not self._place_phrase(c, token))]
        idx = self.by_token.get(token.i)
        if idx is not None:
            # "L'Arabie saoudite et l'Iran": the parser may join "Iran" to "saoudite".
            m = self.mentions[idx]
            items += [c for t in self.doc[m["start"]: m["end"]] if t.i != token.i
                      for c in t.conjuncts if not m["start"] <= c.i < m["end"]]
        # "plusieurs candidats de l'opposition, dont Andreï Sannikov": the one named among them
        items += [c for t in items for c in t.children if c.dep_ == "acl:relcl" and
                  c.pos_ in ("PROPN", "NOUN") and c.i > t.i and
                  any(g.lower_ == "dont" and g.i < c.i for g in c.children)]
        for item in items:
            found = self._mention_at(item)
            if found is not None and found not in out:
                out.append(found)
                head = self.doc[self.mentions[found]["head"]]
                if head.i != item.i and self.mentions[found]["kind"] == "name" and \
                        head.head.i == item.i:
                    # "les généraux Al-Bourhane et Daglo": the names under a plural noun
                    out += [i for c in head.conjuncts
                            if (i := self.by_token.get(c.i)) is not None and i not in out and
                            self.mentions[i]["kind"] == "name"]
                if self.mentions[found]["kind"] == "demonym":
                    # "des navires américains et britanniques": both
                    out += [i for c in self.doc[self.mentions[found]["start"]].conjuncts
                            if (i := self.by_token.get(c.i)) is not None and i not in out and
                            self.mentions[i]["kind"] == "demonym"]
        return out

    def _place_phrase(self, conjunct: Token, first: Token) -> bool:
        """"par les forces gouvernementales près des villes d'Alep, Idlib et Hama": a phrase
        of place the parser joins to the one before, not a further participant."""
        node = conjunct
        while node.i != first.i and node.dep_ == "conj":
            if any(c.dep_ in ("case", "advmod") and c.i < node.i and
                   self.gram.contractions.get(c.lower_, c.lower_) in self.gram.place_preps and
                   c.lower_ != "à" for c in node.children):  # ("à la France": whom, too)
                return True
            node = node.head
        return False

    def _mention_at(self, token: Token) -> int | None:
        if token.lower_ in self.gram.relative and "Rel" in token.morph.get("PronType", ["Rel"]):
            antecedent = self._antecedent(token)
            if antecedent is not None:
                return self._mention_at(antecedent)
        if token.pos_ == "PRON" and (named := self._labelled(token)) is not None:
            return self._mention_at(named) if named.i != token.i else None
        idx = self.by_token.get(token.i)
        weak = idx
        if idx is not None and self._useful(idx):
            return idx
        if (named := self._apposed_person(token)) is not None:
            return named
        if idx is not None and (leader := self._leader(idx)) is not None:
            return leader
        places = self.gram.place_preps
        # (never a conjunct: "l'armée et les rebelles" are two sides; never a relative
        # clause: "l'explosion d'une mine qui avait blessé cinq soldats" is not the soldiers)
        queue = [(c, 1, _case(c, self.gram) in places) for c in _ordered_children(token)
                 if not self._recipient_only(c) and not _participle_clause(c) and
                 c.dep_ not in ("conj", "acl:relcl")]
        unknown = None
        while queue:
            node, depth, placed = queue.pop(0)
            idx = self.by_token.get(node.i)
            if idx is not None and self._useful(idx):
                if weak is not None and self._person(idx) and \
                        self.mentions[weak]["kind"] == "body" and \
                        self.doc[self.mentions[weak]["head"]].lemma_.lower() in \
                        self.gram.follower_nouns:
                    return weak  # "des partisans de Donald Trump": a group of their own
                if weak is not None and self.mentions[weak]["kind"] == "body" and (
                        self.mentions[idx]["kind"] == "place" or
                        self._is_place(node) and _case(node, self.gram) in places
                        or placed and is_seat(self.mentions[idx])
                        or self.mentions[idx]["kind"] == "demonym" and depth > 1):
                    # "des positions des rebelles dans la région de Kadugli", "les positions
                    # de l'armée près de la frontière ougandaise", "la police à Managua",
                    # "des paramilitaires dans l'enceinte de la Haute Cour d'Islamabad"
                    return weak
                if self.mentions[idx]["kind"] != "propn":
                    return idx
                # "les dirigeants de la Résistance, dont ... Hassan Nasrallah": a name the
                # knowledge base knows, further down, says more than an unknown one.
                unknown = idx if unknown is None else unknown
            weak = weak if weak is not None else idx
            if depth < MAX_DEPTH:
                queue.extend((c, depth + 1, placed or _case(c, self.gram) in places)
                             for c in _ordered_children(node)
                             if not self._recipient_only(c) and not _participle_clause(c)
                             and c.dep_ != "acl:relcl" and not self._accuser(c))
        return unknown if unknown is not None else weak

    def _relative_object(self, verb: Token) -> Token | None:
        """The noun a relative "que" stands for when the parser reads it as a conjunction
        ("l'Union des tribunaux islamiques, que l'armée éthiopienne avait chassée de
        Mogadiscio"): the name that ends right before the comma."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() in self.speech or \
                verb.head.lemma_.lower() in self.gram.claim_verbs:
            return None
        que = next((c for c in verb.children if c.dep_ == "mark" and c.lemma_ == "que" and
                    c.lower_ in self.gram.relative and c.i >= 2), None)
        if que is None or self.doc[que.i - 1].text != ",":
            return None
        before = next((m for m in self.mentions if m["end"] == que.i - 1), None)
        return self.doc[before["head"]] if before is not None and \
            before["kind"] in ("name", "person", "body") else None

    def _apposed_person(self, noun: Token) -> int | None:
        """The person a common noun introduces, set off by a comma right after its phrase:
        "l'ambassadeur des États-Unis, Philip Goldberg", "le gouverneur de Kirkouk,
        Najmaldin Karim" (which the parser may hang on the verb)."""
        if noun.pos_ != "NOUN":
            return None
        end = max([noun.i] + [t.i for c in noun.children if c.i > noun.i and
                              c.dep_ not in ("appos", "punct", "acl:relcl", "conj", "cc")
                              for t in c.subtree])
        if end + 2 >= len(self.doc) or self.doc[end + 1].text != ",":
            return None
        name = self.doc[end + 2]
        idx = self.by_token.get(name.i)
        if idx is None or name.i != self.mentions[idx]["head"]:
            return None
        attached = name.head.i == noun.i and name.dep_ == "appos" or \
            name.head.i == noun.head.i and name.dep_ in ("obl:mod", "appos", "conj", "dep") and \
            not any(c.dep_ == "case" for c in name.children)
        return idx if attached and self._person(idx) else None

    def _accuser(self, token: Token) -> bool:
        """Who blames an act on another ("une attaque imputée par Washington aux Brigades du
        Hezbollah"): not a party to the act."""
        verb = token.head
        return _case(token, self.gram) == "par" and verb.lemma_.lower() in self.gram.claim_verbs \
            and any(_case(c, self.gram) == "à" for c in verb.children if c.i != token.i)

    def _labelled(self, pronoun: Token) -> Token | None:
        """"ce que New Delhi présentait comme un camp du Jaish": the phrase that names
        what the pronoun stands for (the pronoun itself when the clause names none)."""
        # (the tagger may leave "présente" unlemmatised)
        clause = next((c for c in pronoun.children if c.dep_ == "acl:relcl" and (
            c.lemma_.lower() in self.gram.labelling_verbs or
            c.lemma_.lower() + "r" in self.gram.labelling_verbs)), None)
        if clause is None:
            return None
        return next((c for c in clause.children if c.dep_ in ARG_DEPS + ("xcomp",) and
                     _case(c, self.gram) in ("comme", "de")), pronoun)

    def _place_not_partner(self, trigger: Trigger, prep: str, child: Token) -> bool:
        """"à Damas" says where two parties met, not whom they met; "à Tripoli" where
        soldiers fired, not at whom."""
        listed = trigger.recipient_preps is not None and prep in trigger.recipient_preps
        return ((trigger.symmetric or trigger.event not in VERBAL) and
                prep in self.gram.place_preps and not listed and
                prep not in (trigger.requires_prep or ()) and self._is_place(child))

    def _is_place(self, token: Token) -> bool:
        idx = self.by_token.get(token.i)
        if idx is None and token.pos_ == "NOUN" and token.lemma_.lower() in \
                self.gram.place_fillers | self.gram.place_directions:
            # "la ville (portuaire) de Goma", "la localité de Koshobe", "le sud d'Israël"
            return any(c.dep_ == "nmod" and _case(c, self.gram) == "de" and self._is_place(c)
                       for c in token.children)
        if idx is None:
            return token.ent_type_ == "LOC"
        m = self.mentions[idx]
        return m["kind"] == "place" or (m["kind"] == "name" and
                                        any(i.startswith(("seat:", "state:")) for i in m["ids"]))

    def _destination(self, token: Token, trigger: Trigger) -> list[int]:
        """"a autorisé le déploiement d'une mission en Haïti", "s'est porté volontaire pour
        diriger une force en Haïti": help or a pledge for the country where what it sends
        goes (a country named on a noun of the clause, not where the act took place)."""
        if trigger.event not in DESTINED:
            return []
        queue = [(c, 1) for c in token.children if c.dep_ in ("obj", "advcl", "xcomp")]
        while queue:
            node, depth = queue.pop(0)
            if node.dep_ == "nmod" and node.head.lemma_.lower() in self.gram.sent_nouns and \
                    _case(node, self.gram) in ("en", "à") and \
                    (idx := self.by_token.get(node.i)) is not None and \
                    any(i.startswith("state:") for i in self.mentions[idx]["ids"]):
                return [idx]
            if depth < MAX_DEPTH:
                queue += [(c, depth + 1) for c in node.children
                          if c.dep_ in ("obj", "nmod", "xcomp")]
        return []

    def _as_unlisted_town(self, token: Token) -> bool:
        """"ont pris Kitshanga": a name the tagger calls a place, taken or left, is a town
        no gazetteer lists; its mention becomes that place."""
        idx = self.by_token.get(token.i)
        if idx is None or self.mentions[idx]["kind"] != "propn":
            return False
        m = self.mentions[idx]
        if not all(t.ent_type_ == "LOC" for t in self.doc[m["start"]: m["end"]]):
            return False
        m.update(kind="place", place=unlisted_place(m["text"], "city"))
        return True

    def _recipient_only(self, token: Token) -> bool:
        """A phrase that names a target, not the one the phrase above stands for."""
        return token.dep_ in ("nmod", "obl") and \
            _case(token, self.gram) in self.gram.target_preps

    def _antecedent(self, pronoun: Token) -> Token | None:
        node = pronoun
        for _ in range(3):
            if node.dep_ == "acl:relcl" and node.head.i != node.i:
                return node.head
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _useful(self, idx: int) -> bool:
        m = self.mentions[idx]
        if m["kind"] == "own" and any(m["head"] == u.i for u in self.used):
            return False  # "a retiré ses soldats": the trigger's own word
        if m["kind"] == "role":
            return bool(m["countries"] or m.get("of_ids") or m.get("counterpart"))
        if m["kind"] == "body" and not m.get("plural") and any(
                c.dep_ == "appos" and (i := self.by_token.get(c.i)) is not None and
                self._person(i) for c in self.doc[m["head"]].children):
            return False  # "le ministre serbe de la Construction, Goran Vesic": the person
        if self._leader(idx) is not None:
            return False  # "le gouvernement civil d'Abdallah Hamdok", "le régime de Béchir"
        # A body of no country of its own ("des jihadistes de l'État islamique") yields to
        # the name under it.
        return not (m["kind"] == "body" and (set(m["countries"]) <= {"@"} or m.get("bare"))
                    and not m.get("person_noun"))

    def _leader(self, idx: int) -> int | None:
        """The person a government is named by, in a "de" phrase right after its noun and
        adjectives ("le gouvernement civil d'Abdallah Hamdok", "le régime de Béchir"),
        however the parser hangs it."""
        m = self.mentions[idx]
        if m["kind"] != "body" or m.get("plural") or m.get("sector") != "GOV":
            return None
        noun = m["head"]
        j = noun + 1
        # (an adjective the tagger may call a noun and hang anywhere: "civil")
        while j < len(self.doc) and j - noun <= 2 and self.doc[j].pos_ in ("ADJ", "NOUN") and \
                self.doc[j].text.islower() and \
                not any(c.dep_ == "case" for c in self.doc[j].children):
            j += 1
        if j + 1 >= len(self.doc) or \
                self.gram.contractions.get(self.doc[j].lower_, self.doc[j].lower_) != "de":
            return None
        idx = self.by_token.get(j + 1)
        return idx if idx is not None and self._person(idx) and \
            self.mentions[idx]["start"] == j + 1 else None

    def _person(self, idx: int) -> bool:
        m = self.mentions[idx]
        return m["kind"] == "person" or bool(m["ids"]) and \
            all(k.startswith("person:") for k in m["ids"])

    # ----- clause properties ---------------------------------------------------------
    def _modality(self, verb: Token) -> list[str]:
        aux: list[str] = []
        reported = self._quoted(verb) or (verb.dep_ == "ccomp" and
                                          verb.head.lemma_.lower() in self.speech)
        aux += ["reported_future" if reported else mode for mode in _tense_modes(verb)]
        for child in verb.children:
            low = child.lower_
            if child.dep_ == "advmod" and low in self.gram.negation and _has_ne(verb):
                aux.append("negation")
            if child.dep_ == "mark" and low in self.gram.hypothetical_conj:
                aux.append("hypothetical")
            if child.dep_ == "det" and low in self.gram.negation_det:
                aux.append("negation")
        if _infinitive(verb) and not self._factual_inf(verb):
            aux.append("future")
        if verb.dep_ in ("xcomp", "advcl", "acl", "ccomp", "obl:arg") and \
                verb.head.lemma_.lower() in self.gram.allegation_verbs and self._after_de(verb):
            aux.append("alleged")  # "Il accuse Khartoum d'avoir attaqué une caserne"
        causative = verb.head if verb.dep_ == "xcomp" and (
            verb.head.lemma_.lower() in self.gram.causative_verbs or
            self._realised(verb.head)) else None
        # "avaient coulé trois embarcations, tuant dix rebelles": a present participle
        # hung on a verb is told in that verb's tense
        participle = verb.head if verb.dep_ in ("advcl", "acl", "xcomp") and \
            "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") else None
        if pluperfect(verb) or any(v is not None and pluperfect(v)
                                    for v in (causative, participle)):
            aux.append("pluperfect")
        current = verb
        for _ in range(3):
            if current.dep_ == "conj" and current.head.i != current.i:
                current = current.head
                aux += self._modality_of(current)
                if _infinitive(current) and not self._factual_inf(current):
                    aux.append("future")
                continue
            if current.dep_ not in ("xcomp", "ccomp") or current.head.i == current.i:
                break
            head = current.head
            mode = self.gram.modal.get(head.lemma_.lower())
            if mode is None and any(_is_reflexive(c) for c in head.children):
                mode = self.gram.modal.get("s'" + head.lemma_.lower())
            # "avait dû démissionner", "a pu quitter le pays": a modal in a past tense that
            # tells the act happened
            realised = self._realised(head)
            if mode and not realised and head.lemma_.lower() not in self.speech:
                aux.append(mode)
            aux += [a for a in self._modality_of(head) if a != "negation" or mode]
            current = head
        return sorted(set(aux))

    def _after_de(self, verb: Token) -> bool:
        """Is the verb introduced by "de" ("a refusé de reconnaître", "accuse X d'avoir")?"""
        return any(c.dep_ == "mark" and self.gram.contractions.get(c.lower_, c.lower_) == "de"
                   for c in verb.children)

    def _realised(self, modal: Token) -> bool:
        """A modal in a past tense that tells its infinitive happened: "avait dû
        démissionner", "a pu quitter le pays", "dut s'exiler"."""
        return modal.lemma_.lower() in self.gram.realised_modals and past_tense(modal)

    def _factual_inf(self, verb: Token) -> bool:
        head = verb.head
        if head.i == verb.i or verb.dep_ == "xcomp" and self._realised(head):
            return True
        if any(c.i < verb.i and c.lemma_.lower() in self.gram.causative_verbs and
               "Part" in c.morph.get("VerbForm") and "Pres" in c.morph.get("Tense")
               for c in verb.children):
            return True  # "faisant exécuter son oncle": the parser hangs "faisant" on it
        # "avaient pris le pouvoir en renversant X, avant d'écarter Y": the participle's
        # own verb sets the tense
        main = head
        while main.dep_ == "advcl" and "Part" in main.morph.get("VerbForm") and \
                "Pres" in main.morph.get("Tense") and main.head.i != main.i:
            main = main.head
        if verb.dep_ == "advcl" and past_tense(main):
            marks = " ".join(c.lower_ for c in verb.children if c.dep_ == "mark" and
                             c.i < verb.i and c.lower_ != "en").replace("' ", "'")
            if marks in self.gram.factual_inf_marks:
                return True
        lemma = head.lemma_.lower()
        if lemma in self.gram.object_control and verb.dep_ == "xcomp" and past_tense(head):
            return True  # "avait contraint Asmara à accepter un cessez-le-feu"
        if any(_is_reflexive(c) for c in head.children):
            lemma = "se " + lemma
        # ("la France avait été le premier pays à reconnaître le CNT": a noun the copula
        # predicates, however the parser hangs it)
        return lemma in self.gram.factual_inf or head.pos_ == "NOUN" and \
            verb.dep_ == "acl" and (head.dep_ in ("nsubj", "attr", "xcomp", "ROOT") or
                                    any(c.dep_ == "cop" for c in head.children))

    def _modality_of(self, verb: Token) -> list[str]:
        out = _tense_modes(verb)
        if any(c.dep_ == "advmod" and c.lower_ in self.gram.negation for c in verb.children) \
                and _has_ne(verb):
            out.append("negation")
        return out

    def _quoted(self, token: Token) -> bool:
        return any(start <= token.i < end for start, end, _ in self.quotes)

    def _speaker(self, verb: Token) -> int | None:
        for start, end, speaker in self.quotes:
            if start <= verb.i < end:
                return speaker
        current = verb
        for _ in range(MAX_CLIMB):
            if current.head.i == current.i:
                return None
            if current.dep_ in ("ccomp", "parataxis", "xcomp", "obj") and \
                    current.head.lemma_.lower() in self.speech:
                return self._mention_at_or_none(self._subject(current.head))
            current = current.head
        return None

    def _mention_at_or_none(self, token: Token | None) -> int | None:
        return self._mention_at(token) if token is not None else None

    def _places(self, token: Token, clause: Token) -> list[int]:
        """The place phrases of the clause ("à Damas"), or of its frame ("lors de sa
        conférence de presse au Palais national"), the one to take first, then the others
        ("Réunis à Capri, en Italie": Italy, should the gazetteer not know Capri)."""
        children = [c for h in (token, clause) for c in h.children]
        relative = clause
        while relative.dep_ == "xcomp" and relative.head.i != relative.i:
            # "à Minsk, où elle était venue déposer une plainte": the clause "où" opens
            relative = relative.head
        if relative is not clause and relative.dep_ == "acl:relcl":
            children += list(relative.children)
        if relative.dep_ == "acl:relcl" and any(c.lower_ in self.gram.place_relatives
                                                for c in children):
            # "ont quitté Sinjar, fief des yézidis, où les forces fédérales se sont
            # déployées": the town "où" stands for
            antecedent = relative.head
            if not self._is_place(antecedent) and antecedent.dep_ == "appos":
                antecedent = antecedent.head
            where = next(c for c in children if c.lower_ in self.gram.place_relatives)
            if not self._is_place(antecedent) and where.i > 1 and \
                    self.doc[where.i - 1].is_punct:
                # "dans plusieurs villes, dont Tunis, Sousse et Sfax, où des milliers de
                # personnes ont dénoncé": the towns named right before, however the parser
                # hangs the clause
                antecedent = self.doc[where.i - 2]
                while antecedent.dep_ == "conj" and antecedent.head.i < antecedent.i and \
                        self._is_place(antecedent.head):
                    antecedent = antecedent.head
            if self._is_place(antecedent) and self.by_token.get(antecedent.i) is not None:
                return [antecedent.i]
        if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            # "À Washington, Marco Rubio a condamné ... et exhorté ...": what opens the
            # sentence frames the verbs joined to its first
            children += [c for c in clause.head.children
                         if c.i < clause.head.i and not c.dep_.startswith("nsubj")]
        # "Mardi à Genève, ...", "Le 29 mai 2018 à Paris, ...": a town the parser hangs on
        # the day
        children += [g for g in day_children(children) if g.dep_ == "nmod"]
        children += [g for c in children if c.like_num and c.dep_ == "obl:mod" and
                     any(month_number(m.text) for m in c.children)
                     for g in c.children if g.dep_ == "nmod" and g.pos_ == "PROPN"]
        # "ont enlevé plusieurs policiers, dont trois à Machala": where some of it happened
        listed = [c for h in (children, [g for c in children if c.dep_ == "obj"
                                          for g in c.children])
                  for c in h if any(x.lower_ == "dont" and x.i < c.i for x in c.children)]
        children += [g for c in listed for g in c.children if g.dep_ in ("nmod", "obl") and
                     g.i > c.i]
        # "a reçu Khalifa Haftar à Rome": a town the parser hangs on a person's name
        children += [g for c in children if c.dep_ in ("obj", "nsubj") and
                     c.pos_ == "PROPN" and c.ent_type_ == "PER"
                     for g in c.children if g.dep_ == "nmod" and g.i > c.i]
        # "a tiré sur des manifestants à Itahari": a town the parser hangs on the target
        children += [g for c in children if c.dep_ in ("obj", "obl:arg") and c.pos_ == "NOUN"
                     for g in c.children if g.dep_ == "nmod" and g.i > c.i and
                     (i := self.by_token.get(g.i)) is not None and
                     self.mentions[i]["kind"] == "place" and
                     self.mentions[i]["place"]["kind"] in ("city", "site")]
        near = children + [g for c in children if c.pos_ in ("ADV", "ADP") for g in c.children]
        frames = [c for c in near if c.dep_ in ARG_DEPS and c.pos_ == "NOUN" and self._framed(c)]
        # "Dans une allocution prononcée depuis la Maison Blanche": where the words were said
        frames += [c for c in near if c.dep_ in ARG_DEPS and c.pos_ == "NOUN" and
                   _case(c, self.gram) == "dans" and self.speech.get(c.lemma_.lower()) == "say"]
        # "En visite à Kiev, X a promis", "S'exprimant à Bruxelles, X a accusé"
        frames += [c for c in children if c.i < clause.i and (
            c.pos_ == "NOUN" and c.lemma_.lower() in self.gram.visit_nouns or
            c.dep_ == "advcl" and "Part" in c.morph.get("VerbForm") and
            "Pres" in c.morph.get("Tense"))]
        # "Réunis jeudi à Abuja, les chefs d'État ont ordonné ...": a participle opening the
        # sentence, which the parser may hang on the subject or leave as a root of its own
        # (or tag as a name, capitalised, but still hang as a clause on the verb)
        subject = self._subject(clause)
        opening = next((t for t in clause.sent if not (t.is_space or t.is_punct)), None)
        if opening is not None and opening.i < clause.i and (
                opening.pos_ in ("VERB", "AUX") and "Part" in opening.morph.get("VerbForm") or
                opening.dep_ == "advcl") and \
                opening.head.i in (opening.i, clause.i, -1 if subject is None else subject.i):
            frames.append(opening)
        # "Le secrétaire d'État, en visite à Pékin, a appelé ...": the visit its subject is on
        # says where, before anything else the clause names
        visits = [c for c in (subject.children if subject is not None else [])
                  if c.pos_ == "NOUN" and c.lemma_.lower() in self.gram.visit_nouns]
        found = []
        for child in [t for v in visits for t in v.subtree if t.i != v.i] + children + \
                [t for f in frames for t in f.subtree if t.i != f.i]:
            if child.dep_ in ARG_DEPS and _case(child, self.gram) in self.gram.place_preps \
                    and not self._source(child):  # not "Selon Taipei"
                idx = self.by_token.get(child.i)
                if idx is not None and self.mentions[idx]["kind"] in ("name", "place") or \
                        child.ent_type_ == "LOC":
                    # ("au Théâtre Colon de Bogota", which the tagger calls a place: the town)
                    site = self._site_place(child) if idx is None else None
                    found.append(child.i if site is None else site)
                    continue
                site = self._site_place(child) if child.lower_ not in \
                    self.gram.place_directions else self._direction_place(child)
                if site is None and _case(child, self.gram) not in ("à", "en"):
                    # "dans l'enceinte de la Haute Cour d'Islamabad" (but "à la demande de
                    # Moscou" is no place)
                    site = self._inner_place(child)
                if site is not None:
                    found.append(site)
        if not found and opening is not None and opening.text in ("A", "À") and \
                opening.i + 1 < clause.i and (idx := self.by_token.get(opening.i + 1)) is not None \
                and self._is_place(self.doc[opening.i + 1]) and \
                self.mentions[idx]["end"] < len(self.doc) and \
                self.doc[self.mentions[idx]["end"]].text == ",":
            # "A Washington, Barack Obama a condamné": the parser reads a capital A without
            # its accent as a foreign word and the town as part of it
            found.append(opening.i + 1)
        # "Au Cambodge, les soldats ont tiré dans les temples de Ta Muen Thom": the place
        # within the country
        chosen = next((i for i in found if not self._country(i)), found[0] if found else None)
        if chosen is not None and not self._town(chosen):
            # "à Itahari, dans l'est du Népal": the town the region phrase sets off
            chosen = next((i for i in found if self._town(i) and abs(i - chosen) <= 5),
                          chosen)
        if chosen is None and clause.dep_ in ("conj", "advcl") and \
                clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i and \
                not any(c.dep_.startswith("nsubj") for c in clause.children):
            # "..., ont appelé à la retenue, tout en condamnant l'attaque": where the verb
            # it hangs on was done
            return self._places(clause.head, clause.head)
        return [chosen, *(i for i in found if i != chosen)] if chosen is not None else []

    def _purpose_places(self, verb: Token) -> list[int]:
        """Where forces were sent, by what they were sent to do there ("a envoyé 350 hommes
        en renfort pour sécuriser l'aéroport de Bangui-M'Poko")."""
        found = []
        marks = self.gram.purpose_marks
        for clause in [*verb.children, *(g for c in verb.children if c.lower_ in marks
                                         for g in c.children)]:  # ("afin" read as an adverb)
            if clause.pos_ != "VERB" or not (clause.head.lower_ in marks or any(
                    c.dep_ == "mark" and c.lower_ in marks for c in clause.children)):
                continue
            for obj in clause.children:
                if obj.dep_ != "obj":
                    continue
                if self._is_place(obj) and self.by_token.get(obj.i) is not None:
                    found.append(obj.i)
                elif (site := self._site_place(obj)) is not None:
                    found.append(site)
        return found

    def _town(self, token_i: int) -> bool:
        """Does the token name a town, a site or a capital ("à Itahari", "à Kiev")?"""
        idx = self.by_token.get(token_i)
        if idx is None:
            return False
        m = self.mentions[idx]
        return is_seat(m) or m["kind"] == "place" and \
            m["place"]["kind"] in ("city", "site", "capital")

    def _country(self, token_i: int) -> bool:
        """Does the token name a state ("Au Cambodge")?"""
        idx = self.by_token.get(token_i)
        return idx is not None and any(k.startswith("state:")
                                       for k in self.mentions[idx]["ids"])

    def _quote_places(self, token: Token) -> list[int]:
        """Where a quotation was said ("« Je condamne ... », a déclaré le président lors
        d'une conférence de presse à l'Élysée"): the place of its verb of saying."""
        speaker = next((t for a, b, t in self.quote_tokens if a <= token.i < b), None)
        if speaker is None:
            return []
        verb = self.doc[speaker].head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.speech:
            return []
        return self._places(verb, verb)

    def _direction_place(self, token: Token) -> int | None:
        """"dans le centre de la Syrie": the country or region the direction is of."""
        for child in token.children:
            idx = self.by_token.get(child.i)
            if child.dep_ == "nmod" and idx is not None and self._is_place(child):
                return child.i
        return None

    def _inner_place(self, token: Token, depth: int = 3) -> int | None:
        """The town or capital named down a chain of "de" phrases ("l'enceinte de la Haute
        Cour d'Islamabad")."""
        for child in token.children:
            if child.dep_ != "nmod" or _case(child, self.gram) != "de":
                continue
            idx = self.by_token.get(child.i)
            if idx is not None and (self.mentions[idx]["kind"] == "place" or
                                    is_seat(self.mentions[idx])):
                return child.i
            if idx is None and depth > 1 and \
                    (found := self._inner_place(child, depth - 1)) is not None:
                return found
        return None

    def _site_place(self, token: Token) -> int | None:
        """The town or site named in a site phrase: "depuis le balcon du palais de
        Miraflores", "devant la presse au siège de l'ONU à New York"."""
        if token.lemma_.lower() not in self.gram.site_nouns:
            return None
        for child in token.children:
            if child.dep_ not in ("nmod", "obl", "obl:mod"):
                continue
            idx = self.by_token.get(child.i)
            if idx is not None and (self.mentions[idx]["kind"] == "place" or
                                    is_seat(self.mentions[idx])):  # "de Bogota"
                return child.i
            if idx is None and (found := self._site_place(child)) is not None:
                return found
        return None


def _phrase_tokens(head: Token) -> list[Token]:
    """The tokens of a noun phrase, not of the clauses hung on it ("des cibles sur des sites
    houthis", not "visant des civils et promis de poursuivre l'offensive contre le
    groupe")."""
    out, stack = [], [head]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.pos_ not in ("VERB", "AUX"))
    return out


def _without_subject_acts(doc: Doc, frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An act named as the subject of a verb of the same kind is that verb's act: "des tirs
    d'artillerie avaient tué huit soldats" is one attack, told by "tué"."""
    by_trigger = {f["trigger"]: f for f in frames}
    out = []
    for frame in frames:
        token = doc[frame["trigger"]]
        verb = by_trigger.get(token.head.i) if token.dep_.startswith("nsubj") else None
        if verb is not None and verb is not frame and verb["event"] == frame["event"] and \
                set(frame["actor"]) <= set(verb["actor"]):
            continue
        out.append(frame)
    return out


def _tense_modes(verb: Token) -> list[str]:
    """``future`` for a future tense, ``hypothetical`` for a conditional, on the verb or
    its auxiliaries."""
    out = []
    for t in [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]:
        if "Fut" in t.morph.get("Tense"):
            out.append("future")
        if "Cnd" in t.morph.get("Mood"):
            out.append("hypothetical")
    return out


def past_tense(verb: Token) -> bool:
    """A verb in a past tense: a compound past, the pluperfect or the simple past."""
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ == "aux:tense" for c in verb.children) or "Past" in verb.morph.get("Tense")


def pluperfect(verb: Token) -> bool:
    """A participle with an auxiliary in the imperfect: "avait occupé", "s'était rendu"."""
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense") for c in verb.children)


def _infinitive(verb: Token) -> bool:
    """An infinitive; not a participle the tagger calls one ("ont négocié")."""
    return "Inf" in verb.morph.get("VerbForm") and \
        not any(c.dep_.startswith("aux") for c in verb.children) and \
        verb.lower_.endswith(("er", "ir", "re", "oir", "ïr"))


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _fronted_participle_subject(verb: Token) -> Token | None:
    """"Le M23, né d'une mutinerie, s'était emparé de Goma": the subject the parser hangs on
    a participle set off before the verb."""
    for clause in verb.children:
        if clause.i < verb.i and clause.dep_ == "advcl" and \
                "Part" in clause.morph.get("VerbForm"):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")
                            and c.i < clause.i), None)
            if subject is not None:
                return subject
    return None


def _participle_clause(token: Token) -> bool:
    """A clause hung on the noun of an attack, whose object is its target: "une attaque visant
    des civils" stands for who attacked, not for the civilians (its agent does: "menée
    par"); or a participle of help set off by commas on any other noun: "l'armée
    fédérale, appuyée par les troupes érythréennes," is not the Eritreans (but "des
    soldats, emmenés par le général Diendéré," are his)."""
    if token.dep_ != "acl" or token.pos_ != "VERB" or token.head.pos_ != "NOUN":
        return False
    if act_kind(token.head.lemma_.lower()) in ("ASSAULT", "COERCE"):
        return not any(c.dep_ == "obl:agent" for c in token.children)
    return token.i > 0 and token.doc[token.i - 1].text == "," and \
        act_kind(token.head.lemma_.lower()) is None and \
        any(t.pos == "VERB" and t.event in HELP and not t.words
            for t in triggers().get(token.lemma_.lower(), ()))


def _ordered_children(token: Token) -> list[Token]:
    kids = [c for c in token.children if c.dep_ not in ("punct", "case", "det", "cc", "mark")]
    return sorted(kids, key=lambda c: (c.dep_ not in ("appos", "flat:name"), c.dep_ in CLAUSAL,
                                       c.dep_ == "conj", abs(c.i - token.i)))


def _has_ne(verb: Token) -> bool:
    return any(c.lower_ in ("ne", "n'") for c in verb.children)

