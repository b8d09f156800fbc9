"""Write or check the gold of eval/real21 against the evaluator's own text of the originals (see
``eval/real_gold.py``, shared by the real corpora).

    python eval/real21/check_gold.py [--pdfs eval/real21/pdfs] [--write] [--evaluator /work/shared/eval]

One addition to the shared format of ``gold_spec.json``: a single redact probe may be given as
``{"text": ..., "ocr": true}`` (personal data that is only pixels of a screenshot on a page whose text
layer is otherwise normal). Such a probe is an OCR probe in the gold (the evaluator searches it in OCR
text only) and must occur in the evaluator's own OCR of the original (``extract_channels(...,
ocr="auto")``); all other probes of that document are checked as in ``real_gold.build``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import real_gold  # noqa: E402

_shared_build = real_gold.build


def build(name: str, spec: dict, pdf: Path, ev: ModuleType) -> tuple[dict, list[str]]:
    """``real_gold.build`` plus per-probe OCR probes (see the module docstring)."""
    ocr_probes = {
        p["text"]
        for _, _, probes in spec["redact"]
        for p in probes
        if isinstance(p, dict) and p.get("ocr")
    }
    if not ocr_probes or spec.get("ocr"):
        return _shared_build(name, spec, pdf, ev)
    plain = dict(spec)
    plain["redact"] = [
        [kind, value, [p for p in probes if not (isinstance(p, dict) and p.get("ocr"))]]
        for kind, value, probes in spec["redact"]
    ]
    plain["redact"] = [r for r in plain["redact"] if r[2]]
    gold, problems = _shared_build(name, plain, pdf, ev)
    channels = ev.extract_channels(pdf, ocr="auto")["channels"]
    by_value = {r["value"]: r for r in gold["redact"]}
    redact = []
    for kind, value, probes in spec["redact"]:
        item = by_value.get(value) or {"kind": kind, "value": value, "probes": []}
        for p in probes:
            if isinstance(p, dict) and p.get("ocr"):
                pr = {"text": p["text"], "word": bool(p.get("word", True)), "after": 0, "ocr": True}
                if not ev.channel_counts(channels, pr):
                    problems.append(f"{name}: OCR redact probe {pr['text']!r} not found in any channel")
                item["probes"].append(pr)
        redact.append(item)
    gold["redact"] = redact
    return gold, problems


real_gold.build = build

if __name__ == "__main__":
    sys.exit(real_gold.main(HERE))
