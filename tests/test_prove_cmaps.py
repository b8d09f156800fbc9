"""The plain ToUnicode CMaps read without pdfminer's parser (prove.cmaps, throughput round 22) give
the map pdfminer gives: on the CMaps of the samples and some blind sets, and on CMaps mutated at
random (where the fast reader does not answer, pdfminer reads; where it answers, the answer is
pdfminer's, a failure included)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pikepdf
import pytest
from pdfminer.cmapdb import CMapParser, FileUnicodeMap

from woo_redact.prove import fonts
from woo_redact.prove.cmaps import plain_map

ROOT = Path(__file__).resolve().parent.parent

WORD_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo
<</Registry (Adobe)
/Ordering (UCS)
/Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
7 beginbfchar
<0003> <0020>
<0011> <00A0>
<00A0> <0020>
<0024> <0041>
<0044> <0061>
<00B1> <FB01>
<0003> <00A0>
endbfchar
3 beginbfrange
<0010> <0014> <0030>
<0050> <0052> [<0062> <0063> <D835DC00>]
<00FE> <0101> <00FE>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def _pdfminer(data: bytes) -> dict[int, str]:
    """What the proof read before round 22: pdfminer's parser, {} when it fails."""
    cmap = FileUnicodeMap()
    try:
        CMapParser(cmap, io.BytesIO(data)).run()
    except Exception:  # noqa: BLE001 - as fonts._parse_to_unicode
        return {}
    return {int(k): str(v) for k, v in cmap.cid2unichr.items()}


def _fast(data: bytes) -> dict[int, str] | None:
    try:
        return plain_map(data)
    except ValueError:
        return {}


def test_a_word_cmap_is_read_as_pdfminer_reads_it() -> None:
    fast = _fast(WORD_CMAP)
    assert fast is not None and fast == _pdfminer(WORD_CMAP)
    assert fast[0x03] == " "  # a no-break space is never put over a space
    assert fast[0x52] == "\U0001d400" and fast[0x0100] == "\u0100"


@pytest.mark.parametrize(
    ("edit", "answers"),
    [
        ((b"<00FE> <0101> <00FE>", b"<00FE> <0101> <FFFE>"), True),  # counts up and wraps in two bytes
        ((b"<00FE> <0101> <00FE>", b"<00FE> <0101> <FFFFFFFE>"), True),  # past four bytes: pdfminer fails
        ((b"<0010> <0014> <0030>", b"<0010> <14> <0030>"), True),  # first and last of other lengths: skipped
        ((b"<0024> <0041>", b"<0024> <041>"), False),  # an odd hex string
        ((b"<0024> <0041>", b"<0024> <0041> % a comment"), False),
        ((b"/CMapType 2 def", b"/CMapType def"), False),  # def short of an operand: pdfminer fails
        ((b"/Supplement 0\n>>", b"/Supplement\n>>"), False),  # an odd dictionary: pdfminer fails
        ((b"/Registry (Adobe)", b"/Registry (Ado(be)"), False),  # a string left open over the sections
        ((b"1 begincodespacerange", b"[ 1 begincodespacerange"), False),
        ((b"3 beginbfrange", b"endcmap 3 beginbfrange"), False),  # sections after endcmap are not read
        ((b"7 beginbfchar", b"/Adobe-Japan1 usecmap 7 beginbfchar"), False),
        ((b"<0024> <0041>", b"<0024> <0041> <0025>"), True),  # an odd one out is dropped
        ((b"endcmap", b"endcmap /X def 7"), True),
        ((b"7 beginbfchar\n", b"7 beginbfchar"), False),
        ((b"<0010> <0014> <0030>", b"<0000> <00FF> <0000>"), True),  # an identity range over a space's code
        ((b"<0010> <0014> <0030>", b"<0000> <00FF> <D7F0>"), True),  # into the surrogates: dropped
        ((b"<0010> <0014> <0030>", b"<0000> <0FFF> <D700>"), True),  # over them
        ((b"<0010> <0014> <0030>", b"<0000> <00FF> <FFF0>"), True),  # wrapping in two bytes
        ((b"<0010> <0014> <0030>", b"<0000> <00FF> <0000007F>"), True),  # four bytes
        ((b"<0010> <0014> <0030>", b"<0014> <0010> <0030>"), True),  # last before first: nothing
        # a keyword that a delimiter ends: left to pdfminer
    ],
)
def test_edited_cmaps(edit: tuple[bytes, bytes], answers: bool) -> None:
    data = WORD_CMAP.replace(*edit)
    assert data != WORD_CMAP
    fast = _fast(data)
    assert (fast is not None) == answers
    if fast is not None:
        assert fast == _pdfminer(data)


_PIECES = (
    b" \n \r\n < > << >> [ ] { } ( ) % \\ /N / 1 -2 3.5 def begin end endcmap begincmap beginbfchar endbfchar"
    b" beginbfrange endbfrange begincodespacerange endcodespacerange <00> <0041> <041> <> <FFFFFFFF> <D800>"
    b" <00A0> <0020> [<0041> true x#20 usecmap"
).split(b" ") + [b" ", b"\n", b"\r\n", b"[<0041> <0042>]"]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data) + 1)
        how = rng.random()
        if how < 0.5:
            data = data[:at] + rng.choice(_PIECES) + data[at:]
        elif how < 0.8:
            data = data[:at] + data[at + rng.randint(1, 8) :]
        else:
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
    return data


def test_mutated_cmaps_are_read_as_pdfminer_reads_them() -> None:
    rng = random.Random(22)
    answered = 0
    for _ in range(2000):
        data = _mutate(rng, WORD_CMAP)
        fast = _fast(data)
        if fast is not None:
            answered += 1
            assert fast == _pdfminer(data), data
    assert answered > 200  # (the fast reader is tried, not only passed over)


def _cmaps(folders: list[Path]) -> dict[bytes, None]:
    found: dict[bytes, None] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.pdf")):
            with pikepdf.open(path) as pdf:
                for obj in pdf.objects:
                    if isinstance(obj, pikepdf.Dictionary) and "/ToUnicode" in obj.keys():  # noqa: SIM118
                        stream = obj.get("/ToUnicode")
                        if isinstance(stream, pikepdf.Stream):
                            found[stream.read_bytes()] = None
    return found


def test_the_corpus_cmaps_are_read_as_pdfminer_reads_them() -> None:
    folders = [ROOT / "samples" / "notes"] + sorted((ROOT / "eval" / "blind").glob("mixed3*/docs"))
    cmaps = _cmaps([f for f in folders if f.is_dir()])
    if not cmaps:
        pytest.skip("no CMaps in the samples and blind sets")
    for data in cmaps:
        fast = _fast(data)
        if fast is not None:
            assert fast == _pdfminer(data)
        assert fonts._parse_to_unicode(data) == _pdfminer(data)
