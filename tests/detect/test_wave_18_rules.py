"""Session 64's rules (wave 18, mixed197-200), one table each: a person's certificate or care provider's code after
the name ("persoonscertificaat DIA-nr. 2019-04417", "huisarts AGB-code 01-058812"), an officer's code after the
function ("wijkagent, OON-48213"), a boa's number with its word ("(boa 4471)", "boa 4486 (P. Ramdin)", a roster's
"Kevin Lammers  boa 4471"), a chat's pet forms "Ilsje" of Ilse and "Rubs" of Ruben, dotted initials with particles
("R.v.t.H."), a lawyer's practice named after him ("Koçak Advocatuur" / "mr. B. Koçak"), a GP letter's "geb." as a
personal file, "de benadeelde" as a sentence's person, a register's permit holders' home addresses ("Vergunninghouder"
| "Adres (woonadres)"). Not a person's: a room or a school named after someone ("Annie M.G. Schmidtzaal", "Jan
Ligthartschool" over its own address), a unit of two nouns in a header ("Van: Havens en Vaarwegen"), a sender a mail
domain spells ("Dierenambulance Zutphen <rit@dierenambulance-zutphen.nl>"), a place's quarter after a title
("wijkagent Zutphen-Noord"), two office holders' names on one line of signatures, vessels in a register's "Schip"
column.
"""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
PERSONS_DATA = [
    (
        "Inventariseerder (DIA): ing. Maarten Kooijman, persoonscertificaat DIA-nr. 2019-04417\n"
        "Datum veldwerk: 9 en 10 oktober 2025\n",
        ["2019-04417", "Maarten Kooijman"],
        ["9 en 10 oktober 2025"],
    ),
    (
        "Deskundige inspecteur asbestverwijdering (DIA): Nadia Boukhari, certificaat DIA-2017-03318\n",
        ["DIA-2017-03318"],
        [],
    ),
    ("Met collegiale groet,\ndr. Meryem Çelik, huisarts AGB-code 01-058812\n", ["01-058812"], []),
    ("Rapporteur S. Oudejans, wijkagent, OON-48213\n", ["OON-48213", "S. Oudejans"], []),
    (
        "21-09-2026 08:15 boa 4471 (K. Lammers) Park Het Weertje. Postcode 4471 AB.\n"
        "Opgemaakt in aanwezigheid van K. Lammers (boa 4471).\n",
        ["boa 4471"],
        ["4471 AB"],
    ),
    ("Kevin Lammers    boa 4471    P-20731    06-22 41 90 13\n", ["boa 4471"], []),
    (
        "[06-10-2025 14:38] Ruben van 't Hof: ik kom om 3 uur\n"
        "[06-10-2025 14:40] Ilse Nijenhuis: ik regel paviljoen. Rubs kun je de sleutels checken?\n"
        "[20-10-2025 11:09] Gökay Demirtaş: Ilsje ik stuur je de Q&A\n[20-10-2025 11:10] Ilse Nijenhuis: top\n",
        ["Rubs", "Ilsje"],
        ["sleutels"],
    ),
    (
        "Aanwezig: M.V.B. (voorzitter), R.v.t.H., I.N., G.D.\n1. Stand sanering. Ruben van 't Hof meldt de "
        "voortgang; Maria van Beek opent.\n",
        ["R.v.t.H.", "M.V.B."],
        ["Stand sanering"],
    ),
    (
        "Koçak Advocatuur\nmr. B. Koçak\nJansbinnensingel 8, 6811 AN Arnhem\n\nAan de burgemeester van Zutphen\n",
        ["Koçak"],
        ["Zutphen"],
    ),
    (
        "Betreft: mw. Y. ter Horst, geb. 05-05-1961\nOp verzoek van patiënte bevestig ik dat zij kwam na een "
        "hondenbeet. Er was sprake van\neen diepe bijtwond met hechtingen na behandeling. De tetanusvaccinatie was "
        "al gegeven.\n",
        ["bijtwond", "hechtingen", "tetanusvaccinatie"],
        ["hondenbeet"],
    ),
    (
        "Ter plaatse trof ik de benadeelde aan met een diepe bijtwond, veroorzaakt door een hond.\n",
        ["bijtwond"],
        [],
    ),
    (
        "De heer Wójcik meldde op 7 oktober benauwdheidsklachten. Op 9 oktober is een longfunctieonderzoek "
        "gedaan.\n---\nDe griepvaccinatie van de GGD is gratis.\n",
        ["benauwdheidsklachten", "longfunctieonderzoek"],
        ["griepvaccinatie"],
    ),
]

# the review's cases: each new rule's edge, where the start redacted and the rule must not keep
REVIEW = [
    ("Geachte heer Verzaal,\nDe heer Verzaal heeft gebeld.\n", ["Verzaal"], []),
    ("Retouradres: mevrouw Fatma Verzaal\nKerkstraat 5\n7241 AB Lochem\n", ["Fatma Verzaal", "Kerkstraat 5"], []),
    (
        "Ingediend door: ouder van een leerling van de Jan Ligthartschool\nKerkstraat 5\n7241 AB Lochem\n",
        ["Kerkstraat 5"],
        ["Jan Ligthartschool"],
    ),
    (
        "De melder, de heer Pieter Kampen-Oost, heeft gebeld. Ook mevrouw Anna van Haren-West belde.\n",
        ["Pieter Kampen-Oost", "Anna van Haren-West"],
        [],
    ),
    (
        "Op 3 mei is Ilse 112 gebeld door de buren. Daarna heeft Fatima 112 gebeld. Ruben 20 minuten later ter "
        "plaatse.\n",
        ["Ilse", "Fatima", "Ruben"],
        [],
    ),
    ("Ik heb het Dr. Bakker gevraagd. Ook heb ik het Mr. De Wit laten weten.\n", ["Bakker", "De Wit"], []),
    (
        "Mevrouw Ingrid Kampen-de Vries heeft een melding gedaan over de sporthal. Kampen heeft een nieuwe sporthal "
        "gebouwd.\n",
        ["Ingrid Kampen-de Vries"],
        ["Kampen heeft"],
    ),
    (
        "De woningaanpassing wordt uitgevoerd door aannemer Bouwbedrijf Smit BV, Industrieweg 12 te Zoeterwoude.\n",
        [],
        ["Industrieweg 12"],
    ),
    (
        "ZWARTJES BUDGETCOACHING\nH.A. Zwartjes | Anklaarseweg 204, 7317 CT Apeldoorn\nhenk@zwartjesbudgetcoaching.nl\n"
        "Algemene voorwaarden op zwartjesbudgetcoaching.nl\n",
        ["ZWARTJES", "H.A. Zwartjes"],
        [],
    ),
    (
        "   Van: SHIRIN AR <info@shirinar.studio>\n   Verzonden: maandag 11 november 2024 23:02\n"
        "   Aan: info@mondriaanfonds.nl\nBeste Shirin,\n",
        ["SHIRIN AR"],
        [],
    ),
    (
        "Ligplaats\nSchip\nEigenaar\nL-12\nJohanna Cornelia\nPieter de Boer\nL-14\nWillem Barentsz\nAnna Smit\n",
        ["Pieter", "Anna Smit"],
        [],
    ),
]

NOT_PERSONS_DATA = [
    (
        "Ik heb de kinderen van groep 5 en 6 naar de Annie M.G. Schmidtzaal gestuurd.\n",
        [],
        ["Annie M.G. Schmidtzaal"],
    ),
    (
        "Jan Ligthartschool\nNoordewierweg 85, 3812 DC Amersfoort\ninfo@janligthart-amersfoort.nl\n",
        [],
        ["Jan Ligthartschool", "Noordewierweg 85"],
    ),
    (
        "Beslisnota aan de burgemeester\nVan: Havens en Vaarwegen / Juridische Zaken\nDatum: 27 juli 2026\n"
        "Contactpersoon: M. Verhagen-Duits, T 071 516 5719\n",
        ["M. Verhagen-Duits"],
        ["Havens", "Vaarwegen"],
    ),
    (
        "Dank, ik regel de surveillance vanaf maandag. Groet, Ruud\n+31 (0)6 2288 4310\n"
        "Van: Dierenambulance Zutphen <rit@dierenambulance-zutphen.nl>\nVerzonden: donderdag 17 september 2026\n"
        "Aan: Lammers, Kevin <k.lammers@zutphen.nl>\n",
        ["Lammers, Kevin"],
        ["Dierenambulance Zutphen"],
    ),
    (
        "De wijkagent Zutphen-Noord meldt dit.\nIn de Buurtapp Hoven-Noord is onrust.\n",
        [],
        ["Zutphen-Noord"],
    ),
    (
        "Indieners: raadslid Sanne Hofstede (GroenLinks-PvdA) en raadslid Piet Remmelink (VVD)\n"
        "Vraag 1. Is het college bekend met de melding?\nSanne Hofstede Piet Remmelink\n"
        "Ontvangen door de griffie op 24 maart 2026, Tessa Nijhof\n",
        ["Tessa Nijhof"],
        ["Sanne Hofstede", "Piet Remmelink"],
    ),
    (
        "Register ligplaatsen woonschepen - peildatum 1 juli 2026\n"
        "Ligplaats   Schip              Vergunninghouder       Adres (woonadres)      Telefoon\n"
        "GW-024      De Zwaluw          M.E. Oudenaarde-Bakx   Galgewater 24          071-5142 309\n"
        "OR-102      Willem Barentsz    D. Petrović            Oude Rijn 102          06 3377 1290\n"
        "ZS-014      Ouwe Trouw         F.L. Hazenberg         Zijlsingel 14          06 5530 2914\n",
        ["D. Petrović", "Galgewater 24", "Oude Rijn 102", "Zijlsingel 14"],
        ["Willem Barentsz", "Ouwe Trouw"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS_DATA)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), REVIEW)
def test_what_the_review_found(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
