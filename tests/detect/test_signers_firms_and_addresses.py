"""Session 62's rules (waves 11 and 12), one table each: an addressee's street and postcode on one line with a bar or
a dot between ("Weerdslag 8-2 | 7206 BR Zutphen"), under a letterhead that names its own organisation; a year of birth
or an age in brackets right after a redacted name ("Daan W. (2013)", "Daan (12 jaar)"); a mandate's signer ("Voor de
burgemeester: F. Zwartjes"); a surname after a job title in a header field ("Aan: projectleider Van Driel"); a home
"ten huize van"; care a person receives ("ggz-begeleiding", "verslavingszorg"); a system's user in capitals and
digits; a nickname others use, unquoted; a date of birth with its month's name in a birth-date column; a one-man
business named after its owner ("Ruiz Digital Advies" of Mateo Ruiz Fernández). Not a person's: an office's address
line of the same shape, a year the text's own time names, a project after a job title ("projectmanager Dijkversterking
Hagestein-Everdingen"), a firm's address under "t.a.v. de directie", a job title or a unit with a special term
("consulent schuldhulpverlening"), a letter's dated reference after a name, a riding school named after someone, a
street a surname begins ("langs de Graaf Florisweg"). Wave 13: a question's row is no office's row; a display name
in quotes; "d'Hondt"; "Mijn gegevens:"; a code in brackets after the name it abbreviates; a person on call.
"""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
ADDRESSES = [
    (
        "GGD Noord- en Oost-Gelderland | Rijksweg 153 | Apeldoorn (locatie Zutphen)\nAan de ouders van Yasmin Bouzid\n"
        "Mw. N. Bouzid\nWeerdslag 8-2 | 7206 BR Zutphen\nDatum: 18 augustus 2026\n",
        ["Weerdslag 8-2", "7206 BR", "N. Bouzid"],
        ["Rijksweg 153", "Zutphen\nDatum"],
    ),
    (
        "Gemeente Zutphen\nMw. N. Bouzid\nWeerdslag 8 · 7206 BR Zutphen\nBetreft: uw aanvraag\n",
        ["Weerdslag 8", "7206 BR"],
        ["Gemeente Zutphen"],
    ),
    # an office's details keep theirs
    ("Ministerie van VWS | Parnassusplein 5 | 2511 VX Den Haag | www.rijksoverheid.nl\n", [], ["Parnassusplein 5"]),
    ("GGD IJsselland | Zeven Alleetjes 1 | 8011 CV Zwolle\nDatum: 1 mei 2026\n", [], ["Zeven Alleetjes 1", "8011 CV"]),
    ("Bezoekadres Parnassusplein 5 | 2511 VX Den Haag\n", [], ["Parnassusplein 5", "2511 VX"]),
]

AGES = [
    (
        "Verzonden: 3 maart 2026\nKun je mij laten weten wanneer Daan W. (2013) kan starten?\n",
        ["Daan W.", "2013"],
        ["3 maart 2026"],
    ),
    ("School meldt dat Daan de Wit (12 jaar) in november drie keer belde.\n", ["Daan de Wit", "12 jaar"], []),
    ("De heer Pieters (71 jaar oud) belde op 3 maart 2026.\n", ["Pieters", "71 jaar oud"], ["3 maart 2026"]),
    # the year of the text's own time after a name: a mail's, a report's
    (
        "Verzonden: 3 maart 2026\nZie de mail van Marloes Brink (2026) en het rapport (2025).\n",
        ["Marloes Brink"],
        ["2026)"],
    ),
]


HEADERS_AND_SIGNERS = [
    (
        "Afgegeven te Deventer, 3 september 2026. Voor de burgemeester: F. Zwartjes, vergunningverlener.\n",
        ["F. Zwartjes"],
        [],
    ),
    ("Voor de burgemeester,\nde teamleider Vergunningen,\nJ. Hofman\n", ["J. Hofman"], []),
    # the office holder named in apposition stays
    ("Zij werkte voor de burgemeester, mevrouw Halsema, aan het plan.\n", [], ["Halsema"]),
    ("Aan: projectleider Van Driel\nDatum: 3 maart 2026\n", ["Van Driel"], []),
    (
        "Memo doorrekening bedrijfsschade\nAan: projectmanager Dijkversterking Hagestein-Everdingen\nKenmerk: DHE-1\n",
        [],
        ["Dijkversterking Hagestein-Everdingen"],
    ),
    (
        "Van: S. Quist, projectmanager Dijkversterking Hagestein-Everdingen\nKopie aan: Fleur van 't Hoog-Bakker\n",
        ["S. Quist", "Fleur van 't Hoog-Bakker"],
        ["Dijkversterking Hagestein-Everdingen"],
    ),
]

PERSONS_DATA = [
    (
        "Datum: 19 februari 2026, ten huize van de familie, Graaf Florisweg 8, Hagestein\n"
        "Aanwezig: Hendrik van der Stelt\n",
        ["Graaf Florisweg 8", "Hendrik van der Stelt"],
        ["Hagestein"],
    ),
    ("Zij ontvangt ggz-begeleiding via het Wijkteam.\n", ["ggz-begeleiding"], ["Wijkteam"]),
    ("De heer Petrović krijgt begeleiding bij de verslavingszorg.\n", ["Petrović", "verslavingszorg"], []),
    ("14-10-2026 16:52 Bericht verzonden, gebruiker MHO417 DLP-match gelogd\n", ["MHO417"], ["DLP-match"]),
    ("De portier, door het personeel Mo genoemd, weigerde zijn naam te geven.\n", ["Mo"], ["portier"]),
    ("Het plan, door de minister Atlas genoemd, is klaar.\n", [], ["Atlas"]),
    (
        "Leidinggevende       Geboortedatum        Verklaring\nKees-Jan Wolterink   14 maart 1979        SVH 2009\n"
        "Samira el Idrissi    02-09-1991           SVH 2015\nAfgegeven op 3 september 2026.\n",
        ["14 maart 1979", "02-09-1991", "Kees-Jan Wolterink"],
        ["3 september 2026"],
    ),
    (
        "FACTUUR 2026-017\nRuiz Digital Advies - Mateo Ruiz Fernández\nVan Speijkstraat 41, 2518 EV Den Haag\n"
        "Met vriendelijke groet,\nM. Ruiz Fernández\n",
        ["Ruiz", "Mateo Ruiz Fernández"],
        ["Digital Advies"],
    ),
    # a company with its legal form keeps its name
    ("Leverancier: Jansen Bouw B.V., contactpersoon Piet Jansen\n", ["Piet Jansen"], ["Jansen Bouw B.V."]),
]

# wave 13's classes (mixed177-180, after their unseen figures)
WAVE_13 = [
    # a question's row: the asker's name, the question, the answer's office ("Het college" | "wethouder")
    (
        "Nr   Vraagsteller   Vraag            Antwoord\n"
        "2    Henk Westra    Waarom is        Het college      wethouder\n"
        "                    het pand leeg?   antwoordt dat\n",
        ["Henk Westra"],
        [],
    ),
    # Outlook quotes a display name with a comma in it
    (
        "Aan: Kraaijeveld, Ellen <e.kraaijeveld@rav-vij.nl>; 'Bøgh-Hansen, Lærke' <l.boghhansen@mka-oost.nl>\n",
        ["Bøgh-Hansen, Lærke", "Kraaijeveld, Ellen"],
        [],
    ),
    # an elided particle written onto the surname
    ("19:51 AED ophalen Sophie d'Hondt 06 3012 7794 geannuleerd\n", ["Sophie d'Hondt"], ["AED"]),
    ("Mevrouw d'Hondt belde.\n", ["d'Hondt"], []),
    # a requester's own details
    (
        "Mijn gegevens: Zuiderkade 17-B, 2316 KP Vlietstede, telefoon 06-41729385.\n",
        ["Zuiderkade 17-B", "2316 KP"],
        ["Vlietstede"],
    ),
    # a code in brackets after the name whose words' first letters it takes
    (
        "Opgesteld door: A.C. de Wit-Verhagen (ADW), gecontroleerd door P. Nijenhuis (PNi). Akkoord ADW.\n",
        ["ADW", "PNi", "de Wit-Verhagen"],
        [],
    ),
    # a club's post at its secretary's home; an association's letterhead keeps its address ("Samen Thuis" no home)
    (
        "Aan het bestuur van korfbalvereniging KV Oosterwind\nt.a.v. de secretaris, mevrouw A. de Jong-Verhoef\n"
        "Bredaseweg 118\n4904 NC Oosterhout\n",
        ["A. de Jong-Verhoef", "Bredaseweg 118", "4904 NC"],
        ["KV Oosterwind"],
    ),
    (
        "Zienswijze Huurdersvereniging Samen Thuis\n"
        "Huurdersvereniging Samen Thuis | Brink 70 | 7411 BW Deventer | info@samenthuisdeventer.nl\n",
        [],
        ["Brink 70", "7411 BW"],
    ),
    # a person on call ("piketjurist") is no piket's desk
    ("Piketjurist: M. Çelik, toestel 023 511 4412. Bij agressie altijd 112.\n", ["023 511 4412", "M. Çelik"], []),
    ("Piketdienst: 023 511 55 55 (24/7).\n", [], ["023 511 55 55"]),
]

# the review's cases: what the rules above must not take away
REVIEW = [
    # a sentence ending in a name, then the home address: the street after the full stop
    (
        "Huisbezoek bij de familie Jansen. Kerkstraat 12, 1234 AB Ons Dorp.\n",
        ["Jansen", "Kerkstraat 12", "1234 AB"],
        [],
    ),
    ("Wij spraken met Sanne Bakker. Lindelaan 14, 3742 AB Baarn.\n", ["Sanne Bakker", "Lindelaan 14", "3742 AB"], []),
    # a table's name and street, one space apart
    (
        "Klager: mevrouw P. Yilmaz\n12-03 Yilmaz Kerkstraat 12\n14-03 Yilmaz Dorpsstraat 4\n",
        ["P. Yilmaz", "[Yilmaz] Kerkstraat", "[Yilmaz] Dorpsstraat"],
        [],
    ),
    # a person after a centre's word
    ("Klantcontactcentrum Sanne Bakker nam de melding aan.\n", ["Sanne Bakker"], []),
    # a carer's job title with the person's word before it: the person's care
    ("Mevrouw Bakker wordt begeleid door haar casemanager dementie.\n", ["Bakker", "dementie"], []),
    ("De heer Yilmaz heeft contact met zijn consulent schuldhulpverlening.\n", ["schuldhulpverlening"], []),
    ("Zijn trajectbegeleider verslavingszorg meldt dat het goed gaat met de heer Jansen.\n", ["verslavingszorg"], []),
    # a surname no list holds and a place after a job title
    ("Aan: adviseur Schimmelpenninck Utrecht\nDatum: 1 mei 2026\n", ["Schimmelpenninck"], []),
    # the birth-date column's latest year too; a law's date elsewhere stays
    ("Naam | Geboortedatum\nJan Jansen | 14 maart 1979\nAnna de Wit | 23 november 1990\n", ["23 november 1990"], []),
    (
        "Naam   Geboortedatum\nJan Jansen   14-03-1979\nZoals gewijzigd bij wet van 12 juli 2012.\nDatum: 2 mei 2026\n",
        ["14-03-1979"],
        ["12 juli 2012"],
    ),
    # a publication's year after its author
    ("Verzonden: 3 maart 2024\nZie het rapport van Pieter Jansen (2019) over de wijk.\n", ["Pieter Jansen"], ["2019"]),
    # norms after "gebruiker"
    ("De gebruiker NEN3140 kent de norm; aangemaakt door gebruiker WMO2015.\n", [], ["NEN3140", "WMO2015"]),
]

NOT_PERSONS = [
    (
        "Baxtel ICT Services B.V.\nt.a.v. de directie, de heer ir. M.C. Baxtel\nIndustrieweg 20\n7741 KW Coevorden\n",
        ["M.C. Baxtel"],
        ["Industrieweg 20", "Baxtel ICT Services B.V."],
    ),
    (
        "Groetjes, Mirjam van 't Hooft\nconsulent schuldhulpverlening | team Werk & Inkomen\n",
        ["Mirjam van 't Hooft"],
        ["consulent schuldhulpverlening"],
    ),
    ("15 zienswijze mr. Ketelaar KV-2026-1877 deels openbaar\n", [], ["KV-2026-1877"]),
    (
        "plus tijdelijke huur van een binnenbak bij Rijcentrum Jan van Schaffelaar in Culemborg.\n",
        [],
        ["Jan van Schaffelaar"],
    ),
    ("Hogeveen staat bij de Henri Dunant op de kade.\n", [], ["Henri Dunant"]),
    (
        "Factuur van R. de Graaf ontvangen.\n"
        "De overlap met de knotwilgenrij langs de Graaf Florisweg bedraagt 62 meter.\n",
        ["R. de Graaf"],
        ["Graaf Florisweg"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), HEADERS_AND_SIGNERS)
def test_signers_and_header_fields(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), WAVE_13)
def test_wave_13_classes(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), REVIEW)
def test_what_the_rules_must_not_take_away(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), ADDRESSES)
def test_addresses_with_bars(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), AGES)
def test_years_and_ages_after_names(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
