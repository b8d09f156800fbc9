"""Phase 1's results waiting for phase 2 (woo_redact.phase1): held in memory within a budget of pages
when phase 2 runs in the same process, written to disk beyond it or otherwise; the same outputs either way."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest

from woo_redact import phase1
from woo_redact.batch import remove_phase1
from woo_redact.batch_jobs import Job, cache_path, finish_job, scan_job
from woo_redact.batch_worker import WorkerInit
from woo_redact.layout import Layout


def _scanned(pages: int) -> phase1.Scanned:
    from woo_redact.parse.text import document_from_text

    doc = document_from_text("\n\f".join(f"pagina {i}" for i in range(pages)), "x")
    return ("sha", doc, (), (), ())


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
    from woo_redact.detect.context import _not_a_person, not_a_person, organisation_spans

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
