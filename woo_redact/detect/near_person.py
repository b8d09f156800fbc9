"""What stands right beside a redacted name and is that person's too: a code made of the name, a badge or
personnel number, a date of birth, a given name written after the surname. (Home addresses:
:mod:`.homes_of_persons`.)

A nickname the text equates with a redacted name ("Kiekie = Kerim Yılmaz") is theirs too, wherever it stands; the
short form of a first name someone is addressed by ("Mo, jij zet ...", "@Mo" of Mohamed) is in :mod:`.short_forms`,
their accounts are in :mod:`.accounts`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..model import Explanation
from .grammar import DUTCH_MONTHS, compiled, line_span, natural_order
from .lexicons import Lexicons, load_lexicons, organisation_ending, unshouted
from .merge import Merged

__all__ = [
    "aliases_of_persons",
    "birth_dates_after_persons",
    "codes_beside_persons",
    "given_names_after_persons",
    "numbers_after_persons",
]

# "Kiekie = Kerim Yılmaz", "'Kiekie' = Kerim Yılmaz": a nickname set equal to a name
_ALIAS_BEFORE = compiled(r"(?<![\p{L}])['‘’\"]?(?P<alias>\p{Lu}[\p{L}'’-]{1,20})['‘’\"]?[ \t]*=[ \t]*\Z")


# ... or gives in brackets after it: an artist's or a stage name ("Jurmaine Martina (alias jurmi)", "Shirin
# Ahmadi-Rostami (SHIRIN AR)", "Rami Al-Khatib (werkend als RAMI K.)")
_ALIAS_AFTER = compiled(
    r"[ \t]*\((?P<said>(?i:(?:werkend|optredend|bekend|publicerend)[ \t]+(?:als|onder)|alias|artiestennaam|"
    r"a\.k\.a\.)[ \t:]*)?(?P<alias>[\p{L}][\p{L}'’.-]{1,20}(?:[ \t][\p{L}][\p{L}'’.-]{0,20}){0,2})\)"
)


def _alias_after(text: str, p: Merged) -> str | None:
    """The artist's name in brackets right after the name ``p``: said to be one ("werkend als", "alias",
    "artiestennaam"), or capitals that begin with the name's first name ("(SHIRIN AR)"); a word in small letters
    alone is as often a function no list knows ("(burgerlid)", "(inrichtingsarts)") and is not taken."""
    m = _ALIAS_AFTER.match(text, p.end)
    if m is None or not text[p.start : p.end].split():
        return None
    alias = m.group("alias").strip()
    first = text[p.start : p.end].split()[0].upper()
    if m.group("said"):
        return alias
    if alias.isupper() and alias.split()[0] == first:
        return alias
    return None


def aliases_of_persons(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """A nickname the text equates with a redacted name ("Kiekie = Kerim Yılmaz") or gives in brackets after it
    ("Shirin Ahmadi-Rostami (SHIRIN AR)"), at every place it stands: it points to the same person."""
    lex = load_lexicons()
    out: list[Merged] = []
    seen: set[str] = set()
    for p in persons:
        after = _alias_after(text, p)
        if after is not None and after not in seen:
            seen.add(after)
            name = " ".join(text[p.start : p.end].split())
            why = f"the artist's or another name the text gives in brackets after the redacted name '{name}'"
            pattern = rf"(?<![\p{{L}}\d]){regex.escape(after)}(?![\p{{L}}\d])"
            out += _everywhere(text, pattern, taken, "PERSON", Explanation("alias_of_person", 0.7, why))
        m = _ALIAS_BEFORE.search(text, max(0, p.start - 30), p.start)
        if m is None or m.group("alias") in seen:
            continue
        alias = m.group("alias")
        if lex.is_ordinary_word(alias) or lex.is_non_person_word(alias) or alias in lex.places or alias in lex.acronyms:
            continue  # "Status = ...", "Locatie = ...": a label, no nickname
        seen.add(alias)
        name = " ".join(text[p.start : p.end].split())
        why = f"a nickname the text sets equal to the redacted name '{name}'"
        pattern = rf"(?<![\p{{L}}\d]){regex.escape(alias)}(?![\p{{L}}\d])"
        out += _everywhere(text, pattern, taken, "PERSON", Explanation("alias_of_person", 0.7, why))
    return out


# a code of capitals in its own cell right before or after a name on its row: "RBA  Roos Bakker", "Bo Nguyen   BNG"
# (or alone on the line before the name's: a table's cells read one a line, "KJA" / "Kevin Janga")
_CODE_BEFORE = compiled(r"(?m:^|(?<=[ \t]{2}|\t))[ \t]*(?P<code>\p{Lu}{2,4})(?:[ \t]+|[ \t]*\n[ \t]*)\Z")
# (also after the person's function: "S. Koolhoven, juridisch adviseur, SK")
_CODE_AFTER = compiled(
    r"(?:[ \t]*,[ \t]*\p{Ll}[\p{L} -]{2,30},)?[ \t]+(?P<code>\p{Lu}{2,4})(?=[ \t]{2}|\t|[ \t]*(?:\n|\Z))"
)
# ... or in brackets right after the name, the bracket's last item: "Marleen Verhoef (MVE)", "agent: Sanne (SBR04)",
# "Tamara (vestiging Leeuwarden, TDJ)"
_CODE_BRACKET = compiled(r"[ \t]*\((?:[^()\n]{1,40},[ \t]*)?(?P<code>\p{Lu}{2,4}\d{0,2})\)")


def _bracket_code_of(code: str, name: str) -> bool:
    """A code in brackets after a name is the person's when it is made of the name, or, after a first name
    alone, begins with its initial ("Tamara (TDJ)", "Sanne (SBR04)")."""
    words = natural_order(name).split()
    letters = code.rstrip("0123456789")
    return _code_of(letters, name) or (len(words) == 1 and letters[0] == words[0][0].upper())


def _code_of(code: str, name: str) -> bool:
    """The code is the name's: the first name's initial, then letters of the surname in their order, the first
    of them a surname word's first ("RBA" of Roos Bakker, "SEA" of Storm El Amrani, "BNG" of Bo Nguyen, "SK" of
    S. Koolhoven)."""
    parts = natural_order(name).split()
    words = [w for w in parts if w[:1].isalpha() and not w.endswith(".")]
    if len(words) == 1 and parts[0].endswith(".") and parts[0][:1].isalpha():
        words = [parts[0], *words]  # "S. Koolhoven": the first initial stands for the first name ("SK")
    if len(words) < 2 or code[0] != words[0][0].upper():
        return False
    sur = words[1:]
    if code[1] not in {w[0].upper() for w in sur}:
        return False
    letters = iter("".join(ch for w in sur for ch in w.upper() if ch.isalpha()))
    return all(ch in letters for ch in code[1:])  # (each letter found after the one before)


def codes_beside_persons(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """A code of capitals in the cell beside a redacted name on its row that is made of that name ("RBA" beside
    Roos Bakker in a leave planning's "Init." column), at every place it stands: the person's own short code."""
    lex = load_lexicons()
    out: list[Merged] = []
    seen: set[str] = set()
    for p in persons:
        name = " ".join(text[p.start : p.end].split())
        line_start, line_end = line_span(text, p.start)
        bracket = _CODE_BRACKET.match(text, p.end, line_end)
        for m in (
            _CODE_BEFORE.search(text, max(0, text.rfind("\n", 0, max(0, line_start - 1)) + 1), p.start),
            _CODE_AFTER.match(text, p.end, line_end),
            bracket,
        ):
            code = m.group("code") if m else ""
            if not code or code in seen or code in lex.acronyms or lex.is_organisation(code):
                continue
            if not (_bracket_code_of(code, name) if m is bracket else _code_of(code, name)):
                continue
            seen.add(code)
            why = (
                f"a code in brackets after the redacted name '{name}', made of its initials"
                if m is bracket
                else f"a code beside the redacted name '{name}' on its row, made of its initials"
            )
            pattern = rf"(?<![\p{{L}}\d]){code}(?![\p{{L}}\d])"
            out += _everywhere(text, pattern, taken, "PARAPH", Explanation("code_beside_person", 0.7, why))
    return out


def _inside(taken: Sequence[Merged], start: int, end: int) -> bool:
    """``start:end`` lies within a span already found."""
    return any(t.start <= start and end <= t.end for t in taken)


# the labels of a person's staff or service number, after the name in brackets or after its comma
_STAFF_LABELS = "personeelsnummer|dienstnummer|stamnummer"

# "R. Meijerink (BOA-4471)": a badge or personnel number in brackets right after the name
# ... also after the person's function or unit in the bracket: "ing. F. van 't Hek (inspecteur, nr. INS-4471)",
# "J. Dijkman (BOA, domein I, nummer 40217)"; a
# hunting licence's number with its province: "Hessel de Jong (JA-FR-0790014)"
_NUMBER_IN_BRACKETS = compiled(
    r"[ \t]*\((?:(?:\p{Ll}[\p{L} -]{2,30}|\p{Lu}{2,6}),[ \t]*){0,2}(?:(?i:nr|nummer|agent)\.?[ \t]*)?"
    r"(?P<nr>\p{Lu}{2,5}(?:-\p{Lu}{2,5})?(?:-?\d{3,7}|[ ](?!(?:19|20)\d{2}\))\d{4,7})|[1-9]\d{5,9}|[a-z]\d{6,8}"
    # (one capital, a hyphen and six digits or more: "Daan Oosterbroek (student-assistent, S-2290113)")
    r"|\p{Lu}-\d{6,8}"
    # (a foreign national's V-number as the IND groups it: "Samuel Tekle (2619 550 027)")
    r"|\d{4}[ ]\d{3}[ ]\d{3}"
    # (an internal extension of four digits, no year: "Bij ziekte melden bij R. Oudejans (4401)")
    r"|(?!(?:19|20)\d{2}\))[1-9]\d{3}(?=\))"
    # ("G. Dorgelo (nr. 40955)", "Ilse van Wijngaarden-Bos (KCC, agent 5531)": a shorter number after its label)
    r"|(?<=(?i:nr|nummer|agent)\.?[ \t]*)[1-9]\d{3,4})\)"
    # ... or after a number's own label: "Kevin Spanner (P-nummer 602417)", "MARTHA, Giandro (reg.nr. 26-0311)",
    # "E. Brouwer-Slot (BOA-nr. 211.034.872)", "Tamara Aksoy (registratienummer 211.078.119)", "(student no. 02315478)"
    r"|[ \t]*\((?!(?i:zaak|doss|kenm|ref|doc|art|blz|pag|huis|tel|fax))"  # (not a case's, a page's, a phone's)
    # (the person's function first: "ing. W.H. Ploeg (gecertificeerd inspecteur, RSTI-nummer 2219)")
    r"(?:\p{Ll}[\p{L} -]{2,30},[ \t]*)?"
    rf"(?i:\p{{L}}{{1,4}}[-.]?(?:nummer|nr|no)\.?|personeelsnr\.?|{_STAFF_LABELS}|(?:\p{{L}}{{1,4}}-)?registratienummer|"
    r"student[ \t]+(?:number|no\.?|nr\.?))"
    r"[ \t]*:?[ \t]*(?P<nr>\p{Lu}{0,3}[- ]?\d{2,8}(?:[- .]\d{2,7}){0,2})\)"
    # ... or the code the text gives the person with its word: "A. Smit-El Idrissi (code TZ-07)"
    r"|[ \t]*\((?i:code)[ \t]*:?[ \t]*(?P<nr>\p{Lu}{1,4}-?\d{1,6})\)"
)  # ... or with a space: "M. Veenstra (BOA 40117)" (not a year: "(VVD 2019)"); digits alone: "G. Meijerink (1877361)";
# a student number: "Lukas Brenninkmeijer (s4618201)"
# a badge or personnel code that ends the name's line ("BOSMAN, P. (GRO) ROB4781"), or a table's next cell on
# its own line under a name alone on its line ("Lars de Groot" / "BRD-311")
# (not a zero-padded document number of an inventory: "Wouter Ypma" / "VRO-005"; a police officer's "GH0412" is)
_CODE = r"(?P<nr>\p{Lu}{2,4}(?:-?[1-9]\d{2,4}(?:-\d{3,6})?|0\d{3,4}))(?=[ \t]*(?:\n|\Z))"
# ... also after the person's function: "hoofdagent M.A. Bakker, hoofdagent, AB7741"
_CODE_ENDING_LINE = compiled(
    rf"(?:[ \t]*\(\p{{Lu}}{{2,5}}\))?(?:[ \t]*,[ \t]*\p{{Ll}}[\p{{L}} -]{{2,30}},)?[ \t]+{_CODE}"
)
_CODE_BELOW = compiled(rf"[ \t]*\n[ \t]*{_CODE}")
# ... or that follows the name after a comma: "betreft Mohamed Amrani, P-207734;" (letters, a hyphen, five digits
# or more: a personnel number's shape, no year or page)
_CODE_AFTER_COMMA = compiled(
    r"[ \t]*,[ \t]*(?P<nr>\p{Lu}{1,4}-\d{5,8})(?![\w-])"
    # ... or after its label: "Sevda Yilmaz, ambtenaarnummer DOU-90236", "Bart Slaghekke, registratienummer AO-04880"
    # (or after a spaced dash: "Bas Kemper - dienstnummer HB-412"; the function between: "M. Hoogerwerf, hoofdagent,")
    r"|(?:[ \t]*(?:,|[ \t][-\u2013])[ \t]*(?:\p{Ll}[\p{L} -]{2,30},[ \t]*)?"
    # (a signature's function line under the name: "Lars Wennekes" / "toezichthouder milieu, BOA-nummer 18-30442")
    r"|[ \t]*\n[ \t]*\p{Ll}[\p{L} -]{2,50},[ \t]*)"
    rf"(?i:ambtena(?:a)?r(?:s)?nummer|(?:\p{{L}}{{2,5}}-)?regist(?:ratie|er)nummer|{_STAFF_LABELS}"
    # ... or a register's own label: "Koen Hollander, ETT-nummer ETT-NL-0734", "BIG-nummer 19023847501"
    # ("Annelies Pijpers-Vroom, BIG/KP-nummer KP 4410297": two registers' labels)
    r"|(?!kvk|btw|tel|fax|zaak|order|factuur)(?:\p{L}{2,5}/)?\p{L}{2,5}-nummer)"
    # ("T. Rouwenhorst, BOA-registratienummer 18-22731": two groups of digits)
    # ("ing. K.J. Vermeulen, registernummer NIVRE-5521": a register's five capitals)
    # (a unit's letters and three digits after its label: "dienstnummer HB-412")
    r"[ \t]*:?[ \t]*(?P<nr>\p{Lu}{1,5}(?:-\p{Lu}{2,3})?(?:-|[ ](?=\d{5}))?\d{4,8}|\p{Lu}{2,4}-\d{3}|\d{5,11}"
    r"|\d{2}-\d{4,6})(?![\w-])"
)

# a person's certificate or care provider's code after the name (a function between): "ing. Maarten Kooijman,
# persoonscertificaat DIA-nr. 2019-04417", "Nadia Boukhari, certificaat DIA-2017-03318", "dr. Meryem Çelik, huisarts
# AGB-code 01-058812", "M.J. Kamphuis" / "AGB-code 01-048213" (a year may begin it: a certificate's number, no
# dated reference)
_CERTIFICATE_AFTER = compiled(
    r"(?:[ \t]*,[ \t]*(?:\p{Ll}[\p{L} -]{2,30}?(?:,[ \t]*|[ \t]+))?|[ \t]*\n[ \t]*)"  # (or on the next line)
    r"(?i:(?:persoons)?certificaat(?:nummer)?|AGB-code)[ \t]*:?[ \t]*(?:\p{Lu}{2,5}-?(?:nr\.?|nummer)[ \t]*)?"
    r"(?P<nr>\p{Lu}{2,5}-\d{4}-\d{4,6}|\p{Lu}{2,4}-\d{5,8}|\d{4}-\d{4,6}|\d{2}-\d{6}|\d{8,12})(?![\w-])"
)
# ... or an officer's code after the name and function: "S. Oudejans, wijkagent, OON-48213"
_CODE_AFTER_FUNCTION = compiled(r"[ \t]*,[ \t]*\p{Ll}[\p{L} -]{2,30},[ \t]*(?P<nr>\p{Lu}{2,4}-\d{5,8})(?![\w-])")
# ... or in brackets with the enforcer's word: "K. Lammers (boa 4471)", and before the name: "boa 4486 (P. Ramdin)"
# (the word and the number together, as they are sought everywhere: a bare "4471" may be a postcode's digits)
_BOA_NUMBER = compiled(r"[ \t]*\((?P<nr>(?i:boa|handhaver|toezichthouder)[ \t]+\d{3,6})\)")
_BOA_AFTER = compiled(
    r"(?:[ \t,]+|[ \t]*\n[ \t]*)(?P<nr>(?i:boa)[ \t]+\d{3,6})(?![\w-])"
)  # "Kevin Lammers   boa 4471   P-20731"
_BOA_BEFORE = compiled(r"(?<![\p{L}])(?P<nr>(?i:boa)[ \t]+\d{3,6})[ \t]*\([ \t]*\Z")

# (a date is no phone: "J. Pietersen, 14-02-2026, BZ-20417", "Scholten 12500 01-03-2026")
_NOT_A_DATE = r"(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d))"
# ... or that ends a staff list's row after the person's phone: "Coördinator: R.J. Baalbergen, 06-1188 3390, MW-0041"
_CODE_AFTER_PHONE = compiled(
    rf"[ \t]*,[ \t]*{_NOT_A_DATE}(?:\+|00|0)\d[\d() -]{{7,17}}\d[ \t]*,[ \t]*"
    r"(?P<nr>\p{Lu}{1,4}-?\d{3,7})(?=[ \t]*(?:\n|\Z|[,;]))"
)
# ... or a roster's driver's or pass number between the name and the phone: "Henk-Willem Scholten 40233 06-22871460"
_NUMBER_BEFORE_PHONE = compiled(rf"[ \t]+(?P<nr>\d{{5,7}})[ \t]+(?=(?:\+31|0031|0)[ \t(]*\d){_NOT_A_DATE}")

# "ETZ-7718204 (Weterink)": a patient's or a client's code, the redacted name in brackets after it
_CODE_BEFORE_BRACKET = compiled(
    r"(?<![\w-])(?P<nr>\p{Lu}{2,5}-\d{5,8})[ \t]*\([ \t]*(?:(?i:mevrouw|mevr\.|mw\.|de[ \t]+heer|dhr\.)[ \t]+)?\Z"
)


_CITED = compiled(r"(?i:(?<![\p{L}])(?:van|door|volgens|zie|in|cf\.|vgl\.))[ \t]+\Z")
_DATED_REFERENCE = compiled(r"(?:^|[-/])(?:19|20)\d{2}[-/]\d")


def numbers_after_persons(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """A code of capitals and digits in brackets right after a redacted name ("R. Meijerink (BOA-4471)"), at
    the end of its line, after a comma ("Mohamed Amrani, P-207734"), or alone on the line under a name alone
    on its line: the person's badge or personnel number, at every place it stands."""
    out: list[Merged] = []
    for p in persons:
        m = _NUMBER_IN_BRACKETS.match(text, p.end) or _CODE_ENDING_LINE.match(text, p.end)
        m = m or _CODE_AFTER_COMMA.match(text, p.end) or _CODE_AFTER_PHONE.match(text, p.end)
        m = m or _NUMBER_BEFORE_PHONE.match(text, p.end)
        own_line = text[text.rfind("\n", 0, p.start) + 1 : p.start].strip() == ""
        m = m or (_CODE_BELOW.match(text, p.end) if own_line else None)
        m = m or _CODE_BEFORE_BRACKET.search(text, max(0, p.start - 40), p.start)
        m = (
            m
            or _CODE_AFTER_FUNCTION.match(text, p.end)
            or _BOA_NUMBER.match(text, p.end)
            or _BOA_AFTER.match(text, p.end)
        )
        m = m or _BOA_BEFORE.search(text, max(0, p.start - 16), p.start)
        certificate = None if m is not None else _CERTIFICATE_AFTER.match(text, p.end)
        if certificate is not None:
            m = certificate
        elif m is None or _DATED_REFERENCE.search(m.group("nr")):
            continue  # ("zienswijze mr. Ketelaar KV-2026-1877": the letter's reference, a year in it, no one's number)
        if _inside(taken, m.start("nr"), m.end("nr")):
            continue
        name = " ".join(text[p.start : p.end].split())
        why = f"the number '{m.group('nr')}' right after the redacted name '{name}': theirs"
        pattern = rf"(?<![\w-]){regex.escape(m.group('nr'))}(?![\w-])"
        out += _everywhere(
            text, pattern, [*taken, *out], "PERSONAL_NUMBER", Explanation("number_after_person", 0.7, why)
        )
    return out


# a register's "Bondar, Yuliia": the given name after a surname written first, in the same cell
_GIVEN_AFTER_COMMA = compiled(r",[ \u00a0]?(?P<given>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?)(?![\p{L}\d.@'’-])")


def given_names_after_persons(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """The given name after a redacted surname written first ("Bondar, Yuliia" where no list knows Yuliia): a
    capitalised word right after the comma that no list calls a word, a place, an organisation or a month."""
    lex = load_lexicons()
    out: list[Merged] = []
    for p in persons:
        if " " in text[p.start : p.end].strip():
            continue  # (a surname alone: "Vermeulen, Sandra" is found whole)
        m = _GIVEN_AFTER_COMMA.match(text, p.end)
        if m is None or _inside(taken, m.start("given"), m.end("given")):
            continue
        given = m.group("given")
        middle = _MIDDLE_THEN_GIVEN.match(text, m.start("given")) if given in ("Van", "Thi") else None
        if middle is not None:
            # "Nguyen, Van Thanh", "Pham, Thi Mai": a Vietnamese given name after its middle name, no particle
            why = f"the given name after the redacted surname '{text[p.start : p.end]}', written first"
            out.append(Merged(middle.start(), middle.end(), "PERSON", (Explanation("given_after_surname", 0.7, why),)))
            continue
        if _worded(given, lex) or given.lower() in lex.organisation_words or given in lex.acronyms:
            continue  # ("A. de Wit-Hamzaoui, ..., opgeleid via NOC*NSF": an acronym, no given name)
        why = f"the given name after the redacted surname '{text[p.start : p.end]}', written first"
        out.append(Merged(m.start("given"), m.end("given"), "PERSON", (Explanation("given_after_surname", 0.7, why),)))
    return out


_STREET_ENDS = ("dijk", "weg", "straat", "laan", "kade", "gracht", "singel", "plein", "dreef", "pad", "steeg", "hof")


def _worded(given: str, lex: Lexicons) -> bool:
    """A part of ``given`` (split at its hyphens) is a word, a place or a function's word, or ends like a street
    ("Oudshoorn, Lekdijk 188": the family's street): no given name."""
    return any(
        lex.is_ordinary_word(w)
        or w.lower() in lex.dutch_words
        or w in lex.places
        or lex.is_non_person_word(w)
        or (w.lower().endswith(_STREET_ENDS) and not lex.is_first_name(w))
        for w in given.split("-")
    )


def given_names_below_persons(
    text: str, persons: Sequence[Merged], taken: Sequence[Merged], below: Callable[[int], int | None]
) -> list[Merged]:
    """The given name a table cell wraps under a surname written first ("KHAN-VAN DER BERG," over "NADIA", the
    next cell's street read between them): the word right under the surname's first word, capitalised, that no
    list calls a word, a place or an organisation (``below``: :func:`~.lines.word_below` of the document)."""
    lex = load_lexicons()
    out: list[Merged] = []
    for p in persons:
        if not _COMMA_ENDS_CELL.match(text, p.end):
            continue
        at = below(p.start)
        word = _WORD_AT.match(text, at) if at is not None else None
        if word is None or _inside([*taken, *out], word.start(), word.end()):
            continue
        given = word.group()
        if _worded(unshouted(given), lex):
            continue
        why = f"the given name under the redacted surname '{text[p.start : p.end]}', written first, in its cell"
        out.append(Merged(word.start(), word.end(), "PERSON", (Explanation("given_after_surname", 0.7, why),)))
    return out


def surnames_before_given_names(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """The surname written first before a redacted given name ("Tjon-A-Joe, Marvin R.", "Van der Berg, Marvin"):
    the capitalised word (with its particles) right before the comma, that no list calls a word, a place, an
    organisation or a first name."""
    lex = load_lexicons()
    out: list[Merged] = []
    for p in persons:
        words = text[p.start : p.end].split()
        if not words or not lex.is_first_name(words[0].rstrip(",")) or "," in text[p.start : p.end]:
            continue
        if any(not _INITIAL.fullmatch(w) and not lex.is_first_name(w.split("-")[0]) for w in words[1:]):
            continue  # "de directeur Bedrijfsvoering, Marjolein Schuttevaer": a full name, no given names alone
        m = _SURNAME_BEFORE_COMMA.search(text, max(0, p.start - 60), p.start)
        if m is None or _inside([*taken, *out], m.start("sur"), m.end("sur")):
            continue
        head = m.group("head")
        parts = [w for w in head.split("-") if len(w) > 1]
        # (after particles the head is a surname whatever word it is: "Van der Berg"; a first name alone before the
        # comma is a list of given names: "Jan, Marvin en Piet")
        particled = m.group("sur") != head
        single = len(parts) == 1 and not particled  # (a double surname's parts may be words: "Tjon-A-Joe")
        if not parts or any(
            (single and (lex.is_ordinary_word(w) or w.lower() in lex.dutch_words))
            or w in lex.places
            or lex.is_non_person_word(w)
            or w.lower() in lex.organisation_words
            or organisation_ending(w.lower(), 6) is not None  # "mentor aan de Rijksakademie, Kwame ..."
            for w in parts
        ):
            continue
        if len(parts) == 1 and not particled and lex.is_first_name(head) and not lex.is_surname(head):
            continue
        why = f"the surname written before the redacted given name '{' '.join(words)}'"
        out.append(Merged(m.start("sur"), m.end("sur"), "PERSON", (Explanation("given_after_surname", 0.7, why),)))
    return out


# a surname (its particles, a capitalised head, hyphenated parts of one capital too: "Tjon-A-Joe") right before the
# comma and the given name: after a line's start, a cell's gap, a colon, a list's comma, a row's number
# ("SHV-0416 Tjon-A-Joe, Marvin R.") or "van"/"met"/"door"
_INITIAL = compiled(r"(?:\p{Lu}\.?){1,4}")  # "R.", "R.J.", "R"
_SURNAME_BEFORE_COMMA = compiled(
    r"(?:^|(?<=\n)|(?<=[ \t]{2})|(?<=[:;(])[ \t]*|(?<=,)[ \t]+|(?<=\d)[ \t]+|(?<=[ \t](?:van|met|door|aan|voor))[ \t]+)"
    r"(?P<sur>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|'t|[Ii]n|[Oo]p)[ \t]+)*"
    r"(?P<head>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]*)*))"
    r",[ \t]+\Z"
)
_MIDDLE_THEN_GIVEN = compiled(r"(?:Van|Thi)[ \u00a0]\p{Lu}\p{Ll}+(?![\p{L}\d.@'’-])")
_COMMA_ENDS_CELL = compiled(r",[ \t\u00a0]*(?:\n|\Z)")
_WORD_AT = compiled(r"\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?(?![\p{L}\d.@-])")


# "Noor Ramsaroep (12-03-2014)", "Yara Al-Khatib (geb. 11-05-2016)": a full date in brackets right after a name
# (the bracket may begin the next line: "Het gaat om Jayden" / "(14-03-2013), die ...")
_DATE_IN_BRACKETS = compiled(
    r"[ \t\u00a0]*\n?[ \t\u00a0]*\((?:(?i:geb\.|geboren|born|b\.)[ \t\u00a0]*)?"
    r"(?P<nr>\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}"
    # ("mijn zoon Daan (21 november 2016)")
    rf"|\d{{1,2}}[ \t\u00a0]+(?i:{DUTCH_MONTHS})[ \t\u00a0]+(?:19|20)\d{{2}}"
    # ... or the year alone, or the age: "Daan W. (2013)", "Daan (12 jaar)"
    r"|(?:19|20)\d{2}|\d{1,3}[ \t\u00a0]*(?i:jaar|jr\.?)(?:[ \t\u00a0]+oud)?)\)"
    # ... or after a comma, ending the line, a remark in brackets between: "Patrick van 't Hek (roepnaam Pat),
    # 14-09-1976"
    r"|(?:[ \t\u00a0]*\([^()\n]{1,30}\))?[ \t\u00a0]*,[ \t\u00a0]*(?P<nr>\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2})"
    r"(?=[ \t]*(?:\n|\Z))"
)


_YEAR = compiled(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def birth_dates_after_persons(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """A full date in brackets right after a redacted name, or after a comma ending the line: the person's date of
    birth ("Noor Ramsaroep (12-03-2014) en Storm Ramsaroep (30-08-2017)"), some years before the latest year the
    text names (a date of the text's own time is a mail's or a meeting's); the years of a life ("(1854-1929)") are
    no date."""
    out: list[Merged] = []
    latest = max((int(y) for y in _YEAR.findall(text)), default=0)
    for p in persons:
        m = _DATE_IN_BRACKETS.match(text, p.end)
        if m is None or _inside([*taken, *out], m.start("nr"), m.end("nr")):
            continue
        age = not m.group("nr")[-1].isdigit()
        if len(m.group("nr")) == 4 and _CITED.search(text, max(0, p.start - 30), p.start):
            continue  # "het rapport van Pieter Jansen (2019)": a publication's year, no one's birth
        if (
            not age
            and not m.group().lstrip(" \t\u00a0(").lower().startswith(("geb", "born", "b."))
            and (int(m.group("nr")[-4:]) > latest - 3)
        ):
            continue  # "Mail van Marloes Brink aan Hidde Ploeger (07-03-2023)": the mail's date, the text's own time
        name = " ".join(text[p.start : p.end].split())
        what = "an age" if age else "a date or year of birth"
        why = f"'{m.group('nr')}' in brackets right after the redacted name '{name}': {what}"
        out.append(Merged(m.start("nr"), m.end("nr"), "DATE_OF_BIRTH", (Explanation("date_after_person", 0.7, why),)))
    return out


def _everywhere(
    text: str, pattern: str, taken: Sequence[Merged], entity: str, explanation: Explanation
) -> list[Merged]:
    """A finding at every match of ``pattern`` in ``text`` that no span already found holds."""
    return [
        Merged(occ.start(), occ.end(), entity, (explanation,))
        for occ in compiled(pattern).finditer(text)
        if not _inside(taken, occ.start(), occ.end())
    ]
