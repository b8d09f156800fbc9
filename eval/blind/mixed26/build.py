"""Build set AJ (mixed26): render every document to docs/ and write its gold file to gold/.

    /work/main/.venv/bin/python build.py [ID ...]
"""
from __future__ import annotations

import sys
import time

import framework as fw


def all_docs():
    import content_a
    import content_b
    import content_c

    return content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    want = set(argv)
    fw.DOCS.mkdir(exist_ok=True)
    fw.GOLD.mkdir(exist_ok=True)
    docs = all_docs()
    ids = [d.id for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in docs:
        if want and d.id not in want:
            continue
        t = time.time()
        d.build(d.pdf)
        g = fw.write_gold(d)
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{d.id}  {d.producer:<22} pages={g['pages']}  redact={nr:3d}  keep={nk:3d}  {time.time() - t:.1f}s",
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
