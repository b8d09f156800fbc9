"""The typed, frozen values that flow between the pipeline's stages.

Every stage takes and returns these dataclasses, never raw dicts. Each class
checks its own invariants in ``__post_init__`` so that a malformed value fails
where it is made, not three stages later (:class:`ModelError`). This package
imports nothing from the rest of the project; every other module may import it,
by these names: ``from woo_redact.model import Box, Finding``.

- :mod:`.document`: the parsed document (:class:`Box`, :class:`Word`, :class:`Line`,
  :class:`Section`, :class:`HeaderField`, :class:`Region`, :class:`PageInfo`,
  :class:`Document`) and its coordinates;
- :mod:`.findings`: what detection finds and what is decided about it (:class:`Ground`,
  :class:`Explanation`, :class:`Finding`, :class:`Action`, :class:`Decision`,
  :class:`Redaction`);
- :mod:`.results`: what the remover, the proof and a batch report (:class:`PageRedaction`,
  :class:`Check`, :class:`Proof`, :class:`Assessment`, :class:`DocumentResult`,
  :class:`DossierEntry`).
"""

from __future__ import annotations

from .document import Box, Document, HeaderField, Line, PageInfo, Region, Section, Word
from .findings import AREA_TYPES, MANUAL_AREA, SIGNATURE, Action, Decision, Explanation, Finding, Ground, Redaction
from .invariants import ModelError
from .results import Assessment, Check, DocumentResult, DossierEntry, PageRedaction, Proof

__all__ = [
    "AREA_TYPES",
    "MANUAL_AREA",
    "SIGNATURE",
    "Action",
    "Assessment",
    "Box",
    "Check",
    "Decision",
    "Document",
    "DocumentResult",
    "DossierEntry",
    "Explanation",
    "Finding",
    "Ground",
    "HeaderField",
    "Line",
    "ModelError",
    "PageInfo",
    "PageRedaction",
    "Proof",
    "Redaction",
    "Region",
    "Section",
    "Word",
]
