"""Where the ground labels go: one label per connected area of overlapping boxes.

Two findings whose boxes overlap (a paraph inside a name in capitals, a name
and the e-mail address around it) form one black area on the page. Each box
drawing its own label would put two labels over each other, and a box would
hold part of its neighbour's label: a proof that reads the characters inside
every box then sees a broken label, text that is no ground code. So the boxes
of a page are grouped into connected areas (boxes that overlap, transitively),
and each area gets one label naming its grounds ("5.1.2e" or "5.1.1e, 5.1.2e"),
set in the widest stretch of one box that no other box of the area covers
across the writing direction: the label's characters then lie inside exactly
one box, whole. When no stretch is wide enough for a legible label, the
area's largest box takes it, centred.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from woo_redact.model import Box, Redaction

# boxes that overlap by less than this (points, along either axis) merely touch
_TOUCH = 0.01


def _overlap(a: Box, b: Box) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > _TOUCH and min(a.y1, b.y1) - max(a.y0, b.y0) > _TOUCH


def connected_areas(reds: Sequence[Redaction]) -> list[list[Redaction]]:
    """The labelled redactions grouped by overlap (transitively), in first-box order."""
    labelled = [r for r in reds if r.label]
    parent = list(range(len(labelled)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(labelled):
        for j in range(i):
            if a.box.page == labelled[j].box.page and _overlap(a.box, labelled[j].box):
                parent[root(i)] = root(j)
    groups: dict[int, list[Redaction]] = {}
    for i, r in enumerate(labelled):
        groups.setdefault(root(i), []).append(r)
    return list(groups.values())


def _free_stretches(box: Box, others: Sequence[Box], upright: bool) -> list[Box]:
    """Parts of ``box``, full across the writing direction, that no box of ``others`` reaches into."""
    lo, hi = (box.x0, box.x1) if upright else (box.y0, box.y1)
    cuts = sorted((o.x0, o.x1) if upright else (o.y0, o.y1) for o in others if _overlap(box, o))
    stretches: list[tuple[float, float]] = []
    start = lo
    for a, b in cuts:
        if a > start:
            stretches.append((start, min(a, hi)))
        start = max(start, b)
    if start < hi:
        stretches.append((start, hi))
    out = []
    for a, b in stretches:
        if b - a > _TOUCH:
            out.append(Box(box.page, a, box.y0, b, box.y1) if upright else Box(box.page, box.x0, a, box.x1, b))
    return out


def label_text(area: Sequence[Redaction]) -> str:
    """The grounds of an area, each once, in order of appearance."""
    seen: list[str] = []
    for r in area:
        for code in (c.strip() for c in r.label.split(",")):
            if code and code not in seen:
                seen.append(code)
    return ", ".join(seen)


def label_places(reds: Sequence[Redaction], rotate: int, fits: Callable[[Box, str], bool]) -> list[tuple[Box, str]]:
    """One (rectangle, label) per connected area of ``reds``; the label is centred in the rectangle.

    ``fits(rect, label)`` says whether a legible label fits a rectangle (the
    caller knows its font and minimum size).
    """
    upright = rotate % 180 == 0
    out = []
    for area in connected_areas(reds):
        text = label_text(area)
        if len(area) == 1:
            out.append((area[0].box, text))
            continue
        candidates = [s for r in area for s in _free_stretches(r.box, [o.box for o in area if o is not r], upright)]
        candidates.sort(key=lambda b: -(b.width if upright else b.height))
        place = next((c for c in candidates if fits(c, text)), None)
        if place is None:
            place = max((r.box for r in area), key=lambda b: b.width * b.height)
        out.append((place, text))
    return out
