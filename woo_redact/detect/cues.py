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

import re
from collections.abc import Sequence

import regex

__all__ = ["FOLDS_TO_ASCII", "Cued"]

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
