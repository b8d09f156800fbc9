"""Check the gold of set CM (eval/blind/mixed81) against the original PDFs.

    /work/main/.venv/bin/python check_gold.py

A problem is: a redact probe with after != 0; a redact probe that is absent from the channel its
'channel' field claims (pdfium, ocr, metadata, outline, annotations) in the original; an OCR probe
without 'ocr': true; a keep probe whose 'after' differs from its count in the original's PDFium
text; a gold file without its PDF (or the reverse); a page count that differs. All counts use the
evaluator's own functions (extract_channels, channel_counts, count_in).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    docs = HERE / "docs"
    golds = sorted((HERE / "gold").glob("*.json"))
    problems = []
    pdfs = {p.stem for p in docs.glob("*.pdf")}
    if pdfs != {g.stem for g in golds}:
        problems.append(f"pdf/gold mismatch: {sorted(pdfs ^ {g.stem for g in golds})}")
    nr = nk = 0
    per_channel: dict = {}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = docs / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: missing")
            continue
        res = extract_channels(pdf, ocr="auto")
        ch = res["channels"]
        if res["pages"] != g["pages"]:
            problems.append(f"{g['doc']}: pages {res['pages']} != gold {g['pages']}")
        for it in g["redact"]:
            for pr in it["probes"]:
                nr += 1
                c = pr.get("channel", "pdfium")
                per_channel[c] = per_channel.get(c, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} has after={pr['after']}")
                if c == "ocr" and not pr.get("ocr"):
                    problems.append(f"{g['doc']}: OCR probe {pr['text']!r} without ocr flag")
                cc = channel_counts(ch, pr)
                if not cc.get(c):
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not found in claimed channel {c} "
                                    f"(found: {cc})")
        for it in g["keep"]:
            for pr in it["probes"]:
                nk += 1
                n = count_in(ch.get("pdfium", ""), pr)
                if n != pr["after"]:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} after={pr['after']} but PDFium has {n}")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk} redact_by_channel={per_channel}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
