"""Session 65's rules (wave 19, mixed201-204), one table each: a boa's number after his domain in the bracket ("(BOA,
domein I, nummer 40217)"), an extension on the line after its word ("tst." / "2214."), a care provider's AGB code on
the line under the name, a first name that is a word too at a line's end in a sentence's middle ("en Ton" /
"Wiegerinck)"), a home after "bij mij thuis," in a street with its compass part ("Lekdijk-Oost 31"), paraphs typed
without the accent of a name ("MLC" of M. Lindeboom-Çelik). Not a person's: a place after its kind ("bedrijventerrein
De Biezen"), a press officer in her role, a residents' group's mailbox at a consumer provider, a court's abbreviation
("CRvB"), a pool or an event named after someone ("Inge de Bruijnbad", "Ranomi Kromowidjojo Zwemgala"), a museum
("Anne Frankhuis"), a body's signature whose columns the parse closed up ("drs. A.C. Wolters-Ebbinge Ron König"), the
provinciesecretaris signing under the chair, an office's address after a function and its body's letters, health words
about a group or as a request's subject where the sentence names no one. REVIEW: what a reviewer found the first
version made worse.
"""

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
PERSONS_DATA = [
    (
        "Verbalisanten: J. Dijkman (BOA, domein I, nummer 40217) en S. Pelgrim (BOA, nummer 40388)\n"
        "Om 08:14 zagen wij een auto.\n",
        ["40217", "40388", "J. Dijkman"],
        ["08:14"],
    ),
    (
        "Vervanging via planning-handhaving@zutphen.nl. Wijzigingen via de teamleider, tst.\n2214.\n",
        ["2214"],
        ["planning-handhaving@zutphen.nl"],
    ),
    ("Met collegiale groet,\nM.J. Kamphuis\nAGB-code 01-048213\n", ["01-048213", "M.J. Kamphuis"], []),
    (
        "Bemiddelaars: Buurtbemiddeling Zutphen (vrijwilligers Carla Hengeveld en Ton\nWiegerinck)\n"
        "Datum: 9 april 2026\n",
        ["Carla Hengeveld", "Ton", "Wiegerinck"],
        ["Buurtbemiddeling Zutphen"],
    ),
    (
        "12-05-26 08:05 - Anneke dG: Vergadering bij mij thuis, Lekdijk-Oost 31, donderdag 20.00\n",
        ["Lekdijk-Oost 31"],
        ["donderdag 20.00"],
    ),
    (
        "Toezichthouders: R. Verhoeckx en M. Lindeboom-Çelik\nTwee dwangsommen zijn verbeurd.\n"
        "Opgemaakt op ambtseed, RV / MLC\n",
        ["RV", "MLC", "M. Lindeboom-Çelik"],
        ["Twee dwangsommen"],
    ),
    ("Aanwezig: Kees Verzaal en Anna de Wit.\n", ["Kees Verzaal"], []),
    (
        "Mulder Medisch Advies\nR.A. Mulder, arts M&G\nOoyerhoeksestraat 12, Zutphen\n",
        ["[Mulder] Medisch Advies", "R.A. Mulder"],
        ["Medisch Advies"],
    ),
    ("Khadija El Idrissi 09:20 Kaaj hier ik bel haar vanmiddag.\n", ["Kaaj", "Khadija El Idrissi"], ["vanmiddag"]),
    (
        "De heer Brinkhorst heeft ook een Bestuurderskaart (aangevraagd vanwege MS). Hij belde via MS Teams.\n",
        ["(aangevraagd vanwege [MS])", "Brinkhorst"],
        ["MS Teams"],
    ),
    ("Mevrouw G. Hoekstra\nWeg naar Laren 118\n7203 HL Zutphen\n", ["Weg naar Laren 118"], ["Zutphen"]),
    (
        "Presentielijst\n1. Rens Hofman Keizerstraat\n2. Marieke Hulshof Rivierenwijk 06 47 22 31 90\n"
        "Hulshof belt terug.\n",
        ["Rens Hofman", "Marieke Hulshof", "[Hulshof] belt"],
        ["Keizerstraat", "Rivierenwijk"],
    ),
    (
        "Contact: bewoners.jansen@gmail.com of vereniging.sanne@gmail.com\n",
        ["bewoners.jansen@gmail.com", "vereniging.sanne@gmail.com"],
        [],
    ),
]

NOT_PERSONS_DATA = [
    (
        "Het college wil een nachtelijk laadverbod voor het bedrijventerrein De Biezen opnemen.\n",
        [],
        ["De Biezen"],
    ),
    (
        "De persvoorlichter Merel Hoogendijk wil het persbericht op 29 juni 2026 uit laten gaan.\n",
        [],
        ["Merel Hoogendijk"],
    ),
    ("Contact vereniging: bewoners.lekdijkoost@gmail.com\n", [], ["bewoners.lekdijkoost@gmail.com"]),
    ("Vergelijk CRvB 12 oktober 2023 (ECLI:NL:CRVB:2023:1964) over de zorgvuldigheid.\n", [], ["CRvB"]),
    (
        "De wedstrijd is verplaatst naar het Inge de Bruijnbad. AvtR vraagt het Ranomi Kromowidjojo Zwemgala van juli "
        "te laten doorgaan.\n",
        [],
        ["Inge de Bruijnbad", "Ranomi Kromowidjojo Zwemgala"],
    ),
    ("Het Anne Frankhuis in Amsterdam ontving 1,2 miljoen bezoekers.\n", [], ["Anne Frankhuis"]),
    (
        "Offerte van Visser Bouw voor het dak.\nPostbus 12, Zwolle\nBehandeld door Bart Visser, wijkbeheerder\n",
        ["Bart Visser"],
        ["Visser Bouw"],
    ),
    (
        "Het college van burgemeester en wethouders van Deventer,\nde secretaris, de burgemeester,\n"
        "drs. A.C. Wolters-Ebbinge Ron König\nBehandelend ambtenaar: Karin Dijkema\n",
        ["Karin Dijkema"],
        ["A.C. Wolters-Ebbinge", "Ron König"],
    ),
    (
        "Gedeputeerde Staten van Utrecht,\nHans Oosters, voorzitter\nmr. drs. C. Bijl, secretaris\n",
        [],
        ["Hans Oosters", "C. Bijl"],
    ),
    (
        "Groet,\n– Ruud (Toezichthouder milieu, ODRU, Graadt van Roggenweg 500)\n",
        ["Ruud"],
        ["Graadt van Roggenweg 500"],
    ),
    (
        "Geachte heer Akkerman,\nOp 3 februari 2026 heeft u verzocht om openbaarmaking van documenten over de\n"
        "gehandicaptenparkeerkaart en de gereserveerde plaats.\n",
        [],
        ["gehandicaptenparkeerkaart"],
    ),
    (
        'Wethouder Kees Boersma: "Een plek voor de deur is voor veel mensen met een beperking onmisbaar. Daarom willen '
        'we dat hij gebruikt wordt door wie hem nodig heeft."\nInwoners die een gehandicaptenparkeerkaart aanvragen, '
        "kunnen kiezen voor een keuring aan huis.\n",
        [],
        ["met een beperking", "gehandicaptenparkeerkaart"],
    ),
    ("[17-3-2026 09:12] Marloes ter Haar: ik zet het op de agenda van het kwaliteitsoverleg GPK\n", [], ["GPK"]),
]

# what a reviewer of the change found it had made worse, fixed (each row failed on the first version)
REVIEW = [
    ("De heer Bakker is een van de patiënten met schizofrenie die in de Kerkstraat wonen.\n", ["schizofrenie"], []),
    ("Ik vraag informatie over de psychose van de heer Akkerman in 2023.\n", ["psychose", "Akkerman"], []),
    (
        "Het college van burgemeester en wethouders van Deventer,\nde secretaris,       de burgemeester,\n"
        "Opsteller Karin Dijkema\n",
        ["Karin Dijkema"],
        [],
    ),
    (
        "Contact: bewoners.dejong@gmail.com, comite.pietvandijk@gmail.com, dorpsraad.jdevries@kpnmail.nl\n",
        ["bewoners.dejong@gmail.com", "comite.pietvandijk@gmail.com", "dorpsraad.jdevries@kpnmail.nl"],
        [],
    ),
    ("Actie: RvdJ stuurt de stukken na.\n", ["RvdJ"], []),
    ("Zienswijze van Anneke de Graaf (secretaris DBV, Ringweg 44, Deventer)\n", ["Ringweg 44"], ["DBV"]),
    ("Gesprek met Jan Willem Harderwijk over de overlast.\n", ["Jan Willem Harderwijk"], []),
    ("Het oude toestel\n2019 is vervangen door een nieuw model.\n", [], ["2019"]),
    ("[09:12] Jan Bakker: Tennet hier. Tennet belt terug.\n", ["Jan Bakker"], ["Tennet"]),
    (
        "Behandeld door Bart Visser, wijkbeheerder.\nOfferte van Visser Bouw voor het dak.\n"
        "Door Visser Bouw is de offerte op tijd ingediend.\n",
        ["Bart Visser"],
        ["Visser Bouw"],
    ),
    (
        "De heer Akkerman heeft een gehandicaptenparkeerkaart en een eigen parkeerplaats.\n",
        ["gehandicaptenparkeerkaart"],
        [],
    ),
    ("De klacht is ingediend door Fatma Yazgala.\n", ["Fatma Yazgala"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS_DATA)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), REVIEW)
def test_what_the_review_found(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def _redacted(pdf: bytes) -> set[str]:
    config = load_config(None, None)
    findings = Detector(config).detect(parse_pdf(pdf, "x.pdf"))
    return {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}


def _complaints() -> bytes:
    """A complaints register whose address cells wrap the number under a street with its compass part
    ("Lekdijk-Oost" / "17"), and a note under it naming the residents' association after that street."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    for x, t in ((40, "Nr"), (100, "Melder"), (220, "Adres melder"), (320, "Omschrijving")):
        c.drawString(x, 700, t)
    rows = [
        (690, [(220, "Lekdijk-Oost")]),
        (680, [(40, "K-0112"), (100, "J. Brouwer"), (220, "17"), (320, "piepende signalen")]),
        (660, [(40, "K-0121"), (100, "Fatma Yıldız"), (220, "Sluisweg 4"), (320, "bonken laadklep")]),
        (600, [(40, "Klachten namens Bewonersvereniging Lekdijk-Oost gaan naar team Industrie.")]),
    ]
    for y, cells in rows:
        for x, t in cells:
            c.drawString(x, y, t)
    c.save()
    return buf.getvalue()


def test_a_wrapped_address_cell_with_a_compass_part() -> None:
    redacted = _redacted(_complaints())
    assert {"Lekdijk-Oost", "17", "Sluisweg 4"} <= redacted, redacted
    # (the street alone is no one's home: it is not spread to the association's name under the table)
    assert sum(1 for t in redacted if t == "Lekdijk-Oost") == 1 or "Bewonersvereniging" not in " ".join(redacted)


def _minutes() -> bytes:
    """Minutes: a paraph table (Naam | Functie | Paraaf), then numbered paragraphs in running text whose second line
    begins under the Naam column with a regulation's name."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for x, t in ((40, "Naam"), (200, "Functie"), (330, "Paraaf")):
        c.drawString(x, 760, t)
    for y, (name, function, code) in zip(
        (748, 736), (("Mirjam van 't Hoog", "beleidsadviseur", "MvtH"), ("R.J. Kamphuis", "controller", "RJK"))
    ):
        for x, t in ((40, name), (200, function), (330, code)):
            c.drawString(x, y, t)
    c.drawString(40, 712, "3. Hardheidsclausule. MvtH stelt voor de hardheidsclausule van artikel 9 van de")
    c.drawString(40, 700, "Beleidsregels Energietoeslag Deventer 2022 ruimer toe te passen voor huishoudens.")
    c.save()
    return buf.getvalue()


def test_a_paraph_table_ends_where_running_text_begins() -> None:
    redacted = _redacted(_minutes())
    assert {"Mirjam van 't Hoog", "R.J. Kamphuis", "MvtH", "RJK"} <= redacted, redacted
    assert not any("Energietoeslag" in t or "Beleidsregels" in t for t in redacted), redacted
