"""Page-level channels: annotations and forms, thumbnails, private application
data and other auxiliary entries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pikepdf
from pikepdf import Array, Name

from .document import harmful_action
from .match import (
    SecretMatcher,
    is_dict,
    names_dict,
    plural,
    reachable,
    secret_matcher,
)

# Annotation keys that carry free text.
_ANNOT_TEXT_KEYS = ("/Contents", "/RC", "/T", "/NM", "/Subj", "/TU")


def _annotation_reason(annot: object, match: SecretMatcher) -> str | None:
    """Why an annotation must go, or None to keep it (only clean links stay)."""
    if not is_dict(annot):
        return "malformed"
    subtype = annot.get(Name.Subtype)
    if subtype != Name.Link:
        return str(subtype)[1:] if isinstance(subtype, Name) else "untyped"
    for slot in (Name.A, Name.PA):
        if slot in annot and harmful_action(annot.get(slot), match):
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
    match = secret_matcher(secrets)
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
            for action in (Name.AA, Name.Popup):
                if action in annot:
                    del annot[action]
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


def scrub_auxiliary(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Remove auxiliary data no reader needs.

    Threats, one per entry:

    - /Thumb: a page thumbnail is an image of the page *before* redaction;
    - /PieceInfo (catalog, pages, form XObjects): private editor data, e.g. an
      editable copy of the page, and Acrobat's embedded search index;
    - /PTEX.InfoDict, /PTEX.FileName (form XObjects): pdfTeX's copy of an included
      PDF's information dictionary (its Author) and file name;
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
        notes.append(f"thumbnails: removed from {plural(thumbs, 'page')}")
    pieces = embedded_info = 0
    for obj in list(reachable(pdf)):
        if Name.PieceInfo in obj:
            del obj[Name.PieceInfo]
            pieces += 1
        for key in [k for k in obj.keys() if k.startswith("/PTEX.")]:  # noqa: SIM118 - pikepdf keys() on streams too
            del obj[key]  # pdfTeX copies an included PDF's info dictionary (Author, Title) into the form
            embedded_info += 1
    if pieces:
        notes.append(f"private application data: removed {plural(pieces, '/PieceInfo')}")
    if embedded_info:
        notes.append(f"included files: removed {plural(embedded_info, '/PTEX entry', '/PTEX entries')}")
    root = pdf.Root
    for key in ("/Perms", "/Legal", "/SpiderInfo", "/URI", "/Threads"):
        if key in root:
            del root[key]
            notes.append(f"catalog: removed {key}")
    if beads:
        notes.append(f"article beads: removed from {plural(beads, 'page')}")
    names = names_dict(pdf)
    if names is not None:
        for key in ("/IDS", "/URLS", "/Templates", "/Pages", "/AlternatePresentations"):
            if key in names:
                del names[key]
                notes.append(f"name trees: removed {key}")
    return tuple(notes)
