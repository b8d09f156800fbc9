"""Patterns searched only where they can match: a text that holds none of a pattern's cues is not searched.

A case-insensitive pattern such as the words that say an address is someone's home is tried at every
word of every line; most lines hold none of its words, and the regex engine takes longer to find
that out than a look for a few plain substrings. A cue is a piece of lower-case ASCII text that every
match of the pattern holds, in either case. ``(?i)`` matches an ASCII letter to its other case and,
through full case folding, to a few other characters (:data:`FOLDS_TO_ASCII`: "ſ", the Kelvin sign,
the "fi" ligature, ...). So a text without those characters whose lower case holds no cue holds no
match, and the pattern's answer is known without running it; any other text is searched as before.
The answers are the same: ``tests/detect/test_cues.py`` compares them.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Sequence
from typing import Any

import regex

__all__ = ["FOLDS_TO_ASCII", "Cued", "may_hold", "required_cues"]

# every character outside ASCII whose case folding, lower or upper case holds an ASCII letter (Unicode 15)
FOLDS_TO_ASCII = (
    "\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)
_FOLDING = re.compile(f"[{FOLDS_TO_ASCII}]")


class Cued:
    """``pattern`` with the cues every match of it holds: ``finditer`` and ``search`` as the pattern's."""

    def __init__(self, pattern: regex.Pattern[str], cues: Sequence[str]) -> None:
        assert all(c.isascii() and c == c.lower() for c in cues), cues
        self.pattern = pattern
        self.cues = tuple(cues)

    def may_match(self, text: str) -> bool:
        """False only when ``text`` holds no match of the pattern."""
        if not text.isascii() and _FOLDING.search(text):
            return True
        low = text.lower()
        return any(c in low for c in self.cues)

    def finditer(self, text: str) -> list[regex.Match[str]]:
        """``list(pattern.finditer(text))``."""
        return list(self.pattern.finditer(text)) if self.may_match(text) else []

    def search(self, text: str) -> regex.Match[str] | None:
        """``pattern.search(text)``."""
        return self.pattern.search(text) if self.may_match(text) else None


# Cues found by reading a pattern (the YAML detectors' gates, ``custom.py``): Python's own parser reads it, each
# ``\p{..}``/``\P{..}`` as ``\w`` (a class: no literal); the gates are of the plain kind whose syntax both engines
# read alike (``custom.lookbehind``: no nested sets, fuzzy matching, possessive or atomic parts, global flags)
_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}")
sre_parser: Any = importlib.import_module("re._parser")  # Python's own parser of regular expressions (3.11+)
sre: Any = importlib.import_module("re._constants")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_cues(pattern: str) -> tuple[str, ...] | None:
    """Pieces of lower-case ASCII text one of which every match of ``pattern`` holds (in either case): a run of
    literal ASCII characters that every match goes through, or one run of each alternative of an alternation
    every match goes through; None when the pattern has no such part (or Python's parser refuses it)."""
    try:
        tree = sre_parser.parse(_PROPERTY.sub(r"\\w", pattern))
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    cues = _sequence(list(tree))
    return tuple(sorted(cues)) if cues else None


def _sequence(items: list[Any]) -> set[str] | None:
    """The cues of a sequence of parsed items: those of the item whose shortest cue is longest (every item of a
    sequence is matched)."""
    best: set[str] | None = None
    run = ""
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        found: list[set[str] | None] = [{run} if run else None]
        run = ""
        if op is sre.SUBPATTERN:
            found.append(_sequence(list(av[-1])))
        elif op in _REPEATS and av[0] >= 1:
            found.append(_sequence(list(av[2])))
        elif op is sre.ASSERT:  # a lookahead or lookbehind that holds: the text holds its match too
            found.append(_sequence(list(av[1])))
        elif op is sre.BRANCH:
            alternatives = [_sequence(list(b)) for b in av[1]]
            found.append(set().union(*alternatives) if all(alternatives) else None)  # type: ignore[arg-type]
        for cues in found:
            if cues and (best is None or min(map(len, cues)) > min(map(len, best))):
                best = cues
    return best


_LOWER = threading.local()  # per thread: a Dask worker run with several threads shares this module


def may_hold(text: str, cues: Sequence[str]) -> bool:
    """False only when ``text`` holds none of ``cues`` in either case (see :class:`Cued`; the lower case of the last
    text is kept: the YAML detectors' gates ask it one after the other)."""
    if getattr(_LOWER, "text", None) is not text:
        _LOWER.text = text
        _LOWER.low = None if not text.isascii() and _FOLDING.search(text) else text.lower()
    low: str | None = _LOWER.low
    return low is None or any(c in low for c in cues)
