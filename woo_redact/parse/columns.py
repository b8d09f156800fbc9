"""Text columns: a page set in two columns of prose is read column by column.

The parse reads a page row by row, each row's segments left to right. A newsletter or a report set in two columns
then interleaves them: "vertelt mevrouw Anneke Smit (81) van nummer" / "Sport in de wijk" / "233. Volgens ..." (the
left column's sentence, the right column's heading, the left column again), so a name or an address that runs
on to the next line of its column was cut by a line of the other column. Here a run of rows whose segments keep
to either side of one gutter, both sides lines of prose, is read as its left column, then its right column.

A table is not a text column: its label column is narrow, or its cells hold a few words, and its rows stay rows
(a label beside its value). Geometry and word counts only: nothing here knows what the words say.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Segment
    from .words import RawWord

__all__ = ["cell_starts", "split_at_cells", "text_columns"]

MIN_ROWS = 5  # lines in each column
MIN_ROWS_BESIDE = 3  # rows with a line in each column (or lines beside each other, on rows of their own)
MIN_WIDTH = 0.25  # of the page width: the median line of a text column is at least this wide
MIN_WORDS = 4  # a line of prose has this many words, this many of them written small (a chat's "07-05-25 06:58
MIN_SMALL = 2  # Sander Hoitink" beside his message is a table's cell, no line of a text column) ...
PROSE_SHARE = 0.4  # ... and so have this share of a text column's lines at least
MIN_GUTTER = 6.0  # points between the columns
ALIGN = 2.0  # points: the right column's lines start where its first does, or after it (an indent)


CELL_ROWS = 3  # rows whose cell starts at one x make it a table column's start ...
CELL_GAP = 0.6  # ... where a gap this wide (font sizes; a space is about a quarter) parts two cells
CELL_ALIGN = 1.0  # points


def cell_starts(pieces: Sequence[Sequence[Sequence[RawWord]]]) -> list[float]:
    """The x where a table column starts on a page: where the runs of words of at least :data:`CELL_ROWS` rows begin
    after a gap (each row's first run aside: the page's margin)."""
    xs = sorted(run[0].x0 for runs in pieces for run in runs[1:])
    out: list[float] = []
    k = 0
    while k < len(xs):
        j = k
        while j + 1 < len(xs) and xs[j + 1] - xs[k] <= CELL_ALIGN:
            j += 1
        if j - k + 1 >= CELL_ROWS:
            out.append(xs[k])
        k = j + 1
    return out


def split_at_cells(run: Sequence[RawWord], starts: Sequence[float]) -> list[list[RawWord]]:
    """A run of words parted where a word starts a table column after a gap wider than a space: a table's cells set
    closer together than a wide gap ("Hoveniers Combinatie" | "Lars-Erik", "juf Anouk (A.M.) van der" |
    "onvoldoende"), whose other rows stand apart."""
    out = [[run[0]]]
    for prev, w in zip(run, run[1:]):
        gap = w.x0 - prev.x1
        if gap >= CELL_GAP * max(prev.size, w.size, 1.0) and any(abs(w.x0 - x) <= CELL_ALIGN for x in starts):
            out.append([w])
        else:
            out[-1].append(w)
    return out


def text_columns(rows: Sequence[Sequence[Segment]], page_width: float) -> list[Segment]:
    """A page's row segments in reading order: row by row, but a run of rows set in two text columns as its left
    column, then its right column."""
    out: list[Segment] = []
    i = 0  # rows before i are out
    k = 0  # the next row to try a gutter at
    # a gutter's x -> the end of the run of rows that keep to its sides but is no two text columns, found since row
    # i: a later row of that run with its gutter at the same x finds the same run again (the rows before it and
    # after it down to the run's ends fit beside that gutter), so it is not tried again (a table's rows, each
    # with its gutter, had the whole table fitted and weighed once for every row)
    refused: dict[float, int] = {}
    while k < len(rows):
        run = _columns_at(rows, i, k, page_width, refused)
        if run is None:
            k += 1
            continue
        start, end, left, right = run
        for row in rows[i:start]:
            out.extend(row)
        out.extend(left)
        out.extend(right)
        i = k = end
        refused.clear()
    for row in rows[i:]:
        out.extend(row)
    return out


def _right_start(row: Sequence[Segment]) -> float | None:
    """Where the right column begins, when the row has a segment after a gutter: the start of the segment after
    the widest gap between the row's segments."""
    best: tuple[float, float] | None = None
    ordered = sorted(row, key=lambda s: s.x0)
    for a, b in zip(ordered, ordered[1:]):
        gap = b.x0 - a.x1
        if gap >= MIN_GUTTER and (best is None or gap > best[0]):
            best = (gap, b.x0)
    return None if best is None else best[1]


def _fitted(row: Sequence[Segment], xr: float) -> list[Segment] | None:
    """The row's segments, each in the left column (ending a gutter before ``xr``) or in the right one (starting
    at ``xr`` or after it), or None when one stands across. A segment whose words part there is cut: the left
    column's line and the right one's, their gap narrower than a wide gap ("(omgevingsmanager). Namens de
    gemeente:" beside "3. Communicatie")."""
    out: list[Segment] = []
    for seg in row:
        if seg.x1 <= xr - MIN_GUTTER or seg.x0 >= xr - ALIGN:
            out.append(seg)
            continue
        left = tuple(w for w in seg.words if w.x1 <= xr - MIN_GUTTER)
        right = tuple(w for w in seg.words if w.x0 >= xr - ALIGN)
        if not left or not right or len(left) + len(right) != len(seg.words):
            return None
        out += [replace(seg, words=left), replace(seg, words=right)]
    return out


def _columns_at(
    rows: Sequence[Sequence[Segment]], i: int, k: int, page_width: float, refused: dict[float, int]
) -> tuple[int, int, list[Segment], list[Segment]] | None:
    """The run of two text columns around row ``k`` (not before row ``i``), its right column starting where the
    segment after row ``k``'s gutter starts: its first and end row, the left and the right column's segments; or
    None. A run refused is noted in ``refused`` (see :func:`text_columns`)."""
    xr = _right_start(rows[k])
    if xr is None or refused.get(xr, k) > k:
        return None
    fitted: dict[int, list[Segment]] = {}
    start = k
    while start > i and (row := _fitted(rows[start - 1], xr)) is not None:
        start -= 1
        fitted[start] = row
    end = k
    while end < len(rows) and (row := _fitted(rows[end], xr)) is not None:
        fitted[end] = row
        end += 1
    if end == k:
        return None
    # each row's segments in the left column and in the right one
    sides = [
        ([s for s in fitted[r] if s.x0 < xr - ALIGN], [s for s in fitted[r] if s.x0 >= xr - ALIGN])
        for r in range(start, end)
    ]
    left = [s for row_left, _ in sides for s in row_left]
    right = [s for _, row_right in sides for s in row_right]
    both = sum(bool(row_left and row_right) for row_left, row_right in sides)
    if both < MIN_ROWS_BESIDE or not (_prose(left, page_width) and _prose(right, page_width)):
        refused[xr] = end
        return None
    return start, end, left, right


def _prose(segs: Sequence[Segment], page_width: float) -> bool:
    """Whether a column's segments are mostly lines of prose: enough lines of several words, and wide (a table or
    a list may stand in the column too: an audit report's findings in the right one)."""
    worded = [s for s in segs if len(s.words) >= MIN_WORDS and sum(w.text[:1].islower() for w in s.words) >= MIN_SMALL]
    if len(worded) < MIN_ROWS or len(worded) < PROSE_SHARE * len(segs):
        return False
    return statistics.median(s.x1 - s.x0 for s in worded) >= MIN_WIDTH * page_width
