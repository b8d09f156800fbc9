"""Check set LN's gold against its originals with the evaluator's own extraction.

    /work/main/.venv/bin/python check_gold.py [ln03 ...]

A redact probe must occur in the original in the channel it claims: OCR ('ocr': true), a hidden
channel ('channel': metadata / outline / annotations), otherwise the PDFium text. A hidden-channel
probe must NOT occur in the PDFium page text (so it really is hidden). A keep probe's 'after' must
equal its count in the original's PDFium text. Prints problems=N as the last line.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402


def main(argv):
    golds = sorted((HERE / "gold").glob("*.json"))
    if argv:
        golds = [g for g in golds if g.stem in argv]
    problems = 0
    nr = nk = 0
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        text, pages = text_pdfium(pdf)
        if pages != gold["pages"]:
            print(f"{gp.stem}: pages {pages} != gold {gold['pages']}")
            problems += 1
        need_all = any(p.get("ocr") or p.get("channel") for it in gold["redact"] for p in it["probes"])
        ch = extract_channels(pdf, ocr="auto")["channels"] if need_all else None
        for it in gold["redact"]:
            for p in it["probes"]:
                nr += 1
                if p.get("after", 0) != 0:
                    print(f"{gp.stem}: redact probe {p['text']!r} has after={p['after']}")
                    problems += 1
                if p.get("ocr"):
                    n = channel_counts(ch, p).get("ocr", 0)
                    where = "ocr"
                elif p.get("channel"):
                    where = p["channel"]
                    n = count_in(ch.get(where, ""), p)
                    if count_in(text, p):
                        print(f"{gp.stem}: hidden probe {p['text']!r} also in the page text")
                        problems += 1
                else:
                    where = "pdfium"
                    n = count_in(text, p)
                if n == 0:
                    print(f"{gp.stem}: redact probe {p['text']!r} not found in {where}")
                    problems += 1
        for it in gold["keep"]:
            for p in it["probes"]:
                nk += 1
                n = count_in(text, p)
                if n != p["after"] or n == 0:
                    print(f"{gp.stem}: keep probe {p['text']!r} after={p['after']} but original has {n}")
                    problems += 1
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
