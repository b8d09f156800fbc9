"""The command line: argument parsing, progress, exit codes. A thin edge.

stdout carries data (the summary line per document); stderr is for people
(progress, warnings, errors). One handler turns every
:class:`~woo_redact.errors.WooRedactError` into its message and exit code.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import ExitCode, UsageError, WooRedactError
from .layout import PUBLISH


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2 itself; keep one exit path
        command = " ".join(["woo-redact", *self.prog.split()[1:]])  # e.g. "woo-redact audit verify"
        raise UsageError(f"{message}. See `{command} --help`.")


def build_parser() -> argparse.ArgumentParser:
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

    ver = sub.add_parser("verify", help="prove a redacted PDF against its original and findings")
    ver.add_argument("original", type=Path)
    ver.add_argument("redacted", type=Path)
    ver.add_argument("--findings", required=True, type=Path, metavar="FINDINGS")

    sub.add_parser("config", help="print the default configuration (a starting point for --config)")
    _add_audit(sub)
    _add_review(sub)
    return p


def _add_review(sub: argparse._SubParsersAction) -> None:
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


def _add_audit(sub: argparse._SubParsersAction) -> None:
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


def _cmd_run(args: argparse.Namespace) -> ExitCode:
    from .run import RunOptions, run

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
        progress=not args.no_progress and sys.stderr.isatty() or os.environ.get("WOO_REDACT_PROGRESS") == "1",
        ignore=tuple(args.ignore),
    )
    summary = run(options)
    return ExitCode.DOCUMENTS_FAILED if summary.failed else ExitCode.OK


def _cmd_verify(args: argparse.Namespace) -> ExitCode:
    from .verify import verify_files

    proof = verify_files(args.original, args.redacted, args.findings)
    for c in proof.checks:
        print(json.dumps({"check": c.name, "passed": c.passed, "detail": c.detail}, ensure_ascii=False))
    if not proof.passed:
        print(
            f"verify: the proof does NOT hold for {args.redacted} ({len(proof.failures)} failed checks).",
            file=sys.stderr,
        )
        return ExitCode.VERIFY_FAILED
    print(f"verify: the proof holds for {args.redacted}.", file=sys.stderr)
    return ExitCode.OK


def _cmd_config(_: argparse.Namespace) -> ExitCode:
    from .config import default_config_text

    sys.stdout.write(default_config_text())
    return ExitCode.OK


def _outputs_folder(args: argparse.Namespace) -> Path:
    if args.outputs is not None:
        folder = args.outputs
    else:  # the run's folder: OUT/audit.jsonl next to OUT/publish/ (a folder of before the split: the log's own)
        folder = args.log.parent / PUBLISH if (args.log.parent / PUBLISH).is_dir() else args.log.parent
    if not folder.is_dir():
        raise UsageError(f"--outputs {folder}: not a folder. Give the folder that holds the published files.")
    return folder


def _cmd_audit_verify(args: argparse.Namespace) -> ExitCode:
    from .audit.verify import verify_log

    result = verify_log(args.log, _outputs_folder(args))
    print(json.dumps(result.summary(), ensure_ascii=False))
    for note in result.notes:
        print(f"audit verify: note: {note}", file=sys.stderr)
    for problem in result.problems:
        print(f"audit verify: {args.log}: {problem}", file=sys.stderr)
    if not result.ok:
        print(f"audit verify: {args.log} does NOT verify ({len(result.problems)} problems).", file=sys.stderr)
        return ExitCode.VERIFY_FAILED
    print(
        f"audit verify: {args.log} verifies: {result.records} records in {result.runs} runs, unbroken chain, "
        f"{result.outputs_checked} output files match.",
        file=sys.stderr,
    )
    return ExitCode.OK


def _cmd_audit_lookup(args: argparse.Namespace) -> ExitCode:
    from .audit.log import load_key
    from .audit.lookup import find
    from .config import load_config

    key_file = args.key if args.key is not None else load_config(args.config).audit.key_file
    matches = find(args.log, args.text, load_key(key_file, create=False))
    for m in matches:
        print(json.dumps(m.record(), ensure_ascii=False))
    if not matches:
        print(
            f"audit lookup: not found: no redaction in {args.log} matches that text under the key {key_file} "
            "(with another key than the log was written with, nothing is ever found).",
            file=sys.stderr,
        )
    else:
        exact = sum(m.exact for m in matches)
        print(f"audit lookup: {len(matches)} redactions found ({exact} of the whole text).", file=sys.stderr)
    return ExitCode.OK


def _cmd_audit_report(args: argparse.Namespace) -> ExitCode:
    from .audit.report import build_report
    from .outputs import atomic_write

    report = build_report(args.log, _outputs_folder(args))
    if args.out is None:
        sys.stdout.write(report.html)
    else:
        atomic_write(args.out, report.html.encode("utf-8"))
        print(f"audit report: written to {args.out}.", file=sys.stderr)
    if not report.verification.ok:
        print(
            f"audit report: {args.log} does NOT verify ({len(report.verification.problems)} problems, "
            "listed in the report; run `woo-redact audit verify` for details).",
            file=sys.stderr,
        )
        return ExitCode.VERIFY_FAILED
    return ExitCode.OK


AUDIT_COMMANDS = {"verify": _cmd_audit_verify, "lookup": _cmd_audit_lookup, "report": _cmd_audit_report}


def _cmd_audit(args: argparse.Namespace) -> ExitCode:
    return AUDIT_COMMANDS[args.audit_command](args)


def _cmd_review(args: argparse.Namespace) -> ExitCode:
    from .review.server import ServeOptions, serve

    try:
        serve(ServeOptions(args.dir, args.host, args.port, args.reviewer))
    except KeyboardInterrupt:
        print("woo-redact review: stopped; every decision is saved.", file=sys.stderr)
    return ExitCode.OK


def _cmd_apply(args: argparse.Namespace) -> ExitCode:
    from .apply import ApplyOptions, apply

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
    try:
        args = build_parser().parse_args(argv)
        return int(COMMANDS[args.command](args))
    except WooRedactError as exc:
        print(f"woo-redact: error: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("woo-redact: interrupted; outputs written so far are complete.", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    finally:
        if os.environ.get("WOO_REDACT_TIMING"):
            print(f"woo-redact: {time.perf_counter() - t0:.2f}s", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
