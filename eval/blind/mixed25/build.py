"""Build blind set mixed25: render every document, add hidden channels, write gold.

    /work/main/.venv/bin/python build.py [ID ...]
"""
import json
import shutil
import sys
import tempfile
from pathlib import Path

import framework as fw
from content_a import DOCS as DA
from content_b import DOCS as DB

HERE = Path(__file__).resolve().parent
DOCS = DA + DB


def main(argv):
    only = set(argv)
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    allprob = []
    with tempfile.TemporaryDirectory(prefix="m25-") as td:
        tmp = Path(td)
        for doc in DOCS:
            if only and doc["id"] not in only:
                continue
            out = HERE / "docs" / f"{doc['id']}.pdf"
            fw.PRODUCERS[doc["producer"]](doc, out, tmp)
            fw.add_hidden(doc, out)
            ch = fw.ev.extract_channels(out, ocr="auto" if doc["producer"] == "scan" else "off")
            gold, probs = fw.make_gold(doc, out, ch["pages"], ch["channels"], ch["channels"].get("ocr"))
            (HERE / "gold" / f"{doc['id']}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
            nr = sum(len(i["probes"]) for i in gold["redact"])
            nk = sum(len(i["probes"]) for i in gold["keep"])
            print(f"{doc['id']:28s} {doc['producer']:9s} p={ch['pages']} redact={nr} keep={nk}")
            for p in probs:
                print("   !", p)
            allprob += probs
    print("problems during build:", len(allprob))


if __name__ == "__main__":
    main(sys.argv[1:])
