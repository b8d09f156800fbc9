"""A second, independently written set of notes (tests/holdout): a regression floor.

It was written without looking at the detector or the evaluation set and first
scored 89.6 % recall / 92.5 % precision; the detector was then improved on the
patterns it exposed (chat speakers, routing paraphs, foreign numbers, names in
organisation names, ...), so it is no longer unseen. The floor below keeps those
gains; tests/eval holds the strict targets.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "tests" / "holdout" / "notes"
OFFICIALS = ROOT / "tests" / "holdout" / "public-officials.txt"


def _evaluate():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("woo_eval_script_holdout", ROOT / "scripts" / "eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod.evaluate(NOTES, OFFICIALS)


def test_holdout_floor() -> None:
    result = _evaluate()
    assert result.items >= 180
    assert result.overall.recall >= 0.985, [(m.note, m.text) for m in result.missed]
    assert result.overall.precision >= 0.97
    # functional mailboxes whose local part reads as no Dutch word are redacted (fail closed): at most 4
    assert len(result.keep_violations) <= 4
