"""The pipeline loaded with its tokenizer made once (``engine.load_pipeline``) is the pipeline ``spacy.load`` makes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy

from woo_redact.config import load_config
from woo_redact.detect.engine import load_pipeline

ROOT = Path(__file__).resolve().parent.parent.parent


def _lexemes(nlp: Any) -> dict[str, tuple[Any, ...]]:
    return {
        lex.orth_: (lex.norm_, lex.lower_, lex.prefix_, lex.suffix_, lex.shape_, lex.flags, lex.lang_, lex.prob)
        for lex in nlp.vocab
    }


def _pattern(search: Any) -> Any:
    """A compiled pattern's bound method as its pattern (None as None)."""
    return getattr(getattr(search, "__self__", None), "pattern", search)


@pytest.fixture(scope="module")
def both() -> tuple[Any, Any]:
    path = load_config(None).model_path
    return spacy.load(path), load_pipeline(path)


def test_the_same_tokenizer_vocabulary_and_strings(both: tuple[Any, Any]) -> None:
    plain, once = both
    assert once.tokenizer.to_bytes() == plain.tokenizer.to_bytes()
    assert once.tokenizer.rules == plain.tokenizer.rules
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        assert _pattern(getattr(once.tokenizer, attr)) == _pattern(getattr(plain.tokenizer, attr))
    assert once.tokenizer.faster_heuristics == plain.tokenizer.faster_heuristics
    assert _lexemes(once) == _lexemes(plain)
    assert set(once.vocab.strings) == set(plain.vocab.strings)
    assert once.pipe_names == plain.pipe_names


def test_the_same_tokens_and_entities(both: tuple[Any, Any]) -> None:
    from woo_redact.parse import parse_pdf

    plain, once = both
    texts = [parse_pdf(p.read_bytes(), p.name).text for p in sorted((ROOT / "samples" / "notes").glob("*.pdf"))]
    texts.append("Aan: dhr. J.P. de Vries\nd.d. 12-03-2024, z.s.m. t.a.v. mw. A. van den Berg-Bakker (o.a. e.d.)")
    for text in texts:
        a, b = plain(text), once(text)
        assert [(t.text, t.whitespace_, t.norm_) for t in b] == [(t.text, t.whitespace_, t.norm_) for t in a]
        assert [(e.start, e.end, e.label_) for e in b.ents] == [(e.start, e.end, e.label_) for e in a.ents]
