"""``woo-redact apply DIR``: the final disclosure versions from the originals and the reviewers' decisions.

Never edits an already redacted output: for each document with decisions or
manual additions in ``DIR/review.sqlite`` it runs the whole pipeline again on
the ORIGINAL input (path and hash from its findings file), with the decisions
as overrides (finding ids are stable per input hash, span and type, so they
match on re-detection) and the manual additions as extra findings. Outputs are
proven and written atomically like a run's; the findings files and the
inventory are rewritten; the audit log gets every reviewer decision (who,
when, a fingerprint of the text) and the new redactions.

All or nothing per document: a decision that no longer maps onto a finding
fails the document (nothing of the reviewers' work is dropped silently), and
a document that fails loses its published version (moved to
``work/quarantine/``). The log's run is closed whatever happens.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..audit.log import fingerprint, load_key
from ..audit.records import DocumentEntry, entries_for
from ..batch import eprint
from ..batch_names import text_marks
from ..batch_worker import titled_in_batch
from ..config import Config, load_config
from ..disclose.inventory import note_date
from ..errors import DocumentError, describe_failure
from ..layout import Layout
from ..model import Action, Assessment, Decision, Document, DocumentResult, Finding, Ground
from ..outputs import RunStamp, atomic_write, document_result, findings_document, quarantine, read_findings, run_stamp
from ..parse import parse_pdf
from ..parse.ocr import OcrOptions
from ..preflight import check_dependencies
from ..review.catalog import Catalog, ReviewDoc, load_catalog
from ..review.manual import manual_findings
from ..review.store import ManualAddition, Store, StoredDecision
from .run import read_dossier
from .runlog import RunLog, publish, summary_line, write_inventory


@dataclass(frozen=True)
class ApplyOptions:
    """The options of ``woo-redact apply``."""

    root: Path
    config: Path | None = None
    public_officials: Path | None = None


@dataclass(frozen=True)
class DocWork:
    """What the reviewers decided about one document."""

    doc: ReviewDoc
    decisions: tuple[StoredDecision, ...]
    manual: tuple[ManualAddition, ...]


@dataclass(frozen=True)
class ApplySummary:
    """What ``apply`` did: every document's inventory row, and the documents rewritten and failed."""

    results: tuple[DocumentResult, ...]
    rewritten: tuple[str, ...]
    failed: tuple[str, ...]


def to_decision(d: StoredDecision) -> Decision:
    """A stored reviewer decision as the pipeline's override."""
    if d.action == "reject":
        return Decision(d.finding_id, Action.KEEP, False, d.reviewer, f"rejected by {d.reviewer} at {d.time}")
    ground = Ground(d.ground) if d.ground else None
    verb = "ground changed" if d.action == "ground" else "confirmed"
    return Decision(d.finding_id, Action.REDACT, False, d.reviewer, f"{verb} by {d.reviewer} at {d.time}", ground)


def extra_findings(
    work: DocWork, data: bytes, ocr: OcrOptions | None = None, parsed: Document | None = None
) -> tuple[list[Finding], dict[str, Decision]]:
    """The manual additions as findings in the parsed original (OCR'd as the run did), with their decisions.

    ``parsed`` is ``data`` parsed already with ``ocr`` (it is not parsed again).
    """
    if not work.manual:
        return [], {}
    parsed = parsed if parsed is not None else parse_pdf(data, work.doc.input, ocr)
    found: dict[str, Finding] = {}
    decisions: dict[str, Decision] = {}
    for m in work.manual:
        ground = Ground(m.ground)
        for f in manual_findings(parsed, m.boxes, m.entity_type, ground, m.reviewer, m.text):
            found.setdefault(f.id, f)
            why = f"added by hand by {m.reviewer} at {m.time}"
            decisions[f.id] = Decision(f.id, Action.REDACT, False, m.reviewer, why, ground)
    return list(found.values()), decisions


def _result_from_meta(layout: Layout, doc: ReviewDoc) -> DocumentResult:
    """The inventory row of a document ``apply`` leaves alone (from its findings file)."""
    meta = read_findings(layout.findings(doc.rel)) or {}
    if not layout.pdf(doc.rel).is_file():
        return _failed(doc, f"{doc.rel}: no disclosure version: the document failed in its latest run.")
    return DocumentResult(
        doc.input,
        doc.rel,
        str(meta.get("input_sha256", "")),
        str(meta.get("output_sha256", "")),
        int(meta.get("pages", 0)),
        Assessment(meta["assessment"]) if meta.get("assessment") else None,
        tuple(meta.get("grounds", [])),
        int(meta.get("summary", {}).get("redacted", 0)),
        str(meta.get("note_date", "")),
        rasterized_pages=tuple(r["page"] - 1 for r in meta.get("rasterized_pages", [])),
    )


def _work(catalog: Catalog, store: Store) -> list[DocWork]:
    latest = store.latest()
    manual = store.manual()
    out = []
    for doc in catalog.docs:
        decisions = tuple(d for (rel, _), d in sorted(latest.items()) if rel == doc.rel)
        adds = tuple(m for m in manual if m.document == doc.rel)
        out.append(DocWork(doc, decisions, adds))
    return out


def _decision_records(work: DocWork, catalog: Catalog, key: bytes) -> list[dict[str, Any]]:
    """One log record per reviewer decision in force: who, when, what (the text only as fingerprint)."""
    texts = {i.id: i for i in work.doc.items}
    out: list[dict[str, Any]] = []
    for d in work.decisions:
        item = texts.get(d.finding_id)
        out.append(
            {
                "type": "review_decision",
                "document": work.doc.rel,
                "finding": d.finding_id,
                "action": d.action,
                "ground": d.ground or (item.ground if item else ""),
                "scope": d.scope,
                "entity_type": item.entity_type if item else "",
                "reviewer": d.reviewer,
                "time": d.time,
                "fingerprint": fingerprint(key, item.text) if item else "",
            }
        )
    for m in work.manual:
        out.append(
            {
                "type": "review_addition",
                "document": work.doc.rel,
                "page": m.page + 1,
                "boxes": [b.as_list() for b in m.boxes],
                "entity_type": m.entity_type,
                "ground": m.ground,
                "reviewer": m.reviewer,
                "time": m.time,
                "fingerprint": fingerprint(key, m.text) if m.text else "",
            }
        )
    return out


def _rewrite(
    work: DocWork, config: Config, detector: Any, layout: Layout, stamp: RunStamp
) -> tuple[Any, DocumentResult]:
    """Redo one document with its decisions; writes its files only when every decision applied."""
    from ..pipeline import ocr_options, run_document

    doc = work.doc
    try:
        data = Path(doc.input).read_bytes()
    except OSError as exc:
        raise DocumentError(f"{doc.rel}: the original {doc.input} cannot be read ({exc.strerror}).") from exc
    sha = hashlib.sha256(data).hexdigest()
    if sha != doc.input_sha256:
        raise DocumentError(
            f"{doc.rel}: the original {doc.input} changed since the run, so the decisions may not fit it. "
            "Run `woo-redact run` again and review anew."
        )
    parsed = parse_pdf(data, doc.input, ocr_options(config))  # once, for the manual additions and the pipeline
    extra, overrides = extra_findings(work, data, ocr_options(config), parsed)
    overrides.update({d.finding_id: to_decision(d) for d in work.decisions})
    # names this document took over from the rest of its batch in `run`: keep looking for them
    previous = read_findings(layout.findings(doc.rel)) or {}
    batch_names = tuple(str(n) for n in previous.get("batch_names", ()))
    titled = tuple(str(n) for n in previous.get("batch_titled", ()))  # ... and the office holders it knew of
    with titled_in_batch(detector, titled):
        processed = run_document(data, doc.input, config, detector, overrides, extra, batch_names, parsed=parsed)
    found = {f.id for f in processed.findings}
    lost = [d for d in work.decisions if d.finding_id not in found]
    if lost:
        raise DocumentError(_unmappable(doc, lost))
    date = note_date(processed.document)
    marks = text_marks(processed.document.text)  # (what a later run's batch reads of it, as `run` wrote it)
    body = findings_document(processed, doc.input, doc.rel, stamp, date, batch_names, titled, marks)
    # a crash between the two leaves hashes that do not match: `run` redoes the document
    atomic_write(layout.findings(doc.rel), body)
    atomic_write(layout.pdf(doc.rel), processed.output)
    return processed, document_result(processed, doc.input, doc.rel, date)


def _unmappable(doc: ReviewDoc, lost: list[StoredDecision]) -> str:
    """The error for decisions about findings the detection no longer makes: each named (id, type, page)."""
    items = {i.id: i for i in doc.items}
    named = []
    for d in lost:
        item = items.get(d.finding_id)
        where = f"{item.entity_type} on page {item.page + 1}, " if item else ""
        named.append(f"finding {d.finding_id} ({where}{d.action} by {d.reviewer} at {d.time})")
    return (
        f"{doc.rel}: {len(lost)} reviewer decision(s) cannot be applied because the detection no longer makes "
        f"the finding: {'; '.join(named)}. Nothing was written for this document. Give `apply` the same --config "
        "and --public-officials as the run; if the detection changed since the review (a newer woo_redact, word "
        "list or model), review this document again."
    )


def _failed(doc: ReviewDoc, error: str, exc: BaseException | None = None) -> DocumentResult:
    # without an exception, ``error`` is our own sentence about the document's state: public as it is
    cls, reason = describe_failure(exc) if exc is not None else ("", error.removeprefix(f"{doc.rel}: "))
    return DocumentResult(
        doc.input, doc.rel, doc.input_sha256, "", 0, None, (), 0, error=error, error_class=cls, reason=reason
    )


def _inventory_order(layout: Layout, results: list[DocumentResult]) -> list[DocumentResult]:
    """The results in the order of the existing inventory; rows of documents that failed in the run stay."""
    path = layout.inventory("csv")
    by_rel = {r.output: r for r in results}
    ordered: list[DocumentResult] = []
    try:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))[1:]
    except OSError:
        rows = []
    for row in rows:
        if len(row) < 8:
            continue
        name, remark = row[1], row[7]
        if name in by_rel:
            ordered.append(by_rel.pop(name))
        elif remark.startswith("Niet verwerkt: "):
            reason = remark[len("Niet verwerkt: ") :]  # written as a public reason by the run
            ordered.append(DocumentResult(name, name, "", "", 0, None, (), 0, error=reason, reason=reason))
    return ordered + [r for r in results if r.output in by_rel]


def apply(options: ApplyOptions) -> ApplySummary:
    """Rewrite the disclosure versions of every document the reviewers decided about."""
    from ..detect import Detector

    root = options.root
    layout = Layout(root)
    config = load_config(options.config, options.public_officials)
    catalog = load_catalog(root)
    for warning in check_dependencies(config):  # exit 6 before anything is written
        eprint(f"woo-redact: warning: {warning}")
    if layout.remove_partial_files():  # an earlier run was killed while writing: never leave its halves
        eprint(f"woo-redact: removed unfinished files of an interrupted earlier run from {root}")
    store = Store(root)
    works = _work(catalog, store)
    todo = [w for w in works if w.decisions or w.manual]
    key = load_key(config.audit.key_file)
    stamp = run_stamp(config)
    log = RunLog(layout, key, stamp, len(todo), 1, command="apply")  # a run that applies reviewers' decisions
    results: list[DocumentResult] = []
    rewritten: list[str] = []
    failed: list[str] = []
    moved: list[Path] = []
    try:
        detector = Detector(config) if todo else None
        for work in works:
            if not (work.decisions or work.manual):
                results.append(_result_from_meta(layout, work.doc))
                continue
            results.append(_apply_one(work, catalog, config, detector, layout, stamp, log))
            if results[-1].error:
                failed.append(work.doc.rel)
                where = quarantine(layout, work.doc.rel, results[-1].error, "apply")
                if where is not None:
                    moved.append(where)
                    eprint(f"woo-redact: {work.doc.rel}: its earlier version was moved out of publish/ to {where}")
            else:
                rewritten.append(work.doc.rel)
    finally:
        # also on Ctrl-C or an internal error: close the run, so the log stays complete and verifiable
        log.close()
        ordered = _inventory_order(layout, results + [_result_from_meta(layout, w.doc) for w in works[len(results) :]])
        entries = read_dossier(layout)  # families, threads and duplicates as the run found them
        write_inventory(layout, ordered, entries)
    if entries is not None:
        publish(layout, config, ordered, entries)
    eprint(summary_line(len(rewritten), len(todo), layout, len(failed), len(moved), "reviewed documents"))
    return ApplySummary(tuple(results), tuple(rewritten), tuple(failed))


def _apply_one(
    work: DocWork,
    catalog: Catalog,
    config: Config,
    detector: Any,
    layout: Layout,
    stamp: RunStamp,
    log: RunLog,
) -> DocumentResult:
    """Redo one reviewed document, log it and print its summary line; a failure is returned, not raised."""
    key = log.key
    try:
        processed, result = _rewrite(work, config, detector, layout, stamp)
    except DocumentError as exc:
        result = _failed(work.doc, str(exc), exc)
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the others
        result = _failed(
            work.doc, f"{work.doc.rel}: internal error {type(exc).__name__}: {exc}. Please report this document.", exc
        )
    for record in _decision_records(work, catalog, key):
        log.append(record)
    log.document(DocumentEntry.of(result), () if result.error else entries_for(processed, work.doc.rel, key))
    if result.error:
        eprint(f"woo-redact: error: {result.error}")
    line = {
        "output": work.doc.rel,
        "status": "failed" if result.error else "written",
        "decisions": len(work.decisions),
        "manual": len(work.manual),
        "redactions": result.n_redactions,
    }
    if result.error:
        line["error"] = result.error
        line["error_class"] = result.error_class
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return result
