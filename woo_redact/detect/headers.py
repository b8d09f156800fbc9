"""The words of a document as its table detectors read a header: once per document, not once per detector.

A header cell is read as its word in small letters without a colon ("Pers.nr:", "Naam"); a header wrapped in a
narrow cell as its first piece in small letters without the hyphen ("Geboortedat-" over "um"). Several detectors
look for their headers among every word of the document (:mod:`.recognizers.columns`,
:mod:`.recognizers.address_columns`, :mod:`.recognizers.paraph_columns`): the words' keys, and the places of each
key, are made once for the last document.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Collection
from functools import cached_property

from ..model import Document, Word

__all__ = ["HeaderKeys", "header_keys", "header_words_in", "in_sentence", "right_of_labels"]

_KEYS = threading.local()  # per thread: a Dask worker run with several threads shares this module


class HeaderKeys:
    """Where each key stands among a document's words (their indexes, in order): a word's key as a header is
    looked up (``text.rstrip(":").lower()``: "Pers.nr:"), and as a wrapped header's first piece is
    (``text.lower().rstrip("-")``; made when first asked)."""

    def __init__(self, words: tuple[Word, ...]) -> None:
        self.words = words
        self.cell_places: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            self.cell_places.setdefault(w.text.rstrip(":").lower(), []).append(i)

    @cached_property
    def piece_places(self) -> dict[str, list[int]]:
        """Where each wrapped header's first piece stands."""
        places: dict[str, list[int]] = {}
        for i, w in enumerate(self.words):
            places.setdefault(w.text.lower().rstrip("-"), []).append(i)
        return places


def header_keys(doc: Document) -> HeaderKeys:
    """The header keys of ``doc``'s words, made once for the last document's words (the same object), not by
    each table detector for every word again."""
    memo = _KEYS
    if getattr(memo, "words", None) is not doc.words:
        keys = HeaderKeys(doc.words)
        memo.words, memo.keys = doc.words, keys
    kept: HeaderKeys = memo.keys
    return kept


def header_words_in(doc: Document, header_words: Collection[str]) -> list[Word]:
    """The words of ``doc`` that are one of ``header_words`` as a header is read ("Pers.nr:"), in order: what
    ``[w for w in doc.words if w.text.rstrip(":").lower() in header_words]`` gives."""
    places = header_keys(doc).cell_places
    found = sorted(i for key in set(header_words) for i in places.get(key, ()))
    words = doc.words
    return [words[i] for i in found]


def in_sentence(doc: Document, starts: list[int], head: Word) -> bool:
    """The header's word stands inside a sentence, a word a space away on either side on its line ("In het
    personeelsdossier staat personeelsnummer HF-20117."): no table's header cell, no column below it."""
    i = bisect_left(starts, head.start)
    if not 0 < i < len(doc.words) - 1 or doc.words[i] is not head:
        return False
    before, after = doc.words[i - 1], doc.words[i + 1]
    space = _WORD_SPACE * max(head.size, 1.0)
    return (
        before.line == head.line == after.line
        and 0 <= head.box.x0 - before.box.x1 < space
        and 0 <= after.box.x0 - head.box.x1 < space
    )


_WORD_SPACE = 0.6  # of the font's size: a space between words of a sentence (a table's columns stand further apart)


_ROW_GAP = 1.0  # font sizes: at least this far right of the label, a cell of its own
_ROW_REACH = 25.0  # ... and at most this far: the row's next cell, not the page's other side


def right_of_labels(doc: Document, labels: frozenset[str]) -> list[Word]:
    """The first word right of each label on its row (its top within half a line), a cell's gap away."""
    out: list[Word] = []
    for h in header_words_in(doc, labels):
        size = max(h.size, 1.0)
        row = [
            w
            for w in doc.words
            if w.box.page == h.box.page
            and abs(w.box.y1 - h.box.y1) < 0.5 * size
            and _ROW_GAP * size <= w.box.x0 - h.box.x1 <= _ROW_REACH * size
        ]
        if row:
            out.append(min(row, key=lambda w: w.box.x0))
    return out
