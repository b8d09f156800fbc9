"""The proof's channels pass over long arrays of numbers without looking at each number (round 29): the same
streams, strings and file text as looking at every element (``LONG_ARRAY`` out of reach), on random object
graphs whose arrays mix numbers with strings and names that look like numbers, dictionaries, references,
nested arrays, null and booleans, and on the samples."""

from __future__ import annotations

import io
import random
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name

from woo_redact.prove import channels, content
from woo_redact.prove.channels import Channels, open_pdf, read_channels

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "notes"


def _number(rng: random.Random) -> object:
    kind = rng.randrange(3)
    if kind == 0:
        return rng.randint(-(10**6), 10**6)
    if kind == 1:
        return Decimal(f"{rng.uniform(-1000, 1000):.{rng.randrange(0, 6)}f}")
    return Decimal(f"1e{rng.randrange(-3, 4)}")


def _value(pdf: pikepdf.Pdf, rng: random.Random, depth: int) -> object:
    kind = rng.randrange(11)
    if kind < 5 or depth > 3:
        return _number(rng)
    if kind == 5:
        return _array(pdf, rng, depth + 1)
    if kind == 6:
        return Dictionary({"/T": pikepdf.String(f"Jan Jansen {rng.randint(0, 9)}"), "/K": _array(pdf, rng, depth + 1)})
    if kind == 7:
        return pdf.make_indirect(Dictionary({"/Author": pikepdf.String("Piet de Vries")}))
    if kind == 8:
        return pikepdf.String(rng.choice(["123", "Jansen", "5.1.2e", "\u00e9t\u00e9"]))
    if kind == 9:
        return Name(rng.choice(["/Jansen", "/R1", "/DeviceRGB"]))
    return rng.choice([None, True, False])


def _array(pdf: pikepdf.Pdf, rng: random.Random, depth: int = 0) -> Array:
    n = rng.choice([0, 1, 4, 7, 8, 9, 30, 120])
    numbers_only = rng.random() < 0.5
    items = [_number(rng) if numbers_only or depth > 3 else _value(pdf, rng, depth) for _ in range(n)]
    if numbers_only and n and rng.random() < 0.3:  # one thing that is no number among many numbers
        items[rng.randrange(n)] = _value(pdf, rng, depth)
    if numbers_only and n and rng.random() < 0.3:
        items[rng.randrange(n)] = Array([_number(rng) for _ in range(rng.randrange(1, 5))])
    return Array(items)


def _file(seed: int) -> bytes:
    rng = random.Random(seed)
    pdf = pikepdf.new()
    pdf.add_blank_page()
    holder = Dictionary()
    for k in range(rng.randrange(1, 12)):
        arr = _array(pdf, rng)
        holder[f"/A{k}"] = pdf.make_indirect(arr) if rng.random() < 0.4 else arr
    pdf.Root.Test = pdf.make_indirect(holder)
    pdf.pages[0].obj.Annots = Array([Dictionary({"/Subtype": Name.Text, "/Rect": _array(pdf, rng)})])
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _both(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Channels, Channels]:
    with open_pdf(data) as pdf:
        now = read_channels(pdf, data)
    with monkeypatch.context() as m:  # every element looked at, as before
        m.setattr(content, "LONG_ARRAY", 10**9)
        m.setattr(channels, "LONG_ARRAY", 10**9)
        with open_pdf(data) as pdf:
            before = read_channels(pdf, data)
    return now, before


@pytest.mark.parametrize("seed", range(60))
def test_random_graphs(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    now, before = _both(_file(seed), monkeypatch)
    assert now == before


def test_samples(monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(SAMPLES.glob("*.pdf"))
    assert files
    for path in files:
        now, before = _both(path.read_bytes(), monkeypatch)
        assert now == before


def test_a_string_among_numbers_is_read() -> None:
    pdf = pikepdf.new()
    pdf.Root.Widths = pdf.make_indirect(Array([*range(40), pikepdf.String("Jan Jansen"), *range(40)]))
    pdf.Root.Only = Array(list(range(100)))
    buf = io.BytesIO()
    pdf.save(buf)
    data = buf.getvalue()
    with open_pdf(data) as reread:
        assert any(text == "jan jansen" for _, text in read_channels(reread, data).strings)
    assert content.numbers_only(Array(list(range(100))))
    assert not content.numbers_only(Array([*range(40), Name("/R")]))
