"""Check the gold of eval/real36 against the original PDFs with the shared evaluator's functions.

    python check_gold.py [--cache DIR]

Every redact probe must occur in the original (in some channel the evaluator reads, OCR of image
pages included; OCR-only probes in OCR text) more often than its `after`; every keep probe's count
in the PDFium text of the original must equal its `after`. Prints problems=N (must be 0). The check
itself is eval/spec_gold.py's, shared with the other corpora built from a spec_src.py.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from spec_gold import check_gold  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_gold(HERE))
