"""A ToUnicode CMap of the plain kind read without pdfminer's parser, to the same map.

pdfminer's CMap parser (a PostScript stack machine in Python) was about a tenth of the proof of a
Word document: every subset font of the original and the output has its CMap, and the proof reads
each once. Nearly every producer writes the same plain shape: a header of names, numbers, a
dictionary and a code space, then ``beginbfchar`` / ``beginbfrange`` sections of hex strings
(and arrays of them), then ``endcmap`` and a trailer. :func:`plain_map` reads exactly that shape
with regular expressions and applies pdfminer's own rules to it (``CMapParser.do_keyword``,
``FileUnicodeMap.add_cid2unichr``); anything else (comments, escapes, ``usecmap``, CID sections,
odd or empty hex strings, a token it does not know) gives None, and the caller asks pdfminer.
``tests/test_prove_cmaps.py`` compares the two on every CMap of the test corpus and on mutated ones.
"""

from __future__ import annotations

import binascii
import functools
import re

__all__ = ["plain_map"]

# a bf section: the keyword standing alone, a body of hex strings and arrays of them, its end keyword
_SECTION = re.compile(
    rb"(?<![^\s])begin(bfchar|bfrange)(?=\s)"
    rb"((?:\s*(?:<[0-9A-Fa-f]*>|\[(?:\s*<[0-9A-Fa-f]*>)*\s*\]))*)"
    rb"\s*end\1(?![^\s])"
)
_BODY_TOKEN = re.compile(rb"<([0-9A-Fa-f]*)>|\[|\]")
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
# the tokens of the text around the sections: each ends where pdfminer's ends (no string or hex
# string left open to swallow a section's keyword; an escape, a nested string, a comment is none of these)
_DELIMITED = rb"(?![^\s/<>\[\]()%{}])"
_TOKEN = re.compile(
    rb"(\s+)|(/[^\s/<>\[\]()%{}]*)|([+-]?\d+(?:\.\d*)?" + _DELIMITED + rb")|(\([^()\\]*\))|(<<)|(>>)"
    rb"|(<[0-9A-Fa-f\s]*>)|([\[{])|([\]}])|([A-Za-z]+" + _DELIMITED + rb")"
)
_CODE_SPACE = (b"begincodespacerange", b"endcodespacerange")  # (pdfminer empties its stack at each)
# what would make pdfminer read the file otherwise than the sections found: other sections, a base
# CMap, comments and escapes (anywhere), the section keywords outside a section found
_OTHERWISE = (b"%", b"\\", b"usecmap", b"cidrange", b"cidchar", b"notdef", b"bfchar", b"bfrange")


def plain_map(data: bytes) -> dict[int, str] | None:
    """The code-to-text map pdfminer makes of the CMap ``data``, when ``data`` is of the plain kind; else None.

    Raises ValueError where pdfminer's parser raises (a range past four bytes of destination), which
    the caller treats as it treats pdfminer's failure.
    """
    if b"%" in data or b"\\" in data:
        return None
    sections = list(_SECTION.finditer(data))
    if not sections:
        return None
    parts = [data[: sections[0].start()]]
    parts += [data[a.end() : b.start()] for a, b in zip(sections, sections[1:], strict=False)]
    tail = data[sections[-1].end() :]
    # (after endcmap pdfminer reads no keyword: every section must come before it)
    if any(b"endcmap" in p for p in parts):
        return None
    for part in (*parts, tail):
        if any(word in part for word in _OTHERWISE) or not _harmless(part):
            return None
    out: dict[int, str] = {}
    for m in sections:
        objs = _objects(m.group(2))
        if objs is None:
            return None
        if m.group(1) == b"bfchar":
            _bfchar(objs, out)
        else:
            _bfrange(objs, out)
    return out


@functools.lru_cache(maxsize=256)  # (a producer writes every font's header and trailer alike)
def _harmless(part: bytes) -> bool:
    """Whether pdfminer reads ``part`` (text between sections, or before or after them) to its end without
    failing and with its stack empty at the end: tokens it reads alike, brackets closed, no keyword
    inside them, a dictionary of pairs, every ``def`` with its two operands.

    pdfminer's stack of the top level is followed as a count: an object or a keyword it does not know
    adds one, ``begincmap`` and the code space's keywords empty it, ``def`` takes two (fewer fails the
    whole CMap), and after ``endcmap`` keywords do nothing.
    """
    depth: list[tuple[bytes, int]] = []  # open brackets: their kind and the objects in them so far
    count, in_cmap, at = 0, True, 0
    while at < len(part):
        m = _TOKEN.match(part, at)
        if m is None:
            return False
        at = m.end()
        space, opening, closing, word = m.group(1), m.group(5) or m.group(8), m.group(6) or m.group(9), m.group(10)
        if space:
            continue
        if opening:
            depth.append((opening, 0))
            continue
        if closing:
            if not depth or {b"<<": b">>", b"[": b"]", b"{": b"}"}[depth[-1][0]] != closing:
                return False
            kind, n = depth.pop()
            if kind == b"<<" and n % 2:
                return False  # (an odd dictionary: pdfminer's parser fails)
        elif word and word not in (b"true", b"false"):
            if depth:
                return False
            if word == b"begincmap":
                count, in_cmap = 0, True
            elif word == b"endcmap":
                in_cmap = False
            elif not in_cmap:
                pass  # (read, not kept)
            elif word in _CODE_SPACE:
                count = 0
            elif word == b"def":
                if count < 2:
                    return False
                count -= 2
            else:
                count += 1
            continue
        # an object (a closed bracket's too)
        if depth:
            kind, n = depth[-1]
            depth[-1] = (kind, n + 1)
        else:
            count += 1
    return not depth


def _objects(body: bytes) -> list[bytes | list[bytes]] | None:
    """A section's hex strings as bytes, an array as a list of them; None for an odd or empty hex string."""
    if b"[" not in body:
        digits = _HEX.findall(body)
        if not all(d and not len(d) % 2 for d in digits):
            return None
        return list(map(binascii.unhexlify, digits))
    objs: list[bytes | list[bytes]] = []
    array: list[bytes] | None = None
    for t in _BODY_TOKEN.finditer(body):
        if t.group(0) == b"[":
            array = []
        elif t.group(0) == b"]":
            assert array is not None  # (the section's pattern pairs the brackets)
            objs.append(array)
            array = None
        else:
            d = t.group(1)
            if not d or len(d) % 2:
                return None
            value = binascii.unhexlify(d)
            if array is not None:
                array.append(value)
            else:
                objs.append(value)
    return objs


def _add(out: dict[int, str], cid: int, code: bytes) -> None:
    """``FileUnicodeMap.add_cid2unichr`` for bytes: UTF-16BE, a no-break space never over a space."""
    text = code.decode("utf-16-be", "ignore")
    if text == "\u00a0" and out.get(cid) == " ":
        return
    out[cid] = text


def _bfchar(objs: list[bytes | list[bytes]], out: dict[int, str]) -> None:
    """``endbfchar``: pairs (an odd one left over is dropped) of a code and its text, both strings."""
    for k in range(0, len(objs) - 1, 2):
        cid, code = objs[k], objs[k + 1]
        if isinstance(cid, bytes) and isinstance(code, bytes):
            _add(out, int.from_bytes(cid, "big"), code)


def _bfrange(objs: list[bytes | list[bytes]], out: dict[int, str]) -> None:
    """``endbfrange``: triples of a first and a last code of one length, and a text or an array of texts."""
    for k in range(0, len(objs) - 2, 3):
        first, last, code = objs[k], objs[k + 1], objs[k + 2]
        if not isinstance(first, bytes) or not isinstance(last, bytes) or len(first) != len(last):
            continue
        start, end = int.from_bytes(first, "big"), int.from_bytes(last, "big")
        if isinstance(code, list):
            for cid, value in zip(range(start, end + 1), code, strict=False):
                _add(out, cid, value)
            continue
        # the last four bytes count up (and wrap within their length), as struct.pack(">L", ...)[-n:]
        var, prefix = code[-4:], code[:-4]
        base, n = int.from_bytes(var, "big"), len(var)
        if end >= start and base + end - start > 0xFFFFFFFF:
            raise ValueError("a ToUnicode range runs past four bytes")  # (struct.error in pdfminer)
        if end >= start and not prefix and n == 2 and base + end - start <= 0xFFFF:
            # two bytes that do not wrap: UTF-16BE reads each as the character of its value, a surrogate
            # alone as nothing (an identity range of 256 codes, as some producers write 256 of them, at once)
            _characters(out, start, end, base)
            continue
        wrap = (1 << (8 * n)) - 1
        for i in range(end - start + 1):
            _add(out, start + i, prefix + ((base + i) & wrap).to_bytes(n, "big"))


def _characters(out: dict[int, str], start: int, end: int, base: int) -> None:
    """Codes ``start``..``end`` mapped to the characters of the values ``base`` on (at most 0xFFFF), as
    :func:`_add` maps their two bytes one by one: a surrogate alone is nothing (UTF-16BE, errors
    ignored), a no-break space is never put over a space."""
    nbsp = start + 0xA0 - base
    keep = start <= nbsp <= end and out.get(nbsp) == " "
    top = base + end - start
    for lo, hi, text in (
        (base, min(top, 0xD7FF), None),
        (max(base, 0xD800), min(top, 0xDFFF), ""),
        (max(base, 0xE000), top, None),
    ):
        if lo > hi:
            continue
        codes = range(start + lo - base, start + hi - base + 1)
        if text is None:
            out.update(zip(codes, map(chr, range(lo, hi + 1)), strict=True))
        else:
            out.update(dict.fromkeys(codes, text))
    if keep:
        out[nbsp] = " "
