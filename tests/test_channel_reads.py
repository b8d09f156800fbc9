"""The hidden channels' texts and the document properties are read from one opening of the file, kept for the
last input: the same texts as reading each alone, and a failure of one reading leaves the other as it was."""

from __future__ import annotations

import io

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from woo_redact.parse import channels


def _pdf(outline: str, author: str | None, title: str = "") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 700, "Overleg over de begroting met de directie.")
    c.linkURL("mailto:sanne.kartosen@minbzk.nl", (72, 690, 200, 705))
    c.bookmarkPage("p1")
    c.addOutlineEntry(outline, "p1")
    if author is not None:
        c.setAuthor(author)
        c.setTitle(title)
    c.save()
    return buf.getvalue()


def _alone(data: bytes) -> tuple[str, tuple[str, str]]:
    """Each reading from an opening of its own (what the two functions did before)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        kept = channels._kept(pdf)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        props = channels._properties(pdf)
    return kept, props


def _opens(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    opened: list[int] = []
    real = pikepdf.open

    def counting(*args: object, **kwargs: object) -> pikepdf.Pdf:
        opened.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(channels.pikepdf, "open", counting)
    return opened


def test_both_readings_from_one_opening_answer_as_each_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [
        _pdf("Gesprek met Jan Kartosen", "Esther Zijlstra", "Notitie over Kartosen"),
        _pdf("Aantekeningen Hesselink", None),
        _pdf("Gesprek met Jan Kartosen", "anonymous", "untitled"),
    ]
    expected = [_alone(d) for d in docs]
    assert expected[0][1] == ("Esther Zijlstra", "Esther Zijlstra\nNotitie over Kartosen\nunspecified")
    assert "Aantekeningen Hesselink" in expected[1][0]
    opened = _opens(monkeypatch)
    # each document asked for twice in either order, then the first again (a copy of its bytes: an equal input)
    for k, data in [*enumerate(docs), (0, bytes(bytearray(docs[0])))]:
        before = len(opened)
        first = channels.document_properties(data) if k % 2 else channels.kept_channel_text(data)
        assert first == expected[k][k % 2]
        assert channels.kept_channel_text(data) == expected[k][0]
        assert channels.document_properties(data) == expected[k][1]
        assert channels.kept_channel_text(data) == expected[k][0]
        assert len(opened) - before == 1  # one opening for all four asks


def test_a_reading_that_fails_leaves_the_other_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _pdf("Gesprek met Jan Kartosen", "Esther Zijlstra")
    kept, _ = _alone(data)

    def broken(pdf: pikepdf.Pdf) -> tuple[str, str]:
        raise ValueError("a damaged information dictionary")

    monkeypatch.setattr(channels, "_properties", broken)
    channels._LAST.read = None
    assert channels.kept_channel_text(data) == kept
    with pytest.raises(ValueError, match="damaged"):
        channels.document_properties(data)
    assert channels.kept_channel_text(data) == kept
    # nothing kept of a reading that failed: a later ask reads the file again
    monkeypatch.undo()
    assert channels.document_properties(data) == ("Esther Zijlstra", "Esther Zijlstra\nunspecified")
