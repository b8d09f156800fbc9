"""Signatures and handwritten paraphs: images or ink, judged by the text around them.

The parser reports every image, every cluster of ink-like vector paths and,
on a scanned page, every cluster of ink that no OCR word explains
(:mod:`woo_redact.parse.ink`) as a :class:`~woo_redact.model.Region`; nothing
in the PDF says "this is a signature". A region is taken for one from its
place in the text (OCR'd lines count like the text layer's):

* **signature**: below a closing ("Hoogachtend", "Met vriendelijke groet", "De
  minister van ...,", "Namens ..."), or directly above a printed name (a short
  line that is mostly a found name: the name under a signature, not a sentence
  that mentions someone) outside the letterhead (the top fifth of the page,
  where a logo stands over the addressee's name);
* **paraph** (small marks only): in the row of such a name line (a paraph
  table's cell), or of the word "paraaf".

The signer is the name under a signature, or the name in a paraph's row. A
signature or paraph of a public office holder in that role stays: the name
there is a registered or listed office holder (or the tool already kept it as
one). Every other one is personal data of a civil servant or a private person:
redacted on ground 5.1.2e and always flagged for review (the tool cannot read
the handwriting, so a person checks that the box holds what it says).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import SIGNATURE, Box, Document, Explanation, Finding, Ground, Line, PageInfo, Region, Word
from .public import PublicNames, holder_of
from .register import OfficeHolder, name_key

DETECTOR = "signature"
SCORE = 0.6  # below every sensible `certain` threshold: redacted, and flagged for review
ABOVE_PT = 70.0  # a closing at most this far above the mark
BELOW_PT = 45.0  # a printed name at most this far below it
ROW_GAP_PT = 300.0  # a paraph at most this far beside its name (a table row)
MAX_WIDTH_PT, MAX_HEIGHT_PT = 320.0, 160.0  # larger marks are no signature
MAX_PARAPH_WIDTH_PT, MAX_PARAPH_HEIGHT_PT = 120.0, 50.0  # larger marks are no paraph

# the greetings a letter or an e-mail closes with
_GREETING = (
    r"hoogachtend|met\s+(?:de\s+)?(?:vriendelijke|hartelijke|collegiale|beste)\s+groet(?:en)?|"
    r"(?:vriendelijke|hartelijke)\s+groet(?:en)?|mvg"
)
_CLOSING = re.compile(
    rf"(?i)^\s*(?:{_GREETING}|namens\s+.+|"
    r"(?:de|het)\s+(?:minister|staatssecretaris|burgemeester|secretaris-generaal|directeur(?:-generaal)?|"
    r"college|voorzitter|commissaris)\b.*,|w\.\s?g\.|ondertekening|handtekening)\s*[,:]?\s*$"
)
# a greeting that the signer's name and role follow on its line ("Met vriendelijke groet, namens het college,
# Wouter Scheepmaker, teamleider Inkomen"): the mark below it is the signature as well
_GREETING_LEAD = re.compile(rf"(?i)^\s*(?:{_GREETING})\s*,\s*\S.*$")
_OFFICE = re.compile(
    r"(?i)^\s*(?:de|het)\s+(?P<title>minister(?:-president)?|staatssecretaris|burgemeester|wethouder|"
    r"gedeputeerde|commissaris\s+van\s+de\s+koning)\b[^\n]*,\s*$"
)
_PARAPH_WORD = re.compile(r"(?i)\bparaa?f")
_NAME_ENTITIES = {"PERSON", "PARAPH"}
_KEEP_EVIDENCE = {"listed", "registered"}


def _lines_of(doc: Document, page: int) -> list[Line]:
    return [ln for ln in doc.lines if ln.page == page]


def _text(doc: Document, line: Line) -> str:
    return doc.text[line.start : line.end]


def _overlaps_x(a: Box, b: Box, slack: float) -> bool:
    return a.x0 - slack < b.x1 and b.x0 - slack < a.x1


def _above(doc: Document, lines: Sequence[Line], r: Box) -> list[Line]:
    near = [ln for ln in lines if ln.box.y0 >= r.y0 + 0.5 * r.height and ln.box.y0 - r.y1 < ABOVE_PT]
    near = [ln for ln in near if _overlaps_x(ln.box, r, 150.0)]
    return sorted(near, key=lambda ln: ln.box.y0)[:3]  # nearest first


def _below(doc: Document, lines: Sequence[Line], r: Box) -> list[Line]:
    near = [ln for ln in lines if ln.box.y1 <= r.y0 + 0.5 * r.height and r.y0 - ln.box.y1 < BELOW_PT]
    near = [ln for ln in near if _overlaps_x(ln.box, r, 100.0)]
    return sorted(near, key=lambda ln: -ln.box.y1)[:2]  # nearest first


def _row(lines: Sequence[Line], r: Box) -> list[Line]:
    """Lines in the mark's row, beside it or across it (a table row read as one line, "Paraaf: ...")."""
    mid = (r.y0 + r.y1) / 2
    row = [ln for ln in lines if ln.box.y0 - 2 <= mid <= ln.box.y1 + 2]
    row = [ln for ln in row if ln.box.x0 - ROW_GAP_PT < r.x1 and r.x0 - ROW_GAP_PT < ln.box.x1]
    return sorted(row, key=lambda ln: max(ln.box.x0 - r.x1, r.x0 - ln.box.x1, 0.0))  # nearest first


LETTERHEAD = 0.2  # the top fifth of a page is its letterhead


def _letterhead(info: PageInfo, r: Box) -> bool:
    """The mark lies in the top fifth of the page as it is shown (its /Rotate applied)."""
    top = {
        0: r.y0 >= (1 - LETTERHEAD) * info.height,
        90: r.x1 <= LETTERHEAD * info.width,
        180: r.y1 <= LETTERHEAD * info.height,
        270: r.x0 >= (1 - LETTERHEAD) * info.width,
    }
    return top.get(info.rotation % 360, False)


def _covered(words: Sequence[Word], r: Region) -> bool:
    """The mark lies under text (a background, a form field's frame): no signature. ``words``: its page's."""
    inside = [w for w in words if r.box.contains_point(*_centre(w.box)) and w.confidence < 0]
    return len(inside) >= 3


PRINTED_SHARE = 0.8  # of an image's area under words the OCR read with confidence: a piece of printed text
PRINTED_CONFIDENCE = 60.0  # (Tesseract reads handwriting, if at all, far below this)


def _printed(words: Sequence[Word], r: Region) -> bool:
    """An image that the OCR read as words, confidently: printed text a scanner or a converter cut into pictures
    (a page made of an image per word or per letter, as "PDF Complete" stores a scan), no handwriting. ``words``:
    its page's."""
    if r.kind != "image" or not r.box.width or not r.box.height:
        return False
    b = r.box
    read = [w for w in words if w.confidence >= 0 and _overlap(w.box, b) > 0]
    if not read or min(w.confidence for w in read) < PRINTED_CONFIDENCE:
        return False
    return sum(_overlap(w.box, b) for w in read) >= PRINTED_SHARE * b.width * b.height


def _overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0)) * max(0.0, min(a.y1, b.y1) - max(a.y0, b.y0))


def _centre(b: Box) -> tuple[float, float]:
    return (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2


def _names_in(line: Line, findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.entity_type in _NAME_ENTITIES and line.start <= f.start < line.end]


MAX_NAME_LINE_WORDS = 6  # "drs. P.J. (Piet) de Smit-Jansen MBA": a printed name is a short line
NAME_SHARE = 0.6  # the names found must make up this much of the line's letters


def _is_name_line(doc: Document, line: Line, names: Sequence[Finding]) -> bool:
    """A line that is a printed name (with a title or a comma at most), as under a signature."""
    text = _text(doc, line)
    if len(text.split()) > MAX_NAME_LINE_WORDS:
        return False
    letters = sum(c.isalpha() for c in text)
    named = sum(sum(c.isalpha() for c in f.text) for f in names)
    return letters > 0 and named >= NAME_SHARE * letters


def _kept(f: Finding) -> Explanation | None:
    return next((e for e in f.explanations if e.detector == "public_office"), None)


def _signer(
    doc: Document, lines: Sequence[Line], findings: Sequence[Finding], public: PublicNames
) -> tuple[str, Explanation | None, bool]:
    """(the signer's line, the reason it is a public office holder or None, a name was found there)."""
    for line in lines:
        names = _names_in(line, findings)
        t = _text(doc, line).rstrip(" ,")
        if not _is_name_line(doc, line, names):
            if len(t.split()) > MAX_NAME_LINE_WORDS:
                continue
            ev = public.evidence(doc.text, line.start, line.start + len(t)) if t else None
            if ev is not None and ev.kind in _KEEP_EVIDENCE:  # a kept office holder has no finding
                return _text(doc, line), Explanation("public_office", 0.0, ev.reason, pattern="signature"), True
            continue
        keep = next((k for k in map(_kept, names) if k is not None), None)
        return _text(doc, line), keep, True
    return "", None, False


def _finding(doc: Document, r: Region, kind: str, context: str, keep: Explanation | None) -> Finding:
    what = "handwritten paraph" if kind == "paraph" else "signature"
    drawn = {"image": "an image", "ink": "vector ink", "scan": "ink on the scanned page"}[r.kind]
    if keep is not None:
        reason = f"{what} ({drawn}) of a public office holder in that role ({keep.reason}): stays"
        explanations: tuple[Explanation, ...] = (
            Explanation(DETECTOR, SCORE, reason, pattern=kind, context=context),
            keep,
        )
    else:
        reason = (
            f"{what} ({drawn}) {context and 'by ' + context.strip()}: a civil servant's or private person's "
            "signature or paraph is personal data (5.1.2e); check that the box covers all of it"
        )
        explanations = (Explanation(DETECTOR, SCORE, reason, pattern=kind, context=context),)
    b = r.box
    key = f"{doc.sha256}:{SIGNATURE}:{b.page}:{b.x0:.1f}:{b.y0:.1f}:{b.x1:.1f}:{b.y1:.1f}"
    pad = 1.0
    box = Box(b.page, b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad)
    return Finding(
        id=hashlib.sha256(key.encode()).hexdigest()[:12],
        start=0,
        end=0,
        text="",
        entity_type=SIGNATURE,
        ground=Ground.PRIVATE_LIFE,
        score=SCORE,
        boxes=(box,),
        explanations=explanations,
    )


def keep_office_signers(doc: Document, findings: Sequence[Finding], public: PublicNames) -> list[Finding]:
    """A name signed under "De minister van X," (or staatssecretaris, burgemeester, ...) that agrees with
    the register's office holder of that title is public in that role: its findings are kept, however
    common the surname (the title and the first name or initials together place the holder)."""
    out = list(findings)
    for i, line in enumerate(doc.lines[:-1]):
        m = _OFFICE.match(_text(doc, line))
        if not m:
            continue
        title = m.group("title").lower().split()[0]
        title = "cvdk" if title == "commissaris" else title  # the register's name of that office
        for nxt in doc.lines[i + 1 : i + 3]:
            holder = holder_of(public, _text(doc, nxt).rstrip(" ,")) or _by_initial(public, _text(doc, nxt), title)
            if holder is None or not (holder.listed or title in holder.roles):
                continue
            reason = f"signed as {' '.join(m.group().split()).rstrip(',')}: registered {title} ({holder.roles})"
            keep = Explanation("public_office", 0.0, reason, pattern="office_signature")
            for k, f in enumerate(out):
                if f.entity_type in _NAME_ENTITIES and nxt.start <= f.start < nxt.end and _kept(f) is None:
                    out[k] = replace(f, explanations=(*f.explanations, keep))
            break
    return out


def _by_initial(public: PublicNames, name: str, title: str) -> OfficeHolder | None:
    """The holder of the signed office the register knows by initials only, whose first initial the written first
    name has ("Jan van Zanen" under "de burgemeester," is J.H.C. van Zanen, burgemeester)."""
    given, key = name_key(name.rstrip(" ,"))
    if not given or "." in given or not given[:1].isupper():
        return None
    for h in public.holders_of(name, key):
        if not h.first and h.initials[:1].upper() == given[:1].upper() and title in h.roles.split(";"):
            return h
    return None


_SIGNATURE_HEAD = re.compile(r"(?i)^\s*(?:(?P<signature>handtekening(?:en)?|signature|ondertekening)|paraa?f)\s*:?\s*$")


# a form's label whose value is a signature: "Handtekening:", "Handtekening kiezer:", "Handtekening ouder/verzorger",
# "Signature of applicant:" (its line's only words: the mark stands beside or under it, where the value is)
_SIGNATURE_LABEL = re.compile(
    r"(?i)^[ \t]*(?:handtekening|ondertekening|signature|getekend)"
    r"(?:[ \t]+(?!en\b|van\b|de\b)[\w/.'’-]+){0,3}[ \t]*:?[ \t]*$"
)


def _labelled(doc: Document, row: Sequence[Line], r: Box) -> bool:
    """The mark stands right of a signature's label on its row ("Handtekening kiezer:  <mark>")."""
    left = [ln for ln in row if ln.box.x1 <= r.x0 + 0.25 * r.width]
    nearest = max(left, key=lambda ln: ln.box.x1, default=None)
    return nearest is not None and _SIGNATURE_LABEL.match(_text(doc, nearest)) is not None


def _signature_column(doc: Document, lines: Sequence[Line], r: Box) -> str:
    """ "signature" or "paraph" when the mark stands under a table's column header "Handtekening" or "Paraaf" on
    its page, else ""."""
    for ln in lines:
        head = _SIGNATURE_HEAD.match(_text(doc, ln)) if ln.box.y0 > r.y1 and _overlaps_x(ln.box, r, 20.0) else None
        if head is not None:
            return "signature" if head.group("signature") else "paraph"
    return ""


def signature_findings(doc: Document, findings: Sequence[Finding], public: PublicNames) -> tuple[Finding, ...]:
    """A finding for every image or ink region that is a signature or a paraph (see the module)."""
    out: list[Finding] = []
    # each page's words, grouped once: a region is weighed against its page's words (a scan page made of pictures
    # has hundreds of regions, a long document thousands of words)
    words_on: dict[int, list[Word]] = {}
    if any(info.regions for info in doc.pages):
        for w in doc.words:
            words_on.setdefault(w.box.page, []).append(w)
    for info in doc.pages:
        if not info.regions:
            continue
        lines = _lines_of(doc, info.index)
        for region in info.regions:
            r = region.box
            if r.width > MAX_WIDTH_PT or r.height > MAX_HEIGHT_PT or r.width < 4 or r.height < 3:
                continue
            words = words_on.get(r.page, [])
            if _covered(words, region) or _printed(words, region):
                continue
            above, below, row = _above(doc, lines, r), _below(doc, lines, r), _row(lines, r)
            closing = next(
                (ln for ln in above if _CLOSING.match(t := _text(doc, ln)) or _SIGNATURE_LABEL.match(t)), None
            )
            signer, keep, named = _signer(doc, below, findings, public)
            if closing is None and not named:
                # the greeting's line names the signer ("Met vriendelijke groet, namens het college, W. Smit,
                # teamleider"): an office holder named there keeps the mark, as one printed under it would
                closing = next((ln for ln in above if _GREETING_LEAD.match(_text(doc, ln))), None)
                names = _names_in(closing, findings) if closing is not None else []
                keep = next((k for k in map(_kept, names) if k is not None), None)
            if closing is None and named and _letterhead(info, r):
                named = False  # a logo over the addressee ("De heer H.M. de Jonge"), not a signature
            if closing is not None or named:
                who = signer or _text(doc, closing) if closing is not None else signer
                out.append(_finding(doc, region, "signature", who, keep))
                continue
            row_signer, row_keep, row_named = _signer(doc, row, findings, public)
            column = _signature_column(doc, lines, r)
            if column != "paraph" and _labelled(doc, row, r):
                column = "signature"  # a form's "Handtekening kiezer:" with the mark beside it, as its value
            if column == "signature":
                # an attendance list's "Handtekening" column: every mark under it signs its row's name
                out.append(_finding(doc, region, "signature", row_signer, row_keep))
                continue
            if r.width > MAX_PARAPH_WIDTH_PT or r.height > MAX_PARAPH_HEIGHT_PT:
                continue
            paraph_word = any(_PARAPH_WORD.search(_text(doc, ln)) for ln in row + above[:1])
            if row_named or paraph_word or column == "paraph":
                out.append(_finding(doc, region, "paraph", row_signer, row_keep))
    return tuple(out)
