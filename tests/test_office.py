"""ingest/office.py and ingest/soffice.py: hidden channels of Word/OpenDocument files, the resident LibreOffice."""

from __future__ import annotations

import io
import os
import shutil
import signal
import time
import zipfile
from pathlib import Path

import pytest
from dossiergen import word_document
from hiddengen import ODT_HIDDEN, ODT_VISIBLE, VISIBLE_TEXT, hidden_docx, hidden_odt

from woo_redact import ingest
from woo_redact.ingest import soffice
from woo_redact.ingest.office import ConversionFailed, Converter, clean_docx, clean_odt
from woo_redact.prove.channels import open_pdf, read_channels
from woo_redact.prove.extract import extract_texts

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
needs_uno = pytest.mark.skipif(not soffice.uno_python()[0], reason="python3-uno is not installed")
MODES = [pytest.param(True, id="resident", marks=needs_uno), pytest.param(False, id="per-document")]


def _parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith((".xml", ".rels"))}


def _every_channel(pdf: bytes) -> str:
    """All a reader can get out of the PDF: the page text by three engines, every stream, string and the raw file."""
    texts = extract_texts(pdf)
    with open_pdf(pdf) as doc:
        ch = read_channels(doc, pdf)
    return "\n".join([*texts.values(), *ch.streams, *(t for _, t in ch.strings), ch.raw])


def _ours() -> list[int]:
    """The processes this test process started with a LibreOffice profile of its own (bridges and soffice)."""
    mark = f"woo-redact-soffice-{os.getpid()}-".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if mark in (entry / "cmdline").read_bytes():
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def _none_left(seconds: float = 5.0) -> list[int]:
    """:func:`_ours` once every process it lists has exited, or when ``seconds`` have passed: a SIGKILL
    is delivered at once, but the kernel takes a moment to end a process (its cmdline stays until then)."""
    deadline = time.monotonic() + seconds
    while (left := _ours()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def test_clean_docx_empties_every_hidden_channel_and_keeps_what_is_shown(tmp_path: Path) -> None:
    planted = hidden_docx(tmp_path / "h.docx")
    before = _parts((tmp_path / "h.docx").read_bytes())
    assert all(any(v in text for text in before.values()) for v in planted.values())  # the generator planted all
    after = _parts(clean_docx((tmp_path / "h.docx").read_bytes()))
    shown_parts = {n: t for n, t in after.items() if n.startswith(("word/document", "word/settings", "docProps/"))}
    shown_parts.update({n: t for n, t in after.items() if n.startswith("word/comments")})
    for channel, name in planted.items():
        if channel in ("first_page_header", "even_page_header"):
            continue  # their parts stay, unreferenced: checked below
        assert all(name not in text for text in shown_parts.values()), channel
    doc = after["word/document.xml"]
    assert VISIBLE_TEXT["body"] in doc and VISIBLE_TEXT["shown_despite_false_vanish"] in doc
    assert 'w:type="first"' not in doc and 'w:type="even"' not in doc and 'w:type="default"' in doc
    assert "<w:docVars" not in after["word/settings.xml"]


def test_a_hidden_run_keeps_its_field_marks(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from hiddengen import W

    d = docx.Document()
    p = d.add_paragraph("Datum: ")
    for xml in (
        '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:instrText> AUTHOR "Menno Walstra" </w:instrText></w:r>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>3 maart</w:t></w:r>",
        '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml.replace("<w:r>", f"<w:r {W}>", 1)))
    buf = io.BytesIO()
    d.save(buf)
    doc = _parts(clean_docx(buf.getvalue()))["word/document.xml"]
    assert "Walstra" not in doc and "3 maart" in doc
    assert [t for t in ("begin", "separate", "end") if f'w:fldCharType="{t}"' in doc] == ["begin", "separate", "end"]


def test_clean_odt_drops_hidden_sections_paragraphs_and_fields(tmp_path: Path) -> None:
    hidden_odt(tmp_path / "h.odt")
    raw = (tmp_path / "h.odt").read_bytes()
    cleaned = clean_odt(raw)
    with zipfile.ZipFile(io.BytesIO(cleaned)) as z:
        assert z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        content = z.read("content.xml").decode()
    for key in ("hidden_section", "condition_section", "hidden_text_field", "hidden_paragraph"):
        assert ODT_HIDDEN[key] not in content, key
    assert all(v in content for v in ODT_VISIBLE)


@needs_soffice
@pytest.mark.parametrize("resident", MODES)
def test_no_hidden_word_channel_reaches_the_pdf(tmp_path: Path, resident: bool) -> None:
    planted = hidden_docx(tmp_path / "h.docx")
    with Converter(resident=resident) as conv:
        assert conv.mode == ("resident" if resident else "per-document")
        pdf = conv.to_pdf((tmp_path / "h.docx").read_bytes(), ".docx", "h.docx")
    everything = _every_channel(pdf)
    leaked = [c for c, name in planted.items() if name.split()[-1] in everything or name.encode() in pdf]
    assert leaked == []
    shown = " ".join(extract_texts(pdf)["pdftotext"].split())
    assert all(v in shown for v in VISIBLE_TEXT.values())


@needs_soffice
def test_no_hidden_opendocument_channel_reaches_the_pdf(tmp_path: Path) -> None:
    planted = hidden_odt(tmp_path / "h.odt")
    with Converter() as conv:
        pdf = conv.to_pdf((tmp_path / "h.odt").read_bytes(), ".odt", "h.odt")
    everything = _every_channel(pdf)
    assert [c for c, name in planted.items() if name.split()[-1] in everything] == []
    shown = " ".join(extract_texts(pdf)["pdftotext"].split())
    assert all(v in shown for v in ODT_VISIBLE)


@needs_soffice
@needs_uno
def test_one_resident_soffice_serves_every_document_and_is_ended_at_the_close(tmp_path: Path) -> None:
    word_document(tmp_path / "brief.docx")
    data = (tmp_path / "brief.docx").read_bytes()
    conv = Converter()
    assert isinstance(conv.engine, soffice.Resident) and conv.engine.starts == 0  # started on first use
    pdfs = [conv.to_pdf(data, ".docx", f"brief-{i}.docx") for i in range(3)]
    engine = conv.engine
    assert isinstance(engine, soffice.Resident) and engine.starts == 1
    assert engine.soffice_pid in _ours() and all(p.startswith(b"%PDF-") for p in pdfs)
    profile_root = Path(conv._tmp.name)
    conv.close()
    assert _none_left() == [] and not profile_root.exists()


@needs_soffice
@needs_uno
def test_a_hang_kills_the_resident_soffice_and_the_next_document_gets_a_new_one(tmp_path: Path) -> None:
    word_document(tmp_path / "brief.docx")
    data = (tmp_path / "brief.docx").read_bytes()
    with Converter() as conv:
        conv.to_pdf(data, ".docx", "first.docx")  # started, profile made: the limit below is the document's alone
        engine = conv.engine
        assert isinstance(engine, soffice.Resident)
        first_pid = engine.soffice_pid
        conv.timeout = 0.01
        with pytest.raises(ConversionFailed, match="did not finish converting it within"):
            conv.to_pdf(data, ".docx", "slow.docx")
        assert _none_left() == []  # the bridge and its soffice were killed together
        conv.timeout = 120
        assert conv.to_pdf(data, ".docx", "next.docx").startswith(b"%PDF-")
        assert engine.starts == 2 and engine.soffice_pid != first_pid
    assert _none_left() == []


@needs_soffice
@needs_uno
def test_a_crashed_resident_soffice_is_restarted_and_the_document_converted(tmp_path: Path) -> None:
    word_document(tmp_path / "brief.docx")
    data = (tmp_path / "brief.docx").read_bytes()
    with Converter() as conv:
        conv.to_pdf(data, ".docx", "first.docx")
        engine = conv.engine
        assert isinstance(engine, soffice.Resident)
        bridge = engine._proc
        assert bridge is not None
        for pid in _ours():  # soffice dies under the bridge (the bridge itself stays)
            if pid != bridge.pid:
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
        assert conv.to_pdf(data, ".docx", "after.docx").startswith(b"%PDF-")  # in a soffice of its own
        assert engine.starts == 1 and _none_left() == []
        assert conv.to_pdf(data, ".docx", "next.docx").startswith(b"%PDF-")
        assert engine.starts == 2 and conv.mode == "resident"
    assert _none_left() == []


@needs_soffice
def test_without_python3_uno_soffice_is_started_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(soffice.UNO_PYTHON_ENV, "/nonexistent/python3")
    soffice.uno_python.cache_clear()
    try:
        conv = Converter()
        assert conv.mode == "per-document" and "python3-uno" in conv.fallback_reason
        conv.close()
    finally:
        monkeypatch.undo()
        soffice.uno_python.cache_clear()


@needs_soffice
@needs_uno
def test_a_resident_soffice_that_does_not_start_falls_back_to_one_per_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "bridge.py"
    broken.write_text('import json, sys\nprint(json.dumps({"ready": False, "error": "no office here"}))\n')
    monkeypatch.setattr(soffice, "BRIDGE", broken)
    word_document(tmp_path / "brief.docx")
    with Converter() as conv:
        pdf = conv.to_pdf((tmp_path / "brief.docx").read_bytes(), ".docx", "brief.docx")
        assert conv.mode == "per-document" and "no office here" in conv.fallback_reason
    assert "Ministerie van Voorbeeldzaken" in extract_texts(pdf)["pdftotext"]


@needs_soffice
def test_prepare_ends_every_workers_soffice(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        word_document(src / f"brief-{i}.docx")
    dossier = ingest.prepare(ingest.discover([src], tmp_path / "out").found, tmp_path / "out" / "work" / "ingest", 2)
    assert [i.processed for i in dossier.items] == [True, True, True]
    assert _none_left() == []


@needs_soffice
def test_a_run_publishes_no_name_from_a_hidden_channel(tmp_path: Path) -> None:
    from clitools import run_cli

    from woo_redact.errors import ExitCode

    src = tmp_path / "in"
    src.mkdir()
    planted = {**hidden_docx(src / "verborgen.docx"), **hidden_odt(src / "verborgen-odt.odt")}
    config = tmp_path / "config.yaml"
    config.write_text(
        f"audit:\n  key_file: {tmp_path / 'audit.key'}\n"
        'publication:\n  publisher: "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034"\n'
        "  motivation_annex: true\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    r = run_cli("run", src, "--out", out, "--config", config, "--no-progress")
    assert r.code == ExitCode.OK, r.stderr
    published = sorted(p for p in (out / "publish").rglob("*") if p.is_file())
    assert {p.name for p in published} >= {"verborgen.pdf", "verborgen-odt.pdf", "inventaris.csv", "diwoo-sitemap.xml"}
    outputs = {"stdout": r.stdout, "audit.jsonl": (out / "audit.jsonl").read_text(encoding="utf-8")}
    for p in published:
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                outputs[p.name] = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        else:
            outputs[p.name] = _every_channel(p.read_bytes()) if p.suffix == ".pdf" else p.read_text("utf-8-sig")
    leaks = [
        f"{where}: {channel}"
        for where, text in outputs.items()
        for channel, name in planted.items()
        if name.split()[-1].lower() in text.lower()
    ]
    assert leaks == []
    shown = " ".join(extract_texts((out / "publish" / "verborgen.pdf").read_bytes())["pdftotext"].split())
    assert VISIBLE_TEXT["body"] in shown and VISIBLE_TEXT["header"] in shown
