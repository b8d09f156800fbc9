"""Person names from the statistical NER model in the local spaCy pipeline.

presidio's :class:`~presidio_analyzer.nlp_engine.SpacyNlpEngine` runs the
pipeline at ``models/nl_woo`` once per text and puts ``doc.ents`` in the
:class:`~presidio_analyzer.nlp_engine.NlpArtifacts` (``entities``, with the
labels mapped through its ``NerModelConfiguration``: ``PER``/``PERSON`` ->
``PERSON``). This recognizer only reads them back: it emits every PERSON
entity with a modest score, so that on its own the model's guess is redacted
but flagged for review, and is confirmed when a rule-based detector agrees.

The model lives in models/nl_woo_ner (the default models/nl_woo has no NER),
trained by ``make model`` (scripts/model/) on synthetic notes; its data, size,
scores and the ablation are in models/MODEL_CARD.md. A plausibility filter
over woo_redact's word lists drops entities that are headings, organisations,
places, ordinary words, e-mail header words or postcode letters.
"""

from __future__ import annotations

import logging
import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicons import Lexicons, load_lexicons
from ..model_names import plausible_model_name

logger = logging.getLogger("woo_redact")
PERSON_LABELS = frozenset({"PERSON", "PER"})
_STRIP = " \t\r\n.,;:!?()[]{}<>\"'|/\\*•·–—-"
# E-mail header words, weekdays and months: a one-word entity that is one of these is no name.
NOT_NAMES = frozenset(
    """from sent to cc bcc subject re fw fwd aan verzonden onderwerp datum date kopie betreft pagina page
    monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag january february march june july september october november december januari februari maart juli
    oktober paraaf parafen parafering bijlage bijlagen""".split()
)
_POSTCODE_BEFORE = re.compile(r"\b\d{4}\s?$")
_POSTCODE_LETTERS = re.compile(r"^[A-Z]{2}\s")
_INITIALS = re.compile(r"^(?:[A-ZÀ-Þ]\.){1,4}$")


class NerPersonRecognizer(EntityRecognizer):
    """PERSON entities from the spaCy NER component, as presidio results."""

    PATTERN_NAME = "statistical NER"
    name: str  # set by presidio's __init__, which leaves it untyped

    def __init__(self, name: str = "ner", supported_language: str = "nl", score: float = 0.6) -> None:
        """``score`` is the confidence given to every entity (spaCy's NER has none of its own)."""
        self.score = float(score)
        super().__init__(supported_entities=["PERSON"], name=name, supported_language=supported_language)

    def load(self) -> None:
        """The word lists for the plausibility filter (the NLP engine has already run the model)."""
        self.lex: Lexicons = load_lexicons()
        self.tvs = {w for t in self.lex.tussenvoegsels for w in t.split()}

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One PERSON result per entity the model found, trimmed of surrounding punctuation."""
        if nlp_artifacts is None:
            return []
        if not getattr(self, "_checked", False):
            self._checked = True
            self._check_pipeline(nlp_artifacts)
        if not nlp_artifacts.entities:
            return []
        model = self._model_name(nlp_artifacts, self.supported_language)
        out: list[RecognizerResult] = []
        for ent in nlp_artifacts.entities:
            if ent.label_ not in PERSON_LABELS:
                continue
            span = _trim(text, ent.start_char, ent.end_char)
            if span is None:
                continue
            start, end = span
            # checked here, before presidio drops the rule-based spans a model span contains ("N.H. Ait"
            # inside "N.H. Ait Haddou"): a model span rejected later would take them with it
            if not self.plausible(text, start, end) or not plausible_model_name(text[start:end]):
                continue
            start, end = self._lead_cut(text, start, end)  # "Wmo Lotte Kuipers" -> "Lotte Kuipers"
            reason = f"the statistical NER model {model} labelled it a person name"
            expl = AnalysisExplanation(
                recognizer=self.name,
                original_score=self.score,
                pattern_name=self.PATTERN_NAME,
                textual_explanation=reason,
            )
            out.append(RecognizerResult("PERSON", start, end, self.score, analysis_explanation=expl))
        return out

    def _lead_cut(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The entity without leading words that name no one before a known first name: "Wmo Lotte
        Kuipers", "Consulent Lotte Kuipers" lose the acronym or word the model took with the name."""
        if not hasattr(self, "lex"):
            self.load()
        while True:
            head = _HEAD_WORD.match(text, start, end)
            if head is None:
                return start, end
            word, nxt = head.group("w"), head.group("next")
            known = self.lex.is_first_name(nxt) and nxt not in self.lex.ambiguous
            if not known or not (
                word in self.lex.acronyms or word.upper() in self.lex.acronyms or self.lex.is_ordinary_word(word)
            ):
                return start, end
            start = head.start("next")

    def plausible(self, text: str, start: int, end: int) -> bool:
        """Whether the entity looks like a name: guards the model against headings, organisations and
        places it may take for names (every word capitalised or a tussenvoegsel; no organisation, function,
        place or ordinary word on its own; no e-mail header words; no postcode letters)."""
        if not hasattr(self, "lex"):
            self.load()
        name = text[start:end]
        if any(ch.isdigit() for ch in name) or ("\n" in name.strip() and len(name.split()) > 3):
            return False
        words = [w for w in re.split(r"[\s\u00a0]+", name) if w]
        if not words or words[-1].lower() in self.tvs and len(words) > 1:
            return False
        caps = []
        for w in words:
            bare = w.strip(".,;:()'\"")
            if not bare:
                return False
            if bare.lower() in NOT_NAMES and len(words) == 1:
                return False
            if bare[0].islower():
                if bare.lower() not in self.tvs:
                    return False
                continue
            if self.lex.is_non_person_word(bare) or bare.lower() in getattr(self.lex, "organisation_words", ()):
                return False
            caps.append(bare)
        if not caps:
            return False
        if name in self.lex.places or " ".join(caps) in self.lex.places:
            return False
        if len(caps) == 1:
            word = caps[0]
            if self.lex.is_ordinary_word(word) and not self._known(word):
                return False
            if word.isupper() and len(word) <= 3 and _POSTCODE_BEFORE.search(text[max(0, start - 8) : start]):
                return False
        else:
            if _POSTCODE_LETTERS.match(name) and _POSTCODE_BEFORE.search(text[max(0, start - 8) : start]):
                return False
            if any(self.lex.is_ordinary_word(w) and not self._known(w) for w in caps if not _INITIALS.match(w)):
                return False
        return True

    def _check_pipeline(self, nlp_artifacts: NlpArtifacts) -> None:
        """Warn once when the configured pipeline has no NER component (the recognizer then finds nothing)."""
        try:
            pipes = nlp_artifacts.nlp_engine.get_nlp(self.supported_language).pipe_names
        except (AttributeError, KeyError, TypeError):
            return
        if "ner" not in pipes:
            logger.warning(
                "recognizer %r: the configured spaCy pipeline has no NER component; "
                "set `model: models/nl_woo_ner` (built by `make model`) to use it",
                self.name,
            )

    def _known(self, word: str) -> bool:
        """Every part of a (double) name is a known first name or surname."""
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(p in self.lex.surnames or p in self.lex.first_names for p in parts)

    @staticmethod
    def _model_name(nlp_artifacts: NlpArtifacts, language: str) -> str:
        """'nl_woo 0.2.0' from the pipeline's meta, or a generic name."""
        try:
            meta = nlp_artifacts.nlp_engine.get_nlp(language).meta
            return f"{meta.get('lang', 'nl')}_{meta.get('name', 'woo')} {meta.get('version', '')}".strip()
        except (AttributeError, KeyError, TypeError):
            return "nl_woo"


_HEAD_WORD = re.compile(r"(?P<w>[^\W\d_][\w'’-]*)[ \t\u00a0]+(?P<next>[^\W\d_][\w'’-]*)(?=[ \t\u00a0\n])")


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
