"""The fault campaign at a bounded size, in the default test run (``make fuzz`` runs it at 500 inputs or more).

The same code as ``scripts/fuzz.py``: one input of every family of ``tests/fuzzgen.py``
(each kind of hand-built structure, each kind of byte mutation, of a seed file picked
for the seed) through ``woo-redact run`` as a user runs it, with a short time limit per
document, and every invariant of the campaign checked: each document written and
proven (its file in ``publish/``, no redacted text left in what poppler and PDFium
read) or withheld with a reason (no file in ``publish/``, no internal error), exit 0
or 3, no traceback, no hang, an inventory row per document, a log that verifies.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import fuzzgen

ROOT = Path(__file__).resolve().parent.parent
SEED = 0
DOC_TIMEOUT_S = 10  # the tool's limit per document: the 10,000-page and bomb cases are withheld by it


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "scripts" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["fuzz"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_one_input_of_every_family_ends_written_and_proven_or_withheld_with_a_reason(tmp_path: Path) -> None:
    fuzz = _fuzz_module()
    cases = fuzzgen.one_per_kind(SEED, ROOT / "samples" / "notes")
    kinds = {c.kind for c in cases}
    assert kinds == {kind for kind, _, _ in fuzzgen.structures()} | set(fuzzgen.MUTATIONS)
    assert 20 <= len(cases) <= 30
    said: list[str] = []
    t0 = time.monotonic()
    done = fuzz.run_campaign(cases, tmp_path, DOC_TIMEOUT_S, batch_size=len(cases), workers=2, say=said.append)
    seconds = time.monotonic() - t0
    problems, table = fuzz.report(cases, done)
    assert not problems, "\n".join(problems) + table
    assert all(b.code in (0, 3) for b in done)  # no hang: a run that is killed has no exit code
    status = {name: s for b in done for name, s in b.status.items()}
    assert set(status) == {c.name for c in cases}
    assert all(s == "written" or s.startswith("failed:") for s in status.values()), status
    control = next(c.name for c in cases if c.kind == "ok")
    assert status[control] == "written"  # the checks of a written document did run
    assert seconds < 300, f"{seconds:.0f} s\n{table}"  # far below the campaign's own hang limit
