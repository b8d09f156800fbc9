"""Check set BM's gold against its originals with the evaluator's own functions.

For every redact probe: present (count >= 1) in the channel it claims ('text' = PDFium text,
'ocr', 'metadata', 'outline', 'annotations'); after == 0. For every keep probe: 'after' equals
its count in the original's PDFium text, and no keep occurrence overlaps a redact probe's
occurrence in that text. Prints problems=N as its last line.

    /work/main/.venv/bin/python check_gold.py [stem-prefix ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import (channel_counts, count_in, extract_channels, probe_regex,  # noqa: E402
                      text_pdfium)


def spans(text, p):
    return [m.span() for m in probe_regex(p["text"], p.get("word", False)).finditer(text)]


def main(argv):
    problems = []
    n_red = n_keep = n_docs = n_pages = 0
    per_ch = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        if argv and not any(gp.stem.startswith(a) for a in argv):
            continue
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{gp.stem}: missing PDF")
            continue
        n_docs += 1
        text, pages = text_pdfium(pdf)
        n_pages += pages
        if pages != g["pages"]:
            problems.append(f"{gp.stem}: pages {pages} != gold {g['pages']}")
        need_ocr = any(p.get("channel") == "ocr" for it in g["redact"] for p in it["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")["channels"]
        red_spans = []
        for it in g["redact"]:
            for p in it["probes"]:
                n_red += 1
                c = p.get("channel", "text")
                per_ch[c] = per_ch.get(c, 0) + 1
                if p.get("after", 0) != 0:
                    problems.append(f"{gp.stem}: redact probe {p['text']!r} after != 0")
                cc = channel_counts(ch, p)
                key = "pdfium" if c == "text" else c
                if not cc.get(key):
                    problems.append(f"{gp.stem}: redact probe {p['text']!r} not found in {c} (found: {cc})")
                if c == "text":
                    red_spans += spans(text, p)
                elif c != "ocr" and count_in(text, p):
                    problems.append(f"{gp.stem}: hidden-channel probe {p['text']!r} is also in the page text")
        for it in g["keep"]:
            for p in it["probes"]:
                n_keep += 1
                c = count_in(text, p)
                if c != p["after"] or c == 0:
                    problems.append(f"{gp.stem}: keep probe {p['text']!r} after={p['after']} but count={c}")
                for a, b in spans(text, p):
                    for x, y in red_spans:
                        if a < y and x < b:
                            problems.append(f"{gp.stem}: keep probe {p['text']!r} overlaps a redact probe "
                                            f"at {text[max(0, a - 20):b + 20]!r}")
                            break
    for pr in problems:
        print("PROBLEM", pr)
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_red} keep_probes={n_keep} "
          f"redact_by_channel={json.dumps(per_ch, sort_keys=True)}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
