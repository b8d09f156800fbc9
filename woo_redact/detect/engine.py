"""The presidio engine built from the config and the local Dutch spaCy pipeline.

The spaCy pipeline is loaded from a local path (``models/nl_woo``): presidio
only downloads a model when the name is neither an installed package nor an
existing path, so a missing model is reported here before presidio is asked.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.util import registry as spacy_registry

from ..config import Config
from ..errors import MissingDependencyError
from ..model import Document, Explanation
from .ner_decode import Decoder
from .recognizers.patterns import UNCHECKED
from .recognizers.structure import Candidate
from .registry import registry
from .tok2vec_fold import Folded

CONTEXT_BOOST = 0.35


class _OwnContext(ContextAwareEnhancer):
    """Context words are scored by :meth:`Engine._from_presidio` (the Dutch pipeline has no
    lemmas for presidio's lemma-based enhancer, which would only copy every result)."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


class _Artifacts(NlpArtifacts):
    """Presidio's NLP artifacts whose keywords, lemmas and token offsets are made when first read: only
    presidio's lemma-based context enhancer (which the engine replaces, :class:`_OwnContext`) and its
    decision log read them; looking each of a page's lemmas up in the vocabulary, twice, took ~0.4 ms,
    listing each token's lemma and offset ~1 ms."""

    def __init__(self, *, language: str, tokens: Any, **parts: Any) -> None:
        self._language = language
        self._keywords: list[str] | None = None
        super().__init__(language=language, tokens=tokens, lemmas=[], tokens_indices=[], **parts)
        self._lemmas: list[str] | None = None  # (presidio's constructor set them empty: made when read)
        self._indices: list[int] | None = None

    @property
    def lemmas(self) -> list[str]:
        """Each token's lemma (presidio's ``lemmas``)."""
        if self._lemmas is None:
            self._lemmas = [token.lemma_ for token in self.tokens]
        return self._lemmas

    @lemmas.setter
    def lemmas(self, value: list[str] | None) -> None:
        self._lemmas = value

    @property
    def tokens_indices(self) -> list[int]:
        """Each token's character offset (presidio's ``tokens_indices``)."""
        if self._indices is None:
            self._indices = [token.idx for token in self.tokens]
        return self._indices

    @tokens_indices.setter
    def tokens_indices(self, value: list[int] | None) -> None:
        self._indices = value

    @staticmethod
    def set_keywords(nlp_engine: Any, lemmas: list[str], language: str) -> None:  # type: ignore[override]
        """Called by presidio's constructor: the keywords are made when read (:attr:`keywords`)."""
        return None

    @property
    def keywords(self) -> list[str]:
        """Presidio's keywords of the text (its lemmas without stop words and punctuation)."""
        if self._keywords is None:
            self._keywords = NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self._language)
        return self._keywords

    @keywords.setter
    def keywords(self, value: list[str] | None) -> None:
        self._keywords = value


def _fill_cache(tokenizer: Any, text: str) -> None:
    """Fill the tokenizer's cache with the text's words, one call on the words between single spaces.

    spaCy 3.8's tokenizer keeps how it split each piece of text between white space, except that once
    a piece in a call was a special case it keeps nothing more in that call (``has_special`` is set for
    the call, not the piece), and a line break is a special case of the project's tokenizer: almost
    nothing of a text was kept. A piece's tokens depend on the piece alone, so the tokenizer's own
    split of the words, made here without line breaks, is what the call on the text would make; the
    call then finds them kept (``tests/detect/test_ner_decode.py`` compares the tokens).
    """
    tokenizer(" ".join(dict.fromkeys(text.split())))


_TOKENIZER_FROM_DISK = "woo_redact.TokenizerFromDisk.v1"


def _tokenizer_from_disk() -> Callable[[Any], Any]:
    """A tokenizer without rules or patterns, for a pipeline whose ``tokenizer`` file gives them all."""
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # (compiled, no stub)

    def make(nlp: Any) -> Any:
        return Tokenizer(nlp.vocab)

    return make


spacy_registry.tokenizers.register(_TOKENIZER_FROM_DISK, func=_tokenizer_from_disk)


def load_pipeline(path: Path) -> Any:
    """``spacy.load(path)``, the tokenizer's special cases added once, not twice.

    ``spacy.Tokenizer.v1`` makes the tokenizer from the language's defaults (its 4,670 special cases
    added and validated, a lexeme made for each piece: ~0.3 CPU s), and ``from_disk`` then resets it
    (every pattern, rule, cache and special case) and adds the ``tokenizer`` file's, which the project's
    pipeline saved from those same defaults. A tokenizer made empty ends the same: equal ``to_bytes``,
    patterns, rules and settings, the same lexemes with the same attributes and the same strings
    (checked on the project's pipeline; ``tests/detect/test_engine_load.py``). A pipeline without a
    ``tokenizer`` file loads as its config says.
    """
    if not (path / "tokenizer").is_file():
        return spacy.load(path)
    return spacy.load(path, config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER_FROM_DISK}}})


class _SpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, its artifacts as :class:`_Artifacts` (the same parts, as presidio makes them).

    The pipeline runs component by component as ``Language.__call__`` runs it, except that the
    NER component's decisions are made by :class:`~.ner_decode.Decoder` (the same entities, about
    a third of the time) and the tok2vec's vectors by :class:`~.tok2vec_fold.Folded` (its
    embedding folded and kept per word) when the component is of the kind each mirrors.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._decoders: dict[str, Decoder | None] = {}
        self._folded: dict[str, Folded | None] = {}

    def load(self) -> None:
        """Presidio's ``load`` for local pipelines, each through :func:`load_pipeline`."""
        self._enable_gpu()
        nlp: dict[str, Any] = {}
        for model in self.models:
            self._validate_model_params(model)
            nlp[model["lang_code"]] = load_pipeline(Path(model["model_name"]))
        self.nlp = nlp  # type: ignore[assignment]  # (presidio declares it None until loaded)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """The pipeline's Doc of the text as presidio's artifacts."""
        nlp = self.get_nlp(language)
        if language not in self._decoders:
            ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
            self._decoders[language] = Decoder.for_pipe(ner) if ner is not None else None
            t2v = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
            self._folded[language] = Folded.for_pipe(t2v) if t2v is not None else None
        decoder = self._decoders[language]
        folded = self._folded[language]
        if len(text) <= nlp.max_length:
            _fill_cache(nlp.tokenizer, text)
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if decoder is not None and name == "ner":
                doc = decoder(doc)
            elif folded is not None and name == "tok2vec":
                doc = folded(doc)
            else:
                doc = proc(doc)
        return self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return _Artifacts(entities=entities, tokens=doc, nlp_engine=self, language=language, scores=scores)


class Engine:
    """Presidio analyzer plus the structure detectors, as configured."""

    def __init__(self, config: Config) -> None:
        path = config.model_path
        if not (path / "meta.json").exists():
            raise MissingDependencyError(
                f"the Dutch spaCy pipeline is missing at {path}. Run `make model` (or `make install`)."
            )
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        nlp_engine = _SpacyEngine(models=[{"lang_code": "nl", "model_name": str(path)}])
        registry_ = RecognizerRegistry(supported_languages=["nl"])
        self.statistical: set[str] = set()  # names of model-backed detectors: their spans need a plausibility check
        self.structure: list[tuple[str, Callable[[Document], list[Candidate]]]] = []
        types = registry()
        for spec in config.recognizers:
            if not spec.enabled:
                continue
            t = types.get(spec.type)
            params = types.validated(spec.type, spec.params)
            if t.kind == "structure":
                self.structure.append((spec.name, t.factory))
                continue
            recognizer = t.factory(name=spec.name, **params)
            if hasattr(recognizer, "load"):
                recognizer.load()
            registry_.add_recognizer(recognizer)
            if t.kind == "statistical":
                self.statistical.add(spec.name)
        # presidio's EntityRecognizer.name is assigned from an implicitly Optional argument: mypy cannot type it
        self.contexts = {
            str(r.name): [c.lower() for c in (r.context or [])]  # type: ignore[has-type]
            for r in registry_.recognizers
        }
        self.analyzer = AnalyzerEngine(
            registry=registry_,
            nlp_engine=nlp_engine,
            supported_languages=["nl"],
            context_aware_enhancer=_OwnContext(),
        )
        # the pipeline's sentencizer runs after the NER and only marks sentence starts, which nothing
        # reads (presidio's artifacts, the recognizers): without it the entities are the same, sooner
        for language in nlp_engine.get_supported_languages():
            nlp = nlp_engine.get_nlp(language)
            if "sentencizer" in nlp.pipe_names:
                nlp.disable_pipe("sentencizer")

    def candidates(self, doc: Document) -> list[Candidate]:
        """Every detector's proposals for the document, with explanations."""
        out: list[Candidate] = []
        if doc.text.strip():
            results = self.analyzer.analyze(
                doc.text, language="nl", return_decision_process=True, regex_flags=re.MULTILINE
            )
            out.extend(self._from_presidio(doc.text, r) for r in results)
        for name, detector in self.structure:
            for c in detector(doc):
                expl = c.explanation
                out.append(
                    Candidate(
                        c.start,
                        c.end,
                        c.entity,
                        Explanation(name, expl.score, expl.reason, pattern=expl.pattern, context=expl.context),
                    )
                )
        return [c for c in out if c.end > c.start]

    def _from_presidio(self, text: str, r: RecognizerResult) -> Candidate:
        expl = r.analysis_explanation
        detector = expl.recognizer if expl else "presidio"
        score = float(r.score)
        reason = (expl.textual_explanation if expl and expl.textual_explanation else "") or "pattern match"
        line_start = text.rfind("\n", 0, r.start) + 1
        prev_line = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        window = text[prev_line : text.find("\n", r.end) if text.find("\n", r.end) >= 0 else len(text)].lower()
        hit = next((w for w in self.contexts.get(detector, []) if re.search(rf"\b{re.escape(w)}\b", window)), None)
        pattern = expl.pattern_name if expl and expl.pattern_name else ""
        if hit and score < 1.0 and pattern != UNCHECKED:  # a failed check digit stays for review
            score = min(1.0, score + CONTEXT_BOOST)
            reason += f"; context word '{hit}'"
        context = text[max(0, r.start - 30) : r.start].replace("\n", " ")
        return Candidate(
            r.start, r.end, r.entity_type, Explanation(detector, score, reason, pattern=pattern, context=context)
        )
