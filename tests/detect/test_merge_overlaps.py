"""``merge`` looks only at the kept spans that overlap a span (found by their starts): the same spans as
trying every kept span, on random candidates of every type."""

from __future__ import annotations

import random

from woo_redact.detect.merge import PRIORITY, Merged, merge
from woo_redact.model import Explanation


def _every_kept(cands: list[Merged]) -> list[Merged]:
    """``merge`` as it was: each span against every span kept before it."""
    by_type: dict[str, list[Merged]] = {}
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        group = by_type.setdefault(c.entity, [])
        if group and c.start < group[-1].end:
            last = group[-1]
            group[-1] = Merged(last.start, max(last.end, c.end), c.entity, last.explanations + c.explanations)
        else:
            group.append(c)
    spans = [m for group in by_type.values() for m in group]
    spans.sort(key=lambda m: (-PRIORITY.get(m.entity, 0), m.start))
    kept: list[Merged] = []
    for m in spans:
        if any(k.start <= m.start and m.end <= k.end and k.entity != m.entity for k in kept):
            continue
        for k in kept:
            if k.entity != m.entity and k.start < m.end and m.start < k.end:
                if m.start < k.start:
                    m = Merged(m.start, k.start, m.entity, m.explanations)
                else:
                    m = Merged(k.end, m.end, m.entity, m.explanations)
        if m.end > m.start:
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def test_merge_as_against_every_kept_span() -> None:
    rnd = random.Random(17)
    types = [*PRIORITY, "OTHER"]
    for _ in range(3000):
        cands = []
        for _ in range(rnd.randint(0, 30)):
            start = rnd.randint(0, 200)
            end = start + rnd.choice([0, 1, 2, 5, 10, 30, 80, rnd.randint(0, 150)])
            expl = (Explanation(rnd.choice("abc"), rnd.random(), "r"),)
            cands.append(Merged(start, end, rnd.choice(types), expl))
        assert merge(list(cands)) == _every_kept(list(cands))
