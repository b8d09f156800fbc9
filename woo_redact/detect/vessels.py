"""Ships' names: a vessel is often named after people ("MV Maria Johanna", "tankschip Anna Elisabeth"), and such a
name is no one's personal data; nor is an animal's ("de serval Bram", "lynx Freya"), found the same way.

A name is a vessel's where the document writes it after a vessel's prefix or kind ("MV", "M/T", "Zr.Ms.",
"tankschip", "sleepboot", "barge", "tug") or before its IMO or ENI number ("Maria Johanna (IMO 9342176"); then
every occurrence of that name in the document is the vessel's ("bij de Maria Johanna"). Used by the judge of
name-like spans (:mod:`.context`); structural person evidence (a header field, a signature) is not overruled there.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import regex

from ..model import Document
from .form_search import occurrences
from .grammar import compiled
from .letter_runs import matches_at, title_places
from .lexicons import load_lexicons
from .lines import beside_on_row
from .merge import Merged

__all__ = ["split_at_vessels", "vessel_column_names", "vessel_in", "vessel_names", "vessel_of"]

# a vessel's name: capitalised words (or words in capitals), a particle or a number between or after them
_WORD = r"(?:\p{Lu}[\p{L}'’-]+|\p{Lu}{2,})"
_NAME = (
    rf"(?P<name>{_WORD}"
    rf"(?:[ \u00a0](?:(?:van|de|der|den|von|en)[ \u00a0])?(?:{_WORD}|[IVX]{{1,4}}|\d{{1,2}})(?![\p{{L}}\d])){{0,3}})"
)
# the port letters of Dutch and Belgian fishing vessels (before the number: "HL 17", "UK 45", "SCH 6")
_FISHING_PORTS = "ARM|HA|HD|HK|HL|HU|IJM|KG|KW|OD|SCH|TX|UK|UQ|VL|WL|WR|YE|ZK"
_MARKS = r"MV|M/V|MT|M/T|MS|M/S|SS|HNLMS|mv|ms|m\.s\.|m\.v\.|Zr\.[ ]?Ms\.|Hr\.[ ]?Ms\."
_KINDS = (
    r"tankschip|zeeschip|motorschip|vrachtschip|containerschip|binnenvaartschip|bunkerschip|"
    r"passagiersschip|patrouilleschip|loodsboot|schip|vaartuig|coaster|tanker|barge|tug|sleepboot|sleper|veerboot|"
    r"ferry|vessel|ship|duwbak|duwboot|kotter|motortanker|vissersschip|vissersboot|viskotter|trawler|boomkorkotter|"
    r"rondvaartboot|salonboot|partyschip|rondvaartschip|"
    r"pont|veerpont|zeiljacht|motorjacht|jacht|reddingboot|reddingsboot|lifeboat|yacht|sailing[ ]yacht|motor[ ]yacht|"
    # (a water board's, a fire brigade's or the police's boats: "Schouwboot Aaltje Wolters", "Blusboot Jacob Roggeveen")
    r"schouwboot|werkboot|peilboot|blusboot|politieboot|patrouilleboot|maaiboot|baggerboot|"
    r"fishing[ ]vessel|boot(?=:)|"
    # ("Aan boord van de Frans Naerebout kunt u pinnen": on board of a ship)
    r"aan[ ]boord[ ]van[ ]de|aan[ ]boord[ ]van[ ]het"
)
_PREFIX = (
    rf"(?:(?<![\p{{L}}/.])(?:{_MARKS})"
    rf"|(?<![\p{{L}}])(?i:{_KINDS})"
    # a fishing vessel's port letters and number: "HL 17 Grietje Jannes", "UK 45 Jacob Meindert"
    rf"|(?<![\p{{L}}\d])(?:{_FISHING_PORTS})[ \u00a0]\d{{1,3}}(?=[ \u00a0]\p{{Lu}}))"
)
# an animal's kind before its name, written small ("de serval Bram", "lynx Freya", "bruine beer Olga", "emoe Henk"):
# an animal's name, no one's (capitalised, "Vos", "Wolf", "De Beer" are surnames)
_ANIMALS = (
    "serval|servals|lynx|beer|emoe|wolf|wolfhond|hond|kat|paard|pony|ezel|koe|stier|geit|schaap|varken|olifant|"
    "giraffe|leeuw|leeuwin|tijger|aap|chimpansee|gorilla|zebra|kameel|alpaca|lama|papegaai|uil|arend|ooievaar|"
    "zeehond|dolfijn|orka|struisvogel|kangoeroe|wasbeer|poema|jaguar|luipaard|panter|neushoorn|nijlpaard|krokodil|"
    "python|leguaan|schildpad|konijn|fret|politiehond|speurhond|geleidehond|hengst|merrie|veulen|kalf|pup"
)
_ANIMAL = rf"(?<![\p{{L}}-])(?:{_ANIMALS})"
_BEFORE = compiled(rf"(?:{_PREFIX}:?|{_ANIMAL})[ \u00a0]+{_NAME}(?![\p{{L}}])")
# ... or its kind in brackets after it: "Patiënt: Bram (serval)"
_KIND_AFTER = compiled(rf"(?<![\p{{L}}]){_NAME}[ \u00a0]*\((?:{_ANIMALS})[),]")
# ... or its register's number after it: "Maria Johanna (IMO 9342176", "Anna Elisabeth, ENI 02334517"
_AFTER = compiled(rf"(?<![\p{{L}}]){_NAME}[ \u00a0]*[(,][ \u00a0]*(?:IMO|ENI)[ \u00a0:]*\d{{7,8}}(?!\d)")
# the letters a match of _BEFORE begins with, in lower case: every alternative of the marks, kinds, ports and
# animals begins with ASCII letters that a character that is no letter follows (".", "/", a space, ":"), after a
# lookbehind that refuses a letter, so a match begins at a run of letters that is one of these (or has a character
# past ASCII, which case folding may match to one): _BEFORE is tried there alone (~1.4 CPU ms a page everywhere)
_BEFORE_HEADS = frozenset(
    regex.match(r"[A-Za-z]+", alt).group().lower()  # type: ignore[union-attr]
    for alt in "|".join((_MARKS, _KINDS, _FISHING_PORTS, _ANIMALS)).split("|")
)
_PREFIX_LEAD = compiled(rf"\A(?:{_PREFIX}[ ])+")
_ARTICLE = compiled(r"(?<![\p{L}])(?:de|het)[ \u00a0]+\Z")  # "bij de Maria Johanna"
# the words that are no part of a vessel's name: "tanker De Boer Shipping"'s owner is another matter
_NOT_NAME = frozenset({"IMO", "ENI", "De", "Het", "Een", "The", "A", "An"})
_LAST = threading.local()  # per thread: the last text's names (see vessel_names_known)


def vessel_names(text: str) -> frozenset[str]:
    """The names this text gives a vessel (after a vessel's prefix or kind, or before its IMO/ENI number), or an
    animal (after its kind, written small, or before it in brackets)."""
    memo = _LAST
    if getattr(memo, "text", None) is not text:
        memo.text, memo.names = text, _vessel_names(text)
    names: frozenset[str] = memo.names
    return names


def last_vessel_names(text: str) -> frozenset[str] | None:
    """:func:`vessel_names` of ``text`` where it was the last text this thread asked it of (the same object),
    else None (nothing is sought)."""
    names: frozenset[str] | None = _LAST.names if getattr(_LAST, "text", None) is text else None
    return names


def vessel_names_known(text: str, names: frozenset[str]) -> None:
    """The next :func:`vessel_names` of ``text`` (the same object) in this thread answers ``names``: what it gave for
    an equal text (phase 1's detection of the same document, ``batch_worker.text_memo_known``)."""
    _LAST.text, _LAST.names = text, names


@lru_cache(maxsize=4)
def _vessel_names(text: str) -> frozenset[str]:
    names: set[str] = set()
    before = matches_at(_BEFORE, title_places(text, _BEFORE_HEADS), text)
    for found in (before, _AFTER.finditer(text), _KIND_AFTER.finditer(text)):
        for m in found:
            name = _PREFIX_LEAD.sub("", " ".join(m.group("name").split()))
            if name and name.split()[0] not in _NOT_NAME:
                names.add(name)
    return frozenset(names)


def vessel_of(text: str, start: int, end: int) -> str | None:
    """The vessel's name ``text[start:end]`` is, or lies inside, where this text names that vessel; else None.
    Two first names or more after the article "de"/"het" ("bij de Maria Johanna") are a vessel's or a building's
    name too: a person's name takes no article."""
    words = text[start:end].split()
    if len(words) > 2 and words[0] in ("De", "Het"):
        words = words[1:]  # "De Maria Johanna raakte ...": the article begins the sentence
    span = " ".join(words).casefold()
    if not span or not words[0][:1].isupper():
        return None
    if len(words) > 1 and _ARTICLE.search(text, max(0, start - 5), start):
        lex = load_lexicons()
        if all(lex.is_first_name(w) for w in words):
            return " ".join(words)
    for name in vessel_names(text):
        folded = name.casefold()
        if span == folded or regex.search(rf"(?<![\p{{L}}]){regex.escape(span)}(?![\p{{L}}])", folded):
            return name
    return None


def vessel_in(text: str, start: int, end: int, vessels: frozenset[str]) -> str | None:
    """The one of ``vessels`` (names another document gives a vessel) that an occurrence in ``text`` covering
    ``text[start:end]`` is, or None."""
    if not vessels:
        return None
    return next((name for s, e, name in _named_spans(text, vessels) if s <= start and end <= e), None)


@lru_cache(maxsize=4)
def _named_spans(text: str, vessels: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    """Where ``text`` names each of ``vessels``, name by name in sorted order (found once per text, not per span
    the judge asks about)."""
    return tuple((o.start(), o.end(), name) for name in sorted(vessels) for o in occurrences(text, name))


@lru_cache(maxsize=4)
def _vessel_spans(text: str, vessels: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names a vessel: its own vessels' names and ``vessels`` (the batch's)."""
    return tuple(sorted({(o.start(), o.end()) for n in vessel_names(text) | vessels for o in occurrences(text, n)}))


def split_at_vessels(text: str, m: Merged, vessels: frozenset[str] = frozenset()) -> list[Merged]:
    """A PERSON span that holds a vessel's name and more, or part of one and more, cut into the vessel's part and
    the pieces beside it, each judged alone ("Grietje Jannes en de Johanna\nCatharina", "Grietje Jannes\nSchipper
    Wybren\nTerpstra": a table's cells read on; "Reddingboot Wim" of "Reddingboot Wim en Hillie Zwart": a ship's
    kind is no one's name); other spans as they are."""
    if m.entity != "PERSON":
        return [m]
    spans = _vessel_spans(text, vessels)
    over = [(s, e) for s, e in spans if s < m.end and m.start < e and (s, e) != (m.start, m.end)]
    if not over or all(s <= m.start and m.end <= e for s, e in over):
        return [m]  # (inside a vessel's name: the judge keeps it)
    bounds, pos = [], m.start
    for s, e in over:
        a, b = max(s, m.start), min(e, m.end)
        if a >= pos:
            bounds += [(pos, a), (a, b)]
            pos = b
    bounds.append((pos, m.end))
    out = []
    for s, e in bounds:
        words = list(_CAPITAL_WORD.finditer(text, s, e))
        if not words or _PREFIX_LEAD.fullmatch(text[words[0].start() : words[-1].end()] + " "):
            continue  # (what lies between: "en de", a line break; a ship's kind: "Reddingboot")
        if all(w.group().lower() in _ARTICLES_ALONE for w in words):
            continue  # ("De" of "De Frans Naerebout vaart": the article before the vessel's name)
        out.append(Merged(words[0].start(), words[-1].end(), m.entity, m.explanations))
    return out


_CAPITAL_WORD = compiled(r"(?<![\p{L}])\p{Lu}[\p{L}'’.-]*")
_ARTICLES_ALONE = frozenset({"de", "het", "een", "the", "van", "en"})


# a table's column of vessels: "Ligplaats | Schip | Vergunninghouder | Adres"
_VESSEL_HEADERS = frozenset({"schip", "schepen", "vaartuig", "vaartuigen", "woonschip", "woonboot", "boot", "vessel"})


def vessel_column_names(doc: Document) -> frozenset[str]:
    """The names in a table's column under a vessel's header ("Schip" over "Johanna Cornelia", "Willem Barentsz"):
    vessels, however like a person's name (the owner's name stands in its own column)."""
    from .recognizers.column_heads import under_header

    under = under_header(doc, _VESSEL_HEADERS) if _VESSEL_HEAD.search(doc.text) else set()
    if not under:
        return frozenset()
    beside = beside_on_row(doc)
    starts = [ln.start for ln in doc.lines]
    names = set()
    for i, ln in enumerate(doc.lines):
        cell = " ".join(doc.text[ln.start : ln.end].split())
        if ln.start not in under or not any(ch.isalpha() for ch in cell) or cell.lower() in _VESSEL_HEADERS:
            continue
        # a table's row: another cell stands beside it on the page's row; the first line under the header with none
        # ends the table ("Pieter de Boer" at the margin under it is no vessel)
        row = any(beside(ln.start, s) for s in starts[max(0, i - 12) : i + 12] if s != ln.start)
        if not row:
            break
        names.add(cell)
    return frozenset(names)


_VESSEL_HEAD = compiled(rf"(?i:(?<![\p{{L}}])(?:{'|'.join(sorted(_VESSEL_HEADERS))})(?![\p{{L}}]))")
