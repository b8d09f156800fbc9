"""The checks on text and structure; each returns one :class:`Check`.

The original is only read where a check needs it: its occurrence counts are
asked for (through a callable) only when the output still holds a redacted
string, since an output without any occurrence passes whatever the original
held.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pikepdf

from woo_redact.model import Box, Check, Finding

from .text import PageChars, Rect, Secret, label_only, norm, shrink

# Glyph tests: boxes are shrunk by this much so that a neighbour whose bbox
# merely touches the edge does not count as inside.
SHRINK_PT = 0.5
# Words: two characters further apart than this (in points, along either axis)
# belong to different words.
WORD_GAP = 3.0


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
    if chars.inferred is not None and chars.inferred.any():
        own = ~chars.inferred
        chars = PageChars([t for t, o in zip(chars.texts, own.tolist(), strict=True) if o], chars.rects[own])
    texts, r = chars.texts, chars.rects
    n = len(texts)
    if not n:
        return Counter()
    kept = ~np.isnan(r[:, 0]) & ~chars.touching(regions)
    gap = np.zeros(n, dtype=bool)
    if n > 1:
        apart = np.maximum.reduce(
            [r[1:, 0] - r[:-1, 2], r[:-1, 0] - r[1:, 2], r[1:, 1] - r[:-1, 3], r[:-1, 1] - r[1:, 3]]
        )
        gap[1:] = apart > WORD_GAP
    at = np.flatnonzero(kept)
    if not at.size:
        return Counter()
    # a word ends before a kept character after a gap or after a character left out (not before the first)
    ends = gap[at] | ~kept[at - 1]
    ends[0] = False
    joined = "".join([("\x00" + texts[k]) if end else texts[k] for k, end in zip(at.tolist(), ends.tolist())])
    words: Counter[str] = Counter()
    for word in norm(joined).split("\x00"):
        word = word.strip()
        if word:
            words[word] += 1
    return words


def text_survives(
    pages: Sequence[int],
    regions_of: Callable[[int], list[Rect]],
    orig_chars: Callable[[int], PageChars],
    out_chars: Callable[[int], PageChars],
    n_same: int,
) -> Check:
    """Every word of ``pages`` outside the boxes and changed areas is still in the output."""
    name = "text_outside_survives"
    missing_by_page = []
    total = required = 0
    for i in pages:
        regions = regions_of(i)
        want = words_avoiding(orig_chars(i), regions)
        got = words_avoiding(out_chars(i), regions)
        required += sum(want.values())
        missing = sum((want - got).values())
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
