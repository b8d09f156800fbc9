"""A body's decision signed in columns: each name judged by the office over it in its own column, the chair's
public, the secretary's only where the configured public titles hold it (gemeentesecretaris and
provinciesecretaris by default, not a water board's secretaris-directeur)."""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.config import load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.detect.cosignatures import column_office
from woo_redact.model import Action
from woo_redact.parse.text import document_from_text

COSIGNED = [
    # the parse's reading: the offices' row, then the names' row, a line each
    (
        "Het college van burgemeester en wethouders,\nde secretaris,\nde burgemeester,\nIlma Merkelbach\n"
        "Johan van Zandvoort",
        [],
        ["Ilma Merkelbach", "Johan van Zandvoort"],
    ),
    # the columns on one line each; the chair of Gedeputeerde Staten is the Commissaris van de Koning
    (
        "Gedeputeerde Staten van Overijssel,\nde voorzitter,                      de secretaris,\n\n"
        "Johan van Zandvoort                 Ilma Merkelbach",
        [],
        ["Johan van Zandvoort", "Ilma Merkelbach"],
    ),
    # a water board: the dijkgraaf stays, the secretaris-directeur goes
    (
        "Het dagelijks bestuur van het Hoogheemraadschap,\nDe dijkgraaf,\nDe secretaris-directeur,\nJ. Rietkerk\n"
        "W. Plugge",
        ["W. Plugge"],
        ["J. Rietkerk"],
    ),
    # the offices under the names, as Word's signature table prints them (a line each, or the columns on one line)
    (
        "Het college van burgemeester en wethouders Wassenaar,\ndrs. K.D. Handstede\ndrs. L.A. de Lange\n"
        "Gemeentesecretaris\nBurgemeester\nDeze besluitenlijst is digitaal vastgesteld.",
        [],
        ["K.D. Handstede", "L.A. de Lange"],
    ),
    (
        "Het college van burgemeester en wethouders Wassenaar,\ndrs. A.P.A. Oostermeijer,      drs. L.A. de Lange,\n"
        "loco-gemeentesecretaris        burgemeester",
        [],
        ["A.P.A. Oostermeijer", "L.A. de Lange"],
    ),
    # each name after its office on one line under the body
    (
        "Burgemeester en wethouders van Schiedam,\nde secretaris, Wim Sarlemijn - de burgemeester, Cor Lamers",
        [],
        ["Wim Sarlemijn", "Cor Lamers"],
    ),
    # no body over the offices: a civil servant under "de voorzitter" of a working group is no office holder
    ("De werkgroep,\nde voorzitter,\nde secretaris,\nJan Mulderink\nIlma Merkelbach", ["Jan Mulderink"], []),
    # a besluitenlijst's attendance line: the gemeentesecretaris (also acting) stays, the minute-taker goes
    (
        "Aanwezigen   Burgemeester L. de Lange, gemeentesecretaris N. Kramer, loco-gemeentesecretaris D. Bouwens en "
        "Y. van Boheemen voor de verslaglegging.",
        ["Y. van Boheemen"],
        ["N. Kramer", "D. Bouwens", "L. de Lange"],
    ),
    # the rector magnificus in apposition
    ("De rector magnificus, prof. dr. Henk Kummeling, opende het academisch jaar.", [], ["Henk Kummeling"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), COSIGNED)
def test_cosigned_decisions(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_column_office_names_the_law_s_office() -> None:
    text = "Gedeputeerde Staten van Overijssel,\nde voorzitter,\nde secretaris,\nJohan van Zandvoort\nIlma Merkelbach"
    start = text.index("Ilma")
    office = column_office(text, start, start)
    assert office is not None and office.office == "provinciesecretaris" and office.printed == "de secretaris,"
    assert column_office(text, text.index("Johan"), text.index("Johan")).office == "commissaris van de koning"


def test_a_secretary_s_office_left_out_of_public_titles_redacts_the_name() -> None:
    """Where the organisation does not publish its gemeentesecretaris's name, taking the office out of public_titles
    redacts it; the burgemeester beside stays."""
    config = load_config(None, None)
    titles = tuple(t for t in config.public_titles if t != "gemeentesecretaris")
    config = config.model_copy(update={"public_titles": titles})
    doc = document_from_text(
        "Het college van burgemeester en wethouders,\nde secretaris,\nde burgemeester,\n"
        "Ilma Merkelbach\nJohan van Zandvoort"
    )
    findings = Detector(config).detect(doc)
    actions = {f.text: d.action for f, d in zip(findings, decide(findings, config))}
    assert actions.get("Ilma Merkelbach") is Action.REDACT and actions.get("Johan van Zandvoort") is Action.KEEP
