"""The ``dyade_claims`` component: casualty figures and direct quotations.

``doc._.dyade_counts``: dicts with ``kind``, ``number``, ``qualifier``, ``group``, ``text``,
``start``/``end`` (characters). ``doc._.dyade_quotes``: dicts with ``text``, ``start``/``end``
(characters of the quoted words), ``start_token``/``end_token``, and ``speaker`` (index of
the speaker's mention, or None) with ``speaker_token`` (the token naming the speaker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..resources import load_jsonl
from ..timex.calendar import calendar
from .extensions import doc_text, guarded, register
from .grammar import grammar
from .lexicon import speech_verbs

NUMBER = r"(?<![\d,.])(?P<n>\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(?P<frac>\d+))?(?![\d])"
WORD_WINDOW = 7
BEFORE_WINDOW = 8
MIN_QUOTE_WORDS = 3
OPENERS = {"«": "»", "“": "”", '"': '"'}


@dataclass(frozen=True)
class CountLexicon:
    kinds: dict[str, str]
    qualifiers: tuple[tuple[str, str, int | None], ...]
    numwords: dict[str, int]
    multipliers: dict[str, int]
    units: tuple[str, ...]
    number: re.Pattern[str]


@cache
def count_lexicon() -> CountLexicon:
    """Return the words of ``lexicon/counts.jsonl``, compiled."""
    kinds: dict[str, str] = {}
    quals: list[tuple[str, str, int | None]] = []
    numwords: dict[str, int] = {}
    mults: dict[str, int] = {}
    units: list[str] = []
    for _, obj in load_jsonl("lexicon", "counts.jsonl"):
        if "word" in obj:
            kinds[obj["word"].lower()] = obj["kind"]
        elif "phrase" in obj:
            quals.append((obj["phrase"].lower(), obj["qualifier"], obj.get("number")))
        elif "value" in obj:
            numwords[obj["numword"]] = obj["value"]
        elif "multiplier" in obj:
            mults[obj["numword"]] = obj["multiplier"]
        elif "unit" in obj:
            units.append(obj["unit"])
    quals.sort(key=lambda q: -len(q[0]))
    words = "|".join(sorted(map(re.escape, numwords), key=len, reverse=True))
    mult = "|".join(sorted(map(re.escape, mults), key=len, reverse=True))
    number = re.compile(rf"(?:{NUMBER}|(?<!\w)(?P<w>{words})(?!\w))(?:\s+(?P<mult>{mult})\b)?",
                        re.I)
    return CountLexicon(kinds, tuple(quals), numwords, mults, tuple(units), number)


class ClaimFinder:
    """Mark casualty counts and quotations in a Doc."""

    def __init__(self, nlp: Language, name: str = "dyade_claims") -> None:
        register()
        self.name = name
        self.lex = count_lexicon()
        self.speech = speech_verbs()
        months = "|".join(map(re.escape, calendar().months))
        units = "|".join(sorted(map(re.escape, self.lex.units), key=len, reverse=True))
        self.not_count = re.compile(rf"^\s*(?:{months}|{units})(?!\w)", re.I)
        preceders = "|".join(sorted(map(re.escape, calendar().day_preceders), key=len,
                                    reverse=True))
        self.day_before = re.compile(rf"(?:^|\s)(?:{preceders})\s*$", re.I)
        self.gram = grammar()

    def __call__(self, doc: Doc) -> Doc:
        quotes = self._quotes(doc)
        mentions = doc._.dyade_mentions or []
        for quote in quotes:
            tok = quote["speaker_token"]
            if tok is not None:
                quote["speaker"] = next((i for i, m in enumerate(mentions)
                                         if m["start"] <= tok < m["end"]), None)
        doc._.dyade_quotes = quotes
        doc._.dyade_counts = [c for sent in doc.sents for c in self._counts(doc, sent)]
        return doc

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        yield from guarded(self, self.name, stream)

    # ----- counts --------------------------------------------------------------------
    def _counts(self, doc: Doc, sent: Span) -> list[dict[str, Any]]:
        text, base = sent.text, sent.start_char
        out = []
        for m in self.lex.number.finditer(text):
            after = text[m.end():]
            if self.not_count.match(after) or self._is_date(m, text):
                continue
            number = self._value(m)
            if number is None:
                continue
            kind, group = self._kind(after, text[: m.start()])
            if kind is None:
                continue
            before = text[max(0, m.start() - 40): m.start()].lower()
            qualifier = next((q for p, q, _ in self.lex.qualifiers
                              if before.rstrip().endswith(p)), "exact")
            out.append({"kind": kind, "number": number, "qualifier": qualifier,
                        "group": group, "text": text[max(0, m.start() - 12): m.end() + 30].strip(),
                        "start": base + m.start(), "end": base + m.end()})
        return out

    def _value(self, m: re.Match[str]) -> int | None:
        if m.group("w"):
            value = self.lex.numwords[m.group("w").lower()]
        else:
            value = int(re.sub(r"[ .]", "", m.group("n")))
        if m.group("mult"):
            frac = m.group("frac")
            scale = self.lex.multipliers[m.group("mult").lower()]
            return int((value + (float("0." + frac) if frac else 0)) * scale)
        return None if m.group("frac") else value

    def _kind(self, after: str, before: str) -> tuple[str | None, str | None]:
        words = re.findall(r"[\w'-]+", after.lower())[:WORD_WINDOW]
        stop = next((i for i, w in enumerate(words) if w[:1].isdigit()), len(words))
        words = words[:stop]
        joined = " ".join(words)
        for phrase, kind in self.lex.kinds.items():
            if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", joined):
                first = words[0] if words else None
                group = None if first in self.lex.kinds or first in ("de", "d'") else first
                return kind, group
        prev = re.findall(r"[\w'-]+", before.lower())[-BEFORE_WINDOW:]
        for phrase, kind in self.lex.kinds.items():
            if " " not in phrase and phrase in prev and any(
                    q.split()[0] in prev for q, _, _ in self.lex.qualifiers):
                return kind, None
        return None, None

    def _is_date(self, m: re.Match[str], text: str) -> bool:
        """A year, or a day number after "le"/"du"/"depuis le" ("le 7 octobre")."""
        raw = m.group("n") or ""
        if len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100:
            return True
        return bool(self.day_before.search(text[: m.start()])) and raw.isdigit() and \
            int(raw) <= 31

    # ----- quotations ----------------------------------------------------------------
    def _quotes(self, doc: Doc) -> list[dict[str, Any]]:
        out = []
        text = doc_text(doc)
        for start, end in _quote_spans(text):
            content = text[start:end].strip()
            if len(content.split()) < MIN_QUOTE_WORDS:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if not _opens_clause(text, start - 1, end + 1):
                continue
            speaker = self._speaker(doc, span)
            out.append({"text": content, "start": start, "end": end,
                        "start_token": span.start, "end_token": span.end,
                        "speaker_token": speaker.i if speaker is not None else None,
                        "speaker": None})
        return out

    def _speaker(self, doc: Doc, span: Span) -> Token | None:
        """The token naming who said a quotation: incise after it, or verb before it."""
        after = doc[span.end: min(len(doc), span.end + 10)]
        for token in after:
            if token.lemma_.lower() in self.speech and token.pos_ in ("VERB", "AUX"):
                return _speech_subject(token)
            if token.text in (".", "!", "?") or token.is_space:
                break
        sent_start = doc[span.start].sent.start
        before = doc[sent_start: span.start]
        for token in reversed(before):
            if token.lemma_.lower() in self.speech and token.pos_ in ("VERB", "NOUN"):
                return _speech_subject(token)
            if token.lower_ in self.gram.according_to:
                return next((t for t in doc[token.i + 1: token.i + 6]
                             if t.pos_ in ("NOUN", "PROPN")), None)
        return None


def _speech_subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subj is not None:
        return subj
    inverted = next((t for t in verb.doc[verb.i + 1: verb.i + 4]
                     if t.pos_ in ("PROPN", "NOUN") and t.head.i == verb.i), None)
    if inverted is not None:
        return inverted
    if verb.pos_ == "NOUN":
        return next((c for c in verb.children if c.dep_ == "nmod"), None)
    # "a-t-il promis": the clitic may hang elsewhere; look right after the verb
    pronouns = grammar().pronouns_sing | grammar().pronouns_plur
    for token in verb.doc[verb.i - 2: verb.i + 3]:
        if token.lower_.split("-")[-1] in pronouns:
            return token
    return None


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of top-level quotations (inside the marks)."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS:
            close = OPENERS[ch]
            depth, j = 1, i + 1
            while j < n:
                if text[j] == close and (close != ch or depth == 1):
                    depth -= 1
                    if depth == 0:
                        break
                elif text[j] == ch and close != ch:
                    depth += 1
                elif text[j] == "\n" and text[j + 1: j + 2] == "\n":
                    break
                j += 1
            if j < n and text[j] == close:
                spans.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return spans


def _opens_clause(text: str, open_at: int, close_after: int) -> bool:
    """A quotation, not a quoted phrase: it opens its sentence, follows a colon or comma,
    or is followed by an incise ("», a déclaré X")."""
    before = text[max(0, open_at - 3): open_at].rstrip(" ")
    if not before or before[-1:] in ("\n", ":", ",", ".", "!", "?") or open_at == 0:
        return True
    after = text[close_after: close_after + 3].lstrip(" ")
    return after[:1] == "," or after[:1] == "-"


