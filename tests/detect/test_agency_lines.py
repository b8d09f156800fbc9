"""An agency's public lines and mailboxes as letters and e-mails print them: a free 0800 number of any length, a
number after "Vragen?", a complaints line, a bracketed "(UWV Telefoon)", and a desk's mailbox whose display name
stands on the line above its address; a person's own number and address beside them still go."""

from __future__ import annotations

import pytest
from detecttools import check

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
    (
        "CC:   Frank Mensink <frank.mensink@nvwa.nl>; secretariaat gedeputeerde\n<sgz@overijssel.nl>\nOnderwerp: FW",
        ["Frank Mensink", "frank.mensink@nvwa.nl"],
        ["sgz@overijssel.nl"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), LINES)
def test_agency_lines(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
