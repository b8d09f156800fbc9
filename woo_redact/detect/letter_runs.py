"""Where a pattern that begins with a word of a list may match: at the runs of letters that are such a word.

A pattern like ``(?<![\\p{L}])(?i:mevrouw|dhr\\.|de[ ]heer|...)[ \\t]+...`` (the titles) or the gazetteer's
organisations is tried by ``finditer`` at every place of a text, and at each place every alternative of
its list is tried: ~2 us a place for the titles' alternation with full case folding, a millisecond a
page. A match of such a pattern begins at the start of a maximal run of letters (``\\p{L}+``), and the
letters its word begins with (up to the first character of the word that is no letter) are that whole run,
when the pattern asks for a character that is no letter right after them. So the pattern is tried only at
the runs that are such a word's letters (:func:`run_places`, :func:`matches_at`): the same matches, in the
same order.

Case-insensitive lists (the titles) are compared in lower case for a run of ASCII letters alone: an
ASCII letter matches a letter of the list (ASCII, or ``ë``) case-insensitively only as itself or its other
case, and no character that is not a letter (``\\p{L}``) folds to a string holding an ASCII letter or
``ë`` (checked over every code point, ``tests/detect/test_letter_runs.py``); a run with a character past
ASCII is always tried.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

import regex

_LETTER_RUN = regex.compile(r"\p{L}+")
_RUNS = threading.local()  # per thread: a Dask worker run with several threads shares this module

# what may follow an alternative's first letters in a list of titles, each asking for a character that is no
# letter there: an escaped full stop, a space, a hyphen (none of them with a quantifier after it), a lookahead
# for a space; or nothing (then the pattern around the list asks for one: a colon, a space or a line break)
_NO_LETTER_NEXT = ("\\.", "[ ]", "-", "(?=[ \\t\\u00a0]", "[12]")  # ("[12]": a rank's class, "kpl1")
_QUANTIFIERS = ("?", "*", "+", "{")


def letter_runs(text: str) -> dict[str, list[int]]:
    """Each maximal run of letters of ``text`` and the places it begins, in order (made once for the last text,
    the same object: the titled names, the titles with an initial and the organisations read them)."""
    if getattr(_RUNS, "text", None) is not text:
        runs: dict[str, list[int]] = {}
        for m in _LETTER_RUN.finditer(text):
            runs.setdefault(m.group(), []).append(m.start())
        _RUNS.text, _RUNS.runs = text, runs
    found: dict[str, list[int]] = _RUNS.runs
    return found


def run_places(text: str, keep: Callable[[str], bool]) -> list[int]:
    """The places, in order, where a run of letters of ``text`` that ``keep`` accepts begins."""
    return sorted(p for run, places in letter_runs(text).items() if keep(run) for p in places)


def title_places(
    text: str,
    heads: frozenset[str],
    nexts: Mapping[str, frozenset[str]] | None = None,
    gap: regex.Pattern[str] | None = None,
) -> list[int]:
    """The places where a case-insensitive list whose alternatives begin with the letters ``heads`` (lower case,
    :func:`first_letters`) may match: the runs of ASCII letters that are one of them, and every run with a
    character past ASCII. A head of ``nexts`` (:func:`next_words`: every alternative it begins is it, a space and
    a word whose letters are followed by no letter) counts only where a space (or what ``gap`` matches) and a run
    of letters follow it that is one of its words in lower case, or has a character past ASCII."""
    if not nexts:
        return run_places(text, lambda run: not run.isascii() or run.lower() in heads)
    places: list[int] = []
    for run, at in letter_runs(text).items():
        if not run.isascii():
            places += at
            continue
        low = run.lower()
        if low not in heads:
            continue
        words = nexts.get(low)
        if words is None:
            places += at
            continue
        firsts = {w[0] for w in words}
        for place in at:
            after = place + len(run) + 1
            if gap is None:
                if text[after - 1 : after] != " ":
                    continue
            else:
                space = gap.match(text, after - 1)
                if space is None:
                    continue
                after = space.end()
            first = text[after : after + 1]
            if first.isascii() and first.lower() not in firsts:
                continue  # "de" before a word that no word of its own begins like
            word = _LETTER_RUN.match(text, after)
            if word is None or (word.group().isascii() and word.group().lower() not in words):
                continue  # "de" not followed by " heer": no "de heer" begins here
            places.append(place)
    places.sort()
    return places


def matches_at(pattern: regex.Pattern[str], places: Iterable[int], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can match only at ``places`` (in order): tried there alone,
    each place once, on from the end of the last match."""
    end = 0
    for place in places:
        if place < end:
            continue
        m = pattern.match(text, place)
        if m:
            yield m
            end = m.end()


def matches_of_list(
    pattern: regex.Pattern[str],
    heads: frozenset[str] | None,
    text: str,
    nexts: Mapping[str, frozenset[str]] | None = None,
    gap: regex.Pattern[str] | None = None,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that begins, after a lookbehind that refuses a letter before it,
    with a case-insensitive list whose alternatives begin with the letters ``heads`` (:func:`first_letters`), and
    asks for a character that is no letter after an alternative that ends in letters: tried at
    :func:`title_places` alone (every place when ``heads`` is None), with the list's ``nexts``
    (:func:`next_words`) and ``gap``."""
    if heads is None:
        return pattern.finditer(text)
    return matches_at(pattern, title_places(text, heads, nexts, gap), text)


def next_words(alternation: str) -> dict[str, frozenset[str]]:
    """The heads (:func:`first_letters`) whose every alternative is the head, one space (``[ ]``) and a word of
    ASCII letters that ends the alternative ("de[ ]heer"), with those words in lower case. A match of such an
    alternative, in a pattern that asks for a character that is no letter after it, stands where the head's run
    of letters is followed by a space and a run of letters that is the word, in either case, or has a character
    past ASCII (whose case folding may give the word's letters)."""
    words: dict[str, set[str]] = {}
    others: set[str] = set()
    for alt in _alternatives(alternation):
        while alt.startswith(("(?<=", "(?<!")):
            end = _group_end(alt)
            if end < 0:
                return {}
            alt = alt[end + 1 :]
        n = 0
        while n < len(alt) and alt[n].isalpha():
            n += 1
        head, rest = alt[:n].lower(), alt[n:]
        word = rest[3:]
        if rest.startswith("[ ]") and word.isalpha() and word.isascii():
            words.setdefault(head, set()).add(word.lower())
        else:
            others.add(head)
    return {head: frozenset(w) for head, w in words.items() if head not in others}


def first_letters(alternation: str) -> frozenset[str] | None:
    """The letters each alternative of ``alternation`` begins with (after its lookbehinds), up to its first
    character that is no letter, in lower case; None where an alternative does not begin with a letter, or
    goes on after its letters with anything but what asks for a character that is no letter (``_NO_LETTER_NEXT``,
    unquantified)."""
    heads: set[str] = set()
    for alt in _alternatives(alternation):
        while alt.startswith(("(?<=", "(?<!")):
            end = _group_end(alt)
            if end < 0:
                return None
            alt = alt[end + 1 :]
        n = 0
        while n < len(alt) and alt[n].isalpha():
            n += 1
        head, rest = alt[:n], alt[n:]
        if not head:
            return None
        if rest:
            nxt = next((x for x in _NO_LETTER_NEXT if rest.startswith(x)), None)
            if nxt is None or rest[len(nxt) : len(nxt) + 1] in _QUANTIFIERS and rest != "\\.?":
                return None
        heads.add(head.lower())
    return frozenset(heads)


def _alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (escapes, sets and groups passed over)."""
    parts, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` outside its escapes and sets, with the depth of groups after it."""
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _set_end(pattern, i) + 1
            continue
        depth += (c == "(") - (c == ")")
        yield i, c, depth
        i += 1


def _set_end(pattern: str, i: int) -> int:
    """The index of the ``]`` that closes the set opening at ``i`` (a ``]`` first in it is a character)."""
    i += 1
    i += pattern[i : i + 1] == "^"
    i += pattern[i : i + 1] == "]"
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _group_end(pattern: str) -> int:
    """The index of the ``)`` that closes the group ``pattern`` begins with, or -1."""
    return next((i for i, c, depth in _structure(pattern) if c == ")" and depth == 0), -1)


def particle_places(text: str, particles: Iterable[str]) -> list[int] | None:
    """Where a pattern may match that begins, after a lookbehind that refuses a letter, with one of ``particles``
    as ``grammar.tussenvoegsel`` writes them (the first letter in either case, the rest as written, a space as
    white space) and asks for white space after it: the runs of letters that are a particle's first letters in
    lower case, and the places of a particle's first character that is no letter ("'t", "’s"). None where a
    particle begins with a letter past ASCII (then every place is tried)."""
    heads, marks = _particle_heads(tuple(particles))
    if heads is None:
        return None
    places = run_places(text, lambda run: run.lower() in heads)
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            places.append(at)
            at = text.find(mark, at + 1)
    return sorted(places) if marks else places


@lru_cache(maxsize=4)
def _particle_heads(particles: tuple[str, ...]) -> tuple[frozenset[str] | None, str]:
    heads, marks = set(), set()
    for tv in particles:
        if not tv or (tv[0].isalpha() and not tv[0].isascii()):
            return None, ""
        if not tv[0].isalpha():
            marks.add(tv[0])
            continue
        n = next((i for i, ch in enumerate(tv) if not ch.isalpha()), len(tv))
        heads.add(tv[:n].lower())
    return frozenset(heads), "".join(sorted(marks))
