"""Scrub the channels of a PDF other than the visible page content.

Removing glyphs from the content streams is only the first channel (see the
Woo guide, section 2). A PDF also carries text in its document information
dictionary, XMP metadata, bookmarks, page labels, named destinations,
annotations, form fields, embedded files, scripts, thumbnails, private
application data and the structure tree. Any of these can repeat a name, an
e-mail address or a phone number that was blacked out on the page.

Modelled on :mod:`pikepdf.sanitize`: every step is a narrow function that does
one thing, states the threat it protects against, is idempotent, and returns
notes of what it removed. The notes never contain the removed text, only what
kind of thing went and how many.

The steps live by channel: :mod:`.document` (document info, XMP, outline,
page labels, named destinations, layers, actions, embedded files, JavaScript),
:mod:`.page` (annotations and forms, thumbnails, private data) and
:mod:`.structure` (structure tree, marked content); :mod:`.match` tells
whether a text holds a redacted string.

:func:`scrub_channels` runs all steps. It mutates the :class:`pikepdf.Pdf` in
place; the caller must write the whole file anew (``pdf.save(...)`` without
incremental update), so that no earlier revision survives.
"""

from __future__ import annotations

from collections.abc import Sequence

import pikepdf

from .document import (
    PRODUCER,
    REPLACEMENT_TITLE,
    scrub_actions,
    scrub_docinfo,
    scrub_embedded_files,
    scrub_javascript,
    scrub_metadata_streams,
    scrub_named_destinations,
    scrub_optional_content,
    scrub_outline,
    scrub_page_labels,
    scrub_stray_docinfo,
)
from .match import SecretMatcher
from .page import scrub_annotations, scrub_auxiliary
from .structure import scrub_marked_content, scrub_structure_tree

__all__ = [
    "PRODUCER",
    "REPLACEMENT_TITLE",
    "SecretMatcher",
    "scrub_actions",
    "scrub_annotations",
    "scrub_auxiliary",
    "scrub_channels",
    "scrub_docinfo",
    "scrub_embedded_files",
    "scrub_javascript",
    "scrub_marked_content",
    "scrub_metadata_streams",
    "scrub_named_destinations",
    "scrub_optional_content",
    "scrub_outline",
    "scrub_page_labels",
    "scrub_stray_docinfo",
    "scrub_structure_tree",
]

# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

# Order matters: annotations go before the structure tree (dangling object
# references) and before JavaScript counting (fewer places to look).
_STEPS = (
    scrub_docinfo,
    scrub_stray_docinfo,
    scrub_metadata_streams,
    scrub_outline,
    scrub_page_labels,
    scrub_named_destinations,
    scrub_optional_content,
    scrub_annotations,
    scrub_actions,
    scrub_embedded_files,
    scrub_javascript,
    scrub_auxiliary,
    scrub_structure_tree,
    scrub_marked_content,
)


def scrub_channels(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Scrub every non-content channel of ``pdf`` in place; return notes.

    ``secrets`` are the redacted strings (names, e-mail addresses, phone
    numbers). Some channels are emptied whatever they say (document info,
    XMP, layers' creator and user entries, markup annotations, forms,
    embedded files, scripts, thumbnails, private data); others are kept and
    only entries containing a secret are removed (bookmarks, page labels,
    named destinations, layer names, links, structure tree, marked content).
    The notes say what went, never the text itself. Running it twice gives
    the same file and no notes the second time.
    """
    notes: list[str] = []
    for step in _STEPS:
        notes.extend(step(pdf, secrets))
    return tuple(notes)
