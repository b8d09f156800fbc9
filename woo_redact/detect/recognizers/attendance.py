"""Attendance lists: the rows under "Aanwezig", one person a line, name first; and lists of people with
their organisations without a label (a page's continuation, a workshop's participants).

Minutes print their attendance list as a label and one row per person: "Aanwezig" over "Maarten van
der Veen, Logius (vz)", "Heymen Nicolaij, Pinkroccade", "Edwin Wisse (min. BZK)". The header-field
detector reads the label's own line; the name patterns find the rows whose first name a list knows.
This detector reads the rest: each row's name (the row up to its first comma, bracket, dash or bar)
when it looks like a name, in a list whose rows name people (at least two of them begin with a known
first name). The list ends at the first row that is no such row: a label, a numbered heading, a blank
or a long line.

Without a label, a list reads as one of people where its rows say so themselves: a run of at least
three lines "Name, Organisation" most of whose names (three, and 60 %) begin with a known first name
("Tom Cobbaert, ADVN" ... "Odelinde Van Thieghem, Industriemuseum"), or a name and its organisation on
alternate lines, four pairs at least, three in four names with a known first name ("Bart Vermetten" /
"Pidpa" / "Soetkin Vanassche" / "Brandweerzone Centrum Gent"). Then every name of the run goes.
"""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import ORG_START, compiled
from ..lexicons import Lexicons, load_lexicons
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
_ORG_START = compiled(rf"[ \t]+(?={ORG_START})")
_MAX_ROWS = 60
_HEAD_WORDS = frozenset(
    "naam name namen names attendee attendees deelnemer deelnemers participant participants organisatie "
    "organisation organization affiliation functie function rol role".split()
)


def _name_part(row: str) -> str:
    """The row up to where its organisation or role begins (:data:`_NAME_END`, or an organisation's first
    word)."""
    cut = _NAME_END.search(row)
    piece = row[: cut.start()] if cut else row
    # "Sabrina Vanderheyden Stad Beringen": the organisation after the name without a separator
    org = _ORG_START.search(piece)
    return piece[: org.start()] if org and len(piece[: org.start()].split()) >= 2 else piece


def _rows(doc: Document, label_line: int) -> list[tuple[int, int]]:
    """The (start, end) of each row's name under the label on ``label_line``, as long as rows go on."""
    lex = load_lexicons()
    out: list[tuple[int, int]] = []
    for line in doc.lines[label_line + 1 : label_line + 1 + _MAX_ROWS]:
        row = doc.text[line.start : line.end]
        if not row.strip() or len(row) > 90 or _OTHER_LABEL.match(row) or _HEADING.match(row):
            break
        piece = _name_part(row)
        if len(piece.split()) < 2 or not name_like(piece, lex) or lex.is_organisation(" ".join(piece.split())):
            break
        s, e = strip_title(piece, line.start)
        out.append((s, e))
    return out


def _name_of_row(row: str, lex: Lexicons) -> tuple[int, int, bool] | None:
    """Where a row's name lies (start, end in the row) and whether it begins with a known first name."""
    piece = _name_part(row)
    words = piece.split()
    if not 2 <= len(words) <= 5 or not name_like(piece, lex) or lex.is_organisation(" ".join(words)):
        return None
    if any(w.lower().strip(":") in _HEAD_WORDS for w in words):
        return None  # "Attendee Name" over "Affiliation": the table's head
    s, e = strip_title(piece, 0)
    return (s, e, lex.is_first_name(words[0])) if e > s else None


class _RowNames:
    """:func:`_name_of_row` of each line of a document, worked out once a line (both kinds of run ask)."""

    def __init__(self, doc: Document, lex: Lexicons) -> None:
        self.doc, self.lex = doc, lex
        self._found: dict[int, tuple[int, int, bool] | None] = {}

    def __call__(self, k: int) -> tuple[int, int, bool] | None:
        if k not in self._found:
            line = self.doc.lines[k]
            self._found[k] = _name_of_row(self.doc.text[line.start : line.end], self.lex)
        return self._found[k]


def _comma_runs(doc: Document, named_at: _RowNames) -> list[list[tuple[int, int]]]:
    """Runs of consecutive "Name, Organisation" lines that read as a list of people."""
    runs: list[list[tuple[int, int]]] = []
    rows: list[tuple[int, int, bool]] = []
    for k, line in enumerate([*doc.lines, None]):
        row = doc.text[line.start : line.end] if line is not None else ""
        named = named_at(k) if "," in row and len(row) <= 90 else None
        if named is not None and line is not None:
            rows.append((line.start + named[0], line.start + named[1], named[2]))
            continue
        known = sum(1 for r in rows if r[2])
        if len(rows) >= 3 and known >= 3 and known >= 0.6 * len(rows):
            runs.append([(s, e) for s, e, _ in rows])
        rows = []
    return runs


def _alternating_runs(doc: Document, named_at: _RowNames) -> list[list[tuple[int, int]]]:
    """Runs of a name and its organisation on alternate lines that read as a list of people."""
    runs: list[list[tuple[int, int]]] = []
    lines = doc.lines
    i = 0
    while i + 1 < len(lines):
        pairs: list[tuple[int, int, bool]] = []
        j = i
        while j + 1 < len(lines):
            name_row = doc.text[lines[j].start : lines[j].end]
            org_row = doc.text[lines[j + 1].start : lines[j + 1].end]
            named = named_at(j) if "," not in name_row and len(name_row) <= 50 else None
            if named is None or len(org_row) > 60:
                break
            org_named = named_at(j + 1)  # (asked only where the row above is a name)
            if org_named is not None and org_named[2]:
                break
            pairs.append((lines[j].start + named[0], lines[j].start + named[1], named[2]))
            j += 2
        known = sum(1 for p in pairs if p[2])
        if len(pairs) >= 4 and known >= 0.75 * len(pairs):
            runs.append([(s, e) for s, e, _ in pairs])
            i = j
        else:
            i += 1
    return runs


def attendance_rows(doc: Document) -> list[Candidate]:
    """The names of an attendance list's rows (see the module's docstring)."""
    lex = load_lexicons()
    out: list[Candidate] = []
    named_at = _RowNames(doc, lex)
    for runs, why in (
        (_comma_runs(doc, named_at), "a row of a list of people with their organisations ('Name, Organisation')"),
        (_alternating_runs(doc, named_at), "a name in a list of people, each over their organisation"),
    ):
        for run in runs:
            for s, e in run:
                expl = Explanation("attendance_list", 0.8, why, context=doc.text[s:e][:80], pattern="list")
                out.append(Candidate(s, e, "PERSON", expl))
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
