"""accounts._at_id finds what the account pattern it replaces finds (round 19 of issue 13)."""

from __future__ import annotations

import random

import regex

from woo_redact.detect import accounts
from woo_redact.detect.near_person import _everywhere
from woo_redact.model import Explanation

WHY = Explanation("user_id_of_person", 0.7, "test")
IDS = ("jsva", "sva.j", "j.sva", "abs-j", "a1bsv", "svaj")
PIECES = (
    "-adm",
    "_admin",
    ".beheer",
    "-ADM",
    "-Test",
    "---",
    "-",
    "@",
    ".ext",
    "x",
    "--x",
    " ",
    "\n",
    "K",
    "\u212a",
    "é",
    "rvig-adm-",
    "ab-",
    "x_",
    "a1_",
)


def _pattern(user_id: str) -> str:
    escaped = regex.escape(user_id)
    lead, suffix, end = accounts._ACCOUNT_LEAD, accounts._ACCOUNT_SUFFIX, accounts._ACCOUNT_END
    return rf"{lead}(?:{escaped}|{accounts._camel(user_id)}){suffix}{end}"


def _spans(found: list) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in found]


def test_the_same_spans_as_the_pattern_on_random_texts() -> None:
    rnd = random.Random(19)
    matches = 0
    for _ in range(3000):
        user_id = rnd.choice(IDS)
        parts = []
        for _ in range(rnd.randint(1, 10)):
            r = rnd.random()
            if r < 0.35:
                parts.append(user_id)
            elif r < 0.55:
                parts.append("".join(c.upper() if rnd.random() < 0.5 else c for c in user_id))
            else:
                parts.append(rnd.choice(PIECES))
        text = "".join(parts)
        low = text.lower()
        assert len(low) == len(text)
        taken = accounts._at_id(text, low, user_id, [], WHY)
        expected = _everywhere(text, _pattern(user_id), [], "USERNAME", WHY)
        assert _spans(taken) == _spans(expected), (text, user_id)
        matches += len(expected)
    assert matches > 200


def test_capitals_suffix_and_separator() -> None:
    text = "door pvoosterhout, PvOosterhout-adm en pvoosterhout----Zaak; xpvoosterhout niet"
    found = _spans(accounts._at_id(text, text.lower(), "pvoosterhout", [], WHY))
    assert [text[s:e] for s, e in found] == ["pvoosterhout", "PvOosterhout-adm", "pvoosterhout"]
