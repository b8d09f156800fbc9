"""Merging candidates and placing findings on the page.

Overlapping candidates of the same type become one span whose explanations
are all kept; a candidate inside a span of a stronger type (a name inside an
e-mail address) is dropped. :func:`boxes_for_span` turns a text span into one
box per line fragment, using each character's extent.
"""

from __future__ import annotations

import bisect
import hashlib
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..model import Box, Document, Explanation
from .grammar import TITLE, compiled
from .lexicons import load_lexicons, organisation_ending
from .model_names import NOUN_ENDINGS

PUBLIC_TITLE_WORDS = frozenset(
    {
        "minister",
        "staatssecretaris",
        "kamerlid",
        "burgemeester",
        "wethouder",
        "gedeputeerde",
        "commissaris",
        "premier",
        "gouverneur",
        "lid",
        "leden",
        "ministers",
        "staatssecretarissen",
        "kamerleden",
        "burgemeesters",
        "wethouders",
        "gedeputeerden",
        "commissarissen",
        "raadslid",
        "raadsleden",
        "statenlid",
        "statenleden",
        "senator",
        "senatoren",
        "fractievoorzitter",
        "dijkgraaf",
    }
)

PRIORITY = {"EMAIL_ADDRESS": 6, "IBAN_CODE": 5, "NL_BSN": 4, "PHONE_NUMBER": 3, "ADDRESS": 2, "PARAPH": 2, "PERSON": 1}
AGREEMENT_BONUS = 0.05
DERIVED = frozenset({"propagation", "name_extension"})


@dataclass(frozen=True)
class Merged:
    """A merged span with every explanation that supports it."""

    start: int
    end: int
    entity: str
    explanations: tuple[Explanation, ...]

    @property
    def score(self) -> float:
        """The best detector's score plus a bonus for every further independent detector (at most 1)."""
        best = max(e.score for e in self.explanations)
        # Propagation and extension repeat earlier evidence: they do not count as a second detector.
        detectors = {e.detector for e in self.explanations if e.score > 0 and e.detector not in DERIVED}
        return min(1.0, best + AGREEMENT_BONUS * (len(detectors) - 1))

    @property
    def cell(self) -> str | None:
        """The whole text of the wrapped table cell this span is a piece of ("Bart van den Berg" for
        "den"), as the ``table_cell`` detector explains it; None for any other span."""
        return next((e.context for e in self.explanations if e.detector == "table_cell"), None)

    @property
    def broken(self) -> tuple[str, str] | None:
        """The whole name this span is a piece of, broken over a line end and read on in its text column, and
        its top line up to the name's end ("wethouder Rob Kerkhoven"), as ``column_line`` explains it."""
        return next(((e.pattern, e.context) for e in self.explanations if e.detector == "column_line"), None)


def merge(cands: list[Merged]) -> list[Merged]:
    """Union overlapping spans of one type; drop spans inside a stronger type."""
    by_type: dict[str, list[Merged]] = {}
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        group = by_type.setdefault(c.entity, [])
        if group and c.start < group[-1].end:
            last = group[-1]
            group[-1] = Merged(last.start, max(last.end, c.end), c.entity, last.explanations + c.explanations)
        else:
            group.append(c)
    spans = [m for group in by_type.values() for m in group]
    spans.sort(key=lambda m: (-PRIORITY.get(m.entity, 0), m.start))
    kept: list[Merged] = []
    # the kept spans of each type, in the order of their starts and ends: a type's spans do not overlap and are
    # taken in the order of their starts, and a cut leaves a part of one, so both orders hold as they are added
    # (:func:`_touching` finds those a span meets without going through all kept before it)
    placed: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for m in spans:
        near = _touching(placed, kept, m)
        if any(k.start <= m.start and m.end <= k.end for k in near):
            continue
        for k in near:  # a weaker span that runs into a stronger one ends (or starts) where that one does
            if k.start < m.end and m.start < k.end:
                if m.start < k.start:
                    m = Merged(m.start, k.start, m.entity, m.explanations)
                else:
                    m = Merged(k.end, m.end, m.entity, m.explanations)
        if m.end > m.start:
            starts, ends, order = placed.setdefault(m.entity, ([], [], []))
            starts.append(m.start)
            ends.append(m.end)
            order.append(len(kept))
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _touching(
    placed: dict[str, tuple[list[int], list[int], list[int]]], kept: Sequence[Merged], m: Merged
) -> list[Merged]:
    """The kept spans of other types than ``m``'s that hold or overlap it, or touch it (those that start at or
    before its end and end at or after its start), in the order they were kept."""
    found: list[int] = []
    for entity, (starts, ends, order) in placed.items():
        if entity != m.entity:
            found += order[bisect.bisect_left(ends, m.start) : bisect.bisect_right(starts, m.end)]
    return [kept[i] for i in sorted(found)] if found else []


def trim_span(text: str, m: Merged) -> Merged:
    """Without the spaces and separators a cut left at either end ("RUUD BRAND, " -> "RUUD BRAND")."""
    start, end = m.start, m.end
    while end > start and text[end - 1] in " \t\n\u00a0,;:":
        end -= 1
    while start < end and text[start] in " \t\n\u00a0,;:":
        start += 1
    # "luchtfoto’s van Vlaanderen": the plural's "’s" belongs to the word before, not to a name ("’s Gravensande")
    glued = _GLUED_S.match(text, start, end) if m.entity == "PERSON" and start and text[start - 1].isalpha() else None
    if glued:
        start = glued.end()
    # ("Ploeg, Hidde van der": the particles of a name written surname first do end it)
    person = m.entity == "PERSON" and "," not in text[start:end]
    particles = _TRAILING_PARTICLES.search(text, start, end) if person else None
    if particles and particles.start() > start:
        end = particles.start()  # "Annelies Poortman van de" cut at "Stationsweg 3-B": a name ends in no particle
    return m if (start, end) == (m.start, m.end) else Merged(start, end, m.entity, m.explanations)


_GLUED_S = compiled(r"[’']s[ \t\u00a0]+(?:(?:van|de|der|den|het)[ \t\u00a0]+)*")
_TRAILING_PARTICLES = compiled(r"(?:[ \t\n\u00a0]+(?:van|de|der|den|het|ter|ten|te|von|und|zu|en|op|aan|in|bij))+\Z")


# a piece of a name: a capitalised word that is no particle ("Van" of "staatssecretaris Van" | "Bas de Groot"
# is not one; "de Vries" of "Jan" | "de Vries" is)
_NAME_PIECE = compiled(r"(?<![\p{L}])(?!(?i:van|de|der|den|het|ter|ten|te|von)(?![\p{L}]))\p{Lu}[\p{L}'’.-]")


def split_at_cells(text: str, m: Merged, gaps: Sequence[tuple[int, int]]) -> list[Merged]:
    """A person span parted by a table's column gap (:func:`~.lines.cell_gaps`): its pieces on either side,
    each that holds a name's word. A name is written in one cell; "Jan" | "de Vries" in a first-name and a
    surname column are two pieces, both kept."""
    inside = [g for g in gaps if m.start < g[0] and g[1] < m.end] if m.entity == "PERSON" else []
    if not inside:
        return [m]
    bounds = [m.start, *(x for g in inside for x in g), m.end]
    out = []
    for s, e in zip(bounds[::2], bounds[1::2]):
        if _NAME_PIECE.search(text, s, e):
            out.append(Merged(s, e, m.entity, m.explanations))
    return out


def drop_nested(spans: list[Merged], kept: Collection[tuple[int, int]]) -> list[Merged]:
    """Drop a span inside a longer, redacted span of another type ("KOEN" as a paraph inside the name
    "KOEN DE VRIES"): the outer box covers it, with one label (two labels over each other read as neither).
    A span inside a *kept* one stays ("AŞ" after "burgemeester Halsema" is still a paraph)."""
    outer = [k for k in spans if (k.start, k.end) not in kept]

    def inside(m: Merged, k: Merged) -> bool:
        return k.entity != m.entity and k.start <= m.start and m.end <= k.end and k.end - k.start > m.end - m.start

    return [m for m in spans if not any(inside(m, k) for k in outer if k is not m)]


def boxes_for_span(doc: Document, start: int, end: int) -> tuple[Box, ...]:
    """One box per line fragment covering the characters of ``doc.text[start:end]``."""
    starts = _word_starts(doc)
    i = max(0, bisect.bisect_right(starts, start) - 1)
    per_line: dict[int, Box] = {}
    while i < len(doc.words) and doc.words[i].start < end:
        w = doc.words[i]
        i += 1
        lo, hi = max(start, w.start) - w.start, min(end, w.end) - w.start
        if hi <= lo:
            continue
        chars = w.char_boxes[lo:hi]
        box = Box(
            w.box.page,
            min(c[0] for c in chars),
            min(c[1] for c in chars),
            max(c[2] for c in chars),
            max(c[3] for c in chars),
        )
        per_line[w.line] = per_line[w.line].union(box) if w.line in per_line else box
    return tuple(per_line[k] for k in sorted(per_line))


_STARTS = threading.local()  # per thread: a Dask worker run with several threads shares this module


def _word_starts(doc: Document) -> list[int]:
    """Where each word of ``doc`` starts, remembered for the last document's words (one list for all
    its findings, not one per finding)."""
    memo = _STARTS
    if getattr(memo, "words", None) is not doc.words:
        memo.words, memo.starts = doc.words, [w.start for w in doc.words]
    starts: list[int] = memo.starts
    return starts


def finding_id(doc: Document, start: int, end: int, entity: str) -> str:
    """A stable id: the same finding in the same input gets the same id on every run."""
    return hashlib.sha256(f"{doc.sha256}:{start}:{end}:{entity}".encode()).hexdigest()[:12]


_PREV_TOKEN = compiled(r"(?<![\p{L}.'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \u00a0]+\Z")


_SMALL_LETTER = compiled(r"(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])")  # a word in small letters: running text
_ENTRY_AFTER = compiled(r"[ \t\u00a0]*,[ \t\u00a0]*(?:\p{Lu}\.|\p{Lu}\p{Ll})")


def join_broken(text: str, spans: Sequence[Merged]) -> list[Merged]:
    """A first name that ends its line and the surname that starts the next are one name ("Judith" +
    "Polderman (commissiegriffier)", "de heer Stijn" + "Kroon (Aalsmeerderdijk 402)"): a found surname
    span there, or a capitalised word that is no ordinary word or place, followed by a bracket, a comma
    or a lower-case word."""
    lex = load_lexicons()
    by_start = {m.start: m for m in spans if m.entity == "PERSON"}
    out: list[Merged] = []
    used: set[int] = set()
    for m in sorted(spans, key=lambda x: x.start):
        if m.start in used:
            continue
        words = text[m.start : m.end].split()
        tail = _LINE_TAIL.match(text, m.end)
        # given names only ("tolk Gul Ahmad" / "Stanikzai (Dari)"): the surname is on the next line, a word no
        # span begins with ("Ronald Vos" / "Ayoub ..." are two people)
        given_only = len(words) in (2, 3) and all(lex.is_first_name(w) for w in words)
        broken = bool(words) and (
            (len(words) == 1 and lex.is_first_name(words[0]))
            # "dr. A.P." + "Çelik" (not "Verbeke, C.": a name written surname first ends at its initials)
            or (bool(_INITIALS_END.match(words[-1])) and not (len(words) > 1 and words[-2].endswith(",")))
            or (len(words) == 2 and lex.is_first_name(words[0]) and words[1].lower() in _SURNAME_PREFIXES)
            or given_only
        )
        if m.entity != "PERSON" or not broken or not tail or _LABEL_LINE.match(text, tail.end()):
            out.append(m)  # (the next line a label's: "Hoekstra-Dijk, Marjan" over "Optionele deelnemers: ...")
            continue
        nxt = by_start.get(tail.end())
        nxt_words = text[nxt.start : nxt.end].split() if nxt is not None else []
        # (a found surname alone goes on the name: "Ruth Abena" / "Asante", a batch's copy of "Asante")
        # (in running text only: a column of surnames "Da Silva Santos" / "Al-Masri" is two people; nor a list's
        # next entry written surname first: "Kees" / "Tromp, S.M.")
        line_start = text.rfind("\n", 0, m.start) + 1
        running = bool(_SMALL_LETTER.search(text, line_start, m.start))
        entry = nxt is not None and bool(_ENTRY_AFTER.match(text, nxt.end))
        alone = len(nxt_words) == 1 and not lex.is_first_name(nxt_words[0]) and running and not entry
        if given_only and nxt is not None and not alone:
            out.append(m)
            continue
        if len(nxt_words) >= 2 and lex.is_first_name(nxt_words[0]) and not lex.is_surname(nxt_words[0]):
            out.append(m)  # "Maarten" / "Femke Haverkamp | Senior policy officer": a signature, then another name
            continue
        head = (text[nxt.start : nxt.end].split() or [""])[0].lower() if nxt is not None else ""
        if nxt is not None and head in PUBLIC_TITLE_WORDS:
            out.append(m)  # "Sanne" / "Dijkgraaf Patrick van der Broeck is ...": a chat's speaker, then a title
            continue
        if nxt is not None:
            used.add(nxt.start)
            out.append(Merged(m.start, nxt.end, m.entity, m.explanations + nxt.explanations))
            continue
        word = _SURNAME_START.match(text, tail.end())
        w = word.group("w") if word else ""
        dictionary = w.lower() in lex.dutch_words and w not in lex.surnames  # "Hoi Sanne" / "Goedemorgen allemaal"
        # (nor a street's or an organisation's word after given names: "Gábor Péter" / "Laan van Meerdervoort";
        # after a particle it is the surname: "Jan van" / "Laan")
        dictionary = dictionary or (w.lower() in lex.organisation_words and words[-1].lower() not in _SURNAME_PREFIXES)
        if word and not lex.is_ordinary_word(w) and w not in lex.places and not lex.is_first_name(w) and not dictionary:
            why = f"the surname '{w}' at the start of the next line: the name was broken over the line"
            out.append(
                Merged(m.start, word.end("w"), m.entity, m.explanations + (Explanation("name_extension", 0.6, why),))
            )
        else:
            out.append(m)
    return out


_LABEL_LINE = compiled(r"\p{Lu}[\p{L}]*(?:[ \t]+[\p{L}]+){0,3}[ \t]*:")
_INITIALS_END = compiled(r"^(?:\p{Lu}\.){1,4}$")
# the first word of a surname of two ("Bram Oude" + "Maatman", "Jan Groot" + "Wassink")
_SURNAME_PREFIXES = frozenset(
    "oude olde groot grote klein kleine lange korte nieuwe jonge hoge ter ten te van de den der in op".split()
)
_LINE_TAIL = compiled(r"[ \t\u00a0]*\n[ \t\u00a0]*")
_SURNAME_START = compiled(
    r"(?P<w>(?:(?:van|de|der|den|ten|ter|'t|’t)[ \t]+)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*)"
    r"(?=[ \t]*[(,]|[ \t]+\p{Ll})"
)


def strip_trade_name(text: str, m: Merged) -> Merged:
    """ "Stukadoorsbedrijf Kocak", "Rietdekkersbedrijf Jan Hendriks": a name span that begins with a trade
    name keeps only the name after it (judged on its own: perhaps the owner's, see ``evidence``)."""
    if m.entity != "PERSON":
        return m
    head = _TRADE_HEAD.match(text, m.start, m.end)
    if not head:
        return m
    if organisation_ending(head.group("w").lower(), 6) is None:
        return m
    return Merged(head.end(), m.end, m.entity, m.explanations)


_TRADE_HEAD = compiled(r"(?P<w>\p{Lu}\p{Ll}{5,})[ \t\u00a0]+(?=\p{Lu})")


# ("Amsterdamsestraatweg 412bis (3551 CV)": in brackets too)
_POSTCODE_AFTER = compiled(r"[ \t\u00a0]*,?[ \t\u00a0]*\n?[ \t\u00a0]*\(?[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\d])")


def with_postcode(text: str, m: Merged) -> Merged:
    """A street and number that is redacted takes in the postcode right after it ("Achterweg 4a, 3263
    KP"): with the street it is the same address, and alone it narrows the house down to a few."""
    if m.entity != "ADDRESS":
        return m
    pc = _POSTCODE_AFTER.match(text, m.end)
    if not pc or not any(ch.isdigit() for ch in text[m.start : m.end]):
        return m
    reason = f"the postcode '{pc.group().strip(' ,')}' right after the street and number"
    return Merged(m.start, pc.end(), m.entity, m.explanations + (Explanation("address_postcode", m.score, reason),))


def noun_like(word: str) -> bool:
    """A word with a noun's ending ("Woningbouwregeling"); "-ing" only on a Dutch verb's stem, for
    "Xiaoling", "Meiling" end so too."""
    low = word.lower()
    if not low.endswith(NOUN_ENDINGS):
        return False
    if not low.endswith(("ing", "ingen")):
        return True
    stem = low[: -3 if low.endswith("ing") else -5]
    lex = load_lexicons()
    if any(w in lex.dutch_words or lex.is_compound_word(w) for w in (stem, stem + "en", stem + "n")):
        return True
    tail = low[: len(low) - 2] if low.endswith("ingen") else low  # "Woningbouwregeling": ends in "regeling"
    return any(tail[i:] in lex.dutch_words for i in range(1, len(tail) - 5))


_SENTENCE_START = compiled(r"(?:\A|[.!?:]\s+|\n[ \t]*|\]\s*)\Z")  # where a sentence or a line begins


def extend_left(text: str, m: Merged) -> Merged:
    """Take in an unknown first name directly before a found name ("Yohanes Sitompul").

    Only a capitalised word that is no ordinary word, title, function,
    place, honorific or public title, on the same line.
    """
    if m.entity != "PERSON":
        return m
    prev = _PREV_TOKEN.search(text[max(0, m.start - 40) : m.start])
    if not prev or " ".join(text[m.start : m.end].split()) in load_lexicons().places:
        return m
    word = prev.group(1)
    word_start = m.start - len(prev.group(0))
    lex = load_lexicons()
    first_name = word in lex.first_names  # "Mei Zhang": a first name, even if also a month or a word
    tokens = text[m.start : m.end].split()
    has_first = len(tokens) >= 2 and tokens[0] in lex.first_names  # "Gerrit Wijk": first name and surname
    # "Chemours M. van der Loeff": initials stand for the given names; only a known first name goes before them
    initialled = bool(tokens) and compiled(r"^(?:\p{Lu}\.)+$").match(tokens[0]) is not None
    if (
        (has_first and not first_name)  # "Agrariër Gerrit Wijk": the name has its first name already
        or (initialled and not first_name)
        or (lex.is_ordinary_word(word) and not (first_name and m.end - m.start > 2))
        # "Kan Oksana ze ...", "Bel Semhar": a word that is also a name, before a lone first name, is the word
        or (
            len(tokens) == 1
            and word in lex.ambiguous
            and _SENTENCE_START.search(text, max(0, word_start - 8), word_start)
        )
        or lex.is_non_person_word(word)
        or word in lex.places
        or word in lex.honorifics
        or word.lower() in lex.organisation_words
        or any(word.lower().endswith(o) for o in lex.organisation_words if len(o) >= 6)  # "Bouwbedrijf Van Dam"
        or compiled(rf"^(?:{TITLE})$").match(word)
        or word.lower() in PUBLIC_TITLE_WORDS
        or any(part.lower() in PUBLIC_TITLE_WORDS for part in word.split("-"))  # "Oud-Kamerlid"
        or lex.is_compound_word(word)  # "Bezoekadres Johan", "Energietransitie Saba"
        or (word.lower() in lex.dutch_words and not first_name and word not in lex.surnames)  # "Goedemorgen Said"
        or (word not in lex.first_names and noun_like(word))
    ):
        return m
    start = word_start
    reason = f"capitalised word '{word}' directly before the name: taken as its first name"
    best = max(e.score for e in m.explanations)
    return Merged(start, m.end, m.entity, m.explanations + (Explanation("name_extension", best, reason),))
