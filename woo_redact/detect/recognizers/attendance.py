"""Attendance lists: the rows under "Aanwezig", one person a line, name first.

Minutes print their attendance list as a label and one row per person: "Aanwezig" over "Maarten van
der Veen, Logius (vz)", "Heymen Nicolaij, Pinkroccade", "Edwin Wisse (min. BZK)". The header-field
detector reads the label's own line; the name patterns find the rows whose first name a list knows.
This detector reads the rest: each row's name (the row up to its first comma, bracket, dash or bar)
when it looks like a name, in a list whose rows name people (at least two of them begin with a known
first name). The list ends at the first row that is no such row: a label, a numbered heading, a blank
or a long line.
"""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import compiled
from ..lexicons import load_lexicons
from .structure import Candidate, name_like, strip_title

__all__ = ["attendance_rows"]

_LABELS = frozenset(
    {
        "aanwezig",
        "aanwezigen",
        "afwezig",
        "afwezigen",
        "afwezig met kennisgeving",
        "afgemeld",
        "verhinderd",
        "deelnemers",
        "present",
        "attendees",
        "participants",
    }
)
_LABEL = compiled(r"\A[ \t]*(\p{L}[\p{L} ]{2,30}?)[ \t]*:?[ \t]*\Z")
_OTHER_LABEL = compiled(r"\A[ \t]*\p{L}[\p{L} ]{0,25}:")
_HEADING = compiled(r"\A[ \t]*(?:\d+[.)]|[IVX]+\.)[ \t]")
# the name ends where the row's organisation or role begins: "Naam, Org", "Naam (Org)", "Naam - Org", "Naam | Org"
_NAME_END = compiled(r",|\(|[ \t][-–|][ \t]|\t|[ \t]{3}")
_MAX_ROWS = 60


def _rows(doc: Document, label_line: int) -> list[tuple[int, int]]:
    """The (start, end) of each row's name under the label on ``label_line``, as long as rows go on."""
    lex = load_lexicons()
    out: list[tuple[int, int]] = []
    for line in doc.lines[label_line + 1 : label_line + 1 + _MAX_ROWS]:
        row = doc.text[line.start : line.end]
        if not row.strip() or len(row) > 90 or _OTHER_LABEL.match(row) or _HEADING.match(row):
            break
        cut = _NAME_END.search(row)
        piece = row[: cut.start()] if cut else row
        if len(piece.split()) < 2 or not name_like(piece, lex) or lex.is_organisation(" ".join(piece.split())):
            break
        s, e = strip_title(piece, line.start)
        out.append((s, e))
    return out


def attendance_rows(doc: Document) -> list[Candidate]:
    """The names of an attendance list's rows (see the module's docstring)."""
    lex = load_lexicons()
    out: list[Candidate] = []
    for i, line in enumerate(doc.lines):
        label = _LABEL.match(doc.text[line.start : line.end])
        if not label or label.group(1).lower() not in _LABELS:
            continue
        rows = _rows(doc, i)
        known = sum(1 for s, e in rows if lex.is_first_name(doc.text[s:e].split()[0]))
        if known < 2:
            continue  # a list of organisations or of roles, or too short to tell
        why = f"a row of the attendance list under '{label.group(1)}'"
        for s, e in rows:
            expl = Explanation("attendance_list", 0.8, why, context=doc.text[s:e][:80], pattern=label.group(1).lower())
            out.append(Candidate(s, e, "PERSON", expl))
    return out
