"""The review state: each finding's status from the tool's proposal and the latest decision.

Statuses (the colours of the boxes on the screen):

``to_review``  redacted by the tool but flagged, not decided yet (orange outline)
``certain``    redacted by the tool without doubt, not decided (black)
``kept``       kept readable by the tool (a public office holder), not decided (green, dashed)
``confirmed``  a reviewer confirmed the redaction (perhaps with another ground) (black)
``rejected``   a reviewer rejected it: the text stays readable (green outline)
``manual``     a redaction a reviewer added by hand (blue)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .catalog import Catalog, Item
from .store import StoredDecision

STATUSES = ("to_review", "certain", "kept", "confirmed", "rejected", "manual")
STATUS_LABELS = {
    "to_review": "to review",
    "certain": "certain",
    "kept": "kept (public)",
    "confirmed": "confirmed",
    "rejected": "rejected",
    "manual": "added by hand",
}


@dataclass(frozen=True)
class Row:
    """One finding with its decision in force."""

    item: Item
    decision: StoredDecision | None

    @property
    def status(self) -> str:
        """to_review, certain, kept (by the tool), confirmed or rejected (by a reviewer)."""
        if self.decision is not None:
            return "rejected" if self.decision.keeps else "confirmed"
        if self.item.tool_action == "keep":
            return "kept"
        return "to_review" if self.item.needs_review else "certain"

    @property
    def ground(self) -> str:
        """The ground in force: a reviewer's choice, else the tool's."""
        if self.decision is not None and self.decision.ground:
            return self.decision.ground
        return self.item.ground

    @property
    def redacted(self) -> bool:
        """The finding is redacted as things stand."""
        return self.status in ("certain", "confirmed", "to_review")


@dataclass(frozen=True)
class Progress:
    """The review's progress: decided findings and flagged findings still open."""

    reviewed: int  # findings with a reviewer's decision
    to_review: int  # flagged findings still without one

    @property
    def flagged_done(self) -> bool:
        """Every flagged finding has a decision."""
        return self.to_review == 0


@dataclass(frozen=True)
class Filters:
    """The finding list's filters; empty means all."""

    scope: str = "doc"  # doc | all
    entity_type: str = ""
    status: str = ""
    detector: str = ""

    def accepts(self, row: Row) -> bool:
        """The row passes every filter that is set."""
        return (
            (not self.entity_type or row.item.entity_type == self.entity_type)
            and (not self.status or row.status == self.status)
            and (not self.detector or self.detector in row.item.detectors)
        )


def rows_of(items: Iterable[Item], latest: Mapping[tuple[str, str], StoredDecision], catalog: Catalog) -> list[Row]:
    """The rows of ``items``, each with the decision in force."""
    return [Row(i, latest.get((catalog.docs[i.doc].rel, i.id))) for i in items]


def progress(catalog: Catalog, latest: Mapping[tuple[str, str], StoredDecision]) -> Progress:
    """The run's progress under the decisions in force."""
    rows = rows_of(catalog.all_items(), latest, catalog)
    return Progress(sum(1 for r in rows if r.decision), sum(1 for r in rows if r.status == "to_review"))


def resume_point(catalog: Catalog, latest: Mapping[tuple[str, str], StoredDecision]) -> tuple[int, str]:
    """Where the reviewer left off: the first flagged finding without a decision."""
    for doc in catalog.docs:
        for row in rows_of(doc.items, latest, catalog):
            if row.status == "to_review":
                return doc.index, row.item.id
    return 0, ""
