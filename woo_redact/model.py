"""The typed, frozen values that flow between the pipeline's stages.

Every stage takes and returns these dataclasses, never raw dicts. Each class
checks its own invariants in ``__post_init__`` so that a malformed value fails
where it is made, not three stages later. This module imports nothing from the
project; every other module may import it.

Coordinates: a :class:`Box` is in the page's PDF *default user space* (points,
origin bottom-left, y upwards, before the page's /Rotate is applied), which is
what the content-stream remover works in. The parser converts pdfplumber's
top-left coordinates into this space.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ModelError(ValueError):
    """A value broke an invariant of the model (a programming error)."""


def _require(cond: bool, msg: str) -> None:
    if not cond:
        raise ModelError(msg)


@dataclass(frozen=True, init=False)
class Box:
    """An axis-aligned rectangle on one page, in PDF default user space."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def __init__(self, page: int, x0: float, y0: float, x1: float, y1: float) -> None:
        # the fields set at once, as unpickling sets them (a frozen dataclass's own __init__ sets them one by one
        # through object.__setattr__: twice the time, and a page has thousands of boxes and words)
        self.__dict__.update({"page": page, "x0": x0, "y0": y0, "x1": x1, "y1": y1})
        if not (page >= 0 and x0 <= x1 and y0 <= y1):
            self.__post_init__()  # (it raises)

    def __post_init__(self) -> None:
        if self.page >= 0 and self.x0 <= self.x1 and self.y0 <= self.y1:
            return  # the usual case, without formatting a message (a page has thousands of boxes)
        _require(self.page >= 0, f"page must be >= 0, got {self.page}")
        _require(self.x0 <= self.x1 and self.y0 <= self.y1, f"degenerate box {self}")

    @property
    def width(self) -> float:
        """Width in points."""
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        """Height in points."""
        return self.y1 - self.y0

    def contains_point(self, x: float, y: float) -> bool:
        """The point lies inside the box or on its edge."""
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def union(self, other: Box) -> Box:
        """The smallest box holding both (same page only)."""
        _require(self.page == other.page, "cannot join boxes of different pages")
        return Box(
            self.page,
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def as_list(self) -> list[float]:
        """``[x0, y0, x1, y1]`` rounded to 0.01 pt (for JSON)."""
        return [round(self.x0, 2), round(self.y0, 2), round(self.x1, 2), round(self.y1, 2)]


@dataclass(frozen=True, init=False)
class Word:
    """One word as extracted from the page, with the box of each character (x0, y0, x1, y1)."""

    text: str
    box: Box
    char_boxes: tuple[tuple[float, float, float, float], ...]
    fontname: str
    size: float
    line: int  # index into Document.lines
    start: int  # offset of the word in Document.text
    confidence: float = -1.0  # OCR confidence 0-100; -1 for a word of the text layer

    def __init__(
        self,
        text: str,
        box: Box,
        char_boxes: tuple[tuple[float, float, float, float], ...],
        fontname: str,
        size: float,
        line: int,
        start: int,
        confidence: float = -1.0,
    ) -> None:
        self.__dict__.update(  # (as Box's)
            {
                "text": text,
                "box": box,
                "char_boxes": char_boxes,
                "fontname": fontname,
                "size": size,
                "line": line,
                "start": start,
                "confidence": confidence,
            }
        )
        self.__post_init__()

    def __post_init__(self) -> None:
        _require(bool(self.text), "empty word")
        if len(self.char_boxes) != len(self.text):
            _require(False, f"char_boxes length mismatch for {self.text!r}")

    @property
    def end(self) -> int:
        """Offset just after the word in ``Document.text``."""
        return self.start + len(self.text)


@dataclass(frozen=True)
class Line:
    """A visual line: words on the same baseline, in reading order."""

    page: int
    box: Box
    first_word: int  # index into Document.words
    n_words: int
    start: int  # offset in Document.text
    end: int


@dataclass(frozen=True)
class Section:
    """A heading and the lines up to the next heading."""

    heading: str
    heading_line: int
    first_line: int  # first body line (index into Document.lines)
    last_line: int  # inclusive; < first_line when the section is empty


@dataclass(frozen=True)
class HeaderField:
    """A ``Label: value`` pair from a header block or an e-mail header."""

    label: str  # normalised, lower case, without the colon
    start: int  # span of the value in Document.text
    end: int
    line: int


@dataclass(frozen=True)
class Region:
    """A mark on a page that is no text: an image, a cluster of vector paths drawn like ink, or ink on a
    scanned page that no OCR word explains (``"scan"``).

    The parser reports them (it knows no detection); the signature detector decides from the
    text around them whether one is a signature or a paraph.
    """

    box: Box
    kind: str  # "image" | "ink" | "scan"
    segments: int = 0  # ink: path segments in the cluster (a handwritten stroke has many); scan: square points of ink

    def __post_init__(self) -> None:
        _require(self.kind in ("image", "ink", "scan"), f"unknown region kind {self.kind!r}")


@dataclass(frozen=True)
class PageInfo:
    """Facts about one page that later stages need."""

    index: int
    width: float
    height: float
    rotation: int
    n_chars: int
    image_boxes: tuple[Box, ...] = ()
    ocr: bool = False  # the page was read by OCR (its words are in Document.words)
    ocr_confidence: float = 0.0  # mean OCR word confidence, 0-100
    regions: tuple[Region, ...] = ()  # images and ink on the page (signature candidates)
    noisy_layer: bool = False  # the page's own text layer was noise and was replaced by OCR
    unread_scan: bool = False  # a scan with only a stamp or a few characters of text, not read (--ocr never)
    pictures_read: int = 0  # pictures on a page with a text layer whose words OCR added (parse/pictures.py)
    pictures_confidence: float = 0.0  # mean OCR word confidence over those pictures, 0-100

    @property
    def needs_ocr(self) -> bool:
        """A page with images but no (usable) text layer and not OCR'd: nothing on it can be detected."""
        return (self.unread_scan or (self.n_chars == 0 and bool(self.image_boxes))) and not self.ocr


@dataclass(frozen=True)
class Document:
    """A parsed PDF: its text, words with geometry, and layout structure."""

    path: str
    sha256: str
    pages: tuple[PageInfo, ...]
    text: str
    words: tuple[Word, ...]
    lines: tuple[Line, ...]
    sections: tuple[Section, ...]
    fields: tuple[HeaderField, ...]

    def __post_init__(self) -> None:
        for w in self.words[:3]:
            _require(self.text[w.start : w.end] == w.text, "word offsets do not match text")

    @property
    def n_pages(self) -> int:
        """The number of pages."""
        return len(self.pages)


class Ground(enum.StrEnum):
    """Woo grounds for withholding, with their codes as printed in the box."""

    BUSINESS_DATA = "5.1.1c"
    SPECIAL_PERSONAL_DATA = "5.1.1d"
    IDENTIFICATION_NUMBER = "5.1.1e"
    INTERNATIONAL_RELATIONS = "5.1.2a"
    PRIVATE_LIFE = "5.1.2e"
    SECURITY = "5.1.2h"
    FUNCTIONING_OF_STATE = "5.1.2i"
    PERSONAL_POLICY_OPINION = "5.2.1"


@dataclass(frozen=True)
class Explanation:
    """Why a detector raised a finding: the reviewer and the log read this."""

    detector: str
    score: float
    reason: str
    pattern: str = ""
    context: str = ""

    def __post_init__(self) -> None:
        _require(0.0 <= self.score <= 1.0, f"score out of range: {self.score}")
        _require(bool(self.detector), "explanation without detector")


MANUAL_AREA = "MANUAL_AREA"  # a box a reviewer drew where no text is (an image, a signature)
SIGNATURE = "SIGNATURE"  # a signature or paraph (an image or ink) found by the tool
AREA_TYPES = frozenset({MANUAL_AREA, SIGNATURE})  # findings of an area, without text


@dataclass(frozen=True)
class Finding:
    """A span of personal data in the document text, with its page boxes."""

    id: str
    start: int
    end: int
    text: str
    entity_type: str
    ground: Ground
    score: float
    boxes: tuple[Box, ...]
    explanations: tuple[Explanation, ...]

    def __post_init__(self) -> None:
        manual_area = self.entity_type in AREA_TYPES and self.start == self.end == 0 and not self.text
        _require(0 <= self.start < self.end or manual_area, f"bad span {self.start}:{self.end}")
        _require(len(self.text) == self.end - self.start, "text does not match span")
        _require(0.0 <= self.score <= 1.0, f"score out of range: {self.score}")
        _require(bool(self.explanations), "a finding must carry its explanation")

    @property
    def detectors(self) -> tuple[str, ...]:
        """The detectors that found it, in order, each once."""
        return tuple(dict.fromkeys(e.detector for e in self.explanations))

    @property
    def pages(self) -> tuple[int, ...]:
        """The pages its boxes are on, sorted."""
        return tuple(sorted({b.page for b in self.boxes}))


class Action(enum.StrEnum):
    """What happens to a finding: redacted or kept readable."""

    REDACT = "redact"
    KEEP = "keep"


@dataclass(frozen=True)
class Decision:
    """What happens to a finding, who decided it and why."""

    finding_id: str
    action: Action
    needs_review: bool
    decided_by: str
    reason: str
    ground: Ground | None = None  # overrides the finding's ground when set

    def __post_init__(self) -> None:
        _require(bool(self.decided_by), "a decision needs its decider")


@dataclass(frozen=True)
class Redaction:
    """One box the remover must apply: glyphs inside go, a labelled box is drawn.

    ``label`` empty means: remove the glyphs but draw nothing (used to clear a
    placeholder before the motivation text is written there).
    """

    box: Box
    label: str
    finding_id: str


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
