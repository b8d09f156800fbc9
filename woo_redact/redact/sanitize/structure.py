"""The structure tree and marked content: text that extractors and screen readers
return instead of (or besides) the glyphs."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream
from pikepdf.models import ContentStreamInstructions

from .match import (
    MAX_DEPTH,
    SecretMatcher,
    is_dict,
    key_of,
    plural,
    secret_matcher,
)

# Keys of structure elements and marked-content property lists that carry text
# an extractor or screen reader returns.
_TEXT_KEYS = ("/Alt", "/ActualText", "/E", "/T")


def _strip_text_keys(d: pikepdf.Object, match: SecretMatcher) -> int:
    n = 0
    for k in _TEXT_KEYS:
        if k in d and match.object(d.get(k)):
            del d[k]
            n += 1
    return n


def _annotation_keys(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    keys: set[tuple[int, int]] = set()
    for page in pdf.pages:
        annots = page.obj.get(Name.Annots)
        if isinstance(annots, Array):
            keys.update(k for k in (key_of(a) for a in annots) if k is not None)
    return keys


def _is_dangling_objr(kid: object, kept_annots: set[tuple[int, int]]) -> bool:
    """An object reference to an annotation that is no longer on any page."""
    if not is_dict(kid) or kid.get(Name.Type) != Name.OBJR:
        return False
    target = kid.get(Name.Obj)
    if not is_dict(target):
        return True
    is_annot = target.get(Name.Type) == Name.Annot or (Name.Subtype in target and Name.Rect in target)
    return is_annot and key_of(target) not in kept_annots


def _tree_values(tree: object) -> Iterator[pikepdf.Object]:
    """The values of a name or number tree (the /IDTree, the /ParentTree) that are dictionaries or arrays."""
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[object, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        key = key_of(node)
        if not is_dict(node) or depth > MAX_DEPTH or (key is not None and key in seen):
            continue
        if key is not None:
            seen.add(key)
        kids = node.get(Name.Kids)
        if isinstance(kids, Array):
            stack.extend((kid, depth + 1) for kid in kids)
        for leaves in (node.get(Name.Names), node.get(Name.Nums)):
            if isinstance(leaves, Array):  # [key value key value ...]
                yield from (v for v in list(leaves)[1::2] if is_dict(v) or isinstance(v, Array))


def scrub_structure_tree(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Remove /Alt, /ActualText, /E and /T from structure elements with a secret.

    Threat: text extractors and screen readers return a structure element's
    /ActualText or /Alt instead of (or besides) the glyphs, so a name survives
    there after its glyphs are gone; /T titles and /E expansions may repeat
    it. Entries without a secret are kept for accessibility. Object
    references to annotations that were removed are dropped, since they would
    keep the annotation (and its text) in the file. The elements are reached
    through /K and through the /IDTree and /ParentTree too: a producer may
    write an element there as a direct copy that no /K reaches (PDFreactor's
    ID tree repeats a figure's element, its /Alt with it).
    """
    match = secret_matcher(secrets)
    root = pdf.Root.get(Name.StructTreeRoot)
    if not is_dict(root):
        return ()
    kept_annots = _annotation_keys(pdf)
    n_text = n_refs = 0
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[pikepdf.Object, int]] = [(root, 0)]
    for tree in (root.get(Name.IDTree), root.get(Name.ParentTree)):
        for value in _tree_values(tree):
            stack.extend((v, 1) for v in (value if isinstance(value, Array) else [value]) if is_dict(v))
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            continue
        key = key_of(node)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        if node is not root and is_dict(node):
            n_text += _strip_text_keys(node, match)
        kids = node.get(Name.K) if is_dict(node) else None
        if isinstance(kids, Array):
            dangling = [i for i, kid in enumerate(kids) if _is_dangling_objr(kid, kept_annots)]
            for i in reversed(dangling):
                del kids[i]
            n_refs += len(dangling)
            stack.extend((kid, depth + 1) for kid in kids if is_dict(kid))
        elif is_dict(kids):
            if _is_dangling_objr(kids, kept_annots):
                del node[Name.K]
                n_refs += 1
            else:
                stack.append((kids, depth + 1))
    notes = []
    if n_text:
        notes.append(f"structure tree: removed {plural(n_text, 'text entry', 'text entries')} containing personal data")
    if n_refs:
        notes.append(f"structure tree: removed {plural(n_refs, 'reference')} to removed annotations")
    return tuple(notes)


def _content_holders(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Pages and every form XObject reachable from their resources, each once."""
    seen: set[tuple[int, int]] = set()

    def forms(resources: object, depth: int) -> Iterator[pikepdf.Object]:
        if not is_dict(resources) or depth > 32:
            return
        xobjects = resources.get(Name.XObject)
        if not is_dict(xobjects):
            return
        for xobj in xobjects.values():
            if isinstance(xobj, Stream) and xobj.get(Name.Subtype) == Name.Form:
                key = key_of(xobj)
                if key in seen:
                    continue
                if key is not None:
                    seen.add(key)
                yield xobj
                yield from forms(xobj.get(Name.Resources), depth + 1)

    for page in pdf.pages:
        yield page.obj
        yield from forms(page.obj.get(Name.Resources), 0)


# An inline property list with one of the text keys (or a name spelled with
# #xx escapes, which could hide one).
_TEXT_PROPERTY = re.compile(rb"/(?:ActualText|Alt|E|T)(?![A-Za-z0-9_.\-])|/[^\s/<>\[\]()]*#")


def _may_hold_text_properties(holder: pikepdf.Object) -> bool:
    """Cheap pre-test before parsing a content stream into Python objects."""
    contents = holder.get(Name.Contents) if not isinstance(holder, Stream) else holder
    streams = contents if isinstance(contents, Array) else [contents]
    for stream in streams:
        if not isinstance(stream, Stream):
            continue
        try:
            data = stream.read_bytes()
        except pikepdf.PdfError:
            return True  # cannot tell: parse it (and fail there if need be)
        if (b"BDC" in data or b"DP" in data) and _TEXT_PROPERTY.search(data):
            return True
    return False


def scrub_marked_content(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Remove /ActualText, /Alt, /E, /T with a secret from marked content.

    Threat: ``/Span <</ActualText (Jan Jansen)>> BDC ... EMC`` in a content
    stream makes pdfminer, pdfium and Acrobat return "Jan Jansen" as the text
    of whatever glyphs (or none) lie inside, even after those glyphs were
    removed. Property lists appear inline in the content stream or as named
    resources (/Properties); both are cleaned. A content stream is rewritten
    only when it changes.
    """
    match = secret_matcher(secrets)
    if not match:
        return ()
    n = 0
    for holder in _content_holders(pdf):
        # named property lists in the resources
        resources = holder.get(Name.Resources)
        props = resources.get(Name.Properties) if is_dict(resources) else None
        if is_dict(props):
            for plist in props.values():
                if is_dict(plist):
                    n += _strip_text_keys(plist, match)
        # inline property lists in the content stream
        if not _may_hold_text_properties(holder):
            continue
        try:
            ops = pikepdf.parse_content_stream(holder)
        except pikepdf.PdfError:
            continue
        changed = 0
        new_ops: list[ContentStreamInstructions] = []
        for instr in ops:
            operands = getattr(instr, "operands", None)
            op = str(getattr(instr, "operator", ""))
            if (
                op in ("BDC", "DP")
                and operands is not None
                and len(operands) == 2
                and isinstance(operands[1], Dictionary)
            ):
                plist = operands[1]
                hits = _strip_text_keys(plist, match)
                if hits:
                    changed += hits
                    instr = pikepdf.ContentStreamInstruction([operands[0], plist], pikepdf.Operator(op))
            new_ops.append(instr)
        if changed:
            data = pikepdf.unparse_content_stream(new_ops)
            if isinstance(holder, Stream):
                holder.write(data)
            else:
                holder.Contents = pdf.make_stream(data)
            n += changed
    if not n:
        return ()
    return (f"marked content: removed {plural(n, 'text entry', 'text entries')} containing personal data",)
