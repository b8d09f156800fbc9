"""An agency's public lines and mailboxes as letters and e-mails print them: a free 0800 number of any length, a
number after "Vragen?", a complaints line, a bracketed "(UWV Telefoon)", and a desk's mailbox whose display name
stands on the line above its address; a person's own number and address beside them still go."""

from __future__ import annotations

from pathlib import Path

import pytest
from detecttools import check

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action
from woo_redact.parse import parse_pdf

LINES = [
    (
        "De Nationale ombudsman, Bezuidenhoutseweg 151, 2594 AG Den Haag. Telefoon 0800 33 55 555 (gratis).",
        [],
        ["0800 33 55 555"],
    ),
    (
        "Met vriendelijke groet,\nA.B.C. Hoekstra-van Dijk\n\nVragen? 088 042 42 42 of www.rvo.nl/mest",
        [],
        ["088 042 42 42"],
    ),
    (
        "Gerben: Info voor iedereen: klachtenlijn ODRA 026 377 22 00 staat vanaf vandaag ook in het weekend open. "
        "Mijn mobiel is 06 2219 4470.",
        ["06 2219 4470"],
        ["026 377 22 00"],
    ),
    ("Telefoon\n088 898 20 01 (UWV Telefoon)", [], ["088 898 20 01"]),
    # a round number an organisation chose; a mobile's and a person's own stay personal
    (
        "Veiligheidsregio: 088 - 0206 000. Mijn mobiel is 06 1234 5000. Voor vragen: Jan Jansen, 020 - 2041 000.",
        ["06 1234 5000", "Jan Jansen", "020 - 2041 000"],
        ["088 - 0206 000"],
    ),
    (
        "CC:   Frank Mensink <frank.mensink@nvwa.nl>; secretariaat gedeputeerde\n<sgz@overijssel.nl>\nOnderwerp: FW",
        ["Frank Mensink", "frank.mensink@nvwa.nl"],
        ["sgz@overijssel.nl"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), LINES)
def test_agency_lines(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


_MIXED47 = Path(__file__).resolve().parents[2] / "eval" / "blind" / "mixed47" / "docs"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        # a sentence under a presence list's table whose last word falls in the Paraaf column: an acronym, no paraph
        ("be24_presentielijst_rondetafel.pdf", "AVG"),
        # a footer's postbus under "BSN" of a citizen's sentence above is no personal number
        ("be19_webmail_forward_chromium.pdf", "90801"),
    ],
)
def test_table_edges_in_real_layouts(name: str, kept: str) -> None:
    """Layouts that the one-column text of the rule tables cannot build (a regression floor of set BE)."""
    path = _MIXED47 / name
    doc = parse_pdf(path.read_bytes(), name)
    config = load_config(None, None)
    findings = Detector(config).detect(doc)
    redacted = [f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT]
    assert not [t for t in redacted if kept in t], redacted
