"""woo_redact: prepare Dutch government notes for disclosure under the Woo.

Public API: :func:`load_config`, :func:`redact_file` (one document in memory)
and the ``woo-redact`` command line (:mod:`woo_redact.cli`).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config
    from .pipeline import Processed


def _version() -> str:
    """The version of the installed distribution: one source, ``pyproject.toml`` via package metadata."""
    try:
        return version("woo_redact")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


__version__ = _version()

__all__ = ["__version__", "load_config", "redact_file"]


def load_config(path: Path | None = None, public_officials: Path | None = None) -> Config:
    """Load and validate a configuration (see :func:`woo_redact.config.load_config`)."""
    from .config import load_config as _load

    return _load(path, public_officials)


def redact_file(path: str | Path, config: Config | None = None) -> Processed:
    """Run the whole pipeline on one PDF file; returns :class:`woo_redact.pipeline.Processed`."""
    from .detect import Detector
    from .pipeline import run_document

    cfg = config or load_config()
    return run_document(Path(path).read_bytes(), str(path), cfg, Detector(cfg))
