"""Check set IG's gold against its documents with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

For every redact probe: after == 0, and the probe occurs in the original in the channel it claims
('where': text = PDFium text; ocr = OCR of the image-only page; metadata / outline / annotations = that
channel and NOT in any text channel). For every keep probe: 'after' equals its count in the original's
PDFium text, and no keep occurrence overlaps a redact probe occurrence. Prints problems=N last.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402


def main() -> int:
    problems = 0
    tot_r = tot_k = pages = 0
    where_n: dict = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.is_file():
            print(f"{gp.name}: missing {pdf.name}")
            problems += 1
            continue
        text, n = text_pdfium(pdf)
        pages += n
        if n != gold["pages"]:
            print(f"{gold['doc']}: pages {n} != gold {gold['pages']}")
            problems += 1
        ch = extract_channels(pdf, ocr="auto")["channels"]
        red_spans = []
        for item in gold["redact"]:
            for pr in item["probes"]:
                tot_r += 1
                w = pr.get("where", "text")
                where_n[w] = where_n.get(w, 0) + 1
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} after != 0")
                    problems += 1
                cc = channel_counts(ch, pr)
                if w == "text":
                    ok = count_in(text, pr) > 0
                    red_spans += [m.span() for m in probe_regex(pr["text"], pr.get("word", False)).finditer(text)]
                elif w == "ocr":
                    ok = pr.get("ocr") and cc.get("ocr", 0) > 0
                else:
                    ok = cc.get(w, 0) > 0 and not any(cc.get(t) for t in ("pdfium", "pdfplumber"))
                if not ok:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found as claimed ({w}); found {cc}")
                    problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                tot_k += 1
                c = count_in(text, pr)
                if c != pr["after"]:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} count {c} != after {pr['after']}")
                    problems += 1
                for m in probe_regex(pr["text"], pr.get("word", False)).finditer(text):
                    a, b = m.span()
                    if any(a < y and x < b for x, y in red_spans):
                        print(f"{gold['doc']}: keep probe {pr['text']!r} overlaps a redact probe at {a}")
                        problems += 1
    print(f"documents={len(list((HERE / 'gold').glob('*.json')))} pages={pages} redact_probes={tot_r} "
          f"keep_probes={tot_k} by_channel={dict(sorted(where_n.items()))}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
