"""Re-check every probe of gold/*.json against its PDF in docs/ (no tool output involved).

    /work/main/.venv/bin/python check_gold.py

A redact probe must occur more often than its `after` in the channel it belongs to: page text
(pdftotext -layout, pdftotext reading order, pypdfium2 or pdfplumber), or the `channel` the gold
names (metadata, annotations, outline, raw_file), or OCR (tesseract, as the evaluator runs it) for
`"ocr": true`. A keep probe must occur at least `after` times in the pypdfium2 text (what the
evaluator's over-redaction check reads)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from framework import DOCS, GOLD, TEXT_NAMES, pdf_channels, probe_count, count_in


def main() -> int:
    problems = []
    red_where, keep_where = Counter(), Counter()
    nred = nkeep = pages = ndocs = 0
    kinds_r, kinds_k = Counter(), Counter()
    for gp in sorted(GOLD.glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = DOCS / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: PDF missing")
            continue
        ndocs += 1
        scan = any(p.get("ocr") for e in g["redact"] for p in e["probes"])
        ch = pdf_channels(pdf, scan)
        if ch["pages"] != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch['pages']} != gold {g['pages']}")
        pages += ch["pages"]
        for e in g["redact"]:
            for p in e["probes"]:
                nred += 1
                kinds_r[e["kind"]] += 1
                if p.get("ocr"):
                    names = ("ocr",)
                elif p.get("channel"):
                    names = (p["channel"],)
                else:
                    names = TEXT_NAMES
                hit = [n for n in names if probe_count(ch, n, p) > p.get("after", 0)]
                if hit:
                    red_where[hit[0]] += 1
                else:
                    problems.append(f"{g['doc']}: redact probe {p['text']!r} not found more than {p.get('after', 0)}x in {names}")
        for e in g["keep"]:
            for p in e["probes"]:
                nkeep += 1
                kinds_k[e["kind"]] += 1
                c = count_in(ch["pdfium"], p)
                if c >= p["after"] >= 1:
                    keep_where["pdfium"] += 1
                else:
                    problems.append(f"{g['doc']}: keep probe {p['text']!r} found {c}x in pypdfium2 text, gold says {p['after']}")
    for pr in problems:
        print("PROBLEM", pr)
    print(f"docs={ndocs} pages={pages} redact_probes={nred} keep_probes={nkeep} problems={len(problems)}")
    print("redact probes found in:", json.dumps(dict(sorted(red_where.items()))))
    print("keep probes found in:", json.dumps(dict(sorted(keep_where.items()))))
    print("redact kinds:", json.dumps(dict(kinds_r.most_common()), ensure_ascii=False))
    print("keep kinds:", json.dumps(dict(kinds_k.most_common()), ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
