"""Numbers and addresses wrapped in table cells (a foreign IBAN, a phone beside the next cell's mail, a street
named after a burgemeester), a double surname's hyphen before another cell's word, and names known by their
shape: a surname formed from a place, a given name paired with a known one, initials written without dots; and
organisations and offices where a person was read: a desk and its place, a firm with its legal form elsewhere, a
fund's own block under a signature, an organisation's name on the line under a title and a given name."""

from __future__ import annotations

import io

import pytest
from detecttools import check
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action
from woo_redact.parse import parse_pdf

# (x, y, text) of table rows as a PDF prints them, each cell's wrapped line under its first
TABLES = [
    # a Polish IBAN wrapped in its cell, the next cell's name read between its pieces; joined by its check digits
    (
        [
            (60, 700, "Nr"),
            (90, 700, "Ontvanger"),
            (190, 700, "BSN"),
            (260, 700, "IBAN"),
            (60, 680, "1"),
            (90, 680, "Kwaku"),
            (190, 680, "577463706"),
            (260, 680, "NL73 INGB 0006 5243 81"),
            (90, 668, "Amponsah-Dijkman"),
            (60, 650, "2"),
            (90, 650, "Krzysztof"),
            (190, 650, "217533772"),
            (260, 650, "PL61 1090 1014 0000 0712 1981"),
            (90, 638, "Majewski"),
            (260, 638, "2874"),
        ],
        ["PL61 1090 1014 0000 0712 1981", "2874"],
        ["Ontvanger"],
    ),
    # a phone number wrapped in its cell, the next cell's e-mail address on its first line
    (
        [
            (60, 700, "Bedrijf"),
            (170, 700, "Contactpersoon"),
            (274, 700, "Telefoon"),
            (350, 700, "E-mail"),
            (60, 682, "Groenbedrijf"),
            (170, 682, "Gerrit"),
            (274, 682, "+31 (0)594 51"),
            (333, 682, "g.oosterhuis@gbwk.example.nl"),
            (60, 670, "Westerkwartier B.V."),
            (170, 670, "Oosterhuis"),
            (274, 670, "88 20"),
        ],
        ["+31 (0)594 51", "88 20"],
        ["Westerkwartier"],
    ),
    # a street named after a burgemeester, wrapped in a column headed Adres, no postcode
    (
        [
            (61, 700, "Tijd Kind"),
            (168, 700, "Geboortedatum"),
            (256, 700, "Vaccinatie"),
            (331, 700, "Adres"),
            (61, 676, "9:00 Hoop van"),
            (168, 676, "12-02-2024"),
            (256, 676, "BMR-1"),
            (331, 676, "Ravenhorst 9, Gouda"),
            (95, 666, "Wijk"),
            (61, 650, "9:15 Roos El Idrissi"),
            (168, 650, "03-07-2023"),
            (256, 650, "DKTP-Hib-"),
            (331, 650, "Burgemeester Martenssingel"),
            (256, 640, "HepB-4"),
            (331, 640, "44, Gouda"),
            (61, 626, "9:30 Dag"),
            (168, 626, "27-11-2019"),
            (256, 626, "DTP-5"),
            (331, 626, "Karnemelksloot 118, Gouda"),
            (95, 615, "Oosterbaan"),
        ],
        ["Burgemeester Martenssingel", "Karnemelksloot 118"],
        ["Vaccinatie", "Geboortedatum"],
    ),
]


def _table(cells: list[tuple[int, int, str]]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for x, y, text in cells:
        c.drawString(x, y, text)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("cells", "redact", "keep"), TABLES)
def test_wrapped_table_cells(cells: list[tuple[int, int, str]], redact: list[str], keep: list[str]) -> None:
    config = load_config(None, None)
    findings = Detector(config).detect(parse_pdf(_table(cells), "table.pdf"))
    redacted = [f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT]
    for needle in redact:
        assert any(needle in " ".join(r.split()) for r in redacted), (needle, redacted)
    assert not any(k in r for k in keep for r in redacted), redacted


WRAPPED_CELLS = [
    # a double surname's hyphen ends the line; the next line's word is the next row's subject, no surname
    (
        "Nr Onderwerp\tPortefeuillehouder\tSteller\n2 Ontwerp-Programma\tDadema\tA. Kuipers-\n"
        "Stikstofreductie en\t\tBakker\nNatuurverbetering, tweede tranche\n",
        ["A. Kuipers"],
        ["Stikstofreductie", "Natuurverbetering"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), WRAPPED_CELLS)
def test_wrapped_cells(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


NAMES_BY_SHAPE = [
    # a surname formed from a place or a surname with -er reads as two dictionary words; it is a name
    ("Gesprek met Heike Brandenburger over de klacht.", ["Heike Brandenburger"], []),
    ("De Softwarecatalogus en Gemma Softwarecatalogus zijn producten.", [], ["Gemma Softwarecatalogus"]),
    # two words of the dictionary written as one, ending as family names end, after a first name: a name
    ("Contact: Jörg Wendtland; ik sprak Ronald Stapelkamp.", ["Jörg Wendtland", "Ronald Stapelkamp"], []),
    ("Zij ligt in het Antonius Ziekenhuis.", [], ["Antonius Ziekenhuis"]),
    # a given name no list holds, paired with a known one, each with a bracket of the same kind
    ("Wij willen Ananya (groep 5) en Vikram (groep 3) van 7 tot en met 11 april meenemen.", ["Ananya", "Vikram"], []),
    ("Financiën (artikel 3) en Pieter de Vries (artikel 4) spraken.", ["Pieter de Vries"], ["Financiën"]),
    # initials written without their inner full stops, under a decision; an organisation's letters ending a sentence
    ("de verzending daarvan.\n\nDJ. Nieuwenhuis\n\nBelanghebbenden kunnen bezwaar maken.", ["DJ. Nieuwenhuis"], []),
    ("Het dossier ging naar het OM. Bakker van de rechtbank las het.", [], ["OM"]),
    ("Welkom Lisa! Ik zet de overdracht in BVH. Bel me gerust.", ["Lisa"], ["BVH", "Bel"]),
    # a family's street of no known form, "te" and a place after its number
    ("U vraagt om stukken over familie Picolino, ’t Broek 10 te Nistelrode.", ["Picolino", "Broek 10"], ["Nistelrode"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NAMES_BY_SHAPE)
def test_names_by_shape(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


ORGANISATIONS_AND_OFFICES = [
    # a desk's word and a place (or the name its mail domain gives) in a header field: the desk, no person
    (
        "Van:    Griffie Dalmerveen <griffie@dalmerveen.nl>\nAan:    anouk.verhagen@gmail.com\n\nBeste Anouk,",
        ["anouk.verhagen@gmail.com", "Anouk"],
        ["Griffie Dalmerveen"],
    ),
    ("Van:   Griffie Zwolle <griffie@zwolle.nl>\nAan:   j.vos@gmail.com\n", ["j.vos@gmail.com"], ["Griffie Zwolle"]),
    # a firm written with its legal form elsewhere, and a firm's first words before the rest of its name and form
    (
        "Inschrijver\nVan der Wiel Groen\nB.V.\nMariëlle Klompmaker\n\nVan der Wiel Groen B.V. scoort als tweede.",
        ["Mariëlle Klompmaker"],
        ["Van der Wiel Groen"],
    ),
    (
        "U heeft namens Zonnepark De Hooge Bulten\nB.V. subsidie aangevraagd, mevrouw Wiersma-Talsma.",
        ["Wiersma-Talsma"],
        ["De Hooge Bulten"],
    ),
    # the fund's own block of address, number and mailbox under a signature; the handler's direct line
    (
        "Met vriendelijke groet,\nGeert-Jan Mulder\ndirecteur-bestuurder Mondriaan Fonds\nMondriaan Fonds\n"
        "Brouwersgracht 276\n1013 HG Amsterdam\nT 020 523 15 23\ninfo@mondriaanfonds.nl\nBehandeld door\n"
        "Afua Ofori\nT 020 523 15 61\na.ofori@mondriaanfonds.nl\n",
        ["Geert-Jan Mulder", "Afua Ofori", "020 523 15 61"],
        ["020 523 15 23", "Mondriaan Fonds"],
    ),
    # a title and a given name ending a cell's line: the next line's first word begins an organisation's name
    (
        "prof. dr. Wen-Jie\nUniversiteit Leiden\nHuang\ndr. Maximilian\nRadboud Universiteit\nvan Lynden-Oudshoorn\n",
        ["Maximilian"],
        ["Radboud Universiteit"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ORGANISATIONS_AND_OFFICES)
def test_organisations_and_offices(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


HANDLES_AND_BROKEN_NAMES = [
    # a name before the handle that spells it, in brackets or not, whatever list knows the name
    (
        "Incident commander   Adewale Ogunleye (@aogunleye)     Scribe   Lisanne Brouwer-Tjon (@lbrouwer)\n",
        ["Adewale Ogunleye", "@[aogunleye]", "Lisanne Brouwer-Tjon", "@[lbrouwer]"],
        [],
    ),
    ("Floris Meerdink-Anand @fmeerdink · 10:05\nThanks Ruta.", ["Floris Meerdink-Anand", "@[fmeerdink]"], []),
    # a mention of a person's account in a chat, spelled from the name the export gives ("@" stays)
    ("08:31   Lukas Hofbauer   Ben er.\n   @lhofbauer   Postmortem volgt.", ["Lukas Hofbauer", "@[lhofbauer]"], []),
    # a double given name's initials, the first word of a surname of several words, a dotless i
    ("Opened by @jwdevries (Jan-Willem de Vries)", ["@[jwdevries]", "Jan-Willem de Vries"], []),
    ("Watchers: Thiago Ferreira da Silva (tferreira)", ["tferreira"], []),  # (found before too: a regression row)
    ("Account akaramanli van Aylin Karamanlı is geblokkeerd.", ["akaramanli", "Aylin Karamanlı"], []),
    # a given name at a line's end whose bracket closes after the next line's word: the surname
    (
        "De Europese Commissie (DG\nCNECT, vertegenwoordigd door de heer Giannis\nAntonakopoulos) lichtte toe.",
        ["Giannis\nAntonakopoulos"],
        ["CNECT"],
    ),
    ("voor nationale middelen. DE (Herr Matthias\nObermüller) wees op de kosten.", ["Matthias\nObermüller"], []),
    ("Open Standaarden (coördinator: Bożena\nKwiatkowska-Smit) bereidt het advies.", ["Bożena\nKwiatkowska-Smit"], []),
    # a code host's comment author and an issue's opener; a bot's comment is no one's
    (
        "  @pixelkat42 commented on Apr 25, 2025\n  Zelfde crash.\n  @github-actions[bot] commented on Apr 22, 2025\n",
        ["@pixelkat42"],
        ["@github-actions[bot]"],
    ),
    ("Crash bij koppelen | #482 | Opened by @jwdevries", ["@jwdevries"], []),
    ("The team commented on the draft. We opened by default.", [], ["team", "default"]),
    # Outlook's Dutch print of a meeting's invitees
    ("Verplicht:   Amrani, Salma; Dijkhuizen-Ngata, Marieke\n", ["Amrani, Salma", "Dijkhuizen-Ngata, Marieke"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), HANDLES_AND_BROKEN_NAMES)
def test_handles_and_broken_names(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_a_blank_span_is_no_person_and_raises_nothing() -> None:
    """A person span of one blank ("Vlieger / TEN HAVE" / ...) reached `_not_a_person`, whose street rule took the
    span's first word: an IndexError withheld the whole document in phase 1."""
    from woo_redact.detect.context import not_a_person

    text = "Vlieger / TEN HAVE\n \nRijkswaterstaat"
    assert not_a_person(text, 19, 20) is not None
    assert not_a_person(text, 20, 21) is not None


FRONT_OFFICE = [
    # a sole trader's KvK and VAT numbers, the sentence going on past a title's full stop
    (
        "Kwakernaak Data Advies, eenmanszaak van drs. Lieke Kwakernaak, wonende te\nZutphen, ingeschreven in het "
        "Handelsregister onder\nKvK-nummer 86531207, btw-nummer NL002184736B71, hierna 'Opdrachtnemer';\n",
        ["86531207", "NL002184736B71", "Lieke Kwakernaak"],
        [],
    ),
    # an account spelled from a person's e-mail address, the name wrapped in its cell
    (
        "Jelmer de Boer-\njdeboer-oostra   jelmer.deboer-oostra@rws-demo.nl   uit dienst\nOostra\n",
        ["jdeboer-oostra", "jelmer.deboer-oostra@rws-demo.nl"],
        [],
    ),
    # a postcode in brackets after the place, and after a floor's numeral
    (
        "Zij verblijft bij haar moeder, woonachtig aan de Rembrandtkade 8 te Apeldoorn (7313 AB). Zij is er niet.",
        ["Rembrandtkade 8", "7313 AB"],
        ["Apeldoorn"],
    ),
    (
        "Uurlijke rapportage – geluidsoverlast woning\n\nZaaknummer   TH-2025-7781\n"
        "Adres overlast   Spijkerstraat 201-III, 6828 DJ Arnhem\nBewoner   Daan Hoefnagels (huurder van Vivare)\n",
        ["Spijkerstraat 201-III, 6828 DJ", "Daan Hoefnagels"],
        ["Arnhem"],
    ),
    # a resident's address looked into, or changed
    ("A-46   Adresonderzoek Hanzeweg 61 afronden, ambtshalve uitschrijving   RW", ["Hanzeweg 61"], []),
    ("Uw adreswijziging naar de\nRijksstraatweg 61 in Twello kunnen wij niet verwerken.", ["Rijksstraatweg 61"], []),
    # a given name of an organisation ("van de Voedselbank"), no surname
    (
        "Ik heb een pakket geregeld via Jantsje van de\nVoedselbank Leeuwarden, ophalen vrijdag.",
        ["Jantsje"],
        ["Voedselbank Leeuwarden"],
    ),
    # the members of a polling station are no Kamerleden: the registered one's initials differ
    ("ondertekend door de voorzitter en de leden J.W. Hoogeveen en M. Szymanska.", ["J.W. Hoogeveen"], []),
    ("Het lid Michiel Hoogeveen vroeg het woord.", [], ["Michiel Hoogeveen"]),
    # a thing called by a first name, with its article; "het" as a pronoun before a name
    ("Het Wilhelmus wordt gezongen door het koor.", [], ["Wilhelmus"]),
    ("Niet in de gelegenheid? Laat het Nadia weten via 070 751 54 33.", ["Nadia"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), FRONT_OFFICE)
def test_front_office(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


OFFICES_AND_TEAMS = [
    # the holder named after the office and a comma (kept before this session too: a regression row)
    ("Zoals de minister van Financiën, de heer Heinen, eerder zei.", [], ["Heinen"]),
    # operations teams' mailboxes
    (
        "Questions: sre@mijnoverheid.nl, the SOC at soc@logius.nl or bot@renovateapp.com",
        [],
        ["sre@mijnoverheid.nl", "soc@logius.nl", "bot@renovateapp.com"],
    ),
    # a meeting's place under its invitees is no one's home
    (
        "Organisator: Castelein, Bram\nVerplicht: Amrani, Salma; Dijkhuizen-Ngata, Marieke\n"
        "Locatie: Turfmarkt 147, kamer 10.17\n",
        ["Castelein, Bram", "Dijkhuizen-Ngata, Marieke"],
        ["Turfmarkt 147"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), OFFICES_AND_TEAMS)
def test_offices_and_teams(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
