"""What goes next to the disclosure versions in ``publish/``: DiWoo records, their index, the annex.

- ``publish/<name>.diwoo.xml`` per published document and ``publish/diwoo-sitemap.xml``
  (:mod:`.diwoo`), when the config names a publisher;
- ``publish/motivering-per-document.csv`` (``publication.motivation_annex``): the annex to the
  Woo-besluit, one row per document and ground used, with the ground's standard sentence.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath

from ..config import Config
from ..layout import Layout
from ..model import DocumentResult, DossierEntry
from . import diwoo
from .diwoo import Published

ANNEX_NAME = "motivering-per-document.csv"
ANNEX_COLUMNS = ("Nr.", "Documentnaam", "Weigeringsgrond", "Motivering")


def published_documents(results: Sequence[DocumentResult], entries: Sequence[DossierEntry]) -> list[Published]:
    """The documents that have a disclosure version in publish/, with their title and date."""
    by_output = {r.output: r for r in results if not r.error}
    number = {e.output: str(n) for n, e in enumerate(entries, 1)}
    family_parts: dict[str, list[str]] = {}
    for e in entries:
        if e.family and e.family != e.output and e.output in by_output:
            family_parts.setdefault(e.family, []).append(e.output)
    dates = {e.output: e.date for e in entries}
    docs = []
    for e in entries:
        r = by_output.get(e.output)
        if r is None:
            continue
        is_mail = e.file_type in ("eml", "msg")
        head = e.family if e.family and e.family != e.output else ""
        date = e.date or r.note_date
        docs.append(
            Published(
                output=e.output,
                number=number[e.output],
                title=_title(e, is_mail, head, number.get(head, ""), dates.get(head, "")),
                date=date,
                is_mail=is_mail,
                part_of=head,
                parts=tuple(family_parts.get(e.output, ())) if is_mail else (),
            )
        )
    return docs


def _title(e: DossierEntry, is_mail: bool, head: str, head_number: str, head_date: str) -> str:
    if is_mail and not head:
        return f"E-mail van {_dutch_date(e.date)}" if e.date else f"E-mail {PurePosixPath(e.output).stem}"
    if head:
        n = PurePosixPath(e.output).stem.rsplit(".bijlage-", 1)[-1]
        kind = "E-mail" if is_mail else "Bijlage"
        when = f" van {_dutch_date(head_date)}" if head_date else ""
        return f"{kind} {n} bij e-mail{when} (document {head_number})"
    return PurePosixPath(e.output).stem


def _dutch_date(iso: str) -> str:
    from ..ingest.render import MONTHS

    d = dt.date.fromisoformat(iso[:10])
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def write_publication(
    layout: Layout,
    config: Config,
    results: Sequence[DocumentResult],
    entries: Sequence[DossierEntry],
    write: Callable[[Path, bytes], None],
    made: dt.datetime | None = None,
) -> list[str]:
    """Write the records, the index and (if configured) the annex; returns warnings for stderr.

    The record of a document without a disclosure version now (it failed) is removed.
    """
    made = made or dt.datetime.now(dt.UTC)
    warnings = []
    docs = published_documents(results, entries)
    current = {diwoo.record_path(d.output) for d in docs}
    for e in entries:  # a document that failed since an earlier run loses its record with its PDF
        old = diwoo.record_path(e.output)
        if old not in current:
            (layout.publish / old).unlink(missing_ok=True)
    if config.publication.publisher:
        for doc in docs:
            write(layout.publish / diwoo.record_path(doc.output), diwoo.record(doc, config, made))
        write(layout.publish / diwoo.SITEMAP_NAME, diwoo.sitemap(docs, config, made))
    elif docs:
        warnings.append(
            "no DiWoo metadata written: set publication.publisher in the config to your organisation's TOOI URI"
        )
    if config.publication.motivation_annex:
        write(layout.publish / ANNEX_NAME, motivation_annex(results, entries, config))
    return warnings


def motivation_annex(results: Sequence[DocumentResult], entries: Sequence[DossierEntry], config: Config) -> bytes:
    """Per document, each ground used with its standard sentence (CSV like the inventory)."""
    by_output = {r.output: r for r in results if not r.error}
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(ANNEX_COLUMNS)
    for n, e in enumerate(entries, 1):
        r = by_output.get(e.output)
        if r is None:
            continue
        if not r.grounds:
            writer.writerow((str(n), e.output, "", "Volledig openbaar; niets weggelakt."))
        for g in sorted(set(r.grounds)):
            sentence = config.disclosure.grounds.get(g, f"Informatie is weggelakt op grond van {g} van de Woo.")
            writer.writerow((str(n), e.output, g, " ".join(sentence.split())))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
