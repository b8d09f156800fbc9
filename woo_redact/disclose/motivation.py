"""The section *Informatie die niet openbaar gemaakt kan worden* and its *Motivering*.

:func:`plan_motivation` looks at the parsed note and decides where the
motivation goes: into the note's own section when it has one (an empty
placeholder is cleared first), or on a page appended at the end. The wording
comes from the config's template, one sentence per ground applied.

The standard section is its heading, the sub-heading *Motivering*, then the
text: when the note's section lacks the sub-heading (an empty body, or only a
placeholder such as "[Nog in te vullen]", "n.v.t.", "PM", "..."), it is written
above the text (``MotivationPlan.subheading``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..config import Config
from ..model import Box, Document

PLACEHOLDER = re.compile(
    r"^\W*(?:nog\s+in\s+te\s+vullen|in\s+te\s+vullen|nog\s+invullen|invullen|n\.?v\.?t\.?|p\.?m\.?|tbd|x{2,}|"
    r"\.{2,}|…+|_+|-+|\[[^\]]*\]|<[^>]*>|\([^)]*in\s+te\s+vullen[^)]*\))\W*$",
    re.IGNORECASE,
)
BOTTOM_MARGIN = 56.0


class Mode(enum.StrEnum):
    """How the motivation section gets into the note."""

    FILL = "fill"  # write into the note's own section (placeholder cleared)
    APPEND = "append"  # add a final page with the section
    PRESENT = "present"  # the note already carries a completed motivation


@dataclass(frozen=True)
class MotivationPlan:
    """Where and what to write."""

    mode: Mode
    text: str
    area: Box | None = None  # FILL: where the text goes (or a reference to the appended page)
    clear: tuple[Box, ...] = ()  # placeholder text to remove first
    font_size: float = 10.0
    subheading: str = ""  # FILL: the sub-heading to write above the text (the note lacks it)


def motivation_text(config: Config, grounds: Sequence[str]) -> str:
    """The motivation for the grounds applied, from the config's template."""
    d = config.disclosure
    if not grounds:
        return d.no_redactions
    sentences = [
        d.grounds.get(g, f"Informatie is weggelakt op grond van {g} van de Woo.") for g in sorted(set(grounds))
    ]
    return d.template.format(grounds=" ".join(" ".join(s.split()) for s in sentences))


def _norm(s: str) -> str:
    return " ".join(s.lower().split()).rstrip(":")


def plan_motivation(doc: Document, config: Config, grounds: Sequence[str]) -> MotivationPlan:
    """Decide how the disclosure version gets its completed motivation."""
    text = motivation_text(config, grounds)
    d = config.disclosure
    section = next((s for s in doc.sections if _norm(s.heading) == _norm(d.section_heading)), None)
    if section is None:
        return MotivationPlan(Mode.APPEND, text)
    after = [s for s in doc.sections if s.heading_line > section.heading_line]
    motiv = next((s for s in after if _norm(s.heading) == _norm(d.motivation_heading)), None)
    anchor = motiv or section
    heading = doc.lines[anchor.heading_line]
    body = [i for i in range(anchor.first_line, anchor.last_line + 1) if doc.lines[i].page == heading.page]
    body_text = " ".join(doc.text[doc.lines[i].start : doc.lines[i].end] for i in body).strip()
    standard = _norm(next(iter(d.grounds.values()), ""))[:60]
    if body_text and standard and standard in _norm(body_text):
        return MotivationPlan(Mode.PRESENT, text)
    holders = []
    for i in body:  # the placeholder: the body lines right under the heading that are placeholders
        if not PLACEHOLDER.match(doc.text[doc.lines[i].start : doc.lines[i].end]):
            break
        holders.append(i)
    rest = [i for i in body if i not in holders]
    placeholder = not body_text or bool(holders)
    sizes = [w.size for w in doc.words[heading.first_word : heading.first_word + heading.n_words] if w.size]
    size = min(max(sizes) if sizes else 10.0, 11.0)
    page = doc.pages[heading.page]
    if placeholder:
        clear = tuple(doc.lines[i].box for i in holders)
        top = heading.box.y0 - 0.5 * size
        below = [doc.lines[i].box.y1 for i in rest]
    else:
        clear = ()
        top = min(doc.lines[i].box.y0 for i in body) - 0.8 * size
        below = []
    nxt = [
        doc.lines[s.heading_line].box.y1
        for s in after
        if s is not motiv and doc.lines[s.heading_line].page == heading.page
    ]
    nxt = [y for y in nxt + below if y < top]
    bottom = max(nxt) + size if nxt else BOTTOM_MARGIN
    x0 = heading.box.x0
    same_page = [ln for ln in doc.lines if ln.page == heading.page]
    column = [ln.box.x1 for ln in doc.lines if abs(ln.box.x0 - x0) < 30 and doc.pages[ln.page].width == page.width]
    x1 = max(column) if column else page.width - max(x0, 56.0)
    x1 = max(x1, x0 + 200.0)
    cleared = set(clear)
    # Anything already printed below the heading in this column bounds the area from below.
    obstacles = [
        ln.box.y1 for ln in same_page if ln.box.y1 < top and ln.box.x1 > x0 and ln.box.x0 < x1 and ln.box not in cleared
    ]
    bottom = max([bottom, *[y + 0.5 * size for y in obstacles]])
    if top - bottom < 1.5 * size:
        # No room for even a line: the placeholder is still cleared, the text goes on a new page.
        return MotivationPlan(Mode.APPEND, text, clear=clear)
    area = Box(heading.page, x0, bottom, x1, top)
    subheading = "" if motiv is not None else d.motivation_heading
    return MotivationPlan(Mode.FILL, text, area, clear, size, subheading)
