"""The public titles' patterns (:class:`TitlePatterns`), compiled from the configured titles once: where a title
of several words stands, where a title may begin (the searches try the patterns there only), and the title that
ends the text before a name, also one heading a list of names or followed by its portfolio or its holder in
brackets (:meth:`TitlePatterns._title_before`). :class:`~.public_titles.TitleFinder` builds on them.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .grammar import INITIALS, TITLE, compiled, tussenvoegsel
from .letter_runs import matches_of_list
from .namesakes import OFFICE_TITLES
from .title_context import (
    _BRACKET_HONORIFIC,
    _BRACKET_HONORIFICS,
    _LIST_TAIL,
    _OPEN_BRACKET,
    _PORTFOLIO_TAIL,
    _PORTFOLIO_WORDS_END,
    _escape,
    _ocr_variants,
    _plural,
    portfolio_words,
)

__all__ = ["TitlePatterns"]


# the kinds of public body a spokesperson speaks for, in small letters ("de woordvoerder van de gemeente")
_BODY_KINDS = "gemeente|provincie|politie|rechtbank|inspectie|waterschap|omgevingsdienst|veiligheidsregio|ministerie"


class TitlePatterns:
    """The patterns compiled from the configured ``titles``, where they may match, and the title at the end of the
    text before a name (:meth:`_title_before`)."""

    def __init__(self, titles: Sequence[str]) -> None:
        # longest first; titles of one length in their own order (not the set's, which changes with the hash
        # seed): two of one length never match at the same place unless they read the same, so the matches are
        # the same in any order, and the patterns' texts now the same in every process (:mod:`.pattern_cache`)
        lower = sorted({t.lower() for t in titles} | _ocr_variants(titles), key=lambda t: (-len(t), t))
        alts = "|".join(_escape(t).replace(" ", r"[ \t\u00a0]+") for t in lower)
        multi = [_escape(t).replace(" ", r"\s+") for t in lower if " " in t]
        self.multiword = compiled(rf"(?i:\b(?:{'|'.join(multi) or '(?!)'})\b)")
        self._multiword_heads = _first_words([t for t in lower if " " in t])
        self._multiword_next = _second_words([t for t in lower if " " in t])  # "de" -> "minister", ...
        self.title_at_start = compiled(rf"^(?i:(?:{alts}))[ \t\u00a0]+")
        sp = r"[ \t\u00a0]"
        cap = r"[\p{Lu}][\p{L}-]+"
        self.title_word = compiled(rf"(?i:\b(?P<title>{alts}))(?![\p{{L}}-])[ \t\u00a0]+")
        # "wethouder Werk en Inkomen Marion ...": a title, its portfolio without a comma, then the name
        self.title_portfolio = compiled(
            rf"(?i:\b(?P<title>{alts}))(?P<words>(?:{sp}+(?:\p{{Lu}}[\p{{L}}-]*|en|van|voor|de|het|&)){{1,6}}),?{sp}*$"
        )
        # "minister van Binnenlandse Zaken en Koninkrijksrelaties", "minister van Onderwijs, Cultuur en Wetenschap"
        # ("van" in small letters: "wethouder Van Straalen, Joyce ..." names the wethouder, no portfolio)
        # ("commissaris van de Koning in Groningen, René Paas": the province after "in")
        # (in English: "Minister of Social Affairs and Employment, Mr Van Hijum")
        portfolio = rf"{sp}+(?:van|voor|of|for){sp}+{cap}(?:,?{sp}+(?:(?:en|van|voor|de|het|and|of|the){sp}+)?{cap})*"
        self.title_re = compiled(
            rf"(?i:\b(?P<title>{alts}))(?:{portfolio})?(?:{sp}+in{sp}+{cap})?"
            rf"[,:]?(?:{sp}+(?:{TITLE}))*{sp}+(?:{INITIALS}{sp}*)?(?:{tussenvoegsel()}{sp}+)?$"
        )
        # "Mona Keijzer (minister van VRO)", "Arno Brok (commissaris van de Koning, voorzitter)"
        # after the name (in brackets, or on the line below a signature) only an office counts: a civil
        # servant's function there ("(woordvoerder)", "beleidsmedewerker") says what they do, not that they hold office
        offices = "|".join(_escape(t).replace(" ", r"[ \t\u00a0]+") for t in lower if t in OFFICE_TITLES) or "(?!)"
        self.title_after = compiled(
            rf"\A{sp}*\n?{sp}*\({sp}*(?:[^()\n,]{{1,25}},{sp}*)?(?i:(?P<title>{offices}))(?![\p{{L}}-])"
            # "Kees de Bruin (Burgemeester Moonenlaan 14)": a street named after an office, his address
            rf"(?!{sp}+\p{{Lu}}[\p{{L}}-]*(?:laan|straat|weg|plein|kade|gracht|singel|dreef|hof|park|dijk)\b)"
        )
        # "mr. W.F. Koopman-Visser, rechter, in aanwezigheid van": an office in apposition, closed by a comma,
        # a full stop or the line's end (not "Jan Bos, wethouder Wonen" of a list of portfolios: the same office)
        self.office_apposed = compiled(
            rf"\A,{sp}*(?i:(?P<title>{offices}))(?![\p{{L}}-])(?={sp}*(?:[,.;)]|\n|\Z|{sp}+(?:van|in|te){sp}))"
        )
        # "Femke Zwartjes (woordvoerder GGD)", "Ilona Verwey (woordvoerder BZK, 070 ...)", ", woordvoerder RIVM,": a
        # spokesperson of the organisation named, public by the function the configuration lists ("woordvoerder");
        # not a bare "(woordvoerder)", a role in a routing or paraph list, nor a group's ("(woordvoerder van de
        # groep)")
        spokes = "|".join(_escape(t) for t in lower if t.startswith("woordvoerder")) or "(?!)"
        self.spokespersons_public = spokes != "(?!)"
        self.spokesperson_after = compiled(
            rf"\A{sp}*(?:\(|,){sp}*(?i:(?:{spokes}))(?:{sp}+(?:van|voor)(?:{sp}+(?:de|het))?)?"
            rf"{sp}+\p{{Lu}}[\p{{L}}&-]*(?:{sp}+(?:\p{{Lu}}[\p{{L}}&-]*|van|voor|de|het)){{0,4}}{sp}*(?:[),.;]|\n|\Z)"
        )
        # "woordvoerder IMG Femke Ritsema", "Woordvoerder IMG: Femke Ritsema", "woordvoerder van de NVWA, Lisa Smit":
        # the organisation spoken for between the title and the name
        self.spokesperson_before = compiled(
            rf"(?i:\b(?P<title>{spokes}))(?:{sp}+(?:van|voor)(?:{sp}+(?:de|het))?)?"
            # ("de woordvoerder van de gemeente, Sjoerd Nijland": a public body named by its kind)
            rf"(?:{sp}+(?-i:\p{{Lu}}[\p{{L}}&-]*|{_BODY_KINDS})){{1,4}}{sp}*[:,]?{sp}+$"
        )
        # ("commissaris van de Koning, Gelderland": the province after a comma)
        self.office_at_start = compiled(rf"^(?i:(?:{offices}))(?:[ \t\u00a0]+|,[ \t\u00a0]*|$)")
        # where a title may begin (the title patterns begin with the titles' alternation, tried case-insensitively
        # with full case folding: ~8 us a place): where either of the first two characters is past ASCII, or they
        # are a title's first two letters in either case (an ASCII character folds to itself or its other case
        # alone); the searches try the patterns there only (:meth:`_search_title`), with the same matches
        heads = {t[:2] for t in lower}
        plain = bool(lower) and all(len(h) == 2 and h.isascii() and h.isalpha() for h in heads)
        self._title_heads = frozenset(heads) if plain else None
        pairs = "|".join(f"[{h[0]}{h[0].upper()}][{h[1]}{h[1].upper()}]" for h in sorted(heads)) if plain else ""
        self._title_start = compiled(rf"\b(?=(?:{pairs})|[^\x00-\x7f]|.[^\x00-\x7f])" if plain else r"\b")
        self._before: dict[str, regex.Match[str] | None] = {}  # _title_before's answers, by the text before a name

    def _search_title(self, pattern: regex.Pattern[str], text: str, pos: int = 0) -> regex.Match[str] | None:
        """``pattern.search(text, pos)`` for a pattern that begins with a word boundary and the titles'
        alternation: tried only where a title may begin (``_title_start``; ``match`` at a place sees the text
        before it, as the search does)."""
        for place in self._title_start.finditer(text, pos):
            m = pattern.match(text, place.start())
            if m is not None:
                return m
        return None

    def _may_begin_title(self, text: str) -> bool:
        """Whether ``text`` may begin with a title: one of its first two characters past ASCII, or a title's first
        two letters."""
        heads = self._title_heads
        head = text[:2]
        return heads is None or len(head) < 2 or not head.isascii() or head.lower() in heads

    def title_spans(self, text: str) -> list[tuple[int, int]]:
        """Where a public title of several words stands ("Commissaris van de Koning"): no name there."""
        found = matches_of_list(self.multiword, self._multiword_heads, text, self._multiword_next, _GAP)
        return [(m.start(), m.end()) for m in found]

    def _title_before(self, before: str) -> regex.Match[str] | None:
        """A title at the end of ``before``, also one heading a list of names that ends there.

        Remembered by ``before`` (up to 4,096 of them): the search tries the titles' alternation at every
        place of the text (~80 us), and the same text stands before a name again in the judges' rounds, in
        phase 2 and in a batch's documents that share their sentences."""
        known = self._before
        if before in known:
            return known[before]
        if len(known) >= 4096:
            known.clear()
        m = known[before] = self._find_title_before(before)
        return m

    def _find_title_before(self, before: str) -> regex.Match[str] | None:
        listed = _LIST_TAIL.search(before)
        if listed:
            # the title before the list, or its first word ("Wethouders Kaya, " is all name-like)
            at_start = self.title_at_start.match(before, listed.start())
            head = before[: at_start.end() if at_start else listed.start()]
            m = self._search_title(self.title_re, _OPEN_BRACKET.sub(" ", head) + " ")
            if m and _plural(m.group("title")):  # "wethouders A, B en C"; not "wethouder Kaya (voorzitter), B"
                return m
            inside = self._plural_in_list(before, listed.start())
            if inside is not None:
                return inside
        portfolio = _PORTFOLIO_TAIL.search(before)
        if portfolio and portfolio_words(portfolio.group("words")):
            # "De wethouder Ruimtelijke Ordening, Astrid Janssen": the title, its portfolio, then the name
            m = self._search_title(self.title_re, before[: portfolio.start()] + " ")
            if m and m.end() >= portfolio.start() - 1 and not _plural(m.group("title")):
                return m
        # "De Commissaris van de Koning (de heer Heidema)": the holder named in brackets after the office;
        # "Kamerleden (de heer Van Nispen en de heer Postema)": each name a plural title heads
        honours = _BRACKET_HONORIFIC.search(before) or _BRACKET_HONORIFICS.search(before)
        if honours:
            m = self._search_title(self.title_re, before[: honours.start()] + " ")
            if m and m.end() >= honours.start():
                return m
        bracket = _OPEN_BRACKET.search(before)
        if bracket:  # "de fractievoorzitters (Jur Botter, Ziggy Klazes)": the names a plural title heads
            m = self._search_title(self.title_re, before[: bracket.start()] + " ")
            # ("Aan secretaris-generaal (M. Camps)": the holder in brackets right after a singular office)
            # (in small letters, as a title mid-sentence is: "Mr. Koning (Mark Koning)" is a surname and the name)
            singular = m is not None and m.end() >= bracket.start() and m.group("title")[:1].islower()
            return m if m and (_plural(m.group("title")) or singular) else None
        found = self._search_title(self.title_re, before) or self._portfolio_title(before)
        if found is None and self.spokespersons_public:
            found = self._search_title(self.spokesperson_before, before)
        return found

    def _heads_list(self, line: str) -> bool:
        """A line that ends in a plural title ("Aanwezig: ..., wethouders"): the list it heads goes on below."""
        padded = line.rstrip() + " "
        ends = [t for t in self.title_word.finditer(padded) if t.end() == len(padded)]
        return bool(ends) and _plural(ends[-1].group("title"))

    def _plural_in_list(self, before: str, at: int) -> regex.Match[str] | None:
        """A plural title inside the words a list tail took in ("... naar de Kamer. De Kamerleden Dassen en "):
        the last one whose following words are the list, to the end."""
        last = None
        for t in self.title_word.finditer(before, at):
            if _plural(t.group("title")) and _LIST_TAIL.fullmatch(before, t.end()):
                last = t
        return last

    def _portfolio_title(self, before: str) -> regex.Match[str] | None:
        """A title and its portfolio without a comma before the name ("Wethouder Werk en Inkomen", "wethouder
        Duurzaamheid van Renkum"): every capitalised word between them a portfolio's
        (:func:`.title_context.portfolio_words`)."""
        tail = _PORTFOLIO_WORDS_END.search(before)
        if tail is None:
            return None
        m = self._search_title(self.title_portfolio, before, max(0, tail.start() - 40))
        if m is None or _plural(m.group("title")) or not portfolio_words(m.group("words")):
            return None
        return m


# what :attr:`TitlePatterns.multiword` matches between a title's words (a space of the title)
_GAP = compiled(r"\s+")


def _second_words(titles: Sequence[str]) -> dict[str, frozenset[str]]:
    """For a first word (:func:`_first_words`) of titles that each go on after it with a space and a word whose
    letters are ASCII (in small letters), those letters ("de" -> "minister" of "de minister-president"):
    :attr:`TitlePatterns.multiword` asks for white space after the first word and, after the second word's letters,
    for a character that is no letter (a space, the escaped mark, the title's ``\\b``). A first word that some
    title follows otherwise is left out (every place of it tried)."""
    words: dict[str, set[str]] = {}
    others: set[str] = set()
    for t in titles:
        n = next((i for i, ch in enumerate(t) if not ch.isalpha()), len(t))
        head, rest = t[:n], t[n + 1 :]
        m = next((i for i, ch in enumerate(rest) if not ch.isalpha()), len(rest))
        if t[n : n + 1] == " " and m > 0 and rest[:m].isascii():
            words.setdefault(head, set()).add(rest[:m])
        else:
            others.add(head)
    return {head: frozenset(w) for head, w in words.items() if head not in others}


def _first_words(titles: Sequence[str]) -> frozenset[str] | None:
    """The letters each of ``titles`` (in small letters) begins with, where every title begins with ASCII letters
    followed by a space or a punctuation mark: a match of :attr:`TitlePatterns.multiword` then begins at a run of
    letters that is one of them (:func:`~.letter_runs.matches_of_list`: the same matches as ``finditer``; its
    ``\\b`` refuses a word character before the title, its ``\\s+`` or the escaped mark no letter after the
    letters). None (every place tried) where one does not."""
    heads = set()
    for t in titles:
        n = next((i for i, ch in enumerate(t) if not ch.isalpha()), len(t))
        if n == 0 or n == len(t) or not t[:n].isascii() or t[n] not in " -.'/&":
            return None
        heads.add(t[:n])
    return frozenset(heads)
