"""DiWoo metadata (standard version 0.9.8): one XML record per published document, and an index.

A publication platform (open.overheid.nl, a ministry's Woo platform) takes,
besides the PDF, a DiWoo record: publisher (a TOOI organisation), official
title, information category (Woo art. 3.3, TOOI list), document type,
creation date and one *documenthandeling* with its kind and a full date-time
(``atTime`` is ``xs:dateTime``: a bare date fails). The records are written
next to the PDFs as ``publish/<name>.diwoo.xml``; ``publish/diwoo-sitemap.xml``
is the dossier's index in the sitemap shape DiWoo extends: one ``<url>`` per
document with its location and the ``diwoo:Document`` inside.

What goes into a record is what the inventory already publishes, never text
from inside a document: the official title is the file name (an e-mail's is
"E-mail van <date>", an attachment's "Bijlage N bij ..."; a subject line may
name a person), the date is the note's date or the e-mail's sent time.

Every record is validated against the schema (``data/diwoo/``, offline with
lxml) before it is written; one that fails is a configuration problem
(say, a publisher that is no TOOI organisation) and stops with the reason.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

from lxml import etree

from ..config import Config
from ..errors import ConfigError

NS = "https://standaarden.overheid.nl/diwoo/metadata/"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "data" / "diwoo"
MDTO_URL = "https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd"
KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/"
VASTSTELLING = (KERN + "c_641ecd76", "vaststelling")
PDF_FORMAT = ("http://publications.europa.eu/resource/authority/file-type/PDF", "pdf")
DUTCH = ("http://publications.europa.eu/resource/authority/language/NLD", "Nederlands")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
RECORD_SUFFIX = ".diwoo.xml"
SITEMAP_NAME = "diwoo-sitemap.xml"


@dataclass(frozen=True)
class Published:
    """What a record says about one published document."""

    output: str  # its path under publish/
    number: str  # its Nr. in the inventory
    title: str
    date: str  # ISO date or date-time ('' when unknown)
    is_mail: bool = False
    part_of: str = ""  # the e-mail's output path, for an attachment
    parts: tuple[str, ...] = ()  # the attachments' output paths, for an e-mail


class _LocalSchemas(etree.Resolver):  # type: ignore[misc]  # lxml is untyped here (Any): see pyproject
    """Resolves the MDTO import to the stand-in in data/diwoo (no network)."""

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        if system_url == MDTO_URL or system_url.endswith("MDTO-XML1.0.1.xsd"):
            return self.resolve_filename(str(SCHEMA_DIR / "mdto-stub.xsd"), context)
        return None


@functools.cache
def schema() -> etree.XMLSchema:
    """The DiWoo 0.9.8 schema, loaded from the package's copy without network access."""
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalSchemas())
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "diwoo-metadata.xsd"), parser))


def validation_errors(xml: bytes) -> list[str]:
    """The schema's complaints about a ``diwoo:Document`` record ([] when it is valid)."""
    doc = etree.fromstring(xml)
    s = schema()
    if s.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in s.error_log]


def at_time(date: str, fallback: dt.datetime) -> str:
    """A full ``xs:dateTime`` with offset: a date-time as it is, a bare date at 00:00 Amsterdam time."""
    if not date:
        return fallback.astimezone(AMSTERDAM).isoformat(timespec="seconds")
    when = dt.datetime.fromisoformat(date)
    if when.tzinfo is None:
        when = when.replace(tzinfo=AMSTERDAM)
    return when.isoformat(timespec="seconds")


def _el(parent: etree._Element, name: str, text: str = "", resource: str = "") -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{name}")
    if resource:
        el.set("resource", resource)
    if text:
        el.text = text
    return el


def identifier(config: Config, output: str) -> str:
    """The document's identifier: the dossier's prefix (config) and its path under publish/."""
    prefix = config.publication.identifier_prefix
    return f"{prefix}{output}" if prefix else output


def document_element(doc: Published, config: Config, made: dt.datetime) -> etree._Element:
    """The ``diwoo:Document`` of one published document."""
    pub = config.publication
    if not pub.publisher:
        raise ConfigError(
            "publication.publisher is not set: give the TOOI URI of your organisation in the config "
            "(e.g. https://identifier.overheid.nl/tooi/id/ministerie/mnre1034) to write DiWoo records."
        )
    root = etree.Element(f"{{{NS}}}Document", nsmap={"diwoo": NS})
    d = _el(root, "DiWoo")
    ids = _el(d, "identifiers")
    _el(ids, "identifier", identifier(config, doc.output))
    _el(d, "publisher", pub.publisher_label or pub.publisher, pub.publisher)
    _el(_el(d, "titelcollectie"), "officieleTitel", doc.title)
    classes = _el(d, "classificatiecollectie")
    cats = _el(classes, "informatiecategorieen")
    _el(cats, "informatiecategorie", pub.information_category_label, pub.information_category)
    if pub.document_type and not doc.is_mail:
        _el(_el(classes, "documentsoorten"), "documentsoort", pub.document_type_label, pub.document_type)
    if doc.date:
        _el(d, "creatiedatum", doc.date[:10])
    _el(d, "language", DUTCH[1], DUTCH[0])
    _el(d, "format", PDF_FORMAT[1], PDF_FORMAT[0])
    if doc.part_of:
        _el(d, "isPartOf", "e-mail", identifier(config, doc.part_of))
    if doc.parts:
        parts = _el(d, "hasParts")
        for p in doc.parts:
            _el(parts, "hasPart", "bijlage", identifier(config, p))
    handling = _el(_el(d, "documenthandelingen"), "documenthandeling")
    _el(handling, "soortHandeling", VASTSTELLING[1], VASTSTELLING[0])
    _el(handling, "atTime", at_time(doc.date, made))
    return root


def record(doc: Published, config: Config, made: dt.datetime) -> bytes:
    """One document's record, validated; :class:`ConfigError` when the config's values do not fit the lists."""
    xml: bytes = etree.tostring(
        document_element(doc, config, made), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    problems = validation_errors(xml)
    if problems:
        raise ConfigError(
            f"the DiWoo record of {doc.output} does not validate against DiWoo 0.9.8 ({'; '.join(problems[:3])}). "
            "Check publication.publisher, information_category and document_type in the config: each must be a "
            "URI from the TOOI lists in woo_redact/data/diwoo/diwoo-metadata-lijsten.xsd."
        )
    return xml


def record_path(output: str) -> PurePosixPath:
    """``notes/a.pdf`` → ``notes/a.diwoo.xml``: the record's path under publish/."""
    rel = PurePosixPath(output)
    return rel.with_name(rel.stem + RECORD_SUFFIX)


def sitemap(docs: Sequence[Published], config: Config, made: dt.datetime) -> bytes:
    """The dossier's index: a sitemap ``urlset`` with each document's location and its DiWoo record."""
    root = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS, "diwoo": NS})
    base = config.publication.base_url.rstrip("/")
    for doc in docs:
        url = etree.SubElement(root, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = f"{base}/{doc.output}" if base else doc.output
        etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = made.astimezone(AMSTERDAM).date().isoformat()
        url.append(document_element(doc, config, made))
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out
