"""A public office in a later cell of a name's table row, found by the page's geometry.

An attendance table prints a name, an organisation and a role in cells of one row ("C. Jansen" | "Ministerie van
IenW" | "staatssecretaris (voorzitter)"). The parse may read the role column as a block of its own, far from the
name in the text; the row is the page's, not the text's: the lines right of the name's line on the same row
(:meth:`.lines.Layout.row_cells`). A role cell that holds a public office alone, with its portfolio, makes the
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
from .title_context import _TITLES_ONLY, _plural

__all__ = ["ROW_TITLE", "office_in_row"]

# the words of the reason this module gives: a title read from the row's geometry, not written with the name (the
# batch does not spread such a title: batch_names.titled_names)
ROW_TITLE = "in a later cell of the name's table row"

# a cell of a contact's row: an e-mail address or a phone number
_CONTACT = compiled(r"@|\d(?:[ \t.-]?\d){5}")


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
    # "Lucas Smit" | "Dewi Kusuma" | "directeur-generaal": a RACI row, someone in each cell (left of the name or
    # between it and the office)
    if any(_names_someone(cell) for cell in before):
        return None
    for cell in cells:
        office = office_at_start.match(cell.strip() + " ")
        if office is None:
            if _names_someone(cell) or _says(cell):
                return None  # ("2" | "Henk Westra" | "Waarom is" | "Het college" | "wethouder": a question's row)
            continue
        if "," in cell or ";" in cell:
            return None  # "minister van IenW, DG Mobiliteit": a "Kopie aan" cell's addressees, no one's role
        rest = (cell.strip() + " ")[office.end() :]
        title = " ".join(office.group().lower().split()).strip(" ,")
        if names_or_says(rest) or _plural(title) or rest.lstrip().startswith("Staten"):
            return None  # "wethouder De Groot": another's office; "Gedeputeerde Staten": a body
        return f"the public title '{title}' {ROW_TITLE}"
    return None


_SMALL_WORDS = frozenset(
    {"van", "de", "der", "den", "het", "'t", "en", "voor", "op", "in", "te", "&", "namens", "voorzitter"}
    | {"gemeente", "provincie", "ministerie", "waterschap", "directie", "afdeling", "team", "rijksoverheid"}
)


def _says(cell: str) -> bool:
    """A cell of words written small that are no particles ("Waarom is", "vraagt naar"): a sentence, no organisation's
    or role's cell."""
    org_words = load_lexicons().organisation_words  # ("gemeente Utrecht", "namens de provincie")
    return "?" in cell or any(
        w.islower() and w.strip("(),.;:") not in _SMALL_WORDS and w.strip("(),.;:") not in org_words
        for w in cell.split()
    )


def _names_someone(cell: str) -> bool:
    """A capitalised word of the cell is a known first name: the cell names a person."""
    lex = load_lexicons()
    return any(w[:1].isupper() and lex.is_first_name(w) for w in cell.split())
