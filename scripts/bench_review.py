"""Benchmark of the review screen: time to the first page image on a batch of 200 documents / 1,000 pages.

Generates the batch with reportlab (5 pages per document) and writes fake but
valid findings files next to it (no detection: only the review screen is
measured), starts ``woo-redact review`` on a free port, and times over HTTP
the index page (token exchange included) plus the first page's PNG, cold (not
yet rendered) and warm (from ``work/.review-cache``). Target: under a second.

    .venv/bin/python scripts/bench_review.py [--docs 200] [--pages 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import http.cookiejar
import json
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
NAMES = ("Sanne Visser", "P. Wolkenveld", "Jan de Boer", "Fatima El Amrani", "Kees Bakker")


def make_doc(path: Path, n: int, pages: int) -> list[dict]:
    """One note of ``pages`` pages; returns its findings records (one name per page)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    findings = []
    for p in range(pages):
        name = NAMES[(n + p) % len(NAMES)]
        y = 780.0
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, f"Nota {n + 1}, pagina {p + 1}")
        c.setFont("Helvetica", 10)
        for i in range(40):
            y -= 16
            c.drawString(72, y, f"Regel {i + 1}: overleg over het programma met de betrokken directies.")
        c.drawString(72, y - 16, f"Contactpersoon: {name}")
        x1 = 72 + c.stringWidth(f"Contactpersoon: {name}", "Helvetica", 10)
        x0 = 72 + c.stringWidth("Contactpersoon: ", "Helvetica", 10)
        c.showPage()
        fid = hashlib.sha256(f"{n}:{p}".encode()).hexdigest()[:12]
        findings.append(
            {
                "id": fid,
                "page": p + 1,
                "pages": [p + 1],
                "boxes": [{"page": p + 1, "bbox": [round(x0, 2), round(y - 18, 2), round(x1, 2), round(y - 8, 2)]}],
                "entity_type": "PERSON",
                "ground": "5.1.2e",
                "score": 0.7 if p % 2 else 0.95,
                "text": name,
                "detectors": ["first_name"],
                "explanation": [
                    {"detector": "first_name", "score": 0.7, "reason": "benchmark", "pattern": "", "context": ""}
                ],
                "decision": {"action": "redact", "needs_review": bool(p % 2), "decided_by": "tool", "reason": "bench"},
            }
        )
    c.save()
    return findings


def make_batch(root: Path, docs: int, pages: int) -> Path:
    src, out = root / "in", root / "out"
    src.mkdir(parents=True)
    (out / "publish").mkdir(parents=True)
    (out / "work").mkdir()
    for n in range(docs):
        pdf = src / f"nota-{n + 1:03d}.pdf"
        findings = make_doc(pdf, n, pages)
        data = pdf.read_bytes()
        (out / "publish" / pdf.name).write_bytes(data)  # stands in for the disclosure version
        meta = {
            "format": "woo_redact.findings/1",
            "input": str(pdf),
            "input_sha256": hashlib.sha256(data).hexdigest(),
            "output": pdf.name,
            "pages": pages,
            "assessment": "deels openbaar",
            "grounds": ["5.1.2e"],
            "summary": {"findings": len(findings), "redacted": len(findings)},
            "findings": findings,
        }
        (out / "work" / pdf.name).with_suffix(".findings.json").write_text(json.dumps(meta), encoding="utf-8")
    return out


def timed_first_page(url: str) -> tuple[float, float, int]:
    """Seconds for the index page (token exchange included), then for the first page PNG; PNG size."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    base = url.split("/?", 1)[0]
    t0 = time.perf_counter()
    html = opener.open(url, timeout=30).read().decode()
    t1 = time.perf_counter()
    src = re.search(r'<img src="(/page/\d+/0\.png)"', html)
    assert src, "no page image on the index page"
    png = opener.open(base + src.group(1), timeout=30).read()
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, len(png)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--pages", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="build the batch in this (new) folder and keep it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        t = time.perf_counter()
        out = make_batch(root, args.docs, args.pages)
        print(f"batch: {args.docs} documents, {args.docs * args.pages} pages in {time.perf_counter() - t:.1f}s")
        cmd = [sys.executable, "-m", "woo_redact.cli", "review", str(out), "--port", "0", "--reviewer", "bench"]
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
        try:
            url = lines.get(timeout=60).strip()
            print(f"server ready (catalog of {args.docs} findings files loaded) in {time.perf_counter() - t:.2f}s")
            for label in ("cold (page rendered)", "warm (page from cache)"):
                index_s, png_s, size = timed_first_page(url)
                print(
                    f"first page image shown, {label}: {index_s + png_s:.3f}s "
                    f"(index page {index_s:.3f}s + first page PNG {png_s:.3f}s, {size // 1024} KiB)"
                )
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
