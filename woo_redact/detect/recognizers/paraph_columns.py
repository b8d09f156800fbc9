"""Paraph tables (Naam | Functie | Paraaf | Datum) and action lists' owner columns (Wie, Actiehouder, Code):
the names and paraphs a table holds, read by column, on a table's page and at the top of the next.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ...model import Document, Word
from ..grammar import compiled
from ..headers import header_words_in
from ..lexicons import Lexicons, load_lexicons
from .paraphs import looks_like_paraph
from .structure_base import _LABEL_START, Candidate, candidate, name_like, strip_title

__all__ = ["ACTION_TABLE_LABELS", "OWNER_COLUMNS", "TABLE_LABELS", "paraph_tables"]

TABLE_LABELS = ("naam", "name", "medewerker", "functie", "datum", "paraaf")


def paraph_tables(doc: Document) -> list[Candidate]:
    """Paraph tables (Naam | Functie | Paraaf | Datum): names and paraphs by column.

    A table broken over a page goes on at the top of the next page, with or
    without a repeated header: rows there whose Paraaf cell looks like a paraph
    and whose Datum cell holds a date are read with the same columns.
    """
    out: list[Candidate] = []
    words = doc.words
    for pw in header_words_in(doc, ("paraaf", *OWNER_COLUMNS)):
        row = [w for w in words if w.box.page == pw.box.page and abs(w.box.y1 - pw.box.y1) < 0.5 * pw.box.height]
        labels = {w.text.rstrip(":").lower() for w in row}
        header = pw.text.rstrip(":").lower()
        if header in OWNER_COLUMNS:
            if not labels & set(ACTION_TABLE_LABELS) or _in_phrase(pw, row):
                continue  # "wie" or "code" in running text ("Code Review Findings by Status"), not a header cell
            if header == "code" and "naam" not in labels:
                continue  # a "Code" column holds people's codes only beside their names
        elif len(labels & set(TABLE_LABELS)) < 2:
            continue  # the word "paraaf" in running text, not a table header
        col_x = [(c.text.rstrip(":").lower(), c.box.x0) for c in sorted(row, key=lambda w: w.box.x0)]
        starts = sorted(w.box.x0 for w in row if w.text.rstrip(":").lower() in _COLUMN_LABELS)[1:]
        out += _read_rows(doc, _table_body(words, pw, starts), col_x, require_date=False)
        nxt = [w for w in words if w.box.page == pw.box.page + 1]
        if nxt:
            top = max(w.box.y1 for w in nxt)
            page_h = doc.pages[pw.box.page + 1].height
            out += _read_rows(doc, [w for w in nxt if w.box.y1 > top - 0.45 * page_h], col_x, require_date=True)
    return out


_DATE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")


def _read_rows(
    doc: Document, body: Sequence[Word], col_x: list[tuple[str, float]], require_date: bool
) -> list[Candidate]:
    """Candidates from the cells of table rows, assigning words to columns by position."""
    cells: dict[tuple[int, str], list[Word]] = {}
    for w in body:
        centre = (w.box.x0 + w.box.x1) / 2
        col = None
        for label, x in col_x:
            if centre >= x - 4:
                col = label
        if col is not None:
            cells.setdefault((w.line, col), []).append(w)
    dated_rows = {_row_key(ws[0]) for (_, col), ws in cells.items() if col == "datum" and _DATE.match(ws[0].text)}
    filled = Counter(_row_key(ws[0]) for ws in cells.values())
    out = []
    lex = load_lexicons()
    for (_, col), ws in cells.items():
        ws.sort(key=lambda w: w.start)
        if require_date and _row_key(ws[0]) not in dated_rows:
            continue
        s, e = ws[0].start, ws[-1].end
        text = doc.text[s:e]
        if col in ("naam", "name", "medewerker") and name_like(text, lex):
            if filled[_row_key(ws[0])] == 1 and len(ws) == 1 and _word_no_name(text, lex):
                continue  # "Beslispunten" alone on its row: the heading under the table, in the Naam column's place
            s2, e2 = strip_title(text, s)
            out.append(candidate(s2, e2, "PERSON", "paraph_table", 0.85, "Naam column of a paraph table", text))
        elif (
            col == "paraaf"
            and looks_like_paraph(text.strip(), in_table=True)
            and text.strip().rstrip(".") not in lex.acronyms  # "... conform de AVG." of a sentence under the table
        ):
            out.append(candidate(s, e, "PARAPH", "paraph_table", 0.9, "Paraaf column of a paraph table", text))
        elif col == "paraaf" and _SIGNED_NAME.match(text.strip()):
            # "M.v.d.Werf-Bos", "J. Smit": a name signed in the paraph's cell, the initials written onto it
            why = "a name signed in the Paraaf column of a paraph table"
            out.append(candidate(s, e, "PERSON", "paraph_table", 0.85, why, text))
        elif col in OWNER_COLUMNS:
            out += _owner_codes(doc, ws, col)
    return out


_SIGNED_NAME = compiled(
    r"\A(?:\p{Lu}\.){1,4}[ ]?(?:(?:v|d|vd|v\.d|t|te|ter|de|den|der|van)\.?[ ]?){0,3}"
    r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?\Z"
)


def _word_no_name(text: str, lex: Lexicons) -> bool:
    """A Dutch word (a dictionary word or compound) that no list holds as a surname or first name."""
    word = text.strip().rstrip(":")
    ordinary = lex.is_ordinary_word(word) or lex.is_dictionary_compound(word)
    return ordinary and not (lex.is_surname(word) or lex.is_first_name(word))


def _in_phrase(word: Word, row: Sequence[Word]) -> bool:
    """The header word runs on into the next word of its row at a word's spacing: a phrase, not a cell."""
    gap = 0.6 * max(word.box.height, 1.0)
    return any(0 <= w.box.x0 - word.box.x1 < gap for w in row if w is not word)


# the column of an action list or attendance table that holds who: "Wie", "Actiehouder", "Code"
OWNER_COLUMNS = ("wie", "actiehouder", "eigenaar", "trekker", "code", "initialen", "behandelaar", "beh.")
ACTION_TABLE_LABELS = (
    "nr", "nr.", "actie", "acties", "actiepunt", "deadline", "gereed", "status", "naam", "afspraak", "datum",
    "planning", "departement", "organisatie", "wanneer", "wat", "functie", "onderwerp",
)  # fmt: skip


def _owner_codes(doc: Document, ws: Sequence[Word], col: str) -> list[Candidate]:
    """The paraphs in a cell of an action list's owner column ("EY", "RK / RSa", "COA (HS)"); an
    organisation's acronym there stays."""
    lex = load_lexicons()
    out: list[Candidate] = []
    line = doc.lines[ws[0].line] if ws else None
    if line is not None and _LABEL_START.match(doc.text[line.start : line.end]):
        return out  # "Labels: privacy, BRP, P1-incident" under the table: a field of its own, no row
    for w in ws:
        token = w.text.strip("/,;()")
        if not token or token in lex.acronyms or not looks_like_paraph(token, in_table=True):
            continue
        s = w.start + w.text.index(token)
        why = f"a code in the '{col}' column of an action list"
        out.append(candidate(s, s + len(token), "PARAPH", "paraph_table", 0.85, why, token))
    return out


def _row_key(w: Word) -> tuple[int, int]:
    """Words of one table row share a baseline (rounded to 2 pt)."""
    return w.box.page, round(w.box.y0 / 2)


_COLUMN_LABELS = frozenset((*TABLE_LABELS, *OWNER_COLUMNS, *ACTION_TABLE_LABELS))


def _table_body(words: Sequence[Word], header: Word, starts: Sequence[float] = ()) -> list[Word]:
    """Words under a table header row, row by row, until a vertical gap ends the table, or a line whose word runs
    over where a column begins (``starts``: the header's labels' left edges but the first) among six words or more:
    the running text under the table ("3. Hardheidsclausule. MvtH stelt voor ..." / "Beleidsregels Energietoeslag
    Deventer 2022 ruimer"),
    which a table's cells never do."""
    h = max(header.box.height, 1.0)
    cands = sorted(
        (
            w
            for w in words
            if w.box.page == header.box.page and w.box.y1 < header.box.y0 and header.box.y0 - w.box.y1 < 40 * h
        ),
        key=lambda w: -w.box.y1,
    )
    body: list[Word] = []
    last = header.box.y0
    for w in cands:
        if last - w.box.y1 > 3.5 * h:
            break
        if any(w.box.x0 + 1 < x - 2 < w.box.x1 - 1 for x in starts) and sum(c.line == w.line for c in cands) >= 6:
            return [b for b in body if b.line != w.line]
        body.append(w)
        last = min(last, w.box.y0)
    return body
