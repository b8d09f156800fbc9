"""woo_redact: prepare Dutch government notes for disclosure under the Woo.

Public API: :func:`load_config`, :func:`redact_file` (one document in memory)
and the ``woo-redact`` command line (:mod:`woo_redact.cli`).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    """The version of the installed distribution: one source, ``pyproject.toml`` via package metadata."""
    try:
        return version("woo_redact")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


__version__ = _version()

__all__ = ["__version__", "load_config", "redact_file"]


def load_config(path=None, public_officials=None):  # type: ignore[no-untyped-def]
    """Load and validate a configuration (see :func:`woo_redact.config.load_config`)."""
    from .config import load_config as _load

    return _load(path, public_officials)


def redact_file(path, config=None):  # type: ignore[no-untyped-def]
    """Run the whole pipeline on one PDF file; returns :class:`woo_redact.pipeline.Processed`."""
    from pathlib import Path

    from .detect import Detector
    from .pipeline import run_document

    cfg = config or load_config()
    return run_document(Path(path).read_bytes(), str(path), cfg, Detector(cfg))
