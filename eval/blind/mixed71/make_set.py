"""Rebuild set LN (eval/blind/mixed71): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py ln03 ln17 # only these

Documents are defined in docs_a.py, docs_b.py and docs_c.py (one function per document, named like
the PDF); rendering and gold helpers are in lib.py. Every keep probe's 'after' is counted on the
original's PDFium text with the evaluator's own functions; every redact probe has after=0 and is
checked by check_gold.py in the channel it claims.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402


def all_docs():
    out = {}
    for mod in (docs_a, docs_b, docs_c):
        for name in dir(mod):
            if name.startswith("ln") and name[2:].isdigit():
                out[name] = getattr(mod, name)
    return dict(sorted(out.items()))


def main(argv):
    lib.DOCS_DIR.mkdir(exist_ok=True)
    lib.GOLD_DIR.mkdir(exist_ok=True)
    docs = all_docs()
    wanted = argv or list(docs)
    tot_pages = tot_r = tot_k = 0
    bad = 0
    for name in wanted:
        d = docs[name]()
        pages, problems = d.finish()
        nr = sum(len(i["probes"]) for i in d.redact)
        nk = sum(len(i["probes"]) for i in d.keep)
        tot_pages += pages
        tot_r += nr
        tot_k += nk
        print(f"{name}: pages={pages} redact={nr} keep={nk}")
        for p in problems:
            print("   PROBLEM", p)
        bad += len(problems)
    print(f"docs={len(wanted)} pages={tot_pages} redact={tot_r} keep={tot_k} problems={bad}")


if __name__ == "__main__":
    main(sys.argv[1:])
