"""``woo-redact run``: a batch from inputs to disclosure versions, log and inventory."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .audit.log import FORMAT, AuditLog, load_key
from .audit.records import DocumentEntry, now, run_end_record
from .batch import Outcome, eprint, names_to_propagate, plan_jobs, run_jobs
from .config import Config, load_config
from .disclose.inventory import inventory_csv, inventory_xlsx
from .errors import UsageError
from .model import DocumentResult
from .outputs import atomic_write
from .parse.ocr import require_tesseract


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


@dataclass(frozen=True)
class RunSummary:
    results: tuple[DocumentResult, ...]

    @property
    def failed(self) -> tuple[DocumentResult, ...]:
        return tuple(r for r in self.results if r.error)


def _config(options: RunOptions) -> Config:
    config = load_config(options.config, options.public_officials)
    if options.allow_unsearchable:
        config = config.model_copy(
            update={"redaction": config.redaction.model_copy(update={"allow_unsearchable_pages": True})}
        )
    if options.ocr is not None:
        config = config.model_copy(update={"redaction": config.redaction.model_copy(update={"ocr": options.ocr})})
    if config.redaction.ocr == "always":
        require_tesseract(config.redaction.ocr_language)
    return config


class _Progress:
    """Documents and pages done, rate and ETA on stderr (tqdm), or nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar = None
        self.pages = 0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, desc="woo-redact")

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
    """Process every input; write outputs, ``audit.jsonl`` and ``inventaris.csv``/``.xlsx`` in ``options.out``."""
    config = _config(options)
    out = options.out
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: exists and is not a folder. Give a folder for the outputs.")
    jobs, warnings = plan_jobs(options.inputs, out)
    for w in warnings:
        eprint(f"woo-redact: warning: {w}")
    if not jobs:
        raise UsageError("no PDF inputs found. Give PDF files or folders that contain them.")
    out.mkdir(parents=True, exist_ok=True)
    log = AuditLog(out / "audit.jsonl", load_key(config.audit.key_file))
    log.append(
        {
            "type": "run",
            "format": FORMAT,
            "tool_version": __version__,
            "config_sha256": config.digest(),
            "model": str(config.model),
            "model_version": _model_version(config),
            "started": now(),
            "documents": len(jobs),
            "workers": options.workers,
        }
    )
    progress = _Progress(len(jobs), options.progress)
    by_rel: dict[str, Outcome] = {}
    logged: list[DocumentEntry] = []
    try:
        for outcome in run_jobs(jobs, config, out, options.workers, progress.update):
            by_rel[outcome.result.output] = outcome
        # A name redacted in one document is personal data in every other one too: documents
        # holding another document's name that they did not redact are done again with it.
        again = names_to_propagate(list(by_rel.values()))
        if again:
            eprint(f"woo-redact: {len(again)} document(s) hold names redacted elsewhere in the batch; redoing them")
            redo = [j for j in jobs if str(j.rel) in again]
            names = {j.rel: again[str(j.rel)] for j in redo}
            for outcome in run_jobs(redo, config, out, options.workers, lambda _: None, names):
                by_rel[outcome.result.output] = outcome
    finally:
        # Also on Ctrl-C: log what was written, close the run and list it, so all stays consistent.
        progress.close()
        for job in jobs:  # in input order, each document once
            outcome = by_rel.get(str(job.rel))
            if outcome is None:
                continue
            log.append(outcome.document.record())
            logged.append(outcome.document)
            for entry in outcome.redactions:
                log.append(entry.record())
            _report(outcome)
        results = tuple(by_rel[str(j.rel)].result for j in jobs if str(j.rel) in by_rel)
        log.append(run_end_record(tuple(logged), log.appended))
        atomic_write(out / "inventaris.csv", inventory_csv(results))
        atomic_write(out / "inventaris.xlsx", inventory_xlsx(results))
    summary = RunSummary(results)
    done = len(results) - len(summary.failed)
    eprint(
        f"woo-redact: {done} of {len(results)} documents written to {out}"
        + (f"; {len(summary.failed)} failed (see above)" if summary.failed else "")
    )
    return summary


def _report(outcome: Outcome) -> None:
    r = outcome.result
    status = "failed" if r.error else "skipped" if r.skipped else "written"
    line = {
        "input": r.input,
        "output": r.output,
        "status": status,
        "pages": r.pages,
        "assessment": r.assessment.value if r.assessment else None,
        "redactions": r.n_redactions,
    }
    if r.error:
        line["error"] = r.error
        eprint(f"woo-redact: error: {r.error}")
    print(json.dumps(line, ensure_ascii=False), flush=True)


def _model_version(config: Config) -> str:
    try:
        meta = json.loads((config.model_path / "meta.json").read_text())
        return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
    except (OSError, ValueError):
        return "unknown"
