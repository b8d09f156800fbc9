"""The recognizer of a ``type: custom`` detector: presidio's ``PatternRecognizer``, with a cheap gate per pattern.

A pattern that begins with a lookbehind, ``(?<=L)B`` ("a plate number after the word
kenteken"), is tried by the regex engine at every place of the text, and at each the
lookbehind ``L`` is matched backwards: with presidio's flags (case-insensitive, so
``\\p{Lu}`` or ``[A-Z]`` take almost every letter) that took ~0.3-0.8 ms per page and
pattern. Where the lookbehind succeeds at some place, ``L`` matches the text before it,
so a forward search for ``L`` finds a match somewhere in the text; a text where that
search finds nothing has no match of the pattern, and the pattern is left out for it:
the same results (presidio's own loop runs the other patterns, in their order), from one
search for the label instead of a lookbehind at every letter.

A pattern that ends in a lookahead, ``B(?=R)`` ("a number before 'is het cliëntnummer'"),
is gated the same way by a forward search for ``R``.

The gate itself, a case-insensitive alternation of words, is searched at every place of the text
(~1 ms a page for all of them); each gate's cues (``cues.required_cues``: pieces of ASCII text one of which
every match holds) are looked for first in the text's lower case, and a text that holds none has no match
of the gate: the same answers, from a few substring searches. Where a text holds a cue, a gate whose every
match begins with one of a few pieces of ASCII text (``cues.leading_literals``: "personeels", "medewerker",
...) is tried only where the text's lower case holds one of them (``cues.lowered``), not at every place:
a match anywhere begins at one of those places, so the answer is the same. Those places are looked for by the
pieces' first three characters, each once ("medewerker", "medewerkers" and "medewerkerscode" in one look for
"med"): a gate of up to 32 such beginnings (of up to 64 pieces) is tried so.

The gate is made only for a lookbehind (or lookahead) whose match does not depend on the direction it is
matched in: no atomic groups, possessive quantifiers, backreferences, conditionals, fuzzy
matching, ``\\K`` or ``\\G``, no verbose or inline global flags, no reverse matching or full case folding
(whose match may depend on what is around it: then the pattern always runs).
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

from .cues import _QUANTIFIER, _UNSAFE, leading_literals, lowered, may_hold, plain_syntax, required_cues


def lookbehind(pattern: str) -> str | None:
    """``L`` of a pattern ``(?<=L)B``, or None when it does not begin with a lookbehind or ``L`` holds
    a construct whose match may depend on the direction (see the module's docstring)."""
    if not pattern.startswith("(?<=") or _UNSAFE.search(pattern):
        return None
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1 : i + 3] in ("p{", "P{", "N{"):  # a property or a character's name: \p{Lu}
                i = pattern.find("}", i)
                if i < 0:
                    return None
            else:
                i += 1
        elif c == "[":  # a set: its parentheses are characters ("[^()\n]"); a "]" first in it is one too
            i += 1
            i += pattern[i] == "^" if i < len(pattern) else 0
            i += pattern[i] == "]" if i < len(pattern) else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
                if i <= len(pattern) and pattern[i - 1 : i] == "[":
                    return None  # a nested set (or a POSIX class): not parsed here
        elif c == "{":
            quantifier = _QUANTIFIER.match(pattern, i)
            if quantifier is None or pattern[quantifier.end() : quantifier.end() + 1] == "+":
                return None  # fuzzy matching ("{e<=1}"), a possessive quantifier, or a brace not parsed here
            i = quantifier.end() - 1
        elif c in "*+?" and pattern[i - 1] != "(" and pattern[i + 1 : i + 2] == "+":
            return None  # a possessive quantifier ("a++")
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return pattern[4:i]
        i += 1
    return None


def lookahead(pattern: str) -> str | None:
    """``R`` of a pattern ``B(?=R)`` that ends in a lookahead at its top level and has no alternative there
    (``A|B(?=R)`` matches ``A`` without ``R``), or None; the same constructs are refused as for
    :func:`lookbehind`. Where the pattern matches, ``R`` matches where ``B`` ends, so a forward search for
    ``R`` finds a match somewhere in the text: a text where it finds none has no match of the pattern."""
    if not pattern.endswith(")") or _UNSAFE.search(pattern):
        return None
    depth, i, start, end = 0, 0, -1, -1
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1 : i + 3] in ("p{", "P{", "N{"):
                i = pattern.find("}", i)
                if i < 0:
                    return None
            else:
                i += 1
        elif c == "[":
            i += 1
            i += pattern[i] == "^" if i < len(pattern) else 0
            i += pattern[i] == "]" if i < len(pattern) else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
                if i <= len(pattern) and pattern[i - 1 : i] == "[":
                    return None
        elif c == "{":
            quantifier = _QUANTIFIER.match(pattern, i)
            if quantifier is None or pattern[quantifier.end() : quantifier.end() + 1] == "+":
                return None
            i = quantifier.end() - 1
        elif (c in "*+?" and pattern[i - 1] != "(" and pattern[i + 1 : i + 2] == "+") or (c == "|" and depth == 0):
            return None  # a possessive quantifier, or an alternative at the top level
        elif c == "(":
            start = i if depth == 0 else start
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
            end = i if depth == 0 else end
        i += 1
    if depth != 0 or end != len(pattern) - 1 or not pattern.startswith("(?=", start):
        return None
    return pattern[start + 3 : -1]


class CustomRecognizer(PatternRecognizer):
    """presidio's ``PatternRecognizer`` that leaves out a pattern ``(?<=L)B`` for a text in which ``L``
    matches nowhere (see the module's docstring): the same results."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # per pattern and flags: the gate's pattern (None: the pattern always runs), its cues (None: none) and the
        # pieces every match of the gate begins with (None: it is searched at every place)
        self._gates: dict[
            tuple[str, int], tuple[regex.Pattern[str] | None, tuple[str, ...] | None, tuple[str, ...] | None]
        ] = {}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """presidio's results, the patterns that cannot match in ``text`` left out."""
        flags = regex_flags if regex_flags else self.global_regex_flags
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]  # presidio's attribute, untyped
        active = [p for p in patterns if self._may_match(p, text, flags or 0)]
        if len(active) == len(patterns):
            return super().analyze(text, entities, nlp_artifacts, regex_flags)
        view = copy.copy(self)  # this call's patterns; the recognizer itself may serve other threads
        view.patterns = active  # type: ignore[has-type]
        return PatternRecognizer.analyze(view, text, entities, nlp_artifacts, regex_flags)

    def _may_match(self, pattern: Pattern, text: str, flags: int) -> bool:
        key = (pattern.regex, flags)
        if key not in self._gates:
            plain = not flags & (regex.VERBOSE | regex.VERSION1 | regex.FULLCASE)
            around = (lookbehind(pattern.regex) or lookahead(pattern.regex)) if plain else None
            try:
                gate = regex.compile(around, flags=flags) if around else None
            except regex.error:
                gate, around = None, None  # presidio compiles the whole pattern and reports it
            # the cues of the gate, or of the whole pattern where there is none
            whole = plain and around is None and plain_syntax(pattern.regex)
            self._gates[key] = (
                gate,
                required_cues(around) if around else required_cues(pattern.regex) if whole else None,
                _starts(leading_literals(around, _SHORTEST_START)) if gate is not None and around else None,
            )
        gate, cues, starts = self._gates[key]
        if cues is not None and not may_hold(text, cues):
            return False  # a text that holds none of the cues every match of the gate (or the pattern) holds
        if gate is None:
            return True
        low = lowered(text) if starts is not None else None
        try:
            if low is not None and starts is not None:
                return _found_at(gate, text, low, starts)
            return gate.search(text, timeout=REGEX_TIMEOUT_SECONDS) is not None
        except TimeoutError:
            return True  # presidio's own loop meets the same text and handles it


# a gate whose matches begin with pieces this long at least is tried where they stand, looked for by their first
# letters (this many), and not more of those than this; shorter or more pieces stand at too many places, or take too
# many looks, for that to be cheaper than a search
_SHORTEST_START = 3
_MOST_STARTS = 32


def _starts(starts: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The pieces a gate is tried at (:func:`_found_at`), or None: it is searched."""
    return starts if starts is not None and len(_firsts(starts)) <= _MOST_STARTS else None


@lru_cache(maxsize=1024)
def _firsts(starts: tuple[str, ...]) -> tuple[str, ...]:
    """The first :data:`_SHORTEST_START` characters of ``starts``, each once: one look through the text for all the
    starts that begin alike ("medewerker", "medewerkers", "medewerkerscode")."""
    return tuple(sorted({s[:_SHORTEST_START] for s in starts}))


def _found_at(gate: regex.Pattern[str], text: str, low: str, starts: tuple[str, ...]) -> bool:
    """Whether ``gate`` matches somewhere in ``text``, for a gate whose every match begins with one of ``starts``
    (each at least :data:`_SHORTEST_START` long): tried only where ``low`` (``text``'s lower case, aligned with it)
    holds one of them, those places found by the starts' first characters (:func:`_firsts`)."""
    for first in _firsts(starts):
        i = low.find(first)
        while i >= 0:
            if low.startswith(starts, i) and gate.match(text, i, timeout=REGEX_TIMEOUT_SECONDS) is not None:
                return True
            i = low.find(first, i + 1)
    return False
