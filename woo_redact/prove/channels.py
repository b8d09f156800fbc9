"""The text of a PDF outside its page text, as pikepdf (qpdf) sees the file.

Every stream decoded (content streams through their string operands), every
string and name in the object graph, XMP and embedded files, and the file's
bytes outside stream payloads: where the leak checks search besides the
extracted page text.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pikepdf

from .content import LONG_ARRAY, _classify_streams, _operand_strings, _string_text, numbers_only
from .text import Unreadable, norm, textual


@dataclass(frozen=True)
class Channels:
    """Text of a PDF outside its page text, as pikepdf sees the file."""

    streams: tuple[str, ...]  # decoded content-like streams, Latin-1 and UTF-16BE
    strings: tuple[tuple[str, str], ...]  # (where, text): object strings, XMP, files
    raw: str  # the file's bytes outside stream payloads, as Latin-1
    # every text here is already normalised with norm()


_DOC_STREAM_TYPES = ("/Metadata", "/EmbeddedFile")


def _decode_variants(data: bytes, *, normalise: bool = True) -> list[str]:
    """Bytes read as Latin-1 and as UTF-16BE at both alignments."""
    even = data[: len(data) - len(data) % 2]
    odd = data[1:]
    odd = odd[: len(odd) - len(odd) % 2]
    texts = [
        data.decode("latin-1"),
        even.decode("utf-16-be", errors="replace"),
        odd.decode("utf-16-be", errors="replace"),
    ]
    return [norm(t) for t in texts] if normalise else texts


# keys whose name values say what kind of object a dictionary is (/S: a structure
# element's type such as /P or /TD, an action's kind): names the producer chose
# from the specification's vocabulary, never the document's text; a paraph "TD"
# would otherwise be "found" in every table cell of a tagged PDF
_KIND_KEYS = ("/S", "/Type", "/Subtype")
# dictionaries whose keys the document chooses (custom info fields, named destinations)
_KEYED = ("/Info", "/Dests")


# a language tag of a language and a country only ("nl", "nl-NL", "en-GB"): it can hold no one's data
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Z]{2})?")


def _walk_strings(
    obj: pikepdf.Object,
    where: str,
    out: list[tuple[str, str]],
    keyed: bool = False,
    vocabulary: tuple[set[str], set[str]] | None = None,
) -> None:
    """Collect strings and names inside one object, not following references.

    Names that say what kind of object something is are left out: the values
    of /S, /Type and /Subtype, and a structure tree's /RoleMap (the
    producer's own structure types mapped to standard ones, Word's
    /Header /Sect), and a resource dictionary's /ProcSet (/PDF /Text /ImageB),
    since a detected "Header" or paraph "TD" or "PdF" is no more in them than
    in an operator. Dictionary keys are the specification's
    vocabulary (an ExtGState's /CA is no paraph "CA"), except where the
    document chooses them: the keys of the document information dictionary
    and of the catalog's /Dests (named destinations), and of any dictionary
    below those; ``keyed`` says ``obj`` is such a dictionary. ``vocabulary``
    collects the keys left out and the keys kept, to treat the file's bytes
    alike (see :func:`read_channels`).
    """
    stack: list[tuple[pikepdf.Object, str, int, bool]] = [(obj, where, 0, keyed)]
    while stack:
        o, w, depth, keys = stack.pop()
        if depth > 100:
            continue
        if isinstance(o, (pikepdf.Dictionary, pikepdf.Stream)):
            for k in o.keys():  # noqa: SIM118 - pikepdf keys() on streams too
                if keys:
                    out.append((w, norm(k[1:])))
                if vocabulary is not None:
                    vocabulary[keys].add(k[1:])
                v = o[k]  # not get(k): pybind cannot pass a key of non-UTF-8 bytes (surrogates) back to get()
                if isinstance(v, pikepdf.Object) and v.is_indirect:
                    continue
                if (k in _KIND_KEYS and isinstance(v, pikepdf.Name)) or k in ("/RoleMap", "/ProcSet"):
                    continue  # an object's kind (a structure type /TD, /Type /Page), the procedure sets: no text
                if k == "/Lang" and isinstance(v, pikepdf.String) and _LANGUAGE_TAG.fullmatch(str(v)):
                    continue  # "nl-NL": a language and its country, no paraph "NL" (any other /Lang is read)
                if k == "/ID" and where == "trailer" and depth == 0 and isinstance(v, pikepdf.Array):
                    # the file's identifiers: hashes, whose random bytes read as text spell a paraph "CR" by chance;
                    # one written as text (every byte printable ASCII) is read like any string
                    for ident in v:
                        raw = bytes(ident) if isinstance(ident, pikepdf.String) else b""
                        if raw and all(0x20 <= b < 0x7F for b in raw):
                            out.append((k, norm(raw.decode("ascii"))))
                    continue
                stack.append((v, k, depth + 1, keys or k in _KEYED))
        elif isinstance(o, pikepdf.Array):
            if len(o) >= LONG_ARRAY and numbers_only(o):
                continue  # (a font's /Widths: no string or name in it)
            for v in o:
                if isinstance(v, pikepdf.Object) and v.is_indirect:
                    continue
                stack.append((v, w, depth + 1, keys))
        elif isinstance(o, (pikepdf.String, pikepdf.Name)):
            text = _string_text(o)
            if textual(text):
                out.append((w, norm(text)))


def _keyed_objects(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """Objgens of the dictionaries whose keys are text: /Info, the catalog's /Dests, and their indirect children."""
    out: set[tuple[int, int]] = set()
    try:
        roots = [pdf.trailer.get("/Info"), pdf.Root.get("/Dests")]
    except Exception:  # noqa: BLE001 - a broken catalog: every key then counts as vocabulary
        return out
    stack = [r for r in roots if isinstance(r, pikepdf.Dictionary)]
    while stack and len(out) < 100_000:
        o = stack.pop()
        if o.is_indirect:
            if o.objgen in out:
                continue
            out.add(o.objgen)
        stack.extend(v for v in o.values() if isinstance(v, pikepdf.Dictionary))
    return out


def _role_maps(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """Objgens of the structure tree's /RoleMap when it is an object of its own."""
    try:
        tree = pdf.Root.get("/StructTreeRoot")
        role_map = tree.get("/RoleMap") if isinstance(tree, pikepdf.Dictionary) else None
    except Exception:  # noqa: BLE001 - a broken catalog: nothing to leave out
        return set()
    return {role_map.objgen} if isinstance(role_map, pikepdf.Dictionary) and role_map.is_indirect else set()


_KIND_SYNTAX = re.compile(
    rb"/(?:S|Type|Subtype)\s*/[^\s/<>\[\]()%{}]*|/RoleMap\s*<<[^<>]*>>|/ProcSet\s*\[[^\[\]]*\]|%PDF-\d\.\d"
)
_NAME_SYNTAX = re.compile(rb"/([^\s/<>\[\]()%{}]+)")
_STREAM_PAYLOAD = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)
# the numbers that are the file's structure, never its text: object headers and references ("53 0 obj", "12 0 R"),
# the xref table and startxref, and the values of the keys that give lengths, counts, sizes and boxes ("/Length 53",
# "/Widths [...]"); a number anywhere else (an /Info entry's integer, an orphaned string, a comment) is still read
_STRUCTURE_KEYS = (
    rb"Length[123]?|Size|Count|N|First|Prev|FirstChar|LastChar|Flags|Ascent|Descent|CapHeight|ItalicAngle|StemV|"
    rb"StemH|XHeight|AvgWidth|MaxWidth|MissingWidth|Leading|Rotate|StructParents?|BitsPerComponent|Width|Height|"
    rb"Columns|Predictor|Colors|DW|ColorTransform"
)
_BOX_KEYS = rb"Widths|W|W2|MediaBox|CropBox|BleedBox|TrimBox|ArtBox|BBox|FontBBox|Rect|Matrix|Border|Index|Decode|Range"
_STRUCTURE_NUMBERS = re.compile(
    rb"(?<![\w.])\d+\s+\d+\s+(?:obj|R)(?![\w])"
    rb"|(?<![\w])xref\s+(?:\d+\s+\d+\s+(?:\d{10}\s+\d{5}\s+[fn]\s*)*)+"
    rb"|(?<![\w])startxref\s+\d+"
    rb"|/(?:" + _STRUCTURE_KEYS + rb")\s+[+-]?\d+(?:\.\d*)?(?![\w.])"
    rb"|/(?:" + _BOX_KEYS + rb")\s*\[[^\[\]()<>]*(?:\[[^\[\]()<>]*\][^\[\]()<>]*)*\]"
)
_DIGITS = re.compile(rb"[+-]?\d+(?:\.\d*)?")


def _blank_structure(match: re.Match[bytes]) -> bytes:
    """A structural number's match with its digits blanked (its key, "obj", "R", "xref" kept)."""
    return _DIGITS.sub(lambda d: b" " * len(d.group()), match.group())


def open_pdf(data: bytes) -> pikepdf.Pdf:
    """``data`` opened with pikepdf; :class:`Unreadable` when it cannot be."""
    try:
        return pikepdf.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001
        raise Unreadable(f"pikepdf cannot open it ({type(exc).__name__})") from exc


def read_channels(pdf: pikepdf.Pdf, data: bytes) -> Channels:
    """The channels of ``pdf`` (opened from ``data``, left open)."""
    streams: list[str] = []
    strings: list[tuple[str, str]] = []
    content, skip, arrays = _classify_streams(pdf)
    vocabulary: tuple[set[str], set[str]] = (set(), set())  # keys left out, keys kept
    _walk_strings(pdf.trailer, "trailer", strings, vocabulary=vocabulary)
    keyed = _keyed_objects(pdf)
    joined: set[tuple[int, int]] = set()
    scratch = pikepdf.new()  # the joined pieces live here: a stream made in ``pdf`` would be read again below
    for pieces, fonts in arrays:
        try:
            data_joined = b"\n".join(piece.read_bytes() for piece in pieces)
        except Exception:  # noqa: BLE001 - undecodable piece: read the pieces one by one below
            continue
        parts = _operand_strings(pikepdf.Stream(scratch, data_joined), fonts)
        if parts is not None:
            streams.append(norm(" ".join(parts)))
            joined.update(piece.objgen for piece in pieces)
    role_maps = _role_maps(pdf)
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
            if isinstance(obj, (pikepdf.String, pikepdf.Name)) and textual(_string_text(obj)):
                strings.append(("object", norm(_string_text(obj))))
            continue
        if obj.objgen not in role_maps:
            _walk_strings(obj, f"object {obj.objgen[0]}", strings, obj.objgen in keyed, vocabulary)
        if not isinstance(obj, pikepdf.Stream) or obj.objgen in skip:
            continue
        if obj.objgen in joined:
            continue  # read above, with the rest of its page's content
        if obj.objgen in content:
            parts = _operand_strings(obj, content[obj.objgen])
            if parts is not None:
                streams.append(norm(" ".join(parts)))
                continue
        try:
            payload = obj.read_bytes()
        except Exception:  # noqa: BLE001 - undecodable filter: search it raw
            payload = obj.read_raw_bytes()
        if obj.objgen in content:
            # a content stream that does not parse: line by line, so that binary
            # strings on some lines do not make the whole stream look like no text
            lines = payload.split(b"\n")
            streams.extend(t for line in lines for t in _decode_variants(line)[:1] if textual(t))
            streams.extend(t for t in _decode_variants(payload)[1:] if textual(t))
            continue
        if str(obj.get("/Type", "")) in _DOC_STREAM_TYPES:
            label = "XMP" if obj.get("/Type") == "/Metadata" else "embedded file"
            text = norm(payload.decode("utf-8", errors="replace"))
            strings.extend((label, t) for t in [text, *_decode_variants(payload)] if textual(t))
        else:
            streams.extend(t for t in _decode_variants(payload) if textual(t))
    # the file outside stream payloads: object syntax, and anything not in the xref
    syntax = _STREAM_PAYLOAD.sub(b"stream endstream", data)
    for num, gen in role_maps:  # (found by their object numbers, before those are blanked)
        syntax = re.sub(rb"(?<!\d)%d %d obj\b.*?endobj" % (num, gen), b" ", syntax, flags=re.DOTALL)
    # (before the keys are left out below: a phone number's last pair "53" wrapped onto its own line is a secret of
    # two digits, and the output's object 53 or a stream's /Length 53 is no leak of it)
    syntax = _STRUCTURE_NUMBERS.sub(_blank_structure, syntax)
    # the names left out of the object graph's strings above, left out here too (and the header "%PDF-1.7")
    syntax = _KIND_SYNTAX.sub(b" ", syntax)
    # dictionary keys, where the object graph left them out (a name spelt like a
    # named destination's key stays)
    words = {k.encode("latin-1", "replace") for k in vocabulary[0] - vocabulary[1]}
    syntax = _NAME_SYNTAX.sub(lambda m: b" " if m.group(1) in words else m.group(0), syntax)
    return Channels(tuple(streams), tuple(strings), norm(syntax.decode("latin-1")))
