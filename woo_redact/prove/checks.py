"""The checks on text and structure; each returns one :class:`Check`.

The original is only read where a check needs it: its occurrence counts are
asked for (through a callable) only when the output still holds a redacted
string, since an output without any occurrence passes whatever the original
held.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress

import numpy as np
import pikepdf
import regex

from woo_redact.model import Box, Check, Finding

from .text import PageChars, Rect, Secret, label_only, norm, shrink

# Glyph tests: boxes are shrunk by this much so that a neighbour whose bbox
# merely touches the edge does not count as inside.
SHRINK_PT = 0.5
# Words: two characters further apart than this (in points, along either axis)
# belong to different words.
WORD_GAP = 3.0
# A glyph of the original is still in its place in the output when its box moved no more than this (points).
GLYPH_TOL = 0.05


@dataclass(frozen=True)
class SubChannel:
    """One place the leak check counts a redacted string in, output against original.

    ``original`` gives the original's alternative corpora (called only when
    the output has a hit). ``subtract``: those corpora still hold the redacted
    occurrences, so the findings' count is subtracted; false when the
    characters inside the boxes were blanked out by geometry. ``outside``
    (optional) counts a string's occurrences in the original's page text
    outside the boxes (see :func:`leak_check`).
    """

    label: str
    texts: Sequence[str]
    original: Callable[[], Sequence[Sequence[str]]]
    subtract: bool = True
    outside: Callable[[Secret], int] | None = None


def structure(
    original: pikepdf.Pdf | None,
    output: pikepdf.Pdf | None,
    output_bytes: bytes,
    appended: int,
    findings: Sequence[Finding],
) -> Check:
    """A valid PDF with one %%EOF (no incremental update), the original's pages plus ``appended``, no box off them."""
    problems = []
    n_eof = output_bytes.count(b"%%EOF")
    if n_eof != 1:
        problems.append(f"{n_eof} %%EOF markers (expected exactly 1: no incremental update)")
    if output is None or original is None:
        which = "output" if output is None else "original"
        return Check("structure", False, "; ".join([*problems, f"not a valid PDF (pikepdf cannot open the {which})"]))
    n_out, n_orig = len(output.pages), len(original.pages)
    if n_out != n_orig + appended:
        problems.append(f"{n_out} pages, expected {n_orig} + {appended} appended")
    stray = sorted({f.id for f in findings for b in f.boxes if b.page >= n_orig})
    if stray:
        problems.append(f"boxes on pages the original does not have: {', '.join(stray)}")
    if problems:
        return Check("structure", False, "; ".join(problems))
    return Check("structure", True, f"valid PDF, one %%EOF, {n_out} pages")


def glyph_check(
    engine: str,
    n_pages: int,
    boxes: Sequence[tuple[Finding, Box]],
    chars_of: Callable[[int], PageChars],
) -> Check:
    """No glyph (but a box's label) centred inside a box, as ``engine`` places the characters."""
    name = f"no_glyph_in_box[{engine}]"
    bad: list[str] = []
    total = 0
    for f, box in boxes:
        if box.page >= n_pages:
            continue
        chars = chars_of(box.page)
        inside_box = chars.centred_in(shrink(box, SHRINK_PT))
        # a label the remover centred in an overlapping larger box may reach into this one with a few of
        # its characters (the dots of "5.1.2e"): they pass when the words they belong to are labels
        if inside_box and not label_only(inside_box) and not _label_words(chars, box):
            total += len(inside_box)
            bad.append(f"{f.id} p. {box.page + 1}: {len(inside_box)} glyph(s)")
    if bad:
        return Check(name, False, f"{total} glyph(s) inside boxes: " + "; ".join(bad[:20]))
    return Check(name, True, f"no glyph inside {len(boxes)} box(es)")


def _label_words(chars: PageChars, box: Box) -> bool:
    """Every word that has a character centred in ``box`` is a ground label."""
    words = chars.words_at(chars.centred_mask([shrink(box, SHRINK_PT)]))
    return bool(words) and all(label_only(w) for w in words)


def leak_check(name: str, secrets: Sequence[Secret], channels: Sequence[SubChannel]) -> Check:
    """Compare occurrence counts per sub-channel: output <= original - redacted.

    For each sub-channel the original gives one or more alternative corpora
    (e.g. the raw file bytes, or the decoded streams and strings that the raw
    bytes may show uncompressed); its count is the largest of theirs. Where
    the original's text had the characters inside the boxes blanked out
    (``subtract`` false), its count is already that of the occurrences outside
    the boxes: an engine that glues words together ("connectiecoronacheckapp")
    sees fewer occurrences than the findings redacted, so subtracting their
    count would forbid the ones legitimately left outside the boxes.

    A channel that reads raw bytes (decoded streams) sees only text in fonts
    whose codes are Latin-1 letters: the redacted occurrences set in a CID
    Identity-H or re-encoded subset font are not in its count, and subtracting
    the findings' count would forbid occurrences that are legitimately outside
    the boxes. Such a channel gives ``outside``, the count of the occurrences
    that the original's page text has outside the boxes (by the geometry of
    pdfplumber and PDFium); as many as that may remain, never more than the
    channel saw in the original.
    """
    bad = []
    for s in secrets:
        for ch in channels:
            found = s.count(ch.texts)
            if not found:
                continue
            orig = max(s.count(texts) for texts in ch.original())
            allowed = max(0, orig - s.redacted) if ch.subtract else orig
            if ch.subtract and ch.outside is not None and found > allowed + s.added:
                allowed = max(allowed, min(orig, ch.outside(s)))
            allowed += s.added
            if found > allowed:
                bad.append(f"{s.refs}: {found} occurrence(s) in {ch.label}, at most {allowed} allowed")
    if bad:
        return Check(name, False, "; ".join(bad[:20]))
    return Check(name, True, f"{len(secrets)} redacted string(s) not recoverable")


def metadata_check(secrets: Sequence[Secret], output: Sequence[tuple[str, str]]) -> Check:
    """No redacted string in the strings of the object graph, XMP and embedded files, as (where, text).

    None may remain, whatever the original held: the sanitizer empties or
    cleans every channel there, and an occurrence on a page that was blacked
    out takes none away from a layer, a bookmark or the document information.
    (Counting "the original's occurrences minus the redacted ones", as the
    page text is counted, let a map's credit "Esri" stay in 15 of its 17 layer
    dictionaries once two were redacted on the page.) Only text the tool wrote
    itself may hold it.
    """
    name = "no_metadata_leak"
    bad = []
    for s in secrets:
        hits = [(w, t) for w, t in output if s.occurs_in(t)]
        if not hits:
            continue
        found = s.count([t for _, t in hits])
        if found > s.added:
            where = ", ".join(sorted({w for w, _ in hits}))[:200]
            bad.append(f"{s.refs}: {found} occurrence(s) in {where}, at most {s.added} allowed")
    if bad:
        return Check(name, False, "; ".join(bad[:20]))
    return Check(name, True, "no redacted string in metadata, outline, annotations or structure")


def words_avoiding(chars: PageChars, regions: Sequence[Rect]) -> Counter[str]:
    """The words of a page, built from its characters in the engine's order.

    A character that touches one of ``regions`` is left out and ends the word
    it was in, and so does a gap of more than :data:`WORD_GAP` between two
    characters (along either axis), so a word next to removed text falls
    apart the same way on both sides.

    Whitespace the engine inferred where the page has no glyph is left out
    too, and ends no word: PDFium infers it from guesses about the whole page
    (the direction its lines run, taken from the text objects of the page
    itself and not of its forms), so the redaction's labels, a few words of
    its own, can move it on a page whose text is all in a form: "wordt." then
    reads "wordt\r\n." although not a glyph moved. The page's own spaces
    and the gaps between glyphs still end words.
    """
    # (a "word" of control characters alone is no text a reader sees: Chromium maps a hyphen of a Slack handle to
    # U+0002, a glyph PDFium gives no box, so a removed handle's hyphen would count as lost outside the boxes)
    chars, starts, stops = _runs(chars, regions)
    words, controls = _run_texts(chars.texts, starts, stops)
    found = Counter(word for word in words if not _CONTROL_ONLY.fullmatch(word)) if controls else Counter(words)
    del found[""]  # (a run of rows without text)
    return found


_CONTROL_ONLY = regex.compile(r"\p{Cc}+")
_CONTROL = regex.compile(r"\p{Cc}")


def word_runs(chars: PageChars, regions: Sequence[Rect]) -> tuple[PageChars, list[tuple[str, range]]]:
    """The words of :func:`words_avoiding`, each with its characters: their rows in the returned characters.

    A word's characters are consecutive rows: a row left out ends the word it was in.
    """
    chars, starts, stops = _runs(chars, regions)
    words, _ = _run_texts(chars.texts, starts, stops)
    return chars, [(word, range(a, b)) for word, a, b in zip(words, starts, stops, strict=True) if word]


def _runs(chars: PageChars, regions: Sequence[Rect]) -> tuple[PageChars, list[int], list[int]]:
    """The characters without the inferred whitespace, and where each run of kept characters (a word) starts
    and stops among them (see :func:`words_avoiding`)."""
    if chars.inferred is not None and chars.inferred.any():
        own = ~chars.inferred
        chars = PageChars(list(compress(chars.texts, own.tolist())), chars.rects[own])
    texts, r = chars.texts, chars.rects
    n = len(texts)
    if not n:
        return chars, [], []
    kept = ~np.isnan(r[:, 0]) & ~chars.touching(regions)
    gap = np.zeros(n, dtype=bool)
    if n > 1:
        apart = np.maximum.reduce(
            [r[1:, 0] - r[:-1, 2], r[:-1, 0] - r[1:, 2], r[1:, 1] - r[:-1, 3], r[:-1, 1] - r[1:, 3]]
        )
        gap[1:] = apart > WORD_GAP
    at = np.flatnonzero(kept)
    if not at.size:
        return chars, [], []
    # a word ends before a kept character after a gap or after a character left out (not before the first)
    starts = gap[at] | ~kept[at - 1]
    starts[0] = True
    firsts = np.flatnonzero(starts)
    lasts = np.append(firsts[1:] - 1, at.size - 1)
    return chars, at[firsts].tolist(), (at[lasts] + 1).tolist()


# a character that ends a word or is a control character, in ASCII (str.split's whitespace is in it)
_ASCII_BLANK = regex.compile(r"[\x00-\x20\x7f]")


def _run_texts(texts: Sequence[str], starts: Sequence[int], stops: Sequence[int]) -> tuple[list[str], bool]:
    """Each run's text as the word comparison takes it (normalised, stripped; '' for none), and whether
    one of them may be of control characters alone.

    A page whose text is ASCII without a blank or a control character has for words its lower-cased
    text cut at the runs: that is what :func:`norm` makes of each (no NFKC change, no invisible
    character, casefold is lower, nothing to collapse or strip). Other pages' runs are normalised one
    by one, each distinct text once (:func:`_word`).
    """
    joined = "".join(texts)
    # where each row's text starts in the joined text (none needed when each row is one character)
    one_each = len(joined) == len(texts) and "" not in texts
    at = None if one_each else list(accumulate(map(len, texts), initial=0))
    if joined.isascii() and not _ASCII_BLANK.search(joined):
        joined = joined.lower()
        controls = False
    else:
        controls = True
    if at is None:
        runs = [joined[a:b] for a, b in zip(starts, stops, strict=True)]
    else:
        runs = [joined[at[a] : at[b]] for a, b in zip(starts, stops, strict=True)]
    if not controls:
        return runs, False
    # (no whitespace inside a run: each is normalised on its own as the joined text would be)
    words = list(map(_word, runs))
    return words, _CONTROL.search("".join(words)) is not None


@functools.lru_cache(maxsize=1 << 14)
def _word(text: str) -> str:
    """A run's text normalised and stripped (kept: the original's and the output's pages share their words)."""
    return norm(text).strip()


def _in_place(lost: Counter[str], original: PageChars, output: PageChars, regions: Sequence[Rect]) -> Counter[str]:
    """Of the words lost, those not excused because every glyph of every copy is still in its place.

    The output's words can join where the original's fell apart: OCR's words
    overlap, and a character in a box that ended a word in the original is
    gone from the output ("eins;" and "IEEE." overlapping, "IEEE" redacted:
    ";" and "ie." then read ";ie."). A word is excused only when each of its
    copies in the original finds every glyph, same text, same box (within
    :data:`GLYPH_TOL`), among the output's glyphs outside the boxes, each
    glyph used once.
    """
    base, runs = word_runs(original, regions)
    out_base, out_runs = word_runs(output, regions)
    pool: dict[str, list[np.ndarray]] = {}
    for _, rows in out_runs:
        for k in rows:
            pool.setdefault(out_base.texts[k], []).append(out_base.rects[k])
    placed: Counter[str] = Counter()
    for word, rows in runs:
        if word not in lost:
            continue
        taken = []
        for k in rows:
            same = pool.get(base.texts[k], [])
            hit = next((j for j, rect in enumerate(same) if np.all(np.abs(rect - base.rects[k]) <= GLYPH_TOL)), None)
            if hit is None:
                break
            taken.append((base.texts[k], same.pop(hit)))
        else:
            placed[word] += 1
            continue
        for text, rect in taken:  # a copy short of a glyph takes none
            pool[text].append(rect)
    copies = Counter(word for word, _ in runs)
    return Counter({w: n for w, n in lost.items() if placed[w] < copies[w]})


def spaced(chars: PageChars) -> PageChars:
    """``chars`` with whitespace glyphs as word boundaries (rows of NaN), as PDFium has them."""
    blank = np.array([not t.strip() for t in chars.texts], dtype=bool)
    if not blank.any():
        return chars
    rects = chars.rects.copy()
    rects[blank] = np.nan
    return PageChars(["" if b else t for t, b in zip(chars.texts, blank.tolist(), strict=True)], rects)


def _confirmed(lost: Counter[str], want: Counter[str], got: Counter[str]) -> Counter[str]:
    """Of the words PDFium lost, those a second reading (``want`` -> ``got``) does not excuse.

    A word is excused only when the second reading builds it from the
    original and finds every copy of it in the output too; any copy short
    there, and the word counts as PDFium counted it.
    """
    return Counter({w: n for w, n in lost.items() if not (want[w] and got[w] >= want[w])})


def text_survives(
    pages: Sequence[int],
    regions_of: Callable[[int], list[Rect]],
    orig_chars: Callable[[int], PageChars],
    out_chars: Callable[[int], PageChars],
    n_same: int,
    stream_chars: tuple[Callable[[int], PageChars], Callable[[int], PageChars]] | None = None,
) -> Check:
    """Every word of ``pages`` outside the boxes and changed areas is still in the output.

    Words are PDFium's. A word the output lacks is excused when every glyph
    of each of its copies is still in its place (:func:`_in_place`: words
    may join once characters in a box between them are gone).
    ``stream_chars`` (the original's and the output's characters as pdfminer
    reads them, one per glyph the content streams show) confirm a word
    PDFium misses: it is missing only as far as pdfminer, which builds the
    same word from the original, misses it too.
    PDFium's text page leaves out glyphs that are on the page: a text object
    narrower than 0.01 pt (one glyph without ink, such as the comma of
    "Rutte," left on its own in an OCR layer once the name is removed), and
    a text object that repeats one of the five before it at the same place
    (Visio draws a title twice; with a removed word's objects gone, the
    copies come within five). A glyph removed from the content stream is
    missing for both engines, so it still fails.
    """
    name = "text_outside_survives"
    missing_by_page = []
    total = required = 0
    for i in pages:
        regions = regions_of(i)
        want = words_avoiding(orig_chars(i), regions)
        got = words_avoiding(out_chars(i), regions)
        required += sum(want.values())
        lost = want - got
        if lost:
            lost = _in_place(lost, orig_chars(i), out_chars(i), regions)
        if lost and stream_chars is not None:
            lost = _confirmed(lost, *(words_avoiding(spaced(read(i)), regions) for read in stream_chars))
        missing = sum(lost.values())
        if missing:
            total += missing
            missing_by_page.append(f"p. {i + 1}: {missing}")
    if total:
        return Check(
            name,
            False,
            f"{total} of {required} words outside the boxes are missing (" + ", ".join(missing_by_page) + ")",
        )
    same = f"; {n_same} page(s) byte-identical to the original" if n_same else ""
    return Check(name, True, f"all {required} words outside the boxes survive{same}")
