"""What the OCR of each page costs: CPU seconds of its readings, and how often each extra reading runs and is kept.

    python scripts/ocr_cost.py OUT.json PDF_OR_DIR ... [--dpi 300]
    python scripts/ocr_cost.py --table OUT.json [OUT2.json ...]

Parses each PDF as a run does (``parse_pdf`` with the default OCR options: ``auto``, Dutch, 300 dpi,
pictures on) with the OCR instrumented from outside (the functions are wrapped by name, so the script
also measures an older checkout: ``PYTHONPATH=<checkout> python scripts/ocr_cost.py ...``). Per page read
by OCR it records:

- ``kind``: ``scan`` (the page read whole, :func:`woo_redact.parse.ocr.ocr_page`) or ``pictures`` (the
  pictures on a page with a text layer, :func:`woo_redact.parse.pictures.read_pictures`);
- ``cpu``: CPU seconds of the page's OCR: this process's (rendering, painting out rules, finding ink,
  writing the image) plus Tesseract's (its child processes);
- ``readings``: each Tesseract call with its role (``first``; ``own``: at the scan's own resolution;
  ``unruled``: with the table rules painted out; ``osd``: the orientation check; ``upright``: read again
  turned; ``picture``), its CPU seconds, and for readings its words, mean and sure words (confidence >= 80);
- ``own_kept``, ``unruled_kept``, ``turned``: which reading the page kept;
- ``rules_s``: CPU seconds spent finding table rules (run on every scan page since session 31).

``--table`` prints per file: pages, CPU s/page, readings per page, and how often each extra reading ran
and was kept. Only the parse stage is measured (the proof's OCR of painted pixels is not).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Record = dict[str, Any]
_page: Record | None = None  # the page being read
_phase = ""


def _children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _patch(globs: dict[str, Any], name: str, make: Callable[[Any], Any]) -> None:
    if name in globs and not getattr(globs[name], "_ocr_cost", False):
        wrapped = make(globs[name])
        wrapped._ocr_cost = True
        globs[name] = wrapped


def _sure(words: Any) -> int:
    return sum(w.conf >= 80.0 for w in words)


def instrument() -> None:
    """Wrap the OCR functions of the checkout on the path (where they exist)."""
    from woo_redact.parse import ocr

    def tesseract(fn: Any) -> Any:
        def run(image: bytes, language: str, psm: int, tsv: bool = True) -> str:
            c0 = _children()
            out = fn(image, language, psm, tsv)
            if _page is not None:
                role = "osd" if psm == 0 else _phase
                _page["readings"].append({"role": role, "cpu": _children() - c0})
            return str(out)

        return run

    def read(fn: Any) -> Any:
        def run(image: Any, language: str) -> Any:
            global _phase
            words, conf = fn(image, language)
            if _page is not None and _page["readings"]:
                r = _page["readings"][-1]
                r.update(words=len(words), conf=round(conf, 1), sure=_sure(words), px=list(image.size))
                if _phase == "first":
                    _phase = "own"  # the next reading before the rules' (if any) is at the scan's own resolution
            return words, conf

        return run

    def unruled(fn: Any) -> Any:
        def run(image: Any, words: Any, conf: float, dpi: int, language: str) -> Any:
            global _phase
            _phase = "unruled"
            out = fn(image, words, conf, dpi, language)
            _phase = "after"
            if _page is not None:
                _page["unruled_kept"] = out[0] is not image
            return out

        return run

    def osd(fn: Any) -> Any:
        def run(image: bytes) -> int:
            global _phase
            out = int(fn(image))
            _phase = "upright"
            return out

        return run

    def rules(fn: Any) -> Any:
        def run(image: Any, dpi: float) -> Any:
            t0 = time.process_time()
            out = fn(image, dpi)
            if _page is not None:
                _page["rules_s"] = _page.get("rules_s", 0.0) + time.process_time() - t0
                _page["rules_found"] = out is not None
            return out

        return run

    def marks(fn: Any) -> Any:
        def run(image: Any, words: Any, dpi: float, *rest: Any) -> Any:
            if _page is not None:
                _page["final_dpi"] = dpi
            return fn(image, words, dpi, *rest)

        return run

    def page_reader(kind: str) -> Callable[[Any], Any]:
        def make(fn: Any) -> Any:
            def run(pdf: Any, index: int, *args: Any) -> Any:
                global _page, _phase
                options = args[-1] if kind == "scan" else args[2]
                _page = {"kind": kind, "page": index, "readings": [], "dpi": options.dpi}
                _phase = "first" if kind == "scan" else "picture"
                t0, c0 = time.process_time(), _children()
                try:
                    out = fn(pdf, index, *args)
                finally:
                    rec, _page = _page, None
                rec["cpu"] = time.process_time() - t0 + _children() - c0
                rec["tesseract_cpu"] = _children() - c0
                if kind == "scan":
                    rec["turned"] = out.orientation
                    rec["own_kept"] = rec.get("final_dpi", options.dpi) < options.dpi
                _RECORDS.append(rec)
                return out

            return run

        return make

    modules = [ocr.__dict__]
    for extra in ("tesseract", "pictures"):  # one reading (since session 32) and the pictures (since session 31)
        with contextlib.suppress(ImportError):
            modules.append(importlib.import_module(f"woo_redact.parse.{extra}").__dict__)
    for globs in modules:
        _patch(globs, "_tesseract", tesseract)
        for name in ("_read", "read"):  # (the name before and since session 32)
            _patch(globs, name, read)
        for name in ("_osd_rotation", "osd_rotation"):
            _patch(globs, name, osd)
        _patch(globs, "_unruled_reading", unruled)
        _patch(globs, "without_rules", rules)
        _patch(globs, "scan_marks", marks)
    import woo_redact.parse as parse

    _patch(parse.__dict__, "ocr_page", page_reader("scan"))
    _patch(parse.__dict__, "read_pictures", page_reader("pictures"))


_RECORDS: list[Record] = []


def measure(paths: list[Path], dpi: int) -> list[Record]:
    """Parse every PDF under ``paths``; one record per document with its pages' records."""
    from woo_redact.errors import DocumentError
    from woo_redact.parse import parse_pdf
    from woo_redact.parse.ocr import OcrOptions

    instrument()
    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.rglob("*.pdf")))
    docs = []
    for f in files:
        del _RECORDS[:]
        t0 = time.perf_counter()
        error = ""
        n_pages = 0
        try:
            n_pages = len(parse_pdf(f.read_bytes(), f.name, OcrOptions(dpi=dpi)).pages)
        except DocumentError as exc:
            error = str(exc)[:200]
        docs.append(
            {"file": str(f), "pages": n_pages, "error": error, "wall": time.perf_counter() - t0, "ocr": list(_RECORDS)}
        )
        print(f"{f.name}: {n_pages} pages, {len(_RECORDS)} read by OCR, {error[:60]}", file=sys.stderr, flush=True)
    return docs


def table(docs: list[Record]) -> dict[str, Any]:
    """The figures of one measurement: pages, CPU per page, readings per page, extra readings run and kept."""
    scans = [p for d in docs for p in d["ocr"] if p["kind"] == "scan"]
    pics = [p for d in docs for p in d["ocr"] if p["kind"] == "pictures"]
    roles: dict[str, int] = {}
    for p in scans + pics:
        for r in p["readings"]:
            roles[r["role"]] = roles.get(r["role"], 0) + 1
    role_cpu: dict[str, float] = {}
    for p in scans + pics:
        for r in p["readings"]:
            role_cpu[r["role"]] = role_cpu.get(r["role"], 0.0) + r["cpu"]
    return {
        "documents": len(docs),
        "pages": sum(d["pages"] for d in docs),
        "scan_pages": len(scans),
        "scan_cpu": sum(p["cpu"] for p in scans),
        "picture_pages": sum(1 for p in pics if p["readings"]),
        "picture_cpu": sum(p["cpu"] for p in pics),
        "readings": roles,
        "reading_cpu": {k: round(v, 1) for k, v in role_cpu.items()},
        "own_kept": sum(bool(p.get("own_kept")) for p in scans),
        "unruled_kept": sum(bool(p.get("unruled_kept")) for p in scans),
        "upright_kept": sum(bool(p.get("turned")) for p in scans),
        "rules_s": round(sum(p.get("rules_s", 0.0) for p in scans), 2),
        "errors": sum(bool(d["error"]) for d in docs),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("inputs", type=Path, nargs="*")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--table", nargs="+", type=Path, metavar="OUT.json")
    args = ap.parse_args()
    if args.table:
        for path in args.table:
            t = table(json.loads(path.read_text(encoding="utf-8")))
            s, pp = t["scan_pages"], t["picture_pages"]
            print(
                f"{path.name}: {t['documents']} docs, {t['pages']} pages; scans {s} pages "
                f"{t['scan_cpu'] / max(s, 1):.2f} CPU s/page; pictures {pp} pages {t['picture_cpu']:.1f} CPU s "
                f"({t['picture_cpu'] / max(t['pages'], 1):.3f} s per page of the set)"
            )
            print(f"  readings {t['readings']}  CPU s by reading {t['reading_cpu']}")
            print(
                f"  kept: own resolution {t['own_kept']}, without rules {t['unruled_kept']}, turned "
                f"{t['upright_kept']}; rules sought {t['rules_s']} s; errors {t['errors']}"
            )
        return 0
    if args.out is None or not args.inputs:
        ap.error("OUT.json and at least one PDF or folder are required")
    docs = measure(args.inputs, args.dpi)
    args.out.write_text(json.dumps(docs, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
