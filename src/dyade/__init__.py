"""dyade: French-language news text to PLOVER political event data."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["evaluate", "extract", "__version__"]


def extract(*args: Any, **kwargs: Any) -> Any:
    """Extract document records from paths (see :func:`dyade.extract.extract`)."""
    from .extraction import extract as run

    return run(*args, **kwargs)


def evaluate(*args: Any, **kwargs: Any) -> Any:
    """Score records against gold (see :func:`dyade.evaluate.evaluate`)."""
    from .scoring import evaluate as run

    return run(*args, **kwargs)
