"""Check set BB's gold against its documents with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Every redact probe must occur (count >= 1) in the original in the channel its item claims ('channel':
metadata, outline, annotations or ocr; without it: PDFium page text), and a hidden-channel probe must not
be in the page text. Every keep probe's 'after' must equal its count in the original's PDFium text, and
the gold's 'pages' the PDF's page count. Prints 'problems=0' when all holds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    problems = []
    nr = nk = nd = np_ = 0
    per_ch = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gold['doc']}: missing PDF")
            continue
        nd += 1
        text, pages = text_pdfium(pdf)
        np_ += pages
        if pages != gold["pages"]:
            problems.append(f"{gold['doc']}: pages {pages} != {gold['pages']}")
        hidden = {it.get("channel") for it in gold["redact"]} - {None}
        chans = extract_channels(pdf, ocr="auto" if "ocr" in hidden else "off")["channels"] if hidden else {}
        for it in gold["redact"]:
            ch = it.get("channel", "pdfium")
            for pr in it["probes"]:
                nr += 1
                per_ch[ch] = per_ch.get(ch, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gold['doc']}: redact probe with after != 0: {pr['text']!r}")
                if ch == "pdfium":
                    ok = count_in(text, pr) > 0
                else:
                    ok = channel_counts(chans, pr).get(ch, 0) > 0
                    if ch != "ocr" and count_in(text, pr):
                        problems.append(f"{gold['doc']}: hidden probe {pr['text']!r} is also in the page text")
                if not ok:
                    problems.append(f"{gold['doc']}: redact probe {pr['text']!r} not found in {ch}")
        for it in gold["keep"]:
            for pr in it["probes"]:
                nk += 1
                n = count_in(text, pr)
                if n != pr["after"] or n == 0:
                    problems.append(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but count={n}")
    for p in problems:
        print(p)
    print(f"docs={nd} pages={np_} redact_probes={nr} keep_probes={nk} by_channel={per_ch}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
