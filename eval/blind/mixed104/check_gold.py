"""Check set ZZ's gold against its documents with the evaluator's own extraction.

    /work/main/.venv/bin/python check_gold.py

A redact probe must occur (>= 1) in the original in the channel it is claimed for: the OCR text for
'ocr' probes, the named channel for probes with 'channel' (metadata, outline, annotations; these must
then be absent from the PDFium text, i.e. hidden), else the PDFium text. A keep probe's 'after' must
equal its count in the original's PDFium text. Prints per-document lines and 'problems=N'.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, text_pdfium, extract_channels, channel_counts  # noqa: E402


def main():
    problems = 0
    tot_r = tot_k = tot_pages = scans = hidden = ocr_n = 0
    for g in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{g.name}: missing {pdf.name}")
            problems += 1
            continue
        txt, n = text_pdfium(pdf)
        tot_pages += n
        need_all = any(p.get("ocr") or p.get("channel") for it in gold["redact"] for p in it["probes"])
        ch = extract_channels(pdf, ocr="auto")["channels"] if need_all else None
        if ch is not None and ch.get("ocr"):
            scans += 1
        bad = []
        for it in gold["redact"]:
            for p in it["probes"]:
                tot_r += 1
                if p.get("after", 0) != 0:
                    bad.append(f"redact after!=0 {p['text']}")
                if p.get("ocr"):
                    ocr_n += 1
                    c = channel_counts(ch, p).get("ocr", 0)
                elif p.get("channel"):
                    hidden += 1
                    c = channel_counts(ch, p).get(p["channel"], 0)
                    if count_in(txt, p):
                        bad.append(f"hidden probe visible in text: {p['text']}")
                else:
                    c = count_in(txt, p)
                if c < 1:
                    bad.append(f"redact probe absent: {p['text']!r} ({p.get('channel') or ('ocr' if p.get('ocr') else 'pdfium')})")
        for it in gold["keep"]:
            for p in it["probes"]:
                tot_k += 1
                c = count_in(txt, p)
                if c != p["after"]:
                    bad.append(f"keep {p['text']!r}: after={p['after']} but original has {c}")
        problems += len(bad)
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{gold['doc']}: pages={n} redact={nr} keep={nk}" + ("" if not bad else "  PROBLEMS: " + "; ".join(bad)))
    print(f"documents={len(list((HERE / 'gold').glob('*.json')))} pages={tot_pages} redact={tot_r} keep={tot_k} "
          f"ocr_probes={ocr_n} hidden_probes={hidden} scanned_docs={scans}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
