"""Is a page's text layer noise? Archive exports (ZyLAB and the like) lay a poor OCR under the scan.

Such a page shows a scanned image and carries an invisible text layer (render
mode 3) that an archive system's OCR made, often of boxes, stamps and specks
read as "IEEE", "l1|I", "Wkrtsl". Detection on that text misses the names
that are plainly visible, so under ``--ocr auto`` the page is read again by
Tesseract, whose words replace the layer's (and the disclosure version gets a
clean layer instead of the noisy one, see :mod:`woo_redact.disclose.textlayer`).

A token is *plausible* when it looks like something a person wrote: a number,
date or amount, an e-mail address or link, or letters (with inner hyphens or
apostrophes) with no letter three times in a row, written in lower case,
capitalised, or in capitals, that hold a vowel and no five consonants in a row
(an acronym of up to five capitals needs no vowel). The layer is noise when fewer than :data:`MIN_PLAUSIBLE` of its
tokens (weighted by length, leaving out tokens without a letter or digit) are
plausible, on a page that images cover for the most part and whose text is
(nearly) all invisible.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ocr import MIN_COVERAGE, image_coverage
from .words import PageChars, RawWord

MIN_PLAUSIBLE = 0.6  # below this share of plausible characters the layer is noise
MIN_INVISIBLE = 0.8  # share of the text objects that must be invisible (an OCR layer, not typed text)
MIN_TOKENS = 8  # fewer tokens tell nothing

_NUMBER = re.compile(r"^[(€$]?[\d][\d.,:/%-]*[)]?$")
_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(https?://|www\.)\S+$", re.IGNORECASE)
_LETTERS = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
# a social-media handle, alone or glued to the display name before it by OCR ("@lotteschreuder_",
# "Schreuder@lotteschreuder"): a person's name written with an "@"
_HANDLE = re.compile(r"^(?:[^\W\d_]{2,})?@(?=\w*[^\W\d_]{3})\w{3,30}[-_]{0,2}$")
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")
_REPEAT = re.compile(r"(.)\1\1", re.IGNORECASE)
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}", re.IGNORECASE)


def plausible(token: str) -> bool:
    """Whether a token looks like writing rather than an OCR misreading (see the module)."""
    t = token.strip(".,;:!?()[]{}\"'«»“”‘’")
    if not t:
        return False
    if _NUMBER.match(t) or _ADDRESS.match(t) or _HANDLE.match(t):
        return True
    if not _LETTERS.match(t):
        return False
    if len(t) == 1:
        return t.lower() in ("a", "e", "u", "o", "i", "y") or t.isupper()
    if not (t.islower() or t.isupper() or (t[0].isupper() and t[1:].islower()) or "-" in t):
        return False
    low = t.lower()
    if _REPEAT.search(low):
        return False
    if t.isupper() and len(t) <= 5:  # an acronym (BZK, VWS) needs no vowel
        return True
    return any(c in _VOWELS for c in low) and not _CONSONANTS.search(low)


def plausible_share(words: Sequence[RawWord]) -> float:
    """The share of the words' characters that belong to plausible tokens.

    Tokens without a letter or digit (dot leaders of a table of contents, brackets, dashes) say
    nothing either way and are left out.
    """
    tokens = [w.text for w in words if any(c.isalnum() for c in w.text)]
    total = sum(len(t) for t in tokens)
    good = sum(len(t) for t in tokens if plausible(t))
    return good / total if total else 1.0


def noisy_layer(words: Sequence[RawWord], info: PageChars) -> bool:
    """The page is a scan under an invisible text layer that is mostly noise."""
    if len(words) < MIN_TOKENS or info.invisible < MIN_INVISIBLE:
        return False
    if image_coverage(info) < MIN_COVERAGE:
        return False
    return plausible_share(words) < MIN_PLAUSIBLE
