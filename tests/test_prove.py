"""Tests for woo_redact.prove: the independent verification of an output.

The PDFs are generated here with reportlab. Every text fragment is drawn with
its own ``drawString`` at a fixed position, so an "original" and a "truly
redacted" version (the same page without the redacted fragments, plus a black
box) are pixel-identical outside the boxes.
"""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from woo_redact.model import Box, Explanation, Finding, Ground, Proof
from woo_redact.prove import extract_texts, prove
from woo_redact.prove.text import label_only, textual

FONT, SIZE = "Helvetica", 11
LEFT, TOP, LEADING = 72, 770, 15
NAME, SURNAME, EMAIL = "Pieter Jansen", "Jansen", "p.jansen@minbzk.nl"
FILLER = "De werkgroep bespreekt de voortgang van het programma en de planning voor het komende kwartaal."

# Each line is a list of fragments; a fragment tagged with a finding id is redacted.
Fragment = tuple[str, str | None]
PAGES: list[list[list[Fragment]]] = [
    [
        [("Aan: de minister van Binnenlandse Zaken", None)],
        [("Van: ", None), (NAME, "F1"), (", beleidsmedewerker", None)],
        [("E-mail: ", None), (EMAIL, "F2")],
        [("Datum: 3 maart 2024", None)],
        [("Onderwerp: reactie op het advies over de uitvoering", None)],
        *[[(f"{i}. {FILLER[: 60 + i]}", None)] for i in range(1, 25)],
    ],
    [
        [("Overleg", None)],
        [(SURNAME, "F3"), (" stuurde de stukken op 4 maart.", None)],
        *[[(f"{i}. {FILLER[: 50 + i]}", None)] for i in range(1, 30)],
    ],
    [
        [("Besluit", None)],
        [("Volgens minister Jansen is het voorstel haalbaar.", None)],
        *[[(f"{i}. {FILLER[: 40 + i]}", None)] for i in range(1, 30)],
    ],
]


@dataclass
class Layout:
    """Where the tagged fragments were drawn: finding id -> (page, text, box)."""

    spots: dict[str, tuple[int, str, Box]]

    def findings(self, ids: Sequence[str] | None = None) -> list[Finding]:
        out = []
        for k, (fid, (_page, text, box)) in enumerate(sorted(self.spots.items())):
            if ids is not None and fid not in ids:
                continue
            out.append(
                Finding(
                    id=fid,
                    start=k * 100,
                    end=k * 100 + len(text),
                    text=text,
                    entity_type="PERSON",
                    ground=Ground.PRIVATE_LIFE,
                    score=0.9,
                    boxes=(box,),
                    explanations=(Explanation("test", 0.9, "test"),),
                )
            )
        return out


def make_pdf(
    *,
    redact: bool = False,
    keep_text: bool = False,
    draw_boxes: bool | None = None,
    author: str | None = None,
    rotate: int = 0,
    drop_word: str | None = None,
    extra: tuple[int, float, float, str] | None = None,
    extra_page: bool = False,
) -> tuple[bytes, Layout]:
    """Draw the three-page note.

    redact: draw black boxes with a white label over the tagged fragments and
    leave out their text, unless keep_text (a box over living text).
    """
    if draw_boxes is None:
        draw_boxes = redact
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if author:
        c.setAuthor(author)
    spots: dict[str, tuple[int, str, Box]] = {}
    for p, lines in enumerate(PAGES):
        y = TOP
        boxes = []
        for line in lines:
            x = float(LEFT)
            for text, fid in line:
                w = stringWidth(text, FONT, SIZE)
                c.setFont(FONT, SIZE)
                if fid is not None:
                    box = Box(p, x - 1, y - 3.5, x + w + 1, y + SIZE)
                    spots[fid] = (p, text, box)
                    boxes.append(box)
                    if not redact or keep_text:
                        c.drawString(x, y, text)
                elif text != drop_word:
                    c.drawString(x, y, text)
                x += w
            y -= LEADING
        if extra and extra[0] == p:
            c.setFont(FONT, 9)
            c.drawString(extra[1], extra[2], extra[3])
        if draw_boxes:
            for box in boxes:
                c.setFillColorRGB(0, 0, 0)
                c.rect(box.x0, box.y0, box.width, box.height, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.setFont(FONT, 7)
                c.drawString(box.x0 + 2, box.y0 + 4, "5.1.2e")
            c.setFillColorRGB(0, 0, 0)
        c.showPage()
    if extra_page:
        c.setFont(FONT, SIZE)
        c.drawString(LEFT, TOP, "Motivering van de weglakkingen")
        c.showPage()
    c.save()
    data = buf.getvalue()
    if rotate:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.Rotate = rotate
            out = io.BytesIO()
            pdf.save(out)
            data = out.getvalue()
    return data, Layout(spots)


def failed(proof: Proof) -> set[str]:
    return {c.name for c in proof.failures}


def assert_no_secret_in_details(proof: Proof) -> None:
    for check in proof.checks:
        low = check.detail.lower()
        assert "jansen" not in low and "pieter" not in low, check


@pytest.fixture(scope="module")
def original() -> tuple[bytes, Layout]:
    return make_pdf()


@pytest.fixture(scope="module")
def redacted() -> bytes:
    return make_pdf(redact=True)[0]


def test_truly_removed_passes(original: tuple[bytes, Layout], redacted: bytes) -> None:
    data, layout = original
    proof = prove(data, redacted, layout.findings())
    assert proof.passed, proof.failures
    names = {c.name for c in proof.checks}
    assert {
        "structure",
        "no_glyph_in_box[pdfplumber]",
        "no_glyph_in_box[pdfium]",
        "no_text_leak[pdfplumber]",
        "no_text_leak[pdfium]",
        "no_text_leak[pdftotext]",
        "no_stream_leak",
        "no_metadata_leak",
        "text_outside_survives",
        "pixels_outside_unchanged",
        "boxes_black",
    } <= names
    assert_no_secret_in_details(proof)


def test_black_rectangle_over_living_text_fails(original: tuple[bytes, Layout]) -> None:
    data, layout = original
    fake, _ = make_pdf(redact=True, keep_text=True)
    proof = prove(data, fake, layout.findings())
    assert not proof.passed
    bad = failed(proof)
    assert {"no_glyph_in_box[pdfplumber]", "no_glyph_in_box[pdfium]"} <= bad
    assert {
        "no_text_leak[pdfplumber]",
        "no_text_leak[pdfium]",
        "no_text_leak[pdftotext]",
    } <= bad
    assert "no_stream_leak" in bad
    # the pixels look perfect: that is exactly why the glyph checks exist
    assert "pixels_outside_unchanged" not in bad and "boxes_black" not in bad
    assert_no_secret_in_details(proof)
    detail = next(c.detail for c in proof.checks if c.name == "no_glyph_in_box[pdfium]")
    assert "F1 p. 1" in detail and "F3 p. 2" in detail


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_pages(rotate: int) -> None:
    data, layout = make_pdf(rotate=rotate)
    good, _ = make_pdf(redact=True, rotate=rotate)
    fake, _ = make_pdf(redact=True, keep_text=True, rotate=rotate)
    assert prove(data, good, layout.findings()).passed
    bad = failed(prove(data, fake, layout.findings()))
    assert {"no_glyph_in_box[pdfplumber]", "no_glyph_in_box[pdfium]"} <= bad


def test_name_left_in_author_fails(original: tuple[bytes, Layout]) -> None:
    data, layout = make_pdf(author=NAME)
    leaky, _ = make_pdf(redact=True, author=NAME)
    proof = prove(data, leaky, layout.findings())
    assert failed(proof) == {"no_metadata_leak"}
    detail = next(c.detail for c in proof.failures if c.name == "no_metadata_leak")
    assert "/Author" in detail and "F1" in detail
    assert_no_secret_in_details(proof)


def test_kept_occurrence_is_allowed(original: tuple[bytes, Layout], redacted: bytes) -> None:
    data, layout = original
    # 'minister Jansen' on page 3 stays, though 'Jansen' (F3) was redacted
    texts = extract_texts(redacted)
    for engine, text in texts.items():
        assert "minister jansen" in " ".join(text.split()).lower(), engine
    assert prove(data, redacted, layout.findings()).passed


def test_unredacted_second_occurrence_fails(original: tuple[bytes, Layout]) -> None:
    """Redacting 'Pieter Jansen' does not excuse leaving the separate 'Jansen'."""
    data, layout = original
    partial, _ = make_pdf(redact=True, keep_text=False)
    # the output claims to have redacted F3 but the word is still there
    layout_f3_kept = make_pdf(redact=True)[1]
    leaky = _draw_over(partial, 1, layout_f3_kept.spots["F3"][2], SURNAME)
    proof = prove(data, leaky, layout.findings())
    assert "no_text_leak[pdfium]" in failed(proof)


def _draw_over(data: bytes, page: int, box: Box, text: str) -> bytes:
    """Stamp living text at a box's position on top of everything."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(FONT, SIZE)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(box.x0 + 1, box.y0 + 3.5, text)
    c.save()
    with pikepdf.open(io.BytesIO(data)) as pdf, pikepdf.open(buf) as overlay:
        pdf.pages[page].add_overlay(overlay.pages[0])
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_incremental_update_fails(original: tuple[bytes, Layout], redacted: bytes) -> None:
    data, layout = original
    with pikepdf.open(io.BytesIO(redacted)) as pdf:
        out = io.BytesIO()
        pdf.save(out)
    twice = out.getvalue() + b"\n% an appended revision\n%%EOF\n"
    proof = prove(data, twice, layout.findings())
    assert failed(proof) == {"structure"}
    assert "2 %%EOF" in proof.failures[0].detail


def test_over_redaction_fails(original: tuple[bytes, Layout]) -> None:
    data, layout = original
    over, _ = make_pdf(redact=True, drop_word="Besluit")
    proof = prove(data, over, layout.findings())
    assert {"text_outside_survives", "pixels_outside_unchanged"} <= failed(proof)
    detail = next(c.detail for c in proof.failures if c.name == "text_outside_survives")
    assert "p. 3: 1" in detail


def test_missing_box_fails(original: tuple[bytes, Layout]) -> None:
    data, layout = original
    blank, _ = make_pdf(redact=True, draw_boxes=False)
    proof = prove(data, blank, layout.findings())
    assert failed(proof) == {"boxes_black"}


def test_a_box_inside_a_larger_one_is_measured_with_it(original: tuple[bytes, Layout], redacted: bytes) -> None:
    """A signature's ink boxed inside a name's box may lie under that box's white label (a scanned election
    record: 6-point boxes read 50-58 % dark): it is measured as part of the larger box, which is drawn and
    dark. A box of its own that was never drawn still fails."""
    from woo_redact.prove.pixels import _inside_another

    name = Box(1, 132.9, 471.8, 179.4, 481.9)
    assert _inside_another(Box(1, 160.5, 473.0, 166.8, 480.0), [name])
    assert not _inside_another(Box(1, 160.5, 473.0, 181.0, 480.0), [name])  # reaches out of it
    assert not _inside_another(name, [name])  # not inside itself
    data, layout = original
    findings = layout.findings()
    outer = next(f for f in findings if f.boxes and f.boxes[0].width > 40)
    b = outer.boxes[0]
    ink = replace(outer, id="stray-ink", start=0, end=0, text="", entity_type="SIGNATURE")
    stray = replace(ink, boxes=(Box(b.page, 40, 40, 60, 50),))  # nowhere near a box: undrawn
    assert "boxes_black" in failed(prove(data, redacted, [*findings, stray]))


def test_changed_areas_and_appended_pages(original: tuple[bytes, Layout]) -> None:
    data, layout = original
    out, _ = make_pdf(redact=True, extra=(2, 300, 60, "Zie motivering, bijlage"), extra_page=True)
    findings = layout.findings()
    assert {"structure", "pixels_outside_unchanged"} <= failed(prove(data, out, findings))
    proof = prove(data, out, findings, changed_areas=(Box(2, 295, 50, 450, 75),), appended_pages=1)
    assert proof.passed, proof.failures


def test_actual_text_in_stream_fails(original: tuple[bytes, Layout], redacted: bytes) -> None:
    data, layout = original
    with pikepdf.open(io.BytesIO(redacted)) as pdf:
        page = pdf.pages[0]
        page.contents_add(
            pdf.make_stream(b"/Span <</ActualText (Pieter Jansen)>> BDC EMC"),
            prepend=False,
        )
        out = io.BytesIO()
        pdf.save(out)
    proof = prove(data, out.getvalue(), layout.findings())
    assert "no_stream_leak" in failed(proof)
    assert_no_secret_in_details(proof)


def _rasterize(
    data: bytes, page_index: int, dpi: int = 150, source: bytes = b"", erase: tuple[float, ...] = ()
) -> bytes:
    """Replace one page by an image of itself (or of ``source``'s page), with the rectangle ``erase`` (x0, top, x1,
    bottom in points from the page's top left) painted white in it."""
    doc = pdfium.PdfDocument(source or data)
    image = doc[page_index].render(scale=dpi / 72).to_pil()
    doc.close()
    if erase:
        from PIL import ImageDraw

        ImageDraw.Draw(image).rectangle([round(v * dpi / 72) for v in erase], fill=(255, 255, 255))
    img = io.BytesIO()
    image.save(img, format="PNG")
    img.seek(0)
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
    c.save()
    with pikepdf.open(io.BytesIO(data)) as pdf, pikepdf.open(buf) as raster:
        pdf.pages[page_index] = raster.pages[0]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_rasterized_page(original: tuple[bytes, Layout], redacted: bytes) -> None:
    data, layout = original
    good = _rasterize(redacted, 0)
    proof = prove(data, good, layout.findings(), rasterized_pages=(0,))
    assert proof.passed, proof.failures
    # an image of the unredacted page keeps the name as pixels
    bad = _rasterize(redacted, 0, source=data)
    proof = prove(data, bad, layout.findings(), rasterized_pages=(0,))
    assert failed(proof) == {"boxes_black"}


@pytest.mark.parametrize("dpi", [150, 300])
def test_rasterized_page_that_lost_text_outside_the_boxes(
    original: tuple[bytes, Layout], redacted: bytes, dpi: int
) -> None:
    """The rasterized page is compared at the raster's resolution and averaged down (RASTER_FACTOR): an image of
    the redacted page passes at 150 and 300 dpi, one that lost a line of text outside the boxes does not."""
    data, layout = original
    assert prove(data, _rasterize(redacted, 0, dpi=dpi), layout.findings(), rasterized_pages=(0,)).passed
    doc = pdfium.PdfDocument(redacted)
    page = doc[0]
    height = page.get_height()
    text = page.get_textpage()
    # the first line of the page's text, wherever it stands: its box painted white in the raster
    x0, y0, x1, y1 = text.get_charbox(0)
    lost = (x0 - 1, height - y1 - 1, x0 + 200, height - y0 + 1)
    text.close()
    page.close()
    doc.close()
    bad = _rasterize(redacted, 0, dpi=dpi, erase=lost)
    proof = prove(data, bad, layout.findings(), rasterized_pages=(0,))
    assert "pixels_outside_unchanged" in failed(proof)


def test_pdftotext_missing(original: tuple[bytes, Layout], redacted: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    data, layout = original
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    proof = prove(data, redacted, layout.findings())
    assert failed(proof) == {"no_text_leak[pdftotext]"}
    assert "poppler-utils" in proof.failures[0].detail


def test_garbage_output_fails(original: tuple[bytes, Layout]) -> None:
    data, layout = original
    proof = prove(data, b"not a pdf", layout.findings())
    assert not proof.passed
    assert "structure" in failed(proof)


def test_extract_texts(original: tuple[bytes, Layout]) -> None:
    texts = extract_texts(original[0])
    assert set(texts) == {"pdfplumber", "pdfium", "pdftotext"}
    for text in texts.values():
        assert NAME in text and EMAIL in text


def test_fast_enough(original: tuple[bytes, Layout], redacted: bytes) -> None:
    data, layout = original
    prove(data, redacted, layout.findings())  # warm up imports and caches
    t0 = time.perf_counter()
    proof = prove(data, redacted, layout.findings())
    elapsed = time.perf_counter() - t0
    assert proof.passed
    assert elapsed < 2.0, f"prove took {elapsed:.2f} s on a 3-page note"


def _paraph_pdf(redact: bool) -> tuple[bytes, Box]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(FONT, SIZE)
    c.drawString(LEFT, TOP, "Paraaf:")
    x = LEFT + stringWidth("Paraaf: ", FONT, SIZE)
    box = Box(0, x - 1, TOP - 3.5, x + stringWidth("TM", FONT, SIZE) + 1, TOP + SIZE)
    if redact:
        c.rect(box.x0, box.y0, box.width, box.height, stroke=0, fill=1)
    else:
        c.drawString(x, TOP, "TM")
    for i in range(1, 20):
        c.drawString(LEFT, TOP - i * LEADING, f"Regel {i} met tekst")
    c.showPage()
    c.save()
    return buf.getvalue(), box


def test_short_secret_is_not_confused_with_operators() -> None:
    """A paraph 'TM' must not be counted in the content stream's Tm operators."""
    data, box = _paraph_pdf(redact=False)
    out, _ = _paraph_pdf(redact=True)
    finding = Finding("P1", 0, 2, "TM", "PARAPH", Ground.PRIVATE_LIFE, 0.9, (box,), (Explanation("t", 0.9, "t"),))
    proof = prove(data, out, [finding])
    assert proof.passed, proof.failures
    assert not prove(data, data, [finding]).passed


def test_hidden_form_xobject_fails(original: tuple[bytes, Layout], redacted: bytes) -> None:
    """A form XObject that is never drawn still carries the name in the file."""
    data, layout = original
    with pikepdf.open(io.BytesIO(redacted)) as pdf:
        form = pdf.make_stream(
            b"BT /F1 11 Tf 72 700 Td (Pieter Jansen) Tj ET",
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, 595, 842],
        )
        pdf.pages[0].Resources.XObject = pikepdf.Dictionary(Hidden=form)
        out = io.BytesIO()
        pdf.save(out)
    proof = prove(data, out.getvalue(), layout.findings())
    assert failed(proof) == {"no_stream_leak"}


def test_binary_strings_do_not_spell_secrets(original: tuple[bytes, Layout], redacted: bytes) -> None:
    """Random bytes may contain 'TM' by chance; only text-like strings count."""
    data, layout = original
    noise = bytes([0, 1, 2, 3, ord("T"), ord("M"), 4, 5, 6, 7, 8, 0x90, 0x91, 0x92])
    with pikepdf.open(io.BytesIO(redacted)) as pdf:
        pdf.Root.Noise = pikepdf.String(noise)
        out = io.BytesIO()
        pdf.save(out)
    box = layout.spots["F1"][2]
    finding = Finding("P1", 0, 2, "TM", "PARAPH", Ground.PRIVATE_LIFE, 0.9, (box,), (Explanation("t", 0.9, "t"),))
    proof = prove(data, out.getvalue(), [*layout.findings(), finding])
    assert "no_metadata_leak" not in failed(proof)
    assert textual("Brief van TM") and not textual(noise.decode("latin-1"))


@pytest.mark.parametrize(
    ("text", "is_label"),
    [("5.1.2e", True), ("5.1.1c, 5.2.1", True), ("[5.1.2e]", True), ("06.12.34.56", False), ("5.1.2e Jan", False)],
)
def test_box_label_allowance(text: str, is_label: bool) -> None:
    assert label_only(list(text)) is is_label


def _detail(proof: Proof, name: str) -> str:
    return next(c.detail for c in proof.checks if c.name == name)


def _keep_last_page(data: bytes, redacted: bytes) -> bytes:
    """The redacted pages 1-2 with the original's page 3 (no box there), as a remover writes it."""
    with pikepdf.open(io.BytesIO(data)) as pdf, pikepdf.open(io.BytesIO(redacted)) as red:
        for i in (0, 1):
            pdf.pages[i] = red.pages[i]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_identical_page_is_not_rendered(original: tuple[bytes, Layout], redacted: bytes) -> None:
    """Page 3 has no box and draws exactly what the original draws: compared by its bytes."""
    data, layout = original
    proof = prove(data, _keep_last_page(data, redacted), layout.findings())
    assert proof.passed, proof.failures
    assert "1 more draw exactly what the original draws" in _detail(proof, "pixels_outside_unchanged")
    assert "1 page(s) byte-identical" in _detail(proof, "text_outside_survives")


def test_changed_font_on_page_without_boxes_fails(original: tuple[bytes, Layout], redacted: bytes) -> None:
    """Same content stream, other font resource: the page is no longer the original's page."""
    data, layout = original
    with pikepdf.open(io.BytesIO(_keep_last_page(data, redacted))) as pdf:
        page = pdf.pages[2]
        fonts = pikepdf.Dictionary()
        for key, font in page.Resources.Font.items():
            copy = pikepdf.Dictionary({k: v for k, v in font.items()})
            copy.BaseFont = pikepdf.Name.Courier
            fonts[key] = pdf.make_indirect(copy)
        page.Resources = pikepdf.Dictionary({k: v for k, v in page.Resources.items()})
        page.Resources.Font = fonts
        out = io.BytesIO()
        pdf.save(out)
    proof = prove(data, out.getvalue(), layout.findings())
    assert "pixels_outside_unchanged" in failed(proof)
    assert "p. 3" in _detail(proof, "pixels_outside_unchanged")


def test_words_split_where_text_was_removed() -> None:
    """A word whose neighbour was removed splits the same way with or without that neighbour."""
    import numpy as np

    from woo_redact.prove.checks import words_avoiding
    from woo_redact.prove.text import PageChars

    def chars(spec: list[tuple[str, float]]) -> PageChars:
        return PageChars([t for t, _ in spec], np.array([(x, 0.0, x + 5.0, 10.0) for _, x in spec]))

    # "(Jansen)" in the original; the box covers "Jansen"
    before = chars([("(", 0.0), *((c, 5.0 + 5 * k) for k, c in enumerate("Jansen")), (")", 35.0)])
    after = chars([("(", 0.0), (")", 35.0)])  # removed, and no space inferred in between
    box = [(5.5, -1.0, 34.5, 11.0)]
    assert words_avoiding(before, box) == words_avoiding(after, box) == {"(": 1, ")": 1}


def test_a_word_of_control_characters_alone_is_no_text() -> None:
    """Chromium maps the hyphen of "@ngozi.adeyemi-boer" to U+0002, a glyph PDFium gives no usable box: removed
    with the handle, it is no readable word lost outside the boxes; a word with letters still counts."""
    import numpy as np

    from woo_redact.prove.checks import words_avoiding
    from woo_redact.prove.text import PageChars

    def chars(spec: list[tuple[str, float]]) -> PageChars:
        return PageChars([t for t, _ in spec], np.array([(x, 0.0, x + 5.0, 10.0) for _, x in spec]))

    page = chars([("\x02", 0.0), ("a", 20.0), ("\x02", 25.0)])
    assert words_avoiding(page, []) == {"a\x02": 1}
    assert words_avoiding(chars([("\x02", 0.0)]), []) == {}
