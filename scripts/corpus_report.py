"""Per-producer report over a folder of real PDFs (`make corpus-report`).

Runs the whole pipeline (parse, detect, decide, redact, prove) on every PDF of
the folder, one document at a time, and prints per producer and font kind:
documents written and withheld, pages rasterised and seconds per page; then
every withheld document with its exact reason. Nothing is written to disk.

Producer and font kind come from ``manifest.csv`` next to the folder (columns
``file``, ``producer``, ``font_types``) when there is one, otherwise from the
PDF itself (/Producer, the /Subtype of its fonts).

    python scripts/corpus_report.py [FOLDER] [--manifest CSV] [--json OUT]

The default folder is ``eval/real/pdfs`` (fetched material, not in git); when
it is absent the report says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "eval" / "real" / "pdfs"


@dataclass
class Row:
    file: str
    producer: str
    fonts: str
    status: str  # written | withheld | needs OCR | error
    pages: int = 0
    rasterized: int = 0
    redactions: int = 0
    seconds: float = 0.0
    reason: str = ""


def read_manifest(path: Path | None) -> dict[str, dict[str, str]]:
    if path is None or not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {r["file"]: r for r in csv.DictReader(fh) if r.get("file")}


def pdf_facts(data: bytes) -> tuple[str, str, int]:
    """/Producer, the font kinds used (e.g. "CID TrueType; Type 1") and the page count."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - reported as an error row by the pipeline
        return "", "", 0
    with pdf:
        producer = str(pdf.docinfo.get("/Producer", "")) if pdf.docinfo is not None else ""
        kinds: set[str] = set()
        for page in pdf.pages:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for font in fonts.values() if hasattr(fonts, "values") else ():
                kinds.add(_font_kind(font))
        return producer, "; ".join(sorted(k for k in kinds if k)), len(pdf.pages)


def _font_kind(font: object) -> str:
    try:
        subtype = str(font.get("/Subtype", ""))[1:]  # type: ignore[attr-defined]
        if subtype == "Type0":
            desc = font.DescendantFonts[0]  # type: ignore[attr-defined]
            kind = "CID TrueType" if desc.get("/Subtype") == "/CIDFontType2" else "CID Type 0"
            return kind
        return {"Type1": "Type 1", "MMType1": "Type 1"}.get(subtype, subtype)
    except Exception:  # noqa: BLE001
        return ""


def run_one(path: Path, config: object, detector: object, manifest: dict[str, dict[str, str]]) -> Row:
    from woo_redact.errors import DocumentError, NeedsOcr, ProofFailed
    from woo_redact.pipeline import run_document

    data = path.read_bytes()
    producer, fonts, pages = pdf_facts(data)
    entry = manifest.get(path.name, {})
    producer = entry.get("producer") or producer or "(no /Producer)"
    fonts = entry.get("font_types") or fonts or "(no fonts)"
    row = Row(path.name, producer.strip(), fonts, "written", pages)
    start = time.perf_counter()
    try:
        done = run_document(data, path.name, config, detector)  # type: ignore[arg-type]
    except NeedsOcr as exc:
        row.status, row.reason = "needs OCR", str(exc)
    except ProofFailed as exc:
        row.status, row.reason = "withheld", str(exc)
    except DocumentError as exc:
        row.status, row.reason = "error", str(exc)
    except Exception as exc:  # noqa: BLE001 - a crash is a finding of the report too
        row.status, row.reason = "error", f"{type(exc).__name__}: {exc}"
    else:
        row.rasterized = sum(1 for p in done.pages if p.rasterized)
        row.redactions = sum(p.boxes for p in done.pages)
    row.seconds = time.perf_counter() - start
    return row


def report(rows: list[Row]) -> str:
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        groups[(r.producer[:48], r.fonts)].append(r)
    head = f"{'producer':48}  {'fonts':28} {'docs':>4} {'written':>7} {'withheld':>8} {'other':>5} "
    head += f"{'pages':>5} {'rast.':>5} {'s/page':>6}"
    lines = [head, "-" * len(head)]
    for (producer, fonts), group in sorted(groups.items(), key=lambda kv: kv[0][0].lower()):
        pages = sum(r.pages for r in group)
        secs = sum(r.seconds for r in group)
        lines.append(
            f"{producer:48}  {fonts[:28]:28} {len(group):4d} "
            f"{sum(r.status == 'written' for r in group):7d} {sum(r.status == 'withheld' for r in group):8d} "
            f"{sum(r.status not in ('written', 'withheld') for r in group):5d} {pages:5d} "
            f"{sum(r.rasterized for r in group):5d} {secs / max(pages, 1):6.2f}"
        )
    pages = sum(r.pages for r in rows)
    rast = sum(r.rasterized for r in rows)
    text_docs = [r for r in rows if r.status != "needs OCR"]
    lines.append("-" * len(head))
    lines.append(
        f"{len(rows)} documents: {sum(r.status == 'written' for r in rows)} written, "
        f"{sum(r.status == 'withheld' for r in rows)} withheld by the proof, "
        f"{sum(r.status == 'needs OCR' for r in rows)} need OCR, {sum(r.status == 'error' for r in rows)} errors; "
        f"{rast} of {sum(r.pages for r in text_docs)} text-document pages rasterised "
        f"({rast / max(sum(r.pages for r in text_docs), 1):.1%}); "
        f"{sum(r.seconds for r in rows) / max(pages, 1):.2f} s/page"
    )
    for r in rows:
        if r.status in ("withheld", "error"):
            lines.append(f"\n{r.status.upper()} {r.file} ({r.producer}; {r.fonts}):\n  {r.reason}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--manifest", type=Path, help="CSV with file, producer, font_types (default: ../manifest.csv)")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args = ap.parse_args(argv)
    folder: Path = args.folder
    if not folder.is_dir():
        print(
            f"corpus-report: {folder} does not exist, nothing to report. The real corpus is fetched, "
            "not committed: see eval/real/README.md, or pass a folder of PDFs.",
            file=sys.stderr,
        )
        return 0
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
    if not files:
        print(f"corpus-report: no PDF files in {folder}", file=sys.stderr)
        return 0
    manifest = read_manifest(args.manifest or folder.parent / "manifest.csv")

    from woo_redact import load_config
    from woo_redact.detect import Detector

    config = load_config()
    detector = Detector(config)
    rows = []
    for k, path in enumerate(files, 1):
        row = run_one(path, config, detector, manifest)
        rows.append(row)
        print(f"[{k}/{len(files)}] {row.file}: {row.status} ({row.seconds:.1f} s)", file=sys.stderr, flush=True)
    print(report(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
