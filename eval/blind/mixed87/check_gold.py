"""Check the gold of set CS (eval/blind/mixed87) against the originals with the evaluator's functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must occur in the original in the channel it claims: 'ocr' (image-only scans),
'metadata', 'outline', 'annotations', or by default the PDFium text; a hidden-channel probe must NOT
occur in the PDFium text. Every keep probe's 'after' must equal its count in the PDFium text, and the
page count must match. Prints problems=N (0 when all holds).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    problems = []
    n_docs = n_red = n_keep = 0
    by_chan = {}
    pages = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: missing PDF")
            continue
        need_ocr = any(p.get("ocr") for r in g["redact"] for p in r["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")
        chans = ch["channels"]
        n_docs += 1
        pages += ch.get("pages", 0)
        if ch.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        for r in g["redact"]:
            for p in r["probes"]:
                n_red += 1
                if p.get("after", 0) != 0:
                    problems.append(f"{g['doc']}: redact probe {p['text']!r} after != 0")
                chan = p.get("channel", "pdfium")
                by_chan[chan] = by_chan.get(chan, 0) + 1
                cc = channel_counts(chans, p)
                if not cc.get(chan):
                    problems.append(f"{g['doc']}: redact probe {p['text']!r} not found in {chan} ({cc})")
                if chan in ("metadata", "outline", "annotations") and count_in(chans.get("pdfium", ""), p):
                    problems.append(f"{g['doc']}: hidden probe {p['text']!r} also in the page text")
        for k in g["keep"]:
            for p in k["probes"]:
                n_keep += 1
                c = count_in(chans.get("pdfium", ""), p)
                if c != p["after"]:
                    problems.append(f"{g['doc']}: keep probe {p['text']!r} after={p['after']} but {c} in PDFium text")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs={n_docs} pages={pages} redact_probes={n_red} keep_probes={n_keep} "
          f"redact_by_channel={json.dumps(by_chan, sort_keys=True)}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
