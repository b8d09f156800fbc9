"""``woo-redact run``: a batch from inputs to disclosure versions, log and inventory.

``OUT/publish/`` gets the disclosure versions and the inventory, ``OUT/work/``
the findings, ``OUT/audit.jsonl`` the log (:mod:`.layout`). A document that
fails has no file in ``publish/`` afterwards, whatever an earlier run wrote.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import ingest
from ..audit.log import load_key
from ..batch import eprint, plan_jobs, remove_phase1, run_batch
from ..batch_jobs import Job, Outcome, Scan
from ..batch_worker import WorkerInit, ensure_worker
from ..config import Config, load_config
from ..errors import UsageError
from ..executor import Executor, make_executor
from ..ingest.entries import dossier_entries
from ..layout import OLD_LAYOUT_HINT, Layout
from ..model import DocumentResult, DossierEntry
from ..outputs import atomic_write, quarantine, run_stamp
from ..preflight import check_dependencies
from .runlog import RunLog, publish, summary_line, write_inventory


@dataclass(frozen=True)
class RunOptions:
    """The options of one run, as given on the command line."""

    inputs: tuple[Path, ...]
    out: Path
    config: Path | None = None
    public_officials: Path | None = None
    workers: int = 1
    allow_unsearchable: bool = False
    ocr: str | None = None  # auto|always|never; None: the config's
    progress: bool = False
    ignore: tuple[str, ...] = ()  # shell patterns of files in the input folders that are not documents
    executor: str = "local"  # local | dask
    scheduler: str | None = None  # a Dask scheduler's address; None: a LocalCluster


@dataclass(frozen=True)
class RunSummary:
    """What a run did: every document's result, and the earlier versions it took out of ``publish/``."""

    results: tuple[DocumentResult, ...]
    quarantined: tuple[Path, ...] = ()  # earlier versions taken out of publish/

    @property
    def failed(self) -> tuple[DocumentResult, ...]:
        """The documents that have no disclosure version."""
        return tuple(r for r in self.results if r.error)


def _config(options: RunOptions, office: bool = False) -> Config:
    config = load_config(options.config, options.public_officials)
    if options.allow_unsearchable:
        config = config.model_copy(
            update={"redaction": config.redaction.model_copy(update={"allow_unsearchable_pages": True})}
        )
    if options.ocr is not None:
        config = config.model_copy(update={"redaction": config.redaction.model_copy(update={"ocr": options.ocr})})
    # exit 6 before any document when a program or the model is missing
    for warning in check_dependencies(config, office=office):
        eprint(f"woo-redact: warning: {warning}")
    return config


class _Progress:
    """Documents and pages done, rate and ETA on stderr (tqdm), or nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar = None
        self.pages = 0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=2 * total, unit="step", file=sys.stderr, dynamic_ncols=True, desc="woo-redact")

    def scanned(self, scan: Scan) -> None:
        """Phase 1 done for one more document (the bar counts both phases)."""
        if self.bar is not None:
            self.bar.update(1)

    def update(self, outcome: Outcome) -> None:
        self.pages += outcome.result.pages
        if self.bar is not None:
            elapsed = self.bar.format_dict.get("elapsed", 0) or 1e-9
            self.bar.set_postfix_str(f"{self.pages} pages, {self.pages / elapsed:.1f} pages/s", refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run(options: RunOptions) -> RunSummary:
    """Process every input into ``options.out``: ``publish/`` (disclosure versions, inventory), ``work/``, the log."""
    listing = ingest.discover(options.inputs, options.out, options.ignore)
    config = _config(options, office=ingest.needs_office(listing.found))
    out = options.out
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: exists and is not a folder. Give a folder for the outputs.")
    layout = Layout(out)
    old = layout.old_layout_files()
    if old:
        raise UsageError(f"--out {out}: {OLD_LAYOUT_HINT} (found {old[0]})")
    if layout.remove_partial_files():  # an earlier run was killed while writing: never leave its halves
        eprint(f"woo-redact: removed unfinished files of an interrupted earlier run from {out}")
    if listing.ignored:
        eprint(
            f"woo-redact: {len(listing.ignored)} file(s) left out: system files (.DS_Store, Office lock files ~$*, "
            f"Thumbs.db) or --ignore, e.g. {listing.ignored[0]}"
        )
    dossier = ingest.prepare(listing.found, layout.ingest, options.workers)  # Word files converted in parallel
    for item in dossier.not_processed:
        _report_not_processed(item)
    jobs, warnings = plan_jobs(options.inputs, out, dossier.pairs())
    origins = {i.pdf: i.origin for i in dossier.items if i.pdf is not None and i.pdf != i.origin}
    for w in warnings:
        eprint(f"woo-redact: warning: {w}")
    if not jobs:
        raise UsageError(
            "no documents to process found. Give PDF, Word (.docx/.doc), OpenDocument (.odt), RTF or e-mail "
            "(.eml/.msg) files, or folders that contain them."
        )
    stamp = run_stamp(config)
    out.mkdir(parents=True, exist_ok=True)
    key = load_key(config.audit.key_file)
    write_key_reference(layout, config, key)
    init = WorkerInit(config, key, str(out), stamp, f"{stamp.config_sha256}:{stamp.detector_sha256}")
    workers = min(options.workers, len(jobs))  # no pool of workers for one document
    # before anything is written: an unreachable scheduler leaves the log and the inventory as they were
    memory_mb = config.redaction.worker_memory_mb
    executor = make_executor(options.executor, workers, options.scheduler, ensure_worker, (init,), memory_mb)
    with executor:
        return _run(jobs, executor, init, layout, options, dossier, origins)


def _run(
    jobs: tuple[Job, ...],
    executor: Executor,
    init: WorkerInit,
    layout: Layout,
    options: RunOptions,
    dossier: ingest.Dossier,
    origins: Mapping[Path, Path],
) -> RunSummary:
    """Both phases on ``executor``; the log, stdout and the inventory written as documents are done."""
    config = init.config
    progress = _Progress(len(jobs), options.progress)
    about = {"model": str(config.model), "model_version": _model_version(config)}
    log = RunLog(layout, init.key, init.stamp, len(jobs), options.workers, about=about)
    results: list[DocumentResult] = []  # one summary row per document, for the inventory (no findings)
    moved: list[Path] = []
    digests: dict[str, str] = {}  # the originals' text digests, for duplicates in the inventory
    try:
        for outcome in run_batch(jobs, init, executor, progress.scanned):
            # streamed in input order: each document's outcome is logged and reported as it is done
            progress.update(outcome)
            where = None
            if outcome.result.error:  # a failed document loses its published file (no stale version stays)
                where = quarantine(layout, outcome.result.output, outcome.result.error, "run")
                if where is not None:
                    moved.append(where)
            log.document(outcome.document, outcome.redactions)
            results.append(outcome.result)
            if not outcome.result.error:
                digests[outcome.result.output] = outcome.text_digest
            _report(outcome, where, origins.get(Path(outcome.result.input)))
    finally:
        # Also on Ctrl-C or an internal error: close the run and list what was done.
        progress.close()
        remove_phase1(layout.root)
        log.close()
        entries = dossier_entries(dossier, {j.source: str(j.rel) for j in jobs}, digests)
        atomic_write(layout.dossier, dossier_json(entries))
        write_inventory(layout, results, entries)
    publish(layout, config, tuple(results), entries)
    summary = RunSummary(tuple(results), tuple(moved))
    eprint(summary_line(len(results) - len(summary.failed), len(results), layout, len(summary.failed), len(moved)))
    if dossier.not_processed:
        eprint(
            f"woo-redact: {len(dossier.not_processed)} file(s) of the input not processed (named above, "
            "and in the inventory with the reason)"
        )
    return summary


def dossier_json(entries: Sequence[DossierEntry]) -> bytes:
    """``work/dossier.json``: the entries, so that ``apply`` writes the same inventory."""
    rows = [dataclasses.asdict(e) for e in entries]
    return json.dumps({"entries": rows}, ensure_ascii=False, indent=1).encode("utf-8")


def read_dossier(layout: Layout) -> tuple[DossierEntry, ...] | None:
    """The entries a run wrote, or None (an output folder of an older version)."""
    try:
        data = json.loads(layout.dossier.read_text(encoding="utf-8"))
        return tuple(DossierEntry(**row) for row in data["entries"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _report_not_processed(item: ingest.Item) -> None:
    """A file of the input without a disclosure version: its reason on stderr, its line on stdout."""
    where = str(item.origin) if item.family is None else f"{item.origin} (attachment {item.rel.name})"
    eprint(f"woo-redact: not processed: {where}: {item.reason}")
    line = {"input": str(item.origin), "output": str(item.rel), "status": "not processed", "reason": item.reason}
    print(json.dumps(line, ensure_ascii=False), flush=True)


def write_key_reference(layout: Layout, config: Config, key: bytes) -> None:
    """``work/audit-key.txt``: which key the log's fingerprints are made with (never the key itself)."""
    key_id = hashlib.sha256(key).hexdigest()[:16]
    text = (
        f"The fingerprints in {layout.log.name} are HMAC-SHA256 under the key in {config.audit.key_file} "
        f"(key id {key_id}: the first 16 hex digits of its SHA-256).\n"
        "Keep that key as long as the log, and never publish it: `woo-redact audit lookup` needs it.\n"
    )
    atomic_write(layout.key_reference, text.encode("utf-8"))


def _report(outcome: Outcome, quarantined: Path | None = None, source: Path | None = None) -> None:
    r = outcome.result
    status = "failed" if r.error else "skipped" if r.skipped else "written"
    line = {
        "input": r.input,
        **({"source": str(source)} if source is not None else {}),  # the Word file or e-mail it was made from
        "output": r.output,
        "status": status,
        "pages": r.pages,
        "assessment": r.assessment.value if r.assessment else None,
        "redactions": r.n_redactions,
    }
    if r.error:
        line["error"] = r.error
        line["error_class"] = r.error_class
        if quarantined is not None:
            line["quarantined"] = str(quarantined)
        eprint(f"woo-redact: error: {r.error}")
        if quarantined is not None:
            eprint(f"woo-redact: {r.output}: its earlier version was taken out of publish/ and moved to {quarantined}")
    print(json.dumps(line, ensure_ascii=False), flush=True)


def _model_version(config: Config) -> str:
    try:
        meta = json.loads((config.model_path / "meta.json").read_text())
        return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
    except (OSError, ValueError):
        return "unknown"
