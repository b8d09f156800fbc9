"""The original as the proof reads it, and the text leak check that compares the output's text with it.

What an output may still hold of a redacted string is what the original holds outside the boxes.
:class:`Original` reads each engine's text of the original on first use only (the leak checks ask for it
when the output holds an occurrence at all), also with the characters centred in the boxes blanked out
(pdfminer and PDFium give each character's box), and with them deleted; :func:`text_leak` is the
``no_text_leak[engine]`` check of an engine's texts of the output.

Why deleted too: a removal brings the words on either side of a box together in the output's text, where the
box's characters are simply gone. "eenmanszaak van J.W. van Lochem" / "Dorpsstraat 41, 7241 AC Lochem" with the
name and the postcode redacted reads "eenmanszaak van" / "Lochem" in the output: "van Lochem", made of two
public words the original shows outside the boxes, not of the redacted name. The original read with the boxes'
characters deleted spells it too, so it may stay; a character left inside a box is the glyph check's to catch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property, partial
from typing import TYPE_CHECKING

import pikepdf

from woo_redact.model import Check

from . import checks
from .channels import Channels, read_channels
from .extract import Pdfium, Pdftotext, miner_text
from .text import BLANK, Rect, Secret, Unreadable, norm

if TYPE_CHECKING:
    from .miner import MinerText

_ORDERS = ("reading order", "stream order")


class Original:
    """The original file, each engine read on first use only."""

    def __init__(self, data: bytes, pdf: pikepdf.Pdf, pdfium_doc: Pdfium) -> None:
        self.data, self.pdf, self.pdfium = data, pdf, pdfium_doc
        self._masked_raw: dict[str, list[str] | None] = {}
        self._normalised: dict[tuple[str, bool], list[str] | None] = {}  # (engine, deleted) -> texts

    @cached_property
    def miner(self) -> MinerText:
        """pdfminer's reading of the original."""
        return miner_text(self.data)

    @cached_property
    def poppler(self) -> str:
        """pdftotext's text of the original, normalised."""
        reader = Pdftotext(self.data)
        try:
            return norm(reader.text())
        finally:
            reader.close()

    @cached_property
    def channels(self) -> Channels:
        """The original's streams, file bytes and metadata strings (:func:`.channels.read_channels`)."""
        return read_channels(self.pdf, self.data)

    def texts(self, engine: str) -> list[str]:
        """The engine's texts of the original, normalised (pdfminer's: reading order, then stream order)."""
        if engine == "pdfplumber":
            return [norm(self.miner.text()), norm(self.miner.flow_text())]
        if engine == "pdfium":
            return [norm(self.pdfium.text())]
        return [self.poppler]

    def outside(self, engine: str, regions: dict[int, list[Rect]]) -> list[str] | None:
        """The engine's texts with the characters centred in ``regions`` blanked out, normalised.

        None for an engine without character geometry (pdftotext). The
        regions are the same throughout one proof, so the texts are kept.
        """
        return self._texts(engine, regions, deleted=False)

    def joined(self, engine: str, regions: dict[int, list[Rect]]) -> list[str] | None:
        """The engine's texts with the characters centred in ``regions`` deleted, normalised: what the words
        outside the boxes spell once the boxes' characters are gone, as they are in the output (see above)."""
        return self._texts(engine, regions, deleted=True)

    def _texts(self, engine: str, regions: dict[int, list[Rect]], deleted: bool) -> list[str] | None:
        """:meth:`outside`'s or :meth:`joined`'s texts, made once per proof (every secret's count asks for them)."""
        key = (engine, deleted)
        if key not in self._normalised:
            if engine not in self._masked_raw:
                self._masked_raw[engine] = self._masked(engine, regions)
            raw = self._masked_raw[engine]
            self._normalised[key] = None if raw is None else [norm(t.replace(BLANK, "") if deleted else t) for t in raw]
        return self._normalised[key]

    def _masked(self, engine: str, regions: dict[int, list[Rect]]) -> list[str] | None:
        if engine == "pdfplumber":
            return list(self.miner.masked_texts(regions))
        if engine == "pdfium":
            doc = self.pdfium
            pages = [
                doc.chars(i).masked_text(regions[i]) if regions.get(i) else doc.page_text(i) for i in range(doc.n_pages)
            ]
            return ["\n".join(pages)]
        return None


def text_leak(
    engine: str,
    secrets: Sequence[Secret],
    texts: list[str],
    orig: Original,
    regions: dict[int, list[Rect]],
    outside: Callable[[Secret], int],
) -> Check:
    """Occurrences in the output's text against those the original has outside the boxes.

    pdfplumber and PDFium give each character's box, so the original's text is
    read with the characters inside the boxes blanked out: what it still spells
    there lies outside the boxes and may stay. pdftotext gives no geometry: its
    count is the original's minus the findings' occurrences, or at most what
    the other two see outside the boxes (see :func:`checks.leak_check`).
    """
    name = f"no_text_leak[{engine}]"
    geometric = engine in ("pdfplumber", "pdfium")

    def original(k: int) -> list[list[str]]:
        masked = orig.outside(engine, regions) if geometric else None
        joined = orig.joined(engine, regions) if geometric else None
        if masked is None or joined is None:
            return [[orig.texts(engine)[k]]]
        return [[masked[k]], [joined[k]]]

    channels = [
        checks.SubChannel(f"{engine} text ({how})", [t], partial(original, k), subtract=not geometric, outside=outside)
        for k, (how, t) in enumerate(zip(_ORDERS, texts, strict=False))
    ]
    try:
        return checks.leak_check(name, secrets, channels)
    except (Unreadable, FileNotFoundError) as exc:
        return Check(name, False, f"the original cannot be read for comparison: {exc}")
