"""Session 52's rules, one table per rule class: public services, funds and bodies that are no one's name
(organisation words, acronyms, a contact's display name); places in wrapped lines, joined by a hyphen, after an
address's postcode or read on into a name from the next cell; office holders in English and in apposition over a
line end; registration and relation numbers, parcels and codes in a register's column; homes and offices; general
numbers and functional mailboxes; paraphs after a label, in a legend and in an action list."""

from __future__ import annotations

import pytest
from detecttools import _detector, check

from woo_redact.decide import decide
from woo_redact.parse.text import document_from_text

# text, redacted, kept
ORGANISATIONS = [
    # a public service's name is no surname: the recipient list holds two entries
    (
        "From: Henrik Lindqvist <henrik.lindqvist@ec.europa.eu>\nTo: Kooistra, Femke\n"
        "Cc: Auditdienst Rijk, Mr J.W. ter Steege; Permanent Representation of the Netherlands to the EU\n",
        ["Henrik Lindqvist", "Kooistra, Femke", "J.W. ter Steege"],
        ["Auditdienst Rijk", "Permanent Representation"],
    ),
    # three capitals no surname list holds, after a chat contact's first name: the organisation
    ("28-11-24 08:02 - Joost APG: Morgen Marloes! Herstelplan is vannacht naar DNB\n", ["Joost"], ["APG", "DNB"]),
    # bodies whose acronyms look like paraphs or first names
    ("Het wolvenplan is opgesteld door BIJ12 in opdracht van de provincies. BIJ12 houdt dit bij.", [], ["BIJ12"]),
    (
        "Melding onregelmatigheid - invulformulier voor IMS (OLAF)\nVoorbereid door de managementautoriteit",
        [],
        ["OLAF"],
    ),
    ("Dit blijkt uit een brief van de NVvR aan de raad. De NOvA vraagt aandacht.", [], ["NVvR", "NOvA"]),
    # a firm's name after a person's, and a loonbedrijf's trade
    ("de heer drs. F. Tromp RA van Baker Tilly, verzocht mee te werken.", ["F. Tromp"], ["Baker Tilly"]),
    (
        "De demping is in opdracht van loonbedrijf Van Mourik Agrarische Dienstverlening uitgevoerd.",
        [],
        ["Van Mourik Agrarische Dienstverlening"],
    ),
    # a function before a name is no first name
    ("Vragen over dit rapport: Auditor Van der Schaaf is bereikbaar.", ["Van der Schaaf"], ["Auditor"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ORGANISATIONS)
def test_organisations(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


PLACES = [
    # a street named after someone, after an article
    ("De locatie aan de Pieter de Hoochweg is in 2023 gehuurd.", [], ["Pieter de Hoochweg"]),
    ("The lease of premises at the Pieter de Hoochweg was awarded.", [], ["Pieter de Hoochweg"]),
    # places joined by a hyphen: a project's name
    ("Project: Dijkversterking Tiel-Waardenburg", [], ["Tiel-Waardenburg"]),
    # a name read on over "te" into the place where he practises
    ("Een verklaring van zijn huisarts, dr. W. Haverkort te\nVelp, is bijgevoegd.", ["W. Haverkort"], ["Velp"]),
    # a table's cells read one a line: a cell title over a place, a name over the next cell's place
    ("Team\nFamilie\nArnhem\nmr. C. IJzerman / L. Bouwhuis\n", ["C. IJzerman", "L. Bouwhuis"], ["Familie", "Arnhem"]),
    # ... but a surname that is a place, wrapped in running text, with the function after it, is his
    (
        "beoordeeld door Fleur Oyevaar (adviseur) en Orlando\nZaandam (contractmanager). Het besluit volgt.",
        ["Fleur Oyevaar", "Orlando", "Zaandam"],
        ["adviseur"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PLACES)
def test_places(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# text, the names the batch redacts elsewhere, the word, redacted?
BATCH_PLACES = [
    # the place after a preposition that ends the line above, whoever of that surname another document names
    (
        "Facturen van een leverancier uit\nHoogeveen zijn twee keer gedeclareerd.",
        ["Sietske Hoogeveen"],
        "Hoogeveen",
        False,
    ),
    # an address's town, a letter's place and date, places joined by a dash
    ("Thijs Oudemans\nKlarendalseweg 233\n6822 GK Arnhem\n", ["Arnhem"], "Arnhem", False),
    ("Rob Scheepmaker, HR-adviseur\nArnhem, 27 januari 2025\nBetreft: klacht", ["Arnhem"], "Arnhem", False),
    ("Reiskosten Nijmegen–Arnhem v.v. 38 km", ["Arnhem"], "Arnhem", False),
    # ... a surname in a person's context is still his
    ("Volgens de heer Hoogeveen is het besluit genomen.", ["Sietske Hoogeveen"], "Hoogeveen", True),
    # a list item's first word, the verb after it: the person
    ("Acties\n- Rozendaal levert vóór 6 december de teksten aan.\n", ["Mark-Jan Rozendaal"], "Rozendaal", True),
]


def _actions_at(text: str, names: list[str], needle: str) -> list[str]:
    """The decisions on the findings over ``needle`` in ``text``, with ``names`` redacted elsewhere in the batch."""
    config, detector = _detector(())
    doc = document_from_text(text)
    findings = detector.detect(doc, names)
    start = doc.text.index(needle)
    return [d.action.value for f, d in zip(findings, decide(findings, config)) if f.start <= start < f.end]


@pytest.mark.parametrize(("text", "names", "word", "redacted"), BATCH_PLACES)
def test_batch_places(text: str, names: list[str], word: str, redacted: bool) -> None:
    assert ("redact" in _actions_at(text, names, word)) is redacted


OFFICE_HOLDERS = [
    (
        "The Minister of Social Affairs and Employment, Mr Van Hijum, has been informed of this reply.",
        [],
        ["Van Hijum"],
    ),
    (
        "Het foutpercentage was 2,6%. De minister van Sociale Zaken en\n"
        "Werkgelegenheid, de heer Van Hijum, heeft het Agentschap SZW gevraagd.",
        [],
        ["Van Hijum"],
    ),
    # a subject line is no title of the name that begins the next line
    (
        "To: Wit, Femke de\nSubject: FW: concept reactie ombudsman\nFemke, hierbij mijn aanvulling.\n",
        ["Wit, Femke de", "Femke"],
        ["ombudsman", "FW"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), OFFICE_HOLDERS)
def test_office_holders(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


NUMBERS = [
    ("Mevrouw D. Hartono (ABP-registratienummer 5.093.318, BSN 174639211) woont in Heerlen.", ["5.093.318"], []),
    (
        "Adres Pater van den Elsenstraat 7, 5025 GK Tilburg\nReg.nr ABP 3318207\nRegistratienummer 7.421.983\n",
        ["3318207", "7.421.983"],
        ["ABP"],
    ),  # fmt: skip
    ("Jeroen Pastoor tel. 06-51 30 88 27 relatienummer waterschap: RL-0072193", ["RL-0072193"], ["waterschap"]),
    ("Deelnemer 1 is Dewi Soemodihardjo (deelnemersnummer ZJS-0341), zij stond ingeschreven.", ["ZJS-0341"], []),
    # a header word inside a sentence heads no column: the project's number below stays
    (
        "In het personeelsdossier staat personeelsnummer HF-20117.\nMet vriendelijke groet,\nRavi Ramdin\n\n"
        "Van: Sanne Oosterwijk\nOnderwerp: Controle KVW-00417 - urenregistratie\n",
        ["HF-20117", "Ravi Ramdin"],
        ["KVW-00417"],
    ),
    # parcels: "sectie M 2214", and after "percelen" the municipality, letter and number
    (
        "Het perceel is kadastraal bekend als gemeente Lienden, sectie M 2214. Bouwen is verboden.",
        ["M 2214"],
        ["Lienden"],
    ),  # fmt: skip
    (
        "De grond is nodig van de percelen Dodewaard C 1402 en C 1403 (samen 0,96 ha).",
        ["C 1402", "C 1403"],
        ["Dodewaard"],
    ),  # fmt: skip
    ("Locatie bron Zoelen, perceel sectie K 1187 (eigendom melder)", ["K 1187"], ["Zoelen"]),
    ("In sectie A 2 van het rapport staat de planning.", [], ["sectie A 2"]),
    # a residence permit's and a passport's number after a bilingual label or "(nummer"
    ("Zijn verblijfsvergunning (nummer V58772194) verloopt in december.", ["V58772194"], []),
    ("Full name Mateusz Kowalczyk\nPassport / ID number EK4419263\n", ["Mateusz Kowalczyk", "EK4419263"], []),
    # a date of birth before its verb
    ("Mijn V-nummer is 2867412205. Ik ben op 14-02-1993 geboren in Diyarbakır.", ["14-02-1993"], []),
    ("De heer Kaya, die op 3 maart 1970 is geboren, woont hier.", ["3 maart 1970"], []),
    ("De vergadering is op 3 maart 2025 gehouden.", [], ["3 maart 2025"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS)
def test_numbers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


HOMES_AND_OFFICES = [
    # a date of birth between a visitor's name and the street: his record, whatever building the form names
    (
        "Locatie\nPaleis van Justitie, Walburgstraat 2-4, Arnhem\nBetrokken bezoeker\n"
        "Dirk-Jan Weeda, geb. 14-03-1971, Rosendaalseweg 63, 6824 KP Arnhem; identiteitsbewijs gezien\n",
        ["Dirk-Jan Weeda", "Rosendaalseweg 63", "6824 KP"],
        ["Walburgstraat 2-4"],
    ),
    (
        "Contactgegevens melder: e.j.lubbers@ziggo.nl, 06 2741 5596, Esdoornlaan 31, 9401 JS Assen. Hij werkt hier.",
        ["e.j.lubbers@ziggo.nl", "06 2741 5596", "Esdoornlaan 31", "9401 JS"],
        ["Assen"],
    ),  # fmt: skip
    # an international student's home, in English
    ("Since 1 September I rent a room at Oosterhamrikkade 88-5 from a landlord.", ["Oosterhamrikkade 88-5"], []),
    (
        "Current address Nieuwe Boteringestraat 17a, room 1\nE-mail m.k@student.rug.nl",
        ["Nieuwe Boteringestraat 17a"],
        [],
    ),  # fmt: skip
    # an office's address: where it stands, or under its name with its general mailbox
    (
        "Mevrouw D. Hartono woont in Kerkraderweg 55, 6416 CA Heerlen, vlak bij het hoofdkantoor van het ABP aan de "
        "Oude Lindestraat 70.",
        ["D. Hartono", "Kerkraderweg 55"],
        ["Oude Lindestraat 70"],
    ),
    (
        "Pensioenfederatie\nPrinses Margrietplantsoen 90\n2595 BR Den Haag\ninfo@pensioenfederatie.nl\n",
        [],
        ["Prinses Margrietplantsoen 90", "2595 BR"],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "redact", "keep"), HOMES_AND_OFFICES)
def test_homes_and_offices(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


DESKS = [
    ("Advocaten bellen de informatiebalie 088 361 1700 en krijgen geen antwoord.", [], ["088 361 1700"]),
    (
        "Ik ben niet op kantoor; bel me gerust op 06 2408 6671. Het algemene nummer van\n"
        "het agentschap is 070 333 44 44.\nGroet, Esther\n",
        ["06 2408 6671"],
        ["070 333 44 44"],
    ),
    ("Buiten kantoortijd: piketdienst 070 345 67 89.", [], ["070 345 67 89"]),
    ("Stukken via dbsecretariaat@wsrl.nl. Volgende vergadering: 15 juli.", [], ["dbsecretariaat@wsrl.nl"]),
    # a person's initials before a word are hers
    ("Mail Jan de Vries via jdevries@wsrl.nl.", ["jdevries@wsrl.nl"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), DESKS)
def test_desks(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


PARAPHS_AND_TERMS = [
    ("CONCEPT 19-11-2024 v0.3 - opsteller SA / juridische check FdW\nAntwoorden op vragen", ["SA", "FdW"], []),
    # a legend gives the code a person: her role in brackets after it is no acronym's meaning
    (
        "Actielijst\nWie\nSK (schade)\n9 juli 2025\nPdG\nAfkortingen: SK = Sanne Kwakernaak, HD = Hanneke Dubbeldam.\n",
        ["SK", "PdG", "Sanne Kwakernaak"],
        ["schade"],
    ),
    # special categories: after a label's colon, the person the sentence's subject; long covid; "mijn operatie"
    (
        "Toelichting K-04: de heer Yıldız verbleef van 2022 tot 2024 in de PI Vught wegens een veroordeling voor "
        "fraude; het ABP stelde de betaling uit.",
        ["Yıldız", "veroordeling"],
        ["ABP"],
    ),
    ("Zij is arbeidsongeschikt door ME/CVS na een long-covidinfectie.", ["long-covidinfectie"], []),
    ("Ik ben tot nader bericht afwezig. Na mijn operatie herstel ik thuis.", ["mijn operatie"], []),
    # the sentence before names the person, a register's abbreviation ("regnr.") no sentence's end, a heading above
    (
        "Besproken patiënten\na. De heer J. ter Horst (regnr. 4730962). Psychotisch decompensatie bij bekende "
        "schizofrenie; weigert sinds 1 februari clozapine.\n",
        ["J. ter Horst", "schizofrenie", "clozapine"],
        ["Besproken patiënten"],
    ),
    ("Het aantal patiënten met schizofrenie stijgt.", [], ["schizofrenie"]),
    # a pension's name is no one's diagnosis
    (
        "Onderwerp Klachten over het ABP: partnerpensioen en arbeidsongeschiktheidspensioen",
        [],
        ["arbeidsongeschiktheidspensioen"],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "redact", "keep"), PARAPHS_AND_TERMS)
def test_paraphs_and_terms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
