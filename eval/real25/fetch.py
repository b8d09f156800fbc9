"""Re-collect the original PDFs of eval/real25 (they are not committed) from git mirrors.

    python fetch.py [--mirrors /work/.mirror] [--write-sources]

Each line of fetch_sources.txt is: repo<TAB>commit<TAB>path in repo<TAB>sha256<TAB>-> pdfs/<file>.
A mirror of owner/name is expected at MIRRORS/owner+name/repo (the layout of the session's fetch tool;
any bare clone works: pass --mirrors and name it the same way). Every file is checked against its sha256.
--write-sources regenerates fetch_sources.txt from spec_src.py and the PDFs present in pdfs/.
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = ("# repo\tcommit\tpath in repo\tsha256\t-> file in this corpus\n"
          "# re-collect: python fetch.py (git --git-dir=<mirror of repo> show <commit>:<path> > pdfs/<file>)\n")


def write_sources() -> None:
    sys.path.insert(0, str(HERE))
    from spec_src import SPEC

    lines = [HEADER]
    for name, spec in sorted(SPEC.items()):
        repo, commit, path = spec["src"]
        sha = hashlib.sha256((HERE / "pdfs" / name).read_bytes()).hexdigest()
        lines.append(f"{repo}\t{commit}\t{path}\t{sha}\t-> pdfs/{name}\n")
    (HERE / "fetch_sources.txt").write_text("".join(lines), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--write-sources", action="store_true")
    args = ap.parse_args()
    if args.write_sources:
        write_sources()
        return 0
    out = HERE / "pdfs"
    out.mkdir(exist_ok=True)
    bad = 0
    for line in (HERE / "fetch_sources.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        repo, commit, path, sha, target = line.split("\t")
        dest = HERE / target.replace("->", "").strip()
        git_dir = args.mirrors / repo.replace("/", "+") / "repo"
        r = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"], capture_output=True)
        if r.returncode != 0:
            print(f"FAILED {repo} {path}: {r.stderr.decode(errors='replace').strip()}")
            bad += 1
            continue
        if hashlib.sha256(r.stdout).hexdigest() != sha:
            print(f"SHA MISMATCH {dest.name}")
            bad += 1
            continue
        dest.write_bytes(r.stdout)
        print(f"ok {dest.name}")
    print(f"failed={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
