"""The grammar's compiled patterns kept between runs, so a run's start does not parse them again.

The ``regex`` module parses a pattern in Python before its C engine takes the result: the grammar's
~450 patterns (:func:`.grammar.compiled`: names, titles, streets, each several kilobytes of
alternatives) took ~0.7 CPU s of every run's start, in the process that loads the detector. A compiled
pattern pickles as the arguments of the engine's own constructor (its ``copyreg`` reduction: what
``pickle`` stores, and calls to unpickle it); this module keeps those arguments per pattern text in
one file of plain data (``marshal``: reading it runs no code) and builds a pattern from them in ~10 µs,
as unpickling does.

- A pattern is taken from the file only for exactly its own text; the file is named after the regex
  module's version, the Python it runs on and the flags every grammar pattern is compiled with, so
  another version never reads it. A file that does not read, or an entry that does not build that
  very pattern, is passed over and the pattern compiled as before.
- After the detector's warm-up (:func:`woo_redact.batch_worker.ensure_worker`) the patterns asked
  for in this process are written back (whole, replacing the file atomically) when any was compiled:
  entries no pattern asks for any more leave the file then.
- The file is ``$XDG_CACHE_HOME/woo_redact/`` (else ``~/.cache/woo_redact/``);
  ``WOO_REDACT_PATTERN_CACHE=0`` turns this off. A folder that cannot be written only costs the time.
"""

from __future__ import annotations

import contextlib
import copyreg
import marshal
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

FLAGS = regex.VERSION1
ENV = "WOO_REDACT_PATTERN_CACHE"


class _Store:
    """The file's entries (read once) and the entries asked for in this process."""

    def __init__(self) -> None:
        self.known: dict[str, tuple[Any, ...]] | None = None
        self.asked: dict[str, tuple[Any, ...]] = {}
        self.compiled = 0  # patterns compiled (not taken from the file) since the last write
        self.lock = threading.Lock()


_STORE = _Store()


def cache_file() -> Path | None:
    """Where the patterns are kept, or None when turned off."""
    if os.environ.get(ENV, "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found: nothing kept
            return None
    tag = f"regex-{regex.__version__}-{sys.implementation.cache_tag}-flags{int(FLAGS)}"
    return Path(base) / "woo_redact" / f"patterns-{tag}.marshal"


def _reduce(pattern: regex.Pattern[str]) -> tuple[Callable[..., regex.Pattern[str]], tuple[Any, ...]]:
    """A compiled pattern as pickle stores it: the engine's constructor and its arguments."""
    reduce = copyreg.dispatch_table[type(pattern)]
    parts: Any = reduce(pattern)  # (regex registers a two-part reduction)
    return parts[0], parts[1]


_BUILD = _reduce(regex.compile("", FLAGS))[0]  # the engine's constructor (``_regex.compile``)


def _known() -> dict[str, tuple[Any, ...]]:
    store = _STORE
    if store.known is None:
        known: dict[str, tuple[Any, ...]] = {}
        path = cache_file()
        if path is not None:
            with contextlib.suppress(Exception):  # missing, unreadable, another format: compile as before
                data = marshal.loads(path.read_bytes())
                if isinstance(data, dict):
                    known = {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, tuple)}
        store.known = known
    return store.known


def compile_pattern(text: str, flags: int = FLAGS) -> regex.Pattern[str]:
    """``regex.compile(text, flags)``, built from the kept arguments when the file has them for ``text`` compiled
    with ``flags`` (a pattern of other flags than :data:`FLAGS` is kept under its flags and its text)."""
    key = text if flags == FLAGS else f"\0{int(flags)}\0{text}"
    args = _known().get(key)
    if args is not None and args[:1] == (text,):
        with contextlib.suppress(Exception):  # an entry that does not build: compiled below
            built = _BUILD(*args)
            if built.pattern == text:
                _STORE.asked[key] = args
                return built
    pattern = regex.compile(text, flags)
    args = _reduce(pattern)[1]
    with _STORE.lock:
        _STORE.asked[key] = args
        _STORE.compiled += 1
    return pattern


def save() -> None:
    """Write the patterns asked for in this process to the file, when any of them was compiled."""
    path = cache_file()
    store = _STORE
    if path is None or not store.compiled:
        return
    with store.lock:
        data = dict(store.asked)
        store.compiled = 0
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            marshal.dump(data, out)
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError):  # a folder that cannot be written: the next run compiles again
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
