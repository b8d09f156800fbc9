"""Word processor documents (.docx, .doc, .odt, .rtf) to PDF, without their hidden channels.

LibreOffice headless (``soffice``, Debian ``libreoffice-writer-nogui``) does the
conversion. Each process gets its own LibreOffice profile folder (two soffice
instances sharing a profile block each other), and every document its own time
limit: a document that hangs soffice fails alone, with its reason.

Before the PDF is made, the hidden channels of the source are removed, so no
personal data in them can reach the PDF (or the redaction's proof has to catch it):

- document properties: ``docProps/core.xml`` (author, last modified by, title,
  subject, keywords, description), ``app.xml`` (company, manager) and custom
  properties are emptied;
- comments: the comment parts are emptied and their anchors in the text removed;
- tracked changes are *accepted*: a disclosure shows the document's final text,
  so insertions stay (unmarked) and deletions go, with the change history
  (``w:rPrChange`` and friends, which name their authors).

Headers and footers are kept: they are visible content of the printed document
(an office address, a document number, sometimes the author's name), so they
go through detection and are redacted like any other text on the page.

``.doc``, ``.odt`` and ``.rtf`` are first converted to ``.docx`` by soffice
(tracked changes and comments carry over as Word markup), then cleaned the same
way: one cleaner, checked once, instead of one per format.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

from ..errors import DocumentError, MissingDependencyError

OFFICE_SUFFIXES = frozenset({".docx", ".doc", ".odt", ".rtf"})
TIMEOUT_SECONDS = 120.0
SOFFICE_HINT = (
    "install LibreOffice (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui), "
    "or take the Word/OpenDocument files out of the input"
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": W}
# parts whose text is shown on the page and may carry tracked changes and comment anchors
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


class OfficeMissing(MissingDependencyError):
    """soffice is not installed but the input holds Word or OpenDocument files (exit 6)."""


class ConversionFailed(DocumentError):
    """One document could not be converted to PDF; the dossier goes on without it."""


def soffice_missing() -> str:
    """Why LibreOffice cannot be used ('' when it can)."""
    if shutil.which("soffice") is None:
        return f"the program `soffice` (LibreOffice) is not installed: {SOFFICE_HINT}"
    return ""


def require_soffice() -> str:
    """The path of soffice; raises :class:`OfficeMissing` (exit 6) when it is not there."""
    exe = shutil.which("soffice")
    if exe is None:
        raise OfficeMissing(f"{soffice_missing()}.")
    return exe


def clean_docx(data: bytes) -> bytes:
    """The .docx without properties, comments and change history, tracked changes accepted."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ConversionFailed("the Word file is damaged (not a valid .docx package)") from exc
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            name = info.filename
            if name in _EMPTIED:
                body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + _EMPTIED[name]).encode()
            elif name.startswith(_TEXT_PARTS) and name.endswith(".xml"):
                body = _clean_text_part(body)
            dst.writestr(info, body)
    return out.getvalue()


def _clean_text_part(xml: bytes) -> bytes:
    root = etree.fromstring(xml, etree.XMLParser(huge_tree=True, resolve_entities=False))
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
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
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


class Converter:
    """soffice for one process: its own profile folder, a time limit per call.

    Use as a context manager; the profile folder is removed on exit.
    """

    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        self.exe = require_soffice()
        self.timeout = timeout
        self._tmp = tempfile.TemporaryDirectory(prefix=f"woo-redact-soffice-{os.getpid()}-")
        self.profile = Path(self._tmp.name) / "profile"

    def __enter__(self) -> Converter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._tmp.cleanup()

    def to_pdf(self, data: bytes, suffix: str, label: str) -> bytes:
        """The PDF of a Word/OpenDocument/RTF file's bytes, cleaned of its hidden channels first."""
        suffix = suffix.lower()
        if suffix not in OFFICE_SUFFIXES:
            raise ConversionFailed(f"{label}: {suffix} is not a Word or OpenDocument format")
        if suffix != ".docx":
            data = self._convert(data, suffix, "docx", label)
        return self._convert(clean_docx(data), ".docx", "pdf", label)

    def _convert(self, data: bytes, suffix: str, target: str, label: str) -> bytes:
        work = Path(tempfile.mkdtemp(dir=self._tmp.name))
        try:
            src = work / f"input{suffix}"
            src.write_bytes(data)
            cmd = [
                self.exe,
                f"-env:UserInstallation={self.profile.as_uri()}",
                "--headless",
                "--norestore",
                "--nolockcheck",
                "--convert-to",
                target,
                "--outdir",
                str(work / "out"),
                str(src),
            ]
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
            try:
                _, err = proc.communicate(timeout=self.timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                raise ConversionFailed(
                    f"{label}: LibreOffice did not finish converting it within {self.timeout:.0f} s. "
                    "Open it in Word or LibreOffice, save it as PDF and add that PDF instead"
                ) from None
            result = work / "out" / f"input.{target}"
            if proc.returncode != 0 or not result.is_file():
                detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
                raise ConversionFailed(
                    f"{label}: LibreOffice could not convert it to {target} ({detail[0][:200]}). "
                    "Check that the file opens in LibreOffice, or save it as PDF yourself"
                )
            return result.read_bytes()
        finally:
            shutil.rmtree(work, ignore_errors=True)
