"""Rebuild set WD (eval/blind/mixed133): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py wd03 wd17  # only these

Everything is deterministic (fixed seeds, deterministic PDF ids). Gold is derived from the markup in
content_*.py: {{...}} redact, <<...>> keep; counts with the evaluator's own functions.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import DOCS_DIR, GOLD_DIR  # noqa: E402


def all_docs():
    import importlib
    docs = []
    for name in ("content_a", "content_b", "content_c"):
        try:
            docs += importlib.import_module(name).DOCS
        except ModuleNotFoundError:
            pass
    return docs


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = d.gold(path)
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
