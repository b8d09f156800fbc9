"""What ``run`` and ``apply`` both write around their documents: the run in the log, the inventory.

Both open a run in ``audit.jsonl`` with the stamp of the tool and the
configuration, log each document with its redactions, close the run with its
``run_end`` whatever happens (also on Ctrl-C or a bug: called from a
``finally``), rewrite the inventory, and end with one summary line on stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..audit.log import FORMAT, AuditLog
from ..audit.records import PROOF_SCOPE, DocumentEntry, RedactionEntry, now, run_end_record, stop_reason
from ..batch import eprint
from ..config import Config
from ..disclose.inventory import inventory_csv, inventory_xlsx
from ..disclose.publish import write_publication
from ..layout import Layout
from ..model import DocumentResult, DossierEntry
from ..outputs import RunStamp, atomic_write


class RunLog:
    """One run in the audit log: opened on creation, a record per document, closed by :meth:`close`."""

    def __init__(
        self,
        layout: Layout,
        key: bytes,
        stamp: RunStamp,
        documents: int,
        workers: int,
        command: str = "",
        about: Mapping[str, str] | None = None,
    ) -> None:
        """Append the run's first record: ``command`` (empty for ``run``), then the stamp, ``about`` and counts."""
        self.log = AuditLog(layout.log, key)
        self.logged: list[DocumentEntry] = []
        self.log.append(
            {
                "type": "run",
                **({"command": command} if command else {}),
                "format": FORMAT,
                "tool_version": stamp.tool_version,
                "config_sha256": stamp.config_sha256,
                "detector_sha256": stamp.detector_sha256,
                "proof_scope": PROOF_SCOPE,
                **(about or {}),
                "started": now(),
                "documents": documents,
                "workers": workers,
            }
        )

    @property
    def key(self) -> bytes:
        """The key the log's fingerprints are made with."""
        return self.log.key

    def append(self, record: dict[str, Any]) -> None:
        """Log another record of the run (e.g. a reviewer's decision)."""
        self.log.append(record)

    def document(self, entry: DocumentEntry, redactions: Iterable[RedactionEntry] = ()) -> None:
        """Log one document's outcome, then each of its redactions (on disk together, with one ``fsync``)."""
        self.log.append_all([entry.record(), *(redaction.record() for redaction in redactions)])
        self.logged.append(entry)

    def close(self) -> None:
        """Append ``run_end``: the documents logged and, while an exception is on its way, why the run stopped."""
        self.log.append(run_end_record(tuple(self.logged), self.log.appended, stop_reason(sys.exc_info()[1])))


def write_inventory(layout: Layout, results: Sequence[DocumentResult], entries: Sequence[DossierEntry] | None) -> None:
    """``publish/inventaris.csv`` and ``.xlsx``: a row per document (``entries``: the dossier's families)."""
    atomic_write(layout.inventory("csv"), inventory_csv(results, entries))
    atomic_write(layout.inventory("xlsx"), inventory_xlsx(results, entries))


def publish(layout: Layout, config: Config, results: Sequence[DocumentResult], entries: Sequence[DossierEntry]) -> None:
    """The publication files of ``publish/`` (DiWoo metadata, motivation annex); their warnings on stderr."""
    for warning in write_publication(layout, config, results, entries, atomic_write):
        eprint(f"woo-redact: warning: {warning}")


def summary_line(done: int, total: int, layout: Layout, failed: int, moved: int, what: str = "documents") -> str:
    """The closing line on stderr: what is in publish/, and what is not."""
    line = f"woo-redact: {done} of {total} {what} written to {layout.publish}"
    if failed:
        line += f"; {failed} failed (see above) and have no file in publish/"
        if moved:
            line += f" ({moved} earlier version(s) moved to {layout.quarantine}, with the reason)"
    return line
