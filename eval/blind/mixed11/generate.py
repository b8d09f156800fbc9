"""Build set U: docs/*.pdf and gold/*.json.   python generate.py [u01 u02 ...]"""

import sys
import time

from framework import build
import content_a
import content_b
import content_c

ALL = content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    want = set(argv)
    ids = [d["id"] for d in ALL]
    assert len(ids) == len(set(ids)), "duplicate ids"
    t0 = time.time()
    for d in ALL:
        if want and d["id"] not in want:
            continue
        path, gold = build(d)
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{path.name:70} pages={gold['pages']} redact={nr} keep={nk}", flush=True)
    print(f"done in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
