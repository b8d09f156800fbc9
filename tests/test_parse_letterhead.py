"""Reading order of a letterhead set on both sides of the page's first row: the right-hand part (the address, the
switchboard under it) is read with the letterhead, before the body; a ministry's side column that starts lower,
beside the addressee, is still read after the main column."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.parse import parse_pdf


def _pdf(lines: list[tuple[float, float, str]]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for x, y, text in lines:
        c.drawString(x, y, text)
    c.save()
    return buf.getvalue()


BODY = [
    (62, 735, "Data Management Plan - FloodAdapt NL"),
    (62, 700, "Pseudonymisation keys are held by the data steward (Lars Vermeulen-Obi) only."),
    (62, 686, "The project collects model output and survey responses of residents."),
]


def test_letterhead_right_part_is_read_before_the_body() -> None:
    head = [
        (62, 797, "Delft University of Technology"),
        (428, 797, "Stevinweg 1, 2628 CN Delft"),
        (466, 787, "+31 15 278 91 11"),
    ]
    text = parse_pdf(_pdf(head + BODY), "x.pdf").text
    assert text.index("Stevinweg") < text.index("+31 15 278 91 11") < text.index("Data Management Plan")
    assert text.index("Delft University") < text.index("Stevinweg")


def test_side_column_beside_the_addressee_is_read_after_the_main_column() -> None:
    lines = [
        (62, 797, "> Retouradres Postbus 20011 2500 EA Den Haag"),
        (62, 770, "De Voorzitter van de Tweede Kamer"),
        (400, 770, "Directie Wetgeving"),
        (62, 758, "Postbus 20018"),
        (400, 758, "Contactpersoon"),
        (62, 746, "2500 EA Den Haag"),
        (400, 746, "Kees Bakker"),
        *BODY,
    ]
    text = parse_pdf(_pdf(lines), "x.pdf").text
    assert text.index("2500 EA Den Haag") < text.index("Directie Wetgeving")
    assert text.index("Data Management Plan") < text.index("Contactpersoon")
