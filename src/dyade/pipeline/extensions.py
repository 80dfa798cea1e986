"""Register the custom Doc attributes dyade's components write, once."""

import logging
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

log = logging.getLogger(__name__)

ATTRIBUTES = ("dyade_mentions", "dyade_events", "dyade_counts", "dyade_quotes")


def doc_text(doc: Doc) -> str:
    """The document's text, kept: spaCy builds ``doc.text`` anew at each access."""
    if "dyade_text" not in doc.user_data:
        doc.user_data["dyade_text"] = doc.text
    return doc.user_data["dyade_text"]


def register() -> None:
    """Register ``doc._.dyade_*`` attributes (plain lists of dicts) if not yet done."""
    for name in ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("dyade_base"):
        Doc.set_extension("dyade_base", default=0)
    if not Doc.has_extension("dyade_segment"):
        Doc.set_extension("dyade_segment", default=0)


def guarded(component: Callable[[Doc], Doc], name: str, stream: Iterable[Doc]) -> Iterator[Doc]:
    """Run a component on each Doc of a stream; a failure on one Doc is written to it
    (``doc.user_data["dyade_error"]``) and the stream goes on, so that one article's failure
    never stops a run."""
    for doc in stream:
        try:
            yield component(doc)
        except Exception as exc:
            log.exception("%s failed", name)
            doc.user_data.setdefault("dyade_error", f"{name}: {type(exc).__name__}: {exc}")
            yield doc
