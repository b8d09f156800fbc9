"""Re-collect the real scans of eval/real-scans from local mirrors of their repositories.

Each line of ``eval/real-scans/fetch_sources.txt`` names a public repository, a commit, a path in it and
the file it becomes. With a mirror of each repository (a git directory; the session's ``fetch`` tool puts
them under ``/work/.mirror/<owner>+<name>/repo``) this writes ``pdfs/<file>`` with ``git show`` and checks
its SHA-256 against ``manifest.csv``. Files already there with the right hash are left alone.

    python scripts/fetch_real_scans.py [--mirrors DIR] [--corpus eval/real-scans]

Exit 1 when a file could not be collected or has another hash (the mirror is at another state).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"), help="folder of <owner>+<name>/repo")
    ap.add_argument("--corpus", type=Path, default=ROOT / "eval" / "real-scans")
    args = ap.parse_args(argv)
    corpus: Path = args.corpus
    with (corpus / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        sha = {r["file"]: r["sha256"] for r in csv.DictReader(fh)}
    (corpus / "pdfs").mkdir(exist_ok=True)
    bad = 0
    for line in (corpus / "fetch_sources.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        repo, commit, path, target = line.split("\t")
        dest = corpus / target.removeprefix("-> ").strip()
        if dest.is_file() and hashlib.sha256(dest.read_bytes()).hexdigest() == sha.get(dest.name):
            continue
        git_dir = args.mirrors / repo.replace("/", "+") / "repo"
        out = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"], capture_output=True, check=False
        )
        if out.returncode != 0:
            print(
                f"{dest.name}: not collected from {repo} ({out.stderr.decode(errors='replace').strip()})",
                file=sys.stderr,
            )
            bad += 1
            continue
        digest = hashlib.sha256(out.stdout).hexdigest()
        if digest != sha.get(dest.name):
            print(f"{dest.name}: SHA-256 {digest} is not the manifest's", file=sys.stderr)
            bad += 1
            continue
        dest.write_bytes(out.stdout)
        print(f"{dest.name}: {len(out.stdout)} bytes from {repo}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
