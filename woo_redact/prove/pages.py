"""Which pages of the output are, byte for byte, the original's pages.

A page whose content streams, resources (fonts, images, forms, colour spaces,
followed to the bottom and compared decoded), boxes and rotation are identical
to the original page's draws the same pixels and yields the same text with
any engine: comparing what it draws is then unnecessary. Keys that neither
draw nor carry page text (annotations, thumbnails, metadata, structure
parents, private application data) are left out, since the sanitizer removes
them. Optional-content settings of the catalog decide what is visible, so
when they differ no page counts as unchanged.
"""

from __future__ import annotations

import hashlib

import pikepdf

# Page keys that decide what the page draws (inheritable ones are looked up).
_PAGE_KEYS = ("/Contents", "/Resources", "/MediaBox", "/CropBox", "/Rotate", "/UserUnit", "/Group")
_INHERITABLE = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
# Keys inside resources and streams that draw nothing.
_IGNORED = frozenset({"/Metadata", "/PieceInfo", "/StructParent", "/StructParents", "/LastModified", "/Parent"})
_STREAM_SYNTAX = frozenset({"/Length", "/Filter", "/DecodeParms", "/DL"})
_MAX_DEPTH = 64


class _Hasher:
    """Digests of objects of one PDF, memoised by object number."""

    def __init__(self) -> None:
        self._memo: dict[tuple[int, int], bytes] = {}

    def digest(self, obj: object, depth: int = 0) -> bytes:
        if isinstance(obj, pikepdf.Object) and obj.is_indirect:
            key = obj.objgen
            if key in self._memo:
                return self._memo[key]
            self._memo[key] = b"cycle"  # a reference back to an object being hashed
            self._memo[key] = self._direct(obj, depth)
            return self._memo[key]
        return self._direct(obj, depth)

    def _direct(self, obj: object, depth: int) -> bytes:
        if depth > _MAX_DEPTH:
            raise RecursionError("object graph too deep")
        h = hashlib.blake2b(digest_size=20)
        if isinstance(obj, pikepdf.Stream):
            h.update(b"S")
            try:
                h.update(obj.read_bytes())
            except Exception:  # noqa: BLE001 - a filter qpdf cannot decode: compare it raw
                h.update(b"raw" + obj.read_raw_bytes() + self.digest(obj.get("/Filter"), depth + 1))
            self._dict(obj, h, depth, _STREAM_SYNTAX)
        elif isinstance(obj, pikepdf.Dictionary):
            h.update(b"D")
            self._dict(obj, h, depth, frozenset())
        elif isinstance(obj, pikepdf.Array):
            h.update(b"A")
            for item in obj:
                h.update(self.digest(item, depth + 1))
        elif isinstance(obj, pikepdf.Object):
            h.update(b"O" + obj.unparse())
        else:
            h.update(b"P" + repr(obj).encode())
        return h.digest()

    def _dict(self, obj: pikepdf.Object, h: hashlib.blake2b, depth: int, skip: frozenset[str]) -> None:
        for key in sorted(obj.keys()):  # noqa: SIM118 - pikepdf keys() on streams too
            if key in _IGNORED or key in skip:
                continue
            h.update(key.encode("utf-8", "surrogateescape") + self.digest(obj[key], depth + 1))


def _inherited(page: pikepdf.Dictionary, key: str) -> object:
    node: object = page
    for _ in range(_MAX_DEPTH):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        if key in node:
            return node.get(key)
        node = node.get("/Parent")
    return None


def _page_digests(pdf: pikepdf.Pdf) -> list[bytes]:
    hasher = _Hasher()
    out = []
    for page in pdf.pages:
        h = hashlib.blake2b(digest_size=20)
        for key in _PAGE_KEYS:
            value = _inherited(page.obj, key) if key in _INHERITABLE else page.obj.get(key)
            h.update(key.encode() + (hasher.digest(value) if value is not None else b"-"))
        out.append(h.digest())
    return out


def unchanged_pages(original: pikepdf.Pdf, output: pikepdf.Pdf) -> set[int]:
    """Indexes of the output's pages that draw exactly what the original's page draws."""
    try:
        oc = [_Hasher().digest(pdf.Root.get("/OCProperties")) for pdf in (original, output)]
        if oc[0] != oc[1]:
            return set()
        before, after = _page_digests(original), _page_digests(output)
    except Exception:  # noqa: BLE001 - anything odd: compare every page the long way
        return set()
    return {i for i, (a, b) in enumerate(zip(before, after)) if a == b}
