"""Word to PDF conversions per second (`make bench-office`): figures printed, not asserted.

Generates N Word files (python-docx: a few paragraphs, a table, a header, a
comment and a tracked change, each file different) and converts them with
:class:`woo_redact.ingest.office.Converter`, once with one resident soffice
(``python3-uno``) and once with a soffice started per document (the fallback),
each with 1 worker and with ``--workers`` workers through ``ingest.prepare``
(the path a run takes). Start-up is included: it is what a run pays.

    python scripts/bench_office.py [N] [--workers W]

Other processes on the machine skew every figure: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from woo_redact import ingest  # noqa: E402
from woo_redact.ingest import office, soffice  # noqa: E402


def make_docx(path: Path, n: int) -> None:
    """One generated Word file, different per ``n``."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    d.core_properties.author = f"Auteur {n}"
    d.add_heading(f"Nota {n}: voortgang van het programma", level=1)
    for i in range(6):
        d.add_paragraph(
            f"Alinea {i} van nota {n}. Het programma loopt volgens de planning; de begroting voor "
            f"{2026 + i % 3} is vastgesteld en de volgende stap is de evaluatie in kwartaal {i % 4 + 1}. " * 3
        )
    p = d.add_paragraph("Besluit: akkoord. ")
    d.add_comment(p.runs, text="Navragen", author="Recensent", initials="R")
    p._p.append(
        parse_xml(
            f'<w:del {w} w:id="9{n}" w:author="Recensent" w:date="2026-01-05T10:00:00Z">'
            "<w:r><w:delText>Oude tekst.</w:delText></w:r></w:del>"
        )
    )
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"{r}.{c}"
    d.sections[0].header.paragraphs[0].text = "Ministerie van Voorbeeldzaken"
    d.save(str(path))


def direct(files: list[Path], resident: bool) -> tuple[float, str]:
    """Seconds for one Converter (one worker) to convert every file, and its mode."""
    t = time.perf_counter()
    with office.Converter(resident=resident) as conv:
        for f in files:
            conv.to_pdf(f.read_bytes(), ".docx", f.name)
        mode = conv.mode
    return time.perf_counter() - t, mode


def prepared(folder: Path, workers: int, out: Path) -> float:
    """Seconds for ``ingest.prepare`` (as a run calls it) with ``workers`` workers."""
    t = time.perf_counter()
    dossier = ingest.prepare(ingest.discover([folder], out).found, out / "work" / "ingest", workers)
    elapsed = time.perf_counter() - t
    assert all(i.processed for i in dossier.items), [i.reason for i in dossier.items if not i.processed]
    return elapsed


def main() -> int:
    """Print conversions per second for both modes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if shutil.which("soffice") is None:
        print("LibreOffice (soffice) is not installed: nothing to measure", file=sys.stderr)
        return 0
    python, why = soffice.uno_python()
    print(f"load average {os.getloadavg()[0]:.2f}; resident mode: {'yes' if python else why}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = [folder / f"nota-{n:02d}.docx" for n in range(args.n)]
        for n, f in enumerate(files):
            make_docx(f, n)
        modes = [True, False] if python else [False]
        for resident in modes:
            secs, mode = direct(files, resident)
            rate = len(files) / secs
            print(f"{mode:>12}, 1 worker:  {len(files)} files in {secs:6.1f} s = {rate:5.2f} conversions/s")
        for resident in modes:
            if not resident:
                os.environ[soffice.UNO_PYTHON_ENV] = "/nonexistent"  # prepare's converters fall back
                soffice.uno_python.cache_clear()
            secs = prepared(folder, args.workers, Path(tmp) / f"out-{resident}")
            mode = "resident" if resident else "per-document"
            print(
                f"{mode:>12}, {args.workers} workers: {len(files)} files in {secs:6.1f} s = "
                f"{len(files) / secs:5.2f} conversions/s (ingest.prepare)"
            )
        print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
