"""The text around a name that makes a public title apply to it, or not: a list a plural title heads, a
portfolio between the title and the name, a header label, a party in brackets or on the line below, a vote's
record, a relative or an own role after the name. Patterns and small helpers of :mod:`.public_titles`
(and :mod:`.public`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from .grammar import DEGREES, INITIALS, compiled
from .lexicons import load_lexicons
from .parties import is_party

__all__ = [
    "_BODY_BEFORE",
    "_BROKEN_NAME",
    "_COMMA_ENDS_LINE",
    "_GROUP_AFTER",
    "_KIN_OF",
    "_LABEL_START",
    "_LIST_TAIL",
    "_MOTION_BEFORE",
    "_MOTION_NAMED",
    "_NAMENS",
    "_OPEN_BRACKET",
    "_OWN_ROLE",
    "_PARLIAMENT_TITLES",
    "_PARTY_AFTER",
    "_PARTY_BRACKET_BEFORE",
    "_PLURAL_MARK",
    "_PORTFOLIO_ENDINGS",
    "_PORTFOLIO_TAIL",
    "_PORTFOLIO_WORDS_END",
    "_ROUTING_WORD",
    "_ROYAL_END",
    "_SEPARATED",
    "_THEIR",
    "_GROUP_BEFORE",
    "_TITLES_ONLY",
    "_TO_OFFICE",
    "_WRAPPED_OF",
    "_after_label",
    "_BRACKET_HONORIFIC",
    "_BRACKET_HONORIFICS",
    "portfolio_words",
    "_column_value",
    "_escape",
    "_in_vote",
    "_inverted",
    "_line_below",
    "_ocr_variants",
    "_party_below",
    "_plural",
]

# academic titles alone before a name in its cell or line ("drs. K.D. Handstede", "ir. R.P. Lapperre"; not a courtesy
# title: "de heer Jim Deridder" over "Kamervoorzitter" is a composition's list, the next line its next heading)
_TITLES_ONLY = compiled(r"[ \t\u00a0]*(?:(?i:mr|ir|dr|drs|ing|prof|bc|ds)\.[ \t\u00a0]*)+")

# a relative of the office holder: "de kleindochter van de burgemeester, mevrouw ...", "zijn weduwe"
_KIN_OF = compiled(
    r"(?i:(?<![\p{L}])(?:klein)?(?:dochter|zoon|kind|kinderen)|weduwe|weduwnaar|echtgeno(?:ot|te)|partner|vader|"
    r"moeder|broer|zus(?:ter)?|neef|nicht|schoon(?:zoon|dochter|vader|moeder))[ \t\u00a0]+van[ \t\u00a0]+"
    r"(?:(?:de|het|wijlen|oud-)[ \t\u00a0]*)*\Z"
)
# "namens de staatssecretaris, drs. X": X signs for the office holder, X is a civil servant.
# "namens de", "namens burgemeester Bruls en de wethouders,": signed for a body, by someone else
_SEPARATED = compiled(r"[,:\n]")
# ("Voor de burgemeester: F. Zwartjes, vergunningverlener": a mandate's line or sentence begins so)
_NAMENS = compiled(
    r"(?i:(?:\bnamens|(?:(?m:^)|(?<=[.!?][ \t\u00a0]))[ \t\u00a0]*voor)(?:\s+(?:de|het))?)"
    r"(?:\s+(?:de|het|en|van|burgemeester|college|\p{Lu}[\p{L}-]*)){0,5}?\s*$"
)
# ("Van Basten Batenburg (VVD)": the last word of a surname the span did not take; "(Hart voor\nDen Haag)")
_PARTY_AFTER = compiled(  # "(D66)", "(allen D66)", "(GL-PvdA, later)"
    r"\A(?:[ \t\u00a0\n]+\p{Lu}\p{Ll}[\p{L}'’-]*)?[ \t\u00a0]*\n?[ \t\u00a0]*\((?:(?:allen|beiden)[ \t\u00a0]+)?"
    r"(?P<party>\p{Lu}[\p{L}\d/&+-]{0,14}(?:[ \t\n](?:voor|van|de|den|het|&|\p{Lu}[\p{L}\d-]*)){0,3})"
    r"(?:,[ \t]+\p{Ll}[\p{Ll} \t]{0,20})?\)"
)
_PARLIAMENT_TITLES = ("het lid", "de leden")
_LABEL_START = compiled(  # a label is capitalised: "betreft de ambtenaar ..." continues a sentence
    r"^[ \t]*(?=\p{Lu})(?i:aan|van|cc|bcc|kopie\s+aan|from|to|afzender|datum|onderwerp|subject|kenmerk|betreft)"
    r"(?![\p{L}])"
)
# the names a plural title heads: "Jongman, Tjeerd van der Ploeg en ", "Van Baarle (DENK), Sneller (D66), "
_NAMEISH = r"(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|'t|in)"
_LIST_TAIL = compiled(
    rf"(?<![\p{{L}}'’])(?:{_NAMEISH}(?:[ \t\u00a0]+{_NAMEISH}){{0,4}}(?:[ \t\u00a0]*\([^()\n]{{1,25}}\))?[ \t\u00a0]*"
    rf"(?:,|\ben\b|\band\b|/)[ \t\u00a0]*)+$"  # ("Island Council members A, B and C": an English list too)
)
# a title's portfolio between it and the name: "wethouder Ruimtelijke Ordening, "
_PORTFOLIO_TAIL = compiled(
    r"[ \t\u00a0]+(?P<words>\p{Lu}[\p{L}-]*(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}-]*|en|van|voor|de|het|&)){0,4})"
    r",[ \t\u00a0]*\Z"
)
# capitalised words (and the small words of a portfolio) ending the text before a name, no comma: "wethouder
# Werk en Inkomen Marion ...", "Staatssecretaris van Infrastructuur en Waterstaat Chris ..."
_PORTFOLIO_WORDS_END = compiled(r"(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}-]*|en|van|voor|de|het|&)){1,6},?[ \t\u00a0]*\Z")
_PORTFOLIO_ENDINGS = ("ing", "heid", "ën", "zorg", "schap", "tie", "ties", "werk", "beleid", "zaken", "wonen", "wijs")
_THEIR = compiled(r"(?i:(?<![\p{L}])(?:hun|haar|zijn|hunne)[ \t\u00a0]+)\Z")
# ... or a group of citizens right before the title: "De buurt (woordvoerder: mevrouw A. Verbeek)", "de omwonenden,
# woordvoerder ..."
_GROUP_BEFORE = compiled(
    r"(?i:(?<![\p{L}])(?:buurt|bewoners|buurtbewoners|omwonenden|buren|ouders|klagers|insprekers|"
    # (a citizens' group or committee, not a steering or working group's: "De stuurgroep (woordvoerder: ...)")
    r"(?:actie|bewoners|buurt|belangen|ouder|burger|wijk)(?:groep|comité))[ \t\u00a0]*[(,:][ \t\u00a0]*)\Z"
)
_OPEN_BRACKET = compiled(r"[ \t\u00a0]*\([ \t\u00a0]*\Z")
_PLURAL_MARK = compiled(r"(?i)\((n|en|s)\)\Z")  # "Gedeputeerde(n)", "Wethouder(s)"
_BODY_BEFORE = compiled(r"(?i:\b(?:burgemeester|b)\s*(?:en|&)\s*)$")
# "motie Asscher/Jetten", "Motie Veldman/Van den Berg", "de motie-Omtzigt", "amendement Bontenbal en Dassen"
_MOTION_NAMED = compiled(
    r"(?i:(?<![\p{L}])(?:motie|moties|amendement|amendementen)[- \t]+)"
    r"(?:\p{Lu}[\p{L}'’-]+[ \t]*(?:/|,|&|\ben\b|[ \t])[ \t]*|(?i:van|de|der|den)[ \t]+)*\Z"
)
_MOTION_BEFORE = compiled(
    r"(?i:\b(?:motie|moties|amendement|amendementen|kamervragen|schriftelijke\s+vragen|vragen|initiatiefnota|"
    r"initiatiefwetsvoorstel)(?:\s+\(?[\w.\s-]{0,20}\)?)?\s+van\s+)$"
)
# the first part of a name broken over a line: "de leden Kathmann en Six" + "Dijkstra"
_BROKEN_NAME = compiled(rf"(?<=(?:,|\ben)[ \t\u00a0]+)(?:{_NAMEISH}[ \t\u00a0]+){{1,2}}$")
# a civil servant's own role in brackets after the name ("(BZK, verslag)", "(notulist)"): no office holder's
_OWN_ROLE = compiled(
    r"[ \t\u00a0]*\((?:[^()\n]{1,30},[ \t\u00a0\n]*)?(?i:verslag|verslaglegging|notulen|notulist|notuliste|secretaris|"
    r"bestuurssecretaris|ambtelijk[ \t]+secretaris|secretariaat|beleidsmedewerker|beleidsadviseur|adviseur|medewerker|"
    r"projectleider|ondersteuning)(?:[ \t\u00a0]+a\.i\.)?\)"
)
# an office as a document's addressee: "Nota aan minister", "Advies voor de staatssecretaris"
_TO_OFFICE = compiled(r"(?i:(?<![\p{L}])(?:aan|voor|naar)[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?)\Z")
# a name whose line ends with a comma is followed by its own apposition ("Mustafa Öztürk,\nprogrammadirecteur")
_COMMA_ENDS_LINE = compiled(r"[ \t\u00a0]*,[ \t\u00a0]*(?:\n|\Z)")
_ROYAL_END = compiled(r"(?<![\p{L}])(?i:koning|koningin)[ \t]*\Z")
_ROUTING_WORD = compiled(r"(?i:(?:voor\s+)?akkoord|gezien|gelezen|paraaf|geparafeerd|n\.?\s?v\.?\s?t\.?|ok)(?![\p{L}])")
_GROUP_AFTER = compiled(r"\A[ \t\u00a0]+(?:van|uit)[ \t\u00a0]+(?:de|het|onze)[ \t\u00a0]+\p{Ll}")


def _column_value(text: str, line: str) -> bool:
    """A line that is only a title word and stands so three times or more: a table column's value ("Van" /
    "Burgemeester" in an SMS export), no signature's office."""
    bare = line.strip()
    return bool(bare) and len(bare.split()) == 1 and text.count("\n" + bare + "\n") >= 3


def _escape(title: str) -> str:
    """A title as a regex, its spaces left as plain spaces."""
    return re.escape(title).replace(r"\ ", " ")


def _plural(title: str) -> bool:
    """A title that heads several names: wethouders, de leden, ministers, kamerleden, gedeputeerden."""
    t = " ".join(title.lower().split())
    if t.endswith(("ssen", "leden", "den", "ven")) or t in ("de leden",):  # staatssecretarissen, gedeputeerden
        return True
    return t.endswith("s") and not t.endswith("is")  # wethouders, ministers; not staatssecretaris, secretaris


def _inverted(text: str, before: str, m: regex.Match[str], start: int, end: int) -> bool:
    """A title word that begins its line (or a list's item), a comma, then one known first name or initials:
    "Koning, Marjolein", "Koning, R." is a name written surname first (as mail programs and lists print it),
    not the king's."""
    head = before[: m.start("title")]
    name = text[start:end].strip()
    return (
        (not head.strip() or head.rstrip()[-1:] in (";", "/"))  # or a list's next item: "Winter, F.; Koning, R."
        and before[m.end("title") : m.end()].strip().startswith(",")
        and len(name.split()) == 1
        and (load_lexicons().is_first_name(name) or bool(_INITIALS_ONLY.fullmatch(name)))
    )


_INITIALS_ONLY = compiled(rf"{INITIALS}")


# "Voor de motie stemden:" / "Tegen het amendement stemden:" heading a roll-call vote, and its entries
# "CDA: mevrouw Houtveen en de heren Bazen, Krijns en Slot;" (a sentence's full stop ends the record)
_VOTE_HEAD = compiled(r"(?i:\b(?:stemden|stemmen|stemde|gestemd)\b)[^\n]{0,40}:[ \t]*\n")
_VOTE_ENTRY = compiled(r"\A\s*[^\n:]{2,60}:[ \t]+[^:]*\Z")
_FULL_STOP = compiled(r"(?<![\p{L}]\p{Lu})\.|\n[ \t]*\n")


def _ocr_variants(titles: Sequence[str]) -> set[str]:
    """A long one-word title with one letter lost, as OCR reads it ("Staassecretaris"): the public title
    of an OCR'd letter still counts. Only words of 12 letters or more, where no other word is one letter off."""
    out = set()
    for t in titles:
        t = t.lower()
        if " " not in t and len(t) >= 12:
            out |= {t[:i] + t[i + 1 :] for i in range(1, len(t) - 1) if t[i] != t[i - 1]}
    return out


def _in_vote(text: str, start: int) -> bool:
    """The span stands in the entries of a roll-call vote, each a party and its members."""
    window = text[max(0, start - 700) : start]
    heads = list(_VOTE_HEAD.finditer(window))
    if not heads:
        return False
    entries = window[heads[-1].end() :]
    return not _FULL_STOP.search(entries) and all(_VOTE_ENTRY.match(e) for e in entries.split(";"))


_WRAPPED_OF = compiled(
    r"(?i:\b(?:minister|staatssecretaris|commissaris|gedeputeerde|wethouder)[ \t]+(?:van|voor)[ \t]*"
    # "de Commissaris van de Koning in" / "Groningen, René Paas": the province on the next line
    r"|\bcommissaris[ \t]+van[ \t]+de[ \t]+koning(?:in)?[ \t]+in[ \t]*)\Z"
)


_PARTY_BRACKET_BEFORE = compiled(
    r"(?i:\bfractie(?:s)?(?:[ \t]+van)?(?:[ \t]+de)?)[ \t]+(?P<party>\p{Lu}[\p{L}\d/&+-]{0,14})[ \t]*\([ \t]*\Z"
)


def _party_below(text: str, start: int, end: int) -> str:
    """The party alone on the line under a name alone on its line ("Marco Tjeerdsma" / "VVD"), or ""."""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return ""
    below = " ".join((_line_below(text, end) or "").split())
    if not below or len(below) > 40 or not below[:1].isupper() or ":" in below:
        return ""  # a party's name or code alone, no sentence ("*) Let op: ...")
    return below if is_party(below, text) else ""


def _line_below(text: str, end: int) -> str | None:
    """The line under the one a span ends, when nothing but punctuation follows the span on its line."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t,."):
        return None
    next_end = text.find("\n", line_end + 1)
    return text[line_end + 1 : next_end if next_end >= 0 else len(text)]


# a collegial body's decision signed by its chair: "Gedeputeerde Staten van Gelderland," / "John Berends,
# voorzitter" (the Commissaris van de Koning, the burgemeester: an office holder; the secretary is a civil servant)
CHAIR_SIGNS = compiled(
    r"(?P<body>(?i:gedeputeerde[ \t]+staten|burgemeester[ \t]+en[ \t]+wethouders|het[ \t]+college[ \t]+van[ \t]+"
    r"burgemeester[ \t]+en[ \t]+wethouders|de[ \t]+raad[ \t]+van[ \t]+de[ \t]+gemeente|provinciale[ \t]+staten|"
    r"het[ \t]+(?:algemeen|dagelijks)[ \t]+bestuur)[^\n]{0,60}),?[ \t]*\n(?:[^\n]{0,40}\n)?[ \t]*"
    r"(?P<name>[^\n,]{3,60}),[ \t]*(?i:voorzitter)\b"
)
# ... and the secretary who signs with the chair, on the next line: "Hans Oosters, voorzitter" / "mr. drs. C. Bijl,
# secretaris" (the body's secretary: :func:`~.cosignatures.law_office` names the office)
SECRETARY_SIGNS = compiled(
    CHAIR_SIGNS.pattern + r"[ \t]*\n[ \t]*" + DEGREES + r"(?P<secretary>[^\n,]{3,60}),[ \t]*(?i:secretaris)\b"
)


def party_cell_before(text: str, start: int) -> bool:
    """A party's name alone before the span on its line, or alone on the line before the one it starts: a
    table's cell ("CDA" | "Inge van Dijk")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.strip() and line_start > 0:
        before = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return before.strip() in load_lexicons().parties


def portfolio_words(words: str) -> bool:
    """Words of a portfolio ("Ruimtelijke Ordening", "Zorg en Welzijn"): words of the dictionary, no name;
    after "van" also a place ("Duurzaamheid van Renkum")."""
    lex = load_lexicons()
    split = words.split()
    if split[:1] == ["Staten"]:
        return False  # "Gedeputeerde Staten van Fryslân,": a body, no gedeputeerde's portfolio
    caps = [(w, i > 0 and split[i - 1] == "van") for i, w in enumerate(split) if w[:1].isupper()]
    return bool(caps) and all(
        (of and w in lex.places)
        or (
            len(w) >= 4  # ("burgemeester Out, Annegreet": a short word is a surname more often than a portfolio)
            and not (lex.is_first_name(w) or lex.is_surname(w))
            and (
                w.lower() in lex.dutch_words
                or lex.is_compound_word(w)
                or w.lower() in lex.organisation_words
                or w.lower().endswith(_PORTFOLIO_ENDINGS)
            )
        )
        for w, of in caps
    )


_BRACKET_HONORIFIC = compiled(
    r"[ \t\u00a0]*\([ \t\u00a0]*(?i:de[ \t\u00a0]+heer|mevrouw|mevr\.|dhr\.|mw\.)[ \t\u00a0]+\Z"
)
# the names a plural title heads in brackets, each with its honorific ("Kamerleden (de heer Van Nispen en de heer
# Postema)"): the bracket up to the honorific before the name
_HON = r"(?i:de[ \t\u00a0\n]+heer|mevrouw|mevr\.|dhr\.|mw\.)"
_BRACKET_HONORIFICS = compiled(
    rf"[ \t\u00a0]*\((?:[ \t\u00a0\n]*{_HON}[ \t\u00a0\n]+[^()\n,]{{1,40}}?(?:,|[ \t\u00a0\n]en))+"
    rf"[ \t\u00a0\n]*{_HON}[ \t\u00a0\n]+\Z"
)
# after a header label's value, a new sentence or another label: "Datum: 15 april 2025. Aanwezig: ..."
_LABEL_VALUE_ENDS = compiled(r"[.;][ \t]+(?=\p{Lu})|(?<![\p{L}])\p{Lu}\p{Ll}+:[ \t]")


def _after_label(line: str) -> int | None:
    """Where a title may stand on the line above a name: anywhere on a line that is no header label's (0); on a
    label's line only after its value ended ("Datum: 15 april 2025. Aanwezig: ... gedeputeerden Helga Witjes,");
    None where the label's value runs to the line's end ("Aan  de minister van X" above "Van  Sanne ...")."""
    label = _LABEL_START.match(line)
    if label is None:
        return 0
    ends = _LABEL_VALUE_ENDS.search(line, label.end() + 1)
    return ends.end() if ends else None
