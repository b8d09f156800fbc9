"""Detection quality on the evaluation set (`make eval`): recall and precision per entity type.

    .venv/bin/python scripts/eval.py [--notes DIR] [--officials FILE] [--show N] [--json FILE]

Runs the detector and the decide stage, exactly as a batch run does
(``load_config(None, officials)``, ``Detector``, ``decide``), on every
``*.pdf`` in tests/eval/notes/ with its ``*.expected.json``, and compares the
redacted findings with the labelled items:

- an *occurrence* of an expected item is every place its text appears in the
  parsed text (any whitespace, a line break included, may separate its words;
  a line break may follow a hyphen), except where it lies inside an occurrence
  of a keep string (the surname "Koning" inside "Koning Willem I College");
- an occurrence is *found* when every non-space character of it is covered by a
  redacted finding; an item is found when all its occurrences are found (an
  item that does not occur in the parsed text at all counts as missed);
- precision per finding: a redacted finding is a true positive when it overlaps
  an expected occurrence (of any type); precision per character: the redacted
  non-space characters that lie inside expected occurrences over all redacted
  non-space characters. Both are reported per type of the *finding*; recall is
  reported per type of the *expected item*;
- a keep string is *violated* when any character of one of its occurrences is
  redacted (occurrences overlapping an expected item are not checked).

Prints a table, the missed items and the false positives (the first ``--show``
of each) and the keep violations. Exit status 0 (the figures are information);
tests/eval/test_detection_quality.py asserts on them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "eval" / "notes"
OFFICIALS = ROOT / "tests" / "eval" / "public-officials.txt"
TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "PARAPH", "NL_BSN", "IBAN_CODE")


def occurrence_pattern(text: str) -> re.Pattern[str]:
    """A regex for ``text`` as it appears in extracted text: any run of whitespace
    (a line break) between its words, an optional line break after a hyphen.
    (The same function is in tests/eval/generate.py, which checks the PDFs with it.)"""
    parts = [re.escape(p).replace(r"\-", r"-\s*") for p in text.split()]
    return re.compile(r"(?<![\w@.])" + r"\s+".join(parts) + r"(?![\w@])")


@dataclass(frozen=True)
class TypeScore:
    """Recall (by expected type) and precision (by finding type) of one entity type, or overall."""

    entity_type: str
    items: int
    items_found: int
    occurrences: int
    occurrences_found: int
    findings: int
    findings_tp: int
    chars: int
    chars_tp: int

    @property
    def recall(self) -> float:
        """Item recall: the share of items of which every occurrence is redacted."""
        return self.items_found / self.items if self.items else 1.0

    @property
    def occurrence_recall(self) -> float:
        return self.occurrences_found / self.occurrences if self.occurrences else 1.0

    @property
    def precision(self) -> float:
        """Per finding: redacted findings that overlap an expected item."""
        return self.findings_tp / self.findings if self.findings else 1.0

    @property
    def char_precision(self) -> float:
        """Per character: redacted non-space characters that belong to expected items."""
        return self.chars_tp / self.chars if self.chars else 1.0


@dataclass(frozen=True)
class Miss:
    """An expected item that is not (completely) redacted."""

    note: str
    entity_type: str
    text: str
    reason: str


@dataclass(frozen=True)
class FalsePositive:
    """A redacted finding that touches no expected item."""

    note: str
    entity_type: str
    text: str
    detectors: tuple[str, ...]
    context: str


@dataclass(frozen=True)
class KeepViolation:
    """A public string (keep) of which some characters are redacted."""

    note: str
    keep: str
    redacted: str
    context: str


@dataclass(frozen=True)
class EvalResult:
    """The figures of one evaluation run."""

    notes: int
    items: int
    per_type: tuple[TypeScore, ...]
    overall: TypeScore
    missed: tuple[Miss, ...]
    false_positives: tuple[FalsePositive, ...]
    keep_violations: tuple[KeepViolation, ...]
    keep_strings: int
    not_in_parsed_text: int

    def score(self, entity_type: str) -> TypeScore:
        return next(s for s in self.per_type if s.entity_type == entity_type)


@dataclass
class _Counts:
    items: int = 0
    items_found: int = 0
    occurrences: int = 0
    occurrences_found: int = 0
    findings: int = 0
    findings_tp: int = 0
    chars: int = 0
    chars_tp: int = 0

    def score(self, entity_type: str) -> TypeScore:
        return TypeScore(entity_type, **asdict(self))


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    return [m.span() for m in occurrence_pattern(needle).finditer(text)]


def _nonspace(text: str, a: int, b: int) -> Iterable[int]:
    return (i for i in range(a, b) if not text[i].isspace())


def _context(text: str, a: int, b: int, width: int = 30) -> str:
    return " ".join((text[max(0, a - width) : a] + "[" + text[a:b] + "]" + text[b : b + width]).split())


def evaluate(notes_dir: Path = NOTES, officials: Path | None = OFFICIALS) -> EvalResult:
    """Run the detector and decide stage over every note in ``notes_dir`` and score it."""
    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.model import Action
    from woo_redact.parse import parse_pdf

    config = load_config(None, officials)
    detector = Detector(config)
    counts = {t: _Counts() for t in TYPES}
    total = _Counts()
    missed: list[Miss] = []
    fps: list[FalsePositive] = []
    violations: list[KeepViolation] = []
    n_notes = n_items = n_keep = n_absent = 0
    for exp_path in sorted(Path(notes_dir).glob("*.expected.json")):
        spec = json.loads(exp_path.read_text(encoding="utf-8"))
        name = spec["file"]
        doc = parse_pdf((Path(notes_dir) / name).read_bytes(), name)
        text = doc.text
        findings = detector.detect(doc)
        decisions = decide(findings, config)
        redacted = [f for f, d in zip(findings, decisions, strict=True) if d.action == Action.REDACT]
        n_notes += 1

        mask = [False] * len(text)
        for f in redacted:
            for i in range(f.start, f.end):
                mask[i] = True

        keep_spans = {k: _spans(text, k) for k in spec["keep"]}
        all_keep = [s for spans in keep_spans.values() for s in spans]
        expected_mask = [False] * len(text)
        expected_spans: list[tuple[int, int]] = []
        for item in spec["redact"]:
            n_items += 1
            etype, etext = item["type"], item["text"]
            c = counts.setdefault(etype, _Counts())
            occ = [(a, b) for a, b in _spans(text, etext) if not any(ka <= a and b <= kb for ka, kb in all_keep)]
            found = [all(mask[i] for i in _nonspace(text, a, b)) for a, b in occ]
            for a, b in occ:
                expected_spans.append((a, b))
                for i in range(a, b):
                    expected_mask[i] = True
            ok = bool(occ) and all(found)
            for cc in (c, total):
                cc.items += 1
                cc.items_found += ok
                cc.occurrences += len(occ)
                cc.occurrences_found += sum(found)
            if not occ:
                n_absent += 1
                missed.append(Miss(name, etype, etext, "not in the parsed text"))
            elif not ok:
                left = [
                    "".join(ch if not mask[a + j] else "█" for j, ch in enumerate(text[a:b]))
                    for (a, b), f in zip(occ, found, strict=True)
                    if not f
                ]
                missed.append(Miss(name, etype, etext, f"{len(left)}/{len(occ)} not covered, e.g. {left[0]!r}"))

        for f in redacted:
            if f.entity_type not in TYPES:
                continue  # these sets do not label home addresses: such findings are neither right nor wrong here
            c = counts.setdefault(f.entity_type, _Counts())
            idx = list(_nonspace(text, f.start, f.end))
            tp_chars = sum(expected_mask[i] for i in idx)
            tp = any(a < f.end and f.start < b for a, b in expected_spans) and tp_chars > 0
            for cc in (c, total):
                cc.findings += 1
                cc.findings_tp += tp
            c.chars += len(idx)
            c.chars_tp += tp_chars
            if not tp:
                fps.append(FalsePositive(name, f.entity_type, f.text, f.detectors, _context(text, f.start, f.end)))
        # overall characters: the union, so overlapping findings count once
        union = [i for i, m in enumerate(mask) if m and not text[i].isspace()]
        total.chars += len(union)
        total.chars_tp += sum(expected_mask[i] for i in union)

        for k, spans in keep_spans.items():
            n_keep += 1
            for a, b in spans:
                if any(a < eb and ea < b for ea, eb in expected_spans):
                    continue
                hit = [i for i in range(a, b) if mask[i]]
                if hit:
                    violations.append(KeepViolation(name, k, text[hit[0] : hit[-1] + 1], _context(text, a, b)))
                    break

    per_type = tuple(c.score(t) for t, c in counts.items())
    return EvalResult(
        notes=n_notes,
        items=n_items,
        per_type=per_type,
        overall=total.score("overall"),
        missed=tuple(missed),
        false_positives=tuple(fps),
        keep_violations=tuple(violations),
        keep_strings=n_keep,
        not_in_parsed_text=n_absent,
    )


def report(result: EvalResult, show: int = 40) -> str:
    """The figures as a text report."""
    out = [
        f"{result.notes} notes, {result.items} expected items "
        f"({result.overall.occurrences} occurrences), {result.keep_strings} keep strings",
        "",
        f"{'type':15} {'items':>6} {'found':>6} {'recall':>7} {'occ.rec':>7} "
        f"{'redacted':>8} {'TP':>5} {'prec':>7} {'prec/ch':>7}",
    ]
    for s in (*result.per_type, result.overall):
        if s.entity_type == "overall":
            out.append("-" * 76)
        out.append(
            f"{s.entity_type:15} {s.items:6d} {s.items_found:6d} {s.recall:7.1%} {s.occurrence_recall:7.1%} "
            f"{s.findings:8d} {s.findings_tp:5d} {s.precision:7.1%} {s.char_precision:7.1%}"
        )
    out.append("")
    out.append(f"keep strings violated: {len(result.keep_violations)}")
    for v in result.keep_violations[:show]:
        out.append(f"  {v.note}: {v.keep!r} (redacted {v.redacted!r}) in ...{v.context}...")
    out.append("")
    out.append(f"missed items: {len(result.missed)} (of which {result.not_in_parsed_text} not in the parsed text)")
    for m in result.missed[:show]:
        out.append(f"  {m.note}: {m.entity_type} {m.text!r}: {m.reason}")
    out.append("")
    out.append(f"false positives: {len(result.false_positives)}")
    for fp in result.false_positives[:show]:
        out.append(f"  {fp.note}: {fp.entity_type} {fp.text!r} ({', '.join(fp.detectors)}) in ...{fp.context}...")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=Path, default=NOTES, help="folder with *.pdf and *.expected.json")
    ap.add_argument("--officials", type=Path, default=OFFICIALS, help="public officials list")
    ap.add_argument("--show", type=int, default=40, help="how many missed items / false positives to list")
    ap.add_argument("--json", type=Path, help="also write the full result as JSON to this file")
    args = ap.parse_args(argv)
    result = evaluate(args.notes, args.officials)
    print(report(result, args.show))
    if args.json:
        data = asdict(result)
        data["per_type"] = {
            s.entity_type: {
                "recall": s.recall,
                "occurrence_recall": s.occurrence_recall,
                "precision": s.precision,
                "char_precision": s.char_precision,
                **asdict(s),
            }
            for s in (*result.per_type, result.overall)
        }
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
