"""Build the Dutch spaCy pipelines woo_redact ships in woo_redact/models/ (package data).

- models/nl_woo (always; what the default configuration loads): spaCy's
  rule-based Dutch tokenizer and a sentencizer, no statistical components.
  Built in a second; ``make install`` runs this when the folder is missing.
- models/nl_woo_ner (with ``--ner``; ``make model`` passes it): the same
  tokenizer plus a small NER model (PERSON) trained by the recipe in
  scripts/model/ (synthetic notes, ``spacy train``, packaging, measurements;
  about 4 minutes on 2 cores; ``--real`` also trains on the committed
  Europeana Newspapers Dutch corpus, CC0, which the model card's ablation
  found not to help, so it is not shipped). The NER recognizer is opt-in; see
  models/MODEL_CARD.md for the data, scores and the ablation behind that.

Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "woo_redact" / "models" / "nl_woo"


def build_blank(out: Path = OUT) -> None:
    """The tokenizer-only pipeline: ``spacy.blank('nl')`` plus a sentencizer."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "woo"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "woo_redact Dutch tokenizer (rule-based, no statistical components)"
    nlp.meta["license"] = "MIT"
    nlp.to_disk(out)
    print(f"wrote {out}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Write models/nl_woo; with ``--ner`` also run the NER recipe (other options go to it)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner", action="store_true", help="also train and package models/nl_woo_ner")
    args, rest = ap.parse_known_args(argv)
    build_blank()
    if not args.ner:
        return 0
    sys.path.insert(0, str(ROOT / "scripts" / "model"))
    import train

    return train.main(rest)


if __name__ == "__main__":
    sys.exit(main())
