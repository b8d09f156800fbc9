"""Detect stage: Document -> findings of personal data, each with its explanation.

Order: every configured detector proposes candidates; overlapping ones merge;
names of public office holders are marked as such (an explanation from
``public_office``, which the decide stage turns into *keep*); every other
occurrence of a found name is added by propagation; each span is placed on
the page as one box per line fragment.
"""

from __future__ import annotations

from ..config import Config
from ..model import Document, Explanation, Finding, Ground
from .engine import Engine
from .merge import Merged, boxes_for_span, finding_id, merge
from .propagate import propagate
from .public import PublicNames

GROUNDS = {"NL_BSN": Ground.IDENTIFICATION_NUMBER}
PUBLIC_DETECTOR = "public_office"


class Detector:
    """Built once per process (loading the model and word lists); reused per document."""

    def __init__(self, config: Config) -> None:
        self.engine = Engine(config)
        self.public = PublicNames(config.public_officials, config.public_titles)
        self.min_score = config.thresholds.review

    def detect(self, doc: Document) -> tuple[Finding, ...]:
        """All findings in ``doc``, public names included (marked, to be kept)."""
        cands = [Merged(c.start, c.end, c.entity, (c.explanation,)) for c in self.engine.candidates(doc)]
        merged = [m for m in merge(cands) if m.score >= self.min_score]
        public = {(m.start, m.end) for m in merged if m.entity == "PERSON" and self._public(doc.text, m)}
        sources = [m for m in merged if (m.start, m.end) not in public]
        extra = propagate(doc.text, sources, skip=public)
        merged = merge(merged + extra)
        findings = []
        for m in merged:
            explanations = m.explanations
            why = self._public(doc.text, m) if m.entity == "PERSON" else None
            if why:
                explanations += (Explanation(PUBLIC_DETECTOR, 0.0, why),)
            boxes = boxes_for_span(doc, m.start, m.end)
            if not boxes:
                continue
            findings.append(
                Finding(
                    id=finding_id(doc, m.start, m.end, m.entity),
                    start=m.start,
                    end=m.end,
                    text=doc.text[m.start : m.end],
                    entity_type=m.entity,
                    ground=GROUNDS.get(m.entity, Ground.PRIVATE_LIFE),
                    score=round(m.score, 3),
                    boxes=boxes,
                    explanations=explanations,
                )
            )
        return tuple(findings)

    def _public(self, text: str, m: Merged) -> str | None:
        return self.public.reason(text, m.start, m.end)
