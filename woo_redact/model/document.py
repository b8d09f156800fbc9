"""The parsed document: pages, words and lines with their geometry, sections, header fields, marks.

What :mod:`woo_redact.parse` makes and every later stage reads. Coordinates: a :class:`Box` is in the
page's PDF *default user space* (points, origin bottom-left, y upwards, before the page's /Rotate is
applied), which is what the content-stream remover works in. The parser converts pdfplumber's top-left
coordinates into this space.
"""

from __future__ import annotations

from dataclasses import dataclass

from .invariants import require


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
        require(self.page >= 0, f"page must be >= 0, got {self.page}")
        require(self.x0 <= self.x1 and self.y0 <= self.y1, f"degenerate box {self}")

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
        require(self.page == other.page, "cannot join boxes of different pages")
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
        require(bool(self.text), "empty word")
        if len(self.char_boxes) != len(self.text):
            require(False, f"char_boxes length mismatch for {self.text!r}")

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
        require(self.kind in ("image", "ink", "scan"), f"unknown region kind {self.kind!r}")


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
            require(self.text[w.start : w.end] == w.text, "word offsets do not match text")

    @property
    def n_pages(self) -> int:
        """The number of pages."""
        return len(self.pages)
