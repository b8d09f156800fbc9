"""Start-up checks: every external program and the model, before any document is touched.

A missing program is one error for the whole run (exit 6, with what to install),
not a failed proof per document. What is checked:

- poppler's ``pdftotext``: one of the proof's independent readers (always);
- Tesseract with the OCR language: reads scanned pages (``--ocr auto|always``)
  and checks the pixels under boxes on images; with ``--ocr never`` it is not
  required, but documents whose boxes lie over images then cannot be proven,
  which is said once, as a warning;
- the spaCy pipeline the configuration names (``model``);
- LibreOffice's ``soffice``, only when the input holds Word, OpenDocument or
  RTF files (``office``): it converts them to PDF (:mod:`.ingest.office`).

``pdftoppm`` and ``qpdf`` are not run as programs: pages are rendered with
PDFium (pypdfium2) and qpdf comes as a library inside pikepdf.
"""

from __future__ import annotations

import shutil
import subprocess

from .config import Config
from .errors import MissingDependencyError
from .ingest.office import soffice_missing
from .ingest.soffice import uno_python
from .parse.tesseract import tesseract_missing

POPPLER_HINT = "install poppler-utils (Debian: apt-get install poppler-utils, or `make install`)"


def pdftotext_missing() -> str:
    """Why poppler's pdftotext cannot be used ('' when it can)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return f"the program `pdftotext` (poppler) is not installed: {POPPLER_HINT}"
    try:
        subprocess.run([exe, "-v"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"`pdftotext -v` could not be run ({exc}): {POPPLER_HINT}"
    return ""


def model_missing(config: Config) -> str:
    """Why the configured spaCy pipeline cannot be loaded ('' when its files are there)."""
    path = config.model_path
    if not (path / "meta.json").is_file():
        return f"the Dutch spaCy pipeline is missing at {path}: run `make model` (or `make install`)"
    return ""


def check_dependencies(config: Config, *, detect: bool = True, office: bool = False) -> list[str]:
    """Raise :class:`MissingDependencyError` naming everything missing; returns warnings (may be empty).

    ``detect``: the command detects (run, apply); ``verify`` only proves.
    ``office``: the input holds Word/OpenDocument/RTF files, so LibreOffice is needed.
    """
    problems = [pdftotext_missing()]
    warnings: list[str] = []
    ocr = config.redaction.ocr
    tesseract = tesseract_missing(config.redaction.ocr_language)
    if tesseract and ocr != "never":
        problems.append(
            f"OCR is on (--ocr {ocr}) but {tesseract}. Install it, or pass --ocr never "
            "(documents with scanned pages are then withheld)"
        )
    elif tesseract:
        warnings.append(
            f"{tesseract}: documents with redactions over images cannot be proven and will fail. Install it."
        )
    if detect:
        problems.append(model_missing(config))
    if office:
        problems.append(soffice_missing())
        if not problems[-1] and not uno_python()[0]:
            warnings.append(f"{uno_python()[1]}; LibreOffice is started for every Word/OpenDocument file (slower)")
    problems = [p for p in problems if p]
    if problems:
        raise MissingDependencyError("; ".join(problems) + ".")
    return warnings
