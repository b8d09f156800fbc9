"""Session 63's rules (wave 15), one table each: a home abroad (a Nordic or German street, "Storgatan 14" / "831 30
Östersund", in an addressee block or after "ik woon ... in Zweden"), the postcode after "wonende te", a V.O.F.'s
address under "t.a.v." when the partnership bears its partner's surname, a farmer's health in his own sentence ("De
pluimveehouder ... (koorts, conjunctivitis)"), a record's nationality field, someone's origin in their own words
("mijn Poolse achtergrond"), a double given name's initials in a chat's mention ("@PJ"). Not a person's: a grave's
number beside its holder in a register ("Graf | Rechthebbende": "D-007"), a trade's sign ("Steenhouwerij De
Hamer"), funeral and vaccine companies, "De Goede Woning", a line of fixed numbers ("Vaste nummers: ..."), a unit's
mailbox named by its ministry's code ("dcc-lvvn@minlvvn.nl").
"""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
PERSONS_DATA = [
    (
        "Gemeente Veenhoven, team Juridische Zaken\n\nDe heer G.J. Brouwer\nStorgatan 14\n831 30 Östersund\nZweden\n\n"
        "Datum: 23 april 2026\n",
        ["G.J. Brouwer", "Storgatan 14", "831 30"],
        ["Gemeente Veenhoven"],
    ),
    (
        "Het grafrecht loopt in maart af. Ik woon al twintig jaar in Zweden (Storgatan 14, Östersund) en niemand "
        "onderhoudt het graf.\n",
        ["Storgatan 14"],
        ["Zweden"],
    ),
    (
        "Ondergetekende, Hendrikus Gerardus van 't Klooster, geboren op 17 juli 1961, wonende te 3881 LD Putten aan "
        "de Kolkweg 18, houder van het vleeskuikenbedrijf.\n",
        ["3881 LD", "Kolkweg 18", "17 juli 1961"],
        [],
    ),
    (
        "Rijksdienst voor Ondernemend Nederland\nHakvoort V.O.F., t.a.v. mevrouw W.M. Hakvoort-van Ee\n"
        "Zeumerseweg 41\n3781 PC Voorthuizen\n\nUtrecht, 24 november 2025\n",
        ["W.M. Hakvoort-van Ee", "Zeumerseweg 41", "3781 PC"],
        [],
    ),
    (
        "De pluimveehouder heeft op 14 november 2025 in stal 2 gewerkt en geeft aan sindsdien klachten te hebben "
        "(koorts, conjunctivitis); de GGD is geïnformeerd.\n",
        ["koorts", "conjunctivitis"],
        ["GGD"],
    ),
    ("Naam: Katarzyna Wiśniewska\nNationaliteit: Pools\nInkomen: loon\n", ["Katarzyna Wiśniewska", "Pools"], []),
    ("Ik voelde me gediscrimineerd om mijn Poolse achtergrond.\n", ["Poolse achtergrond"], []),
    (
        " Datum                       Wat gebeurde er\n januari 2026                Verhuisd van Meeuwenlaan 3 naar "
        "Reigerstraat 41;\n",
        ["Meeuwenlaan 3", "Reigerstraat 41"],
        [],
    ),
    # a salutation addresses the person: no title over the line's end, nor the office the message goes on to name
    (
        "Onderwerp: verzoek burgemeester\nBeste Henk, de burgemeester wil graag met de minister spreken.\n",
        ["Henk"],
        ["burgemeester"],
    ),
    (
        "[18-11-2025 07:10] Zosia Kowalczyk: kaart staat online\n"
        "[18-11-2025 07:15] Pieter-Jan van der Linde: top, dank!\n"
        "[18-11-2025 08:40] Marloes ter Beek: minister vraagt of ze morgen kan. @PJ wat vindt NVWA?\n",
        ["@[PJ]", "Pieter-Jan van der Linde"],
        ["NVWA"],
    ),
]

NOT_PERSONS = [
    (
        "Graf          Rechthebbende   Geboortedatum\nD-007         Theodora Wolters  12-06-1941\n"
        "D-008         Frans van Bemmelen  03-02-1958\nD-011         Aaltje Kremer-Bos  27-10-1949\n"
        "Bij graf D-020 heeft de rechthebbende laten weten niet te verlengen.\n",
        ["Frans van Bemmelen", "12-06-1941"],
        ["D-007", "D-008", "D-011", "D-020"],
    ),
    (
        "Steenhouwerij De Hamer\neigenaar Derk Huisman\nEsdoornweg 8, 7722 PL Dalfsen\n",
        ["Derk Huisman", "Esdoornweg 8"],
        ["De Hamer"],
    ),
    (
        "[28-05 08:02] Noor van den Akker: morgen 11u uitvaart in de aula, Dela. wie doet koffie?\n"
        "[28-05 08:05] Lieke Hoogeveen: ik\n[28-05 08:06] Noor van den Akker: top\n",
        ["Noor van den Akker", "Lieke Hoogeveen"],
        ["Dela"],
    ),
    ("Het WBR heeft twee vaccins getest (Boehringer Ingelheim, Ceva Santé Animale).\n", [], ["Boehringer", "Ceva"]),
    (
        "Met Vitens en Eneco zijn afspraken gemaakt; De Goede Woning doet al mee sinds 2021. Brief De Goede Woning "
        "(Sandra Ooms) besproken; Ruud belt morgen met De Goede\nWoning.\n",
        ["Sandra Ooms"],
        ["De Goede Woning"],
    ),
    (
        "Vaste nummers: Meldpunt Dierziekten 045-5463188 | DCC-LVVN 070 378 65 00 | Rendac planning 0413 - 29 72 00\n",
        [],
        ["070 378 65 00", "0413 - 29 72 00"],
    ),
    (
        "Aan: Ter Beek, Marloes <m.terbeek@minlvvn.nl>\nCC: dcc-lvvn@minlvvn.nl\nOnderwerp: Spreektekst\n",
        ["Ter Beek, Marloes", "m.terbeek@minlvvn.nl"],
        ["dcc-lvvn@minlvvn.nl"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
