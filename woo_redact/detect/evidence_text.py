"""What the words around a name tell :mod:`.evidence`'s judge: life dates after it ("(1854-1929)"), a married
name ("Jansen-de Vries"), a one-man firm or a legal entity before it ("eenmanszaak Melkveebedrijf Hoekstra",
"Stichting W.H. Vliegenbos"), a practice under a professional's own surname ("Abena Advocatuur"), a written-out
first name, and where a bare word stands in the text.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .grammar import compiled

# a practice a professional runs under their own surname ("Abena Advocatuur", "Notariaat Kok")
_PRACTICES = frozenset(
    {"advocatuur", "advocaten", "advocaat", "notariaat", "notaris", "praktijk", "huisartsenpraktijk"}
)


def _own_practice(span: str, surnames: set[str]) -> bool:
    """A practice named with the surname of a person this document redacts in full ("Abena Advocatuur")."""
    words = span.split()
    if len(words) not in (2, 3):
        return False
    words = [w.strip(",.;:()") for w in words]
    practice = {w.lower() for w in words} & _PRACTICES
    return bool(practice) and any(w.lower() in surnames for w in words if w.lower() not in _PRACTICES)


# a natural person's business named right before the trade's word ("eenmanszaak Melkveebedrijf Hoekstra")
# ("een eenmanszaak met de handelsnaam Oudejans Advies", "h.o.d.n. Tuinstra Projectadvies": the trade name after it)
_ONE_MAN_FIRM = regex.compile(
    r"(?i:(?<![\p{L}])(?:eenmanszaak(?:\s+met\s+de\s+handelsnaam)?|h\.o\.d\.n\.|"
    r"handelend\s+onder\s+de\s+naam))[\s,]+(?:\p{Lu}[\p{L}-]*[ \t\u00a0]+)?\Z"
)
# the owner's initials and name in a firm's name ("Taxatiebureau K. Wessels", "Adviesbureau J.P. de Vries")
_OWNER_INITIALS = compiled(r"(?<![\p{L}])(?:\p{Lu}\.){1,5}[ \t]+(?:(?i:van|de|der|den|ter|ten)[ \t]+)*\p{Lu}")
# a livestock or arable farm's trade word right before a surname: a family farm, named after the family that runs it
# and lives on it ("Melkveebedrijf Van Zwolle", "Varkenshouderij Roelofsen"); the name is theirs (5.1.2e)
_FAMILY_FARM = regex.compile(
    r"(?i:(?<![\p{L}])(?:melkvee|varkens|akkerbouw|pluimvee|rundvee|vleesvee|geiten|melkgeiten|schapen|vleeskalver|"
    r"kalkoen|eenden|leghennen|vleeskuiken)(?:bedrijf|houderij|houder))[ \t\u00a0]+\Z"
)
# a legal entity's word right before the name: its name follows ("Stichting W.H. Vliegenbos")
_ENTITY_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:stichting|vereniging|fonds|coöperatie|cooperatie|ikc|kindcentrum|basisschool))[ \t\u00a0]+\Z"
)


# life dates in brackets after a name: "(1854-1929)", "(1854 – 1929)", "(† 1929)"
_LIFE_DATES = regex.compile(
    r"[ \t\u00a0]*\((?:(?:1[0-9]|20)\d{2}[ \t]*[-–—][ \t]*(?:1[0-9]|20)\d{2}|†[ \t]*(?:1[0-9]|20)\d{2})\)",
    regex.VERSION1,
)
# a given name and a patronymic as names were written before the civil registry (1811), the surname after it:
# "Jacob Pietersz. Swaenenburgh", "Claes Adriaensz. Verdoes", "Johannes Cornelisz. van Leeuwaerden": a historical
# person ("Tomasz", "Łukasz" are given names of living people: the abbreviation's dot or the full word is needed,
# and a surname after it: "my name is Desmond Pietersz." is a living Pietersz)
_PATRONYMIC = regex.compile(
    r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\p{Ll}+(?:sz\.|szoon|sdr\.|sdochter)"
    r"[ \t]+(?P<sur>(?:(?:van|de|der|den|ter|ten)[ \t]+){0,2}(?P<last>\p{Lu}[\p{L}'’-]+))",
    regex.VERSION1,
)
PATRONYMIC_CUES = ("sz.", "szoon", "sdr.", "sdochter")
_MARRIED = regex.compile(
    r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \t\u00a0]+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+", regex.VERSION1
)


_BARE_BEFORE = compiled(r"(?<![\p{L}\d.'’-])")
_BARE_AFTER = compiled(r"(?![\p{L}\d'’-])")


def _standing(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands in ``text`` with no letter, digit, apostrophe or hyphen on either side (nor a full
    stop before it): the matches of the word's pattern with those lookarounds, found by substring search
    without a pattern compiled for each word."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if _BARE_BEFORE.match(text, pos) and _BARE_AFTER.match(text, end):
            yield pos, end
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def _full_given(given: str) -> bool:
    """A written-out first name ("Marco", "Anne-Marie", the roepnaam of "F. (Floor)"), not initials ("M.", "JP")."""
    roepnaam = regex.search(r"\((\p{Lu}\p{Ll}{2,}[\p{L}-]*)\)", given)
    if roepnaam:
        return True
    first = given.split()[0] if given.split() else ""
    return len(first) > 2 and "." not in given and not first.isupper()


# a header field's label, then a public title in lower case (and its portfolio) right before the name on its line
_FIELD_THEN_TITLE = compiled(
    r"[ \t]*(?:Aan|To|Van|From|Cc|CC)[ \t]*:[ \t]*(?:de[ \t]+)?\p{Ll}[\p{Ll}-]{3,}"
    r"(?:[ \t]+van[ \t]+[\p{L} ,-]{2,60})?[ \t]+\Z"
)


# how long ago someone must have died for their name, with life dates, to be kept (a relative's privacy fades)
DEAD_YEARS = 20
_YEAR = regex.compile(r"\d{4}")
_OLD_YEAR = regex.compile(r"[ \t\u00a0]*\((?:1[0-8]\d{2})\)")


def told_of_past(text: str, start: int, end: int) -> bool:
    """The sentence of the name at ``start:end`` dates what it tells before 1946 and gives no later year ("Sara Kan
    trouwde in 1927 met Levie Mozes."): a history, not a living person's matter."""
    before = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start), text.rfind("!", 0, start))
    after = [i for i in (text.find(".", end), text.find("\n\n", end), text.find("!", end)) if i >= 0]
    sentence = text[before + 1 : min(after) if after else len(text)]
    years = [int(y) for y in _SENTENCE_YEAR.findall(sentence)]
    # (not a living person's present: "Haar neef Jan Kan, geboren in 1938, woont nog in Amsterdam", "De huidige
    # eigenaar Peter Bosman bewoont de boerderij uit 1890", "Aanvrager Sanne de Witt wil ...")
    return bool(years) and max(years) < 1946 and _PRESENT.search(sentence) is None


_SENTENCE_YEAR = regex.compile(r"(?<![\d-])(1[89]\d\d|20\d\d)(?![\d-])")
_PRESENT = regex.compile(
    r"(?i:(?<![\p{L}])(?:woont|wonen|bewoont|bewonen|is|zijn|heeft|hebben|wil|willen|vraagt|vragen|verzoekt|"
    r"aanvrager|eigenaar|huidige|nog|inmiddels|sinds|nu|thans|geboren)(?![\p{L}]))"
)
# a birth after a name that makes its bearer one of the living ("Riek Stuivenberg (geboren 1940)", "(geb. 1952)")
BORN_LATE_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*\(?(?i:geboren|geb\.)[ \t]*(?:(?:in|op)[ \t]+)?"
    r"(?:\d{1,2}[-/. ]\d{1,2}[-/. ]|\d{1,2}[ \t]+\p{L}+[ \t]+)?(?:19[3-9]\d|20\d\d)(?!\d)"
)


def long_dead(text: str, end: int, year: int | None) -> bool:
    """Life dates after the name ending at ``end`` ("(1745-1801)", "(† 1968)") of someone who died :data:`DEAD_YEARS`
    or more before ``year``, the document's (before 1950 where it is unknown): "mevrouw Adriana van Rhemen-Bosboom
    (1924-2019)" in a letter of 2026 is a mother whose children's privacy her name still touches; or one year before
    1900 after a maker's name ("Nicolaas Kruik (1745)"), of their work or their life."""
    dates = _LIFE_DATES.match(text, end)
    if dates is None:
        return _OLD_YEAR.match(text, end) is not None
    death = int(_YEAR.findall(dates.group())[-1])
    return death < 1950 if year is None else year - death >= DEAD_YEARS


_CALLED = compiled(r"\A(?P<given>\S+)[ \t]+\((?P<called>\p{Lu}\p{Ll}+)\)[ \t]+(?P<rest>\S.*)\Z")


def deceased_forms(name: str) -> tuple[str, ...]:
    """A dead person's full name as the batch's documents may write it: as kept, and with either of the given name
    and the name called by in brackets ("Hendrika (Riek) Stuivenberg": "Riek Stuivenberg", "Hendrika Stuivenberg")."""
    m = _CALLED.match(" ".join(name.split()))
    if m is None:
        return (name,)
    return name, f"{m.group('called')} {m.group('rest')}", f"{m.group('given')} {m.group('rest')}"
