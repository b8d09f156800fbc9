"""Check set KB's gold (eval/blind/mixed172) against its documents with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must occur (count >= 1) in the original in the channel its item claims ('channel':
metadata, outline, annotations or ocr; none: PDFium page text); a metadata/outline/annotations probe must
not be in the page text; every keep probe's 'after' must equal its count in the PDFium text; 'pages'
must match. Prints 'problems=0' when all holds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    problems, by_ch = [], {}
    nd = npg = nr = nk = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gold['doc']}: PDF missing")
            continue
        nd += 1
        text, pages = text_pdfium(pdf)
        npg += pages
        if pages != gold["pages"]:
            problems.append(f"{gold['doc']}: pages {pages} != gold {gold['pages']}")
        need = {it.get("channel") for it in gold["redact"]} - {None}
        chans = extract_channels(pdf, ocr="auto" if "ocr" in need else "off")["channels"] if need else {}
        for it in gold["redact"]:
            ch = it.get("channel", "pdfium")
            for pr in it["probes"]:
                nr += 1
                by_ch[ch] = by_ch.get(ch, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
                if ch == "pdfium":
                    found = count_in(text, pr)
                else:
                    found = channel_counts(chans, pr).get(ch, 0)
                    if ch != "ocr" and count_in(text, pr):
                        problems.append(f"{gold['doc']}: hidden probe {pr['text']!r} also in page text")
                if not found:
                    problems.append(f"{gold['doc']}: redact probe {pr['text']!r} not found in {ch}")
        for it in gold["keep"]:
            for pr in it["probes"]:
                nk += 1
                n = count_in(text, pr)
                if n == 0 or n != pr["after"]:
                    problems.append(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} count={n}")
    for p in problems:
        print(p)
    print(f"docs={nd} pages={npg} redact_probes={nr} keep_probes={nk} by_channel={by_ch}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
