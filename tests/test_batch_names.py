"""Phase 2's search for names redacted elsewhere in the batch: the first-word filter changes no result."""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath

from woo_redact.batch import BatchNames, present_names
from woo_redact.detect.propagate import forms_present

NAMES = [
    "Sanne Kwakernaak-Oudshoorn",
    "Jan van der Berg",
    "Pieter Jansen",
    "Fatima el Amrani",
    "ROEL VAN 'T HOF",
    "Dewi Lage",
    "Thijn Mater",
]
TEXTS = [
    "Kwakernaak-Oudshoorn heeft het stuk gelezen.",
    "Overleg met Van der Berg en\nJansen over de planning.",
    "De heer VAN 'T HOF tekende; Dewi stuurde het door.",
    "Niets van dit alles: Berg, Jan, Amrani-straat, mater.",
    "",
]


def test_same_names_as_searching_all(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    body = "".join(f"{n}\n" for n in sorted(NAMES))
    path.write_text(body, encoding="utf-8")
    ref = BatchNames(str(path), hashlib.sha256(body.encode()).hexdigest())
    found_any = False
    for text in TEXTS:
        for own in ((), ("Pieter Jansen",)):
            expected = forms_present(text, sorted(set(NAMES) - set(own)))
            assert present_names(text, own, ref) == expected
            found_any |= bool(expected)
    assert found_any
    assert present_names(TEXTS[0], (), None) == ()


def test_phase_1_proposals_give_the_same_findings() -> None:
    """Phase 2 detects with the batch's names from phase 1's engine proposals (and organisations' spans):
    as if from scratch."""
    from clitools import OFFICIALS, SAMPLES

    from woo_redact.batch import proposals_known
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.parse import parse_pdf

    detector = Detector(load_config(None, OFFICIALS))
    docs = [parse_pdf(p.read_bytes(), str(p)) for p in sorted(SAMPLES.glob("*.pdf"))[:4]]
    names = sorted({f.text for d in docs for f in detector.detect(d) if f.entity_type == "PERSON"})
    assert names
    for doc in docs:
        cands = detector.engine.candidates(doc)
        orgs = detector.organisations(doc.text)
        with proposals_known(detector, doc, cands):
            reused = detector.detect(doc, names)
        with proposals_known(detector, doc, cands, orgs):
            reused_orgs = detector.detect(doc, names)
        assert reused == reused_orgs == detector.detect(doc, names)
    assert "candidates" not in vars(detector.engine)  # the engine's own method again
    assert "organisations" not in vars(detector)


def test_phase_2_redoes_phase_1_when_the_input_changed(tmp_path: Path, config_file: Path) -> None:
    """A phase-1 parse of an earlier version of the input is not used: phase 2 reads the input as it is."""
    import json

    from pdfgen import make_note

    from woo_redact.batch import Job, WorkerInit, cache_path, finish_job, scan_job
    from woo_redact.config import load_config
    from woo_redact.layout import Layout
    from woo_redact.outputs import run_stamp

    config = load_config(config_file)
    stamp = run_stamp(config)
    init = WorkerInit(config, b"k" * 32, str(tmp_path / "out"), stamp, f"{stamp.config_sha256}:{stamp.detector_sha256}")
    src = make_note(tmp_path / "n.pdf", [("Helvetica", "Van: Sanne Kwakernaak-Oudshoorn")])
    job = Job(src, PurePosixPath("n.pdf"))
    assert scan_job(job, init).names == ("Sanne Kwakernaak-Oudshoorn",)
    assert cache_path(Layout(tmp_path / "out"), job.rel).is_file()
    make_note(src, [("Helvetica", "Van: Pieter Jansen, beleidsmedewerker")])  # replaced after phase 1
    outcome = finish_job(job, init, None)
    assert not outcome.result.error, outcome.result.error
    found = json.loads((tmp_path / "out" / "work" / "n.findings.json").read_text())["findings"]
    assert [f["text"] for f in found if f["entity_type"] == "PERSON"] == ["Pieter Jansen"]
    assert not cache_path(Layout(tmp_path / "out"), job.rel).exists()
