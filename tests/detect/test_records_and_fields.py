"""Session 54's rules, one table per rule class: a personal record's fields (a diagnosis, a medication, a belief)
say whose their values are, and their labels are no one's data."""

from __future__ import annotations

import pytest
from detecttools import check

# text, redacted, kept
RECORD_FIELDS = [
    # a journal's diagnosis after a sentence without a person's word: the field says it is the client's
    (
        "12-03-2025 SEI Intake Pro Persona geweest. Diagnose: ASS (autismespectrumstoornis) en een depressieve "
        "episode. Wachttijd behandeling 14 weken.",
        ["ASS", "autismespectrumstoornis", "depressieve"],
        ["Diagnose", "Pro Persona"],
    ),
    # the field's label is no one's data; its value is
    ("Medicatie: methylfenidaat 10 mg, melatonine\n", ["methylfenidaat", "melatonine"], ["Medicatie"]),
    # a belief field's whole value, whatever its words; "geen" says nothing
    (
        "Vaccinatiestatus : ongevaccineerd\nGeloofsovertuiging : lid van de Gereformeerde Gemeente in Nederland\n"
        "Woonplaats : Ottoland\n",
        ["lid van de Gereformeerde Gemeente in Nederland"],
        ["Geloofsovertuiging", "Ottoland"],
    ),
    ("Religie: geen\nWoonplaats: Gouda\n", [], ["Religie: geen"]),
    # a text about a diagnosis in general: no field, no person
    ("Het aantal jongeren met ADHD stijgt. Diagnose van ADHD kost tijd.", [], ["ADHD", "Diagnose"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), RECORD_FIELDS)
def test_record_fields(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
