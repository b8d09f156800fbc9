"""Signatures and paraphs: images and vector ink judged by their place in the text, then removed.

Each case is a generated PDF (``siggen.py``) run through the whole pipeline: the
mark must be found as a SIGNATURE finding (redacted on 5.1.2e and flagged for
review for a civil servant, kept for a registered office holder signing in that
role), the remover must paint the image's own pixels or drop the ink paths, and
the proof must pass.
"""

from __future__ import annotations

import io

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from siggen import paraph_table, signed_form, signed_letter

from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.model import SIGNATURE, Action
from woo_redact.pipeline import Processed, run_document


@pytest.fixture(scope="module")
def setup() -> tuple[object, Detector]:
    config = load_config()
    return config, Detector(config)


def _run(setup: tuple[object, Detector], data: bytes) -> Processed:
    config, detector = setup
    return run_document(data, "letter.pdf", config, detector)  # type: ignore[arg-type]


def _signatures(p: Processed) -> list[tuple[object, object]]:
    return [(f, d) for f, d in zip(p.findings, p.decisions) if f.entity_type == SIGNATURE]


def _images_only(data: bytes, dpi: int = 72) -> np.ndarray:
    """The page rendered with only its images (what lies under the black boxes)."""
    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        for obj in list(page.get_objects(max_depth=1)):
            if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
                page.remove_obj(obj)
        page.gen_content()
        return np.asarray(page.render(scale=dpi / 72).to_pil().convert("L"), dtype=int)
    finally:
        doc.close()


def _curves(data: bytes) -> int:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return sum(
            1
            for instr in pikepdf.parse_content_stream(pdf.pages[0])
            if not isinstance(instr, pikepdf.ContentStreamInlineImage) and str(instr.operator) == "c"
        )


def _lines(data: bytes) -> int:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return sum(
            1
            for instr in pikepdf.parse_content_stream(pdf.pages[0])
            if not isinstance(instr, pikepdf.ContentStreamInlineImage) and str(instr.operator) == "l"
        )


def _crop(img: np.ndarray, box: tuple[float, float, float, float], inset: float = 3) -> np.ndarray:
    h = img.shape[0]
    x0, y0, x1, y1 = box
    return img[int(h - y1 + inset) : int(h - y0 - inset), int(x0 + inset) : int(x1 - inset)]


def test_scanned_signature_image_of_a_civil_servant_is_painted(setup: tuple[object, Detector]) -> None:
    data, box = signed_letter("Met vriendelijke groet,", "Jan de Boer", "senior beleidsmedewerker", mark="image")
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.REDACT and d.needs_review
    assert f.ground.value == "5.1.2e" and "Jan de Boer" in f.explanations[0].reason
    fb = f.boxes[0]
    assert fb.x0 <= box[0] and fb.y0 <= box[1] and fb.x1 >= box[2] and fb.y1 >= box[3]
    assert p.pages[0].images == 1 and not p.pages[0].rasterized
    assert p.proof.passed, p.proof.failures
    before, after = _crop(_images_only(data), box), _crop(_images_only(p.output), box)
    assert before.min() < 100, "the strokes are there before"
    assert after.max() < 10, "the image's own pixels under the box are painted"


def test_a_signature_under_a_greeting_that_names_the_signer_on_its_line(setup: tuple[object, Detector]) -> None:
    """ "Met vriendelijke groet, namens het college, W. Scheepstra, teamleider": no printed name under the mark."""
    closing = "Met vriendelijke groet, namens het college, Wouter Scheepstra, teamleider Inkomen"
    data, box = signed_letter(closing, "", "", mark="image")
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.REDACT and d.needs_review and "Scheepstra" in f.explanations[0].reason
    assert p.proof.passed, p.proof.failures
    assert _crop(_images_only(p.output), box).max() < 10, "the image's own pixels under the box are painted"


def test_a_ministers_signature_under_a_greeting_that_names_her_stays(setup: tuple[object, Detector]) -> None:
    data, _ = signed_letter("Hoogachtend, de minister van Financiën, Sigrid Kaag", "", "", mark="ink")
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.KEEP, f.explanations


@pytest.mark.parametrize(
    ("label", "beside"),
    [("Handtekening kiezer:", True), ("Handtekening kiezer:", False), ("Handtekening ouder/verzorger", True)],
)
def test_a_forms_signature_field_beside_or_under_its_label(
    setup: tuple[object, Detector], label: str, beside: bool
) -> None:
    """A form's "Handtekening kiezer:" holds the signature as its value, with no printed name under it."""
    data, box = signed_form(label, beside=beside)
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.REDACT and d.needs_review
    fb = f.boxes[0]
    assert fb.x0 <= box[0] and fb.y0 <= box[1] and fb.x1 >= box[2] and fb.y1 >= box[3]
    assert p.proof.passed, p.proof.failures


def test_a_picture_beside_a_sentence_about_signing_is_no_signature(setup: tuple[object, Detector]) -> None:
    """ "de ondertekening heeft plaatsgevonden in mijn bijzijn." is a sentence, not a signature's label."""
    data, _ = signed_form("De ondertekening heeft plaatsgevonden in mijn bijzijn en is gecontroleerd.", beside=True)
    assert not _signatures(_run(setup, data))


def test_vector_ink_signature_paths_are_removed(setup: tuple[object, Detector]) -> None:
    data, _ = signed_letter("Hoogachtend,", "drs. P.J. Smit", "afdelingshoofd Woo", mark="ink")
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.REDACT and d.needs_review and "vector ink" in f.explanations[0].reason
    assert p.pages[0].paths == 5 and not p.pages[0].rasterized
    assert _curves(data) > 0 and _curves(p.output) == 0, "every stroke of the ink is gone from the content"
    assert _lines(p.output) == _lines(data), "the heading's rule (a path that is no ink) stays"
    assert p.proof.passed, p.proof.failures


def test_paraph_image_in_a_table_cell(setup: tuple[object, Detector]) -> None:
    data, box = paraph_table()
    p = _run(setup, data)
    [(f, d)] = _signatures(p)  # one row has a paraph, the other none
    assert d.action is Action.REDACT and d.needs_review
    assert f.explanations[0].pattern == "paraph" and "Pieter Smit" in f.explanations[0].reason
    assert p.proof.passed, p.proof.failures
    assert _crop(_images_only(p.output), box, 2).max() < 10


def test_office_holders_signature_stays(setup: tuple[object, Detector]) -> None:
    data, _ = signed_letter("De minister van Volksgezondheid, Welzijn en Sport,", "H.M. de Jonge", "", mark="ink")
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.KEEP and "public office holder" in f.explanations[0].reason
    name = next((f, d) for f, d in zip(p.findings, p.decisions) if f.text == "H.M. de Jonge")
    assert name[1].action is Action.KEEP, "the printed name of the minister stays too"
    assert _curves(p.output) == _curves(data) > 0
    assert p.proof.passed


def test_a_civil_servant_signing_for_the_minister_is_redacted(setup: tuple[object, Detector]) -> None:
    """ "De minister van X, namens deze," over a civil servant's name: the signature is the servant's."""
    data, _ = signed_letter(
        "De minister van Volksgezondheid, Welzijn en Sport,", "Jan de Boer", "directeur", mark="ink"
    )
    p = _run(setup, data)
    [(_, d)] = _signatures(p)
    assert d.action is Action.REDACT and d.needs_review
    assert _curves(p.output) == 0


def test_logos_figures_and_charts_are_no_signatures(setup: tuple[object, Detector]) -> None:
    """Images and ink above a sentence that mentions a name (not a printed name alone) stay."""
    from siggen import figure_page

    from woo_redact.parse import parse_pdf

    config, detector = setup
    doc = parse_pdf(figure_page(), "figure.pdf")
    assert {r.kind for p in doc.pages for r in p.regions} == {"image", "ink"}
    found = detector.detect(doc)
    assert any(f.text == "Jan de Boer" for f in found), "the name in the caption is found"
    assert not [f for f in found if f.entity_type == SIGNATURE]


def _curves_anywhere(data: bytes) -> int:
    """Curve operators in every content stream and Form XObject the file holds."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        streams = [pdf.pages[0].obj] + [
            o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Form"
        ]
        return sum(
            1
            for s in streams
            for instr in pikepdf.parse_content_stream(s)
            if not isinstance(instr, pikepdf.ContentStreamInlineImage) and str(instr.operator) == "c"
        )


@pytest.mark.parametrize("nested", [False, True], ids=["form", "form-in-clipped-scaled-form"])
def test_ink_in_a_form_xobject_is_found_and_removed(setup: tuple[object, Detector], nested: bool) -> None:
    """A signature stamp (a Form XObject of paths, as Word and Acrobat place one) is seen and taken out."""
    from siggen import stamped_letter

    data, box = stamped_letter("Met vriendelijke groet,", "Jan de Boer", "senior beleidsmedewerker", nested=nested)
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.REDACT and d.needs_review and "vector ink" in f.explanations[0].reason
    fb = f.boxes[0]
    assert fb.x0 <= box[0] + 8 and fb.y0 <= box[1] + 1 and fb.x1 >= box[2] - 8 and fb.y1 >= box[3] - 6
    assert p.pages[0].paths == 5 and not p.pages[0].rasterized
    assert _curves_anywhere(data) == 15 and _curves_anywhere(p.output) == 0, "no stroke is left in any form"
    assert _lines(p.output) == _lines(data), "the heading's rule stays"
    assert p.proof.passed, p.proof.failures
    ink = next(c for c in p.proof.checks if c.name == "no_ink_in_boxes")
    assert ink.passed and "1 area box" in ink.detail


def test_a_ministers_stamp_stays(setup: tuple[object, Detector]) -> None:
    from siggen import stamped_letter

    data, _ = stamped_letter("De minister van Volksgezondheid, Welzijn en Sport,", "H.M. de Jonge", "", nested=True)
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.KEEP
    assert _curves_anywhere(p.output) == _curves_anywhere(data) == 15
    assert p.proof.passed


def test_the_proof_fails_when_a_stamp_is_only_covered(setup: tuple[object, Detector]) -> None:
    """A black box drawn over a signature stamp without taking the form's strokes out fails no_ink_in_boxes."""
    from siggen import stamped_letter

    from woo_redact.prove import prove

    data, _ = stamped_letter("Met vriendelijke groet,", "Jan de Boer", "directeur", nested=True)
    p = _run(setup, data)
    [(f, _)] = _signatures(p)
    b = f.boxes[0]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        cover = f"q 0 g {b.x0} {b.y0} {b.width} {b.height} re f Q".encode()
        pdf.pages[0].contents_add(pdf.make_stream(cover), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
    proof = prove(data, out.getvalue(), [f])
    ink = next(c for c in proof.checks if c.name == "no_ink_in_boxes")
    assert not ink.passed and f.id in ink.detail and "5 vector path(s)" in ink.detail
    assert [c.name for c in proof.checks if not c.passed] == ["no_ink_in_boxes"], "no other check sees it"


def test_photo_and_logo_stay_pixel_identical_beside_a_redacted_signature(setup: tuple[object, Detector]) -> None:
    """A page with a photo, a logo and a signature: the signature's image is painted, the photo and the
    logo keep their bytes and render pixel for pixel as before."""
    from siggen import LOGO_BOX, PHOTO_BOX, photo_letter

    data, box = photo_letter()
    p = _run(setup, data)
    [(f, d)] = _signatures(p)
    assert d.action is Action.REDACT and p.proof.passed, p.proof.failures
    assert p.pages[0].images == 1 and not p.pages[0].rasterized, "only the signature's image is re-encoded"

    def images(blob: bytes) -> dict[int, bytes]:
        with pikepdf.open(io.BytesIO(blob)) as pdf:
            return {
                int(x.Width): x.read_raw_bytes()
                for x in pdf.pages[0].Resources.XObject.values()
                if x.Subtype == "/Image"
            }

    before, after = images(data), images(p.output)
    assert before[380] == after[380] and before[120] == after[120], "photo and logo: the same bytes"
    a, b = (_render(blob, 150) for blob in (data, p.output))
    for x0, y0, x1, y1 in (PHOTO_BOX, LOGO_BOX):
        s, h = 150 / 72, a.shape[0]
        area = (slice(int(h - y1 * s), int(h - y0 * s)), slice(int(x0 * s), int(x1 * s)))
        assert np.array_equal(a[area], b[area]), "pixel for pixel"
    assert _crop(_images_only(p.output), box).max() < 10, "the signature's pixels are painted"


def _render(data: bytes, dpi: int) -> np.ndarray:
    doc = pdfium.PdfDocument(data)
    try:
        return np.asarray(doc[0].render(scale=dpi / 72).to_pil().convert("RGB"), dtype=int)
    finally:
        doc.close()


def test_a_letterhead_logo_over_the_addressee_is_no_signature(setup: tuple[object, Detector]) -> None:
    """A logo of paths in the letterhead with the addressee's name below it (found on the AP's letter to the
    minister once ink in forms was seen) is no signature; the name itself is still judged as a name."""
    from siggen import letterhead_page

    from woo_redact.parse import parse_pdf

    _, detector = setup
    doc = parse_pdf(letterhead_page(), "letterhead.pdf")
    assert [r.kind for r in doc.pages[0].regions] == ["ink"], "the logo's paths are seen"
    found = detector.detect(doc)
    assert any(f.text == "Jan de Boer" for f in found)
    assert not [f for f in found if f.entity_type == SIGNATURE]
