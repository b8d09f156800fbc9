"""Where a run's files go: what may be published, and what may not.

An output folder ``OUT`` of ``run`` (and ``apply``) holds::

    OUT/publish/<rel>.pdf            disclosure versions: written, proven, current
    OUT/publish/inventaris.csv|xlsx  the inventory list (one row per document of the dossier)
    OUT/publish/<rel>.diwoo.xml      DiWoo metadata of each disclosure version (when configured)
    OUT/publish/diwoo-sitemap.xml    the dossier's index: every document with its DiWoo record
    OUT/publish/motivering-per-document.csv   grounds per document (optional annex)
    OUT/work/<rel>.findings.json     findings with the found text (for reviewers)
    OUT/work/review.sqlite           reviewers' decisions
    OUT/work/.review-cache/          page images of the originals
    OUT/work/ingest/<rel>.pdf        the PDFs made from Word/OpenDocument files and e-mails
    OUT/work/dossier.json            families, threads and duplicates of the dossier (for `apply`)
    OUT/work/audit-key.txt           which key the log's fingerprints were made with
    OUT/work/quarantine/<rel>.pdf    an earlier disclosure version of a document that
    OUT/work/quarantine/<rel>.reason.txt   failed since, with why (never publish these)
    OUT/audit.jsonl                  the redaction log (no text in clear)

``publish/`` can be copied to the publication platform as it is: a document
that failed has no file there. Everything under ``work/`` holds personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

PUBLISH = "publish"
WORK = "work"
QUARANTINE = "quarantine"
FINDINGS_SUFFIX = ".findings.json"
LOG_NAME = "audit.jsonl"


@dataclass(frozen=True)
class Layout:
    """The paths of one output folder."""

    root: Path

    @property
    def publish(self) -> Path:
        """``OUT/publish/``: the disclosure versions and the inventory, for publication."""
        return self.root / PUBLISH

    @property
    def work(self) -> Path:
        """``OUT/work/``: findings, review database, quarantine; never published."""
        return self.root / WORK

    @property
    def quarantine(self) -> Path:
        """``OUT/work/quarantine/``: earlier disclosure versions of documents that failed since."""
        return self.work / QUARANTINE

    @property
    def log(self) -> Path:
        """``OUT/audit.jsonl``: the redaction log."""
        return self.root / LOG_NAME

    @property
    def ingest(self) -> Path:
        """Where the PDFs made from non-PDF inputs are staged."""
        return self.work / "ingest"

    @property
    def dossier(self) -> Path:
        """The dossier's entries (families, threads, duplicates), for ``apply``."""
        return self.work / "dossier.json"

    @property
    def key_reference(self) -> Path:
        """``OUT/work/audit-key.txt``: which key the log's fingerprints were made with (not the key)."""
        return self.work / "audit-key.txt"

    def pdf(self, rel: str | PurePosixPath) -> Path:
        """The published disclosure version of output ``rel``."""
        return self.publish / PurePosixPath(rel)

    def findings(self, rel: str | PurePosixPath) -> Path:
        """The findings file of output ``rel``."""
        return self.work / PurePosixPath(rel).with_suffix(FINDINGS_SUFFIX)

    def quarantined(self, rel: str | PurePosixPath) -> Path:
        """Where the earlier disclosure version of a failed ``rel`` is moved."""
        return self.quarantine / PurePosixPath(rel)

    def reason_file(self, rel: str | PurePosixPath) -> Path:
        """The note next to a quarantined file saying why it was taken out of ``publish/``."""
        return self.quarantine / PurePosixPath(rel).with_suffix(".reason.txt")

    def inventory(self, ext: str) -> Path:
        """The inventory list in format ``ext`` (csv or xlsx)."""
        return self.publish / f"inventaris.{ext}"

    def partial_files(self) -> list[Path]:
        """Temporary files of writes that never finished (a run killed while writing a file).

        :func:`woo_redact.outputs.atomic_write` names them ``.<name>.<random>.part``
        next to the file it writes; nothing else writes such names. The review screen's page
        cache is left alone: a ``review`` running meanwhile may be writing there.
        """
        found = (p for d in (self.publish, self.work) if d.is_dir() for p in d.rglob(".*.part"))
        return sorted(p for p in found if p.is_file() and ".review-cache" not in p.relative_to(self.root).parts)

    def remove_partial_files(self) -> int:
        """Delete :meth:`partial_files`; how many there were."""
        partial = self.partial_files()
        for p in partial:
            p.unlink(missing_ok=True)
        return len(partial)

    def old_layout_files(self) -> list[Path]:
        """Findings files directly in ``root`` (outside ``work/``): a folder of woo_redact before the split."""
        if not self.root.is_dir():
            return []
        found = (p for p in self.root.rglob("*" + FINDINGS_SUFFIX) if p.is_file())
        return sorted(p for p in found if p.relative_to(self.root).parts[0] not in (WORK, PUBLISH))


OLD_LAYOUT_HINT = (
    "it has the layout of woo_redact before the publish/work split (PDFs and .findings.json side by side). "
    "Run `woo-redact run` again into a new, empty --out folder; it writes OUT/publish/ and OUT/work/."
)
