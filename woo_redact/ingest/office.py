"""Word processor documents (.docx, .doc, .odt, .rtf) to PDF, without their hidden channels.

LibreOffice headless (``soffice``, Debian ``libreoffice-writer-nogui``) does the
conversion. Each process gets its own LibreOffice profile folder (two soffice
instances sharing a profile block each other), and every document its own time
limit: a document that hangs soffice fails alone, with its reason.

Before the PDF is made, the hidden channels of the source (document properties, comments,
tracked changes, hidden text, headers and footers Word never shows) are removed, so no personal data
in them can reach the PDF (:mod:`.office_clean`).

``.doc``, ``.odt`` and ``.rtf`` are first converted to ``.docx`` by soffice
(tracked changes, comments and hidden text carry over as Word markup), then
cleaned the same way: one cleaner, checked once, instead of one per format.
What does not carry over is cleaned before, in the OpenDocument file
(:func:`.office_clean.clean_odt`): hidden sections and hidden paragraphs come out of
LibreOffice's Word export as plain, visible text.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import MissingDependencyError
from .office_clean import ConversionFailed, clean_docx, clean_odt
from .soffice import Crashed, EngineError, Hung, OneShot, Resident, Unavailable, uno_python

# (the cleaners and their failure are imported from here too, as before they had a module of their own)
__all__ = [
    "OFFICE_SUFFIXES",
    "SOFFICE_HINT",
    "TIMEOUT_SECONDS",
    "ConversionFailed",
    "Converter",
    "OfficeMissing",
    "clean_docx",
    "clean_odt",
    "require_soffice",
    "soffice_missing",
]

OFFICE_SUFFIXES = frozenset({".docx", ".doc", ".odt", ".rtf"})
TIMEOUT_SECONDS = 120.0
SOFFICE_HINT = (
    "install LibreOffice (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui), "
    "or take the Word/OpenDocument files out of the input"
)


class OfficeMissing(MissingDependencyError):
    """soffice is not installed but the input holds Word or OpenDocument files (exit 6)."""


def soffice_missing() -> str:
    """Why LibreOffice cannot be used ('' when it can)."""
    if shutil.which("soffice") is None:
        return f"the program `soffice` (LibreOffice) is not installed: {SOFFICE_HINT}"
    return ""


def require_soffice() -> str:
    """The path of soffice; raises :class:`OfficeMissing` (exit 6) when it is not there."""
    exe = shutil.which("soffice")
    if exe is None:
        raise OfficeMissing(f"{soffice_missing()}.")
    return exe


class Converter:
    """LibreOffice for one worker: its own profile folder, a time limit per conversion.

    ``resident`` (the default when ``python3-uno`` is there): one soffice serves
    all of this converter's documents and is restarted after a hang or crash;
    ``resident=False``, or when it cannot be had, soffice is started for each
    conversion (:mod:`.soffice`). Use as a context manager: on exit soffice is
    ended and the profile folder removed.
    """

    def __init__(self, timeout: float = TIMEOUT_SECONDS, resident: bool = True) -> None:
        self.exe = require_soffice()
        self.timeout = timeout
        self._tmp = tempfile.TemporaryDirectory(prefix=f"woo-redact-soffice-{os.getpid()}-")
        self.profile = Path(self._tmp.name) / "profile"
        python, self.fallback_reason = uno_python() if resident else ("", "asked for a soffice per document")
        self.engine: Resident | OneShot = (
            Resident(self.exe, python, Path(self._tmp.name)) if python else OneShot(self.exe, self.profile)
        )

    @property
    def mode(self) -> str:
        """``resident`` or ``per-document``."""
        return self.engine.mode

    def __enter__(self) -> Converter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End soffice and remove the profile folder."""
        self.engine.close()
        self._tmp.cleanup()

    def to_pdf(self, data: bytes, suffix: str, label: str) -> bytes:
        """The PDF of a Word/OpenDocument/RTF file's bytes, cleaned of its hidden channels first."""
        suffix = suffix.lower()
        if suffix not in OFFICE_SUFFIXES:
            raise ConversionFailed(f"{label}: {suffix} is not a Word or OpenDocument format")
        if suffix == ".odt":
            data = clean_odt(data)
        if suffix != ".docx":
            data = self._convert(data, suffix, "docx", label)
        return self._convert(clean_docx(data), ".docx", "pdf", label)

    def _convert(self, data: bytes, suffix: str, target: str, label: str) -> bytes:
        work = Path(tempfile.mkdtemp(dir=self._tmp.name))
        try:
            src = work / f"input{suffix}"
            src.write_bytes(data)
            try:
                return self._run(src, target).read_bytes()
            except Hung:
                raise ConversionFailed(
                    f"{label}: LibreOffice did not finish converting it within {self.timeout:.0f} s. "
                    "Open it in Word or LibreOffice, save it as PDF and add that PDF instead"
                ) from None
            except EngineError as exc:
                raise ConversionFailed(
                    f"{label}: LibreOffice could not convert it to {target} ({exc}). "
                    "Check that the file opens in LibreOffice, or save it as PDF yourself"
                ) from None
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _run(self, src: Path, target: str) -> Path:
        try:
            return self.engine.run(src, target, self.timeout)
        except Crashed:  # this document in a soffice of its own; the next one starts a new resident soffice
            shutil.rmtree(src.parent / "out", ignore_errors=True)
            return OneShot(self.exe, self.profile).run(src, target, self.timeout)
        except Unavailable as exc:  # from now on a soffice per conversion: slower, the same PDFs
            self.engine.close()
            self.fallback_reason = str(exc)
            self.engine = OneShot(self.exe, self.profile)
            return self.engine.run(src, target, self.timeout)
