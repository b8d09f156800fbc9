"""Verify the gold of set AG (mixed23): every redact probe occurs in the original (text channels, or the
hidden channel the gold names, or OCR for scans) more often than its `after`; every keep probe occurs
exactly `after` times in the PDFium text. Uses the evaluator's own extraction functions."""
import json
import sys
from pathlib import Path

from framework import DOCS, GOLD, channels, probe_counts, TEXT_CHANNELS
from evaluate import count_in, ocr_count

bad = 0
tot_r = tot_k = ocr_r = hidden_r = pages = 0
chan_hist = {}
for gf in sorted(GOLD.glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    pdf = DOCS / g["doc"]
    scan_doc = any(p.get("ocr") for i in g["redact"] for p in i["probes"])
    ch, n = channels(pdf, scan_doc)
    pages += n
    if n != g["pages"]:
        print(f"BAD pages {g['doc']}: {n} != {g['pages']}")
        bad += 1
    if pdf.stat().st_size > 1_000_000:
        print(f"BAD size {g['doc']}: {pdf.stat().st_size}")
        bad += 1
    for item in g["redact"]:
        for p in item["probes"]:
            tot_r += 1
            if p.get("ocr"):
                ocr_r += 1
                c = ocr_count(ch["ocr"], p)
            elif p.get("channel"):
                hidden_r += 1
                chan_hist[p["channel"]] = chan_hist.get(p["channel"], 0) + 1
                c = count_in(ch[p["channel"]], p)
            else:
                cc = probe_counts(ch, p)
                c = max([cc.get(k, 0) for k in TEXT_CHANNELS])
            if c <= p.get("after", 0):
                print(f"BAD redact {g['doc']}: {p['text']!r} found {c}")
                bad += 1
    for item in g["keep"]:
        for p in item["probes"]:
            tot_k += 1
            c = count_in(ch["pdfium"], p)
            if c != p["after"] or c == 0:
                print(f"BAD keep {g['doc']}: {p['text']!r} found {c}, gold {p['after']}")
                bad += 1
print(f"docs={len(list(GOLD.glob('*.json')))} pages={pages} redact_probes={tot_r} (ocr={ocr_r}, "
      f"hidden-only={hidden_r} {chan_hist}) keep_probes={tot_k} problems={bad}")
sys.exit(1 if bad else 0)
