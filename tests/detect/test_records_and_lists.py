"""Names in a list's capitals ("WESTERHOF, Johannes"), a function before a registered surname, badge numbers
after a name, who handled a record, a direct line in a signature, homes named in an assessment, and a
postcode broken over a line in capitals, titles of heads of state and ambassadors, and regions' names."""

from __future__ import annotations

import pytest
from detecttools import check

CAPITALS_INVERTED = [
    (
        "Naam   Organisatie   Paraaf\n"
        "VERHOEVEN, Johannes   Provincie Overijssel   JV\n"
        "TRAN, Mai Anh   Rijksvastgoedbedrijf",
        ["VERHOEVEN, Johannes", "TRAN, Mai Anh"],
        ["Provincie Overijssel", "Rijksvastgoedbedrijf"],
    ),
    # capitals before a comma and a word that is no given name: no name
    ("PROJECTPLAN, Versie 2", [], ["PROJECTPLAN"]),
    ("ROTTERDAM, Maandag 3 maart", [], ["ROTTERDAM"]),
    # an acronym or a numeral before a name is no surname; a short surname the list knows is
    ("Vragen van NOS, Laura Meijers, en TNO, E. de Vries.", ["Laura Meijers"], ["NOS", "TNO"]),
    ("Aanwezig: BOS, Jan en ELZINGA, Wim.", ["BOS, Jan", "ELZINGA, Wim"], []),
    # an organogram's capitals: a first name that is nothing else makes a surname that is a word or a place
    # one ("LOS", "GRAFT", "BEUNINGEN"); the next cell's words in small letters are not part of the name
    (
        "Directie Ruimtelijke Ontwikkeling\nADRIAN LOS\nDirectie Ruimtelijke Informatie\n"
        "BOB VAN GRAFT kwartiermaker\nProgrammadirectie\nJAN VAN BEUNINGEN\n"
        "Directie Digitale Samenleving\nRENÉ BAGCHUS Caribisch Nederland",
        ["ADRIAN LOS", "BOB VAN GRAFT", "JAN VAN BEUNINGEN", "RENÉ BAGCHUS"],
        ["Caribisch Nederland", "Directie Ruimtelijke Ontwikkeling"],
    ),
    # an organogram's box: a surname alone after the function in capitals; a unit's name or an acronym stays
    (
        "  INKOOP              FACILITAIR BEDRIJF\n   HOOFD KOWALCZYK         HOOFD TJONG\n"
        "   HOOFD FINANCIËN     HOOFD DIV   MANAGER ICT\n   DIRECTEUR BEDRIJFSVOERING",
        ["KOWALCZYK", "TJONG"],
        ["FINANCIËN", "DIV", "ICT", "FACILITAIR BEDRIJF", "BEDRIJFSVOERING"],
    ),
    # capitals of a place or words without such a first name stay readable
    ("GEMEENTE BEUNINGEN\nLOS VAN GRAFT", [], ["GEMEENTE BEUNINGEN", "LOS VAN GRAFT"]),
]

FUNCTION_BEFORE_SURNAME = [
    # a function that is no office before a surname the register knows: the civil servant, not the Kamerlid
    ("Morgen briefing met teamleider Van Kempen over de dienst.", ["Van Kempen"], []),
    ("Het advies van minister Van Kempen volgt.", [], ["Van Kempen"]),
    # a function joined to an organisation by a hyphen is an office held there
    ("De minister spreekt met NAVO-secretaris-generaal Mark Rutte.", [], ["Mark Rutte"]),
]

BADGES = [
    (
        "Toezichthouders: R. Meijerink (BOA-4471), Ilias Belhaj (BOA-5208). BOA-4471 schreef het rapport.",
        ["[BOA-4471] schreef", "BOA-5208", "R. Meijerink"],
        ["Toezichthouders"],
    ),
    ("Gesproken met Tweede Kamerlid Jan Paternotte (D66) over de brief.", [], ["D66"]),
    # after the function in the bracket or on the name's line; a police officer's zero-led number; a print's account
    (
        "ing. F. van 't Hek (inspecteur, nr. INS-4471), R.J. Koning (hoofdinspecteur, ILT-219)\n"
        "Verbalisant\nhoofdagent M.A. Bakker, hoofdagent, AB7741\nGoedgekeurd\n"
        "inspecteur H. de Groot, teamchef, GH0412\n"
        "POLITIE - BVH - afdruk 16-03-2024 09:14 door AB7741\nWouter Ypma\nVRO-005",
        ["INS-4471", "ILT-219", "AB7741", "GH0412", "door [AB7741]", "Wouter Ypma"],
        ["VRO-005"],
    ),
]

# military ranks are titles before a civil servant's name; two people joined by "en" are no noble double name
RANKS = [
    (
        "Luitenant-kolonel De Wit en de Kapitein ter Zee waren er. Mr. Livia van Hoevel en van Zwindrecht belde. "
        "Kolonel Jansen en sergeant-majoor Bakker ook.",
        ["De Wit", "Livia van Hoevel en van Zwindrecht", "Jansen", "Bakker"],
        ["Kapitein ter Zee", "Kolonel", "sergeant-majoor"],
    ),
    # a rank ending its cell, the organisation's acronym on the next line: no name
    (
        "Jolanda Brinkman majoor\nKMar\nYoussef Amrani\nsergeant-majoor",
        ["Jolanda Brinkman", "Youssef Amrani"],
        ["KMar"],
    ),
]

RECORDS = [
    # who received, registered or scanned a record: staff, even where the paraph looks like a party's acronym
    ("Toelichting: geen.\nOntvangen door: FvD op 6 oktober 2025", ["FvD"], ["6 oktober 2025"]),
    ("Ingeboekt door: Marieke Hagedoorn, 3 maart", ["Marieke Hagedoorn"], []),
    ("Ontvangen door: Gemeente Enschede op 6 oktober 2025", [], ["Gemeente Enschede"]),
    # who edited a draft, and a remark signed at its end
    (
        "CONCEPT - versie 0.4 - bewerkt door WQ\nTekst [nee, dit is de minister van Defensie, schrappen - WQ]",
        ["[WQ]\nTekst", "[WQ]]"],
        ["Defensie"],
    ),
    ("Zie de bijlage [figuur 3 - CBS] voor de cijfers.", [], ["CBS"]),
]

SIGNATURES = [
    # "Gr." closes a mail: the number in the signature under it is the writer's own line
    (
        "Dank je.\nGr. Koen\nKoen Lambrechts | Teamleider | Gemeente Maastricht\nMosae Forum 10, 6211 DW Maastricht |"
        " +31 43 350 42 18",
        ["+31 43 350 42 18", "Koen Lambrechts"],
        ["Mosae Forum 10", "Gemeente Maastricht"],
    ),
    # the days someone works after their number: their own line; opening hours: the organisation's
    (
        "Lieke Schoenmakers\nAdviseur wijkaanpak\nGemeente Nijmegen | Korte Nieuwstraat 6\n024 329 28 14 (di t/m vr)",
        ["024 329 28 14"],
        [],
    ),
    (
        "Loket Wonen\nGemeente Nijmegen | Korte Nieuwstraat 6\n024 329 99 99 (ma t/m vr 9.00-17.00 uur)",
        [],
        ["024 329 99 99"],
    ),
]

HOMES = [
    (
        "De taxateur vergeleek de verkochte woningen Pijlstraat 27 en Pijlstraat 31.",
        ["Pijlstraat 27", "Pijlstraat 31"],
        [],
    ),
    ("De woningen aan de Kerkstraat worden gesloopt door de gemeente.", [], ["Kerkstraat"]),
    # a case's address with its private party after it; a foundation's address under "t.a.v." is redacted
    (
        "3   Handhavingsverzoek Oostergrachtswal 77, verzoeker J. Zijlstra",
        ["Oostergrachtswal 77", "J. Zijlstra"],
        ["Handhavingsverzoek"],
    ),
    (
        "Stichting Dorpshuis De Kraanvogel\nt.a.v. mevrouw A.M. Hoogeveen\nKerkweg 7\n7251 CE Vorden",
        ["Kerkweg 7", "7251 CE", "A.M. Hoogeveen"],
        ["Vorden"],
    ),
    ("Exported from Jira. Logius, Wilhelmina van Pruisenweg 52, Den Haag.", [], ["Logius", "Wilhelmina", "52"]),
    (
        "Naam adres handtekening\nMustafa Erdogan Hooglandseweg 112 getekend",
        ["Mustafa Erdogan", "Hooglandseweg 112"],
        [],
    ),
    # a deed's party: postcode and place before the street
    (
        "a. de heer Piet Terpstra, geboren te Arnhem, gehuwd, wonende te 1234 AB UTRECHT, Plein 7;\n"
        "zich identificerende met zijn paspoort, met kenmerk\nKX7654321 geldig tot 2028.",
        ["1234 AB", "Plein 7", "KX7654321", "Piet Terpstra"],
        ["Arnhem"],
    ),
    # a street named after a person, with its number, in an organisation's address
    ("Bezoekadres:\nWilhelmina v Pruisenweg 52\n2595 AN Den Haag", [], ["Wilhelmina", "Pruisenweg 52"]),
    ("Zij woont aan de Pedro de Medinalaan 71 in Amsterdam.", ["Pedro de Medinalaan 71"], []),
    # "t.a.v." under a firm's name: the firm's address; under a one-man firm that bears his name: his home
    (
        "Accountancy Jansen & Partners\nt.a.v. de heer P. Smit\nHerengracht 420\n1017 BZ Amsterdam",
        ["P. Smit"],
        ["Herengracht 420", "1017 BZ"],
    ),
    (
        "Installatiebedrijf Gert Bos\nt.a.v. de heer G.H. Bos\nDorpsstraat 41\n7961 AC Ruinerwold",
        ["Dorpsstraat 41", "7961 AC"],
        [],
    ),
    (
        "Ministerie van Volksgezondheid, Welzijn en Sport\nDirectie Wetgeving\nDe heer A.R. Kartosen\nLindenlaan 14\n"
        "3581 KP Utrecht",
        ["Lindenlaan 14", "3581 KP"],
        ["Directie Wetgeving"],
    ),
    # a postcode broken over the line, its letters starting the next line in capitals
    (
        "Bezwaarmaker    de heer Tesfay Weldemariam, Woenselse Markt 9B, 5612\n                CS EINDHOVEN",
        ["Woenselse Markt 9B", "5612", "Tesfay Weldemariam"],
        [],
    ),
    # a titled name and its comma in one cell of an inventory's row, the street in the cell below
    (
        "6   04-03-2025 Klacht van mevrouw E. Lam-Verkerk,   deels openbaar\n               Kooidijk 2\n",
        ["Kooidijk 2", "E. Lam-Verkerk"],
        ["deels openbaar"],
    ),
]

OFFICES_AND_REGIONS = [
    # a title with its province and a comma before the name; heads of state and the Commission; ambassadors
    ("Ik ben de commissaris van de Koning in Drenthe, Jetta Klijnsma, erkentelijk.", [], ["Jetta Klijnsma"]),
    ("De ambassadeur, de heer Joost Reintjes, organiseerde een receptie.", [], ["Joost Reintjes"]),
    ("Besproken met Commissievoorzitter Ursula von der Leyen in Brussel.", [], ["Ursula von der Leyen"]),
    ("Please note that Grand Duke Henri is not part of the visit.", [], ["Henri"]),
    # the first half of a region's name is no surname
    (
        "De controle werd uitgevoerd met de Politie Oost-Brabant en het RIEC Zuid-Limburg.",
        [],
        ["Oost-Brabant", "Zuid-Limburg"],
    ),
    # a double surname is whole: "van de" and the next line's word are the street she lives on
    ("Mevrouw Peeters-Janssen van de\nRomerhaven heeft gisteren al gebeld.", ["Peeters-Janssen"], ["Romerhaven"]),
]

DEFINED_AND_LETTERED = [
    # initials on lines of their own in an inventory are no lettered list without an "A." (K., then J.)
    (
        "K. Owusu-Ansahene; S.\nOttevanger\n\nDeels\nopenbaar\n\n7\n\nE-mail met Chemours\n\nJ. Vanderhaegen\n"
        "(Chemours)\n\nDirk de Groot",
        ["J. Vanderhaegen", "K. Owusu-Ansahene"],
        ["Chemours"],
    ),
    # a lettered list that begins at "A." stays a list
    ("A. Aanpak Abacus sluit aan op het beleid.\nB. Het is niet nodig.\nC. Kosten nemen af.", [], ["Abacus"]),
    # an acronym the document defines after an organisation's name is no paraph where it signs a field
    (
        "Opgesteld door\nKING\nDatum\n\nDit document is in beheer bij het Kwaliteitsinstituut Nederlandse Gemeenten"
        " (KING).",
        [],
        ["KING"],
    ),
    ("Notulen\nOpgesteld door: MDG\nMevrouw De Groot (MDG) opent.", ["MDG"], []),
    # a name's own initials in brackets after it, even where they spell an acronym (RK) or the name is unknown
    ("Reviewers: Silvion Moesan (SM) en Rene Kint (RK), Stelselarchitect.", ["SM", "RK", "Rene Kint"], []),
    ("Temporary Exposure Keys (TEKs) en het Open Data Portaal (ODP).", [], ["TEKs", "ODP"]),
    ("Uitwerking met het Stimuleringsfonds Volkshuisvesting (SVn).", [], ["SVn"]),
    # an organisation's or a product's acronym after its name stays, even where a rule knows it as an acronym
    ("De Nederlandsche Bank (DNB) staat garant; DNB meldt het.", [], ["DNB"]),
    ("Getest met:\n• Mozilla Firefox, versie 134\n• PDF Accessibility Checker (PAC)\n• NVDA", [], ["PAC"]),
    # English prose in title case: no first name and surname ("Can The")
    ("NLC- ROS\nDatabase Can The Microsoft SQL database used\n027", [], ["Can", "The", "Microsoft"]),
    # a compound of a given name's letters, a field's audience, a row's organisation after the name
    ("De Kick-Off van Demodam was op 3 juni.", [], ["Kick-Off", "Demodam"]),
    ("Aan\nWerkveld\nDatum\n3 juni 2025", [], ["Werkveld"]),
    (
        "Reviewers\nDrs. Thies Mesdag Kadaster\nDrs. Arjan Loeffen Armatiek BV",
        ["Thies Mesdag", "Arjan Loeffen"],
        ["Kadaster", "Armatiek"],
    ),
    # a street in brackets after a place is the organisation's; a letterhead's number under its postbus
    ("De locatie is het hoofdkantoor van het Kadaster in Apeldoorn (Hofstraat 110).", [], ["Hofstraat 110"]),
    ("KING\nPOSTBUS 30435\n2500 GK DEN HAAG\nT 070 373 80 08\nINFO@KINGGEMEENTEN.NL", [], ["070 373 80 08"]),
    # a side column's postbus further up, then "Behandeld door" and a direct line: the person's
    (
        "Postbus 9047\n7300 GK Apeldoorn\nBehandeld door\nW.J.M. (Wim) Oosterhuis\nTelefoon direct\n055 - 528 61 14",
        ["055 - 528 61 14"],
        [],
    ),
    # a country's desk is a mailbox; a country on its own at a line's end is no first name
    ("CC: benelux-desk@minbuza.nl, india-desk@minbuza.nl", [], ["benelux-desk@minbuza.nl", "india-desk@minbuza.nl"]),
    ("Delegatie naar India\nA. Tuinstra (RVO) leidt de missie naar India.", ["A. Tuinstra"], ["India"]),
    # a letter naming an annex is no initial before the next line's word
    (
        "1 Voor de opdrachtomschrijving zie bijlage A.\nCapgemini in samenwerking met Logius | Januari 2019",
        [],
        ["Capgemini"],
    ),
]

TABLES = {
    "capitals_inverted": CAPITALS_INVERTED,
    "function_before_surname": FUNCTION_BEFORE_SURNAME,
    "badges": BADGES,
    "ranks": RANKS,
    "records": RECORDS,
    "signatures": SIGNATURES,
    "homes": HOMES,
    "offices_and_regions": OFFICES_AND_REGIONS,
    "defined_and_lettered": DEFINED_AND_LETTERED,
}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
