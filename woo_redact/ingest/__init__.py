"""The dossier: every file of the input, each made into a PDF to redact or listed with why not.

A Woo request is answered with a dossier, not a folder of PDFs: notes, Word
and OpenDocument files, e-mails with their attachments. :func:`discover` lists
the input's files (cheap: nothing is converted); :func:`prepare` turns each
into the PDF the pipeline redacts:

- ``.pdf``: taken as it is;
- ``.docx``, ``.doc``, ``.odt``, ``.rtf``: converted by LibreOffice after
  their hidden channels are removed (:mod:`.office`);
- ``.eml``, ``.msg``: printed to a PDF with the header block, the body and
  the list of attachments (:mod:`.mail`, :mod:`.render`); each attachment
  becomes a document of its own (a PDF as it is, an Office file converted, an
  attached e-mail the same way, recursively), in the e-mail's family;
- anything else: an :class:`Item` without a PDF and with the reason, so it is
  named in the run's summary and in the inventory. Nothing in the input goes
  unmentioned.

Conversions run in parallel (``--workers`` threads, each with its own
LibreOffice and profile folder); a file converted in an earlier run from the
same bytes is not converted again, and an e-mail always prints to the same
bytes, so a rerun finds its outputs up to date.

Converted and printed PDFs are staged under ``OUT/work/ingest/`` (they hold
personal data, like everything in ``work/``). Attachments are named by their
place, ``<e-mail>.bijlage-N.pdf``, never by their own file name (which may
name a person); their names are listed on the e-mail's page, where they are
redacted with the rest of the text.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import hashlib
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import DocumentError, UsageError
from ..outputs import atomic_write
from .mail import Mail, read_eml, read_msg
from .office import OFFICE_SUFFIXES, Converter, OfficeMissing
from .render import mail_pdf

MAIL_SUFFIXES = frozenset({".eml", ".msg"})
PDF_MAGIC = b"%PDF-"
MAX_DEPTH = 5  # e-mails attached to e-mails attached to ...


@dataclass(frozen=True)
class Found:
    """A file of the input: where it is and its path relative to the folder it was found in."""

    path: Path
    rel: PurePosixPath
    given: Path  # the input (file or folder) it was found under


@dataclass(frozen=True)
class Item:
    """One document of the dossier.

    ``rel`` is its disclosure version's path under ``publish/`` (for a document
    that is not processed: its own path). ``pdf`` is the file to redact, or
    None with ``reason`` saying why it is not processed.
    """

    rel: PurePosixPath
    origin: Path  # the input file (for an attachment: the e-mail it came with)
    file_type: str  # pdf, docx, odt, eml, msg, ... (an attachment: its own type)
    pdf: Path | None = None
    reason: str = ""
    family: PurePosixPath | None = None  # rel of the family's e-mail (the e-mail itself too)
    mail: Mail | None = None  # an e-mail: its headers and body (attachments dropped)
    given: Path | None = None

    @property
    def processed(self) -> bool:
        return self.pdf is not None


@dataclass(frozen=True)
class Dossier:
    """All items, in input order (an e-mail directly followed by its attachments)."""

    items: tuple[Item, ...]

    def pairs(self) -> dict[Path, list[tuple[Path, PurePosixPath]]]:
        """Per input (file or folder as given): the PDFs to redact and their output paths."""
        out: dict[Path, list[tuple[Path, PurePosixPath]]] = {}
        for item in self.items:
            if item.given is not None:
                out.setdefault(item.given, [])
                if item.pdf is not None:
                    out[item.given].append((item.pdf, item.rel))
        return out

    @property
    def not_processed(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if not i.processed)


# never documents of a dossier: folder metadata of macOS/Windows, Office's lock files of open documents
SYSTEM_FILES = (".*", "~$*", "Thumbs.db", "desktop.ini")


@dataclass(frozen=True)
class Listing:
    """The input's files: those of the dossier, and those left out by an ignore pattern."""

    found: tuple[Found, ...]
    ignored: tuple[Path, ...] = ()


def discover(inputs: Sequence[Path], out: Path, ignore: Sequence[str] = ()) -> Listing:
    """Every file of the inputs (folders recursively, the output folder left out), in a stable order.

    A file in a folder whose name or relative path matches one of ``ignore`` or
    :data:`SYSTEM_FILES` (shell patterns) is left out, and counted in ``ignored``;
    a file given by name is always taken.
    """
    found: list[Found] = []
    ignored: list[Path] = []
    out_resolved = out.resolve()
    patterns = (*SYSTEM_FILES, *ignore)
    for given in inputs:
        if not given.exists():
            raise UsageError(f"{given}: no such file or folder. Check the path.")
        if given.is_dir():
            files = sorted(p for p in given.rglob("*") if p.is_file())
            for p in files:
                if out_resolved in p.resolve().parents:
                    continue
                rel = PurePosixPath(p.relative_to(given).as_posix())
                if any(fnmatch.fnmatchcase(part, pat) for pat in patterns for part in (*rel.parts, str(rel))):
                    ignored.append(p)
                else:
                    found.append(Found(p, rel, given))
        else:
            found.append(Found(given, PurePosixPath(given.name), given))
    return Listing(tuple(found), tuple(ignored))


def needs_office(found: Sequence[Found]) -> bool:
    """Whether any input file needs LibreOffice (e-mail attachments aside: those fail alone)."""
    return any(f.path.suffix.lower() in OFFICE_SUFFIXES for f in found)


def prepare(found: Sequence[Found], staging: Path, workers: int = 1) -> Dossier:
    """Make the PDF of every found file under ``staging`` (``OUT/work/ingest``); see the module doc.

    Word/OpenDocument conversions run in ``workers`` threads, each with its own
    LibreOffice (and profile folder); everything else is done here, in order.
    """
    preparer = _Preparer(
        staging, {f.rel.with_suffix(".pdf") for f in found if f.path.suffix.lower() == ".pdf"}, workers
    )
    try:
        later = [entry for f in found for entry in preparer.file(f)]
        items = tuple(entry.get() for entry in later)
    finally:
        preparer.close()
    return Dossier(items)


class _Later:
    """An item that is ready later: a conversion running in the pool, an e-mail waiting for its attachments."""

    def __init__(self, make: Callable[[], Item]) -> None:
        self._make: Callable[[], Item] | None = make
        self._item: Item | None = None

    @classmethod
    def now(cls, item: Item) -> _Later:
        return cls(lambda: item)

    def get(self) -> Item:
        if self._item is None:
            assert self._make is not None
            self._item, self._make = self._make(), None
        return self._item


class _Preparer:
    def __init__(self, staging: Path, pdf_rels: set[PurePosixPath], workers: int) -> None:
        self.staging = staging
        self.taken = set(pdf_rels)  # output paths in use (the PDFs of the input hold theirs)
        self.pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="soffice")
        self.local = threading.local()
        self.converters: list[Converter] = []
        self.lock = threading.Lock()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        for conv in self.converters:
            conv.__exit__(None, None, None)

    def file(self, f: Found) -> list[_Later]:
        suffix = f.path.suffix.lower()
        kind = suffix.lstrip(".") or "(geen extensie)"
        base = Item(f.rel, f.path, kind, given=f.given)
        if suffix == ".pdf":
            return [_Later.now(dataclasses.replace(base, pdf=f.path))]
        if suffix not in OFFICE_SUFFIXES | MAIL_SUFFIXES:
            return [_Later.now(dataclasses.replace(base, reason=_unknown_reason(suffix)))]
        try:
            data = f.path.read_bytes()
        except OSError as exc:
            return [_Later.now(dataclasses.replace(base, reason=f"the file cannot be read ({exc.strerror})"))]
        rel = self._output_rel(f.rel)
        if suffix in OFFICE_SUFFIXES:
            return [self._office(dataclasses.replace(base, rel=rel), data, suffix)]
        return self._mail(dataclasses.replace(base, rel=rel, family=rel), data, suffix, 0)

    def _output_rel(self, rel: PurePosixPath) -> PurePosixPath:
        """``brief.docx`` → ``brief.pdf``, or ``brief.docx.pdf`` when a ``brief.pdf`` is in the input."""
        out = rel.with_suffix(".pdf")
        if out in self.taken:
            out = rel.with_name(rel.name + ".pdf")
        n = 2
        while out in self.taken:
            out = rel.with_name(f"{rel.stem}__{n}.pdf")
            n += 1
        self.taken.add(out)
        return out

    def _stage(self, rel: PurePosixPath, pdf: bytes) -> Path:
        path = self.staging / rel
        atomic_write(path, pdf)
        return path

    def _office(self, item: Item, data: bytes, suffix: str) -> _Later:
        key = hashlib.sha256(data).hexdigest()
        path = self.staging / item.rel
        stamp = path.with_name(path.name + ".source-sha256")
        if path.is_file() and stamp.is_file() and stamp.read_text().strip() == key:
            return _Later.now(dataclasses.replace(item, pdf=path))  # converted in an earlier run from these bytes
        return _Later(self.pool.submit(self._convert, item, data, suffix, stamp, key).result)

    def _converter(self) -> Converter:
        """This thread's LibreOffice (its own profile folder)."""
        conv = getattr(self.local, "converter", None)
        if conv is None:
            conv = self.local.converter = Converter()
            with self.lock:
                self.converters.append(conv)
        return conv

    def _convert(self, item: Item, data: bytes, suffix: str, stamp: Path, key: str) -> Item:
        """In a pool thread: the PDF of one Word/OpenDocument file, or the item with why not."""
        try:
            pdf = self._converter().to_pdf(data, suffix, str(item.origin))
        except OfficeMissing as exc:
            return dataclasses.replace(item, reason=f"not converted: {exc}")
        except DocumentError as exc:
            return dataclasses.replace(item, reason=_own_message(str(exc), str(item.origin)))
        staged = self._stage(item.rel, pdf)
        atomic_write(stamp, key.encode())
        return dataclasses.replace(item, pdf=staged)

    def _mail(self, item: Item, data: bytes, suffix: str, depth: int) -> list[_Later]:
        try:
            mail = read_msg(data) if suffix == ".msg" else read_eml(data)
        except DocumentError as exc:
            return [_Later.now(dataclasses.replace(item, reason=str(exc)))]
        direct: list[_Later] = []  # one per attachment
        rest: list[_Later] = []  # everything in the attachments, in order
        stem = item.rel.with_suffix("")
        for n, att in enumerate(mail.attachments, 1):
            rel = stem.with_name(f"{stem.name}.bijlage-{n}.pdf")
            self.taken.add(rel)
            a_suffix = PurePosixPath(att.name).suffix.lower()
            if att.mime == "message/rfc822" and a_suffix not in MAIL_SUFFIXES:
                a_suffix = ".eml"
            kind = a_suffix.lstrip(".") or "(geen extensie)"
            child = Item(rel, item.origin, kind, family=item.family, given=item.given)
            nested: list[_Later] = []
            if att.data.startswith(PDF_MAGIC):
                first = _Later.now(dataclasses.replace(child, file_type="pdf", pdf=self._stage(rel, att.data)))
            elif a_suffix == ".pdf":
                first = _Later.now(dataclasses.replace(child, reason="the attachment is named .pdf but is not a PDF"))
            elif a_suffix in OFFICE_SUFFIXES:
                first = self._office(child, att.data, a_suffix)
            elif a_suffix in MAIL_SUFFIXES and depth < MAX_DEPTH:
                first, *nested = self._mail(child, att.data, a_suffix, depth + 1)
            else:
                first = _Later.now(dataclasses.replace(child, reason="attachment: " + _unknown_reason(a_suffix)))
            own_type = rel.with_name(f"{stem.name}.bijlage-{n}{a_suffix}") if a_suffix not in ("", ".pdf") else rel
            direct.append(_Later(functools.partial(_listed_as, first, own_type)))
            rest += [direct[-1], *nested]

        def printed() -> Item:
            notes = []
            for entry in direct:
                done = entry.get()
                notes.append(f"document {done.rel.name}" if done.processed else f"{done.rel.name}: niet verwerkt")
            pdf = self._stage(item.rel, mail_pdf(mail, notes))
            return dataclasses.replace(item, pdf=pdf, mail=dataclasses.replace(mail, attachments=()))

        return [_Later(printed), *rest]


def _listed_as(entry: _Later, own_type: PurePosixPath) -> Item:
    """An attachment that is not processed is listed under its own type, not as a PDF that does not exist."""
    done = entry.get()
    return done if done.processed else dataclasses.replace(done, rel=own_type)


def _unknown_reason(suffix: str) -> str:
    kind = f"type {suffix}" if suffix else "a file without extension"
    return (
        f"{kind} is not supported (PDF, Word .docx/.doc, OpenDocument .odt, RTF and e-mail "
        ".eml/.msg are). Convert it to PDF and add that, or list it in the decision by hand"
    )


def _own_message(msg: str, source: str) -> str:
    return msg[len(source) + 2 :] if msg.startswith(f"{source}: ") else msg
