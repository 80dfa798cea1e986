"""Extract an article's main text and metadata from HTML with trafilatura."""

from __future__ import annotations

import logging
import re

import trafilatura

from ..article import Article

log = logging.getLogger(__name__)

HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    """Tell whether a text is an HTML document rather than plain text."""
    return bool(HTML_START.match(text[:2048]))


def article_from_html(doc: str, source: str, html: str) -> Article:
    """Build an Article from an HTML page: main text, title, date, site name, URL.

    The article's raw text is the text trafilatura extracts; offsets refer to it.
    """
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    if result is None or not (result.text or "").strip():
        return Article(doc=doc, source=source, text="",
                       error="HTML page with no extractable article text")
    return Article(doc=doc, source=result.url or source, text=result.text,
                   title=result.title or None, url=result.url or None,
                   date=result.date or None, outlet=result.sitename or None)
