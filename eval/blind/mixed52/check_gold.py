"""Check the gold of set BJ (mixed52) against the original PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [--ocr auto|off]

For every gold file: the PDF exists and has the stated page count; every redact probe occurs in the
original (in some channel: text, raw, metadata, outline, annotations, or OCR of image pages for probes
marked "ocr") MORE often than its 'after'; every keep probe occurs in the pypdfium2 text EXACTLY 'after'
times (after > 0); BSN probes pass the 11-proef and IBAN probes mod-97. Prints statistics and, last,
problems=N.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

HIDDEN = {"metadata", "outline", "annotations"}


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ocr", default="auto", choices=("auto", "off"))
    a = ap.parse_args()
    problems = []
    st = dict(docs=0, pages=0, redact=0, keep=0, ocr_only=0, hidden_only=0, scanned_pages=0)
    kinds: dict = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if gp.stem != pdf.stem or not pdf.exists():
            problems.append(f"{gp.name}: no matching PDF {g['doc']}")
            continue
        ch = extract_channels(pdf, ocr=a.ocr)
        chans = ch["channels"]
        st["docs"] += 1
        st["pages"] += ch["pages"]
        st["scanned_pages"] += len(ch.get("image_pages", []))
        if ch["pages"] != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch['pages']} != gold {g['pages']}")
        for it in g["redact"]:
            for pr in it["probes"]:
                st["redact"] += 1
                kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
                if pr.get("ocr"):
                    st["ocr_only"] += 1
                    if a.ocr == "off":
                        continue
                cc = channel_counts(chans, pr)
                if not cc or max(cc.values()) <= pr.get("after", 0):
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not found more than {pr.get('after', 0)}x: {cc}")
                if not pr.get("ocr") and not count_in(chans.get("pdfium", ""), pr) and set(cc) & HIDDEN:
                    st["hidden_only"] += 1
                if it["kind"] == "BSN" and not bsn_ok(pr["text"]):
                    problems.append(f"{g['doc']}: BSN {pr['text']} fails 11-proef")
                if it["kind"] == "IBAN" and not iban_ok(pr["text"]):
                    problems.append(f"{g['doc']}: IBAN {pr['text']} fails mod-97")
        for it in g["keep"]:
            for pr in it["probes"]:
                st["keep"] += 1
                n = count_in(chans.get("pdfium", ""), pr)
                if n != pr.get("after", 0) or n == 0:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} found {n}x, gold after={pr.get('after')}")
    print(" ".join(f"{k}={v}" for k, v in st.items()))
    print("redact probes per kind: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    for p in problems:
        print("PROBLEM", p)
    print(f"problems={len(problems)}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
