"""Public text of reports: authors of cited publications stay readable (rule ``cited_author``,
woo_redact/detect/citations.py), a name with a birth year or an honorific does not; IT products and a
vendor's product ("Microsoft’s Azure") are no persons."""

from __future__ import annotations

import pytest
from detecttools import check, run

REFS = "\nLiteratuur\nDijkstra, Edsger W. (1972). Notes on Structured Programming. Academic Press.\n"

CITED = [
    # in-text citations in a report with a list of references: the authors stay
    (
        "Regels moeten kenbaar zijn (Voermans et al., 2011). Fuller (1969) noemt dat congruentie; "
        "testen bewijst geen afwezigheid van fouten (Dijkstra, 1972)." + REFS,
        [],
        ["Voermans", "Fuller", "Dijkstra"],
    ),
    # a reference list's entries: surname, given name and year, then a title
    (
        "Zie (Dijkstra, 1972).\nLiteratuur\nFuller, Lon L. (1969). The Morality of Law. New Haven: Yale University "
        "Press.\nVoermans, Wim et al. (2011). Juridische betekenis en reikwijdte van het beginsel.\n",
        [],
        ["Fuller, Lon L.", "Voermans, Wim"],
    ),
]

AUTHOR_LISTS = [
    # a publication's authors as a reference prints them are no list of staff
    (
        "Revollo, B., Blanco, I., Soler, P., Toro, J., & Llibre, J. M. (2021). Same-day SARS-CoV-2 antigen test.",
        [],
        ["Revollo, B.", "Blanco, I.", "Toro, J."],
    ),
    # ... but "Surname, I." in a list of recipients is a person
    (
        "Afzender: Abdullahi, H.; Boukhari, F.\nVersie\n06- Knijff, W.",
        ["Abdullahi, H.", "Boukhari, F.", "Knijff, W."],
        [],
    ),
]

NOT_CITED = [
    # children with their birth years are a family, not a bibliography
    (
        "Gezinssamenstelling: mevrouw Fatima Ouali en haar kinderen Sara (2012) en Yonas (2015)." + REFS,
        ["Fatima Ouali", "Sara", "Yonas"],
        [],
    ),
    # initials or an honorific before the name: a person, whatever year follows
    (
        "Gezinsleden: M. Yildiz (1985) en A. Yildiz (2012); zoals mevrouw Koster (2021) schreef." + REFS,
        ["M. Yildiz", "A. Yildiz", "Koster"],
        [],
    ),
    # without a list of references, names with years are no citations ("(Jansen, 1985)" is a birth year)
    (
        "Op 3 mei sprak de toezichthouder met Bakker (2021) en Pietersen (2019); de melding deed Jan Pietersen.",
        ["Pietersen", "Jan Pietersen"],
        [],
    ),
    # entries with years and a sentence, but no heading of sources: a family, not a bibliography
    (
        "Gezinssamenstelling:\nYildiz, Mehmet (1985). Vader van het kind en woont in Utrecht.\n"
        "Yildiz, Ayse (1988). Moeder van het kind en werkt in Zeist.",
        ["Mehmet", "Ayse"],
        [],
    ),
    # one name with a year is not yet a text that cites: the contact person stays redacted
    ("Contactpersoon: Ruud Verkerk (2019 tot heden). Verkerk (2019) is bereikbaar.", ["Ruud Verkerk", "Verkerk"], []),
]

TABLES = {"cited": CITED, "not_cited": NOT_CITED, "author_lists": AUTHOR_LISTS}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_the_keep_is_explained() -> None:
    out = run("Zie (Voermans et al., 2011) en (Dijkstra, 1972)." + REFS)
    decision = out.decision_of("Voermans")
    assert decision is not None and decision.action.value == "keep"
    assert decision.reason.startswith("author of a cited publication:")


ORGANISATIONS_BY_CONTEXT = [
    # a first name as the first part of a compound, or a model named with its year, is no one
    ("De Geo-broker levert de X-coördinaat (Lambert ’72).", [], ["Geo-broker", "Lambert ’72"]),
    # a table's head over an alternating list of names and organisations
    (
        "Attendees:\nAttendee Name\nAffiliation\nBart Boute\nWVI\nBrecht Vandewalle\nFOD Financiën\n"
        "Kristof Mijnendonckx\nPidpa\nSoetkin Vanassche\nBrandweerzone Centrum",
        ["Bart Boute", "Soetkin Vanassche"],
        ["Attendee Name", "Affiliation"],
    ),
    # an organisation named by the document's own mail or web domain, also as a header's value
    (
        "Aan\tGebruikers RO Standaarden\nVan\tGeonovum, beheerder RO Standaarden\nHet register dat Geonovum beheert."
        "\nE info@geonovum.nl  I www.geonovum.nl\nContact: Jan van Rossum (j.vanrossum@rossum.nl)",
        ["Jan van Rossum"],
        ["Geonovum"],
    ),
    # ... but not a person's own domain, nor a name the text gives a first name
    (
        "Van: Hüsnü Karadağ <h.karadag@karadag.com>\nKaradag belt morgen.\nVan: Tjitske Oyelaran <t.o@gemeente.nl>\n"
        "Cc: info@oyelaran.nl\nOyelaran stuurt het stuk door.",
        ["Karadag", "[Oyelaran] stuurt"],
        [],
    ),
    # in brackets after a person's name: the person's organisation
    (
        "Aanwezig: Wim Van Acker (Cipal Schaubroek), Bert Van Nuffelen (Tenforce).",
        ["Wim Van Acker", "Bert Van Nuffelen"],
        ["Cipal Schaubroek", "Tenforce"],
    ),
]

PRODUCTS = [
    # IT products and platforms in an architecture document are no persons, nor is a vendor's product
    (
        "Gebruik een streaming platform als Apache Kafka of RabbitMQ; Microsoft’s Azure kent Azure Event Grid, "
        "en Amazon’s AWS Kinesis is een alternatief. Contact: Gerhson Jansen.",
        ["Gerhson Jansen"],
        ["Apache Kafka", "RabbitMQ", "Microsoft’s Azure", "Azure Event Grid"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PRODUCTS + ORGANISATIONS_BY_CONTEXT)
def test_products(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
