"""Person names from the statistical NER model in the local spaCy pipeline.

presidio's :class:`~presidio_analyzer.nlp_engine.SpacyNlpEngine` runs the
pipeline at ``models/nl_woo`` once per text and puts ``doc.ents`` in the
:class:`~presidio_analyzer.nlp_engine.NlpArtifacts` (``entities``, with the
labels mapped through its ``NerModelConfiguration``: ``PER``/``PERSON`` ->
``PERSON``). This recognizer only reads them back: it emits every PERSON
entity with a modest score, so that on its own the model's guess is redacted
but flagged for review, and is confirmed when a rule-based detector agrees.

The model is trained by ``make model`` (scripts/model/) on synthetic notes; its
data, size and scores are in models/MODEL_CARD.md.
"""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

PERSON_LABELS = frozenset({"PERSON", "PER"})
_STRIP = " \t\r\n.,;:!?()[]{}<>\"'|/\\*•·–—-"


class NerPersonRecognizer(EntityRecognizer):
    """PERSON entities from the spaCy NER component, as presidio results."""

    PATTERN_NAME = "statistical NER"

    def __init__(self, name: str = "ner", supported_language: str = "nl", score: float = 0.6) -> None:
        """``score`` is the confidence given to every entity (spaCy's NER has none of its own)."""
        self.score = float(score)
        super().__init__(supported_entities=["PERSON"], name=name, supported_language=supported_language)

    def load(self) -> None:
        """Nothing to load: the NLP engine has already run the model."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One PERSON result per entity the model found, trimmed of surrounding punctuation."""
        if nlp_artifacts is None or not nlp_artifacts.entities:
            return []
        model = self._model_name(nlp_artifacts)
        out: list[RecognizerResult] = []
        for ent in nlp_artifacts.entities:
            if ent.label_ not in PERSON_LABELS:
                continue
            span = _trim(text, ent.start_char, ent.end_char)
            if span is None:
                continue
            start, end = span
            reason = f"the statistical NER model {model} labelled it a person name"
            expl = AnalysisExplanation(
                recognizer=self.name,
                original_score=self.score,
                pattern_name=self.PATTERN_NAME,
                textual_explanation=reason,
            )
            out.append(RecognizerResult("PERSON", start, end, self.score, analysis_explanation=expl))
        return out

    @staticmethod
    def _model_name(nlp_artifacts: NlpArtifacts) -> str:
        """'nl_woo 0.2.0' from the pipeline's meta, or a generic name."""
        try:
            meta = nlp_artifacts.nlp_engine.get_nlp(nlp_artifacts.language).meta
            return f"{meta.get('lang', 'nl')}_{meta.get('name', 'woo')} {meta.get('version', '')}".strip()
        except (AttributeError, KeyError, TypeError):
            return "nl_woo"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The entity without leading/trailing punctuation and spaces; None when nothing name-like is left."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP and not (text[end - 1] == "." and _initial_before(text, end - 1)):
        end -= 1
    name = text[start:end]
    if len(name) < 2 or not any(ch.isalpha() for ch in name) or "@" in name:
        return None
    if not any(ch.isupper() for ch in name):
        return None
    return start, end


def _initial_before(text: str, dot: int) -> bool:
    """True when the dot at ``dot`` ends an initial ('J.'), which belongs to the name."""
    return dot >= 1 and text[dot - 1].isupper() and (dot < 2 or not text[dot - 2].isalpha())
