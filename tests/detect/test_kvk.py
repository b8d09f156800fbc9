"""KvK numbers: a natural person's business (eenmanszaak, vof) redacted, a legal person's kept."""

from __future__ import annotations

import pytest
from detecttools import check

KVK = [
    # in brackets right after a person's initials and surname: his business's number (a B.V.'s stays)
    (
        "Het dier is eigendom van R.G.M. te Lintelo (UBN 2309871, KvK 08231902). De opdracht ging naar Bouwbedrijf "
        "Jansen B.V. (KvK 24387716).",
        ["08231902"],
        ["24387716"],
    ),
    # an inspection report's table: the owner field names a person, the number in the next cell under its label
    (
        "Bedrijf                 Slagerij Ouaali\nEigenaar                M. Ouaali\n"
        "Vestigingsadres         Kanaalstraat 118, 3531 CL Utrecht\nKvK-nummer              81734529",
        ["81734529"],
        [],
    ),
    ("Eigenaar                Bakkerij Jansen B.V.\nKvK-nummer              81734529", [], ["81734529"]),
    # a letter to an eenmanszaak
    (
        "Installatiebedrijf Gert Bos\nKvK-nummer: 72918365\nRechtsvorm: eenmanszaak\nGeachte heer Bos,\n",
        ["72918365"],
        [],
    ),
    ("Wij verlenen uw eenmanszaak Houthandel Willemsen (KvK-nummer 71234598) een subsidie.", ["71234598"], []),
    # "Uw bedrijf" in a letter to a firm bearing the addressee's name (set AV); not to a B.V.
    (
        "Aan: Melkveebedrijf Sjoerd de Boer\nt.a.v. de heer S.H. de Boer\nJeltingalaan 3\n9061 CK Gytsjerk\n"
        "Geachte heer De Boer,\nUw bedrijf, ingeschreven in het Handelsregister onder KvK-nummer 01093372, ligt daar.",
        ["01093372"],
        [],
    ),
    (
        "Aan: Melkveebedrijf De Boer B.V.\nt.a.v. de heer S.H. de Boer\nJeltingalaan 3\n9061 CK Gytsjerk\n"
        "Geachte heer De Boer,\nUw bedrijf, ingeschreven in het Handelsregister onder KvK-nummer 01093372, ligt daar.",
        [],
        ["01093372"],
    ),
    ("Woonadres vennoten: zie bijlage\nKvK-nummer VOF: 08174422\n", ["08174422"], []),
    ("Datum: 3 november 2025\nVergunninghouder: V.O.F. Kaptein-de Vries (KvK 52290114)\n", ["52290114"], []),
    # a person trading under a name, registered "bij de Kamer van Koophandel onder nummer ..."
    (
        "2. Jeroen Tuinstra, handelend onder de naam Tuinstra Projectadvies, ingeschreven bij de Kamer van "
        "Koophandel\nonder nummer 81920344, wonend aan Hoofdstraat 118, 7811 EN Emmen.\n"
        "3. Stichting Welzijn, ingeschreven bij de Kamer van Koophandel onder nummer 41178832.",
        ["81920344", "Jeroen Tuinstra"],
        ["41178832"],
    ),
    # a legal person's number stays, even in a letter that mentions an eenmanszaak elsewhere
    (
        "Aannemer: Bouwbedrijf Van Wijngaarden B.V., KvK 24387716\nDe eigenaar had eerder een eenmanszaak.\n",
        [],
        ["24387716"],
    ),
    ("Stichting Stadsboerderij Overvecht, KvK 41178832, ontvangt de subsidie.", [], ["41178832"]),
    # the eenmanszaak is another business, in the next sentence: kept
    (
        "Wij gunnen aan BAM Infra Regionaal (KvK 09041519) voor € 4.862.000. De inschrijving van\n"
        "Wegenbouw Brandt, een eenmanszaak, was te laat.",
        [],
        ["09041519"],
    ),
    # no word says whose business it is: kept
    ("Leverancier: Kuipers Techniek, KvK 55512345.", [], ["55512345"]),
    # a sole trader's letterhead: the owner's name, their trade's address and its number, the mailbox named after
    # them; no legal person in the letterhead
    (
        "FACTUUR\nRamdin Interim & Advies\nRavi Ramdin\nKasteel Traverstraat 17\n2804 EL Gouda\n"
        "KvK 61827730 · btw-id NL001638294B62\nAan: Rijksdienst voor Ondernemend Nederland",
        ["Ravi Ramdin", "Kasteel Traverstraat 17", "2804 EL", "61827730"],
        ["Rijksdienst voor Ondernemend Nederland"],
    ),
    (
        "Fotografie Sjoerd Hoekstra\nTsjerkebuorren 6 · 9021 CK Jorwert\n\n"
        "KvK 58120644 · info@sjoerdhoekstrafoto.frl\n\nFactuur 2026-0112\nAan: Provincie Fryslân",
        ["Sjoerd Hoekstra", "Tsjerkebuorren 6 · 9021 CK", "58120644", "info@sjoerdhoekstrafoto.frl"],
        ["Provincie Fryslân", "2026-0112"],
    ),
    (
        "Vercauteren Interieurontwerp\n\nJens Vercauteren · Kouter 29 · 9000 Gent · België\n\n"
        "Ondernemingsnummer BE0654.321.987 · +32 475 12 34 56",
        ["Jens Vercauteren", "BE0654.321.987"],
        ["België"],
    ),
    # ... but a letterhead that names a legal person is the company's, its contact person's name aside
    (
        "Groenvoorziening Hartman B.V.\nKees Hartman\nIndustrieweg 4\n3044 AS Rotterdam\n"
        "KvK 24387716 · info@hartmangroen.nl",
        ["Kees Hartman"],
        ["24387716", "info@hartmangroen.nl"],
    ),
    # a creditors' table: the row says the business is a ZZP'er's (a Belgian enterprise number too)
    (
        "Crediteur  Naam              Soort      KvK / ondernemingsnr   IBAN\n"
        "100251     J. Boukhrisse     ZZP        74510392               NL81 INGB 0005 5290 17\n"
        "100270     Wouter Claeys     ZZP (BE)   BE0712.448.913         BE71 0961 2345 6769\n"
        "100288     Arcadis Nederland B.V.     BV     09036504\n",
        ["74510392", "BE0712.448.913", "J. Boukhrisse"],
        ["09036504", "Arcadis Nederland B.V."],
    ),
    # a table with a KvK column: the number on a row that names the contact person
    (
        "Nr Onderneming KvK Contactpersoon\n"
        "1 Loonbedrijf H. de Vries 01093385 Harmen de Vries\n"
        "2 Coöperatie Agrifirm U.A. 08050186 projectbureau\n"
        "Zaak 20250412 Harmen de Vries\n",
        ["01093385"],
        ["08050186", "20250412"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), KVK)
def test_kvk(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
