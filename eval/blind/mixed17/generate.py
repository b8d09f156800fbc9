"""Rebuild set AA (mixed17): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python generate.py [ID ...]
"""

import sys

import docs_channels
import docs_html
import docs_office
import framework as fw
from extras import EXTRA

ALL = docs_office.DOCS + docs_html.DOCS + docs_channels.DOCS
for _d in ALL:
    _d["blocks"] = _d["blocks"] + EXTRA.get(_d["id"], [])


def main(argv):
    want = set(argv)
    fw.DOCS.mkdir(exist_ok=True)
    fw.GOLD.mkdir(exist_ok=True)
    log = []
    for doc in ALL:
        if want and doc["id"] not in want:
            continue
        pdf = fw.build_pdf(doc)
        g = fw.write_gold(doc, pdf, log)
        nr = sum(len(x["probes"]) for x in g["redact"])
        nk = sum(len(x["probes"]) for x in g["keep"])
        print(f"{doc['id']}: pages={g['pages']} redact={nr} keep={nk} size={pdf.stat().st_size // 1024}kB", flush=True)
    for line in log:
        print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
