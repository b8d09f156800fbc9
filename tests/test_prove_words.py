"""The words outside the boxes (prove.checks.words_avoiding, word_runs), cut from the page's lower-cased
text where it is plain ASCII (throughput round 22), against the computation as it was: each run
normalised on its own. Random pages of characters (ASCII, accents, ligatures, blanks, control
characters, rows without text, inferred whitespace) and the pages of the samples."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import regex

from woo_redact.prove.checks import WORD_GAP, word_runs, words_avoiding
from woo_redact.prove.extract import Pdfium
from woo_redact.prove.text import PageChars, Rect, norm

ROOT = Path(__file__).resolve().parent.parent


def _runs_before(chars: PageChars, regions: Sequence[Rect]) -> tuple[PageChars, list[tuple[str, range]]]:
    """``word_runs`` as it was before round 22."""
    if chars.inferred is not None and chars.inferred.any():
        own = ~chars.inferred
        chars = PageChars([t for t, o in zip(chars.texts, own.tolist(), strict=True) if o], chars.rects[own])
    texts, r = chars.texts, chars.rects
    n = len(texts)
    if not n:
        return chars, []
    kept = ~np.isnan(r[:, 0]) & ~chars.touching(regions)
    gap = np.zeros(n, dtype=bool)
    if n > 1:
        apart = np.maximum.reduce(
            [r[1:, 0] - r[:-1, 2], r[:-1, 0] - r[1:, 2], r[1:, 1] - r[:-1, 3], r[:-1, 1] - r[1:, 3]]
        )
        gap[1:] = apart > WORD_GAP
    at = np.flatnonzero(kept)
    if not at.size:
        return chars, []
    starts = gap[at] | ~kept[at - 1]
    starts[0] = True
    firsts = np.flatnonzero(starts)
    lasts = np.append(firsts[1:] - 1, at.size - 1)
    words = []
    for start, stop in zip(at[firsts].tolist(), (at[lasts] + 1).tolist(), strict=True):
        word = norm("".join(texts[start:stop])).strip()
        if word:
            words.append((word, range(start, stop)))
    return chars, words


def _words_before(chars: PageChars, regions: Sequence[Rect]) -> Counter[str]:
    return Counter(w for w, _ in _runs_before(chars, regions)[1] if not regex.fullmatch(r"\p{Cc}+", w))


_ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-()@",
    "abcABC123.é\u00ad\ufb01ÅSSß\u2126",
    "ab \t\x02\x7f\x1c",
]


def _page(rng: random.Random) -> PageChars:
    n = rng.randint(0, 300)
    alphabet = rng.choice(_ALPHABETS)
    texts, rects = [], []
    x, y = 0.0, 700.0
    for _ in range(n):
        how = rng.random()
        if how < 0.1:  # a blank row, as PDFium gives its spaces
            texts.append("")
            rects.append((np.nan,) * 4)
            continue
        text = "" if how < 0.13 else ("fi" if how < 0.15 else rng.choice(alphabet))
        step = rng.choice([5.0, 5.0, 5.0, 9.0])
        if rng.random() < 0.05:
            x, y = 0.0, y - 12
        rects.append((x, y, x + 4.5, y + 8))
        texts.append(text)
        x += step
    inferred = np.array([rng.random() < 0.05 for _ in range(n)], dtype=bool) if rng.random() < 0.5 else None
    return PageChars(texts, np.array(rects, dtype=float).reshape(-1, 4), inferred)


@pytest.mark.parametrize("seed", range(150))
def test_words_are_as_they_were(seed: int) -> None:
    rng = random.Random(seed)
    page = _page(rng)
    regions = [(rng.uniform(0, 300), rng.uniform(500, 700), rng.uniform(300, 600), rng.uniform(700, 720))][
        : rng.randint(0, 1)
    ]
    assert words_avoiding(page, regions) == _words_before(page, regions)
    chars, runs = word_runs(page, regions)
    before_chars, before = _runs_before(page, regions)
    assert runs == before
    assert chars.texts == before_chars.texts


def test_the_samples_words_are_as_they_were() -> None:
    pdfs = sorted((ROOT / "samples" / "notes").glob("*.pdf"))
    assert pdfs
    for path in pdfs:
        doc = Pdfium(path.read_bytes())
        try:
            for i in range(doc.n_pages):
                chars = doc.chars(i)
                assert words_avoiding(chars, []) == _words_before(chars, [])
                assert word_runs(chars, [])[1] == _runs_before(chars, [])[1]
        finally:
            doc.close()
