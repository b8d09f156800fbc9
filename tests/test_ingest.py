"""ingest/: finding every file of a dossier, cleaning Word files, reading and printing e-mails, threads."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from dossiergen import FIRST_BODY, HIDDEN, SENT, eml, note_pdf, word_document
from msggen import msg_bytes

from woo_redact import ingest
from woo_redact.ingest.mail import Mail, MailUnreadable, read_eml, read_msg
from woo_redact.ingest.office import Converter, clean_docx
from woo_redact.ingest.related import identical, normalised_subject, quoted, threads
from woo_redact.ingest.render import mail_pdf
from woo_redact.parse import parse_pdf

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def _docx_text(data: bytes) -> str:
    """Every XML part of the package, as one string (what a reader of the file could find)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))


def test_clean_docx_drops_properties_comments_and_deletions_keeps_insertions_and_headers(tmp_path: Path) -> None:
    word_document(tmp_path / "brief.docx")
    raw = (tmp_path / "brief.docx").read_bytes()
    before = _docx_text(raw)
    assert all(v in before for v in HIDDEN.values() if not v.startswith(("Adriana", "Navragen")))
    after = _docx_text(clean_docx(raw))
    for key in ("docx_author", "docx_modified_by", "docx_comment_author", "docx_comment_text", "docx_deleted"):
        assert HIDDEN[key] not in after, key
    assert "De begroting blijft ongewijzigd." in after  # the tracked insertion is accepted
    assert "<w:ins " not in after and "<w:del " not in after and "commentReference" not in after
    assert "Ministerie van Voorbeeldzaken" in after  # the header is visible content and stays
    import docx  # the cleaned package still opens in Word's object model

    d = docx.Document(io.BytesIO(clean_docx(raw)))
    assert d.core_properties.author in ("", None)
    assert any("programma loopt" in p.text for p in d.paragraphs)


def test_clean_docx_refuses_a_damaged_file() -> None:
    from woo_redact.ingest.office import ConversionFailed

    with pytest.raises(ConversionFailed, match="damaged"):
        clean_docx(b"not a zip")


@needs_soffice
def test_word_to_pdf_shows_the_final_text_only(tmp_path: Path) -> None:
    word_document(tmp_path / "brief.docx")
    with Converter() as conv:
        pdf = conv.to_pdf((tmp_path / "brief.docx").read_bytes(), ".docx", "brief.docx")
    doc = parse_pdf(pdf, "brief.pdf")
    text = " ".join(doc.text.split())
    assert "De begroting blijft ongewijzigd." in text and "Ministerie van Voorbeeldzaken" in text
    for value in HIDDEN.values():
        assert value not in doc.text
        assert value.encode() not in pdf


@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_doc_and_rtf_are_cleaned_like_docx(tmp_path: Path, fmt: str) -> None:
    from dossiergen import soffice_convert

    word_document(tmp_path / "brief.docx")
    soffice_convert(tmp_path / "brief.docx", fmt, tmp_path / f"brief.{fmt}")
    data = (tmp_path / f"brief.{fmt}").read_bytes()
    assert HIDDEN["docx_comment_text"].encode() in data or HIDDEN["docx_comment_text"].encode("utf-16-le") in data
    with Converter() as conv:
        pdf = conv.to_pdf(data, f".{fmt}", f"brief.{fmt}")
    text = " ".join(parse_pdf(pdf, "brief.pdf").text.split())
    assert "Het programma loopt volgens de planning" in text and "De begroting blijft ongewijzigd." in text
    for key in ("docx_author", "docx_comment_author", "docx_comment_text", "docx_deleted"):
        assert HIDDEN[key] not in text and HIDDEN[key].encode() not in pdf, key


@needs_soffice
def test_a_hanging_conversion_fails_alone_with_its_time_limit(tmp_path: Path) -> None:
    from woo_redact.ingest.office import ConversionFailed

    word_document(tmp_path / "brief.docx")
    with Converter(timeout=0.01) as conv, pytest.raises(ConversionFailed, match="did not finish"):
        conv.to_pdf((tmp_path / "brief.docx").read_bytes(), ".docx", "brief.docx")


def test_eml_is_read_with_headers_thread_ids_and_attachments() -> None:
    data = eml(
        "RE: Planning",
        "Akkoord.",
        ("Margriet Hofstede", "m.hofstede@minvro.nl"),
        [("Reinout Schaapman", "r.schaapman@minvro.nl")],
        [("Evelien Brandsma", "e.brandsma@minvro.nl")],
        message_id="<b@x>",
        in_reply_to="<a@x>",
        attachments=[("plan.pdf", note_pdf("Plan", "tekst"), "application/pdf")],
    )
    m = read_eml(data)
    assert m.sender == "Margriet Hofstede <m.hofstede@minvro.nl>"
    assert m.to == ("Reinout Schaapman <r.schaapman@minvro.nl>",) and m.cc == (
        "Evelien Brandsma <e.brandsma@minvro.nl>",
    )
    assert m.subject == "RE: Planning" and m.sent == SENT and m.body.strip() == "Akkoord."
    assert (m.message_id, m.in_reply_to, m.references) == ("<b@x>", "<a@x>", ("<a@x>",))
    assert [a.name for a in m.attachments] == ["plan.pdf"] and m.attachments[0].data.startswith(b"%PDF-")


def test_a_text_file_is_not_an_email() -> None:
    with pytest.raises(MailUnreadable, match="not an e-mail"):
        read_eml(b"just some words\nwithout headers\n")


def test_msg_is_read_with_recipient_kinds_and_attachments() -> None:
    data = msg_bytes(
        subject="Stukken",
        body="Beste Josephine,\n\nHierbij.\n",
        sender_name="Bart Wientjes",
        sender_address="b.wientjes@minvro.nl",
        sent=dt.datetime(2026, 3, 5, 9, 30, tzinfo=dt.UTC),
        to=[("Josephine Terpstra", "j.terpstra@minvro.nl")],
        cc=[("Karin Smit", "k.smit@minvro.nl")],
        attachments=[
            ("verslag.pdf", note_pdf("Verslag", "x" * 50), "application/pdf"),
            ("a.txt", b"hoi", "text/plain"),
        ],
        headers="Message-ID: <m1@x>\r\nIn-Reply-To: <m0@x>\r\n",
    )
    m = read_msg(data)
    assert m.sender == "Bart Wientjes <b.wientjes@minvro.nl>"
    assert m.to == ("Josephine Terpstra <j.terpstra@minvro.nl>",) and m.cc == ("Karin Smit <k.smit@minvro.nl>",)
    assert m.subject == "Stukken" and m.sent == dt.datetime(2026, 3, 5, 9, 30, tzinfo=dt.UTC)
    assert m.body.startswith("Beste Josephine") and (m.message_id, m.in_reply_to) == ("<m1@x>", "<m0@x>")
    assert [(a.name, a.data[:5]) for a in m.attachments] == [("verslag.pdf", b"%PDF-"), ("a.txt", b"hoi")]


def test_a_damaged_msg_is_unreadable_not_a_crash() -> None:
    with pytest.raises(MailUnreadable):
        read_msg(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)


def test_printed_email_shows_the_outlook_header_block_body_and_attachments() -> None:
    m = read_eml(
        eml(
            "Planning archiefmigratie",
            FIRST_BODY,
            ("Margriet Hofstede", "m.hofstede@minvro.nl"),
            [("Reinout Schaapman", "r.schaapman@minvro.nl")],
            [("Evelien Brandsma", "e.brandsma@minvro.nl")],
            attachments=[("Planning.pdf", note_pdf("Planning", "x"), "application/pdf")],
        )
    )
    pdf = mail_pdf(m, ["document planning.bijlage-1.pdf"])
    doc = parse_pdf(pdf, "mail.pdf")
    lines = [doc.text[ln.start : ln.end] for ln in doc.lines]
    assert "Van: Margriet Hofstede <m.hofstede@minvro.nl>" in lines
    assert "Verzonden: dinsdag 3 maart 2026 14:05" in lines
    assert "Aan: Reinout Schaapman <r.schaapman@minvro.nl>" in lines
    assert "CC: Evelien Brandsma <e.brandsma@minvro.nl>" in lines
    assert "Onderwerp: Planning archiefmigratie" in lines
    assert "1. Planning.pdf (document planning.bijlage-1.pdf)" in lines
    assert "loopt tot het einde van het tweede kwartaal. Graag je reactie voor vrijdag." in lines
    assert b"Hofstede" not in pdf.split(b"stream")[0]  # the document info holds none of the headers
    assert mail_pdf(m, ["document planning.bijlage-1.pdf"]) == pdf  # the same message, the same bytes


def test_discover_lists_every_file_and_prepare_mentions_each(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.pdf").write_bytes(note_pdf("A", "tekst van a"))
    (src / "sub" / "b.xlsx").write_bytes(b"PK\x03\x04")
    (src / "noext").write_bytes(b"?")
    (src / "kapot.eml").write_bytes(b"geen e-mail")
    mail = eml(
        "Stukken",
        "Zie bijlagen.",
        ("A", "a@x.nl"),
        [("B", "b@x.nl")],
        attachments=[
            ("x.pdf", note_pdf("X", "bijlage"), "application/pdf"),
            ("y.zip", b"PK", "application/zip"),
            ("doorgestuurd.eml", eml("Oud", "ouder bericht", ("C", "c@x.nl"), [("D", "d@x.nl")]), "message/rfc822"),
        ],
    )
    (src / "m.eml").write_bytes(mail)
    out = tmp_path / "out"
    found = ingest.discover([src], out).found
    assert [str(f.rel) for f in found] == ["a.pdf", "kapot.eml", "m.eml", "noext", "sub/b.xlsx"]
    assert not ingest.needs_office(found)
    dossier = ingest.prepare(found, out / "work" / "ingest")
    by_rel = {str(i.rel): i for i in dossier.items}
    assert set(by_rel) == {
        "a.pdf", "kapot.pdf", "m.pdf", "m.bijlage-1.pdf", "m.bijlage-2.zip", "m.bijlage-3.pdf",
        "noext", "sub/b.xlsx",
    }  # fmt: skip
    assert by_rel["a.pdf"].pdf == src / "a.pdf"
    assert by_rel["m.pdf"].processed and by_rel["m.bijlage-1.pdf"].processed and by_rel["m.bijlage-3.pdf"].processed
    assert by_rel["m.bijlage-3.pdf"].mail is not None and by_rel["m.bijlage-3.pdf"].file_type == "eml"
    for rel in ("m.pdf", "m.bijlage-1.pdf", "m.bijlage-2.zip", "m.bijlage-3.pdf"):
        assert by_rel[rel].family == PurePosixPath("m.pdf")
    assert "not supported" in by_rel["m.bijlage-2.zip"].reason and "zip" in by_rel["m.bijlage-2.zip"].reason
    assert "not supported" in by_rel["sub/b.xlsx"].reason and "without extension" in by_rel["noext"].reason
    assert "not an e-mail" in by_rel["kapot.pdf"].reason
    assert all(i.reason for i in dossier.not_processed) and len(dossier.not_processed) == 4
    assert all(i.pdf.is_file() for i in dossier.items if i.pdf is not None)
    assert (out / "work" / "ingest" / "m.pdf").is_file()
    pairs = dossier.pairs()[src]
    assert sorted(str(r) for _, r in pairs) == ["a.pdf", "m.bijlage-1.pdf", "m.bijlage-3.pdf", "m.pdf"]


def test_a_converted_file_does_not_take_the_name_of_a_pdf_in_the_input(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "m.pdf").write_bytes(note_pdf("M", "tekst"))
    (src / "m.eml").write_bytes(eml("S", "tekst", ("A", "a@x.nl"), [("B", "b@x.nl")]))
    dossier = ingest.prepare(ingest.discover([src], tmp_path / "out").found, tmp_path / "out" / "work" / "ingest")
    assert sorted(str(i.rel) for i in dossier.items) == ["m.eml.pdf", "m.pdf"]


def _mail(subject: str, body: str, day: int, mid: str = "", reply_to: str = "") -> Mail:
    sent = dt.datetime(2026, 3, day, 10, 0, tzinfo=dt.UTC)
    return Mail("a@x.nl", ("b@x.nl",), (), subject, sent, body, (), mid, reply_to, (reply_to,) if reply_to else ())


def test_threads_follow_headers_and_else_the_normalised_subject() -> None:
    mails = {
        "1": _mail("Planning", "eerste", 1, "<1@x>"),
        "2": _mail("Iets anders", "antwoord", 2, "<2@x>", "<1@x>"),  # subject changed: the header decides
        "3": _mail("Antw: RE: planning", "doorgestuurd zonder headers", 3),
        "4": _mail("Begroting", "los bericht", 4),
        "5": _mail("Fw: Begroting", "doorgestuurd", 5),
    }
    t = threads(mails)
    assert t["1"] == t["2"] == t["3"] == "1"
    assert t["4"] == t["5"] == "4"
    assert normalised_subject("RE: Antw:  FW: Planning  Archief") == "planning archief"


def test_identical_documents_and_quoted_emails() -> None:
    text = "Nota over de archiefmigratie.\nDe planning is vastgesteld in het overleg van maart."
    found = identical(
        {
            "a": text,
            "b": "  nota over de  ARCHIEFMIGRATIE. de planning is vastgesteld in\nhet overleg van maart.",
            "c": text + " Extra zin.",
        }
    )
    assert [(r.key, r.twin, r.why) for r in found] == [("b", "a", "duplicate")]
    first = "Beste Reinout, in de bijlage vind je de planning van de archiefmigratie voor het tweede kwartaal."
    mails = {
        "m1": _mail("Planning", first, 1),
        "m2": _mail("RE: Planning", "Akkoord.\n\n" + "\n".join("> " + w for w in first.split(". ")), 2),
        "m3": _mail("RE: Planning", "Nog een vraag over fase twee.\n\n> Akkoord.\n> " + first, 3),
        "m4": _mail("Anders", "Een heel ander bericht over de begroting van volgend jaar en de planning.", 4),
    }
    found = quoted(mails)
    # m1 is quoted in m2 and m3, m2 (with m1 in it) in m3: both point to the latest, m3
    assert [(r.key, r.twin, r.why) for r in found] == [("m1", "m3", "quoted"), ("m2", "m3", "quoted")]


def test_system_files_and_ignore_patterns_are_left_out_and_counted(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub" / ".git").mkdir(parents=True)
    for name in ("a.pdf", ".DS_Store", "~$brief.docx", "Thumbs.db", "a.expected.json", "sub/.git/config", "sub/b.pdf"):
        (src / name).write_bytes(b"x")
    listing = ingest.discover([src], tmp_path / "out", ignore=("*.expected.json",))
    assert [str(f.rel) for f in listing.found] == ["a.pdf", "sub/b.pdf"]
    assert len(listing.ignored) == 5
    given = ingest.discover([src / "a.expected.json"], tmp_path / "out", ignore=("*.expected.json",))
    assert [str(f.rel) for f in given.found] == ["a.expected.json"]  # a file given by name is always taken
