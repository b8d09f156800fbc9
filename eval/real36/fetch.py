"""Re-collect the PDFs of eval/real36 from local mirrors of the public GitHub repositories.

    python fetch.py [--mirrors /work/.mirror]

For every line of fetch_sources.txt (repo, commit, path, sha256, -> pdfs/<file>) this runs
`git --git-dir=<mirrors>/<owner>+<name>/repo show <commit>:<path>` and checks the sha256.
A mirror is what the session's `fetch` tool creates (github:<owner>/<name>); a plain
`git clone --mirror https://github.com/<owner>/<name>` works as well (pass its parent folder).
"""
import argparse, hashlib, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    a = ap.parse_args()
    out = HERE / "pdfs"
    out.mkdir(exist_ok=True)
    bad = 0
    for line in (HERE / "fetch_sources.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        repo, commit, path, sha, target = line.split("\t")
        dest = HERE / target.replace("-> ", "").strip()
        if dest.exists() and hashlib.sha256(dest.read_bytes()).hexdigest() == sha:
            continue
        gd = a.mirrors / repo.replace("/", "+") / "repo"
        if not gd.exists():
            gd = a.mirrors / repo.replace("/", "+")
        r = subprocess.run(["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], capture_output=True)
        if r.returncode:
            print(f"FAIL {dest.name}: {r.stderr.decode(errors='replace').strip()}")
            bad += 1
            continue
        h = hashlib.sha256(r.stdout).hexdigest()
        if h != sha:
            print(f"SHA MISMATCH {dest.name}: {h}")
            bad += 1
            continue
        dest.write_bytes(r.stdout)
        print(f"ok {dest.name}")
    print(f"failed={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
