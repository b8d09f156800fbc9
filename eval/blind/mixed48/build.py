"""Rebuild set mixed48 (BF): every PDF in docs/ and every gold file in gold/, deterministically.

    /work/main/.venv/bin/python build.py [name-filter]
"""
import json
import sys

from lib import DOCS, GOLD, WORK, make_gold
import importlib

ALL = []
for _m in ("docs_a", "docs_b", "docs_c", "docs_d", "docs_e"):
    try:
        ALL += importlib.import_module(_m).DOCS
    except ModuleNotFoundError as e:
        if e.name != _m:
            raise


def main():
    flt = sys.argv[1] if len(sys.argv) > 1 else ""
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    WORK.mkdir(exist_ok=True)
    problems = []
    for name, fn in ALL:
        if flt and flt not in name:
            continue
        out = DOCS / (name + ".pdf")
        items = fn(out)
        gold, probs = make_gold(out, items)
        problems += probs
        (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{name}: pages={gold['pages']} redact={nr} keep={nk} {'PROBLEMS ' + str(len(probs)) if probs else ''}",
              flush=True)
    for p in problems:
        print("  ", p)
    print(f"problems={len(problems)}")


if __name__ == "__main__":
    main()
