"""The NER recognizer alone on gold-labelled PDFs: which gold persons it finds, and what else it marks.

For every PDF in DOCS with a gold file in GOLD (the format of /work/shared/eval, ``redact`` and ``keep``
items with probes), the text is parsed as the pipeline parses it (``woo_redact.parse.parse_pdf``;
cached in ``--cache``), each model is run on it, and for every word-bounded occurrence of a PERSON
probe in the text we count:

- ``raw``: the model's PERSON entity overlaps the occurrence;
- ``gated``: the same, after the recognizer's plausibility gate (``NerPersonRecognizer.plausible`` and
  ``plausible_model_name``), which is what the detector receives.

Besides, per model: entities (gated) that overlap no redact probe at all (``extra``; the gold is not
exhaustive, so an upper bound on false findings) and entities that overlap a ``keep`` probe of an
organisation, place, product, term... but no redact probe (``on_keep``; certain false findings; kept
office holders are left out: they are persons, kept later by the public-office rule). Detection
beyond the NER (rules, propagation) is not involved.

Usage: python scripts/model/ner_on_gold.py DOCS GOLD --model models/nl_woo_ner [--model OTHER ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


OFFICIALS = frozenset({"OFFICIAL", "PUBLIC_OFFICIAL"})  # persons kept by the public-office rule, not by the NER


def texts(docs: Path, gold: Path, cache: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, text, gold) per document, parsed once and cached."""
    from woo_redact.parse import parse_pdf

    cache.mkdir(parents=True, exist_ok=True)
    out = []
    for g in sorted(gold.glob("*.json")):
        gd = json.loads(g.read_text(encoding="utf-8"))
        pdf = docs / gd.get("doc", g.stem + ".pdf")
        if not pdf.exists():
            continue
        cached = cache / (pdf.stem + ".txt")
        if not cached.exists():
            cached.write_text(parse_pdf(pdf.read_bytes(), pdf.name).text, encoding="utf-8")
        out.append((pdf.name, cached.read_text(encoding="utf-8"), gd))
    return out


def occurrences(text: str, probe: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences of ``probe``; spaces in the probe match any run of white space."""
    pat = r"\s+".join(re.escape(p) for p in probe.split())
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){pat}(?!\w)", text)]


def _overlaps(occ: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether any span shares a character with the occurrence."""
    return any(s < occ[1] and occ[0] < t for s, t in spans)


def score(docs: list[tuple[str, str, dict[str, Any]]], model: Path) -> dict[str, Any]:
    """Counts for one model over the documents."""
    import spacy

    from woo_redact.detect.model_names import plausible_model_name
    from woo_redact.detect.recognizers.ner import NerPersonRecognizer, _trim

    nlp = spacy.load(model)
    rec = NerPersonRecognizer()
    rec.load()
    res = {"person_occurrences": 0, "raw": 0, "gated": 0, "entities": 0, "gated_entities": 0, "extra": 0,
           "on_keep": 0, "on_keep_strings": [], "missed_examples": []}  # fmt: skip
    for _name, text, gd in docs:
        doc = nlp(text)
        raw, gated = [], []
        for e in doc.ents:
            if e.label_ not in ("PERSON", "PER"):
                continue
            span = _trim(text, e.start_char, e.end_char)
            raw.append((e.start_char, e.end_char))
            if span and rec.plausible(text, *span) and plausible_model_name(text[span[0] : span[1]]):
                gated.append(span)
        res["entities"] += len(raw)
        res["gated_entities"] += len(gated)
        red_occ: list[tuple[int, int]] = []
        seen: set[tuple[int, int]] = set()
        for item in gd.get("redact", []):
            occ = [o for p in item.get("probes", []) for o in occurrences(text, p["text"])]
            red_occ += occ
            if item.get("kind") != "PERSON":
                continue
            for o in occ:
                if o in seen:
                    continue
                seen.add(o)
                res["person_occurrences"] += 1
                res["raw"] += _overlaps(o, raw)
                res["gated"] += _overlaps(o, gated)
                if not _overlaps(o, gated) and len(res["missed_examples"]) < 400:
                    res["missed_examples"].append(text[o[0] : o[1]])
        keep_occ = [o for item in gd.get("keep", []) if item.get("kind") not in OFFICIALS
                    for p in item.get("probes", []) for o in occurrences(text, p["text"])]  # fmt: skip
        for s, t in gated:
            if not any(a < t and s < b for a, b in red_occ):
                res["extra"] += 1
            if any(a < t and s < b for a, b in keep_occ) and not any(a < t and s < b for a, b in red_occ):
                res["on_keep"] += 1
                res["on_keep_strings"].append(text[s:t])
    return res


def main(argv: list[str] | None = None) -> int:
    """Print one JSON line per model."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--model", type=Path, action="append", required=True)
    ap.add_argument("--cache", type=Path, default=ROOT / "build" / "model" / "gold_text")
    ap.add_argument("--label", default="")
    args = ap.parse_args(argv)
    docs = texts(args.docs, args.gold, args.cache)
    for m in args.model:
        r = score(docs, m)
        n = max(r["person_occurrences"], 1)
        counts = {k: v for k, v in r.items() if not isinstance(v, list)}
        summary = {"set": args.label, "model": str(m), "docs": len(docs), **counts}
        summary["raw_recall"] = round(r["raw"] / n, 3)
        summary["gated_recall"] = round(r["gated"] / n, 3)
        summary["on_keep_strings"] = sorted(set(r["on_keep_strings"]))
        print(json.dumps(summary, ensure_ascii=False))
        (args.cache / f"missed_{Path(m).parent.name}_{Path(m).name}.txt").write_text(
            "\n".join(r["missed_examples"]), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
