"""English terms the statistical model takes for names, organisations' abbreviations of a paraph's shape,
a compound before a particle, the homes a permit or a list of addresses names, surnames in capitals after a
courtesy title, initials of readers and reviewers, Chinese names, personal-number columns, and an office
named as a document's addressee."""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.detect.model_names import plausible_model_name

# a span only the model found: no name when a word of it is everyday English and no unambiguous first name
MODEL_SPANS = [
    ("Certificate Revocation List", False),
    ("Revocation List", False),
    ("House Price Indices", False),
    ("Marketing Authorization Holder", False),
    ("Server\nServer", False),  # "Server" is in a first-name list, and a Dutch word too
    ("Auth Holder", False),
    ("Does", False),
    ("Geonovum, Webmapper", False),  # a list of two organisations: no first name or initials after the comma
    ("Jansen, Pieter", True),
    ("Daniel Strik", True),
    ("Joana Cardoso", True),
    ("Ahmed Boujdaini", True),
    ("Taras Shevchenko", True),
    ("Yara van Haddad", True),
    ("Figueroa", True),
    ("Producteisen Areaaldata", False),  # "product" + "eisen": two dictionary words written as one
]

ORGANISATION_CODES = [
    # initials with a particle are a paraph; an organisation's abbreviation of that shape is not
    ("Steller\nLvdP\nDatum 3 maart", ["LvdP"], []),
    (
        "Neem contact op met de RvIG om uw organisatie aan te melden via info@rvig.nl. Overleg met RvIG en het"
        " project BRP API.",
        [],
        ["RvIG"],
    ),
    ("Het advies van de RvC volgt in juni.", [], ["RvC"]),
]

PARTICLE_NAMES = [
    # a word longer than given names are, or a surname-less word ending like a noun, before "van de": no name
    (
        "Volgens gemeenten was het niet zichtbaar in het\nSelfserviceportal van de Kiesraad of de analyse klaar was.",
        [],
        ["Selfserviceportal van de Kiesraad"],
    ),
    ("Zayaan el Moussaoui belde over de aanvraag.", ["Zayaan el Moussaoui"], []),
]

HOMES = [
    (
        "Verweerder heeft de aanvraag om een vergunning voor een mantelzorgwoning op het perceel"
        " Nieuwleusenerweg 7 afgewezen.",
        ["Nieuwleusenerweg 7"],
        [],
    ),
    ("Betreft: bezwaar tegen de omgevingsvergunning OV-2025-0377 (uitbouw Kloosterlaan 10)", ["Kloosterlaan 10"], []),
    (
        "Het gaat om elf adressen, onder meer Lekdijk 207 en Lekdijk 211a.",
        ["Lekdijk 207", "Lekdijk 211a"],
        [],
    ),
    # an organisation in the sentence: its building, not a home
    ("De provincie bouwt een schuur bij het steunpunt, Provincieweg 12 in Arnhem.", [], ["Provincieweg 12"]),
    ("Gunningsadvies onderhoud provinciale wegen Perceel 3 Noordoost", [], ["Perceel 3"]),
]

CAPITALS_AFTER_TITLE = [
    # a surname in capitals after a courtesy title in small letters
    ("De heer JOOSTEN van het team Ruimte gaf aan dat de zienswijze niet klopt.", ["JOOSTEN"], ["Ruimte"]),
    ("Mevrouw DE VRIES belde over de aanvraag.", ["DE VRIES"], []),
    ("De heer JANSEN-DE WIT komt morgen.", ["JANSEN-DE WIT"], []),
    ("De heer VVD stemde tegen. Mevrouw NIET aanwezig.", [], ["VVD", "NIET"]),
]

# paraphs where they stand: after a sign-off, ending a clause after "bij", a reviewer's code in lower case after a
# dash or under the name in a paraph table; no acronym after "bij"
PARAPH_PLACES = [
    ("Nour Al-Hariri covers for me.\nCheers, KA\nKwame Asante (he/him) | Senior Evaluator IOB", ["KA"], []),
    ("Jan Dekker adviseert een onderzoek. Vervolg bij JD. Het dossier ligt bij EZ.", ["JD"], ["EZ"]),
    # a hyphenated first name's initials as a sentence's subject; an author's code in a footer before the page
    (
        "[22:03] Marloes K.: Q&A staat klaar. PB doet de check.\n[22:04] Pieter-Bas: ik bel om 7 uur. EU heeft "
        "niets gezegd.\nConsulent Ingrid Zwarts (IZ)\nRapportage PW-2024-338120 IZ pagina 1",
        ["PB", "Pieter-Bas", "Rapportage PW-2024-338120 [IZ] pagina"],
        ["EU"],
    ),
    (
        "Privé-mail: sytske.wijnia@outlook.com. Sytske Wijnia vertrekt.\nProvincie Fryslân – exitgesprek SW\n"
        "Overleg met het ministerie van EZ\n",
        ["exitgesprek [SW]"],
        ["EZ"],
    ),
    (
        "[Opmerking Joost ter Horst: check met Marieke de Groot of de\nmonitor al openbaar is - jth]\n"
        "J. ter Horst\ncoördinator Kamerstukken jth\nM. de Groot\nMT-lid Curatieve Zorg\nMdG",
        ["monitor al openbaar is - [jth]", "Kamerstukken [jth]", "MdG"],
        ["Kamerstukken"],
    ),
    # an interview's speaker labels: a married name's own part (RA), every word of a Portuguese name (YDSP)
    (
        "Interviewers   mr. Rosalie Abbenbroek-Tabak (onderzoeker), Yannick Dos Santos Pereira (notulist)\n\n"
        "RA: Dank dat u er bent.\nYDSP: Voor het verslag: het stuk komt van de afdeling Inkoop. RA: Klopt.",
        ["[RA]: Dank", "[YDSP]:", "[RA]: Klopt"],
        ["Inkoop"],
    ),
    # a message signed with initials: after its last sentence, on a quoted line, after the closing greeting; a
    # greeting to the person by initials
    (
        "Van: Sanne Hoekzema <sanne.hoekzema@minszw.nl>\nOnderwerp: x\n\nDoorgezet naar de directeur. Dank jullie! SH"
        "\n\n> > > > >\n> > > > > SH\n",
        ["Dank jullie! [SH]", "> [SH]"],
        ["directeur"],
    ),
    (
        "From: Pattiasina, Robbert-Jan <robbert-jan.pattiasina@rws.nl>\nSubject: RE: Maas\n\nHi RJ, hi Klaus,\n"
        "Flanders joins.\nKind regards,\nRJ",
        ["Hi [RJ],", "regards,\n[RJ]"],
        ["Flanders"],
    ),
    ("Van: Jildou Feenstrahuis\n\nDe aanvraag loopt nog bij de Provincie Fryslân.\nGroet, JFh", ["JFh"], ["Fryslân"]),
    # an enumeration of codes read on from a paraph found; a name joined by a non-breaking hyphen; no acronym
    (
        "Projectteam: Dewi Sastrowidjojo\u2011Pattiasina (Product owner), Rosalie Bosmans-Dijk, Ahmed Abu Zaid Haddad."
        "\nEigenaar register: HW; reviewers DSP, RBD en AAZH. Gezien door de RvS en het OM.",
        ["DSP", "RBD", "AAZH"],
        ["RvS", "OM"],
    ),
    # a code starting a clause after a semicolon, enumerated with one that is an acronym as well (Nasrin Haidari's
    # "NH"), a paraph found with dots signed without them; two names of an attendance list's rows stay two
    (
        "Nr\tActie\tWie\n5\tVergelijken met eerdere aanpak\tJ.P.M. Leiden\tjuni\n\nDeelnemers\tOrganisatie\n"
        "Kofi Owusu-Mensah\tRIVM\nIngeborg April\tRIVM\nNasrin Haidari\tVWS\n\n"
        "Volgende keer in Utrecht; KOM en NH sturen stukken vooraf. JPM zit voor.",
        ["KOM", "[NH] sturen", "[JPM] zit", "Kofi Owusu-Mensah", "Ingeborg"],
        ["Utrecht", "RIVM"],
    ),
]
# name forms of running text: possessives of a first name and of a surname with particles, a title of nobility,
# an inventory's "Dijk, van, H."; a relative of an office holder is no office holder
NAME_FORMS_IN_PROSE = [
    (
        "Ernst Kuiper, toezichthouder asbest. Ernsts kennis was groot. Kees van der Laan schreef het Handboek. "
        "Van der Laans werkgroep is klaar.",
        ["Ernst Kuiper", "Ernsts", "Kees van der Laan", "Van der Laans"],
        [],
    ),
    (
        "Namens de eigenaar reageerde de heer Frederik\nBaron van Heeckeren. Van Heeckeren vraagt om ruimte.",
        ["Frederik\nBaron van Heeckeren", "[Van Heeckeren] vraagt"],
        [],
    ),
    ("Rozenberg, M.\nCOA - Dijk, van, H.\ndeels openbaar", ["Rozenberg, M.", "Dijk, van, H."], ["COA"]),
    # initials and a particle make the next word a surname, also one that is a word ("kogel")
    ("A.M. Burger\nP.D. Statsch\nC.H. de Kogel\nCahier", ["C.H. de Kogel", "P.D. Statsch"], ["Cahier"]),
    ("Zie bijlage B. de Raad van State en J. van de Gemeente.", [], ["Raad van State", "Gemeente"]),
    # a list written initials first; a name before "aan de <organisation>" ends before "aan"
    (
        "Begeleidingscommissie\nL. K. de Jonge, C. P. M. Netten,\nT. P. N. Pluymaekers, M. E. Vink\nSantoso, B.\n"
        "Het afstuderen van Johan Geurts aan de Technische Universiteit Delft.",
        ["T. P. N. Pluymaekers", "C. P. M. Netten", "Santoso, B.", "Johan Geurts"],
        ["Technische Universiteit Delft"],
    ),
    # a surname with its particles on the next line, before a full stop; not a place after "in"
    (
        "vastgesteld door het Overleg, voorzitter destijds dr. Fenna\nop de Weegh.\nBesproken met Anna\nin Amsterdam.",
        ["Fenna\nop de Weegh"],
        ["Amsterdam"],
    ),
    (
        "Burgemeester Hendrik de With liet het kamp ontruimen. Een kleindochter van de burgemeester, mevrouw Ineke "
        "de With (81) uit Zutphen, schonk papieren. Mevrouw De With liet weten dat",
        ["Ineke de With", "Mevrouw [De With]"],
        ["Hendrik de With"],
    ),
    (
        "Bezwaarde: de heer Sjoerd Hoekstra en mevrouw Aukje Hoekstra-Wijnia, Skâns 14, Workum",
        ["Sjoerd Hoekstra", "Skâns 14"],
        ["Workum"],
    ),
]
READERS_AND_REMARKS = [
    # initials that end a list of readers, and a reviewer's remark by initials
    (
        "Opgesteld: R.M. Dekkers-Ouwehand (DEU), meegelezen: Bas Vreugdenhil (DIE), TB. Bijdrage Brussel.",
        ["R.M. Dekkers-Ouwehand", "Bas Vreugdenhil", "TB"],
        ["DEU", "DIE"],
    ),
    ("Namen worden niet genoemd. [Opm. QR: In het verslag staan Ad Vermaat en Caroline Pijl.]", ["QR"], []),
    ("De QR-code staat op de brief. Zie [Opm. 3: tabel] en meegelezen: DGO.", [], ["QR", "DGO"]),
]

CHINESE_NAMES = [
    # a common Chinese surname beside a pinyin given name, in passport order or not
    ("Naam (zoals in paspoort)\nZHANG Wei\nLIU Yuxuan\nWANG Haoran", ["ZHANG Wei", "LIU Yuxuan", "WANG Haoran"], []),
    ("Zhang Xiaoling belde. Dr. Haoran WANG presenteerde.", ["Zhang Xiaoling", "Haoran WANG"], []),
    ("Het Fan Zone-plein en Long Covid blijven.", [], ["Fan Zone", "Long Covid"]),
]

PERSONAL_NUMBER_COLUMNS = [
    # the cells under a personal-number header, whatever their shape
    (
        "Medewerker\nPersoneelsnr\nFunctie\nCor Verbaan\nHA-204511\nchauffeur",
        ["Cor Verbaan", "HA-204511"],
        ["chauffeur"],
    ),
    (
        "Naam\nV-nummer\nPaspoortnummer\nLIU Yuxuan\nV 3104 9177\nEJ0093812",
        ["V 3104 9177", "EJ0093812"],
        [],
    ),
    ("H.M. Feenstra, bedrijfsarts, BIG 19058833201\nVerzuimdossier VZ-2025-0311", ["19058833201"], ["VZ-2025-0311"]),
    # a housing corporation's tenants' list: the tenant's number with the corporation
    (
        "Huurdernr     Huurder(s)                Adres complex Paddepoel\n"
        "H-207731      dhr. Wiktor Zieliński     Pleiadenlaan 14-b\n"
        "H-207732      mw. Đặng Thị Hoa          Pleiadenlaan 14-c\n",
        ["H-207731", "H-207732", "Wiktor Zieliński"],
        ["Paddepoel"],
    ),
]

NAME_COLUMNS = [
    # a cell under a name header shaped like a name, whatever the lists know of it; an organisation stays
    (
        "Name\nOrganisation\nPieter-Bas Hoogstraten\nVan Oord\nDeepika Raghavan\nPhilips\nMarloes Ebbinge\nRVO",
        ["Pieter-Bas Hoogstraten", "Deepika Raghavan", "Marloes Ebbinge"],
        ["Van Oord", "Philips"],
    ),
    # a data model's "Naam" column names attributes, not people
    (
        "Naam\nType\nAttribuutsoort Key\nTekst\nCertificate Identifier\nTekst",
        [],
        ["Attribuutsoort Key", "Certificate Identifier"],
    ),
]

OFFICE_AS_ADDRESSEE = [
    # a cell naming a document to an office, then its sender's name in the next cell: no title of his
    ("VRO-004\n19-08-2024\nNota aan minister\nWouter Ypma\nVRO-005", ["Wouter Ypma"], []),
    ("Commissaris van de Koning,\nWouter Kolff", [], ["Wouter Kolff"]),
    # a civil servant's own role in brackets after the name: the plural title before the list is not his
    (
        "Aanwezig\nstaatssecretaris Szabó, gezaghebber Rijna,\n"
        "gedeputeerden van Bonaire, Richenel Martis (BZK,\nverslag)",
        ["Richenel Martis"],
        ["Rijna", "BZK"],
    ),
    ("Aanwezig: wethouder Kaya (voorzitter), minister De Jonge (VWS).", [], ["Kaya", "De Jonge"]),
]

FIRMS_DESKS_AND_DATES = [
    # a firm's name after a surname, a foundation named after a person, a company list, historic titles
    ("Harjit Singh Dhillon\nDhillon & Partners Legal", ["Harjit Singh Dhillon"], ["Dhillon & Partners Legal"]),
    ("Fundashon Cas Bonairiano en de gezaghebber.", [], ["Fundashon Cas Bonairiano"]),
    ("Centrum Hoofddorp en Albert Heijn aan de\nKruisweg steunen de plannen.", [], ["Albert Heijn"]),
    # desks and intranets are mailboxes; a date over a number is no mobile number; a letter's line for questions
    ("Mail intranet@duo.nl, hrdesk@denhaag.nl of indiadesk@rvo.nl.", [], ["intranet@duo.nl", "hrdesk@denhaag.nl"]),
    ("Mail jansendesk@hotmail.com voor de sleutel.", ["jansendesk@hotmail.com"], []),
    ("Cor Verbaan\nchauffeur\n06-01-2025\n12", ["Cor Verbaan"], ["06-01-2025"]),
    ("Bezwaar kan per post. Vragen?\nBel 088 789 10 00.\nMet vriendelijke groet,", [], ["088 789 10 00"]),
    ("Heeft u vragen? Bel mij op 06 1234 5678.", ["06 1234 5678"], []),
]

WORLD_NAMES = [
    # given names of communities the main list misses; a sentence's first word stays a word
    (
        "Kan Oksana ze vandaag versturen? Iryna komt ook. Bel Semhar of Yonas.",
        ["Oksana", "Iryna", "Semhar", "Yonas"],
        ["Kan", "Bel"],
    ),
    ("[12-03-25 09:15] Bohdan: Ik breng Serhiy morgen naar school.", ["Bohdan", "Serhiy"], []),
    # a first name and a listed surname ending like a street is a person without a house number
    ("Commissieadviseur\nFleur Ammerlaan\nVerslag", ["Fleur Ammerlaan"], []),
    ("Het kantoor aan de Johan de Wittlaan is dicht.", [], ["Johan de Wittlaan"]),
]

ROLES_AND_STEPS = [
    # a role a letter tells apart, a step numbered in brackets, a standard of a paraph's shape
    ("Peer A stuurt een contract naar Peer B. Daarna tekent Peer A.", [], ["Peer A", "Peer B"]),
    ("Peer A. de Vries belde.", ["Peer A. de Vries"], []),
    ("De Aanbieder (3) stuurt een token. Yonas (14) en Selam (9) wonen thuis.", ["Yonas", "Selam"], ["Aanbieder"]),
    # a data model's elements with their multiplicities: no one aged one
    ("• Activiteit (1 – n)\n• Regeltekst (1)\no Structuurelement (1)", [], ["Regeltekst", "Structuurelement"]),
    ("Het object Omgevingsnorm (1) verwijst naar de Werkingsgebied (1).", [], ["Omgevingsnorm"]),
    ("Het forum van StUF bespreekt StUF standaarden.", [], ["StUF"]),
    # an organisation of the gazetteer among an attendance list's names
    ("Aanwezig: Tom Vijlbrief, Logius, Rob Post\nOnderwerp: overleg", ["Tom Vijlbrief", "Rob Post"], ["Logius"]),
]

CASE_OF_VALUES = [
    # the default's custom detectors match their labels in any case, their values' capitals as capitals
    ("Geboorteplaats: onbekend. Geboorteplaats: Utrecht.", ["Utrecht"], ["onbekend"]),
    ("Kenteken: 12-BD-34 en de code 12-bd-34 van het formulier.", ["12-BD-34"], ["12-bd-34"]),
    ("Geboren op 3 Mei 1980 te Zwolle.", ["3 Mei 1980", "Zwolle"], []),
    ("KENTEKEN: XR-551-T, GEBOORTEDATUM: 01-02-1990", ["XR-551-T", "01-02-1990"], []),
]

TABLES = {
    "organisation_codes": ORGANISATION_CODES,
    "particle_names": PARTICLE_NAMES,
    "homes": HOMES,
    "capitals_after_title": CAPITALS_AFTER_TITLE,
    "readers_and_remarks": READERS_AND_REMARKS,
    "paraph_places": PARAPH_PLACES,
    "name_forms_in_prose": NAME_FORMS_IN_PROSE,
    "chinese_names": CHINESE_NAMES,
    "personal_number_columns": PERSONAL_NUMBER_COLUMNS,
    "office_as_addressee": OFFICE_AS_ADDRESSEE,
    "name_columns": NAME_COLUMNS,
    "firms_desks_and_dates": FIRMS_DESKS_AND_DATES,
    "world_names": WORLD_NAMES,
    "roles_and_steps": ROLES_AND_STEPS,
    "case_of_values": CASE_OF_VALUES,
}


@pytest.mark.parametrize(("span", "plausible"), MODEL_SPANS)
def test_model_span(span: str, plausible: bool) -> None:
    assert plausible_model_name(span) is plausible


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_three_initials_alone_are_a_code_but_not_the_names_own_start() -> None:
    """ "J.P.M. Leiden" signs JPM; "J.P.M." itself is the start of the name, no code of its own."""
    from woo_redact.detect.forms import paraph_codes
    from woo_redact.detect.lexicons import load_lexicons

    codes = paraph_codes("J.P.M. Leiden", load_lexicons())
    assert "JPM" in codes
    assert "J.P.M." not in codes
