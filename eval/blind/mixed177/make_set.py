"""Rebuild set mixed177 (provincial subsidy for a volunteer-run listed windmill): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py m03 m17    # only these

Redact probes come from the register in register.py (only those occurring in a document's PDFium
text are used) plus each document's hidden-channel items; keep probes from the register's public
terms, counted on the original's PDFium text with the evaluator's own functions; a keep probe that
overlaps any redact value in the text is dropped.
"""
from __future__ import annotations
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import GOLD_DIR, make_gold  # noqa: E402
from register import REDACT, KEEP  # noqa: E402

def all_docs():
    import content_a, content_b, content_c, content_d, content_e, content_f, content_g  # noqa: E401
    return sum((m.DOCS for m in (content_a, content_b, content_c, content_d, content_e, content_f, content_g)), [])

def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path, REDACT, KEEP)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")

if __name__ == "__main__":
    main(sys.argv[1:])
