"""The words of a document as its table detectors read a header: once per document, not once per detector.

A header cell is read as its word in small letters without a colon ("Pers.nr:", "Naam"); a header wrapped in a
narrow cell as its first piece in small letters without the hyphen ("Geboortedat-" over "um"). Several detectors
look for their headers among every word of the document (:mod:`.recognizers.columns`,
:mod:`.recognizers.address_columns`, :mod:`.recognizers.paraph_columns`): the words' keys, and the places of each
key, are made once for the last document.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from functools import cached_property

from ..model import Document, Word

__all__ = ["HeaderKeys", "header_keys", "header_words_in"]

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
