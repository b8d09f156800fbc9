"""Ablation: the detector's recall and precision with and without the NER recognizer.

Runs ``scripts/eval.py``'s ``evaluate()`` twice over the evaluation notes
(tests/eval/notes/, used only to evaluate, never to train): once with the
default configuration, once with the default recognizers plus
``{name: ner, type: ner}`` (a type of the detector registry), by wrapping
``load_config`` so it reads a temporary YAML file with the extended list.

Prints a Markdown table (per entity type and overall) and writes the figures,
the false positives only the NER adds and the misses it repairs to
``build/model/ablation.json``.

Usage: python scripts/model/ablation.py [--notes DIR] [--out build/model/ablation.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from woo_redact import config as config_mod  # noqa: E402


def load_eval() -> ModuleType:
    """scripts/eval.py as a module."""
    spec = importlib.util.spec_from_file_location("woo_eval", ROOT / "scripts" / "eval.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["woo_eval"] = mod
    spec.loader.exec_module(mod)
    return mod


@contextmanager
def with_ner(score: float = 0.6, model: Path | None = None, enabled: bool = True) -> Iterator[None]:
    """Make ``load_config`` use the default recognizers with (or without) the NER recognizer.

    ``model`` (optional) evaluates a pipeline other than the configured models/nl_woo.
    """
    original: Callable[..., Any] = config_mod.load_config
    defaults = yaml.safe_load(config_mod.default_config_text())
    recognizers = [r for r in defaults["recognizers"] if r["type"] != "ner"]
    if enabled:
        recognizers.append({"name": "ner", "type": "ner", "params": {"score": score}})
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as fh:
        over: dict[str, Any] = {"recognizers": recognizers}
        if model is not None:
            over["model"] = str(model.resolve())
        yaml.safe_dump(over, fh, allow_unicode=True)
        tmp = Path(fh.name)

    def patched(path: Path | None = None, public_officials: Path | None = None) -> Any:
        return original(tmp if path is None else path, public_officials)

    config_mod.load_config = patched
    try:
        yield
    finally:
        config_mod.load_config = original
        tmp.unlink(missing_ok=True)


def table(without: Any, with_: Any) -> str:
    """Markdown table: recall and precision per type, without and with NER."""
    types = [s.entity_type for s in without.per_type]
    types += [t.entity_type for t in with_.per_type if t.entity_type not in types]
    rows = [
        "| type | items | recall without | recall with | redacted without | redacted with "
        "| precision without | precision with | char precision without | char precision with |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def get(res: Any, t: str) -> Any:
        return res.overall if t == "overall" else next((s for s in res.per_type if s.entity_type == t), None)

    for t in [*types, "overall"]:
        a, b = get(without, t), get(with_, t)
        if a is None or b is None or (a.items == 0 and a.findings == 0 and b.findings == 0):
            continue
        name = f"**{t}**" if t == "overall" else t
        rows.append(
            f"| {name} | {a.items} | {a.recall:.1%} | {b.recall:.1%} | {a.findings} | {b.findings} "
            f"| {a.precision:.1%} | {b.precision:.1%} | {a.char_precision:.1%} | {b.char_precision:.1%} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run both evaluations and report."""
    ev = load_eval()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=Path, default=ev.NOTES)
    ap.add_argument("--officials", type=Path, default=ev.OFFICIALS)
    ap.add_argument("--score", type=float, default=0.6, help="score the NER recognizer gives")
    ap.add_argument("--model", type=Path, default=None, help="pipeline to evaluate (default: the configured one)")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "model" / "ablation.json")
    args = ap.parse_args(argv)
    with with_ner(args.score, args.model, enabled=False):
        without = ev.evaluate(args.notes, args.officials)
    with with_ner(args.score, args.model):
        with_ = ev.evaluate(args.notes, args.officials)
    print(f"{without.notes} notes, {without.items} expected items\n")
    print(table(without, with_))
    fp_before = {(f.note, f.text, f.context) for f in without.false_positives}
    new_fps = [f for f in with_.false_positives if (f.note, f.text, f.context) not in fp_before]
    miss_after = {(m.note, m.text) for m in with_.missed}
    repaired = [m for m in without.missed if (m.note, m.text) not in miss_after]
    miss_before = {(m.note, m.text) for m in without.missed}
    new_misses = [m for m in with_.missed if (m.note, m.text) not in miss_before]
    new_viol = len(with_.keep_violations) - len(without.keep_violations)
    print(f"\nkeep violations: {len(without.keep_violations)} without, {len(with_.keep_violations)} with")
    print(
        f"misses repaired by NER: {len(repaired)}; new misses: {len(new_misses)}; new false positives: {len(new_fps)}"
    )
    for m in repaired:
        print(f"  + repaired {m.note}: {m.entity_type} {m.text!r}")
    for f in new_fps:
        print(f"  - new FP {f.note}: {f.entity_type} {f.text!r} ({', '.join(f.detectors)}) in ...{f.context}...")
    args.out.parent.mkdir(parents=True, exist_ok=True)

    def figures(res: Any) -> dict[str, Any]:
        return {
            s.entity_type: {
                "items": s.items,
                "recall": s.recall,
                "findings": s.findings,
                "precision": s.precision,
                "char_precision": s.char_precision,
            }
            for s in (*res.per_type, res.overall)
        }

    data = {
        "notes": without.notes,
        "without": figures(without),
        "with": figures(with_),
        "keep_violations": {"without": len(without.keep_violations), "with": len(with_.keep_violations)},
        "new_keep_violations": new_viol,
        "repaired": [m.text for m in repaired],
        "new_misses": [m.text for m in new_misses],
        "new_false_positives": [{"text": f.text, "context": f.context} for f in new_fps],
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
