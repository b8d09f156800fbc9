"""A document's text digest (the dossier's duplicates) normalises its text once: the same digest as before."""

from __future__ import annotations

import random

from woo_redact.ingest.related import content_hash, normalised_text, text_digest


def test_text_digest_is_the_content_hash_of_a_text_long_enough() -> None:
    rng = random.Random(33)
    pieces = ["Jan", " ", "\t", "\n", "> ", "ﬁ", "Ǆ", "STRASSE", "ß", "é", "e\u0301", "\u00a0", "x" * 7, "1", "."]
    texts = ["", " " * 40, "a" * 19, "a" * 20, " a" * 20, "> quoted\n> " + "b" * 18]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16))) for _ in range(3000)]
    long_enough = 0
    for text in texts:
        expected = content_hash(text) if len(normalised_text(text)) >= 20 else ""  # (what it was)
        assert text_digest(text) == expected, repr(text)
        long_enough += expected != ""
    assert 100 < long_enough < len(texts) - 100  # both sides of the length met
