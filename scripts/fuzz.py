"""The fault campaign: malformed PDFs through ``woo-redact run``, every invariant checked.

    python scripts/fuzz.py [--n 500] [--seed 0] [--batch 20] [--doc-timeout 120] [--keep DIR]

Generates at least ``--n`` malformed inputs (``tests/fuzzgen.py``: the hand-built
structures plus byte mutations of the sample notes and generated notes), runs them
through the CLI as a user would, in batches of ``--batch`` documents into fresh
output folders, and checks for every document:

- the process exits 0 or 3 (the documented codes for a run with or without failed
  documents), with no traceback on stderr, within ``--doc-timeout`` seconds per
  document of the batch (a batch that runs out is killed and its documents are run
  alone to find the one that hangs);
- every document has exactly one stdout line, ``written`` or ``failed``, and a
  failure is a withheld document with a reason, not an internal error;
- a written document has its PDF in ``publish/``, a findings file whose proof
  passed, and none of its redacted texts in the text pdftotext or PDFium read from
  that PDF; a failed one has no file in ``publish/``;
- ``publish/`` holds nothing else than those PDFs and the inventory (no temporary
  files), and the inventory has one row per document;
- the audit log ends with ``run_end`` and ``woo-redact audit verify`` accepts it.

Prints one line per problem and a table per kind; exits 1 when any invariant failed.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import fnmatch
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import fuzzgen  # noqa: E402

DOCUMENTED_EXIT = {0, 3}  # a run: everything written / some documents withheld
BUG_MARKERS = ("internal error", "the worker processing it stopped")
REASONS = (  # how a withheld document's reason starts, for the table
    ("not-pdf", "not a PDF file"),
    ("encrypted", "password protected"),
    ("timeout", "took longer than"),  # before "damaged": its message says the file may be damaged
    ("damaged", "damaged"),
    ("damaged", "PDFium cannot read"),
    ("unproven", "could not be proven"),
    ("scanned", "without a text layer"),
)


def reason_kind(error: str) -> str:
    return next((kind for kind, marker in REASONS if marker in error), "other")


@dataclass
class Batch:
    index: int
    cases: list[fuzzgen.Case]
    folder: Path
    out: Path
    code: int | None = None
    seconds: float = 0.0
    max_rss_mb: float = 0.0
    stdout: str = ""
    stderr: str = ""
    problems: list[tuple[str, str]] = field(default_factory=list)  # (case name or "*", problem)
    status: dict[str, str] = field(default_factory=dict)  # case name -> written / failed / ?


MEMORY_MB = 6000  # address-space limit of each CLI process (--memory-mb), so a bomb cannot take the machine


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_MB << 20, MEMORY_MB << 20))


def run_cli(args: list[str], timeout: float, log: Path) -> tuple[int | None, float, float, str, str]:
    """Run the CLI in its own process group; (exit code or None on timeout, seconds, max RSS MB, stdout, stderr)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out_path, err_path = log.with_suffix(".stdout"), log.with_suffix(".stderr")
    t0 = time.monotonic()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "woo_redact.cli", *args],
            stdout=out,
            stderr=err,
            cwd=ROOT,
            env=env,
            start_new_session=True,
            preexec_fn=_limit_memory if MEMORY_MB else None,
        )
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - t0
    code = None if timed_out.is_set() else proc.returncode
    text = out_path.read_text(errors="replace"), err_path.read_text(errors="replace")
    return code, seconds, usage.ru_maxrss / 1024, *text


def extracted_text(pdf: Path) -> str:
    """The output's text as poppler and PDFium read it, whitespace collapsed."""
    parts = []
    proc = subprocess.run(["pdftotext", "-q", str(pdf), "-"], capture_output=True, timeout=300, check=False)
    parts.append(proc.stdout.decode("utf-8", "replace"))
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(pdf))
        for page in doc:
            parts.append(page.get_textpage().get_text_range())
        doc.close()
    except Exception as exc:  # noqa: BLE001 - reported as a problem by the caller
        parts.append(f"\0PDFIUM-FAILED {exc}")
    return re.sub(r"\s+", " ", "\n".join(parts))


def check_batch(batch: Batch, config: Path, verify: bool) -> None:
    """Every invariant of one finished batch; problems are added to ``batch.problems``."""
    p = batch.problems
    if batch.code is None:
        p.append(("*", f"timed out after {batch.seconds:.0f} s"))
        return
    if batch.code not in DOCUMENTED_EXIT:
        p.append(("*", f"exit code {batch.code} (expected 0 or 3)"))
    if "Traceback" in batch.stderr:
        p.append(("*", "traceback on stderr: " + batch.stderr[batch.stderr.find("Traceback") :][:600]))
    try:
        lines = [json.loads(line) for line in batch.stdout.splitlines() if line.strip()]
    except ValueError:
        p.append(("*", "stdout is not JSON lines"))
        lines = []
    by_name = collections.defaultdict(list)
    for line in lines:
        by_name[Path(line.get("output", "")).name].append(line)
    publish = batch.out / "publish"
    expected_files = {"inventaris.csv", "inventaris.xlsx"}
    any_failed = False
    for case in batch.cases:
        got = by_name.get(case.name, [])
        if len(got) != 1:
            p.append((case.name, f"{len(got)} stdout lines (expected 1)"))
            batch.status[case.name] = "?"
            continue
        line = got[0]
        status = line.get("status")
        batch.status[case.name] = status or "?"
        pdf = publish / line["output"]
        if status == "failed":
            any_failed = True
            error = line.get("error") or ""
            if not error.strip():
                p.append((case.name, "failed without a reason"))
            batch.status[case.name] = "failed:" + reason_kind(error)
            if any(m in error for m in BUG_MARKERS):
                p.append((case.name, f"internal error: {error[:400]}"))
            if pdf.exists():
                p.append((case.name, "failed, but a file is in publish/"))
        elif status == "written":
            expected_files.add(line["output"])
            p.extend((case.name, problem) for problem in check_written(batch.out, line, case, config, verify))
        else:
            p.append((case.name, f"status {status!r} (expected written or failed)"))
    if batch.code == 0 and any_failed:
        p.append(("*", "exit 0 although a document failed"))
    if batch.code == 3 and not any_failed:
        p.append(("*", "exit 3 although every document was written"))
    if publish.is_dir():
        extra = sorted(str(f.relative_to(publish)) for f in publish.rglob("*") if f.is_file())
        for name in extra:
            if name not in expected_files:
                p.append(("*", f"unexpected file in publish/: {name}"))
    inventory = publish / "inventaris.csv"
    if not inventory.exists():
        p.append(("*", "no inventory"))
    else:
        rows = list(csv.reader(inventory.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
        if len(rows) - 1 != len(batch.cases):
            p.append(("*", f"inventory has {len(rows) - 1} rows for {len(batch.cases)} documents"))
    log = batch.out / "audit.jsonl"
    records = [json.loads(x) for x in log.read_text().splitlines()] if log.exists() else []
    if not records or records[-1].get("type") != "run_end":
        p.append(("*", "the audit log does not end with run_end"))
    code, _, _, _, err = run_cli(["audit", "verify", str(log)], 300, batch.out.parent / f"verify-{batch.index}")
    if code != 0:
        p.append(("*", f"audit verify exit {code}: {err.strip()[:400]}"))


def check_written(out: Path, line: dict, case: fuzzgen.Case, config: Path, verify: bool) -> list[str]:
    """A written document: its file is there, proven, and holds none of its redacted texts."""
    problems = []
    pdf = out / "publish" / line["output"]
    findings = out / "work" / Path(line["output"]).with_suffix(".findings.json")
    if not pdf.exists():
        return ["written, but no file in publish/"]
    try:
        meta = json.loads(findings.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ["written, but its findings file is missing or unreadable"]
    if not meta.get("proof", {}).get("passed"):
        problems.append("written, but its proof did not pass")
    texts = {re.sub(r"\s+", " ", f["text"]).strip() for f in meta["findings"] if f["decision"]["action"] == "redact"}
    text = extracted_text(pdf)
    if "\0PDFIUM-FAILED" in text:
        problems.append("PDFium cannot read the written output: " + text.split("\0PDFIUM-FAILED", 1)[1][:200])
    for t in sorted(t for t in texts if t):
        if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            problems.append(f"a redacted text is still in the output (finding of {len(t)} characters)")
    if verify:
        code, _, _, _, err = run_cli(
            ["verify", line["input"], str(pdf), "--findings", str(findings)], 600, out / f"verify-{case.name}"
        )
        if code != 0:
            problems.append(f"woo-redact verify exit {code}: {err.strip()[:300]}")
    return problems


def run_batch(batch: Batch, config: Path, doc_timeout: float, workers: int, verify: bool) -> None:
    args = [
        "run",
        str(batch.folder),
        "--out",
        str(batch.out),
        "--config",
        str(config),
        "--workers",
        str(workers),
        "--no-progress",
    ]
    timeout = 60 + (doc_timeout + 60) * len(batch.cases)
    batch.code, batch.seconds, batch.max_rss_mb, batch.stdout, batch.stderr = run_cli(
        args, timeout, batch.folder.parent / f"run-{batch.index:03d}"
    )
    check_batch(batch, config, verify)


def write_config(work: Path, doc_timeout: int) -> Path:
    """The campaign's configuration: a private audit key and the time limit per document."""
    config = work / "config.yaml"
    config.write_text(
        f"audit:\n  key_file: {work / 'audit.key'}\nredaction:\n  document_timeout_s: {doc_timeout}\n",
        encoding="utf-8",
    )
    return config


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_campaign(
    cases: list[fuzzgen.Case],
    work: Path,
    doc_timeout: int,
    batch_size: int,
    workers: int = 1,
    verify: bool = False,
    say: Callable[[str], None] = _say,
) -> list[Batch]:
    """Every case through ``woo-redact run`` in batches of ``batch_size``, each checked (:func:`check_batch`).

    A batch that times out is run again one document at a time, to find the one that hangs.
    """
    config = write_config(work, doc_timeout)
    batches = []
    for i in range(0, len(cases), batch_size):
        n = i // batch_size
        b = Batch(n, cases[i : i + batch_size], work / f"in-{n:03d}", work / f"out-{n:03d}")
        b.folder.mkdir(exist_ok=True)
        for case in b.cases:
            (b.folder / case.name).write_bytes(case.data)
        batches.append(b)
    say(f"fuzz: {len(cases)} inputs in {len(batches)} runs, in {work}")
    done: list[Batch] = []
    for b in batches:
        run_batch(b, config, doc_timeout, workers, verify)
        if b.code is None:  # find the document that hangs: each alone
            say(f"fuzz: run {b.index} timed out; running its documents alone")
            for j, case in enumerate(b.cases):
                alone = Batch(
                    1000 * (b.index + 1) + j,
                    [case],
                    work / f"alone-{b.index:03d}-{j:02d}",
                    work / f"out-alone-{b.index:03d}-{j:02d}",
                )
                alone.folder.mkdir(exist_ok=True)
                (alone.folder / case.name).write_bytes(case.data)
                run_batch(alone, config, doc_timeout, workers, verify)
                done.append(alone)
        else:
            done.append(b)
        counts = collections.Counter(v.split(":")[0] for v in b.status.values())
        say(
            f"fuzz: run {b.index}: exit {b.code}, {b.seconds:.0f} s, max RSS {b.max_rss_mb:.0f} MB, "
            f"{counts.get('written', 0)} written, {counts.get('failed', 0)} withheld, {len(b.problems)} problem(s)"
        )
    return done


def report(cases: list[fuzzgen.Case], done: list[Batch]) -> tuple[list[str], str]:
    """(one line per problem, the table per kind and the totals) of a finished campaign."""
    kinds = {c.name: c for c in cases}
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    problems = []
    for b in done:
        for case in b.cases:
            table[case.kind]["inputs"] += 1
            status = b.status.get(case.name, "?")
            table[case.kind][status.split(":")[0]] += 1
            if status.startswith("failed:"):
                table[case.kind][status] += 1
        for name, problem in b.problems:
            problems.append((name, problem, b))
            if name in kinds:
                table[kinds[name].kind]["problems"] += 1
    lines = []
    for name, problem, b in problems:
        case = kinds.get(name)
        what = f"{name} ({case.kind}: {case.detail})" if case else f"run {b.index} ({b.folder})"
        lines.append(f"PROBLEM {what}: {problem}")
    reasons = sorted({k for k, _ in REASONS} | {"other"})
    text = [
        f"\n{'kind':<16}{'inputs':>8}{'written':>9}{'withheld':>10}{'problems':>10}   withheld as: "
        + ", ".join(reasons)
    ]
    for kind, c in sorted(table.items()):
        why = " ".join(f"{c['failed:' + r]:>3}" for r in reasons)
        text.append(f"{kind:<16}{c['inputs']:>8}{c['written']:>9}{c['failed']:>10}{c['problems']:>10}   {why}")
    total = sum(c["inputs"] for c in table.values())
    hangs = sum(1 for b in done if b.code is None)
    tracebacks = sum(1 for _, p, _ in problems if p.startswith("traceback"))
    worst = max((b.max_rss_mb for b in done), default=0)
    text.append(
        f"\n{total} inputs, {len(problems)} problem(s), {tracebacks} traceback(s), {hangs} hang(s), "
        f"max RSS of a run {worst:.0f} MB"
    )
    return lines, "\n".join(text)


def main(argv: list[str] | None = None) -> int:
    global MEMORY_MB
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=500, help="at least this many inputs (default 500)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=10, help="documents per run (default 10)")
    ap.add_argument(
        "--doc-timeout",
        type=int,
        default=60,
        help="the tool's time limit per document, redaction.document_timeout_s (default 60); "
        "a run that takes 60 s longer per document than this counts as a hang",
    )
    ap.add_argument("--memory-mb", type=int, default=MEMORY_MB, help="address-space limit per run (0: none)")
    ap.add_argument("--cases", help="only the cases whose file name matches this pattern (e.g. 's08*')")
    ap.add_argument("--workers", type=int, default=1, help="--workers of each run (default 1)")
    ap.add_argument("--kinds", nargs="*", help="only these kinds (see tests/fuzzgen.py)")
    ap.add_argument(
        "--one-per-kind", action="store_true", help="one case of every kind (for --seed) instead of --n inputs"
    )
    ap.add_argument("--verify", action="store_true", help="also run `woo-redact verify` on every written output")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary folder)")
    args = ap.parse_args(argv)

    samples = ROOT / "samples" / "notes"
    if args.one_per_kind:
        cases = fuzzgen.one_per_kind(args.seed, samples)
    else:
        n_structures = sum(1 for _ in fuzzgen.structures())
        cases = fuzzgen.cases(max(0, args.n - n_structures), args.seed, samples, args.kinds)
    if args.cases:
        cases = [c for c in cases if fnmatch.fnmatch(c.name, args.cases)]
    MEMORY_MB = args.memory_mb
    work = args.keep or Path(tempfile.mkdtemp(prefix="woo-fuzz-"))
    work.mkdir(parents=True, exist_ok=True)
    done = run_campaign(cases, work, args.doc_timeout, args.batch, args.workers, args.verify)
    problems, table = report(cases, done)
    for line in problems:
        print(line)
    print(table)
    if not args.keep and not problems:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"inputs and outputs are in {work}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
