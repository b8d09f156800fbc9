"""Throughput round 15's gates give the same results as the searches they spare: the e-mail recognizer's
pattern for a local part broken at a line end is tried only where a hyphen or underscore ends a line (and no
pattern where the text has no "@"); a paraph or account name of letters is sought only where it is one of
the text's runs of word characters (``grammar.word_runs``)."""

from __future__ import annotations

import random
import re

import pytest
from presidio_analyzer import PatternRecognizer

from woo_redact.detect import grammar
from woo_redact.detect.grammar import compiled, word_runs
from woo_redact.detect.paraph_lists import CODE_AFTER, CODE_BEFORE
from woo_redact.detect.propagate import literal
from woo_redact.detect.recognizers import patterns
from woo_redact.detect.recognizers.patterns import PersonalEmailRecognizer

_MAIL_PIECES = [
    "m.visser-",
    "m_visser_",
    "baldewsingh@igj.nl",
    "j.jansen@",
    "minvro.nl",
    "@",
    "\n",
    " \n",
    "\t",
    " ",
    "-",
    "_",
    "Jan",
    "secretariaat.",
    "info@gemeente.nl",
    "Functionele mailbox DCC",
    "dcc@minienw.nl",
    ".nl",
    "flevoland",
]


def _key(results: list[object]) -> list[tuple[object, ...]]:
    return [(r.entity_type, r.start, r.end, r.score, r.analysis_explanation.pattern_name) for r in results]  # type: ignore[attr-defined]


def test_email_gates_keep_the_results(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(15)
    texts = ["m.visser-\nbaldewsingh@igj.nl", "Mail m.visser- \n  baldewsingh@igj.nl of j.jansen@minvro.nl", ""]
    texts += ["".join(rng.choice(_MAIL_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(800)]
    rec = PersonalEmailRecognizer()
    gated = [_key(rec.analyze(t, ["EMAIL_ADDRESS"], None, re.MULTILINE)) for t in texts]
    for t in texts:
        if "@" not in t:  # every pattern holds an "@": presidio finds nothing there
            assert PatternRecognizer.analyze(rec, t, ["EMAIL_ADDRESS"], None, re.MULTILINE) == []
    monkeypatch.setattr(patterns, "_LOCAL_PART_BROKEN", re.compile(""))  # every pattern tried on every text
    plain = [_key(rec.analyze(t, ["EMAIL_ADDRESS"], None, re.MULTILINE)) for t in texts]
    assert gated == plain
    assert sum(bool(k) for k in plain) > 100
    assert any(k and k[0][4] == "email_broken_local" for k in plain)  # the gated pattern found, where it can


_WORD_PIECES = ["jth", "JvdB", "KA", "ka", "é", "-", "@", ".", " ", "\n", "_", "1", "jthx", "x", "’", "ß", "İ"]


def test_a_word_of_letters_that_is_no_run_is_found_nowhere() -> None:
    rng = random.Random(16)
    account = "(?<![\\w@.-]){}(?![\\w@-])"
    for _ in range(3000):
        text = "".join(rng.choice(_WORD_PIECES) for _ in range(rng.randint(0, 20)))
        word = "".join(rng.choice(_WORD_PIECES[:5] + ["é", "ß", "x"]) for _ in range(rng.randint(1, 3)))
        if not word.isalpha():
            continue
        runs = word_runs(text)
        if word not in runs:
            assert not list(literal(text, word, CODE_BEFORE, CODE_AFTER)), (text, word)
            assert not compiled(account.format(re.escape(word))).search(text), (text, word)


def test_word_runs_are_remembered_for_the_last_text() -> None:
    text = "Actie: JvdB, jth en KA."
    assert word_runs(text) == {"Actie", "JvdB", "jth", "en", "KA"}
    assert word_runs(text) is word_runs(text)
    other = "Een andere tekst"
    assert word_runs(other) == {"Een", "andere", "tekst"}
    assert grammar._RUNS.text is other
