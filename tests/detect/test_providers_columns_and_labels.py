"""Session 53's rules, one table per rule class: care providers and hospitals that are no one's name, a particle's
span read over an organisation, the municipality Buren, German bodies and towns, a service's phone line, office
holders in a header field's value and in English; a client's, a lab's and a professional's numbers, a V-number after
a name, a form's postcode row, an address before a resident in brackets, a phone under a contact field with the
addressee's postcode read between; special categories under a header line; initials and paraphs in their column, a
label's date no column; which names the batch spreads."""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.batch_names import _spread

# text, redacted, kept
ORGANISATIONS_AND_OFFICES = [
    # a care provider and a hospital the lists know: no surname "Entrea", no "van het Albert"
    (
        "Ik vraag Annemiek Rozendaal van Entrea Lindenhout om de uitkomst. Bij Entrea Lindenhout loopt het op.",
        ["Annemiek Rozendaal"],
        ["Entrea Lindenhout"],
    ),
    (
        "Met dank aan het laboratorium van het Albert Schweitzer ziekenhuis voor de snelle diagnostiek.",
        [],
        ["van het Albert Schweitzer ziekenhuis"],
    ),
    ("Hij zit nu bij Pluryn in Nijmegen; de intake bij Pro Persona volgt.", [], ["Pluryn", "Pro Persona"]),
    # a measuring point and its time in a table read one cell a line: no transcript's speaker
    (
        "Locatie\nTijd\nPM10\nHeijplaat, Courzandseweg\n05:15\n186\nCharlois, Zuiderpark\n05:50\n94\n",
        [],
        ["Charlois", "Zuiderpark"],
    ),
    # a role's and an organisation's acronyms in a header field; a veiligheidsregio's acronym
    ("Van: Yusuf Demirtas\nAan: AGS VRR, Jasper Noordermeer\n", ["Yusuf Demirtas", "Jasper Noordermeer"], ["AGS VRR"]),
    # a married name after a particle; a committee's clerk in a report's head, its chair a member
    (
        "Samenstelling: Leden: Van der Staaij (SGP), De Pater-van der Meer (CDA), Van Bochove (CDA).",
        [],
        ["De Pater-van der Meer"],
    ),
    ("Voorzitter: Oosenbrug\nGriffier: Verstraten\n", ["Verstraten"], []),
    # a bacterium written with a capital is no one's name
    (
        "Conclusie Legionella pneumophila serogroep 1 aangetoond. Sputumkweek Legionella in bewerking.",
        [],
        ["Legionella"],
    ),
    # the municipality Buren in a list of places says no one lives at the visiting address below
    (
        "namens de gemeenten Tiel, Culemborg, Buren, West Betuwe, Maasdriel,\nBezoekadres Kellenseweg 4, Tiel\n"
        "Contactpersoon: Marloes Verhagen\n",
        ["Marloes Verhagen"],
        ["Kellenseweg 4"],
    ),
    # a German youth office and its district
    (
        "the placement requires the consent of the Jugendamt Kreis Kleve under Article 82.",
        [],
        ["Jugendamt Kreis Kleve"],
    ),
    # a service's phone line
    ("Er is 24 uur per dag beveiliging. Het COA opent een buurtlijn: 088 715 74 40.", [], ["088 715 74 40"]),
    # an office holder: the title inside the header field's value; an alderman in English
    (
        "Memo\nAan: wethouder Esther Kamphuis\nVan: Inge Hoogendoorn-Bakker, beleidsadviseur jeugd\n",
        ["Inge Hoogendoorn-Bakker"],
        ["Esther Kamphuis"],
    ),
    (
        "A placement abroad needs the approval of the alderman, alderman De Haan, and our legal department.",
        [],
        ["De Haan"],
    ),
]

NUMBERS_AND_ADDRESSES = [
    # a client's number with its scheme between, and with the scheme's owner after the label
    ("Cliënt M.A. (Milan) Hendriks\nCliëntnummer BU-J-20418\n", ["BU-J-20418"], []),
    ("Betreft: begeleiding jeugdige, cliëntnummer SVB PGB-J-4519\n", ["PGB-J-4519"], []),
    # a lab's number of a patient
    ("Labnummer: L26-118834. Contact zwanger, labnummer patiënt L26-119207.", ["L26-118834", "L26-119207"], []),
    # a youth care professional's registration
    ("Bianca de Groot Jeugd- en gezinscoaching\nKvK 81447209 | SKJ-registratie 120045871\n", ["120045871"], []),
    # a V-number as the IND groups it, in brackets after the name
    ("Betrokken bewoners: Samuel Tekle (2619 550 027) bij de hoofdingang.", ["Samuel Tekle", "2619 550 027"], []),
    # a notification form's row for postcode and place
    ("Naam : Teunis Baars\nPostcode/woonplaats : 2975 LP Ottoland\n", ["Teunis Baars", "2975 LP"], []),
    # a street and number, then the resident in brackets
    ("Dichtstbijzijnde geurgevoelig object: Kooiweg 5 (P. Lamberink).", ["Kooiweg 5", "P. Lamberink"], []),
    # a pilot's, a controller's and an examiner's EASA licences; the numbers a plural label lists
    (
        "Gezagvoerder Edwin Brakenhoff, licentie NL.FCL.ATPL.418273\nVerkeersleider, ATCO-licentie NL.ATCO.20931\n"
        "Verwijzend AME dr. Marijke Lindeboom, AME NL.AME.0288. The first officer (BE.FCL.ATPL.30448).",
        ["NL.FCL.ATPL.418273", "NL.ATCO.20931", "NL.AME.0288", "BE.FCL.ATPL.30448"],
        [],
    ),
    (
        "Het betreft leerlingen met studentnummers FAT-23-118, FAT-23-121 en FAT-24-007. Examens staan online.",
        ["FAT-23-118", "FAT-23-121", "FAT-24-007"],
        [],
    ),
    # a housing list's and an insurer's numbers after their labels; a residence permit in English
    ("U bent bij WoningNet ingeschreven onder inschrijfnummer WN-5520871.", ["WN-5520871"], ["WoningNet"]),
    ("Mevrouw M. de Ruijter-Blom\nPolisnummer PB-5520-871-03\nSchadenummer MMV-2026-91507\n", ["MMV-2026-91507"], []),
    ("I work on a highly skilled migrant permit (residence permit number W08472915).", ["W08472915"], []),
    # the letter's two columns read line by line: the contact field, the addressee's postcode, then her phone
    (
        "Aan de heer en mevrouw Kuipers\nOns kenmerk: KL-2025-0087\nHoveniersweg 23\nBehandeld door: Ilona Teunissen\n"
        "4007 RG Tiel\nTelefoon: 0344 637 301\nE-mail: klachten@tiel.nl\n",
        ["Ilona Teunissen", "0344 637 301"],
        ["klachten@tiel.nl"],
    ),
]

SPECIAL_CATEGORIES = [
    # a report's title line is no sentence about the author named in the header's lines below it
    (
        "Sitrap 1 - uitbraak mazelen Alblasserwaard\nDatum maandag 9 maart 2026, 17.00 uur\n"
        "Opgesteld door Maarten Rijsdijk, arts infectieziektebestrijding\n",
        ["Maarten Rijsdijk"],
        ["mazelen"],
    ),
    ("Mevrouw Jansen is sinds maart opgenomen met dehydratie.", ["Jansen", "dehydratie"], []),
    ("Hij is in 2025 verhoord wegens dierenmishandeling.", ["dierenmishandeling"], []),
    ("Zij heeft vaccinatie geweigerd op religieuze gronden.", ["religieuze gronden"], []),
    ("U voert aan dat uw cliënt na zijn detentie in PI Nieuwegein geen woning heeft.", ["detentie"], []),
]

COLUMNS = [
    # initials in an "Init." column, paraphs in a "Paraaf" column (the columns aligned as a table prints them)
    (
        "Aanbieder          Init.    Incident\n"
        "Karakter           S.v.D.   Separatie\n"
        "Timon              Y.O.     Epileptische aanval\n",
        ["S.v.D.", "Y.O."],
        [],
    ),
    (
        "Portefeuillehouder      Paraaf\nwethouder M. Bogaard     MB\nwethouder A. Wouters     AW\n",
        ["MB", "AW"],
        [],
    ),
    # a unit's letters after its function's abbreviation in a Paraaf cell sign for the directorate
    ("Paraaf     Naam\nKHB        Hoekstra-Bos\ndir. LV\n", ["KHB"], ["dir. LV"]),
    # a log's "Door" column and a register's "Consulent": codes, not the acronyms the lists know
    (
        "Tijd     Functie      Door   Bericht\n03:41    OvD-B        MHe    Middelbrand.\n"
        "04:30    AGS          JNo    Meetplan opgesteld met DCMR.\n05:10    ROT          GBT    Bijeen.\n",
        ["MHe", "JNo"],
        ["GBT", "DCMR"],
    ),
    # a label and its date on one row: no birth-date column over the journal's dates below it
    (
        "Cliënt       M.A. Hendriks\nGeboren      3 november 2009\nDatum        Notitie\n"
        "14-01-2025   Huisbezoek door SEI.\n",
        ["3 november 2009"],
        ["14-01-2025"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ORGANISATIONS_AND_OFFICES)
def test_organisations_and_offices(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS_AND_ADDRESSES)
def test_numbers_and_addresses(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), SPECIAL_CATEGORIES)
def test_special_categories(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), COLUMNS)
def test_columns(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# name, detectors, spread through the batch?
SPREAD = [
    # a particle before a surname that is a word too, nothing else: "De Schakel" is a school as often as a person
    ("De Schakel", ["tussenvoegsel_name", "propagation"], False),
    ("De Regeling", ["tussenvoegsel_name"], False),
    # a surname that is no word, or more evidence than the particle: spread
    ("De Vries", ["tussenvoegsel_name"], True),
    ("De Schakel", ["tussenvoegsel_name", "titled_name"], True),
    ("Jan de Boer", ["first_name", "propagation"], True),
    ("De Pater-van der Meer", ["tussenvoegsel_name"], True),
    # what only the statistical model found is never spread
    ("Entrea Lindenhout", ["ner", "propagation"], False),
]


@pytest.mark.parametrize(("name", "detectors", "spread"), SPREAD)
def test_which_names_the_batch_spreads(name: str, detectors: list[str], spread: bool) -> None:
    assert _spread("PERSON", True, detectors, name) is spread
