"""Session 66's rules from wave 22 (mixed213-216), found after the wave was measured unseen on the start's code and
on wave 21's: a first name and a surname the dictionary splits ("Rutger Haverslag": "haver" and "slag") after a
person's title, before a function in brackets or a deed; a chat's short form after thanks in a Teams export that
puts the stamp after the sender ("Dank Yous."); a personnel number after "medewerker"; a boa's number in two groups;
an interpreter's register in capitals; a company doctor's functional terms. Not a person's: the mayor signing with a
degree under the office on the line above ("de burgemeester van Oostervaart," / "drs. H.J. Verbeek-Schouten"), a
council member's signature with the party's local branch ("fractievoorzitter VVD Westerduin"), an area after a
beat's function ("wijkagent Noorderstrand", also in a header field's value), a business's address on an inspection
record ("Adres:" over "Onderneming:"), a law practice's office ("p/a Vissers & Partners Advocaten"), a word the model
alone calls a name making no home ("Snackbar De Vier" / "Winden," / "Kerkstraat 14"), a functional mailbox
("bibob@").
"""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
PERSONS_DATA = [
    (
        "Inspecteur Noëlle Hoekstra (veiligheidskundige)\nTweede inspecteur Rutger Haverslag (verkeerskundige)\n"
        "Rutger Haverslag belde later nog.\n",
        ["Noëlle Hoekstra", "Rutger Haverslag"],
        ["veiligheidskundige", "verkeerskundige"],
    ),
    (
        "Priya Ramdin 27-5 10:07\nMeneer Aydoğan heeft vanochtend weer gebeld.\nYoussef El Amrani 27-5 10:11\n"
        "Ik heb de wijkagent gesproken.\nSanne Oudejans 27-5 10:12\nDank Yous. Thijs, wil jij een concept maken?\n",
        ["Priya Ramdin", "Youssef El Amrani", "Sanne Oudejans", "[Yous]."],
        ["Dank"],
    ),
    (
        "Onderwerp: RE: terugval medewerker 104338 - spreekuur\n"
        "Opgemaakt door: K. Schaap, buitengewoon opsporingsambtenaar, BOA-nummer BOA\n8877-13\n"
        "ingeschreven in het Register beëdigde tolken en vertalers onder nummer RBTV 207114\n",
        ["104338", "K. Schaap", "8877-13", "RBTV 207114"],
        ["buitengewoon opsporingsambtenaar"],
    ),
    (
        "Zij is geschikt voor haar eigen werk, maar beperkt in concentratie en verdelen van aandacht; zij heeft geen "
        "conflicthantering.\n",
        ["verdelen van aandacht", "conflicthantering"],
        [],
    ),
]

PERSONS_DATA += [
    (
        "Aanwezig\nNaam\nBedrijf / organisatie\nGerrit Jan Nijhuis\nmelkveehouder, Notterdijk 14\n"
        "Hennie Oude Kempers\nloonbedrijf, Kloosterhoekweg 22\n",
        ["Gerrit Jan Nijhuis", "Notterdijk 14", "Hennie Oude Kempers", "Kloosterhoekweg 22"],
        ["melkveehouder"],
    ),
]

NOT_PERSONS_DATA = [
    (
        "Hoogachtend,\nde burgemeester van Oostervaart,\ndrs. H.J. Verbeek-Schouten\n"
        "Behandeld door: drs. K. de Vries\n",
        ["K. de Vries"],
        ["H.J. Verbeek-Schouten"],
    ),
    ("Met vriendelijke groet,\nde teamleider Vergunningen,\ndrs. P. Jansen\n", ["P. Jansen"], []),
    # (the floors' run: two columns' offices above, the secretary first; mixed208)
    (
        "Het college van burgemeester en wethouders van Tiel,\nde secretaris, | de burgemeester,\n"
        "drs. W.P. Ooms | K. Ravestein\n",
        ["W.P. Ooms"],
        [],
    ),
    (
        "Heeft het college de mening dat de stichting mede verantwoordelijk is?\n"
        "Lucas Verkerk, fractievoorzitter VVD Westerduin\nPiet de Vries, fractievoorzitter ondernemingsraad\n",
        ["Piet de Vries"],
        ["Lucas Verkerk"],
    ),
    (
        "Opsteller: S. Çelik, operationeel expert; akkoord: E.J. Bosman, wijkagent Noorderstrand\nCijfers\n"
        "Overleg met wijkagent Haverslag.\n",
        ["S. Çelik", "E.J. Bosman", "Haverslag"],
        ["Noorderstrand"],
    ),
    (
        "Datum en tijd controle: 12 september 2026\nAdres: Kerkstraat 14, Oostervaart\n"
        "Onderneming: Snackbar-Lunchroom De Vier Winden\nBevindingen\n",
        [],
        ["Kerkstraat 14"],
    ),
    ("Naam: Jan de Vries\nAdres: Kerkstraat 14, Oostervaart\nTelefoon: 06-12345678\n", ["Kerkstraat 14"], []),
    (
        "De Vier Winden Horeca B.V.\nt.a.v. de heer K. Aydoğan\np/a Vissers & Partners Advocaten, t.a.v. mr. J.E. "
        "Vissers-Oomen\nZijlweg 206, 2015 BK Haarlem\n",
        ["K. Aydoğan", "J.E. Vissers-Oomen"],
        ["Zijlweg 206", "2015 BK"],
    ),
    (
        "voor Snackbar-Lunchroom De Vier\nWinden,\nKerkstraat 14, Oostervaart. Tevens vraag ik een vergunning aan.\n",
        [],
        ["Kerkstraat 14"],
    ),
    ("Stuur het formulier naar bibob@oostervaart.nl.\n", [], ["bibob@oostervaart.nl"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS_DATA)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# found by a helper who read the second diff of this session (wave 22 and the first review's fixes); each reproduced
REVIEW = [
    ("Ik heb contact gehad met wijkagent Oostwijk, die de familie al jaren kent.\n", ["Oostwijk"], []),
    ("Overleg in Stadshaven met buurtregisseur Stadshaven, die de buurt kent.\n", [], ["Stadshaven"]),
    ("Vereniging Dorpsbelang Ellecom\np/a Dorpsstraat 17\n6955 AB Ellecom\n", ["Dorpsstraat 17"], []),
    ("Stichting Dorpsbelang Lunteren\np/a Raadhuisstraat 45\n6741 AB Lunteren\n", ["Raadhuisstraat 45"], []),
    (
        "Gegevens melder\nAdres: Lindelaan 4, 3901 AB Veenendaal\nBedrijf: n.v.t.\nTelefoon: 06 12345678\n",
        ["Lindelaan 4"],
        [],
    ),
    (
        "Ingekomen: brief van Xhemajl Berisha, Lindelaan 4, Veenendaal, over de parkeervergunning.\n",
        ["Xhemajl Berisha", "Lindelaan 4"],
        [],
    ),
    ("Betrokkene bewoont de bedrijfswoning aan de Molenweg 3 in Oostervaart.\n", ["Molenweg 3"], []),
    ("Beëdigd tolk, Rbtv 2914, was aanwezig bij het verhoor. De vertaling volgt de Wbtv 2008.\n", ["Rbtv 2914"], []),
    ("De kosten bedragen gemiddeld per medewerker 12500 euro per jaar.\n", [], ["12500"]),
    (
        "In de P&C-cyclus is het gesprek over persoonlijk functioneren met iedere medewerker verplicht.\n",
        [],
        ["persoonlijk functioneren"],
    ),
    ("Ilse Kamphuis\nwoonconsulent\nMitros | Kanaalweg 27 | 3526 KL Utrecht\n", ["Ilse Kamphuis"], ["Kanaalweg 27"]),
    ("Mevrouw S. Bakker\np/a Tactus, Keizerstraat 11, 7411 HE Deventer\n", ["S. Bakker"], ["Keizerstraat 11"]),
    ("Gesprek gevoerd met Sanne Mulder van Zonnehuis over de zorg.\n", ["Sanne Mulder"], ["Zonnehuis"]),
    ("Gemma Softwarecatalogus (nieuwe versie) is beschikbaar.\n", [], ["Gemma Softwarecatalogus"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), REVIEW)
def test_what_the_review_found(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
