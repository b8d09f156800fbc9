"""Matching redacted strings in PDF text, and helpers shared by the cleaning steps."""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TypeGuard

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

# Characters that are invisible in text but break a substring match.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)

MAX_DEPTH = 200

MIN_SKELETON = 5


# --------------------------------------------------------------------------
# matching
# --------------------------------------------------------------------------


def _skeleton(text: str) -> str:
    return "".join(ch for ch in _normalise(text) if ch.isalnum())


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return " ".join(text.split()).casefold()


class SecretMatcher:
    """Tells whether a text contains one of the redacted strings.

    Compares case-insensitively after Unicode NFKC normalisation, with runs of
    whitespace collapsed to one space (``"JAN\n  JANSEN"`` matches
    ``"Jan Jansen"``), and again on the *skeleton*: letters and digits only,
    so that identifiers and URIs (``mail_jan_jansen``, ``/profiel/jan-jansen``,
    ``Jan%20Jansen``), letter-spaced text (``"J a n  J a n s e n"``) and
    differently punctuated phone numbers (``06 1234 5678``) match too. The
    substring and skeleton comparisons are used for secrets with a skeleton of
    at least :data:`MIN_SKELETON` characters; shorter ones ("Ed", "J.J.")
    must match on word boundaries, so they do not match inside ordinary words.
    Otherwise matching errs on the side of removing too much: a plain
    substring test. Empty secrets are ignored.
    """

    def __init__(self, secrets: Sequence[str]) -> None:
        spaced = {_normalise(s) for s in secrets}
        self._spaced = tuple(s for s in spaced if s and len(_skeleton(s)) >= MIN_SKELETON)
        self._skeletons = tuple({_skeleton(s) for s in self._spaced})
        short = sorted(s for s in spaced if s and s not in self._spaced)
        self._short = tuple(re.compile(rf"(?<!\w){re.escape(s)}(?!\w)") for s in short)

    def __bool__(self) -> bool:
        return bool(self._spaced or self._short)

    def __call__(self, text: str) -> bool:
        """Whether ``text`` (or its URL-decoded form) contains a redacted string, as the class describes."""
        if not self or not text:
            return False
        variants = [text]
        if "%" in text:
            variants.append(urllib.parse.unquote(text))
        for variant in variants:
            norm = _normalise(variant)
            if any(s in norm for s in self._spaced):
                return True
            if any(p.search(norm) for p in self._short):
                return True
            skeleton = _skeleton(norm)
            if any(k in skeleton for k in self._skeletons):
                return True
        return False

    def object(self, obj: object) -> bool:
        """Whether a PDF string or name object contains a secret."""
        text = text_of(obj)
        return text is not None and self(text)


def secret_matcher(secrets: Sequence[str]) -> SecretMatcher:
    """A :class:`SecretMatcher` of ``secrets``, made once for the cleaning steps of one document (each asked
    for one: the secrets normalised, their skeletons and patterns made again by every step)."""
    return _matcher(tuple(secrets))


@lru_cache(maxsize=8)
def _matcher(secrets: tuple[str, ...]) -> SecretMatcher:
    return SecretMatcher(secrets)  # (read only after it is made: one object serves every step, and threads)


def text_of(obj: object) -> str | None:
    """The text of a PDF string or name, or None for other objects."""
    if isinstance(obj, pikepdf.String):
        try:
            return str(obj)
        except (UnicodeDecodeError, ValueError):
            return bytes(obj).decode("latin-1")
    if isinstance(obj, Name):
        try:
            return str(obj)[1:]
        except UnicodeDecodeError:  # a name's bytes need not be UTF-8 (a wkhtmltopdf destination: /...#A8...)
            raw = bytes(obj.unparse())[1:]
            return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")
    if isinstance(obj, str):
        return obj
    return None


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def is_dict(obj: object) -> TypeGuard[Dictionary | Stream]:
    """A dictionary, or a stream's (both read with ``get``, ``in`` and ``del``)."""
    return isinstance(obj, (Dictionary, Stream))


def key_of(obj: object) -> tuple[int, int] | None:
    """Identity of an indirect object, None for a direct one."""
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        return obj.objgen
    return None


# what qpdf writes of an array that holds numbers only, in arrays or not: no dictionary, stream (always a
# reference, "12 0 R"), string or name can be in it
_NUMBERS_ONLY = re.compile(rb"[\d.+\-\s\[\]]*")
_LONG_ARRAY = 8  # (a shorter array's elements are looked at one by one: as fast as asking qpdf for its text)


def reachable(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Every dictionary and stream reachable from the trailer, each once.

    A long array of numbers alone (a font's /Widths, a CID font's /W) holds none, and its numbers are not
    made into Python objects one by one to see that: qpdf's text of it says so (anything else in it, or
    a number it writes otherwise, and its elements are looked at as before).
    """
    seen: set[tuple[int, int]] = set()
    stack: list[pikepdf.Object] = [pdf.trailer]
    while stack:
        obj = stack.pop()
        key = key_of(obj)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        if isinstance(obj, Array):
            if len(obj) >= _LONG_ARRAY and _numbers_only(obj):
                continue
            stack.extend(o for o in obj if isinstance(o, (Array, Dictionary, Stream)))
        elif is_dict(obj):
            yield obj
            stack.extend(v for v in obj.values() if isinstance(v, (Array, Dictionary, Stream)))


def _numbers_only(array: Array) -> bool:
    """Whether qpdf writes ``array`` as numbers only (in arrays or not); False when it cannot write it."""
    try:
        return _NUMBERS_ONLY.fullmatch(array.unparse(resolved=True)) is not None
    except Exception:  # noqa: BLE001 - then its elements are looked at one by one
        return False


def plural(n: int, word: str, plural: str = "") -> str:
    """``n`` and the word, in the plural unless ``n`` is 1 (``plural``: an irregular plural)."""
    return f"{n} {word}" if n == 1 else f"{n} {plural or word + 's'}"


def names_dict(pdf: pikepdf.Pdf) -> Dictionary | None:
    """The document's /Names dictionary, or None."""
    names = pdf.Root.get(Name.Names)
    return names if isinstance(names, Dictionary) else None


def name_tree_len(tree: pikepdf.Object) -> int:
    """The number of entries of a name tree (1 for a broken one: it is there)."""
    try:
        return len(pikepdf.NameTree(tree))
    except Exception:  # noqa: BLE001 - a broken tree still counts as present
        return 1
