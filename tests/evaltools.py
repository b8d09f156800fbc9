"""Load scripts/eval.py (the `make eval` scorer) for the detection-quality tests."""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def eval_module() -> ModuleType:
    """scripts/eval.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("woo_eval_script", ROOT / "scripts" / "eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def evaluate_set(name: str):  # type: ignore[no-untyped-def]
    """Score tests/<name>/notes with tests/<name>/public-officials.txt."""
    folder = ROOT / "tests" / name
    return eval_module().evaluate(folder / "notes", folder / "public-officials.txt")
