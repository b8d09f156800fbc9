#!/usr/bin/env python3
"""Check eval/real23/gold against the original PDFs with the shared evaluator's own functions.

Every redact probe must occur in the original (in some channel the evaluator reads, OCR of image
pages included; OCR-only probes in OCR) MORE often than its 'after'; every keep probe's count in the
original's PDFium text must EQUAL its 'after'; the gold page count must equal the original's. Also
checks that every PDF has a gold file and its sha256 matches manifest.csv. Last line: problems=N.

    python check_gold.py [--eval /work/shared/eval] [--pdfs pdfs] [--cache DIR]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--pdfs", type=Path, default=HERE / "pdfs")
    ap.add_argument("--cache", type=Path, default=None, help="optional pickle cache of channels")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.eval))
    import evaluate as ev  # noqa: E402

    problems = []
    manifest = {r["file"]: r for r in csv.DictReader(open(HERE / "manifest.csv", encoding="utf-8"))}
    golds = sorted((HERE / "gold").glob("*.json"))
    pdfs = sorted(a.pdfs.glob("*.pdf"))
    if len(golds) != len(pdfs) or len(golds) != len(manifest):
        problems.append(f"counts differ: gold={len(golds)} pdfs={len(pdfs)} manifest={len(manifest)}")
    nr = nk = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = a.pdfs / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: PDF missing (run the fetch in README)")
            continue
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        if manifest.get(g["doc"], {}).get("sha256") != sha:
            problems.append(f"{g['doc']}: sha256 differs from manifest.csv")
        ch = None
        if a.cache:
            cp = a.cache / (pdf.name + ".pkl")
            if cp.exists():
                ch = pickle.loads(cp.read_bytes())
        if ch is None:
            ch = ev.extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch["pages"] != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch['pages']} != gold {g['pages']}")
        for item in g["redact"]:
            for pr in item["probes"]:
                nr += 1
                cc = ev.channel_counts(chans, pr)
                if not any(v > pr.get("after", 0) for v in cc.values()):
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not found above after")
        for item in g["keep"]:
            for pr in item["probes"]:
                nk += 1
                c = ev.count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"]:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} count {c} != after {pr['after']}")
                if pr["after"] < 1:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} has after < 1")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
