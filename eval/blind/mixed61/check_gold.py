"""Check the gold of set BS (eval/blind/mixed61) against the originals.

    /work/main/.venv/bin/python check_gold.py

For every redact probe: after == 0 and the probe occurs in the channel the entry claims
('text' = PDFium page text; 'ocr' = the evaluator's OCR of image pages; 'metadata', 'outline',
'annotations' = those channels, and then NOT in any page-text channel, so they are truly hidden).
For every keep probe: 'after' equals its count in the original's PDFium text.
Prints per-document counts and, last, problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402

TEXT = ("pdfium", "pdfplumber", "pdftotext")


def main() -> int:
    problems = []
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0, "scans": 0}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{gp.name}: missing {pdf.name}")
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        txt, n = text_pdfium(pdf)
        tot["docs"] += 1
        tot["pages"] += n
        if ch["image_pages"]:
            tot["scans"] += len(ch["image_pages"])
        for e in g["redact"]:
            where = e.get("channel", "text")
            for p in e["probes"]:
                tot["redact"] += 1
                if p.get("after", 0) != 0:
                    problems.append(f"{gp.stem}: redact probe {p['text']!r} after != 0")
                cc = channel_counts(chans, p)
                if where == "text":
                    if not count_in(txt, p):
                        problems.append(f"{gp.stem}: {p['text']!r} not in PDFium text")
                elif where == "ocr":
                    tot["ocr"] += 1
                    if not cc.get("ocr"):
                        problems.append(f"{gp.stem}: {p['text']!r} not found by OCR")
                else:
                    tot["hidden"] += 1
                    if not cc.get(where):
                        problems.append(f"{gp.stem}: {p['text']!r} not in channel {where}")
                    shown = [c for c in TEXT if cc.get(c)]
                    if "pdfium" in shown or "pdfplumber" in shown:
                        problems.append(f"{gp.stem}: hidden probe {p['text']!r} also in page text {shown}")
        for e in g["keep"]:
            for p in e["probes"]:
                tot["keep"] += 1
                c = count_in(txt, p)
                if c != p["after"] or c == 0:
                    problems.append(f"{gp.stem}: keep {p['text']!r} after={p['after']} but PDFium count={c}")
        print(f"{gp.stem}: pages={n} redact={sum(len(e['probes']) for e in g['redact'])} "
              f"keep={sum(len(e['probes']) for e in g['keep'])} image_pages={ch['image_pages']}")
    for p in problems:
        print("PROBLEM", p)
    print(" ".join(f"{k}={v}" for k, v in tot.items()))
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
