"""Rebuild set BB (eval/blind/mixed213): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bb03 bb17  # only these

Bodies carry inline markup ([[K|redact]] and {{K|keep}}, see lib.py). Every keep probe's 'after' is
counted on the original's PDFium text with the evaluator's own functions; a keep probe that would be hit
by a simulated redaction of all redact probes is refused. check_gold.py re-checks the result.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import DOCS_DIR, GOLD_DIR, build, build_all_docx, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b  # noqa: E401
    return content_a.DOCS + content_b.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    DOCS_DIR.mkdir(exist_ok=True)
    build_all_docx([d for d in sel if d.maker == "docx"])
    for d in sel:
        if d.maker == "docx":
            d.post(d.pdf)
        else:
            build(d)
    allp = []
    for d in sel:
        gold, problems = make_gold(d)
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
