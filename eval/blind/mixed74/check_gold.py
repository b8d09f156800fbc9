"""Check the gold of set CF (eval/blind/mixed74) against its originals; prints problems=N last.

- every redact probe occurs (>= 1) in the original in the channel it names ('where', default the text
  layer as read by PDFium; 'ocr': true -> tesseract OCR as the evaluator runs it; metadata, outline,
  annotations -> the evaluator's pikepdf channels), and a hidden-channel probe does NOT occur in the
  PDFium text;
- every keep probe's 'after' equals its count in the original's PDFium text;
- a keep probe's count does not drop when every redact value and probe is blanked out of the text
  (so keep and redact spans do not overlap).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex, text_pdfium  # noqa: E402

CH = {"metadata": "metadata", "outline": "outline", "annotations": "annotations"}


def main(argv):
    problems = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    if argv:
        golds = [g for g in golds if g.stem in argv]
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        text, pages = text_pdfium(pdf)
        if pages != gold["pages"]:
            print(f"{gp.stem}: pages {pages} != {gold['pages']}")
            problems += 1
        need_ocr = any(p.get("ocr") for it in gold["redact"] for p in it["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")["channels"]
        for it in gold["redact"]:
            for p in it["probes"]:
                if p.get("after", 0) != 0:
                    print(f"{gp.stem}: redact probe {p['text']!r} has after != 0")
                    problems += 1
                where = "ocr" if p.get("ocr") else p.get("where", "text")
                if where == "text":
                    c = count_in(ch.get("pdfium", ""), p)
                elif where == "ocr":
                    c = channel_counts(ch, p).get("ocr", 0)
                else:
                    c = count_in(ch.get(CH[where], ""), p)
                    if count_in(text, p):
                        print(f"{gp.stem}: hidden probe {p['text']!r} is also in the page text")
                        problems += 1
                if c < 1:
                    print(f"{gp.stem}: redact probe {p['text']!r} not found in {where}")
                    problems += 1
        # simulated redaction: blank every redact value and probe in the text
        red = text
        for it in gold["redact"]:
            for t in [it["value"]] + [p["text"] for p in it["probes"]]:
                rx = probe_regex(t, True)
                red = rx.sub(lambda m: "#" * len(m.group(0)), red)
        for it in gold["keep"]:
            for p in it["probes"]:
                c = count_in(text, p)
                if c != p["after"]:
                    print(f"{gp.stem}: keep probe {p['text']!r} after={p['after']} but original has {c}")
                    problems += 1
                c2 = count_in(red, p)
                if c2 != c:
                    print(f"{gp.stem}: keep probe {p['text']!r} overlaps a redact span ({c} -> {c2})")
                    problems += 1
    nr = nk = 0
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        nr += sum(len(i["probes"]) for i in gold["redact"])
        nk += sum(len(i["probes"]) for i in gold["keep"])
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
