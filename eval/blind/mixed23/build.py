"""Rebuild set AG (mixed23): python build.py [name-substring ...]"""
import sys
from framework import REG, DOCS, GOLD, make_gold
import docs_a  # noqa: F401
import docs_b  # noqa: F401
import docs_c  # noqa: F401
import docs_d  # noqa: F401


def main(argv):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    log = []
    for name, fn, red, keep, scan in REG:
        if argv and not any(a in name for a in argv):
            continue
        fn(DOCS / name)
        g = make_gold(name, red, keep, scan, log)
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{name}: pages={g['pages']} redact={nr} keep={nk}", flush=True)
    for line in log:
        print("LOG", line)


if __name__ == "__main__":
    main(sys.argv[1:])
