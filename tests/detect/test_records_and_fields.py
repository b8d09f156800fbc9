"""Session 54's rules, one table per rule class: a personal record's fields (a diagnosis, a medication, a belief)
say whose their values are, and their labels are no one's data; a header's label without its colon is no part of the
name after it; ships named after people; a one-man firm's trade name; disciplinary measures; an office's
mailbox named by its acronym and place; sports parks, clubs and stadiums named after people; a candidate list's
candidates; parties and their seats; famous persons of the past; an artist's name in brackets."""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.detect import _water_after_preposition

# text, redacted, kept
RECORD_FIELDS = [
    # a journal's diagnosis after a sentence without a person's word: the field says it is the client's
    (
        "12-03-2025 SEI Intake Pro Persona geweest. Diagnose: ASS (autismespectrumstoornis) en een depressieve "
        "episode. Wachttijd behandeling 14 weken.",
        ["ASS", "autismespectrumstoornis", "depressieve"],
        ["Diagnose", "Pro Persona"],
    ),
    # the field's label is no one's data; its value is
    ("Medicatie: methylfenidaat 10 mg, melatonine\n", ["methylfenidaat", "melatonine"], ["Medicatie"]),
    # a belief field's whole value, whatever its words; "geen" says nothing
    (
        "Vaccinatiestatus : ongevaccineerd\nGeloofsovertuiging : lid van de Gereformeerde Gemeente in Nederland\n"
        "Woonplaats : Ottoland\n",
        ["lid van de Gereformeerde Gemeente in Nederland"],
        ["Geloofsovertuiging", "Ottoland"],
    ),
    ("Religie: geen\nWoonplaats: Gouda\n", [], ["Religie: geen"]),
    # scabies and its medication in a resident's row
    (
        "De bewoner Amanuel Kidane heeft scabiës; hij krijgt ivermectine en zijn zus permetrinecrème.",
        ["scabiës", "ivermectine", "permetrinecrème"],
        [],
    ),
    # a text about a diagnosis in general: no field, no person
    ("Het aantal jongeren met ADHD stijgt. Diagnose van ADHD kost tijd.", [], ["ADHD", "Diagnose"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), RECORD_FIELDS)
def test_record_fields(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


HEADER_LABELS = [
    # "Van"/"Aan" opening a header's line before a first name and a surname: the label, no particle or first name
    (
        "Van Yusuf Demirtas\nAan Jasper Noordermeer\nOnderwerp Meetplan\n",
        ["Yusuf Demirtas", "Jasper Noordermeer"],
        ["Van", "Aan"],
    ),
    # a surname with its particle at a line's start stays whole
    ("Van Dam heeft het meetplan opgesteld. Van Dam belt morgen.", ["Van Dam"], []),
    ("Van der Linden, Petra\nAan: team Noord\n", ["Van der Linden", "Petra"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), HEADER_LABELS)
def test_header_labels(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


OFFICES = [
    # the committee's name ends in "Huis van de Koning,": no king's title for the clerk who signs under it
    (
        "De griffier van de vaste commissie voor Algemene Zaken en Huis van de Koning,\nBergman\n"
        "Eerste Kamer, vergaderjaar 2014–2015, 33 934, B\n",
        ["Bergman"],
        ["Huis van de Koning"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), OFFICES)
def test_offices(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


VESSELS_AND_FIRMS = [
    # a ship's name after its prefix or kind, or before its IMO number; the same name elsewhere in the document
    (
        "Betrokken schepen MV Maria Johanna (IMO 9342176) en tankschip Anna Elisabeth (ENI 02334517).\n"
        "Opgesteld door Ruud Verschoor. De Maria Johanna raakte de Anna Elisabeth.",
        ["Ruud Verschoor"],
        ["Maria Johanna", "Anna Elisabeth"],
    ),
    # a name is not read on into the water after "in het" over a line break
    (
        "het incident met de MV Maria Johanna in het\nCalandkanaal op 14 maart 2025",
        [],
        ["Maria Johanna", "Calandkanaal"],
    ),
    # a name written surname first ends its line: the next line's company is no surname of hers
    (
        "Opgemaakt: Markeren\nAuteur: Ploeger, Daan\nHoffmann Bedrijfsrecherche | vertrouwelijk\n",
        ["Ploeger", "Daan"],
        ["Hoffmann Bedrijfsrecherche"],
    ),
    # a one-man firm's trade name holds its owner's surname, wherever the document names the firm again
    (
        "D.J. Oudejans is eigenaar van de eenmanszaak met de handelsnaam Oudejans Advies & Projectbegeleiding. "
        "Later kwam een factuur van Oudejans Advies binnen.",
        ["D.J. Oudejans", "Oudejans"],
        [],
    ),
    # a firm named after someone the document names is no one-man firm by that alone
    ("Bart Visser\nVisser Bouw Oldenzaal\n", ["Bart Visser"], ["Visser Bouw Oldenzaal"]),
    # a table's header row: "Roepnaam" over "Kanaal" (a ship's call sign, a radio channel) is no first name's field
    ("Tijd\nSchip\nRoepnaam\nKanaal\nBericht\n", [], ["Kanaal"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), VESSELS_AND_FIRMS)
def test_vessels_and_firms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


MEASURES_AND_MAILBOXES = [
    # a disciplinary measure about the one addressed; the rule in general is no one's
    (
        "Ik heb besloten u de maatregel van voorwaardelijk strafontslag op te leggen, met een proeftijd van twee "
        "jaar. U heeft zich schuldig gemaakt aan ernstig plichtsverzuim.",
        ["voorwaardelijk strafontslag", "proeftijd van twee jaar", "ernstig plichtsverzuim"],
        [],
    ),
    ("De regeling bepaalt wanneer een maatregel wordt opgelegd bij plichtsverzuim.", [], ["plichtsverzuim"]),
    # an office named by its acronym and its place: its mailbox of that acronym is the office's
    (
        "VTS Rotterdam - uittreksel verkeerslog 14 maart 2025\nSector Botlek | vts@portofrotterdam.com | Kenmerk 12\n",
        [],
        ["vts@portofrotterdam.com"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), MEASURES_AND_MAILBOXES)
def test_measures_and_mailboxes(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


PLACES_CLUBS_AND_CANDIDATES = [
    # a sports park, a club and a stadium named after someone; the club's code in brackets is no paraph
    (
        "De velden op Sportpark Johan Cruijff en Sportpark Het Wilbert worden verdeeld; het Fanny Blankers-Koen "
        "stadion blijft dicht. Namens VV Jan van Arkel (JvA) schrijft Karin Smeets. JvA wil meer veldtijd.",
        ["Karin Smeets"],
        ["Johan Cruijff", "Wilbert", "Fanny Blankers-Koen", "Jan van Arkel", "JvA"],
    ),
    # a candidate list's rows are public by law; the party's authorised agent is not a candidate
    (
        "Kandidatenlijst gemeenteraad Zwolle, lijst 7 Swollwacht\nNr. Naam Voorletters (roepnaam) M/V Woonplaats\n"
        "1 Hofman-Brink J.M. (Jolanda) v Zwolle\n2 Oosterveld R. (Rik) m Zwolle\nGemachtigde: Peter de Wit\n",
        ["Peter de Wit"],
        ["Hofman-Brink", "Jolanda", "Rik", "Zwolle"],
    ),
    # ... and nowhere else is a name with initials and a first name in brackets a candidate's
    ("De aanvrager Bakker, J. (Jan) meldde zich bij de balie.", ["Bakker", "Jan"], []),
    # parties and their seats; a family's children and their ages
    ("Gevolgd door Swollwacht (6), VVD (5) en ChristenUnie (5).", [], ["Swollwacht"]),
    ("Het gezin: Yonas (14), Selam (9) en moeder.", ["Yonas", "Selam"], []),
    # a club's post at its secretary's home
    (
        "Met sportieve groet,\nRob Assink\nsecretaris VV Jan van Arkel\np/a Oelerweg 17a, 7558 PK Hengelo\n",
        ["Rob Assink", "Oelerweg 17a", "7558 PK"],
        ["Jan van Arkel"],
    ),
    # ... not an office's
    ("Huurdersraad Mitros, p/a Kanaalweg 27, Utrecht (kantoor Mitros)", [], ["Kanaalweg 27"]),
    # a one-man firm's KvK number in brackets after its trade name, a B.V. named earlier in the sentence
    (
        "Groenlijn Infra B.V. heeft uitbesteed aan een eenmanszaak met de\nhandelsnaam Oudejans Advies "
        "(KvK 84736291). D.J. Oudejans bevestigt dit.",
        ["84736291", "Oudejans"],
        ["Groenlijn Infra B.V."],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PLACES_CLUBS_AND_CANDIDATES)
def test_places_clubs_and_candidates(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


HISTORIC_PERSONS_AND_ARTISTS = [
    # famous persons of the past are their work's names, no one's personal data; a living namesake with an honorific
    (
        "Het clair-obscur van Rembrandt, naast werk van Charley Toorop en Pyke Koch. Mevrouw Van Gogh belde.",
        ["Van Gogh"],
        ["Rembrandt", "Charley Toorop", "Pyke Koch"],
    ),
    # an artist's name in brackets after the person's, wherever it stands again
    (
        "Jurmaine Martina (alias jurmi) is danser. Later trad jurmi op in Rotterdam. Shirin Ahmadi-Rostami (SHIRIN "
        "AR) maakt textiel.",
        ["Jurmaine Martina", "jurmi", "Shirin Ahmadi-Rostami", "SHIRIN AR"],
        [],
    ),
    # a function in brackets after a name is no artist's name
    (
        "Aanwezig: Jeroen Spanjaard (epidemioloog), Femke Terlouw (jeugdarts JGZ)",
        ["Jeroen Spanjaard"],
        ["epidemioloog"],
    ),
    ("Afwezig: R. Ouahabi (burgerlid). Behandelaar H. Landwehr (inrichtingsarts).", ["Ouahabi"], ["burgerlid"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), HISTORIC_PERSONS_AND_ARTISTS)
def test_historic_persons_and_artists(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(
    ("words", "water"),
    [
        ([], 0),  # a span of blanks only (mixed82's cn11.pdf raised IndexError here)
        (["Maria", "Johanna", "in", "het", "Calandkanaal"], 3),
        (["Jan", "van", "Gracht"], 0),
        (["Anne", "in", "'t", "Veld"], 0),
    ],
)
def test_water_after_a_name(words: list[str], water: int) -> None:
    assert _water_after_preposition(words) == water
