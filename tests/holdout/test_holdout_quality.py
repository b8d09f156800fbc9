"""A second, independently written set of notes (tests/holdout): a regression floor.

It was written without looking at the detector or the evaluation set and first
scored 89.6 % recall / 92.5 % precision; the detector was then improved on the
patterns it exposed (chat speakers, routing paraphs, foreign numbers, names in
organisation names, ...), so it is no longer unseen. The floor below keeps those
gains; tests/eval holds the strict targets.
"""

from __future__ import annotations

from evaltools import evaluate_set


def test_holdout_floor() -> None:
    result = evaluate_set("holdout")
    assert result.items >= 180
    assert result.overall.recall >= 0.985, [(m.note, m.text) for m in result.missed]
    assert result.overall.precision >= 0.97
    # functional mailboxes whose local part reads as no Dutch word are redacted (fail closed): at most 4
    assert len(result.keep_violations) <= 4
