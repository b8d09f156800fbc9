"""Decide stage: findings -> decisions (redact, redact and flag for review, keep).

Rules, in order:
1. A finding marked by the ``public_office`` detector is kept: the name of a
   public office holder in that role is public. So is one marked ``not_a_person``
   (an organisation, building or street that looks like a name), one marked ``public_author``
   (the author of a publication the document cites) and one marked ``deceased_person`` (a person the text
   gives life dates: the AVG protects the living).
2. A finding scoring at least ``thresholds.certain`` is redacted.
3. Any other finding (it already passed ``thresholds.review`` in detection) is
   redacted too, fail closed, and flagged for a reviewer.
A reviewer's decision (from the review stage) always wins over these rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .config import Config
from .detect.evidence import REVIEW_RULES
from .model import Action, Decision, Finding

KEEP_DETECTORS = {
    "public_office": "public office holder",
    "public_author": "author of a cited publication",
    "not_a_person": "not a person",
    "deceased_person": "a deceased or historical person (life dates, a patronymic)",
    "public_address": "a public address",
}


def decide(
    findings: Sequence[Finding],
    config: Config,
    overrides: Mapping[str, Decision] | None = None,
) -> tuple[Decision, ...]:
    """One decision per finding, in the order of the findings."""
    overrides = overrides or {}
    out = []
    for f in findings:
        if f.id in overrides:
            out.append(overrides[f.id])
            continue
        keep = next((e for e in f.explanations if e.detector in KEEP_DETECTORS), None)
        if keep is not None:
            label = KEEP_DETECTORS[keep.detector]
            review = keep.pattern in REVIEW_RULES  # e.g. an office holder's surname alone
            out.append(Decision(f.id, Action.KEEP, review, "tool", f"{label}: {keep.reason}"))
        elif f.score >= config.thresholds.certain:
            out.append(Decision(f.id, Action.REDACT, False, "tool", f"score {f.score:.2f} >= certain threshold"))
        else:
            out.append(
                Decision(
                    f.id, Action.REDACT, True, "tool", f"score {f.score:.2f} below certain threshold: redacted, review"
                )
            )
    return tuple(out)
