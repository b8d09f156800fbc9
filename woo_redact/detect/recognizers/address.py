"""Home addresses of private persons: street + house number, postcode.

A private person's address is personal data (5.1.2e) like their name; the
address of a ministry, a municipality or a company is not. An address is
reported when the text says it is someone's home ("woont aan", "woonadres",
"wonende te") or when it stands in an addressee block: directly under a line
naming a person ("De heer J. Jansen", "Familie Öztürk", "Mevrouw A. de Vries").
An address next to an organisation's name, a Postbus, or a label such as
"Bezoekadres" is kept (a private addressee's own postbus is not). The street
and number and the postcode are redacted; the place name stays readable.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ...model import Document, Explanation
from ..grammar import compiled
from ..lexicons import load_lexicons, municipalities
from ..lines import column_order
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
    _ENDINGS,
    _HOMES,
    _LABEL_LINE,
    _LOOSE_STREET,
    _NAME_BRACKET,
    _NAME_COMMA,
    _NAME_OF,
    _OFFICE,
    _PARTY_ADDRESS_END,
    _POSTCODE_RE,
    _STREET_HEADS,
    _STREET_RE,
    _SUFFIXES,
    _TITLED_COMMA,
    HOME_IF_PRIVATE_WORDS,
    HOME_WORDS,
    _addressee,
    _is_public,
    _known_name,
    _street_start,
    _uncapped,
)
from .footers import org_footer
from .foreign_address import foreign_streets
from .structure import Candidate

__all__ = ["home_addresses"]


_ELECTED = compiled(r"(?i:woonplaats[ \t\n]+(?:kiez|gekozen)|woonplaats[ \t\n]+wordt[ \t\n]+gekozen)")


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
        homes = HOME_WORDS.finditer(t)
        homes += [h for h in HOME_IF_PRIVATE_WORDS.finditer(t) if not _is_public(t[: h.start()].split(".")[-1])]
        # (the street may begin the next line: "Wij wonen aan de" / "Goyerbrug 7, 3961 MA Wijk bij Duurstede")
        direct = i + 1 < len(lines) and nxt == rows[i + 1] and lines[i + 1].start == line.end + 1
        for home in homes:  # "Ze woont Laan van Nieuw Oosteinde 88": any street after a home word
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
    return [piece for c in out for piece in _own_lines(text, c)]


def _own_lines(text: str, c: Candidate) -> list[Candidate]:
    """A candidate whose pieces stand on two lines of a column with other lines of the text between them (a table
    row's other cells: "Asserstraat 40, 9451" / "AB Rolde" with "hoorzitting in Rolde." read between) as its two
    pieces: the span would cover the lines between."""
    seg = text[c.start : c.end]
    if seg.count("\n") < 2:
        return [c]
    first_end, last_start = c.start + seg.index("\n"), c.start + seg.rindex("\n") + 1
    return [replace(c, end=first_end), replace(c, start=last_start)]


_TO_LINE_END = compiled(r"(?:[ \t]+(?:aan|op))?(?:[ \t]+(?:de|het))?[ \t]*\Z")
_NAMED_STREET = (
    r"(?P<street>\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:(?:van|de|der|den|het|'t|ter|ten|te)[ \u00a0]+)*\p{Lu}[\p{L}'’.-]*)"
    r"{0,3})[ \u00a0]+(?P<nr>\d{1,5}(?:[ \u00a0]?[a-zA-Z](?![\p{L}]))?)"
)
_NAMED_STREET_ALONE = compiled(rf"[ \t]*{_NAMED_STREET}[ \t]*\Z")
_BRACKETED_STREET = compiled(rf"(?<=\()[ \t]*{_NAMED_STREET}[ \t]*\)")
# (its postcode and place may stand between: "Westerweg 55, 1759 JA Callantsoog (bedrijfs- en woonadres)")
_OWN_HOME_TAIL = (
    r"(?:,?[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})?[ \t]*"
    r"\((?i:eigen[ \t]+woning|woonadres|thuisadres|privéadres|thuis|"
    r"(?:bedrijfs-[ \t]+en[ \t]+|tevens[ \t]+)woonadres|woon-[ \t]+en[ \t]+bedrijfsadres)\)"
)
_OWN_HOME_STREET = compiled(rf"(?<![\p{{L}}\d])(?<![\p{{L}}\d][ \t]){_NAMED_STREET}{_OWN_HOME_TAIL}")
_OWN_HOME_AFTER = compiled(_OWN_HOME_TAIL)


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
    if not end.endswith(_ENDINGS):
        return False
    # "Klaagster is bereikbaar op Tweebaksmarkt" / "27-2, 8911 KW", "Adres Palembangweg" / "18."
    street = _STREET_ENDS.search(t)
    if street and _NUMBER_STARTS.match(nxt):
        lead = t[: street.start()]
        if HOME_WORDS.search(lead) or HOME_IF_PRIVATE_WORDS.search(lead) or _ADDRESS_LABEL.search(lead):
            return True
    return bool(_STREET_ALONE.match(t) and _NUMBER_ALONE.match(nxt))


_PC_DIGITS_END = compiled(r"(?P<d>[1-9]\d{3})[ \t]*$")
_PC_LETTERS_START = compiled(r"^[ \t]*(?P<l>(?!SA|SD|SS)[A-Z]{2})(?![\p{L}\d])")
# a date of birth right before the street in a row (a year before 2010: no date of a letter or a report)
_BIRTH_DATE_LEAD = compiled(r"(?<![\d-])\d{1,2}-\d{1,2}-(?:19\d\d|200\d)[ \t]+\Z")  # (fullmatch: a cell alone)
_NUMBERED_ROW = compiled(r"[ \t]*\d{1,3}[ \t]+\p{Lu}")
_TAV_INLINE = compiled(r"(?<=\p{L})[ \t]*,[ \t]*(?=(?i:t\.?\s?a\.?\s?v\.?|ter\s+attentie\s+van)[ \t:]+)")
_GAP = compiled(r"[ ,\u00a0]*(?:(?<=[ \u00a0])(?:in|te)[ \u00a0]+)?")


# a firm's or body's seat right before the street: "gevestigd aan de", "kantoorhoudend te", "met zetel aan"
_SEATED = compiled(r"(?i:\b(?:gevestigd|kantoorhoudend|statutair|met[ \t]+zetel|zetelend))[^,;.\n]{0,30}\Z")


def _judge_address(
    text: str,
    line_start: int,
    t: str,
    street: regex.Match[str],
    prev: list[str],
    nxt: str,
    nxt_start: int,
    nxt2: str = "",
    nxt2_start: int = 0,
    before: str | None = None,
) -> list[Candidate]:
    """The candidates for one street + number on a line, when the context makes it a private address
    (``before``: the text before the line in its own column, where that is not the text's)."""
    if " ".join(street.group("street").split()).lower() in municipalities():
        return []  # "woont in Amsterdam 3 kilometer van ...": a town and a distance, no street
    gap = _GAP.match(t, street.end())  # ", ", " in ", " te ": "Wielingenstraat 12 in 3522 PA Utrecht"
    pc_here_at = gap.end() if gap else street.end()
    pc_here = _POSTCODE_RE.match(t, pc_here_at)
    pc_next = _POSTCODE_RE.match(nxt.lstrip()) if not pc_here else None
    # "Assendorperstraat 77, 8012" + "DE Zwolle": a postcode broken over the line end
    split_digits = None if pc_here else _PC_DIGITS_END.match(t, pc_here_at)
    split_letters = _PC_LETTERS_START.match(nxt) if split_digits else None
    pc_split = (split_digits.start("d"), nxt_start + split_letters.end("l")) if split_digits and split_letters else None
    pc_far = _POSTCODE_RE.match(nxt2.lstrip())
    tav = _TAV_INLINE.search(prev[-1]) if prev else None
    if prev and tav:  # "Aan Bakkerij Kramer, t.a.v. de heer Dirk-Jan Kramer": the firm, then its addressee
        prev = [*prev[:-1], prev[-1][: tav.start()], prev[-1][tav.end() :]]
    street_start = _street_start(t, street)
    sentence = (text[max(0, line_start - 160) : line_start] if before is None else before[-160:]) + t[:street_start]
    sentence = compiled(r"[.!?]\s+(?=\p{Lu})").split(sentence)[-1]
    lead = t[:street_start]
    context = " ".join(prev[-1:]) + " " + t + " " + (nxt if pc_next else "")
    named = _NAME_COMMA.search(lead)
    # the sentence's end: "aan de Lansinkweg 31 waar een\nbewoner, ..."
    after = compiled(r"[^.!?\n]{0,60}").match(t, street.end("nr"))
    rest = (after.group() if after else "") + (" " + nxt if after and after.end() == len(t) and not pc_next else "")
    if pc_next and after and after.end() == len(t):  # "Waaldijk 38," / "6691 MK Gendt, waar ook de familie woont."
        rest += " " + nxt.lstrip()[pc_next.end() :]
    rest = rest.split(".")[0].split("!")[0].split("?")[0]
    home = bool(HOME_WORDS.search(sentence) or _HOMES.search(sentence)) or bool(_AFTER_PERSON.search(lead))
    # ("Stuur een brief naar Postbus 50061": an organisation's postbus to write to is no one's home)
    home = home and not street.group(0).lstrip().lower().startswith("postbus")
    home = home or bool(_BIRTH_DATE_LEAD.search(lead))  # "Henk Groen" / "18-05-1950 Papesteeg 9": a register's row
    # ... or a cell a line: "Wilhelmina (Willy)" / "02-11-1949" / "Hillevliet 127 a"
    home = home or (not lead.strip() and bool(prev) and bool(_BIRTH_DATE_LEAD.fullmatch(prev[-1].strip() + " ")))
    home = home or bool(HOME_IF_PRIVATE_WORDS.search(sentence) and not _is_public(sentence))
    home = home or (bool(HOME_WORDS.search(rest)) and not _is_public(sentence + " " + rest))
    home = home or bool(_OWN_HOME_AFTER.match(t, street.end("nr")))  # "(bedrijfs- en woonadres)": whoever's firm
    if home and _ELECTED.search(sentence + " " + rest) and any(_OFFICE.search(p) or _is_public(p) for p in prev):
        # "UNIVERSITEIT GENT" / "Woonplaats kiezend te 9000 Gent" / "Sint-Pietersnieuwstraat 25", "met zetel te" /
        # "Koning Albert II-laan 15" / "alwaar woonplaats wordt gekozen": the domicile an organisation elects is its
        # office (an appellant's, under their name, is their home)
        home = False
    home = home or bool(_AFTER_PERSON.search(" ".join(sentence.split()[-8:]) + " "))  # "de heer Stijn\nKroon ("
    # "Handhavingsverzoek Oostergrachtswal 77, verzoeker J. Zijlstra": a case's address and its private party
    home = home or bool(_PARTY_AFTER.match(t, street.end("nr")))
    named_bracket = _NAME_BRACKET.search(sentence)
    inside = t[street_start:].split(")")[0]  # "(Julianalaan 112, 3722 GT Bilthoven)"
    home = home or bool(named_bracket and _known_name(named_bracket.group().strip(" \t\n(")) and not _is_public(inside))
    name_of = _NAME_OF.search(sentence)
    home = home or bool(
        name_of and _known_name(name_of.group("name")) and not _is_public(t[street_start : street.end()])
    )
    # "Ruud Vos, Hoofdweg 31"
    home = home or bool(named and _addressee(named.group("name")) and not _is_public(context))
    # "Gerrit van Lunteren Slichtenhorsterweg 31 getekend": a list's row, the person's name and then their street
    home = home or bool(lead.strip() and _addressee(lead.strip(" \t,")) and not _is_public(t))
    # a form: "Adres" above; a party's address label ending the line above ("Adres bezwaarmaker:")
    label_above = (
        not lead.strip() and bool(prev) and bool(_LABEL_LINE.match(prev[-1]) or _PARTY_ADDRESS_END.search(prev[-1]))
    )
    # "naam en adres (Vaillantlaan 210, ...)": the label on this line; an organisation on it says otherwise
    labelled = (bool(_ADDRESS_LABEL.search(lead)) or label_above) and not _is_public(t if lead.strip() else context)
    # an organisation's contact block: its website or general mailbox in the lines under the address
    labelled = labelled and not _ORG_CONTACT.search(nxt + "\n" + nxt2)
    # a table row: a person's name in the cell above, the street and number alone in this one
    row = not pc_here and not pc_next and not lead.strip() and t[street.end("nr") :].strip() == ""
    # "Klacht van mevrouw E. Lam-Verkerk," / "Kooidijk 2": a cell's titled name and comma, its street below
    home = home or (row and bool(prev) and bool(_TITLED_COMMA.search(prev[-1])))
    # ("Architectenbureau Lont & Vis" / "t.a.v. de heer S. Lont" / "Spaarne 88": the firm's address)
    # ("De heer A.B. van der Zwaag en mevrouw E.M." / "van der Zwaag-Kok": the addressee line wrapped)
    wrapped = len(prev) > 1 and prev[-1][:1].islower() and _addressee(prev[-2].rstrip() + " " + prev[-1].strip())
    addressee = (
        bool(prev)
        and (_addressee(prev[-1]) or wrapped)
        and (bool(pc_here or pc_next or pc_split) or row)
        and not _for_firm(prev)
    )
    # two columns read in turn: the addressee two lines up, the postcode two lines down
    addressee = addressee or (row and len(prev) > 1 and _addressee(prev[-2]) and bool(pc_far))
    # street, number and postcode with no organisation, postbus or office named in the block around it
    # the block starts after the address above it ("Postbus 10007" / "8000 GA Zwolle": the sender's)
    ends = [k for k, p in enumerate(prev) if _POSTCODE_RE.search(p)]
    # (the lines under a street with its postcode on its line are the next row's when they begin a numbered row:
    # "Barchemseweg 3, 7261 LB Ruurlo" over "3 Vereniging Natuurmonumenten, ...")
    next_row = bool(pc_here) and bool(_NUMBERED_ROW.match(nxt))
    block = " ".join([*prev[ends[-1] + 1 if ends else 0 :], t, *(() if next_row else (nxt, nxt2))])
    acronyms = load_lexicons().acronyms  # "UWV" / "La Guardiaweg 94-114" / "1043 DL Amsterdam"
    full = bool(pc_here or pc_next or pc_split) and not any(
        _is_public(b)
        or _OFFICE.search(b)
        or any(w.strip(".,:;()").upper() in acronyms for w in _POSTCODE_RE.sub(" ", b).split())  # "9671 AP": no AP
        for b in (block, sentence)
    )
    full = full and not _for_firm(prev)  # "t.a.v." says an organisation is the addressee
    full = full and not org_footer(t)  # "OD NZKG | Ruysdaelkade 2, 1072 AG Amsterdam | 088 ...": its footer
    # two columns read in turn: the addressee two lines up, the sender's "Postbus 58285" between
    # (not a signature's name, function and organisation over the organisation's address: "Lieke Bosschaart" /
    # "Adviseur | Gemeente Rotterdam" / "Coolsingel 40, 3011 AD Rotterdam")
    # (the sender's "Postbus 58285" between, from the other column, says nothing of the addressee's street)
    between = prev[-1] if prev and not prev[-1].lstrip().lower().startswith("postbus") else ""
    addressee2 = len(prev) > 1 and _addressee(prev[-2]) and bool(pc_here) and not _is_public(t + " " + between)
    addressee = addressee or addressee2
    if _SEATED.search(sentence[-60:]):
        # "verhuurder: Woonstad Rotterdam, gevestigd aan de Burgemeester de Withstraat 12": a seat, no one's home
        # (whoever's home the sentence named before it)
        home = addressee = addressee2 = False
    if not (home or labelled or full or addressee2 or (addressee and not _is_public(context))):
        return []
    why = "a home address (the text says so)" if home or labelled else "an address under a private addressee's name"
    if full and not (home or labelled or addressee):
        why = "a full address (street, number, postcode) with no organisation around it: a private address"
    s, e = line_start + street_start, line_start + street.end("nr")
    out = [Candidate(s, e, "ADDRESS", Explanation("home_address", 0.85, why, context=t[:80]))]
    if pc_here:
        out.append(_postcode(line_start + pc_here.start("pc"), line_start + pc_here.end("pc"), why))
    elif pc_split:
        out.append(_postcode(line_start + pc_split[0], pc_split[1], why))
    elif pc_far and addressee:
        off = nxt2_start + (len(nxt2) - len(nxt2.lstrip()))
        out.append(_postcode(off + pc_far.start("pc"), off + pc_far.end("pc"), why))
    elif pc_next:
        off = nxt_start + (len(nxt) - len(nxt.lstrip()))
        out.append(_postcode(off + pc_next.start("pc"), off + pc_next.end("pc"), why))
    return out


_ORG_CONTACT = compiled(
    r"(?i:www\.|https?://|\b(?:website|internet)[ \t]*:|\b(?:info|contact|post|secretariaat|receptie)@)"
)


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


_FIRM_FORM = compiled(r"(?i:\bb\.?\s?v\.?(?![\p{L}])|\bn\.?\s?v\.?(?![\p{L}])|\bv\.?o\.?f\.?|\bc\.?v\.?(?![\p{L}]))")
_PARTY_AFTER = compiled(
    r"[ \t]*,[ \t]*(?i:verzoeker|verzoekster|aanvrager|aanvraagster|bezwaarmaker|klager|klaagster|melder|indiener|"
    r"indienster|appellant|eigenaar|bewoner|bewoonster)(?![\p{L}])"
)
# (a family is no firm: "Familie Tjeerdema" / "t.a.v. Sjoukje en Wopke Tjeerdema-Hoekstra")
_FOUNDATION = compiled(r"(?i:\b(?:stichting|vereniging|fundashon|familie|fam\.)(?![\p{L}]))")
_TAV = compiled(r"(?i:^[ \t]*(?:t\.?\s?a\.?\s?v\.?|ter\s+attentie\s+van)[ \t:]+)")


def _for_firm(prev: list[str]) -> bool:
    """The addressee line is "t.a.v. ..." under a firm's name: the address is the firm's, unless the firm
    bears the person's surname and no partner or legal form ("Installatiebedrijf Gert Bos" / "t.a.v. de heer
    G.H. Bos": a one-man firm at his home) or is a foundation or association (whose address is often a board
    member's home: redacted, the safe side)."""
    if not prev or not _TAV.search(prev[-1]):
        return False
    # the surname's parts: "Koopmans-ter Brugge" under "Akkerbouwbedrijf Koopmans" is hers
    tail = prev[-1].split()[-2:] if prev[-1].split() else []
    parts = [p.strip(",.") for w in tail for p in w.split("-") if p[:1].isupper() and len(p.strip(",.")) > 2]
    firm = prev[-2] if len(prev) > 1 else ""
    if _FOUNDATION.search(firm):
        return False  # "Stichting Dorpshuis De Kraanvogel" / "t.a.v. mevrouw ...": often a board member's home
    partners = "&" in firm or bool(_FIRM_FORM.search(firm))  # "Architectenbureau Lont & Vis", "Bos B.V.": a firm
    own = any(compiled(rf"(?<![\p{{L}}]){regex.escape(p)}(?![\p{{L}}])").search(firm) for p in parts)
    return partners or not own


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
