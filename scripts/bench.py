"""Benchmarks (`make bench`): figures for the samples batch, printed, not asserted.

- start-up: time to import woo_redact and build the detector (model + word lists);
- the `make demo` batch as a user runs it (a fresh process, default workers):
  wall time, pages per second, peak memory (max RSS of the process tree);
- the whole pipeline's steady-state throughput on one core (after start-up);
- per stage on one core, median milliseconds per page: parse, detect, redact
  (glyph removal and channel cleaning, text pages and rasterised pages apart), prove;
- OCR pages per second per core on generated scans, and the size growth of a redacted scan.
"""

from __future__ import annotations

import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "notes"
OFFICIALS = ROOT / "samples" / "public-officials.txt"


def startup() -> float:
    code = (
        "import time; t=time.perf_counter();"
        "from woo_redact.config import load_config; from woo_redact.detect import Detector;"
        "Detector(load_config()); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def batch(workers: int | None) -> dict[str, float]:
    out = Path(tempfile.mkdtemp(prefix="woo-bench-"))
    key = out / "key"
    cfg = out / "cfg.yaml"
    cfg.write_text(f"audit:\n  key_file: {key}\n")
    args = [
        sys.executable,
        "-m",
        "woo_redact.cli",
        "run",
        str(SAMPLES),
        "--out",
        str(out / "o"),
        "--public-officials",
        str(OFFICIALS),
        "--config",
        str(cfg),
        "--no-progress",
    ]
    if workers:
        args += ["--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    pages = sum(x["pages"] for x in lines)
    shutil.rmtree(out, ignore_errors=True)
    return {
        "wall_s": wall,
        "pages": pages,
        "docs": len(lines),
        "failed": sum(x["status"] == "failed" for x in lines),
        "pages_per_s": pages / wall if wall else 0.0,
        "peak_rss_mb": max(peak_kb, before) / 1024,
    }


def throughput() -> tuple[int, float]:
    """Whole pipeline (parse to proof) in one process on one core, after start-up: pages, seconds."""
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.pipeline import run_document

    config = load_config(None, OFFICIALS)
    detector = Detector(config)
    files = sorted(SAMPLES.glob("*.pdf")) + sorted((ROOT / "tests" / "eval" / "notes").glob("*.pdf"))
    data = [(f.read_bytes(), str(f)) for f in files]
    run_document(*data[0], config, detector)  # warm caches
    pages = 0
    t = time.perf_counter()
    for blob, name in data:
        pages += run_document(blob, name, config, detector).document.n_pages
    return pages, time.perf_counter() - t


def stages() -> dict[str, list[float]]:
    import pikepdf

    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.model import Action, Redaction
    from woo_redact.parse import parse_pdf
    from woo_redact.prove import prove
    from woo_redact.redact import redact

    config = load_config(None, OFFICIALS)
    detector = Detector(config)
    times: dict[str, list[float]] = {"parse": [], "detect": [], "redact_text": [], "redact_raster": [], "prove": []}
    for pdf_path in sorted(SAMPLES.glob("*.pdf")):
        data = pdf_path.read_bytes()
        t = time.perf_counter()
        doc = parse_pdf(data, str(pdf_path))
        n = doc.n_pages
        times["parse"].append((time.perf_counter() - t) * 1000 / n)
        t = time.perf_counter()
        findings = detector.detect(doc)
        times["detect"].append((time.perf_counter() - t) * 1000 / n)
        chosen = [f for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT]
        reds = [Redaction(b, f.ground.value, f.id) for f in chosen for b in f.boxes]
        with pikepdf.open(io.BytesIO(data)) as pdf:
            t = time.perf_counter()
            pages, _ = redact(pdf, reds, [f.text for f in chosen], original=data, dpi=config.redaction.raster_dpi)
            buf = io.BytesIO()
            pdf.save(buf)
            ms = (time.perf_counter() - t) * 1000 / n
        raster = any(p.rasterized for p in pages)
        times["redact_raster" if raster else "redact_text"].append(ms)
        t = time.perf_counter()
        prove(data, buf.getvalue(), chosen, rasterized_pages=[p.page for p in pages if p.rasterized])
        times["prove"].append((time.perf_counter() - t) * 1000 / n)
    return times


def scanned_note(pages: int = 3) -> bytes:
    """A note of scanned pages (an image each) with an OCR text layer naming a person."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    scan = Image.new("RGB", (1240, 1754), (250, 250, 245))
    for _ in range(pages):
        c.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
        t = c.beginText(72, 760)
        t.setFont("Helvetica", 11)
        t.setTextRenderMode(3)
        t.textLine("Mevrouw Sanne Visser stuurt de nota door naar de directie.")
        c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def raster_stage() -> list[float]:
    """Redact stage, ms per page, on scanned pages (an image under every box: rasterised)."""
    import pikepdf

    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.model import Action, Redaction
    from woo_redact.parse import parse_pdf
    from woo_redact.redact import redact

    config = load_config()
    detector = Detector(config)
    data = scanned_note()
    doc = parse_pdf(data, "scan.pdf")
    findings = detector.detect(doc)
    chosen = [f for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT]
    reds = [Redaction(b, f.ground.value, f.id) for f in chosen for b in f.boxes]
    out = []
    for _ in range(3):
        with pikepdf.open(io.BytesIO(data)) as pdf:
            t = time.perf_counter()
            pages, _ = redact(pdf, reds, [f.text for f in chosen], original=data, dpi=config.redaction.raster_dpi)
            pdf.save(io.BytesIO())
            out.append((time.perf_counter() - t) * 1000 / max(1, sum(p.rasterized or p.images > 0 for p in pages)))
    return out


def ocr_scans(n: int = 3, dpi: int = 300) -> tuple[float, float]:
    """OCR pages per second on one core (Tesseract, Dutch, ``dpi``) and the size growth of a redacted scan.

    The scans are generated notes (tests/scangen.py: 200 dpi grey JPEG, skew, noise). Growth is the
    disclosure version's bytes over the original's, motivation page included.
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from scangen import scanned_note as scan

    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.parse import parse_pdf
    from woo_redact.parse.ocr import OcrMode, OcrOptions
    from woo_redact.pipeline import run_document

    docs = [scan(skew=0.3 * k) for k in range(n)]
    t = time.perf_counter()
    for k, data in enumerate(docs):
        parse_pdf(data, f"scan{k}.pdf", OcrOptions(OcrMode.AUTO, dpi=dpi))
    per_page = (time.perf_counter() - t) / n
    config = load_config()
    result = run_document(docs[0], "scan.pdf", config, Detector(config))
    return 1.0 / per_page, len(result.output) / len(docs[0])


def main() -> None:
    print(f"woo_redact benchmark on {len(list(SAMPLES.glob('*.pdf')))} sample notes, {os.cpu_count()} cores")
    print(f"start-up (import + detector):      {startup():.2f} s")
    for workers in (None, 1):
        r = batch(workers)
        label = "default workers" if workers is None else f"{workers} worker"
        print(
            f"batch `make demo` ({label}): {r['docs']} docs, {r['pages']} pages in {r['wall_s']:.1f} s = "
            f"{r['pages_per_s']:.2f} pages/s, peak RSS {r['peak_rss_mb']:.0f} MB, failed {r['failed']}"
        )
    pages, seconds = throughput()
    print(
        f"pipeline steady state (one core, in-process, samples + eval set): {pages} pages in {seconds:.1f} s = "
        f"{pages / seconds:.1f} pages/s per core"
    )
    print("per stage, median ms per page (one core):")
    figures = stages()
    figures["redact_raster"] = figures["redact_raster"] or raster_stage()
    for name, values in figures.items():
        if values:
            note = "  (generated scanned pages: image pixels painted)" if name == "redact_raster" else ""
            print(f"  {name:14s} {statistics.median(values):8.1f} ms/page  (n={len(values)} documents){note}")
        else:
            print(f"  {name:14s}      n/a  (no such pages in the samples)")
    rate, growth = ocr_scans()
    print(f"OCR of scanned pages (300 dpi, Tesseract nld, one core): {rate:.2f} pages/s per core")
    print(f"size of a redacted scanned note (disclosure / original, motivation page included): {growth:.2f}x")


if __name__ == "__main__":
    main()
