"""Table cells whose text wraps over several lines ("Bart" / "van" / "den" / "Berg").

A narrow table column breaks a name or an address into one word a line. Read
row by row, those words are separate lines between the other columns' cells,
and no name or address rule sees them together. Here the lines of one cell
are put back together by geometry (:mod:`.cell_lines`): short segments of a table row (a row with
other segments beside them), left-aligned and each directly under the one
before. A cell that reads as a person's name, or as a street with its number,
is reported piece by piece, each piece explained by the whole cell; so is a
phone number broken over a cell's lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...model import Document, Explanation, Line
from ..grammar import INITIALS, LEGAL_FORM_INITIALS, TITLE, compiled
from ..lexicons import load_lexicons, organisation_ending, place_not_surname
from ..span_edges import noun_like
from .address_words import (
    _AFTER_PERSON,
    _OFFICE,
    _POSTCODE_RE,
    _STREET_RE,
    NAMED_INSTITUTIONS,
    _is_public,
    _street_start,
)
from .cell_lines import _ALIGN, _cells, _join, _Piece, _rows, _segments, _spans
from .cell_words import GIVEN, caps_surname_below, known_given, surname_only, unknown_word
from .phones import DutchPhoneRecognizer
from .structure import Candidate, name_like
from .structure_base import unit_code

__all__ = ["wrapped_cells"]

_INITIAL = compiled(rf"^{INITIALS}$")
_DATE = compiled(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}(?!\d)")


_TITLES = compiled(rf"^(?:{TITLE}[ \t\u00a0]+)+")


def _name_start(cell: str) -> int | None:
    """Where a person's name begins in the cell, past its titles ("ir. Diederik" / "van Lohuizen"); None
    for a cell that is no name."""
    titles = _TITLES.match(cell)
    start = titles.end() if titles else 0
    return start if _is_name(cell[start:]) else None


# ("Novák, J. (Novak)": the name as another system spells it, in brackets after it)
_MORE_GIVEN = r"(?:[ \t]+(?:(?:bin|ibn|bint|binti|ben)[ \t]+)?\p{Lu}[\p{Ll}'’-]+){0,3}"
# (given names may be several, with an Arabic patronymic: "AL-HASHIMI, Khalid bin Salman", "BERG, Hendrikus Johannes")
_INVERTED = compiled(
    rf"^(?P<sur>[^,]{{2,60}}),[ \t]*(?P<given>{INITIALS}|\p{{Lu}}[\p{{Ll}}'’-]+)"
    rf"(?P<more>{_MORE_GIVEN})"
    rf"(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*$"
)
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti", "ben"})
_SURNAME_WORD = compiled(r"^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*$")


def _is_inverted(cell: str) -> bool:
    """A name written surname first, comma, initials or first name ("VAN DER PLOEG-BAKKER, M.", "Zhang, Li")."""
    m = _INVERTED.match(cell)
    if not m:
        return False
    lex = load_lexicons()
    given = m.group("given").strip()
    initials = bool(_INITIAL.match(given))
    more = m.group("more").split()
    if more and (initials or not all(lex.is_first_name(w) or w in _PATRONYMIC for w in more)):
        return False  # "Zhang, Li Wei": every further given name a first name too
    words = m.group("sur").split()
    tvs = {w for t in lex.tussenvoegsels for w in t.split()}  # "Op de Beeck": "op" of "op de"
    last = [w for w in words if w.lower() not in tvs]
    # a first name that is a word too ("Op de Beeck, Storm", "D'Angelo, Mei") after a surname that can be
    # nothing else: its particles, a known surname, an apostrophe
    sure = len(last) < len(words) or any(lex.is_surname(w.title()) or "'" in w or "’" in w for w in last)
    # (a listed first name that is a month or a stop word too, "D'Angelo, Mei", only after a sure surname)
    first = lex.is_first_name(given) or (sure and given in lex.first_names)
    if not (initials or (first and (not lex.is_ordinary_word(given) or sure))):
        return False
    # after initials a word may be a surname too ("DE LA COURT, S.C.E."); after a first name it must not
    return len(last) in (1, 2) and all(
        _SURNAME_WORD.match(w)
        and w.lower() not in lex.organisation_words
        and (initials or lex.is_surname(w.title()) or not lex.is_ordinary_word(w.title()))
        for w in last
    )


_CALLED = compiled(r"[ \t]*\(\p{Lu}\p{Ll}+\)[ \t]*")


def _is_name(cell: str) -> bool:
    """A person's name: name-like, and its first word a known first name or initials; or written
    surname first ("DE LA COURT, S.C.E.")."""
    lex = load_lexicons()
    if _is_inverted(cell):
        return True
    cell = _CALLED.sub(" ", cell)  # "Hendrika (Rieke) Boersma": the name she goes by, in brackets
    words = cell.split()
    bare = compiled(r"(?<![\p{L}])['’]s-(?=\p{Lu})").sub("", cell)  # "Joost van 's-Gravesande"
    if len(words) < 2 or not name_like(bare, lex) or cell in lex.places:
        return False
    first = words[0]
    if _LEGAL_FORM.match(first):
        return False
    if (lex.is_first_name(first.split("-")[0]) and not lex.is_ordinary_word(first)) or _INITIAL.match(first):
        return True
    # "Oliwia" / "Zielińska": a first name no list knows, over a surname the lists know and know as nothing else
    return len(words) == 2 and unknown_word(first) and surname_only(words[1])


_ADDRESS_HEAD = compiled(r"(?i:^[ \t]*(?:adres|thuisadres|woonadres|huisadres|privéadres|postadres)[ \t]*:?[ \t]*$)")


def _headed(doc: Document, lines: Sequence[Line], k: int) -> bool:
    """An address column's header above line ``k`` (at its x), or a row label left of it ("Adres")."""
    a = lines[k].box
    for ln in lines:
        b = ln.box
        if b.page != a.page or not _ADDRESS_HEAD.match(doc.text[ln.start : ln.end]):
            continue
        above = abs(b.x0 - a.x0) <= _ALIGN and b.y0 > a.y1
        left = abs(b.y1 - a.y1) < 0.5 * max(a.y1 - a.y0, 1.0) and b.x1 < a.x0
        if above or left:
            return True
    return False


def _names(doc: Document, lines: Sequence[Line], chain: list[int], beside: dict[int, int]) -> list[list[int]]:
    """The chain cut where a line begins a new name: a column without row padding runs its cells
    together ("Bart" / "van" / "den" / "Berg" / "Sophie" / "Lambrechts"). ``beside``: how many other segments
    share each line's row (:func:`_beside_counts`)."""
    lex = load_lexicons()
    tvs = {t for t in lex.tussenvoegsels if " " not in t}
    runs: list[list[int]] = []
    so_far = ""
    heads = [doc.text[lines[k].start : lines[k].end].split()[0] for k in chain]
    # (a chain of two lines is one cell: "Paul" / "Heemskerk")
    names_column = len(chain) <= 2 or any(lex.is_first_name(w.split("-")[0]) and w not in lex.surnames for w in heads)
    for k in chain:
        line = doc.text[lines[k].start : lines[k].end]
        # a name goes on after its first names, a tussenvoegsel or a hyphen ("Inge" / "Aarts-" / "van Beek",
        # "ir. Diederik" / "van Lohuizen"); after a whole name ("Mariska Vlieger") or a column's header
        # ("Vervanger" / "Hatice") the next line is the next row's cell
        words = so_far.split()
        particle_next = line.split()[0] in tvs if line.split() else False  # "Peter" / "van Dam"
        titled_given = bool(line.split()) and _TITLED_GIVEN.fullmatch(so_far) is not None
        open_ = (
            bool(words)
            and (
                words[-1].lower() in tvs
                or so_far.endswith(("-", ","))  # "DE LA COURT," / "S.C.E.": the initials after the surname
                or _given_only(so_far, names_column)
                or (len(words) == 1 and particle_next and GIVEN.match(words[0]) is not None)
                # "De heer Ruud" / "Kamphuis": a title and a first name (a surname too, "Ruud"), then a surname below
                or (titled_given and not known_given(line.split()[0]))
                # "Adrianus Cornelis" / "van Wijk": a particle in small letters begins no name of its own (Dutch writes
                # it so only after a first name or initials), it goes on with the name above
                or (particle_next and line[:1].islower() and _name_start(so_far) is not None)
            )
        )
        # "Dijkhuizen" / "Wendelien": an unknown word does not take a known first name as its surname (after a
        # comma it does: "WIJBENGA," / "Sjoukje", a name written surname first)
        first_next = bool(line.split()) and known_given(line.split()[0]) and not so_far.endswith(",")
        if first_next and not any(known_given(w) or _INITIAL.match(w) for w in words):
            open_ = False
        # "Kofi Owusu-Mensah" / "Ingeborg April": two words, then a known first name and more: the next row's name
        if first_next and len(words) >= 2 and len(line.split()) >= 2:
            open_ = False
        # a line alone on its row under one that shares its row with other cells ("5  María José García  27-05-1992"
        # / "Ortega"): the row's cell goes on, even after a whole name
        alone_below = runs and beside[k] == 0 and beside[runs[-1][-1]] > 0 and len(line.split()) == 1
        if runs and ((open_ or alone_below) and _goes_on(line) or caps_surname_below(so_far, line)):
            runs[-1].append(k)
            so_far += ("" if so_far.endswith("-") else " ") + line
        else:
            runs.append([k])
            so_far = line
    return runs


_LEGAL_FORM = compiled(rf"^(?:{LEGAL_FORM_INITIALS}|U\.A\.)$")
_TITLED_GIVEN = compiled(rf"(?:{TITLE}[ \t\u00a0]+)+\p{{Lu}}\p{{Ll}}+")  # (a cell's words hold no space)


def _given_only(text: str, names_column: bool = True) -> bool:
    """Titles, initials and first names and nothing else yet ("Hatice", "ir. Diederik", "J.P. (Joop)"): a
    lone word that no dictionary or list calls something else counts as an unknown first name."""
    lex = load_lexicons()
    titles = _TITLES.match(text)
    words = text[titles.end() if titles else 0 :].split()
    if not words or len(words) > 3 or not all(GIVEN.match(w) for w in words):
        return False
    # a word that is a surname as well ("Kok", "Tromp", "Peter") is one in a column where no cell begins
    # with a first name that is no surname ("Schipper" / "Kok" / "Timmerman")
    # ("Mila Tromp": a first name and a surname, whole)
    named = [w for w in words if not _INITIAL.match(w) and not w.startswith("(")]
    if words[-1] in lex.surnames and named and (not names_column or len(named) > 1):
        return False
    if any(_LEGAL_FORM.match(w) for w in words):
        return False  # "Coöperatie Agrifirm" / "U.A.": a legal form, no initials
    if any("-" in w and not all(lex.is_first_name(p) for p in w.split("-")) for w in named):
        return False  # "Koçak-Brons", "Lucassen-Doornbos": a double surname ("Harm-Jan" is two first names)
    if len(words) == 1 and not _INITIAL.match(words[0]):
        word = words[0]
        # an unknown word may be a first name, not a noun ("Melkveehouderij" / "Nijboer")
        noun = noun_like(word) or (len(word) > 6 and word.endswith("ij"))  # "-erij": a trade ("Boomkwekerij")
        return lex.is_first_name(word.split("-")[0]) or (_goes_on(word) and not noun)
    return all(_INITIAL.match(w) or w.startswith("(") or lex.is_first_name(w.split("-")[0]) for w in words)


def _goes_on(line: str) -> bool:
    """A line that can continue a name: a tussenvoegsel or a surname, no organisation or dictionary word
    ("Mariska" / "Vlieger" / "Servicedesk": the next row's cell)."""
    lex = load_lexicons()
    word = line.split()[0].strip(",.;:()")
    if word.isupper() and len(word) > 1:
        word = word.title()  # "BAKKER, M." in a list in capitals
    if word.lower() in {t for t in lex.tussenvoegsels if " " not in t} or lex.is_surname(word.rstrip("-")):
        return True
    if word[:1].islower():
        return False
    return not (
        lex.is_ordinary_word(word)
        or lex.is_non_person_word(word)
        or word.lower() in lex.organisation_words
        or organisation_ending(word.lower(), 3)
        or word.lower() in lex.dutch_words
        or lex.is_compound_word(word)
    )


@lru_cache(maxsize=1)
def _phones() -> DutchPhoneRecognizer:
    return DutchPhoneRecognizer()


def _after_place(cell: str, start: int, nr: int) -> int:
    """Past the postcode letters and place that end the address before ("4835 NH Breda" + "Oude Vest 9")."""
    places = load_lexicons().places
    while True:
        m = compiled(r"\S+[ \t]+").match(cell, start)
        word = m.group().strip() if m else ""
        if not m or m.end() >= nr or not (word in places or compiled(r"^[A-Z]{2}$").match(word)):
            return start  # the street's own name ("Spui 9") stays, however a place it is too
        start = m.end()


_BRACKETED = compiled(r"\(([^()\n]{3,60})\)")
_MAIL = compiled(r"[ \t]+\S+@\S+")


def _wrapped_phones(cell: str, pieces: list[_Piece]) -> list[Candidate]:
    """The pieces of a phone number broken over the lines of the ``cell``."""
    out: list[Candidate] = []
    dates = [m.span() for m in _DATE.finditer(cell)]
    for phone in _phones().analyze(cell, ["PHONE_NUMBER"]):
        if any(s < phone.end and phone.start < e for s, e in dates):
            continue  # "12-06-2026" / "20-06-2026": a column of dates, no number
        spans = _spans(pieces, phone.start, phone.end, cell)
        # "070 -" / "345 18 92": a number broken in its cell (whole ones are found as text)
        if len(_spans(pieces, phone.start, phone.end)) > 1:
            why = f"a phone number in a table cell wrapped over lines ('{cell[phone.start : phone.end]}')"
            out += [Candidate(s, e, "PHONE_NUMBER", Explanation("table_cell", 0.8, why)) for s, e in spans]
    return out


def _beside_counts(lines: Sequence[Line]) -> dict[int, int]:
    """For each line, how many other segments share its row on its page (counted once for the document, not for
    each chain of a page)."""
    pages: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        pages.setdefault(ln.box.page, []).append(i)
    counts: dict[int, int] = {}
    for page in pages.values():
        counts.update(_rows(lines, page))
    return counts


def wrapped_cells(doc: Document) -> list[Candidate]:
    """Names and street addresses in table cells wrapped over several lines."""
    out: list[Candidate] = []
    lines = _segments(doc)
    beside = _beside_counts(lines)
    for chain in _cells(doc, lines):
        for run in _names(doc, lines, chain, beside):
            cell, pieces = _join(doc, lines, run)
            start = _name_start(cell) if len(run) > 1 else None
            if (
                start is None
                and len(run) == 2
                and caps_surname_below(*(doc.text[lines[k].start : lines[k].end] for k in run))
            ):
                start = 0
            if start is not None:
                why = f"part of the name '{cell}' in a table cell wrapped over {len(run)} lines"
                for s, e in _spans(pieces, start, len(cell)):
                    out.append(Candidate(s, e, "PERSON", Explanation("table_cell", 0.8, why, context=cell[start:])))
        cell, pieces = _join(doc, lines, chain)
        # "Hago Nederland (Wojciech" / "Lewandowski)": a contact person in brackets after the company
        for m in _BRACKETED.finditer(cell):
            start = _name_start(m.group(1))
            if start is not None and len(_spans(pieces, m.start(1), m.end(1))) > 1:
                name = m.group(1)[start:]
                why = f"the name '{name}' in brackets in a table cell wrapped over lines"
                for s, e in _spans(pieces, m.start(1) + start, m.end(1)):
                    out.append(Candidate(s, e, "PERSON", Explanation("table_cell", 0.8, why, context=name)))
        out += _wrapped_phones(cell, pieces)
        if _MAIL.search(cell):  # "+31 (0)594 51 g.oosterhuis@..." / "88 20": the next cell's mail on the line
            out += _wrapped_phones(*_join(doc, lines, chain, _MAIL))
        found = list(_STREET_RE.finditer(cell))  # the cell's streets, each rule below picks its own
        named = [m.span("street") for m in found]  # ("Burgemeester Martenssingel 44": an office's word in a street)
        if _is_public(cell) or any(not any(a <= o.start() < b for a, b in named) for o in _OFFICE.finditer(cell)):
            continue  # a letterhead's side column: "Directie Rechtsbestel" / "Turfmarkt 147" / "2511 DP Den Haag"
        # a street and number directly followed by a postcode ("Ginnekenweg" / "212" / "4835 NH"), in a
        # column headed Adres (a letterhead's side column has the same shape, and no such header)
        streets = [m for m in found if _POSTCODE_RE.match(cell, m.end() + 1)]
        if streets and not _headed(doc, lines, chain[0]):
            continue
        # "Agnieszka Kaczmarek-Dijkstra," / "Tuinstraat 88": a person's name, then her street, in one cell
        # ("Klacht van mevrouw E. Lam-Verkerk," / "Kooidijk 2": after a titled name and its comma)
        streets = streets or [
            m
            for m in found
            if _name_start(cell[: _street_start(cell, m)].strip(" ,")) == 0
            or _AFTER_PERSON.search(cell[: _street_start(cell, m)])
        ]
        # "Burgemeester Martenssingel" / "44, Gouda" in a column headed Adres, no postcode in it (a street on one
        # line is the address column's own rule's, which asks whose the row is)
        streets = streets or (
            [m for m in found if len(_spans(pieces, m.start(), m.end())) > 1] if _headed(doc, lines, chain[0]) else []
        )
        for street in streets:
            why = f"the street and number of an address in a table cell wrapped over lines ('{street.group()}')"
            start = _after_place(cell, _street_start(cell, street), street.start("nr"))
            for s, e in _spans(pieces, start, street.end("nr"), cell):
                out.append(Candidate(s, e, "ADDRESS", Explanation("table_cell", 0.8, why, context=cell)))
        for pc in _POSTCODE_RE.finditer(cell) if streets else ():
            why = f"the postcode of an address in a table cell wrapped over lines ('{pc.group()}')"
            for s, e in _spans(pieces, pc.start("pc"), pc.end("pc")):
                out.append(Candidate(s, e, "ADDRESS", Explanation("table_cell", 0.8, why, context=cell)))
    return out + _inverted_cells(doc, lines)


# a cell of one line that holds a name written surname first, its particles after the first name, as
# SharePoint, TOPdesk and inventories print it: "Vroomhaven, Pieter de", "Bijlaard, Jeroen van de"
_INVERTED_PARTICLES = compiled(
    r"^[ \t]*(?P<name>[^,\n]{2,60},[ \t]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?" + _MORE_GIVEN + ")"
    r"(?P<tv>[ \t]+(?:van|de|der|den|het|'t|ter|ten|te|in|op)(?:[ \t]+(?:de|der|den|het|'t))?)?[ \t]*$"
)


# a surname as a cell writes it: its particles first, then one or two capitalised words ("Van der Veen",
# "Sánchez Rodríguez", "Agyeman-Dijkhuis")
_SURNAME_CELL = compiled(
    r"^(?:(?:van|de|der|den|het|'t|ter|ten|te|in|op|von|el|al|da|dos|del)[ \t]+)*"
    r"\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?$"
)


_ARTICLES = frozenset({"de", "het", "een", "'t", "der", "den"})
# an institution named after someone ends so; no surname does
_INSTITUTION_ENDINGS = (*NAMED_INSTITUTIONS, "kliniek")


def _inverted_cells(doc: Document, lines: Sequence[Line]) -> list[Candidate]:
    """Names written surname first that fill a table cell of one line (a cell's segment of its line)."""
    lex = load_lexicons()
    out: list[Candidate] = []
    for ln in lines:
        text = doc.text[ln.start : ln.end]
        if "," not in text:
            continue
        m = _INVERTED_PARTICLES.match(text)
        if m is None:
            continue
        surname = " ".join(m.group("name").split(",")[0].split())
        given = m.group("name").split(",")[1].split()
        if not given or given[0].lower() in _ARTICLES:
            continue  # "Het Anker, De Sprengen": schools' names listed in a cell, no name's given part after the comma
        if not _SURNAME_CELL.match(surname) or unit_code(surname, lex):
            continue  # "de Belastingdienst in Leeuwarden, Dilara": a column's text; "IENW, Wing": a body, then another
        if not _is_inverted(m.group("name").strip()):
            continue
        if surname.lower().endswith(_INSTITUTION_ENDINGS):
            continue  # "Thorbeckeschool, Willem" / "Dreeslaan": a school and its street, wrapped in a cell
        place = any(place_not_surname(w.title()) for w in [surname, *surname.split()])
        if place:
            continue  # "UTRECHT, Jan": a letter's place and date ("Zuidgeest, Fleur" is a surname too)
        end = m.end("tv") if m.group("tv") else m.end("name")
        why = f"a name written surname first filling a table cell ('{' '.join(text.split())}')"
        out.append(Candidate(ln.start + m.start("name"), ln.start + end, "PERSON", Explanation("table_cell", 0.8, why)))
    return out
