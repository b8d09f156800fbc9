"""Detection's shortcuts of round 20 (issue 13) find what the searches they replace find."""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest
import regex

from woo_redact.detect import form_search
from woo_redact.detect.evidence_text import _standing
from woo_redact.detect.form_search import _pattern, fold
from woo_redact.detect.merge import PRIORITY, Merged, merge
from woo_redact.detect.public import PublicNames
from woo_redact.model import Explanation

_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\x1c", " \n ", "-", "", ".", "@"]
_WORDS = ["van", "de", "der", "Berg", "Jan", "a", "aa", "de-Berg", "Van", "x.", "é", "van-der", "Berg", "Vries"]


@pytest.mark.parametrize("frequent", [0, 1, 2, 8])
def test_a_form_led_by_its_rarest_word_is_found_where_its_pattern_matches(
    monkeypatch: pytest.MonkeyPatch, frequent: int
) -> None:
    """Where a form's first word is frequent, the search goes on from its rarest word's places
    (``_anchored``): on random texts of particles and names with every kind of gap, and with the switch
    made after 0, 1, 2 or 8 places of the first word, the spans ``_pattern(form).finditer`` gives."""
    monkeypatch.setattr(form_search, "_FREQUENT", frequent)
    rng = random.Random(20 + frequent)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(0, 30)))
        words = text.split()
        if words and rng.random() < 0.6:
            at = rng.randrange(len(words))
            form = " ".join(words[at : at + rng.randint(2, 3)])
        else:
            form = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 4)))
        if len(form.split()) < 2:
            continue
        expected = [m.span() for m in _pattern(form).finditer(text)]
        assert [(o.start(), o.end()) for o in form_search.occurrences(text, form)] == expected, (text, form)
        found += len(expected)
    assert found > 1000


def test_fold_keeps_the_first_character_of_each_decomposition() -> None:
    """``fold``'s table gives, for every character, what translating ``_FOLD_EXTRA`` and then taking the
    first character of each non-ASCII character's decomposition gives."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    out = every.translate(form_search._FOLD_EXTRA)
    expected = "".join(unicodedata.normalize("NFD", ch)[0] if ord(ch) > 0x7F else ch for ch in out)
    assert fold(every) == expected
    assert fold("Dvořák ‘t `x") == "Dvorak 't 'x"
    plain = "Jan `de` Vries"
    assert fold(plain) is plain  # ASCII: as it is, the backtick too


def test_a_bare_word_is_found_where_its_pattern_matches() -> None:
    """``evidence._standing`` (a surname with no letter, digit, apostrophe or hyphen around it) finds the
    spans of the pattern with those lookarounds."""
    rng = random.Random(5)
    pieces = ["Koevoets", "Koe", "voets", " ", ".", "'", "’", "-", "1", "a", "é", "\n", "(", "K"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        word = rng.choice(["Koevoets", "Koe", "K", "KoeKoe", "voets"])
        pattern = regex.compile(rf"(?<![\p{{L}}\d.'’-]){regex.escape(word)}(?![\p{{L}}\d'’-])", regex.VERSION1)
        expected = [m.span() for m in pattern.finditer(text)]
        assert list(_standing(text, word)) == expected, (text, word)
        found += len(expected)
    assert found > 200


_TITLES = ["minister", "staatssecretaris", "wethouder", "de leden", "kamerlid", "burgemeester"]


@pytest.mark.parametrize("titles", [_TITLES, [*_TITLES, "ſtaatssecretaris"]])
def test_titles_are_sought_only_where_one_may_begin(titles: list[str]) -> None:
    """``PublicNames._search_title`` tries a title pattern only where a title may begin: on random texts with
    titles in every case, after other letters, and written with characters that fold to a title's letters
    (the long s, the ligature st, the Kelvin sign), the match ``search`` gives, from any place (with titles of
    two ASCII letters first, and with one that is not, where every word start is tried)."""
    public = PublicNames([], titles)
    assert (public._title_heads is None) == any(not t[:2].isascii() for t in titles)
    alphabet = list("abcdeklmnoprstuvwz ,.()-\u00a0\t") + ["K", "S", "I", "ı", "İ", "ſ", "ß", "ﬆ", "é", "\u212a"]
    written = [
        "minister",
        "Staatssecretaris",
        "STAATSSECRETARIS",
        "ﬆaatssecretaris",
        "ſtaatssecretaris",
        "\u212aamerlid",
    ]
    written += ["wethouder", "De leden", "burgemeester mr.", "Minister van Financiën"]
    rng = random.Random(8)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 12))) + rng.choice(written)
        text += rng.choice([" ", " mr. ", " J. ", " van ", ", ", ""]) + "".join(
            rng.choices(alphabet, k=rng.randint(0, 3))
        )
        for pattern in (public.title_re, public.title_portfolio, public.title_word):
            for pos in (0, len(text) // 3):
                expected = pattern.search(text, pos)
                got = public._search_title(pattern, text, pos)
                assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups()))
                found += expected is not None
        if not public._may_begin_title(text):  # (where it may, the pattern itself is tried)
            assert public.title_at_start.match(text) is None
    assert found > 1000


def _merge_by_scan(cands: list[Merged]) -> list[Merged]:
    """``merge`` as it was before round 20: every kept span asked for each span."""
    by_type: dict[str, list[Merged]] = {}
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        group = by_type.setdefault(c.entity, [])
        if group and c.start < group[-1].end:
            last = group[-1]
            group[-1] = Merged(last.start, max(last.end, c.end), c.entity, last.explanations + c.explanations)
        else:
            group.append(c)
    spans = [m for group in by_type.values() for m in group]
    spans.sort(key=lambda m: (-PRIORITY.get(m.entity, 0), m.start))
    kept: list[Merged] = []
    for m in spans:
        if any(k.start <= m.start and m.end <= k.end and k.entity != m.entity for k in kept):
            continue
        for k in kept:
            if k.entity != m.entity and k.start < m.end and m.start < k.end:
                if m.start < k.start:
                    m = Merged(m.start, k.start, m.entity, m.explanations)
                else:
                    m = Merged(k.end, m.end, m.entity, m.explanations)
        if m.end > m.start:
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def test_merge_asks_only_the_kept_spans_it_meets() -> None:
    """``merge`` (the kept spans of each type looked up by their starts and ends) gives what asking every kept
    span gives, on dense random spans of every type (empty ones, nested ones, ones that touch)."""
    rng = random.Random(3)
    types = ["PERSON", "EMAIL_ADDRESS", "ADDRESS", "PARAPH", "PHONE_NUMBER", "NL_BSN", "OTHER"]
    total = 0
    for _ in range(3000):
        cands = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randint(0, 60)
            why = (Explanation(rng.choice(["a", "b"]), rng.random(), "r"),)
            cands.append(Merged(start, start + rng.randint(0, 12), rng.choice(types), why))
        expected = _merge_by_scan(list(cands))
        assert merge(list(cands)) == expected, cands
        total += len(expected)
    assert total > 10000


def test_runs_are_the_parts_str_split_gives() -> None:
    """``_standing_words`` takes its runs from ``str.split()``: it splits at exactly the characters the runs'
    pattern ``[^\\s\\x1c-\\x1f]+`` leaves out, every one of them."""
    from woo_redact.detect.grammar import _RUN

    every = "".join(chr(c) for c in range(sys.maxunicode + 1))
    assert [ch for ch in every if ch.isspace()] == [ch for ch in every if not _RUN.fullmatch(ch)]
    text = "Jan\x1cde\u00a0Vries\u2003x-y\u200bz  @a.b\n"
    assert set(text.split()) == set(_RUN.findall(text))


def test_ascii_drops_the_combining_marks() -> None:
    """``accounts._ascii`` gives what dropping every combining character of the NFKD form gives, for every
    character (its table is asked once per character); the letters no decomposition takes to ASCII are written
    as account names write them ("akaramanli" of Karamanlı)."""
    from woo_redact.detect.accounts import _ascii

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    expected = "".join(ch for ch in unicodedata.normalize("NFKD", every) if not unicodedata.combining(ch))
    expected = expected.translate({ord(k): v for k, v in zip("ıłøđħŁØĐĦ", "ilodhLODH")})
    assert _ascii(every) == expected
    assert _ascii(every) == expected
    assert _ascii("Zielińska-Ş") == "Zielinska-S"
    assert _ascii("Karamanlı Łukasz Søren Đỗ") == "Karamanli Lukasz Soren Do"
