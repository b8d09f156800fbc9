"""Real scans with an OCR layer through the pipeline (`make scans-report`).

Runs every PDF of the folder (default ``eval/real-scans/pdfs``, fetched, not in git: see
``eval/real-scans/README.md``) through parse, detect, decide, redact and prove, one at a time, with
``--ocr`` as given (default: the configuration's, ``auto``), and prints one row per document: written or
withheld (with the exact reason), pages, pages read by OCR (and how many of them had a noisy layer
replaced), pages rasterised, seconds, and whether the output is searchable: ``pdftotext`` finds the
keep probes of the document's gold file (``gold/<name>.json``; without probes: any words on each
OCR'd page). Written outputs go to ``OUT/publish/`` so that the shared evaluator can score them
(``make scans-report`` does).

    python scripts/scans_report.py [FOLDER] [--out DIR] [--ocr auto|always|never] [--json OUT]

When the folder is absent the report says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "eval" / "real-scans" / "pdfs"


@dataclass
class Row:
    file: str
    producer: str
    status: str  # written | withheld | damaged | needs OCR | error
    pages: int = 0
    ocr_pages: int = 0
    noisy_layers: int = 0
    rasterized: int = 0
    redactions: int = 0
    seconds: float = 0.0
    searchable: str = ""  # "k/n keep probes" or "k/n OCR'd pages with words"
    reason: str = ""


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {r["file"]: r for r in csv.DictReader(fh) if r.get("file")}


def pdftotext_pages(data: bytes, n: int) -> list[str]:
    """The text of each page as poppler reads it."""
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=False)
    pages = out.stdout.decode("utf-8", "replace").split("\f")
    return (pages + [""] * n)[:n]


def searchable(output: bytes, n_pages: int, ocr_pages: list[int], gold: Path) -> str:
    """Whether poppler finds the document's public words in the output."""
    pages = pdftotext_pages(output, n_pages)
    text = " ".join(" ".join(p.split()) for p in pages)
    probes: list[str] = []
    if gold.is_file():
        data = json.loads(gold.read_text(encoding="utf-8"))
        probes = [p["text"] for k in data.get("keep", []) for p in k.get("probes", []) if p.get("after", 1) > 0]
    if probes:
        found = sum(bool(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text)) for p in probes)
        return f"{found}/{len(probes)} keep probes"
    if not ocr_pages:
        return "-"
    good = sum(len(re.findall(r"[A-Za-zÀ-ÿ]{4,}", pages[i])) >= 5 for i in ocr_pages)
    return f"{good}/{len(ocr_pages)} OCR'd pages with words"


def run_one(path: Path, config: object, detector: object, producer: str, out: Path | None, gold: Path) -> Row:
    from woo_redact.errors import CorruptPdf, DocumentError, NeedsOcr, ProofFailed
    from woo_redact.pipeline import run_document

    data = path.read_bytes()
    row = Row(path.name, producer, "written")
    start = time.perf_counter()
    try:
        done = run_document(data, path.name, config, detector)  # type: ignore[arg-type]
    except NeedsOcr as exc:
        row.status, row.reason = "needs OCR", str(exc)
    except ProofFailed as exc:
        row.status, row.reason = "withheld", str(exc)
    except CorruptPdf as exc:
        row.status, row.reason = "damaged", str(exc)
    except DocumentError as exc:
        row.status, row.reason = "error", str(exc)
    except Exception as exc:  # noqa: BLE001 - a crash is a finding of the report too
        row.status, row.reason = "error", f"{type(exc).__name__}: {exc}"
    else:
        pages = done.document.pages
        row.pages = len(pages)
        ocr = [p.index for p in pages if p.ocr]
        row.ocr_pages = len(ocr)
        row.noisy_layers = sum(p.noisy_layer for p in pages)
        row.rasterized = sum(1 for p in done.pages if p.rasterized)
        row.redactions = sum(p.boxes for p in done.pages)
        row.searchable = searchable(done.output, len(pages), ocr, gold)
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            (out / path.name).write_bytes(done.output)
    row.seconds = time.perf_counter() - start
    return row


def report(rows: list[Row]) -> str:
    head = (
        f"{'file':34} {'producer':36} {'status':8} {'pages':>5} {'ocr':>4} {'noisy':>5} {'rast.':>5} "
        f"{'boxes':>5} {'s':>6}  searchable"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r.file[:34]:34} {r.producer[:36]:36} {r.status:8} {r.pages:5d} {r.ocr_pages:4d} {r.noisy_layers:5d} "
            f"{r.rasterized:5d} {r.redactions:5d} {r.seconds:6.1f}  {r.searchable}"
        )
    lines.append("-" * len(head))
    written = [r for r in rows if r.status == "written"]
    pages = sum(r.pages for r in written)
    lines.append(
        f"{len(rows)} documents: {len(written)} written, {sum(r.status == 'withheld' for r in rows)} withheld by "
        f"the proof, {sum(r.status == 'damaged' for r in rows)} damaged, "
        f"{sum(r.status not in ('written', 'withheld', 'damaged') for r in rows)} other; "
        f"{sum(r.ocr_pages for r in written)} of {pages} pages read by OCR "
        f"({sum(r.noisy_layers for r in written)} noisy layers replaced), "
        f"{sum(r.rasterized for r in written)} rasterised; {sum(r.seconds for r in rows):.0f} s"
    )
    for r in rows:
        if r.status != "written":
            lines.append(f"\n{r.status.upper()} {r.file} ({r.producer}):\n  {r.reason}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, help="write the disclosure versions to DIR/publish/ (for the evaluator)")
    ap.add_argument("--ocr", choices=("auto", "always", "never"), help="as woo-redact run --ocr")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args = ap.parse_args(argv)
    folder: Path = args.folder
    files = sorted(p for p in folder.glob("*.pdf")) if folder.is_dir() else []
    if not files:
        print(
            f"scans-report: no PDFs in {folder}, nothing to report. The scans are fetched, not committed: "
            "see eval/real-scans/README.md (scripts/fetch_real_scans.py).",
            file=sys.stderr,
        )
        return 0
    manifest = read_manifest(folder.parent / "manifest.csv")

    from woo_redact import load_config
    from woo_redact.detect import Detector

    config = load_config()
    if args.ocr:
        config = config.model_copy(update={"redaction": config.redaction.model_copy(update={"ocr": args.ocr})})
    detector = Detector(config)
    out = args.out / "publish" if args.out else None
    rows = []
    for k, path in enumerate(files, 1):
        producer = manifest.get(path.name, {}).get("producer", "") or "?"
        gold = folder.parent / "gold" / f"{path.stem}.json"
        row = run_one(path, config, detector, producer, out, gold)
        rows.append(row)
        print(f"[{k}/{len(files)}] {row.file}: {row.status} ({row.seconds:.1f} s)", file=sys.stderr, flush=True)
    print(report(rows))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
