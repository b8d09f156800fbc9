"""What ties documents of a dossier together: e-mail threads, identical copies, quoted e-mails.

Works on text only (no PDF): the texts the parser read from the originals and
the bodies of the e-mails as :mod:`.mail` read them.

- **Thread**: messages linked by ``Message-ID`` / ``In-Reply-To`` /
  ``References`` are one thread; a message without ``In-Reply-To`` and
  ``References`` (a forward from another client, a message saved without its
  transport headers) joins the thread of its normalised subject (``Re:``,
  ``Antw:``, ``Fw:``, ``Doorst:``, ``WG:``... removed, case and spaces folded).
- **Identical documents**: the same text after normalisation (Unicode NFKC,
  case folded, all whitespace and quote markers removed) has the same SHA-256;
  every copy after the first points to the first.
- **Quoted e-mails**: an e-mail whose body (at least :data:`MIN_WORDS` words)
  is contained in a later e-mail's body, 8-word shingles covering at least
  :data:`COVERAGE` of it, is marked as quoted there: the later message (the
  latest that quotes it, which holds the most of the conversation) is the one
  to review.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .mail import Mail

MIN_WORDS = 8
SHINGLE = 8
COVERAGE = 0.9
_PREFIX = re.compile(r"^\s*((re|antw|aw|fw|fwd|doorst|wg|tr|sv)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def normalised_subject(subject: str) -> str:
    """The subject without reply/forward prefixes, case and spacing."""
    return " ".join(_PREFIX.sub("", subject).casefold().split())


def normalised_text(text: str) -> str:
    """Text for comparing copies: NFKC, case folded, quote markers and all whitespace removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"(?m)^[ \t]*(>[ \t]*)+", "", text)
    return re.sub(r"\s+", "", text)


def content_hash(text: str) -> str:
    """SHA-256 of the text after normalisation: equal for copies of one document."""
    return hashlib.sha256(normalised_text(text).encode("utf-8")).hexdigest()


def threads(mails: Mapping[str, Mail]) -> dict[str, str]:
    """Per message key: its thread's key (the key of the thread's earliest message)."""
    parent = {k: k for k in mails}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    by_id: dict[str, str] = {}
    for k, m in mails.items():
        if m.message_id:
            if m.message_id in by_id:
                union(by_id[m.message_id], k)
            by_id.setdefault(m.message_id, k)
    for k, m in mails.items():
        for ref in (m.in_reply_to, *m.references):
            if ref and ref in by_id:
                union(by_id[ref], k)
    by_subject: dict[str, str] = {}
    for k, m in mails.items():  # a message the headers do not tie to another joins by subject
        subject = normalised_subject(m.subject)
        if not subject:
            continue
        tied = any(ref in by_id for ref in (m.in_reply_to, *m.references) if ref)
        if subject in by_subject and not tied:
            union(by_subject[subject], k)
        by_subject.setdefault(subject, k)
    groups: dict[str, list[str]] = {}
    for k in mails:
        groups.setdefault(find(k), []).append(k)
    out: dict[str, str] = {}
    for members in groups.values():
        first = min(members, key=lambda k: (_sent_key(mails[k]), list(mails).index(k)))
        for k in members:
            out[k] = first
    return out


def _sent_key(m: Mail) -> float:
    return m.sent.timestamp() if m.sent is not None else float("inf")


@dataclass(frozen=True)
class Related:
    """A document that need not be reviewed again: it is in ``twin`` too."""

    key: str
    twin: str
    why: str  # "duplicate" (identical text) or "quoted" (in a later e-mail)


def text_digest(text: str) -> str:
    """What :func:`identical_digests` needs of a document's text: its :func:`content_hash`, or "" for
    a text too short to be evidence of a copy (an empty page, a scan without text). A batch keeps
    this per document instead of the text."""
    text = normalised_text(text)  # (once: content_hash's own, here and in its length)
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if len(text) >= 20 else ""


def identical(texts: Mapping[str, str]) -> list[Related]:
    """Later copies of the same text, each pointing to the first (in the mapping's order)."""
    return identical_digests({k: text_digest(t) for k, t in texts.items()})


def identical_digests(digests: Mapping[str, str]) -> list[Related]:
    """:func:`identical` from each text's :func:`text_digest`."""
    first: dict[str, str] = {}
    out = []
    for k, h in digests.items():
        if not h:
            continue
        if h in first:
            out.append(Related(k, first[h], "duplicate"))
        else:
            first[h] = k
    return out


def _words(text: str) -> list[str]:
    text = re.sub(r"(?m)^[ \t]*(>[ \t]*)+", "", unicodedata.normalize("NFKC", text).casefold())
    return _WORD.findall(text)


def _shingles(words: Sequence[str]) -> set[tuple[str, ...]]:
    n = min(SHINGLE, len(words))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def quoted(mails: Mapping[str, Mail], skip: frozenset[str] = frozenset()) -> list[Related]:
    """E-mails whose body is quoted in a later e-mail, each pointing to the latest that quotes it."""
    words = {k: _words(m.body) for k, m in mails.items()}
    shingles = {k: _shingles(w) for k, w in words.items()}
    out = []
    for a, ma in mails.items():
        if a in skip or len(words[a]) < MIN_WORDS:
            continue
        own = shingles[a]
        later = [
            b for b, mb in mails.items()
            if b != a and len(words[b]) > len(words[a]) and _sent_key(mb) >= _sent_key(ma)
        ]  # fmt: skip
        holders = [b for b in later if len(own & shingles[b]) >= COVERAGE * len(own)]
        if holders:
            latest = max(holders, key=lambda b: (_sent_key(mails[b]), len(words[b])))
            out.append(Related(a, latest, "quoted"))
    return out
