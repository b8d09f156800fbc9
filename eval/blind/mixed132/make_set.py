"""Rebuild set EC (eval/blind/mixed132): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ec03 ec17  # only these

Persons (redact) and public vocabulary (keep) are declared once for the batch in content.py; a
document's gold holds every declared probe that occurs in it (PDFium page text, or OCR for the three
scans), plus the hidden-channel items the document declares. Keep probes' 'after' is counted on the
original's PDFium text with the evaluator's own functions; a keep probe that overlaps a redact probe
(simulated redaction) is left out. A declared redact probe that is in a document's source text but
not found in its PDF text is reported as a problem. check_gold.py re-checks the result.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold, norm, count_in  # noqa: E402
from content import DOCS, PERSONS, KEEP  # noqa: E402


def source_text(d):
    parts = []
    for b in d.blocks:
        if b[0] in ("h", "p", "hw"):
            parts.append(b[1])
        elif b[0] == "t":
            parts += [" ".join(str(c) for c in r) for r in b[1]]
    return norm("\n".join(parts))


def main(argv):
    sel = [d for d in DOCS if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path, PERSONS, KEEP)
        found = {pr["text"] for it in gold["redact"] for pr in it["probes"]}
        src = source_text(d)
        for _k, _v, probes in PERSONS + list(d.extra_redact):
            for p in probes:
                if p not in found and count_in(src, {"text": p, "word": True}):
                    msg = f"{d.stem}: declared probe {p!r} in source but not found in the PDF"
                    if d.ocr:
                        print("   (ocr) " + msg)
                    else:
                        problems.append(msg)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
