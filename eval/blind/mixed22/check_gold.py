"""Check every gold probe of set AF (mixed22) against its original PDF, with the evaluator's own extraction.

    /work/main/.venv/bin/python eval/blind/mixed22/check_gold.py [NAME-PREFIX ...]

- redact probe: must occur MORE often than its `after` in the original: in the channel it names
  ("channel": metadata / outline / annotations; "ocr": true for scans), otherwise in at least one of the
  text channels pdfium, pdftotext, pdfplumber.
- keep probe: must occur at least `after` (>= 1) times in the PDFium text of the original (that is what
  the evaluator checks on the output).
- each PDF < 1 MB, page count as in the gold, a gold file for each PDF and vice versa.
Exit 0 only when every check passes.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv):
    golds = sorted((HERE / "gold").glob("*.json"))
    pdfs = sorted((HERE / "docs").glob("*.pdf"))
    bad = []
    if {g.stem for g in golds} != {p.stem for p in pdfs}:
        bad.append(f"gold/docs mismatch: {sorted({g.stem for g in golds} ^ {p.stem for p in pdfs})}")
    tot = Counter()
    for g in golds:
        if argv and not any(g.stem.startswith(a) for a in argv):
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        ch = ev.extract_channels(pdf, ocr="auto")
        c = ch["channels"]
        nbad = 0
        if ch.get("pages") != gold["pages"]:
            bad.append(f"{g.stem}: pages {ch.get('pages')} != gold {gold['pages']}")
        if pdf.stat().st_size >= 1_000_000:
            bad.append(f"{g.stem}: {pdf.stat().st_size} bytes >= 1 MB")
        for it in gold["redact"]:
            for pr in it["probes"]:
                if pr.get("ocr"):
                    where = ("ocr",)
                elif pr.get("channel"):
                    where = (pr["channel"],)
                else:
                    where = ("pdfium", "pdftotext", "pdfplumber")
                counts = {w: ev.channel_counts({w: c.get(w)}, pr).get(w, 0) for w in where}
                if max(counts.values()) <= pr.get("after", 0):
                    bad.append(f"{g.stem}: redact probe {pr['text']!r} not found beyond after={pr.get('after', 0)} in {where}: {counts}")
                    nbad += 1
                tot["redact"] += 1
                tot["redact_ocr" if pr.get("ocr") else ("redact_" + pr["channel"]) if pr.get("channel") else "redact_text"] += 1
        for it in gold["keep"]:
            for pr in it["probes"]:
                n = ev.count_in(c.get("pdfium", ""), pr)
                if pr.get("after", 0) < 1 or n < pr["after"]:
                    bad.append(f"{g.stem}: keep probe {pr['text']!r} after={pr.get('after')} but pdfium has {n}")
                    nbad += 1
                tot["keep"] += 1
        tot["docs"] += 1
        tot["pages"] += gold["pages"]
        print(f"{g.stem}: pages={gold['pages']} redact={sum(len(i['probes']) for i in gold['redact'])} "
              f"keep={sum(len(i['probes']) for i in gold['keep'])} {'OK' if not nbad else f'{nbad} FAILED'}", flush=True)
    for b in bad:
        print("FAIL", b)
    print("TOTAL " + " ".join(f"{k}={v}" for k, v in sorted(tot.items())) + f" failures={len(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
