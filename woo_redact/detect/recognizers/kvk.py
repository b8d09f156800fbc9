"""KvK numbers of a natural person's business (eenmanszaak, vof, maatschap).

The Chamber of Commerce number of a B.V., a stichting or a ministry's supplier is public; that of an
eenmanszaak or a vof leads to the person who runs it (the register shows the owner's name and home
address), so it is personal data like their name (5.1.2e). A number after a KvK label is reported when
the text around it says the business is a natural person's ("eenmanszaak", "vof", "vennoten", "uw
salon aan huis"), or when it stands on a line with a person's initials and name ("64410987 J.A.
Nijboer"), and no legal person (B.V., N.V., stichting, vereniging, coöperatie) is named on its line or
the line before. Scored below certain: redacted and flagged for a reviewer.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ...model import Document, Explanation
from ..grammar import INITIALS, NAME_PART, compiled, line_span
from ..lexicons import TRADE_ENDINGS, load_lexicons, municipalities, unshouted
from ..lines import beside_on_row
from .structure import Candidate

__all__ = ["kvk_numbers"]

_LABELLED = compiled(
    # ("Mijn eenmanszaak staat in het handelsregister onder nummer 69012344")
    r"(?i:\bkvk(?:-?[ \t]?nummer|-?nr\.?)?(?:[ \t]+(?:vof|v\.o\.f\.))?|\bkamer[ \t]+van[ \t]+koophandel|"
    r"\bhandelsregister)"
    # ("KvK debiteur: 08123457": whose number, named after the label)
    r"(?:[ \t]+(?i:debiteur|crediteur|leverancier|klant|opdrachtnemer|vergunninghouder|aanvrager))?"
    # "ingeschreven bij de Kamer van Koophandel" / "onder nummer 81920344"
    r"(?i:[ \t]*\n?[ \t]*onder[ \t]+(?:het[ \t]+)?(?:nummer|nr\.?))?[ \t]*[:.]?[ \t]*\n?[ \t]*\(?(?P<nr>\d{8})(?!\d)"
)
_NUMBER = compiled(r"(?<![\d.,-])(?P<nr>\d{8})(?![\d.,-]?\d)")
# a Belgian enterprise number ("Ondernemingsnummer BE0654.321.987", "BE0712.448.913" in a ZZP's row)
_BE_NUMBER = compiled(r"(?<![\w.])(?P<nr>(?:BE[ ]?)?[01]\d{3}\.\d{3}\.\d{3})(?![\d.]?\d)")
_BE_LABEL = compiled(r"(?i:ondernemingsnummer|ondernemingsnr\.?|kbo(?:-nummer)?)[ \t]*[:.]?[ \t]*\Z")
# a letterhead's line that names a person: a first name and a surname, alone or after a trade's word
# ("Ravi Ramdin", "Fotografie Sjoerd Hoekstra", "Jens Vercauteren · Kouter 29")
# ("Gerard-Jan Bleeker", "KLUSSENBEDRIJF JEROEN HAMSTRA": a double first name, a letterhead in capitals)
_NAME_LINE = compiled(
    r"(?:^|[ \t·|])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{3,})[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+){0,3}"
    r"\p{Lu}(?:\p{Ll}+|\p{Lu}+)"
)
# a trade's word and a surname alone on a letterhead's line: "Taxibedrijf Koçak", "Loonbedrijf Van der Veen"
_TRADE_SURNAME = compiled(
    r"^[ \t]*(?P<trade>\p{Lu}\p{Ll}{3,})[ \t\u00a0]+"
    r"(?P<sur>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \t\u00a0]+)*\p{Lu}\p{Ll}+)[ \t]*$"
)
_NATURAL = compiled(
    r"(?i:\b(?:eenmanszaak|eenmanszaken|vof|v\.o\.f\.|vennoten|vennootschap[ \t]+onder[ \t]+firma|maatschap|"
    r"zzp(?:'er)?|zelfstandige[ \t]+zonder[ \t]+personeel|aan[ \t]+huis|"
    # "Jeroen Tuinstra, handelend onder de naam Tuinstra Projectadvies": a person trading under a name
    r"handelende?[ \t]+onder[ \t]+de[ \t]+naam|h\.o\.d\.n\.|"
    # "Mijn KvK-nummer is 71234598": one person's own registration
    r"mijn[ \t]+kvk)(?![\p{L}]))"
)
_LEGAL_PERSON = compiled(
    r"(?i:(?<![\p{L}])(?:b\.[ ]?v\.|n\.[ ]?v\.|bv|nv|stichting|vereniging|coöperatie|cooperatie|u\.a\.|holding|"
    r"gemeente|provincie|ministerie|waterschap)(?![\p{L}]))"
)
_PERSON_ON_LINE = compiled(rf"[ \t\u00a0]*{INITIALS}[ \t\u00a0]*(?:\p{{Ll}}+[ \t\u00a0]+){{0,3}}{NAME_PART}")
_LABEL_BEFORE = compiled(
    r"(?i:(?:zaak|kenmerk|nummer|nr\.?|dossier|referentie|ref\.?|factuur|bsn|relatie)\w*[ \t]*[:.]?[ \t]*\Z|:[ \t]*\Z)"
)
_FIRST_AND_NAME = compiled(
    r"[ \t\u00a0]+(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+){0,3}\p{Lu}"
)
# an inspection report's or a register's owner field: "Eigenaar   M. Ouaali", "Houder: Jan de Vries"
_OWNER = compiled(
    rf"(?im:^[ \t]*(?:eigena(?:ar|resse)|houder|exploitant|ondernemer)[ \t]*:?(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?:{INITIALS}[ \t\u00a0]*|\p{{Lu}}\p{{Ll}}+[ \t\u00a0]+)(?:\p{{Ll}}+[ \t\u00a0]+){{0,3}}{NAME_PART}[ \t]*$)"
)
_KVK_HEADER = compiled(r"(?i:\bkvk\b)")
# a farm's number at the RVO ("UBN (registratie RVO)  2281904", "UBN: 1903377")
_UBN = compiled(r"(?<![\p{L}])UBN(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*:?[ \t]*\n?[ \t]*(?P<nr>\d{6,7})(?!\d)")
# a form's applicant block: its heading, then the name field with a given name and a surname
_APPLICANT = compiled(
    r"(?im:^[ \t]*(?:gegevens[ \t]+(?:van[ \t]+de[ \t]+)?)?(?:aanvrager|verzoeker|indiener|melder|schadelijder)[ \t]*:?"
    r"[ \t]*\n[ \t]*naam[ \t]*(?::[ \t]*|[ \t]{2,}|\t|\n[ \t]*)"
    rf"\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?[ \t\u00a0]+(?:[\p{{Ll}}'’]+[ \t\u00a0]+){{0,3}}{NAME_PART}[ \t]*$)"
)
# a field that names a business apart from its owner: the business is then the applicant
_FIRM_LABEL = compiled(
    r"(?im:^[ \t]*(?:bedrijfsnaam|handelsnaam|statutaire[ \t]+naam|naam[ \t]+(?:bedrijf|onderneming|organisatie))\b)"
)


# a Dutch VAT identification number ("NL002184736B71")
_VAT = compiled(r"(?<![\w])NL[ ]?\d{9}[ ]?B[ ]?\d{2}(?!\w)")
# a title's or an initial's full stop: "eenmanszaak van drs. Lieke Kwakernaak" goes on
_TITLE_DOT = compiled(r"(?<![\p{L}])(?i:drs|dr|mr|ir|ing|prof|mw|mevr|dhr|bc|ds|\p{Lu})\.\Z")


def _sentence_and_lines(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)`` and the lines just above and below it ("Rechtsvorm: eenmanszaak")."""
    before = max(text.rfind(". ", 0, start), text.rfind(".\n", 0, start))
    while before > 0 and _TITLE_DOT.search(text, max(0, before - 6), before + 1):
        before = max(text.rfind(". ", 0, before), text.rfind(".\n", 0, before))  # "drs. Lieke": no sentence's end
    after = [i for i in (text.find(". ", end), text.find(".\n", end)) if i >= 0]
    s_start, s_end = before + 1, min(after) if after else len(text)
    line_start, line_end = line_span(text, start)
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    below = line_span(text, min(len(text), line_end + 1))[1]
    # a short label line above or below counts ("Rechtsvorm: eenmanszaak"); running text does not
    lines = [text[a:b] for a, b in ((above, line_start), (line_end, below)) if b - a < 50 and ":" in text[a:b]]
    # (from the line's start at least: "V.O.F. Kaptein-de Vries (KvK 52290114)", the dots of its legal form no end)
    return " ".join([text[min(s_start, line_start) : s_end], *lines])


def _bracket(text: str, start: int, end: int) -> str:
    """The text in the brackets around ``[start, end)`` on its line ("eenmanszaak, KvK 01128765"), or ""."""
    line_start, line_end = line_span(text, start)
    opened, closed = text.rfind("(", line_start, start), text.find(")", end, line_end)
    if opened < 0 or closed < 0 or ")" in text[opened:start]:
        return ""
    return text[opened + 1 : closed]


def _person_after(text: str, pos: int, end: int) -> bool:
    """A person's name right after the number on its line: "J.A. Nijboer", "Wietske Kuipers"."""
    if _PERSON_ON_LINE.match(text, pos, end) or _PERSON_ON_LINE.match(text, pos + 1, end):
        return True
    m = _FIRST_AND_NAME.match(text, pos, end)
    return m is not None and load_lexicons().is_first_name(m.group("first").split("-")[0])


# a table's cell before the number on its row that names a person: "3 | Sevda Korkmaz | Korkmaz Stoffen | 67701543",
# "9 | J. Brinkhorst-Meijer | Kaashandel Brinkhorst | 08123457"
_CELL_START = compiled(r"(?:^|\||\t|[ ]{2,})[ \t]*")
# ... or a register's inverted name: "ter Beek, D.J.", "Kaya, Ö.", "Nguyễn, Thi Lan" (a given name the lists know:
# not "Terras, Zomerseizoen", "Coolblue, Rotterdam")
_INVERTED_NAME = compiled(
    rf"(?:\p{{Ll}}+[ \t\u00a0]+){{0,3}}\p{{Lu}}[\p{{L}}'’-]+,[ \t\u00a0]*"
    rf"(?:{INITIALS}|(?P<given>\p{{Lu}}\p{{Ll}}+)(?:[ ]\p{{Lu}}\p{{Ll}}+)?(?![\p{{L}}.]))"
)


def _inverted_person(text: str, start: int, end: int, full: bool) -> bool:
    """``text[start:end]`` begins with (``full``: is) a register's inverted name, by initials or a known given name."""
    m = (_INVERTED_NAME.fullmatch if full else _INVERTED_NAME.match)(text, start, end)
    return m is not None and (m.group("given") is None or load_lexicons().is_first_name(m.group("given")))


_FIRST_THEN_NAME = compiled(
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t\u00a0]+(?:\p{Ll}+(?:[ \t\u00a0]+|['’])){0,3}\p{Lu}\p{Ll}"
)


def _person_before(text: str, line_start: int, at: int) -> bool:
    """A cell before the number on its row holds a person's name: initials and a surname, a surname and initials or
    a given name after a comma, or a known first name and a capitalised word."""
    lex = load_lexicons()
    for cell in _CELL_START.finditer(text, line_start, at):
        if _PERSON_ON_LINE.match(text, cell.end(), at) or _inverted_person(text, cell.end(), at, full=False):
            return True
        m = _FIRST_THEN_NAME.match(text, cell.end(), at)
        words = " ".join(text[cell.end() : at].split("|")[0].split()[:2])
        # (not "Albert Heijn Zaandam", "Hotel Anna Paulowna": a company's or a place's name)
        named = words in lex.places or lex.is_organisation(words)
        if m is not None and lex.is_first_name(m.group("first").split("-")[0]) and not named:
            return True
    return False


_PERSON_BEFORE = compiled(rf"{INITIALS}[ \t\u00a0]*(?:\p{{Ll}}+[ \t\u00a0]+){{0,3}}{NAME_PART}[ \t\u00a0]*\Z")


def _person_before_bracket(text: str, start: int, line_start: int) -> regex.Match[str] | None:
    """The number stands in brackets right after a person's initials and surname: "eigendom van R.G.M. te Lintelo
    (UBN 2309871, KvK 08231902)": his business's number."""
    opened = text.rfind("(", line_start, start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    return _PERSON_BEFORE.search(text, max(line_start, opened - 60), opened)


def _letterhead_person(text: str, line_start: int) -> regex.Match[str] | None:
    """A sole trader's letterhead: a person's name (a known first name and a surname, or a trade's word and a
    surname: "Taxibedrijf Koçak") on one of the four lines above the number's, none of them naming a legal person
    ("Ramdin Interim & Advies" / "Ravi Ramdin" / "Kasteel Traverstraat 17" / "2804 EL Gouda" / "KvK 61827730")."""
    top = line_start
    for _ in range(4):
        if top == 0:
            break
        top = text.rfind("\n", 0, top - 1) + 1
    block = text[top:line_start]
    if _LEGAL_PERSON.search(block):
        return None
    lex = load_lexicons()
    for line in block.splitlines():
        if sum(any(c.isalnum() for c in w) for w in line.split()) > 8:
            continue  # running text, not a letterhead's line
        for m in _NAME_LINE.finditer(line, overlapped=True):
            first = m.group("first")
            name = " ".join(unshouted(w) for w in m.group().strip(" \t·|").split())
            if name in lex.places:
                continue  # "1234 AB Anna Paulowna", "ZORGGROEP ANNA PAULOWNA": a place's name
            lead = line[: m.start("first")].split()
            if first.isupper() and lead and not lead[-1].lower().endswith(TRADE_ENDINGS):
                continue  # a name in capitals alone on its line or after a trade's word ("KLUSSENBEDRIJF JEROEN ...")
            if lex.is_first_name(unshouted(first).split("-")[0]):
                return m
        trade = _TRADE_SURNAME.match(line)
        if (
            trade
            and trade.group("trade").lower().endswith(TRADE_ENDINGS)
            and lex.is_surname(trade.group("sur").split()[-1])
            and trade.group("sur").split()[-1] not in lex.places
        ):
            return trade  # "Taxibedrijf Koçak": a trade named after its owner, no legal form
    return None


def _firm_named_before(text: str, start: int) -> regex.Match[str] | None:
    """The bracket around the number follows a firm the text has just called a natural person's, with no legal
    person named after that: "uitbesteed aan een eenmanszaak met de handelsnaam Oudejans Advies (KvK 84736291)"
    (a B.V. named earlier in the sentence is the one that hired it)."""
    opened = text.rfind("(", max(0, start - 120), start)
    if opened < 0:
        return None
    lead = text[max(0, opened - 100) : opened]
    found = list(_NATURAL.finditer(lead))
    natural = found[-1] if found else None
    if natural is None or _LEGAL_PERSON.search(lead, natural.end()):
        return None
    return natural


# the letter's addressee is a one-man firm: "Melkveebedrijf Sjoerd de Boer" over "t.a.v. de heer S.H. de Boer"
_TAV_LINE = compiled(r"(?im:^[ \t]*t\.?[ \t]?a\.?[ \t]?v\.?[ \t:]+[^\n]*?(?P<surname>\p{Lu}[\p{Ll}'’]+)[ \t,]*$)")
_YOUR_FIRM = compiled(r"(?i:\buw[ \t]+(?:bedrijf|onderneming|zaak|eenmanszaak)\b)")


def _one_man_addressee(text: str) -> regex.Match[str] | None:
    """The firm the letter is addressed to (in its first lines) bears the surname of the person it is for, and no
    legal form: a natural person's business ("Uw bedrijf, ingeschreven onder KvK-nummer ..." is theirs)."""
    for tav in _TAV_LINE.finditer(text, 0, min(len(text), 800)):
        above_start = text.rfind("\n", 0, max(0, tav.start() - 1)) + 1
        firm = compiled(rf"[^\n]*(?<![\p{{L}}]){regex.escape(tav.group('surname'))}(?![\p{{L}}])[^\n]*")
        hit = firm.fullmatch(text, above_start, max(above_start, tav.start() - 1))
        if hit and not _LEGAL_PERSON.search(hit.group()):
            return hit
    return None


def _trade_on_line(text: str, line_start: int, at: int) -> regex.Match[str] | None:
    """The number's line begins with a trade named after its owner, the number in a later cell: "Kunsttransport
    Dijkhuizen | 06-22 90 31 48 | KvK 81234567" under a mail's "Groet, Gerrit"."""
    cell = regex.split(r"[|·]", text[line_start:at], maxsplit=1)[0]
    trade = (
        _TRADE_SURNAME.match(cell.rstrip() + "\n") if "|" in text[line_start:at] or "·" in text[line_start:at] else None
    )
    lex = load_lexicons()
    if trade and trade.group("trade").lower().endswith(TRADE_ENDINGS):
        surname = trade.group("sur").split()[-1]
        # (a hamlet's name is a family's too: "Dijkhuizen"; not a town's: "Transportbedrijf Zwolle")
        return trade if lex.is_surname(surname) and surname.lower() not in municipalities() else None
    return None


# a firm and the person it belongs to after a comma: "Aan: Bloemenhandel Oonk, de heer P.H. Oonk", "Debiteur:
# Kaashandel Brinkhorst, J. Brinkhorst-Meijer"
_FIRM_THEN_OWNER = compiled(
    rf"(?P<firm>\p{{Lu}}[^\n,:;|]{{2,60}}),[ \t]*(?:(?i:de[ \t]+heer|mevrouw|dhr\.|mw\.|mevr\.)[ \t]+)?"
    rf"{INITIALS}[ \t\u00a0]*(?:\p{{Ll}}+[ \t\u00a0]+){{0,3}}(?P<surname>{NAME_PART})"
)


def _firm_of_its_owner(text: str, line_start: int) -> regex.Match[str] | None:
    """On the number's line or one of the eight above: a firm that bears the surname of the person named after it,
    and no legal form (a one-man business: "Aan: Bloemenhandel Oonk, de heer P.H. Oonk")."""
    top = line_start
    for _ in range(8):
        if top == 0:
            break
        top = text.rfind("\n", 0, top - 1) + 1
    end = text.find("\n", line_start)
    for m in _FIRM_THEN_OWNER.finditer(text, top, end if end >= 0 else len(text)):
        firm_words = {w.lower() for w in regex.findall(r"[\p{L}'’]+", m.group("firm"))}
        parts = {w.lower() for w in regex.findall(r"[\p{L}'’]+", m.group("surname")) if w[:1].isupper()}
        if parts & firm_words and not _LEGAL_PERSON.search(m.group("firm")):
            return m
    return None


def kvk_numbers(doc: Document) -> list[Candidate]:
    """KvK numbers of natural persons' businesses."""
    text = doc.text
    out: list[Candidate] = []
    seen: set[int] = set()
    # a table with a KvK column: eight-digit numbers on lines naming a person by initials and surname
    table = bool(_KVK_HEADER.search(text))
    for m in _LABELLED.finditer(text):
        seen.add(m.start("nr"))
        line_start, line_end = line_span(text, m.start("nr"))
        natural = _natural_evidence(text, m, line_start, line_end)
        if natural is None:
            continue
        why = f"KvK number of a natural person's business ('{natural.group()}' nearby)"
        out.append(Candidate(m.start("nr"), m.end("nr"), "KVK_NUMBER", Explanation("kvk_number", 0.7, why)))
        for vat in _VAT.finditer(text, line_start, line_end):  # "KvK-nummer 86531207, btw-nummer NL002184736B71"
            why = f"VAT number of a natural person's business ('{natural.group()}' nearby), beside its KvK number"
            out.append(Candidate(vat.start(), vat.end(), "KVK_NUMBER", Explanation("kvk_number", 0.7, why)))
    for m in _UBN.finditer(text):  # "UBN (registratie RVO)  2281904" in a farmer's own application
        line_start, line_end = line_span(text, m.start("nr"))
        natural = _natural_evidence(text, m, line_start, line_end)
        if natural is not None:
            why = f"the UBN (the RVO's farm number) of a natural person's farm ('{natural.group()}' nearby)"
            out.append(Candidate(m.start("nr"), m.end("nr"), "KVK_NUMBER", Explanation("kvk_number", 0.7, why)))
    belgian = _BE_NUMBER.search(text) is not None
    beside = beside_on_row(doc) if table or belgian else None
    for m in _NUMBER.finditer(text) if table else ():
        if m.start("nr") in seen:
            continue
        line_start, line_end = line_span(text, m.start("nr"))
        line = text[line_start:line_end]
        # "100251  J. Boukhrisse  ZZP  74510392": the row says the business is a person's
        natural_row = _natural_row(text, m.start("nr"), beside) is not None
        person = (
            natural_row
            or _person_after(text, m.end("nr"), line_end)
            or _person_before(text, line_start, m.start())
            or _person_cell_on_row(text, m.start("nr"), beside)
        )
        if _LEGAL_PERSON.search(line) or not person:
            continue
        if _LABEL_BEFORE.search(text[line_start : m.start("nr")]):
            continue  # "Zaak 20250412 J. Jansen", "kenmerk: 23284417": another number, labelled so
        why = "KvK number on the line of a person's name, in a document with KvK numbers"
        out.append(Candidate(m.start("nr"), m.end("nr"), "KVK_NUMBER", Explanation("kvk_number", 0.7, why)))
    return out + (_belgian_numbers(text, beside) if belgian else [])


def _natural_evidence(text: str, m: regex.Match[str], line_start: int, line_end: int) -> regex.Match[str] | None:
    """What says that the business of the number ``m`` labels is a natural person's (or None): the brackets around
    it, the sentence and lines around it, an owner or an applicant named above it, a letterhead, a trade's line."""
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    near = text[prev_start:line_end]
    # "(eenmanszaak, KvK 01128765)": the brackets around the number say whose it is, whatever else the line has
    own = _bracket(text, m.start(), m.end())
    natural = _NATURAL.search(own) if own and not _LEGAL_PERSON.search(own) else None
    if natural is None and own and not _LEGAL_PERSON.search(own):
        natural = _person_before_bracket(text, m.start(), line_start)  # "R.G.M. te Lintelo (UBN ..., KvK ...)"
    if natural is None and own:
        natural = _firm_named_before(text, m.start())  # "een eenmanszaak met de handelsnaam X (KvK ...)"
    if natural is None and _LEGAL_PERSON.search(near):
        return None  # "Bouwbedrijf Van Wijngaarden B.V., KvK 24387716": a legal person's
    return (
        natural
        or _NATURAL.search(m.group())
        or _NATURAL.search(_sentence_and_lines(text, m.start(), m.end()))
        # "Eigenaar  M. Ouaali" a few lines above: a business a person owns is no legal person's
        or _OWNER.search(text, max(0, line_start - 240), min(len(text), line_end + 240))
        or _applicant(text, line_start)
        or (None if _LEGAL_PERSON.search(text[line_start:line_end]) else _letterhead_person(text, line_start))
        or (_one_man_addressee(text) if _YOUR_FIRM.search(text, max(0, m.start() - 120), m.start()) else None)
        or _firm_of_its_owner(text, line_start)
        or _trade_on_line(text, line_start, m.start())
    )


def _applicant(text: str, line_start: int) -> regex.Match[str] | None:
    """A form's applicant block above the line that names a person and no legal person ("Gegevens aanvrager" /
    "Naam  Gerrit-Jan Wolters" / ... / "KvK-nummer  04127733": a farmer applying for himself)."""
    found = None
    for match in _APPLICANT.finditer(text, max(0, line_start - 700), line_start):
        found = match  # (the nearest block above)
    if (
        found is None
        or _LEGAL_PERSON.search(text, found.start(), line_start)
        or _FIRM_LABEL.search(text, found.start(), line_start)
    ):
        return None
    return found


def _natural_row(text: str, at: int, beside: Callable[[int, int], bool] | None) -> regex.Match[str] | None:
    """A word on the number's table row that says the business is a person's ("ZZP", "eenmanszaak"): on its
    line, or in a cell to its left that the text puts on a line of its own; no legal person on that row."""
    line_start, line_end = line_span(text, at)
    if _LEGAL_PERSON.search(text, line_start, line_end):
        return None
    found = _NATURAL.search(text, line_start, line_end)
    if found is not None or beside is None:
        return found
    for cell in _NATURAL.finditer(text, max(0, line_start - 160), line_start):
        if beside(cell.start(), at) and not _LEGAL_PERSON.search(text, *line_span(text, cell.start())):
            return cell
    return None


_CELL_LINE = compiled(r"(?m:^[^\n]+$)")


def _person_cell_on_row(text: str, at: int, beside: Callable[[int, int], bool] | None) -> bool:
    """A cell to the left of the number on its table row that the text puts on a line of its own holds a person's
    name: "ter Beek, D.J.", "Nguyễn, Thi Lan", "J. Brinkhorst" (a register of traders, each cell a line)."""
    if beside is None:
        return False
    line_start = line_span(text, at)[0]
    top = max(0, line_start - 200)
    cells = [c for c in _CELL_LINE.finditer(text, top, line_start) if beside(c.start(), at)]
    # ("Stichting Vluchtelingenwerk" | "Jansen, P." | "41234567": the foundation's, its contact beside it)
    if any(_LEGAL_PERSON.search(c.group()) for c in cells):
        return False
    for cell in cells:
        lead = len(cell.group()) - len(cell.group().lstrip())
        if _PERSON_ON_LINE.fullmatch(cell.group().strip()) or _inverted_person(
            text, cell.start() + lead, cell.start() + len(cell.group().rstrip()), full=True
        ):
            return True
    return False


def _belgian_numbers(text: str, beside: Callable[[int, int], bool] | None) -> list[Candidate]:
    """A Belgian enterprise number where the Dutch KvK number would be a person's: after its label in a sole
    trader's letterhead, or on a table's row that says the business is a ZZP'er's or an eenmanszaak."""
    out: list[Candidate] = []
    for m in _BE_NUMBER.finditer(text):
        line_start, line_end = line_span(text, m.start("nr"))
        if _LEGAL_PERSON.search(text[line_start:line_end]):
            continue
        labelled = _BE_LABEL.search(text, max(0, m.start() - 30), m.start()) is not None
        natural = _natural_row(text, m.start("nr"), beside) or (
            _letterhead_person(text, line_start) if labelled else None
        )
        if natural is None:
            continue
        why = f"enterprise number of a natural person's business ('{natural.group()}' nearby)"
        out.append(Candidate(m.start("nr"), m.end("nr"), "KVK_NUMBER", Explanation("kvk_number", 0.7, why)))
    return out
