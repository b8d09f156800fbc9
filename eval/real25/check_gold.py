"""Check eval/real25/gold against the original PDFs with the shared evaluator's own functions.

    python check_gold.py [--evaluator /work/shared/eval] [--cache DIR]

For every gold file: the PDF exists with the recorded page count; every redact probe occurs in the
original (in some channel: text layers, raw objects, metadata, annotations, OCR) more often than its
`after`; every keep probe's count in the PDFium text of the original equals its `after`. Last line:
problems=N (must be 0).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--evaluator", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--cache", type=Path, default=None, help="channels cached by make_gold.py (per sha256)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.evaluator))
    import evaluate as ev  # noqa: E402

    problems = 0
    n_r = n_k = docs = pages = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "pdfs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: original missing (run fetch.py)")
            problems += 1
            continue
        res = None
        if args.cache is not None:
            cf = args.cache / (hashlib.sha256(pdf.read_bytes()).hexdigest() + ".pkl")
            if cf.exists():
                res = pickle.loads(cf.read_bytes())
        if res is None:
            # OCR is slow: read the other channels first and OCR only when some redact probe is flagged
            # OCR-only or is not found without it (keep probes are counted in the PDFium text alone)
            res = ev.extract_channels(pdf, ocr="off")
            need = False
            for item in gold["redact"]:
                for pr in item["probes"]:
                    cc = ev.channel_counts(res["channels"], pr)
                    if pr.get("ocr") or not any(v > pr.get("after", 0) for v in cc.values()):
                        need = True
            if need:
                res = ev.extract_channels(pdf, ocr="auto")
        ch = res["channels"]
        docs += 1
        pages += res.get("pages", 0)
        if res.get("pages") != gold["pages"]:
            print(f"{gold['doc']}: pages {res.get('pages')} != gold {gold['pages']}")
            problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_r += 1
                cc = ev.channel_counts(ch, pr)
                if not any(v > pr.get("after", 0) for v in cc.values()):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not present above after={pr.get('after', 0)}")
                    problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_k += 1
                c = ev.count_in(ch.get("pdfium", ""), pr)
                if c != pr["after"]:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} count {c} != after {pr['after']}")
                    problems += 1
    print(f"docs={docs} pages={pages} redact_probes={n_r} keep_probes={n_k}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
