"""Rebuild blind set mixed45: PDFs into docs/, gold into gold/.

    /work/main/.venv/bin/python build.py            # everything
    /work/main/.venv/bin/python build.py NAME ...   # only these documents (stem names)
"""
import sys

import lib
from docs_a import DOCS as A
from docs_b import DOCS as B

ALL = A + B

if __name__ == "__main__":
    only = set(sys.argv[1:]) or None
    lib.build_all(ALL, only)
    probs = lib.write_gold(ALL, only)
    print(f"problems={len(probs)}")
