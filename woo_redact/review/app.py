"""The review web application: a Flask app over one run folder, and its safety rules.

- Access: a random token, given once in the query string (``/?token=...``), is
  exchanged for an HttpOnly, SameSite=Strict session cookie; every request
  without a valid cookie or token gets 403.
- State changes: POST only, with the per-session CSRF token in the
  ``X-CSRF-Token`` header (the SameSite cookie alone is not trusted).
- Documents are addressed by their number in the run, never by a path.
- Templates autoescape; a Content-Security-Policy allows only the app's own
  scripts and styles; errors are short plain answers (debug is off, no
  traceback ever reaches the browser).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, Response, g, redirect, request
from werkzeug.exceptions import Forbidden, HTTPException
from werkzeug.wrappers import Response as BaseResponse

from .catalog import load_catalog
from .context import EXTENSION, ReviewContext
from .pages import PageImages
from .store import Store
from .views import bp, http_error

log = logging.getLogger(__name__)

COOKIE = "woo_review_session"
CSRF_HEADER = "X-CSRF-Token"
CSP = (
    "default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def _sign(token: str, message: str) -> str:
    return hmac.new(token.encode(), message.encode(), hashlib.sha256).hexdigest()


def session_cookie(token: str, sid: str) -> str:
    """The session cookie's value: the session id, signed with the access token."""
    return f"{sid}.{_sign(token, 'session:' + sid)}"


def csrf_token(token: str, sid: str) -> str:
    """The CSRF token of session ``sid``: derived from the access token, never stored."""
    return _sign(token, "csrf:" + sid)


def _session_id(token: str, cookie: str | None) -> str | None:
    """The session id of a valid cookie, else None."""
    if not cookie or "." not in cookie:
        return None
    sid, _, mac = cookie.partition(".")
    return sid if hmac.compare_digest(mac, _sign(token, "session:" + sid)) else None


def create_app(root: Path, reviewer: str, token: str | None = None) -> Flask:
    """The review app over the run folder ``root``; ``token`` is made when not given."""
    ctx = ReviewContext(
        root=root,
        catalog=load_catalog(root),
        store=Store(root),
        images=PageImages(root),
        reviewer=reviewer,
        token=token or secrets.token_urlsafe(24),
    )
    app = Flask(__name__)
    app.config.update(
        DEBUG=False,
        TESTING=False,
        PROPAGATE_EXCEPTIONS=False,
        MAX_CONTENT_LENGTH=64 * 1024,
        JSON_SORT_KEYS=False,
        TEMPLATES_AUTO_RELOAD=False,
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    app.extensions[EXTENSION] = ctx
    app.register_blueprint(bp)

    @app.before_request
    def _authenticate() -> BaseResponse | None:
        given = request.args.get("token")
        if given is not None:
            if not hmac.compare_digest(given.encode(), ctx.token.encode()):
                raise Forbidden("wrong access token: open the address `woo-redact review` printed")
            if request.method != "GET":
                raise Forbidden("the access token is accepted on a GET only")
            sid = secrets.token_urlsafe(16)
            rest = [(k, v) for k, v in request.args.items(multi=True) if k != "token"]
            target = request.path + ("?" + urlencode(rest) if rest else "")
            resp = redirect(target, code=303)
            resp.set_cookie(COOKIE, session_cookie(ctx.token, sid), httponly=True, samesite="Strict", path="/")
            return resp
        session = _session_id(ctx.token, request.cookies.get(COOKIE))
        if session is None:
            raise Forbidden("no access: open the address with the token that `woo-redact review` printed")
        g.csrf = csrf_token(ctx.token, session)
        if request.method not in ("GET", "HEAD"):
            sent = request.headers.get(CSRF_HEADER, "")
            if not hmac.compare_digest(sent.encode(), g.csrf.encode()):
                raise Forbidden("missing or wrong CSRF token: reload the page and try again")
        return None

    @app.after_request
    def _headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["X-Frame-Options"] = "DENY"
        if resp.mimetype != "image/png":
            resp.headers["Cache-Control"] = "no-store"
        return resp

    app.register_error_handler(HTTPException, http_error)

    @app.errorhandler(Exception)
    def _internal(exc: Exception) -> Response:
        log.error("woo-redact review: internal error %s: %s", type(exc).__name__, exc, exc_info=exc)
        return Response("500 Internal Server Error: please report this to the woo_redact maintainers\n", 500)

    return app
