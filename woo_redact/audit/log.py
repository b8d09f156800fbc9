"""The redaction log: ``audit.jsonl``, hash-chained, without personal data in clear.

Each line is one JSON record. Every record carries ``prev``, the SHA-256 of
the previous line's bytes (the first record of a file carries 64 zeros), so an
edited, removed, reordered or truncated record breaks the chain. Redacted text
is stored only as ``fingerprint``: HMAC-SHA256 under a key kept outside the
log, so the log can be published without publishing what it protects.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigError

GENESIS = "0" * 64
FORMAT = "woo_redact.audit/2"  # /2: boxes carry their page; run_end carries its counts


def load_key(path: str | Path, create: bool = True) -> bytes:
    """Read the fingerprint key; create it (owner-only permissions) on first use."""
    p = Path(path).expanduser()
    if not p.exists():
        if not create:
            raise ConfigError(f"audit key {p} not found. Give the key file the log was written with (--key).")
        p.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32) + "\n")
    try:
        return bytes.fromhex(p.read_text().strip())
    except ValueError as exc:
        raise ConfigError(f"audit key {p} is not a hex key. Restore the original key file.") from exc


def normalise(text: str) -> str:
    """The form of a text that is fingerprinted: NFC, single spaces, case-folded."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def fingerprint(key: bytes, text: str) -> str:
    """HMAC-SHA256 of the normalised text."""
    return hmac.new(key, normalise(text).encode("utf-8"), hashlib.sha256).hexdigest()


def line_hash(line: bytes) -> str:
    """The chain hash of one log line: SHA-256 of its bytes without the newline."""
    return hashlib.sha256(line.rstrip(b"\n")).hexdigest()


class AuditLog:
    """Appends chained records to one log file (one writer: the batch's main process)."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self.key = key
        self.prev = self._last_hash()
        self.appended = 0  # records written through this object (one run's count for its run_end)

    def _last_hash(self) -> str:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return GENESIS
        with self.path.open("rb") as fh:
            last = b""
            for line in fh:
                if line.strip():
                    last = line
        return line_hash(last) if last else GENESIS

    def append(self, record: dict[str, Any]) -> None:
        """Write one record, chained to the previous one, and flush it to disk."""
        self.append_all([record])

    def append_all(self, records: Iterable[dict[str, Any]]) -> None:
        """Write the records in order, each chained to the one before, and flush them to disk together: the
        same lines as appending them one by one, with one ``fsync`` instead of one per record (when this
        returns, every one of them is on disk, as it was when each ``append`` returned)."""
        lines = []
        prev = self.prev
        for record in records:
            body = {"prev": prev, **record}
            line = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
            lines.append(line + b"\n")
            prev = line_hash(line)
        if not lines:
            return
        with self.path.open("ab") as fh:
            fh.write(b"".join(lines))
            fh.flush()
            os.fsync(fh.fileno())
        self.prev = prev
        self.appended += len(lines)

    def fingerprint(self, text: str) -> str:
        """The keyed fingerprint of ``text`` under this log's key."""
        return fingerprint(self.key, text)


def read_records(path: Path) -> Iterator[tuple[int, bytes, dict[str, Any]]]:
    """(line number, raw line, parsed record) for each non-empty line."""
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield n, line.rstrip(b"\n"), json.loads(line)
