"""Session 51's rules, one table per rule class: a surname with a capital "Van der"/"Van den" particle whose last part
is a place's name too; an office holder's surname alone where another document of the batch redacts a person of
that surname; a bilingual form's home address abroad and relation number; two-letter paraphs used at several places
and enumerated with "and"; a list of account names; a register's column of health data; acronyms the text defines
with "hierna:" or writes in capitals; a personal file's health terms; numbers, extensions and names a person goes
by; functional mailboxes and general numbers."""

from __future__ import annotations

import pytest
from detecttools import _detector, check

from woo_redact.decide import decide
from woo_redact.parse.text import document_from_text

# text, redacted, kept
PLACE_SURNAMES = [
    # "Heuvel", "Broek", "Sluis" are places too; after a capital "Van den"/"Van der" they end a surname
    ("Van den Heuvel belt terug over de aanvraag.", ["Van den Heuvel"], ["aanvraag"]),
    ("Volgens Van den Broek is het besluit genomen.", ["Van den Broek"], ["besluit"]),
    ("Gesprek met Van der Meer (BZK) over de planning.", ["Van der Meer"], ["BZK"]),
    # a firm, museum or foundation named after a person stays
    ("Bouwbedrijf Van der Kwaak start maandag in Sluis.", [], ["Bouwbedrijf Van der Kwaak", "Sluis"]),
    ("Het Van Gogh Museum en de Van den Ende Foundation in Den Bosch.", [], ["Van Gogh Museum", "Den Bosch"]),
    # a place after its preposition stays a place
    ("De werkzaamheden in Broek in Waterland en Sluis zijn klaar.", [], ["Broek in Waterland", "Sluis"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PLACE_SURNAMES)
def test_place_surnames_after_a_capital_particle(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# text, the names the batch redacts elsewhere, the surname alone, redacted?
BATCH_HOLDERS = [
    # a Kamerlid's surname alone, where the batch redacts a civil servant of that surname: hers
    ("14:40 LNO-gem Van der Sluis onderweg naar stadhuis.", ["Hanneke van der Sluis"], "Van der Sluis", True),
    # ... and where the batch redacts no one of that surname, the office holder's as before
    ("14:40 LNO-gem Van der Sluis onderweg naar stadhuis.", ["Jeroen Kraaijeveld"], "Van der Sluis", False),
    # a body the batch wrongly took for a person spreads no further than before: "Staten van Drenthe" stays a body
    (
        "Aan Gedeputeerde Staten van Drenthe\nBezwaarschriftencommissie",
        ["Provinciale Staten van Drenthe"],
        "Drenthe",
        False,
    ),
]


def _actions_at(text: str, names: list[str], needle: str) -> list[str]:
    """The decisions on the findings over ``needle`` in ``text``, with ``names`` redacted elsewhere in the batch."""
    config, detector = _detector(())
    doc = document_from_text(text)
    findings = detector.detect(doc, names)
    start = doc.text.index(needle)
    return [d.action.value for f, d in zip(findings, decide(findings, config)) if f.start <= start < f.end]


@pytest.mark.parametrize(("text", "names", "surname", "redacted"), BATCH_HOLDERS)
def test_office_holder_surname_redacted_elsewhere(text: str, names: list[str], surname: str, redacted: bool) -> None:
    hits = _actions_at(text, names, surname)
    assert hits, f"{surname!r} not found at all"
    assert ("redact" in hits) is redacted, hits


FORM_FIELDS = [
    # a bilingual form's home address abroad, its postcode on the same line; the country and place stay
    (
        "Naam / Name\ndr. Katarzyna Nowicka-Baran\nPrivé-adres / Home address\nul. Krótka 7, 32-020 Wieliczka, Polen\n",
        ["Katarzyna Nowicka-Baran", "ul. Krótka 7", "32-020"],
        ["Wieliczka", "Polen", "Home address"],
    ),
    ("Woonadres\nRua das Flores 27, 1200-195 Lisboa\n", ["Rua das Flores 27", "1200-195"], ["Lisboa"]),
    # an embassy's address under no home label stays
    (
        "Embaixada do Reino dos Países Baixos\nAvenida Infante Santo 43\n1399-011 Lisboa\n",
        [],
        ["Avenida Infante Santo 43", "1399-011"],
    ),
    # a relation number under its bilingual label
    (
        "Naam / Name\nKatarzyna Nowicka-Baran\nRelatienummer NWO / NWO relation number\n100482913\n",
        ["100482913"],
        ["NWO relation number"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), FORM_FIELDS)
def test_form_fields(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


CODES_AND_ACCOUNTS = [
    # two-letter initials of named persons, used as paraphs at two places or more: every occurrence
    (
        "Aanwezig: Henrik Lindqvist, Deepa Venkataraman.\n"
        "Pre-advisers: HL and DV. The referees are positive.\n"
        "HL shares the concern. DV notes that the rebuttal answers this.\n"
        "Check COI declarations of DV in ISAAC.\n",
        ["[HL] and DV", "HL and [DV]", "[HL] shares", "[DV] notes", "of [DV] in"],
        ["ISAAC", "COI"],
    ),
    # a three-letter code that is an acronym too, used as her paraph at two places: at a sentence's start too
    (
        "Aanwezig: Esther Dijkhuizen-Ramdin (Inspectie).\nActie: EDR\nEDR vraagt naar de rol van het SWV.\n"
        "Kwaliteitsbewaking: EDR\nDe EDR-oplossing van de school.",
        ["Actie: [EDR]", "[EDR] vraagt", "Kwaliteitsbewaking: [EDR]"],
        ["EDR-oplossing"],
    ),
    # the codes after "Drafted by", "checked by" of people named in the batch are theirs (see the batch test too)
    (
        "Aanwezig: Koen Stalpers, Anne van Jaarsveld.\nContact at AFCOS: drs. L. Zwanikken. Drafted by KS, checked by "
        "AVJ.",
        ["Drafted by [KS]", "checked by [AVJ]"],
        ["AFCOS"],
    ),
    # a code that calls someone at a sentence's start ("PJ, jij zit ..."): Pieter-Jan's
    (
        "03-10 14:18 Wolters, Pieter-Jan\nKlopt.\n03-10 14:20 Hoekstra-Bos, Karin\nUiteraard. PJ, jij zit toch in de "
        "werkgroep?",
        ["[PJ], jij"],
        ["werkgroep"],
    ),
    # a code at one paraph place only stays where no paraph stands ("of DV in")
    (
        "Aanwezig: Deepa Venkataraman.\nActie: DV\nCheck COI declarations of DV in ISAAC.\n",
        ["Actie: [DV]"],
        ["of DV in"],
    ),
    # a list of account names, two of them a named person's: the others of the list too
    (
        "Pieter-Jan de Wolff 23-7-2025 09:03\nLeuk.\nBas Timmerman 23-7-2025 09:10\nPrima.\n"
        "Deelnemers: ivermeulenb, pjdewolff, fruijgrok, btimmerman, nelkhatib (gebruikersnamen)\n",
        ["ivermeulenb", "pjdewolff", "fruijgrok", "btimmerman", "nelkhatib"],
        ["Deelnemers", "gebruikersnamen"],
    ),
    # a list of words is no list of accounts
    (
        "Bas Timmerman belde.\nTrefwoorden: monument, restauratie, subsidie, kroonlijst\n",
        ["Bas Timmerman"],
        ["monument", "restauratie", "subsidie", "kroonlijst"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), CODES_AND_ACCOUNTS)
def test_codes_and_accounts(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_batch_code_in_mixed_capitals() -> None:
    """A batch person's code in mixed capitals is no word ("MOo" of Maarten Oosterbeek, whatever "moo" is)."""
    text = "Voor NWO: akkoord budgethouder ENW-XL (MOo), 28-11-2024; verwerkt."
    assert _actions_at(text, ["Maarten Oosterbeek"], "MOo") == ["redact"]


HEALTH_COLUMN = [
    # three cells or more of a column name health terms of their row's child: every cell of the column, whole
    (
        "Cliëntnr.    Initialen   Geb.datum    Gemeente     Aanbieder   Problematiek\n"
        "JZ-0418872   L.B.        14-03-2012   Oldebroek    Karakter    ASS, angststoornis\n"
        "JZ-0377105   S.A.        02-09-2014   Nunspeet     Karakter    ADHD, hechting\n"
        "JZ-0402213   D.v.E.      11-07-2016   Ermelo       Pluryn      dyslexie/ADD\n"
        "JZ-0410097   T.H.        07-11-2010   Harderwijk   Youz        depressie\n"
        "JZ-0407765   B.T.        16-08-2012   Ermelo       Youz        ernstig meervoudige beperking\n",
        ["ASS, angststoornis", "ADHD, hechting", "dyslexie/ADD", "ernstig meervoudige beperking", "L.B."],
        ["Problematiek", "Karakter", "Oldebroek", "Youz"],
    ),
    # two such cells make no column of health data: the other cells stay
    (
        "Cliëntnr.    Initialen   Geb.datum    Gemeente     Aanbieder   Opmerking\n"
        "JZ-0418872   L.B.        14-03-2012   Oldebroek    Karakter    angststoornis\n"
        "JZ-0377105   S.A.        02-09-2014   Nunspeet     Karakter    depressie\n"
        "JZ-0402213   D.v.E.      11-07-2016   Ermelo       Pluryn      verhuisd naar Zwolle\n",
        ["angststoornis", "depressie"],
        ["verhuisd naar Zwolle"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), HEALTH_COLUMN)
def test_health_column(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


ACRONYMS = [
    # an acronym the text defines with "(hierna: RVO)" is no paraph, whoever's initials it also is
    (
        "Behandeld door R. van Oosten (RvO).\n"
        "De gegevens zijn verstrekt aan de Rijksdienst voor ondernemend Nederland (hierna: RVO). Vervolgens heeft RVO "
        "ze vastgelegd. Actie: RvO",
        ["R. van Oosten", "Actie: [RvO]"],
        ["(hierna: RVO)", "heeft RVO"],
    ),
    # an acronym in mixed case written in capitals in an inventory's cell is the body's, no surname ("Wing" may be
    # a person's first name)
    ("Afzender\nIENW, Wing\nIENW\nOntvanger\nIENW, BIJ12\n", [], ["IENW"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ACRONYMS)
def test_acronyms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


PERSONAL_FILES = [
    # a form with the person's date of birth: its health terms are that person's, in telegram style too
    (
        "Naam   P. van 't Hek\nGeboortedatum   14-09-1976\n"
        "Posttraumatische stressstoornis sinds de uitzending. Nachtmerries, concentratieproblemen en schrikreacties. "
        "Daarnaast gehoorschade en tinnitus aan het linkeroor.",
        ["14-09-1976", "concentratieproblemen", "gehoorschade", "tinnitus"],
        ["Naam", "Geboortedatum", "uitzending"],
    ),
    # ... but an organisation's name in that file stays ("de Militair Revalidatiecentrum")
    (
        "Naam   P. van 't Hek\nGeboortedatum   14-09-1976\nInformatie opvragen bij de Militair\nRevalidatiecentrum "
        "Aardenburg.",
        ["14-09-1976"],
        ["Militair\nRevalidatiecentrum Aardenburg"],
    ),
    # a letter about a policy names the terms of no one
    (
        "De minister wil de zorg voor veteranen met PTSS en gehoorschade verbeteren. Het programma start in 2026.",
        [],
        ["PTSS", "gehoorschade"],
    ),
    # rheumatic complaints, inflected; Sunday rest as a belief's practice
    (
        "Mevrouw Scholte-Ensing kan vanwege reumatische klachten zelf geen raster plaatsen. Cliënt verzoekt de "
        "hoorzitting niet op een zondag te plannen in verband met zijn zondagsrust.",
        ["reumatische", "zondagsrust"],
        ["hoorzitting"],
    ),
    # a son's contact with the police, a youth detention centre; a parent in a women's shelter
    (
        "Zoon Sami is in 2019 in aanraking geweest met politie. Haar zoon Jayden zat zes weken in een justitiële "
        "jeugdinrichting. Het dossier had het oude adres van een ouder die in een blijf-van-mijn-lijfhuis verblijft.",
        ["in aanraking geweest met politie", "justitiële jeugdinrichting", "blijf-van-mijn-lijfhuis"],
        ["dossier"],
    ),
    # a veteran, a bezwaarde: one person, the subject of the sentence
    (
        "De veteraan meldt in zijn brief ernstige psychische klachten. De bezwaarde vindt dat de psychische klachten "
        "te laag zijn gewaardeerd.",
        ["[psychische klachten]. De bezwaarde", "de [psychische klachten] te laag"],
        ["veteraan"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONAL_FILES)
def test_personal_files(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


NUMBERS_AND_NAMES = [
    # the name a person goes by, and their date of birth after a comma ending the line
    (
        "Cliënt Patrick van 't Hek (roepnaam Pat), 14-09-1976\nZaaknummer VL-2025-018834\nPat belt morgen terug.",
        ["Patrick van 't Hek", "(roepnaam [Pat])", "[Pat] belt", "14-09-1976"],
        ["VL-2025-018834"],
    ),
    # a mail's date after a comma is the text's own time, no one's birth
    ("Van Marloes Brink, 07-03-2025\nDe stukken volgen.", ["Marloes Brink"], ["07-03-2025"]),
    # an internal extension, a personnel number with its letters, a registration number with Defensie
    (
        "Gastheer majoor R.J. Verhoeven, DMO/IVB, toestel 25 44 27\n"
        "Personeelsnummer PN 48193027\nRegistratienummer Defensie 761092448\n",
        ["25 44 27", "PN 48193027", "761092448", "R.J. Verhoeven"],
        ["DMO/IVB"],
    ),
    # a controller's personnel number abbreviated, a student's number with the school between, a staff code
    (
        "Controleurs S. Bouwhuis (controleur, pers.nr. 40117) en T. Noordhof.\n"
        "Studentnummer (Hanzehogeschool) 4417263\nMedewerker: M. de Groot-Venema (medewerkerscode DUO4471).",
        ["40117", "4417263", "DUO4471"],
        ["Hanzehogeschool"],
    ),
    # a supervisor's number, a complainant's number with the desk, a personnel number grouped in fours after a few
    # words, a creditor's number; "12 melders" is a count
    (
        "Behandeld door G.H. Postma, toezichthouder nr. T-48213\n"
        "mw. is sinds 2021 melder 20417. Ik ben zelf melder bij het BAS (melder-ID 19822). Er zijn 12 melders.\n"
        "Personeelsnummer voor P-Direkt-aanvragen: 0831 5529\nCrediteurnummer CR-0448172 (aan te maken door FEZ)",
        ["T-48213", "20417", "19822", "0831 5529", "CR-0448172"],
        ["12 melders", "FEZ"],
    ),
    # a pupil's number in a register's column
    (
        "Nr.   Leerling   Klas   Lln.nr.   Casus\n1   Daan Wijnhoven   2B   118273   verzuim\n"
        "2   Lotte Brandsma   4H   115530   verzuim\n",
        ["118273", "115530", "Daan Wijnhoven"],
        ["Lln.nr."],
    ),
    # her new address, their owner-occupied home: theirs; the municipality's new address stays
    (
        "Haar nieuwe adres is Tarwekamp 112, 2592 XN Den Haag.\nZij raakten hun koopwoning aan de Eikenlaan 7 in "
        "Zeewolde kwijt.\nHet nieuwe adres van de gemeente is Spui 70, 2511 BT Den Haag.",
        ["Tarwekamp 112", "2592 XN", "Eikenlaan 7"],
        ["Spui 70", "2511 BT", "Zeewolde"],
    ),
    # a partnership named after its partners: its farm's address is their home; a foundation's stays
    (
        "Nr\nMelder\nLocatie\nPM-0431\nV.O.F. Reuvekamp-ten Dam\nLievelderweg 102\nOost Gelre\n"
        "PM-0480\nStichting Geldersch Landschap\nZutphensestraat 300\nArnhem\n",
        ["Reuvekamp-ten Dam", "Lievelderweg 102"],
        ["Zutphensestraat 300", "Oost Gelre"],
    ),
    # a one-man business named after its owner, his first name with it: his name; a foundation named after someone
    # stays
    (
        "Bellen kan op 06-24118760.\nGr. Ruud\nKoolhoven Installatietechniek | KvK 74011592\n"
        "De Anne Frank Stichting en de eenmanszaak Koolhoven Installatietechniek.",
        ["Ruud\nKoolhoven", "eenmanszaak [Koolhoven]"],
        ["Anne Frank Stichting"],
    ),
    # the staff of the burgemeester's office: a unit, its title no one's; the burgemeester himself stays
    (
        "Bestuurssecretaris\nKabinet burgemeester\nJolanda Wijnbergen\n06-11 38 56 02\n"
        "10.00 Aubade en opening kermis door burgemeester Bruls",
        ["Jolanda Wijnbergen", "06-11 38 56 02"],
        ["burgemeester Bruls"],
    ),
    # an EU address book's entry; a relation number with two lettered groups; a dossier's number stays
    (
        "Cc: REGIO-E4-NETHERLANDS@ec.europa.eu; MOREL Jean-Baptiste (REGIO)\n"
        "Dossiernummer ISDE-W-24-281406\nRelatienummer RVO-REL-3301874\n",
        ["MOREL Jean-Baptiste", "RVO-REL-3301874"],
        ["(REGIO)", "ISDE-W-24-281406"],
    ),
    # hunting licences in a list's column and in brackets after "jachtakte"; a relation number after an agency whose
    # code has digits
    (
        "Nr   Naam   Jachtaktenummer   Geldig tot\n1   Johan Everts   J-0601337   31-03-2026\n"
        "2   Klaas Dijkhuis   J-0718236   31-03-2026\n"
        "De heer Dijkhuis is houder van een geldige jachtakte (nummer J-0718236, geldig tot 31 maart 2026).\n"
        "Zaaknummer DR/2025/020315 Relatienummer BIJ12 300512660 Onderwerp Subsidie",
        ["J-0601337", "J-0718236", "300512660"],
        ["DR/2025/020315", "BIJ12", "31-03-2026"],
    ),
    # dates of birth written as ISO in a birth-date column; SVH numbers in their column
    (
        "Naam   Geboortedatum   Pasnummer (Justis)   Functie\nM. Yildiz   1984-05-17   ND-3318842   hoofd beveiliging\n"
        "S.A. Pinas   1991-02-03   ND-4120571   teamleider\n\nLeidinggevende   Geboortedatum   SVH-nr.\n"
        "R. Bouzidi   11-06-1986   SVH 1128476\nI. Bouzidi-Amrani   03-01-1989   SVH 1310592\nDatum: 2026-02-03",
        ["1984-05-17", "1991-02-03", "SVH 1128476", "SVH 1310592", "11-06-1986"],
        ["hoofd beveiliging"],
    ),
    # foreign identity documents in a visitors' list
    (
        "Stefan Wöhrmann 11-08-1979 DE Reisepass C4F7K29LM\nJana Kowalczyk 02-02-1988 PL Dowód CAX 418207\n",
        ["C4F7K29LM", "CAX 418207", "Stefan Wöhrmann", "Jana Kowalczyk"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS_AND_NAMES)
def test_numbers_and_names(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


DESKS = [
    # a body's acronym labels its own address; an abbreviation beside a long compound of function words
    (
        "Notulist: Ingrid Bosschaart, i.bosschaart@marsmancollege.nl. Correspondentie MR: mr@marsmancollege.nl.\n"
        "Aan: Kamervragen VO <kamervragen-vo@minocw.nl>; Hoogendoorn-Tas, Marijke <m.hoogendoorn-tas@minocw.nl>",
        ["i.bosschaart@marsmancollege.nl", "m.hoogendoorn-tas@minocw.nl", "Ingrid Bosschaart"],
        ["mr@marsmancollege.nl", "kamervragen-vo@minocw.nl"],
    ),
    # a public body or a unit in a header field is no person
    (
        "Van: Jansen, Piet\nAan: Provinciale Staten van Drenthe\nCC: Faunabeheereenheid Drenthe\nOnderwerp: wolf\n",
        ["Jansen, Piet"],
        ["Provinciale Staten van Drenthe", "Faunabeheereenheid Drenthe"],
    ),
    # initials alone are still a person's
    ("Vragen aan Jan de Vries (jdv@minocw.nl).", ["jdv@minocw.nl"], []),
    # a number offered beside a functional mailbox is the organisation's; beside a person's address, the person's
    (
        "U kunt uw klachten melden via info@lelystadairport.nl of telefonisch via 0320 284 284.\n"
        "Mail mij via j.jansen@rws.nl of telefonisch via 06-12345678.",
        ["j.jansen@rws.nl", "06-12345678"],
        ["0320 284 284", "info@lelystadairport.nl"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), DESKS)
def test_desks(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
