"""A public office in a later cell of a name's table row, found by the page's geometry.

An attendance table prints a name, an organisation and a role in cells of one row ("C. Jansen" | "Ministerie van
IenW" | "staatssecretaris (voorzitter)"). The parse may read the role column as a block of its own, far from the
name in the text; the row is the page's, not the text's: the lines right of the name's line on the same row
(:meth:`.lines.Layout.cells_right`). A role cell that holds a public office alone, with its portfolio, makes the
row's name an office holder's, as "C. Jansen, staatssecretaris" would. Not when the cell names another person
after the office ("wethouder De Groot"), says something ("wethouder informeert"), lists addressees ("minister van
IenW, DG Mobiliteit" under "Kopie aan") or holds a plural office or a body ("wethouders", "Gedeputeerde Staten"),
nor in a contact's row (a phone number or an e-mail address beside the name: the row gives the name's own data), nor
where a cell between names another person (a RACI table: someone responsible in each cell).
"""

from __future__ import annotations

import regex

from .grammar import compiled
from .lexicons import load_lexicons
from .lines import Layout
from .namesakes import names_or_says
from .title_context import _plural

__all__ = ["office_in_row"]

# a cell of a contact's row: an e-mail address or a phone number
_CONTACT = compiled(r"@|\d(?:[ \t.-]?\d){5}")
# academic titles alone before the name in its cell ("drs. K.D. Handstede")
_TITLES_ONLY = compiled(r"[ \t\u00a0]*(?:(?i:mr|ir|dr|drs|ing|prof|bc|ds)\.[ \t\u00a0]*)+")


def office_in_row(
    text: str, line_start: int, start: int, end: int, layout: Layout | None, office_at_start: regex.Pattern[str]
) -> str | None:
    """The reason a name is an office holder's by its table row, or None: the name fills its line (academic titles
    before it allowed) and a later cell of its row on the page begins with a public office
    (``office_at_start``) and holds nothing else but the office's portfolio or a remark in brackets."""
    line_end = text.find("\n", end)
    lead, tail = text[line_start:start], text[end : len(text) if line_end < 0 else line_end]
    if layout is None or tail.strip(" \t,") or (lead.strip() and not _TITLES_ONLY.fullmatch(lead)):
        return None
    before, cells = layout.row_cells(text, start)
    if any(_CONTACT.search(cell) for cell in cells):
        return None  # "Marloes Terpstra" | "06-41872093" | "m.terpstra@..." | "minister van IenW": a contact's row
    lex = load_lexicons()
    if any(w[:1].isupper() and lex.is_first_name(w) for cell in before for w in cell.split()):
        return None  # "Lucas Smit" | "Dewi Kusuma" | "directeur-generaal": a RACI row, someone in each cell
    for cell in cells:
        office = office_at_start.match(cell.strip() + " ")
        if office is None:
            if any(w[:1].isupper() and lex.is_first_name(w) for w in cell.split()):
                return None  # "Dewi Kusuma" | "Lucas Smit" | "directeur-generaal": a RACI row, someone in each cell
            continue
        if "," in cell or ";" in cell:
            return None  # "minister van IenW, DG Mobiliteit": a "Kopie aan" cell's addressees, no one's role
        rest = (cell.strip() + " ")[office.end() :]
        title = " ".join(office.group().lower().split()).strip(" ,")
        if names_or_says(rest) or _plural(title) or rest.lstrip().startswith("Staten"):
            return None  # "wethouder De Groot": another's office; "Gedeputeerde Staten": a body
        return f"the public title '{title}' in a later cell of the name's table row"
    return None
