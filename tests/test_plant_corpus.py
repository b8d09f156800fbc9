"""scripts/plant_corpus.py: planted text is written with codes the document already shows, and reads back."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pdfplumber
from pdfgen import make_note

ROOT = Path(__file__).resolve().parent.parent


def _plant_module():
    spec = importlib.util.spec_from_file_location("plant_corpus", ROOT / "scripts" / "plant_corpus.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["plant_corpus"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


LINES = (
    ("Helvetica", "Het Programma Versterking Woo loopt in Gemeente Leeuwarden en Zwolle sinds 2019."),
    ("Helvetica", "Contactpersonen, telefoonnummers en IBAN-gegevens staan in de bijlage van 2023."),
    ("Helvetica", "Bij de BSN-controle werkt de afdeling Burgerzaken mee, zie kwartaal 4 tot en met 8."),
    ("Helvetica", "Mail ons op het adres in de brochure (zie pagina 5) of bel ons gratis vanaf 17:00."),
)


def test_planted_text_uses_only_the_documents_own_characters_and_reads_back(tmp_path: Path) -> None:
    plant = _plant_module()
    src = make_note(tmp_path / "note.pdf", LINES)
    with pdfplumber.open(src) as pdf:
        original = "".join(page.extract_text() or "" for page in pdf.pages)
    data, rows, page = plant.plant_document(src, random.Random(1))
    assert page == 1 and rows
    out = tmp_path / "planted.pdf"
    out.write_bytes(data)
    with pdfplumber.open(out) as pdf:
        planted = " ".join((pdf.pages[0].extract_text() or "").split())
    for row in rows:
        assert set(row["text"]) - {" "} <= set(original), row["text"]
        for probe in row["probes"]:
            assert probe in planted, (probe, planted)
    assert {row["method"] for row in rows} == {"whole", "inplace"}
