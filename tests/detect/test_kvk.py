"""KvK numbers: a natural person's business (eenmanszaak, vof) redacted, a legal person's kept."""

from __future__ import annotations

import pytest
from detecttools import check

KVK = [
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
    ("Woonadres vennoten: zie bijlage\nKvK-nummer VOF: 08174422\n", ["08174422"], []),
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
