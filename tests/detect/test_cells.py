"""Names and addresses in table cells that wrap over several lines, one word a line."""

from __future__ import annotations

import pytest
from detecttools import check

WRAPPED_CELLS = [
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
]


@pytest.mark.parametrize(("text", "redact", "keep"), WRAPPED_CELLS)
def test_wrapped_cell(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
