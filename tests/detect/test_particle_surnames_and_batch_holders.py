"""Session 51's rules, one table per rule class: a surname with a capital "Van der"/"Van den" particle whose last part
is a place's name too, and an office holder's surname alone where another document of the batch redacts a person of
that surname."""

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
]


@pytest.mark.parametrize(("text", "names", "surname", "redacted"), BATCH_HOLDERS)
def test_office_holder_surname_redacted_elsewhere(text: str, names: list[str], surname: str, redacted: bool) -> None:
    config, detector = _detector(())
    doc = document_from_text(text)
    findings = detector.detect(doc, names)
    decisions = decide(findings, config)
    start = doc.text.index(surname)
    hits = [d.action.value for f, d in zip(findings, decisions) if f.start <= start < f.end]
    assert hits, f"{surname!r} not found at all"
    assert ("redact" in hits) is redacted, hits
