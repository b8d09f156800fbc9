"""Document-level channels: document info, XMP, outline, page labels, named
destinations, optional content (layers), actions, embedded files and JavaScript."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pikepdf
import pikepdf.sanitize
from pikepdf import Array, Dictionary, Name, Stream

from .match import (
    MAX_DEPTH,
    SecretMatcher,
    is_dict,
    key_of,
    name_tree_len,
    names_dict,
    plural,
    reachable,
    secret_matcher,
    text_of,
)

PRODUCER = "woo_redact"
REPLACEMENT_TITLE = "[5.1.2e]"

# Action subtypes that may stay: internal navigation and viewer commands. Every
# other subtype (JavaScript, Launch, GoToR, GoToE, SubmitForm, ImportData,
# multimedia, ...) either runs code, reaches a file or the network, or names a
# file, and is removed.
SAFE_ACTIONS = frozenset({"/GoTo", "/URI", "/Named"})


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
    keys = sorted(str(k)[1:] for k in info) if is_dict(info) else []
    if keys == ["Producer"] and is_dict(info) and str(info.get(Name.Producer)) == PRODUCER:
        return ()
    pdf.trailer.Info = pdf.make_indirect(Dictionary(Producer=pikepdf.String(PRODUCER)))
    dropped = [k for k in keys if k != "Producer"]
    if not dropped:
        return ("document info: Producer set",)
    return (f"document info: removed {', '.join(dropped)}",)


# the entries of a document information dictionary that name or describe people and content
_INFO_TEXT_KEYS = ("/Author", "/Title", "/Subject", "/Keywords", "/Creator")


def scrub_stray_docinfo(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Empty the people's entries of copies of the document information dictionary elsewhere in the file.

    Threat: a producer that merges documents (Word exporting a letter with its attached report) may keep
    each part's information dictionary reachable from the structure tree (an element's /Info); its
    /Author names the writer ("Mick van der Steeg", an account "fatehr") though the trailer's /Info was
    emptied. Every dictionary other than the trailer's that has an /Author, or document dates beside a
    /Title or /Creator, loses /Author, /Title, /Subject, /Keywords and /Creator, whatever they say.
    """
    del secrets  # every such entry goes, whatever it says
    info = pdf.trailer.get(Name.Info)
    own = key_of(info) if is_dict(info) else None
    n = 0
    for obj in list(reachable(pdf)):
        if obj is pdf.trailer or (own is not None and key_of(obj) == own) or Name.Type in obj:
            continue
        dated = Name.CreationDate in obj or Name.ModDate in obj
        if Name.Author in obj or (dated and (Name.Title in obj or Name.Creator in obj)):
            for key in _INFO_TEXT_KEYS:
                if key in obj:
                    del obj[key]
                    n += 1
    return (f"document info copies: removed {plural(n, 'entry', 'entries')}",) if n else ()


def scrub_metadata_streams(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Delete all XMP metadata: the catalog's /Metadata and any other.

    Threat: XMP repeats the document information (dc:creator, xmp:CreatorTool,
    pdf:Author) and keeps editing history (xmpMM:History) that can name
    people; pages, images and fonts may carry their own /Metadata streams.
    None is needed to display the document.
    """
    del secrets
    n = 0
    for obj in list(reachable(pdf)):
        if Name.Metadata in obj and isinstance(obj.get(Name.Metadata), Stream):
            del obj[Name.Metadata]
            n += 1
    return (f"XMP metadata: removed {plural(n, 'stream')}",) if n else ()


def scrub_outline(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Replace bookmark titles that contain a secret by ``[5.1.2e]``.

    Threat: bookmark titles are copied from headings ("Gesprek met J. Jansen")
    and shown in the viewer's side panel, independent of the page content.
    The outline itself is kept (it helps the reader); only offending titles
    are replaced, and a bookmark's destination or action that names a secret
    (a named destination, a mailto: link) is removed.
    """
    match = secret_matcher(secrets)
    outlines = pdf.Root.get(Name.Outlines)
    if not is_dict(outlines):
        return ()
    titles = targets = 0
    seen: set[tuple[int, int]] = set()
    # (from both ends of every list: a malformed outline's /Last may lead to items its /First chain never reaches,
    # as a Quartz re-save of a Word PDF wrote them; a viewer may show those)
    stack = [outlines.get(Name.First), outlines.get(Name.Last)]
    while stack:
        item = stack.pop()
        if not is_dict(item):
            continue
        key = key_of(item)
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
        if Name.A in item and harmful_action(item.get(Name.A), match):
            del item[Name.A]
            targets += 1
        stack.extend(item.get(k) for k in (Name.Next, Name.Prev, Name.First, Name.Last))
    notes = []
    if titles:
        notes.append(f"outline: replaced {plural(titles, 'title')} containing personal data")
    if targets:
        notes.append(f"outline: removed {plural(targets, 'bookmark target')}")
    return tuple(notes)


def _number_tree_values(tree: object, depth: int = 0) -> Iterator[pikepdf.Object]:
    if not is_dict(tree) or depth > MAX_DEPTH:
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
    match = secret_matcher(secrets)
    labels = pdf.Root.get(Name.PageLabels)
    if labels is None:
        return ()
    if any(is_dict(v) and match.object(v.get(Name.P)) for v in _number_tree_values(labels)):
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
    match = secret_matcher(secrets)
    if not match:
        return ()
    n = 0
    names = names_dict(pdf)
    if names is not None and Name.Dests in names:
        tree = pikepdf.NameTree(names.Dests)
        for name in [k for k in tree if match(k)]:
            del tree[name]
            n += 1
    old = pdf.Root.get(Name.Dests)
    if isinstance(old, Dictionary):
        for key in [str(k) for k in old if match(str(k)[1:])]:  # the keys, "/Name" (pikepdf types them Object)
            del old[key]
            n += 1
    return (f"named destinations: removed {n}",) if n else ()


# what a layer's /Usage records about who and what made it, and for whom: not needed to show it
_LAYER_PROVENANCE = ("/CreatorInfo", "/User")


def scrub_optional_content(pdf: pikepdf.Pdf, secrets: Sequence[str]) -> tuple[str, ...]:
    """Drop the provenance of optional content (layers); rename a layer that names a person.

    Threat: a layer's /Usage dictionary says what made it (/CreatorInfo
    /Creator: the application, often with free text, as a map exported from
    ArcMap or a drawing from Illustrator writes it in every layer) and for
    whom (/User: the names of people or titles); a configuration in
    /OCProperties carries a /Creator the same way. Like the document
    information's /Creator, these go whatever they say: no viewer needs them
    to show the layers. A layer's or configuration's /Name is shown in the
    viewer's layers panel: a layer that contains a secret is renamed
    ``[5.1.2e]`` (a layer must have a name), a configuration's name is dropped.
    """
    match = secret_matcher(secrets)
    provenance = renamed = 0
    for obj in list(reachable(pdf)):
        if obj.get(Name.Type) != Name.OCG:
            continue
        usage = obj.get(Name.Usage)
        for key in _LAYER_PROVENANCE:
            if is_dict(usage) and key in usage:
                del usage[key]
                provenance += 1
        if match.object(obj.get(Name.Name)):
            obj.Name = pikepdf.String(REPLACEMENT_TITLE)
            renamed += 1
    props = pdf.Root.get(Name.OCProperties)
    configs = [props.get(Name.D), *(props.get(Name.Configs) or ())] if is_dict(props) else []
    for config in configs:
        if not is_dict(config):
            continue
        if Name.Creator in config:
            del config[Name.Creator]
            provenance += 1
        if match.object(config.get(Name.Name)):
            del config[Name.Name]
            renamed += 1
    notes = []
    if provenance:
        notes.append(f"layers: removed {plural(provenance, 'creator or user entry', 'creator or user entries')}")
    if renamed:
        notes.append(f"layers: renamed {plural(renamed, 'layer or configuration', 'layers or configurations')}")
    return tuple(notes)


def _action_chain(action: object, depth: int = 0) -> Iterator[object]:
    if depth > MAX_DEPTH:
        yield None  # too deep to examine: treated as harmful
        return
    yield action
    if is_dict(action):
        nxt = action.get(Name.Next)
        if isinstance(nxt, Array):
            for a in nxt:
                yield from _action_chain(a, depth + 1)
        elif nxt is not None:
            yield from _action_chain(nxt, depth + 1)


def harmful_action(action: object, match: SecretMatcher) -> bool:
    """Whether an action (with its /Next chain) must go.

    Harmful: anything but GoTo, URI and Named; a mailto: URI; a URI or a
    named destination that contains a secret; a malformed action.
    """
    if isinstance(action, Array):  # a destination, e.g. /OpenAction [page /Fit]
        return False
    for a in _action_chain(action):
        if not is_dict(a):
            return True
        subtype = a.get(Name.S)
        if not isinstance(subtype, Name) or str(subtype) not in SAFE_ACTIONS:
            return True
        if subtype == Name.URI:
            uri = text_of(a.get(Name.URI)) or ""
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
    match = secret_matcher(secrets)
    n = 0
    root = pdf.Root
    if Name.OpenAction in root:
        oa = root.get(Name.OpenAction)
        if harmful_action(oa, match) or (isinstance(oa, (pikepdf.String, Name)) and match.object(oa)):
            del root[Name.OpenAction]
            n += 1
    for holder in [root, *(p.obj for p in pdf.pages)]:
        if Name.AA in holder:
            del holder[Name.AA]
            n += 1
    return (f"actions: removed {n} (open action or additional actions)",) if n else ()


def scrub_embedded_files(pdf: pikepdf.Pdf, secrets: Sequence[str] = ()) -> tuple[str, ...]:
    """Remove embedded files and associated files.

    Threat: an attached original (the .docx, the e-mail as .msg) holds the
    unredacted text; file names and descriptions name people. Uses
    :func:`pikepdf.sanitize.remove_attachments`, which also clears /AF
    references, and drops the portfolio view (/Collection).
    """
    del secrets
    names = names_dict(pdf)
    n = name_tree_len(names.EmbeddedFiles) if names is not None and Name.EmbeddedFiles in names else 0
    n_af = sum(1 for o in reachable(pdf) if Name.AF in o)
    if n or n_af:
        pikepdf.sanitize.remove_attachments(pdf)
    notes = []
    if n:
        notes.append(f"embedded files: removed {n}")
    if n_af:
        notes.append(f"associated files: removed {plural(n_af, 'reference')}")
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
    names = names_dict(pdf)
    notes = []
    for key, label in (
        (Name.JavaScript, "JavaScript"),
        (Name.Renditions, "renditions"),
    ):
        if names is not None and key in names:
            n = name_tree_len(names[key])
            del names[key]
            notes.append(f"{label}: removed {n} document-level entr{'y' if n == 1 else 'ies'}")
    before = _count_actions(pdf, {"/JavaScript", "/Rendition", "/Movie", "/Sound", "/RichMediaExecute"})
    if before:
        pikepdf.sanitize.remove_javascript(pdf)
        pikepdf.sanitize.remove_multimedia(pdf)
        notes.append(f"JavaScript/media: removed {plural(before, 'action')}")
    return tuple(notes)


def _count_actions(pdf: pikepdf.Pdf, subtypes: set[str]) -> int:
    return sum(1 for o in reachable(pdf) if isinstance(o.get(Name.S), Name) and _name(o.get(Name.S)) in subtypes)


def _name(name: object) -> str:
    """A PDF name as text; a name that is no UTF-8 (a damaged file) matches nothing."""
    try:
        return str(name)
    except UnicodeDecodeError:
        return ""
