"""Phase 1's results waiting for phase 2 (woo_redact.phase1): held in memory within a budget of pages
when phase 2 runs in the same process, written to disk beyond it or otherwise; the same outputs either way."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest

from woo_redact import phase1
from woo_redact.batch import remove_phase1
from woo_redact.batch_jobs import Job, cache_path, finish_job, scan_job
from woo_redact.batch_worker import WorkerInit
from woo_redact.layout import Layout
from woo_redact.model import Word


def _scanned(pages: int) -> phase1.Scanned:
    from woo_redact.parse.text import document_from_text

    doc = document_from_text("\n\f".join(f"pagina {i}" for i in range(pages)), "x")
    return ("sha", doc, (), (), (), None)


def test_held_within_the_budget_written_beyond(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phase1, "MEMORY_PAGES", 3)
    a, b, c = (tmp_path / ".phase1" / f"{n}.pkl" for n in "abc")
    one = _scanned(1)
    phase1.store(a, one, 2, hold=True)
    phase1.store(b, _scanned(1), 2, hold=True)  # 2 + 2 > 3: written
    phase1.store(c, _scanned(1), 1, hold=False)  # phase 2 elsewhere: written
    try:
        assert not a.exists() and b.is_file() and c.is_file()
        assert phase1.held_pages() == 2
        assert phase1.load(a) is one  # the same objects, taken out of memory
        assert phase1.held_pages() == 0 and phase1.load(a) is None
        got = phase1.load(b)
        assert got is not None and got[1] == _scanned(1)[1]
    finally:
        phase1.discard_under(tmp_path / ".phase1")
    phase1.store(a, one, 1, hold=True)
    phase1.discard_under(tmp_path / ".phase1")
    assert phase1.held_pages() == 0


def test_a_damaged_file_is_no_result(tmp_path: Path) -> None:
    path = tmp_path / "x.pkl"
    phase1.store(path, _scanned(1), 1)
    path.write_bytes(path.read_bytes()[:-7])  # cut short
    assert phase1.load(path) is None


def test_phase_2_from_memory_writes_what_it_writes_from_disk(tmp_path: Path, config_file: Path) -> None:
    from pdfgen import make_note

    from woo_redact.config import load_config
    from woo_redact.outputs import run_stamp

    config = load_config(config_file)
    stamp = run_stamp(config)
    src = make_note(tmp_path / "n.pdf", [("Helvetica", "Van: Sanne Kwakernaak-Oudshoorn"), ("Helvetica", "Groet")])
    job = Job(src, PurePosixPath("n.pdf"))
    written = {}
    for hold in (False, True):
        out = tmp_path / f"out-{hold}"
        init = WorkerInit(config, b"k" * 32, str(out), stamp, f"{stamp.config_sha256}:{stamp.detector_sha256}")
        assert scan_job(job, init, hold).names == ("Sanne Kwakernaak-Oudshoorn",)
        assert cache_path(Layout(out), job.rel).is_file() is not hold
        assert phase1.held_pages() == (1 if hold else 0)
        outcome = finish_job(job, init, None)
        assert not outcome.result.error, outcome.result.error
        assert phase1.held_pages() == 0 and not cache_path(Layout(out), job.rel).exists()
        meta = json.loads((out / "work" / "n.findings.json").read_text())
        written[hold] = (meta["findings"], (out / "publish" / "n.pdf").read_bytes())
        remove_phase1(out)
    assert written[True] == written[False]


def test_not_a_person_remembered_as_computed() -> None:
    """The judge's context check is remembered per text and organisations: the same answers as asking anew,
    also when the organisations or the text change between calls."""
    from woo_redact.detect.context import _not_a_person, not_a_person
    from woo_redact.detect.organisation_names import organisation_spans

    text = "Overleg met Jan de Vries van de Gemeente Utrecht in Den Haag; Stukadoorsbedrijf Kocak belt.\n" * 2
    other = text.replace("Jan", "Piet")
    spans = [(12, 24), (33, 52), (56, 64), (66, 88), (80, 85)]
    orgs = organisation_spans(text)
    answers = []
    for t in (text, other, text):
        for organisations in (orgs, (), orgs, [(0, 100)]):
            for s, e in spans:
                for titled in (False, True):
                    got = not_a_person(t, s, e, organisations, titled)
                    assert got == _not_a_person(t, s, e, organisations, titled)
                    answers.append(got)
    assert any(answers) and not all(answers)


@dataclass(frozen=True)
class _Mine(Word):
    """A word of a subclass (pickled whole)."""


def _parsed(path: Path) -> phase1.Scanned:
    from woo_redact.batch_worker import TextMemo
    from woo_redact.detect.form_search import _Span
    from woo_redact.parse import parse_pdf

    memo = TextMemo(
        {"Jan": [_Span(0, 3), _Span(9, 12)], "Piet de Vries": []},
        ((4, 6),),
        {(0, 3): None},
        {(0, 3, False): ("word", "why")},
    )
    return ("sha", parse_pdf(path.read_bytes(), str(path)), (), [("proposal", 1)], ((0, 3),), memo)


def _exactly(a: object, b: object) -> bool:
    """Equal, and of the same types all the way down (1 == 1.0, but an int must stay an int)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_exactly(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    if hasattr(a, "__dict__"):
        return a.__dict__.keys() == b.__dict__.keys() and all(
            _exactly(a.__dict__[k], b.__dict__[k]) for k in a.__dict__
        )
    return bool(a == b)


def test_a_written_result_reads_back_exactly(tmp_path: Path) -> None:
    """The words as columns (phase1._encode): every word, box and character box back with its values and types."""
    root = Path(__file__).resolve().parent.parent
    for pdf in sorted((root / "samples" / "notes").glob("*.pdf"))[:5]:
        scanned = _parsed(pdf)
        assert phase1._columns(scanned[1].words) is not None  # (a parse's words take the columns' way)
        path = tmp_path / f"{pdf.name}.pkl"
        phase1.store(path, scanned, 1)
        back = phase1.load(path)
        assert back is not None and back == scanned
        assert _exactly(back, scanned)


def test_words_of_any_values_read_back_exactly(tmp_path: Path) -> None:
    """Ints stay ints and a NumPy float a NumPy float (as pickle keeps them); a word of a subclass is
    pickled whole."""
    from dataclasses import replace

    import numpy as np

    from woo_redact.model import Box

    scanned = _scanned(2)
    doc = scanned[1]
    w = doc.words[0]
    ints = replace(w, box=Box(0, 1, 2, 3, 4), char_boxes=tuple((k, 2, k + 1, 4) for k in range(len(w.text))))
    numpy = replace(w, size=np.float64(w.size), confidence=np.float32(50.5))
    mine = _Mine(w.text, w.box, w.char_boxes, w.fontname, w.size, w.line, w.start)
    for words in ((ints, *doc.words[1:]), (numpy, *doc.words[1:]), (mine, *doc.words[1:]), ()):
        case = (scanned[0], replace(doc, words=words), (), (), (), None)
        assert (phase1._columns(words) is None) == (bool(words) and words[0] is mine)
        path = tmp_path / "x.pkl"
        phase1.store(path, case, 2)
        back = phase1.load(path)
        assert back is not None and _exactly(back, case)


def test_a_file_of_the_former_format_is_no_result(tmp_path: Path) -> None:
    import pickle
    import zlib

    path = tmp_path / "old.pkl"
    path.write_bytes(zlib.compress(pickle.dumps(_scanned(1)), 1))  # as phase 1 wrote it before the columns
    assert phase1.load(path) is None  # phase 2 then parses the document again


def test_phase_2_detects_from_phase_1s_memo_as_from_scratch(tmp_path: Path) -> None:
    """Phase 2's detection with the batch's names, begun with what phase 1's detection remembers of the text
    (batch_worker.TextMemo, through phase 1's file), finds what a detection from scratch finds."""
    from woo_redact.batch_worker import proposals_known, text_memo, text_memo_known
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.parse import parse_pdf
    from woo_redact.parse.text import document_from_text

    root = Path(__file__).resolve().parent.parent
    detector = Detector(load_config(None, root / "samples" / "public-officials.txt"))
    done = []
    for pdf in sorted((root / "samples" / "notes").glob("*.pdf")):
        doc = parse_pdf(pdf.read_bytes(), str(pdf))
        cands, orgs = detector.engine.candidates(doc), detector.organisations(doc.text)
        with proposals_known(detector, doc, cands, orgs):
            found = detector.detect(doc)
        memo = text_memo(detector, doc, orgs)
        path = tmp_path / f"{pdf.name}.pkl"
        phase1.store(path, ("sha", doc, found, cands, orgs, memo), 1)
        done.append((path, found))
    names = sorted({f.text for _, found in done for f in found if f.entity_type == "PERSON"})
    assert len(names) > 20
    seeded = vessels = domains = 0
    for path, _ in done:
        back = phase1.load(path)
        assert back is not None
        _, doc, _, cands, orgs, memo = back
        seeded += memo is not None and bool(memo.found)
        vessels += memo is not None and memo.vessels is not None
        domains += memo is not None and memo.domains is not None
        with proposals_known(detector, doc, cands, orgs):
            text_memo_known(detector, doc, memo)
            with_memo = detector.detect(doc, names)
        with proposals_known(detector, doc, cands, orgs):
            detector.detect(document_from_text("Overleg met Jan de Vries.", "other"))  # another text: memo forgotten
            scratch = detector.detect(doc, names)
        assert [repr(f) for f in with_memo] == [repr(f) for f in scratch]
    assert seeded >= len(done) // 2
    assert vessels == len(done)  # (each detection sought the vessels' names of its text: phase 2 starts with them)
    assert domains > 0  # (and most the labels of its mail and web hosts)
