#!/usr/bin/env python3
"""Check eval/real24's gold against the original PDFs with the shared evaluator's functions.

Every redact probe must occur in the original (any channel; OCR-only probes in the OCR channel) more
often than its 'after'; every keep probe's count in the original's PDFium text must equal its 'after'.
Prints one line per problem and finally 'problems=N'. Usage: python check_gold.py [--pdfs DIR] [--cache DIR]
"""
import argparse
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdfs", type=Path, default=HERE / "pdfs")
    ap.add_argument("--gold", type=Path, default=HERE / "gold")
    ap.add_argument("--cache", type=Path, default=None)
    a = ap.parse_args()
    problems = 0
    nr = nk = 0
    for gp in sorted(a.gold.glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = a.pdfs / gold["doc"]
        if not pdf.exists():
            print(f"MISSING {pdf}")
            problems += 1
            continue
        cp = a.cache / (pdf.stem + ".pkl") if a.cache else None
        ch = pickle.loads(cp.read_bytes()) if cp and cp.exists() else extract_channels(pdf)
        chans = ch["channels"]
        if ch.get("pages") != gold["pages"]:
            print(f"{gold['doc']}: pages {ch.get('pages')} != gold {gold['pages']}")
            problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                nr += 1
                cc = channel_counts(chans, pr)
                if not any(v > pr.get("after", 0) for v in cc.values()):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not above after={pr.get('after', 0)} ({cc})")
                    problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                nk += 1
                n = count_in(chans.get("pdfium", ""), pr)
                if n != pr.get("after", 0) or n == 0:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} count {n} != after {pr.get('after')}")
                    problems += 1
    print(f"docs={len(list(a.gold.glob('*.json')))} redact_probes={nr} keep_probes={nk}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
