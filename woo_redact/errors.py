"""User-facing errors and the process exit codes.

Every error a user can cause or fix is one of these classes; the CLI has a
single handler that prints ``message`` (which says what to do) on stderr and
exits with the class's ``exit_code``.

A document's failure is recorded twice: the full message (which may quote the
document: a library's error text, a proof's details) for the person running
the batch, and a *public reason* that never quotes it, for the audit log and
the inventory list. The public reason is given where the error is raised (or
is the class's default), never recovered later by parsing the message.
"""

from __future__ import annotations

import enum
from typing import ClassVar

GENERIC_REASON = (
    "processing failed; the details are on the run's stderr (kept out of the log: they may quote the document)."
)


class ExitCode(enum.IntEnum):
    """Exit codes of ``woo-redact``; documented in the README, keep them stable."""

    OK = 0
    """Every document was written (or was already up to date)."""
    INTERNAL_ERROR = 1
    """A bug in woo_redact: please report it with the traceback."""
    USAGE = 2
    """Bad command line: unknown option, missing input, unreadable public-officials file."""
    DOCUMENTS_FAILED = 3
    """Some documents could not be written; each is named on stderr, the others were written."""
    CONFIG_INVALID = 4
    """The configuration file is missing, malformed or fails validation."""
    VERIFY_FAILED = 5
    """``verify`` (or ``audit verify``) found that the proof does not hold."""
    MISSING_DEPENDENCY = 6
    """A required program or model is not installed (run ``make install``)."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C; outputs written so far are complete, the rest untouched."""


class WooRedactError(Exception):
    """Base class of the errors a user sees; ``str(err)`` says what to do.

    ``public``: the reason without anything from inside the document (the
    message minus the file name, when its variable parts are only page numbers
    and the like); when not given, the class's ``public_default``.
    """

    exit_code: ExitCode = ExitCode.INTERNAL_ERROR
    public_default: ClassVar[str] = GENERIC_REASON

    def __init__(self, message: str, public: str = "") -> None:
        super().__init__(message)
        self.public = public

    @property
    def public_reason(self) -> str:
        """Why it failed, fit for the audit log and the published inventory."""
        return self.public or self.public_default


class UsageError(WooRedactError):
    """Bad command line or input file named on it."""

    exit_code = ExitCode.USAGE


class ConfigError(WooRedactError):
    """The configuration file is missing, malformed or invalid."""

    exit_code = ExitCode.CONFIG_INVALID


class MissingDependencyError(WooRedactError):
    """A required program or model is not installed."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class VerificationFailed(WooRedactError):
    """A proof or a log does not verify."""

    exit_code = ExitCode.VERIFY_FAILED


class DocumentError(WooRedactError):
    """One document could not be processed; the batch goes on without it."""

    exit_code = ExitCode.DOCUMENTS_FAILED


class InputNotPdf(DocumentError):
    """The file is no PDF."""

    public_default = "not a PDF file (no %PDF header). Remove it from the input or convert it to PDF."


class EncryptedPdf(DocumentError):
    """The PDF is password protected."""

    public_default = (
        "the PDF is password protected. Ask the owner for an unprotected copy "
        "(or remove the password with qpdf --decrypt) and run again."
    )


class CorruptPdf(DocumentError):
    """The PDF cannot be read (the message may carry the library's words, so the public reason does not)."""

    public_default = "the PDF is damaged and cannot be read. Re-export it from the source application or repair it."


class NeedsOcr(DocumentError):
    """Scanned pages without a text layer, and OCR is off."""

    public_default = "pages are images without a text layer, so personal data on them cannot be detected."


class ProofFailed(DocumentError):
    """The output could not be proven; the public reason names the failed checks, never their details."""

    public_default = "the redaction could not be proven, so no disclosure version was written."


class DocumentTimeout(DocumentError):
    """One document took longer than ``redaction.document_timeout_s``."""

    public_default = "processing took longer than the configured time limit, so no disclosure version was written."


class DocumentOutOfMemory(DocumentError):
    """One document needed more memory than ``redaction.worker_memory_mb`` allows a worker."""

    public_default = "processing needed more memory than the configured limit, so no disclosure version was written."


def describe_failure(exc: BaseException) -> tuple[str, str]:
    """``(class name, public reason)`` of the exception a document failed with.

    One of ours carries its public reason; anything else is a bug whose text
    may quote the document, so only its class is named.
    """
    name = type(exc).__name__
    if isinstance(exc, WooRedactError):
        return name, exc.public_reason
    if isinstance(exc, MemoryError):  # the worker's memory limit, met outside the document's own work
        return name, DocumentOutOfMemory.public_default
    return name, f"internal error {name}; the details are on the run's stderr, not in the log."
