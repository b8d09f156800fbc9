"""Rebuild the set: python build.py [doc.pdf ...]  (needs reportlab, python-docx, pikepdf, LibreOffice)."""
import sys

import lib
import docs_a  # noqa: F401
import docs_b  # noqa: F401
import docs_c  # noqa: F401
import docs_d  # noqa: F401

if __name__ == "__main__":
    lib.run_all(set(sys.argv[1:]) or None)
