"""Detection's shortcuts of round 21 (issue 13) give what the code they replace gave."""

from __future__ import annotations

import random

import regex

from woo_redact.detect import context, context_firms
from woo_redact.detect.grammar import compiled
from woo_redact.detect.lexicons import load_lexicons, organisation_ending


def _ending_by_scan(word: str, min_len: int, whole: bool) -> str | None:
    """``organisation_ending`` as it was: every organisation word tried against the word."""
    return max(
        (
            o
            for o in load_lexicons().organisation_words
            if len(o) >= min_len and word.endswith(o) and (whole or word != o)
        ),
        key=lambda o: (len(o), o),
        default=None,
    )


def test_organisation_ending_looks_up_the_tails_the_scan_found() -> None:
    """The word's tails looked up in the set give the longest organisation word the scan gave: on the
    organisation words themselves, their pieces and random words made of them."""
    words = sorted(load_lexicons().organisation_words)
    rng = random.Random(21)
    cases = {"", "a", "huis", "ziekenhuis", "kinderziekenhuis", *words}
    for _ in range(3000):
        cases.add(rng.choice(words)[: rng.randint(0, 5)] + rng.choice(words))
        cases.add(rng.choice(words)[rng.randint(0, 4) :])
    for word in cases:
        for min_len in (0, 3, 4, 6):
            for whole in (False, True):
                assert organisation_ending.__wrapped__(word, min_len, whole) == _ending_by_scan(word, min_len, whole)


def test_the_previous_word_matched_from_the_end_is_the_forward_search_match() -> None:
    """``_PREV_WORD`` (matched from the end) gives the match, group and span the forward search gave."""
    forward = compiled(r"([\p{L}][\p{L}.'’-]*)[ \t\u00a0]+\Z")
    rng = random.Random(210)
    alphabet = "aZé.'’- \t\u00a0\n1,(Ωß"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        a, b = forward.search(text), context._PREV_WORD.search(text)
        assert (a is None) == (b is None), repr(text)
        if a is not None and b is not None:
            assert (a.span(), a.span(1)) == (b.span(), b.span(1)), repr(text)


def test_van_splits_as_regex_split_did() -> None:
    """The "van" pattern compiled once splits as ``regex.split`` with the pattern's string did."""
    for text in ("Bakker van Waterschap Limburg", "vanaf Van van-der van", "Havana van", "", "van"):
        assert context_firms._VAN.split(text) == regex.split(r"(?<![\p{L}])van(?![\p{L}])", text)


def test_the_place_a_name_is_part_of_is_the_longest_and_not_the_sets_first() -> None:
    """Of the places of several words the text begins with, the longest is named: the list came from a set, and
    its first fitting place ("ter apel" or "ter apelkanaal") differed with the hash seed from run to run."""
    for text, word, place in (
        ("Hij woont in Ter Apelkanaal sinds 2010.", "Ter", "ter apelkanaal"),
        ("Zij werkt in Sint Maartensbrug, zei ze.", "Sint", "sint maartensbrug"),
    ):
        start = text.index(word)
        assert context._not_a_person(text, start, start + len(word)) == (
            "place_word",
            f"part of the place name '{place}'",
        )
