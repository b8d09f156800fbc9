"""The batch's names: which person names a document spreads to the others, and which occur in a text.

A person's name that a document redacts (and that more than the statistical model
supports) is sought in every other document of the batch: phase 1 collects them
(:func:`_own_names`, :func:`_meta_names` for a document that is up to date), phase 2
looks them up in each document's text (:func:`present_names`).

A name a document keeps after a public title ("gedeputeerde P. van 't Hoog") is an office holder of the
batch: phase 1 collects those too (:func:`titled_names`), and a document that redacts a name of that
surname is judged again knowing them (:func:`titled_here`): "overleg met Van 't Hoog" in a chat of the
same dossier is the gedeputeerde, unless that document names another person of the surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .batch_worker import _DOTTED, BatchNames, _names_by_account, _names_by_code, _names_by_first, _names_by_short
from .config import Config
from .detect.grammar import standing_words
from .detect.lexicons import load_lexicons
from .detect.row_titles import ROW_TITLE
from .model import Finding


def _meta_names(meta: dict[str, Any]) -> tuple[str, ...]:
    """:func:`_own_names` of a document whose findings file is up to date."""
    from .detect.batch_homes import spread_home

    names = [
        f["text"]
        for f in meta["findings"]
        if _spread(f["entity_type"], f["decision"]["action"] == "redact", f["detectors"], f["text"])
    ]
    homes = (
        spread_home(
            f["entity_type"],
            f["decision"]["action"] == "redact",
            [(e["detector"], e.get("pattern", "")) for e in f.get("explanation", ())],
            f["text"],
        )
        for f in meta["findings"]
    )
    return tuple(names + _marks_beside(names, homes)) + tuple(meta.get("batch_marks", ()))


def text_marks(text: str) -> tuple[str, ...]:
    """The batch's names a document gives by its text alone, whatever it finds: the companies it writes with their
    legal form (:func:`.detect.batch_homes.company_marks`), public wherever the batch's documents name them."""
    from .detect.batch_homes import company_marks

    return company_marks(text)


def _spread(entity: str, redacted: bool, detectors: Sequence[str], text: str = "") -> bool:
    """Whether the batch seeks a finding's name in its other documents: a redacted person's name that more
    than the statistical model (or copies of what it found) supports, and more than a particle before a surname
    that is a word too ("De Schakel", a school; "De Regeling": redacted where found, flagged, not spread), and more
    than a particle between words no name list holds."""
    from .detect.propagate import WEAK_SOURCES

    if entity != "PERSON" or not redacted or set(detectors) <= WEAK_SOURCES:
        return False
    if "tussenvoegsel_name" in detectors and set(detectors) <= WEAK_SOURCES | {"tussenvoegsel_name"}:
        words, lex = text.split(), load_lexicons()
        if len(words) == 2 and words[-1] in lex.ambiguous:
            return False
        # "Vewin de Hygiënecode" of "Ik vraag KWR en Vewin de Hygiënecode Drinkwater aan te passen": no list holds
        # its first word as a given name nor any word as a surname; redacted here and flagged, not sought elsewhere
        return lex.is_first_name(words[0]) or any(lex.is_surname(w) for w in words[1:])
    return True


def present_names(text: str, own: Sequence[str], ref: BatchNames | None) -> tuple[str, ...]:
    """Names redacted elsewhere in the batch that occur in ``text`` (not counting the document's own).

    A form's pattern is its words, literally (case-sensitive), with white space between and
    word boundaries around, so it can match only where each of its words stands in the text
    as a piece :func:`standing_words` collects. Only the forms whose words all do are
    searched for: the same result as searching every form
    (:func:`~woo_redact.detect.propagate.forms_present`, with each name's forms made once per
    batch), with a look-up per piece of the text (by the first words of the names' forms) instead of a
    search through the text per name's word.
    """
    from .detect.paraphs import signs_with
    from .detect.propagate import occurrences
    from .detect.short_forms import is_chat

    if ref is None:
        return ()
    by_first = _names_by_first(ref)
    mine = set(own)
    pieces = standing_words(text)
    # the forms whose first word is a piece (looked up by the piece: the batch may hold thousands of names), and
    # of those the forms whose words all are, are searched for (each name's until one is found)
    found: set[str] = set()
    for first in pieces & by_first.keys():
        for n, f, words in by_first[first]:
            if n not in found and n not in mine and words <= pieces and next(iter(occurrences(text, f)), None):
                found.add(n)
    # the people whose paraph stands here where only a paraph stands ("check PB"), named in other documents only
    by_code = _names_by_code(ref)
    signed = {n for code in pieces & by_code.keys() if signs_with(text, code) for n in by_code[code]}
    # the people an account here is made of ("door bwolters01", "rvig-adm-ydemirtas"), named in other documents
    by_account = _names_by_account(ref)
    tokens = set(_ACCOUNT_TOKEN.findall(text))  # (each once: a word of small letters stands many times)
    # ("RKLAASSEN", "ADM_PJANSEN": a log's account in capitals; "s.yildirim": an initial and the surname)
    tokens |= {t.lower() for t in set(_ACCOUNT_CAPS.findall(text))}
    accounts = {_ACCOUNT_DIGITS.sub("", part) for token in tokens for part in _PARTS.split(token)}
    accounts |= {_ACCOUNT_DIGITS.sub("", token) for token in set(_ACCOUNT_DOTTED.findall(text))}
    owners = {n for a in accounts & by_account.keys() for n in by_account[a]}
    # the people a chat calls by a short form of their first name ("Kev" of Kevin Roerdink), named elsewhere
    by_short = _names_by_short(ref) if is_chat(text) else {}
    called = {n for short in pieces & by_short.keys() for n in by_short[short]}
    return tuple(sorted(found | ((signed | owners | called) - mine)))


_ACCOUNT_TOKEN = re.compile(r"(?<![\w@.])[a-z][a-z0-9_-]{4,40}(?![\w@])")  # small letters: an account's shape
_ACCOUNT_CAPS = re.compile(r"(?<![\w@.])[A-Z][A-Z0-9_-]{4,40}(?![\w@])")
_ACCOUNT_DOTTED = re.compile(rf"(?<![\w@.]){_DOTTED.pattern}\d{{0,3}}(?![\w@]|\.\w)")  # (the batch's shape)
_PARTS = re.compile(r"[-_]")
_ACCOUNT_DIGITS = re.compile(r"\d+$")


def _own_names(found: Sequence[Finding], config: Config) -> tuple[str, ...]:
    """The person names a document redacts, as the batch spreads them: not those only the statistical
    model found (or copies of them), which are redacted here and flagged, but not sought in other documents."""
    from .decide import decide
    from .detect.batch_homes import spread_home
    from .model import Action

    decided = list(zip(found, decide(found, config)))
    names = [f.text for f, d in decided if _spread(f.entity_type, d.action is Action.REDACT, f.detectors, f.text)]
    # a home address the document redacts is sought in the batch's other documents too (detect.batch_homes)
    homes = (
        spread_home(f.entity_type, d.action is Action.REDACT, [(e.detector, e.pattern) for e in f.explanations], f.text)
        for f, d in decided
    )
    return tuple(names + _marks_beside(names, homes))


def _marks_beside(names: Sequence[str], marks: Iterable[str | None]) -> list[str]:
    """The marked names a document spreads (homes, monuments, vessels, the dead, buildings), in order; not a body's
    name of one word that is the surname of a person the document redacts ("Stichting Hulskamp" beside "Anna
    Hulskamp": her family's foundation, and "Hulskamp" elsewhere in the batch is hers)."""
    from .detect.batch_homes import BUILDING_MARK, home_name

    words = [n.replace(",", " ").split() for n in names]
    surnames = {w for ws in words for w in ws[:1] + ws[-1:]}
    return sorted(
        {m for m in marks if m and not (m.startswith(BUILDING_MARK) and " " not in m and home_name(m) in surnames)}
    )


def _covered(names: Sequence[str], own: set[str]) -> bool:
    """Whether every name's forms are already among the document's own redacted names."""
    from .detect.batch_homes import is_marked_name
    from .detect.forms import name_forms
    from .detect.lexicons import load_lexicons

    lex = load_lexicons()
    own_forms = {f for n in own if not is_marked_name(n) for f in name_forms(n, lex)} | own
    return all((n in own) if is_marked_name(n) else name_forms(n, lex) <= own_forms for n in names)


def titled_names(found: Sequence[Finding]) -> tuple[str, ...]:
    """The person names a document keeps because a public title stands with them (rule ``public_title``; not a
    title read from a later cell of the name's table row, which the batch does not spread: a wrong row makes a
    complainant an office holder in every document)."""
    return tuple(
        f.text
        for f in found
        if f.entity_type == "PERSON" and any(_spread_title(e.detector, e.pattern, e.reason) for e in f.explanations)
    )


def _spread_title(detector: str, rule: str, reason: str) -> bool:
    """An explanation that keeps a name for a public title the batch spreads: rule ``public_title``, not a title read
    from a later cell of the name's table row (:data:`.detect.row_titles.ROW_TITLE`)."""
    return detector == "public_office" and rule == "public_title" and ROW_TITLE not in reason


def redacted_persons(found: Sequence[Finding], config: Config) -> tuple[str, ...]:
    """Every person name a document redacts, also those only the statistical model found."""
    from .decide import decide
    from .model import Action

    decided = zip(found, decide(found, config))
    return tuple(f.text for f, d in decided if f.entity_type == "PERSON" and d.action is Action.REDACT)


def _meta_redacted_persons(meta: dict[str, Any]) -> tuple[str, ...]:
    """:func:`redacted_persons` of a document whose findings file is up to date."""
    return tuple(
        f["text"] for f in meta["findings"] if f["entity_type"] == "PERSON" and f["decision"]["action"] == "redact"
    )


def _meta_titled(meta: dict[str, Any]) -> tuple[str, ...]:
    """:func:`titled_names` of a document whose findings file is up to date."""
    return tuple(
        f["text"]
        for f in meta["findings"]
        if f["entity_type"] == "PERSON"
        and any(_spread_title(e["detector"], e["pattern"], e.get("reason", "")) for e in f["explanation"])
    )


def titled_here(own: Sequence[str], ref: BatchNames | None) -> tuple[str, ...]:
    """The batch's titled names (:attr:`BatchNames.titled`) whose surname a name this document redacts bears
    (``own``: :func:`redacted_persons`)."""
    from .detect.register import name_key

    if ref is None or not ref.titled or not own:
        return ()
    surnames = {name_key(n)[1] for n in own}
    return tuple(n for n in ref.titled if name_key(n)[1] in surnames)


def not_spread_titled(names: set[str], titled: set[str]) -> set[str]:
    """``names`` without the bare surnames (no first name, no initials) that a titled name of the batch bears: a
    chat's "Van 't Hoog" redacted in one document is not sought in the others as a person when another titles
    "gedeputeerde Van 't Hoog"."""
    from .detect.register import name_key

    surnames = {name_key(n)[1] for n in titled}
    keys = {n: name_key(n) for n in names}
    return {n for n, (given, surname) in keys.items() if given or surname not in surnames}


_AFFILIATION = re.compile(r"\A(?P<name>.+?)(?:\s+-\s+|\s+van\s+)(?P<body>\S+)\Z")


def not_spread_affiliations(names: set[str]) -> set[str]:
    """``names`` without the body a name was read with: where its last word, after " - " or after "van", is the first
    word of a company the batch writes with its legal form (:data:`.detect.batch_homes.COMPANY_MARK`) and no
    surname, the name is the words before ("Marloes ter Horst - IJsselvallei" of an attendance list is Marloes ter
    Horst; "Ayşe van Zonnedauw" of an invoice is Ayşe of "Zonnedauw Thuiszorg B.V.", and no one's first name alone
    is sought in the batch; so is "Wouter KeurPlay" of a chat, a given name and the short name of "KeurPlay
    Inspecties B.V."): else a surname "IJsselvallei" is sought, and boxed, wherever the company stands."""
    from .detect.batch_homes import batch_companies, company_short_names, is_marked_name

    companies = batch_companies(sorted(names))
    heads = {c.split()[0] for c in companies}
    if not heads:
        return names
    lex = load_lexicons()
    # ("Wouter KeurPlay" of a chat's contact list is Wouter of "KeurPlay Inspecties B.V.": a given name and the
    # company's short name, no surname)
    shorts = {s for c in companies for s in company_short_names(c) if " " not in s} | heads
    out = set()
    for n in names:
        words = n.split()
        # (the name as found, a quote after it: "contact 'Ron Kievitsbloem'")
        tail = words[-1].strip("'\"‘’“”.,;:()") if words else ""
        if len(words) == 2 and lex.is_first_name(words[0]) and tail in shorts and not lex.is_surname(tail):
            continue
        # (a marked name is no person's as read: a dead person's "Anna van Zonnedauw" stays whole, not "Anna")
        m = None if is_marked_name(n) else _AFFILIATION.match(" ".join(words))
        if m is None or m.group("body") not in heads or lex.is_surname(m.group("body")):
            out.add(n)
            continue
        rest = m.group("name")
        if len(rest.split()) > 1 or not lex.is_first_name(rest):  # ("Marloes ter Horst"; not "Ayşe" alone)
            out.add(rest)
    return out
