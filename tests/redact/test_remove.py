"""End-to-end tests of apply_redactions on adversarial PDFs."""

from __future__ import annotations

import io

import pikepdf
import pytest
from redact_checks import boxes_for, changed_outside, inside_dark, raw_hits, redact, squash, texts
from redact_pdfs import (
    Case,
    build,
    case_image_under_box,
    case_inline_image_under_box,
    case_shared_form,
    case_type3_skewed,
    vector_cases,
)

from woo_redact.model import Box, Redaction
from woo_redact.redact.remove import apply_redactions


def _boxes(case: Case) -> list[Box]:
    source = str(case.extra.get("boxes", "pdfplumber"))
    boxes = [b for s in case.secrets for b in boxes_for(case.data, case.page, s, source)]
    if case.extra.get("one_box"):
        union = boxes[0]
        for box in boxes[1:]:
            union = union.union(box)
        boxes = [union]
    return boxes


@pytest.mark.parametrize("case", vector_cases(), ids=lambda c: c.id)
def test_vector_case(case: Case) -> None:
    boxes = _boxes(case)
    out, report = redact(case.data, boxes, case.label)
    assert len(report) == 1
    assert not report[0].rasterized, report[0].reason
    assert report[0].glyphs_removed >= sum(len(s) for s in case.secrets)
    for tool, text in texts(out, case.page).items():
        flat = squash(text)
        for secret in case.secrets:
            assert secret not in flat, f"{tool} still finds {secret!r}: {text!r}"
            for part in _name_parts(case, secret):
                assert part not in text, f"{tool} still finds {part!r}: {text!r}"
        if tool not in case.extra.get("keep_tools", (tool,)):  # type: ignore[operator]
            continue
        for word in case.keep:
            assert word in text, f"{tool} lost {word!r}: {text!r}"
    tolerance = float(case.extra.get("pixel_tolerance", 0.0))  # type: ignore[arg-type]
    assert changed_outside(case.data, out, case.page, boxes) <= tolerance
    for box in boxes:
        assert inside_dark(out, case.page, box) > 0.6
    if case.id != "shared_form":  # page 1 legitimately keeps the shared form's name
        parts = [p for s in case.secrets for p in _name_parts(case, s)]
        assert raw_hits(out, parts) == []


def _name_parts(case: Case, secret: str) -> list[str]:
    """The capitalised parts of a squashed name ("ElsdeVries" -> Els, Vries)."""
    parts, cur = [], ""
    for ch in secret:
        if ch.isupper() and cur:
            parts.append(cur)
            cur = ""
        cur += ch
    parts.append(cur)
    return [p for p in parts if len(p) >= 3]


def test_actualtext_is_dropped() -> None:
    case = next(c for c in vector_cases() if c.id == "actualtext")
    out, _ = redact(case.data, _boxes(case))
    with pikepdf.open(io.BytesIO(out)) as pdf:
        raw = pdf.pages[0].Contents.read_bytes()
    assert b"ActualText" not in raw and b"Lotte" not in raw


def test_shared_form_other_page_keeps_name() -> None:
    case = case_shared_form()
    out, report = redact(case.data, _boxes(case))
    assert report[0].glyphs_removed > 0
    assert "Anna Kok" not in texts(out, 0)["pdfplumber"]
    for tool, text in texts(out, 1).items():
        assert "Anna Kok" in text, tool
    assert changed_outside(case.data, out, 1, []) == 0.0


def test_form_drawn_twice_on_one_page() -> None:
    """The same form drawn twice; only the first drawing is under a box."""

    def setup(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
        form = pdf.make_stream(
            b"BT /F1 10 Tf 0 0 Td (Anna Kok) Tj ET",
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, -5, 200, 15],
        )
        resources.XObject = pikepdf.Dictionary(Fm1=form)

    content = b"q 1 0 0 1 20 150 cm /Fm1 Do Q q 1 0 0 1 20 50 cm /Fm1 Do Q"
    data = build([content], setup=setup)
    top = [b for b in boxes_for(data, 0, "AnnaKok") if b.y0 > 100]
    out, report = redact(data, top)
    assert not report[0].rasterized, report[0].reason
    text = texts(out, 0)["pdfplumber"]
    assert text.count("Anna Kok") == 1
    assert changed_outside(data, out, 0, top) == 0.0


def test_inline_image_under_a_box_is_painted_not_rasterised() -> None:
    case = case_inline_image_under_box()
    boxes = _boxes(case)
    out, report = redact(case.data, boxes)
    assert not report[0].rasterized, report[0].reason
    assert report[0].images == 1
    for tool, text in texts(out, 0).items():
        assert "Eva" not in text and "Getekend" in text and "directeur" in text, (tool, text)


@pytest.mark.parametrize("make", [case_type3_skewed], ids=["type3-skewed"])
def test_rasterised_cases(make: object) -> None:
    case = make()  # type: ignore[operator]
    boxes = _boxes(case)
    out, report = redact(case.data, boxes)
    assert report[0].rasterized and report[0].reason
    for tool, text in texts(out, 0).items():
        assert not text.strip(), f"{tool} finds text on a rasterised page: {text!r}"
    assert raw_hits(out, [p for s in case.secrets for p in _name_parts(case, s)]) == []
    assert changed_outside(case.data, out, 0, boxes, scale=1.0, threshold=96) < 0.01
    assert inside_dark(out, 0, boxes[0], scale=1.0) > 0.6
    with pikepdf.open(io.BytesIO(out)) as pdf:
        res = pdf.pages[0].Resources
        assert "/Font" not in res and list(res.XObject.keys()) == ["/WooPage"]


def test_image_under_box_is_painted_not_rasterised() -> None:
    case = case_image_under_box()
    boxes = _boxes(case)
    out, report = redact(case.data, boxes)
    assert not report[0].rasterized, report[0].reason
    assert report[0].images == 1
    assert "Getekend" in texts(out, 0)["pdfplumber"]
    assert inside_dark(out, 0, boxes[0], scale=1.0) > 0.6
    with pikepdf.open(io.BytesIO(case.data)) as pdf:
        before = pdf.pages[0].Resources.XObject.Im1.read_bytes()
    with pikepdf.open(io.BytesIO(out)) as pdf:
        xobjects = pdf.pages[0].Resources.XObject
        assert "/Im1" not in xobjects, "the unpainted image must leave the page's resources"
        (painted,) = [v for k, v in xobjects.items() if k.startswith("/WooImage")]
        after = painted.read_bytes()
    # the 8x8 image spans x 15..135, y 90..120; the box covers part of it: some pixels painted 0, others kept
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed and all(after[i] == 0 for i in changed)
    assert len(changed) < len(before)


def test_box_hitting_nothing_rasterises() -> None:
    data = build([b"BT /F1 12 Tf 20 150 Td (Alleen deze regel) Tj ET"])
    out, report = redact(data, [Box(0, 200, 20, 260, 40)])
    assert report[0].rasterized and "no glyph" in report[0].reason
    assert changed_outside(data, out, 0, [Box(0, 200, 20, 260, 40)], scale=1.0, threshold=96) < 0.01


def test_unlabelled_box_only_removes() -> None:
    data = build([b"BT /F1 12 Tf 20 150 Td (Plaats hier de motivering) Tj ET"])
    boxes = boxes_for(data, 0, "motivering")
    out, report = redact(data, boxes, label="")
    assert not report[0].rasterized and report[0].glyphs_removed == len("motivering")
    assert "motivering" not in texts(out, 0)["pdfplumber"]
    assert inside_dark(out, 0, boxes[0]) == 0.0
    # an empty-label box that hits nothing is harmless: no raster
    _, report = redact(data, [Box(0, 200, 20, 260, 40)], label="")
    assert not report[0].rasterized and report[0].glyphs_removed == 0


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_page_rasterises_in_the_right_place(rotate: int) -> None:
    from redact_pdfs import type3_font

    def setup(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
        # a Type 3 font with a skewed FontMatrix: the page is rasterised
        resources.Font.F3 = pdf.make_indirect(type3_font(pdf, (0.001, 0, 0.0003, 0.001, 0, 0)))

    content = b"BT /F1 12 Tf 20 150 Td (Naam: Bram Boer hier) Tj ET BT /F3 10 Tf 20 100 Td (abc) Tj ET"
    data = build([content], setup=setup, rotate=rotate, size=(10, 20, 310, 220))
    box = Box(0, 60, 145, 110, 165)
    out, report = redact(data, [box], dpi=72)
    assert report[0].rasterized
    with pikepdf.open(io.BytesIO(out)) as pdf:
        assert int(pdf.pages[0].Rotate) == rotate
    # undo the page rotation and check the box is black where it belongs
    unrotated = _unrotate(out)
    assert inside_dark(unrotated, 0, box, scale=1.0) > 0.75  # the white label is inside


def _unrotate(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.pages[0].Rotate = 0
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def test_labels_are_drawn_and_pages_without_boxes_untouched() -> None:
    data = build(
        [
            b"BT /F1 12 Tf 20 150 Td (Contact: Pieter Jansen) Tj ET",
            b"BT /F1 12 Tf 20 150 Td (Pieter Jansen op pagina twee) Tj ET",
        ]
    )
    boxes = boxes_for(data, 0, "PieterJansen")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        before = pdf.pages[1].Contents.read_bytes()
        report = apply_redactions(pdf, [Redaction(boxes[0], "5.1.2e", "f")], original=data)
        assert pdf.pages[1].Contents.read_bytes() == before
        assert b"5.1.2e" in bytes.fromhex(pdf.pages[0].Contents.read_bytes().split(b"<")[-1].split(b">")[0].decode())
    assert [r.page for r in report] == [0]


def _form_setup(inner_only: bool):
    def setup(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
        inner = pdf.make_stream(
            b"BT /F1 10 Tf 0 0 Td (Getekend Karel Appel) Tj ET",
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, -5, 200, 15],
            Matrix=[1.2, 0, 0, 1.2, 5, 0],
        )
        # the outer form has no /Resources: it inherits the page's (and names Fm2 there)
        outer = pdf.make_stream(
            b"q 1 0 0 1 0 10 cm /Fm2 Do Q BT /F1 9 Tf 0 0 Td (Buitenste vorm) Tj ET",
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, -5, 300, 40],
        )
        resources.XObject = pikepdf.Dictionary(Fm2=inner) if inner_only else pikepdf.Dictionary(Fm1=outer, Fm2=inner)

    return setup


def test_nested_forms_with_inherited_resources() -> None:
    data = build(
        [
            b"BT /F1 12 Tf 20 170 Td (Kop) Tj ET q 1 0 0 1 20 100 cm /Fm1 Do Q",
            b"BT /F1 12 Tf 20 170 Td (Pagina zonder vorm) Tj ET",
        ],
        setup=_form_setup(False),
    )
    boxes = boxes_for(data, 0, "KarelAppel")
    out, report = redact(data, boxes)
    assert not report[0].rasterized, report[0].reason
    for tool, text in texts(out, 0).items():
        assert "Karel" not in text and "Appel" not in text, tool
        assert "Getekend" in text and "Buitenste" in text, tool
    assert changed_outside(data, out, 0, boxes) == 0.0
    # page 1 shares the resources but draws no form: the originals must not survive
    assert raw_hits(out, ["Karel", "Appel"]) == []
    assert "Pagina" in texts(out, 1)["pdfplumber"]


def test_raster_page_leaves_no_old_content() -> None:
    data = build(
        [
            b"BT /F1 12 Tf 20 150 Td (Naam: Bram Boer) Tj ET "
            b"BT /F3 10 Tf 20 100 Td (abc) Tj ET q 1 0 0 1 20 20 cm /Fm2 Do Q",
            b"BT /F1 12 Tf 20 150 Td (Andere pagina) Tj ET",
        ],
        setup=lambda pdf, res: (_form_setup(True)(pdf, res), _add_type3(pdf, res)),
    )
    out, report = redact(data, boxes_for(data, 0, "BramBoer"))
    assert report[0].rasterized
    assert raw_hits(out, ["Bram", "Karel"]) == []
    assert "Andere pagina" in texts(out, 1)["pdfplumber"]


def _add_type3(pdf: pikepdf.Pdf, resources: pikepdf.Dictionary) -> None:
    from redact_pdfs import type3_font

    resources.Font.F3 = pdf.make_indirect(type3_font(pdf, (0.001, 0, 0.0003, 0.001, 0, 0)))  # skewed: rasterised


def test_a_name_object_that_is_no_utf8_is_read_byte_by_byte() -> None:
    """wkhtmltopdf names its link destinations with bytes that are no UTF-8 (/...#A8...): the remover reads
    them as Latin-1 instead of failing the document with an internal error."""
    from woo_redact.redact.sanitize.match import SecretMatcher, text_of

    name = pikepdf.Object.parse(b"/Jan#A8Roes")
    assert text_of(name) == "Jan\u00a8Roes"
    assert SecretMatcher(["Roes"]).object(name)


def test_the_proof_reads_a_name_by_its_bytes_not_its_escapes() -> None:
    """A link target named with bytes that are no UTF-8 ("/,T#0f*#a8.#e6#ed") holds no letters "ed": the proof
    reads the name's bytes, as the remover does, so a redacted "Ed" does not fail the document there."""
    from woo_redact.prove.content import _string_text

    name = pikepdf.Object.parse(b"/,T#0f*#a8.#e6#ed")
    assert "ed" not in _string_text(name).lower()
    assert _string_text(pikepdf.Object.parse(b"/J#61n#a8")) == "Jan\u00a8"  # an escaped secret is still found
