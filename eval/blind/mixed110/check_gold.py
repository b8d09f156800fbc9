"""Check the gold of set HB (eval/blind/mixed110) against the originals, with the evaluator's functions.

- every redact probe (after=0) occurs in the original in the channel its item claims
  ('text' = PDFium text, 'ocr', 'metadata', 'outline', 'annotations'); OCR probes carry "ocr": true;
- every keep probe occurs in the original's PDFium text exactly 'after' times (and at least once);
- no keep probe matches inside a redact value of the same document, and no keep occurrence lies
  inside a redact probe's match in the PDFium text;
- the page count in the gold is the original's.
Prints per-document counts and, last, problems=N (must be 0).

    /work/main/.venv/bin/python check_gold.py [hb01 hb02 ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex  # noqa: E402

HERE = Path(__file__).resolve().parent
WHERE = {"text": "pdfium", "ocr": "ocr", "metadata": "metadata", "outline": "outline",
         "annotations": "annotations"}


def main(argv) -> int:
    problems = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    if argv:
        golds = [g for g in golds if any(g.name.startswith(a) for a in argv)]
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0}
    per_channel: dict = {}
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: MISSING PDF")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans.get("pdfium", "")
        tot["docs"] += 1
        tot["pages"] += ch.get("pages", 0)
        if ch.get("pages") != gold["pages"]:
            print(f"{gold['doc']}: pages {ch.get('pages')} != gold {gold['pages']}")
            problems += 1
        masked = text
        red_values = []
        for item in gold["redact"]:
            red_values.append(item["value"])
            claim = WHERE[item.get("channel", "text")]
            per_channel[claim] = per_channel.get(claim, 0) + len(item["probes"])
            for pr in item["probes"]:
                tot["redact"] += 1
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                if (claim == "ocr") != bool(pr.get("ocr")):
                    print(f"{gold['doc']}: probe {pr['text']!r} ocr flag does not match channel")
                    problems += 1
                cc = channel_counts(chans, pr)
                if cc.get(claim, 0) <= pr.get("after", 0):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found in {claim} ({cc})")
                    problems += 1
                masked = probe_regex(pr["text"], pr.get("word", False)).sub("\u25a0", masked)
        for item in gold["keep"]:
            for pr in item["probes"]:
                tot["keep"] += 1
                n = count_in(text, pr)
                if n != pr["after"] or n == 0:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} found {n}, gold {pr['after']}")
                    problems += 1
                if count_in(masked, pr) != n:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} lies inside a redact match")
                    problems += 1
                for v in red_values:
                    if count_in(v, pr):
                        print(f"{gold['doc']}: keep probe {pr['text']!r} inside redact value {v!r}")
                        problems += 1
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{gold['doc']}: pages={gold['pages']} redact={nr} keep={nk}")
    print("totals: " + " ".join(f"{k}={v}" for k, v in tot.items()))
    print("redact probes by claimed channel: " + " ".join(f"{k}={v}" for k, v in sorted(per_channel.items())))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
