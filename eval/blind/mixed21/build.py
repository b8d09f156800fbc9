"""Rebuild set AE (mixed21): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python build.py [name ...]
"""
import sys

from framework import Doc, build
import docs_mail, docs_chat, docs_notes

DOCS = sorted((v for m in (docs_mail, docs_chat, docs_notes) for v in vars(m).values() if isinstance(v, Doc)),
              key=lambda d: d.name)

if __name__ == "__main__":
    errs = build(DOCS, only=set(sys.argv[1:]) or None)
    print(f"{len(errs)} problems")
    sys.exit(1 if errs else 0)
