"""The command line: argument parsing, progress, exit codes. A thin edge.

Each verb is a module of :mod:`woo_redact.commands` (run, apply, verify,
review, audit); this module turns the arguments into their options and
their result into an exit code.

stdout carries data (the summary line per document); stderr is for people
(progress, warnings, errors), through :mod:`logging` (:mod:`woo_redact.logs`:
``-v``/``-q``, ``--log-json``). One handler turns every
:class:`~woo_redact.errors.WooRedactError` into its message and exit code.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, logs
from .errors import ExitCode, UsageError, WooRedactError

log = logging.getLogger("woo_redact.cli")


class _Parser(argparse.ArgumentParser):
    """argparse with one exit path: a usage error is a :class:`UsageError`, and every command takes -v/-q."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # argparse's own parameters, passed on
        super().__init__(*args, **kwargs)
        # on every (sub)command: `woo-redact -v run ...` and `woo-redact run ... -v` both work; a subcommand's
        # copy has no default, so it never resets what was given before the subcommand
        top = kwargs.get("prog") == "woo-redact"
        default: object = 0 if top else argparse.SUPPRESS
        log_opts = self.add_argument_group("diagnostics on stderr")
        log_opts.add_argument("-v", "--verbose", action="count", default=default, help="more detail (debug)")
        log_opts.add_argument("-q", "--quiet", action="count", default=default, help="warnings and errors only")
        log_opts.add_argument(
            "--log-json",
            action="store_true",
            default=False if top else argparse.SUPPRESS,
            help="one JSON object per line on stderr (for batch systems); stdout stays data",
        )

    def error(self, message: str) -> NoReturn:  # argparse would exit 2 itself; keep one exit path
        """Raise :class:`UsageError` naming the command's ``--help``."""
        command = " ".join(["woo-redact", *self.prog.split()[1:]])  # e.g. "woo-redact audit verify"
        raise UsageError(f"{message}. See `{command} --help`.")


def build_parser() -> argparse.ArgumentParser:
    """The parser of the ``woo-redact`` command line."""
    p = _Parser(prog="woo-redact", description="Redact personal data from Dutch government notes (Woo).")
    p.add_argument("--version", action="version", version=f"woo-redact {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser("run", help="write disclosure versions of a dossier (PDF, Word, e-mail)")
    run.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar="INPUT",
        help="files (PDF, Word, OpenDocument, RTF, e-mail .eml/.msg) and/or folders (recursive)",
    )
    run.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    run.add_argument("--config", type=Path, metavar="FILE", help="YAML config (see `woo-redact config`)")
    run.add_argument("--public-officials", type=Path, metavar="FILE", help="UTF-8 file, one public name per line")
    run.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="documents processed in parallel (default: number of cores)",
    )
    run.add_argument(
        "--allow-unsearchable-pages",
        action="store_true",
        help="write documents with scanned pages that have no text layer (unchecked!)",
    )
    run.add_argument(
        "--ocr",
        choices=("auto", "always", "never"),
        help="OCR (Tesseract, Dutch) of scanned pages: auto (default: pages that are mostly image with little "
        "or no text), always (every page with an image), never",
    )
    run.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    run.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="PATTERN",
        help="leave files in the input folders out whose name or relative path matches this shell pattern "
        "(e.g. '*.expected.json'; repeatable); system files (.DS_Store, ~$ lock files) are always left out",
    )
    run.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="where documents are processed: local (this machine, --workers processes; default) or dask "
        "(a Dask distributed cluster: --scheduler's, or a local one of --workers processes)",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="address of a running Dask scheduler for --executor dask, e.g. tcp://10.0.0.5:8786 (its workers "
        "need woo_redact installed and the inputs and --out at the same paths)",
    )

    ver = sub.add_parser("verify", help="prove a redacted PDF against its original and findings")
    ver.add_argument("original", type=Path)
    ver.add_argument("redacted", type=Path)
    ver.add_argument("--findings", required=True, type=Path, metavar="FINDINGS")

    sub.add_parser("config", help="print the default configuration (a starting point for --config)")
    _add_audit(sub)
    _add_review(sub)
    return p


def _add_review(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``woo-redact review DIR`` (the local review app) and ``woo-redact apply DIR`` (final versions)."""
    rev = sub.add_parser("review", help="review a run's findings in the browser (a local web app)")
    rev.add_argument("dir", type=Path, metavar="DIR", help="the --out folder of a run")
    rev.add_argument("--port", type=int, default=8765, metavar="N", help="port to listen on (default 8765; 0: any)")
    rev.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    rev.add_argument(
        "--reviewer", default=os.environ.get("USER", ""), metavar="NAME", help="your name, logged with each decision"
    )
    app = sub.add_parser("apply", help="write the final disclosure versions with the reviewers' decisions")
    app.add_argument("dir", type=Path, metavar="DIR", help="the reviewed run folder")
    app.add_argument("--config", type=Path, metavar="FILE", help="the YAML config the run used")
    app.add_argument("--public-officials", type=Path, metavar="FILE", help="the public-officials file the run used")


def _add_audit(sub: argparse._SubParsersAction[_Parser]) -> None:
    """``woo-redact audit verify|lookup|report``: answers for auditors from a run's audit.jsonl."""
    audit = sub.add_parser("audit", help="verify, search and report on a run's redaction log (audit.jsonl)")
    group = audit.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)

    ver = group.add_parser("verify", help="check the log's hash chain, its completeness and the output files")
    ver.add_argument("log", type=Path, metavar="LOG", help="the run's audit.jsonl")
    ver.add_argument(
        "--outputs", type=Path, metavar="DIR", help="folder of the published files (default: publish/ next to the log)"
    )

    look = group.add_parser("lookup", help="was this text redacted? where, on which ground, by whom, when")
    look.add_argument("log", type=Path, metavar="LOG", help="the run's audit.jsonl")
    look.add_argument("text", metavar="TEXT", help='the text to look up, e.g. "Marloes van der Heijden"')
    keys = look.add_mutually_exclusive_group()
    keys.add_argument("--key", type=Path, metavar="FILE", help="the audit key file the log was written with")
    keys.add_argument("--config", type=Path, metavar="FILE", help="take the key file from this config's audit.key_file")

    rep = group.add_parser("report", help="write a self-contained HTML report of the log")
    rep.add_argument("log", type=Path, metavar="LOG", help="the run's audit.jsonl")
    rep.add_argument("--out", type=Path, metavar="FILE", help="where to write the HTML (default: stdout)")
    rep.add_argument(
        "--outputs", type=Path, metavar="DIR", help="folder of the published files (default: publish/ next to the log)"
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic garbage collection within the block (the thresholds as they were after it): importing the
    pipeline makes a few hundred thousand objects that live as long as the process, and the collections their
    number set off walked them all for nothing (~0.15 CPU s of a run's start; the worker's ``settle_heap``
    collects once and freezes them after loading the detector). See ``batch_worker.collector_paused``, which
    this module cannot import without importing the pipeline first."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _cmd_run(args: argparse.Namespace) -> ExitCode:
    with _collector_paused():  # the pipeline's modules (spaCy, presidio, pdfminer, ...): objects that all stay
        from .commands.run import RunOptions, run

    if args.workers < 1:
        raise UsageError("--workers must be at least 1.")
    options = RunOptions(
        inputs=tuple(args.inputs),
        out=args.out,
        config=args.config,
        public_officials=args.public_officials,
        workers=args.workers,
        allow_unsearchable=args.allow_unsearchable_pages,
        ocr=args.ocr,
        executor=args.executor,
        scheduler=args.scheduler,
        progress=not args.no_progress and sys.stderr.isatty() or os.environ.get("WOO_REDACT_PROGRESS") == "1",
        ignore=tuple(args.ignore),
    )
    summary = run(options)
    return ExitCode.DOCUMENTS_FAILED if summary.failed else ExitCode.OK


def _cmd_verify(args: argparse.Namespace) -> ExitCode:
    from .commands.verify import verify

    return verify(args.original, args.redacted, args.findings)


def _cmd_config(_: argparse.Namespace) -> ExitCode:
    from .config import default_config_text

    sys.stdout.write(default_config_text())
    return ExitCode.OK


def _cmd_audit(args: argparse.Namespace) -> ExitCode:
    from .commands import audit

    if args.audit_command == "verify":
        return audit.verify(args.log, args.outputs)
    if args.audit_command == "lookup":
        return audit.lookup(args.log, args.text, args.key, args.config)
    return audit.report(args.log, args.outputs, args.out)


def _cmd_review(args: argparse.Namespace) -> ExitCode:
    from .commands.review import review
    from .review.server import ServeOptions

    return review(ServeOptions(args.dir, args.host, args.port, args.reviewer))


def _cmd_apply(args: argparse.Namespace) -> ExitCode:
    with _collector_paused():
        from .commands.apply import ApplyOptions, apply

    summary = apply(ApplyOptions(args.dir, args.config, args.public_officials))
    return ExitCode.DOCUMENTS_FAILED if summary.failed else ExitCode.OK


COMMANDS = {
    "run": _cmd_run,
    "verify": _cmd_verify,
    "config": _cmd_config,
    "audit": _cmd_audit,
    "review": _cmd_review,
    "apply": _cmd_apply,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``woo-redact`` console script."""
    t0 = time.perf_counter()
    argv = list(sys.argv[1:] if argv is None else argv)
    logs.setup(json_lines="--log-json" in argv)  # before parsing: a usage error is logged in the asked format
    try:
        args = build_parser().parse_args(argv)
        logs.setup(args.verbose, args.quiet, args.log_json)
        log.debug("woo-redact %s (Python %s): %s", __version__, sys.version.split()[0], " ".join(argv))
        return int(COMMANDS[args.command](args))
    except WooRedactError as exc:
        log.error("woo-redact: error: %s", exc, extra={"error": type(exc).__name__})
        return int(exc.exit_code)
    except KeyboardInterrupt:
        log.warning("woo-redact: interrupted; outputs written so far are complete.")
        return int(ExitCode.INTERRUPTED)
    finally:
        log.log(
            logging.INFO if os.environ.get("WOO_REDACT_TIMING") else logging.DEBUG,
            "woo-redact: %.2fs",
            time.perf_counter() - t0,
        )


if __name__ == "__main__":
    sys.exit(main())
