"""Verify every gold probe against its original PDF with the evaluator's own functions.

    python check_gold.py            -> one line per problem, last line problems=N

Checks: the gold file's page count; every redact probe has after=0 and occurs in the original in at least
one evaluator channel (OCR-only probes in the OCR text of the image pages, as evaluate.py reads them);
every keep probe's after equals its count in the PDFium text of the original and is > 0; no keep probe
occurrence overlaps a redact probe occurrence; one gold file per PDF."""
from __future__ import annotations

import sys

import framework as fw


def main() -> int:
    probs = []
    pdfs = sorted(p.name for p in fw.DOCS.glob("*.pdf"))
    golds = sorted(fw.GOLD.glob("*.json"))
    names = {g.stem + ".pdf" for g in golds}
    for p in pdfs:
        if p not in names:
            probs.append(f"{p}: no gold file")
    nr = nk = 0
    for g in golds:
        import json
        d = json.loads(g.read_text(encoding="utf-8"))
        nr += sum(len(i["probes"]) for i in d["redact"])
        nk += sum(len(i["probes"]) for i in d["keep"])
        probs += fw.check_gold_file(g, fw.DOCS)
    for p in probs:
        print(p)
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk}")
    print(f"problems={len(probs)}")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
