"""Write or check the gold of a real corpus (eval/real9, real10, real11, ...) against the evaluator's own
text of the originals.

The decisions live in ``gold_spec.json`` (per PDF: redact items with their probes, keep probes, a note);
this script turns them into ``gold/<name>.json`` in the format of the shared leak evaluator and checks
that every probe is exact:

* a keep probe's ``after`` is its count in the PDFium text (``text_pdfium`` -> ``norm`` ->
  ``probe_regex``) outside the strings of the document's redact probes; a keep probe that does not
  occur there is reported and left out;
* a redact probe (``after`` 0; word-anchored unless the spec gives it as ``{"text": ..., "word": false}``)
  must occur in at least one evaluator channel of the original (``extract_channels(..., ocr="off")``);
  in a document whose spec sets ``"ocr": true`` (a scan without a text layer) every redact probe is an
  OCR probe (``"ocr": true`` in the gold: the evaluator searches it in OCR text only) and must occur in
  the evaluator's own OCR of the original (``extract_channels(..., ocr="auto")``, tesseract -l nld).

    python eval/realN/check_gold.py [--pdfs eval/realN/pdfs] [--write] [--evaluator /work/shared/eval]

Each corpus's ``check_gold.py`` calls :func:`main` with its own folder.

Without ``--write`` it compares the gold files with a fresh count and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType


def masked_text(text: str, redact_probes: list[dict], probe_regex: Callable[..., re.Pattern]) -> str:
    """The text with every match of a redact probe blanked out (same length, no word characters)."""
    for pr in redact_probes:
        text = probe_regex(pr["text"], pr.get("word", False)).sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def _probe(p: str | dict, ocr: bool = False) -> dict:
    """A redact probe from the spec: a plain string is a word-anchored probe; a dict may set ``word`` false.
    In a scanned document (``ocr``) the probe is marked as an OCR probe."""
    if isinstance(p, str):
        pr = {"text": p, "word": True, "after": 0}
    else:
        pr = {"text": p["text"], "word": bool(p.get("word", True)), "after": 0}
    if ocr:
        pr["ocr"] = True
    return pr


def build(name: str, spec: dict, pdf: Path, ev: ModuleType) -> tuple[dict, list[str]]:
    """Gold dict for one PDF and a list of problems; a single redact probe given as ``{"text": ..., "ocr": true}``
    (personal data that is only pixels of a screenshot on a page whose text layer is otherwise normal) is an OCR
    probe in the gold and must occur in the evaluator's own OCR of the original (``extract_channels(...,
    ocr="auto")``); all other probes are checked as :func:`_build_plain` checks them (real18 and later use it)."""
    ocr_probes = {
        p["text"] for _, _, probes in spec["redact"] for p in probes if isinstance(p, dict) and p.get("ocr")
    }
    if not ocr_probes or spec.get("ocr"):
        return _build_plain(name, spec, pdf, ev)
    plain = dict(spec)
    plain["redact"] = [
        [kind, value, [p for p in probes if not (isinstance(p, dict) and p.get("ocr"))]]
        for kind, value, probes in spec["redact"]
    ]
    plain["redact"] = [r for r in plain["redact"] if r[2]]
    gold, problems = _build_plain(name, plain, pdf, ev)
    channels = ev.extract_channels(pdf, ocr="auto")["channels"]
    by_value = {r["value"]: r for r in gold["redact"]}
    redact = []
    for kind, value, probes in spec["redact"]:
        item = by_value.get(value) or {"kind": kind, "value": value, "probes": []}
        for p in probes:
            if isinstance(p, dict) and p.get("ocr"):
                pr = {"text": p["text"], "word": bool(p.get("word", True)), "after": 0, "ocr": True}
                if not ev.channel_counts(channels, pr):
                    problems.append(f"{name}: OCR redact probe {pr['text']!r} not found in any channel")
                item["probes"].append(pr)
        redact.append(item)
    gold["redact"] = redact
    return gold, problems


def _build_plain(name: str, spec: dict, pdf: Path, ev: ModuleType) -> tuple[dict, list[str]]:
    """Gold dict for one PDF and a list of problems (missing redact probes, dropped keep probes)."""
    text, pages = ev.text_pdfium(pdf)
    ocr = bool(spec.get("ocr"))
    channels = ev.extract_channels(pdf, ocr="auto" if ocr else "off")["channels"]
    problems: list[str] = []
    redact = []
    all_redact_probes = []
    for kind, value, probes in spec["redact"]:
        prs = [_probe(p, ocr) for p in probes]
        for pr in prs:
            if not ev.channel_counts(channels, pr):
                problems.append(f"{name}: redact probe {pr['text']!r} not found in any channel")
        all_redact_probes += prs
        redact.append({"kind": kind, "value": value, "probes": prs})
    rest = masked_text(text, all_redact_probes, ev.probe_regex)
    keep = []
    for kind, probe in spec["keep"]:
        n = len(ev.probe_regex(probe, True).findall(rest))
        if n == 0:
            problems.append(f"{name}: keep probe {probe!r} does not occur (left out)")
            continue
        keep.append({"kind": kind, "value": probe, "probes": [{"text": probe, "word": True, "after": n}]})
    gold = {"doc": name, "pages": pages, "note": spec.get("note", ""), "redact": redact, "keep": keep}
    return gold, problems


def main(here: Path, argv: list[str] | None = None) -> int:
    """Write (``--write``) or check the gold files of the corpus in ``here``; exit 1 on a missing PDF, a missing
    probe or a differing file."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pdfs", type=Path, default=here / "pdfs")
    ap.add_argument("--gold", type=Path, default=here / "gold")
    ap.add_argument("--spec", type=Path, default=here / "gold_spec.json")
    ap.add_argument("--evaluator", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--write", action="store_true", help="write gold/<name>.json instead of checking")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.evaluator))
    import evaluate as ev  # the shared evaluator: norm, probe_regex, text_pdfium, extract_channels

    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    bad = 0
    n_keep = n_redact = 0
    for name, s in sorted(spec.items()):
        pdf = args.pdfs / name
        if not pdf.is_file():
            print(f"{name}: PDF missing in {args.pdfs}", file=sys.stderr)
            bad += 1
            continue
        gold, problems = build(name, s, pdf, ev)
        for p in problems:
            print(p, file=sys.stderr)
        bad += sum("not found" in p for p in problems)
        n_keep += sum(len(k["probes"]) for k in gold["keep"])
        n_redact += sum(len(r["probes"]) for r in gold["redact"])
        out = args.gold / (Path(name).stem + ".json")
        if args.write:
            args.gold.mkdir(exist_ok=True)
            out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        elif not out.is_file() or json.loads(out.read_text(encoding="utf-8")) != gold:
            print(f"{name}: gold file differs from a fresh count", file=sys.stderr)
            bad += 1
    print(f"docs={len(spec)} keep_probes={n_keep} redact_probes={n_redact} problems={bad}")
    return 1 if bad else 0
