"""Duplicate detection on a generated dossier (scripts/dedup_eval.py; `make dedup-eval` prints it in full)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("woo_dedup_eval", ROOT / "scripts" / "dedup_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_planted_duplicates_and_quoted_replies_are_found_and_nothing_else(tmp_path: Path) -> None:
    dedup = _script()
    expects = dedup.generate(tmp_path / "dossier", seed=3, threads=6, notes=8)
    kinds = {e.kind for e in expects}
    assert kinds == {"duplicate", "quoted"}, "the generated dossier plants both kinds"
    scores, notes = dedup.evaluate(tmp_path / "dossier", expects)
    assert scores.precision() >= 0.95, notes
    assert scores.recall() >= 0.9, notes
    for kind in ("duplicate", "quoted"):
        assert scores.tp[kind] > 0
