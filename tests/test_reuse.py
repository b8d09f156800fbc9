"""What a run remembers between documents changes no result (throughput round 14): the engine's proposals for
the document properties' and hidden channels' texts, the appended motivation page, a document's audit records
written together."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from woo_redact import channel_findings
from woo_redact.audit.log import AuditLog
from woo_redact.batch_worker import proposals_known
from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.disclose import write
from woo_redact.parse.text import document_from_text

TEXTS = [
    "anonymous\nuntitled\nunspecified",
    "jdevries\nNota aan mevrouw Sanne Kwakernaak over het besluit",
    "Gesprek met Esther Zijlstra\nParafenroute\nmailto:esther.zijlstra@example.nl",
]


def _key(findings: tuple[object, ...]) -> list[str]:
    return [repr(f) for f in findings]


def test_texts_detected_again_give_the_same_findings() -> None:
    """A text detected again (its proposals remembered), with other batch names and inside phase 2's block for
    another document, gives what detecting it from scratch gives."""
    detector = Detector(load_config())
    page = document_from_text("Overleg met Pieter Jansen over de planning.", "page")
    for batch in [(), ("Sanne Kwakernaak",), ("Esther Zijlstra", "Pieter Jansen")]:
        for text in TEXTS:
            want = detector.detect(document_from_text(text, "x (document properties)"), batch)
            assert _key(channel_findings.detect_text(detector, text, "x (document properties)", batch)) == _key(want)
            cands, orgs = detector.engine.candidates(page), detector.organisations(page.text)
            with proposals_known(detector, page, cands, orgs):
                got = channel_findings.detect_text(detector, text, "x (document properties)", batch)
                assert _key(detector.detect(page, batch)) == _key(detector.detect(page, batch))
            assert _key(got) == _key(want)
    assert "candidates" not in detector.engine.__dict__ and "organisations" not in detector.__dict__


def test_nested_proposals_restore_the_enclosing_ones() -> None:
    detector = Detector(load_config())
    outer, inner = document_from_text("Jan de Vries", "a"), document_from_text("Piet Klaassen", "b")
    with proposals_known(detector, outer, [], []):
        with proposals_known(detector, inner, [], []):
            assert detector.engine.candidates(inner) == [] and detector.engine.candidates(outer) == []
        assert detector.engine.candidates(outer) == []
        assert detector.engine.candidates(inner)  # proposed for again
    assert "candidates" not in detector.engine.__dict__


def test_the_motivation_page_made_once_is_the_same() -> None:
    first = write._motivation_pages(595.28, 841.89, "Kop", "Motivering", "Artikel 5.1, tweede lid, onder e.")
    again = write._motivation_pages(595.28, 841.89, "Kop", "Motivering", "Artikel 5.1, tweede lid, onder e.")
    assert again is first
    write._PAGES.clear()
    fresh = write._motivation_pages(595.28, 841.89, "Kop", "Motivering", "Artikel 5.1, tweede lid, onder e.")
    with pikepdf.open(io.BytesIO(first)) as a, pikepdf.open(io.BytesIO(fresh)) as b:
        assert [p.Contents.read_bytes() for p in a.pages] == [p.Contents.read_bytes() for p in b.pages]


def test_records_written_together_are_the_lines_written_one_by_one(tmp_path: Path) -> None:
    records = [{"type": "document", "n": 1}, {"type": "redaction", "text": "é"}, {"type": "redaction", "n": 3}]
    one, together = AuditLog(tmp_path / "one.jsonl", b"k"), AuditLog(tmp_path / "all.jsonl", b"k")
    one.append({"type": "run"})
    together.append({"type": "run"})
    for record in records:
        one.append(record)
    together.append_all(records)
    together.append_all([])
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "all.jsonl").read_bytes()
    assert (one.prev, one.appended) == (together.prev, together.appended)
