"""Vector ink under a redaction box: the paths that lie inside the box are removed.

A signature written with a pen on a tablet reaches the PDF as vector paths
(many short curves). Drawing a black box over them hides them from a viewer
but leaves them in the content stream, where anyone can delete the box. Each
painted path (construction operators up to and including its painting
operator) whose points all lie inside one box, within :data:`TOLERANCE_PT`, is
removed from the stream; a path that only crosses a box (a table rule, a
frame) stays, and the box is drawn over it as before. Clipping paths are never
removed (they change what later operators draw).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pikepdf
from pikepdf.models import ContentStreamInstructions

from .content import Matrix

Rect = tuple[float, float, float, float]
TOLERANCE_PT = 2.0  # stroke width and anti-aliasing around the ink's box

_CONSTRUCT = {"m": 1, "l": 1, "c": 3, "v": 2, "y": 2, "re": 0, "h": 0}
_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}


def _mul(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _points(op: str, operands: Iterable[pikepdf.Object]) -> list[tuple[float, float]]:
    nums = [float(v) for v in operands]
    if op == "re":
        x, y, w, h = nums
        return [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
    return [(nums[k], nums[k + 1]) for k in range(0, len(nums) - 1, 2)]


def _inside(points: Sequence[tuple[float, float]], rect: Rect) -> bool:
    x0, y0, x1, y1 = rect
    t = TOLERANCE_PT
    return all(x0 - t <= x <= x1 + t and y0 - t <= y <= y1 + t for x, y in points)


def _covers(points: Sequence[tuple[float, float]], rect: Rect) -> bool:
    """The points' bounding box covers most (80 %) of ``rect``: a fill or a frame the size of the box, no
    stroke of ink (a bar of a barcode, a line of a signature covers a small part of it)."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    x0, y0, x1, y1 = rect
    w = min(max(xs), x1) - max(min(xs), x0)
    h = min(max(ys), y1) - max(min(ys), y0)
    area = (x1 - x0) * (y1 - y0)
    return w > 0 and h > 0 and area > 0 and w * h >= 0.8 * area


def _extent(points: Sequence[tuple[float, float]], half_width: float) -> Rect:
    """Where a path's ink reaches: its points' bounding box, widened by half the stroke's width."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return (min(xs) - half_width, min(ys) - half_width, max(xs) + half_width, max(ys) + half_width)


def ink_paths(
    instructions: Sequence[ContentStreamInstructions],
    rects: Sequence[Rect],
    ctm: Matrix,
    hits: list[int],
    extents: list[Rect] | None = None,
) -> set[int]:
    """Indices of the instructions of every painted path inside one of ``rects``.

    A path of one rectangle that covers most of the rect is no ink under it but a fill or frame around it (an
    earlier redaction's black box, a shaded cell): it holds nothing to remove, and removing it would erase its
    edge outside the box (within :data:`TOLERANCE_PT`, more than the proof allows).
    ``ctm`` is the matrix the stream starts with; ``hits`` counts, per rect, the paths removed; ``extents``
    receives where each removed path's ink reached (a thick stroke reaches past the box: "a black scribble
    over a signature", line width 10), so that the proof is told of the change there.
    """
    remove: set[int] = set()
    stack: list[tuple[Matrix, float]] = []
    current = ctm
    width = 1.0  # the line width (user space), saved and restored with the matrix
    path: list[int] = []
    points: list[tuple[float, float]] = []
    clipped = False
    rects_only = True  # the path so far is made of "re" alone
    for i, instr in enumerate(instructions):
        if isinstance(instr, pikepdf.ContentStreamInlineImage):
            path, points, clipped, rects_only = [], [], False, True
            continue
        op = str(instr.operator)
        operands = instr.operands
        if op == "q":
            stack.append((current, width))
        elif op == "Q":
            current, width = stack.pop() if stack else (ctm, 1.0)
        elif op == "w" and len(operands) == 1:
            try:
                width = abs(float(operands[0]))
            except (TypeError, ValueError):
                width = 1.0
        elif op == "cm" and len(operands) == 6:
            a, b, c, d, e, f = (float(v) for v in operands)
            current = _mul((a, b, c, d, e, f), current)
        elif op in _CONSTRUCT:
            path.append(i)
            rects_only = rects_only and op == "re"
            try:
                for x, y in _points(op, operands):
                    a, b, c, d, e, f = current
                    points.append((a * x + c * y + e, b * x + d * y + f))
            except (TypeError, ValueError, IndexError):
                clipped = True  # malformed: never removed
        elif op in ("W", "W*"):
            path.append(i)
            clipped = True
        elif op in _PAINT:
            if path and points and not clipped and op != "n":
                for k, rect in enumerate(rects):
                    if _inside(points, rect) and not (rects_only and len(path) == 1 and _covers(points, rect)):
                        hits[k] += 1
                        remove.update(path)
                        remove.add(i)
                        if extents is not None:
                            a, b, c, d = current[:4]
                            stroked = op not in ("f", "F", "f*")
                            scale = abs(a * d - b * c) ** 0.5
                            extents.append(_extent(points, width * scale / 2 + 0.5 if stroked else 0.5))
                        break
            path, points, clipped, rects_only = [], [], False, True
    return remove
