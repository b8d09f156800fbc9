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
import secrets
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, Response, g, jsonify, redirect, request
from werkzeug.exceptions import Forbidden, HTTPException

from ..model import Document
from .catalog import Catalog, ReviewDoc, load_catalog
from .pages import PageImages
from .store import Store

COOKIE = "woo_review_session"
CSRF_HEADER = "X-CSRF-Token"
CSP = (
    "default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@dataclass
class ReviewContext:
    """What the app serves: the run folder's catalog, decision store and page images."""

    root: Path
    catalog: Catalog
    store: Store
    images: PageImages
    reviewer: str
    token: str
    _parsed: OrderedDict[int, Document] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def parsed(self, doc: ReviewDoc) -> Document:
        """The parsed original of ``doc`` (for word selection), cached for a few documents."""
        from werkzeug.exceptions import Conflict, NotFound

        from ..errors import DocumentError
        from ..parse import parse_pdf

        with self._lock:
            if doc.index in self._parsed:
                return self._parsed[doc.index]
        try:
            data = Path(doc.input).read_bytes()
        except OSError as exc:
            raise NotFound(f"the original of {doc.rel} is not at {doc.input} any more") from exc
        if hashlib.sha256(data).hexdigest() != doc.input_sha256:
            raise Conflict(f"the original of {doc.rel} changed since the run; run `woo-redact run` again")
        try:
            parsed = parse_pdf(data, doc.input)
        except DocumentError as exc:
            raise Conflict(str(exc)) from exc
        with self._lock:
            self._parsed[doc.index] = parsed
            while len(self._parsed) > 4:
                self._parsed.popitem(last=False)
        return parsed


def _sign(token: str, message: str) -> str:
    return hmac.new(token.encode(), message.encode(), hashlib.sha256).hexdigest()


def session_cookie(token: str, sid: str) -> str:
    return f"{sid}.{_sign(token, 'session:' + sid)}"


def csrf_token(token: str, sid: str) -> str:
    return _sign(token, "csrf:" + sid)


def _session_id(token: str, cookie: str | None) -> str | None:
    """The session id of a valid cookie, else None."""
    if not cookie or "." not in cookie:
        return None
    sid, _, mac = cookie.partition(".")
    return sid if hmac.compare_digest(mac, _sign(token, "session:" + sid)) else None


def create_app(root: Path, reviewer: str, token: str | None = None) -> Flask:
    """The review app over the run folder ``root``; ``token`` is made when not given."""
    from .views import bp

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
    app.extensions["woo_review"] = ctx
    app.register_blueprint(bp)

    @app.before_request
    def _authenticate() -> Response | None:
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
        sid = _session_id(ctx.token, request.cookies.get(COOKIE))
        if sid is None:
            raise Forbidden("no access: open the address with the token that `woo-redact review` printed")
        g.csrf = csrf_token(ctx.token, sid)
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

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        body = {"error": exc.name, "message": exc.description or exc.name}
        if request.path.startswith("/api/"):
            resp = jsonify(body)
        else:
            resp = Response(f"{exc.code} {exc.name}: {body['message']}\n", mimetype="text/plain")
        resp.status_code = exc.code or 500
        return resp

    @app.errorhandler(Exception)
    def _internal(exc: Exception) -> Response:
        print(f"woo-redact review: internal error {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return Response("500 Internal Server Error: please report this to the woo_redact maintainers\n", 500)

    return app


def context() -> ReviewContext:
    """The review context of the current app."""
    from flask import current_app

    return current_app.extensions["woo_review"]
