"""Redact stage: the only code that writes page content.

:func:`redact` removes the glyphs under every box and draws the labelled
boxes (:mod:`.remove`, rasterising a page where removal cannot be trusted),
then cleans every other channel that can hold the redacted text
(:mod:`.sanitize`). The caller saves the file whole.
"""

from __future__ import annotations

from collections.abc import Sequence

import pikepdf

from ..model import PageRedaction, Redaction
from .remove import apply_redactions
from .sanitize import scrub_channels


def redact(
    pdf: pikepdf.Pdf, redactions: Sequence[Redaction], secrets: Sequence[str], *, original: bytes, dpi: int
) -> tuple[tuple[PageRedaction, ...], tuple[str, ...]]:
    """Remove glyphs and clean channels in ``pdf`` (in place); return per-page results and notes."""
    pages = apply_redactions(pdf, redactions, original=original, dpi=dpi) if redactions else ()
    notes = scrub_channels(pdf, secrets)
    return pages, notes


__all__ = ["redact"]
