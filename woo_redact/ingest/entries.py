"""The dossier as the inventory lists it: families, threads and related documents per document."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..model import DossierEntry
from . import Dossier, Item
from .related import identical_digests, quoted, threads


def dossier_entries(
    dossier: Dossier, output_of: Mapping[Path, str], digests: Mapping[str, str]
) -> tuple[DossierEntry, ...]:
    """One entry per item of the dossier, in its order.

    ``output_of``: the output path the batch gave each PDF (by the PDF's path);
    ``digests``: the :func:`~.related.text_digest` of the text read from each output's original (by
    output path), for finding identical documents.
    """

    def out(item: Item) -> str:
        return output_of.get(item.pdf, str(item.rel)) if item.pdf is not None else str(item.rel)

    outputs = {item.rel: out(item) for item in dossier.items}
    mails = {outputs[i.rel]: i.mail for i in dossier.items if i.mail is not None and i.processed}
    thread_of = threads(mails)
    head_thread = {i.rel: thread_of.get(outputs[i.rel], "") for i in dossier.items if i.mail is not None}
    ordered = {outputs[i.rel]: digests[outputs[i.rel]] for i in dossier.items if outputs[i.rel] in digests}
    related = {r.key: r for r in identical_digests(ordered)}
    for r in quoted(mails, skip=frozenset(related)):
        related[r.key] = r
    entries = []
    for item in dossier.items:
        key = outputs[item.rel]
        family = outputs.get(item.family, key) if item.family is not None else key
        if item.mail is not None:
            thread = thread_of.get(key, "")
        elif item.family is not None:
            thread = head_thread.get(item.family, "")
        else:
            thread = ""
        rel = related.get(key)
        sent = item.mail.sent.isoformat(timespec="seconds") if item.mail is not None and item.mail.sent else ""
        entries.append(
            DossierEntry(
                output=key,
                file_type=item.file_type,
                family=family,
                thread=thread,
                related=rel.twin if rel else "",
                related_why=rel.why if rel else "",
                not_processed="" if item.processed else item.reason,
                date=sent,
            )
        )
    return tuple(entries)
