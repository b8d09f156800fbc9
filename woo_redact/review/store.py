"""The reviewers' decisions: an embedded SQLite database in the run folder.

``DIR/work/review.sqlite`` (WAL mode, ``busy_timeout``) has two tables:

- ``decisions``: one row per decision (finding id, document, action
  ``confirm`` | ``reject`` | ``ground``, the ground in effect, reviewer, time,
  and the ``bulk`` action it was part of). Rows are never updated: the latest
  row of a finding wins, and the history stays for the log.
- ``bulks``: one row per "every occurrence" action; undoing it (who, when)
  takes all its decisions out of force, so the earlier ones count again.
- ``manual``: redactions a reviewer added by hand (document, page, boxes in PDF
  user space, the selected words' text or empty for a drawn area, entity type,
  ground, reviewer, time); withdrawing one marks it ``removed``.

Every write is one short transaction on its own connection, so two reviewers'
servers on the same folder interleave safely.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..audit.records import now
from ..layout import Layout
from ..model import Box

DB_NAME = "review.sqlite"
ACTIONS = ("confirm", "reject", "ground")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id TEXT NOT NULL,
    document TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'ground')),
    ground TEXT,
    reviewer TEXT NOT NULL,
    time TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT 'one'
);
CREATE INDEX IF NOT EXISTS decisions_finding ON decisions (document, finding_id, id);
CREATE TABLE IF NOT EXISTS manual (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document TEXT NOT NULL,
    page INTEGER NOT NULL,
    boxes TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    entity_type TEXT NOT NULL,
    ground TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    time TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0,
    removed_by TEXT,
    removed_time TEXT
);
CREATE INDEX IF NOT EXISTS manual_document ON manual (document, id);
CREATE TABLE IF NOT EXISTS bulks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reviewer TEXT NOT NULL,
    time TEXT NOT NULL,
    undone_by TEXT,
    undone_time TEXT
);
"""


@dataclass(frozen=True)
class StoredDecision:
    """A reviewer's decision about one finding."""

    id: int
    finding_id: str
    document: str
    action: str  # confirm | reject | ground
    ground: str | None
    reviewer: str
    time: str
    scope: str  # one | all (made with "apply to every occurrence")
    bulk: int | None = None  # the "every occurrence" action it belongs to (undoable as a whole)

    @property
    def keeps(self) -> bool:
        """True when the text stays readable."""
        return self.action == "reject"


@dataclass(frozen=True)
class NewDecision:
    """A decision to record (the store adds id and time)."""

    finding_id: str
    document: str
    action: str
    ground: str | None
    reviewer: str
    scope: str = "one"


@dataclass(frozen=True)
class ManualAddition:
    """A redaction a reviewer added: selected words (``text``) or a drawn area (``text`` empty)."""

    id: int
    document: str
    page: int  # 0-based
    boxes: tuple[Box, ...]
    text: str
    entity_type: str
    ground: str
    reviewer: str
    time: str


class Store:
    """Opens a connection per operation; safe to share between threads and processes."""

    def __init__(self, root: Path, timeout_ms: int = 10_000) -> None:
        """The store of the run folder ``root`` (the file is in its ``work/``)."""
        work = Layout(root).work
        work.mkdir(parents=True, exist_ok=True)
        self.path = work / DB_NAME
        self.timeout_ms = timeout_ms
        with self._read() as con:
            con.executescript(_SCHEMA)  # idempotent; executescript runs in its own transaction
            columns = {row[1] for row in con.execute("PRAGMA table_info(decisions)")}
            if "bulk" not in columns:  # a database of before bulk undo
                con.execute("ALTER TABLE decisions ADD COLUMN bulk INTEGER")

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=self.timeout_ms / 1000, isolation_level=None)
        con.execute(f"PRAGMA busy_timeout = {int(self.timeout_ms)}")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
        return con

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE takes the write lock up front)."""
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            con.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        con = self._connect()
        try:
            yield con
        finally:
            con.close()

    def journal_mode(self) -> str:
        """The database's journal mode (WAL when the file system allows it)."""
        with self._read() as con:
            return str(con.execute("PRAGMA journal_mode").fetchone()[0])

    # --- decisions ---------------------------------------------------------------

    def record(self, decisions: Sequence[NewDecision]) -> str:
        """Record decisions in one transaction; returns their time stamp."""
        return self._record(decisions, bulk=False)[0]

    def record_bulk(self, decisions: Sequence[NewDecision]) -> tuple[str, int | None]:
        """Record one "every occurrence" action, undone as a whole by :meth:`undo_bulk`; (time, its id)."""
        return self._record(decisions, bulk=True)

    def _record(self, decisions: Sequence[NewDecision], bulk: bool) -> tuple[str, int | None]:
        stamp = now()
        with self._tx() as con:
            bulk_id = None
            if bulk and decisions:
                cur = con.execute("INSERT INTO bulks (reviewer, time) VALUES (?, ?)", (decisions[0].reviewer, stamp))
                bulk_id = int(cur.lastrowid or 0)
            con.executemany(
                "INSERT INTO decisions (finding_id, document, action, ground, reviewer, time, scope, bulk) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (d.finding_id, d.document, d.action, d.ground, d.reviewer, stamp, d.scope, bulk_id)
                    for d in decisions
                ],
            )
        return stamp, bulk_id

    def undo_bulk(self, bulk_id: int, reviewer: str) -> int:
        """Undo one "every occurrence" action: the decisions before it are in force again.

        Returns the number of decisions undone (0: no such action, or already undone).
        """
        with self._tx() as con:
            cur = con.execute(
                "UPDATE bulks SET undone_by = ?, undone_time = ? WHERE id = ? AND undone_by IS NULL",
                (reviewer, now(), bulk_id),
            )
            if cur.rowcount != 1:
                return 0
            return int(con.execute("SELECT COUNT(*) FROM decisions WHERE bulk = ?", (bulk_id,)).fetchone()[0])

    _COLUMNS = "id, finding_id, document, action, ground, reviewer, time, scope, bulk"
    _IN_FORCE = "(bulk IS NULL OR bulk NOT IN (SELECT id FROM bulks WHERE undone_by IS NOT NULL))"

    def latest(self) -> dict[tuple[str, str], StoredDecision]:
        """The decision in force per (document, finding id): the latest one not undone."""
        sql = (
            f"SELECT {self._COLUMNS} FROM decisions WHERE id IN "
            f"(SELECT MAX(id) FROM decisions WHERE {self._IN_FORCE} GROUP BY document, finding_id)"
        )
        with self._read() as con:
            rows = con.execute(sql).fetchall()
        return {(r[2], r[1]): StoredDecision(*r) for r in rows}

    def history(self) -> tuple[StoredDecision, ...]:
        """Every decision ever made, undone ones included, in order."""
        with self._read() as con:
            rows = con.execute(f"SELECT {self._COLUMNS} FROM decisions ORDER BY id").fetchall()
        return tuple(StoredDecision(*r) for r in rows)

    # --- manual additions --------------------------------------------------------

    def add_manual(
        self, document: str, page: int, boxes: Sequence[Box], text: str, entity_type: str, ground: str, reviewer: str
    ) -> ManualAddition:
        """Record a redaction added by hand (words or a drawn area); returns it with its id."""
        stamp = now()
        payload = json.dumps([b.as_list() for b in boxes])
        with self._tx() as con:
            cur = con.execute(
                "INSERT INTO manual (document, page, boxes, text, entity_type, ground, reviewer, time) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (document, page, payload, text, entity_type, ground, reviewer, stamp),
            )
            new_id = int(cur.lastrowid or 0)
        return ManualAddition(new_id, document, page, tuple(boxes), text, entity_type, ground, reviewer, stamp)

    def remove_manual(self, manual_id: int, document: str, reviewer: str) -> bool:
        """Withdraw a manual addition; False when there is no such addition in ``document``."""
        with self._tx() as con:
            cur = con.execute(
                "UPDATE manual SET removed = 1, removed_by = ?, removed_time = ? "
                "WHERE id = ? AND document = ? AND removed = 0",
                (reviewer, now(), manual_id, document),
            )
            return cur.rowcount == 1

    def manual(self, document: str | None = None) -> tuple[ManualAddition, ...]:
        """Manual additions in force, of one document or of all."""
        sql = (
            "SELECT id, document, page, boxes, text, entity_type, ground, reviewer, time FROM manual WHERE removed = 0"
        )
        args: tuple[str, ...] = ()
        if document is not None:
            sql += " AND document = ?"
            args = (document,)
        with self._read() as con:
            rows = con.execute(sql + " ORDER BY id", args).fetchall()
        return tuple(_manual(r) for r in rows)


def _manual(row: tuple[Any, ...]) -> ManualAddition:
    page = int(row[2])
    boxes = tuple(Box(page, *map(float, b)) for b in json.loads(row[3]))
    return ManualAddition(int(row[0]), row[1], page, boxes, row[4], row[5], row[6], row[7], row[8])
