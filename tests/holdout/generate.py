"""Held-out challenge set for woo_redact: 16 invented Dutch government notes.

    .venv/bin/python tests/holdout/generate.py [--check-only]

Writes tests/holdout/notes/<name>.pdf and <name>.expected.json. Half of the notes
are typeset with python-docx and converted to PDF by LibreOffice, half with
reportlab. Every person, phone number, e-mail address, BSN and IBAN is invented.
The content is fixed (no randomness), so the output is deterministic apart from
LibreOffice's own timestamps.

After writing, every expected string (redact and keep) is checked to be
extractable from its PDF with pdfplumber (whitespace, including a line break,
may separate words; a line break may follow a hyphen).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"

P = "PERSON"
E = "EMAIL_ADDRESS"
T = "PHONE_NUMBER"
PA = "PARAPH"
B = "NL_BSN"
IB = "IBAN_CODE"

# Block kinds: ("h", text) heading, ("p", text) paragraph, ("l", [lines]) lines
# without spacing between them, ("t", [[cells]], [relative widths]) table (first row header).

NOTES_DATA: list[dict] = []


def note(name, engine, font, blocks, redact, keep, landscape=False):
    NOTES_DATA.append(
        {
            "name": name,
            "engine": engine,
            "font": font,
            "blocks": blocks,
            "redact": redact,
            "keep": keep,
            "landscape": landscape,
        }
    )


# --------------------------------------------------------------------------- 01
note(
    "hn01_kamerbrief_concept",
    "docx",
    "Liberation Serif",
    [
        ("h", "CONCEPT – Kamerbrief (versie 3, niet verspreiden)"),
        (
            "l",
            [
                "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                "Retouradres Postbus 20011 2500 EA Den Haag",
                "",
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
                "Postbus 20018",
                "2500 EA Den Haag",
            ],
        ),
        (
            "l",
            [
                "Directoraat-generaal Openbaar Bestuur",
                "Turfmarkt 147",
                "Behandeld door",
                "Wiebren Hoekstra",
                "T 06-41 27 93 58",
                "wiebren.hoekstra@minbzk.nl",
                "Kenmerk 2024-0000381720",
            ],
        ),
        (
            "l",
            [
                "Datum 14 maart 2024",
                "Betreft Beantwoording Kamervragen over integriteitstoetsing bij vergunningverlening",
            ],
        ),
        (
            "p",
            "Hierbij zend ik u, mede namens de minister van Justitie en Veiligheid, de antwoorden op de "
            "vragen van het lid Brouwer-Tahiri over de toepassing van de Wet Bibob door gemeenten "
            "(ingezonden 20 februari 2024).",
        ),
        (
            "p",
            "[Opmerking Tjitske Zijlstra: vraag 3 nog afstemmen met Bakker van DGOO, zie ook het advies "
            "van het Landelijk Bureau Bibob.]",
        ),
        (
            "p",
            "Vraag 1 Bent u bekend met het bericht dat burgemeester Gorter van Leeuwarden de vergunning "
            "van een horecaondernemer heeft geweigerd?",
        ),
        (
            "p",
            "Antwoord 1 Ja. Ik heb hierover op 5 maart jl. gesproken met de burgemeester, die het belang "
            "van de Wet Bibob voor de lokale weerbaarheid onderstreepte.",
        ),
        ("p", "Vraag 2 Hoeveel gemeenten passen het instrument jaarlijks toe?"),
        (
            "p",
            "Antwoord 2 In 2023 ging het om ruim 250 gemeenten. Het Regionaal Informatie- en Expertise "
            "Centrum (RIEC) Noord-Nederland ondersteunt gemeenten bij de uitvoering. "
            "[Tjitske: check cijfers bij Martijn Bakker, hij heeft de monitor 2023.]",
        ),
        (
            "p",
            "Antwoord 3 Zoals ik in mijn brief van 12 januari 2024 heb aangegeven, werk ik met de minister "
            "van Justitie en Veiligheid aan een wijziging van de Wet Bibob.",
        ),
        ("p", "De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
        ("p", "Margreet Velthuis-Amrani"),
        ("p", "Interne routing (verwijderen voor verzending): opgesteld WH 11-3; gelezen TZ 12-3; akkoord MBa 13-3."),
    ],
    [
        ("Wiebren Hoekstra", P),
        ("06-41 27 93 58", T),
        ("wiebren.hoekstra@minbzk.nl", E),
        ("Tjitske Zijlstra", P),
        ("Tjitske", P),
        ("Martijn Bakker", P),
        ("Bakker", P),
        ("WH", PA),
        ("TZ", PA),
        ("MBa", PA),
    ],
    [
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "Directoraat-generaal Openbaar Bestuur",
        "Turfmarkt 147",
        "Postbus 20011",
        "Brouwer-Tahiri",
        "Wet Bibob",
        "Landelijk Bureau Bibob",
        "burgemeester Gorter",
        "Leeuwarden",
        "RIEC",
        "Margreet Velthuis-Amrani",
        "Kenmerk 2024-0000381720",
        "DGOO",
        "Behandeld door",
    ],
)

# --------------------------------------------------------------------------- 02
note(
    "hn02_teams_chat_ter_apel",
    "rl",
    "DejaVuSans",
    [
        ("h", "Notitie: verloop crisisoverleg opvang Ter Apel (12 maart 2024)"),
        (
            "p",
            "Ten behoeve van het dossier is hieronder de Teams-chat van het crisisteam opgenomen. De chat "
            "is ongewijzigd overgenomen; alleen de bijlagen zijn weggelaten.",
        ),
        (
            "l",
            [
                "[09:14] Sanne de Wit: Goedemorgen allen. COA meldt dat er vannacht 212 mensen buiten hebben "
                "geslapen in Ter Apel.",
                "[09:15] Mehmet Yılmaz: Ik bel om 10.00 uur met burgemeester Jansen-Oosterhuis, zij wil "
                "noodopvang in de sporthal.",
                "[09:17] Anouska Kartosen-Wong: @Mehmet kun je mij even cc'en? Ik zit vandaag op locatie, "
                "bel me op 06 38 51 27 40.",
                "[09:20] Sanne de Wit: Staatssecretaris Okkerse wil voor 12.00 uur een update. Wie pakt de pen?",
                "[09:21] Kwame Asante: Ik. Net Stichting Vluchtelingenwerk gesproken, hun contactpersoon is "
                "Dawit Tesfamariam (dawit.tesfamariam@vluchtelingenwerk.nl).",
                "[09:24] Mehmet Yılmaz: thx Kwame. Tesfamariam weet ook hoeveel alleenstaande minderjarigen er zijn.",
                "[09:31] Sanne de Wit: Top. Yılmaz en Asante stemmen af, Anouska sluit om 11 uur aan bij het ROT.",
                "[09:33] Anouska Kartosen-Wong: Prima. Persvragen graag naar woordvoering@minjenv.nl of het "
                "algemene nummer 070 311 00 00.",
                "[09:40] Kwame Asante: @Sanne update staat in de teammap.",
            ],
        ),
        ("p", "Opgesteld door: S. de Wit (DG Migratie)"),
    ],
    [
        ("Sanne de Wit", P),
        ("Sanne", P),
        ("S. de Wit", P),
        ("Mehmet Yılmaz", P),
        ("Mehmet", P),
        ("Yılmaz", P),
        ("Anouska Kartosen-Wong", P),
        ("Anouska", P),
        ("Kwame Asante", P),
        ("Kwame", P),
        ("Asante", P),
        ("Dawit Tesfamariam", P),
        ("Tesfamariam", P),
        ("dawit.tesfamariam@vluchtelingenwerk.nl", E),
        ("06 38 51 27 40", T),
    ],
    [
        "Jansen-Oosterhuis",
        "Okkerse",
        "Stichting Vluchtelingenwerk",
        "Ter Apel",
        "COA",
        "woordvoering@minjenv.nl",
        "070 311 00 00",
        "DG Migratie",
        "ROT",
    ],
)

# --------------------------------------------------------------------------- 03
note(
    "hn03_verslag_regietafel_jeugd",
    "docx",
    "DejaVu Sans",
    [
        ("h", "Verslag Regietafel Jeugd Zaanstreek"),
        (
            "l",
            [
                "Datum: 7 februari 2024, 14.00-16.00 uur",
                "Locatie: Stadhuis Zaanstad, Stadhuisplein 100",
                "Aanwezig: wethouder Kaya (voorzitter), Ingrid Schipper (gemeente Zaanstad), Rachid El Idrissi "
                "(GGD Zaanstreek-Waterland), Joanna Wiśniewska (Veilig Thuis), Pieter-Jan Mulder (notulen)",
                "Afwezig met kennisgeving: Fenna Dijkstra-Postma (Jeugdbescherming Noord), S. Ramcharan "
                "(Raad voor de Kinderbescherming)",
            ],
        ),
        ("h", "1. Opening en mededelingen"),
        (
            "p",
            "De voorzitter opent de vergadering. Dijkstra-Postma en Ramcharan hebben zich afgemeld. "
            "Schipper meldt dat de wachtlijst voor specialistische jeugdhulp is opgelopen tot 340 kinderen.",
        ),
        ("h", "2. Stand van zaken Hervormingsagenda Jeugd"),
        (
            "p",
            "Rachid licht de cijfers van de GGD toe. Joanna vraagt of Veilig Thuis kan aansluiten bij het "
            "programma Zorg voor de Jeugd. Wethouder Kaya zegt toe dit op te nemen met gedeputeerde Terpstra.",
        ),
        ("h", "3. Actiepunten"),
        (
            "t",
            [
                ["Nr", "Actie", "Wie", "Gereed"],
                ["1", "Cijfers wachtlijst uitsplitsen naar leeftijd", "El Idrissi", "1 maart"],
                ["2", "Notitie samenwerking Veilig Thuis en wijkteams", "Wiśniewska / Schipper", "15 maart"],
                ["3", "Uitnodiging volgende regietafel versturen", "Pieter-Jan", "direct"],
            ],
            [1, 6, 3, 2],
        ),
        (
            "p",
            "Volgende vergadering: 6 maart 2024. Mulder verstuurt het verslag. Vragen over dit verslag: "
            "regietafeljeugd@zaanstad.nl.",
        ),
    ],
    [
        ("Ingrid Schipper", P),
        ("Schipper", P),
        ("Rachid El Idrissi", P),
        ("Rachid", P),
        ("El Idrissi", P),
        ("Joanna Wiśniewska", P),
        ("Joanna", P),
        ("Wiśniewska", P),
        ("Pieter-Jan Mulder", P),
        ("Pieter-Jan", P),
        ("Mulder", P),
        ("Fenna Dijkstra-Postma", P),
        ("Dijkstra-Postma", P),
        ("S. Ramcharan", P),
        ("Ramcharan", P),
    ],
    [
        "wethouder Kaya",
        "Wethouder Kaya",
        "gedeputeerde Terpstra",
        "GGD Zaanstreek-Waterland",
        "Veilig Thuis",
        "Raad voor de Kinderbescherming",
        "Jeugdbescherming Noord",
        "Hervormingsagenda Jeugd",
        "Zorg voor de Jeugd",
        "regietafeljeugd@zaanstad.nl",
        "Stadhuisplein 100",
        "Zaanstad",
    ],
)

# --------------------------------------------------------------------------- 04
note(
    "hn04_email_engels_nederlands",
    "rl",
    "Times-Roman",
    [
        ("h", "Bijlage 3 bij nota 2024-0412: e-mailwisseling input Kamerbrief AI-verordening"),
        (
            "l",
            [
                "From: Xiaoming Chen <xiaoming.chen@minezk.nl>",
                "Sent: Thursday, April 4, 2024 16:52",
                "To: Joost Kramer <j.kramer@minezk.nl>",
                "Cc: Digitale Economie Secretariaat <secretariaat.de@minezk.nl>; Wouter van Dongen",
                "Subject: RE: input Kamerbrief AI-verordening",
            ],
        ),
        (
            "p",
            "Hi Joost, thanks! Looks good. Two small points: in par. 2 I would say 'de AI-verordening treedt "
            "gefaseerd in werking' instead of 'per direct'. And could you check with Wouter whether the "
            "Autoriteit Persoonsgegevens agrees with the toezichtsparagraaf? Staatssecretaris Van Ommeren "
            "wants it on her desk by Tuesday.",
        ),
        ("p", "Cheers, Xiaoming"),
        (
            "l",
            [
                "Xiaoming Chen | Senior beleidsmedewerker | Directie Digitale Economie",
                "Ministerie van Economische Zaken en Klimaat | Bezuidenhoutseweg 73 | 2594 AC Den Haag",
                "M +31 (0)6 1947 2205 | T 070 379 80 00 (receptie)",
            ],
        ),
        ("p", "-----Original Message-----"),
        (
            "l",
            [
                "From: Joost Kramer",
                "Sent: Wednesday, April 3, 2024 09:05",
                "To: Xiaoming Chen",
                "Subject: input Kamerbrief AI-verordening",
            ],
        ),
        (
            "p",
            "Hoi Xiaoming, hierbij mijn input voor de brief. Ik heb het met Van Dongen besproken; hij is "
            "akkoord met de lijn. Kun jij het vóór vrijdag aan de DG voorleggen? Minister Adriaanse is er "
            "niet bij, dus het loopt via de staatssecretaris. Groet, Joost",
        ),
        (
            "l",
            [
                "Joost Kramer",
                "Coördinator AI & Algoritmes",
                "06-50 71 93 26",
                "j.kramer@minezk.nl",
            ],
        ),
    ],
    [
        ("Xiaoming Chen", P),
        ("Xiaoming", P),
        ("xiaoming.chen@minezk.nl", E),
        ("Joost Kramer", P),
        ("Joost", P),
        ("j.kramer@minezk.nl", E),
        ("Wouter van Dongen", P),
        ("Wouter", P),
        ("Van Dongen", P),
        ("+31 (0)6 1947 2205", T),
        ("06-50 71 93 26", T),
    ],
    [
        "Digitale Economie Secretariaat",
        "secretariaat.de@minezk.nl",
        "Autoriteit Persoonsgegevens",
        "Van Ommeren",
        "Minister Adriaanse",
        "070 379 80 00",
        "Bezuidenhoutseweg 73",
        "Directie Digitale Economie",
        "Senior beleidsmedewerker",
        "Ministerie van Economische Zaken en Klimaat",
        "Coördinator AI & Algoritmes",
    ],
)

# --------------------------------------------------------------------------- 05
note(
    "hn05_contactpersonen_tabel",
    "docx",
    "Liberation Sans",
    [
        ("h", "Overzicht contactpersonen pilot Gezondheidsbeleid Rotterdam-Zuid"),
        (
            "p",
            "Onderstaand overzicht is opgesteld voor het bestuurlijk overleg met wethouder De Graaf en de "
            "directie van het Erasmus MC. Het overzicht is intern en wordt niet gedeeld buiten de projectgroep.",
        ),
        (
            "t",
            [
                ["Naam", "Organisatie", "Telefoon", "E-mail"],
                ["Nana Ama Boateng", "Erasmus MC, afdeling Public Health", "010 704 12 36", "n.boateng@erasmusmc.nl"],
                ["Oleksandr Kovalenko", "Gemeente Rotterdam", "06-27384950", "o.kovalenko@rotterdam.nl"],
                ["Agnieszka Nowak-de Jong", "GGD Rotterdam-Rijnmond", "+31 6 4412 8830", "a.nowak@ggdrr.nl"],
                ["Bas Smit", "Willem Pompe Instituut (UU)", "030 253 71 02", "b.smit@uu.nl"],
                ["Secretariaat", "Van Leer Foundation", "070 331 22 00", "info@vanleerfoundation.nl"],
                ["Servicedesk", "RIVM", "030 274 00 00", "info@rivm.nl"],
            ],
            [4, 5, 3, 5],
        ),
        (
            "p",
            "Bij afwezigheid van Boateng neemt Kovalenko het aanspreekpunt over. Smit is alleen op dinsdag en "
            "donderdag bereikbaar. Voor spoed: bel de centrale van het Erasmus MC (010 704 00 00) en vraag "
            "naar mevrouw Nowak.",
        ),
    ],
    [
        ("Nana Ama Boateng", P),
        ("Boateng", P),
        ("010 704 12 36", T),
        ("n.boateng@erasmusmc.nl", E),
        ("Oleksandr Kovalenko", P),
        ("Kovalenko", P),
        ("06-27384950", T),
        ("o.kovalenko@rotterdam.nl", E),
        ("Agnieszka Nowak-de Jong", P),
        ("Nowak", P),
        ("+31 6 4412 8830", T),
        ("a.nowak@ggdrr.nl", E),
        ("Bas Smit", P),
        ("Smit", P),
        ("030 253 71 02", T),
        ("b.smit@uu.nl", E),
    ],
    [
        "wethouder De Graaf",
        "Erasmus MC",
        "Willem Pompe Instituut",
        "Van Leer Foundation",
        "info@vanleerfoundation.nl",
        "070 331 22 00",
        "Secretariaat",
        "Servicedesk",
        "030 274 00 00",
        "info@rivm.nl",
        "010 704 00 00",
        "GGD Rotterdam-Rijnmond",
        "Gemeente Rotterdam",
        "RIVM",
    ],
    landscape=True,
)

# --------------------------------------------------------------------------- 06
note(
    "hn06_besluitenlijst_mt",
    "rl",
    "Helvetica",
    [
        ("h", "Besluiten- en actielijst MT Directie Participatie, 19 maart 2024"),
        (
            "l",
            [
                "Voorzitter: Lucienne Hartsuiker (secretaris-generaal)",
                "Verslag: Priya Ramdin",
            ],
        ),
        ("p", "B1 Het MT stemt in met de planning voor de evaluatie van de Participatiewet in balans."),
        (
            "p",
            "B2 Het MT besluit de reactie op de brief van de Landelijke Cliëntenraad aan te houden tot na het "
            "Bestuurlijk Overleg met de VNG.",
        ),
        (
            "t",
            [
                ["Nr", "Actie", "Actiehouder", "Termijn"],
                ["A1", "Planning evaluatie Participatiewet delen met UWV en Divosa", "Actie: Priya", "week 13"],
                ["A2", "Reactie op brief Landelijke Cliëntenraad voorbereiden", "Actiehouder: mw. Ramdin", "5 april"],
                ["A3", "Kamerbrief afstemmen met minister Van der Zwaag", "Actie: Youssef Benali", "z.s.m."],
                ["A4", "Overzicht bezwaarzaken 2023 naar het MT", "Actiehouder: dhr. Kok", "april"],
                ["A5", "Werkbezoek stas Okkerse, Werkplein Drechtsteden", "Actie: YB / GK", "mei"],
            ],
            [1, 10, 4, 2],
        ),
        (
            "p",
            "Y. Benali meldt dat de jurist die de bezwaarzaken behandelt, Gerrit Kok, per 1 mei met verlof "
            "gaat. Vervanging loopt via P&O (po-vervanging@minszw.nl).",
        ),
    ],
    [
        ("Priya Ramdin", P),
        ("Priya", P),
        ("Ramdin", P),
        ("Youssef Benali", P),
        ("Y. Benali", P),
        ("Gerrit Kok", P),
        ("Kok", P),
        ("YB", PA),
        ("GK", PA),
    ],
    [
        "Lucienne Hartsuiker",
        "secretaris-generaal",
        "Van der Zwaag",
        "Okkerse",
        "Participatiewet",
        "UWV",
        "Divosa",
        "Landelijke Cliëntenraad",
        "Werkplein Drechtsteden",
        "po-vervanging@minszw.nl",
        "VNG",
        "Directie Participatie",
    ],
)

# --------------------------------------------------------------------------- 07
note(
    "hn07_brief_aan_burger",
    "docx",
    "Times New Roman",
    [
        (
            "l",
            [
                "Uitvoeringsorganisatie Herstel Toeslagen",
                "Retouradres Postbus 2500, 6401 DA Heerlen",
                "",
                "Mevrouw R.E. Tjon A Fong",
                "Kerkstraat 112",
                "1017 GP Amsterdam",
                "",
                "Datum 22 april 2024",
                "Ons kenmerk UHT-2024-118204",
                "Uw BSN 236714582",
                "Onderwerp Uw verzoek om herstel",
            ],
        ),
        ("p", "Geachte mevrouw Tjon A Fong,"),
        (
            "p",
            "Op 2 april 2024 ontvingen wij uw brief waarin u vraagt om herstel van de kinderopvangtoeslag over "
            "de jaren 2014 tot en met 2018. U schrijft dat uw zoon destijds naar de buitenschoolse opvang ging "
            "en nu leerling is van het Johan de Witt-gymnasium in Den Haag.",
        ),
        (
            "p",
            "Wij hebben besloten u een compensatie van € 30.000 toe te kennen. Dit bedrag maken wij binnen zes "
            "weken over op rekening NL64 RABO 0318 7264 50 ten name van R.E. Tjon A Fong. Uw persoonlijk "
            "zaakbehandelaar, de heer De Vos, neemt binnenkort telefonisch contact met u op over het vervolg.",
        ),
        (
            "p",
            "Heeft u vragen? Bel dan met Koen de Vos op 045 - 573 82 16 of mail naar koen.de.vos@toeslagen.nl. "
            "Voor algemene vragen kunt u bellen met de BelastingTelefoon: 0800 - 0543.",
        ),
        ("p", "Met vriendelijke groet,"),
        (
            "l",
            [
                "namens de staatssecretaris van Financiën,",
                "",
                "drs. H.C. Mangoenkoesoemo",
                "teamleider Uitvoeringsorganisatie Herstel Toeslagen",
            ],
        ),
        ("p", "Kopie: mr. L. Brahimi, advocaat te Utrecht"),
    ],
    [
        ("R.E. Tjon A Fong", P),
        ("Tjon A Fong", P),
        ("236714582", B),
        ("NL64 RABO 0318 7264 50", IB),
        ("De Vos", P),
        ("Koen de Vos", P),
        ("045 - 573 82 16", T),
        ("koen.de.vos@toeslagen.nl", E),
        ("H.C. Mangoenkoesoemo", P),
        ("L. Brahimi", P),
    ],
    [
        "Uitvoeringsorganisatie Herstel Toeslagen",
        "Johan de Witt-gymnasium",
        "BelastingTelefoon",
        "0800 - 0543",
        "UHT-2024-118204",
        "teamleider",
        "Den Haag",
    ],
)

# --------------------------------------------------------------------------- 08
note(
    "hn08_lopende_tekst_limburg",
    "rl",
    "LiberationSerif",
    [
        ("h", "Notitie: ervaringen met de Regeling specifieke uitkering onderwijsachterstanden in Limburg"),
        (
            "p",
            "Volgens Ngozi Okafor, onderzoeker bij het Kenniscentrum Onderwijs Zuid, is het bereik van de "
            "vroegschoolse educatie in Parkstad het afgelopen jaar met vier procent gedaald. Okafor baseert "
            "zich op de monitor die zij samen met Hendrik-Jan Koning van het Koning Willem I College heeft "
            "opgesteld.",
        ),
        (
            "p",
            "Commissaris van de Koning Stoffels heeft op 8 maart aangegeven dat zij de uitkomsten wil "
            "bespreken in het Bestuurlijk Overleg Onderwijs. Koning vindt dat de cijfers nog niet rijp zijn "
            "voor publicatie; hij heeft dit ook in een e-mail aan de directie laten weten.",
        ),
        (
            "p",
            "Samira Aït Haddou (gemeente Heerlen) en Tomasz Zieliński (GGD Zuid Limburg) herkennen het beeld. "
            "Aït Haddou wijst erop dat ouders in Heerlen-Noord de regeling niet kennen; Zieliński ziet vooral "
            "personeelstekorten bij de kinderopvang. Tomasz stelt voor een bijeenkomst te organiseren in het "
            "Glaspaleis.",
        ),
        (
            "p",
            "Wethouder Vroomen van Heerlen wil de resultaten voor de zomer. Ambtelijk aanspreekpunt bij de "
            "provincie is Ravi Jagessar (r.jagessar@prvlimburg.nl, 06 - 21 98 47 03); bij diens afwezigheid "
            "kan contact worden opgenomen met het algemene nummer van de provincie, 043 389 00 00.",
        ),
        (
            "p",
            "Een eerdere versie van deze notitie is besproken met Esther Mulder-Kuijpers en met de heer "
            "Van den Heuvel (beiden Kenniscentrum Onderwijs Zuid).",
        ),
    ],
    [
        ("Ngozi Okafor", P),
        ("Okafor", P),
        ("Hendrik-Jan Koning", P),
        ("Koning", P),
        ("Samira Aït Haddou", P),
        ("Aït Haddou", P),
        ("Tomasz Zieliński", P),
        ("Zieliński", P),
        ("Tomasz", P),
        ("Ravi Jagessar", P),
        ("r.jagessar@prvlimburg.nl", E),
        ("06 - 21 98 47 03", T),
        ("Esther Mulder-Kuijpers", P),
        ("Van den Heuvel", P),
    ],
    [
        "Koning Willem I College",
        "Commissaris van de Koning",
        "Stoffels",
        "Wethouder Vroomen",
        "Kenniscentrum Onderwijs Zuid",
        "043 389 00 00",
        "GGD Zuid Limburg",
        "Heerlen",
        "Glaspaleis",
        "Bestuurlijk Overleg Onderwijs",
        "Parkstad",
    ],
)

# --------------------------------------------------------------------------- 09
note(
    "hn09_memo_provincie_fryslan",
    "docx",
    "DejaVu Serif",
    [
        ("h", "Memo"),
        (
            "l",
            [
                "Provinsje Fryslân / Provincie Fryslân",
                "Oan / Aan: Gedeputeerde Staten",
                "Fan / Van: Jildou van der Meer, afdeling Wetter en Klimaat",
                "Datum: 26 februari 2024",
                "Underwerp / Onderwerp: Dijkversterking Holwerd aan Zee",
            ],
        ),
        (
            "p",
            "Gedeputeerde Terpstra heeft gevraagd om een korte stand van zaken voorafgaand aan het overleg met "
            "Wetterskip Fryslân en Rijkswaterstaat op 4 maart. Dit memo is opgesteld in overleg met Hylke Bouma "
            "(projectleider) en Aukje Wiersma-Hoekstra (omgevingsmanager).",
        ),
        (
            "p",
            "Bouma meldt dat de aanbesteding vertraging oploopt door de stikstofberekening. Aukje heeft met de "
            "bewonersvereniging gesproken; de zorgen gaan vooral over de bereikbaarheid van de haven. "
            "De commissaris van de Koning, Arjen Dykstra, opent op 12 april het informatiecentrum.",
        ),
        (
            "p",
            "Voor vragen: Jildou van der Meer, 058 292 57 34, j.vandermeer@fryslan.frl. Het algemene nummer van "
            "de provincie is 058 292 00 00.",
        ),
        ("h", "Parafen"),
        (
            "t",
            [
                ["Naam", "Functie", "Paraaf", "Datum"],
                ["Jildou van der Meer", "beleidsadviseur", "JvdM", "26-02"],
                ["Hylke Bouma", "projectleider", "HB", "26-02"],
                ["S.T. Wijbenga", "afdelingshoofd", "STW", "27-02"],
            ],
            [4, 3, 2, 2],
        ),
    ],
    [
        ("Jildou van der Meer", P),
        ("Hylke Bouma", P),
        ("Bouma", P),
        ("Aukje Wiersma-Hoekstra", P),
        ("Aukje", P),
        ("058 292 57 34", T),
        ("j.vandermeer@fryslan.frl", E),
        ("S.T. Wijbenga", P),
        ("JvdM", PA),
        ("HB", PA),
        ("STW", PA),
    ],
    [
        "Gedeputeerde Terpstra",
        "Gedeputeerde Staten",
        "Wetterskip Fryslân",
        "Rijkswaterstaat",
        "Arjen Dykstra",
        "Holwerd aan Zee",
        "058 292 00 00",
        "beleidsadviseur",
        "projectleider",
        "afdelingshoofd",
        "Provincie Fryslân",
        "commissaris van de Koning",
    ],
)

# --------------------------------------------------------------------------- 10
note(
    "hn10_whatsapp_bonaire",
    "rl",
    "Helvetica",
    [
        ("h", "Verslag contact Openbaar Lichaam Bonaire – stroomstoring 2 maart 2024"),
        (
            "p",
            "Op verzoek van de directie Koninkrijksrelaties is onderstaande WhatsApp-groep 'Storing WEB "
            "Bonaire' geëxporteerd en aan het dossier toegevoegd.",
        ),
        (
            "l",
            [
                "02-03-2024 21:47 - Ricardo Martina: Hele Kralendijk zonder stroom sinds 21.30. WEB zegt minstens "
                "6 uur.",
                "02-03-2024 21:49 - Shurandy Isenia: Gezaghebber Anthony is geïnformeerd. Ik zit in het "
                "crisiscentrum, bereikbaar op +599 717 8834.",
                "02-03-2024 21:52 - Gijs Kok: Ik licht de staatssecretaris in. Ricardo, heb je een schatting van het "
                "aantal huishoudens?",
                "02-03-2024 21:58 - Ricardo Martina: Ongeveer 9.000. Ziekenhuis Fundashon Mariadal draait op "
                "aggregaat.",
                "02-03-2024 22:03 - Marisol Girigorie-Winklaar: Rijksvertegenwoordiger is aan boord. Mail de sitrap "
                "naar crisiscentrum@rijksdienstcn.com, niet naar mijn privémail.",
                "02-03-2024 22:05 - Gijs Kok: Shurandy, kun je morgen om 08.00 (NL 13.00) bellen op +31 6 52 88 41 07?",
                "02-03-2024 22:06 - Shurandy Isenia: Ok, doe ik.",
            ],
        ),
        (
            "p",
            "Samenvatting: de storing werd op 3 maart om 04.12 uur verholpen. Martina en Girigorie-Winklaar "
            "stellen een evaluatie op voor minister Adriaanse. Isenia levert de tijdlijn aan.",
        ),
    ],
    [
        ("Ricardo Martina", P),
        ("Ricardo", P),
        ("Martina", P),
        ("Shurandy Isenia", P),
        ("Shurandy", P),
        ("Isenia", P),
        ("Gijs Kok", P),
        ("Marisol Girigorie-Winklaar", P),
        ("Girigorie-Winklaar", P),
        ("+599 717 8834", T),
        ("+31 6 52 88 41 07", T),
    ],
    [
        "Gezaghebber Anthony",
        "Openbaar Lichaam Bonaire",
        "Fundashon Mariadal",
        "crisiscentrum@rijksdienstcn.com",
        "Kralendijk",
        "minister Adriaanse",
        "Rijksvertegenwoordiger",
        "WEB",
        "directie Koninkrijksrelaties",
    ],
)

# --------------------------------------------------------------------------- 11
note(
    "hn11_nota_javaanse_immigratie",
    "docx",
    "DejaVu Sans Condensed",
    [
        ("h", "Nota – 135 jaar Javaanse immigratie in Suriname: bijdrage OCW"),
        (
            "l",
            [
                "Aan: de minister van Onderwijs, Cultuur en Wetenschap",
                "Van: directie Erfgoed en Kunsten",
                "Contact: S. Kromodihardjo – 06 18 33 90 72",
                "Datum: 9 juli 2024",
            ],
        ),
        (
            "p",
            "Aan de minister wordt gevraagd in te stemmen met een bijdrage van € 75.000 aan de herdenking op "
            "9 augustus in Rotterdam, georganiseerd door Stichting Herdenking Javaanse Immigratie.",
        ),
        (
            "p",
            "Toelichting: Het voorstel is voorbereid door Sutomo Kromodihardjo en Dewi Lestari Hutapea. Hutapea "
            "heeft namens de directie gesproken met het bestuur van de stichting, waarvan Wiratno Karijopawiro "
            "voorzitter is. Met J.K. (Nationaal Archief) is afgestemd dat de collectie over de contractarbeid "
            "wordt getoond. Minister Bouwmeester opent de herdenking; ook Tweede Kamerlid Wassenaar is "
            "uitgenodigd. De voorbespreking vindt plaats aan het Willem Witsenplein.",
        ),
        (
            "p",
            "Krachtenveld: De Surinaamse ambassade is positief. De gemeente Rotterdam draagt € 25.000 bij; "
            "wethouder Ramsodit heeft dit schriftelijk bevestigd.",
        ),
        (
            "p",
            "Vragen over deze nota kunnen ook worden gesteld aan Dewi (dewi.hutapea@minocw.nl) of aan het "
            "secretariaat (secretariaat.erfgoed@minocw.nl).",
        ),
    ],
    [
        ("S. Kromodihardjo", P),
        ("Sutomo Kromodihardjo", P),
        ("06 18 33 90 72", T),
        ("Dewi Lestari Hutapea", P),
        ("Hutapea", P),
        ("Dewi", P),
        ("Wiratno Karijopawiro", P),
        ("J.K.", P),
        ("dewi.hutapea@minocw.nl", E),
    ],
    [
        "Stichting Herdenking Javaanse Immigratie",
        "Minister Bouwmeester",
        "Tweede Kamerlid Wassenaar",
        "Nationaal Archief",
        "wethouder Ramsodit",
        "secretariaat.erfgoed@minocw.nl",
        "directie Erfgoed en Kunsten",
        "Willem Witsenplein",
        "Surinaamse ambassade",
    ],
)

# --------------------------------------------------------------------------- 12
note(
    "hn12_woo_verzoek_ede",
    "rl",
    "DejaVuSerif",
    [
        ("h", "Notitie afhandeling Woo-verzoek over begeleiding statushouders in de gemeente Ede"),
        (
            "l",
            [
                "Zaaknummer: WOO-2024-0093",
                "Verzoeker: de heer Abdulrahman Al-Khatib",
                "Adres verzoeker: Stationsweg 41, 6711 PM Ede",
                "BSN verzoeker (uit BRP): 410382978",
                "Behandelaar: Tesfay Gebremedhin, juridisch medewerker",
            ],
        ),
        (
            "p",
            "Op 15 januari 2024 heeft de heer Al-Khatib verzocht om openbaarmaking van alle documenten over de "
            "begeleiding van statushouders door VluchtelingenWerk Oost Nederland. Hij verzoekt eventuele "
            "kosten te verrekenen via zijn rekening NL41 INGB 0007 3291 84.",
        ),
        (
            "p",
            "Gebremedhin heeft de documenten verzameld. Bij de beoordeling is advies gevraagd aan Lina Haddad "
            "(privacyjurist) en aan de functionaris gegevensbescherming (fg@ede.nl). Haddad adviseert de namen "
            "van de begeleiders van VluchtelingenWerk Oost Nederland te anonimiseren op grond van de Wet open "
            "overheid.",
        ),
        (
            "p",
            "Burgemeester Verhoeven is op de hoogte gebracht; het besluit wordt ondertekend door de "
            "gemeentesecretaris.",
        ),
        (
            "p",
            "Telefonisch contact met verzoeker op 30 januari (06 - 83 72 19 54): de heer Al-Khatib gaat akkoord "
            "met verlenging van de beslistermijn met twee weken. Het gesprek is gevoerd door Tesfay.",
        ),
    ],
    [
        ("Abdulrahman Al-Khatib", P),
        ("Al-Khatib", P),
        ("410382978", B),
        ("Tesfay Gebremedhin", P),
        ("Gebremedhin", P),
        ("Tesfay", P),
        ("NL41 INGB 0007 3291 84", IB),
        ("Lina Haddad", P),
        ("Haddad", P),
        ("06 - 83 72 19 54", T),
    ],
    [
        "VluchtelingenWerk Oost Nederland",
        "fg@ede.nl",
        "Burgemeester Verhoeven",
        "gemeente Ede",
        "Wet open overheid",
        "juridisch medewerker",
        "WOO-2024-0093",
        "gemeentesecretaris",
    ],
)

# --------------------------------------------------------------------------- 13
note(
    "hn13_emailthread_oekraine",
    "docx",
    "Arial",
    [
        (
            "l",
            [
                "Van: Olena Shevchenko <olena.shevchenko@minjenv.nl>",
                "Verzonden: maandag 11 maart 2024 08:12",
                "Aan: Marloes Schipper-Kuiper <m.schipper-kuiper@vng.nl>",
                "CC: Bohdan Melnyk; Postbus Opvang Oekraïne <opvangoekraine@minjenv.nl>",
                "Onderwerp: RE: bekostiging gemeentelijke opvang ontheemden uit Oekraïne",
            ],
        ),
        ("p", "Beste Marloes,"),
        (
            "p",
            "Dank voor je snelle reactie. Ik heb je punten over de normbedragen besproken met Bohdan en met "
            "onze financieel adviseur, Anneke de Boer. De minister van Justitie en Veiligheid neemt het besluit "
            "over de bekostiging na het Bestuurlijk Overleg met de VNG en het IPO. Burgemeester Hamelink van "
            "Apeldoorn heeft namens de VNG-commissie al laten weten dat gemeenten de verhoging steunen.",
        ),
        ("p", "Kunnen we donderdag bellen? Ik ben bereikbaar op 06 49 03 17 62."),
        ("p", "Met vriendelijke groet,"),
        (
            "l",
            [
                "Olena Shevchenko",
                "Programmadirectie Opvang Ontheemden Oekraïne",
                "Ministerie van Justitie en Veiligheid",
                "Turfmarkt 147 | 2511 DP Den Haag",
                "M 06 49 03 17 62",
            ],
        ),
        (
            "l",
            [
                "Van: Marloes Schipper-Kuiper",
                "Verzonden: vrijdag 8 maart 2024 17:40",
                "Aan: Olena Shevchenko",
                "Onderwerp: bekostiging gemeentelijke opvang ontheemden uit Oekraïne",
            ],
        ),
        (
            "p",
            "Hoi Olena, in de bijlage vind je de reactie van de VNG op het conceptbesluit. Wij vragen vooral "
            "aandacht voor de kosten van de huisvesting in de grote steden.",
        ),
        (
            "l",
            [
                "Groet, Schipper-Kuiper",
                "Marloes Schipper-Kuiper | senior beleidsadviseur Asiel en Migratie | VNG | T 070 373 86 47",
            ],
        ),
    ],
    [
        ("Olena Shevchenko", P),
        ("Olena", P),
        ("olena.shevchenko@minjenv.nl", E),
        ("Marloes Schipper-Kuiper", P),
        ("Marloes", P),
        ("Schipper-Kuiper", P),
        ("m.schipper-kuiper@vng.nl", E),
        ("Bohdan Melnyk", P),
        ("Bohdan", P),
        ("Anneke de Boer", P),
        ("06 49 03 17 62", T),
        ("070 373 86 47", T),
    ],
    [
        "opvangoekraine@minjenv.nl",
        "Postbus Opvang Oekraïne",
        "Burgemeester Hamelink",
        "Apeldoorn",
        "VNG",
        "IPO",
        "Programmadirectie Opvang Ontheemden Oekraïne",
        "Turfmarkt 147",
        "Ministerie van Justitie en Veiligheid",
        "senior beleidsadviseur Asiel en Migratie",
    ],
)

# --------------------------------------------------------------------------- 14
note(
    "hn14_programma_werkconferentie",
    "rl",
    "LiberationSans",
    [
        ("h", "Programma werkconferentie 'Samen tegen laaggeletterdheid', 16 mei 2024"),
        (
            "l",
            [
                "Locatie: Anna van Buerenplein 1, Den Haag",
                "Organisatie: ministerie van OCW in samenwerking met Stichting Lezen & Schrijven",
            ],
        ),
        (
            "t",
            [
                ["Tijd", "Onderdeel", "Spreker"],
                ["09.30", "Ontvangst", "-"],
                ["10.00", "Opening", "minister Bouwmeester"],
                ["10.15", "Keynote: taal en werk", "wethouder Öztürk (Utrecht)"],
                ["10.45", "Ervaringsverhaal", "Hatice Demir, taalambassadeur"],
                ["11.15", "Gesprek met de zaal", "moderator: Zhang Wei"],
            ],
            [2, 5, 6],
        ),
        (
            "p",
            "Dagvoorzitter is Zhang Wei (OCW, directie Voortgezet Onderwijs). Aanmelden via "
            "laaggeletterdheid@minocw.nl. Praktische vragen op de dag zelf: Li Na Huang, 06-11 94 38 27.",
        ),
        (
            "p",
            "Noot voor de minister: mevrouw Demir heeft gevraagd haar achternaam niet in de publiciteit te "
            "gebruiken; in de aankondiging staat alleen 'Hatice'. De heer Zhang stemt het draaiboek af met de "
            "woordvoerder, Dennis Groenhart.",
        ),
    ],
    [
        ("Zhang Wei", P),
        ("Zhang", P),
        ("Hatice Demir", P),
        ("Hatice", P),
        ("Demir", P),
        ("Li Na Huang", P),
        ("06-11 94 38 27", T),
    ],
    [
        "Anna van Buerenplein",
        "minister Bouwmeester",
        "wethouder Öztürk",
        "Stichting Lezen & Schrijven",
        "laaggeletterdheid@minocw.nl",
        "Dennis Groenhart",
        "directie Voortgezet Onderwijs",
        "taalambassadeur",
    ],
)

# --------------------------------------------------------------------------- 15
note(
    "hn15_incidentrapport_beveiliging",
    "docx",
    "Liberation Mono",
    [
        ("h", "Incidentrapportage beveiliging Rijkskantoor Utrecht, 3 april 2024"),
        (
            "l",
            [
                "Meldingsnummer: BEV-2024-0217",
                "Gemeld door: Kofi Mensah (beveiliger, Trigion)",
                "Tijdstip: 14.22 uur",
                "Locatie: hoofdingang Croeselaan 15, Utrecht",
            ],
        ),
        (
            "p",
            "Een bezoeker, de heer Jacek Wróblewski, probeerde zonder afspraak toegang te krijgen tot de vierde "
            "verdieping, waar op dat moment het overleg met staatssecretaris Okkerse plaatsvond. Mensah heeft "
            "de bezoeker aangesproken en de receptie gewaarschuwd. Volgens receptioniste Akosua Owusu-Ansah had "
            "Wróblewski eerder die week gebeld naar 030 258 00 00 (algemeen nummer) en naar haar direct nummer "
            "030 258 47 19.",
        ),
        (
            "p",
            "De politie is gebeld via 0900-8844 en was om 14.40 uur ter plaatse. Agent Hoekman nam de "
            "verklaring op. De bezoeker is met een waarschuwing vertrokken.",
        ),
        (
            "p",
            "Het incident is gemeld aan de Integraal Beveiligingsambtenaar, Erik Jan Smulders, en aan de "
            "Nationaal Coördinator Terrorismebestrijding en Veiligheid via meldpunt@nctv.minjenv.nl. Contact "
            "over deze rapportage: Kofi (k.mensah@trigion.nl).",
        ),
    ],
    [
        ("Kofi Mensah", P),
        ("Mensah", P),
        ("Kofi", P),
        ("Jacek Wróblewski", P),
        ("Wróblewski", P),
        ("Akosua Owusu-Ansah", P),
        ("030 258 47 19", T),
        ("Hoekman", P),
        ("Erik Jan Smulders", P),
        ("k.mensah@trigion.nl", E),
    ],
    [
        "030 258 00 00",
        "0900-8844",
        "staatssecretaris Okkerse",
        "Trigion",
        "Croeselaan 15",
        "meldpunt@nctv.minjenv.nl",
        "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
        "Integraal Beveiligingsambtenaar",
        "Rijkskantoor Utrecht",
        "BEV-2024-0217",
    ],
)

# --------------------------------------------------------------------------- 16
note(
    "hn16_overdracht_grensoverleg",
    "rl",
    "DejaVuSansCondensed",
    [
        ("h", "Overdrachtsdocument dossier Grensoverschrijdende Samenwerking Duitsland"),
        (
            "p",
            "Met mijn vertrek per 1 juni draag ik het dossier over aan Fatma Arslan-Kuipers. Hieronder een "
            "overzicht van wie wie is.",
        ),
        (
            "l",
            [
                "• Mr. Koning (Mark Koning) – policy officer at the Embassy of the Kingdom of the Netherlands in "
                "Berlin; prefers English in formal meetings, Dutch otherwise. Direct line +49 30 209 56 412.",
                "• mevrouw Visser – Lieke Visser, coördinator bij de Euregio Rijn-Waal in Kleve; altijd eerst bellen "
                "(06-33 12 76 90), mailt traag.",
                "• de heer De Vos – Thomas de Vos, jurist bij BZK, kent alle details van het grenseffectenrapport.",
                "• Malika El Amrani – secretariaat Benelux Unie; stukken via grensoverleg@benelux.int.",
                "• Gedeputeerde Van Gelder (Gelderland) en burgemeester Daalhuizen (Nijmegen) zijn bestuurlijk "
                "trekker; hun agenda's lopen via de bestuurssecretariaten.",
                "• Minister Velthuis-Amrani heeft toegezegd in het najaar naar Kleve te komen.",
            ],
        ),
        (
            "p",
            "Het kantoor aan het Anna van Buerenplein blijft het vaste overlegadres. Stukken gaan naar "
            "grensoverschrijdend@minbzk.nl, niet naar mijn persoonlijke adres jh.verbeek@minbzk.nl, dat "
            "wordt opgeheven. Fatma is vanaf 15 mei bereikbaar; Visser en De Vos zijn al geïnformeerd.",
        ),
        ("p", "Jan-Hein Verbeek, senior beleidsmedewerker"),
    ],
    [
        ("Fatma Arslan-Kuipers", P),
        ("Fatma", P),
        ("Mark Koning", P),
        ("Koning", P),
        ("Lieke Visser", P),
        ("Visser", P),
        ("Thomas de Vos", P),
        ("De Vos", P),
        ("Malika El Amrani", P),
        ("+49 30 209 56 412", T),
        ("06-33 12 76 90", T),
        ("jh.verbeek@minbzk.nl", E),
        ("Jan-Hein Verbeek", P),
    ],
    [
        "Euregio Rijn-Waal",
        "Gedeputeerde Van Gelder",
        "burgemeester Daalhuizen",
        "Minister Velthuis-Amrani",
        "Benelux Unie",
        "grensoverleg@benelux.int",
        "grensoverschrijdend@minbzk.nl",
        "Anna van Buerenplein",
        "Kleve",
        "Embassy of the Kingdom of the Netherlands",
        "BZK",
        "senior beleidsmedewerker",
    ],
)


# =========================================================================== rendering

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}


def render_rl(n: dict, out: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    font = n["font"]
    if font in TTF:
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, TTF[font]))
        bold = font
    else:
        bold = BOLD[font]
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13.5, spaceAfter=6)
    line = ParagraphStyle("line", parent=body, spaceAfter=0)
    head = ParagraphStyle("head", fontName=bold, fontSize=13, leading=17, spaceAfter=8, spaceBefore=4)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=11.5)
    width = A4[0] - 50 * mm
    story = []
    for blk in n["blocks"]:
        kind = blk[0]
        if kind == "h":
            story.append(Paragraph(escape(blk[1]), head))
        elif kind == "p":
            story.append(Paragraph(escape(blk[1]), body))
        elif kind == "l":
            for ln in blk[1]:
                story.append(Paragraph(escape(ln), line) if ln else Spacer(1, 8))
            story.append(Spacer(1, 8))
        elif kind == "t":
            rows, rel = blk[1], blk[2]
            cw = [width * r / sum(rel) for r in rel]
            data = [[Paragraph(escape(c), cell) for c in row] for row in rows]
            t = Table(data, colWidths=cw)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=n["name"],
        author="holdout",
        creator="holdout",
        subject="",
    )
    doc.build(story)


def render_docx(n: dict, out: Path) -> None:
    import datetime

    from docx import Document
    from docx.shared import Pt

    doc = Document()
    if n["landscape"]:
        from docx.enum.section import WD_ORIENT

        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec = doc.sections[0]
    text_width = sec.page_width - sec.left_margin - sec.right_margin
    normal = doc.styles["Normal"]
    normal.font.name = n["font"]
    normal.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = "holdout"
    cp.last_modified_by = "holdout"
    cp.title = n["name"]
    cp.created = cp.modified = datetime.datetime(2024, 1, 1)
    for blk in n["blocks"]:
        kind = blk[0]
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(13)
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "l":
            for ln in blk[1]:
                p = doc.add_paragraph(ln)
                p.paragraph_format.space_after = Pt(0)
            doc.add_paragraph()
        elif kind == "t":
            rows, rel = blk[1], blk[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for j in range(len(rel)):
                t.columns[j].width = int(text_width * rel[j] / sum(rel))
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).width = int(text_width * rel[j] / sum(rel))
                    t.cell(i, j).text = c
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    doc.save(str(out))


def pattern(s: str) -> re.Pattern:
    """Words may be separated by any whitespace; a line break may follow a hyphen."""
    out = []
    for w in s.split():
        out.append(r"-\s*".join(re.escape(part) for part in w.split("-")))
    return re.compile(r"\s+".join(out))


def check(notes: list[dict]) -> int:
    import pdfplumber

    problems = 0
    for n in notes:
        pdf = NOTES / f"{n['name']}.pdf"
        with pdfplumber.open(pdf) as doc:
            text = "\n".join(page.extract_text() or "" for page in doc.pages)
        for s, _ in n["redact"]:
            if not pattern(s).search(text):
                print(f"MISSING redact {n['name']}: {s!r}")
                problems += 1
            # warn when a redact string also occurs inside a longer word (ambiguous occurrence)
            for m in re.finditer(re.escape(s), text, re.I):
                a, b = m.start(), m.end()
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    print(f"note: {n['name']}: {s!r} inside word: {text[max(0, a - 15) : b + 15]!r}")
        for s in n["keep"]:
            if not pattern(s).search(text):
                print(f"MISSING keep {n['name']}: {s!r}")
                problems += 1
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true")
    args = ap.parse_args(argv)
    assert len(NOTES_DATA) == 16, len(NOTES_DATA)
    if not args.check_only:
        NOTES.mkdir(exist_ok=True)
        for old in NOTES.glob("*"):
            old.unlink()
        with tempfile.TemporaryDirectory() as tmp:
            docx_files = []
            for n in NOTES_DATA:
                if n["engine"] == "rl":
                    render_rl(n, NOTES / f"{n['name']}.pdf")
                else:
                    path = Path(tmp) / f"{n['name']}.docx"
                    render_docx(n, path)
                    docx_files.append(str(path))
            soffice = shutil.which("soffice") or "soffice"
            subprocess.run(
                [
                    soffice,
                    "-env:UserInstallation=file:///tmp/lo-holdout",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(NOTES),
                    *docx_files,
                ],
                check=True,
                capture_output=True,
            )
        for n in NOTES_DATA:
            exp = {
                "file": f"{n['name']}.pdf",
                "redact": [{"text": s, "type": t} for s, t in n["redact"]],
                "keep": list(n["keep"]),
            }
            (NOTES / f"{n['name']}.expected.json").write_text(
                json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
    problems = check(NOTES_DATA)
    items = sum(len(n["redact"]) for n in NOTES_DATA)
    keeps = sum(len(n["keep"]) for n in NOTES_DATA)
    print(f"{len(NOTES_DATA)} notes, {items} redact items, {keeps} keep strings, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
