"""User-facing errors and the process exit codes.

Every error a user can cause or fix is one of these classes; the CLI has a
single handler that prints ``message`` (which says what to do) on stderr and
exits with the class's ``exit_code``.
"""

from __future__ import annotations

import enum


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
    """Base class of the errors a user sees; ``str(err)`` says what to do."""

    exit_code: ExitCode = ExitCode.INTERNAL_ERROR


class UsageError(WooRedactError):
    exit_code = ExitCode.USAGE


class ConfigError(WooRedactError):
    exit_code = ExitCode.CONFIG_INVALID


class MissingDependencyError(WooRedactError):
    exit_code = ExitCode.MISSING_DEPENDENCY


class VerificationFailed(WooRedactError):
    exit_code = ExitCode.VERIFY_FAILED


class DocumentError(WooRedactError):
    """One document could not be processed; the batch goes on without it."""

    exit_code = ExitCode.DOCUMENTS_FAILED


class InputNotPdf(DocumentError):
    pass


class EncryptedPdf(DocumentError):
    pass


class CorruptPdf(DocumentError):
    pass


class NeedsOcr(DocumentError):
    pass


class ProofFailed(DocumentError):
    pass


class DocumentTimeout(DocumentError):
    """One document took longer than ``redaction.document_timeout_s``."""
