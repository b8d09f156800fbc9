"""Hashes of what a run produces, to show that a change (e.g. for speed) leaves every result as it was.

    python scripts/output_hashes.py OUT.json [--workers 2] [--sets NAME,...] [--input NAME=DIR ...]

Runs ``woo-redact run`` (both phases, the batch's names included) on each set (default: samples/notes
with its public-officials list, and every eval/blind/*/docs; ``--input`` adds a folder of its own, e.g.
``real-scans=eval/real-scans/pdfs``, and with ``--input`` only the ``--sets`` named run) and writes, per set
and per document:

- ``findings``: SHA-256 of the findings file without the run stamp (tool version, configuration and
  detector fingerprints: the detector's fingerprint covers the code, so it changes with any edit) and
  without the proof's list of checks (hashed apart, as ``proof``);
- ``proof``: SHA-256 of the proof's checks (name, passed, detail);
- ``text``: SHA-256 of the disclosure version's text as poppler's ``pdftotext -layout`` reads it;
- ``pdf``: SHA-256 of the disclosure version's bytes.

and per set the SHA-256 over its documents' lines. Compare two outputs with
``python scripts/output_hashes.py --compare A.json B.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = ("tool_version", "config_sha256", "detector_sha256")
KINDS = ("findings", "proof", "text", "pdf")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def default_sets() -> list[tuple[str, Path, Path | None]]:
    """(name, input folder, public-officials file) of the samples and the blind sets."""
    sets: list[tuple[str, Path, Path | None]] = [
        ("samples", ROOT / "samples" / "notes", ROOT / "samples" / "public-officials.txt")
    ]
    for docs in sorted((ROOT / "eval" / "blind").glob("*/docs")):
        sets.append((f"blind/{docs.parent.name}", docs, None))
    return sets


def run_set(inputs: Path, officials: Path | None, workers: int) -> dict[str, dict[str, str]]:
    """One ``woo-redact run`` over ``inputs``: the hashes of each document's outputs, by output path."""
    with tempfile.TemporaryDirectory(prefix="woo-hashes-") as tmp:
        out = Path(tmp) / "o"
        cfg = Path(tmp) / "cfg.yaml"
        cfg.write_text(f"audit:\n  key_file: {Path(tmp) / 'key'}\n")
        # paths relative to the checkout: the findings name their input, so two checkouts compare equal
        args = [sys.executable, "-m", "woo_redact.cli", "run", _rel(inputs), "--out", str(out), "--config", str(cfg)]
        args += ["--no-progress", "--workers", str(workers)]
        if officials:
            args += ["--public-officials", _rel(officials)]
        subprocess.run(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        docs: dict[str, dict[str, str]] = {}
        for fjson in sorted((out / "work").rglob("*.findings.json")):
            if ".phase1" in fjson.parts:
                continue
            meta = json.loads(fjson.read_text(encoding="utf-8"))
            rel = meta["output"]
            proof = meta.pop("proof")
            for k in STAMP:
                meta.pop(k, None)
            pdf = out / "publish" / rel
            blob = pdf.read_bytes() if pdf.exists() else b""
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=False).stdout
            docs[rel] = {
                "findings": _sha(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode()),
                "proof": _sha(json.dumps(proof, sort_keys=True, ensure_ascii=False).encode()),
                "text": _sha(text),
                "pdf": _sha(blob),
            }
        return docs


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def summary(docs: dict[str, dict[str, str]]) -> dict[str, str]:
    """Per kind, the SHA-256 over every document's hash of that kind (in path order)."""
    return {k: _sha("".join(f"{rel} {h[k]}\n" for rel, h in sorted(docs.items())).encode()) for k in KINDS}


def compare(a: Path, b: Path) -> int:
    """Print where two hash files differ; 0 when every set and document is the same."""
    x, y = json.loads(a.read_text()), json.loads(b.read_text())
    bad = 0
    for name in sorted(set(x) | set(y)):
        sx, sy = x.get(name, {}), y.get(name, {})
        for kind in KINDS:
            same = sx.get("summary", {}).get(kind) == sy.get("summary", {}).get(kind)
            print(
                f"{name:20s} {kind:8s} {'same' if same else 'DIFFERENT'}  {sx.get('summary', {}).get(kind, '-')[:16]}"
            )
            if not same:
                bad += 1
                for rel in sorted(set(sx.get("docs", {})) | set(sy.get("docs", {}))):
                    hx, hy = sx.get("docs", {}).get(rel, {}), sy.get("docs", {}).get(rel, {})
                    if hx.get(kind) != hy.get(kind):
                        print(f"    {rel}")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sets", default="", help="comma-separated names (samples, blind/notes, ...); default all")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    ap.add_argument("--input", action="append", default=[], metavar="NAME=DIR", help="a folder of inputs as a set")
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        ap.error("OUT.json is required")
    wanted = set(filter(None, args.sets.split(",")))
    extra: list[tuple[str, Path, Path | None]] = []
    for spec in args.input:
        name, sep, folder = spec.partition("=")
        if not sep or not Path(folder).is_dir():
            ap.error(f"--input {spec}: NAME=DIR with an existing folder")
        extra.append((name, Path(folder).resolve(), None))
    result = {}
    for name, inputs, officials in [*default_sets(), *extra]:
        if (wanted or extra) and name not in wanted and (name, inputs, None) not in extra:
            continue
        docs = run_set(inputs, officials, args.workers)
        result[name] = {"summary": summary(docs), "docs": docs}
        print(
            f"{name:20s} {len(docs):3d} docs  "
            + "  ".join(f"{k} {v[:12]}" for k, v in result[name]["summary"].items()),
            flush=True,
        )
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
