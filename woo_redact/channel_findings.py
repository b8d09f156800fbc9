"""Personal data outside the pages' text: the document properties and the channels the sanitizer keeps.

A PDF carries text besides its pages: the document properties (Author, Title, ...), which the sanitizer drops
whole, and bookmarks, links and alternate texts, which it keeps and scrubs. :func:`hidden_findings` and
:func:`info_findings` detect each as a plain-text document of its own (:func:`detect_text` remembers the
engine's proposals of the last few such texts); :func:`channel_names` says which names found there the pages
hold a form of, so that the pages are searched for them too. The pipeline (:mod:`.pipeline`) accounts for
them in the motivation and has the proof check them gone.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .config import Config
from .decide import decide
from .detect import Detector
from .detect.lexicons import load_lexicons
from .detect.paraphs import signed_names
from .detect.propagate import forms_present
from .model import Action, Finding, Ground
from .parse.channels import document_properties, kept_channel_text
from .parse.text import document_from_text

# an Author that is an account ("bergelx", "Korve_H"), not a generic one ("user", "owner", "ori")
_LOGIN = re.compile(r"[A-Za-z][a-z]{2,12}(?:[._][A-Za-z]{1,3})?\d{0,3}")
_GENERIC_AUTHORS = frozenset({"user", "owner", "admin", "administrator", "gebruiker", "eigenaar", "auteur", "author"})
# an Author of a given name and a surname, capitalised ("Roos Wijnbergen": a flower's and a village's words too)
_GIVEN_AND_SURNAME = re.compile(
    r"([A-ZÀ-Ý][a-zà-ÿ]+)(?: (?:van|de|der|den|ter|ten|van de|van der|van den))? [A-ZÀ-Ý][\w'’-]+"
)


def info_findings(
    data: bytes, name: str, config: Config, detector: Detector, batch_names: Sequence[str]
) -> tuple[set[str], tuple[str, ...]]:
    """The grounds of the personal data in the document properties (Author, Title, ...), which the sanitizer
    drops whole (a name the detector finds there, or an Author that is someone's account), and the person
    names redacted there."""
    author, text = document_properties(data)
    if not text.strip():
        return set(), ()
    found = detect_text(detector, text, f"{name} (document properties)", batch_names)
    from .batch_names import _own_names

    decided = list(zip(found, decide(found, config)))
    grounds = {f.ground.value for f, d in decided if d.action is Action.REDACT}
    login = bool(_LOGIN.fullmatch(author)) and author.lower() not in _GENERIC_AUTHORS and len(author) >= 5
    # the Author field names its writer: a given name a list knows and a capitalised word after it is a person,
    # whatever else the words are ("Roos Wijnbergen"), unless the detector kept it as an organisation's
    given = _GIVEN_AND_SURNAME.fullmatch(author)
    writer = (
        given is not None
        and load_lexicons().is_first_name(given.group(1))
        and not any(d.action is not Action.REDACT and f.text == author for f, d in decided)
    )
    # the Author field names its writer: a name the model reads as the whole value of two words or more is
    # sought on the pages too, though the model alone found it ("Azarakhsh Rafiee", the footer's "AZARAKHSH
    # RAFIEE"); a one-word Author ("Geonovum", an account) is never spread
    whole = tuple(
        f.text
        for f, d in decided
        if d.action is Action.REDACT and f.entity_type == "PERSON" and f.text == author and len(author.split()) > 1
    ) + ((author,) if writer else ())
    names = tuple(dict.fromkeys(_own_names(found, config) + whole))
    return grounds | ({Ground.PRIVATE_LIFE.value} if login or writer else set()), names


def channel_names(text: str, findings: Sequence[Finding], names: Sequence[str]) -> tuple[str, ...]:
    """The names of the hidden channels that the page text holds a form of, where no finding has them."""
    on_pages = {" ".join(f.text.split()) for f in findings if f.entity_type == "PERSON"}
    new = sorted({" ".join(n.split()) for n in names} - on_pages)
    if not new:
        return ()
    present = forms_present(text, new)
    # a comment's author who signs on the pages with initials only ("opmerkingen THR verwerkt")
    return present + signed_names(text, [n for n in new if n not in present])


def hidden_findings(
    data: bytes, name: str, config: Config, detector: Detector, batch_names: Sequence[str]
) -> tuple[Finding, ...]:
    """Personal data in the channels the sanitizer keeps (bookmarks, links, alternate texts).

    They are detected as a plain-text document of their own; what is redacted there
    is scrubbed from every channel and proven gone, like a page's findings. They
    have no boxes: nothing on a page is blacked out for them.
    """
    text = kept_channel_text(data)
    if not text.strip():
        return ()
    label = f"{name} (bookmarks, links, alternate texts)"
    doc = document_from_text(text, label)
    out: list[Finding] = []
    alone_of: dict[str, list[Finding]] = {}  # a line's redacted findings, detected once however many spans touch it
    found = detect_text(detector, text, label, batch_names)
    for f, d in zip(found, decide(found, config)):
        if d.action is not Action.REDACT or not f.text.strip():
            continue
        if "\n" not in f.text.strip():
            out.append(replace(f, boxes=()))
            continue
        # each line is an item of its own (a bookmark, a link), scrubbed item by item: a name found across two
        # ("Esther Z." + "Parafenroute") is sought again in each alone; where a line alone gives nothing, its
        # piece of the span is a secret all the same (fail closed: "Esther" / "Zijlstra" as two bookmarks)
        pos = f.start
        for k, piece in enumerate(f.text.split("\n")):
            first = doc.text.rfind("\n", 0, pos) + 1
            last = doc.text.find("\n", pos)
            line = doc.text[first : last if last >= 0 else len(doc.text)]
            if line not in alone_of:
                one = detect_text(detector, line, label, batch_names)
                alone_of[line] = [
                    replace(g, boxes=()) for g, e in zip(one, decide(one, config)) if e.action is Action.REDACT
                ]
            alone = alone_of[line]
            if alone:
                out += alone
            elif piece.strip() and _name_piece(piece):
                out.append(replace(f, id=f"{f.id}-{k}", text=piece.strip(), start=pos, end=pos + len(piece), boxes=()))
            pos += len(piece) + 1
    return tuple(dict.fromkeys(g for g in out if g.text.strip() and "\n" not in g.text.strip()))


# the engine's proposals and the organisations' spans of the last few short texts of the hidden channels and the
# document properties, per detector: a batch's documents often share them ("anonymous / untitled", a
# template's title), and they depend on the text alone (a batch's names are applied after them, as in phase 2)
_PROPOSED: weakref.WeakKeyDictionary[Detector, dict[str, tuple[list[Any], list[tuple[int, int]]]]]
_PROPOSED = weakref.WeakKeyDictionary()
_PROPOSED_TEXTS, _PROPOSED_CHARS = 64, 4000


def detect_text(detector: Detector, text: str, label: str, batch_names: Sequence[str]) -> tuple[Finding, ...]:
    """``detector.detect`` of ``text`` as a document of its own, the engine's proposals and the organisations'
    spans taken from the last time this text was detected (with any batch's names): the same findings as
    detecting it from scratch, without running the model and the recognizers again."""
    from .batch_worker import proposals_known  # (not at the top: batch_worker -> outputs -> pipeline -> here)

    doc = document_from_text(text, label)
    memo = _PROPOSED.setdefault(detector, {})
    known = memo.pop(text, None)
    if known is None:
        known = (detector.engine.candidates(doc), detector.organisations(doc.text))
    if len(text) <= _PROPOSED_CHARS:
        memo[text] = known  # the most recent last
        while len(memo) > _PROPOSED_TEXTS:
            del memo[next(iter(memo))]
    with proposals_known(detector, doc, *known):
        return detector.detect(doc, batch_names)


def _name_piece(piece: str) -> bool:
    """A piece of a span found across two channel items that is a name's part a list knows ("Zijlstra" under
    "Gesprek met Esther"), not a bookmark's own word ("Parafenroute" under "Reactie Esther Z.")."""
    lex = load_lexicons()
    words = [w.strip(" \t.,;:()") for w in piece.split()]
    return any(lex.is_surname(w) or lex.is_first_name(w) for w in words if w)
