"""Organisations a text names by their mail or web domain: "Ymere" beside "@ymere.nl", "Geonovum" beside
"www.geonovum.nl" (never a person's own domain or a name the word lists know)."""

from __future__ import annotations

import threading

import regex

from .grammar import compiled
from .lexicons import load_lexicons

__all__ = ["named_by_domain"]

_HOST = compiled(r"(?i:(?:@|://|\bwww\.)((?:[\w-]+\.)+)[a-z]{2,6}\b)")
_DOMAINS = threading.local()
_LOCAL_PART = compiled(r"([\w.+-]+)@")


def _domain_labels(text: str) -> frozenset[str]:
    """The labels of the mail and web hosts the text names ("geonovum" of info@geonovum.nl and
    www.geonovum.nl), less every word that stands in a mail address's local part ("karadag" of
    h.karadag@karadag.com: a person's own domain); remembered for the last text."""
    memo = _DOMAINS
    if getattr(memo, "text", None) is not text:
        labels = {part.lower() for m in _HOST.finditer(text) for part in m.group(1).split(".") if part}
        local = {w.lower() for m in _LOCAL_PART.finditer(text) for w in regex.split(r"[._-]+", m.group(1)) if w}
        memo.text, memo.labels = text, frozenset(labels - local)
    found: frozenset[str] = memo.labels
    return found


def last_domain_labels(text: str) -> frozenset[str] | None:
    """The labels :func:`_domain_labels` gave ``text`` where it was the last text this thread asked it of (the same
    object), else None (nothing is sought)."""
    labels: frozenset[str] | None = _DOMAINS.labels if getattr(_DOMAINS, "text", None) is text else None
    return labels


def domain_labels_known(text: str, labels: frozenset[str]) -> None:
    """The next :func:`_domain_labels` of ``text`` (the same object) in this thread answers ``labels``: what it gave
    an equal text (phase 1's detection of the same document, ``batch_worker.text_memo_known``)."""
    _DOMAINS.text, _DOMAINS.labels = text, labels


def named_by_domain(text: str, word: str) -> bool:
    """``word`` names an organisation whose mail or web domain the same text gives ("Ymere" beside
    "@ymere.nl", "Geonovum" beside "www.geonovum.nl"). Never a name the lists know ("Jan van Rossum" beside
    "@rossum.nl": a family's domain, the name is his), one a mail address's local part holds, nor one the text
    gives a first name ("Tjitske Oyelaran" beside info@oyelaran.nl)."""
    lex = load_lexicons()
    if " " in word:
        return _several_words_by_domain(text, word.split())
    if len(word) < 3 or lex.is_surname(word) or word in lex.first_names:
        return False
    if word.lower() not in _domain_labels(text):
        return False
    return not any(lex.is_first_name(m.group(1)) for m in _given_before(word).finditer(text))


def _several_words_by_domain(text: str, words: list[str]) -> bool:
    """A name of several words the text's domain writes joined ("IJsselvallei Water" beside
    "@ijsselvallei-water.nl"), no given name first and not all of it surnames ("Jan Smit" of jansmit.nl, "De Vries"
    of devries.nl are a family's)."""
    lex = load_lexicons()
    if (
        len(words) > 4
        or lex.is_first_name(words[0])
        or all(lex.is_surname(w) or w.lower() in _PARTICLES for w in words)
    ):
        return False
    labels = _domain_labels(text)
    return "".join(words).lower() in labels or "-".join(words).lower() in labels


_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "het", "'t"})


def _given_before(word: str) -> regex.Pattern[str]:
    """A capitalised word before ``word``: its first name, if a list knows it ("Tjitske Oyelaran")."""
    return compiled(
        rf"(\p{{Lu}}\p{{Ll}}+)[ \t\u00a0]+(?:\p{{Ll}}{{1,3}}[ \t\u00a0]+)*{regex.escape(word)}(?![\p{{L}}])"
    )
