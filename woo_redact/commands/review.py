"""``woo-redact review DIR``: the local review app (:mod:`woo_redact.review`), served until Ctrl-C."""

from __future__ import annotations

import logging

from ..errors import ExitCode
from ..review.server import ServeOptions, serve

log = logging.getLogger(__name__)


def review(options: ServeOptions) -> ExitCode:
    """Serve the review app until Ctrl-C; every decision is saved as it is made."""
    try:
        serve(options)
    except KeyboardInterrupt:
        log.info("woo-redact review: stopped; every decision is saved.")
    return ExitCode.OK
