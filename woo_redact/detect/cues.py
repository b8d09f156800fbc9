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

import bisect
import importlib
import re
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import regex

__all__ = [
    "FOLDS_TO_ASCII",
    "Cued",
    "cued_finditer",
    "leading_literals",
    "lowered",
    "may_hold",
    "plain_syntax",
    "required_cues",
]

# every character outside ASCII whose case folding, lower or upper case holds an ASCII letter (Unicode 15)
FOLDS_TO_ASCII = (
    "\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)
# those whose one character a case-insensitive pattern matches to one ASCII letter at most ("ı" to "i" in Python's
# ``re``, "ſ" to "s", the Kelvin sign to "k"): the lower case writes that letter in their place and stays aligned with
# the text (a Turkish name's "ı" no longer sends every gated pattern through the whole text: throughput round 33);
# the others fold to two letters ("ß", the ligatures) or lower to two characters ("İ"), which no aligned text can say
_ONE_LETTER = {"\u0131": "i", "\u017f": "s", "\u212a": "k"}
_ONE_LETTER_TABLE = str.maketrans(_ONE_LETTER)
_FOLDING = re.compile("[" + "".join(ch for ch in FOLDS_TO_ASCII if ch not in _ONE_LETTER) + "]")
_ONE_LETTER_FOUND = re.compile("[" + "".join(_ONE_LETTER) + "]")


class Cued:
    """``pattern`` with the cues every match of it holds: ``finditer`` and ``search`` as the pattern's."""

    def __init__(self, pattern: regex.Pattern[str], cues: Sequence[str]) -> None:
        assert all(c.isascii() and c == c.lower() for c in cues), cues
        self.pattern = pattern
        self.cues = tuple(cues)

    def may_match(self, text: str) -> bool:
        """False only when ``text`` holds no match of the pattern (:func:`may_hold`: the lower case of the last
        text kept, not made again for each pattern a detector asks about the same text)."""
        return may_hold(text, self.cues)

    def finditer(self, text: str) -> list[regex.Match[str]]:
        """``list(pattern.finditer(text))``."""
        return list(self.pattern.finditer(text)) if self.may_match(text) else []

    def search(self, text: str) -> regex.Match[str] | None:
        """``pattern.search(text)``."""
        return self.pattern.search(text) if self.may_match(text) else None

    def pieces_holding(self, text: str, spans: Sequence[tuple[int, int]]) -> set[int] | None:
        """The indexes of ``spans`` (start, end) whose piece of ``text`` holds one of the cues in either case, from
        one look for each cue through the whole text's lower case; None when that lower case does not align with
        the text (then ask each piece). For a piece, or a text that differs from it only in case (whose lower case is
        the piece's), outside the set :meth:`may_match` is False: ``lower`` of a lower case changes nothing, and
        lowers no character outside :data:`FOLDS_TO_ASCII` to one inside it."""
        low = lowered(text)
        if low is None:
            return None
        found = []
        for cue in self.cues:
            i = low.find(cue)
            while i >= 0:
                found.append((i, i + len(cue)))
                i = low.find(cue, i + 1)
        found.sort()
        starts = [a for a, _ in found]
        out = set()
        for k, (start, end) in enumerate(spans):
            j = bisect.bisect_left(starts, start)
            while j < len(found) and found[j][0] < end:
                if found[j][1] <= end:
                    out.add(k)
                    break
                j += 1
        return out


# constructs whose match may differ when matched backwards, or that make the text before the pattern matter
# (and scoped flags for reverse matching, full case folding or a version: "(?r:", "(?f:", "(?V1:"); each only
# where it is one, after an even number of backslashes: "\(?(?i:nummer)" is an optional "(" before a scoped
# flag, no conditional "(?(" (such a label was always searched at every place: ~1.4 ms a page)
_UNSAFE = regex.compile(
    r"(?<!\\)(?:\\\\)*"
    r"(?:\(\?>|\\[KGg1-9]|\(\?P=|\(\?\(|\(\*|\(\?#|\(\?[a-zA-Z0-9-]*\)|\(\?[a-zA-Z0-9-]*[rfV][a-zA-Z0-9-]*:)"
)
_QUANTIFIER = regex.compile(r"\{\d*(?:,\d*)?\}")


def plain_syntax(pattern: str) -> bool:
    """Whether ``pattern`` holds none of the constructs :func:`lookbehind` refuses (then Python's parser reads
    it as the regex engine does, for its cues: ``cues.required_cues``)."""
    if _UNSAFE.search(pattern):
        return False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1 : i + 3] in ("p{", "P{", "N{"):
                i = pattern.find("}", i)
                if i < 0:
                    return False
            else:
                i += 1
        elif c == "[":
            i += 1
            i += pattern[i] == "^" if i < len(pattern) else 0
            i += pattern[i] == "]" if i < len(pattern) else 0
            while i < len(pattern) and pattern[i] != "]":
                if pattern[i] == "[":
                    return False  # a nested set (or a POSIX class)
                i += 2 if pattern[i] == "\\" else 1
        elif c == "{":
            quantifier = _QUANTIFIER.match(pattern, i)
            if quantifier is None or pattern[quantifier.end() : quantifier.end() + 1] == "+":
                return False  # fuzzy matching or a possessive quantifier
            if not any(ch.isdigit() for ch in quantifier.group()):
                return False  # "{}", "{,}": read alike? not asked
            i = quantifier.end() - 1
        elif c in "*+?" and i and pattern[i - 1] != "(" and pattern[i + 1 : i + 2] == "+":
            return False  # a possessive quantifier
        i += 1
    return True


# Cues found by reading a pattern (the YAML detectors' gates, ``custom.py``): Python's own parser reads it, each
# ``\p{..}``/``\P{..}`` as ``\w`` (a class: no literal); the gates are of the plain kind whose syntax both engines
# read alike (``custom.lookbehind``: no nested sets, fuzzy matching, possessive or atomic parts, global flags)
_GROUP_NAME = re.compile(r"\(\?P?<[A-Za-z_]\w*>")
try:  # Python's own parser of regular expressions (3.11+; without it no pattern has cues: every text is searched)
    sre_parser: Any = importlib.import_module("re._parser")
    sre: Any = importlib.import_module("re._constants")
    _REPEATS: tuple[Any, ...] = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - a Python that moved its parser
    sre_parser = sre = None
    _REPEATS = ()


def _parsed(pattern: str) -> list[Any] | None:
    """The items of ``pattern`` as Python's parser reads them, or None when there is no parser or it refuses it."""
    if sre_parser is None:
        return None
    try:
        return list(sre_parser.parse(_for_python(pattern)))
    except (re.error, RecursionError, OverflowError, ValueError):
        return None


def required_cues(pattern: str) -> tuple[str, ...] | None:
    """Pieces of lower-case ASCII text one of which every match of ``pattern`` holds (in either case): a run of
    literal ASCII characters that every match goes through, or one run of each alternative of an alternation
    every match goes through; None when the pattern has no such part (or Python's parser refuses it)."""
    items = _parsed(pattern)
    if items is None:
        return None
    cues = _sequence(items)
    return tuple(sorted(cues)) if cues else None


def leading_literals(pattern: str, shortest: int = 1) -> tuple[str, ...] | None:
    """Pieces of lower-case ASCII text one of which every match of ``pattern`` begins with (in either case), each
    at least ``shortest`` long; None when a match may begin otherwise (or Python's parser refuses the pattern).
    Zero-width items (``\\b``, lookarounds) are passed over; a literal, a set of literals, an optional part and an
    alternation of such parts are followed to the first part that is none of them (``\\bV-?(?:nummer|nr)``:
    "v-nummer", "vnummer", "v-nr", "vnr")."""
    items = _parsed(pattern)
    if items is None:
        return None
    found = _prefixes(items)
    if found is None or min(map(len, found[0])) < max(shortest, 1):
        return None
    return tuple(sorted(found[0]))


_MAX_PREFIXES = 64  # beyond this many beginnings a pattern's are not followed further


def _prefixes(items: list[Any]) -> tuple[set[str], bool] | None:
    """The beginnings of a sequence of parsed items (see :func:`leading_literals`) and whether every match of the
    sequence is one of them entirely; None when nothing is known of how a match begins."""
    acc = {""}
    for op, av in items:
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        part = _item_prefixes(op, av)
        if part is None:
            return (acc, False) if "" not in acc else None
        pieces, whole = part
        longer = {a + b for a in acc for b in pieces}
        if len(longer) > _MAX_PREFIXES:
            return (acc, False) if "" not in acc else None
        acc = longer
        if not whole:
            return (acc, False)
    return acc, True


def _item_prefixes(op: Any, av: Any) -> tuple[set[str], bool] | None:
    """:func:`_prefixes` of one parsed item."""
    if op is sre.LITERAL:
        return ({chr(av).lower()}, True) if av < 128 else None
    if op is sre.IN:
        if all(o is sre.LITERAL and v < 128 for o, v in av):
            return {chr(v).lower() for _, v in av}, True
        return None
    if op is sre.SUBPATTERN:
        return _prefixes(list(av[-1]))
    if op is sre.BRANCH:
        alternatives = [_prefixes(list(b)) for b in av[1]]
        if any(a is None for a in alternatives):
            return None
        known = [a for a in alternatives if a is not None]
        return set().union(*(a[0] for a in known)), all(a[1] for a in known)
    if op in _REPEATS:
        low, high, body = av[0], av[1], list(av[2])
        inner = _prefixes(body)
        if inner is None:
            return None
        if low == 0 and high == 1:
            return inner[0] | {""}, inner[1]  # optional
        if low >= 1:
            return inner[0], inner[1] and low == high == 1
    return None


def _for_python(pattern: str) -> str:
    """``pattern`` with each ``\\p{..}``/``\\P{..}`` as ``\\w`` (a class) and each named group unnamed (regex allows
    a name twice, Python's parser does not; a name is no literal), escapes passed over as they stand."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            end = pattern.find("}", i) + 1 if pattern[i + 1 : i + 3] in ("p{", "P{") else 0
            out.append("\\w" if end > 0 else pattern[i : i + 2])
            i = end if end > 0 else i + 2
        elif (name := _GROUP_NAME.match(pattern, i)) is not None:
            out.append("(?:")
            i = name.end()
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


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


def lowered(text: str) -> str | None:
    """``text.lower()`` with "ı" and "ſ" written "i" and "s", or None when ``text`` holds another character of
    :data:`FOLDS_TO_ASCII` (the lower case of the last text is kept: the YAML detectors' gates ask it one after the
    other). Where it is not None, it has the text's length, and an ASCII letter of a ``(?i)`` pattern matches
    ``text[i]`` only where it equals ``lowered(text)[i]`` (exactly where, but for "ı", which ``regex`` does not match
    to "i": a gate that looks there tries the pattern in vain)."""
    if getattr(_LOWER, "text", None) is not text:
        _LOWER.text = text
        if text.isascii():
            _LOWER.low = text.lower()
        elif _FOLDING.search(text):
            _LOWER.low = None
        else:
            lower = text.lower()
            _LOWER.low = lower.translate(_ONE_LETTER_TABLE) if _ONE_LETTER_FOUND.search(lower) else lower
        _LOWER.held = {}  # see may_hold
    low: str | None = _LOWER.low
    return low


def may_hold(text: str, cues: Sequence[str]) -> bool:
    """False only when ``text`` holds none of ``cues`` in either case (see :class:`Cued`). Whether the lower case
    holds a cue is kept for the last text: the YAML detectors' gates and the cued patterns ask ~250 cues a page
    of the same text, half of them asked before (each a pass over the whole text where it is missing)."""
    low = lowered(text)
    if low is None:
        return True
    held: dict[str, bool] = _LOWER.held
    for c in cues:
        found = held.get(c)
        if found is None:
            found = held[c] = c in low
        if found:
            return True
    return False


_PATTERN_CUES: dict[str, tuple[str, ...] | None] = {}


def cued_finditer(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``; not searched in a text that holds none of the pattern's cues (for a pattern of
    :func:`plain_syntax`, :func:`required_cues`)."""
    key = pattern.pattern
    if key not in _PATTERN_CUES:
        _PATTERN_CUES[key] = required_cues(key) if plain_syntax(key) else None
    cues = _PATTERN_CUES[key]
    return iter(()) if cues is not None and not may_hold(text, cues) else pattern.finditer(text)
