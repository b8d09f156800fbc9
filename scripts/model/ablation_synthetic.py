"""Second ablation, on text the rule-based detectors were never tuned on: the synthetic dev notes.

The evaluation notes in tests/eval/ are the set the rule-based detectors are
developed against, so they flatter the rules. This script runs the full
detector (every configured detector, merge, public-office rule, propagation,
decide) with and without the NER recognizer on the held-out synthetic dev notes
(build/model/dev.spacy: names the model never saw, but the templates it was
trained on, so they flatter the model). The two ablations bracket the truth.

Each note's text is wrapped in a :class:`~woo_redact.model.Document` with one
word per non-space run and synthetic boxes (one line per text line), so the
structure detectors see the same lines a parsed PDF gives.

Scoring (PERSON only; the dev notes label person names, paraphs included):
- recall: gold spans of which every non-space character is redacted; names the
  detector's public-office rule keeps ("minister [Keijzer]") are left out;
- precision: redacted PERSON/PARAPH findings that overlap a gold span.

Usage: python scripts/model/ablation_synthetic.py [--notes 200] [--model build/model/nl_woo_candidate]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts" / "model"))

import spacy  # noqa: E402
from ablation import with_ner  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from woo_redact import config as config_mod  # noqa: E402
from woo_redact.model import Action, Box, Document, Line, PageInfo, Word  # noqa: E402
from woo_redact.parse.layout import find_fields, find_sections  # noqa: E402

_HEADING = re.compile(r"^[A-ZÀ-Þ][^.:;,!?\d@|]{2,60}$")


def text_document(text: str, name: str) -> Document:
    """A Document for plain text: one line per text line, a 6 pt grid of synthetic boxes."""
    words: list[Word] = []
    lines: list[Line] = []
    texts: list[str] = []
    offset = 0
    for li, line_text in enumerate(text.split("\n")):
        y0 = 20.0 + 12 * (li % 60)
        page = li // 60
        first = len(words)
        for m in re.finditer(r"\S+", line_text):
            a = offset + m.start()
            cb = tuple((6.0 * (m.start() + k), y0, 6.0 * (m.start() + k + 1), y0 + 10) for k in range(len(m.group())))
            box = Box(page, cb[0][0], y0, cb[-1][2], y0 + 10)
            words.append(Word(m.group(), box, cb, "Helvetica", 10.0, len(lines), a))
        n = len(words) - first
        box = Box(page, 0.0, y0, max(6.0, 6.0 * len(line_text)), y0 + 10)
        lines.append(Line(page, box, first, n, offset, offset + len(line_text)))
        texts.append(line_text)
        offset += len(line_text) + 1
    headings = [bool(_HEADING.match(t)) and len(t.split()) <= 6 for t in texts]
    n_pages = (len(lines) - 1) // 60 + 1
    return Document(
        path=name,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        pages=tuple(PageInfo(i, 595.0, 842.0, 0, 1) for i in range(n_pages)),
        text=text,
        words=tuple(words),
        lines=tuple(lines),
        sections=find_sections(lines, texts, headings),
        fields=find_fields(lines, text),
    )


def score(notes: list[tuple[str, list[tuple[int, int]]]]) -> dict[str, Any]:
    """Run the configured detector and decide stage over the notes; PERSON recall and precision."""
    from woo_redact.decide import decide
    from woo_redact.detect import Detector

    config = config_mod.load_config(None, None)
    detector = Detector(config)
    gold_n = gold_found = red_n = red_tp = 0
    for k, (text, gold) in enumerate(notes):
        doc = text_document(text, f"dev{k:04d}")
        findings = detector.detect(doc)
        decisions = decide(findings, config)
        redacted = [f for f, d in zip(findings, decisions, strict=True) if d.action == Action.REDACT]
        mask = [False] * len(text)
        for f in redacted:
            for i in range(f.start, f.end):
                mask[i] = True
        gold = [(a, b) for a, b in gold if detector.public.evidence(text, a, b) is None]
        for a, b in gold:
            gold_n += 1
            gold_found += all(mask[i] for i in range(a, b) if not text[i].isspace())
        for f in redacted:
            if f.entity_type not in ("PERSON", "PARAPH"):
                continue
            red_n += 1
            red_tp += any(a < f.end and f.start < b for a, b in gold)
    return {
        "notes": len(notes),
        "gold": gold_n,
        "found": gold_found,
        "recall": gold_found / gold_n if gold_n else 1.0,
        "redacted": red_n,
        "tp": red_tp,
        "precision": red_tp / red_n if red_n else 1.0,
    }


def main(argv: list[str] | None = None) -> int:
    """Both runs; a Markdown row each."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=ROOT / "build" / "model" / "dev.spacy")
    ap.add_argument("--notes", type=int, default=200)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "model" / "ablation_synthetic.json")
    args = ap.parse_args(argv)
    nlp = spacy.blank("nl")
    docs = list(DocBin().from_disk(args.dev).get_docs(nlp.vocab))[: args.notes]
    notes = [(d.text, [(e.start_char, e.end_char) for e in d.ents]) for d in docs]
    with with_ner(0.6, args.model, enabled=False):
        without = score(notes)
    with with_ner(0.6, args.model):
        with_ = score(notes)
    print("| run | gold names | recall | redacted | precision |\n|---|---:|---:|---:|---:|")
    for label, r in (("without NER", without), ("with NER", with_)):
        print(f"| {label} | {r['gold']} | {r['recall']:.1%} | {r['redacted']} | {r['precision']:.1%} |")
    args.out.write_text(json.dumps({"without": without, "with": with_}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
