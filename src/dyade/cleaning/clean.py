"""Classify each line of a raw article as body, title, caption or furniture."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..article import Article
from ..kb.places import lookup
from ..resources import load_json
from ..timex.calendar import calendar, date_from_groups, precision_of
from .language import detect
from .patterns import patterns

NLP_MAP = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2019": "'",
                         "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u00ad": " "})
SENTENCE_END = re.compile(r"[.!?…»\"”:;)]\s*$")
QUOTED_END = re.compile(r"[^.!?…\s]\s*[»\"”]\s*$")
HEADING_MAX_WORDS = 16
TITLE_MAX_WORDS = 30
LANG_MIN_WORDS = 8
SHORT_HEADER = 16  # words: a header line, not a sentence that happens to hold a date
URL_DATES = (re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)"),
             re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
             re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/"))


@dataclass
class Line:
    """A line of the raw text: offsets, kind (``body``, ``title``, ``heading``, ``caption``,
    ``foreign`` or a furniture kind) and its text."""

    start: int
    end: int
    kind: str
    text: str


@dataclass
class Cleaned:
    """What cleaning tells about an article.

    ``text`` has the raw text's length: body characters are kept (with no-break spaces and
    typographic apostrophes normalised), everything else is blanked, so offsets into it are
    offsets into the raw text.
    """

    text: str
    lines: list[Line]
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: dict[str, str | None] = field(default_factory=dict)
    anchor: dict[str, str] | None = None
    dateline: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)

    def kind_lines(self, kind: str) -> list[Line]:
        return [line for line in self.lines if line.kind == kind]


def clean(article: Article) -> Cleaned:
    """Clean an article: classify its lines, blank the non-body, date it, name its outlet."""
    raw = article.text
    norm = raw.translate(NLP_MAP)
    lines = _classify(norm)
    keep = [False] * len(norm)
    for line in lines:
        if line.kind == "body":
            keep[line.start:line.end] = [True] * (line.end - line.start)
    text = "".join(ch if k or ch == "\n" else " " for ch, k in zip(norm, keep, strict=True))
    cleaned = Cleaned(text=text, lines=lines)
    cleaned.title = article.title or _first(lines, "title")
    body = " ".join(line.text for line in lines if line.kind == "body")
    if not body.strip():
        body = " ".join(line.text for line in lines if line.kind == "foreign")
    cleaned.language, _ = detect(body[:20000])
    cleaned.outlet = article.outlet or _outlet(lines, cleaned.title)
    _date(article, cleaned)
    return cleaned


def _first(lines: list[Line], kind: str) -> str | None:
    return next((line.text.strip() for line in lines if line.kind == kind), None)


def _classify(norm: str) -> list[Line]:
    pats = patterns()
    lines: list[Line] = []
    seen_body = False
    for match in re.finditer(r"[^\n]+", norm):
        start, end = match.span()
        stripped = match.group().strip()
        if not stripped:
            continue
        start += len(match.group()) - len(match.group().lstrip())
        end = start + len(stripped)
        kind, cut = _furniture(stripped, pats.furniture)
        if kind and cut >= len(stripped):
            lines.append(Line(start, end, kind, stripped))
            continue
        if kind:
            lines.append(Line(start, start + cut, kind, stripped[:cut]))
            rest = stripped[cut:]
            start += cut + len(rest) - len(rest.lstrip())
            stripped = rest.strip()
        kind = _content_kind(stripped, seen_body, pats.captions)
        seen_body = seen_body or kind == "body"
        lines.append(Line(start, end, kind, stripped))
    return _titles(lines)


def _furniture(line: str, furniture: tuple) -> tuple[str | None, int]:
    best: tuple[str | None, int] = (None, 0)
    for item in furniture:
        m = item.regex.match(line)
        if m and m.end() > best[1]:
            best = (item.kind, m.end())
            if m.end() >= len(line):
                break
    kind, cut = best
    if kind and line[cut:].strip() == "":
        return kind, len(line)
    return best


def _content_kind(line: str, seen_body: bool, captions: tuple) -> str:
    words = line.split()
    lang, reliable = detect(line) if len(words) >= LANG_MIN_WORDS else (None, False)
    foreign = lang is not None and lang != "fr" and reliable
    if any(rx.search(line) for rx in captions):
        return "foreign" if foreign else "caption"
    if foreign:
        return "foreign"
    limit = HEADING_MAX_WORDS if seen_body else TITLE_MAX_WORDS
    ends = SENTENCE_END.search(line)
    if ends and not seen_body and QUOTED_END.search(line):
        ends = None  # a title that ends on a quoted word: "l'armée accuse le Rwanda d'«invasion»"
    if len(words) <= limit and not ends:
        return "heading"
    return "body"


def _titles(lines: list[Line]) -> list[Line]:
    """The first heading before the body is the title, passing over the outlet's name and
    the section path above it ("Le Temps", "Monde | Asie", "International › Syrie",
    "Afrique"); repeats of it are headings too."""
    headings = []
    for line in lines:
        if line.kind == "body":
            break
        if line.kind == "heading":
            headings.append(line)
    if not headings:
        return lines
    plain = [h for h in headings if not _masthead(h.text) and not _section_path(h.text)]
    chosen = next((h for h in plain if len(h.text.split()) >= TITLE_MIN_WORDS),
                  plain[0] if plain else headings[0])
    for other in lines:
        if other.kind == "heading" and other.text == chosen.text:
            other.kind = "title"
    return lines


TITLE_MIN_WORDS = 4
PATH_SEPARATORS = re.compile(r"\s(?:[|›>»/•]|-)\s")


def _masthead(text: str) -> str | None:
    """The outlet a line names and nothing more ("Le Monde.fr", "JEUNE AFRIQUE",
    "Le Monde.fr | Afrique", "APS - Agence de Presse Sénégalaise")."""
    first = PATH_SEPARATORS.split(text.strip())[0]
    name = re.sub(r"\.(?:fr|com|net|org|ch|be|ca|info)\b", "", first.strip(), flags=re.I)
    found = _outlet_name(name)
    if found is None:
        return None
    words = name.strip().strip(".").lower().split()
    return found if len(words) <= len(found.split()) + 1 else None


def _section_path(text: str) -> bool:
    """A section path ("Monde | Asie", "International › Syrie", "Politique › Éthiopie")."""
    parts = PATH_SEPARATORS.split(text.strip())
    return len(parts) > 1 and all(len(p.split()) <= 3 for p in parts)


def _outlet(lines: list[Line], title: str | None) -> str | None:
    for line in lines:  # the outlet's name above the title
        if line.kind == "body":
            break
        if line.kind == "heading" and (name := _masthead(line.text)):
            return name
    pats = patterns()
    for line in lines:
        if line.kind == "source":
            m = re.search(r":\s*(.+)$", line.text)
            if m and (name := _outlet_name(m.group(1))):
                return name
    for scope, rx in pats.outlet_cues:
        texts = [title or ""] if scope == "title" else [x.text for x in lines if x.kind == "body"]
        for text in texts:
            for m in rx.finditer(text):
                if name := _outlet_name(m.group("outlet")):
                    return name
    return None


def _outlet_name(text: str) -> str | None:
    outlets = patterns().outlets
    words = text.strip().strip(".").lower().split()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            if (name := outlets.get(" ".join(words[i:i + size]))) is not None:
                return name
    return None


@cache
def _caption_date() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, calendar().months), key=len, reverse=True))
    return re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:er)?\s+(?P<mon>{months})\.?\s+(?P<y>\d{{4}})",
                      re.I)


@cache
def _header_months() -> dict[str, int]:
    """The calendar's months and the short forms only headers and datelines use."""
    return {**calendar().months, **load_json("cleaning", "dates.json")["month_abbreviations"]}


def _header_value(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    if groups.get("yy"):  # "15.01.11": this century's, unless that is still to come
        year = 2000 + int(groups["yy"])
        groups = {**groups, "y": str(year if year <= dt.date.today().year else year - 100)}
    if groups.get("mon"):
        month = _header_months().get(groups["mon"].lower().rstrip("."))
        groups = {**groups, "mon": None, "m": str(month) if month else None}
        if month is None:
            return None
    return date_from_groups(groups)


@dataclass(frozen=True)
class _DateRules:
    publication: re.Pattern[str]
    update: re.Pattern[str]
    header: re.Pattern[str]
    byline: tuple[str, ...]
    max_words: int
    lines: int
    dateline: re.Pattern[str]
    dates: tuple[re.Pattern[str], ...]
    month_year: re.Pattern[str]
    filler: re.Pattern[str]


@cache
def _date_rules() -> _DateRules:
    data = load_json("cleaning", "dates.json")
    months = "|".join(sorted(map(re.escape, _header_months()), key=len, reverse=True))
    days = "|".join(map(re.escape, [*calendar().weekdays, *data["weekday_abbreviations"]]))

    def words(items: list[str]) -> re.Pattern[str]:
        alts = "|".join(sorted(map(re.escape, items), key=len, reverse=True))
        return re.compile(rf"(?:^|[^\w])(?:{alts})(?:\s*(?:le|du|en|:|,))*\s*"
                          rf"(?:(?:{days})\.?,?\s+)?$", re.I)

    return _DateRules(
        publication=words(data["publication_cues"]), update=words(data["update_cues"]),
        header=words(data["header_cues"]),
        byline=tuple(w + " " for w in data["byline_cues"]), max_words=int(data["header_max_words"]),
        lines=int(data["header_lines"]), dateline=re.compile(data["dateline"]),
        dates=(re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:er)?\s+(?P<mon>{months})\.?,?\s+"
                          rf"(?P<y>(?:19|20)\d{{2}})(?!\d)", re.I),
               re.compile(r"(?<!\d)(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-]"
                          r"(?P<y>(?:19|20)\d{2})(?!\d)"),
               re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
               # "LEMONDE.FR | 15.01.11 | 11h26": a year in two digits, in headers only
               re.compile(r"(?<![\d.])(?P<d>[0-3]\d)([/.])(?P<m>[01]\d)\2(?P<yy>\d{2})(?![\d.])")),
        month_year=re.compile(rf"(?<![\w])(?P<mon>{months})\.?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)",
                              re.I),
        filler=re.compile(rf"\b(?:{days}|à|a|le|les|h|heures?|gmt|utc|cet|cest|am|pm)\b|"
                          r"\d{1,2}\s*[h:]\s*\d{0,2}|[\W\d_]+", re.I))


def _header_date(cleaned: Cleaned) -> tuple[str, str] | None:
    """The publication date stated in the page header: "Publié le 2 décembre 2024 à 10h15",
    "Le 29.11.2024 à 07:30", "Par Jean Dupont - 3 févr. 2021" (also below a standfirst),
    a line that is only a date.
    A publication date outranks an update date; the title is never read as a date line."""
    rules = _date_rules()
    best: tuple[int, int, str, str] | None = None
    header = []
    for line in cleaned.lines[: rules.lines]:
        if line.kind == "body" and not header:
            break
        header.append(line)
    # past a standfirst the parser reads as body, only a line that says it is the
    # publication or the update date ("Publié mardi 27 juillet 2021 à 11:32") or holds
    # nothing but a date ("Le 05.12.2024 à 10:15")
    body = next((i for i, line in enumerate(header) if line.kind == "body"), len(header))
    for order, line in enumerate(header):
        text = line.text
        if line.kind in ("clock", "caption", "foreign") or len(text.split()) > rules.max_words:
            continue
        found = [(m, _header_value(m)) for rx in rules.dates for m in rx.finditer(text)]
        found += [(m, _header_value(m)) for m in rules.month_year.finditer(text)
                  if not any(a.start() <= m.start() < a.end() for a, _ in found)]
        for m, value in found:
            if value is None:
                continue
            before = text[max(0, m.start() - 40): m.start()]
            if rules.publication.search(before):
                rank = 0
            elif rules.update.search(before):
                rank = 2
            elif order >= body and not _only_date(text, m) and not (
                    _byline(text, rules.byline) and
                    len(text.split()) <= SHORT_HEADER):
                continue  # (but "Par Aïssatou Ndiaye - 9 mars 2021" below a standfirst)
            elif _only_date(text, m) or line.kind != "title" and len(text.split()) <= SHORT_HEADER \
                    and (rules.header.search(before) or not before.strip()):
                rank = 1
            else:
                continue
            rank = rank * 2 + (len(value) < 10)  # a full date before a month
            if best is None or (rank, order) < best[:2]:
                best = (rank, order, value, text.strip())
    return (best[2], best[3]) if best else None


def _byline(text: str, cues: tuple[str, ...]) -> bool:
    """Does a line open a byline ("Par Jeanne Dupont - 3 févr. 2021"), maybe after the
    outlet's credit ("OLJ / Par Rania Haddad, le 11 août 2020")?"""
    low = text.lstrip().lower()
    credit = re.match(r"[^\W\d][\w.&' ]{0,24}?\s*[/|–—-]\s*", low)
    return low.startswith(cues) or credit is not None and low[credit.end():].startswith(cues)


def _only_date(text: str, m: re.Match[str]) -> bool:
    rest = _date_rules().filler.sub(" ", text[: m.start()] + " " + text[m.end():])
    return len(rest.split()) <= 1


DASHES = ("-", "–", "—", ":")


def _dateline(cleaned: Cleaned) -> tuple[str | None, tuple[int, int] | None, str] | None:
    """The agency dateline opening the body: "BAMAKO, 14 mars 2023 (AFP) -" gives the day;
    "DAKAR, 5 janv (Reuters) -" only the day and month."""
    m = None
    for line in cleaned.lines:  # a dateline standing alone reads as a heading or a title
        if line.kind in ("heading", "body", "title", "caption"):
            m = _date_rules().dateline.match(line.text.strip())
            if m and line.kind == "caption" and not m.group().rstrip().endswith(DASHES) and \
                    lookup(re.split(r"[,(]", m.group())[0].strip()) is None:
                m = None  # "Des manifestants à Tunis, 26 juillet 2021 (AFP)": a photo's
            if m or line.kind == "body":
                break
    if not m:
        return None
    if m.group("ny"):
        value = date_from_groups({"y": m.group("ny"), "m": m.group("nm"), "d": m.group("nd")})
        return (value, None, m.group().strip(" -–—:")) if value else None
    month = _header_months().get(m.group("mon").lower().rstrip("."))
    if month is None:
        return None
    day = int(m.group("d"))
    if m.group("y"):
        value = date_from_groups({"y": m.group("y"), "m": str(month), "d": str(day)})
        return (value, None, m.group().strip(" -–—:")) if value else None
    return None, (month, day), m.group().strip(" -–—:")


def _date(article: Article, cleaned: Cleaned) -> None:
    """Choose the publication date and the anchor for relative dates, with evidence."""
    for line in cleaned.kind_lines("date"):
        for item in patterns().furniture:
            m = item.regex.match(line.text) if item.kind == "date" else None
            if m and (value := date_from_groups(m.groupdict())):
                _set_published(cleaned, value, f"{line.text.strip()} (header)", "header")
                return
    if found := _header_date(cleaned):
        _set_published(cleaned, found[0], f"{found[1]} (header)", "header")
        return
    dateline = _dateline(cleaned)
    if dateline and dateline[0]:
        _set_published(cleaned, dateline[0], f"{dateline[2]} (dateline)", "dateline")
        return
    if dateline:
        cleaned.dateline = {"month": dateline[1][0], "day": dateline[1][1],
                            "evidence": dateline[2]}
    for kind in ("clock",):
        for line in cleaned.kind_lines(kind):
            for item in patterns().furniture:
                m = item.regex.match(line.text) if item.kind == kind else None
                if m and (value := date_from_groups(m.groupdict())):
                    source = "site clock" if kind == "clock" else "header"
                    _set_published(cleaned, value, f"{line.text.strip()} ({source})",
                                   "clock" if kind == "clock" else "header")
                    if kind == "clock":
                        cleaned.warnings.append(
                            "publication date taken from a site clock, which may be the "
                            "time of the scrape rather than of the article")
                    return
    if article.date and (value := _input_date(article.date)):
        _set_published(cleaned, value, f"{article.date} (input metadata)", "metadata")
        return
    for url in (article.url, article.source):
        for rx in URL_DATES:
            if url and (m := rx.search(url)) and (value := date_from_groups(m.groupdict())):
                _set_published(cleaned, value, f"{m.group()} (URL)", "url")
                return
    for line in cleaned.kind_lines("caption"):
        if (m := _caption_date().search(line.text)) and (value := date_from_groups(m.groupdict())):
            cleaned.published = {"date": value[:7], "precision": "month",
                                 "evidence": f"{m.group()} (photo caption: event date)",
                                 "source": "caption"}
            cleaned.anchor = {"date": value, "kind": "event"}
            return
    cleaned.published = {"date": None, "precision": None, "evidence": None, "source": None}


def _input_date(text: str) -> str | None:
    m = re.match(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?", text.strip())
    return date_from_groups(m.groupdict()) if m else None


def _set_published(cleaned: Cleaned, value: str, evidence: str, source: str) -> None:
    cleaned.published = {"date": value, "precision": precision_of(value), "evidence": evidence,
                         "source": source}
    cleaned.anchor = {"date": value, "kind": "publication"}
