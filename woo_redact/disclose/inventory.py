"""The inventory list (*inventarislijst*) of a run: one row per document of the dossier.

Columns follow the Dutch Woo inventory lists: document number, file name,
date, assessment (openbaar / deels openbaar / niet openbaar), grounds
applied, number of redactions, pages, remark; then the columns of the
*productierapport* that tie a dossier together: ``Family ID`` (an e-mail and
its attachments), ``Email Thread ID`` (the messages of one conversation),
``File type`` (the source's format) and ``Gerelateerd ID`` (the document that
holds this one's text: the first copy of a duplicate, or the later e-mail
quoting this one, assessed ``reeds openbaar/duplicaat``). IDs are the
``Nr.`` of the rows. Documents that were not processed (an unsupported type)
have a row too, with the reason. Written as CSV and as XLSX with the same
columns and rows. The list is published: a failure's remark never quotes the
document (see :func:`woo_redact.audit.records.public_reason`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from ..audit.records import public_reason
from ..model import Document, DocumentResult, DossierEntry

COLUMNS = (
    "Nr.",
    "Documentnaam",
    "Datum",
    "Beoordeling",
    "Weigeringsgronden",
    "Aantal lakkingen",
    "Pagina's",
    "Opmerking",
    "Family ID",
    "Email Thread ID",
    "File type",
    "Gerelateerd ID",
)
DUPLICATE = "reeds openbaar/duplicaat"
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        )
    )
}
_DATE_WORDS = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_DATE_NUM = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")


def _iso(text: str) -> str:
    m = _DATE_WORDS.search(text)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = _DATE_NUM.search(text)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return ""


def note_date(doc: Document) -> str:
    """The note's date (ISO) from its Datum field, else the first date in its text."""
    for f in doc.fields:
        if f.label == "datum":
            found = _iso(doc.text[f.start : f.end])
            if found:
                return found
    return _iso(doc.text[:3000])


def inventory_rows(
    results: Sequence[DocumentResult], entries: Sequence[DossierEntry] | None = None
) -> list[tuple[str, ...]]:
    """The rows of the list: one per dossier entry in its order (else per result), numbered from 1."""
    by_output = {r.output: r for r in results}
    if entries is None:
        entries = [DossierEntry(r.output, PurePosixPath(r.output or r.input).suffix.lstrip(".")) for r in results]
    listed = {e.output for e in entries}
    entries = list(entries) + [DossierEntry(r.output, "pdf") for r in results if r.output not in listed]
    number = {e.output: str(n) for n, e in enumerate(entries, 1)}
    rows = []
    for e in entries:
        r = by_output.get(e.output)
        grounds, redactions, pages, date = "", "", "", e.date[:10]
        if r is None or e.not_processed:
            assessment, remark = "niet beoordeeld", f"Niet verwerkt: {e.not_processed or 'not processed'}"
        elif r.error:
            assessment, remark = "niet beoordeeld", f"Niet verwerkt: {public_reason(r.error, r.input)}"
            date = date or r.note_date
        else:
            assessment = r.assessment.value if r.assessment else ""
            grounds, redactions, pages = ", ".join(r.grounds), str(r.n_redactions), str(r.pages)
            date = date or r.note_date
            remark = ""
            if r.rasterized_pages:
                remark = (
                    "Pagina's " + ", ".join(str(p + 1) for p in r.rasterized_pages) + " zijn als afbeelding gelakt."
                )
        related = number.get(e.related, "")
        if related and r is not None and not r.error:
            assessment = DUPLICATE
            why = f"Zelfde tekst als document {related}." if e.related_why == "duplicate" else (
                f"Geciteerd in e-mail {related}."
            )
            remark = f"{why} {remark}".strip()
        rows.append(
            (
                number[e.output],
                e.output,
                date,
                assessment,
                grounds,
                redactions,
                pages,
                remark,
                number.get(e.family, ""),
                number.get(e.thread, ""),
                e.file_type,
                related,
            )
        )
    return rows


def inventory_csv(results: Sequence[DocumentResult], entries: Sequence[DossierEntry] | None = None) -> bytes:
    """The inventory as CSV (UTF-8 with BOM and semicolons, as Dutch Excel opens it)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(inventory_rows(results, entries))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


# Column widths (characters) of the XLSX, in the order of COLUMNS.
XLSX_WIDTHS = (6, 48, 12, 16, 20, 16, 9, 60, 10, 16, 10, 14)
_NUMERIC = {"Nr.", "Aantal lakkingen", "Pagina's", "Family ID", "Email Thread ID", "Gerelateerd ID"}


def inventory_xlsx(results: Sequence[DocumentResult], entries: Sequence[DossierEntry] | None = None) -> bytes:
    """The inventory as an Excel workbook: bold header, column widths, autofilter.

    Same columns and rows as :func:`inventory_csv`; counts are numbers, the
    rest text (so a date stays ``2026-03-12`` as written).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Inventarislijst"
    ws.append(list(COLUMNS))
    numeric = [c in _NUMERIC for c in COLUMNS]
    for row in inventory_rows(results, entries):
        ws.append([int(v) if num and v.isdigit() else v for v, num in zip(row, numeric, strict=True)])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, width in enumerate(XLSX_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.auto_filter.ref = ws.dimensions
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
