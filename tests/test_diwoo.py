"""DiWoo 0.9.8 records: valid for every kind of document, and a broken record is rejected offline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from woo_redact.config import load_config
from woo_redact.disclose import diwoo
from woo_redact.disclose.publish import motivation_annex, published_documents, write_publication
from woo_redact.errors import ConfigError
from woo_redact.layout import Layout
from woo_redact.model import Assessment, DocumentResult, DossierEntry

BZK = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034"
BESLISNOTA = "https://identifier.overheid.nl/tooi/def/thes/kern/c_2977c34f"
MADE = dt.datetime(2026, 4, 1, 12, 0, tzinfo=dt.UTC)


def _config(tmp_path: Path, **publication: str | bool):
    lines = ["publication:"] + [
        f"  {k}: {v!r}" if isinstance(v, bool) else f'  {k}: "{v}"' for k, v in publication.items()
    ]
    path = tmp_path / "c.yaml"
    path.write_text("\n".join(lines).replace("True", "true").replace("False", "false") + "\n", encoding="utf-8")
    return load_config(path)


def _result(output: str, grounds: tuple[str, ...] = ("5.1.2e",), date: str = "") -> DocumentResult:
    assessment = Assessment.PARTLY_PUBLIC if grounds else Assessment.PUBLIC
    return DocumentResult(output, output, "a" * 64, "b" * 64, 1, assessment, grounds, len(grounds), date)


DOSSIER = (
    DossierEntry("nota.pdf", "docx", family="nota.pdf"),
    DossierEntry("mail/m.pdf", "eml", family="mail/m.pdf", thread="mail/m.pdf", date="2026-03-03T14:05:00+01:00"),
    DossierEntry("mail/m.bijlage-1.pdf", "pdf", family="mail/m.pdf", thread="mail/m.pdf"),
    DossierEntry("x.zip", "zip", family="x.zip", not_processed="type .zip is not supported"),
)
RESULTS = (_result("nota.pdf", date="2026-03-12"), _result("mail/m.pdf"), _result("mail/m.bijlage-1.pdf", ()))


def test_every_record_of_a_dossier_validates(tmp_path: Path) -> None:
    config = _config(tmp_path, publisher=BZK, publisher_label="ministerie van BZK", document_type=BESLISNOTA)
    docs = published_documents(RESULTS, DOSSIER)
    assert [d.output for d in docs] == ["nota.pdf", "mail/m.pdf", "mail/m.bijlage-1.pdf"]  # not the unprocessed
    for doc in docs:
        xml = diwoo.record(doc, config, MADE)
        assert diwoo.validation_errors(xml) == []
    mail, attachment = docs[1], docs[2]
    assert mail.parts == ("mail/m.bijlage-1.pdf",) and attachment.part_of == "mail/m.pdf"
    assert (
        mail.title == "E-mail van 3 maart 2026"
        and attachment.title == "Bijlage 1 bij e-mail van 3 maart 2026 (document 2)"
    )
    root = etree.fromstring(diwoo.record(docs[0], config, MADE))
    ns = {"d": diwoo.NS}
    assert root.findtext(".//d:atTime", namespaces=ns) == "2026-03-12T00:00:00+01:00"
    assert root.find(".//d:publisher", ns).get("resource") == BZK
    assert root.find(".//d:documentsoort", ns).get("resource") == BESLISNOTA
    assert root.find(".//d:informatiecategorie", ns).get("resource").endswith("c_3baef532")
    mail_root = etree.fromstring(diwoo.record(mail, config, MADE))
    assert mail_root.findtext(".//d:atTime", namespaces=ns) == "2026-03-03T14:05:00+01:00"
    assert mail_root.find(".//d:documentsoort", ns) is None  # no TOOI document type fits an e-mail


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda x: x.replace(b"T00:00:00+01:00</diwoo:atTime>", b"</diwoo:atTime>"), "xs:dateTime"),
        (lambda x: x.replace(BZK.encode(), b"https://identifier.overheid.nl/tooi/id/ministerie/mnre9999"), "resource"),
        (lambda x: x.replace(b"<diwoo:officieleTitel>nota</diwoo:officieleTitel>", b""), "officieleTitel"),
        (lambda x: etree.tostring(_without(etree.fromstring(x), "publisher")), "publisher"),
        (lambda x: etree.tostring(_without(etree.fromstring(x), "documenthandelingen")), "documenthandelingen"),
    ],
)
def test_a_broken_record_is_rejected(tmp_path: Path, change, expected: str) -> None:  # noqa: ANN001
    config = _config(tmp_path, publisher=BZK)
    good = diwoo.record(published_documents(RESULTS, DOSSIER)[0], config, MADE)
    bad = change(good)
    assert bad != good
    errors = diwoo.validation_errors(bad)
    assert errors and any(expected in e for e in errors), errors


def _without(root: etree._Element, name: str) -> etree._Element:
    el = root.find(f".//{{{diwoo.NS}}}{name}")
    el.getparent().remove(el)
    return root


def test_a_publisher_outside_the_tooi_list_stops_with_what_to_change(tmp_path: Path) -> None:
    config = _config(tmp_path, publisher="https://example.org/mijn-organisatie")
    with pytest.raises(ConfigError, match="publication.publisher"):
        diwoo.record(published_documents(RESULTS, DOSSIER)[0], config, MADE)


def test_at_time_is_always_a_full_date_time() -> None:
    assert diwoo.at_time("2026-07-01", MADE) == "2026-07-01T00:00:00+02:00"  # summer time in Amsterdam
    assert diwoo.at_time("2026-03-03T14:05:00+01:00", MADE) == "2026-03-03T14:05:00+01:00"
    assert diwoo.at_time("", MADE) == "2026-04-01T14:00:00+02:00"


def test_publication_files_sitemap_and_annex(tmp_path: Path) -> None:
    config = _config(tmp_path, publisher=BZK, base_url="https://woo.example.nl/besluit-1/", motivation_annex=True)
    layout = Layout(tmp_path / "out")
    written: dict[Path, bytes] = {}
    (layout.publish).mkdir(parents=True)
    stale = layout.publish / "x.diwoo.xml"
    stale.write_bytes(b"<old/>")
    warnings = write_publication(layout, config, RESULTS, DOSSIER, lambda p, b: written.__setitem__(p, b), MADE)
    assert warnings == [] and not stale.exists()
    names = sorted(str(p.relative_to(layout.publish)) for p in written)
    assert names == [
        "diwoo-sitemap.xml",
        "mail/m.bijlage-1.diwoo.xml",
        "mail/m.diwoo.xml",
        "motivering-per-document.csv",
        "nota.diwoo.xml",
    ]
    sitemap = etree.fromstring(written[layout.publish / "diwoo-sitemap.xml"])
    sm = {"s": diwoo.SITEMAP_NS, "d": diwoo.NS}
    locs = sitemap.xpath("//s:url/s:loc/text()", namespaces=sm)
    assert locs == [f"https://woo.example.nl/besluit-1/{d}" for d in ("nota.pdf", "mail/m.pdf", "mail/m.bijlage-1.pdf")]
    for doc in sitemap.xpath("//s:url/d:Document", namespaces=sm):
        assert diwoo.schema().validate(etree.fromstring(etree.tostring(doc))), diwoo.schema().error_log
    annex = written[layout.publish / "motivering-per-document.csv"].decode("utf-8-sig").splitlines()
    assert annex[0] == "Nr.;Documentnaam;Weigeringsgrond;Motivering"
    assert annex[1].startswith('1;nota.pdf;5.1.2e;"In de openbaar gemaakte versie') and "artikel 5.1" in annex[1]
    assert annex[3] == '3;mail/m.bijlage-1.pdf;;"Volledig openbaar; niets weggelakt."'
    assert motivation_annex(RESULTS, DOSSIER, config) == written[layout.publish / "motivering-per-document.csv"]


def test_without_a_publisher_no_records_and_a_warning(tmp_path: Path) -> None:
    config = load_config(None)
    written: list[Path] = []
    warnings = write_publication(Layout(tmp_path), config, RESULTS, DOSSIER, lambda p, b: written.append(p), MADE)
    assert written == [] and "publication.publisher" in warnings[0]
