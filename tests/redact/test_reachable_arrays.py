"""``reachable`` passes over long arrays of numbers without looking at each number (round 29): the same
dictionaries and streams, in the same order, as looking at every element, on random object graphs whose
arrays mix numbers with what may hold one (dictionaries, references, strings and names that look like
numbers, nested arrays, null, booleans) and on the samples."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, Stream

from woo_redact.redact.sanitize.match import is_dict, key_of, reachable

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "notes"


def _every_element(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """``reachable`` as it was: every array's elements looked at."""
    seen: set[tuple[int, int]] = set()
    stack: list[pikepdf.Object] = [pdf.trailer]
    while stack:
        obj = stack.pop()
        key = key_of(obj)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        if isinstance(obj, Array):
            stack.extend(o for o in obj if isinstance(o, (Array, Dictionary, Stream)))
        elif is_dict(obj):
            yield obj
            stack.extend(v for v in obj.values() if isinstance(v, (Array, Dictionary, Stream)))


def _number(rng: random.Random) -> object:
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randint(-(10**6), 10**6)
    if kind == 1:
        return Decimal(f"{rng.uniform(-1000, 1000):.{rng.randrange(0, 6)}f}")
    if kind == 2:
        return rng.randint(0, 9)
    return Decimal(f"1e{rng.randrange(-3, 4)}")  # (qpdf writes it in decimal)


def _value(pdf: pikepdf.Pdf, rng: random.Random, depth: int) -> object:
    kind = rng.randrange(12)
    if kind < 6 or depth > 3:
        return _number(rng)
    if kind == 6:
        return _array(pdf, rng, depth + 1)
    if kind == 7:
        return Dictionary({"/N": _number(rng), "/K": _array(pdf, rng, depth + 1)})
    if kind == 8:
        ref = pdf.make_indirect(Dictionary({"/Ref": rng.randint(0, 99)}))
        return ref
    if kind == 9:
        return pikepdf.String(str(rng.randint(0, 999)))  # "(123)": text that looks like a number
    if kind == 10:
        return Name(f"/R{rng.randint(0, 9)}")
    return rng.choice([None, True, False])


def _array(pdf: pikepdf.Pdf, rng: random.Random, depth: int = 0) -> Array:
    n = rng.choice([0, 1, 4, 7, 8, 9, 20, 120])
    numbers_only = rng.random() < 0.5
    items = [_number(rng) if numbers_only or depth > 3 else _value(pdf, rng, depth) for _ in range(n)]
    if numbers_only and n and rng.random() < 0.3:  # one thing that is no number among many numbers
        items[rng.randrange(n)] = _value(pdf, rng, depth)
    if numbers_only and n and rng.random() < 0.3:
        items[rng.randrange(n)] = Array([_number(rng) for _ in range(rng.randrange(1, 5))])
    return Array(items)


def _graph(seed: int) -> pikepdf.Pdf:
    rng = random.Random(seed)
    pdf = pikepdf.new()
    pdf.add_blank_page()
    holder = Dictionary()
    for k in range(rng.randrange(1, 12)):
        arr = _array(pdf, rng)
        holder[f"/A{k}"] = pdf.make_indirect(arr) if rng.random() < 0.4 else arr
    pdf.Root.Test = pdf.make_indirect(holder)
    return pikepdf.open(io.BytesIO(_saved(pdf)))  # (as a file: the arrays read back as qpdf parses them)


def _saved(pdf: pikepdf.Pdf) -> bytes:
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _same(pdf: pikepdf.Pdf) -> None:
    got = [o.unparse(resolved=True) for o in reachable(pdf)]
    want = [o.unparse(resolved=True) for o in _every_element(pdf)]
    assert got == want


@pytest.mark.parametrize("seed", range(60))
def test_random_graphs(seed: int) -> None:
    with _graph(seed) as pdf:
        _same(pdf)


def test_samples() -> None:
    files = sorted(SAMPLES.glob("*.pdf"))
    assert files
    for path in files:
        with pikepdf.open(path) as pdf:
            _same(pdf)


def test_a_dictionary_among_numbers_is_reached() -> None:
    pdf = pikepdf.new()
    inner = Dictionary({"/JS": pikepdf.String("app.alert(1)")})
    pdf.Root.Widths = pdf.make_indirect(Array([*range(40), inner, *range(40)]))
    pdf.Root.Only = Array(list(range(100)))
    with pikepdf.open(io.BytesIO(_saved(pdf))) as reread:
        assert any("/JS" in o for o in reachable(reread))
        _same(reread)
