"""Rebuild blind set mixed155 (Douane whistleblower case): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py dk03 dk20  # only these

Content lives in content_*.py (markup: [[...]] = redact, {{...}} = keep), the builders and the gold
logic in engine.py. Keep 'after' counts are taken from the original's PDFium text with the evaluator's
own functions; redact probes are checked in the channel they are claimed for; a keep probe that
overlaps a redact value is dropped.
"""
from __future__ import annotations
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from engine import DOCS, GOLD  # noqa


def all_docs():
    import content_a, content_b, content_c, content_d, content_e, content_f  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS + content_e.DOCS + content_f.DOCS


def main(argv):
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    allp = []
    for d in all_docs():
        if argv and not any(d.stem.startswith(a) for a in argv):
            continue
        path = d.build()
        gold, problems = d.gold(path)
        (GOLD / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
