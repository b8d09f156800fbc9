"""Accents drawn as glyphs of their own, whose box joins the box of the letter they stand on.

TeX (pdfTeX's ``\\"O``) draws the accent of an accented capital as a separate glyph, raised above
the letter; PDFium reports it as a character of its own ("¨", U+00A8), often apart from its word.
A name's box made from the letters alone then leaves the accent outside: the remover takes the
accent with the name (its glyph's centre lies in the box), and a mark outside the box is gone
(the proof's ``text_outside_survives`` rightly refuses that); kept, it would float above the
box and tell the name's first letter. So the box of the letter under such an accent grows to
cover the accent, and a finding over that letter covers both.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Box

if TYPE_CHECKING:
    from .words import CharBox, RawWord

# the accent's box must lie this much (by area) on the letter's: an accent stands on its letter
_ON_LETTER = 0.5


def _is_accent(text: str) -> bool:
    """A word of spacing or combining diacritics only (¨ ´ ˆ ¸ ˇ ...), no letter."""
    # (the first character alone decides nearly every word: a letter)
    return (
        bool(text)
        and unicodedata.category(text[0]) in _ACCENTS
        and all(unicodedata.category(c) in _ACCENTS for c in text)
    )


_ACCENTS = ("Sk", "Mn")


def _overlap(a: CharBox, b: CharBox) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def cover_accents(words: list[RawWord]) -> list[RawWord]:
    """``words`` with the box of each letter an accent-only word stands on grown over that accent.

    The letter is the one whose box shares the most area with the accent's, at least half of it. The
    accent stays a word of its own (no detector reads it); the words' places in the reading frame,
    which order them into lines, are kept.
    """
    accents = [w for w in words if _is_accent(w.text)]
    if not accents:
        return words
    grown: dict[int, dict[int, CharBox]] = {}  # word index -> character index -> new box
    for accent in accents:
        a = (accent.box.x0, accent.box.y0, accent.box.x1, accent.box.y1)
        area = (a[2] - a[0]) * (a[3] - a[1])
        best, at = _ON_LETTER * area, None
        for i, word in enumerate(words):
            if word is accent or _is_accent(word.text):
                continue
            for j, box in enumerate(word.char_boxes):
                shared = _overlap(a, box)
                if shared > best and word.text[j : j + 1].isalpha():
                    best, at = shared, (i, j)
        if at is not None and area > 0:
            i, j = at
            old = grown.get(i, {}).get(j, words[i].char_boxes[j])
            new = (min(old[0], a[0]), min(old[1], a[1]), max(old[2], a[2]), max(old[3], a[3]))
            grown.setdefault(i, {})[j] = new
    out = list(words)
    for i, boxes in grown.items():
        word = words[i]
        chars = tuple(boxes.get(j, b) for j, b in enumerate(word.char_boxes))
        b = word.box
        x0, y0 = min(c[0] for c in chars), min(c[1] for c in chars)
        x1, y1 = max(c[2] for c in chars), max(c[3] for c in chars)
        covering = Box(b.page, min(x0, b.x0), min(y0, b.y0), max(x1, b.x1), max(y1, b.y1))
        out[i] = replace(word, char_boxes=chars, box=covering)
    return out
