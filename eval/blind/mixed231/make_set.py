"""Rebuild set mixed231 (volkstuinen Deventer): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py vt03 vt17  # only these

Keep probes' 'after' are counted on the original's PDFium text with the evaluator's own functions;
redact probes have after=0 and must occur in the channel claimed. A keep probe may not overlap a
redact probe (checked on a simulated redaction of the text). OCR probes the evaluator's OCR does not
read are dropped and reported.
"""
from __future__ import annotations

import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b, content_c, content_d, content_e, content_f  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS + content_e.DOCS + content_f.DOCS


def main(argv):
    from extra import EXTRA
    docs = all_docs()
    for d in docs:
        d.redact = list(d.redact) + EXTRA.get(d.stem[:4], [])
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
