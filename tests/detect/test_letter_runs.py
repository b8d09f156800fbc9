"""The patterns that begin with a title, tried only at the runs of letters a title begins with (round 23):
the matches ``finditer`` gives (``detect/letter_runs.py``)."""

from __future__ import annotations

import random
import sys

import regex

from woo_redact.detect.grammar import (
    HS,
    INITIALS,
    NAME_PART,
    PERSON_TITLE,
    ROEPNAAM,
    ROLE_WORDS,
    TITLE_WORDS,
    WS,
    WS1,
    compiled,
)
from woo_redact.detect.grammar import surname as surname_pattern
from woo_redact.detect.letter_runs import first_letters, letter_runs, matches_of_list, next_words, run_places


def test_no_character_but_a_letter_folds_to_a_title_letter() -> None:
    """What lets an ASCII run be compared in lower case: no character outside ``\\p{L}`` matches an ASCII
    letter or ``ë`` case-insensitively (with full case folding), nor folds to a string holding one."""
    letter = regex.compile(r"\p{L}")
    one = regex.compile(r"(?iV1)[a-zë]")
    odd = []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or letter.match(c):
            continue
        if one.match(c) or any("a" <= x <= "z" or x == "ë" for x in c.casefold()):
            odd.append(cp)
    assert odd == []


def test_first_letters() -> None:
    heads = first_letters(f"{TITLE_WORDS}|{ROLE_WORDS}")
    assert heads is not None and {"mevrouw", "de", "heer", "dhr", "mrs", "luitenant", "cliënt", "msc"} <= heads
    assert first_letters(TITLE_WORDS) is not None
    assert first_letters(r"ab|(?<=x[ ]|y)cd\.|e[ ]f|g-h|mrs\.?|mr(?=[ \t\u00a0])") == {
        "ab",
        "cd",
        "e",
        "g",
        "mrs",
        "mr",
    }
    # what may go on with a letter after the first letters, or does not begin with one: refused
    for refused in ("ab?", "a.b", "ab-?c", "ab[ ]?c", r"mrs\.?x", "1ab", r"\bab", "a(?:b|c)", "[ab]c", "ab|", "a{2}"):
        assert first_letters(refused) is None, refused


def test_letter_runs_and_places() -> None:
    text = "De heer\u00a0Jansen-de Vries, de Mevrouw; ſoldaat 12 de"
    runs = letter_runs(text)
    assert runs["de"] == [15, 25, 48] and runs["ſoldaat"] == [37] and runs["Jansen"] == [8]
    assert run_places(text, {"de", "De"}.__contains__) == [0, 15, 25, 48]


def test_titled_patterns_are_tried_only_at_a_title_run() -> None:
    """The title recognizer's pattern and the title before an initial, on random texts of titles in every case,
    with the long s, the Kelvin sign, ligatures and a decomposed "ë", initials, names and awkward joins."""
    from woo_redact.detect.recognizers.names import (
        _PERSON_TITLE_HEADS,
        _PERSON_TITLE_NEXT,
        _TITLE_HEADS,
        _TITLE_INITIAL,
        _TITLE_NEXT,
    )

    titled = compiled(
        rf"(?<![\p{{L}}])(?:{PERSON_TITLE}(?:[ \t]*:)?{WS1})+(?P<name>(?:{INITIALS}{WS}{ROEPNAAM})?"
        rf"(?:{NAME_PART}{HS}){{0,3}}{surname_pattern()})"
    )
    rng = random.Random(23)
    words = ["mevrouw", "Mevr.", "MEVROUW", "de heer", "DE HEER", "Geachte heer", "waarde heer", "heer", "dhr.", "Dr."]
    words += ["ſoldaat", "\u212aapitein", "ﬁamilie", "cliënt", "CLIËNT", "clie\u0308nt", "MSc", "mrs", "miss", "mr"]
    words += ["luitenant ter zee", "sergeant-majoor", "verzoeker:", "J.P.", "P.", "(Jan)", "Jan", "van der", "Berg"]
    words += ["De Vries", "\n", " ", ",", "x", "Fam.", "é", "mevrouwen", "dehr", "ß", "ẞ", "heeren", "ma", "MA"]
    words += ["kapitein P. sprak", "de heer K., die", "mevrouw D. was", "agent B. en"]
    # "de" and "eerste" count only before " heer" and " luitenant" (next_words)
    words += ["de", "De", "de hеer", "de heerlijk", "de  heer", "de ẖeer", "DE Heer", "eerste luitenant", "Eerste"]
    words += ["luitenant", "de Heerlen", "eerste Luitenant", "heer:", "de h", "de 1"]
    found = [0, 0]
    for _ in range(3000):
        text = "".join(
            rng.choice(words) + rng.choice([" ", "", "\n", "\u00a0", ": "]) for _ in range(rng.randint(1, 14))
        )
        lists = ((titled, _PERSON_TITLE_HEADS, _PERSON_TITLE_NEXT), (_TITLE_INITIAL, _TITLE_HEADS, _TITLE_NEXT))
        for k, (pattern, heads, nexts) in enumerate(lists):
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in matches_of_list(pattern, heads, text)] == expected, text
            assert [(m.span(), m.groupdict()) for m in matches_of_list(pattern, heads, text, nexts)] == expected, text
            found[k] += len(expected)
    assert found[0] > 1000 and found[1] > 200


def test_a_particle_is_sought_only_at_its_first_letters() -> None:
    """The tussenvoegsel recognizer's pattern at ``particle_places``: the matches of ``finditer`` on random texts
    of every particle in three cases, names, white space, apostrophes and hyphens."""
    from woo_redact.detect.grammar import tussenvoegsel
    from woo_redact.detect.letter_runs import matches_at, particle_places
    from woo_redact.detect.lexicons import load_lexicons

    tvs = load_lexicons().tussenvoegsels
    pattern = compiled(rf"(?<![\p{{L}}.'’-])(?P<tv>{tussenvoegsel()})[ \u00a0]+(?P<sur>{NAME_PART})")
    rng = random.Random(11)
    pieces = [*tvs, *(t.upper() for t in tvs), *(t.capitalize() for t in tvs), "Jansen", "Berg", "Öztürk", "vanDer"]
    pieces += [" ", "\u00a0", "\n", "-", ".", "'", "’", "x", "é", "de\nla", "VAN"]
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", "\u00a0", "\n"]) for _ in range(rng.randint(1, 16)))
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        places = particle_places(text, tvs)
        assert places is not None
        assert [(m.span(), m.groupdict()) for m in matches_at(pattern, places, text)] == expected, text
        found += len(expected)
    assert found > 900  # (enough matches tried: the count moves with the list of particles)
    assert particle_places("x", ("Öz",)) is None  # a particle whose first letter is past ASCII: every place


def test_next_words() -> None:
    """The heads whose every alternative is the head, a space and one word (only those are asked what follows)."""
    assert next_words(r"mevrouw|de[ ]heer|dhr\.|(?<=geachte[ ])heer|eerste[ ]luitenant") == {
        "de": frozenset({"heer"}),
        "eerste": frozenset({"luitenant"}),
    }
    assert next_words(r"de[ ]heer|de[ ]vrouw") == {"de": frozenset({"heer", "vrouw"})}
    assert next_words(r"de[ ]heer|de") == {}  # "de" alone is an alternative too
    assert next_words(r"de[ ]heer\.|de[ ]h[eé]er|de[ ]hé") == {}  # not a word of ASCII letters that ends it
    assert next_words(TITLE_WORDS)["de"] == frozenset({"heer"})
