"""Build set mixed19: every document's PDF under docs/ and its gold file under gold/.

    /work/main/.venv/bin/python eval/blind/mixed19/build.py            # all documents
    /work/main/.venv/bin/python eval/blind/mixed19/build.py ac03 ac07  # only these

Exits non-zero and lists the problems when a probe cannot be verified (see framework.make_gold).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import framework  # noqa: E402
import importlib  # noqa: E402

DOCS = {}
for modname in ("docs_a", "docs_b", "docs_c", "docs_d"):
    if not (HERE / f"{modname}.py").exists():
        continue
    mod = importlib.import_module(modname)
    for name in sorted(dir(mod)):
        if name.startswith("ac") and name[2:4].isdigit():
            DOCS[name] = getattr(mod, name)


def main(argv):
    want = argv or sorted(DOCS)
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    bad = 0
    for name in want:
        fn = DOCS[name]
        framework.REG = framework.Reg()
        out = HERE / "docs" / f"{name}.pdf"
        extra = fn(out) or {}
        scan = extra.pop("scan", False)
        framework.finish_pdf(out, **extra)
        gold, problems = framework.make_gold(name, out, framework.REG, scan=scan)
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
        nr = len(gold["redact"])
        no = sum(1 for r in gold["redact"] if r["probes"][0].get("ocr"))
        nk = len(gold["keep"])
        size = out.stat().st_size // 1024
        print(f"{name}: pages={gold['pages']} redact={nr} (ocr {no}) keep={nk} size={size}KB", flush=True)
        for p in problems:
            print(f"   PROBLEM {name}: {p}", flush=True)
        bad += len(problems)
    print(f"problems={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
