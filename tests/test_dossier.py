"""A whole Woo dossier through `woo-redact run`: a PDF, a DOCX, an ODT, e-mails with attachments, an MSG.

Done when (issue 14): a disclosure PDF for each (attachments included), the family
and thread columns filled, no personal data from the sources' headers, properties
or comments in any output, and every DiWoo record valid against 0.9.8.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pikepdf
import pytest
from clitools import CliResult, run_cli
from dossiergen import HIDDEN, PLANTED, SURNAMES, make_dossier
from lxml import etree

from woo_redact.disclose import diwoo
from woo_redact.errors import ExitCode

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
BZK = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034"
EXPECTED_PDFS = {
    "nota.pdf",
    "brief.pdf",
    "verslag.pdf",
    "outlook.pdf",
    "outlook.bijlage-1.pdf",
    "mail/planning.pdf",
    "mail/planning.bijlage-1.pdf",
    "mail/reactie.pdf",
}


@pytest.fixture(scope="module")
def dossier_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, CliResult]:
    base = tmp_path_factory.mktemp("dossier")
    src = make_dossier(base / "in")
    config = base / "config.yaml"
    config.write_text(
        f"audit:\n  key_file: {base / 'audit.key'}\n"
        f'publication:\n  publisher: "{BZK}"\n  publisher_label: "ministerie van BZK"\n'
        "  motivation_annex: true\n",
        encoding="utf-8",
    )
    out = base / "out"
    return src, out, run_cli("run", src, "--out", out, "--config", config, "--no-progress")


def _inventory(out: Path) -> list[dict[str, str]]:
    text = (out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(text.splitlines(), delimiter=";"))


def test_every_document_and_attachment_gets_a_disclosure_pdf(dossier_run) -> None:  # noqa: ANN001
    _, out, r = dossier_run
    assert r.code == ExitCode.OK, r.stderr
    published = {str(p.relative_to(out / "publish")) for p in (out / "publish").rglob("*.pdf")}
    assert published == EXPECTED_PDFS
    statuses = {line["output"]: line["status"] for line in r.lines}
    assert statuses["aantekeningen.txt"] == "not processed"
    assert all(statuses[p] == "written" for p in EXPECTED_PDFS)
    assert "not processed: " in r.stderr and "aantekeningen.txt" in r.stderr and ".txt is not supported" in r.stderr
    sources = {line["output"]: line.get("source", "") for line in r.lines}
    assert sources["brief.pdf"].endswith("brief.docx") and sources["outlook.bijlage-1.pdf"].endswith("outlook.msg")
    assert sources["nota.pdf"] == ""  # a PDF of the input is its own source


def test_inventory_has_one_row_per_document_with_family_thread_and_duplicates(dossier_run) -> None:  # noqa: ANN001
    _, out, _ = dossier_run
    rows = _inventory(out)
    by_name = {row["Documentnaam"]: row for row in rows}
    assert set(by_name) == EXPECTED_PDFS | {"aantekeningen.txt"}
    ids = {name: row["Nr."] for name, row in by_name.items()}
    assert by_name["aantekeningen.txt"]["Beoordeling"] == "niet beoordeeld"
    assert by_name["aantekeningen.txt"]["Opmerking"].startswith("Niet verwerkt: type .txt is not supported")
    # families: an e-mail and its attachment share the e-mail's ID; a document on its own is its own family
    assert by_name["mail/planning.bijlage-1.pdf"]["Family ID"] == ids["mail/planning.pdf"]
    assert by_name["outlook.bijlage-1.pdf"]["Family ID"] == by_name["outlook.pdf"]["Family ID"] == ids["outlook.pdf"]
    assert by_name["brief.pdf"]["Family ID"] == ids["brief.pdf"]
    # threads: the reply (In-Reply-To) is in the thread of the first message
    thread = by_name["mail/planning.pdf"]["Email Thread ID"]
    assert thread == ids["mail/planning.pdf"] == by_name["mail/reactie.pdf"]["Email Thread ID"]
    assert by_name["outlook.pdf"]["Email Thread ID"] == ids["outlook.pdf"] != thread
    assert by_name["nota.pdf"]["Email Thread ID"] == ""
    # the first message is quoted in the reply: reviewed there
    assert by_name["mail/planning.pdf"]["Gerelateerd ID"] == ids["mail/reactie.pdf"]
    assert by_name["mail/planning.pdf"]["Beoordeling"] == "reeds openbaar/duplicaat"
    assert by_name["mail/reactie.pdf"]["Gerelateerd ID"] == ""
    types = {name: row["File type"] for name, row in by_name.items()}
    assert types == {
        "nota.pdf": "pdf", "brief.pdf": "docx", "verslag.pdf": "odt", "outlook.pdf": "msg",
        "outlook.bijlage-1.pdf": "pdf", "mail/planning.pdf": "eml", "mail/planning.bijlage-1.pdf": "pdf",
        "mail/reactie.pdf": "eml", "aantekeningen.txt": "txt",
    }  # fmt: skip
    assert by_name["mail/reactie.pdf"]["Datum"] == "2026-03-04"
    ws = openpyxl.load_workbook(out / "publish" / "inventaris.xlsx").active
    cells = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    assert cells[1:] == [list(row.values()) for row in rows]


def _pdf_texts(path: Path) -> list[str]:
    """What a reader can get from a PDF: its text (poppler), metadata, and every decoded stream."""
    texts = [subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout]
    with pikepdf.open(path) as pdf:
        texts.append(repr(dict(pdf.docinfo)) if pdf.docinfo else "")
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    raw = obj.read_bytes()
                except pikepdf.PdfError:
                    continue
                texts += [raw.decode("latin-1"), raw.decode("utf-16-be", "ignore")]
    return texts


def test_no_planted_personal_data_in_any_output(dossier_run) -> None:  # noqa: ANN001
    _, out, _ = dossier_run
    needles = set(PLANTED.values()) | set(SURNAMES)
    files = [p for p in (out / "publish").rglob("*") if p.is_file()] + [out / "audit.jsonl"]
    leaks = []
    for path in files:
        if path.suffix == ".pdf":
            texts = _pdf_texts(path)
        elif path.suffix == ".xlsx":
            ws = openpyxl.load_workbook(path).active
            texts = [" ".join(str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None)]
        else:
            texts = [path.read_text(encoding="utf-8-sig")]
        for needle in needles:
            if any(needle.lower() in t.lower() for t in texts):
                leaks.append(f"{path.relative_to(out)}: {needle}")
    assert leaks == []
    # what went in holds them (so the look would see a leak): in the Office files' hidden parts, the e-mail headers
    src = dossier_run[0]
    for name, keys in (
        ("brief.docx", ("docx_author", "docx_comment_text", "docx_deleted")),
        ("verslag.odt", ("odt_author", "odt_comment_text")),
    ):
        with zipfile.ZipFile(src / name) as z:
            inside = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
        assert all(HIDDEN[k] in inside for k in keys), name
    staged = _pdf_texts(out / "work" / "ingest" / "mail" / "planning.pdf")
    assert all(any(n.lower() in t.lower() for t in staged) for n in ("Hofstede", "Schaapman", "Brandsma"))


def test_every_diwoo_record_validates_and_the_sitemap_lists_each_pdf(dossier_run) -> None:  # noqa: ANN001
    _, out, _ = dossier_run
    records = sorted((out / "publish").rglob("*.diwoo.xml"))
    assert {str(p.relative_to(out / "publish")).replace(".diwoo.xml", ".pdf") for p in records} == EXPECTED_PDFS
    for path in records:
        assert diwoo.validation_errors(path.read_bytes()) == [], path
    sitemap = etree.parse(str(out / "publish" / "diwoo-sitemap.xml"))
    locs = sitemap.xpath("//s:loc/text()", namespaces={"s": diwoo.SITEMAP_NS})
    assert set(locs) == EXPECTED_PDFS
    annex = (out / "publish" / "motivering-per-document.csv").read_text(encoding="utf-8-sig")
    assert "mail/reactie.pdf;5.1.2e;" in annex


def test_dossier_json_keeps_the_entries_for_apply(dossier_run) -> None:  # noqa: ANN001
    _, out, _ = dossier_run
    data = json.loads((out / "work" / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["entries"]) == len(EXPECTED_PDFS) + 1
    assert (out / "work" / "ingest" / "brief.pdf").is_file()


def test_a_rerun_finds_every_document_up_to_date(dossier_run) -> None:  # noqa: ANN001
    src, out, first = dossier_run
    before = (out / "publish" / "inventaris.csv").read_bytes()
    config = out.parent / "config.yaml"
    again = run_cli("run", src, "--out", out, "--config", config, "--no-progress", "--workers", "2")
    assert again.code == ExitCode.OK, again.stderr
    statuses = {line["output"]: line["status"] for line in again.lines}
    assert {statuses[p] for p in EXPECTED_PDFS} == {"skipped"}  # converted and printed PDFs are the same bytes
    assert (out / "publish" / "inventaris.csv").read_bytes() == before


def _path_with(tmp_path: Path, *programs: str) -> str:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name in programs:
        found = shutil.which(name)
        assert found, f"{name} is needed for this test"
        (bin_dir / name).symlink_to(found)
    return str(bin_dir)


def test_missing_libreoffice_stops_at_start_up_only_when_office_files_are_given(tmp_path: Path) -> None:
    from dossiergen import eml, note_pdf, word_document

    config = tmp_path / "c.yaml"
    config.write_text(f"audit:\n  key_file: {tmp_path / 'k.key'}\n", encoding="utf-8")
    path = _path_with(tmp_path, "pdftotext", "tesseract")
    src = tmp_path / "in"
    src.mkdir()
    (src / "m.eml").write_bytes(
        eml("Stukken", "Zie de nota.", ("Dienst", "info@minvro.nl"), [("Dienst", "woo@minvro.nl")])
    )
    (src / "n.pdf").write_bytes(note_pdf("Nota", "De migratie is gepland."))
    ok = run_cli("run", src, "--out", tmp_path / "out1", "--config", config, "--no-progress", path=path)
    assert ok.code == ExitCode.OK, ok.stderr
    word_document(src / "brief.docx")
    r = run_cli("run", src, "--out", tmp_path / "out2", "--config", config, "--no-progress", path=path)
    assert r.code == ExitCode.MISSING_DEPENDENCY, r.stderr
    assert "soffice" in r.stderr and "libreoffice-writer-nogui" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out2").exists()


def test_apply_keeps_the_dossier_columns_and_records(dossier_run) -> None:  # noqa: ANN001
    from woo_redact.review.store import NewDecision, Store

    _, out, _ = dossier_run
    before = _inventory(out)
    findings = json.loads((out / "work" / "outlook.findings.json").read_text(encoding="utf-8"))
    finding = next(f["id"] for f in findings["findings"] if f["decision"]["action"] == "redact")
    Store(out).record([NewDecision(finding, "outlook.pdf", "confirm", None, "Anna")])
    r = run_cli("apply", out, "--config", out.parent / "config.yaml")
    assert r.code == ExitCode.OK, r.stderr
    assert _inventory(out) == before
    assert diwoo.validation_errors((out / "publish" / "outlook.diwoo.xml").read_bytes()) == []
