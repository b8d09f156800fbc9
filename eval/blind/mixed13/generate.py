"""Build set W (mixed13): every PDF under docs/ and its gold under gold/.

    /work/main/.venv/bin/python generate.py [NAME ...]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import framework as fw
import docs_crisis
import docs_field
import docs_admin

ALL = docs_crisis.DOCS + docs_field.DOCS + docs_admin.DOCS


def main(argv: list[str]) -> int:
    fw.DOCS.mkdir(exist_ok=True)
    wanted = set(argv)
    for name, fn in ALL:
        if wanted and name not in wanted:
            continue
        ctx = fw.Ctx(name)
        pdf = fw.DOCS / f"{name}.pdf"
        with tempfile.TemporaryDirectory() as td:
            fn(ctx, pdf, Path(td))
        gold = fw.build_gold(ctx, pdf)
        fw.write_gold(gold)
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{name:44} pages={gold['pages']} redact={nr} keep={nk} size={pdf.stat().st_size // 1024}kB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
