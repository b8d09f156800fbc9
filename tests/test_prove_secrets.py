"""The proof's redacted strings count their own occurrences without a pattern where a string is its own
normal form and only its own findings hold its first word (round 29): the same counts (in the findings'
texts and in the tool's own text) and the same patterns as counting each with its pattern, on random
strings built to meet the edges (strings inside others, repeated words, white space of every kind,
letters whose case folding or NFKC changes them, ligatures, digits, punctuation)."""

from __future__ import annotations

import random

import pytest

from woo_redact.model import Box, Explanation, Finding, Ground
from woo_redact.prove.text import _first_word, _pattern, count, norm, secrets_of

_PIECES = [
    "jan", "Jansen", "JAN", "de", "Vries", "van", "der", "ß", "ẞ", "ﬁ", "İ", "ı", "ǰ", "Ǆ", "ǅ", "K", "Å",
    "é", "e\u0301", "06", "1234", "5678", "5.1.2e", "-", ".", ",", "'", "’", "@", "x",
    "\u00ad", "\u200b", "ΣΑΣ", "ς", "ﬀ", "①", "Ⅳ", "½",
]  # fmt: skip
_SPACES = [" ", "  ", "\u00a0", "\t", "\n", "\u2009", "\u3000", ""]


def _string(rng: random.Random) -> str:
    words = [rng.choice(_PIECES) for _ in range(rng.randrange(1, 4))]
    out = words[0]
    for w in words[1:]:
        out += rng.choice(_SPACES) + w
    if rng.random() < 0.2:
        out = rng.choice(_SPACES) + out + rng.choice(_SPACES)
    return out


def _finding(k: int, text: str) -> Finding:
    box = Box(0, 10.0, 10.0, 20.0, 20.0)
    return Finding(
        f"F{k}", 0, max(len(text), 1), text, "PERSON", Ground.PRIVATE_LIFE, 0.9, (box,), (Explanation("t", 0.9, "t"),)
    )


def _old(findings: list[Finding], added_text: str, pixels: frozenset[str]) -> list[tuple[str, int, int]]:
    """``secrets_of`` as it was: every count by the pattern."""
    by_norm: dict[str, list[Finding]] = {}
    for f in findings:
        by_norm.setdefault(norm(f.text), []).append(f)
    texts = [t for t, group in by_norm.items() for f in group if f.id not in pixels]
    added_norm = norm(added_text) if added_text else ""
    out = []
    for text in by_norm:
        pattern = _pattern(text)
        if pattern is None:
            continue
        first = _first_word(text)
        redacted = count(pattern, [t for t in texts if first in t])
        added = count(pattern, [added_norm]) if added_text else 0
        out.append((text, redacted, added))
    return out


@pytest.mark.parametrize("seed", range(300))
def test_counts_as_with_the_pattern(seed: int) -> None:
    rng = random.Random(seed)
    strings = [_string(rng) for _ in range(rng.randrange(1, 12))]
    strings += [rng.choice(strings) for _ in range(rng.randrange(0, 4))]  # the same string found again
    findings = [_finding(k, s) for k, s in enumerate(strings)]
    added = " ".join(_string(rng) for _ in range(rng.randrange(0, 5)))
    pixels = frozenset(f.id for f in findings if rng.random() < 0.1)
    new = secrets_of(findings, added, pixels)
    assert [(s.norm, s.redacted, s.added) for s in new] == _old(findings, added, pixels)
    for s in new:
        assert s.pattern is _pattern(s.norm)
