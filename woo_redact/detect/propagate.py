"""Propagation: once a name is found, find every other occurrence of it.

From each person finding we derive the forms in which the same person is
referred to (the full name, the surname with its tussenvoegsel, the first
name alone) and from each personal e-mail address the name in its local part
(the forms themselves are made in :mod:`.forms`). Every occurrence of those
forms in the document becomes a candidate too, including one broken over a
line break.

This module holds the search for forms in a text (:func:`occurrences`),
:func:`propagate` within a document, :func:`batch_candidates` for the names
of the batch's other documents; the predicates that tell a name's context
from a place's, a month's or a word's are in :mod:`.occurrence_context` (the
paraphs of the people named are in :mod:`.paraphs`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import regex

from ..model import Explanation
from .context import after_postcode, repeated_word
from .evidence import DETECTOR_STRENGTH
from .forms import GIVEN_MONTHS, email_forms, name_forms
from .grammar import compiled, natural_order, standing_words
from .lexicons import Lexicons, countries, load_lexicons, municipalities
from .merge import Merged
from .occurrence_context import (
    DATE_AROUND,
    GREETING_BEFORE,
    PERSON_LABEL,
    VOCATIVE,
    before_lower_word,
    ends_a_place,
    ends_proper_name,
    mid_sentence,
    names_line,
    person_context,
    place_context,
    titled,
)

WEAK_SOURCES = frozenset({"ner", "propagation", "name_extension"})
_LONGEST_GIVEN = 10  # letters: longer unknown words are compounds far more often than given names


_FIRST_BEFORE = compiled(r"(?<![\p{L}.'’-])(\p{Lu}\p{Ll}{2,})[ \u00a0]+\Z")


def _email_initial(address: str) -> str:
    """The first letter of the given name in a local part "x.huang" or "xiaoling.huang", or ''."""
    parts = [p for p in re.split(r"[._-]+", address.split("@", 1)[0]) if p]
    return parts[0][:1].lower() if len(parts) >= 2 and parts[0].isalpha() else ""


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
    if text not in pieces:
        pieces[text] = standing_words(text)
    return all(w in pieces[text] for w in form.split())


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


# found elsewhere as written: an address, a number, a user name ("Exported from Jira by noostveen")
_LITERAL_ENTITIES = frozenset({"ADDRESS", "NL_BSN", "IBAN_CODE", "USERNAME", "PERSONAL_NUMBER"})


# "DAMASCENO DA SILVA SANTOS, T.C. (Thaís)": the first name in use in brackets after the initials
_INITIALS_END = compiled(r"(?P<first>\p{Lu})\.(?:\p{Lu}\.)*\Z")
_IN_USE_AFTER = compiled(r"[ \t\u00a0]*\((?P<nick>\p{Lu}[\p{Ll}\p{M}'’-]{1,14})\)")


_ARTICLE_CODE = compiled(r"(?<![\p{L}])(?i:de|het|een|dit|deze|dat)[ \t\u00a0]+\Z")


def _table_code(text: str, m: Merged) -> bool:
    """A code of two to four capitals that a table's owner or paraph column holds: the person's wherever it
    stands alone in the document."""
    code = text[m.start : m.end]
    return (
        2 <= len(code) <= 4
        and code.isalpha()
        and code.isupper()
        and any(e.detector == "paraph_table" for e in m.explanations)
    )


def _name_in_use_after(text: str, m: Merged, lex: Lexicons) -> set[str]:
    """The first name in use written in brackets right after a name that ends in initials, the first initial its
    first letter ("T.C. (Thaís)"): sought on its own like the first name it is."""
    initials = _INITIALS_END.search(text, m.start, m.end)
    after = _IN_USE_AFTER.match(text, m.end) if initials else None
    if initials is None or after is None:
        return set()
    nick = after.group("nick")
    if nick[0] != initials.group("first") or lex.is_ordinary_word(nick) or nick in lex.places:
        return set()
    return {nick}


def propagate(text: str, found: Sequence[Merged], skip: Iterable[tuple[int, int]] = ()) -> list[Merged]:
    """Candidates for every other occurrence of the found names in ``text``."""
    lex = load_lexicons()
    skip_spans = list(skip)
    forms: dict[str, Merged] = {}
    called_only: set[str] = set()  # first names that are words too ("Dan"): sought only where someone is called
    for m in found:
        weak = {e.detector for e in m.explanations} <= WEAK_SOURCES
        if m.entity == "PERSON" and repeated_word(text[m.start : m.end]):
            continue  # "Topografie Topografie Topografie": a row's cells, no name to spread through the document
        if weak and len(text[m.start : m.end].split()) < 2:
            continue  # a single word found only by the statistical model is not spread further
        # a piece of a name broken over a line end in its text column is spread as the whole name too
        cell = m.cell or (m.broken[0] if m.broken is not None and m.entity == "PERSON" else None)
        if cell is not None:
            # a piece of a wrapped cell ("van", "Zwolle", "9") is spread as the cell's whole name, if a name
            new = name_forms(" ".join(cell.split()), lex) if m.entity == "PERSON" else set()
        elif m.entity == "PERSON":
            words = natural_order(text[m.start : m.end]).split()
            if not words:
                continue  # a span cut down to white space where a stronger one begins ("Vlieger / " + "TEN HAVE")
            new = name_forms(text[m.start : m.end], lex) | _name_in_use_after(text, m, lex)
            given = words[0]
            # "Jan-Willem (Dan) Terpstra", "Jacoba (Co) Nijenhuis": the name in use alone, as the document
            # goes on to call the person ("Dan geeft aan"), a word too ("Co") only where someone is called
            nick = next((w[1:-1] for w in words[1:-1] if w.startswith("(") and w.endswith(")")), "")
            if len(nick) >= 2 and nick[:1].isupper() and nick[1:].islower() and nick not in lex.places:
                new.add(nick)
            if len(words) > 1 and given in lex.stop_words and given[1:].islower() and given not in GIVEN_MONTHS:
                new.add(given)  # "Dan" of "Dan Verschuren": a word too, sought only where someone is greeted or called
                called_only.add(given)
            if weak and not lex.is_first_name(given) and len(given) > _LONGEST_GIVEN:
                # of a name only the model found, a first word no list knows is spread alone only if it is
                # as short as given names are ("Olumide", "Kavya"): in "Succescriterium Elke" the model took a
                # heading's compound for one
                new = {f for f in new if f.lower() != given.lower()}
        elif m.entity == "EMAIL_ADDRESS":
            new = email_forms(text[m.start : m.end], lex)
        elif m.entity == "PARAPH" and _table_code(text, m):
            new = {text[m.start : m.end]}  # "ST" in an action list's owner column, "ST = plv. directeur" below it
        elif m.entity in _LITERAL_ENTITIES:
            new = {" ".join(text[m.start : m.end].split())}  # "op het adres Tsjerkebuorren\n4", "Dossier 2319..."
        else:
            continue
        new |= _lower_first_names(new, lex) if m.entity == "PERSON" else set()
        for f in new:
            forms.setdefault(f, m)
    out: list[Merged] = []
    # each source's score and strongest detector, once (a source gives many forms; its explanations may be many)
    copied: dict[int, tuple[float, str]] = {}
    for form, source in forms.items():
        if id(source) not in copied:
            copied[id(source)] = (min(source.score, 0.9), _strongest(source))  # an uncertain source: uncertain copies
        score, src = copied[id(source)]
        word_like = " " not in form and (lex.is_ordinary_word(form) or form in lex.ambiguous)
        initial = _email_initial(text[source.start : source.end]) if source.entity == "EMAIL_ADDRESS" else ""
        short_of: str | None = None  # the first name _given_of gives, made at the first occurrence that asks for it
        for occ in _found(text, form):
            if any(s <= occ.start() < e for s, e in skip_spans):
                continue
            start = occ.start()
            first = _FIRST_BEFORE.search(text, max(0, start - 30), start)
            if initial and first and first.group(1)[:1].lower() == initial and not lex.is_ordinary_word(first.group(1)):
                start = first.start(1)  # "Xiaoling Huang" beside x.huang@...: the first name agrees with the address
            elif first and _short_form(first.group(1), short_of := _short_of(short_of, text, source, form)):
                start = first.start(1)  # "Dan Whitmore" signs the mail of Daniel Whitmore: his first name, shortened
            if form in GIVEN_MONTHS and DATE_AROUND.search(text, max(0, occ.start() - 6), occ.end() + 6):
                continue  # "15 Mei 2024" is the month, whoever Mei is
            # (asked only of a form that is a word too: the tests below read them for no other)
            mid = word_like and mid_sentence(text, occ.start())
            # "Mei, kun jij ...": someone spoken to; "Contactpersoon bij de provincie: Roos.": a person's field
            called = (word_like or form in called_only) and (
                bool(VOCATIVE.match(text, occ.end()))
                or bool(PERSON_LABEL.search(text, max(0, occ.start() - 60), occ.start()))
                or bool(GREETING_BEFORE.search(text, max(0, occ.start() - 14), occ.start()))
            )
            if form in called_only and not called:
                continue  # "Dan gaan we verder": a word that is someone's first name too, where no one is called
            if word_like and not (mid or called or before_lower_word(text, occ.end()) or names_line(text, occ.start())):
                continue  # "Roos", "Kok": at a sentence start the capital says nothing
            if word_like and mid and not called and ends_proper_name(text, occ.start(), lex):
                continue  # "de Rotterdamse Hoek", "het Nationaal Park": the word ends a longer proper name
            if form in lex.places and (
                place_context(text, occ.start(), occ.end())
                # a hamlet's name ("Driessen") is this document's person's unless the text says place
                or (
                    (form.lower() in municipalities() or form in countries())
                    and not person_context(text, occ.start(), occ.end())
                )
            ):
                continue  # "mevrouw Valkenburg" is found, "in Valkenburg" is the place
            if " " not in form and ends_a_place(text, occ.start(), occ.end()):
                continue  # "Den Haag" is the city, whoever "Haag" is
            if " " not in form and _article_noun(text, occ.start(), text[source.start : source.end]):
                continue  # "naar de Dam": an article and a noun or place, whoever "Ferdi Dam" is
            if (
                " " not in form
                and (form in lex.places or form.lower() in municipalities())
                and after_postcode(text, occ.start(), occ.end())
            ):
                continue  # "9090 Melle" is the town, whoever "Melle de Vries" is
            if source.entity == "PARAPH" and _ARTICLE_CODE.search(text, max(0, occ.start() - 8), occ.start()):
                continue  # "Het KB van 2024": an article makes the code a thing, whoever signs with KB
            reason = f"another occurrence of a name found by {src}"
            expl = Explanation("propagation", score, reason, pattern=src)  # pattern: the detector of the source
            entity = source.entity if source.entity in _LITERAL_ENTITIES or source.entity == "PARAPH" else "PERSON"
            out.append(Merged(start, occ.end(), entity, (expl,)))
    return out


# "de"/"het" in small letters after no name, initial or title: "naar de Dam", not "Jan de Dam" or "mevrouw de Dam"
_ARTICLE_BEFORE = compiled(r"(?<![\p{L}.])(?P<prev>[\p{L}.]+[ \u00a0]+)?(?:de|het)[ \u00a0]+\Z")
_ARTICLE_IN = compiled(r"(?i:(?<![\p{L}])(?:de|het)[ \u00a0]+)")  # the name's own particle: "Jan de Dam"


def _article_noun(text: str, start: int, name: str) -> bool:
    """A surname's copy right after the article "de" or "het" in small letters, where the name found has no such
    particle and no name, initial or title stands before the article: the word as a noun or a place."""
    # (the pattern's end first: "de" or "het" and white space right before the copy)
    gap = start
    while gap > 0 and text[gap - 1] in " \u00a0":
        gap -= 1
    if gap == start or not (text.startswith("de", gap - 2) or text.startswith("het", gap - 3)):
        return False
    m = _ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if m is None or _ARTICLE_IN.search(name):
        return False
    prev = (m.group("prev") or "").strip()
    return not (prev[:1].isupper() or prev.endswith(".") or prev.lower() in load_lexicons().honorifics)


def _short_of(known: str | None, text: str, source: Merged, form: str) -> str:
    """``known``, or when None, :func:`_given_of` for the ``source`` found and the ``form`` sought ("" for a
    source that is no person)."""
    if known is not None:
        return known
    return _given_of(text[source.start : source.end], form) if source.entity == "PERSON" else ""


def _given_of(name: str, form: str) -> str:
    """The first name of a found ``name`` of two words or more, when ``form`` is its surname alone ("Daniel" of
    "Daniel Whitmore" for "Whitmore"), else ""."""
    words = natural_order(name).split()
    if len(words) < 2 or " " in form or words[0].endswith(".") or form not in words[1:]:
        return ""
    return words[0] if words[0][:1].isupper() else ""


def _short_form(word: str, given: str) -> bool:
    """``word`` is ``given`` cut short, as people sign with it: "Dan" of "Daniel", "Alex" of "Alexander"."""
    return 3 <= len(word) < len(given) and given.lower().startswith(word.lower())


def _lower_first_names(forms: set[str], lex: Lexicons) -> set[str]:
    """A first name as chats and quick replies write it, in small letters ("femke heb jij ...", "@sjoerd"):
    only one that is no Dutch or English word ("mark", "rob", "roos" are)."""
    return {
        f.lower()
        for f in forms
        if " " not in f
        and len(f) >= 4
        and f[:1].isupper()
        and f[1:].islower()
        and lex.is_first_name(f)
        and f.lower() not in lex.dutch_words
        and f.lower() not in lex.english_words
        and f not in lex.ambiguous
    }


def _strongest(source: Merged) -> str:
    """The detector of a name's strongest evidence: a copy of "Lies Zwart" from an attendance list
    (found by first_name and header_field) is a copy of a structurally found name."""
    return max(source.explanations, key=lambda e: DETECTOR_STRENGTH.get(e.detector, 0)).detector


def batch_candidates(text: str, names: Sequence[str], skip: Iterable[tuple[int, int]] = ()) -> list[Merged]:
    """Occurrences in ``text`` of names redacted in other documents of the same batch."""
    lex = load_lexicons()
    skip_spans = list(skip)
    # (not a part of a double surname alone: "Dijkstra" of Auke Dijkstra-Bruinsma is someone else in another
    # document, "Six Dijkstra" the Kamerlid; the whole double surname is hers everywhere)
    forms = {f for name in names for f in name_forms(name, lex) - _double_name_parts(name)}
    out: list[Merged] = []
    for form in sorted(forms):
        for occ in _found(text, form, gate=True):
            if any(s <= occ.start() < e for s, e in skip_spans):
                continue
            at = (text, occ.start(), occ.end())
            if (form in lex.places and (place_context(*at) or not person_context(*at))) or ends_a_place(*at):
                continue  # "Den Haag" is the city, whoever "Haag" is in another document
            if form in countries() and not titled(text, occ.start()):
                continue  # "reisschema Brussel": a city abroad, whoever "Ruud Brussel" is in another document
            reason = "a name redacted in another document of this batch"
            out.append(Merged(occ.start(), occ.end(), "PERSON", (Explanation("batch_propagation", 0.8, reason),)))
    return out


def _double_name_parts(name: str) -> set[str]:
    """The parts of the double surnames in ``name``, each alone and in capitals ("Dijkstra", "BRUINSMA")."""
    parts = {p for w in name.split() if "-" in w for p in w.split("-") if p}
    return parts | {p.upper() for p in parts}


def forms_present(text: str, names: Sequence[str]) -> tuple[str, ...]:
    """Which of ``names`` (full names from other documents) have a form that occurs in ``text``."""
    lex = load_lexicons()
    return tuple(n for n in names if any(next(iter(occurrences(text, f)), None) for f in name_forms(n, lex)))
