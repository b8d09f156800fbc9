"""Build blind set mixed27 (set AK): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python build.py            # everything
    /work/main/.venv/bin/python build.py ak03 ak12  # some documents
"""
from __future__ import annotations

import json
import sys

import content_a
import content_b
from framework import DOCS, GOLD, compute_gold, render


def all_docs():
    docs = content_a.DOCS + content_b.DOCS
    ids = [d.id for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return docs


def main(argv):
    want = set(argv)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    logs = []
    for doc in all_docs():
        if want and doc.id not in want:
            continue
        for old in list(DOCS.glob(f"{doc.id}_*.pdf")) + list(GOLD.glob(f"{doc.id}_*.json")):
            old.unlink()
        out = DOCS / doc.filename
        render(doc, out)
        gold, log = compute_gold(doc, out)
        logs += log
        (GOLD / (out.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        nh = sum(1 for i in gold["redact"] for p in i["probes"] if p.get("hidden"))
        no = sum(1 for i in gold["redact"] for p in i["probes"] if p.get("ocr"))
        print(f"{doc.filename:<48} pages={gold['pages']} redact={nr:3d} keep={nk:3d} hidden={nh} ocr={no}",
              flush=True)
    for line in logs:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
