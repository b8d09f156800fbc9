"""Benchmarks (`make bench`): figures printed, not asserted.

- start-up: time to import woo_redact and build the detector (model + word lists);
- end to end as a user runs it (`woo-redact run` in a fresh process) with 1 and 2 workers, on the
  samples and on a generated batch of text notes (scripts/benchgen.py): pages per second, and the
  peak RSS of the main process and of each worker process;
- scaling: the generated batch at 100, 1,000 (and with ``--large`` or BENCH_LARGE=1: 5,000) pages,
  2 workers: pages per second and peak RSS per worker must stay flat;
- per stage on one core, median CPU milliseconds per page and share of the total: parse, detect,
  phase 1's cache (write and read), detect_again (phase 2's detection with the batch's names, from
  phase 1's proposals), redact, prove (a run's engines; all engines for comparison);
- OCR pages per second per core on generated 300 dpi scans (in CPU time: the machine is shared), and
  the size growth of a redacted scanned page and file.

Other processes on the machine skew every figure: the load average is printed with them.
"""

from __future__ import annotations

import argparse
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


def batch(workers: int, inputs: Path = SAMPLES, officials: Path | None = OFFICIALS) -> dict[str, float]:
    """One `woo-redact run` in a fresh process: wall time, pages, peak RSS of the main process and its workers."""
    out = Path(tempfile.mkdtemp(prefix="woo-bench-"))
    key = out / "key"
    cfg = out / "cfg.yaml"
    cfg.write_text(f"audit:\n  key_file: {key}\n")
    args = [sys.executable, "-m", "woo_redact.cli", "run", str(inputs), "--out", str(out / "o"), "--config", str(cfg)]
    args += ["--no-progress", "--workers", str(workers)]
    if officials:
        args += ["--public-officials", str(officials)]
    t0 = time.perf_counter()
    cpu0 = _children_cpu()
    # stdout and stderr go to files: a pipe nobody reads until the end fills up (64 KB, a few hundred
    # documents' lines) and stops the run
    with open(out / "stdout", "w+", encoding="utf-8") as so, open(out / "stderr", "w+", encoding="utf-8") as se:
        proc = subprocess.Popen(args, stdout=so, stderr=se, text=True, cwd=ROOT)
        main_peak, worker_peak = _watch(proc)
        proc.wait()
        so.seek(0)
        stdout = so.read()
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0  # the run, its workers and their pdftotext: user + system
    lines = [json.loads(x) for x in stdout.splitlines() if x.strip()]
    lines = [x for x in lines if x.get("status") != "not processed"]  # e.g. the samples' .expected.json files
    pages = sum(x["pages"] for x in lines)
    shutil.rmtree(out, ignore_errors=True)
    return {
        "wall_s": wall,
        "pages": pages,
        "docs": len(lines),
        "failed": sum(x["status"] == "failed" for x in lines),
        "pages_per_s": pages / wall if wall else 0.0,
        "cpu_s": cpu,
        "cpu_ms_per_page": 1000 * cpu / pages if pages else 0.0,
        "main_rss_mb": main_peak,
        "worker_rss_mb": worker_peak if workers > 1 else main_peak,
    }


def _cpu() -> float:
    """CPU seconds of this process and its finished children (pdftotext): what other helpers' load skews least."""
    return time.process_time() + _children_cpu()


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children and theirs."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _peak_mb(pid: int) -> float:
    """A process's peak resident set so far (VmHWM), in MB; 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    kids = [int(x) for x in text.split()]
    return kids + [g for k in kids for g in _children(k)]


def _watch(proc: subprocess.Popen) -> tuple[float, float]:
    """Peak RSS of ``proc`` and the largest of its descendants (the workers), sampled until it ends."""
    main = worker = 0.0
    while proc.poll() is None:
        main = max(main, _peak_mb(proc.pid))
        for kid in _children(proc.pid):
            worker = max(worker, _peak_mb(kid))
        time.sleep(0.25)
    return main, worker


def generated(pages: int) -> Path:
    """A generated batch of ``pages`` pages of notes (kept between runs of the bench)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from benchgen import generate

    folder = Path(tempfile.gettempdir()) / f"woo-bench-notes-{pages}"
    if not folder.is_dir() or not any(folder.glob("*.pdf")):
        generate(folder, pages)
    return folder


def throughput() -> tuple[int, float]:
    """Whole pipeline (parse to proof) in one process on one core, after start-up: pages, CPU seconds."""
    from woo_redact.batch_worker import settle_heap
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.pipeline import run_document

    config = load_config(None, OFFICIALS)
    detector = Detector(config)
    settle_heap()  # as a batch worker does after loading
    files = sorted(SAMPLES.glob("*.pdf")) + sorted((ROOT / "tests" / "eval" / "notes").glob("*.pdf"))
    data = [(f.read_bytes(), str(f)) for f in files]
    run_document(*data[0], config, detector)  # warm caches
    pages = 0
    t = _cpu()
    for blob, name in data:
        pages += run_document(blob, name, config, detector).document.n_pages
    return pages, _cpu() - t


def stages() -> dict[str, list[float]]:
    """Median CPU ms per page of each stage on one core (pdftotext included): the samples and 20 generated notes."""
    import pikepdf

    from woo_redact.batch_worker import settle_heap
    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.model import Action, Redaction
    from woo_redact.parse import parse_pdf
    from woo_redact.prove import prove
    from woo_redact.redact import redact

    config = load_config(None, OFFICIALS)
    detector = Detector(config)
    settle_heap()  # as a batch worker does after loading
    from woo_redact import phase1
    from woo_redact.batch_worker import proposals_known, text_memo, text_memo_known
    from woo_redact.prove import RUN_ENGINES

    times: dict[str, list[float]] = {
        "parse": [],
        "detect": [],
        "phase1_cache": [],
        "detect_again": [],
        "redact_text": [],
        "redact_raster": [],
        "prove": [],
        "prove_all_engines": [],
    }
    files = sorted(SAMPLES.glob("*.pdf")) + sorted(generated(100).glob("*.pdf"))[:20]
    seen: set[str] = set()  # person names of the documents before: "the batch's names" for detect_again
    for pdf_path in files:
        data = pdf_path.read_bytes()
        t = _cpu()
        doc = parse_pdf(data, str(pdf_path))
        n = doc.n_pages
        times["parse"].append((_cpu() - t) * 1000 / n)
        t = _cpu()
        cands = detector.engine.candidates(doc)
        orgs = detector.organisations(doc.text)  # as phase 1 (batch_jobs.scan_job) keeps them for phase 2
        with proposals_known(detector, doc, cands, orgs):
            findings = detector.detect(doc)
        memo = text_memo(detector, doc, orgs)
        times["detect"].append((_cpu() - t) * 1000 / n)
        t = _cpu()
        phase1._decode(phase1._encode(("", doc, findings, cands, orgs, memo)))  # as phase1.store and phase1.load
        times["phase1_cache"].append((_cpu() - t) * 1000 / n)
        t = _cpu()
        with proposals_known(detector, doc, cands, orgs):
            text_memo_known(detector, doc, memo)  # as batch_jobs.finish_job
            detector.detect(doc, sorted(seen))
        times["detect_again"].append((_cpu() - t) * 1000 / n)
        seen |= {f.text for f in findings if f.entity_type == "PERSON"}
        chosen = [f for f, d in zip(findings, decide(findings, config)) if d.action is Action.REDACT]
        reds = [Redaction(b, f.ground.value, f.id) for f in chosen for b in f.boxes]
        with pikepdf.open(io.BytesIO(data)) as pdf:
            t = _cpu()
            pages, _ = redact(pdf, reds, [f.text for f in chosen], original=data, dpi=config.redaction.raster_dpi)
            buf = io.BytesIO()
            pdf.save(buf)
            ms = (_cpu() - t) * 1000 / n
        raster = any(p.rasterized for p in pages)
        times["redact_raster" if raster else "redact_text"].append(ms)
        raster = [p.page for p in pages if p.rasterized]
        t = _cpu()
        prove(data, buf.getvalue(), chosen, rasterized_pages=raster, engines=RUN_ENGINES)
        times["prove"].append((_cpu() - t) * 1000 / n)
        t = _cpu()
        prove(data, buf.getvalue(), chosen, rasterized_pages=raster)
        times["prove_all_engines"].append((_cpu() - t) * 1000 / n)
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


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (Tesseract runs as one)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def page_bytes(data: bytes, index: int = 0) -> int:
    """The stored bytes of every stream page ``index`` reaches (content, images, forms, fonts, annotations)."""
    import pikepdf

    seen: set[tuple[int, int]] = set()

    def size(obj: object, depth: int = 0) -> int:
        if depth > 64:
            return 0
        if isinstance(obj, pikepdf.Object) and obj.is_indirect:
            if obj.objgen in seen:
                return 0
            seen.add(obj.objgen)
        total = 0
        if isinstance(obj, pikepdf.Stream):
            total += len(obj.read_raw_bytes())
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            total += sum(size(v, depth + 1) for k, v in obj.items() if k != "/Parent")
        elif isinstance(obj, pikepdf.Array):
            total += sum(size(v, depth + 1) for v in obj)
        return total

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return size(pdf.pages[index].obj)


def ocr_scans(n: int = 3, dpi: int = 300) -> dict[str, float]:
    """OCR pages per second per core (Tesseract, Dutch, ``dpi``) and the size growth of redacted scans.

    The scans are generated (tests/scangen.py, tests/siggen.py): a note and a signed letter printed at
    ``dpi``, skewed, with noise, stored as a grey JPEG (quality 75) as a scanner's PDF does. The rate is
    measured in CPU time (this process and Tesseract's, which runs with one thread), since other
    processes share the machine; the wall time is given beside it. Growth: the redacted page's own
    bytes (content, image, text layer) over the original page's, and the whole file's (motivation
    page included).
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from scangen import scanned_note as scan
    from siggen import scanned_letter

    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.parse import parse_pdf
    from woo_redact.parse.ocr import OcrMode, OcrOptions
    from woo_redact.pipeline import run_document

    docs = [scan(dpi=dpi, skew=0.3 * k, logo=False) for k in range(n)]
    cpu, wall = _cpu(), time.perf_counter()
    for k, data in enumerate(docs):
        parse_pdf(data, f"scan{k}.pdf", OcrOptions(OcrMode.AUTO, dpi=dpi))
    cpu, wall = (_cpu() - cpu) / n, (time.perf_counter() - wall) / n
    config = load_config(None, OFFICIALS)
    detector = Detector(config)
    out = {"cpu_s_per_page": cpu, "wall_s_per_page": wall}
    letter, _ = scanned_letter("Met vriendelijke groet,", "Jan de Boer", "senior beleidsmedewerker", dpi=dpi)
    for label, data in (("note", docs[0]), ("letter", letter)):
        result = run_document(data, f"{label}.pdf", config, detector)
        redacted = sum(d.action.value == "redact" for d in result.decisions)
        out[f"{label}_redactions"] = redacted
        out[f"{label}_page_growth"] = page_bytes(result.output) / page_bytes(data)
        out[f"{label}_file_growth"] = len(result.output) / len(data)
        out[f"{label}_original_kb"] = len(data) / 1024
    return out


def _load() -> str:
    return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _line(label: str, r: dict[str, float]) -> str:
    return (
        f"{label}: {r['docs']} docs, {r['pages']} pages in {r['wall_s']:.1f} s = {r['pages_per_s']:.2f} pages/s; "
        f"CPU {r['cpu_s']:.0f} s = {r['cpu_ms_per_page']:.0f} ms/page (all its processes, user + system); "
        f"peak RSS main {r['main_rss_mb']:.0f} MB, per worker {r['worker_rss_mb']:.0f} MB; failed {r['failed']}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--large", action="store_true", help="add the 5,000-page step (also BENCH_LARGE=1)")
    ap.add_argument("--pages", type=int, default=1000, help="generated pages for the 1- and 2-worker runs")
    ap.add_argument("--sizes", default="", help="scaling steps, e.g. 100,300 (default 100,1000[,5000])")
    ap.add_argument("--no-ocr", action="store_true", help="leave out the OCR figures")
    ap.add_argument("--ocr-only", action="store_true", help="only the OCR figures (rate and size of scans)")
    args = ap.parse_args()
    large = args.large or os.environ.get("BENCH_LARGE") == "1"
    print(f"woo_redact benchmark, {os.cpu_count()} cores, {_load()}")
    if not args.ocr_only:
        others(args, large)
    if not args.no_ocr:
        ocr_figures()


def others(args: argparse.Namespace, large: bool) -> None:
    """Every figure but the OCR ones."""
    print(f"start-up (import + detector):      {startup():.2f} s")
    for workers in (1, 2):
        print(_line(f"samples, {workers} worker(s)", batch(workers)) + f"  [{_load()}]", flush=True)
    for workers in (1, 2):
        r = batch(workers, generated(args.pages), None)
        print(_line(f"generated notes, {workers} worker(s)", r) + f"  [{_load()}]", flush=True)
    sizes = tuple(int(x) for x in args.sizes.split(",")) if args.sizes else (100, 1000, 5000) if large else (100, 1000)
    print(f"scaling, 2 workers ({'--large' if large else 'without --large: 5,000 pages left out'}):")
    for pages in sizes:
        print("  " + _line(f"{pages} pages", batch(2, generated(pages), None)) + f"  [{_load()}]", flush=True)
    pages, seconds = throughput()
    print(
        f"pipeline steady state (one core, in-process, samples + eval set): {pages} pages in {seconds:.1f} CPU s = "
        f"{pages / seconds:.1f} pages per CPU-second"
    )
    print(f"per stage, median CPU ms per page (one core; samples + 20 generated notes) [{_load()}]:")
    figures = stages()
    figures["redact_raster"] = figures["redact_raster"] or raster_stage()
    in_a_run = ("parse", "detect", "phase1_cache", "detect_again", "redact_text", "prove")
    run_total = sum(statistics.median(figures[k]) for k in in_a_run)
    for name, values in figures.items():
        if values:
            med = statistics.median(values)
            note = "  (generated scanned pages: image pixels painted)" if name == "redact_raster" else ""
            share = f"  {100 * med / run_total:4.0f}% of a text page" if name not in ("redact_raster",) else ""
            if name == "prove_all_engines":
                share = "  (`woo-redact verify`; not in a run)"
            print(f"  {name:18s} {med:8.1f} ms/page  (n={len(values)} documents){share}{note}")
        else:
            print(f"  {name:18s}      n/a  (no such pages in the samples)")


def ocr_figures() -> None:
    """The OCR rate and the size of redacted scans (issue 11's goals beside them)."""
    ocr = ocr_scans()
    print(
        f"OCR of scanned pages (300 dpi, Tesseract nld, one thread): {1 / ocr['cpu_s_per_page']:.2f} pages/s per core "
        f"in CPU time ({ocr['cpu_s_per_page']:.2f} CPU s/page, this process and Tesseract; wall "
        f"{ocr['wall_s_per_page']:.2f} s/page on the shared machine) [{_load()}]  (goal >= 1 page/s/core)"
    )
    for label in ("note", "letter"):
        print(
            f"size of a redacted scanned {label} (300 dpi JPEG, {ocr[label + '_original_kb']:.0f} KB, "
            f"{ocr[label + '_redactions']:.0f} redactions): the page {ocr[label + '_page_growth']:.2f}x the original "
            f"page's bytes, the file {ocr[label + '_file_growth']:.2f}x (motivation page included)  (goal <= 1.5x)"
        )


if __name__ == "__main__":
    main()
