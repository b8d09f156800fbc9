"""Detect stage: Document -> findings of personal data, each with its explanation.

Order: every configured detector proposes candidates (the statistical model's
only when they pass a plausibility check), plus the names other documents of
the batch redacted; overlapping ones merge; a name is completed with an unknown
first name before it, or cut where it runs into an organisation's name; names of
public office holders and names that are part of an organisation, place or
street are marked as such (``public_office`` / ``not_a_person`` explanations,
which the decide stage turns into *keep*); every other occurrence of a found
name is added by propagation; each span is placed on the page as one box per
line fragment.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..model import Document, Explanation, Finding, Ground
from .context import STRUCTURAL, cut_before_organisation, not_a_person, organisation_spans, plausible_model_name
from .engine import Engine
from .merge import Merged, boxes_for_span, extend_left, finding_id, merge
from .propagate import batch_candidates, propagate
from .public import PublicNames

GROUNDS = {"NL_BSN": Ground.IDENTIFICATION_NUMBER}
PUBLIC_DETECTOR = "public_office"
CONTEXT_DETECTOR = "not_a_person"
MODEL_DETECTORS = frozenset({"ner"})  # statistical: a span must also pass plausible_model_name()


class Detector:
    """Built once per process (loading the model and word lists); reused per document."""

    def __init__(self, config: Config) -> None:
        self.engine = Engine(config)
        self.public = PublicNames(config.public_officials, config.public_titles)
        self.min_score = config.thresholds.review

    def detect(self, doc: Document, batch_names: Sequence[str] = ()) -> tuple[Finding, ...]:
        """All findings in ``doc``, public names included (marked, to be kept).

        ``batch_names`` are names redacted in other documents of the same batch: their
        occurrences here are found too (unless public here, e.g. after "minister").
        """
        cands = [
            Merged(c.start, c.end, c.entity, (c.explanation,))
            for c in self.engine.candidates(doc)
            if c.explanation.detector not in MODEL_DETECTORS or plausible_model_name(doc.text[c.start : c.end])
        ]
        orgs = organisation_spans(doc.text) + self.public.title_spans(doc.text)
        cands += batch_candidates(doc.text, batch_names)
        merged = [m for m in merge(cands) if m.score >= self.min_score]
        merged = merge([self._cut(doc.text, extend_left(doc.text, m)) for m in merged])
        merged = merge([part for m in merged for part in self._split_public(doc.text, m)])
        kept = {(m.start, m.end) for m in merged if m.entity == "PERSON" and self._keep_reason(doc.text, m, orgs)}
        sources = [m for m in merged if (m.start, m.end) not in kept]
        for _ in range(2):  # a name completed by extension is propagated once more
            extra = propagate(doc.text, sources, skip=kept)
            merged = merge([extend_left(doc.text, m) for m in merge(merged + extra)])
            sources = [m for m in merged if (m.start, m.end) not in kept and not self._keep_reason(doc.text, m, orgs)]
        findings = []
        for m in merged:
            explanations = m.explanations
            why = self._keep_reason(doc.text, m, orgs) if m.entity == "PERSON" else None
            if why:
                explanations += (Explanation(why[0], 0.0, why[1]),)
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

    def _split_public(self, text: str, m: Merged) -> list[Merged]:
        """ "minister Verbrugge\nRoos en ...": a public name ends at the line break; what follows is judged alone."""
        nl = text.find("\n", m.start, m.end)
        if m.entity != "PERSON" or nl < 0 or not self.public.reason(text, m.start, m.end):
            return [m]
        tail = nl + 1
        while tail < m.end and text[tail].isspace():
            tail += 1
        return [Merged(m.start, nl, m.entity, m.explanations), Merged(tail, m.end, m.entity, m.explanations)]

    def _cut(self, text: str, m: Merged) -> Merged:
        """Shorten a name-pattern span that ran on into an organisation's name."""
        if m.entity != "PERSON" or any(e.detector in STRUCTURAL for e in m.explanations):
            return m
        end = cut_before_organisation(text, m.start, m.end)
        return m if end is None else Merged(m.start, end, m.entity, m.explanations)

    def _keep_reason(self, text: str, m: Merged, orgs: Sequence[tuple[int, int]]) -> tuple[str, str] | None:
        """(detector, reason) when a name-like span must stay readable."""
        public = self.public.reason(text, m.start, m.end)
        if public:
            return PUBLIC_DETECTOR, public
        if not any(e.detector in STRUCTURAL for e in m.explanations):
            titled = any(e.detector in ("titled_name", "initials_name") for e in m.explanations)
            other = not_a_person(text, m.start, m.end, orgs, titled)
            if other:
                return CONTEXT_DETECTOR, other
        return None
