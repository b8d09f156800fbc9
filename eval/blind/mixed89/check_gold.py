"""Check the gold of blind set mixed89 against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

For every document: each redact probe has after=0 and occurs in the original in the channel it claims
(PDFium text by default; "ocr": true -> tesseract OCR of the image pages; "channel": metadata / outline /
annotations -> that channel); each keep probe's 'after' equals its count in the original's PDFium text and
is at least 1; no keep probe's match overlaps a redact probe's match in the PDFium text (a keep probe that
a correct redaction would have to damage is a gold error); every docs/*.pdf has a gold file. The last line
is 'problems=N'.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402


def main() -> int:
    problems = []
    pdfs = sorted((HERE / "docs").glob("*.pdf"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if {p.stem for p in pdfs} != {g.stem for g in golds}:
        problems.append(f"docs/gold mismatch: {sorted({p.stem for p in pdfs} ^ {g.stem for g in golds})}")
    n_r = n_k = 0
    for gp in golds:
        gold = json.loads(gp.read_text())
        pdf = HERE / "docs" / gold["doc"]
        text, pages = text_pdfium(pdf)
        if pages != gold["pages"]:
            problems.append(f"{gp.stem}: pages {pages} != {gold['pages']}")
        need_ocr = any(p.get("ocr") for it in gold["redact"] for p in it["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")["channels"]
        red_spans = []
        for it in gold["redact"]:
            for pr in it["probes"]:
                n_r += 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gp.stem}: redact probe {pr['text']!r} after != 0")
                if pr.get("ocr"):
                    want = "ocr"
                else:
                    want = pr.get("channel", "pdfium")
                cc = channel_counts(ch, pr)
                if not cc.get(want):
                    problems.append(f"{gp.stem}: redact probe {pr['text']!r} not found in channel {want}")
                rx = probe_regex(pr["text"], pr.get("word", False))
                red_spans += [(m.start(), m.end(), pr["text"]) for m in rx.finditer(text)]
        for it in gold["keep"]:
            for pr in it["probes"]:
                n_k += 1
                c = count_in(text, pr)
                if c != pr["after"] or c < 1:
                    problems.append(f"{gp.stem}: keep probe {pr['text']!r} after={pr['after']} but counted {c}")
                rx = probe_regex(pr["text"], pr.get("word", False))
                for m in rx.finditer(text):
                    for s, e, t in red_spans:
                        if s < m.end() and m.start() < e:
                            problems.append(f"{gp.stem}: keep {pr['text']!r} overlaps redact {t!r}")
    for p in problems:
        print(p)
    print(f"docs={len(golds)} redact_probes={n_r} keep_probes={n_k}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
