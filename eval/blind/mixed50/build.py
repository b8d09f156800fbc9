"""Rebuild all PDFs (docs/) and gold files (gold/) of the blind set mixed50 (set BH).

    /work/main/.venv/bin/python build.py [bh01 bh02 ...]

Everything is invented; reportlab runs with invariant=1, LibreOffice/Chromium outputs get fixed dates
and a deterministic /ID (pikepdf), scans use a seeded noise generator."""
import importlib
import sys

from lib import DOCS, GOLD, WORK, write_gold

MODULES = ["docs_a", "docs_b", "docs_c", "docs_d"]


def main(argv):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    WORK.mkdir(exist_ok=True)
    want = set(argv)
    probs = 0
    n = 0
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        for fn in mod.ALL:
            if want and fn.__name__ not in want:
                continue
            pdf, red, keep = fn()[:3]
            probs += len(write_gold(pdf, red, keep))
            n += 1
            print(f"built {pdf.name}")
    print(f"documents={n} build_problems={probs}")


if __name__ == "__main__":
    main(sys.argv[1:])
