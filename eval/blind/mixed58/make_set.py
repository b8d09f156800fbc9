"""Rebuild set BP (eval/blind/mixed58): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bp03 bp17  # only these

The documents are written in the content modules c1.py .. c4.py (one function per document, which
builds the PDF and returns its redact and keep items); kit.py holds the shared helpers. Every keep
probe's 'after' is counted here on the original's PDFium text with the evaluator's own functions;
every redact probe has after=0 and is checked by check_gold.py in the channel it claims.
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
MODULES = ("c1", "c2", "c3", "c4")


def all_docs():
    out = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        out.extend(mod.DOCS)
    return out


def make(stem, fn):
    pdf = DOCS_DIR / f"{stem}.pdf"
    res = fn(pdf)
    text, pages = text_pdfium(pdf)
    keep = []
    for item in res["keep"]:
        for p in item["probes"]:
            p["after"] = count_in(text, p)
        keep.append(item)
    gold = {"doc": pdf.name, "pages": pages, "redact": res["red"], "keep": keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    nr = sum(len(i["probes"]) for i in res["red"])
    nk = sum(len(i["probes"]) for i in keep)
    print(f"{stem}: pages={pages} redact={nr} keep={nk}")


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    for stem, fn in all_docs():
        if want and stem.split("_")[0] not in want:
            continue
        make(stem, fn)


if __name__ == "__main__":
    main(sys.argv[1:])
