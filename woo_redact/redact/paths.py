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


def ink_paths(
    instructions: Sequence[ContentStreamInstructions], rects: Sequence[Rect], ctm: Matrix, hits: list[int]
) -> set[int]:
    """Indices of the instructions of every painted path inside one of ``rects``.

    ``ctm`` is the matrix the stream starts with; ``hits`` counts, per rect, the paths removed.
    """
    remove: set[int] = set()
    stack: list[Matrix] = []
    current = ctm
    path: list[int] = []
    points: list[tuple[float, float]] = []
    clipped = False
    for i, instr in enumerate(instructions):
        if isinstance(instr, pikepdf.ContentStreamInlineImage):
            path, points, clipped = [], [], False
            continue
        op = str(instr.operator)
        operands = instr.operands
        if op == "q":
            stack.append(current)
        elif op == "Q":
            current = stack.pop() if stack else ctm
        elif op == "cm" and len(operands) == 6:
            a, b, c, d, e, f = (float(v) for v in operands)
            current = _mul((a, b, c, d, e, f), current)
        elif op in _CONSTRUCT:
            path.append(i)
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
                    if _inside(points, rect):
                        hits[k] += 1
                        remove.update(path)
                        remove.add(i)
                        break
            path, points, clipped = [], [], False
    return remove
