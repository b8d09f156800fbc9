"""The conversion of the Europeana Newspapers corpus (scripts/model/real_text.py) into NER training docs."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "model"))

import real_text  # noqa: E402


def convert(pairs: str) -> spacy.tokens.Doc:
    """A doc from 'token/TAG' pairs separated by spaces."""
    chunk = [tuple(p.rsplit("/", 1)) for p in pairs.split()]
    doc, _, _ = real_text.to_doc(spacy.blank("nl"), chunk, random.Random(1))
    return doc


def iob(doc: spacy.tokens.Doc) -> dict[str, str]:
    """token text -> 'B'/'I'/'O' or '-' (missing), for tokens that are not white space."""
    return {t.text: t.ent_iob_ or "-" for t in doc if not t.is_space}


def test_person_span_leaves_out_glued_punctuation_but_keeps_initials() -> None:
    doc = convert("de/O fabriek/O van/O J./B-PER H./I-PER Dekker,/I-PER zonder/O winst./O")
    assert [e.text for e in doc.ents] == ["J. H. Dekker"]
    assert [e.label_ for e in doc.ents] == ["PERSON"]
    assert iob(doc)[","] == "O"


def test_title_inside_the_corpus_span_is_outside_the_name() -> None:
    doc = convert("door/O Koning/B-PER Leopold/I-PER bezocht./O")
    assert [e.text for e in doc.ents] == ["Leopold"]
    assert iob(doc)["Koning"] == "O"


def test_adjacent_b_per_words_are_one_name_unless_a_comma_separates_them() -> None:
    joined = real_text.join_names(
        [("van", "B-PER"), ("Doorn", "B-PER"), ("en", "O"), ("Elout,", "B-PER"), ("Betz", "B-PER")]
    )
    assert [t for _, t in joined] == ["B-PER", "I-PER", "O", "B-PER", "B-PER"]
    doc = real_text.to_doc(spacy.blank("nl"), joined, random.Random(1))[0]
    assert [e.text for e in doc.ents] == ["van Doorn", "Elout", "Betz"]


def test_the_committed_corpus_is_the_recorded_version() -> None:
    tokens = real_text.read_tokens()  # checks the sha256 recorded in scripts/model/data/README.md
    assert len(tokens) == 182482
    assert sum(tag == "B-PER" for _, tag in tokens) < 2349  # joined names: fewer B-PER than the raw file


def test_org_and_loc_are_explicit_negatives_and_untagged_capitals_are_missing() -> None:
    doc = convert("de/O heer/O Elout/O sprak/O te/O Amsterdam/B-LOC bij/O Nederlandsche/B-ORG Bank./I-ORG")
    tags = iob(doc)
    assert doc.ents == ()
    assert tags["Amsterdam"] == "O" and tags["Nederlandsche"] == "O" and tags["Bank"] == "O"
    assert tags["Elout"] == "-"  # an untagged name is not taught as O
    assert tags["heer"] == "O" and tags["sprak"] == "O"


def test_untagged_tussenvoegsel_before_a_capital_is_missing() -> None:
    tags = iob(convert("de/O heer/O van/O Hall/O zeide/O"))
    assert tags["van"] == "-" and tags["Hall"] == "-" and tags["zeide"] == "O"


def test_a_changed_corpus_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "enp_NL.kb.bio"
    bad.write_text("Jan B-PER\n", encoding="utf-8")
    with pytest.raises(real_text.CorpusError, match="sha256"):
        real_text.read_tokens(bad)
