"""Names broken over a line end where the text reads on in another column.

The parse reads a page row by row, so two text columns side by side come out
interleaved: "Hoogendoorn (LTO Noord), Annemiek" from the left column, then
"14.3 Gewasschade uitzoeken" from the right one, then "Sørensen
(Natuurmonumenten), ..." from the left again. A name broken at the first
line's end ("Annemiek" / "Sørensen") is then no name to the text rules. Here
each line is joined with the line directly under it in its own column (same
left edge, the next baseline) when that line is not the next line of the
text, and the name recognizers read the pair: a name that runs across the
break is reported piece by piece, each piece explained by the whole name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...model import Document, Explanation, Line
from .first_names import FirstNameRecognizer
from .names import InitialsNameRecognizer, TitledNameRecognizer
from .structure import Candidate

__all__ = ["column_lines"]

_ALIGN = 3.0  # points: a column's lines start at the same x
_MAX_GAP = 0.9  # line heights between one line's bottom and the next one's top


@lru_cache(maxsize=1)
def _recognizers() -> tuple[FirstNameRecognizer | InitialsNameRecognizer | TitledNameRecognizer, ...]:
    return (
        FirstNameRecognizer(name="first_name"),
        InitialsNameRecognizer(name="initials_name"),
        TitledNameRecognizer(name="titled_name"),
    )


def _below(lines: Sequence[Line], i: int) -> int | None:
    """The line directly under line ``i`` in its column, when it is not the text's next line."""
    a = lines[i].box
    h = max(a.y1 - a.y0, 1.0)
    best = None
    for j in range(i + 2, min(len(lines), i + 12)):  # the rows of the other column between them
        b = lines[j].box
        if b.page != a.page:
            break
        gap = a.y0 - b.y1  # PDF space: y grows upwards
        if abs(b.x0 - a.x0) <= _ALIGN and -0.35 * h <= gap <= _MAX_GAP * h:
            best = j
            break
    if best is None:
        return None
    nxt = lines[i + 1].box
    # the text's next line must lie beside, in another column: not under this one (then it is the next line)
    beside = nxt.page == a.page and (nxt.x0 > a.x1 or nxt.x1 < a.x0)
    return best if beside else None


def column_lines(doc: Document) -> list[Candidate]:
    """Names broken over a line end whose next line in the column is not the next line of the text."""
    out: list[Candidate] = []
    lines = doc.lines
    for i in range(len(lines) - 2):
        j = _below(lines, i)
        if j is None:
            continue
        top, bottom = doc.text[lines[i].start : lines[i].end], doc.text[lines[j].start : lines[j].end]
        joined = top + "\n" + bottom
        cut = len(top)
        for rec in _recognizers():
            for r in rec.analyze(joined, ["PERSON"]):
                if not r.start < cut < r.end:
                    continue
                name = " ".join(joined[r.start : r.end].split())
                why = f"the name '{name}' broken over a line end, read on in its own column"
                for s, e in ((r.start, cut), (cut + 1, r.end)):
                    part = joined[s:e]
                    s += len(part) - len(part.lstrip())
                    e -= len(part) - len(part.rstrip())
                    if s >= e:
                        continue
                    base = lines[i].start if s < cut else lines[j].start - cut - 1
                    out.append(
                        Candidate(base + s, base + e, "PERSON", Explanation("column_line", 0.8, why, context=name))
                    )
    return out
