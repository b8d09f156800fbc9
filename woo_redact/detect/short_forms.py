"""The short form of a redacted person's first name: "@Mo", "Mo, jij zet ..." of Mohamed El Khayari, and in a chat's
export "Kev" of Kevin Roerdink, whom another document of the batch names in full; in a chat also the diminutive of a
first name ("Ruudje" of Ruud Klein) and the initials of a double given name ("HJ" of Hendrik-Jan Wolting)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..model import Explanation
from .forms import double_given_initials
from .grammar import CHAT_STAMP, GREETINGS, compiled, natural_order
from .lexicons import Lexicons, load_lexicons
from .merge import Merged
from .near_person import _inside

__all__ = ["chat_forms_of_persons", "is_chat", "short_forms_of_name", "short_forms_of_persons"]

# a chat export's message lines ("[15-09 08:31] Floor: ...", "19-09-2026 20:14 - Hester: ..."): three make a chat
# (or the stamp after the sender's name on the line's end, as Teams exports them: "Youssef El Amrani 27-5 10:11")
_CHAT_LINE = compiled(
    rf"(?m:^[ \t]*{CHAT_STAMP}"
    r"|^[ \t]*\p{Lu}[^\n]{1,40}[ \t]\d{1,2}-\d{1,2}(?:-\d{2,4})?[ \t]+\d{1,2}:\d{2}[ \t]*$)"
)
_CHAT_LINES = 3
_LONGEST = 6  # letters of a short form at most
# months' and days' abbreviations, a chat's yes and thanks: no short form of anyone's name ("1 Feb", "Aug was te vroeg")
_NO_SHORT_FORMS = frozenset(
    "jan feb mrt apr mei jun jul aug sep sept okt oct nov dec maa din woe don vri zat zon mon tue wed thu fri sat sun "
    "jep yep yes top oke thx tnx "
    # a message's interjections before a comma ("Nou, prima", "Tja, jammer"): no one called
    "nou tja hoi hey hi yo dus echt goed mooi klopt snap zeker wel zo ja nee oh he hé ok okay nja ah ha "
    # the days' abbreviations ("Ma, 12 mei 19.00 uur")
    "ma di wo do vr za zo".split()
)
# the words a message may begin with before the one it calls ("En Yous, ...", "ja Mar, ...")
_CALL_OPENERS = r"(?:(?i:en|oh|hé|he|ok|oké|ja|nee)[ \t]+)?"
_AFTER_SPEAKER = compiled(rf"[\]:][ \t]+{_CALL_OPENERS}\Z")
_AFTER_NUMBER = compiled(r"\d[ \t]*\Z")  # "3 Okt", "11 AM": a date's or a time's part
# a capitalised word of three to six letters, no part of a longer word or a handle
_CAPITALISED = compiled(r"(?<![\p{L}@.\d-])(?P<short>\p{Lu}\p{Ll}{2,5})(?![\p{L}@\d-])")


# someone addressed or spoken of: "@Mo", "Mo, jij zet ...", "Mo: kun jij" (a chat's mention, a vocative), "Mo gaat"
_ADDRESSED = compiled(
    r"(?:(?<![\w@.])@(?P<at>\p{Lu}\p{Ll}{1,5})(?![\p{L}@.])"
    r"|(?<![\p{L}])(?P<voc>\p{Lu}\p{Ll}{1,5}),[ \t]+(?=(?:jij|je|kun|kan|wil|zou|heb|ga|doe)(?![\p{L}]))"
    # (a chat's message that begins by calling someone: "[09:21] Sjoerd: En Yous, vergeet de BRP-check niet")
    # (a message's first sentence or its next: "Sanne Oude Egberink: ja Mar, 19 mei 17.30", "Top. Lot, plan jij de
    # sessie")
    rf"|(?<=(?:\A|\n|[\]:.!?][ \t]+){_CALL_OPENERS})(?P<call>\p{{Lu}}\p{{Ll}}{{1,5}}),[ \t]+"
    r"(?=[\p{Ll}\d])"
    # a wish or thanks to someone: "Beterschap Pris!", "Dank je Mo.", "Succes Bas,"
    # ("Goed punt Lot.", "Prima Kev!": a reply's praise to someone)
    # (a message's sign-off and a reply's "ok": "Graag paraaf voor vrijdag. Groet Lot", "Haha ok Es :)")
    rf"|(?<=(?i:\b(?:{GREETINGS}|thanks|dag|top|goed[ \t]+punt|goeie[ \t]+vraag|goede[ \t]+vraag|prima|helder|"
    r"super|mooi[ \t]+zo|gr\.|ok|oké))[ \t]+)"
    r"(?P<wish>\p{Lu}\p{Ll}{1,5})(?=[ \t]*[!,.?](?![\p{L}])|[ \t]*[:;]-?[)(DP](?![\p{L}])|[ \t]*(?:$|\n)))"
    # the subject of a chat's sentence: "Mar gaat nu even koffie halen", "Jo zit bij de hoorzitting", "Yous out."
    r"|(?<=(?:\A|[\n.!?,;:)\]])[ \t]*)(?P<subj>\p{Lu}\p{Ll}{1,5})(?=[ \t]+(?:gaat|zit|is|was|doet|heeft|komt|belt|"
    r"neemt|pakt|regelt|checkt|stuurt|weet|kan|moet|wil|zal|staat|loopt|out)(?![\p{L}]))"
)


def is_chat(text: str) -> bool:
    """``text`` is a chat's export: three message lines at least ("[15-09 08:31] Floor: ...")."""
    return len(_CHAT_LINE.findall(text)) >= _CHAT_LINES


def _first_words(text: str, persons: Sequence[Merged]) -> set[str]:
    """The first word of each person's name, in its natural order ("Kevin" of "Roerdink, Kevin")."""
    return {natural_order(text[p.start : p.end]).split()[0] for p in persons if text[p.start : p.end].strip()}


def short_forms_of_name(name: str, lex: Lexicons) -> tuple[str, ...]:
    """The short forms a chat may call a person of the batch by: the starts of their given name, three letters or
    more and one less than the name at most ("Kev", "Kevi" of Kevin Roerdink); none for a name of three letters."""
    first = natural_order(name).split()[:1]
    if not first or len(first[0]) < 4 or not lex.is_given_name(first[0]):
        return ()
    return tuple(first[0][:k] for k in range(3, min(len(first[0]), _LONGEST + 1)))


def short_forms_of_persons(
    text: str, persons: Sequence[Merged], taken: Sequence[Merged], batch_names: Sequence[str] = ()
) -> list[Merged]:
    """A short form of a redacted person's first name, where someone is addressed by it ("@Mo", "Mo, jij zet
    de stukken ..." of Mohamed El Khayari): the start of the first name, two letters or more, that the text
    uses as a name in a chat's mention or a vocative; every such place. In a chat's export, any word that is
    the start of the first name of someone this document or another of the batch redacts, three letters or more
    and no word of the language, is one ("Kev van het zorgcentrum heeft geen BMR gehad" of Kevin Roerdink)."""
    lex = load_lexicons()
    firsts = {f for f in _first_words(text, persons) if len(f) >= 4 and lex.is_first_name(f)}
    out: list[Merged] = []
    chat = is_chat(text)
    if chat:
        firsts |= {w for n in batch_names for w in natural_order(n).split()[:1] if len(w) >= 4 and lex.is_given_name(w)}
    found: dict[int, tuple[str, str]] = {}  # a short form's place -> (the form, how it is used)
    for m in _ADDRESSED.finditer(text) if firsts else ():
        key = next(k for k in ("at", "voc", "call", "wish", "subj") if m.group(k))
        if key == "call" and not chat and not _AFTER_SPEAKER.search(text, max(0, m.start(key) - 12), m.start(key)):
            continue  # (outside a chat's export, one called only after a speaker's colon: "Sjoerd: En Yous, ...")
        found[m.start(key)] = (m.group(key), key)
    for m in _CAPITALISED.finditer(text) if chat and firsts else ():
        found.setdefault(m.start(), (m.group("short"), "chat"))
    for s, (short, key) in sorted(found.items()):
        owner = next((f for f in sorted(firsts) if f.startswith(short) and f != short), None)
        # (a subject in a chat's Dutch may be an English word: "Mar gaat", "Yous out"; not a Dutch one: "Was gaat")
        # (one spoken to, then "wil jij": "Rub, wil jij een lijn voorbereiden" of Ruben, whatever English word it is)
        # (one thanked or praised, capitalised before the sentence's end: "Dank Yous.", "Goed punt Lot.", a word's
        # letters or not)
        # (one called at a message's sentence's start, a comma after: "ja Mar, 19 mei", "Top. Lot, plan jij", a word's
        # letters or not)
        ordinary = (
            False
            if key in ("wish", "call")
            else short.lower() in lex.dutch_words or short.lower() in lex.common_words
            if key in ("subj", "voc")
            else lex.is_ordinary_word(short) or (key == "chat" and short.lower() in lex.dutch_words)
        )
        if owner is None or ordinary or short in lex.stop_words:
            continue
        if short.lower() in _NO_SHORT_FORMS or short.upper() in lex.acronyms or lex.is_organisation(short.upper()):
            continue  # "Aug was te vroeg", "Ing" of a bank
        if key == "chat" and (
            len(short) < 3
            or short in lex.places
            or lex.is_first_name(short)
            or _AFTER_NUMBER.search(text, max(0, s - 6), s) is not None
        ):
            continue  # ("Jan" of Janneke is a name of its own, found as one; "3 Okt": a date's part)
        if _inside(taken, s, s + len(short)):
            continue
        why = f"'{short}', a short form of the redacted first name '{owner}', " + (
            "in a chat's export" if key == "chat" else "used to address someone"
        )
        out.append(Merged(s, s + len(short), "PERSON", (Explanation("alias_of_person", 0.7, why),)))
    return out


# a word in capitals of two or three letters; a capitalised word of four to twelve letters
# (a chat's mention too: "@PJ wat vindt NVWA?"; not an address's domain)
_CODE = compiled(r"(?<![\p{L}.\d-])(?<!\w@)(?P<code>\p{Lu}{2,3})(?![\p{L}@\d-])")
_WORD = compiled(r"(?<![\p{L}@.\d-])(?P<word>\p{Lu}\p{Ll}{3,11})(?![\p{L}@\d-])")
_DIMINUTIVES = ("etje", "tje", "pje", "pie", "je", "ie", "ke")  # ("Baske" of Bas: a Brabant -ke)
_NUMBER_BEFORE = compiled(r"(?:\d[\d.,]*|(?<![\p{L}])(?i:per|euro|eur|€|kosten))[ \t\u00a0]*\Z")


def _diminutives(first: str, end: str) -> tuple[str, ...]:
    """The diminutives of ``first`` with ``end``: "Ruudje", "Brammetje", and a final d said as a t ("Ruutje")."""
    forms = (first + end, first + first[-1] + end)
    if first[-1] == "e" and end == "je" and first[-2:-1] not in ("", *"aeiouy"):
        return (*forms, first[:-1] + end)  # "Ilsje" of Ilse
    return (*forms, first[:-1] + end) if first[-1] == "d" and end == "tje" else forms


def chat_forms_of_persons(
    text: str, persons: Sequence[Merged], taken: Sequence[Merged], batch_names: Sequence[str] = ()
) -> list[Merged]:
    """The forms a text calls a redacted person by: the initials of a double given name ("HJ" of Hendrik-Jan
    Wolting: "O nee HJ wat erg", "tot die tijd plannen we GJ niet in" of Gerard-Jan Bleeker), wherever they stand, of
    a person this document redacts (in a chat's export also of one another document of the batch redacts), unless the
    text writes the code as a unit ("40 GJ per jaar", "EUR 12,50 per GJ"); in a chat's export also the diminutive of
    a first name ("Ruudje", "Wimpie", "Brammetje" of Ruud, Wim, Bram) and its start with an "s" ("Gerbs" of Gerben)."""
    lex = load_lexicons()
    chat = is_chat(text)
    # (the batch's names only in a chat, where its people are called by short forms: "De DJ draait" in a
    # newsletter is no Dirk-Jan another document names)
    named = _first_words(text, persons) | (
        {w for n in batch_names for w in natural_order(n).split()[:1]} if chat else set()
    )
    firsts = {f for f in named if len(f) >= 3 and lex.is_first_name(f.split("-")[0])}
    # (the surnames of the people this document redacts, for a chat's pet forms of them)
    surnames = (
        {w for p in persons for w in natural_order(text[p.start : p.end]).split()[1:] if len(w) >= 5} if chat else set()
    )
    doubles = {
        code: f
        for f in firsts
        if f.count("-") == 1 and f.istitle()
        for code in double_given_initials(f, lex)
        if "-" not in code
    }
    out: list[Merged] = []
    for m in _WORD.finditer(text) if chat else ():
        word = m.group("word")
        owner = next((f for f in firsts for end in _DIMINUTIVES if word in _diminutives(f, end)), None)
        # "Gerbs, kun je foto's maken" of Gerben Kuipers: the name's start and an "s", the chat's pet form (not a
        # word, a place or a name of its own: "de Mars", "Kees")
        pet = word[-1] == "s" and word.lower() not in lex.dutch_words and not lex.is_first_name(word)
        owner = owner or next((f for f in firsts if pet and 3 < len(word) <= len(f) and f.startswith(word[:-1])), None)
        # "Top Gokkie" of Gökhan Yıldız: the first name's first syllable, its consonant doubled, and "-ie"
        owner = owner or next((f for f in firsts if _pet_of(word, f)), None)
        # "Kampie, heb jij de legger?" of Ruud Kamphuis: a surname's start and "-ie", the way colleagues call him
        owner = owner or next(
            (n for n in surnames if word.endswith("ie") and len(word) >= 5 and n.startswith(word[:-2])), None
        )
        # (a pet form with an "s" may be an English word too: "Rubs kun je de sleutels checken" of Ruben)
        ordinary = word.lower() in lex.dutch_words if pet and owner is not None and not owner.startswith(word) else None
        ordinary = lex.is_ordinary_word(word) if ordinary is None else ordinary
        if owner is None or ordinary or word in lex.places or _inside(taken, m.start(), m.end()):
            continue
        kind = "a pet form" if pet and not any(word.startswith(f) for f in firsts) else "the diminutive"
        of = "first name"
        if owner not in firsts:
            kind, of = "a pet form", "surname"
        why = f"'{word}', {kind} of the redacted {of} '{owner}', in a chat's export"
        out.append(Merged(m.start(), m.end(), "PERSON", (Explanation("alias_of_person", 0.7, why),)))
    codes = [m for m in _CODE.finditer(text) if m.group("code") in doubles]
    # "40 GJ per jaar": a unit after its number, wherever else the text writes it
    units = {m.group("code") for m in codes if _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())}
    for m in codes:
        code = m.group("code")
        owner = doubles[code]
        if code in units or code in lex.acronyms or code in ("AM", "PM") or _inside(taken, m.start(), m.end()):
            continue
        why = f"'{code}', the initials of the redacted double given name '{owner}'"
        out.append(Merged(m.start(), m.end(), "PARAPH", (Explanation("alias_of_person", 0.7, why),)))
    return out


def _pet_of(word: str, first: str) -> bool:
    """``word`` is the first name's start with its last consonant doubled and "-ie" ("Gokkie" of Gökhan, "Bassie"
    of Bastiaan), letters compared without their accents."""
    if len(word) < 6 or not word.endswith("ie") or word[-3] != word[-4] or word[-3] in "aeiouy":
        return False
    stem = _plain(word[:-3])
    return len(stem) >= 3 and _plain(first).startswith(stem) and len(first) > len(stem) + 1


def _plain(word: str) -> str:
    """Lower case without accents ("gökhan" -> "gokhan", "yıldız" -> "yildiz")."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
