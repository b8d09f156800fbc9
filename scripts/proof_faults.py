"""Which proof check catches which planted leak (the table in docs/proof.md).

Plants every fault of tests/prooffaults.py into a correct redaction of the
three-page test note and prints, per fault, the checks that fail; then, per
check, the faults it alone catches. ``--markdown`` prints the table for the doc;
``--run-engines`` uses the text engines of a run's proof (RUN_ENGINES) instead of all.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    from prooffaults import faults, run
    from test_prove import make_pdf

    from woo_redact.prove import ENGINES, RUN_ENGINES

    engines = RUN_ENGINES if "--run-engines" in sys.argv else ENGINES
    print(f"text engines: {', '.join(engines)}")

    original, layout = make_pdf()
    redacted = make_pdf(redact=True)[0]
    findings = layout.findings()
    rows: dict[str, set[str]] = {}
    every: set[str] = set()
    for name, fault in faults(original, redacted, layout).items():
        t = time.perf_counter()
        proof = run(original, findings, fault, engines)
        rows[name] = {c.name for c in proof.failures}
        every |= {c.name for c in proof.checks}
        print(f"{name:50s} {time.perf_counter() - t:5.2f} s  {', '.join(sorted(rows[name])) or 'NOT CAUGHT'}")
    print()
    for check in sorted(every):
        alone = [n for n, bad in rows.items() if bad == {check}]
        caught = [n for n, bad in rows.items() if check in bad]
        print(f"{check:32s} catches {len(caught):2d}; alone: {', '.join(alone) or '-'}")
    if "--markdown" in sys.argv:
        checks = sorted(every)
        print("\n| fault | " + " | ".join(checks) + " |")
        print("|---|" + "---|" * len(checks))
        for name, bad in rows.items():
            print(f"| {name} | " + " | ".join("x" if c in bad else "" for c in checks) + " |")


if __name__ == "__main__":
    main()
