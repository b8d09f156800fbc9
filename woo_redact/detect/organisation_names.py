"""Where a text names an organisation: the public organisations of the gazetteer (:func:`organisation_spans`),
and the words an organisation's name begins with (:data:`ORGANISATION_HEAD`, "Gemeente", "Stichting").

The detector's organisations (with the public titles' spans) are the gazetteer's spans, and the judge of
name-like spans (:mod:`.context`) keeps a name inside one; the name recognizers and the judge end a person's name
before an organisation's head word ("Jeroen Koudijs Gemeente Nijkerk").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .letter_runs import matches_at, run_places
from .lexicons import load_lexicons
from .pattern_cache import compile_pattern

# the word an organisation's name begins with: "Jeroen Koudijs Gemeente Nijkerk" in a list's row is a name and
# the next cell's organisation, whatever that organisation's name ends with
ORGANISATION_HEAD = frozenset(
    "gemeente provincie ministerie waterschap hoogheemraadschap stichting vereniging coöperatie omgevingsdienst "
    "veiligheidsregio woningcorporatie woonstichting politie rijkswaterstaat wijkteam".split()
)


@lru_cache(maxsize=1)
def _organisations() -> regex.Pattern[str]:
    names = sorted(load_lexicons().organisations, key=len, reverse=True)
    body = "|".join(r"\s+".join(regex.escape(p) for p in n.split()) for n in names)
    # (~900 names: ~0.15 CPU s to compile at each run's start; kept between runs as the grammar's are)
    return compile_pattern(rf"(?<![\p{{L}}])(?:{body})(?![\p{{L}}])", 0)


@lru_cache(maxsize=1)
def _organisation_heads() -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The letters the names of the gazetteer that begin with a letter begin with, up to the first character of
    the first word that is no letter ("Bol" of "Bol.com"), and the first words of the names that begin with no
    letter ("'s" of "'s Heeren Loo", where a match begins at the word itself); None when a name has no words."""
    heads: set[str] = set()
    odd: set[str] = set()
    for name in load_lexicons().organisations:
        words = name.split()
        if not words:
            return None
        first = words[0]
        if not first[0].isalpha():
            odd.add(first)
            continue
        heads.add(first[: next((i for i, c in enumerate(first) if not c.isalpha()), len(first))])
    return frozenset(heads), tuple(sorted(odd))


def _places(text: str, heads: frozenset[str], odd: tuple[str, ...]) -> list[int]:
    """Where a name of the gazetteer may begin: the runs of letters that are a head, and each place of a first
    word that begins with no letter."""
    places = run_places(text, heads.__contains__)
    extra = [m.start() for word in odd for m in regex.finditer(regex.escape(word), text)]
    return sorted(set(places + extra)) if extra else places


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a public organisation from the gazetteer.

    A name (matched case-sensitively, after no letter) begins at a run of letters, and the run is its first
    word's letters up to the first character that is no letter (that character, the white space after the
    word, or the lookahead that refuses a letter after the name ends the run), or, for the few names whose first
    word begins with no letter ("'s Heeren Loo"), at that word: the gazetteer's pattern is tried only at those
    places (each place once, in order, on from the end of the last match, :mod:`.letter_runs`): the matches
    ``finditer`` gives (its 900 alternatives were tried at every place)."""
    names, heads = _organisations(), _organisation_heads()
    found = names.finditer(text) if heads is None else matches_at(names, _places(text, *heads), text)
    return [(m.start(), m.end()) for m in found]
