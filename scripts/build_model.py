"""Build the Dutch spaCy pipeline woo_redact ships in models/nl_woo.

Today this is spaCy's rule-based Dutch tokenizer (``spacy.blank("nl")``) with a
sentencizer, saved as a local pipeline so presidio loads it from a path and
never tries a download. The statistical NER model is trained by the detection
issue's recipe; see models/MODEL_CARD.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

OUT = Path(__file__).resolve().parent.parent / "models" / "nl_woo"


def main() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "woo"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "woo_redact Dutch tokenizer (rule-based, no statistical components)"
    nlp.meta["license"] = "MIT"
    nlp.to_disk(OUT)
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
