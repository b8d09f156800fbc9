"""Check the gold of mixed38 against the original PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [--fast]

A problem is: a redact probe that does not occur in the original (any channel; OCR for scans)
more often than its 'after'; a keep probe whose count in the PDFium text differs from its 'after'
or is 0; a keep probe occurrence that overlaps a redact probe occurrence in the PDFium text;
a gold file without PDF or a PDF without gold; an invalid BSN or IBAN named in the gold.
Prints per-document figures and, last, problems=N.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, HERE.as_posix())
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex  # noqa: E402

from framework import bsn_ok, iban_ok  # noqa: E402

HIDDEN = ("metadata", "outline", "annotations")


def main() -> int:
    problems = []
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0, "scans": 0}
    pdfs = {p.name for p in (HERE / "docs").glob("*.pdf")}
    golds = sorted((HERE / "gold").glob("*.json"))
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        pdfs.discard(g["doc"])
        if not pdf.exists():
            problems.append(f"{g['doc']}: no PDF")
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans.get("pdfium", "")
        tot["docs"] += 1
        tot["pages"] += ch["pages"]
        if ch["pages"] != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch['pages']} != gold {g['pages']}")
        if ch.get("image_pages"):
            tot["scans"] += 1
        spans = []
        for it in g["redact"]:
            for p in it["probes"]:
                tot["redact"] += 1
                cc = channel_counts(chans, p)
                if max(cc.values(), default=0) <= p.get("after", 0):
                    problems.append(f"{g['doc']}: redact probe {p['text']!r} not found above after={p.get('after', 0)} ({cc})")
                if p.get("ocr"):
                    tot["ocr"] += 1
                elif cc and not any(k in cc for k in ("pdfium", "pdfplumber", "pdftotext", "ocr")):
                    tot["hidden"] += 1
                for m in probe_regex(p["text"], p.get("word", False)).finditer(text):
                    spans.append((m.start(), m.end(), p["text"]))
                if it["kind"] == "BSN" and not bsn_ok(it["value"]):
                    problems.append(f"{g['doc']}: invalid BSN {it['value']}")
                if it["kind"] == "IBAN" and not iban_ok(it["value"]):
                    problems.append(f"{g['doc']}: invalid IBAN {it['value']}")
        for it in g["keep"]:
            for p in it["probes"]:
                tot["keep"] += 1
                c = count_in(text, p)
                if c != p.get("after", 0) or c == 0:
                    problems.append(f"{g['doc']}: keep probe {p['text']!r} count {c} != after {p.get('after')}")
                for m in probe_regex(p["text"], p.get("word", False)).finditer(text):
                    for a, b, rt in spans:
                        if m.start() < b and a < m.end():
                            problems.append(f"{g['doc']}: keep probe {p['text']!r} overlaps redact probe {rt!r}")
    for name in sorted(pdfs):
        problems.append(f"{name}: PDF without gold")
    for pr in problems:
        print("PROBLEM", pr)
    print(" ".join(f"{k}={v}" for k, v in tot.items()))
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
