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
