"""Check the gold of set mixed78 against the originals with the evaluator's own functions.

Every redact probe must occur in the original in the channel it claims: PDFium text by default, OCR
for probes with "ocr": true, the named hidden channel ("metadata", "outline", "annotations") for
probes with "channel" (and those must not be in the PDFium text). Every keep probe's 'after' must
equal its count in the original's PDFium text. Prints problems=0 when all holds.

    /work/main/.venv/bin/python check_gold.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402


def main() -> int:
    problems = 0
    nr = nk = nh = no = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text())
        pdf = HERE / "docs" / g["doc"]
        text, npages = text_pdfium(pdf)
        if g.get("pages") != npages:
            print(f"{gf.name}: pages={g.get('pages')} but PDF has {npages}"); problems += 1
        need_ocr = any(p.get("ocr") for e in g["redact"] for p in e["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")["channels"]
        for e in g["redact"]:
            for p in e["probes"]:
                nr += 1
                if p.get("after") != 0:
                    print(f"{gf.name}: redact probe {p['text']!r} after != 0"); problems += 1
                if p.get("channel"):
                    nh += 1
                    c = channel_counts(ch, p).get(p["channel"], 0)
                    if c == 0 or count_in(text, p):
                        print(f"{gf.name}: hidden probe {p['text']!r} not only in {p['channel']}"); problems += 1
                elif p.get("ocr"):
                    no += 1
                    if not channel_counts(ch, p).get("ocr"):
                        print(f"{gf.name}: OCR probe {p['text']!r} not found by OCR"); problems += 1
                elif count_in(text, p) == 0:
                    print(f"{gf.name}: redact probe {p['text']!r} not in PDFium text"); problems += 1
        for e in g["keep"]:
            for p in e["probes"]:
                nk += 1
                n = count_in(text, p)
                if n != p["after"] or n == 0:
                    print(f"{gf.name}: keep probe {p['text']!r} after={p['after']} but count={n}"); problems += 1
    print(f"redact={nr} (hidden={nh}, ocr={no}) keep={nk}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
