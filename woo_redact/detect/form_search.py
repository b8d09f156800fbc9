"""The search for a name's forms in a text, for :mod:`.propagate` (and :mod:`.paraphs`, the batch's names).

:func:`occurrences` finds where a form stands as a word (several words: any white space between, a hyphen for a
gap), as :func:`_pattern` would, without compiling a pattern per form: :func:`literal` for one word, the words one
after the other for several, led by the rarest where the first is frequent. :func:`_found` remembers the last
text's searches, finds a form broken over a line end at its hyphen and with its diacritics dropped
(:func:`fold`), and with its gate searches only where every word of the form stands in the text.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from .grammar import compiled, standing_words

__all__ = ["fold", "literal", "occurrences"]


def _pattern(form: str) -> regex.Pattern[str]:
    body = r"(?:[\s\u00a0]+|-)".join(regex.escape(p) for p in form.split())
    # "@Deepak" (a chat mention) counts; "deepak@" and "x@Deepak" (inside an address) do not
    return compiled(rf"(?<![\w.\-])(?<![\w.]@)(?:{body})(?![\w@\-]|\.\w)")


class _Span(NamedTuple):
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


_FORM_BEFORE = compiled(r"(?<![\w.\-])(?<![\w.]@)")
_FORM_AFTER = compiled(r"(?![\w@\-]|\.\w)")


def literal(text: str, word: str, before: regex.Pattern[str], after: regex.Pattern[str]) -> Iterator[_Span]:
    """The occurrences of one word with the boundaries ``before`` and ``after`` (zero-width patterns),
    found by plain substring search: compiling a pattern for each of a batch's thousands of name forms
    took a third of detection's time."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if before.match(text, pos) and after.match(text, end):
            yield _Span(pos, end)
        pos = text.find(word, pos + 1)


_GAP = compiled(r"[\s\u00a0]+")
# the same run of white space read backwards from where a word begins (``match(text, 0, q)``: the longest run
# that ends at q)
_GAP_BEFORE = regex.compile(r"(?r)[\s\u00a0]+", regex.VERSION1)


def _words(text: str, words: Sequence[str]) -> Iterator[_Span]:
    """The matches of :func:`_pattern` for a form of these words (its split parts; a hyphen may stand for a
    gap), found as
    :func:`literal` finds one word: the first word by substring search, each next one after white
    space, without a pattern compiled per form (about a third of a millisecond each, for each of a
    batch's thousands of forms). A word holds no character the gap matches (str.split() splits at
    all of them), so the longest run of white space is the only one a next word can follow; a match
    ends the search at its end, as ``finditer`` does. Where the first word is frequent ("van der Berg",
    "de Vries": more than ``_FREQUENT`` places) and another word rarer, the search goes on only at the places
    that word leads back to (:func:`_anchored`)."""
    first, rest = words[0], words[1:]
    done = tried = 0  # the end of the last match; the places of the first word tried
    pos = text.find(first)
    while pos >= 0:
        if rest and tried == _FREQUENT:
            places = _anchored(text, words)
            if places is not None:  # the places not tried yet, as the search would go on to them
                for place in places:
                    end = _match_end(text, place, first, rest) if place >= pos and place >= done else -1
                    if end >= 0:
                        yield _Span(place, end)
                        done = end
                return
        tried += 1
        end = _match_end(text, pos, first, rest)
        if end >= 0:
            yield _Span(pos, end)
            done = end
            pos = text.find(first, end)
        else:
            pos = text.find(first, pos + 1)


_FREQUENT = 8  # places of a form's first word tried before its rarest word leads the search


def _match_end(text: str, pos: int, first: str, rest: Sequence[str]) -> int:
    """Where the form (``first`` at ``pos``, then ``rest``) ends as :func:`_pattern` matches it from ``pos``, or -1."""
    end = pos + len(first)
    for word in rest:
        gap = _GAP.match(text, end)
        # (a hyphen for the space: "Lieke-Bosschaart-Imanuel" as a scan's OCR reads "Lieke Bosschaart-Imanuel")
        after = gap.end() if gap is not None else end + 1 if text.startswith("-", end) else -1
        if after < 0 or not text.startswith(word, after):
            return -1
        end = after + len(word)
    return end if _FORM_BEFORE.match(text, pos) and _FORM_AFTER.match(text, end) else -1


def _anchored(text: str, words: Sequence[str]) -> list[int] | None:
    """In increasing order, the places where a match of the form can begin, found from its rarest word
    (``words[k]``), or None when that is the first. From each place of that word the words before it are read
    back as :func:`_words` reads them forwards: the white space before a word is the longest run that ends where
    the word begins (the word before ends where the run begins: its last character is no white space, the gap
    matching no character that str.split() keeps in a word), or else a hyphen. A match's ``k``-th word stands
    at such a place and reading back from it retraces the match, so every match begins at a place found; a
    place that begins none is refused by :func:`_match_end`."""
    counts = [text.count(w) for w in words]
    k = min(range(len(counts)), key=counts.__getitem__)
    if k == 0:
        return None
    found = set()
    anchor = words[k]
    q = text.find(anchor)
    while q >= 0:
        p = q
        for word in reversed(words[:k]):
            gap = _GAP_BEFORE.match(text, 0, p)
            end = gap.start() if gap is not None else p - 1 if p > 0 and text[p - 1] == "-" else -1
            p = end - len(word)
            if end < 0 or p < 0 or not text.startswith(word, p):
                break
        else:
            found.add(p)
        q = text.find(anchor, q + 1)
    return sorted(found)


def occurrences(text: str, form: str) -> Iterator[_Span] | Iterator[regex.Match[str]]:
    """Where a name form stands in ``text`` as a word (several words: any white space between), as
    :func:`_pattern` finds it."""
    if " " not in form and "\u00a0" not in form:
        return literal(text, form, _FORM_BEFORE, _FORM_AFTER)
    words = form.split()
    return _words(text, words) if words else _pattern(form).finditer(text)


_FOUND = threading.local()  # per thread: a Dask worker run with several threads shares this module


def _found(text: str, form: str, gate: bool = False) -> list[_Span]:
    """:func:`occurrences`, remembered for the last text (the same object): propagation's second round
    searches the first round's forms again, and the batch's names are searched for beside them. A form is
    found with and without its diacritics too ("Dvořák" / "J. Dvorak", "Sahin" / "ŞAHİN"), letter for letter
    (:func:`fold` keeps every offset). With ``gate``, a search only where :func:`_may_stand` says it can find
    anything (the same spans)."""
    memo = _FOUND
    if getattr(memo, "text", None) is not text:
        memo.text, memo.spans, memo.folded, memo.pieces = text, {}, fold(text), {}
    spans: dict[str, list[_Span]] = memo.spans
    if form not in spans:
        stands = not gate or _may_stand(text, form)
        found = [_Span(occ.start(), occ.end()) for occ in occurrences(text, form)] if stands else []
        if "-" in form and "-\n" in text:
            # "Al-" / "Khatib": a double name broken over a line end at its hyphen
            for k in (i for i, ch in enumerate(form) if ch == "-"):
                broken = form[: k + 1] + "\n" + form[k + 1 :]
                if not gate or _may_stand(text, broken):
                    found += literal(text, broken, _FORM_BEFORE, _FORM_AFTER)
        folded: str = memo.folded
        bare = fold(form)
        if (folded is not text or bare != form) and (not gate or _may_stand(folded, bare)):
            seen = {(f.start(), f.end()) for f in found}
            found += [
                _Span(occ.start(), occ.end())
                for occ in occurrences(folded, bare)
                if (occ.start(), occ.end()) not in seen
            ]
        spans[form] = found
    return spans[form]


def _may_stand(text: str, form: str) -> bool:
    """Whether each word of ``form`` is a piece of ``text`` (the last text or its folded form) where a form's
    word may stand (:func:`~.grammar.standing_words`): where one is not, :func:`occurrences` finds nothing, so
    most of a batch's forms are not searched for."""
    pieces: dict[str, frozenset[str]] = _FOUND.pieces
    standing = pieces.get(text)
    if standing is None:
        standing = pieces[text] = standing_words(text)
    return standing.issuperset(form.split())  # (each word a piece; in C, not a generator's steps)


# letters whose decomposition keeps no base letter, folded by hand; the apostrophe's look-alikes (OCR reads
# "Van 't Hof" as "Van ‘t Hof")
_FOLD_EXTRA = str.maketrans("ıİłŁøØđĐðÐßæÆœŒ‘’`´", "iIlLoOdDdDsaAoO" + "'" * 4)


class _FoldTable(dict[int, int | str]):
    """``str.translate``'s table for :func:`fold`: :data:`_FOLD_EXTRA`'s characters, every other ASCII character
    as it is, and every other character past ASCII as the first character of its decomposition, made when first
    met."""

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFD", chr(code))[0]
        self[code] = folded
        return folded


# (each ASCII character in the table: translate asks the table for every character)
_FOLD_TABLE = _FoldTable({**{c: c for c in range(0x80)}, **_FOLD_EXTRA})


def fold(text: str) -> str:
    """``text`` with each letter's diacritics dropped and each apostrophe plain, one character for one ("Dvořák"
    -> "Dvorak", "ŞAHİN" -> "SAHIN", "‘t" -> "'t"); the same object when nothing changes."""
    if text.isascii():
        return text
    folded = text.translate(_FOLD_TABLE)
    return text if folded == text else folded
