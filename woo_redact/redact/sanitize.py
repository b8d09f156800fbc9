"""Scrub the channels of a PDF other than the visible page content.

Removing glyphs from the content streams is only the first channel (see the
Woo guide, section 2). A PDF also carries text in its document information
dictionary, XMP metadata, bookmarks, page labels, named destinations,
annotations, form fields, embedded files, scripts, thumbnails, private
application data and the structure tree. Any of these can repeat a name, an
e-mail address or a phone number that was blacked out on the page.

Modelled on :mod:`pikepdf.sanitize`: every step is a narrow function that does
one thing, states the threat it protects against, is idempotent, and returns
notes of what it removed. The notes never contain the removed text, only what
kind of thing went and how many.

:func:`scrub_channels` runs all steps. It mutates the :class:`pikepdf.Pdf` in
place; the caller must write the whole file anew (``pdf.save(...)`` without
incremental update), so that no earlier revision survives.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from collections import Counter
from collections.abc import Iterator, Sequence

import pikepdf
import pikepdf.sanitize
from pikepdf import Array, Dictionary, Name, Stream

__all__ = [
    "PRODUCER",
    "REPLACEMENT_TITLE",
    "SecretMatcher",
    "scrub_actions",
    "scrub_annotations",
    "scrub_auxiliary",
    "scrub_channels",
    "scrub_docinfo",
    "scrub_embedded_files",
    "scrub_javascript",
    "scrub_marked_content",
    "scrub_metadata_streams",
    "scrub_named_destinations",
    "scrub_outline",
    "scrub_page_labels",
    "scrub_structure_tree",
]

PRODUCER = "woo_redact"
REPLACEMENT_TITLE = "[5.1.2e]"

# Characters that are invisible in text but break a substring match.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)

# Action subtypes that may stay: internal navigation and viewer commands. Every
# other subtype (JavaScript, Launch, GoToR, GoToE, SubmitForm, ImportData,
# multimedia, ...) either runs code, reaches a file or the network, or names a
# file, and is removed.
_SAFE_ACTIONS = frozenset({"/GoTo", "/URI", "/Named"})

# Keys of structure elements and marked-content property lists that carry text
# an extractor or screen reader returns.
_TEXT_KEYS = ("/Alt", "/ActualText", "/E", "/T")

# Annotation keys that carry free text.
_ANNOT_TEXT_KEYS = ("/Contents", "/RC", "/T", "/NM", "/Subj", "/TU")

_MAX_DEPTH = 200

MIN_SKELETON = 5


# --------------------------------------------------------------------------
# matching
# --------------------------------------------------------------------------


def _skeleton(text: str) -> str:
    return "".join(ch for ch in _normalise(text) if ch.isalnum())


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return " ".join(text.split()).casefold()


class SecretMatcher:
    """Tells whether a text contains one of the redacted strings.

    Compares case-insensitively after Unicode NFKC normalisation, with runs of
    whitespace collapsed to one space (``"JAN\n  JANSEN"`` matches
    ``"Jan Jansen"``), and again on the *skeleton*: letters and digits only,
    so that identifiers and URIs (``mail_jan_jansen``, ``/profiel/jan-jansen``,
    ``Jan%20Jansen``), letter-spaced text (``"J a n  J a n s e n"``) and
    differently punctuated phone numbers (``06 1234 5678``) match too. The
    substring and skeleton comparisons are used for secrets with a skeleton of
    at least :data:`MIN_SKELETON` characters; shorter ones ("Ed", "J.J.")
    must match on word boundaries, so they do not match inside ordinary words.
    Otherwise matching errs on the side of removing too much: a plain
    substring test. Empty secrets are ignored.
    """

    def __init__(self, secrets: Sequence[str]) -> None:
        spaced = {_normalise(s) for s in secrets}
        self._spaced = tuple(s for s in spaced if s and len(_skeleton(s)) >= MIN_SKELETON)
        self._skeletons = tuple({_skeleton(s) for s in self._spaced})
        short = sorted(s for s in spaced if s and s not in self._spaced)
        self._short = tuple(re.compile(rf"(?<!\w){re.escape(s)}(?!\w)") for s in short)

    def __bool__(self) -> bool:
        return bool(self._spaced or self._short)

    def __call__(self, text: str) -> bool:
        if not self or not text:
            return False
        variants = [text]
        if "%" in text:
            variants.append(urllib.parse.unquote(text))
        for variant in variants:
            norm = _normalise(variant)
            if any(s in norm for s in self._spaced):
                return True
            if any(p.search(norm) for p in self._short):
                return True
            skeleton = _skeleton(norm)
            if any(k in skeleton for k in self._skeletons):
                return True
        return False

    def object(self, obj: object) -> bool:
        """Whether a PDF string or name object contains a secret."""
        text = _text_of(obj)
        return text is not None and self(text)


def _text_of(obj: object) -> str | None:
    """The text of a PDF string or name, or None for other objects."""
    if isinstance(obj, pikepdf.String):
        try:
            return str(obj)
        except (UnicodeDecodeError, ValueError):
            return bytes(obj).decode("latin-1")
    if isinstance(obj, Name):
        return str(obj)[1:]
    if isinstance(obj, str):
        return obj
    return None


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def _is_dict(obj: object) -> bool:
    return isinstance(obj, (Dictionary, Stream))


def _key(obj: object) -> tuple[int, int] | None:
    """Identity of an indirect object, None for a direct one."""
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        return obj.objgen
    return None


def _reachable(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Every dictionary and stream reachable from the trailer, each once."""
    seen: set[tuple[int, int]] = set()
    stack: list[pikepdf.Object] = [pdf.trailer]
    while stack:
        obj = stack.pop()
        key = _key(obj)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        if isinstance(obj, Array):
            stack.extend(o for o in obj if isinstance(o, (Array, Dictionary, Stream)))
        elif _is_dict(obj):
            yield obj
            stack.extend(v for v in obj.values() if isinstance(v, (Array, Dictionary, Stream)))


def _plural(n: int, word: str, plural: str = "") -> str:
    return f"{n} {word}" if n == 1 else f"{n} {plural or word + 's'}"


def _names(pdf: pikepdf.Pdf) -> Dictionary | None:
    names = pdf.Root.get(Name.Names)
    return names if isinstance(names, Dictionary) else None


def _name_tree_len(tree: object) -> int:
    try:
        return len(pikepdf.NameTree(tree))
    except Exception:  # noqa: BLE001 - a broken tree still counts as present
        return 1


# --------------------------------------------------------------------------
# the steps
# --------------------------------------------------------------------------


def scrub_docinfo(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Empty the document information dictionary, except ``Producer``.

    Threat: /Author, /Creator, /Title, /Subject, /Keywords and custom entries
    routinely name the civil servant who wrote the document or the person it
    concerns; viewers show them under "Document properties". Every entry is
    dropped regardless of content; /Producer is set to ``woo_redact``.
    """
    del secrets  # every entry goes, whatever it says
    info = pdf.trailer.get(Name.Info)
    keys = sorted(str(k)[1:] for k in info) if _is_dict(info) else []
    if keys == ["Producer"] and str(info.get(Name.Producer)) == PRODUCER:
        return ()
    pdf.trailer.Info = pdf.make_indirect(Dictionary(Producer=pikepdf.String(PRODUCER)))
    dropped = [k for k in keys if k != "Producer"]
    if not dropped:
        return ("document info: Producer set",)
    return (f"document info: removed {', '.join(dropped)}",)


def scrub_metadata_streams(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Delete all XMP metadata: the catalog's /Metadata and any other.

    Threat: XMP repeats the document information (dc:creator, xmp:CreatorTool,
    pdf:Author) and keeps editing history (xmpMM:History) that can name
    people; pages, images and fonts may carry their own /Metadata streams.
    None is needed to display the document.
    """
    del secrets
    n = 0
    for obj in list(_reachable(pdf)):
        if Name.Metadata in obj and isinstance(obj.get(Name.Metadata), Stream):
            del obj[Name.Metadata]
            n += 1
    return (f"XMP metadata: removed {_plural(n, 'stream')}",) if n else ()


def scrub_outline(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Replace bookmark titles that contain a secret by ``[5.1.2e]``.

    Threat: bookmark titles are copied from headings ("Gesprek met J. Jansen")
    and shown in the viewer's side panel, independent of the page content.
    The outline itself is kept (it helps the reader); only offending titles
    are replaced, and a bookmark's destination or action that names a secret
    (a named destination, a mailto: link) is removed.
    """
    match = SecretMatcher(secrets)
    outlines = pdf.Root.get(Name.Outlines)
    if not _is_dict(outlines):
        return ()
    titles = targets = 0
    seen: set[tuple[int, int]] = set()
    stack = [outlines.get(Name.First)]
    while stack:
        item = stack.pop()
        if not _is_dict(item):
            continue
        key = _key(item)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        title = item.get(Name.Title)
        if match.object(title):
            item.Title = pikepdf.String(REPLACEMENT_TITLE)
            titles += 1
        if Name.Dest in item and match.object(item.get(Name.Dest)):
            del item[Name.Dest]
            targets += 1
        if Name.A in item and _harmful_action(item.get(Name.A), match):
            del item[Name.A]
            targets += 1
        stack.append(item.get(Name.Next))
        stack.append(item.get(Name.First))
    notes = []
    if titles:
        notes.append(f"outline: replaced {_plural(titles, 'title')} containing personal data")
    if targets:
        notes.append(f"outline: removed {_plural(targets, 'bookmark target')}")
    return tuple(notes)


def _number_tree_values(tree: object, depth: int = 0) -> Iterator[pikepdf.Object]:
    if not _is_dict(tree) or depth > _MAX_DEPTH:
        return
    nums = tree.get(Name.Nums)
    if isinstance(nums, Array):
        yield from (nums[i] for i in range(1, len(nums), 2))
    kids = tree.get(Name.Kids)
    if isinstance(kids, Array):
        for kid in kids:
            yield from _number_tree_values(kid, depth + 1)


def scrub_page_labels(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Drop /PageLabels when any label prefix contains a secret.

    Threat: a page label prefix ("Jansen-1") is shown in the viewer's page box
    and thumbnails panel. Labels are a convenience; the whole tree goes if one
    of them names a person.
    """
    match = SecretMatcher(secrets)
    labels = pdf.Root.get(Name.PageLabels)
    if labels is None:
        return ()
    if any(_is_dict(v) and match.object(v.get(Name.P)) for v in _number_tree_values(labels)):
        del pdf.Root[Name.PageLabels]
        return ("page labels: removed (a label contained personal data)",)
    return ()


def scrub_named_destinations(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Drop named destinations whose names contain a secret.

    Threat: destination names are free strings ("mail_aan_jansen") stored in
    the /Dests name tree or the old-style /Root /Dests dictionary; link
    targets and viewers' navigation panes expose them. References to dropped
    names from bookmarks and links are cleared by :func:`scrub_outline` and
    :func:`scrub_annotations`, which match the same names.
    """
    match = SecretMatcher(secrets)
    if not match:
        return ()
    n = 0
    names = _names(pdf)
    if names is not None and Name.Dests in names:
        tree = pikepdf.NameTree(names.Dests)
        for name in [k for k in tree if match(k)]:
            del tree[name]
            n += 1
    old = pdf.Root.get(Name.Dests)
    if isinstance(old, Dictionary):
        for name in [k for k in old if match(str(k)[1:])]:
            del old[name]
            n += 1
    return (f"named destinations: removed {n}",) if n else ()


def _action_chain(action: object, depth: int = 0) -> Iterator[object]:
    if depth > _MAX_DEPTH:
        yield None  # too deep to examine: treated as harmful
        return
    yield action
    if _is_dict(action):
        nxt = action.get(Name.Next)
        if isinstance(nxt, Array):
            for a in nxt:
                yield from _action_chain(a, depth + 1)
        elif nxt is not None:
            yield from _action_chain(nxt, depth + 1)


def _harmful_action(action: object, match: SecretMatcher) -> bool:
    """Whether an action (with its /Next chain) must go.

    Harmful: anything but GoTo, URI and Named; a mailto: URI; a URI or a
    named destination that contains a secret; a malformed action.
    """
    if isinstance(action, Array):  # a destination, e.g. /OpenAction [page /Fit]
        return False
    for a in _action_chain(action):
        if not _is_dict(a):
            return True
        subtype = a.get(Name.S)
        if not isinstance(subtype, Name) or str(subtype) not in _SAFE_ACTIONS:
            return True
        if subtype == Name.URI:
            uri = _text_of(a.get(Name.URI)) or ""
            if uri.strip().lower().startswith("mailto:") or match(uri):
                return True
        if subtype == Name.GoTo and match.object(a.get(Name.D)):
            return True
    return False


def scrub_actions(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Remove document and page actions that run code or leak a secret.

    Threat: /OpenAction and the additional-actions dictionaries (/AA) on the
    catalog and on pages run JavaScript or launch files when the document is
    opened, closed or printed; a script's source or a file path can name a
    person. All /AA dictionaries are removed; /OpenAction is kept only when it
    is a plain destination or a harmless GoTo/URI/Named action.
    """
    match = SecretMatcher(secrets)
    n = 0
    root = pdf.Root
    if Name.OpenAction in root:
        oa = root.get(Name.OpenAction)
        if _harmful_action(oa, match) or (isinstance(oa, (pikepdf.String, Name)) and match.object(oa)):
            del root[Name.OpenAction]
            n += 1
    for holder in [root, *(p.obj for p in pdf.pages)]:
        if Name.AA in holder:
            del holder[Name.AA]
            n += 1
    return (f"actions: removed {n} (open action or additional actions)",) if n else ()


def _annotation_reason(annot: object, match: SecretMatcher) -> str | None:
    """Why an annotation must go, or None to keep it (only clean links stay)."""
    if not _is_dict(annot):
        return "malformed"
    subtype = annot.get(Name.Subtype)
    if subtype != Name.Link:
        return str(subtype)[1:] if isinstance(subtype, Name) else "untyped"
    for slot in (Name.A, Name.PA):
        if slot in annot and _harmful_action(annot.get(slot), match):
            return "Link (mailto, personal data or active content)"
    if match.object(annot.get(Name.Dest)):
        return "Link (destination named after personal data)"
    return None


def scrub_annotations(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Remove every annotation except clean links, and the interactive form.

    Threat: markup annotations (Text notes, FreeText, Highlight with a
    comment, Popup, Stamp, Ink signatures, FileAttachment) carry author names
    in /T, comments in /Contents and /RC, and appearance streams that draw
    text; form fields (Widget annotations, /AcroForm) keep their values,
    even a signature. For a disclosure all of them go. Link annotations stay
    unless they are a ``mailto:`` link, their URI or destination contains a
    secret, or they trigger anything but GoTo/URI/Named; a kept link loses
    its additional actions and any free text that contains a secret.
    Structure-tree references to removed annotations are dropped by
    :func:`scrub_structure_tree`.
    """
    match = SecretMatcher(secrets)
    removed: Counter[str] = Counter()
    for page in pdf.pages:
        annots = page.obj.get(Name.Annots)
        if annots is None:
            continue
        if not isinstance(annots, Array):
            del page.obj[Name.Annots]
            removed["malformed"] += 1
            continue
        keep = []
        for annot in annots:
            reason = _annotation_reason(annot, match)
            if reason is not None:
                removed[reason] += 1
                continue
            for k in _ANNOT_TEXT_KEYS:
                if k in annot and match.object(annot.get(k)):
                    del annot[k]
                    removed["text of a kept link"] += 1
            for k in (Name.AA, Name.Popup):
                if k in annot:
                    del annot[k]
            keep.append(annot)
        if len(keep) != len(annots):
            if keep:
                page.obj.Annots = Array(keep)
            else:
                del page.obj[Name.Annots]
    notes = []
    if removed:
        detail = ", ".join(f"{n} {kind}" for kind, n in sorted(removed.items()))
        notes.append(f"annotations: removed {detail}")
    root = pdf.Root
    for key in (Name.AcroForm, Name.NeedsRendering):
        if key in root:
            del root[key]
            notes.append(f"form: removed {key}")
    return tuple(notes)


def scrub_embedded_files(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Remove embedded files and associated files.

    Threat: an attached original (the .docx, the e-mail as .msg) holds the
    unredacted text; file names and descriptions name people. Uses
    :func:`pikepdf.sanitize.remove_attachments`, which also clears /AF
    references, and drops the portfolio view (/Collection).
    """
    del secrets
    names = _names(pdf)
    n = _name_tree_len(names.EmbeddedFiles) if names is not None and Name.EmbeddedFiles in names else 0
    n_af = sum(1 for o in _reachable(pdf) if Name.AF in o)
    if n or n_af:
        pikepdf.sanitize.remove_attachments(pdf)
    notes = []
    if n:
        notes.append(f"embedded files: removed {n}")
    if n_af:
        notes.append(f"associated files: removed {_plural(n_af, 'reference')}")
    if Name.Collection in pdf.Root:
        del pdf.Root[Name.Collection]
        notes.append("portfolio: removed /Collection")
    return tuple(notes)


def scrub_javascript(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Remove all JavaScript and multimedia.

    Threat: scripts run on opening and can fetch or reveal content; their
    source text can contain names. Removes the /Names /JavaScript tree, the
    /Renditions tree and, through :func:`pikepdf.sanitize.remove_javascript`
    and :func:`pikepdf.sanitize.remove_multimedia`, every script or media
    action still reachable from an action slot.
    """
    del secrets
    names = _names(pdf)
    notes = []
    for key, label in (
        (Name.JavaScript, "JavaScript"),
        (Name.Renditions, "renditions"),
    ):
        if names is not None and key in names:
            n = _name_tree_len(names[key])
            del names[key]
            notes.append(f"{label}: removed {n} document-level entr{'y' if n == 1 else 'ies'}")
    before = _count_actions(pdf, {"/JavaScript", "/Rendition", "/Movie", "/Sound", "/RichMediaExecute"})
    if before:
        pikepdf.sanitize.remove_javascript(pdf)
        pikepdf.sanitize.remove_multimedia(pdf)
        notes.append(f"JavaScript/media: removed {_plural(before, 'action')}")
    return tuple(notes)


def _count_actions(pdf: pikepdf.Pdf, subtypes: set[str]) -> int:
    return sum(1 for o in _reachable(pdf) if isinstance(o.get(Name.S), Name) and str(o.get(Name.S)) in subtypes)


def scrub_auxiliary(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Remove auxiliary data no reader needs.

    Threats, one per entry:

    - /Thumb: a page thumbnail is an image of the page *before* redaction;
    - /PieceInfo (catalog, pages, form XObjects): private editor data, e.g. an
      editable copy of the page, and Acrobat's embedded search index;
    - /Perms and /Legal: signature permissions and attestations that point at
      removed signatures;
    - /SpiderInfo, /URI base, /Names /IDS and /URLS: web-capture provenance;
    - /Threads and page /B: article threads, whose info dictionaries carry
      titles and authors;
    - /Names /Templates, /Pages, /AlternatePresentations: hidden template
      pages and slide shows, content outside the page tree.
    """
    del secrets
    notes = []
    thumbs = 0
    beads = 0
    for page in pdf.pages:
        if Name.Thumb in page.obj:
            del page.obj[Name.Thumb]
            thumbs += 1
        if Name.B in page.obj:
            del page.obj[Name.B]
            beads += 1
    if thumbs:
        notes.append(f"thumbnails: removed from {_plural(thumbs, 'page')}")
    pieces = 0
    for obj in list(_reachable(pdf)):
        if Name.PieceInfo in obj:
            del obj[Name.PieceInfo]
            pieces += 1
    if pieces:
        notes.append(f"private application data: removed {_plural(pieces, '/PieceInfo')}")
    root = pdf.Root
    for key in ("/Perms", "/Legal", "/SpiderInfo", "/URI", "/Threads"):
        if key in root:
            del root[key]
            notes.append(f"catalog: removed {key}")
    if beads:
        notes.append(f"article beads: removed from {_plural(beads, 'page')}")
    names = _names(pdf)
    if names is not None:
        for key in ("/IDS", "/URLS", "/Templates", "/Pages", "/AlternatePresentations"):
            if key in names:
                del names[key]
                notes.append(f"name trees: removed {key}")
    return tuple(notes)


def _strip_text_keys(d: object, match: SecretMatcher) -> int:
    n = 0
    for k in _TEXT_KEYS:
        if k in d and match.object(d.get(k)):
            del d[k]
            n += 1
    return n


def _annotation_keys(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    keys = set()
    for page in pdf.pages:
        annots = page.obj.get(Name.Annots)
        if isinstance(annots, Array):
            keys.update(k for k in (_key(a) for a in annots) if k is not None)
    return keys


def _is_dangling_objr(kid: object, kept_annots: set[tuple[int, int]]) -> bool:
    """An object reference to an annotation that is no longer on any page."""
    if not _is_dict(kid) or kid.get(Name.Type) != Name.OBJR:
        return False
    target = kid.get(Name.Obj)
    if not _is_dict(target):
        return True
    is_annot = target.get(Name.Type) == Name.Annot or (Name.Subtype in target and Name.Rect in target)
    return is_annot and _key(target) not in kept_annots


def scrub_structure_tree(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Remove /Alt, /ActualText, /E and /T from structure elements with a secret.

    Threat: text extractors and screen readers return a structure element's
    /ActualText or /Alt instead of (or besides) the glyphs, so a name survives
    there after its glyphs are gone; /T titles and /E expansions may repeat
    it. Entries without a secret are kept for accessibility. Object
    references to annotations that were removed are dropped, since they would
    keep the annotation (and its text) in the file.
    """
    match = SecretMatcher(secrets)
    root = pdf.Root.get(Name.StructTreeRoot)
    if not _is_dict(root):
        return ()
    kept_annots = _annotation_keys(pdf)
    n_text = n_refs = 0
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[object, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > _MAX_DEPTH:
            continue
        key = _key(node)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        if node is not root and _is_dict(node):
            n_text += _strip_text_keys(node, match)
        kids = node.get(Name.K) if _is_dict(node) else None
        if isinstance(kids, Array):
            dangling = [i for i, kid in enumerate(kids) if _is_dangling_objr(kid, kept_annots)]
            for i in reversed(dangling):
                del kids[i]
            n_refs += len(dangling)
            stack.extend((kid, depth + 1) for kid in kids if _is_dict(kid))
        elif _is_dict(kids):
            if _is_dangling_objr(kids, kept_annots):
                del node[Name.K]
                n_refs += 1
            else:
                stack.append((kids, depth + 1))
    notes = []
    if n_text:
        notes.append(
            f"structure tree: removed {_plural(n_text, 'text entry', 'text entries')} containing personal data"
        )
    if n_refs:
        notes.append(f"structure tree: removed {_plural(n_refs, 'reference')} to removed annotations")
    return tuple(notes)


def _content_holders(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Pages and every form XObject reachable from their resources, each once."""
    seen: set[tuple[int, int]] = set()

    def forms(resources: object, depth: int) -> Iterator[pikepdf.Object]:
        if not _is_dict(resources) or depth > 32:
            return
        xobjects = resources.get(Name.XObject)
        if not _is_dict(xobjects):
            return
        for xobj in xobjects.values():
            if isinstance(xobj, Stream) and xobj.get(Name.Subtype) == Name.Form:
                key = _key(xobj)
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
        if b"BDC" in data or b"DP" in data:
            if _TEXT_PROPERTY.search(data):
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
    match = SecretMatcher(secrets)
    if not match:
        return ()
    n = 0
    for holder in _content_holders(pdf):
        # named property lists in the resources
        resources = holder.get(Name.Resources)
        props = resources.get(Name.Properties) if _is_dict(resources) else None
        if _is_dict(props):
            for plist in props.values():
                if _is_dict(plist):
                    n += _strip_text_keys(plist, match)
        # inline property lists in the content stream
        if not _may_hold_text_properties(holder):
            continue
        try:
            ops = pikepdf.parse_content_stream(holder)
        except pikepdf.PdfError:
            continue
        changed = 0
        new_ops: list[object] = []
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
    return (f"marked content: removed {_plural(n, 'text entry', 'text entries')} containing personal data",)


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

# Order matters: annotations go before the structure tree (dangling object
# references) and before JavaScript counting (fewer places to look).
_STEPS = (
    scrub_docinfo,
    scrub_metadata_streams,
    scrub_outline,
    scrub_page_labels,
    scrub_named_destinations,
    scrub_annotations,
    scrub_actions,
    scrub_embedded_files,
    scrub_javascript,
    scrub_auxiliary,
    scrub_structure_tree,
    scrub_marked_content,
)


def scrub_channels(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Scrub every non-content channel of ``pdf`` in place; return notes.

    ``secrets`` are the redacted strings (names, e-mail addresses, phone
    numbers). Some channels are emptied whatever they say (document info,
    XMP, markup annotations, forms, embedded files, scripts, thumbnails,
    private data); others are kept and only entries containing a secret are
    removed (bookmarks, page labels, named destinations, links, structure
    tree, marked content). The notes say what went, never the text itself.
    Running it twice gives the same file and no notes the second time.
    """
    notes: list[str] = []
    for step in _STEPS:
        notes.extend(step(pdf, secrets))
    return tuple(notes)
