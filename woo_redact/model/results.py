"""What the later stages report: the remover per page, the proof's checks, a batch's rows and a dossier's
inventory entries."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .document import Box


@dataclass(frozen=True)
class PageRedaction:
    """What the remover did on one page."""

    page: int
    glyphs_removed: int
    boxes: int
    rasterized: bool = False
    reason: str = ""
    images: int = 0  # images whose pixels under the boxes were painted (each re-encoded as a copy)
    paths: int = 0  # vector paths (ink) inside the boxes that were removed
    painted: tuple[Box, ...] = ()  # extents of the painted image pixels (a coarse image's reach past a box)


@dataclass(frozen=True)
class Check:
    """One check of the proof."""

    name: str
    passed: bool
    detail: str = ""


@dataclass(frozen=True)
class Proof:
    """The independent verification of one output file."""

    checks: tuple[Check, ...]

    @property
    def passed(self) -> bool:
        """Every check passed."""
        return all(c.passed for c in self.checks)

    @property
    def failures(self) -> tuple[Check, ...]:
        """The checks that failed."""
        return tuple(c for c in self.checks if not c.passed)


class Assessment(enum.StrEnum):
    """The inventory list's assessment of a document."""

    PUBLIC = "openbaar"
    PARTLY_PUBLIC = "deels openbaar"
    NOT_PUBLIC = "niet openbaar"


@dataclass(frozen=True)
class DocumentResult:
    """The outcome of one document in a batch."""

    input: str
    output: str
    sha256_in: str
    sha256_out: str
    pages: int
    assessment: Assessment | None
    grounds: tuple[str, ...]
    n_redactions: int
    note_date: str = ""
    skipped: bool = False
    error: str = ""  # the full message, for the person running the batch (may quote the document)
    rasterized_pages: tuple[int, ...] = field(default_factory=tuple)
    error_class: str = ""  # the class of the exception it failed with ("ProofFailed", "KeyError")
    reason: str = ""  # why it failed, fit for the log and the inventory: never quotes the document

    @property
    def ok(self) -> bool:
        """The document was written or skipped (no error)."""
        return not self.error


@dataclass(frozen=True)
class DossierEntry:
    """One document of a dossier as the inventory lists it, besides its :class:`DocumentResult`.

    Paths are output paths (``DocumentResult.output``); a document that was not
    processed has its input path and ``not_processed`` says why.
    """

    output: str
    file_type: str  # pdf, docx, odt, eml, msg, ...
    family: str = ""  # the family's e-mail (for an e-mail: itself; a document on its own: itself)
    thread: str = ""  # the thread's first e-mail (e-mails and their attachments only)
    related: str = ""  # the document that holds this one's text (a duplicate, or the e-mail quoting it)
    related_why: str = ""  # "duplicate" or "quoted"
    not_processed: str = ""  # why there is no disclosure version (an unsupported type, a conversion failure)
    date: str = ""  # the e-mail's sent time (ISO 8601), when the document is an e-mail
