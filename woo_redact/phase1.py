"""Phase 1's results of a batch's documents, waiting for phase 2 (see :mod:`.batch`).

One document's result is its input hash, parse, findings, the engine's proposals and the
organisations' spans. It waits on
disk under ``work/.phase1/`` (personal data: under ``work/``), pickled and compressed. Where
phase 2 runs in the process that ran phase 1 (one worker, in the main process), results are
instead held in memory up to :data:`MEMORY_PAGES` pages in all, and only the rest are written:
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
from pathlib import Path
from typing import Any

from .model import Document, Finding

MEMORY_PAGES = 150  # about 0.7 MB a text page as objects: ~100 MB at most, against a 4 GB worker cap

# input hash, parse, findings, the engine's proposals, the organisations' spans (see batch_worker.proposals_known)
Scanned = tuple[str, Document, Sequence[Finding], Sequence[Any], Sequence[tuple[int, int]]]

_held: dict[str, tuple[int, Scanned]] = {}  # by cache path: pages, result


def store(path: Path, scanned: Scanned, pages: int, hold: bool = False) -> None:
    """Keep one document's phase 1 for phase 2: in memory when ``hold`` (phase 2 runs in this
    process) and the budget has room, else in ``path`` (atomically)."""
    key = str(path)
    _held.pop(key, None)
    if hold and pages + held_pages() <= MEMORY_PAGES:
        _held[key] = (pages, scanned)
        path.unlink(missing_ok=True)  # an earlier run's file of this document is out of date
        return
    body = zlib.compress(pickle.dumps(scanned, protocol=pickle.HIGHEST_PROTOCOL), 1)
    _write(path, body)


def load(path: Path) -> Scanned | None:
    """One document's phase 1 (taken out of memory, or read from ``path``); None when absent or unreadable."""
    held = _held.pop(str(path), None)
    if held is not None:
        return held[1]
    try:
        with _collector_paused():  # tens of thousands of new objects that all stay: nothing to collect
            sha, doc, found, cands, orgs = pickle.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, zlib.error, pickle.UnpicklingError, EOFError):
        return None
    return sha, doc, found, cands, orgs


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
