"""Write or check the gold of eval/real17 against the evaluator's own text of the originals (see
``eval/real_gold.py``, shared by the real corpora).

    python eval/real17/check_gold.py [--pdfs eval/real17/pdfs] [--write] [--evaluator /work/shared/eval]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from real_gold import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
