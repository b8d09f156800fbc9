"""Propagation: once a name is found, find every other occurrence of it.

From each person finding we derive the forms in which the same person is
referred to (the full name, the surname with its tussenvoegsel, the first
name alone) and from each personal e-mail address the name in its local part.
Every occurrence of those forms in the document becomes a candidate too,
including one broken over a line break.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

import regex

from ..model import Explanation
from .evidence import DETECTOR_STRENGTH
from .grammar import PERSON_TITLE, TITLE, compiled, natural_order
from .lexicons import Lexicons, load_lexicons, places_of_several_words
from .merge import Merged

_INITIAL = re.compile(r"^(?:[A-Z]|IJ|Th|Chr|Ph)\.$")


def _remembered(make: Callable[[str, Lexicons], set[str]]) -> Callable[[str, Lexicons], set[str]]:
    """``make(name, lex)`` remembered per name (for the last word lists given): a batch's names recur in
    every document and both phases, and each document's names are spread several times over. Each
    call gets a set of its own to change."""
    made: dict[str, frozenset[str]] = {}
    lists: list[Lexicons] = []

    @functools.wraps(make)
    def remembered(name: str, lex: Lexicons) -> set[str]:
        if not lists or lists[0] is not lex:
            made.clear()
            lists[:] = [lex]
        found = made.get(name)
        if found is None:
            if len(made) >= 1 << 13:  # a few MB
                made.clear()
            found = made[name] = frozenset(make(name, lex))
        return set(found)

    return remembered


WEAK_SOURCES = frozenset({"ner", "propagation", "name_extension"})
_LONGEST_GIVEN = 10  # letters: longer unknown words are compounds far more often than given names


@_remembered
def name_forms(name: str, lex: Lexicons) -> set[str]:
    """Forms of a person's name worth searching for on their own."""
    tokens = [t for t in re.split(r"[\s\u00a0]+", natural_order(name).strip()) if t]
    tokens = [t for t in tokens if not _INITIAL.match(t) and not re.fullmatch(r"(?:[A-Z]\.)+", t)]
    tokens = [t for t in tokens if not compiled(rf"^(?:{TITLE})$").match(t) and not t.startswith("(")]
    if not tokens:
        return set()
    forms = {" ".join(tokens)}
    if name.count(",") == 1 and len(name.split()) >= 2:
        forms.add(" ".join(name.split()))  # "Ploeg, Hidde van der" as e-mail headers write it
    tvs = set(lex.tussenvoegsels)
    # Surname: the last token with the tussenvoegsels before it.
    k = len(tokens) - 1
    while k > 0 and " ".join(tokens[k - 1 : k]).lower() in tvs:
        k -= 1
    sur = tokens[k:]
    if len(sur) == 1 and k >= 2 and tokens[k - 1][:1].isupper() and not lex.is_first_name(tokens[k - 1]):
        sur = tokens[k - 1 :]  # a surname of two words: "Samira Aït Haddou", "J.B. Tavares Semedo"
    if sur:
        forms.add(" ".join(sur))
        if len(sur) > 1:
            forms.add(" ".join([sur[0][:1].upper() + sur[0][1:]] + sur[1:]))
            forms.add(" ".join([sur[0].lower()] + sur[1:]))
        last = sur[-1]
        if len(sur) == 1 and len(last) >= 4 and last[-1] not in "sxz" and not lex.is_ordinary_word(last):
            forms.add(last + "s")  # "Jansens voorstel", "Öztürks vader": the possessive
        if "-" in last:
            for part in last.split("-"):
                if len(part) >= 4 and part in lex.surnames:
                    forms.add(part)
            head = last.split("-")[0]
            if len(sur) > 1 and len(head) >= 3 and head[:1].isupper() and not lex.is_ordinary_word(head):
                # "van Rossum-Akkerman" is "Van Rossum" too: the particles go with the first part
                own = [*sur[:-1], head]
                forms.add(" ".join(own))
                forms.add(" ".join([own[0][:1].upper() + own[0][1:], *own[1:]]))
    first = tokens[0]
    if k > 0 and (first in lex.first_names or _unknown_but_safe(first, lex)) and first not in lex.stop_words:
        forms.add(first)
    forms = {f for f in forms if _has_name_part(f, tvs)}
    # the same name in capitals, as signatures and header blocks print it ("ROEL VAN 'T HOF")
    return forms | {f.upper() for f in forms if len(f) >= 5 and (" " in f or not lex.is_ordinary_word(f))}


def _mid_sentence(text: str, start: int) -> bool:
    """A capital here is not the start of a sentence, heading or line."""
    before = text[max(0, start - 3) : start]
    return bool(before) and before[-1] in " \u00a0" and before.rstrip()[-1:] not in (".", "!", "?", ":", "\n", "")


def _before_lower_word(text: str, end: int) -> bool:
    """Followed by a lower-case word, as a subject by its verb: "Roos vraagt", "Koning vindt"."""
    return bool(compiled(r"\A[ \u00a0]+\p{Ll}").match(text[end : end + 3]))


_LOCATIVE = compiled(
    r"(?i:\b(?:in|te|naar|uit|bij|rond|om|nabij|vanuit|tussen|gemeente|provincie|regio|station|richting)"
    r"[ \u00a0]+)\Z"
)


_TITLE_BEFORE = compiled(
    rf"(?:(?<![\p{{L}}])(?:{PERSON_TITLE})|(?:\p{{Lu}}\.[ \u00a0]?)+)[ \t\u00a0]*\n?[ \t\u00a0]*\Z"
)
_CAPITAL_BEFORE = compiled(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0]+\Z")


def _ends_proper_name(text: str, start: int, lex: Lexicons) -> bool:
    """A capitalised word that is no title or first name stands right before: "Rotterdamse [Hoek]"."""
    prev = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if prev is None:
        return False
    word = prev.group(1)
    return not compiled(rf"\A(?:{PERSON_TITLE})\Z").match(word) and not lex.is_first_name(word)


_WORD_BEFORE = compiled(r"(?<![\p{L}])([\p{L}]+)[ \u00a0]+\Z")


def _person_context(text: str, start: int, end: int) -> bool:
    """A copy of a surname that is also a place stands as a person's: after a title or initials ("mevrouw
    Valkenburg", "J. Zwolle"), or as a sentence's subject, a function word before and a small word after
    ("Volgens Ter Haar is", "dat Zwolle vraagt"); not "Tijdelijke wet Groningen", "9700 AE Groningen"."""
    if _TITLE_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _names_line(text, start):
        return True  # a table's cell of names: "Rutten" under "W. de Graaf-Zijlstra"
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    # ("van" and "aan" aside: "de burgemeester van Rozendaal", "aan Zwolle" are the places)
    word = prev.group(1).capitalize() if prev else ""
    function_word = word in load_lexicons().stop_words and word not in ("Van", "Aan")
    clause_start = not _mid_sentence(text, start) or text[max(0, start - 3) : start].rstrip()[-1:] in (";", ",", "(")
    return (function_word or clause_start) and (_before_lower_word(text, end) or text[end : end + 1] in (",", ";", ")"))


def _place_context(text: str, start: int, end: int) -> bool:
    """A name that is also a place, used as the place: "in Zwolle", "gemeente Valkenburg", "Zwolle-Zuid",
    "Valkenburg aan de Geul"."""
    if _LOCATIVE.search(text[max(0, start - 20) : start]) or text[end : end + 1] == "-":
        return True
    following = " ".join(text[start : start + 60].split()).lower()
    if any(following.startswith(p) for p in _longer_places().get(text[start:end].lower(), ())):
        return True
    return _ends_a_place(text, start, end)


def _ends_a_place(text: str, start: int, end: int) -> bool:
    """The word ends or begins a place name of several words: "Haag" in "Den Haag", "Rijn" in "Alphen aan
    den Rijn", "Wijk" in "Wijk bij Duurstede"."""
    preceding = " ".join(text[max(0, start - 40) : end].split()).lower()
    if any(
        preceding.endswith(p) and (len(preceding) == len(p) or not preceding[-len(p) - 1].isalpha())
        for p in _places_by_last_word().get(text[start:end].lower(), ())
    ):
        return True
    following = " ".join(text[start : start + 60].split()).lower()
    return any(
        following.startswith(p) and not following[len(p) : len(p) + 1].isalpha()
        for p in _longer_places().get(text[start:end].lower(), ())
    )


def _longer_places() -> dict[str, tuple[str, ...]]:
    """Places of several words by their first word, lower case: "valkenburg" -> ("valkenburg aan de geul",)."""
    return places_of_several_words(0)


def _places_by_last_word() -> dict[str, tuple[str, ...]]:
    """Places of several words by their last word, lower case: "haag" -> ("den haag",)."""
    return places_of_several_words(-1)


def _has_name_part(form: str, tvs: set[str]) -> bool:
    """At least one capitalised part that is not a tussenvoegsel, and 3+ letters."""
    words = form.split()
    return len(form) >= 3 and any(w[:1].isupper() and w.lower() not in tvs for w in words)


def _unknown_but_safe(word: str, lex: Lexicons) -> bool:
    """A first word of a found full name that is no word of anything else (Xiaoling, Yohanes)."""
    return (
        len(word) >= 4
        and word[:1].isupper()
        and not lex.is_ordinary_word(word)
        and not lex.is_non_person_word(word)
        and word not in lex.places
        and word.lower() not in lex.organisation_words
        and word not in lex.honorifics
    )


_FIRST_BEFORE = compiled(r"(?<![\p{L}.'’-])(\p{Lu}\p{Ll}{2,})[ \u00a0]+\Z")


def _email_initial(address: str) -> str:
    """The first letter of the given name in a local part "x.huang" or "xiaoling.huang", or ''."""
    parts = [p for p in re.split(r"[._-]+", address.split("@", 1)[0]) if p]
    return parts[0][:1].lower() if len(parts) >= 2 and parts[0].isalpha() else ""


_LOCAL_SUFFIXES = frozenset({"ext", "extern", "external", "inhuur", "adm", "admin", "prive", "privé"})


def email_forms(address: str, lex: Lexicons) -> set[str]:
    """Name forms found in an e-mail local part: sanne.visser, j.de.vries, svisser."""
    local = address.split("@", 1)[0]
    parts = [p for p in re.split(r"[._-]+", local) if p]
    while len(parts) > 2 and (parts[-1].lower() in _LOCAL_SUFFIXES or parts[-1].isdigit()):
        parts.pop()  # "x.huang_ext", "j.devries2"
    forms: set[str] = set()
    if len(parts) < 2:
        return forms
    tvs = {t.lower() for t in lex.tussenvoegsels}
    sur_parts = [parts[-1]]
    k = len(parts) - 2
    while k >= 0 and parts[k].lower() in tvs:
        sur_parts.insert(0, parts[k])
        k -= 1
    core = parts[-1].capitalize()
    # an unknown surname counts after an initial or a known first name: "x.huang", "kwame.ofori"
    person_like = k >= 0 and (len(parts[0]) == 1 or lex.is_first_name(parts[0].capitalize()))
    if len(core) >= 3 and (core in lex.surnames or (person_like and _unknown_but_safe(core, lex))):
        tv = " ".join(p.lower() for p in sur_parts[:-1])
        forms.add(f"{tv} {core}".strip())
        if tv:
            forms.add(f"{tv[0].upper()}{tv[1:]} {core}")
    if k >= 0:
        first = parts[0].capitalize()
        if len(first) >= 3 and lex.is_first_name(first) and first not in lex.ambiguous:
            forms.add(first)
    joined = "".join(parts).lower()
    if person_like and len(joined) >= 7 and joined.isalpha():
        forms.add(joined)  # "Aangemaakt door nvaneerden": the user name an application made of n.vaneerden@
    return {f for f in forms if not lex.is_ordinary_word(f)}


def _pattern(form: str) -> regex.Pattern[str]:
    body = r"[\s\u00a0]+".join(regex.escape(p) for p in form.split())
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
_CODE_BEFORE = compiled(r"(?<![\w@.\-])")
_CODE_AFTER = compiled(r"(?![\w@]|-\p{Lu})")


def _literal(text: str, word: str, before: regex.Pattern[str], after: regex.Pattern[str]) -> Iterator[_Span]:
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


def _words(text: str, words: Sequence[str]) -> Iterator[_Span]:
    """The matches of :func:`_pattern` for a form of these words (its split parts), found as
    :func:`_literal` finds one word: the first word by substring search, each next one after white
    space, without a pattern compiled per form (about a third of a millisecond each, for each of a
    batch's thousands of forms). A word holds no character the gap matches (str.split() splits at
    all of them), so the longest run of white space is the only one a next word can follow; a match
    ends the search at its end, as ``finditer`` does."""
    first, rest = words[0], words[1:]
    pos = text.find(first)
    while pos >= 0:
        end: int | None = pos + len(first)
        for word in rest:
            gap = _GAP.match(text, end)
            if gap is None or not text.startswith(word, gap.end()):
                end = None
                break
            end = gap.end() + len(word)
        if end is not None and _FORM_BEFORE.match(text, pos) and _FORM_AFTER.match(text, end):
            yield _Span(pos, end)
            pos = text.find(first, end)
        else:
            pos = text.find(first, pos + 1)


def occurrences(text: str, form: str) -> Iterator[_Span] | Iterator[regex.Match[str]]:
    """Where a name form stands in ``text`` as a word (several words: any white space between), as
    :func:`_pattern` finds it."""
    if " " not in form and "\u00a0" not in form:
        return _literal(text, form, _FORM_BEFORE, _FORM_AFTER)
    words = form.split()
    return _words(text, words) if words else _pattern(form).finditer(text)


_FOUND = threading.local()  # per thread: a Dask worker run with several threads shares this module


def _found(text: str, form: str) -> list[_Span]:
    """:func:`occurrences`, remembered for the last text (the same object): propagation's second round
    searches the first round's forms again, and the batch's names are searched for beside them."""
    memo = _FOUND
    if getattr(memo, "text", None) is not text:
        memo.text, memo.spans = text, {}
    spans: dict[str, list[_Span]] = memo.spans
    if form not in spans:
        spans[form] = [_Span(occ.start(), occ.end()) for occ in occurrences(text, form)]
    return spans[form]


def propagate(text: str, found: Sequence[Merged], skip: Iterable[tuple[int, int]] = ()) -> list[Merged]:
    """Candidates for every other occurrence of the found names in ``text``."""
    lex = load_lexicons()
    skip_spans = list(skip)
    forms: dict[str, Merged] = {}
    for m in found:
        weak = {e.detector for e in m.explanations} <= WEAK_SOURCES
        if weak and len(text[m.start : m.end].split()) < 2:
            continue  # a single word found only by the statistical model is not spread further
        cell = m.cell
        if cell is not None:
            # a piece of a wrapped cell ("van", "Zwolle", "9") is spread as the cell's whole name, if a name
            new = name_forms(" ".join(cell.split()), lex) if m.entity == "PERSON" else set()
        elif m.entity == "PERSON":
            new = name_forms(text[m.start : m.end], lex)
            given = natural_order(text[m.start : m.end]).split()[0]
            if weak and not lex.is_first_name(given) and len(given) > _LONGEST_GIVEN:
                # of a name only the model found, a first word no list knows is spread alone only if it is
                # as short as given names are ("Olumide", "Kavya"): in "Succescriterium Elke" the model took a
                # heading's compound for one
                new = {f for f in new if f.lower() != given.lower()}
        elif m.entity == "EMAIL_ADDRESS":
            new = email_forms(text[m.start : m.end], lex)
        elif m.entity in ("ADDRESS", "NL_BSN", "IBAN_CODE"):
            new = {" ".join(text[m.start : m.end].split())}  # "op het adres Tsjerkebuorren\n4", "Dossier 2319..."
        else:
            continue
        new |= _lower_first_names(new, lex) if m.entity == "PERSON" else set()
        for f in new:
            forms.setdefault(f, m)
    out: list[Merged] = []
    for form, source in forms.items():
        score = min(source.score, 0.9)  # an uncertain source gives uncertain copies
        src = _strongest(source)
        word_like = " " not in form and (lex.is_ordinary_word(form) or form in lex.ambiguous)
        initial = _email_initial(text[source.start : source.end]) if source.entity == "EMAIL_ADDRESS" else ""
        for occ in _found(text, form):
            if any(s <= occ.start() < e for s, e in skip_spans):
                continue
            start = occ.start()
            first = _FIRST_BEFORE.search(text, max(0, start - 30), start)
            if initial and first and first.group(1)[:1].lower() == initial and not lex.is_ordinary_word(first.group(1)):
                start = first.start(1)  # "Xiaoling Huang" beside x.huang@...: the first name agrees with the address
            mid = _mid_sentence(text, occ.start())
            if word_like and not (mid or _before_lower_word(text, occ.end()) or _names_line(text, occ.start())):
                continue  # "Roos", "Kok": at a sentence start the capital says nothing
            if word_like and mid and _ends_proper_name(text, occ.start(), lex):
                continue  # "de Rotterdamse Hoek", "het Nationaal Park": the word ends a longer proper name
            if form in lex.places and (
                _place_context(text, occ.start(), occ.end()) or not _person_context(text, occ.start(), occ.end())
            ):
                continue  # "mevrouw Valkenburg" is found, "in Valkenburg" is the place
            if " " not in form and _ends_a_place(text, occ.start(), occ.end()):
                continue  # "Den Haag" is the city, whoever "Haag" is
            reason = f"another occurrence of a name found by {src}"
            expl = Explanation("propagation", score, reason, pattern=src)  # pattern: the detector of the source
            entity = source.entity if source.entity in ("ADDRESS", "NL_BSN", "IBAN_CODE") else "PERSON"
            out.append(Merged(start, occ.end(), entity, (expl,)))
    return out


_NAMES_LINE = compiled(r"\A[ \t]*(?:\p{Lu}[\p{L}'’-]+[ \t]*(?:[/&,][ \t]*|\Z))+\Z")


def _names_line(text: str, start: int) -> bool:
    """The line holds nothing but capitalised words between slashes or commas: a table's "Wie" cell
    ("Ploeg", "Groen / Haddou"), where a surname that is also a word is the person's."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) <= 40 and bool(_NAMES_LINE.match(line))


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
    forms = {f for name in names for f in name_forms(name, lex)}
    out: list[Merged] = []
    for form in sorted(forms):
        for occ in _found(text, form):
            if any(s <= occ.start() < e for s, e in skip_spans):
                continue
            at = (text, occ.start(), occ.end())
            if (form in lex.places and (_place_context(*at) or not _person_context(*at))) or _ends_a_place(*at):
                continue  # "Den Haag" is the city, whoever "Haag" is in another document
            reason = "a name redacted in another document of this batch"
            out.append(Merged(occ.start(), occ.end(), "PERSON", (Explanation("batch_propagation", 0.8, reason),)))
    return out


def forms_present(text: str, names: Sequence[str]) -> tuple[str, ...]:
    """Which of ``names`` (full names from other documents) have a form that occurs in ``text``."""
    lex = load_lexicons()
    return tuple(n for n in names if any(next(iter(occurrences(text, f)), None) for f in name_forms(n, lex)))


@_remembered
def paraph_codes(name: str, lex: Lexicons) -> set[str]:
    """The initials a person with this name may sign with.

    Jan van den Berg -> JvdB, JB, JBe, JvdBe; F.E. Bakker -> FEB, FB; Sjoerd Hoekstra -> SH, SjH;
    Robin Sanders -> RS, RSa; Maarten Scholten -> MSch; Sophie Lambrechts -> SL and S.L. Only codes
    with at least two capitals.
    """
    tokens = [t for t in re.split(r"[\s\u00a0]+", natural_order(name).strip()) if t]
    # "van 's-Gravesande": the particle written onto the name is a particle of its own (JWvsG)
    tokens = [p for t in tokens for p in (re.split(r"(?<=^['’]s)-", t) if re.match(r"['’]s-\w", t) else [t])]
    tvs = {t for t in lex.tussenvoegsels if " " not in t}
    k = len(tokens) - 1
    # "Yıldırım-de Koning": a double name whose second part has particles belongs to the surname too
    while k > 0 and (tokens[k - 1].lower() in tvs or tokens[k - 1].rsplit("-", 1)[-1].lower() in tvs):
        k -= 1
    given, surname_words = tokens[:k], tokens[k:]
    given = [g for g in given if g.lower() not in tvs]
    if not given or not surname_words or not surname_words[-1][:1].isupper():
        return set()
    # "F.E." -> FE, "Evert-Jan" -> EJ, "Sanne" -> S
    initials = "".join(p[:1] for g in given for p in regex.split(r"[.-]", g) if p)
    firsts = {initials[:1], initials}
    if len(given[0]) > 1 and "." not in given[0]:
        firsts.add(given[0][:2])  # "Sj", "Ch", "Ma"
    # per part of a double name: particles small, the name capital ("van den Berg" vdB, "Yıldırım-de Koning" YdK)
    words = [w for part in " ".join(surname_words).split("-") for w in part.split() if w]
    full = "".join(w.lstrip("'’")[:1].lower() if w.lower() in tvs else w[:1].upper() for w in words)
    bare = "".join(w[:1].upper() for w in words if w.lower() not in tvs)
    second, third = words[-1][1:2].lower(), words[-1][1:3].lower()  # "RSa", "MSch"
    surs = {full, bare, full + second, bare + second, full + third, bare + third}
    codes = {f + s for f in firsts for s in surs}
    codes |= {".".join(c) + "." for c in codes if c.isupper() and len(c) <= 3}  # "S.L." as a paraph
    return {c for c in codes if len(c) >= 2 and sum(ch.isupper() for ch in c) >= 2}


# "(EY", ": EY", a line of its own, "RK / RSa", "(DUO, EY)": where a code stands as a paraph
_PARAPH_PLACE = compiled(r"(?:\(|:|\n|^|/|(?i:\bactie)|\([^()\n]{1,30},)[ \t]*\Z")
_PARAPH_WORD = compiled(r"(?i:\b(?:opmerking|reactie|noot|commentaar|vraag|paraaf|akkoord|gezien))[ \t]*\Z")
_COMMENT_AFTER = compiled(r"\A:[ \t]+\p{Ll}")  # "LB: graag nog afstemmen": a commenter's initials
_DATE_AFTER = compiled(
    r"\A[ \t]+\d{1,2}(?:[-/.]\d{1,2}|[ \t]+(?i:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec))"
)


def paraph_candidates(text: str, found: Sequence[Merged]) -> list[Merged]:
    """Other occurrences of paraphs: the initials of the people the document names ("Actie: JvdB",
    "(MdGR)", "Stand SjH") and every paraph found elsewhere in it.

    A code of three letters or more counts anywhere as a word (a public acronym aside);
    a two-letter code only in brackets, after a colon or "actie", or at the start of a line.
    """
    lex = load_lexicons()
    codes: set[str] = set()
    ends: dict[str, set[int]] = {}  # a code -> where the names it abbreviates end
    for m in found:
        if m.entity != "PERSON":
            continue
        # a name wrapped in a table cell is found piece by piece: the whole name is the cell's
        for name in (text[m.start : m.end], m.cell or ""):
            if len(name.split()) >= 2:
                own = paraph_codes(" ".join(name.split()), lex)
                codes |= own
                for code in own:
                    ends.setdefault(code, set()).add(m.end)
    seen = {text[m.start : m.end] for m in found if m.entity == "PARAPH"}
    out: list[Merged] = []
    for code in sorted(codes | seen):
        for occ in _literal(text, code, _CODE_BEFORE, _CODE_AFTER):
            place = (
                bool(_PARAPH_PLACE.search(text[max(0, occ.start() - 32) : occ.start()]))
                or bool(_PARAPH_WORD.search(text[max(0, occ.start() - 16) : occ.start()]))
                or bool(_DATE_AFTER.match(text[occ.end() : occ.end() + 16]))  # an action list: owner, then deadline
                or bool(_COMMENT_AFTER.match(text[occ.end() : occ.end() + 4]) and code not in lex.acronyms)
                or _after_own_name(text, occ.start(), ends.get(code, set()))
            )
            if len(code) < 3 and not place:
                continue
            if code not in seen and not place and (code in lex.acronyms or code.lower() in lex.common_words):
                continue
            if len(code) > 2 and code.lower() in lex.english_words and code not in seen:
                continue
            why = "a paraph found elsewhere in this document" if code in seen else "the initials of a person named here"
            expl = Explanation("derived_paraph", 0.85, why, pattern="initials of a named person")
            out.append(Merged(occ.start(), occ.end(), "PARAPH", (expl,)))
    return out


_NAME_THEN_CODE = compiled(r"\A[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[,/;–-][ \t]*\Z")


def _after_own_name(text: str, start: int, name_ends: set[int]) -> bool:
    """The code follows the name it abbreviates: "Maud Wolters (afdelingshoofd), MW"."""
    return any(0 <= start - e <= 48 and _NAME_THEN_CODE.match(text[e:start]) for e in name_ends)
