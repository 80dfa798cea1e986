"""Build dyade's spaCy pipeline: ``fr_core_news_md`` plus dyade's components."""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.language import Language

from ..errors import DyadeError
from . import factories  # noqa: F401  (registers the factories)

log = logging.getLogger(__name__)

MODEL = "fr_core_news_md"
COMPONENTS = ("dyade_actors", "dyade_claims", "dyade_events")


@cache
def load_pipeline(model: str = MODEL) -> Language:
    """Load the French model with dyade's components appended (once per process)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise DyadeError(f"cannot load the spaCy model {model!r}: install it with "
                         f"'pip install {model.replace('_', '-')}' ({exc})") from exc
    nlp.add_pipe("dyade_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.max_length = 2_000_000
    log.debug("pipeline: %s", nlp.pipe_names)
    return nlp
