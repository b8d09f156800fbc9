"""``woo-redact review DIR``: serve the review app on a local address until Ctrl-C."""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError

DEFAULT_PORT = 8765
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServeOptions:
    """The options of ``woo-redact review``."""

    root: Path
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    reviewer: str = ""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(options: ServeOptions) -> None:
    """Build the app, print its address with the access token, and serve until interrupted."""
    from werkzeug.serving import make_server

    from .app import create_app
    from .context import EXTENSION

    reviewer = options.reviewer.strip()
    if not reviewer:
        raise UsageError("--reviewer NAME is needed: every decision is logged with who made it.")
    if not 0 <= options.port <= 65535:
        raise UsageError("--port must be between 0 and 65535.")
    app = create_app(options.root, reviewer)
    ctx = app.extensions[EXTENSION]
    try:
        server = make_server(options.host, options.port, app, threaded=True)
    except OSError as exc:
        raise UsageError(
            f"cannot listen on {options.host}:{options.port} ({exc.strerror or exc}). Pass another --port."
        ) from exc
    if not _is_loopback(options.host):
        log.warning(
            "woo-redact review: warning: listening on %s, reachable from other machines; "
            "anyone with the address and token can see the findings.",
            options.host,
        )
    host = f"[{options.host}]" if ":" in options.host else options.host
    docs = len(ctx.catalog.docs)
    print(f"http://{host}:{server.server_port}/?token={ctx.token}", flush=True)
    log.info(  # the address itself is on stdout, also with -q
        "woo-redact review: %d documents of %s; open the address above. Ctrl-C stops.", docs, options.root
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
        ctx.images.close()
