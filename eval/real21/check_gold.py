"""Write or check the gold of eval/real21 against the evaluator's own text of the originals (see
``eval/real_gold.py``, shared by the real corpora).

    python eval/real21/check_gold.py [--pdfs eval/real21/pdfs] [--write] [--evaluator /work/shared/eval]

A single redact probe may be an OCR probe (``{"text": ..., "ocr": true}``): see ``real_gold.build``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from real_gold import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
