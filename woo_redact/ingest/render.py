"""An e-mail as a printed page: header block, body text, list of attachments (reportlab).

The page looks like an e-mail printed from Outlook in Dutch: the header block
``Van`` / ``Verzonden`` / ``Aan`` / ``CC`` / ``Onderwerp`` / ``Bijlagen``, a rule,
the body text as written (quoted replies included), and at the end the list of
attachments with the dossier document each became. The PDF carries no
metadata of the message (no title, author or subject in its document info):
everything it says is on the page, where detection and redaction see it. The
same message always gives the same bytes (reportlab's invariant mode), so a
rerun finds its outputs up to date.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from .mail import Mail

DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def dutch_datetime(when: dt.datetime | None) -> str:
    """``dinsdag 3 maart 2026 14:05``, as Outlook prints the sent time."""
    if when is None:
        return ""
    return f"{DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year} {when:%H:%M}"


def mail_pdf(mail: Mail, attachment_notes: Sequence[str] = ()) -> bytes:
    """The PDF of one e-mail; ``attachment_notes`` (one per attachment) say where each went."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, HRFlowable, Paragraph, SimpleDocTemplate, Spacer

    base = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("head", parent=base, leftIndent=22 * mm, firstLineIndent=-22 * mm)
    title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=16)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
        title="", author="", subject="", creator="woo_redact", producer="woo_redact",
        invariant=1,  # no creation time or random ID: the same e-mail gives the same PDF, so a rerun skips it
    )  # fmt: skip
    story: list[Flowable] = [Paragraph(escape(mail.subject) or "(geen onderwerp)", title), Spacer(1, 3 * mm)]
    rows = [
        ("Van", mail.sender),
        ("Verzonden", dutch_datetime(mail.sent)),
        ("Aan", "; ".join(mail.to)),
        ("CC", "; ".join(mail.cc)),
        ("Onderwerp", mail.subject),
        ("Bijlagen", "; ".join(a.name for a in mail.attachments)),
    ]
    for label, value in rows:
        if value or label in ("Van", "Aan", "Onderwerp"):
            story.append(Paragraph(f"<b>{label}:</b> {escape(value)}", head))
    story += [Spacer(1, 2 * mm), HRFlowable(width="100%", thickness=0.6), Spacer(1, 4 * mm)]
    for para in _paragraphs(mail.body):
        story.append(Paragraph("<br/>".join(escape(line) for line in para), base) if para else Spacer(1, 3 * mm))
    if mail.attachments:
        story += [Spacer(1, 6 * mm), Paragraph("<b>Bijlagen bij dit bericht</b>", base)]
        for i, a in enumerate(mail.attachments):
            note = attachment_notes[i] if i < len(attachment_notes) else ""
            story.append(Paragraph(f"{i + 1}. {escape(a.name)}" + (f" ({escape(note)})" if note else ""), base))
    doc.build(story)
    return buf.getvalue()


def _paragraphs(body: str) -> list[list[str]]:
    """Runs of non-empty lines; an empty list marks a blank line between them."""
    out: list[list[str]] = []
    current: list[str] = []
    for raw in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip().expandtabs(4)
        if line.strip():
            current.append(line)
            continue
        if current:
            out += [current, []]
            current = []
    if current:
        out.append(current)
    return out
