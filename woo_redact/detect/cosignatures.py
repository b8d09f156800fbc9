"""A body's decision signed in columns: each name under its own office ("de secretaris, de burgemeester,").

A decision of the college, of Gedeputeerde Staten, of the council or of a water board's board is signed by two
people side by side, each under the office they sign in::

    Het college van burgemeester en wethouders,
    de secretaris,                       de burgemeester,
    Ilma Merx                            Jan van Zanen

The parse reads such a block row by row (the titles, then the names, each on a line of its own, or the two
columns on one line with a wide gap between), so the name's office is the title in its position of the titles'
row, not the line right above the name. :func:`column_office` finds it. The chair's office of the body
("de voorzitter" of Gedeputeerde Staten is the Commissaris van de Koning, of the council the burgemeester) is
a public office; the secretary's is the office the law gives the body's secretary (gemeentesecretaris,
provinciesecretaris, griffier, secretaris-directeur), public only where the configured public titles hold it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .grammar import DEGREES, compiled

__all__ = ["ColumnOffice", "column_office", "law_office"]

_BODY = compiled(
    r"(?i:^[ \t]*(?:het[ \t]+)?(?P<body>college[ \t]+van[ \t]+burgemeester[ \t]+en[ \t]+wethouders|burgemeester[ \t]+"
    r"en[ \t]+wethouders|gedeputeerde[ \t]+staten|provinciale[ \t]+staten|de[ \t]+raad|(?:het[ \t]+)?"
    r"(?:algemeen|dagelijks)[ \t]+bestuur"
    # a council's (or the States') decision's formula over its chair's and griffier's signatures
    r"|aldus[ \t]+(?:vastgesteld|besloten)[ \t]+in[ \t]+de[ \t]+openbare[ \t]+vergadering"
    r"(?=[ \t]+van[ \t]+\d|[ \t]*[,.]?[ \t]*$))"  # (a council's: its date, no other body's name after it)
    r"\b[^\n]{0,80}[,:.]?[ \t]*$)"
)
# one column's office: "de secretaris,", "De dijkgraaf,", "de burgemeester,"
_OFFICE = compiled(r"(?i:^(?:de|het)[ \t]+(?P<office>[\p{L}-]+(?:[ \t]+van[ \t]+de[ \t]+(?:koning|raad))?)[ \t]*,?$)")
_COLUMNS = compiled(r"[ \t]{3,}")
# an office alone on its line under a name, as Word's signature tables print it ("Gemeentesecretaris", "Burgemeester")
_TITLE_ONLY = compiled(
    r"(?i:(?:loco-)?(?:gemeentesecretaris|provinciesecretaris|secretaris(?:-directeur)?|burgemeester|griffier|"
    r"voorzitter|dijkgraaf|commissaris[ \t]+van[ \t]+de[ \t]+koning))[ \t]*,?"
)
_NAME = compiled(r"^(?:[\p{L}.'’()-]+[ \t]){0,5}[\p{L}.'’()-]+,?$")
# the law's office of a body's secretary, by the body
_SECRETARY = {
    "college": "gemeentesecretaris",
    "burgemeester": "gemeentesecretaris",
    "gedeputeerde": "provinciesecretaris",
    "provinciale": "griffier",
    "de": "griffier",
    "algemeen": "secretaris-directeur",
    "dagelijks": "secretaris-directeur",
    "het": "secretaris-directeur",
    "aldus": "griffier",
}
_CHAIR = {
    "college": "burgemeester",
    "burgemeester": "burgemeester",
    "gedeputeerde": "commissaris van de koning",
    "provinciale": "commissaris van de koning",
    "de": "burgemeester",
    "algemeen": "dijkgraaf",
    "dagelijks": "dijkgraaf",
    "het": "dijkgraaf",
    "aldus": "voorzitter van de raad",
}


@dataclass(frozen=True)
class ColumnOffice:
    """The office a name signs in: as printed over it, and as the law names it for the body."""

    printed: str
    office: str
    body: str


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _COLUMNS.split(line.strip()) if c.strip()]


# the offices' row read without its gap ("de secretaris, de burgemeester,"): each "de <office>," a cell
_OFFICES_ROW = compiled(r"(?i:[ \t]*(?:(?:de|het)[ \t]+[\p{L}-]+,[ \t]*){1,3}(?:de|het)[ \t]+[\p{L}-]+,?[ \t]*)")
_ONE_OFFICE = compiled(r"(?i:(?:de|het)[ \t]+[\p{L}-]+,?)")


def _office_cells(line: str) -> list[str]:
    """The offices of a row of titles, split at their gaps, or at each "de <office>," where the parse closed them."""
    cells = _cells(line)
    if len(cells) == 1 and _OFFICES_ROW.fullmatch(line):
        return [m.group() for m in _ONE_OFFICE.finditer(line)]
    return cells


def _offices_below(text: str, start: int) -> list[str]:
    """The offices under a signature's names, the names' lines first ("drs. K.D. Handstede" / "drs. L.A. de Lange" /
    "Gemeentesecretaris" / "Burgemeester"), as "de <office>," cells; none where the lines below are no such row."""
    below = [ln for ln in text[start:].split("\n")[1:9] if ln.strip()]
    k = 0
    while k < len(below) and _NAME.match(below[k].strip()) and not _TITLE_ONLY.fullmatch(below[k].strip()):
        # (the names' other lines, a line each where the parse split the columns)
        k += 1
    offices = []
    while k < len(below) and all(_TITLE_ONLY.fullmatch(c) for c in _cells(below[k])):
        offices += [f"de {c.rstrip(',').lower()}," for c in _cells(below[k])]
        k += 1
    return offices


# the offices a body's decision is signed in, each before its signer's name
_SIGNERS = "secretaris|burgemeester|voorzitter|dijkgraaf|griffier"
_NAME_BEFORE = compiled(r"\p{Lu}\p{Ll}+[ \t]+\S*\Z")  # a capitalised word of a name before (not "drs. ")
_INLINE = compiled(
    r"(?im:(?:^|[-–|][ \t]*|[ \t]{2,})(?:de|het)[ \t]+"
    rf"(?P<office>{_SIGNERS})),[ \t]*"
    + DEGREES
    + r"\Z"  # ("de secretaris, drs. P.J. Rietveld": a degree before the name)
)

_INLINE_LINE = compiled(rf"(?i:[ \t]*(?:de|het)[ \t]+(?:{_SIGNERS}),)")
# ... or after the body's name on the name's own line, the comma after the office left out: "Burgemeester en
# wethouders van Zandvoorde, de secretaris P.G. Altena, de burgemeester H.A. Dekkers"
_AFTER_BODY = compiled(rf"(?i:,[ \t]*(?:de|het)[ \t]+(?P<office>{_SIGNERS})),?[ \t]+" + DEGREES + r"\Z")


def _inline_office(text: str, line_start: int, start: int) -> ColumnOffice | None:
    """ "de secretaris, Wim Sarlemijn - de burgemeester, Cor Lamers" under the body's name: each name after its
    office on one line."""
    m = _INLINE.search(text, line_start, start)
    if m is None:
        same = _AFTER_BODY.search(text, line_start, start)
        head = text[line_start : same.start() + 1] if same is not None else ""
        body = _signing_body(head) if same is not None else None
        if same is None or body is None:
            return None
        office = law_office(same.group("office"), body.group("body"))
        return ColumnOffice(same.group().strip(" \t,"), office, " ".join(body.group("body").split()))
    if line_start == 0:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    body = _signing_body(text[above_start : line_start - 1])
    if body is None and above_start > 0 and _INLINE_LINE.match(text, above_start, line_start - 1):
        # ("de secretaris, drs. P.J. Rietveld" / "de burgemeester, mr. M.C. Teunissen-Baas": a line each)
        body = _signing_body(text[text.rfind("\n", 0, above_start - 1) + 1 : above_start - 1])
    if body is None:
        return None
    office = law_office(m.group("office"), body.group("body"))
    return ColumnOffice(m.group().strip(" \t-–|"), office, " ".join(body.group("body").split()))


def _signing_body(line: str) -> regex.Match[str] | None:
    """The body's name as a signature's heading writes it, a comma or a colon after it ("Burgemeester en
    wethouders van Ede,"); None for prose that names the body ("De raad van toezicht heeft ... gesproken.")."""
    body = _BODY.match(line)
    # (the council's formula ends its sentence: "Aldus vastgesteld in de openbare vergadering van 24 maart 2026.")
    ends = (",", ":", ".") if body is not None and body.group("body").lower().startswith("aldus") else (",", ":")
    return body if body is not None and body.group().rstrip().endswith(ends) else None


def law_office(printed: str, body: str) -> str:
    """The office the law gives the body's secretary or chair ("secretaris" of the college: the gemeentesecretaris),
    or the printed one."""
    title = " ".join(printed.lower().split())
    key = body.split()[0].lower()
    if title == "secretaris":
        return _SECRETARY.get(key, title)
    return _CHAIR.get(key, title) if title.split()[0] == "voorzitter" else title  # ("voorzitter van de raad")


def column_office(text: str, line_start: int, start: int) -> ColumnOffice | None:
    """The office over the name at ``start`` (its line begins at ``line_start``) in a body's signature in columns,
    or None when the name stands in no such block."""
    inline = _inline_office(text, line_start, start)
    if inline is not None:
        return inline
    lines: list[str] = []
    pos = line_start
    while pos > 0 and len(lines) < 8:  # the lines above, nearest first, blank ones skipped
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        pos = prev_start
        if line.strip():
            lines.append(line)
    own = text[line_start : text.find("\n", start) if "\n" in text[start:] else len(text)]
    # names on lines of their own before this one, then the offices' lines, then the body
    names_before = 0
    while (
        names_before < len(lines)
        and _NAME.match(lines[names_before].strip())
        and not _OFFICE.match(lines[names_before].strip())
    ):
        names_before += 1
    offices: list[str] = []
    k = names_before
    gapless = False  # (the offices' row read without its gap: the names' row then has none either)
    while k < len(lines) and all(_OFFICE.match(c) for c in _office_cells(lines[k])):
        gapless = gapless or len(_cells(lines[k])) < len(_office_cells(lines[k]))
        offices = _office_cells(lines[k]) + offices
        k += 1
    if not offices and k < len(lines) and _BODY.match(lines[k]):
        offices = _offices_below(text, start)  # "drs. K.D. Handstede" / "drs. L.A. de Lange" / "Gemeentesecretaris"
    if not offices or len(offices) < 2:
        return None
    body = _BODY.match(lines[k]) if k < len(lines) else None
    # (no body's name over the offices, "Met vriendelijke groet," / "de voorzitter," / "de griffier,": a griffier signs
    # only with the council's chair)
    body_name = " ".join(body.group("body").split()) if body is not None else _council(offices)
    if body_name is None:
        return None
    own_cells = _cells(own)
    if len(own_cells) > 1:  # the columns on one line: the name's cell's place in its row
        lead = text[line_start:start]
        before = _cells(lead)
        if before and not _COLUMNS.search(lead[-3:] if len(lead) >= 3 else lead):
            before = before[:-1]  # "drs. " before the name: its own cell's title
        index = len(before) + names_before
    elif gapless:  # "drs. A.C. Wolters-Ebbinge Ron König": a name before this one on its line is the first column's
        index = names_before + (1 if _NAME_BEFORE.search(text[line_start:start]) else 0)
    else:
        index = names_before
    if index >= len(offices):
        return None
    printed = _OFFICE.match(offices[index])
    assert printed is not None
    office = law_office(printed.group("office"), body_name)
    return ColumnOffice(offices[index], office, body_name)


def _council(offices: list[str]) -> str | None:
    """ "de raad" where the offices are the council's (a griffier signs with the chair: "de voorzitter van de raad," /
    "de griffier,"), else None."""
    return "de raad" if any("griffier" in o.lower() for o in offices) else None
