"""Session 61's second set of rules (wave 10), one table each: personal numbers (a roster's column headed
"Pers.nr./vrijw", a worker's personal certificate, a youth professional's SKJ number, a legend of staff codes and
their numbers), private addresses ("tijdelijk inwonend op", an address block headed by "t.a.v."), names (a quoted
nickname someone "werd genoemd", a chat's speaker "Jet vd Z"), violence one person suffered, and what is no one's:
a unit after a job title in a header field, a department after "van", a mailbox that is a word, a firm's office
number in brackets, a report's project site under its client's contact."""

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

# (text, redacted, kept)
NUMBERS = [
    (
        "Eerste inventariseerder asbest (DIA): Femke Bakker-Nijenhuis, persoonscertificaat DIA-14-03361\n"
        "Tweede inventariseerder: Sjoerd Bosma, persoonscertificaat DIA-22-11870\n",
        ["DIA-14-03361", "DIA-22-11870"],
        ["(DIA)"],
    ),
    (
        "Geregistreerd in het Kwaliteitsregister Jeugd (SKJ) onder nummer 110042871.",
        ["110042871"],
        ["Kwaliteitsregister Jeugd"],
    ),
    (
        "Personeelsnummers voor toegang tot het zaaksysteem: MvDH = 104877, TtH = 103302. Wijzigingen doorgeven.",
        ["104877", "103302"],
        ["zaaksysteem"],
    ),
    # a count in a sentence with an equals sign and no label stays
    ("In 2024 waren er 104877 meldingen = veel meer dan in 2023.", [], ["104877"]),
    # a firm's certificate stays, whatever its shape
    ("Sloopbedrijf Van Dijk B.V. (certificaatnummer SCA-14-20011) en certificaat VCA-21-12345.", [], ["SCA-14-20011"]),
    # a legend of codes and numbers over several lines, codes with dots
    (
        "Personeelsnummers voor toegang tot het zaaksysteem:\nMvDH = 104877\nM.v.D.H. = 103302\nSK = 102290\n",
        ["104877", "103302", "102290"],
        [],
    ),
    ("registratienummer SKJ 110042871 en (SKJ: 110042872)", ["110042871", "110042872"], []),
    # a firm's certificate stays (no scheme-year-number shape)
    ("Inventarisatiebureau: Asbestinventarisatie Noord B.V., certificaat SC-540", [], ["SC-540"]),
    # a company's ISO certificate after the word stays (no scheme-year-number shape)
    ("Het bedrijf heeft certificaat ISO 14001 en VCA**.", [], ["ISO 14001"]),
]

ADDRESSES = [
    (
        "De moeder, twee kinderen, dakloos na scheiding, tijdelijk inwonend op Veerallee 88-II. De aanvraag loopt.",
        ["Veerallee 88-II"],
        ["dakloos"],
    ),
    (
        "Gemeente Heusden\nAan de leden van stembureau 9\nt.a.v. mevrouw H.M. van der Zwaluw\nPrinses Irenestraat 15\n"
        "5151 CG Drunen\n",
        ["Prinses Irenestraat 15", "5151 CG", "H.M. van der Zwaluw"],
        ["Gemeente Heusden", "Drunen"],
    ),
    # a firm's address under its name and the attention line stays the firm's
    (
        "Bouwbedrijf Heijmans B.V.\nt.a.v. de heer J. Bos\nGraafsebaan 65\n5248 JT Rosmalen\n",
        ["J. Bos"],
        ["Graafsebaan 65", "5248 JT"],
    ),
    # a private client's project site is their home
    (
        "Rapport 2026-118\nOpdrachtgever:\nY. el Khatib\nProjectlocatie: Van Helomaweg 8 Heerenveen\n",
        ["Y. el Khatib", "Van Helomaweg 8"],
        [],
    ),
    # a report's project site under its client's contact stays
    (
        "Opdrachtgever: RUD Drenthe, t.a.v. dhr. Y. el Khatib\nProjectlocatie: Van Helomaweg 8, Havelte\n"
        "Monstername: 19 februari 2026 door Mark Tuinstra (monsternemer)\n",
        ["Y. el Khatib", "Mark Tuinstra"],
        ["Van Helomaweg 8", "RUD Drenthe"],
    ),
]

NAMES = [
    (
        "Een van de tellers, een jongen met een rood petje die door de anderen 'PJ' werd genoemd, lachte erom.",
        ["PJ"],
        ["tellers"],
    ),
    ("Het plan dat intern 'Atlas' werd genoemd, is stopgezet; de afdeling die 'VWS' werd genoemd ook.", [], ["Atlas"]),
    ("Het overleg dat intern 'MDO' werd genoemd en het project dat 'Velox' werd genoemd.", [], ["MDO", "Velox"]),
    (
        "[18-03-26 06:41] Jet vd Z: Goedemorgen team! Sleutel opgehaald.\n[18-03-26 06:42] Ömer Karataş: Top Jet\n"
        "[18-03-26 06:43] Jet vd Z: Koffie staat klaar\n",
        ["Jet vd Z", "Ömer Karataş"],
        ["Goedemorgen"],
    ),
    # a department after "van": the person's first name goes, the department stays
    (
        "[19-03-26 11:02] Gerda B.: De gemeente belt. Thijs van\nBurgerzaken wil dat ik maandag kom.\n"
        "[19-03-26 11:03] Ömer Karataş: ok\n[19-03-26 11:04] Gerda B.: top\n",
        ["Thijs", "Gerda B."],
        ["Burgerzaken"],
    ),
    # a unit after a job title in a header field is no one's name
    (
        "Beslisnota\nAan: wethouder Roosenboom\nKopie aan: A. van der Meulen-Kok, afdelingsmanager Sociaal Domein\n"
        "Aanleiding\nDe Klachtencommissie Sociaal Domein heeft geadviseerd.\n",
        ["A. van der Meulen-Kok"],
        ["Sociaal Domein", "afdelingsmanager"],
    ),
    # ... the value goes on after the unit
    ("Aan: afdelingsmanager Sociaal Domein, Oordt-Haverkamp\nOnderwerp: klacht\n", ["Oordt-Haverkamp"], ["Domein"]),
    # ... but a name after a job title is
    ("Van: HR-adviseur Ojo-Kamminga, Folake\nOnderwerp: verzuim\n", ["Ojo-Kamminga"], ["HR-adviseur"]),
]

SPECIAL = [
    ("Er is sprake van huiselijk geweld door haar ex-partner; zij woont nu in de opvang.", ["huiselijk geweld"], []),
    ("De gemeente zet in op de aanpak van huiselijk geweld en kindermishandeling in de regio.", [], ["huiselijk"]),
    ("Betrokkene heeft hartfalen en gebruikt diuretica.", ["hartfalen", "diuretica"], []),
    ("Hij volgde de training aanpak huiselijk geweld van de gemeente.", [], ["huiselijk geweld"]),
    # health data after the word "training" is still a person's
    ("Bram de Wit is vrijdag bij de training onwel geworden, hartritmestoornis.", ["onwel", "Bram de Wit"], []),
    ("Medewerker Jan de Boer meldde een agressie-incident aan de balie.", ["Jan de Boer"], ["agressie-incident"]),
]

CONTACTS = [
    (
        "Voor vragen van omwonenden: 14 0521 of asbest@westerveld.nl.",
        [],
        ["asbest@westerveld.nl", "14 0521"],
    ),
    # an initial and a surname written as one stay personal
    (
        "Stuur het naar pdevries@westerveld.nl of jrozendaal@westerveld.nl.",
        ["pdevries@westerveld.nl", "jrozendaal@westerveld.nl"],
        [],
    ),
    # ... also where they spell a word ("hengels" of H. Engels, "slang" of S. Lang)
    (
        "Van: hengels@zwolle.nl\nAan: slang@zwolle.nl; kasten@zwolle.nl; pelzen@zwolle.nl\n",
        ["hengels@zwolle.nl", "slang@zwolle.nl", "kasten@zwolle.nl", "pelzen@zwolle.nl"],
        [],
    ),
    (
        "Projectleider: R. Bolhuis, 06-41 27 88 13 (kantoor 0522 - 24 81 00)",
        ["R. Bolhuis", "06-41 27 88 13"],
        ["0522 - 24 81 00"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NUMBERS)
def test_personal_numbers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), ADDRESSES)
def test_private_addresses(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NAMES)
def test_names_and_units(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), SPECIAL)
def test_violence_and_health(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CONTACTS)
def test_mailboxes_and_office_numbers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def _roster(header: str, rows: list[tuple[str, str, str]]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    c.drawString(60, 790, "Bezetting stembureaus 9 t/m 12")
    for x, head in ((60, "Stb"), (90, "Naam"), (260, "Functie"), (360, header)):
        c.drawString(x, 760, head)
    for k, (name, function, number) in enumerate(rows):
        for x, cell in ((60, "9"), (90, name), (260, function), (360, number)):
            c.drawString(x, 740 - 18 * k, cell)
    c.save()
    return buf.getvalue()


def test_numbers_under_a_slashed_personnel_header() -> None:
    rows = [("Henriëtte van der Zwaluw", "voorzitter", "vrijw. V-2231"), ("Sanne Wijnbergen", "teller", "P0041187")]
    rows += [("Kees de Jong", "reserve", "vrijw. V-1702")]
    config = load_config(None, None)
    doc = parse_pdf(_roster("Pers.nr./vrijw.", rows), "rooster.pdf")
    findings = Detector(config).detect(doc)
    got = {f.text: d.action for f, d in zip(findings, decide(findings, config))}
    for number in ("V-2231", "P0041187", "V-1702"):
        assert got.get(number) is Action.REDACT, got


def test_certificates_in_a_roster_of_workers() -> None:
    rows = [("Kees-Jan Wolters", "DTA", "DTA-16-04482"), ("Dariusz Wisniewski", "DAV", "DAV-19-88213")]
    config = load_config(None, None)
    doc = parse_pdf(_roster("Certificaat", rows), "ploeg.pdf")
    findings = Detector(config).detect(doc)
    got = {f.text: d.action for f, d in zip(findings, decide(findings, config))}
    for number in ("DTA-16-04482", "DAV-19-88213"):
        assert got.get(number) is Action.REDACT, got
