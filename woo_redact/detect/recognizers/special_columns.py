"""A register's column of special categories: where three cells or more of one table column name a health or
criminal term about the person of their row ("Notitie casemanager": "ASS, angststoornis", "ADHD, hechting",
"eetstoornis (anorexia)"), every cell of that column beside a person is such data, whole ("dyslexie/ADD", "ernstig
meervoudige beperking": words no term list holds, in the column that lists each child's problems).

A column is the lines of one page that begin at the same x position (within ``_ALIGN`` points). Only short cells
count (``CELL_WORDS`` words at most): a paragraph is no cell.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ...model import Document, Explanation
from .structure_base import Candidate

__all__ = ["CELL_WORDS", "column_cells"]

CELL_WORDS = 6  # a table cell's line holds a few words; a paragraph's more
_ALIGN = 3.0  # points: the cells of one column begin here
_MIN_CELLS = 3  # cells with a term that make a column one of special categories
_SCORE = 0.6


def column_cells(
    doc: Document,
    found: Mapping[int, tuple[str, str]],
    person_at: Callable[[int], str | None],
) -> list[Candidate]:
    """The cells of each column in which ``found`` (line index -> entity and label of a term about the row's person)
    holds ``_MIN_CELLS`` lines or more: each other short cell of the column with a person on its row, whole."""
    columns: dict[tuple[int, int], list[int]] = {}
    for k in found:
        box = doc.lines[k].box
        columns.setdefault((box.page, round(box.x0 / _ALIGN)), []).append(k)
    out: list[Candidate] = []
    for (page, _), ks in columns.items():
        if len(ks) < _MIN_CELLS:
            continue
        x0 = sum(doc.lines[k].box.x0 for k in ks) / len(ks)
        entity, label = found[ks[0]]
        for ln in doc.lines:
            if ln.page != page or abs(ln.box.x0 - x0) > _ALIGN or ln.n_words > CELL_WORDS:
                continue
            cell = doc.text[ln.start : ln.end]
            if not any(ch.isalpha() for ch in cell):
                continue  # "-": nothing noted
            cue = person_at(ln.start)
            if cue is None:
                continue
            start = ln.start + len(cell) - len(cell.lstrip())
            end = ln.start + len(cell.rstrip())
            why = (
                f"{label} in a register's column of {label} about the person of each row ('{cue}'): "
                "special category, 5.1.1d"
            )
            out.append(Candidate(start, end, entity, Explanation("special_category", _SCORE, why, context=cue)))
    return out
