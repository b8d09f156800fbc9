"""Text normalisation, the redacted strings, and shared geometry of the proof."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np

from woo_redact.model import Box, Finding

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF default user space

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_HAS_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# A box label: Woo ground codes (article 5), e.g. "5.1.2e" or "5.1.1c, 5.2.1".
# Deliberately narrow, so that a phone number "06.12.34.56" is no label.
_LABEL = re.compile(r"(?:[\[(]?5\.[1-9](?:\.[1-9])?[a-z]?[\])]?[,;/]?)+", re.IGNORECASE)
# control characters, replacement characters, surrogates and private use:
# a text with many of them is binary data read as text
_NON_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ud800-\uf8ff]")
MAX_NON_TEXT = 0.05
# what a character blanked out of the original's text becomes: no redacted string matches it
BLANK = "\x00"


class Unreadable(Exception):
    """The output (or original) could not be read by one of the engines."""


def norm(text: str) -> str:
    """NFKC, invisible characters removed, case-folded, whitespace collapsed."""
    if text.isascii():  # (NFKC leaves ASCII as it is, no invisible character is ASCII, casefold is lower there)
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFKC", text)
    if _HAS_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    return " ".join(text.split()).casefold()


def textual(text: str) -> bool:
    """Whether a decoded string looks like text rather than binary data.

    Binary data (compressed bytes, identifiers, glyph ids) read as text
    spells short words by chance; a two-letter paraph would then be "found".
    """
    if not text:
        return False
    return len(_NON_TEXT.findall(text)) <= MAX_NON_TEXT * len(text)


def label_only(chars: Sequence[str]) -> bool:
    """Characters that together spell only ground codes, like ``5.1.2e``."""
    compact = "".join(c for c in chars if not c.isspace())
    return bool(_LABEL.fullmatch(compact))


@functools.lru_cache(maxsize=4096)  # (a batch redacts the same names in many documents)
def _pattern(secret: str) -> re.Pattern[str] | None:
    """A regex for a secret on word boundaries; whitespace inside is optional."""
    parts = norm(secret).split(" ")
    if not parts or parts == [""]:
        return None
    body = r"\s*".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def _made(secret: str) -> re.Pattern[str]:
    """:func:`_pattern` of a secret that has one (secrets_of makes no Secret of an empty string)."""
    pattern = _pattern(secret)
    if pattern is None:
        raise ValueError("a secret of no text")
    return pattern


@functools.lru_cache(maxsize=4096)
def _first_word(secret: str) -> str:
    """The first word of :func:`_pattern`'s pattern for ``secret``, which it matches as it is."""
    return norm(secret).split(" ")[0]


def count(pattern: re.Pattern[str], texts: Iterable[str]) -> int:
    """Occurrences of ``pattern`` in already normalised texts."""
    return sum(len(pattern.findall(t)) for t in texts)


@dataclass(frozen=True)
class Secret:
    """One distinct redacted string and the findings that redacted it."""

    norm: str
    redacted: int  # occurrences of this string inside all findings' texts
    refs: str  # "F1 (p. 1), F4 (p. 2)" for details
    added: int = 0  # occurrences in text the tool itself wrote (the motivation): allowed in the output

    @property
    def pattern(self) -> re.Pattern[str]:
        """The string on word boundaries (:func:`_pattern`), made on first use: an output that holds
        none of a secret's first word never needs it (and a batch's secrets are kept, see there)."""
        return _made(self.norm)

    @property
    def needle(self) -> str:
        """A substring every occurrence contains: a cheap test before the regex."""
        return self.norm.split(" ")[0]

    def count(self, texts: Iterable[str]) -> int:
        """Occurrences in already normalised texts."""
        needle = self.needle
        return sum(len(self.pattern.findall(t)) for t in texts if needle in t)

    def occurs_in(self, text: str) -> bool:
        """Whether the string occurs in an already normalised text."""
        return self.needle in text and self.pattern.search(text) is not None


def secrets_of(
    findings: Sequence[Finding], added_text: str = "", pixels: AbstractSet[str] = frozenset()
) -> list[Secret]:
    """One :class:`Secret` per distinct normalised finding text; ``added_text``: what the tool wrote itself;
    ``pixels``: ids of findings read by OCR from pixels only (a picture's words): they removed no occurrence
    from the text and the streams, so they are not counted as redacted there."""
    by_norm: dict[str, list[Finding]] = {}
    for f in findings:
        by_norm.setdefault(norm(f.text), []).append(f)
    out = []
    texts = [t for t, group in by_norm.items() for f in group if f.id not in pixels]  # normalised once
    added_norm = norm(added_text) if added_text else ""
    for text, group in by_norm.items():
        if not norm(text):
            continue  # (no pattern: nothing to seek)
        # a finding "Jan Jansen" also redacts one occurrence of "Jansen" (each match holds the pattern's
        # first word as it is: the texts without it are passed over, a document has hundreds of findings)
        first = _first_word(text)
        holding = [t for t in texts if first in t]
        if _matches_itself_once(text) and all(t == text for t in holding):
            redacted = len(holding)  # (most strings: only their own findings hold their first word)
        else:
            redacted = count(_made(text), holding)
        refs = ", ".join(f"{f.id} (p. {_pages(f)})" for f in group[:5])
        if len(group) > 5:
            refs += f" and {len(group) - 5} more"
        added = count(_made(text), [added_norm]) if added_text and first in added_norm else 0
        out.append(Secret(text, redacted, refs, added))
    return out


def _matches_itself_once(text: str) -> bool:
    """Whether :func:`_pattern` of ``text`` finds exactly one occurrence in ``text`` itself, without making it.

    It does when ``text`` is its own normal form, words between single spaces: the pattern is then
    those words joined by optional white space, so it matches the whole text, from its start (where
    nothing comes before) to its end (where nothing follows), and a second match would need the words'
    characters twice over.
    """
    return norm(text) == text and " ".join(text.split()) == text


def _pages(f: Finding) -> str:
    return ",".join(str(p + 1) for p in f.pages) or "?"


# --------------------------------------------------------------------------
# geometry
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class PageChars:
    """The characters one engine extracted from a page, in the engine's order.

    ``rects`` holds their boxes in default user space, one row per character;
    a row of NaN (text ``""``) stands where the engine has whitespace, a word
    boundary. ``inferred`` (when the engine tells) marks the rows of
    whitespace the engine made up where the page has no glyph (PDFium's
    generated spaces and line breaks).
    """

    texts: list[str]
    rects: np.ndarray  # shape (n, 4): x0, y0, x1, y1
    inferred: np.ndarray | None = None  # shape (n,), bool

    @classmethod
    def empty(cls) -> PageChars:
        """No characters."""
        return cls([], np.zeros((0, 4)))

    def centred_mask(self, rects: Sequence[Rect]) -> np.ndarray:
        """Per character: whether its centre lies in one of ``rects`` (edges included)."""
        out = np.zeros(len(self.texts), dtype=bool)
        if not self.texts:
            return out
        cx = (self.rects[:, 0] + self.rects[:, 2]) / 2
        cy = (self.rects[:, 1] + self.rects[:, 3]) / 2
        for x0, y0, x1, y1 in rects:
            out |= (cx >= x0) & (cx <= x1) & (cy >= y0) & (cy <= y1)
        return out

    def centred_in(self, rect: Rect) -> list[str]:
        """The non-blank characters whose centre lies in ``rect`` (edges included)."""
        hit = self.centred_mask([rect])
        return [t for t in (self.texts[k] for k in np.flatnonzero(hit)) if t and not t.isspace()]

    def words_at(self, mask: np.ndarray) -> list[str]:
        """The words (runs of non-blank characters, in the engine's order) that hold a masked character."""
        words: list[str] = []
        k, n = 0, len(self.texts)
        while k < n:
            if not self.texts[k] or self.texts[k].isspace():
                k += 1
                continue
            end = k
            while end < n and self.texts[end] and not self.texts[end].isspace():
                end += 1
            if mask[k:end].any():
                words.append("".join(self.texts[k:end]))
            k = end
        return words

    def masked_text(self, rects: Sequence[Rect]) -> str:
        """The characters in order, whitespace as spaces, those centred in ``rects`` as U+0000."""
        hit = self.centred_mask(rects).tolist()
        return "".join(BLANK if h else (t or " ") for t, h in zip(self.texts, hit, strict=True))

    def touching(self, regions: Sequence[Rect]) -> np.ndarray:
        """Per character: whether its box overlaps one of ``regions``."""
        r = self.rects
        out = np.zeros(len(self.texts), dtype=bool)
        for x0, y0, x1, y1 in regions:
            out |= (r[:, 0] < x1) & (x0 < r[:, 2]) & (r[:, 1] < y1) & (y0 < r[:, 3])
        return out


def shrink(box: Box, by: float) -> Rect:
    """``box`` made ``by`` points smaller on each side (to its centre line when it is thinner than that)."""
    x0, y0, x1, y1 = box.x0 + by, box.y0 + by, box.x1 - by, box.y1 - by
    if x0 > x1:
        x0 = x1 = (box.x0 + box.x1) / 2
    if y0 > y1:
        y0 = y1 = (box.y0 + box.y1) / 2
    return (x0, y0, x1, y1)
