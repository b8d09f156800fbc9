"""Verify every gold probe of set AL (mixed28) against the original PDFs, with the shared
evaluator's own functions. Prints one line per problem and finally `problems=N`.

    /work/main/.venv/bin/python check_gold.py [--evaluator /work/shared/eval]

Checks per document:
  * the gold names an existing PDF and its page count is right;
  * every redact probe has after == 0 and occurs at least once in the original: OCR probes
    ("ocr": true) in the evaluator's OCR of the page images, the others in any channel;
  * every keep probe occurs exactly `after` (>= 1) times in the PDFium text;
  * no keep probe sits inside a redact probe (its count is the same once all redact probes
    are blanked out), so a perfect redaction leaves every keep probe readable.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--evaluator", default="/work/shared/eval")
    a = ap.parse_args()
    sys.path.insert(0, a.evaluator)
    import evaluate as ev

    problems = 0
    n_r = n_k = n_ocr = n_hidden = 0

    def bad(msg):
        nonlocal problems
        problems += 1
        print("PROBLEM", msg)

    golds = sorted((HERE / "gold").glob("*.json"))
    pdfs = sorted((HERE / "docs").glob("*.pdf"))
    if len(golds) != len(pdfs):
        bad(f"{len(golds)} gold files for {len(pdfs)} PDFs")
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            bad(f"{g['doc']}: PDF missing")
            continue
        need_ocr = any(p.get("ocr") for it in g["redact"] for p in it["probes"]) or bool(g.get("scan"))
        ch = ev.extract_channels(pdf, ocr="auto" if need_ocr else "off")
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            bad(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        text = chans.get("pdfium", "")
        masked = text
        for it in g["redact"]:
            for p in it["probes"]:
                n_r += 1
                if p.get("after", 0) != 0:
                    bad(f"{g['doc']}: redact probe {p['text']!r} has after={p.get('after')}")
                cc = ev.channel_counts(chans, p)
                if p.get("ocr"):
                    n_ocr += 1
                    if not cc.get("ocr"):
                        bad(f"{g['doc']}: OCR probe {p['text']!r} not read by OCR")
                elif not cc:
                    bad(f"{g['doc']}: redact probe {p['text']!r} not found in any channel")
                elif not any(cc.get(k) for k in ("pdfium", "pdfplumber", "pdftotext", "ocr")):
                    n_hidden += 1
                masked = ev.probe_regex(p["text"], p.get("word", False)).sub("\u2588", masked)
        for it in g["keep"]:
            for p in it["probes"]:
                n_k += 1
                c = ev.count_in(text, p)
                if c != p.get("after") or c < 1:
                    bad(f"{g['doc']}: keep probe {p['text']!r} count {c} != after {p.get('after')}")
                elif ev.count_in(masked, p) != c:
                    bad(f"{g['doc']}: keep probe {p['text']!r} lies inside a redact probe")
    print(f"docs={len(golds)} redact_probes={n_r} (ocr={n_ocr}, hidden_only={n_hidden}) keep_probes={n_k}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
