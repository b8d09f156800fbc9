"""The document's year (detect/dates.py): which register entries were in office when it was written."""

from __future__ import annotations

import pytest

from woo_redact.detect.dates import GRACE_YEARS, document_year, in_office


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Den Haag, 12 maart 2025\nOnderwerp: x", 2025),
        ("Datum 03-04-2019\nKenmerk 2019-0001", 2019),
        ("Verzonden: 2024-11-02 10:15", 2024),
        ("Kenmerk 2019-0001, versie 2025", None),  # numbers that are no full date
        ("x" * 3100 + " 1 mei 2020", None),  # beyond the opening: a date the document cites, not its own
        ("Brief van 1 juni 2021 over de brief van 3 mei 2018", 2021),  # the first full date
    ],
)
def test_document_year(text: str, year: int | None) -> None:
    assert document_year(text) == year


@pytest.mark.parametrize(
    ("start", "end", "year", "expected"),
    [
        ("2006-11-30", "2018-02-13", 2017, True),
        ("2006-11-30", "2018-02-13", 2018 + GRACE_YEARS, True),
        ("2006-11-30", "2018-02-13", 2018 + GRACE_YEARS + 1, False),
        ("2023-12-06", "", 2017, False),  # not yet in office
        ("2023-12-06", "", 2026, True),
        ("", "", 1990, True),  # period unknown: the whole register counts
        ("2006-11-30", "2018-02-13", None, True),  # year unknown
    ],
)
def test_in_office(start: str, end: str, year: int | None, expected: bool) -> None:
    assert in_office(start, end, year) is expected
