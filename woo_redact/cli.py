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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2 itself; keep one exit path
        raise UsageError(f"{message}. See `woo-redact {self.prog.split()[-1]} --help`.")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="woo-redact", description="Redact personal data from Dutch government notes (Woo).")
    p.add_argument("--version", action="version", version=f"woo-redact {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser("run", help="write disclosure versions of PDF notes")
    run.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="PDF files and/or folders (recursive)")
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
    run.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    ver = sub.add_parser("verify", help="prove a redacted PDF against its original and findings")
    ver.add_argument("original", type=Path)
    ver.add_argument("redacted", type=Path)
    ver.add_argument("--findings", required=True, type=Path, metavar="FINDINGS")

    sub.add_parser("config", help="print the default configuration (a starting point for --config)")
    return p


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
        progress=not args.no_progress and sys.stderr.isatty() or os.environ.get("WOO_REDACT_PROGRESS") == "1",
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


COMMANDS = {"run": _cmd_run, "verify": _cmd_verify, "config": _cmd_config}


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
