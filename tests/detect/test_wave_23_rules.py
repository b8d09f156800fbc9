"""Session 67's rules from wave 23 (mixed217-220), found after the wave was measured unseen on session 66's final
code: a register's number after a person in brackets behind the function ("RSTI-nummer 2219") or after the comma
("registernummer NIVRE-5521"); an internal extension of four digits in brackets after a name; a driver's card's
number in its grouped shape, on the line under its label or after the word "kaart"; a roster's "W1187" under
"Pers.nr"; a chat's short form after a sign-off or a reply's "ok", before an emoticon ("Groet Lot", "Haha ok Es :)"),
also where an office holder bears the short form as a surname; a condition in small letters before a colon in a
table's cell ("epilepsie:"); child psychiatry; a paraph after "aantekening" of someone the document names; a street
after a spaced hyphen is no second surname ("Ö. Yıldırım - Vlasakker 9, 4191 LS"). Not a person's: a body's compound
kind before a name in a header field ("Aan: Bewonersvereniging De Parijsch").
"""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
PERSONS_DATA = [
    (
        "Inspecteur: ing. W.H. Ploeg (gecertificeerd inspecteur, RSTI-nummer 2219) | mobiel 06 33 91 04 72\n",
        ["W.H. Ploeg", "2219", "06 33 91 04 72"],
        ["gecertificeerd inspecteur"],
    ),
    (
        "Expert: ing. K.J. Vermeulen, registernummer NIVRE-5521\nDatum opname: 21 augustus 2026\n",
        ["K.J. Vermeulen", "NIVRE-5521"],
        ["21 augustus 2026"],
    ),
    (
        "Bij afwezigheid melden bij R. Oudejans (4401). Zie ook het advies van J. Jansen (2019).\n",
        ["R. Oudejans", "4401", "J. Jansen"],
        ["2019"],
    ),
    (
        "Kaartnummer\nCK 4401 8273 65\nSoort kaart\nchauffeurskaart taxi\nVorige kaart\nCK 4388 0912 77 (2017-2022)\n"
        "Uit de boordcomputer blijkt dat de chauffeur met kaart CK 4401 8273 65 heeft gereden.\n",
        ["CK 4401 8273 65", "CK 4388 0912 77"],
        ["chauffeurskaart taxi", "2017-2022"],
    ),
    (
        "Week\nPiket 1e lijn\nMobiel\nPers.nr Achtervang\n32\nMohamed Aydın\n06-5512 0938\nW1187 R. Kloosterboer\n"
        "33\nDirk-Jan Schimmel\n06 3390 1176\nW0954 R. Kloosterboer\n",
        ["Mohamed Aydın", "W1187", "W0954", "R. Kloosterboer", "Dirk-Jan Schimmel"],
        ["Achtervang"],
    ),
    (
        "[20-11-25 17:02] Henk: Dank allen voor de goede vergadering. Verslag komt via Lotte.\n"
        "[20-11-25 17:05] Annemarie: Dank Henk! Ik kijk nog even naar de herberekening\n"
        "[03-12-25 14:20] Lotte: Scoretabel v3 staat klaar. Graag paraaf voor vrijdag. Groet Lot\n",
        ["Henk", "Lotte", "Annemarie", "Groet [Lot]"],
        ["Scoretabel"],
    ),
    (
        "Anouk Brinkman 27-8 09:11\nIngeboekt als WLS-SCH-2026-0451.\nEsther van Wijngaarden 27-8 09:20\n"
        "Houd het zakelijk aub.\nBas Hofstee 27-8 09:21\nHaha ok Es :)\nMarloes Tiemens 27-8 09:40\nVoorschot klaar.\n",
        ["Anouk Brinkman", "Esther van Wijngaarden", "Bas Hofstee", "ok [Es] :)", "Marloes Tiemens"],
        ["WLS-SCH-2026-0451"],
    ),
    (
        "Ritnummer B07\nLeerling Bijzonderheden\nT. Brinkhorst epilepsie:\nnoodmedicatie in tas\n",
        ["T. Brinkhorst", "epilepsie"],
        ["Bijzonderheden"],
    ),
    (
        "De moeder vertelt dat haar zoon niet meer in de taxi wil stappen. Hij is aangemeld bij Karakter kinder- en "
        "jeugdpsychiatrie. De heer Brouwer biedt excuses aan.\n",
        ["kinder- en jeugdpsychiatrie", "Brouwer"],
        ["taxi"],
    ),
    (
        "Overleg met Ruud Kloosterboer over de storing.\nNiet opgevolgd per 14-08-2026 (aantekening RK, 17-08).\n",
        ["Ruud Kloosterboer", "aantekening [RK]"],
        ["14-08-2026"],
    ),
    (
        "FACTUUR 2026-087\nYıldırım Vochtservice\neigenaar Ö. Yıldırım - Vlasakker 9, 4191 LS Geldermalsen\n",
        ["Ö. Yıldırım", "Vlasakker 9", "4191 LS"],
        ["FACTUUR 2026-087"],
    ),
    # (a double surname with a spaced hyphen stays whole)
    (
        "Aanwezig: de heer P. de Vries - Bakker en Joke Smit-Hendriks.\n",
        ["P. de Vries - Bakker", "Joke Smit-Hendriks"],
        [],
    ),
]

NOT_PERSONS_DATA = [
    (
        "Aan: Bewonersvereniging De Parijsch\nt.a.v. de heer J. Osinga\nKastanjelaan 31\n4102 KN Culemborg\n",
        ["J. Osinga"],
        ["Bewonersvereniging De Parijsch"],
    ),
    ("Aan: Huurdersvereniging Het Anker\nt.a.v. mevrouw A. Smit\n", ["A. Smit"], ["Huurdersvereniging Het Anker"]),
    ("Medicatie: methylfenidaat, twee keer per dag (dossier van T. Brinkhorst)\n", ["methylfenidaat"], ["Medicatie"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS_DATA)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
