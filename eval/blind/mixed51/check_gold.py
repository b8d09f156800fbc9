"""Check the gold of set BI (mixed51) with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [name-prefix ...]

problems: a redact probe that does not occur in the original more often than its 'after' (any channel,
OCR for image pages), a keep probe whose PDFium count differs from its 'after', a keep-probe occurrence
that overlaps a redact-probe occurrence in the PDFium text, a missing PDF or a wrong page count.
Prints 'problems=N' last.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv):
    problems = 0
    stats = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr_only": 0, "hidden_only": 0}
    for gp in sorted((HERE / "gold").glob("*.json")):
        if argv and not any(gp.stem.startswith(a) for a in argv):
            continue
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{g['doc']}: missing PDF")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        stats["docs"] += 1
        stats["pages"] += ch.get("pages", 0)
        if ch.get("pages") != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        text = chans.get("pdfium", "")
        spans = []
        for item in g["redact"]:
            for pr in item["probes"]:
                stats["redact"] += 1
                cc = channel_counts(chans, pr)
                if max(cc.values(), default=0) <= pr.get("after", 0):
                    print(f"{g['doc']}: redact probe not found: {pr['text']!r} ({item['value']}) {cc}")
                    problems += 1
                txt = {k: v for k, v in cc.items() if k in ("pdfium", "pdfplumber", "pdftotext")}
                if not txt:
                    if "ocr" in cc:
                        stats["ocr_only"] += 1
                    elif cc:
                        stats["hidden_only"] += 1
                rx = probe_regex(pr["text"], pr.get("word", False))
                spans += [(m.start(), m.end(), pr["text"]) for m in rx.finditer(text)]
        for item in g["keep"]:
            for pr in item["probes"]:
                stats["keep"] += 1
                c = count_in(text, pr)
                if c != pr.get("after"):
                    print(f"{g['doc']}: keep probe {pr['text']!r} count {c} != after {pr.get('after')}")
                    problems += 1
                if c == 0:
                    print(f"{g['doc']}: keep probe {pr['text']!r} does not occur")
                    problems += 1
                rx = probe_regex(pr["text"], pr.get("word", False))
                for m in rx.finditer(text):
                    for a, b, t in spans:
                        if m.start() < b and a < m.end():
                            print(f"{g['doc']}: keep probe {pr['text']!r} overlaps redact probe {t!r}")
                            problems += 1
    print(" ".join(f"{k}={v}" for k, v in stats.items()))
    print(f"problems={problems}")


if __name__ == "__main__":
    main(sys.argv[1:])
