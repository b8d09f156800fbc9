"""Names and addresses in table cells that wrap over several lines, one word a line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from detecttools import check
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.detect.recognizers.cells import _cells, _segments
from woo_redact.model import Action
from woo_redact.parse import parse_pdf
from woo_redact.parse.text import document_from_text

WRAPPED_CELLS = [
    # two first names that are surnames too, the particle and surname wrapped to the cell's next line (a particle
    # in small letters begins no name of its own)
    (
        "Locatie      Eigenaar             Waarneming\n"
        "km 942,6     Adrianus Cornelis    Dassenburcht in\n"
        "             van Wijk             binnentalud\n"
        "km 945,1     Staatsbosbeheer      Wel met zandmeevoering\n",
        ["Adrianus Cornelis", "van Wijk"],
        ["Staatsbosbeheer", "binnentalud"],
    ),
    # an attendance table that gives first names and surnames in columns of their own; an address the cell cut
    (
        "Nr.   Voornaam     Naam          Email                               Organisatie\n"
        "1     Alexander    Potloot       alexander.potloot@vlaanderen.be     Digitaal Vlaanderen\n"
        "5     Marijke      Brondeel      marijke.blondeel@stad.gent          Stad Gent\n"
        "6     Roel         De Ryck       roel.deryck@mow.vlaanderen.be       Agentschap Wegen\n"
        "15    Patrick      Vandijck      patrick.vandijck@vlaamsbrabant.b    Provincie Vlaams-Brabant\n",
        ["Potloot", "Brondeel", "De Ryck", "Marijke", "patrick.vandijck@vlaamsbrabant.b"],
        ["Digitaal Vlaanderen", "Stad Gent", "Provincie Vlaams-Brabant", "Organisatie"],
    ),
    # a name written surname first whose first name is a word (or a month) too, wrapped after the comma; a
    # system's spelling in brackets after it
    (
        "Nr        Naam              Functie\n"
        "101846    Op de Beeck,      Adviseur verkeersveiligheid\n"
        "          Storm\n"
        "102290    Novák,            Jurist\n"
        "          J. (Novak)\n"
        "105590    D'Angelo,         Communicatieadviseur\n"
        "          Mei\n",
        ["Op de Beeck", "Storm", "Novák", "J. (Novak)", "D'Angelo", "Mei"],
        ["Adviseur verkeersveiligheid", "Jurist"],
    ),
    # a column headed by the people's role, surnames in capitals, the first name wrapped after the comma
    (
        "Nr    Indiener          Adres                                   Samenvatting\n"
        "1     WIJBENGA,         Tsjerk Hiddesstraat 12, 8601 BN Sneek   Vreest verkeersoverlast.\n"
        "      Sjoukje\n"
        "2     DE JONG,          Kerkstraat 4, 8601 AB Sneek             Vreest geluid.\n"
        "      Pieter\n",
        ["WIJBENGA", "Sjoukje", "DE JONG", "Pieter", "Kerkstraat 4"],
        ["Indiener", "Sneek", "Samenvatting"],
    ),
    # a narrow Naam column without row padding: the cells run together, a first name begins each
    (
        "Naam          Organisatie      E-mail\n"
        "Bart          Douane           secretariaat@douane.nl\n"
        "van\n"
        "den\n"
        "Berg\n"
        "Sophie        Havenbedrijf     info@haven.nl\n"
        "Lambrechts\n",
        ["Bart", "van", "den", "Berg", "Sophie", "Lambrechts"],
        ["Douane", "Havenbedrijf", "Naam"],
    ),
    # an address column: street, number, postcode and place each on a line; the place stays, and so does
    # a house number of one or two digits alone on its line (it identifies no one without its street)
    (
        "Naam                  Thuisadres\n"
        "Ruben de Winter       Ginnekenweg\n"
        "                      212\n"
        "                      4835 NH\n"
        "                      Breda\n"
        "Mariska van Dijk      Oude\n"
        "                      Vest\n"
        "                      9\n"
        "                      4811 HT\n"
        "                      Breda\n",
        ["Ginnekenweg", "212", "4835 NH", "Oude", "Vest", "4811 HT", "Ruben de Winter"],
        ["Breda", "Thuisadres"],
    ),
    # a function that wraps is no name, an office holder's name in a cell stays
    (
        "Naam             Functie\n"
        "Ahmed            burgemeester\n"
        "Aboutaleb\n"
        "Gert             vestigings-\n"
        "Jansen           directeur\n",
        ["Gert", "Jansen"],
        ["Ahmed", "Aboutaleb", "vestigings-", "directeur"],
    ),
    # a title before the first name, a column's header above it, a roepnaam in brackets
    (
        "Rol                Naam\n"
        "Operationeel       ir. Diederik\n"
        "leider             van Lohuizen\n"
        "Vervanger\n"
        "Hatice\n"
        "Kocak-Brons\n"
        "Informatie         J.P. (Joop)\n"
        "                   den Hartog\n",
        ["Diederik", "Lohuizen", "Hatice", "Kocak-Brons", "Hartog"],
        ["ir.", "Vervanger", "Operationeel"],
    ),
    # a list in capitals, surname first: "VAN DER PLOEG-" / "BAKKER, M.", "DE LA COURT," / "S.C.E."
    (
        "NAAM               FUNCTIE\nVAN DER PLOEG-     Directeur\nBAKKER, M.\nDE LA COURT,       Jurist\nS.C.E.\n",
        ["PLOEG-", "BAKKER, M.", "COURT", "S.C.E."],
        ["Directeur", "Jurist", "NAAM"],
    ),
    # the contact person in brackets after a company, the bracket broken over the cell's lines
    (
        "Inschrijver                   Vraag\n"
        "Hago Nederland (Wojciech      Geldt de verplichting?\n"
        "Lewandowski)\n"
        "Stichting Het Groene Dak      Is het perceel\n"
        "(bouwkundig advies)           definitief?\n",
        ["Wojciech", "Lewandowski"],
        ["Hago Nederland", "bouwkundig advies", "Stichting Het Groene Dak"],
    ),
    # a first name and, below it in its cell, the surname in capitals, whatever else the word means in English;
    # an acronym below a first name is the next cell's
    (
        "Name                     Organisation / address             Phone\n"
        "Marvin                   Statia Fishermen's Association     +599 319 6081\n"
        "HOOKER\n"
        "Anne-Marie Leerdam       RCN-unit SZW (observer)            -\n"
        "Jan                      adviseur\n"
        "BZK\n",
        ["Marvin", "HOOKER", "Anne-Marie Leerdam"],
        ["BZK", "Statia Fishermen's Association"],
    ),
    # a first name no list knows over a known surname; a school's name in the next column stays
    (
        "Dossier            Leerling                            Geb.datum         School\n"
        "RBL-26-3135        DE BRUIJN, Fleur                    09-11-2010        Christelijk Lyceum Gouda\n"
        "RBL-26-3142        Oliwia                              21-02-2012        Het Segment\n"
        "                   Zielińska\n"
        "RBL-26-3149        Kerem Aydoğan                       14-06-2011        Coornhert Gymnasium\n",
        ["Oliwia", "Zielińska", "DE BRUIJN, Fleur"],
        ["Het Segment", "Christelijk Lyceum Gouda", "Coornhert Gymnasium"],
    ),
    # a whole name, and under it, alone on its row, the rest of the surname: the row's number column is empty there
    (
        "Nr    Naam                                  Geboortedatum       Geboorteland        Gast(en)\n"
        "3     Oksana Melnyk                         22-03-1979          Oekraïne            3\n"
        "5     María José García                     27-05-1992          Spanje              0\n"
        "      Ortega\n"
        "6     Rahul Venkataraman                    09-11-1988          India               2\n",
        ["María José García", "Ortega", "Oksana Melnyk", "Rahul Venkataraman"],
        ["Spanje", "India", "Geboorteland"],
    ),
]


def test_cells_split_at_a_narrow_gap() -> None:
    """Two cells of a row 1.2 font sizes apart are one line of the parse but two cell lines."""
    doc = document_from_text("06-26 44 19 05  Marco\nJan de Vries is er")
    lines = _segments(doc)
    assert [doc.text[ln.start : ln.end] for ln in lines] == ["06-26 44 19 05", "Marco", "Jan de Vries is er"]
    assert lines[1].box.x0 > lines[0].box.x1 and lines[1].first_word == 4 and lines[1].n_words == 1


@pytest.mark.parametrize(("text", "redact", "keep"), WRAPPED_CELLS)
def test_wrapped_cell(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def _padded_table() -> bytes:
    """A table whose rows are padded a little (5 pt more between rows than between a cell's wrapped lines); the name
    column's header is a word no list of headers holds."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 7)
    rows = [
        (["Nr"], ["Partij"], ["Samenvatting"]),
        (["1"], ["WIJBENGA,", "Sjoukje"], ["Vreest verkeersoverlast."]),
        (["2"], ["Wetterskip Fryslân"], ["Watercompensatie berekenen."]),
        (["3"], ["Hoekstra-Nauta,", "Anneke"], ["Schaduw op tuin."]),
    ]
    y = 760.0
    for cells in rows:
        for x, cell in zip((60, 100, 260), cells):
            for k, line in enumerate(cell):
                c.drawString(x, y - 8 * k, line)
        y -= 8 * max(len(cell) for cell in cells) + 5
    c.save()
    return buf.getvalue()


def test_padded_rows_part_the_cells() -> None:
    """A wrapped cell is cut from the header over it and the next row's cell under it by the rows' padding:
    "WIJBENGA," / "Sjoukje" is one name, "Partij" and "Wetterskip Fryslân" no part of it."""
    config = load_config(None, None)
    doc = parse_pdf(_padded_table(), "table.pdf")
    lines = _segments(doc)
    chains = [[doc.text[lines[k].start : lines[k].end] for k in chain] for chain in _cells(doc, lines)]
    assert ["WIJBENGA,", "Sjoukje"] in chains and ["Hoekstra-Nauta,", "Anneke"] in chains, chains
    findings = Detector(config).detect(doc)
    redacted = {f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT}
    assert {"WIJBENGA", "Sjoukje", "Hoekstra-Nauta", "Anneke"} <= redacted, redacted
    assert not any("Partij" in t or "Wetterskip" in t for t in redacted), redacted


_MIXED50 = Path(__file__).resolve().parents[2] / "eval" / "blind" / "mixed50" / "docs"


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        # "De heer Ruud" / "Kamphuis": a title and a first name that is a surname too, the surname on the next line
        ("bh02_prorail_omwonendenoverleg.pdf", "Kamphuis"),
        # "Ir. Hendrika" / "(Rieke) Boersma": the name she goes by in brackets before the surname
        ("bh21_contactlijst_projectteam_zuidasdok.pdf", "Boersma"),
    ],
)
def test_wrapped_names_in_real_tables(name: str, surname: str) -> None:
    """Cells of real layouts the one-column rule texts cannot build (a regression floor of set BH)."""
    doc = parse_pdf((_MIXED50 / name).read_bytes(), name)
    config = load_config(None, None)
    findings = Detector(config).detect(doc)
    redacted = [f.text for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT]
    assert any(surname in t for t in redacted), redacted
