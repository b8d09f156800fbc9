"""Rebuild set mixed217 (playground accident, gemeente Lindewaard): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py pa03 pa17  # only these

Keep probes' 'after' is counted on the original's PDFium text with the evaluator's own functions;
a keep probe that overlaps a redact value is dropped. Redact probes must occur in their channel.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, K, build_all, make_gold  # noqa: E402


def all_docs():
    import content_a
    import content_b
    import content_c
    import content_d
    docs = list(content_a.DOCS) + list(content_b.DOCS) + list(content_c.DOCS) + list(content_d.DOCS)
    for d in docs:
        ex = content_d.EXTRA.get(d.stem[:4], {})
        d.redact = d.redact + ex.get("redact", [])
        d.keep = d.keep + [K("TERM", t) for t in ex.get("keep", [])]
    return docs


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    build_all(sel)
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        gold, problems = make_gold(d, d.path)
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
