"""Logins and mentions, a resident's own letterhead, a one-person business's KvK number in brackets, and a
roepnaam with a hyphen between initials and surname: each rule a row, text -> what is redacted and what stays."""

from __future__ import annotations

import pytest
from detecttools import check

CASES = [
    # a mention of someone by login; a mailbox's domain is no mention
    (
        "Naomi Lie-A-Ling 02/05 09:14 @sven.kuipers kun je dit oppakken? Mail servicedesk@almere.nl",
        ["@sven.kuipers", "Naomi Lie-A-Ling"],
        ["servicedesk@almere.nl"],
    ),
    # a first name of two letters, found as a chat's speaker, is copied to its mention
    ("[14:11] Hugo Blom: @Mo de hoorzitting is in zaal Thorbecke\n[14:12] Mo: ok", ["@[Mo] de", "Hugo Blom"], []),
    # an account of initial, abbreviated particles and surname ("fvdberg" of F. van den Berg)
    (
        "Behandelaar: F. van den Berg\n30-04-2024 08:10 fvdberg Werkorder W-88217 aangemaakt",
        ["F. van den Berg", "fvdberg"],
        ["W-88217"],
    ),
    # a resident's own letterhead: name | street | postcode and place
    (
        "Nomvula Osei-Bonsu | Tweede Daalsedijk 114 bis | 3551 EK Utrecht\n\nBetreft: bezwaar parkeervergunning",
        ["Nomvula Osei-Bonsu", "Tweede Daalsedijk 114 bis", "3551 EK"],
        ["Utrecht"],
    ),
    # an office's footer line keeps its address
    (
        "Met vriendelijke groet,\nEline de Vries\nGemeente Utrecht | Stadsplateau 1 | 3521 AZ Utrecht | T 14 030",
        ["Eline de Vries"],
        ["Stadsplateau 1", "3521 AZ"],
    ),
    # the brackets around a KvK number say whose it is: an eenmanszaak's, though a B.V. shares the line
    (
        "Zij werkt met Haarsma Timmerwerken (eenmanszaak, KvK 01128765), en met Bouwbedrijf Bouma B.V. (KvK 01056472).",
        ["01128765"],
        ["01056472"],
    ),
    # a roepnaam with a hyphen in brackets between the initials and the surname
    ("De heer G.J. (Gerrit-Jan) Ter Horst heeft bezwaar gemaakt.", ["G.J. (Gerrit-Jan) Ter Horst"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), CASES)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
