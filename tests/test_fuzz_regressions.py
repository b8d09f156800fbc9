"""What the fault campaign (``make fuzz``, scripts/fuzz.py) found, kept as fast regression tests.

Each input is a hand-built case of ``tests/fuzzgen.py``. Before the fixes these
ended in an internal error ("please report this document"), a bug message for
what is a damaged file, or a hang; now each is withheld with the reason a user can
act on, and the rest of the batch is written.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import fuzzgen
import pytest
from clitools import run_cli

from woo_redact.errors import DocumentTimeout, ExitCode
from woo_redact.limits import within

CASES = Path(__file__).parent / "fuzz_cases"

# fuzzgen case -> (what the campaign saw before the fix, what the reason says now)
DAMAGED = {
    "Count says a million pages": ("PdfiumError: Failed to load page", "/Count 1000000 for 1 page"),
    "Count is negative": ("QpdfRuntimeError: /Count is wrong after flattening pages tree", "/Count -3 for 1 page"),
    "Kids holds null, a number, a font and a missing object": ("PdfiumError: Failed to load page", "page tree"),
    "Kids is empty": ("PDFium: Success", "it has no pages"),
    "MediaBox [0 0 0 0]": ("reportlab LayoutError", "no valid page size"),
    "MediaBox [0 0 1 100000]": ("reportlab LayoutError", "no valid page size"),
    "/Rotate 1e20": ("TypeError: Object is not numeric", "invalid rotation"),
    "/CropBox [10000 10000 20000 20000]": ("ValueError: Crop exceeds page dimensions", "CropBox"),
    "Predictor 12 with 1e9 Columns": ("9 GB and a minute in pdfminer's predictor", "/Columns 1000000000"),
}


def test_damaged_structures_are_withheld_with_their_reason(tmp_path: Path, config_file: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    names = {}
    for i, detail in enumerate(DAMAGED):
        names[f"case{i}.pdf"] = detail
        (src / f"case{i}.pdf").write_bytes(fuzzgen.structure(detail))
    (src / "ok.pdf").write_bytes(fuzzgen.note())
    # a small but valid page: the appended motivation page used its size and could not lay out its text
    small = fuzzgen.note_objects()
    small[3] = small[3].replace(b"[0 0 595 842]", b"[0 0 200 200]")  # type: ignore[union-attr]
    small[5] = (b"", b"BT /F1 8 Tf 10 150 Td (Mevrouw Sanne Visser belt terug.) Tj ET")
    (src / "small.pdf").write_bytes(fuzzgen.build(small))
    # an operator of bytes that are not UTF-8 (a mutated stream): the remover and the proof called str() on it
    (src / "garbage-op.pdf").write_bytes(fuzzgen.structure("an operator of non-UTF-8 bytes"))
    # a 28 MB form drawn 50 times: PDFium took more than 12 GB loading the page (and aborted under a memory limit)
    (src / "form-bomb.pdf").write_bytes(fuzzgen.form_bomb())
    # a /Dests name tree whose Kids loop: the walk over it never ended (and grew without bound)
    (src / "name-tree-loop.pdf").write_bytes(fuzzgen.name_tree_loop())
    # two mutated samples (tests/fuzz_cases/README.md): a key of non-UTF-8 bytes, a file qpdf cannot write back
    for name in ("key-not-utf8.pdf", "cannot-save.pdf"):
        (src / name).write_bytes((CASES / name).read_bytes())
    out = tmp_path / "out"
    r = run_cli("run", src, "--out", out, "--config", config_file)
    assert r.code == ExitCode.DOCUMENTS_FAILED
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    by_name = {line["output"]: line for line in r.lines}
    for name, detail in names.items():
        line = by_name[name]
        assert line["status"] == "failed", detail
        assert "damaged" in line["error"] and DAMAGED[detail][1] in line["error"], (detail, line["error"])
        assert "BytesIO" not in line["error"]  # qpdf's name for the in-memory file is no use to anyone
        assert not (out / "publish" / name).exists()
    assert (
        "damaged" in by_name["cannot-save.pdf"]["error"] and "cannot be written" in by_name["cannot-save.pdf"]["error"]
    )
    assert not (out / "publish" / "cannot-save.pdf").exists()
    for name in ("ok.pdf", "small.pdf", "garbage-op.pdf", "key-not-utf8.pdf", "name-tree-loop.pdf"):
        assert by_name[name]["status"] == "written" and by_name[name]["redactions"] >= 1, by_name[name]
    assert run_cli("audit", "verify", out / "audit.jsonl").code == ExitCode.OK


def test_a_document_that_stalls_the_readers_is_withheld_quickly(tmp_path: Path) -> None:
    # a ToUnicode range over 2^32 codes: pdfminer (one of the proof's readers) walked every code, for hours;
    # the proof now refuses such a map before pdfminer reads it (the time limit stays the backstop)
    src = tmp_path / "in"
    src.mkdir()
    (src / "stall.pdf").write_bytes(fuzzgen.structure("a ToUnicode bfrange over 2^32 codes"))
    config = tmp_path / "config.yaml"
    config.write_text(f"audit:\n  key_file: {tmp_path / 'key'}\nredaction:\n  document_timeout_s: 3\n")
    t0 = time.monotonic()
    r = run_cli("run", src, "--out", tmp_path / "out", "--config", config)
    assert time.monotonic() - t0 < 120
    assert r.code == ExitCode.DOCUMENTS_FAILED and "Traceback" not in r.stderr
    (line,) = r.lines
    assert line["status"] == "failed" and "implausible range of codes" in line["error"]
    assert not (tmp_path / "out" / "publish" / "stall.pdf").exists()


def test_the_time_limit_is_not_swallowed_by_a_broad_except() -> None:
    def stubborn() -> None:  # like a reader that takes any error for an unreadable font and goes on
        while True:
            try:
                while True:
                    pass
            except Exception:  # noqa: BLE001
                continue

    t0 = time.monotonic()
    with pytest.raises(DocumentTimeout, match="too slow"):
        within(0.5, stubborn, "too slow")
    assert time.monotonic() - t0 < 10
    assert within(5, lambda: 42, "unused") == 42  # and a quick call just returns
    time.sleep(1.2)  # the alarm is off afterwards: nothing fires here


def test_the_time_limit_is_not_raised_inside_a_finalizer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bounded campaign again: under load the alarm came while regex ran a ``__del__``; Python ignored
    it there and printed "Exception ignored ..." on stderr, which the campaign counts as a problem."""
    ignored: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)

    class Slow:
        def __del__(self) -> None:
            end = time.monotonic() + 0.4
            while time.monotonic() < end:
                pass

    def work() -> None:
        Slow()  # finalized at once; the alarm (0.1 s) comes while its __del__ runs
        while True:
            time.sleep(0.01)

    with pytest.raises(DocumentTimeout, match="too slow"):
        within(0.1, work, "too slow")
    assert ignored == []


def test_the_time_limit_is_not_taken_for_a_library_error() -> None:
    """The bounded campaign (tests/test_fuzz_bounded.py): the 10,000-page case ran out of time while PDFium was
    called through ctypes, which wrapped the alarm in its ArgumentError: an internal error, not a timeout."""
    import ctypes

    class Stalling:  # converting the argument runs Python code, as pypdfium2's arguments do
        @classmethod
        def from_param(cls, obj: object) -> int:
            while True:
                pass

    absolute = ctypes.CDLL(None).abs
    absolute.argtypes = [Stalling]
    with pytest.raises(DocumentTimeout, match="too slow"):
        within(0.5, lambda: absolute(1), "too slow")


def test_a_tounicode_cmap_with_an_absurd_range_is_unreadable_not_gigabytes() -> None:
    """The fuzz campaign on the merged main: a ToUnicode range of 2^32 codes made the proof's pdfminer
    build a dict of billions of entries (23 GB, then MemoryError for the rest of the run)."""
    import time

    import pikepdf
    import pytest

    from woo_redact.prove.fonts import _mapped_codes, _read_to_unicode
    from woo_redact.prove.text import Unreadable

    normal = b"2 beginbfrange\n<0000> <00FF> <0041>\n<F000> <F0FF> [<0041> <0042>]\nendbfrange"
    assert _mapped_codes(normal) == 512  # destinations are not taken for the next range's start
    pdf = pikepdf.new()
    hostile = pdf.make_stream(b"1 beginbfrange\n<00000000> <FFFFFFFF> <0041>\nendbfrange")
    t0 = time.perf_counter()
    with pytest.raises(Unreadable, match="implausible range"):
        _read_to_unicode(hostile)
    assert time.perf_counter() - t0 < 5
    simple = pdf.make_stream(b"1 beginbfrange\n<0041> <0042> <0061>\nendbfrange")
    assert _read_to_unicode(simple) == {0x41: "a", 0x42: "b"}
