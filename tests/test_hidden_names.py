"""Names shared between the pages and the hidden channels: a name a sticky note's author or the document
properties give is sought on the pages ("Ter Beek" in the text, "Jurriën Ter Beek" only as the note's
author), and a page's name is sought in the bookmarks ("Esther Z." for "E.M. (Esther) Zijlstra-Abena"),
each bookmark alone (a name is not read across two of them)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact import load_config, redact_file


def _pdf(lines: list[str], note_author: str = "", bookmarks: tuple[str, ...] = (), author: str = "") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if author:
        c.setAuthor(author)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(lines):
        c.drawString(72, 760 - 16 * i, line)
    c.showPage()
    c.save()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        if note_author:
            note = Dictionary(
                Type=Name.Annot, Subtype=Name.Text, Rect=Array([400, 700, 420, 720]),
                Contents=String("Eerst afstemmen met P&O."), T=String(note_author),
            )  # fmt: skip
            pdf.pages[0].obj.Annots = pdf.make_indirect(Array([pdf.make_indirect(note)]))
        if bookmarks:
            with pdf.open_outline() as outline:
                outline.root.extend(pikepdf.OutlineItem(t, 0) for t in bookmarks)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _text(data: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def _bookmarks(data: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf, pdf.open_outline() as outline:
        return [str(item.title) for item in outline.root]


def test_a_notes_author_is_sought_on_the_page(tmp_path: Path) -> None:
    src = tmp_path / "melding.pdf"
    src.write_bytes(
        _pdf(["Dossiernotitie integriteitsmelding", "Gesprek plannen, in bijzijn van", "Ter Beek"], "Jurriën Ter Beek")
    )
    out = redact_file(src, load_config())
    assert "Ter Beek" not in _text(out.output)
    assert "Dossiernotitie integriteitsmelding" in _text(out.output)


def test_a_pages_name_is_sought_in_each_bookmark(tmp_path: Path) -> None:
    src = tmp_path / "nota.pdf"
    lines = ["Nota aan de minister", "Van: drs. E.M. (Esther) Zijlstra-Abena, directeur Luchtvaart", "Parafenroute"]
    src.write_bytes(_pdf(lines, bookmarks=("Nota", "Reactie Esther Z.", "Parafenroute")))
    out = redact_file(src, load_config())
    marks = _bookmarks(out.output)
    assert not any("Esther" in m for m in marks), marks
    assert "Parafenroute" in marks and "Nota" in marks, marks
    assert "Parafenroute" in _text(out.output)


def test_a_name_split_over_two_bookmarks_is_scrubbed_from_both(tmp_path: Path) -> None:
    """Fail closed: where a bookmark alone gives nothing, its piece of the name found across two is scrubbed."""
    src = tmp_path / "notitie.pdf"
    marks_in = ("Inleiding", "Gesprek met Tjitske", "Zijlstra over planning")
    src.write_bytes(_pdf(["Notitie over de planning van het project."], bookmarks=marks_in))
    out = redact_file(src, load_config())
    marks = _bookmarks(out.output)
    assert not any("Tjitske" in m or "Zijlstra" in m for m in marks), marks
    assert "Inleiding" in marks, marks


def test_the_authors_name_read_by_the_model_is_sought_on_the_pages(tmp_path: Path) -> None:
    """An Author of two words the model reads as a name, written in capitals in the running footer."""
    src = tmp_path / "verslag.pdf"
    lines = ["Verslag interviews geluidbelastingkaarten", "De experts zijn tevreden.", "AZARAKHSH RAFIEE  2"]
    src.write_bytes(_pdf(lines, author="Azarakhsh Rafiee"))
    out = redact_file(src, load_config())
    assert "RAFIEE" not in _text(out.output) and "AZARAKHSH" not in _text(out.output)
    assert "Verslag interviews geluidbelastingkaarten" in _text(out.output)


def test_a_one_word_author_is_not_sought_on_the_pages(tmp_path: Path) -> None:
    """An organisation as the Author ("Geonovum") is dropped with the properties, but stays on the pages."""
    src = tmp_path / "memo.pdf"
    src.write_bytes(_pdf(["Memo over de datasets", "Geonovum adviseert het ministerie."], author="Geonovum"))
    out = redact_file(src, load_config())
    assert "Geonovum adviseert" in _text(out.output)


def test_a_paraph_that_is_also_the_language_tags_country_is_proven(tmp_path: Path) -> None:
    """A redacted paraph "NL" and the catalog's /Lang "nl-NL": a language tag holds no one's data (the proof
    withheld the document before)."""
    data = _pdf(["Aanwezig: Nadia Lambrecht, Pieter Brink", "Actie: NL", "Besluit genomen."])
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.Lang = String("nl-NL")
        out = io.BytesIO()
        pdf.save(out)
    src = tmp_path / "verslag.pdf"
    src.write_bytes(out.getvalue())
    result = redact_file(src, load_config())
    assert "Lambrecht" not in _text(result.output) and "Actie:" in _text(result.output)
    with pikepdf.open(io.BytesIO(result.output)) as pdf:
        assert str(pdf.Root.Lang) == "nl-NL"


def test_a_notes_author_signing_with_initials_on_the_page(tmp_path: Path) -> None:
    # the author is named only as the note's author; the page gives her initials where a paraph stands
    src = tmp_path / "concept.pdf"
    src.write_bytes(
        _pdf(
            ["Kamerbrief over de Omgevingswet", "Concept v3 - opmerkingen THR verwerkt.", "Bijlage: tabel"],
            "Tjitske Hiemstra-Reitsmawier",
        )  # fmt: skip
    )
    out = redact_file(src, load_config())
    text = _text(out.output)
    assert "THR" not in text
    assert "Omgevingswet" in text and "Bijlage" in text


def test_an_address_encoded_in_a_links_uri_is_found_and_the_link_removed(tmp_path: Path) -> None:
    """A SafeLinks URL carries the author's address URL-encoded ("W.Fikken%40overijssel.nl"): read decoded, it is
    found, and the link that holds it goes (a clean link stays)."""
    src = tmp_path / "rapport.pdf"
    safe = (
        "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.overijssel.nl%2F&data=05%7C02%7C"
        "W.Fikken%40overijssel.nl%7Cabc"
    )
    with pikepdf.open(io.BytesIO(_pdf(["Omgevingseffectrapport fase 2a", "Zie de website van de provincie."]))) as pdf:
        links = [
            Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([72, 740, 300, 752]),
                       A=Dictionary(S=Name.URI, URI=String(uri)))
            for uri in (safe, "https://www.overijssel.nl/")
        ]  # fmt: skip
        pdf.pages[0].obj.Annots = pdf.make_indirect(Array([pdf.make_indirect(link) for link in links]))
        buf = io.BytesIO()
        pdf.save(buf)
    src.write_bytes(buf.getvalue())
    out = redact_file(src, load_config())
    assert b"Fikken" not in out.output
    with pikepdf.open(io.BytesIO(out.output)) as pdf:
        uris = [str(a.A.URI) for a in pdf.pages[0].obj.get(Name.Annots, [])]
    assert uris == ["https://www.overijssel.nl/"], uris
