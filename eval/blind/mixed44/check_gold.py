#!/usr/bin/env python
"""Check the gold of blind set BB (mixed44) against the originals with the evaluator's own functions.

Every redact probe must occur in the original (in some channel; OCR-only probes in OCR) more often
than its 'after'; every keep probe's count in the PDFium text of the original, after masking the redact
probes (the text a perfect redaction leaves), must equal its 'after'. Prints problems=N (must be 0)
and the probe statistics."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex  # noqa: E402


def main():
    problems = 0
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0, "scans": 0}
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        if only and not g["doc"].startswith(only):
            continue
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{g['doc']}: missing PDF"); problems += 1; continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        tot["docs"] += 1
        tot["pages"] += ch.get("pages", 0)
        if ch.get("pages", 0) != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}"); problems += 1
        if ch["image_pages"]:
            tot["scans"] += 1
        allp = []
        for item in g["redact"]:
            for pr in item["probes"]:
                tot["redact"] += 1
                allp.append(pr)
                cc = channel_counts(chans, pr)
                if not cc or max(cc.values()) <= pr.get("after", 0):
                    print(f"{g['doc']}: redact probe {pr['text']!r} ({item['kind']}) not found: {cc}")
                    problems += 1
                    continue
                if pr.get("ocr"):
                    tot["ocr"] += 1
                elif not any(k in cc for k in ("pdfium", "pdfplumber", "pdftotext")):
                    tot["hidden"] += 1
        masked = chans.get("pdfium", "")
        for pr in sorted(allp, key=lambda p: -len(p["text"])):
            if not pr.get("ocr"):
                masked = probe_regex(pr["text"], pr.get("word", False)).sub("\u25a0", masked)
        for item in g["keep"]:
            for pr in item["probes"]:
                tot["keep"] += 1
                n = count_in(masked, pr)
                if n != pr.get("after", 0) or n == 0:
                    print(f"{g['doc']}: keep probe {pr['text']!r} count {n} != after {pr.get('after')}")
                    problems += 1
    print(" ".join(f"{k}={v}" for k, v in tot.items()))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
