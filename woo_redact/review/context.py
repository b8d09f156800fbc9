"""What the review app serves, as a domain object: no Flask request, no HTTP status in here.

:class:`ReviewContext` holds the run folder's catalog, the decision store and
the page images. It raises the domain errors below; :mod:`.views` maps them to
HTTP answers (404, 409), so this module never imports werkzeug.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document
from .catalog import Catalog, ReviewDoc
from .pages import PageImages
from .store import Store

EXTENSION = "woo_review"
"""The key of the context in ``app.extensions``."""


class ReviewError(Exception):
    """A request the review app cannot answer; ``str(err)`` says why and what to do."""


class OriginalMissing(ReviewError):
    """The original PDF of a document is no longer where the run found it."""


class OriginalChanged(ReviewError):
    """The original PDF changed since the run, or can no longer be read."""


@dataclass
class ReviewContext:
    """What the app serves: the run folder's catalog, decision store and page images."""

    root: Path
    catalog: Catalog
    store: Store
    images: PageImages
    reviewer: str
    token: str
    _parsed: OrderedDict[int, Document] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def parsed(self, doc: ReviewDoc) -> Document:
        """The parsed original of ``doc`` (for word selection), cached for a few documents.

        Raises :class:`OriginalMissing` or :class:`OriginalChanged`.
        """
        from ..errors import DocumentError
        from ..parse import parse_pdf

        with self._lock:
            if doc.index in self._parsed:
                return self._parsed[doc.index]
        try:
            data = Path(doc.input).read_bytes()
        except OSError as exc:
            raise OriginalMissing(f"the original of {doc.rel} is not at {doc.input} any more") from exc
        if hashlib.sha256(data).hexdigest() != doc.input_sha256:
            raise OriginalChanged(f"the original of {doc.rel} changed since the run; run `woo-redact run` again")
        try:
            parsed = parse_pdf(data, doc.input)
        except DocumentError as exc:
            raise OriginalChanged(str(exc)) from exc
        with self._lock:
            self._parsed[doc.index] = parsed
            while len(self._parsed) > 4:
                self._parsed.popitem(last=False)
        return parsed


def context() -> ReviewContext:
    """The review context of the current Flask app (set by :func:`woo_redact.review.app.create_app`)."""
    from flask import current_app

    ctx = current_app.extensions[EXTENSION]
    assert isinstance(ctx, ReviewContext)
    return ctx
