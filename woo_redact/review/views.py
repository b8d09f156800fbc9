"""The review app's routes: the review screen, page images and the decision API."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from flask import Blueprint, Response, g, jsonify, render_template, request, send_file
from werkzeug.exceptions import BadRequest, Conflict, HTTPException, NotFound

from ..model import MANUAL_AREA, Ground
from .catalog import ReviewDoc
from .context import OriginalChanged, OriginalMissing, context
from .manual import select_words
from .pages import PageUnavailable
from .state import STATUS_LABELS, STATUSES, Filters, Row, progress, resume_point, rows_of
from .store import ACTIONS, NewDecision

bp = Blueprint("review", __name__)
GROUNDS = tuple(g.value for g in Ground)
_ENTITY = re.compile(r"^[A-Z][A-Z_]{1,39}$")
_FINDING_ID = re.compile(r"^[0-9a-z]{1,40}$")


def http_error(exc: HTTPException) -> Response:
    """The answer to an HTTP error: JSON under ``/api/``, else one line of plain text (never a traceback)."""
    body = {"error": exc.name, "message": exc.description or exc.name}
    if request.path.startswith("/api/"):
        resp = jsonify(body)
    else:
        resp = Response(f"{exc.code} {exc.name}: {body['message']}\n", mimetype="text/plain")
    resp.status_code = exc.code or 500
    return resp


@bp.errorhandler(OriginalMissing)
def _original_missing(exc: OriginalMissing) -> Response:
    return http_error(NotFound(str(exc)))


@bp.errorhandler(OriginalChanged)
def _original_changed(exc: OriginalChanged) -> Response:
    return http_error(Conflict(str(exc)))


def _doc(index: Any) -> ReviewDoc:
    try:
        doc = context().catalog.doc(int(index))
    except (TypeError, ValueError):
        raise BadRequest("a document is addressed by its number") from None
    if doc is None:
        raise NotFound("no such document in this run")
    return doc


def _choice(name: str, allowed: tuple[str, ...]) -> str:
    value = request.args.get(name, "")
    if value and value not in allowed:
        raise BadRequest(f"unknown {name} {value!r}")
    return value


def _box_json(row: Row | None, geom: Any, box: Any, **extra: Any) -> dict[str, Any]:
    x, y, w, h = geom.box_to_pixels(box)
    data = {"x": round(x, 1), "y": round(y, 1), "w": round(w, 1), "h": round(h, 1)}
    if row is not None:
        data.update(id=row.item.id, status=row.status, ground=row.ground)
    data.update(extra)
    return data


@bp.get("/")
def index() -> str:
    """The review screen: one document's pages with boxes, the finding list and the actions."""
    ctx = context()
    latest = ctx.store.latest()
    if "doc" in request.args:
        doc = _doc(request.args["doc"])
        selected = request.args.get("f", "")
    else:
        start, selected = resume_point(ctx.catalog, latest)
        doc = ctx.catalog.docs[start]
        selected = request.args.get("f", selected)
    filters = Filters(
        scope=_choice("scope", ("doc", "all")) or "doc",
        entity_type=_choice("type", ctx.catalog.entity_types),
        status=_choice("status", STATUSES),
        detector=_choice("detector", ctx.catalog.detectors),
    )
    counts = Counter(i.occurrence_key for i in ctx.catalog.all_items())
    doc_rows = rows_of(doc.items, latest, ctx.catalog)
    listed_items = ctx.catalog.all_items() if filters.scope == "all" else doc.items
    listed = [r for r in rows_of(listed_items, latest, ctx.catalog) if filters.accepts(r)]
    manual = ctx.store.manual(doc.rel)
    try:
        geoms = ctx.images.geometry(doc)
        missing = ""
    except PageUnavailable as exc:
        geoms, missing = (), str(exc)
    pages = []
    for n, geom in enumerate(geoms):
        boxes = [_box_json(r, geom, b) for r in doc_rows for b in r.item.boxes if b.page == n]
        boxes += [_box_json(None, geom, b, mid=m.id, status="manual") for m in manual for b in m.boxes if b.page == n]
        width, height = geom.pixel_size
        pages.append({"n": n, "w": width, "h": height, "boxes": boxes})
    doc_todo = Counter(
        r.item.doc for r in rows_of(ctx.catalog.all_items(), latest, ctx.catalog) if r.status == "to_review"
    )
    return render_template(
        "review.html",
        doc=doc,
        docs=ctx.catalog.docs,
        doc_todo=doc_todo,
        pages=pages,
        missing=missing,
        rows=listed,
        counts=counts,
        selected=selected,
        manual=manual,
        filters=filters,
        entity_types=ctx.catalog.entity_types,
        detectors=ctx.catalog.detectors,
        statuses=STATUSES,
        labels=STATUS_LABELS,
        grounds=GROUNDS,
        progress=progress(ctx.catalog, latest),
        reviewer=ctx.reviewer,
        csrf=g.csrf,
        docnames={d.index: d.rel for d in ctx.catalog.docs},
    )


@bp.get("/page/<int:index>/<int:page>.png")
def page_image(index: int, page: int) -> Any:
    """One page of the original, rendered (and cached) on request."""
    doc = _doc(index)
    if not 0 <= page < max(doc.pages, 1):
        raise NotFound("no such page")
    try:
        path = context().images.png(doc, page)
    except PageUnavailable as exc:
        raise NotFound(str(exc)) from None
    except IndexError:
        raise NotFound("no such page") from None
    return send_file(path, mimetype="image/png", max_age=3600)


def _json() -> dict[str, Any]:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise BadRequest("expected a JSON object")
    return data


@bp.post("/api/decide")
def decide() -> Any:
    """Confirm, reject or change the ground of a finding, optionally at every occurrence in the run."""
    ctx = context()
    data = _json()
    doc = _doc(data.get("doc"))
    fid = str(data.get("finding", ""))
    action = data.get("action")
    if not _FINDING_ID.match(fid):
        raise BadRequest("bad finding id")
    if action not in ACTIONS:
        raise BadRequest(f"action must be one of {', '.join(ACTIONS)}")
    item = ctx.catalog.item(doc.index, fid)
    if item is None:
        raise NotFound("no such finding in this document")
    ground = data.get("ground") or None
    if action == "ground" and ground not in GROUNDS:
        raise BadRequest(f"ground must be one of {', '.join(GROUNDS)}")
    bulk = data.get("all") is True
    targets = ctx.catalog.occurrences(item) if bulk else (item,)
    expect = data.get("expect")
    if bulk and expect is not None and expect != len(targets):
        raise Conflict(f"{len(targets)} occurrences now, not the {expect} shown: look again before applying")
    latest = ctx.store.latest()
    new = []
    for t in targets:
        rel = ctx.catalog.docs[t.doc].rel
        if action == "reject":
            chosen = None
        elif action == "ground":
            chosen = ground
        else:  # confirm keeps a ground chosen earlier
            before = latest.get((rel, t.id))
            chosen = before.ground if before is not None else None
        scope = "all" if len(targets) > 1 else "one"
        new.append(NewDecision(t.id, rel, str(action), chosen, ctx.reviewer, scope))
    stamp, bulk_id = ctx.store.record_bulk(new) if bulk else (ctx.store.record(new), None)
    p = progress(ctx.catalog, ctx.store.latest())
    return jsonify(ok=True, decided=len(new), time=stamp, reviewed=p.reviewed, to_review=p.to_review, bulk=bulk_id)


@bp.get("/api/occurrences")
def occurrences() -> Any:
    """What "the same at every occurrence" would decide: the count and the documents, before it is applied."""
    ctx = context()
    doc = _doc(request.args.get("doc"))
    fid = str(request.args.get("finding", ""))
    if not _FINDING_ID.match(fid):
        raise BadRequest("bad finding id")
    item = ctx.catalog.item(doc.index, fid)
    if item is None:
        raise NotFound("no such finding in this document")
    targets = ctx.catalog.occurrences(item)
    per_doc = Counter(ctx.catalog.docs[t.doc].rel for t in targets)
    return jsonify(
        count=len(targets),
        entity_type=item.entity_type,
        text=item.text,
        documents=[{"document": rel, "count": n} for rel, n in sorted(per_doc.items())],
    )


@bp.post("/api/undo")
def undo() -> Any:
    """Undo one "every occurrence" action: the decisions in force before it count again."""
    ctx = context()
    try:
        bulk_id = int(_json()["bulk"])
    except (KeyError, TypeError, ValueError):
        raise BadRequest("bulk must be the number of an 'every occurrence' action") from None
    undone = ctx.store.undo_bulk(bulk_id, ctx.reviewer)
    if not undone:
        raise NotFound("no such action, or it was undone already")
    p = progress(ctx.catalog, ctx.store.latest())
    return jsonify(ok=True, undone=undone, reviewed=p.reviewed, to_review=p.to_review)


def _rect(value: Any) -> tuple[float, float, float, float]:
    if not isinstance(value, list) or len(value) != 4:
        raise BadRequest("rect must be [x0, y0, x1, y1] in image pixels")
    try:
        nums = [float(v) for v in value]
    except (TypeError, ValueError):
        raise BadRequest("rect must hold numbers") from None
    if not all(math.isfinite(v) and -1e5 < v < 1e5 for v in nums):
        raise BadRequest("rect out of range")
    x0, y0, x1, y1 = nums
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


@bp.post("/api/manual")
def add_manual() -> Any:
    """Add a redaction: the words under a selected area (or a click), else the drawn area itself."""
    ctx = context()
    data = _json()
    doc = _doc(data.get("doc"))
    try:
        page = int(data["page"])
    except (KeyError, TypeError, ValueError):
        raise BadRequest("page must be a number") from None
    entity = str(data.get("entity_type") or "PERSON")
    ground = str(data.get("ground") or Ground.PRIVATE_LIFE.value)
    if not _ENTITY.match(entity):
        raise BadRequest("entity_type must be upper case letters and _")
    if ground not in GROUNDS:
        raise BadRequest(f"ground must be one of {', '.join(GROUNDS)}")
    try:
        geoms = ctx.images.geometry(doc)
    except PageUnavailable as exc:
        raise NotFound(str(exc)) from None
    if not 0 <= page < len(geoms):
        raise NotFound("no such page")
    pw, ph = geoms[page].pixel_size
    x0, y0, x1, y1 = _rect(data.get("rect"))
    rect = (max(0.0, x0), max(0.0, y0), min(float(pw), x1), min(float(ph), y1))
    if rect[0] > rect[2] or rect[1] > rect[3]:
        raise BadRequest("the area lies outside the page")
    area = geoms[page].rect_to_box(page, rect)
    selection = select_words(ctx.parsed(doc), area)
    if selection.empty:
        if area.width < 3 or area.height < 3:
            raise BadRequest("no word there: drag over words, or draw an area to redact it")
        added = ctx.store.add_manual(doc.rel, page, (area,), "", MANUAL_AREA, ground, ctx.reviewer)
    else:
        added = ctx.store.add_manual(doc.rel, page, selection.boxes, selection.text, entity, ground, ctx.reviewer)
    return jsonify(ok=True, id=added.id, text=added.text, entity_type=added.entity_type, boxes=len(added.boxes))


@bp.post("/api/manual/<int:manual_id>/remove")
def remove_manual(manual_id: int) -> Any:
    """Withdraw a redaction added by hand."""
    ctx = context()
    doc = _doc(_json().get("doc"))
    if not ctx.store.remove_manual(manual_id, doc.rel, ctx.reviewer):
        raise NotFound("no such addition in this document")
    return jsonify(ok=True)
