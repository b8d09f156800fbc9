"""Role and kin words before a name, surnames that end like a street or are a place, a title's portfolio
written in small letters, and home addresses named after a person or a resident."""

from __future__ import annotations

import pytest
from detecttools import check

ROLES = [
    # a storm's name; an island governor, a minister's predecessor in office; an organisation under a rank's cell
    (
        "Tijdens storm Ciarán draaide de kering; hurricane Irma destroyed the harbour. On Saba, island governor "
        "Jonathan Johnson hosted the team. Uw ambtsvoorganger Hugo de Jonge zegde het toe; Kenneth Hassell (56) "
        "niet.\nAisha Nuur Warsame\nwijkagent\nPolitie Noord-Nederland\n",
        ["Kenneth Hassell", "Aisha Nuur Warsame"],
        ["Ciarán", "Irma", "Jonathan Johnson", "Hugo de Jonge", "Politie Noord-Nederland"],
    ),
    # a party to a case, or a relative, named by role: only a private person is so named
    ("Verzoeker Zijlstra woont naast het pand en meldt geluidsoverlast.", ["Zijlstra"], []),
    ("Mevrouw Lemmens is bij haar dochter Nicole in Swalmen ondergebracht.", ["Lemmens", "Nicole"], ["Swalmen"]),
    # an English courtesy title, and "mr" without its dot
    (
        "One case needs attention: Mr Mykola Savchenko (location Hoogkerk).\nAbout Mr Savchenko: please wait. "
        "Namens cliënt: mr J.A. Verbrugge-Loos, advocaat.",
        ["Mykola Savchenko", "Savchenko", "J.A. Verbrugge-Loos"],
        ["Hoogkerk"],
    ),
    # a nephew named over a line break, by a first name no list knows
    ("Hij noemde het voorbeeld van zijn neef\nMehari, die zijn opleiding aan het ROC onderbrak.", ["Mehari"], ["ROC"]),
    ("Mijn zoon Wessel wil het bedrijf niet overnemen.", ["Wessel"], []),
    ("De klaagster, mevrouw Demir, is gehoord; ook klager Jansen-Ouali.", ["Demir", "Jansen-Ouali"], []),
    # a professional named by the profession; a profession before an organisation names nobody
    (
        "Zij werkt in de praktijk van huisarts Verhoef; mentor Daan Bosman begeleidt hem; teamleider Financiën.",
        ["Verhoef", "Daan Bosman"],
        ["Financiën"],
    ),
    # "van" and the organisation the text names alone elsewhere; a lower-case particle before a street or a
    # collective agreement
    (
        "Kinderdagverblijf Kinderrijk belde. Locatiemanager Esra Kaya van Kinderrijk stuurde de brief. Een "
        "bewoner van de Hogeweg; op grond van de Cao Gemeenten.",
        ["Esra Kaya"],
        ["Kinderrijk stuurde", "Hogeweg", "Cao Gemeenten"],
    ),
    # "van het" and an organisation; an organisation's name after a dash
    (
        "Projectleider Wietske Dijkstra-Bouma van het Wetterskip stelt het voor.\n"
        "Arief Gunawan & Małgorzata Wójcik - Informatiebeveiligingsdienst (IBD)",
        ["Wietske Dijkstra-Bouma", "Małgorzata Wójcik"],
        ["Wetterskip", "Informatiebeveiligingsdienst"],
    ),
    # a role word before an ordinary word or an organisation names nobody
    ("De verzoeker Gemeente Utrecht ontving het besluit; medewerker Financiën tekende.", [], ["Utrecht", "Financiën"]),
    # a resident of a place is not a person named after the place
    ("Een bewoner van Zwolle belde de gemeente.", [], ["Zwolle"]),
]

STREET_ENDINGS = [
    # a first name and a surname that ends like a street: a person
    ("Aanwezig: Yvonne\nTersteeg (verslag), Ruud Weeldenburg (adviseur)", ["Yvonne\nTersteeg", "Ruud Weeldenburg"], []),
    # a surname the lexicon knows, found by the model alone, is no street for its ending
    ("Het gesprek met Westerhof is gevoerd door Anouk van Bemmel (HR-adviseur).", ["Westerhof"], []),
    # a building or street with that ending, no surname, stays readable
    ("Het overleg is op het Binnenhof; daarna naar de Kerkweg 12 in Ede.", [], ["Binnenhof", "Kerkweg 12"]),
]

PLACES = [
    # a surname that is also a place is still the person's after she is named in full
    (
        "Geïnterviewde\nRol\nWilma Ter Haar\ninformatiebeheerder\nBevindingen\n"
        "Volgens Ter Haar is de Records Management-functie nog niet op orde.",
        ["Wilma Ter Haar", "Volgens [Ter Haar]"],
        [],
    ),
    # ... but not where the text uses the place
    (
        "Mevrouw Valkenburg is verhuisd. Het festival in Valkenburg gaat door.",
        ["Mevrouw [Valkenburg]"],
        ["in Valkenburg"],
    ),
    # a town after its postcode, named like a first name, is the address's town
    (
        "Eandis, Brusselsesteenweg 199, 9090 Melle\nContactpersoon: Anouk de Vries\nVersie\n2021 Ad Gerrits\n"
        "Toestellijst:\n4521  Oyelaran\nVan: Tjitske Oyelaran",
        ["Anouk de Vries", "Ad Gerrits", "4521  [Oyelaran]"],
        ["9090 Melle"],
    ),
    # a hamlet named like a first name: "bij" or "naar" before the person's first name is no place
    (
        "Aanwezig: Arnoud de Boer (Geonovum)\nArnoud opent. Wie wil bijdragen, kan dat melden bij Arnoud.",
        ["Arnoud de Boer", "[Arnoud] opent", "bij [Arnoud]"],
        [],
    ),
]

PORTFOLIOS = [
    # an office in brackets on the next line, a party with a remark in its brackets: office holders
    (
        "Aanwezig: staatssecretaris Szabó, Edison Rijna\n(gezaghebber Bonaire), Alex Schmidt\n(regeringscommissaris "
        "Sint Eustatius); Tineke Strik (GL-PvdA, later); verslag: Marloes Dijkhuizen",
        ["Marloes Dijkhuizen"],
        ["Edison Rijna", "Alex Schmidt", "Tineke Strik"],
    ),
    # a chat's speaker on one line, a message that begins with a title on the next: two spans, not one name
    ("07:40\nSanne\nDijkgraaf Patrick van der Broeck is om 10 uur bij het ROT.", ["Sanne"], ["Patrick van der Broeck"]),
    # "Van" with a capital after a title is a surname's particle, not the portfolio: the next name is not his
    (
        "Namens de gemeente: wethouder Van Straalen, Joyce Hameeteman (omgevingsmanager).",
        ["Joyce Hameeteman"],
        ["Van Straalen"],
    ),
    # a party in brackets on the next line: an elected representative
    (
        "Wethouder Okkerse antwoordt. Mevrouw Bosman-Akkermans\n(D66) vraagt naar het wijkteam; de heer Boukhari\n"
        "(GroenLinks-PvdA) ook.",
        [],
        ["Bosman-Akkermans", "Boukhari"],
    ),
    # a portfolio in small letters, then the office holder's name: public
    ("Namens het kabinet: de minister van Financiën, Eelco Heinen.", [], ["Eelco Heinen"]),
]

ADDRESSES = [
    (
        "Bewoonster Annelies Poortman van de Stationsweg 3-B vraagt om maatregelen.",
        ["Annelies Poortman", "Stationsweg 3-B"],
        [],
    ),
    (
        "Anja (achternaam niet opgegeven) van de Molendijk 3 wil weten of haar huis minder waard wordt.",
        ["Molendijk 3"],
        [],
    ),
    ("Ingrid: Bewoner van Hambeek 12 belt steeds, mevrouw Lemmens, zij is 84.", ["Hambeek 12", "Lemmens"], []),
    # a farmer's farm is a home
    (
        "Mevrouw Wytske Bouma-Hiemstra, melkveehouder aan de Hegedyk 14, 9076 PK Sint Annaparochie.",
        ["Hegedyk 14", "9076 PK"],
        [],
    ),
    # an organisation's address after its name stays readable
    ("De vergadering was in het gemeentehuis van de gemeente Leusden, Hessenweg 1a.", [], ["Hessenweg 1a"]),
    ("Oké. Is die jongen van Dollegoorweg 3 er weer bij?", ["Dollegoorweg 3"], []),
    ("Mevrouw Ria de Wit staat ingeschreven op het adres Kuilenhurk 37 in Horst.", ["Kuilenhurk 37"], []),
    ("Op het derde adres (de Gordelweg 15a) deed niemand open.", ["Gordelweg 15a"], []),
    (
        "Klaagster is bereikbaar op Tweebaksmarkt 27-2, 8911 KW Leeuwarden. De gemeente is bereikbaar op "
        "Oldehoofsterkerkhof 2. Het gemeentehuis staat op het adres Stadsplateau 1.",
        ["Tweebaksmarkt 27-2", "8911 KW"],
        ["Oldehoofsterkerkhof 2", "Stadsplateau 1"],
    ),
]


PLACE_COPIES = [
    # a private person whose surname is a place: the name is his, the place elsewhere stays
    (
        "U was daarbij aanwezig, samen met uw buurman Albert Groningen van Lageweg 6.\n"
        "Het Instituut Mijnbouwschade Groningen besluit op grond van de Tijdelijke wet Groningen.\n"
        "Postbus 1234\n9700 AE Groningen",
        ["Albert Groningen"],
        ["Mijnbouwschade Groningen", "wet Groningen", "AE Groningen"],
    ),
]


WORD_COPIES = [
    # a surname that is also a word, copied: not where it ends a longer proper name
    (
        "Agendapunt 2. Hoek vraagt of de club de Rotterdamse Hoek mag gebruiken; mevrouw Hoek is het eens.",
        ["[Hoek] vraagt", "mevrouw [Hoek]"],
        ["Rotterdamse Hoek"],
    ),
    # role words before words that name nobody
    (
        "Met vriendelijke groet,\nRishi Ramdin\nmedewerker Terugbetalen\nU heeft als verslaggever van Omroep "
        "Gelderland een verzoek gedaan. Een medewerker van de Service Desk belt u.",
        ["Rishi Ramdin"],
        ["Terugbetalen", "Omroep", "Service Desk"],
    ),
]


WRAPPED = [
    # an Outlook recipient list wraps: "Surname," / "Initial <address>", "Surname, Given" / "<address>"
    (
        "Aan: Akkerman, P. <p.akkerman@uwv.nl>; Hendriks-Lam,\nC. <c.hendriks-lam@vng.nl>; Kaur, Harpreet\n"
        "<harpreet.kaur@minszw.nl>; kennisplein@divosa.nl\nOnderwerp: Wetsvoorstel",
        ["Akkerman, P.", "Hendriks-Lam,\nC.", "Kaur, Harpreet"],
        ["kennisplein@divosa.nl", "Wetsvoorstel"],
    ),
    # an address broken right after the "@" or before its top-level domain by a narrow column
    (
        "E-MAIL\nm.vanderploeg@\nflevoland.nl\na.lukaszewska@flevoland\n.nl",
        ["m.vanderploeg@\nflevoland.nl", "a.lukaszewska@flevoland\n.nl"],
        [],
    ),
    # a roepnaam in brackets after the first name
    ("Directeur-eigenaar\nJohannes (Hans) Cornelisse\nToezichthouders", ["Johannes (Hans) Cornelisse"], []),
    # the user name an application made of a person's address
    (
        "Aangemaakt door nvaneerden in Digidoc; e-mail n.vaneerden@minezk.nl.",
        ["nvaneerden", "n.vaneerden@minezk.nl"],
        [],
    ),
    # a double surname whose parts are both names, whatever the last part ends in ("-kerk")
    ("Naam\nRol\nIngrid Baas-Verkerk\nprivacy officer", ["Ingrid Baas-Verkerk"], ["privacy officer"]),
    # after a title and a first name, the word after "de" is the surname even if it is also a word
    ("De provincie schakelt mr. Lisette de Bourbon van Dirkzwager in als advocaat.", ["Lisette de Bourbon"], []),
]


PARAPHS = [
    # the initials of the name just before them
    ("Akkoord\nMaud Wolters (afdelingshoofd), MW\nV: Hoe lang?", ["Maud Wolters", "MW"], []),
    # a legend of paraph codes, each standing for a first name
    ("Paraafcodes in nota's\nAB = Aukje; PvdS = Paul; NdW = Nienke", ["AB", "PvdS", "NdW", "Paul", "Nienke"], []),
    # a paraph as the value of an author's or handler's label; an organisation's acronym there is none
    (
        "Kaart windenergie\nAuteur:\nMvS\nDatum: 3 maart 2024\nBehandeld door: KdW\nSteller: RIVM",
        ["MvS", "KdW"],
        ["RIVM"],
    ),
    # an abbreviation explained by words is no legend
    ("De CAO = collectieve arbeidsovereenkomst; NL = Nederland.", [], ["CAO", "NL"]),
]


LETTER_TO_CABINET = [
    # a letter to the cabinet as a trade association writes it (OCR'd: "Staassecretaris"): office holders, by
    # register (one initial of a holder who has one), under their office's heading (t.a.v.), by an OCR'd title
    (
        "T.a.v. Minister-president\nde heer Drs. M. Rutte\nPostbus 20001\n2500 EA Den Haag\n"
        "T.a.v. Minister van Volksgezondheid, Welzijn en Sport, viceminister-president\nde heer H.M. de Jonge\n"
        "Postbus 20350\nAfschrift aan:\nStaassecretaris van Economische Zaken en Klimaat, mevrouw Keijzer\n"
        "Geachte heer Rutte, geachte heer De Jonge,\nBij het CBL zijn aangesloten:\nAlbert Heijn Aldi Bidfood Boni\n"
        "Met vriendelijke groet,\nMarieke Jansen-Haverkamp, directeur",
        ["Marieke Jansen-Haverkamp"],
        ["M. Rutte", "H.M. de Jonge", "Keijzer", "heer Rutte", "heer De Jonge", "Albert Heijn Aldi Bidfood"],
    ),
    # a motion named after its submitters: Kamerleden
    (
        "Wij hebben indiener motie Asscher/Jetten gevraagd. Dit volgt uit de Motie Veldman/Van den Berg over kosten.",
        [],
        ["Asscher", "Jetten", "Veldman", "Van den Berg"],
    ),
    # one initial that is not the holder's, or a common surname with no office above, is a person
    ("Aanwezig: J. Rutte (BZK) en de heer H.M. de Jonge (DUO).", ["J. Rutte", "H.M. de Jonge"], []),
]


ENGLISH_TERMS = [
    # a first name that is an English word, in an English phrase, or the second half of a compound
    (
        "Ga naar Edit Preferences en kies Definition of Done. Lead engineer ICT-Geo: vacature.",
        [],
        ["Edit", "Done", "Geo"],
    ),
    # a short first name with a full stop is an abbreviation: an editor, a month
    ("[RFC8446] E. Rescorla, Ed., The TLS Protocol, Jan. 2018.", ["E. Rescorla"], ["Ed.", "Jan."]),
    # ... but a lone first name in Dutch text is still found
    ("Bel Geo even over het verslag; Anouk weet ervan.", ["Geo", "Anouk"], []),
]


ORGANISATIONS_AND_NAMESAKES = [
    # a number right after an organisation's name is the organisation's; a person's stays redacted
    (
        "Bij calamiteiten: Provinciehuis Drenthe 0592 365 555. Huis voor Klokkenluiders: 088 371 30 30. "
        "Bel Jan de Vries, 030 123 45 67. Ahmed (Omgevingsdienst) 030 999 88 77.",
        ["Jan de Vries", "030 123 45 67", "030 999 88 77"],
        ["0592 365 555", "088 371 30 30"],
    ),
    # a law named after its author
    ("De boete valt onder de Wet Mulder. Mevrouw Mulder behandelt de zaak.", ["Mevrouw [Mulder]"], ["Wet Mulder"]),
    # a commissaris van de Koning the register knows by initials, named with a first name of that initial
    (
        "Andries Heidema sprak met de burgemeester. Bert Heidema (beleidsmedewerker) notuleerde.",
        ["Bert Heidema"],
        ["Andries Heidema"],
    ),
    # the civil servant whom a header field names is no Kamerlid of the same name elsewhere in the document
    (
        "Contactpersoon: Ferdinand Hoogendijk, f.hoogendijk@pzh.nl\nExcellentie,\n"
        "Onze ambtenaren Ferdinand Hoogendijk en Lisanne Ruigrok stelden het op.",
        ["Ferdinand Hoogendijk", "Lisanne Ruigrok"],
        [],
    ),
    # the first part of a double surname, with its particle, is the person's surname too
    ("Haar collega T.W.F. (Thijmen) van Rossum-Akkerman gunt opdrachten.\nVan Rossum is gehoord.", ["Van Rossum"], []),
]


PARTICLES_AND_BOARDS = [
    # the particle written onto the name: "'s-Gravesande", and the paraph made of it
    (
        "Namens het college sprak J.W. van 's-Gravesande (JWvsG) over de plannen. Aanwezig: Gerard 's-Jacob.",
        ["J.W. van 's-Gravesande", "JWvsG", "Gerard 's-Jacob"],
        [],
    ),
    # a water board's dagelijks bestuur: heemraden named after their plural title
    (
        "Voorzitter: dijkgraaf Luuk Gerbrandy\nDagelijks bestuur: heemraden Tjitske Hoekstra, Piter de Vries en "
        "Anne-Marie Douma\nNotulist: Gerrit Bakker",
        ["Gerrit Bakker"],
        ["Luuk Gerbrandy", "Tjitske Hoekstra", "Piter de Vries", "Anne-Marie Douma"],
    ),
]


TENDER_TABLE = [
    # a tender's table: a company in the contact column is no person, a contact beside a wrapped "B.V." is
    (
        "Inschrijver\nKvK\nContactpersoon\nHeijmans Wegen B.V.\n16061217\nir. M.A. Veldhuis\n"
        "Dura Vermeer Infra Regio Noord\n37083511\nJolanda Smits-Ekkel\nB.V.",
        ["M.A. Veldhuis", "Jolanda Smits-Ekkel"],
        ["Heijmans Wegen", "Dura Vermeer"],
    ),
]


PERSONAL_DETAILS = [
    # a place of birth with the date or under its label, an employee's or student's number after its label
    (
        "Aangever: Suzanne Kraaijeveld, geboren 02-11-1988 te Vlaardingen\nPersoneelsnummer: 4018823\n"
        "Studentnummer S4128870 is gekoppeld. Geboorteplaats: Casablanca\n"
        "Het projectnummer 2024001 en de gemeente Vlaardingen blijven staan.",
        ["te [Vlaardingen]", "4018823", "S4128870", "Casablanca"],
        ["2024001", "gemeente Vlaardingen"],
    ),
]


REGRESSIONS = [
    # a surname ending like an organisation word, and a person's function before the organisation: direct lines
    (
        "80031279 Roelie Bakker-Dijkhuis, 0595-43 12 77\nHanneke Koning\n"
        "projectleider Gemeente Amsterdam, 020 - 251 88 43\nBehandeld door\nThijs Nieuwenhuis, 020 251 44 87",
        ["0595-43 12 77", "020 - 251 88 43", "020 251 44 87"],
        [],
    ),
    # one initial is too little for a Kamerlid where the document redacts another of that surname
    ("De directeur, Harm Wiersma, en het team.\nContact\nH. Wiersma\ndirecteur", ["Harm Wiersma", "H. Wiersma"], []),
    ("Reclassering\nS. ÖZTÜRK\n06 - 1285 7730", ["S. ÖZTÜRK"], []),
    # a short first name at a sentence's end is no abbreviation
    ("[05-04-25 23:12:03] Daan Vermeulen: prima Mo. Rapport staat erin", ["Mo"], []),
]


TABLES = {
    "roles": ROLES,
    "street_endings": STREET_ENDINGS,
    "places": PLACES,
    "portfolios": PORTFOLIOS,
    "addresses": ADDRESSES,
    "place_copies": PLACE_COPIES,
    "word_copies": WORD_COPIES,
    "wrapped": WRAPPED,
    "paraphs": PARAPHS,
    "letter_to_cabinet": LETTER_TO_CABINET,
    "english_terms": ENGLISH_TERMS,
    "organisations_and_namesakes": ORGANISATIONS_AND_NAMESAKES,
    "particles_and_boards": PARTICLES_AND_BOARDS,
    "tender_table": TENDER_TABLE,
    "personal_details": PERSONAL_DETAILS,
    "regressions": REGRESSIONS,
}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
