"""Text a PDF carries outside its pages that the disclosure version keeps (filtered).

The sanitizer empties the document information, XMP, markup annotations, forms
and embedded files whatever they say; it *keeps* bookmarks, page labels, named
destinations, links and the structure tree's alternate texts, removing only the
entries that hold a redacted string. A name that appears only there (a bookmark
"Gesprek met Jan Jansen", a ``mailto:`` link, an /Alt text) must be detected
like page text, or it would stay. This module reads those texts, one a line,
for the detector (which sees them as a plain-text document, see :mod:`.text`).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from urllib.parse import unquote

import pikepdf
from pikepdf import Array, Dictionary, Name

__all__ = ["document_properties", "kept_channel_text"]

MAX_ITEMS = 20000  # a bound on pathological files; text beyond it is still scrubbed wholesale by the proof
_STRUCT_KEYS = ("/Alt", "/ActualText", "/E", "/T")


def _text(obj: object) -> str:
    if isinstance(obj, pikepdf.String):
        return str(obj)
    if isinstance(obj, Name):
        return str(obj)[1:]
    return ""


def _outline(pdf: pikepdf.Pdf) -> Iterator[str]:
    root = pdf.Root.get(Name.Outlines)
    stack = [root.get(Name.First)] if isinstance(root, Dictionary) else []
    seen: set[tuple[int, int]] = set()
    while stack and len(seen) < MAX_ITEMS:
        item = stack.pop()
        if not isinstance(item, Dictionary) or item.objgen in seen:
            continue
        seen.add(item.objgen)
        yield _text(item.get(Name.Title))
        stack += [item.get(Name.Next), item.get(Name.First)]


def _links(pdf: pikepdf.Pdf) -> Iterator[str]:
    for page in pdf.pages:
        annots = page.obj.get(Name.Annots)
        for a in annots if isinstance(annots, Array) else []:
            action = a.get(Name.A) if isinstance(a, Dictionary) else None
            if isinstance(action, Dictionary):
                uri = _text(action.get(Name.URI))
                yield uri
                # an address or a name encoded in the link ("...W.Fikken%40overijssel.nl..." in a SafeLinks URL)
                # is read as its text says it
                decoded = unquote(unquote(uri)) if "%" in uri else uri
                if decoded != uri:
                    yield decoded.replace("&", " ").replace("|", " ")
            if isinstance(a, Dictionary):
                yield _text(a.get(Name.Contents))
                yield _text(a.get(Name.T))  # a note's author ("Jurriën Ter Beek"), a field's name


def _form_values(pdf: pikepdf.Pdf) -> Iterator[str]:
    """The values filled in an interactive form's fields (the form itself is removed from a disclosure, but
    what it held is personal data that the motivation must account for)."""
    form = pdf.Root.get(Name.AcroForm)
    fields = form.get(Name.Fields) if isinstance(form, Dictionary) else None
    stack: list[pikepdf.Object] = list(fields) if isinstance(fields, Array) else []
    seen: set[tuple[int, int]] = set()
    while stack and len(seen) < MAX_ITEMS:
        field = stack.pop()
        if not isinstance(field, Dictionary) or (field.is_indirect and field.objgen in seen):
            continue
        if field.is_indirect:
            seen.add(field.objgen)
        yield _text(field.get(Name.V))
        kids = field.get(Name.Kids)
        stack += list(kids) if isinstance(kids, Array) else []


def _structure(pdf: pikepdf.Pdf) -> Iterator[str]:
    root = pdf.Root.get(Name.StructTreeRoot)
    stack: list[pikepdf.Object] = [root] if isinstance(root, Dictionary) else []
    seen: set[tuple[int, int]] = set()
    n = 0
    while stack and n < MAX_ITEMS:
        node = stack.pop()
        n += 1
        if isinstance(node, Array):
            stack += list(node)
            continue
        if not isinstance(node, Dictionary):
            continue
        if node.is_indirect:
            if node.objgen in seen:
                continue
            seen.add(node.objgen)
        for key in _STRUCT_KEYS:
            yield _text(node.get(key))
        kids = node.get(Name.K)
        if kids is not None:
            stack.append(kids)


def _labels_and_destinations(pdf: pikepdf.Pdf) -> Iterator[str]:
    labels = pdf.Root.get(Name.PageLabels)
    nums = labels.get(Name.Nums) if isinstance(labels, Dictionary) else None
    for v in nums if isinstance(nums, Array) else []:
        if isinstance(v, Dictionary):
            yield _text(v.get(Name.P))
    names = pdf.Root.get(Name.Names)
    dests = names.get(Name.Dests) if isinstance(names, Dictionary) else None
    stack = [dests] if isinstance(dests, Dictionary) else []
    seen: set[tuple[int, int]] = set()  # a tree whose Kids loop back (the fuzz campaign) is walked once
    steps = 0
    while stack and len(stack) < MAX_ITEMS and steps < MAX_ITEMS:
        node = stack.pop()
        steps += 1
        if node.is_indirect:
            if node.objgen in seen:
                continue
            seen.add(node.objgen)
        pairs = node.get(Name.Names)
        if isinstance(pairs, Array):
            yield from (_text(k) for k in list(pairs)[::2])
        kids = node.get(Name.Kids)
        stack += [k for k in kids if isinstance(k, Dictionary)] if isinstance(kids, Array) else []


def kept_channel_text(data: bytes) -> str:
    """Bookmark titles, page labels, destination names, link URIs, annotations' texts and authors, alternate
    texts and form field values, one a line."""
    read = _read_both(data)
    if read is not None:
        return read[0]
    with pikepdf.open(io.BytesIO(data)) as pdf:  # (the two together failed: this one alone, as it always was)
        return _kept(pdf)


def document_properties(data: bytes) -> tuple[str, str]:
    """The document information dictionary's Author, and its Author, Title, Subject and Keywords one a line
    (the sanitizer drops them all; what they held still counts for the motivation)."""
    read = _read_both(data)
    if read is not None:
        return read[1]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return _properties(pdf)


def _kept(pdf: pikepdf.Pdf) -> str:
    texts = [*_outline(pdf), *_links(pdf), *_structure(pdf), *_labels_and_destinations(pdf), *_form_values(pdf)]
    lines = dict.fromkeys(" ".join(t.split()) for t in texts if t and t.strip())
    return "\n".join(lines)


def _properties(pdf: pikepdf.Pdf) -> tuple[str, str]:
    info = pdf.trailer.get(Name.Info)
    if not isinstance(info, Dictionary):
        return "", ""
    texts = [" ".join(_text(info.get(Name(k))).split()) for k in ("/Author", "/Title", "/Subject", "/Keywords")]
    return texts[0], "\n".join(dict.fromkeys(t for t in texts if t))


# the last input's two readings, per thread: a document's run asks for both twice (phase 2 seeks the batch's
# names in them, then detects each), each ask an opening of the file before
_LAST = threading.local()


def _read_both(data: bytes) -> tuple[str, tuple[str, str]] | None:
    """:func:`kept_channel_text` and :func:`document_properties` of ``data`` from one opening of the file, kept
    for the next ask of the same bytes; None when that fails (each is then read on its own, and fails or not as
    it would alone)."""
    last: tuple[bytes, tuple[str, tuple[str, str]]] | None = getattr(_LAST, "read", None)
    if last is not None and (last[0] is data or last[0] == data):
        return last[1]
    _LAST.read = None
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            both = (_kept(pdf), _properties(pdf))
    except MemoryError:  # (the worker's memory limit: the document fails as too large)
        raise
    except Exception:  # noqa: BLE001 - see above: read one by one
        return None
    _LAST.read = (data, both)
    return both
