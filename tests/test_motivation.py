"""The filled-in section is the standard one: heading, *Motivering*, then the text, for every placeholder form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdfgen import make_note

from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.pipeline import run_document
from woo_redact.prove import extract_texts

HEADING = "Informatie die niet openbaar gemaakt kan worden"
BODY = (
    ("Helvetica-Bold", "Aanleiding"),
    ("Helvetica", "Mevrouw Sanne Visser heeft met minister Verhoeven overlegd over de Woo."),
    ("Helvetica", "Het Programma Versterking Woo loopt in Gemeente Leeuwarden."),
    ("Helvetica", ""),
)
PLACEHOLDERS = [
    "",  # an empty body: the heading is the last line
    "[Nog in te vullen]",
    "Nog in te vullen",
    "in te vullen",
    "n.v.t.",
    "PM",
    "xxx",
    "...",
    "…",
    "___",
    "<in te vullen>",
    "(motivering nog in te vullen)",
]


@pytest.fixture(scope="module")
def engine() -> tuple:
    config = load_config()
    return config, Detector(config)


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("placeholder", PLACEHOLDERS, ids=lambda p: repr(p))
def test_subheading_is_written_under_an_empty_or_placeholder_section(
    tmp_path: Path, engine: tuple, placeholder: str
) -> None:
    config, detector = engine
    lines = [*BODY, ("Helvetica-Bold", HEADING)] + ([("Helvetica", placeholder)] if placeholder else [])
    note = make_note(tmp_path / "n.pdf", lines)
    p = run_document(note.read_bytes(), str(note), config, detector)
    assert p.motivation.mode.value == "fill", "written into the note's own section"
    assert p.motivation.subheading == "Motivering"
    for engine_name, raw in extract_texts(p.output).items():
        text = _norm(raw)
        assert text.count(HEADING) == 1, engine_name
        after = text[text.index(HEADING) + len(HEADING) :]
        if placeholder:
            assert placeholder not in after, f"{engine_name}: the placeholder stays"
        if engine_name == "pdfium":  # content-stream order: the boxes' labels come last, so no order here
            assert "Motivering" in after
            continue
        assert re.match(r"\s*Motivering\b", after), f"{engine_name}: {after[:80]!r}"
        assert "alle persoonsgegevens van ambtenaren geanonimiseerd" in after, engine_name
    assert "Motivering" in p.added_text and p.proof.passed


def test_existing_subheading_is_not_repeated(tmp_path: Path, engine: tuple) -> None:
    config, detector = engine
    note = make_note(tmp_path / "n.pdf", motivation_placeholder=True)  # heading, Motivering, [Nog in te vullen]
    p = run_document(note.read_bytes(), str(note), config, detector)
    assert p.motivation.mode.value == "fill" and p.motivation.subheading == ""
    text = _norm(extract_texts(p.output)["pdfplumber"])
    assert text.count("Motivering") == 1 and "[Nog in te vullen]" not in text
    assert text.index(HEADING) < text.index("Motivering") < text.index("geanonimiseerd")
