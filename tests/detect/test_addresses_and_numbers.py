"""Addresses, licence plates, phone numbers and dates of birth in the forms of letters, logs and tables."""

from __future__ import annotations

import pytest
from detecttools import check

ADDRESSES = [
    # a full address with no organisation around it is a private one, whoever the addressee line names
    (
        "Gemeente Zwolle\nPostbus 10007\n8000 GA Zwolle\nDhr. en mevr. Van Wijk\nKoningin Wilhelminastraat 38\n"
        "8011 SE Zwolle\nDatum: 5 juni 2023",
        ["Koningin Wilhelminastraat 38", "8011 SE", "Van Wijk"],
        ["Postbus 10007", "8000 GA"],
    ),
    (
        "Belastingdienst\nPostbus 9048\n7300 GK Apeldoorn\nDe heer W.H.M. (Wim) Verstappen\nSint Josephstraat 17\n"
        "5911 KC Venlo",
        ["Sint Josephstraat 17", "5911 KC", "W.H.M. (Wim) Verstappen"],
        ["Postbus 9048", "7300 GK"],
    ),
    ("Adres: Herestraat 77-II, 9711 LE Groningen", ["Herestraat 77-II", "9711 LE"], ["Groningen"]),
    # an organisation's address block: an acronym, an office, a minister above it
    ("UWV\nLa Guardiaweg 94-114\n1043 DL Amsterdam", [], ["La Guardiaweg 94-114", "1043 DL"]),
    ("De minister, Turfmarkt 147, 2511 DP Den Haag", [], ["Turfmarkt 147", "2511 DP"]),
    # the sentence says someone lives there, after the address
    ("Een casus aan de Lansinkweg 31 waar een\nbewoner slachtoffer werd.", ["Lansinkweg 31"], []),
    # a home's street without a number
    ("Ik woon zelf aan de Dorpsstraat en werk in Zwolle.", ["Dorpsstraat"], ["Zwolle"]),
    ("Lotte woont bij moeder op het adres\naan de Kerkweg. Vader woont elders.", ["Kerkweg"], []),
    ("De woningen aan de Kerkstraat worden gesloopt door de gemeente.", [], ["Kerkstraat"]),
    # a farm that is its family's home: said in brackets after the address, the family on it, a one-man firm's
    # name bearing the addressee's surname
    (
        "Vergunninghouder: V.O.F. Kaptein-de Vries (KvK 52290114)\n"
        "Locatie: Westerweg 55, 1759 JA Callantsoog (bedrijfs- en woonadres)",
        ["Westerweg 55", "1759 JA"],
        ["Callantsoog"],
    ),
    (
        "Gesprek met H Smit en echtgenote Ria Smit-Roosendaal op\nhet bedrijf (Heinoseweg 140, 8151 PZ Lemelerveld).",
        ["Heinoseweg 140", "8151 PZ"],
        ["Lemelerveld"],
    ),
    (
        "Akkerbouwbedrijf Koopmans\nt.a.v. mevrouw A.M. Koopmans-ter Brugge\nPolderdijk 18\n8316 PE Marknesse\n",
        ["Polderdijk 18", "8316 PE"],
        ["Marknesse"],
    ),
    ("Bouwbedrijf Jansen\nt.a.v. de heer P. de Vries\nKerkstraat 1\n1234 AB Ede\n", ["P. de Vries"], ["Kerkstraat 1"]),
    # the sentence says the family lives there after the postcode on the next line (an office's line above)
    (
        "Provincie Gelderland | T 026 359 99 99\nGeachte mevrouw Van Leeuwen,\nIk sta de maatschap Gerritsen bij.\n"
        "De maatschap exploiteert een melkveebedrijf aan de Waaldijk 38,\n6691 MK Gendt, waar ook de familie woont.",
        ["Waaldijk 38", "6691 MK"],
        ["Gendt"],
    ),
    # a person moved house (a street of a preposition and an article); a company that moved is not one
    ("Hoop: Nee, ik ben verhuisd naar Almere, Tussen de Vaarten 212.", ["Tussen de Vaarten 212"], ["Almere"]),
    ("Zij is verhuisd naar de Kerkstraat 12 in Zwolle.", ["Kerkstraat 12"], ["Zwolle"]),
    ("Het bedrijf is verhuisd naar Almere, Stationsplein 4.", [], ["Stationsplein 4", "Almere"]),
    # two columns read in turn: the addressee two lines up, the sender's postbus between
    (
        "UWV\nDe heer R.A. Mulder\nPostbus 58285\nDorpsstraat 118, 8431 LK Oosterwolde\n1040 HG Amsterdam",
        ["Dorpsstraat 118", "8431 LK"],
        ["Postbus 58285", "1040 HG"],
    ),
    # a name and its address: after a comma (initials too), in brackets, a neighbour's, a farm's, "aan huis"
    ("64410987 J.A. Nijboer, Hoofdweg 212, 9621 AL\nSlochteren", ["Hoofdweg 212", "9621 AL"], ["Slochteren"]),
    ("De schade meldt Lefier. Bolhuis\n(Oosterparkstraat 12a) heeft een lekkend dak.", ["Oosterparkstraat 12a"], []),
    (
        "Uw advies aan het echtpaar Van Rossum-Dekker (Julianalaan 112, 3722 GT Bilthoven) is opgenomen.",
        ["Julianalaan 112", "3722 GT"],
        ["Bilthoven"],
    ),
    ("Samen met uw buurman Albert Groningen van\nLageweg 6, die als getuige optrad.", ["Lageweg 6"], []),
    (
        "Locatie: varkenshouderij Groot Haarveld, Haarveldseweg 9, 5827 AR Vierlingsbeek",
        ["Haarveldseweg 9", "5827 AR"],
        [],
    ),
    ("Het adres van uw salon aan huis, Boterbloem 22, 5345 GH Oss, klopt.", ["Boterbloem 22", "5345 GH"], ["Oss"]),
    ("De huurder R. de Haan met adres Kanaalweg 3bis, 2903 LR Capelle", ["Kanaalweg 3bis", "2903 LR"], []),
    # a postcode's letters are no acronym of an organisation ("9671 AP": not the Autoriteit Persoonsgegevens)
    ("Wij sturen een kopie naar Stationsweg 2b, 9671 AP Winschoten.", ["Stationsweg 2b", "9671 AP"], []),
    # a street of no known form that the line makes someone's: in brackets after a titled name, "(eigen woning)"
    (
        "Wilt u dat uw buurvrouw, mevrouw Grietje ter Haar (Grote Voort 213), aanwezig is?\nBoerendans 77 (eigen "
        "woning)\nHet overleg is bij de Gemeente Zwolle (Grote Markt 1).",
        ["Grote Voort 213", "Boerendans 77"],
        ["Grote Markt 1"],
    ),
    # a register's row: a date of birth, then the street (not a dated entry of this year)
    (
        "Henk Groen\n18-05-1950 Papesteeg 9 Sporthal\n12-03-2024 Kerkstraat 41 melding verlichting",
        ["Papesteeg 9"],
        ["Kerkstraat 41"],
    ),
    (
        "Betrokkenen\nWilhelmina (Willy)\n02-11-1949\nHillevliet 127 a\nverdachte\nDatum\n02-11-2024\nBouwlust 12",
        ["Hillevliet 127 a"],
        ["Bouwlust 12"],
    ),
    # a row of a waiting list: the name, the street alone (a "-wijk" street, no place of that name), the phone
    ("Naam\nAdres\nDewi Kusumawati\nKerkewijk 7\n0318 52 60 44\nGábor Nagy\nHerenstraat 42 bis", ["Kerkewijk 7"], []),
    # an addressee line wrapped before the address, under the sender's name
    (
        "Gemeente Zwolle\nDe heer A.B. van der Zwaag en mevrouw E.M.\nvan der Zwaag-Kok\nAssendorperstraat 144\n"
        "8012 DJ Zwolle\nDatum",
        ["Assendorperstraat 144", "8012 DJ"],
        ["Gemeente Zwolle"],
    ),
    # a nota van zienswijzen: the street and postcode on their line, the next numbered row an organisation's
    (
        "2 Familie Oude Luttikhuis,\nSlagschaduw op melkveestal.\nBarchemseweg 3, 7261 LB Ruurlo\n"
        "3 Vereniging Natuurmonumenten, regio Oost",
        ["Barchemseweg 3", "7261 LB"],
        ["Natuurmonumenten"],
    ),
    # an organisation's postbus to write to is no one's home
    (
        "Bezwaar? Dat kan via Mijn DUO of per post naar\nPostbus 50061, 9702 GA Groningen. Stuur een brief naar "
        "Postbus 30435, 2500 GK Den Haag. Vader krijgt een brief naar Vlietlaan 3A.",
        ["Vlietlaan 3A"],
        ["Postbus 50061", "9702 GA", "Postbus 30435"],
    ),
    # a one-man firm bearing the addressee's surname, on one line with "t.a.v.": his home
    (
        "Aan Bakkerij Kramer, t.a.v. de heer Dirk-Jan Kramer\nDijkweg 45\n1614 AA Lutjebroek",
        ["Dijkweg 45", "1614 AA"],
        [],
    ),
    # a street named after an office, in brackets after a name, is no title of his
    ("Haar buurman, Kees de Bruin (Burgemeester Moonenlaan 14), klaagt.", ["Kees de Bruin"], []),
]

NUMBERS = [
    # a licence or registration a person holds (set AV's farms, hunters, fishers and valuers), after its label or
    # in brackets after the holder's name
    ("UBN                               2287451", ["2287451"], []),
    ("Het relatienummer bij RVO is 301128455, UBN 6617203 - handig.", ["301128455", "6617203"], ["RVO"]),
    ("Jachtaktenummer             JA-FR-0788231", ["JA-FR-0788231"], []),
    ("jachtaktehouders: Hessel de Jong (JA-FR-0790014) en Marije Bakker-Visser.", ["JA-FR-0790014"], []),
    ("houder van visvergunning IJM-2019-0334 en eigenaar", ["IJM-2019-0334"], []),
    ("D. Veenstra, beëdigd taxateur BIJ12 (taxateursnummer T-0487)", ["T-0487", "D. Veenstra"], ["BIJ12"]),
    # a detainee's DJI number, a V-nummer with whose it is between; a case's registration number of its year stays
    ("gedetineerde Dennis Verhoef (registratienummer DJI 4471206, geboren 30-05-1988)", ["4471206"], []),
    ("familie Nazari, V-nummer hoofdaanvrager 2108865129.", ["2108865129", "Nazari"], []),
    ("De melding staat onder registratienummer 20250412 bij de gemeente.", [], ["20250412"]),
    # a tenant's, a study participant's and a policy's number; birth dates with whose they are before them
    (
        "Wij wonen op de Vaillantlaan 309-C (huurdersnummer 20-114573). Deelnemersnummer: 88-20417. "
        "CZ zorgverzekeraar polis 3344556.",
        ["20-114573", "88-20417", "3344556"],
        ["CZ zorgverzekeraar"],
    ),
    ("Geboortedata         cliënt 14-02-1979; partner 30-09-1976", ["14-02-1979", "30-09-1976"], []),
    # a switchboard: labelled on its own line under a direct line, after a long label, what calling it costs
    (
        "Telefoon: 070 - 219 88 41 (direct)\nAlgemeen: 088 - 370 88 00\n"
        "Algemeen nummer Raad voor de Kinderbescherming: 088 - 370 88 01\n"
        "Heeft u vragen? Bel 088 043 0430 (lokaal tarief).\n"
        "Telefoon: 070 - 219 88 42 (direct) | Algemeen: 088 - 370 88 02",
        ["070 - 219 88 41", "070 - 219 88 42"],
        ["088 - 370 88 00", "088 - 370 88 01", "088 043 0430", "088 - 370 88 02"],
    ),
    # Defensie's own network, after its label
    ("Mob: +31 6 22 41 70 93\nDefensie Netnummer: *06-517-4420", ["+31 6 22 41 70 93", "*06-517-4420"], []),
    # licence plates in a log's Kenteken column, without a label each
    (
        "Tijd\tLocatie\tKenteken\n06:40\tA4 hmp 42,3\tBZ-HL-72\n07:10\tA13\t5-KTR-92 en VNF-22-P",
        ["BZ-HL-72", "5-KTR-92", "VNF-22-P"],
        ["A4", "A13"],
    ),
    ("Zaak PR-2023-14, NEN-7510 en ISO 27001.", [], ["PR-2023-14", "NEN-7510"]),
    # the label after '|' belongs to the next number; a Rijksweg is a street, not a Rijks organisation
    (
        "Captain, Royal Netherlands Marechaussee\nT +31 88 957 2214 | general +31 88 957 0000",
        ["+31 88 957 2214"],
        ["+31 88 957 0000"],
    ),
    (
        "Haar adres is Rijksweg Zuid 88, 6134 AD Sittard; telefoonnummer 046 - 452 33 10.",
        ["046 - 452 33 10", "Rijksweg Zuid 88"],
        [],
    ),
    # an organisation named after the number, in the next sentence, is not the number's
    (
        "Klaagster is bereikbaar op 8911 KW Leeuwarden en 058 - 213 44\n90. De gemeente is er ook.",
        ["058 - 213 44\n90"],
        [],
    ),
    # dates of birth: after "geboortedatum is", in brackets or after a comma right after a name
    ("Mijn geboortedatum is 17-08-1961, voor het geval dat.", ["17-08-1961"], []),
    (
        "23:12 Aanrijding\nKübra Yıldız (11-09-1995)\nDatum 12-05-2023\nBesluit (12-03-2023) genomen.",
        ["11-09-1995"],
        ["12-05-2023", "12-03-2023"],
    ),
    ("Poging tot overgooien bij\nDylan de Koning,\n13-02-2001\n09-06-2023", ["13-02-2001"], ["09-06-2023"]),
    # an organisation's footer: its address and number are its own, under a signature too; a person's line is no footer
    (
        "Met vriendelijke groet, Mathieu Crijns, coördinator Woo, 043 389 71 25.\n"
        "Provincie Limburg | Limburglaan 10, Maastricht | 043 389 99 99",
        ["043 389 71 25"],
        ["043 389 99 99"],
    ),
    (
        "E. Kuijpers, senior toezichthouder\nOD NZKG | Ruysdaelkade 2, 1072 AG Amsterdam | 088 567 02 00",
        [],
        ["Ruysdaelkade 2", "1072 AG", "088 567 02 00"],
    ),
    (
        "Met vriendelijke groet,\nYassine Bouzid | Gemeente Rotterdam | Coolsingel 40 | 010 267 12 34",
        ["010 267 12 34"],
        [],
    ),
    ("Fam. Öztürk | Dorpsstraat 3, 1234 AB Lelystad | 0320 123 456", ["Dorpsstraat 3", "1234 AB", "0320 123 456"], []),
    # a person, their employer, their number: the number is the person's
    (
        "Contact: M. Slagter, PBL, 070 328 87 42; algemeen 070 328 87 00.\nBij calamiteiten: Provinciehuis Drenthe "
        "0592 36 55 55.",
        ["070 328 87 42"],
        ["070 328 87 00", "0592 36 55 55"],
    ),
    # a desk's number by its name ("evenementennummer"), a bank's number offered to its clients
    (
        "Klachten op de dag zelf: evenementennummer 015 260 27 20. Mevrouw Henny de Koning belde 015 260 33 44.\n"
        "Vragen? Bel de Stadsbank Parkstad: 045 560 38 00. Gianni Mertens (g.mertens@stadsbankparkstad.nl, "
        "045 560 38 21). U kunt mij bereiken op mijn telefoonnummer 015 260 27 21.",
        ["Henny de Koning", "015 260 33 44", "045 560 38 21", "015 260 27 21"],
        ["015 260 27 20", "045 560 38 00"],
    ),
    # a footer set apart by dashes; a number offered "Vragen:" in a sentence of its own (not a person's after it)
    (
        "Een klacht van de heer Frits Koopmans.\nODNHN - Hertog Aalbrechtweg 5, Alkmaar - 088 102 13 00\n"
        "Opgesteld door Tessa Overbeek, t.overbeek@heuvelrug.nl. Vragen: 0343 56 56 00.\n"
        "Vragen: Jan de Vries, 0343 56 56 12.\nJan de Vries - Kerkstraat 5, Alkmaar - 06 1234 5678",
        ["Frits Koopmans", "0343 56 56 12", "Jan de Vries", "Kerkstraat 5", "06 1234 5678"],
        ["088 102 13 00", "Hertog Aalbrechtweg 5", "0343 56 56 00"],
    ),
    # a person named before the number: hers, whatever mailbox follows it (not a surname that is a first name
    # too: the office's number beside its mailbox in a table's row)
    (
        "Niet in de gelegenheid? Laat het Nadia weten via 070 751 54 33 of secretariaat.ncc@nctv.minjenv.nl.\n"
        "Raad voor de\nI.M. de Wolf\n088 - 311 24 00 rotterdam@rvdk.nl\nKinderbescherming",
        ["Nadia", "070 751 54 33", "I.M. de Wolf"],
        ["secretariaat.ncc@nctv.minjenv.nl", "088 - 311 24 00"],
    ),
    # a partnership of natural persons as addressee: their farm is their home
    (
        "Maatschap Wiebe en Tjitske Hoekstra-Dijkstra\nJongemaweg 12\n9113 PK Wânswert\n\n"
        "Maatschap Bakker Advocaten\nDorpsstraat 2\n9113 PA Wânswert",
        ["Jongemaweg 12", "9113 PK"],
        ["Dorpsstraat 2", "9113 PA"],
    ),
    # someone's own extension, written in full after "toestel"; a switchboard with an extension after it
    (
        "Steller: R.J. Martina, DJI, toestel 070 370 4418. Bel 072 582 8282 (toestel 3312).",
        ["070 370 4418", "3312"],
        ["072 582 8282"],
    ),
    # the extension dialled on a switchboard is someone's own line; a central number in Papiamento
    (
        "Giselle Martis\n+599 717 5330 ext. 212 giselle.martis@bonairegov.com\n"
        "Openbaar Lichaam Bonaire (sentral) +599 717 5330\n",
        ["Giselle Martis", "ext. [212]", "giselle.martis@bonairegov.com"],
        [],
    ),
    # a press line is the press office's, whoever answers it
    (
        "Woordvoerder Wouter Faber, telefoon 058 233 83 40 (persnummer). Bel mij: 058 233 83 41.",
        ["058 233 83 41"],
        ["058 233 83 40"],
    ),
    # a badge code at the end of the name's line, or alone on the line under a name alone on its line
    (
        "Invoerder: BOSMAN, P. (GRO) ROB4781\nDatum\n10-03\nLars de Groot\nBRD-311\nGrote Markt\n"
        "Voorstel van wethouder Jan de Vries\nRIS32153\nNota aan minister\nWouter Ypma\nVRO-005",
        ["ROB4781", "BRD-311"],
        ["RIS32153", "VRO-005"],
    ),
]


BROKEN_ADDRESSES = [
    # a street's first word ends the line in running text
    (
        "Een buurtbewoner belde vanaf haar huis aan de Burgemeester\nMoonenlaan 12 in Gilze over geluidsoverlast.",
        ["Burgemeester\nMoonenlaan 12"],
        ["Gilze"],
    ),
    # the same street as a municipality's visiting address stays
    (
        "Het gemeentehuis staat aan de Burgemeester\nMoonenlaan 12 in Gilze, bezoekadres van de gemeente.",
        [],
        ["Burgemeester\nMoonenlaan 12"],
    ),
    # an organisation's contact block: the address under "Adres:", its website and general mailbox below
    (
        "Over Cardan\nDit onderzoek is uitgevoerd door Cardan.\nAdres: Burgemeester Brokxlaan 32 5041 SB Tilburg\n"
        "Telefoon: 0885004070\nE-mailadres: contact@cardan.com\nWebsite: https://cardan.com",
        [],
        ["Burgemeester Brokxlaan 32", "5041 SB", "0885004070"],
    ),
    # a person's record under the same labels stays private
    (
        "Gegevens aanvrager\nNaam: Jan de Vries\nAdres: Dorpsstraat 12 1234 AB Ons Dorp\nTelefoon: 070 345 6789\n"
        "E-mail: jan.devries@gmail.com",
        ["Dorpsstraat 12", "1234 AB", "070 345 6789", "jan.devries@gmail.com"],
        [],
    ),
    # a direct line in a signature over a team mailbox is the person's
    ("Met vriendelijke groet,\nJan Jansen\nT 070 345 6789\nwoo@minbzk.nl", ["070 345 6789"], ["woo@minbzk.nl"]),
    # a narrow table cell: street, number and postcode each on a line of their own
    (
        "Naam\nkolonel mr. Thijs Groenendijk\nAdres\nHoofdstraat\n58\n3972 LC Driebergen\nTelefoon",
        ["Hoofdstraat\n58", "3972 LC"],
        ["Driebergen"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ADDRESSES + NUMBERS + BROKEN_ADDRESSES)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
