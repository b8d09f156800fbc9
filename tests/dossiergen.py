"""A small Woo dossier for the tests: a PDF, a DOCX, an ODT, e-mails (.eml, .msg) with attachments.

Personal data is planted where no reader of the printed page sees it (Word core
properties and comments, OpenDocument meta data and annotations) and where it
is visible but must be redacted (e-mail headers, signatures). ``PLANTED`` lists
every planted name, e-mail address and the hidden texts, for the tests to look
for in every output.
"""

from __future__ import annotations

import datetime as dt
import email.message
import email.policy
import email.utils
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from msggen import msg_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SENT = dt.datetime(2026, 3, 3, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))

# hidden channels: never on a printed page, so never in any output
HIDDEN = {
    "docx_author": "Geertruida Plantinga",
    "docx_modified_by": "Hendrikus Zwanenburg",
    "docx_comment_author": "Wilhelmina Oosterveld",
    "docx_comment_text": "Bellen met Cornelis Ruitenberg",
    "docx_deleted": "Gerrit Dijkstra had bezwaar",
    "odt_author": "Adriana Kloosterboer",
    "odt_comment_text": "Navragen bij Frederik Vollenhoven",
}
# visible in a header block or signature: personal data that must be redacted
VISIBLE = {
    "eml_from": "Margriet Hofstede",
    "eml_from_address": "margriet.hofstede@minvro.nl",
    "eml_to": "Reinout Schaapman",
    "eml_to_address": "reinout.schaapman@minvro.nl",
    "eml_cc": "Evelien Brandsma",
    "eml_cc_address": "evelien.brandsma@minvro.nl",
    "msg_from": "Bartholomeus Wientjes",
    "msg_from_address": "bartholomeus.wientjes@minvro.nl",
    "msg_to": "Josephine Terpstra",
}
PLANTED = {**HIDDEN, **VISIBLE}
# the surnames of every planted person: none of them may be found in any output
SURNAMES = (
    "Plantinga", "Zwanenburg", "Oosterveld", "Ruitenberg", "Dijkstra", "Kloosterboer", "Vollenhoven",
    "Hofstede", "Schaapman", "Brandsma", "Wientjes", "Terpstra",
)  # fmt: skip


def note_pdf(title: str, body: str) -> bytes:
    """A one-page note as a PDF (reportlab, Helvetica)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 780, title)
    c.setFont("Helvetica", 10)
    y = 750
    for line in body.splitlines():
        c.drawString(72, y, line)
        y -= 14
    c.save()
    return buf.getvalue()


def word_document(path: Path) -> None:
    """brief.docx: properties, a comment and a tracked deletion name people; the text is plain."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.core_properties.author = HIDDEN["docx_author"]
    d.core_properties.last_modified_by = HIDDEN["docx_modified_by"]
    d.core_properties.title = f"Concept {HIDDEN['docx_author']}"
    d.add_paragraph("Onderwerp: voortgang programma digitale archivering")
    p = d.add_paragraph("Het programma loopt volgens de planning van het kwartaal. ")
    d.add_comment(p.runs, text=HIDDEN["docx_comment_text"], author=HIDDEN["docx_comment_author"], initials="WO")
    p._p.append(
        parse_xml(
            f'<w:ins {W} w:id="90" w:author="{HIDDEN["docx_modified_by"]}" w:date="2026-01-05T10:00:00Z">'
            '<w:r><w:t xml:space="preserve">De begroting blijft ongewijzigd. </w:t></w:r></w:ins>'
        )
    )
    p._p.append(
        parse_xml(
            f'<w:del {W} w:id="91" w:author="{HIDDEN["docx_modified_by"]}" w:date="2026-01-05T10:00:00Z">'
            f"<w:r><w:delText>{HIDDEN['docx_deleted']}.</w:delText></w:r></w:del>"
        )
    )
    d.add_paragraph("Met vriendelijke groet,")
    d.add_paragraph("Directie Informatiehuishouding")
    d.sections[0].header.paragraphs[0].text = "Ministerie van Voorbeeldzaken"
    d.save(str(path))


def soffice_convert(src: Path, fmt: str, dest: Path) -> None:
    """``src`` saved as ``fmt`` (odt, doc, rtf) by LibreOffice, to ``dest``."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                shutil.which("soffice") or "soffice",
                f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(Path(tmp) / f"{src.stem}.{fmt}", dest)


def odt_document(path: Path) -> None:
    """verslag.odt: made by LibreOffice from a .docx with an author and a comment."""
    import docx

    d = docx.Document()
    d.core_properties.author = HIDDEN["odt_author"]
    p = d.add_paragraph("Verslag van het overleg over de archiefwet. Besloten is de pilot voort te zetten.")
    d.add_comment(p.runs, text=HIDDEN["odt_comment_text"], author=HIDDEN["odt_author"], initials="AK")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "verslag.docx"
        d.save(str(src))
        soffice_convert(src, "odt", path)


def eml(
    subject: str,
    body: str,
    sender: tuple[str, str],
    to: list[tuple[str, str]],
    cc: list[tuple[str, str]] = (),  # type: ignore[assignment]
    sent: dt.datetime = SENT,
    message_id: str = "",
    in_reply_to: str = "",
    attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
) -> bytes:
    """An RFC 5322 message."""
    m = email.message.EmailMessage(policy=email.policy.default)
    m["From"] = email.utils.formataddr(sender)
    m["To"] = ", ".join(email.utils.formataddr(t) for t in to)
    if cc:
        m["Cc"] = ", ".join(email.utils.formataddr(c) for c in cc)
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(sent)
    if message_id:
        m["Message-ID"] = message_id
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes()


FIRST_BODY = (
    "Beste Reinout,\n\n"
    "In de bijlage vind je de planning van de archiefmigratie. De eerste fase start in april en\n"
    "loopt tot het einde van het tweede kwartaal. Graag je reactie voor vrijdag.\n\n"
    "Met vriendelijke groet,\n\nMargriet Hofstede\nAdviseur informatiebeheer\n"
)


def make_dossier(folder: Path) -> Path:
    """Write the dossier into ``folder``; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "nota.pdf").write_bytes(
        note_pdf("Nota archiefmigratie", "De migratie van het archief is gepland voor het tweede kwartaal.")
    )
    word_document(folder / "brief.docx")
    odt_document(folder / "verslag.odt")
    sender = (VISIBLE["eml_from"], VISIBLE["eml_from_address"])
    to = [(VISIBLE["eml_to"], VISIBLE["eml_to_address"])]
    cc = [(VISIBLE["eml_cc"], VISIBLE["eml_cc_address"])]
    planning = note_pdf("Planning archiefmigratie", "Fase 1: april tot juni.\nFase 2: juli tot september.")
    mails = folder / "mail"
    mails.mkdir(exist_ok=True)
    (mails / "planning.eml").write_bytes(
        eml(
            "Planning archiefmigratie", FIRST_BODY, sender, to, cc,
            message_id="<planning-1@minvro.nl>", attachments=[("Planning.pdf", planning, "application/pdf")],
        )
    )  # fmt: skip
    quoted = "\n".join("> " + line for line in FIRST_BODY.splitlines())
    (mails / "reactie.eml").write_bytes(
        eml(
            "RE: Planning archiefmigratie",
            f"Dank, akkoord met de planning.\n\nReinout\n\n{quoted}\n",
            to[0], [sender], sent=SENT + dt.timedelta(days=1),
            message_id="<planning-2@minvro.nl>", in_reply_to="<planning-1@minvro.nl>",
        )
    )  # fmt: skip
    (folder / "outlook.msg").write_bytes(
        msg_bytes(
            subject="Stukken overleg archiefwet",
            body="Beste Josephine,\n\nHierbij het verslag van het overleg.\n\nGroet,\nBartholomeus Wientjes\n",
            sender_name=VISIBLE["msg_from"],
            sender_address=VISIBLE["msg_from_address"],
            sent=SENT + dt.timedelta(days=2),
            to=[(VISIBLE["msg_to"], "josephine.terpstra@minvro.nl")],
            attachments=[("verslag.pdf", note_pdf("Verslag", "Het overleg is afgerond."), "application/pdf")],
        )
    )
    (folder / "aantekeningen.txt").write_text("losse aantekeningen\n", encoding="utf-8")
    return folder
