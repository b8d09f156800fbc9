"""Words with geometry from pdfplumber, in PDF default user space.

pdfminer (under pdfplumber) reports characters in a "device" space in which
the page's /Rotate is applied and the MediaBox origin subtracted; pdfplumber
then adds the MediaBox x origin back. :class:`SpaceMapper` undoes both so the
boxes we hand to the remover are in the coordinates of the content stream.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Box


@dataclass(frozen=True)
class SpaceMapper:
    """Maps pdfplumber character coordinates back to default user space."""

    rotation: int
    mb: tuple[float, float, float, float]  # raw MediaBox x0, y0, x1, y1
    plumber_x_shift: float  # what pdfplumber added to x

    def _device_ctm(self) -> tuple[float, float, float, float, float, float]:
        x0, y0, x1, y1 = self.mb
        if self.rotation == 90:
            return (0, -1, 1, 0, -y0, x1)
        if self.rotation == 180:
            return (-1, 0, 0, -1, x1, y1)
        if self.rotation == 270:
            return (0, 1, -1, 0, y1, -x0)
        return (1, 0, 0, 1, -x0, -y0)

    def to_user(self, x: float, y: float) -> tuple[float, float]:
        """Device point (pdfminer) to user space point."""
        a, b, c, d, e, f = self._device_ctm()
        x -= self.plumber_x_shift
        det = a * d - b * c
        xu = (d * (x - e) - c * (y - f)) / det
        yu = (-b * (x - e) + a * (y - f)) / det
        return xu, yu

    def box(self, page: int, x0: float, y0: float, x1: float, y1: float) -> Box:
        """A device-space rectangle (pdfminer x0, y0, x1, y1) as a user-space Box."""
        ax, ay = self.to_user(x0, y0)
        bx, by = self.to_user(x1, y1)
        return Box(page, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def mapper_for(page: Any) -> SpaceMapper:
    """Build the mapper of a pdfplumber page."""
    raw = [float(v) for v in page.page_obj.attrs.get("MediaBox", page.page_obj.mediabox)]
    x0, x1 = sorted((raw[0], raw[2]))
    y0, y1 = sorted((raw[1], raw[3]))
    return SpaceMapper(int(page.rotation), (x0, y0, x1, y1), float(page.mediabox[0]))


@dataclass(frozen=True)
class RawWord:
    """A word before it is placed in the document text."""

    text: str
    box: Box
    char_x: tuple[tuple[float, float], ...]  # along the reading direction (y on 90/270 pages)
    fontname: str
    size: float
    top: float  # pdfplumber top, for line grouping in reading direction
    x0: float  # pdfplumber x0, reading direction
    x1: float


def page_words(page: Any, index: int) -> list[RawWord]:
    """Extract the words of one pdfplumber page with per-character extents."""
    mapper = mapper_for(page)
    words = page.extract_words(
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["fontname", "size"],
        return_chars=True,
        x_tolerance=1.5,
    )
    out: list[RawWord] = []
    for w in words:
        chars = w.get("chars") or []
        if not chars:
            continue
        text_parts: list[str] = []
        char_x: list[tuple[float, float]] = []
        for ch in chars:
            t = ch["text"]
            if not t or t.isspace():
                continue
            b = mapper.box(index, ch["x0"], ch["y0"], ch["x1"], ch["y1"])
            lo, hi = (b.x0, b.x1) if mapper.rotation in (0, 180) else (b.y0, b.y1)
            step = (hi - lo) / len(t)
            for k, c in enumerate(t):
                text_parts.append(c)
                char_x.append((lo + k * step, lo + (k + 1) * step))
        if not text_parts:
            continue
        # The word box from its characters (robust to rotation).
        cb = [mapper.box(index, c["x0"], c["y0"], c["x1"], c["y1"]) for c in chars]
        box = Box(index, min(b.x0 for b in cb), min(b.y0 for b in cb), max(b.x1 for b in cb), max(b.y1 for b in cb))
        out.append(
            RawWord(
                text="".join(text_parts),
                box=box,
                char_x=tuple(char_x),
                fontname=str(w.get("fontname", "")),
                size=float(w.get("size", 0.0)),
                top=float(w["top"]),
                x0=float(w["x0"]),
                x1=float(w["x1"]),
            )
        )
    return out
