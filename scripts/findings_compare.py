"""Every finding of both detection phases, to show that a change (e.g. for speed) leaves detection as it was.

    python scripts/findings_compare.py OUT.json [--sets mixed30,mixed31,...] [--input NAME=DIR ...]
    python scripts/findings_compare.py --compare A.json B.json

Per set (default: samples/notes and every eval/blind/*/docs; ``--sets`` picks blind sets by name, ``--input``
adds a folder of its own, e.g. ``gen300=/tmp/woo-bench-notes-300``), in this process and without writing any
PDF: each document parsed, its phase 1 (the engine's proposals, the organisations, ``detect``) and its phase 2
(``detect`` again with the names every document of the set redacts, from phase 1's proposals, as
``make bench``'s detect_again runs it). Each finding is kept as its ``repr`` (id, span, text, entity, ground,
score, boxes, explanations). Cheaper than ``scripts/output_hashes.py`` (no redaction, no proof) and it says
which finding differs; run it with the same ``PYTHONHASHSEED`` in both trees.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sets_of(names: list[str], inputs: list[str]) -> dict[str, list[Path]]:
    """The PDFs of each set, by set name."""
    out: dict[str, list[Path]] = {}
    if not names and not inputs:
        out["samples"] = sorted((ROOT / "samples" / "notes").glob("*.pdf"))
    for docs in sorted((ROOT / "eval" / "blind").glob("*/docs")):
        if (not names and not inputs) or docs.parent.name in names:
            out[docs.parent.name] = sorted(docs.rglob("*.pdf"))
    if "samples" in names:
        out["samples"] = sorted((ROOT / "samples" / "notes").glob("*.pdf"))
    for spec in inputs:
        name, _, folder = spec.partition("=")
        out[name] = sorted(Path(folder).rglob("*.pdf"))
    return out


def findings(sets: dict[str, list[Path]]) -> dict[str, list[str] | str]:
    """Per document (its path; phase 2 as the path and "#2"), the reprs of its findings, or why it failed."""
    sys.path.insert(0, str(ROOT))
    from woo_redact.batch_worker import proposals_known, settle_heap, text_memo, text_memo_known
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.parse import parse_pdf

    detector = Detector(load_config())
    settle_heap()
    out: dict[str, list[str] | str] = {}
    for _, files in sorted(sets.items()):
        done = []
        for f in files:
            key = str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f)
            try:
                doc = parse_pdf(f.read_bytes(), key)
            except Exception as exc:  # noqa: BLE001 - a document that fails, fails alike in both trees
                out[key] = f"not parsed: {type(exc).__name__}"
                continue
            cands, orgs = detector.engine.candidates(doc), detector.organisations(doc.text)
            with proposals_known(detector, doc, cands, orgs):
                found = detector.detect(doc)
            out[key] = [repr(x) for x in found]
            done.append((key, doc, cands, orgs, found, text_memo(detector, doc, orgs)))
        names = sorted({x.text for *_, found, _ in done for x in found if x.entity_type == "PERSON"})
        for key, doc, cands, orgs, _, memo in done:
            with proposals_known(detector, doc, cands, orgs):
                text_memo_known(detector, doc, memo)  # as phase 2 (batch_jobs.finish_job) when the tree has it
                out[key + "#2"] = [repr(x) for x in detector.detect(doc, names)]
    return out


def compare(a: Path, b: Path) -> int:
    """Print the documents whose findings differ; 0 when none does."""
    x, y = json.loads(a.read_text()), json.loads(b.read_text())
    bad = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
    total = sum(len(v) for v in x.values() if isinstance(v, list))
    for k in bad:
        print(f"DIFFERENT {k}")
    print(f"{len(x)} document phases, {total} findings: {len(bad)} different")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--sets", default="", help="blind sets by name (mixed30,...) and/or samples; default all")
    ap.add_argument("--input", action="append", default=[], metavar="NAME=DIR", help="a folder of inputs as a set")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        ap.error("OUT.json is required")
    result = findings(sets_of([s for s in args.sets.split(",") if s], args.input))
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    print(f"{len(result)} document phases, {sum(len(v) for v in result.values() if isinstance(v, list))} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
