"""Foreign Affairs and Defence documents in English and Dutch: office holders abroad named by their English or
Dutch title stay, a cable's place and directorate in its To field and a city abroad are no names, a country's
letters are no initials, and a recipient written surname first keeps the name he goes by with his initials."""

from __future__ import annotations

import pytest
from detecttools import check

FOREIGN = [
    (
        "Ambassador Henk Jan Bakker met Cabinet Secretary Musalia Mudavadi on 28 February. Opposition leader "
        "Kalonzo Musyoka repeated his call.",
        [],
        ["Henk Jan Bakker", "Musalia Mudavadi", "Kalonzo Musyoka"],
    ),
    (
        "The meeting with U.S. Secretary of Defense Pete Hegseth, chaired by Secretary General Mark Rutte.",
        [],
        ["U.S.", "Secretary of Defense", "Pete Hegseth", "Secretary General"],
    ),
    (
        "Ik heb de zaak aan de orde gesteld bij mijn Iraanse ambtgenoot Abbas Araghchi en bij de EU Hoge "
        "Vertegenwoordiger Kaja Kallas.",
        [],
        ["Abbas Araghchi", "Kaja Kallas"],
    ),
    ("   To                  The Hague, DAF (Directie Sub-Sahara Afrika), cc DSH, DVB", [], ["The Hague", "DAF"]),
    (
        "Carla Lammers-Quispe\nHead Consular Affairs\nEmbassy of the Kingdom of the Netherlands\nLima, Peru",
        ["Carla Lammers-Quispe"],
        ["Lima", "Peru"],
    ),
    (
        "CC:   Marloes Teeuwen <m.teeuwen@minlvvn.nl>; ZWARTENKOT, W.F. (Wessel) <w.zwartenkot@nvwa.nl>",
        ["Marloes Teeuwen", "ZWARTENKOT, W.F. (Wessel)"],
        [],
    ),
    # a ministry's top civil servants with their office written out stay; a deputy and the abbreviations go
    (
        "Aanwezig: directeur-generaal Marieke Lautenbach-Duijs (voorzitter), plv. directeur-generaal Hans Oostveen, "
        "secretaris-generaal Sandor Gaastra; SG Verbeke, C.",
        ["Hans Oostveen", "Verbeke, C."],
        ["Marieke Lautenbach-Duijs", "Sandor Gaastra"],
    ),
    # ... also with their office on the line under the name, an academic title before it (a deputy's stays a civil
    # servant's); a signature "namens deze" is structural: only a listed or registered name is kept there
    (
        "Bespreking met\nir. R.P. Lapperre\nDirecteur-Generaal Milieu en Internationaal\n\nen met\nmr. H. Oost\n"
        "Plaatsvervangend Directeur-Generaal\n\nHoogachtend,\nnamens deze,\nE. Heijblom MSc\nDirecteur-Generaal",
        ["H. Oost", "E. Heijblom"],
        ["R.P. Lapperre"],
    ),
    # an island council's members listed after their English plural title, the list going on with "and"
    (
        "Present   Island Council members Reuben Merkman, Adelka Spanner and Rosaline Gibbs-Redan; Island Registrar "
        "(griffier) mr. D.A. Woodley-Schotborgh",
        ["D.A. Woodley-Schotborgh"],
        ["Reuben Merkman", "Adelka Spanner", "Rosaline Gibbs-Redan"],
    ),
    ("N.B. Graag vóór vrijdag reageren. P.S. Morgen is er overleg.", [], ["Graag", "Morgen"]),
    ("Het verslag wordt verspreid via rondetafel-landbouw@minlvvn.nl.", [], ["rondetafel-landbouw@minlvvn.nl"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), FOREIGN)
def test_foreign_affairs(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
