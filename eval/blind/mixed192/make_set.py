"""Rebuild set VR (eval/blind/mixed192): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py vr03 vr15  # only these

Documents are written with inline markup (see lib.py): [[...]] = redact, {{...}} = keep. Every keep
probe's 'after' is counted on the original's PDFium text with the evaluator's own functions; every redact
probe has after=0 and is verified in the channel it is claimed for; a keep probe may not lose
occurrences when all redact values are removed from the text (no overlap).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b, content_c, content_d  # noqa: E401
    from content_e import EXTRA
    docs = content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS
    for d in docs:
        extra = EXTRA.get(d.stem[:4])
        if extra and not d.body.endswith(extra):
            d.body = d.body.rstrip("\n") + "\n" + extra
    return docs


def main(argv):
    sel = [d for d in all_docs() if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
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
