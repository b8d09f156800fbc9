"""The spaCy call of the engine: the NER decoder (detect/ner_decode.py) makes spaCy's NER decisions (the same
entities, token by token), the folded tok2vec (detect/tok2vec_fold.py) gives spaCy's vectors up to float rounding
and with the decoder spaCy's entities, and the tokenizer's cache filled first gives the same tokens."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc, Span

from woo_redact.config import load_config
from woo_redact.detect import Detector, ner_decode, tok2vec_fold
from woo_redact.detect.engine import _fill_cache
from woo_redact.detect.ner_decode import Decoder
from woo_redact.detect.tok2vec_fold import Folded
from woo_redact.parse import parse_pdf

ROOT = Path(__file__).resolve().parents[2]
NAMES = "Jan Piet de Vries Anna Jansen J.P. van der Berg Mohamed El Amrani Sophie Bakker-Smit K. Yilmaz".split()
WORDS = (
    "de het een minister heeft op maandag besloten dat gemeente Utrecht verslag Tweede Kamer , . : ; ( ) "
    "Aan: Van: Datum: e-mail 06-12345678 2024 bijlage Nota De Hij Zij overleg met over beleidsmedewerker"
).split()
GAPS = [" ", " ", " ", " ", "\n", "\n\n", "  ", "\t", " \n "]


@lru_cache(maxsize=1)
def _nlp() -> Any:
    nlp = spacy.load(load_config(None).model_path)
    nlp.disable_pipe("sentencizer")
    return nlp


def _texts() -> list[str]:
    """Random texts of names, ordinary words, punctuation and every kind of gap, plus the samples' texts."""
    rng = random.Random(7)
    texts = []
    for _ in range(150):
        n = rng.randrange(1, 60)
        words = [rng.choice(NAMES) if rng.random() < 0.35 else rng.choice(WORDS) for _ in range(n)]
        texts.append(
            "".join(w + rng.choice(GAPS) for w in words).rstrip(" ") if rng.random() < 0.5 else " ".join(words)
        )
    for pdf in sorted((ROOT / "samples" / "notes").glob("*.pdf"))[:6]:
        texts.append(parse_pdf(pdf.read_bytes(), pdf.name).text)
    return texts


def _annotations(doc: Doc) -> tuple[list[tuple[int, int, str]], list[tuple[int, str]]]:
    return [(e.start, e.end, e.label_) for e in doc.ents], [(t.ent_iob, t.ent_type_) for t in doc]


def _before_ner(text: str) -> Doc:
    nlp = _nlp()
    doc: Doc = nlp.get_pipe("tok2vec")(nlp.make_doc(text))
    return doc


def test_decoder_is_made_for_the_project_model() -> None:
    assert Decoder.for_pipe(_nlp().get_pipe("ner")) is not None


def test_same_entities_as_spacy() -> None:
    nlp = _nlp()
    decoder = Decoder.for_pipe(nlp.get_pipe("ner"))
    assert decoder is not None
    found = 0
    taken = 0
    for text in _texts():
        theirs = nlp.get_pipe("ner")(_before_ner(text))
        ours = _before_ner(text)
        spans = decoder.entities(ours)
        taken += spans is not None
        ours = decoder(ours)
        assert _annotations(ours) == _annotations(theirs), text
        found += len(theirs.ents)
    assert found > 100, "the model found few names: the comparison says little"
    assert taken > 140, "the decoder left most texts to spaCy: the comparison says little"


def test_entities_at_the_edges() -> None:
    """Names that open or close the text, a name alone, a name before a line break, an empty text."""
    nlp = _nlp()
    decoder = Decoder.for_pipe(nlp.get_pipe("ner"))
    assert decoder is not None
    for text in ("Jan de Vries", "Anna", "Anna Jansen\n", "\nAnna Jansen", "Met Anna\nJansen", " ", ""):
        theirs = nlp.get_pipe("ner")(_before_ner(text))
        assert _annotations(decoder(_before_ner(text))) == _annotations(theirs), text


def test_a_close_call_goes_to_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = _nlp()
    decoder = Decoder.for_pipe(nlp.get_pipe("ner"))
    assert decoder is not None
    text = "Aan: Jan de Vries\nVan: Anna Jansen, beleidsmedewerker"
    monkeypatch.setattr(ner_decode, "MARGIN", float("inf"))
    doc = _before_ner(text)
    assert decoder.entities(doc) is None
    assert _annotations(decoder(doc)) == _annotations(nlp.get_pipe("ner")(_before_ner(text)))


def test_preset_entities_go_to_spacy() -> None:
    nlp = _nlp()
    decoder = Decoder.for_pipe(nlp.get_pipe("ner"))
    assert decoder is not None
    doc = _before_ner("Aan: Jan de Vries")
    doc.set_ents([Span(doc, 1, 2, label="PERSON")], default="missing")
    assert decoder.entities(doc) is None


def test_other_components_are_not_decoded() -> None:
    nlp = spacy.blank("nl")
    beam: Any = nlp.add_pipe("beam_ner")
    beam.add_label("PERSON")
    nlp.initialize()
    assert Decoder.for_pipe(beam) is None


def test_engine_gives_the_pipelines_entities() -> None:
    """The engine's artifacts hold the entities of the whole pipeline run by spaCy."""
    engine: Any = Detector(load_config(None)).engine.analyzer.nlp_engine
    for text in _texts()[-6:]:
        ours = engine.process_text(text, "nl")
        theirs = engine.get_nlp("nl")(text)
        assert [(e.start_char, e.end_char, e.label_) for e in ours.entities] == [
            (e.start_char, e.end_char, e.label_) for e in theirs.ents
        ]
        assert [t.idx for t in ours.tokens] == [t.idx for t in theirs]


def test_tokens_the_same_after_the_cache_is_filled() -> None:
    """Two copies of the project's tokenizer: one as spaCy runs it, one with its cache filled first."""
    nlp = _nlp()
    tokenizer = type(nlp.tokenizer)
    plain, filled = tokenizer(nlp.vocab), tokenizer(nlp.vocab)
    plain.from_bytes(nlp.tokenizer.to_bytes())
    filled.from_bytes(nlp.tokenizer.to_bytes())
    assert "\n" in plain.rules, "a line break is no special case: the cache was never cut short"
    attrs = ["ORTH", "NORM", "SPACY", "IDX", "IS_SPACE", "LEMMA", "PREFIX", "SUFFIX", "SHAPE"]
    awkward = "mr. J. de Vries\n o.a. blz. 3\u00a0bijlage\t(zie: www.example.nl) d.d. 1-2-2024, m.b.t. t.a.v.\n\nHet "
    for text in [awkward, awkward * 3, *_texts()]:
        _fill_cache(filled, text)
        ours, theirs = filled(text), plain(text)
        assert [t.text_with_ws for t in ours] == [t.text_with_ws for t in theirs]
        assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()


def test_folded_tok2vec_is_made_for_the_project_model() -> None:
    assert Folded.for_pipe(_nlp().get_pipe("tok2vec")) is not None


def _folded_entities(folded: Folded, decoder: Decoder, text: str) -> tuple[Any, Any]:
    nlp = _nlp()
    doc = folded(nlp.make_doc(text))
    return doc.tensor.copy(), _annotations(decoder(doc))


@pytest.mark.parametrize("keep", [100_000, 40])
def test_folded_tok2vec_gives_spacys_vectors_and_entities(keep: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The vectors differ from spaCy's by float rounding only, and the entities are spaCy's whole pipeline's
    (with the memo of words started again and again: ``keep`` 40)."""
    monkeypatch.setattr(tok2vec_fold, "KEEP", keep)
    nlp = _nlp()
    folded = Folded.for_pipe(nlp.get_pipe("tok2vec"))
    decoder = Decoder.for_pipe(nlp.get_pipe("ner"))
    assert folded is not None and decoder is not None
    found = 0
    for text in _texts() * 2:  # twice: the second time every word is kept from the first
        theirs = nlp.get_pipe("ner")(_before_ner(text))
        vectors, annotations = _folded_entities(folded, decoder, text)
        assert vectors.shape == theirs.tensor.shape
        assert not len(vectors) or float(abs(vectors - theirs.tensor).max()) < 1e-4, text
        assert annotations == _annotations(theirs), text
        found += len(theirs.ents)
    assert found > 200
    assert len(folded.memo) <= max(keep, max(len(nlp.make_doc(t)) for t in _texts()))


def test_other_tok2vecs_are_not_folded() -> None:
    nlp = spacy.blank("nl")
    chars: Any = nlp.add_pipe(
        "tok2vec",
        config={
            "model": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {
                    "@architectures": "spacy.CharacterEmbed.v2",
                    "width": 32,
                    "rows": 500,
                    "nM": 16,
                    "nC": 4,
                    "include_static_vectors": False,
                },
                "encode": {
                    "@architectures": "spacy.MaxoutWindowEncoder.v2",
                    "width": 32,
                    "depth": 1,
                    "window_size": 1,
                    "maxout_pieces": 3,
                },
            }
        },
    )
    nlp.initialize()
    assert Folded.for_pipe(chars) is None
    assert Folded.for_pipe(nlp.get_pipe("tok2vec").model) is None  # not a component
