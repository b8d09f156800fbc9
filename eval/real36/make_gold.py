"""Build gold/*.json for eval/real36 from spec_src.py, counted with the shared evaluator's functions.

    python make_gold.py [--cache DIR]

A probe is a string (word-anchored) or a (string, word) pair. Redact probes get after=0 and must
occur in some channel of the original; keep probes get after = their count in the PDFium text of
the original (probes with count 0 are dropped with a warning). The building itself is
eval/spec_gold.py's, shared with the other corpora built from a spec_src.py.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from spec_gold import make_gold  # noqa: E402
from spec_src import SPEC  # noqa: E402

if __name__ == "__main__":
    sys.exit(make_gold(HERE, SPEC))
