"""The engine's NLP artifacts are presidio's, their keywords, lemmas and token offsets made only when read."""

from __future__ import annotations

from presidio_analyzer.nlp_engine import SpacyNlpEngine

from woo_redact.config import load_config
from woo_redact.detect import Detector


def test_artifacts_hold_what_presidio_makes() -> None:
    engine = Detector(load_config(None)).engine.analyzer.nlp_engine
    text = "Geachte heer De Vries,\nMet Anna Jansen (Gemeente Utrecht) is afgesproken: geen bezwaar. Zie: ref."
    doc = engine.get_nlp("nl")(text)
    ours, presidio = engine._doc_to_nlp_artifact(doc, "nl"), SpacyNlpEngine._doc_to_nlp_artifact(engine, doc, "nl")
    assert [(e.start_char, e.end_char, e.label_) for e in ours.entities] == [
        (e.start_char, e.end_char, e.label_) for e in presidio.entities
    ]
    assert ours.entities, "the model found no name: the comparison says little"
    assert ours._lemmas is None and ours._indices is None  # not made until read
    assert (ours.scores, ours.lemmas, ours.tokens_indices) == (
        presidio.scores,
        presidio.lemmas,
        presidio.tokens_indices,
    )
    assert ours._keywords is None  # not made until read
    assert ours.keywords == presidio.keywords and len(presidio.keywords) > 5
