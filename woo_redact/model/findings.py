"""What detection finds and what is decided about it: findings with their explanations, decisions,
and the redactions (boxes with their labels) the remover is given for them."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .document import Box
from .invariants import require


class Ground(enum.StrEnum):
    """Woo grounds for withholding, with their codes as printed in the box."""

    BUSINESS_DATA = "5.1.1c"
    SPECIAL_PERSONAL_DATA = "5.1.1d"
    IDENTIFICATION_NUMBER = "5.1.1e"
    INTERNATIONAL_RELATIONS = "5.1.2a"
    PRIVATE_LIFE = "5.1.2e"
    SECURITY = "5.1.2h"
    FUNCTIONING_OF_STATE = "5.1.2i"
    PERSONAL_POLICY_OPINION = "5.2.1"


@dataclass(frozen=True)
class Explanation:
    """Why a detector raised a finding: the reviewer and the log read this."""

    detector: str
    score: float
    reason: str
    pattern: str = ""
    context: str = ""

    def __post_init__(self) -> None:
        require(0.0 <= self.score <= 1.0, f"score out of range: {self.score}")
        require(bool(self.detector), "explanation without detector")


MANUAL_AREA = "MANUAL_AREA"  # a box a reviewer drew where no text is (an image, a signature)
SIGNATURE = "SIGNATURE"  # a signature or paraph (an image or ink) found by the tool
AREA_TYPES = frozenset({MANUAL_AREA, SIGNATURE})  # findings of an area, without text


@dataclass(frozen=True)
class Finding:
    """A span of personal data in the document text, with its page boxes."""

    id: str
    start: int
    end: int
    text: str
    entity_type: str
    ground: Ground
    score: float
    boxes: tuple[Box, ...]
    explanations: tuple[Explanation, ...]

    def __post_init__(self) -> None:
        manual_area = self.entity_type in AREA_TYPES and self.start == self.end == 0 and not self.text
        require(0 <= self.start < self.end or manual_area, f"bad span {self.start}:{self.end}")
        require(len(self.text) == self.end - self.start, "text does not match span")
        require(0.0 <= self.score <= 1.0, f"score out of range: {self.score}")
        require(bool(self.explanations), "a finding must carry its explanation")

    @property
    def detectors(self) -> tuple[str, ...]:
        """The detectors that found it, in order, each once."""
        return tuple(dict.fromkeys(e.detector for e in self.explanations))

    @property
    def pages(self) -> tuple[int, ...]:
        """The pages its boxes are on, sorted."""
        return tuple(sorted({b.page for b in self.boxes}))


class Action(enum.StrEnum):
    """What happens to a finding: redacted or kept readable."""

    REDACT = "redact"
    KEEP = "keep"


@dataclass(frozen=True)
class Decision:
    """What happens to a finding, who decided it and why."""

    finding_id: str
    action: Action
    needs_review: bool
    decided_by: str
    reason: str
    ground: Ground | None = None  # overrides the finding's ground when set

    def __post_init__(self) -> None:
        require(bool(self.decided_by), "a decision needs its decider")


@dataclass(frozen=True)
class Redaction:
    """One box the remover must apply: glyphs inside go, a labelled box is drawn.

    ``label`` empty means: remove the glyphs but draw nothing (used to clear a
    placeholder before the motivation text is written there).
    """

    box: Box
    label: str
    finding_id: str
