"""``woo-redact audit report``: the log as one self-contained HTML page for auditors.

The page has no external assets (inline CSS, an inline SVG chart) and every
value taken from the log is escaped. It shows whether the log verifies, the
runs, totals per ground and per document, a bar chart of redactions per
document, and each document's outcome, hashes and redactions (fingerprints,
never text).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from .reader import CurrentDocument, LogLine, Run, current_documents, read_log, split_runs
from .records import PROOF_SCOPE
from .verify import Verification, document_state, verify_log

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{text-align:right}
code{font-size:.8rem;word-break:break-all}code.h{font-size:.7rem;white-space:nowrap;word-break:normal}
.ok{color:#0a6b2d;font-weight:bold}.bad{color:#b00020;font-weight:bold}
ul.problems li{color:#b00020}
details{margin:.25rem 0}
"""


@dataclass(frozen=True)
class Report:
    """A rendered report and the verification it shows."""

    html: str
    verification: Verification


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _table(head: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[int] = ()) -> str:
    """An HTML table; cells are escaped unless they are already markup (``_Markup``)."""
    out = ["<table>"]
    if head:
        out += ["<thead><tr>", *(f"<th>{_e(h)}</th>" for h in head), "</tr></thead>"]
    out.append("<tbody>")
    for row in rows:
        cells = []
        for i, v in enumerate(row):
            body = v.html if isinstance(v, _Markup) else _e(v)
            cells.append(f'<td class="n">{body}</td>' if i in numeric else f"<td>{body}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


@dataclass(frozen=True)
class _Markup:
    """Markup built here from escaped parts; inserted into a table as is."""

    html: str


def bar_chart(items: Sequence[tuple[str, int]], width: int = 760) -> str:
    """An inline SVG horizontal bar chart of (label, count)."""
    if not items:
        return "<p>No documents.</p>"
    bar_h, gap, label_w, count_w = 18, 6, 300, 50
    top = 4
    height = top + len(items) * (bar_h + gap)
    biggest = max(c for _, c in items) or 1
    span = width - label_w - count_w
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="redactions per document">'
    ]
    for i, (label, count) in enumerate(items):
        y = top + i * (bar_h + gap)
        w = round(span * count / biggest, 1)
        short = label if len(label) <= 45 else label[:42] + "..."
        parts.append(
            f"<g><title>{_e(label)}: {count}</title>"
            f'<text x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end" font-size="12">{_e(short)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="#1f4e79"/>'
            f'<text x="{label_w + w + 4}" y="{y + bar_h - 5}" font-size="12">{count}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _verification_html(v: Verification) -> str:
    if v.ok:
        head = '<p class="ok">The log verifies: the chain is unbroken, every run is complete'
        head += (
            f", and all {v.outputs_checked} output files match their recorded SHA-256.</p>" if v.outputs else ".</p>"
        )
    else:
        head = f'<p class="bad">The log does NOT verify ({len(v.problems)} problems).</p>'
        head += '<ul class="problems">' + "".join(f"<li>{_e(p)}</li>" for p in v.problems) + "</ul>"
    if v.notes:
        head += "<p>Notes:</p><ul>" + "".join(f"<li>{_e(n)}</li>" for n in v.notes) + "</ul>"
    return head


def _runs_html(runs: Sequence[Run]) -> str:
    rows = []
    for r in runs:
        end = r.end
        rows.append(
            (
                r.header.number,
                r.header.get("started", ""),
                end.get("finished", "") if end else "(no run_end)",
                r.header.get("tool_version", ""),
                _Markup(f"<code>{_e(r.header.get('config_sha256', ''))}</code>"),
                r.header.get("model_version", ""),
                len(r.documents),
                end.get("written", "") if end else "",
                end.get("skipped", "") if end else "",
                end.get("failed", "") if end else "",
            )
        )
    head = (
        "Line",
        "Started",
        "Finished",
        "Tool",
        "Config SHA-256",
        "Model",
        "Documents",
        "Written",
        "Skipped",
        "Failed",
    )
    return _table(head, rows, numeric=(0, 6, 7, 8, 9))


def _redactions_html(redactions: Sequence[LogLine]) -> str:
    rows = [
        (
            r.number,
            r.get("page", ""),
            r.get("entity_type", ""),
            r.get("ground", ""),
            ", ".join(map(str, r.get("detectors") or ())),
            r.get("score", ""),
            r.get("decision", ""),
            r.get("decided_by", "") + (" (flagged for review)" if r.get("needs_review") else ""),
            r.get("time", ""),
            _Markup(f"<code>{_e(str(r.get('fingerprint', ''))[:16])}</code>"),
        )
        for r in redactions
    ]
    head = ("Line", "Page", "Type", "Ground", "Detectors", "Score", "Decision", "Decided by", "Time", "Fingerprint")
    return _table(head, rows, numeric=(0, 1, 5))


def _documents_html(docs: Sequence[CurrentDocument], outputs: Path | None) -> str:
    rows = []
    for n, d in enumerate(docs, 1):
        rec = d.latest.document
        shown = d.file.document if d.file is not None else rec
        check = "not checked"
        if outputs is not None:
            check = document_state(outputs, d) or check
        grounds = sorted({str(r.get("ground", "")) for r in d.redactions})
        details = (
            _Markup(
                f"<details><summary>{len(d.redactions)} redactions</summary>{_redactions_html(d.redactions)}</details>"
            )
            if d.redactions
            else 0
        )
        rows.append(
            (
                n,
                d.output,
                rec.get("outcome", ""),
                rec.get("status", ""),
                rec.get("pages", ""),
                details,
                ", ".join(grounds),
                _Markup(
                    f"in&nbsp;&nbsp;<code class=h>{_e(shown.get('input_sha256', ''))}</code><br>"
                    f"out&nbsp;<code class=h>{_e(shown.get('output_sha256', ''))}</code>"
                ),
                check,
                rec.get("time", ""),
                rec.get("reason", ""),
            )
        )
    head = (
        "Nr.",
        "Document",
        "Outcome",
        "Last run",
        "Pages",
        "Redactions",
        "Grounds",
        "SHA-256 (input / output)",
        "File",
        "Time",
        "Remark",
    )
    return _table(head, rows, numeric=(0, 4))


def build_report(log: Path, outputs: Path | None = None) -> Report:
    """Render the report of ``log``; output files are checked in ``outputs`` when given."""
    verification = verify_log(log, outputs)
    runs, _ = split_runs(read_log(log))
    docs = sorted(current_documents(runs), key=lambda d: d.output)
    per_ground: Counter[str] = Counter()
    docs_per_ground: Counter[str] = Counter()
    for d in docs:
        grounds = [str(r.get("ground", "")) for r in d.redactions]
        per_ground.update(grounds)
        docs_per_ground.update(set(grounds))
    total = sum(per_ground.values())
    outcomes = Counter(str(d.latest.document.get("outcome", "")) for d in docs)
    log_sha = hashlib.sha256(log.read_bytes()).hexdigest()
    generated = datetime.now(UTC).isoformat(timespec="seconds")
    body = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Redaction log report: {_e(log.name)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>Redaction log report: {_e(log.name)}</h1>",
        _table(
            (),
            [
                ("Log", str(log)),
                ("Log SHA-256", _Markup(f"<code>{log_sha}</code>")),
                ("Chain head (hash of the last line)", _Markup(f"<code>{_e(verification.head)}</code>")),
                ("Records / runs", f"{verification.records} / {verification.runs}"),
                ("Output folder checked", str(outputs) if outputs else "(not checked)"),
                ("Report generated", generated),
            ],
        ),
        "<h2>Verification</h2>",
        _verification_html(verification),
        f"<p><strong>What the proof covers.</strong> {_e(PROOF_SCOPE)}</p>",
        "<h2>Runs</h2>",
        _runs_html(runs),
        "<h2>Totals</h2>",
        f"<p>{len(docs)} documents, {total} redactions. "
        + ", ".join(f"{_e(k or 'unknown')}: {v}" for k, v in sorted(outcomes.items()))
        + ".</p>",
        _table(
            ("Ground", "Redactions", "Documents"),
            [(g, per_ground[g], docs_per_ground[g]) for g in sorted(per_ground)],
            numeric=(1, 2),
        ),
        "<h2>Redactions per document</h2>",
        bar_chart([(d.output, len(d.redactions)) for d in docs]),
        "<h2>Documents</h2>",
        "<p>Each output as the log last describes it (by name); the redactions are those of the run "
        "that wrote the file. "
        "Redacted text is shown only as the first characters of its keyed fingerprint "
        "(use <code>woo-redact audit lookup</code> with the audit key).</p>",
        _documents_html(docs, outputs),
        "</body></html>",
    ]
    return Report("\n".join(body) + "\n", verification)
