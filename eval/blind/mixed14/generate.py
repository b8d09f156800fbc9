"""Build blind set X (mixed14): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python generate.py [ID ...]
"""
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import framework as fw  # noqa: E402
from content_a import DOCS as A  # noqa: E402
from content_b import DOCS as B  # noqa: E402
from content_c import DOCS as C  # noqa: E402

DOCS = A + B + C


def main(argv):
    only = set(argv)
    bad = 0
    for doc in DOCS:
        if only and doc["id"] not in only:
            continue
        with tempfile.TemporaryDirectory(prefix="mx14-") as td:
            probs = fw.build(doc, fw.HERE / "docs", fw.HERE / "gold", Path(td))
        for p in probs:
            print(f"{doc['id']}: {p}", file=sys.stderr)
        bad += len(probs)
        print(f"{doc['id']} ({doc['producer']}) done, {len(probs)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
