"""Check the gold of set BL against the originals with the evaluator's own functions.

Every redact probe must occur in the original (some channel: text, raw, metadata, outline,
annotations, OCR) more often than its 'after'; every keep probe must occur in the PDFium text
exactly 'after' times; no keep probe may match inside a redact value and vice versa.
Prints problems=N (must be 0).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv):
    problems = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    if argv:
        golds = [g for g in golds if any(g.name.startswith(a) for a in argv)]
    nred = nkeep = 0
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: MISSING PDF"); problems += 1; continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch.get("pages") != gold["pages"]:
            print(f"{gold['doc']}: pages {ch.get('pages')} != gold {gold['pages']}"); problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                nred += 1
                cc = channel_counts(chans, pr)
                best = max(cc.values()) if cc else 0
                if best <= pr.get("after", 0):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found (channels {cc})"); problems += 1
                for k in gold["keep"]:
                    if count_in(norm(k["value"]), pr):
                        print(f"{gold['doc']}: redact probe {pr['text']!r} matches keep value {k['value']!r}")
                        problems += 1
        text = chans.get("pdfium", "")
        for item in gold["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                c = count_in(text, pr)
                if c != pr["after"] or c == 0 and not ch.get("image_pages"):
                    print(f"{gold['doc']}: keep probe {pr['text']!r} count {c} != after {pr['after']}"); problems += 1
                for r in gold["redact"]:
                    if count_in(norm(r["value"]), pr):
                        print(f"{gold['doc']}: keep probe {pr['text']!r} matches redact value {r['value']!r}")
                        problems += 1
        print(f"{gold['doc']}: ok-checked pages={gold['pages']} image_pages={ch.get('image_pages')} "
              f"channels-with-errors={list(ch['errors'])}", flush=True)
    print(f"documents={len(golds)} redact_probes={nred} keep_probes={nkeep}")
    print(f"problems={problems}")


if __name__ == "__main__":
    main(sys.argv[1:])
