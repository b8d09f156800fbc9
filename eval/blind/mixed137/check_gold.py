"""Check set SP's gold (eval/blind/mixed137) against its documents with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Each redact probe must occur (count >= 1) in the original in the channel its item claims ('channel':
metadata, outline, annotations; probes with "ocr": true are searched in the evaluator's OCR of image pages;
otherwise PDFium page text). A metadata/outline/annotations probe must NOT be in the page text. Each keep
probe's 'after' must equal its count in the original's PDFium text (and be >= 1), no keep probe may overlap
a text-layer redact probe, and 'pages' must match. Prints 'problems=0' when all holds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent


def spans(text, pr):
    return [m.span() for m in probe_regex(pr["text"], pr.get("word", False)).finditer(text)]


def main() -> int:
    problems = []
    nr = nk = nd = npg = 0
    per_ch = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gold['doc']}: missing PDF")
            continue
        nd += 1
        text, pages = text_pdfium(pdf)
        npg += pages
        if pages != gold["pages"]:
            problems.append(f"{gold['doc']}: pages {pages} != {gold['pages']}")
        need_ocr = any(pr.get("ocr") for it in gold["redact"] for pr in it["probes"])
        hidden = any(it.get("channel") for it in gold["redact"])
        chans = extract_channels(pdf, ocr="auto" if need_ocr else "off")["channels"] if (hidden or need_ocr) else {}
        rsp = []
        for it in gold["redact"]:
            for pr in it["probes"]:
                nr += 1
                ch = "ocr" if pr.get("ocr") else it.get("channel", "pdfium")
                per_ch[ch] = per_ch.get(ch, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gold['doc']}: redact probe with after != 0: {pr['text']!r}")
                if ch == "pdfium":
                    ok = count_in(text, pr) > 0
                    rsp += spans(text, pr)
                else:
                    ok = channel_counts(chans, pr).get(ch, 0) > 0
                    if ch != "ocr" and count_in(text, pr):
                        problems.append(f"{gold['doc']}: hidden probe {pr['text']!r} is also in the page text")
                if not ok:
                    problems.append(f"{gold['doc']}: redact probe {pr['text']!r} not found in {ch}")
        for it in gold["keep"]:
            for pr in it["probes"]:
                nk += 1
                ks = spans(text, pr)
                if len(ks) != pr["after"] or not ks:
                    problems.append(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but count={len(ks)}")
                if any(a < d and c < b for a, b in ks for c, d in rsp):
                    problems.append(f"{gold['doc']}: keep probe {pr['text']!r} overlaps a redact probe")
    for p in problems:
        print(p)
    print(f"docs={nd} pages={npg} redact_probes={nr} keep_probes={nk} by_channel={per_ch}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
