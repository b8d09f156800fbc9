"""``woo-redact audit lookup``: was this text redacted, and where, why, by whom, when?

The log holds no text, only HMAC-SHA256 fingerprints of the normalised text
(:func:`.log.normalise`) under the run's audit key. A lookup fingerprints the
question with the same key and compares; with another key nothing matches.
Besides the whole text, each run of consecutive words in it is tried too, so
"Marloes van der Heijden" also finds a redacted "Van der Heijden" (reported
with ``exact`` false and the part that matched).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .log import fingerprint, normalise
from .reader import read_log, split_runs

MAX_WORDS = 12  # longer questions are only looked up whole


@dataclass(frozen=True)
class Match:
    """One redaction whose fingerprint matches (part of) the question."""

    line: int
    matched: str  # the part of the question that matched (the question itself when exact)
    exact: bool
    document: str
    page: int
    pages: tuple[int, ...]
    entity_type: str
    ground: str
    decision: str
    decided_by: str
    needs_review: bool
    time: str
    finding: str
    run_started: str

    def record(self) -> dict[str, Any]:
        """The match as a JSON object (one line of the lookup's stdout)."""
        return {**asdict(self), "pages": list(self.pages)}


def candidates(text: str) -> tuple[str, ...]:
    """The question whole, then every run of consecutive words in it, longest first."""
    words = unicodedata.normalize("NFC", text).split()
    if not words:
        raise UsageError("give the text to look up (it is empty).")
    if len(words) > MAX_WORDS:
        return (" ".join(words),)
    out: dict[str, str] = {}  # normalised form -> the part as the question spells it
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            part = " ".join(words[start : start + size])
            out.setdefault(normalise(part), part)
    return tuple(out.values())


def _pages(record: dict[str, Any]) -> tuple[int, ...]:
    pages = set()
    for b in record.get("boxes") or ():
        if isinstance(b, dict) and isinstance(b.get("page"), int):
            pages.add(b["page"])
    return tuple(sorted(pages)) or ((record["page"],) if isinstance(record.get("page"), int) else ())


def find(log: Path, text: str, key: bytes) -> tuple[Match, ...]:
    """Every redaction in ``log`` of ``text`` (or of a run of its words), in log order."""
    parts = candidates(text)
    wanted = {fingerprint(key, p): p for p in parts}
    whole = parts[0]
    runs, _ = split_runs(read_log(log))
    return tuple(_matches(runs, wanted, whole))


def _matches(runs: Iterable[Any], wanted: dict[str, str], whole: str) -> Iterable[Match]:
    for run in runs:
        for ln in run.redactions:
            part = wanted.get(str(ln.get("fingerprint", "")))
            if part is None:
                continue
            r = ln.record
            yield Match(
                line=ln.number,
                matched=part,
                exact=part == whole,
                document=str(r.get("document", "")),
                page=int(r.get("page", 0) or 0),
                pages=_pages(r),
                entity_type=str(r.get("entity_type", "")),
                ground=str(r.get("ground", "")),
                decision=str(r.get("decision", "")),
                decided_by=str(r.get("decided_by", "")),
                needs_review=bool(r.get("needs_review", False)),
                time=str(r.get("time", "")),
                finding=str(r.get("finding", "")),
                run_started=str(run.header.get("started", "")),
            )
