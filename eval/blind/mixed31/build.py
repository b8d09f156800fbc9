"""Build set mixed31 (AO): python build.py [ao01 ao02 ...]  (all documents when no names are given).
Writes docs/<name>.pdf and gold/<name>.json; prints per-document probe counts and any probe that the
evaluator's extractors could not find in the original (such probes are left out of the gold)."""
import shutil
import sys
import tempfile
from pathlib import Path

from framework import build_doc
import content_a
import content_b

ALL = content_a.DOCS + content_b.DOCS


def main(names):
    tmpbase = Path(tempfile.mkdtemp(prefix="ao-build-"))
    todo = [d for d in ALL if not names or d.name in names]
    tr = tk = 0
    for d in todo:
        gold, dropped = build_doc(d, tmpbase)
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tr += nr
        tk += nk
        msg = f"{d.name} {d.producer:<9} pages={gold['pages']} redact={nr} keep={nk}"
        if dropped["redact"] or dropped["keep"] or dropped.get("overlap"):
            msg += f"  DROPPED redact={dropped['redact']} keep={dropped['keep']} OVERLAP={dropped.get('overlap')}"
        print(msg, flush=True)
    print(f"total docs={len(todo)} redact={tr} keep={tk}")
    shutil.rmtree(tmpbase, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
