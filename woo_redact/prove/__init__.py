"""Independent verification that a redacted PDF gives away nothing it should not.

The proof re-reads the output with other tools than the ones that wrote it and
compares it with the original (Woo guide, section 4). It deliberately imports
nothing from :mod:`woo_redact.redact`: a proof that shares the remover's code
shares its bugs. It uses pdfminer.six (the interpreter under pdfplumber; the
checks call it ``pdfplumber``), pypdfium2 (PDFium), poppler's ``pdftotext``
and pikepdf (qpdf), each reading the bytes on its own (:mod:`.extract`,
:mod:`.channels`; the original, read on first use: :mod:`.original`).

Checks, each a :class:`~woo_redact.model.Check`:

``structure``
    the output opens, has exactly one ``%%EOF`` (no incremental update that
    keeps an earlier revision) and the expected number of pages.
``no_glyph_in_box[pdfplumber|pdfium]``
    no character of the output has its centre inside a redaction box (boxes
    shrunk by 0.5 pt so that neighbours touching the edge do not count);
    characters that together spell only Woo ground codes (the box label,
    e.g. ``5.1.2e``) are allowed.
``no_text_leak[pdfplumber|pdfium|pdftotext]``
    a redacted string (case-insensitive, whitespace-normalised, on word
    boundaries) occurs in the extracted text no more often than the original
    has it outside the boxes. pdfplumber and PDFium give each character's
    box: the original's text is read with the characters centred in a box
    blanked out, and what it still spells may stay; and with them deleted, so
    that the public words on either side of a box, which the removal brings
    together in the output ("eenmanszaak van" / "Lochem"), may spell one
    there too (see :mod:`.original`). pdftotext has no
    geometry: allowed = occurrences in the original minus occurrences inside
    the findings' texts (so a finding "Jan Jansen" also accounts for one
    "Jansen"), or, when the engine sees fewer than were redacted, as many as
    the other two find outside the boxes. pdfminer's text is read both in
    reading order and in content-stream order (a label drawn over living text
    interleaves with it in reading order). The original is extracted only
    when the output holds an occurrence at all.
``no_stream_leak``
    the pdftotext count over every stream of the output, decoded by qpdf:
    content streams (pages, form XObjects, Type 3 glyphs) through their string
    operands, each shown string decoded with its font (ToUnicode for CID
    fonts, the encoding for simple ones), show operators that continue one
    another joined as one word (a page's /Contents array read as one
    stream), other streams as Latin-1 and UTF-16BE; font programs, CMaps,
    ICC profiles and images are skipped. Also over the file's bytes outside
    stream payloads (object syntax and anything the xref does not reach).
``no_metadata_leak``
    every text string and name in the object graph (document info, outline,
    annotations, form fields, structure tree, destinations, ...), XMP and
    embedded files: none allowed (but in text the tool wrote itself),
    whatever the original held there; an occurrence blacked out on a page
    takes none away from a layer or a bookmark. Names that give an object's kind (values of /S,
    /Type, /Subtype; the structure tree's /RoleMap) are vocabulary, not
    text. Binary strings (ids, signatures) are not text and are skipped,
    since they spell short paraphs by chance.
``text_outside_survives``
    every word of the original made of characters that do not touch a box or
    a changed area is still in the output, page by page (multiset comparison
    of PDFium words built from the same filtered characters on both sides;
    the whitespace PDFium infers where the page has no glyph ends no word,
    since the labels' own text can change its guesses on a page whose text
    is all in a form); a glyph wholly inside a box is under it, even where
    the shrunk box misses it (1-point text); rasterized pages are skipped.
``pixels_outside_unchanged``
    original and output, rendered unrotated at 72 dpi without annotations
    and form fields (which the sanitizer removes), agree outside the boxes
    and changed areas (dilated by 2 px): fewer than 0.1% of pixels differ by
    more than 8 in a channel, and no 16x16 tile gains or loses more than 6
    pixels' worth of ink (a vanished word or mark). Rasterized pages: mean
    difference <= 4 and few strong differences.
``boxes_black``
    at least 60% of every box renders dark in the output (the white label
    takes the rest; an undrawn box or living text on white stays far below);
    a box wholly inside a larger one (a signature's ink inside a name's box)
    may lie under that one's label and is measured as part of it.
``no_ink_in_boxes``
    no path with curves or slanted lines (pen strokes, not the box or a table
    rule) lies wholly inside the box of a redacted signature, paraph or
    reviewer's area, on the page or in any Form XObject it draws, nested or
    not (PDFium's objects, mapped to page space through each form's matrix;
    :mod:`.ink`).
``no_ocr_under_boxes`` (only for pages whose images were painted or rasterised)
    with every page object but the images removed, Tesseract reads no word
    of a redacted finding in the pixels under its boxes (:mod:`.ocr`).

The pixel checks and ``text_outside_survives`` compare pages. A page without boxes or changed areas whose
drawing (content streams, resources, boxes, rotation) is byte-identical to
the original's (:mod:`.pages`) renders the same pixels and yields the same
words, so it is not rendered or compared word by word; its text is still
searched by every leak check.

Details name findings by id and page, never by their text.

A run proves every output with the text engines ``RUN_ENGINES`` (PDFium and
pdftotext); ``woo-redact verify`` adds pdfminer (``ENGINES``). docs/proof.md has
the measurement behind that: which check catches which planted leak.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from contextlib import ExitStack
from typing import TYPE_CHECKING

import numpy as np
import pikepdf

from woo_redact.model import Box, Check, Finding, Proof

from . import checks
from .channels import Channels, open_pdf, read_channels
from .extract import Pdfium, Pdftotext, extract_texts, miner_text
from .ink import vector_ink_check
from .ocr import image_ocr_check
from .original import Original, text_leak
from .pages import unchanged_pages
from .pixels import pixel_checks
from .text import PageChars, Rect, Secret, Unreadable, norm, secrets_of, shrink

if TYPE_CHECKING:
    from .miner import MinerText

__all__ = ["ENGINES", "RUN_ENGINES", "extract_texts", "prove"]

ENGINES = ("pdfplumber", "pdfium", "pdftotext")
# The engines of the proof every written output gets (docs/proof.md): PDFium reads every page in full,
# pdftotext (poppler) runs beside it; pdfminer's two checks caught no planted leak that PDFium's same
# check did not catch too (scripts/proof_faults.py), so the second Python interpreter of every page is
# left to `woo-redact verify`, which runs all of ENGINES.
RUN_ENGINES = ("pdfium", "pdftotext")


def prove(
    original: bytes,
    output: bytes,
    findings: Sequence[Finding],
    *,
    changed_areas: Sequence[Box] = (),
    rasterized_pages: Sequence[int] = (),
    appended_pages: int = 0,
    added_text: str = "",
    image_pages: Sequence[int] = (),
    replaced_layers: Sequence[int] = (),
    engines: Sequence[str] = ENGINES,
    pixel_findings: AbstractSet[str] = frozenset(),
) -> Proof:
    """Verify ``output`` against ``original`` for the redacted ``findings``.

    ``findings`` are the redacted findings, their boxes in PDF default user
    space (0-based pages). ``changed_areas`` are other regions the tool
    legitimately changed (e.g. a motivation text), ``rasterized_pages`` pages
    replaced by images, ``appended_pages`` pages added at the end, ``added_text`` the
    text the tool wrote (a redacted word such as a paraph "DE" may occur in it), ``image_pages``
    pages whose images were painted under the boxes (their pixels are read by OCR), ``replaced_layers``
    pages whose noisy text layer was replaced by a clean OCR layer (their old text need not survive),
    ``engines`` the text engines whose glyph and text checks run (PDFium always), ``pixel_findings`` the ids
    of findings read by OCR from a picture's pixels only (no glyph of theirs is in the text). Returns a
    :class:`Proof` whose checks say what passed and what did not; details never
    contain the redacted text.
    """
    with ExitStack() as stack:
        checks_ = _prove(
            stack,
            original,
            output,
            findings,
            changed_areas,
            set(rasterized_pages),
            appended_pages,
            added_text,
            set(replaced_layers),
            frozenset(engines) | {"pdfium"},
            pixel_findings,
        )
    if image_pages:
        checks_.append(image_ocr_check(output, findings, image_pages))
    return Proof(tuple(checks_))


def _prove(
    stack: ExitStack,
    original: bytes,
    output: bytes,
    findings: Sequence[Finding],
    changed_areas: Sequence[Box],
    rasterized: set[int],
    appended_pages: int,
    added_text: str = "",
    replaced_layers: AbstractSet[int] = frozenset(),
    engines: frozenset[str] = frozenset(ENGINES),
    pixel_findings: AbstractSet[str] = frozenset(),
) -> list[Check]:
    boxes = [(f, b) for f in findings for b in f.boxes]
    secrets = secrets_of(findings, added_text, pixel_findings)
    poppler: Pdftotext | Exception | None = None
    if "pdftotext" in engines:
        try:  # started first: poppler reads the output while Python does the rest
            poppler = Pdftotext(output)
            stack.callback(poppler.close)
        except FileNotFoundError as exc:
            poppler = exc
    pk_orig, pk_out = _open(stack, original), _open(stack, output)
    out: list[Check] = [checks.structure(pk_orig, pk_out, output, appended_pages, findings)]
    try:
        if pk_orig is None:
            raise Unreadable("pikepdf cannot open it")
        d_orig = Pdfium(original)
        stack.callback(d_orig.close)
    except Unreadable as exc:
        return [*out, Check("original", False, f"original unreadable: {exc}")]
    orig = Original(original, pk_orig, d_orig)
    n_pages = len(pk_orig.pages)
    try:
        if pk_out is None:
            raise Unreadable("pikepdf cannot open it")
        d_out = Pdfium(output)
        stack.callback(d_out.close)
        miner = miner_text(output) if "pdfplumber" in engines else None
        ch_out = read_channels(pk_out, output)
    except Unreadable as exc:
        return [*out, Check("readable", False, f"output unreadable: {exc}")]

    # pages that draw exactly what the original's page draws need no comparison
    examined = {b.page for _, b in boxes} | {c.page for c in changed_areas} | rasterized
    # (when every page is examined anyway, nothing is left to tell apart: the digests are not made)
    same = unchanged_pages(pk_orig, pk_out) - examined if not examined.issuperset(range(n_pages)) else set()
    compared = [i for i in range(min(n_pages, d_out.n_pages)) if i not in same]
    words_pages = [i for i in compared if i not in rasterized and i not in replaced_layers]
    # the glyphs in the boxes and the words outside them are read there: with the text, in one go; the
    # original's characters are read wherever words are compared, so a leak check that asks for its text
    # there first gets them in the same go (else a second text page of the page)
    d_out.read_chars_with_text({b.page for _, b in boxes} | set(words_pages))
    d_orig.read_chars_with_text(set(words_pages))

    # 1. glyphs inside boxes
    if miner is not None:
        out.append(checks.glyph_check("pdfplumber", n_pages, boxes, miner.chars))
    out.append(checks.glyph_check("pdfium", n_pages, boxes, d_out.chars))

    # 2. recoverable strings in text, streams, metadata
    regions: dict[int, list[Rect]] = {}
    for _, b in boxes:
        regions.setdefault(b.page, []).append(shrink(b, checks.SHRINK_PT))

    geometric = [e for e in ("pdfplumber", "pdfium") if e in engines]

    def outside(s: Secret) -> int:
        """The original's page-text occurrences outside the boxes, as the geometric engines see them (the boxes'
        characters blanked out, or deleted: see :mod:`.original`)."""
        texts = [t for e in geometric for t in [*(orig.outside(e, regions) or []), *(orig.joined(e, regions) or [])]]
        return max(s.count([t]) for t in texts)

    texts_out = {"pdfium": [norm(d_out.text())]}
    if miner is not None:
        texts_out["pdfplumber"] = [norm(miner.text()), norm(miner.flow_text())]
    if poppler is None:
        pass
    elif isinstance(poppler, Exception):
        out.append(Check("no_text_leak[pdftotext]", False, str(poppler)))
    else:
        try:
            texts_out["pdftotext"] = [norm(poppler.text())]
        except Unreadable as exc:
            out.append(Check("no_text_leak[pdftotext]", False, str(exc)))
    for engine in ENGINES:
        if engine in texts_out:
            out.append(text_leak(engine, secrets, texts_out[engine], orig, regions, outside))

    def ch_orig() -> Channels:
        return orig.channels

    out.append(
        checks.leak_check(
            "no_stream_leak",
            secrets,
            [
                checks.SubChannel("decoded streams", ch_out.streams, lambda: [ch_orig().streams], outside=outside),
                checks.SubChannel(
                    "file bytes",
                    [ch_out.raw],
                    lambda: [[ch_orig().raw], [*ch_orig().streams, *(t for _, t in ch_orig().strings)]],
                    outside=outside,
                ),
            ],
        )
    )
    out.append(checks.metadata_check(secrets, ch_out.strings))

    # 3. text outside the boxes survives
    def covers(i: int) -> list[Box]:
        return [b for _, b in boxes if b.page == i] + [c for c in changed_areas if c.page == i]

    def regions_of(i: int) -> list[Rect]:
        return [shrink(b, checks.SHRINK_PT) for b in covers(i)]

    out_miner: list[MinerText] = [miner] if miner is not None else []

    def orig_stream_chars(i: int) -> PageChars:
        """pdfminer's characters of the original; none (no confirmation) when it cannot read it."""
        try:
            return orig.miner.chars(i)
        except Unreadable:
            return PageChars.empty()

    def out_stream_chars(i: int) -> PageChars:
        """pdfminer's characters of the output (read only when PDFium misses a word)."""
        try:
            if not out_miner:
                out_miner.append(miner_text(output))
        except Unreadable:
            return PageChars.empty()  # then every word PDFium misses stays missing
        return out_miner[0].chars(i)

    stream_chars = (orig_stream_chars, out_stream_chars)

    # (a glyph wholly inside a box is under it, not outside, even where the shrunk box misses it: a tiny box)
    def orig_chars(i: int) -> PageChars:
        return _uncovered(d_orig.chars(i), covers(i))

    def out_chars(i: int) -> PageChars:
        return _uncovered(d_out.chars(i), covers(i))

    out.append(checks.text_survives(words_pages, regions_of, orig_chars, out_chars, len(same), stream_chars))

    # 5. no pen stroke left under a signature's box (read before the renders, which close the pages: each
    # page is loaded once for both)
    ink = vector_ink_check(d_out, findings)
    # 4. pixels
    out.extend(pixel_checks(d_orig, d_out, compared, boxes, changed_areas, rasterized, len(same)))
    out.append(ink)
    return out


def _uncovered(chars: PageChars, rects: Sequence[Box]) -> PageChars:
    """``chars`` with those wholly inside one of ``rects`` blanked out (NaN rows: word boundaries).

    The boxes are shrunk for the word comparison so that a neighbour touching
    an edge is not taken for covered; a glyph of 1-point text, narrower than
    the margin, can then lie wholly inside its box and still miss the shrunk one.
    """
    r = chars.rects
    if not rects or not len(r):
        return chars
    inside = np.zeros(len(r), dtype=bool)
    for b in rects:
        inside |= (r[:, 0] >= b.x0) & (r[:, 2] <= b.x1) & (r[:, 1] >= b.y0) & (r[:, 3] <= b.y1)
    if not inside.any():
        return chars
    blanked = r.copy()
    blanked[inside] = np.nan
    return PageChars(chars.texts, blanked, chars.inferred)


def _open(stack: ExitStack, data: bytes) -> pikepdf.Pdf | None:
    try:
        pdf = open_pdf(data)
    except Unreadable:
        return None
    return stack.enter_context(pdf)
