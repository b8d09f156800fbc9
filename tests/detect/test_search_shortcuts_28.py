"""Round 28's search shortcuts give the matches of the whole text's search (throughput, issue 13)."""

from __future__ import annotations

import random

from woo_redact.detect.recognizers.first_names import _GLUED, _glued_matches

_PIECES = [
    "Michiel",
    "Vansteenkiste",
    "selam",
    "Ghebreyesus",
    "Åsa",
    "Öberg",
    "élodie",
    "Dupont-Durand",
    "Jan",
    "Bakker",
    "WhatsApp",
    "iPhone",
    "McDonald",
    "de",
    "x",
    "ab",
    "ABC",
    "ǅemal",
    "ΣΟΦΙΑ",
    "σοφίαΠαππά",
    "1",
    "@",
    ".",
    "-",
    "_",
    ".nl",
]


def test_glued_names_are_the_patterns_matches() -> None:
    """``_glued_matches``: ``_GLUED.finditer`` tried only before a capital that follows a small letter, on random
    joins of names, words, capitals past ASCII, titlecase letters, digits and marks, in ASCII texts and others."""
    rng = random.Random(28)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) + rng.choice(["", "", " ", "\n"]) for _ in range(rng.randint(1, 12)))
        for t in (text, text.encode("ascii", "ignore").decode()):
            expected = [m.span() for m in _GLUED.finditer(t)]
            assert [m.span() for m in _glued_matches(t)] == expected, t
            found += len(expected)
    assert found > 1000


def test_multiword_titles_are_the_patterns_matches() -> None:
    """``TitlePatterns.title_spans``: a first word that titles follow with a word of their own ("de" -> "leden")
    counts only before white space and that word (or a word with a letter past ASCII); the same matches as the
    pattern's search, on random joins of titles, their words in other cases and other gaps."""
    from woo_redact.config import load_config
    from woo_redact.detect.title_patterns import TitlePatterns

    patterns = TitlePatterns(load_config().public_titles)
    words = ["de", "De", "DE", "het", "Het", "leden", "Leden", "lid", "LID", "lidmaatschap", "van", "Van", "de Raad"]
    words += ["lеden", "ledeŋ", "gedeputeerde", "staten", "stas", "BZK", "ienw", "vice", "president", "minister"]
    words += ["eerste", "Kamerlid", "prime", "state", "secretary", "1", "-", ",", "ß", "ﬁ"]
    rng = random.Random(28)
    found = 0
    for _ in range(3000):
        text = "".join(
            rng.choice(words) + rng.choice([" ", "  ", "\n", "\u00a0", "\u2003", "\t", "", "-"])
            for _ in range(rng.randint(1, 12))
        )
        expected = [(m.start(), m.end()) for m in patterns.multiword.finditer(text)]
        assert patterns.title_spans(text) == expected, text
        found += len(expected)
    assert found > 100


def test_a_wrapped_ibans_head_is_sought_only_in_a_text_holding_its_letters_and_digits() -> None:
    from woo_redact.detect.recognizers.iban_cells import _HEAD, _HEAD_CUE

    for text in ("NL03 ABNA", "xNL03ABNA 1234", "PL61 1090 1014 0000 0712 1981", "nl03 abna", "N L03", "NL0 3"):
        assert (_HEAD_CUE.search(text) is not None) or _HEAD.search(text) is None
