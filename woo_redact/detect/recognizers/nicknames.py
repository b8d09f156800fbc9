"""Nicknames a text gives a person: in quotes in brackets after the full name ("Jesse Ouwehand ('Jez')"), or as
others call them ("collega's noemen hem Mem", "roepnaam Piet"). A nickname is the person's name as much as their
given name: redacted where it is given, and propagation finds it wherever else the document (or the batch) uses it
("Jez hou de uitgang zuid in de gaten"), or as they call themselves ("Kaaj hier"). Not a term a contract defines
('De Gemeente Utrecht ("Gemeente")'), a city's nickname or a law's short name: a given name must lead the full name,
and a word the lists know is no nickname."""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import compiled
from ..lexicons import Lexicons, load_lexicons
from .structure import Candidate

__all__ = ["nicknames"]

_NICK = r"\p{Lu}\p{Ll}{1,11}"
# a full name, its given name first, then the nickname in quotes in brackets
_AFTER_NAME = compiled(
    r"(?<![\p{L}])(?P<name>(?P<first>\p{Lu}\p{Ll}+)(?:[ \t]+(?:van|de|der|den|ter|ten|het|'t|in|op))*"
    rf"[ \t]+\p{{Lu}}[\p{{L}}'’-]+)[ \t]*\([ \t]*['‘\"“](?P<nick>{_NICK})['’\"”][ \t]*\)"
)
# what others call someone: "noemen hem Mem", "noemde haar 'Bibi'", "roepnaam Piet"
_CALLED = compiled(
    r"(?<![\p{L}])(?i:noem(?:en|t|de|den)[ \t]+(?:hem|(?P<her>haar))|roepnaam)[ \t]+['‘\"“]?"
    rf"(?P<nick>{_NICK})(?=['’\"”]?(?:[ \t\n]*[,.;:)]|[ \t\n]+(?:en|maar|omdat|in|op|of)(?![\p{{L}}])))"
)

# ... or says was called: "een jongen die door de anderen 'PJ' werd genoemd" (quoted: a name or a code of letters)
_QUOTED_CALLED = compiled(
    r"['‘\"“](?P<nick>\p{Lu}\p{Ll}{1,11}|\p{Lu}{2,3})['’\"”]"
    r"[ \t]+(?i:werd|wordt|werden|worden)[ \t]+(?i:genoemd)(?![\p{L}])"
    # ... or after who calls them so: "De portier, door het personeel Mo genoemd, weigerde ..."
    r"|(?<![\p{L}])(?i:door)[ \t]+(?:(?i:de|het|zijn|haar|hun)[ \t]+)?\p{Ll}[\p{Ll}'’]+[ \t]+"
    # (or quoted: "Lubbers wordt door collega's 'Lubbie' genoemd")
    r"['‘\"“]?(?P<nick>\p{Lu}\p{Ll}{1,11})['’\"”]?[ \t]+(?i:genoemd)(?![\p{L}])"
)

# ... or says so in brackets after it: "Die Mehmo (zo noemde Anouk hem) had een betaalverzoek"
_SO_CALLED = compiled(
    r"(?<![\p{L}])(?P<nick>\p{Lu}\p{Ll}{1,11})[ \t]*\([ \t]*(?i:zo[ \t]+noem\w*)[^()\n]{0,30}?[ \t]"
    r"(?i:hem|haar)[ \t]*\)"
)

# ... a person it is said of, in the clause before: "een jongen met een rood petje die door de anderen 'PJ' ..."
_PERSON_CALLED = compiled(
    r"(?i:(?<![\p{L}])(?:hij|zij|jongen|meisje|man|vrouw|kind|leerling|collega|medewerker|teller|buurman|buurvrouw|"
    r"iemand|klant|bewoner|vader|moeder|zoon|dochter|broer|zus|portier|beveiliger|barman|uitsmijter)(?![\p{L}])"
    r"[^.!?\n]*\Z)"
)


# ... or calls themselves at a message's start: "Khadija El Idrissi 09:20 Kaaj hier, ik bel haar", "Hoi, Sas hier!"
_HERE = compiled(
    r"(?:^|\n|\d:\d\d[ \t]+|[:\]][ \t]*|(?i:hoi|hallo|hey|hi|goedemorgen|goedemiddag),?[ \t]+)"
    rf"(?P<nick>{_NICK})[ \t]+hier(?![\p{{L}}])"
)


_WORDS = compiled(r"\p{Lu}\p{Ll}+")
_TIME = compiled(r"\d{1,2}:\d{2}")


def nicknames(doc: Document) -> list[Candidate]:
    """The nicknames ``doc`` gives the persons it names (structure detector ``nickname``)."""
    lex = load_lexicons()
    out: list[Candidate] = []
    for m in _AFTER_NAME.finditer(doc.text):
        nick = m.group("nick")
        # ("Mehmet Yilmaz ("Memo")": after a given name's full name, whatever word the nickname is too)
        if not lex.is_given_name(m.group("first")) or nick in m.group("name").split() or _named(nick, lex):
            continue  # 'De Gemeente Utrecht ("Gemeente")', "de Regionale Uitvoeringsdienst ('Rud')"
        out.append(_candidate(m.start("nick"), m.end("nick"), "a nickname in quotes after the full name", m.group()))
    for m in _CALLED.finditer(doc.text):
        nick = m.group("nick")
        # ("noemen haar Spoedwet": "haar" may be a thing's; "hem" and a roepnaam are a person's)
        if _named(nick, lex) or (m.group("her") and not lex.is_first_name(nick) and _a_word(nick, lex)):
            continue
        out.append(_candidate(m.start("nick"), m.end("nick"), "the name others call someone by", m.group()))
    for m in _QUOTED_CALLED.finditer(doc.text):
        nick = m.group("nick")
        if _named(nick, lex) or _a_word(nick, lex):
            continue  # "het plan dat 'Atlas' werd genoemd"
        if not _PERSON_CALLED.search(doc.text, max(0, m.start() - 80), m.start("nick")):
            continue  # "het overleg dat intern 'MDO' werd genoemd", "het project 'Velox'": no person called so
        out.append(_candidate(m.start("nick"), m.end("nick"), "the name someone was called by, quoted", m.group()))
    for m in _HERE.finditer(doc.text):
        nick = m.group("nick")
        if _named(nick, lex) or _a_word(nick, lex) or nick in lex.stop_words:
            continue
        # (a chat's message, its sender's given name beginning as the nickname does: "Khadija El Idrissi 09:20 Kaaj
        # hier"; not "[09:12] Jan Bakker: Tennet hier", a company on the phone)
        head = doc.text[doc.text.rfind("\n", 0, m.start("nick")) + 1 : m.start("nick")]
        senders = [w for w in _WORDS.findall(head) if lex.is_first_name(w)]
        if _TIME.search(head) and any(w[0] == nick[0] for w in senders):
            out.append(_candidate(m.start("nick"), m.end("nick"), "the name someone calls themselves by", m.group()))
    for m in _SO_CALLED.finditer(doc.text):
        if not _named(m.group("nick"), lex) and not _a_word(m.group("nick"), lex):
            out.append(_candidate(m.start("nick"), m.end("nick"), "the name someone is called by, so said", m.group()))
    return out


def _named(nick: str, lex: Lexicons) -> bool:
    """A place or an acronym the lists know."""
    return nick in lex.places or nick.upper() in lex.acronyms


def _a_word(nick: str, lex: Lexicons) -> bool:
    """A word of the language, alone or two written as one."""
    return (
        lex.is_ordinary_word(nick)
        or nick.lower() in lex.dutch_words
        or lex.is_compound_word(nick)
        or lex.is_dictionary_compound(nick)
    )


def _candidate(start: int, end: int, why: str, context: str) -> Candidate:
    return Candidate(start, end, "PERSON", Explanation("nickname", 0.85, why, context=context[:80]))
