"""The hidden channels of a Word or OpenDocument file, removed before it is converted to PDF.

:class:`.office.Converter` cleans every source with these before LibreOffice makes its PDF, so no
personal data in them can reach the PDF (or the redaction's proof has to catch it). :func:`clean_docx`
cleans a .docx (``.doc``, ``.odt`` and ``.rtf`` are converted to one first):

- document properties: ``docProps/core.xml`` (author, last modified by, title,
  subject, keywords, description), ``app.xml`` (company, manager) and custom
  properties are emptied;
- comments: the comment parts are emptied and their anchors in the text removed;
- tracked changes are *accepted*: a disclosure shows the document's final text,
  so insertions stay (unmarked) and deletions go, with the change history
  (``w:rPrChange`` and friends, which name their authors);
- hidden text (``w:vanish``, ``w:specVanish``): a run that is hidden, by its
  own formatting or by its character style, its paragraph's style or the
  document defaults (``basedOn`` followed; the nearest level that says
  something wins, direct formatting first), loses its content. LibreOffice
  does not print hidden text either, but it keeps it in the document it
  exports, and "not printed" is a setting, not a guarantee;
- headers and footers that Word never shows (a first-page header without
  ``w:titlePg``, even-page ones without ``w:evenAndOddHeaders``) lose their
  reference; document variables (``w:docVars``) and the attached template's
  path (often a user folder) are removed from the settings.

Headers and footers that are shown are kept: they are visible content of the
printed document (an office address, a document number, sometimes the author's
name), so they go through detection and are redacted like any other text on
the page. Custom XML data parts (``customXml/``) stay: content controls bound to
them show their values in the text, which is redacted like any other, and
LibreOffice writes nothing else of them into the PDF.

:func:`clean_odt` cleans what does not carry over into LibreOffice's Word export: an OpenDocument file's
hidden sections and hidden paragraphs would come out of it as plain, visible text.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

from ..errors import DocumentError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": W}
# parts whose text is shown on the page and may carry tracked changes and comment anchors
_STYLES, _SETTINGS = "word/styles.xml", "word/settings.xml"
_TEXT_PARTS = ("word/document.xml", "word/header", "word/footer", "word/footnotes.xml", "word/endnotes.xml")
_EMPTIED = {
    "word/comments.xml": f'<w:comments xmlns:w="{W}"/>',
    "word/commentsExtended.xml": ('<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>'),
    "word/commentsIds.xml": '<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"/>',
    "word/commentsExtensible.xml": (
        '<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"/>'
    ),
    "word/people.xml": '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>',
    "docProps/core.xml": (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>'
    ),
    "docProps/app.xml": (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>'
    ),
    "docProps/custom.xml": (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>'
    ),
}
# removed with their content: deleted text, moved-away text, comment anchors, change history
_DROP = (
    "w:del", "w:moveFrom", "w:commentRangeStart", "w:commentRangeEnd", "w:rPrChange", "w:pPrChange",
    "w:sectPrChange", "w:tblPrChange", "w:tblGridChange", "w:trPrChange", "w:tcPrChange", "w:numberingChange",
    "w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd",
    "w:customXmlDelRangeStart", "w:customXmlDelRangeEnd", "w:customXmlInsRangeStart", "w:customXmlInsRangeEnd",
)  # fmt: skip
# replaced by their content: inserted and moved-here text becomes plain text
_UNWRAP = ("w:ins", "w:moveTo")


class ConversionFailed(DocumentError):
    """One document could not be converted to PDF; the dossier goes on without it.

    Defined with the cleaners, which raise it first (a damaged package); :mod:`.office` exports it too.
    """


def clean_docx(data: bytes) -> bytes:
    """The .docx without properties, comments, change history and hidden text; tracked changes accepted."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ConversionFailed("the Word file is damaged (not a valid .docx package)") from exc
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = set(src.namelist())
        settings = _parse(src.read(_SETTINGS)) if _SETTINGS in names else None
        hiding = _Hiding.of(_parse(src.read(_STYLES)) if _STYLES in names else None)
        for info in src.infolist():
            body = src.read(info.filename)
            name = info.filename
            if name in _EMPTIED:
                body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + _EMPTIED[name]).encode()
            elif name == _SETTINGS and settings is not None:
                body = _clean_settings(settings)
            elif name.startswith(_TEXT_PARTS) and name.endswith(".xml"):
                body = _clean_text_part(body, hiding, settings)
            dst.writestr(info, body)
    return out.getvalue()


def _parse(xml: bytes) -> etree._Element:
    try:
        root: etree._Element = etree.fromstring(xml, etree.XMLParser(huge_tree=True, resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        raise ConversionFailed(f"the Word file is damaged (a part is not well-formed XML: {exc})") from exc
    return root


def _on(el: etree._Element | None) -> bool | None:
    """A toggle property's value: None when absent; ``w:val`` 0/false/off turns it off."""
    if el is None:
        return None
    return str(el.get(f"{{{W}}}val", "1")).lower() not in ("0", "false", "off")


def _vanish(rpr: etree._Element | None) -> bool | None:
    """Whether run properties hide the text (None: they do not say)."""
    if rpr is None:
        return None
    said = [_on(rpr.find(tag, _NS)) for tag in ("w:vanish", "w:specVanish")]
    return True if True in said else (False if False in said else None)


@dataclass(frozen=True)
class _Hiding:
    """What the styles part says about hidden text: per style id, per the document defaults."""

    styles: dict[str, bool | None]  # style id -> hidden (None: its chain does not say)
    default_paragraph: str  # the id of the default paragraph style ('' when none)
    default: bool  # docDefaults

    @classmethod
    def of(cls, styles: etree._Element | None) -> _Hiding:
        if styles is None:
            return cls({}, "", False)
        own: dict[str, bool | None] = {}
        based: dict[str, str] = {}
        default_paragraph = ""
        for st in styles.iterfind("w:style", _NS):
            sid = str(st.get(f"{{{W}}}styleId", ""))
            own[sid] = _vanish(st.find("w:rPr", _NS))
            parent = st.find("w:basedOn", _NS)
            if parent is not None:
                based[sid] = str(parent.get(f"{{{W}}}val", ""))
            is_default = str(st.get(f"{{{W}}}default", "")).lower() in ("1", "true", "on")
            if st.get(f"{{{W}}}type") == "paragraph" and is_default:
                default_paragraph = sid
        resolved: dict[str, bool | None] = {}
        for sid in own:
            seen: set[str] = set()
            cur: str | None = sid
            value: bool | None = None
            while cur is not None and cur in own and cur not in seen:  # basedOn may loop in a damaged file
                seen.add(cur)
                if own[cur] is not None:
                    value = own[cur]
                    break
                cur = based.get(cur)
            resolved[sid] = value
        default = bool(_vanish(styles.find("w:docDefaults/w:rPrDefault/w:rPr", _NS)))
        return cls(resolved, default_paragraph, default)

    def hidden(self, run: etree._Element) -> bool:
        """Whether the run's text is hidden: its own formatting, its style, its paragraph's, the defaults."""
        rpr = run.find("w:rPr", _NS)
        said = _vanish(rpr)
        if said is None and rpr is not None:
            style = rpr.find("w:rStyle", _NS)
            if style is not None:
                said = self.styles.get(str(style.get(f"{{{W}}}val", "")))
        if said is None:
            para = next((a for a in run.iterancestors(f"{{{W}}}p")), None)
            pstyle = para.find("w:pPr/w:pStyle", _NS) if para is not None else None
            sid = str(pstyle.get(f"{{{W}}}val", "")) if pstyle is not None else self.default_paragraph
            said = self.styles.get(sid)
        return self.default if said is None else said


def _clean_settings(settings: etree._Element) -> bytes:
    for tag in ("w:docVars", "w:attachedTemplate"):
        for el in settings.iterfind(tag, _NS):
            _remove(el)
    out: bytes = etree.tostring(settings, xml_declaration=True, encoding="UTF-8", standalone=True)
    return out


def _clean_text_part(xml: bytes, hiding: _Hiding | None = None, settings: etree._Element | None = None) -> bytes:
    root = _parse(xml)
    for tag in _DROP:
        for el in root.iterfind(f".//{tag}", _NS):
            _remove(el)
    # a comment reference sits in a run of its own: remove the run with it
    for ref in root.iterfind(".//w:commentReference", _NS):
        run = ref.getparent()
        _remove(run if run is not None and run.tag == f"{{{W}}}r" and len(run) <= 2 else ref)
    for tag in _UNWRAP:
        for el in list(root.iterfind(f".//{tag}", _NS)):
            _unwrap(el)
    # the paragraph mark itself may be tracked (w:rPr/w:ins|w:del): a deleted mark is simply kept
    hiding = hiding or _Hiding({}, "", False)
    for run in list(root.iter(f"{{{W}}}r")):
        if hiding.hidden(run):  # its content goes; its properties and field marks stay, so fields still close
            for child in list(run):
                if child.tag not in (f"{{{W}}}rPr", f"{{{W}}}fldChar"):
                    _remove(child)
    even_and_odd = settings is not None and bool(_on(settings.find("w:evenAndOddHeaders", _NS)))
    for sect in root.iter(f"{{{W}}}sectPr"):
        unshown = {"first"} if not _on(sect.find("w:titlePg", _NS)) else set()
        unshown |= set() if even_and_odd else {"even"}
        for ref in list(sect.iterfind("w:headerReference", _NS)) + list(sect.iterfind("w:footerReference", _NS)):
            if ref.get(f"{{{W}}}type") in unshown:
                _remove(ref)
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return out


TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODT_NS = {"text": TEXT}


def clean_odt(data: bytes) -> bytes:
    """The .odt without hidden sections, hidden paragraphs and hidden-text fields (in body and page styles).

    A section shown "under a condition" and a hidden paragraph whose last result
    is not recorded count as hidden: the condition (a user field, a database
    value) cannot be evaluated here, and text nobody saw is no part of the
    disclosure. Everything else is left for :func:`clean_docx`.
    """
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ConversionFailed("the OpenDocument file is damaged (not a valid .odt package)") from exc
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in ("content.xml", "styles.xml"):
                body = _clean_odt_part(body)
            dst.writestr(info, body, compress_type=info.compress_type)  # mimetype stays first and stored
    return out.getvalue()


def _clean_odt_part(xml: bytes) -> bytes:
    root = _parse(xml)
    for section in list(root.iter(f"{{{TEXT}}}section")):
        if section.get(f"{{{TEXT}}}display") in ("none", "condition"):
            _remove(section)
    for mark in list(root.iter(f"{{{TEXT}}}hidden-paragraph")):
        para = mark.getparent()
        if para is not None and str(mark.get(f"{{{TEXT}}}is-hidden", "true")).lower() != "false":
            for child in list(para):
                _remove(child)
            para.text = None
    for field in list(root.iter(f"{{{TEXT}}}hidden-text")):
        _remove(field)
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return out


def _remove(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:  # keep whitespace text outside the element where it was
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.getparent() is not None and el.getparent().tag == f"{{{W}}}rPr":
        parent.remove(el)  # a property mark (inserted paragraph mark), not content
        return
    index = parent.index(el)
    for i, child in enumerate(list(el)):
        parent.insert(index + i, child)
    parent.remove(el)
