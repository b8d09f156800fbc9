"""A person's accounts: the user names that spell a redacted person's name.

"Niels Oostveen (noostveen)": a user name in brackets right after the name; "afgedrukt door nbence",
"Account habdiwar gekoppeld": an account spelled from the first name and surname the way IT systems make them;
"xoosterl01", "gvdheuvel3": the first initial and the start of the surname, cut to a system's length and
numbered. Each is as identifying as the name and is redacted wherever it stands.

A name in a directory's form and a surname inside an identifier (a file or host name) are in
:mod:`.identifier_names`; an account's owner named beside it in :mod:`.account_owners`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import regex

from ..model import Explanation
from .grammar import PARTICLES, compiled, natural_order, word_runs
from .lexicons import Lexicons, load_lexicons
from .merge import Merged
from .near_person import _everywhere, _inside
from .register import name_key

__all__ = [
    "handles_after_persons",
    "user_ids",
    "user_ids_of_persons",
]


_HANDLE_IN_BRACKETS = compiled(r"[ \t]*\((?P<handle>@?[a-z][a-z0-9._-]{1,29}[a-z0-9])\)")


# the words of a name an account does not spell alone: particles and a surname's head ("Oude Elferink")
_NOT_SPELLED = PARTICLES | {"oude", "olde", "klein", "groot", "lutke", "lütke"}
_HANDLE_DIGITS = compiled(r"[0-9._-]+\Z")
_HANDLE_SEPARATORS = compiled(r"[._-]")


def _spells(handle: str, part: str) -> bool:
    """An account spells the name's part at its start, after one to three initials, or at its end before a number
    ("noostveen", "anowak", "oostveenn2"): not a part inside a word ("H. Oude Elferink (toezichthouder)")."""
    # (each part the handle's separators give it: "pjvdheijden_adm" spells "heijden" before its suffix)
    for segment in [handle, *_HANDLE_SEPARATORS.split(handle)]:
        at = segment.find(part)
        if 0 <= at <= 3 or _HANDLE_DIGITS.sub("", segment).endswith(part):
            return True
    return False


def handles_after_persons(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """A user name in brackets right after a redacted name that contains that person's surname or first
    name ("Niels Oostveen (noostveen)", "Agnieszka Nowak (anowak)"): their account, as identifying as the name."""
    out: list[Merged] = []
    for p in persons:
        m = _HANDLE_IN_BRACKETS.match(text, p.end)
        if m is None or _inside(taken, m.start("handle"), m.end("handle")):
            continue
        handle = m.group("handle").lower()
        parts = [w.lower() for w in compiled(r"\p{L}{3,}").findall(text[p.start : p.end])]
        if not any(_spells(handle, w) for w in parts if w not in _NOT_SPELLED):
            continue
        name = " ".join(text[p.start : p.end].split())
        why = f"a user name in brackets after the redacted name '{name}' that spells it"
        # ... and wherever it stands again ("Exported from Jira by noostveen")
        pattern = rf"(?<![\w@.-]){regex.escape(m.group('handle'))}(?![\w@-])"
        out += _everywhere(text, pattern, taken, "USERNAME", Explanation("handle_after_person", 0.7, why))
    return out


@lru_cache(maxsize=16384)  # a batch's names, asked for in each of its documents
def _surname_parts(name: str) -> tuple[str, ...]:
    """The letters of each part of the name's surname, without diacritics, three letters or more."""
    parts = (_ascii(_letters(part)) for part in name_key(natural_order(name))[1].split("-"))
    return tuple(part for part in parts if len(part) >= 3)


_USER_ID_LONGEST = 8  # letters: the classic length an account name is cut to ("habdiwar" of Hodan Abdiwarsame)


@lru_cache(maxsize=4096)  # a document's names recur (and the batch's in every document)
def user_ids(name: str) -> frozenset[str]:
    """Account names IT systems make of a name: "Hodan Abdiwarsame" -> habdiwarsame, habdiwar, abdiwarsameh,
    hodana, ahodan, hodanabdiwarsame, hodan.abdiwarsame; "Bence Nagy" -> nbence, bnagy, ..."""
    natural = natural_order(name)
    given, surname = name_key(natural)
    first = given.split()[0].lower() if given.split() else ""
    # "van den Berg" is "vdberg" in an account too ("fvdberg" of F. van den Berg)
    tail = [w.lower() for w in natural.split()[1:] if not w.endswith(".")]
    particles = [w for w in tail[:-1] if w in PARTICLES]
    short = "".join(w[0] for w in particles) + tail[-1] if particles and len(tail[-1]) >= 3 else ""
    short = _letters(short)
    whole = _letters(surname)
    spelled = _letters("".join(particles)) + whole  # "pvanderwal", "bpvanrijn": the particles written out
    if "." in first or len(first) < 3:
        # initials: only the first and the surname written together ("B. Prasetyo": bprasetyo, prasetyob)
        sur = whole
        initial = first[:1] if first[:1].isalpha() else ""
        if not initial:
            return frozenset()
        every = _letters(given) if 1 < len(_letters(given)) <= 4 else ""  # "B.P. van Rijn": bpvanrijn
        head = _letters(surname.split("-")[0]) if "-" in surname else ""  # "e.vermeer" of E. Vermeer-Lopes
        return frozenset(
            ({initial + sur, sur + initial} if len(sur) >= 4 else set())  # "ekaya" of E. Kaya
            | ({initial + short} if short else set())
            | ({initial + spelled, f"{initial}.{spelled}"} if particles and len(spelled) >= 6 else set())
            | ({every + spelled} if every and len(spelled) >= 4 else set())
            # "d.verschuren", as the mail address has it; "lewandowska.m", the surname first
            | ({f"{initial}.{sur}", f"{sur}.{initial}"} if len(sur) >= 3 else set())
            | ({f"{initial}.{head}", initial + head} if len(head) >= 4 else set())
        )
    # the surname as the register reads it, or all after the first name ("Hodan Abdi Warsame": abdiwarsame)
    rest = natural.split()[1:]
    ids: set[str] = set()
    for sur in (whole, _letters(" ".join(rest))):
        if len(sur) >= 3:
            ids |= {first[0] + sur, sur + first[0], first + sur[0], sur[0] + first, first + sur, f"{first}.{sur}"}
            ids.add(f"{first[0]}.{sur}")  # "m.aitouarab" of Mohammed Aït Ouarab: all after the first name
    if short:
        ids.add(first[0] + short)
    if "-" in first:  # "jwdevries" of Jan-Willem de Vries: the initials of a double given name
        initials = "".join(part[:1] for part in first.split("-"))
        ids |= {initials + sur for sur in (whole, spelled) if len(sur) >= 3}
    lead = _letters(rest[0]) if len(rest) > 1 and rest[0].lower() not in PARTICLES else ""
    if len(lead) >= 4:  # "tferreira" of Thiago Ferreira da Silva: the first of a surname's words
        ids.add(first[0] + lead)
    if particles and len(spelled) >= 6:
        ids.add(first[0] + spelled)
    if "-" in surname:  # "jdevries" of Jeroen de Vries-Hamstra: the first part of a double name, as before marriage
        head = _letters(surname.split("-")[0])
        if len(head) >= 3:
            ids |= {first[0] + head, first[0] + _letters("".join(particles)) + head}
            # "adjong" of Anneke de Jong-Vos: the particles' initials before the first part
            ids |= {first[0] + "".join(p[0] for p in particles) + head} if particles else set()
    ids |= {i[:_USER_ID_LONGEST] for i in ids if "." not in i}
    # "JVERBR01" of Joost Verbruggen: the initial and the surname's first five or six letters, a counter after them
    ids |= {(first[0] + whole)[:n] for n in (6, 7)} if len(whole) >= 6 else set()
    # the first initial and a whole short surname ("hvos" of Hendrikje Vos), and the same with a dot ("d.verschuren")
    short_ids = {first[0] + whole} if len(whole) >= 3 else set()
    ids |= {f"{first[0]}.{whole}"} if len(whole) >= 3 else set()
    # (no ID that is a word of the name alone: "dijkstra", "dijkstrabruinsma" cut to eight letters, is the surname
    # of whoever else is named so)
    alone = {_letters(w) for w in natural.replace("-", " ").split()}
    return frozenset(i for i in ids if (len(i) >= 5 or i in short_ids) and i not in alone)


_MAIL_SURNAME = compiled(r"[a-z]+(?:-[a-z]+)?")
_LEGEND = compiled(r"(?<![\w@.-])(?P<id>[a-z][a-z0-9._-]{2,29}[a-z0-9])[ \t]*=[ \t]*\Z")


def _ascii(word: str) -> str:
    """``word`` without its diacritics: "zielińska" -> "zielinska"."""
    if word.isascii():
        return word  # (NFKD leaves ASCII as it is, and it has no combining mark)
    return unicodedata.normalize("NFKD", word).translate(_MARKS)


class _Marks(dict[int, int | None]):
    """``str.translate``'s table that drops the combining marks (``unicodedata.combining``), each character
    asked once; ASCII, which has none, in it from the start (translate asks the table for every character)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


# letters that no decomposition takes to ASCII, as account names write them ("akaramanli" of Aylin Karamanlı)
_MARKS = _Marks({c: c for c in range(0x80)} | {ord(k): ord(v) for k, v in zip("ıłøđħŁØĐĦ", "ilodhLODH")})


def _camel(user_id: str) -> str:
    """A pattern for ``user_id`` typed with its initials and the surname's first letter in capitals: "swiersma" as
    "SWiersma", "pvoosterhout" as "PvOosterhout" (any letter may be a capital; at least the first is)."""
    head, rest = user_id[:1], user_id[1:]
    if not head.isalpha() or not rest.isalpha():
        return "(?!)"
    return regex.escape(head.upper()) + "".join(f"[{c}{c.upper()}]" for c in rest)


def _letters(words: str) -> str:
    """The letters of ``words``, in small letters: "van den Berg-Oudejans" -> "vandenbergoudejans"."""
    return "".join(ch for ch in words.lower() if ch.isalpha())


_NUMBERED_ID = compiled(r"(?<![\w.@/-])(?P<stem>[a-z]{3,6})\d{1,3}(?![\w@-])")


def _numbered_ids(name: str) -> set[str]:
    """The stems of numbered accounts a system makes of a name: first initial and the surname's first three or four
    letters ("kbru", "kbrui" of K. de Bruijn)."""
    given, surname = name_key(natural_order(name))
    first = _letters(given)[:1]
    sur = _letters(surname.split("-")[0])
    if not first or len(sur) < 3:
        return set()
    return {first + sur[:3], first + sur[:4]}


def user_ids_of_persons(
    text: str, persons: Sequence[Merged], taken: Sequence[Merged], batch_names: Sequence[str] = ()
) -> list[Merged]:
    """An account name spelled from a redacted person's first name and surname ("Account habdiwar gekoppeld",
    "afgedrukt door nbence") wherever it stands in lower case: it points to that person as the name does. The
    names redacted in the batch's other documents count too (a version history's "jdevries2" of the Jeroen de
    Vries a ticket names), where their surname's letters stand in the text."""
    lex = load_lexicons()
    ids: dict[str, str] = {}
    low_text = text.lower()
    names = [" ".join(text[p.start : p.end].split()) for p in persons]
    for name in batch_names:
        if any(part in low_text for part in _surname_parts(name)):
            names.append(name)
    for name in names:
        for i in user_ids(name):
            ids.setdefault(i, name)
            ids.setdefault(_ascii(i), name)  # "kzielinska" of Katarzyna Zielińska
    for m in taken:  # "jelmer.deboer-oostra@rws.nl" and the account "jdeboer-oostra" in the next cell
        local = text[m.start : m.end].split("@")[0].lower() if m.entity == "EMAIL_ADDRESS" else ""
        given, _, sur = local.partition(".")
        if given.isalpha() and len(given) >= 2 and _MAIL_SURNAME.fullmatch(sur) and len(sur) >= 5:
            ids.setdefault(given[0] + sur, f"the redacted e-mail address '{local}@...'")
    for p in persons:
        # a legend of accounts: "Consulenten: amatsaleh = C. Amatsaleh, kovalenko = I. Kovalenko"
        legend = _LEGEND.search(text, max(0, p.start - 40), p.start)
        if legend is not None:
            ids.setdefault(legend.group("id"), " ".join(text[p.start : p.end].split()))
    out: list[Merged] = []
    # numbered accounts of the first initial and the surname's first three or four letters ("kbru11" of K. de Bruijn,
    # "jhak02" of J. Hakkert): the short form counts only with its number
    numbered = {i: n for n in names for i in _numbered_ids(n)}
    for hit in _NUMBERED_ID.finditer(text) if numbered else ():
        owner = numbered.get(hit.group("stem"))
        if owner is not None and not _inside([*taken, *out], hit.start(), hit.end()):
            why = f"a numbered account name spelled from the redacted name '{owner}'"
            out.append(Merged(hit.start(), hit.end(), "USERNAME", (Explanation("user_id_of_person", 0.7, why),)))
    # (a run's parts between underscores too: "graes_extern")
    words = {w.lower().rstrip("0123456789") for r in word_runs(text) for w in (r, *r.split("_"))} if ids else set()
    low = low_text if ids else ""
    for i, name in sorted(ids.items()):
        if not (i in words if i.isalpha() else i in low):
            continue  # (an account name of letters that is no word of the text: the pattern below finds it nowhere)
        if i in lex.dutch_words or i in lex.english_words or lex.is_ordinary_word(i):
            continue
        source = name if name.startswith("the redacted e-mail") else f"the redacted name '{name}'"
        why = f"an account name spelled from {source}"
        # (with its suffix and end: _ACCOUNT_SUFFIX, _ACCOUNT_END)
        # (in small letters, or with the initials in capitals as a signature typed in a list: "SWiersma",
        # "PvOosterhout"; not a word in capitals of another sense)
        explanation = Explanation("user_id_of_person", 0.7, why)
        if i.isascii() and i == i.lower() and len(low) == len(text):
            out += _at_id(text, low, i, [*taken, *out], explanation)
        else:
            pattern = rf"{_ACCOUNT_LEAD}(?:{regex.escape(i)}|{_camel(i)}){_ACCOUNT_SUFFIX}{_ACCOUNT_END}"
            out += _everywhere(text, pattern, [*taken, *out], "USERNAME", explanation)
    out += _mentions_of_short_surnames(text, names, [*taken, *out])
    out += _cut_accounts(text, persons, [*taken, *out])
    return out + _listed_accounts(text, out, lex)


# a list of account names on one line: "Deelnemers: ivermeulenb, pjdewolff, fruijgrok, btimmerman"
_LISTED = r"[a-z][a-z0-9._]{3,24}[a-z0-9]"
_ACCOUNT_LIST = compiled(rf"(?<![\w@.-]){_LISTED}(?:,[ \t]*{_LISTED}){{2,}}(?![\w@-])")


def _listed_accounts(text: str, accounts: Sequence[Merged], lex: Lexicons) -> list[Merged]:
    """The other account names of a list where two or more are a redacted person's ("Deelnemers: ivermeulenb,
    pjdewolff, fruijgrok, btimmerman": the two found make the list one of accounts); no word of the lexicons."""
    found = {(m.start, m.end) for m in accounts if m.entity == "USERNAME"}
    out: list[Merged] = []
    if len(found) < 2:
        return out
    for lst in _ACCOUNT_LIST.finditer(text):
        items = [(lst.start() + i.start(), lst.start() + i.end()) for i in regex.finditer(r"[^,\s]+", lst.group())]
        if sum(span in found for span in items) < 2:
            continue
        why = "an account name in a list of account names, two or more of them a redacted person's"
        for start, end in items:
            word = text[start:end]
            if (start, end) in found or word in lex.dutch_words or word in lex.english_words:
                continue
            out.append(Merged(start, end, "USERNAME", (Explanation("user_id_of_person", 0.7, why),)))
    return out


def _mentions_of_short_surnames(text: str, names: Sequence[str], taken: Sequence[Merged]) -> list[Merged]:
    """A mention "@tdo" of Thu Trang Đỗ: a surname of two letters makes an account of three, too short to seek
    as a word, but a handle after "@" is one."""
    out: list[Merged] = []
    for name in names:
        given, surname = name_key(natural_order(name))
        sur = _ascii(_letters(surname))
        if len(sur) != 2 or not given[:1].isalpha():
            continue
        handle = _ascii(given[:1].lower()) + sur
        why = f"a mention spelled from the redacted name '{name}' (first initial and surname)"
        pattern = rf"{_MENTION}{regex.escape(handle)}(?![\w@-])"
        out += _everywhere(text, pattern, [*taken, *out], "USERNAME", Explanation("user_id_of_person", 0.7, why))
    return out


# ("jnovak-adm", "jnovak_admin": the person's admin account, their name with its suffix)
# (a dash line after it, "d.verschuren----Zaak", is a separator, not the account's suffix)
# ("jdevries2", "mkok3": a number that tells two accounts of the same letters apart)
# ("pjansen-logius", "bterpstra-bzk": the organisation's code a shared system adds after the name)
_ACCOUNT_SUFFIX = (
    r"(?:\d{1,4}|[-_.](?i:adm|admin|beheer|test|ext|extern|gast|guest)|[-_][a-z]{2,12}(?![-_.]?[a-z0-9]))?"
)
_ACCOUNT_END = r"(?![\w@]|-(?!--))"
# (or a mention's "@" that begins a word: "@lhofbauer" in a chat, not "j@devries.nl")
_MENTION = r"(?<=(?<![\w@.-])@)"
_ACCOUNT_BEFORE = compiled(rf"(?<![\w@.-])|{_MENTION}")
# a system's prefix before the person's account ("rvig-adm-ydemirtas", "x_jdevries", "ADM_PJANSEN"): part of
# the account
_PREFIX = r"(?<![\w@.-])(?:(?:[a-z0-9]{2,8}[-_]){1,3}|(?:[A-Z0-9]{2,8}_){1,3})"
_ACCOUNT_PREFIX = compiled(_PREFIX + r"\Z")
_ACCOUNT_LEAD = rf"(?:{_PREFIX}|(?<![\w@.-])|{_MENTION})"  # the same, in the account's pattern
_ACCOUNT_TAIL = compiled(_ACCOUNT_SUFFIX + _ACCOUNT_END)


def _at_id(text: str, low: str, user_id: str, taken: Sequence[Merged], why: Explanation) -> list[Merged]:
    """The matches of the account pattern ``LEAD(?:ID|CAMEL)SUFFIX END`` (:data:`_ACCOUNT_LEAD`, :func:`_camel`) of
    the ASCII, small-letter ``user_id`` that no span already found holds, as :func:`~.near_person._everywhere`
    finds them, without a pattern compiled per account (a few milliseconds each, for every person's accounts).

    Every match begins with ``user_id`` as written or with capitals (an ASCII letter's capital is one letter), so it
    starts where ``user_id`` stands in ``low`` (``text`` in small letters, as long as ``text``). There, the ID as
    written or (its first letter a capital, any other letter either) CAMEL, then the suffix and the end as the
    pattern's own tail matches them (one compiled pattern for every account: the first alternative's tail fails
    only where the other's would, since the two differ in their first letter). The places are tried in order and
    those inside the last match skipped, as ``finditer`` goes on after a match. A system's prefix before the ID
    ("rvig-adm-ydemirtas") is part of the account."""
    n = len(user_id)
    head, rest = user_id[:1], user_id[1:]
    camel = head.isalpha() and rest.isalpha()
    out: list[Merged] = []
    end = 0
    pos = low.find(user_id)
    while pos >= 0:
        start = pos if pos >= end else -1
        if start >= 0 and _ACCOUNT_BEFORE.match(text, pos) is None:
            # (the leftmost prefix that ends here and starts after the last match, as the pattern would take it)
            prefix = _ACCOUNT_PREFIX.search(text, max(end, pos - 27), pos)
            start = prefix.start() if prefix is not None else -1
        if start >= 0:
            seg = text[pos : pos + n]
            spelled = seg == user_id or (
                camel and seg[0] == head.upper() and all(ch in (c, c.upper()) for ch, c in zip(seg[1:], rest))
            )
            tail = _ACCOUNT_TAIL.match(text, pos + n) if spelled else None
            if tail is not None:
                end = tail.end()
                if not _inside(taken, start, end):
                    out.append(Merged(start, end, "USERNAME", (why,)))
        pos = low.find(user_id, pos + 1)
    return out


_ACCOUNT = compiled(rf"(?:(?<![\w@.-])|{_MENTION})(?P<letters>[a-z]{{5,16}})\d{{0,3}}(?![\w@-])")


def _cut_accounts(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """An account name of a person's first initial and the start of their surname, cut to the system's length
    and perhaps numbered ("xoosterl01" of Xandra Oosterlaak-Bijl, "mdobrescu" of Mihail Dobrescu-Aalders,
    "gvdheuvel3" of Gijsbertha van den Heuvel-Adriaansen): the start of at least five of the surname's letters."""
    heads: dict[str, list[tuple[str, str]]] = {}  # initial -> (surname part, its name)
    for p in persons:
        name = " ".join(text[p.start : p.end].split())
        words = natural_order(name).split()
        if len(words) < 2 or not words[0][:1].isalpha():
            continue
        tail = [w.lower() for w in words[1:] if not w.endswith(".")]
        if not tail:
            continue
        particles = "".join(w[0] for w in tail[:-1] if w in PARTICLES)
        for part in tail[-1].split("-"):
            core = "".join(ch for ch in part if ch.isalpha())
            if len(core) >= 5:
                heads.setdefault(words[0][0].lower(), []).append((particles + core, name))
    # (an account's first six letters are an initial and a surname's first five: where none stands in the text,
    # no word of it is one)
    if not any(initial + core[:5] in text for initial, cores in heads.items() for core, _ in cores):
        return []
    lex = load_lexicons()
    out: list[Merged] = []
    for m in _ACCOUNT.finditer(text):
        letters = m.group("letters")
        rest = letters[1:]
        owner = next((n for core, n in heads.get(letters[0], ()) if len(rest) >= 5 and core.startswith(rest)), None)
        if owner is None or letters in lex.dutch_words or letters in lex.english_words or _inside(taken, *m.span()):
            continue
        why = f"an account name of the first initial and the surname's start of the redacted name '{owner}'"
        out.append(Merged(m.start(), m.end(), "USERNAME", (Explanation("user_id_of_person", 0.7, why),)))
    return out
