"""E-mail messages (.eml, .msg) read into one shape: :class:`Mail`.

``.eml`` (RFC 5322/MIME) is read with the standard library's :mod:`email`.
``.msg`` (Outlook's OLE compound file) is read with python-oxmsg (MIT
licence, on top of olefile, BSD): extract-msg, the better-known reader, is
GPL-3.0 and cannot be a dependency of an MIT project without making the whole
distribution GPL. python-oxmsg reads what a disclosure needs (sender,
recipients with their kind, subject, sent time, plain and HTML body, transport
headers for the thread, attachments with their bytes) and nothing more.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import re
from dataclasses import dataclass, field
from email.message import EmailMessage, Message

from ..errors import DocumentError


class MailUnreadable(DocumentError):
    """An .eml or .msg file that cannot be read as an e-mail."""


@dataclass(frozen=True)
class Attachment:
    """One attachment: its file name as sent, and its bytes."""

    name: str
    data: bytes
    mime: str = ""


@dataclass(frozen=True)
class Mail:
    """What a printed e-mail shows, plus what ties it to its thread."""

    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    sent: dt.datetime | None
    body: str
    attachments: tuple[Attachment, ...] = ()
    message_id: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = field(default_factory=tuple)


_ID = re.compile(r"<[^<>\s]+>")


def read_eml(data: bytes) -> Mail:
    """Parse an RFC 5322 message."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # noqa: BLE001 - any parser failure is this document's problem
        raise MailUnreadable(f"the e-mail cannot be read ({type(exc).__name__})") from exc
    assert isinstance(msg, EmailMessage)
    if not any(msg.get(h) for h in ("From", "Subject", "Date", "To")):
        raise MailUnreadable("the file has no e-mail headers (From, To, Subject, Date): it is not an e-mail")
    return Mail(
        sender=_header(msg, "From"),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        subject=_header(msg, "Subject"),
        sent=_date(_header(msg, "Date")),
        body=_body(msg),
        attachments=tuple(_attachments(msg)),
        message_id=_first_id(_header(msg, "Message-ID")),
        in_reply_to=_first_id(_header(msg, "In-Reply-To")),
        references=tuple(_ID.findall(_header(msg, "References"))),
    )


def read_msg(data: bytes) -> Mail:
    """Parse an Outlook .msg file (python-oxmsg)."""
    from oxmsg import Message

    def text(value: str | None) -> str:
        return (value or "").replace("\0", "")  # some writers store the terminator in the stream

    try:
        msg = Message.load(data)
        recipients = [(text(r.name), text(r.email_address), _recipient_kind(r)) for r in msg.recipients]
        headers = {k.lower(): text(v) for k, v in msg.message_headers.items()}
        body = text(msg.body) or _html_text(text(msg.html_body))
        attachments = tuple(
            Attachment(text(a.file_name) or f"bijlage-{i}", a.file_bytes or b"", text(a.mime_type))
            for i, a in enumerate(msg.attachments, 1)
            if a.file_bytes is not None
        )
        sender, subject, sent = text(msg.sender), text(msg.subject), msg.sent_date
    except MailUnreadable:
        raise
    except Exception as exc:  # noqa: BLE001 - olefile/oxmsg raise many kinds on a damaged file
        raise MailUnreadable(f"the Outlook message cannot be read ({type(exc).__name__})") from exc

    def formatted(kind: int) -> tuple[str, ...]:
        return tuple(email.utils.formataddr((n, a)) if a else n for n, a, k in recipients if k == kind)

    name, address = email.utils.parseaddr(sender)
    return Mail(
        sender=email.utils.formataddr((name, address)) if address else " ".join(sender.split()),
        to=formatted(1),
        cc=formatted(2),
        subject=" ".join(subject.split()),
        sent=sent,
        body=body,
        attachments=attachments,
        message_id=_first_id(headers.get("message-id", "")),
        in_reply_to=_first_id(headers.get("in-reply-to", "")),
        references=tuple(_ID.findall(headers.get("references", ""))),
    )


def _recipient_kind(recipient: object) -> int:
    """1 To, 2 CC, 3 BCC (PidTagRecipientType); To when not recorded."""
    try:
        value = recipient.properties.int_prop_value(0x0C15)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
        value = None
    return int(value) if value in (1, 2, 3) else 1


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001 - a malformed header is shown as absent
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _addresses(msg: EmailMessage, name: str) -> tuple[str, ...]:
    raw = _header(msg, name)
    if not raw:
        return ()
    pairs = email.utils.getaddresses([raw])
    return tuple(email.utils.formataddr(p) if p[1] else p[0] for p in pairs if p[0] or p[1])


def _first_id(value: str) -> str:
    m = _ID.search(value)
    return m.group(0) if m else value.strip()


def _date(value: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True) or b""
        text = payload.decode("latin-1") if isinstance(payload, bytes) else str(payload)
    return _html_text(text) if part.get_content_subtype() == "html" else text


def _attachments(msg: EmailMessage) -> list[Attachment]:
    found = []
    for i, part in enumerate(msg.iter_attachments(), 1):
        name = part.get_filename() or ""
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) else payload
            if isinstance(inner, Message):
                data = inner.as_bytes(policy=email.policy.default)
                if str(part.get("Content-Transfer-Encoding", "")).lower() == "base64" and not inner.keys():
                    # some clients (and Python's add_attachment) send an attached message base64-encoded
                    data = base64.b64decode("".join(str(inner.get_payload()).split()) or b"", validate=False)
            else:  # not parsed as a message: its raw text
                data = str(inner).encode("utf-8", "surrogateescape")
            found.append(Attachment(name or f"bijlage-{i}.eml", data, "message/rfc822"))
            continue
        raw = part.get_payload(decode=True)
        data = raw if isinstance(raw, bytes) else b""
        found.append(Attachment(name or f"bijlage-{i}", data, part.get_content_type()))
    return found


_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BLOCK = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.IGNORECASE)


def _html_text(markup: str) -> str:
    """The text of an HTML body: line breaks at block ends, tags dropped, entities decoded."""
    text = _BLOCK.sub("\n", markup)
    text = html.unescape(_TAGS.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
