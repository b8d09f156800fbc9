"""Phase 1's results of a batch's documents, waiting for phase 2 (see :mod:`.batch`).

One document's result is its input hash, parse, findings, the engine's proposals, the
organisations' spans and what its detection remembers of its text (``batch_worker.TextMemo``). It waits on
disk under ``work/.phase1/`` (personal data: under ``work/``), pickled and compressed (the parse's
words, nearly all of it, as columns: :func:`_encode`). Where
phase 2 runs in the process that ran phase 1 (one worker, in the main process; in a local pool each
worker, which gets the phase 2 of the documents it holds: ``executor.PinnedPools``), results are
instead held in memory up to :data:`MEMORY_PAGES` pages in all a process, and only the rest are written:
that saves pickling, compressing, writing, reading and unpickling them, while memory stays
bounded whatever the number of documents. Phase 2 takes a result (from memory, else from disk)
and :func:`discard` drops it either way. A run that is killed loses what was held, as it loses a
half-written file: phase 1 is redone for every document whose outputs are not up to date.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from .model import Box, Document, Finding, Word

# a process; ~0.75 MB a text page as objects (the parse ~0.7 MB, findings and memos): a pool worker's peak RSS 220 MB
# holding nothing, 411 MB on 1,000 generated pages and 415 MB on 5,000 (round 31), against a 4 GB cap
MEMORY_PAGES = 250

# input hash, parse, findings, the engine's proposals, the organisations' spans (see batch_worker.proposals_known),
# what the detection remembers of the text (batch_worker.TextMemo, or None)
Scanned = tuple[str, Document, Sequence[Finding], Sequence[Any], Sequence[tuple[int, int]], Any]

_held: dict[str, tuple[int, Scanned]] = {}  # by cache path: pages, result


def store(path: Path, scanned: Scanned, pages: int, hold: bool = False) -> bool:
    """Keep one document's phase 1 for phase 2: in memory when ``hold`` (phase 2 may run in this
    process) and the budget has room, else in ``path`` (atomically). Whether it is held."""
    key = str(path)
    _held.pop(key, None)
    if hold and pages + held_pages() <= MEMORY_PAGES:
        _held[key] = (pages, scanned)
        path.unlink(missing_ok=True)  # an earlier run's file of this document is out of date
        return True
    _write(path, _encode(scanned))
    return False


def load(path: Path) -> Scanned | None:
    """One document's phase 1 (taken out of memory, or read from ``path``); None when absent or unreadable."""
    held = _held.pop(str(path), None)
    if held is not None:
        return held[1]
    try:
        with _collector_paused():  # tens of thousands of new objects that all stay: nothing to collect
            return _decode(path.read_bytes())
    except (OSError, ValueError, zlib.error, pickle.UnpicklingError, EOFError):
        return None


def discard(path: Path) -> None:
    """Drop one document's phase 1, held or written."""
    _held.pop(str(path), None)
    path.unlink(missing_ok=True)


def discard_under(folder: Path) -> None:
    """Drop every held result whose file would be under ``folder`` (the run's ``work/.phase1``)."""
    prefix = str(folder) + os.sep
    for key in [k for k in _held if k.startswith(prefix)]:
        del _held[key]


def held_pages() -> int:
    """Pages of the results held in memory now."""
    return sum(pages for pages, _ in _held.values())


_FORMAT = 3  # 3: with the text's memo; 2: the words as columns (:func:`_encode`); 1: the whole result pickled
_WORD_FIELDS = tuple(f.name for f in fields(Word))
_BOX_FIELDS = tuple(f.name for f in fields(Box))
_BOX_AT = _WORD_FIELDS.index("box")
_word_values, _box_values = attrgetter(*_WORD_FIELDS), attrgetter(*_BOX_FIELDS)


def _encode(scanned: Scanned) -> bytes:
    """One result as the bytes of its file: pickled, the document's words as columns, compressed.

    A page's words are nearly all of a result (each character's box a tuple of four floats: some
    3,000 tuples a page). Pickled one by one, every word and its box is an object with a dictionary
    of its fields, named in the pickle and set one by one when read; as columns (a tuple per field:
    the texts, the boxes' fields, the character boxes, ...) the values alone are written and read,
    each as pickle writes it (an int stays an int, a NumPy float a NumPy float). Words that are not
    all of the classes :class:`Word` and :class:`Box` themselves (a subclass) are pickled as before.
    """
    sha, doc, found, cands, orgs, memo = scanned
    columns = _columns(doc.words)
    if columns is not None:
        doc = _with_words(doc, ())
    body = (_FORMAT, sha, doc, found, cands, orgs, memo, columns)
    return zlib.compress(pickle.dumps(body, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _decode(data: bytes) -> Scanned:
    """The result :func:`_encode` wrote (ValueError for a file of another format)."""
    body = pickle.loads(zlib.decompress(data))
    if not isinstance(body, tuple) or len(body) != 8 or body[0] != _FORMAT:
        raise ValueError("a phase 1 file of another format")
    _, sha, doc, found, cands, orgs, memo, columns = body
    if columns is not None:
        doc = _with_words(doc, _words(columns))
    return sha, doc, found, cands, orgs, memo


def _columns(words: Sequence[Word]) -> tuple[tuple[Any, ...], ...] | None:
    """The words' fields as columns in the order of :data:`_WORD_FIELDS` (each box as a tuple of
    its fields); None when a word or its box is of another class (a subclass)."""
    if not all(type(w) is Word and type(w.box) is Box for w in words):
        return None
    if not words:
        return tuple(() for _ in _WORD_FIELDS)
    columns = list(zip(*map(_word_values, words)))
    columns[_BOX_AT] = tuple(map(_box_values, columns[_BOX_AT]))
    return tuple(columns)


def _words(columns: Sequence[Sequence[Any]]) -> tuple[Word, ...]:
    """The words of :func:`_columns`, made as unpickling makes them: each object's fields set
    directly (their checks ran when they were first made)."""
    columns = list(columns)
    new, box_fields, word_fields = object.__new__, _BOX_FIELDS, _WORD_FIELDS
    boxes = []
    for values in columns[_BOX_AT]:
        box = new(Box)
        box.__dict__.update(zip(box_fields, values))
        boxes.append(box)
    columns[_BOX_AT] = boxes
    words = []
    for values in zip(*columns):
        word = new(Word)
        word.__dict__.update(zip(word_fields, values))
        words.append(word)
    return tuple(words)


def _with_words(doc: Document, words: tuple[Word, ...]) -> Document:
    """``doc`` with ``words`` (made as unpickling makes it: the fields set directly, no checks rerun)."""
    out = object.__new__(Document)
    out.__dict__.update(doc.__dict__)
    out.__dict__["words"] = words
    return out


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` under its final name only once it is whole. Not synced to disk: a
    file a crash cut short fails to decompress (zlib's checksum), and phase 2 then parses again."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off within the block (as it was after it)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
