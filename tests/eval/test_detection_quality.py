"""Detection quality on the evaluation set: nothing missed, precision >= 97 %, public text kept.

The figures come from scripts/eval.py (`make eval` prints them in full). These are
the targets for the detector.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from evaltools import eval_module

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "tests" / "eval" / "notes"
OFFICIALS = ROOT / "tests" / "eval" / "public-officials.txt"
MIN_PRECISION = 0.97


EVAL = eval_module()


@pytest.fixture(scope="module")
def result():  # -> EVAL.EvalResult
    """One run of the detector over the whole evaluation set."""
    return EVAL.evaluate(NOTES, OFFICIALS)


def test_the_set_is_complete(result) -> None:
    assert result.notes >= 40
    assert result.items >= 300


def test_no_item_is_missed(result) -> None:
    shown = "\n".join(f"  {m.note}: {m.entity_type} {m.text!r}: {m.reason}" for m in result.missed[:40])
    assert not result.missed, f"{len(result.missed)} of {result.items} items not (fully) redacted:\n{shown}"


def test_precision(result) -> None:
    overall = result.overall
    shown = "\n".join(
        f"  {f.note}: {f.entity_type} {f.text!r} ({', '.join(f.detectors)})" for f in result.false_positives[:40]
    )
    per_type = ", ".join(f"{s.entity_type} {s.precision:.1%}" for s in result.per_type)
    assert overall.precision >= MIN_PRECISION, (
        f"precision per finding {overall.precision:.1%} < {MIN_PRECISION:.0%} ({per_type}); false positives:\n{shown}"
    )
    assert overall.char_precision >= MIN_PRECISION, (
        f"precision per character {overall.char_precision:.1%} < {MIN_PRECISION:.0%}; false positives:\n{shown}"
    )


def test_public_text_stays(result) -> None:
    shown = "\n".join(f"  {v.note}: {v.keep!r} (redacted {v.redacted!r})" for v in result.keep_violations[:40])
    assert not result.keep_violations, f"{len(result.keep_violations)} keep strings redacted:\n{shown}"
