"""Check the gold of set BY (eval/blind/mixed67) against the original PDFs.

    /work/main/.venv/bin/python check_gold.py [stem ...]

* every redact probe has after=0 and occurs in the original in the channel it claims
  (text = PDFium text; ocr = tesseract OCR as the evaluator runs it; metadata / outline /
  annotations = that channel, and then NOT in the PDFium text, since it is claimed hidden);
* every keep probe's 'after' equals its count in the original's PDFium text;
* no keep-probe match overlaps a text redact-probe match in the PDFium text (the gold would
  contradict itself).
Prints one line per problem and finally problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, probe_regex  # noqa: E402


def spans(text, p):
    return [m.span() for m in probe_regex(p["text"], p.get("word", False)).finditer(text)]


def main(argv):
    problems = 0
    stats = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "by_channel": {}}
    for gp in sorted((HERE / "gold").glob("*.json")):
        if argv and gp.stem not in argv:
            continue
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans.get("pdfium", "")
        stats["docs"] += 1
        stats["pages"] += ch.get("pages", 0)
        if ch.get("pages") != g["pages"]:
            print(f"{gp.stem}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        red_spans = []
        for item in g["redact"]:
            for p in item["probes"]:
                stats["redact"] += 1
                claim = p.get("channel", "text")
                stats["by_channel"][claim] = stats["by_channel"].get(claim, 0) + 1
                if p.get("after", 0) != 0:
                    print(f"{gp.stem}: redact probe {p['text']!r} after != 0")
                    problems += 1
                cc = channel_counts(chans, p)
                if claim == "text":
                    if count_in(text, p) == 0:
                        print(f"{gp.stem}: redact probe {p['text']!r} not in PDFium text ({cc})")
                        problems += 1
                    red_spans += [(s, p["text"]) for s in spans(text, p)]
                elif claim == "ocr":
                    if not cc.get("ocr"):
                        print(f"{gp.stem}: redact probe {p['text']!r} not found by OCR")
                        problems += 1
                else:
                    if not cc.get(claim):
                        print(f"{gp.stem}: redact probe {p['text']!r} not in channel {claim} ({cc})")
                        problems += 1
                    if count_in(text, p):
                        print(f"{gp.stem}: redact probe {p['text']!r} claimed hidden ({claim}) but in the text")
                        problems += 1
        for item in g["keep"]:
            for p in item["probes"]:
                stats["keep"] += 1
                c = count_in(text, p)
                if c != p.get("after"):
                    print(f"{gp.stem}: keep probe {p['text']!r} after={p.get('after')} but found {c}")
                    problems += 1
                for (a, b) in spans(text, p):
                    for (x, y), rt in red_spans:
                        if a < y and x < b:
                            print(f"{gp.stem}: keep probe {p['text']!r} overlaps redact probe {rt!r}: "
                                  f"{text[max(0, a - 30):b + 30]!r}")
                            problems += 1
    print(f"docs={stats['docs']} pages={stats['pages']} redact_probes={stats['redact']} "
          f"keep_probes={stats['keep']} redact_by_channel={stats['by_channel']}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
