"""Rebuild set AB (mixed18): render every document to docs/*.pdf and write gold/*.json.

    /work/main/.venv/bin/python eval/blind/mixed18/build.py [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import framework as fw  # noqa: E402
from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402
from docs_c import DOCS as C  # noqa: E402

from docs_more import extend  # noqa: E402

ALL = extend(A + B + C)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args(argv)
    fw.DOCS.mkdir(exist_ok=True)
    fw.GOLD.mkdir(exist_ok=True)
    ev = fw.load_evaluator()
    names = [d["name"] for d in ALL]
    assert len(names) == len(set(names)), "duplicate document names"
    bad = 0
    for i, doc in enumerate(ALL):
        if args.only and doc["name"] not in args.only:
            continue
        out = fw.DOCS / f"{doc['name']}.pdf"
        scan = doc["producer"] == "scan"
        if scan:
            fw.render_scan(doc, out, seed=1800 + i)
        else:
            fw.RENDERERS[doc["producer"]](doc, out)
            fw.finish(doc, out)
        gold, problems = fw.build_gold(doc, out, ev, scan)
        (fw.GOLD / f"{doc['name']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        nr = sum(len(x["probes"]) for x in gold["redact"])
        nk = sum(len(x["probes"]) for x in gold["keep"])
        print(f"{doc['name']:42} {doc['producer']:5} pages={gold['pages']} redact={nr} keep={nk} "
              f"size={out.stat().st_size // 1024}KB")
        for p in problems:
            print("    " + p)
            if not p.startswith("note:"):
                bad += 1
    print(f"problems: {bad}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
