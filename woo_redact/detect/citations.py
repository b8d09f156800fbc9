"""Authors of cited publications: public text, not a civil servant's or citizen's personal data.

A research report, a policy note or an annex cites the literature it rests on: "(Fuller, 1969)",
"Voermans et al. (2011)", "(Hohpe & Woolf, 2003: 12)", and a reference list with entries such as
"Fuller, Lon L. (1969). The Morality of Law." The author of a published work named as its author is no
personal data to withhold.

Threat model (what this module must not keep): a person listed with a birth year ("Yildiz, Mehmet (1985)",
a family list), a civil servant named with an honorific or a title before the citation shape ("mevrouw
Jansen (2021)"). So a year in brackets alone is not enough: an in-text citation needs the brackets or the
year right after the author and nothing but authors in between, and a surname alone (no initials, no first
name); a reference list's entry needs a title of three words after its year and must stand after a heading
such as "Literatuur" or "References"; and the document must have such a heading and hold a second citation
of either shape. The judge
applies this only to spans whose person evidence is at most an honorific-free name pattern (see
:mod:`.evidence`, rule ``cited_author``).
"""

from __future__ import annotations

import threading

import regex

from .grammar import HONORIFIC_BEFORE, compiled
from .lexicons import load_lexicons

__all__ = ["cited_author"]

_SP = r"[ \t\u00a0]"
_YEAR = r"(?:1[5-9]\d\d|20[0-4]\d)[a-z]?"
_SURNAME = r"(?:\p{Ll}{1,3}" + _SP + r"+)*\p{Lu}[\p{L}'’-]+"  # "van Dijk", "De Vries", "Hohpe"
# more authors after the first: "et al.", "& Woolf", "en Van Dijk", ", Jansen"
_MORE = rf"(?:{_SP}+et{_SP}+al\.?|{_SP}*(?:,|&|and|en){_SP}+(?:\p{{Lu}}\.{_SP}?)*{_SURNAME})*"
_PAGES = r"(?:[,:][^()\n]{0,20})?"
# "(Fuller, 1969)", "(Voermans et al., 2011)", "(zie Hohpe & Woolf, 2003: 12)", "(Fuller 1969; Dijkstra 1972)"
_IN_BRACKETS_AFTER = compiled(rf"{_MORE},?{_SP}+{_YEAR}{_PAGES}[);]")
_IN_BRACKETS_BEFORE = compiled(
    rf"\((?:[^()\n]{{0,80}};{_SP}*)?(?:(?i:zie|see|cf\.|vgl\.|bijv\.|e\.g\.){_SP}+)?(?:\p{{Lu}}\.{_SP}?)*\Z"
)
# "Fuller (1969)", "Voermans et al. (2011, p. 3)"
_YEAR_AFTER = compiled(rf"{_MORE}{_SP}*\({_YEAR}{_PAGES}\)")
# a reference list's entry: "Fuller, Lon L. (1969). The Morality of Law.", "Hohpe, G., & Woolf, B. (2003). ..."
_ENTRY = compiled(
    rf"(?m)^{_SP}*(?:\[\d+\]{_SP}*)?{_SURNAME},{_SP}[^\n()]{{0,120}}?\(?{_YEAR}\)?\.{_SP}+[“\"‘']?"
    rf"\p{{Lu}}[\p{{L}}\d'’-]*(?:{_SP}+[\p{{L}}\d'’:-]+){{2}}"
)
_ANY_CITATION = compiled(rf"\({_SURNAME}{_MORE},?{_SP}+{_YEAR}{_PAGES}[);]|{_SURNAME}{_MORE}{_SP}*\({_YEAR}{_PAGES}\)")
_TITLE_BEFORE = compiled(HONORIFIC_BEFORE)
# the heading of a list of sources, alone on its line
_REFERENCES = compiled(
    r"(?im)^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:literatuur(?:lijst)?|bronnen(?:lijst)?|referenties|bibliografie|"
    r"geraadpleegde[ \t]+(?:bronnen|literatuur)|references|bibliography|literature|works[ \t]+cited)[ \t]*:?[ \t]*$"
)
_INITIAL = compiled(r"\A(?:\p{Lu}\.)+\Z")
_INITIAL_BEFORE = compiled(r"(?:\p{Lu}\.)[ \t\u00a0]*\Z")

_MEMO = threading.local()


def _heading(text: str) -> regex.Match[str] | None:
    """The first heading of a list of sources in ``text``, remembered for the last text asked about (the
    judge asks for every span it weighs; a search of the whole text each time was most of its cost)."""
    if getattr(_MEMO, "heading_of", None) is not text:
        _MEMO.heading_of, _MEMO.heading = text, _REFERENCES.search(text)
    heading: regex.Match[str] | None = _MEMO.heading
    return heading


def _entries(text: str) -> tuple[list[tuple[int, int]], int]:
    """The reference-list entries of ``text`` (start, end of the authors-and-year part) and how many
    citations of either shape it holds; remembered for the last text asked about."""
    if getattr(_MEMO, "text", None) is not text:
        entries = [(m.start(), m.end()) for m in _ENTRY.finditer(text)]
        count = len(entries) + sum(1 for _ in zip(range(2), _ANY_CITATION.finditer(text)))
        _MEMO.text, _MEMO.found = text, (entries, count)
    found: tuple[list[tuple[int, int]], int] = _MEMO.found
    return found


def cited_author(text: str, start: int, end: int) -> str | None:
    """Why ``text[start:end]`` names the author of a cited publication, or None."""
    if _TITLE_BEFORE.search(text, max(0, start - 20), start):
        return None  # "mevrouw Jansen (2021)": a person addressed, not an author cited
    heading = _heading(text)
    if heading is None:
        return None  # a text that cites lists its sources under a heading; without one, years are birth years
    entries, count = _entries(text)
    if count < 2:
        return None  # one name with a year in brackets: perhaps a birth year; a text that cites, cites twice
    for s, e in entries:
        if heading.start() < s <= start and end <= e:
            return "an author in an entry of the document's list of references"
    words = text[start:end].split()
    lex = load_lexicons()
    if not words or any(lex.is_first_name(w.strip(",")) or _INITIAL.match(w) for w in words):
        # "Sara (2012)", "M. Yildiz (1985)": a family with birth years; an in-text citation names the surname
        return None
    if _INITIAL_BEFORE.search(text, max(0, start - 8), start):
        return None
    if _IN_BRACKETS_AFTER.match(text, end) and _IN_BRACKETS_BEFORE.search(text, max(0, start - 100), start):
        return "an author cited with the year of the publication, in brackets"
    if _YEAR_AFTER.match(text, end):
        return "an author cited with the year of the publication after the name"
    return None
