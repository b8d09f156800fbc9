"""Home addresses of private persons: street + house number, postcode.

A private person's address is personal data (5.1.2e) like their name; the
address of a ministry, a municipality or a company is not. An address is
reported when the text says it is someone's home ("woont aan", "woonadres",
"wonende te") or when it stands in an addressee block: directly under a line
naming a person ("De heer J. Jansen", "Familie Öztürk", "Mevrouw A. de Vries").
An address next to an organisation's name, a Postbus, or a label such as
"Bezoekadres" is kept (a private addressee's own postbus is not). The street
and number and the postcode are redacted; the place name stays readable.

This module walks a document's lines (each in its own column, a form row with its label) and finds the streets
on them; whether a street and number is a home is weighed in :mod:`.address_judge`. The street grammar and the
home and label words are in :mod:`.address_words`, a table's address column in :mod:`.address_rows`, a street
abroad in :mod:`.foreign_address`.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ...model import Document, Explanation
from ..grammar import compiled
from ..lexicons import load_lexicons
from ..lines import column_order
from .address_judge import _BIRTH_DATE_LEAD, _OWN_HOME_TAIL, _PC_DIGITS_END, _PC_LETTERS_START, _judge_address
from .address_rows import (
    _COLUMN_LABEL,
    _PC_CELL,
    _PC_IN_CELL,
    _PC_LEAD,
    _column_row,
    _person_after,
    _postcode,
    _row_label,
    _row_names_organisation,
    _row_names_person,
)
from .address_words import (
    _ADDRESS_LABEL,
    _AFTER_PERSON,
    _DIGIT,
    _LOOSE_STREET,
    _POSTCODE,
    _POSTCODE_RE,
    _STREET_HEADS,
    _STREET_RE,
    _SUFFIXES,
    HOME_IF_PRIVATE_WORDS,
    HOME_WORDS,
    STREET_ENDINGS,
    _addressee,
    _is_public,
    _uncapped,
    monument_addresses,
    of_monument,
)
from .foreign_address import foreign_streets
from .structure import Candidate

__all__ = ["home_addresses"]


def home_addresses(doc: Document) -> list[Candidate]:
    """Street + number and postcode of private persons' addresses."""
    out: list[Candidate] = []
    text = doc.text
    lines = doc.lines
    # a table with an "Adres" column (each line asked only when the text holds the word)
    column = _COLUMN_LABEL.may_match(text) and any(_COLUMN_LABEL.pattern.match(text[ln.start : ln.end]) for ln in lines)
    rows = [_uncapped(text[ln.start : ln.end]) for ln in lines]  # each line once, not as its neighbours' too
    for i in range(1, len(rows)):  # "... 9B, 5612" / "CS EINDHOVEN": a postcode's letters start the line
        if _PC_DIGITS_END.search(rows[i - 1]) and _PC_LETTERS_START.match(text[lines[i].start : lines[i].end]):
            rows[i] = text[lines[i].start : lines[i].start + 2] + rows[i][2:]
    columns = column_order(lines)
    # the lines that may hold a home word (each line asked as before where the text's lower case does not align)
    spans = [(ln.start, ln.end) for ln in lines]
    home_lines, private_lines = (
        HOME_WORDS.pieces_holding(text, spans),
        HOME_IF_PRIVATE_WORDS.pieces_holding(text, spans),
    )
    out += _deed_homes(text)
    out += foreign_streets(text, lines, rows)
    for i, line in enumerate(lines):
        t = rows[i]
        cells = _column_row(text, lines, i, t) if column else []
        # (the row is read only for a line that is an address cell: reading it is a pass over all the lines)
        if column and not (cells and _row_names_organisation(lines, rows, i)):
            out += cells
        elif _PC_IN_CELL.search(t) and _row_names_person(lines, rows, i):
            out += _column_row(text, lines, i, t, "a street, number and postcode in a table row naming a person")
        if (pc := _PC_CELL.fullmatch(t)) and _row_names_person(lines, rows, i):
            # a petition's or a register's postcode column: "Anna-Lena Vos" | "Linnaeusstraat 12-3" | "1093 EJ"
            out.append(_postcode(line.start + pc.start("pc"), line.start + pc.end("pc"), "a table row naming a person"))
        elif (pc := _PC_LEAD.match(t)) and _person_after(t[pc.end() :].strip()):
            # ... the postcode's cell and the next one, a signature's name, read as one line ("1091 LD M. Wisniewski")
            why = "a postcode in the cell before a person's name"
            out.append(_postcode(line.start + pc.start("pc"), line.start + pc.end("pc"), why))
        nxt = rows[i + 1] if i + 1 < len(lines) else ""
        prev = rows[max(0, i - 2) : i]
        above = rows[max(0, i - 4) : i]  # a letterhead names its organisation a few lines up
        nxt2 = rows[i + 2] if i + 2 < len(lines) else ""
        nxt_start, nxt2_start = (lines[i + 1].start if nxt else 0), (lines[i + 2].start if nxt2 else 0)
        # two columns read row by row (an addressee block beside the sender's column): the lines around
        # this one in its own column
        under, over = columns.under(i, 2), columns.over(i, 4)
        if under and under[0] != i + 1:
            nxt, nxt_start = rows[under[0]], lines[under[0]].start
            nxt2, nxt2_start = (rows[under[1]], lines[under[1]].start) if len(under) > 1 else ("", 0)
        before = None  # the text before this line in its column, when that is not the text's
        if over and over != list(range(over[0], i)):  # (a line of another column among the lines above)
            prev, above = [rows[k] for k in over[-2:]], [rows[k] for k in over]
            before = "".join(rows[k] + "\n" for k in over)
        label = _row_label(lines, rows, i) if _DIGIT.search(t) else None
        if label is not None:  # a form's row: "Opvangadres (woonadres)" | "Haagweg 210, 2324 NK Leiden"
            prev, above, before = [label], [label], label + "\n"
        # the next line may hold the postcode; the number is on this line (no digit here: no street taken)
        for street in _STREET_RE.finditer(t + "\n" + nxt) if _DIGIT.search(t) else ():
            if street.end("nr") > len(t):
                break
            out += _judge_address(text, line.start, t, street, above, nxt, nxt_start, nxt2, nxt2_start, before)
        # (not a line further left: "bewoners Reeshof" / "6" is the next row's number, in the column before)
        below = i + 1 < len(lines) and lines[i + 1].box.x0 >= line.box.x0 - 2.0
        if below and nxt == rows[i + 1] and lines[i + 1].start == line.end + 1 and _joins_next(t, nxt):
            # "aan de Burgemeester" / "Moonenlaan 12", "Hoofdstraat" / "58": one address over two lines; the
            # lines joined by a space keep every offset
            joined = t + " " + nxt
            for street in _STREET_RE.finditer(joined, 0, len(joined)):
                if street.start("street") < len(t) < street.end("nr"):
                    out += _judge_address(text, line.start, joined, street, above, nxt2, nxt2_start)
        box = _POSTBUS_LINE.match(t)
        pc_below = _POSTCODE_RE.match(nxt.lstrip()) if box else None
        if box and pc_below and prev and _private_addressee(prev):
            pc_at = nxt_start + len(nxt) - len(nxt.lstrip())
            out += _postbus(line.start, box, pc_at, pc_below)
        # (rows[i] is the line's text in other cases, see _uncapped: the same lower case)
        homes = HOME_WORDS.finditer(t) if home_lines is None or i in home_lines else []
        if private_lines is None or i in private_lines:
            # (a report "over het adres" is about the home, whatever office received it: "ontving het Meldpunt
            # Woonfraude een melding over het adres Hoveniersstraat 47-B")
            homes += [
                h
                for h in HOME_IF_PRIVATE_WORDS.finditer(t)
                if h.group().lower().startswith(("melding", "signaal", "adresonderzoek"))
                or not _is_public(t[: h.start()].split(".")[-1])
            ]
        # (the street may begin the next line: "Wij wonen aan de" / "Goyerbrug 7, 3961 MA Wijk bij Duurstede")
        direct = i + 1 < len(lines) and nxt == rows[i + 1] and lines[i + 1].start == line.end + 1
        for home in homes:  # "Ze woont Laan van Nieuw Oosteinde 88": any street after a home word
            pc = _POSTCODE_AFTER_HOME.match(t, home.end())
            if pc:  # "wonende te 3881 LD Putten aan de Kolkweg 18": the home's postcode, its place's before its street
                why = "the postcode of someone's home, right after the word that says so"
                s, e = line.start + pc.start("pc"), line.start + pc.end("pc")
                out.append(Candidate(s, e, "ADDRESS", Explanation("home_address", 0.8, why, context=t[:80])))
            loose = _LOOSE_STREET.match(t, home.end())
            if loose is None and direct and _TO_LINE_END.match(t, home.end()):
                loose = _LOOSE_STREET.match(t + " " + nxt, home.end())
                loose = loose if loose and loose.start("street") > len(t) else None
            if loose and " ".join(loose.group("street").split()) not in load_lexicons().places:
                read = t + " " + nxt if loose.end() > len(t) else t  # (the next line joined by a space: same offsets)
                out += _judge_address(text, line.start, read, loose, above, nxt, nxt_start)
        out += _bare_streets(homes, t, nxt, line.start, nxt_start)
        # a street of no known form where the line says it is someone's: "mevrouw Grietje ter Haar (Grote Voort
        # 213)", "Boerendans 77 (eigen woning)"
        for loose in _BRACKETED_STREET.finditer(t) if "(" in t else ():
            if _AFTER_PERSON.search(t[: loose.start("street")]):
                out += _judge_address(text, line.start, t, loose, above, nxt, nxt_start)
        for loose in _OWN_HOME_STREET.finditer(t) if "(" in t else ():
            out += _judge_address(text, line.start, t, loose, above, nxt, nxt_start)
        # a street alone in its cell under a date of birth alone in its cell ("02-11-1949" / "Hillevliet 127 a")
        alone = _NAMED_STREET_ALONE.match(t) if i and _DIGIT.search(t) else None
        if alone and _BIRTH_DATE_LEAD.fullmatch(rows[i - 1].strip() + " "):
            out += _judge_address(text, line.start, t, alone, above, nxt, nxt_start)
    monuments = monument_addresses(text)
    return [piece for c in out for piece in _own_lines(text, c) if not of_monument(text, c.start, c.end, monuments)]


def _own_lines(text: str, c: Candidate) -> list[Candidate]:
    """A candidate whose pieces stand on two lines of a column with other lines of the text between them (a table
    row's other cells: "Asserstraat 40, 9451" / "AB Rolde" with "hoorzitting in Rolde." read between) as its two
    pieces: the span would cover the lines between."""
    seg = text[c.start : c.end]
    if seg.count("\n") < 2:
        return [c]
    first_end, last_start = c.start + seg.index("\n"), c.start + seg.rindex("\n") + 1
    return [replace(c, end=first_end), replace(c, start=last_start)]


_POSTCODE_AFTER_HOME = compiled(rf"[ \t]+(?:te|in)[ \t]+{_POSTCODE}")
_TO_LINE_END = compiled(r"(?:[ \t]+(?:aan|op))?(?:[ \t]+(?:de|het))?[ \t]*\Z")
_NAMED_STREET = (
    r"(?P<street>\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:(?:van|de|der|den|het|'t|ter|ten|te)[ \u00a0]+)*\p{Lu}[\p{L}'’.-]*)"
    r"{0,3})[ \u00a0]+(?P<nr>\d{1,5}(?:[ \u00a0]?[a-zA-Z](?![\p{L}]))?)"
)
_NAMED_STREET_ALONE = compiled(rf"[ \t]*{_NAMED_STREET}[ \t]*\Z")
_BRACKETED_STREET = compiled(rf"(?<=\()[ \t]*{_NAMED_STREET}[ \t]*\)")
# a street and number, then the label in brackets that says it is someone's home (address_judge)
_OWN_HOME_STREET = compiled(rf"(?<![\p{{L}}\d])(?<![\p{{L}}\d][ \t]){_NAMED_STREET}{_OWN_HOME_TAIL}")


# "Ik woon zelf aan de Dorpsstraat", "woont bij moeder op het adres\naan de Kerkweg": a home's street, no number
_BARE_STREET = compiled(rf"(?P<street>\p{{Lu}}[\p{{L}}'’.-]*(?:{_SUFFIXES}))(?![\p{{L}}\d-])(?![ \u00a0]+\d)")
_TO_STREET = compiled(r"[^.!?]{0,35}?(?<![\p{L}])(?:aan|op)[ \u00a0\n]+(?:de|het)[ \u00a0\n]+\Z")


def _bare_streets(homes: list[regex.Match[str]], t: str, nxt: str, start: int, nxt_start: int) -> list[Candidate]:
    """A street named without a number after one of the line's home words (``homes``)."""
    both = t + "\n" + nxt
    out = []
    for home in homes:
        for street in _BARE_STREET.finditer(both, home.end(), min(len(both), home.end() + 60)):
            lead = both[home.end() : street.start()]
            if not _TO_STREET.fullmatch(lead) or _is_public(both[: street.end()]):
                continue
            s, e = street.span("street")
            base = start if s < len(t) else nxt_start - len(t) - 1  # on this line or the next
            why = "the street of someone's home, named without a number"
            out.append(Candidate(base + s, base + e, "ADDRESS", Explanation("home_address", 0.7, why, context=t[:80])))
            break
    return out


_HEADS = tuple(sorted(_STREET_HEADS))
_HEAD_ENDS = compiled(rf"(?<![\p{{L}}])(?:{'|'.join(sorted(_STREET_HEADS))})[ \t]*\Z")
_STREET_ALONE = compiled(rf"\A[ \t]*\p{{Lu}}[\p{{L}}'’.-]*(?:{_SUFFIXES})[ \t]*\Z")
_NUMBER_ALONE = compiled(r"\A[ \t]*\d{1,5}[a-zA-Z]?[ \t]*\Z")
_STREET_ENDS = compiled(rf"(?<![\p{{L}}])\p{{Lu}}[\p{{L}}'’.-]*(?:{_SUFFIXES})[ \t]*\Z")
_NUMBER_STARTS = compiled(r"[ \t]*\d{1,5}(?![\d:.,]\d)")


def _joins_next(t: str, nxt: str) -> bool:
    """The line's address goes on on the next line: a street's first word ends the line, or a street
    stands alone above its house number (a narrow table cell)."""
    end = t.rstrip(" \t")  # each pattern here ends the line with a street's head or suffix: else none matches
    if end.endswith(_HEADS) and _HEAD_ENDS.search(t) and nxt[:1].isupper():
        return True
    if not end.endswith(STREET_ENDINGS):
        return False
    # "Klaagster is bereikbaar op Tweebaksmarkt" / "27-2, 8911 KW", "Adres Palembangweg" / "18."
    street = _STREET_ENDS.search(t)
    if street and _NUMBER_STARTS.match(nxt):
        lead = t[: street.start()]
        if HOME_WORDS.search(lead) or HOME_IF_PRIVATE_WORDS.search(lead) or _ADDRESS_LABEL.search(lead):
            return True
    return bool(_STREET_ALONE.match(t) and _NUMBER_ALONE.match(nxt))


# "DE HEER J.P. VAN ’T HOF" / "POSTBUS 1187" / "8001 BD ZWOLLE": a private person's own postbus
_POSTBUS_LINE = compiled(r"^[ \t]*(?P<street>Postbus[ \t\u00a0]+(?P<nr>\d{1,6}))[ \t]*$")
_FOR_ATTENTION = compiled(r"(?i:\bt\.?\s?a\.?\s?v\b|ter\s+attentie|\bminister|\bstaatssecretaris|\bcollege\b)")


# a deed's party: "wonende te 1111 AB UTRECHT, Plein 1" (the postcode and place before the street)
_DEED_HOME = compiled(
    r"(?i:\b(?:wonende|woonachtig|wonend))[ \t\n]+(?:te|in)[ \t\n]+(?P<pc>[1-9]\d{3}[ \t\n]?[A-Z]{2})(?![\p{L}\d])"
    r"[ \t\n]+\p{Lu}[\p{L}'’ -]{1,40}?,[ \t\n]*"
    r"(?P<street>\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|'t|ter|ten)){0,4})[ \t\n]+"
    r"(?P<nr>\d{1,5}[a-zA-Z]?(?:-\d{1,4})?)(?![\d,.]\d)"
)


def _deed_homes(text: str) -> list[Candidate]:
    """A deed's party and their home, postcode and place first: "wonende te 1111 AB UTRECHT, Plein 1"."""
    out = []
    why = "a home address (the text says so: 'wonende te' with postcode and place before the street)"
    for m in _DEED_HOME.finditer(text):
        out.append(Candidate(m.start("street"), m.end("nr"), "ADDRESS", Explanation("home_address", 0.85, why)))
        out.append(_postcode(m.start("pc"), m.end("pc"), why))
    return out


def _private_addressee(prev: list[str]) -> bool:
    """The line above names a private person, not someone reached at an organisation ("t.a.v.")."""
    return _addressee(prev[-1]) and not _FOR_ATTENTION.search(" ".join(prev)) and not any(_is_public(p) for p in prev)


def _postbus(line_start: int, box: regex.Match[str], pc_at: int, pc: regex.Match[str]) -> list[Candidate]:
    """The postbus number and the postcode below it, of a private addressee."""
    why = "a postbus under a private addressee's name"
    return [
        Candidate(
            line_start + box.start("street"),
            line_start + box.end("nr"),
            "ADDRESS",
            Explanation("home_address", 0.85, why, context=box.group()),
        ),
        _postcode(pc_at + pc.start("pc"), pc_at + pc.end("pc"), why),
    ]
