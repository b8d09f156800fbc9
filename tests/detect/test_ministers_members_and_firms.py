"""Session 57's rules, one table per rule class: an office holder addressed in a letter's address block and
saluted by surname; Kamerleden who put questions; organisations, buildings and regions that hold a name; and the
personal data beside a name that these sets missed (detainees', students' and staff numbers, a paraph made of
the initials, an extension in a chat, a partnership of a family)."""

from __future__ import annotations

import pytest
from detecttools import check

# text, redacted, kept
OFFICE_HOLDERS = [
    # the title ends the line above, "mevrouw" and the name below: an address block in small letters too
    (
        "Waterschap Lek en Linge\nAan de minister van Infrastructuur en Waterstaat\nmevrouw M.H. Madlener\n"
        "Postbus 20901\n2500 EX Den Haag\n",
        [],
        ["M.H. Madlener"],
    ),
    # ... and the salutation of the same holder by surname
    (
        "Aan de staatssecretaris van Justitie en Veiligheid\nmevrouw S.J. Brouwer-Lindhout\nPostbus 20301\n"
        "2500 EH Den Haag\nGeachte mevrouw Brouwer-Lindhout,\nMet zorg heb ik kennisgenomen van het incident.\n",
        [],
        ["S.J. Brouwer-Lindhout", "Geachte mevrouw Brouwer-Lindhout"],
    ),
    # a private addressee's salutation stays redacted
    (
        "Aan de heer P. Smulders\nBergstraat 4\n6711 DA Ede\n\nGeachte heer Smulders,\nU schreef ons.\n",
        ["P. Smulders", "heer [Smulders],"],
        [],
    ),
    # members who put questions: Kamerleden
    (
        "Beslisnota aan de minister. De leden El Idrissi en Van Dijken hebben vragen gesteld over een datalek.",
        [],
        ["El Idrissi", "Van Dijken"],
    ),
    # ... not the members of a group named after them
    ("De leden Yilmaz en Van Dijken van de ondernemingsraad hebben vragen gesteld.", ["Yilmaz"], []),
    # ... nor any member of a club or a council with a question (a review of this session's first rule)
    ("Notulen cliëntenraad. Het lid Ouali meldt dat zijn zoon is ontslagen. Vragen? Bel de secretaris.", ["Ouali"], []),
    ("Verslag bewonersavond. Het lid Ouali had vragen over de parkeervergunning van zijn buurman.", ["Ouali"], []),
    # a water board's elected member
    ("Vragensteller: AB-lid M. de Bruin-Oosterhof (fractie Water Natuurlijk)", [], ["M. de Bruin-Oosterhof"]),
    # the head of an inspectorate
    ("Ik vertrouw op het oordeel van de inspecteur-generaal, mevrouw Wolters. Antwoord op vraag 5.", [], ["Wolters"]),
    # a tenants' association in the column under a name is no political party
    (
        "Aanwezig\nNaam\nOrganisatie\nwethouder Tuinstra\ngemeente Deventer\nBram Koopman\n"
        "Huurdersvereniging Samen Thuis\nAns Dijkhuis\nHuurdersvereniging Samen Thuis\n",
        ["Bram Koopman", "Ans Dijkhuis"],
        ["Tuinstra"],
    ),
]

NOT_PERSONS = [
    ("Factuur\nAan: Penitentiaire Inrichting Lankhorst, crediteurenadministratie, Postbus 210\n", [], ["Lankhorst"]),
    ("Zij bezocht het Pieter Baan Centrum en de Johannes Wier Kliniek.", [], ["Pieter Baan", "Johannes Wier"]),
    ("Antwoord: ja, de pont Jan van Arkel blijft varen.", [], ["Jan van Arkel"]),
    ("DP 127 bij gemaal Cornelis Kraijenhoff zandmeevoerende wel", [], ["Cornelis Kraijenhoff"]),
    ("ingediend namens de Stichting Gemaal Johan van Nes, die het gemaal beheert.", [], ["Johan van Nes"]),
    ("Bezoekersregistratie PI Lankhorst - bezoekzaal Paviljoen De Regge", [], ["De Regge"]),
    ("Verslag informatieavond Dijkversterking Lekdijk Oost\nDatum: 4 november 2025\n", [], ["Lekdijk Oost"]),
    ("manschap van de Brandweer\nGelderland-Midden (post Ede) op 14 september", [], ["Gelderland-Midden"]),
    ("Locatie: Ter Borch-zaal, Aletta Jacobshal, Ankersmitplein 1, Deventer.", [], ["Ankersmitplein 1"]),
    (
        "Rijksuniversiteit IJsselland, Dienst ICT, t.a.v. R. Achterberg\nAnkersmitplein 1, 7411 HZ Deventer\n",
        ["R. Achterberg"],
        ["Ankersmitplein 1"],
    ),
    # the man, then his company
    ("De heer Rozendaal van Vallei Distributie B.V. wordt uitgenodigd.", ["Rozendaal"], ["Vallei Distributie"]),
    # a name before an organisation's word runs on into another cell's person: that person stays redacted
    ("Naam Organisatie\nPiet Jansen Centrum Jan Klaassen\n", ["Piet Jansen"], []),
    # where someone is from, after a first name and a surname; "uit den" of a surname after first names only
    ("Kandidaat is Mo Bakkali uit de Rembrandtflat. Hij wordt gekozen.", ["Mo Bakkali"], ["Rembrandtflat"]),
    ("Het gesprek met Jan Willem uit den Bogaard liep goed.", ["Jan Willem uit den Bogaard"], []),
    ("Wim J. uit den Boogaard belde gisteren over de aanvraag.", ["Wim J. uit den Boogaard"], []),
    # a resident after a location label is no venue
    ("Locatie: Ruud Vos, Hoofdweg 31, 8191 AB Wapenveld", ["Ruud Vos", "Hoofdweg 31", "8191 AB"], []),
    # a street named after someone with their title; a building's wing
    ("Ik ben om 7.30 uur bij de hoofdingang aan de Dokter Huber Noodtstraat.", [], ["Huber"]),
    ("Raad van Bestuur Ziekenhuis Oostervliet\nDokter Huber Noodtstraat 40\n7201 GN Zutphen\n", [], ["Huber"]),
    ("over de afdeling chirurgie in de Florence Nightingalevleugel en het bezoek.", [], ["Florence"]),
    # "Dank Bartosz." is no patronymic of before 1811
    (
        "Van: Achterberg, Ruben\nAan: Wiśniewski, Bartosz\nOnderwerp: lek\n"
        "Dank Bartosz. CERT-RUIJ neemt dit op onder INC-2026-0311.\n",
        ["Dank [Bartosz]."],
        [],
    ),
]

NEAR_PERSONS = [
    ("Gedetineerde Kevin Zwanenburg, SKN / v-nummer SKN 20871345 Melder B. Mulder", ["20871345"], []),
    ("Klager K. Zwanenburg (SKN 20871345), verblijvend in PI Lankhorst", ["20871345"], ["PI Lankhorst"]),
    (
        "Om 15.12 uur heeft Daan Oosterbroek (student-assistent, S-2290113) het bestand verstuurd.\n"
        "Gemeld door B. Wiśniewski (datamanager, P-120977)\nBehandelaar R. Achterberg (P-109843)\n",
        ["S-2290113", "P-120977", "P-109843"],
        [],
    ),
    ("Ik informeer u vóór de raadsvergadering.\nS. Koolhoven, juridisch adviseur, SK\n", ["adviseur, [SK]"], []),
    ("[04-11-2025 09:40] Pieter-Bas Roelofsen: @Marco bel me even op 4417, dan stemmen we af", ["4417"], []),
    ("TAXATIEBUREAU K. WESSELS\nRegister-taxateur landelijk vastgoed\nKasper Wessels\n", ["K. WESSELS"], []),
    ("Adviesbureau J.P. de Vries rekent 300 euro.", ["J.P. de Vries"], []),
    ("Stichting W.H. Vliegenbos beheert het park.", [], ["W.H. Vliegenbos"]),
    # a date of birth in brackets that begins the next line; a patient's number grouped by dots; a GP's AGB code
    ("Bericht van 2026. Het gaat om Jayden\n(14-03-2013), die sinds februari daar woont.", ["14-03-2013"], []),
    ("Mevrouw Starink-Lammers, BSN 172458903, patiëntnummer 3.118.204. Toedracht: op 9 maart", ["3.118.204"], []),
    ("Met collegiale groet, dr. M.H.A. van Kemenade, huisarts\nAGB-code 01034588\n", ["01034588"], []),
    # a sole trader's house number "3-bis" and the postcode after it; initials with a hyphen
    ("Notuleerservice Oost - A.M. Dekker-Ruitenberg\nWeverstraat 3-bis, 7411 AK Deventer\n", ["7411 AK"], []),
    ("[23-04-2026 13:16] Marieke Oosterhuis: Status van mw. S.-L. het ergst.", ["S.-L."], []),
    ("Het gesprek met dhr. J.-P. Jansen liep goed.", ["J.-P. Jansen"], []),
    # passport numbers a plural label lists
    (
        "The Ministry attaches their passport numbers: N16180339, N13579246, N24681357 and N17320508. Thank you.",
        ["N16180339", "N13579246", "N24681357", "N17320508"],
        [],
    ),
]

# a grave register's extract: the dead with their life dates stay (the extract's own date, not the first burial's,
# says how long ago they died), the years of a life are no code beside a name
DECEASED = [
    (
        "Uittreksel grafregister, Meppel 12-03-2025\n"
        "C-1-03 Albertus Roelofs (1859-1918) 14-11-1918 geen (vervallen) 1968\n"
        "C-1-04 Harm Jan Nijsingh (1848-1920), notaris 02-03-1920 Thijs Ebbinge 2031\n",
        ["Thijs Ebbinge"],
        ["Albertus Roelofs", "1859-1918", "Harm Jan Nijsingh", "1848-1920"],
    ),
    # a date still to come is no measure of how long ago someone died: a mother who died in 2019, in a deed of 2025
    (
        "Schenkingsovereenkomst, Arnhem 11 februari 2025\nVoor de correspondentie van de moeder van de schenker, "
        "mevrouw Adriana van Rhemen-Bosboom (1924-2019), geldt een beperking tot 1 januari 2045.\n",
        ["Adriana van Rhemen-Bosboom"],
        [],
    ),
    # ... nor one no word says is still to come ("eindigt op"): a father who died in 2010, in a letter of 2024
    (
        "Datum: 3 maart 2024. Mijn vader Jan Jansen (1940-2010) had dit perceel. Het recht van opstal eindigt op "
        "31 december 2060.",
        ["Jan Jansen"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), OFFICE_HOLDERS)
def test_office_holders(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS)
def test_not_persons(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), DECEASED)
def test_deceased(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NEAR_PERSONS)
def test_near_persons(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
