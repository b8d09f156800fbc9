"""The edges of a merged span: where a name or an address begins and ends once its candidates are merged.

A span is trimmed of the separators and the particles a cut left at its ends (:func:`trim_span`), parted at a
table's column gap (:func:`split_at_cells`), joined with the surname that starts the next line
(:func:`join_broken`), stripped of a trade name before it (:func:`strip_trade_name`) and of a header's label
(:func:`strip_header_label`), widened to the postcode after a street (:func:`with_postcode`) and to an unknown first
name before a found name (:func:`extend_left`).
Merging itself, and the boxes and ids of findings, are in :mod:`.merge`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Explanation
from .grammar import TITLE, compiled
from .lexicons import load_lexicons, organisation_ending
from .merge import Merged
from .model_names import NOUN_ENDINGS

PUBLIC_TITLE_WORDS = frozenset(
    {
        "minister",
        "staatssecretaris",
        "kamerlid",
        "burgemeester",
        "wethouder",
        "gedeputeerde",
        "commissaris",
        "premier",
        "gouverneur",
        "lid",
        "leden",
        "ministers",
        "staatssecretarissen",
        "kamerleden",
        "burgemeesters",
        "wethouders",
        "gedeputeerden",
        "commissarissen",
        "raadslid",
        "raadsleden",
        "statenlid",
        "statenleden",
        "senator",
        "senatoren",
        "fractievoorzitter",
        "dijkgraaf",
    }
)


def trim_span(text: str, m: Merged) -> Merged:
    """Without the spaces and separators a cut left at either end ("RUUD BRAND, " -> "RUUD BRAND")."""
    start, end = m.start, m.end
    while end > start and text[end - 1] in " \t\n\u00a0,;:":
        end -= 1
    while start < end and text[start] in " \t\n\u00a0,;:":
        start += 1
    # "luchtfoto’s van Vlaanderen": the plural's "’s" belongs to the word before, not to a name ("’s Gravensande")
    glued = _GLUED_S.match(text, start, end) if m.entity == "PERSON" and start and text[start - 1].isalpha() else None
    if glued:
        start = glued.end()
    # ("Ploeg, Hidde van der": the particles of a name written surname first do end it)
    person = m.entity == "PERSON" and "," not in text[start:end]
    particles = _TRAILING_PARTICLES.search(text, start, end) if person else None
    if particles and particles.start() > start:
        end = particles.start()  # "Annelies Poortman van de" cut at "Stationsweg 3-B": a name ends in no particle
    return m if (start, end) == (m.start, m.end) else Merged(start, end, m.entity, m.explanations)


_GLUED_S = compiled(r"[’']s[ \t\u00a0]+(?:(?:van|de|der|den|het)[ \t\u00a0]+)*")
_TRAILING_PARTICLES = compiled(r"(?:[ \t\n\u00a0]+(?:van|de|der|den|het|ter|ten|te|von|und|zu|en|op|aan|in|bij))+\Z")


# a piece of a name: a capitalised word that is no particle ("Van" of "staatssecretaris Van" | "Bas de Groot"
# is not one; "de Vries" of "Jan" | "de Vries" is)
_NAME_PIECE = compiled(r"(?<![\p{L}])(?!(?i:van|de|der|den|het|ter|ten|te|von)(?![\p{L}]))\p{Lu}[\p{L}'’.-]")


def split_at_cells(text: str, m: Merged, gaps: Sequence[tuple[int, int]]) -> list[Merged]:
    """A person span parted by a table's column gap (:func:`~.lines.cell_gaps`): its pieces on either side,
    each that holds a name's word. A name is written in one cell; "Jan" | "de Vries" in a first-name and a
    surname column are two pieces, both kept."""
    inside = [g for g in gaps if m.start < g[0] and g[1] < m.end] if m.entity == "PERSON" else []
    if not inside:
        return [m]
    bounds = [m.start, *(x for g in inside for x in g), m.end]
    out = []
    for s, e in zip(bounds[::2], bounds[1::2]):
        if _NAME_PIECE.search(text, s, e):
            out.append(Merged(s, e, m.entity, m.explanations))
    return out


_INITIALS_ONLY = compiled(r"(?:\p{Lu}\.[ ]?){1,5}")


def cut_to_cell(text: str, m: Merged, beside: Callable[[int, int], bool] | None = None) -> list[Merged]:
    """A person span over a line break whose wrapped table cell (its ``table_cell`` explanation) is an inverted name
    and holds only the initials of the span's first lines: those lines. "W.E." / "Heeckeren" where the cell is
    "SPRENKELS, W.E." and "Heeckeren" ends the next column's "Museum Van Heeckeren" (no surname follows a name's
    initials written after its comma); any other span stays whole ("Ter" / "Horst-Wiegman,", a cell's own lines).
    Also the lines before a line the cell does not hold that stands beside the span's first on the same row
    (``beside``, :func:`~.lines.beside_on_row`): "Marloes ter" / "Wmo-" where the cell is "Marloes ter Horst" and
    "Wmo-" begins the Functie column's "Wmo-consulent"."""
    cells = [e.context for e in m.explanations if e.detector == "table_cell" and e.context.strip()]
    if m.entity != "PERSON" or not cells or "\n" not in text[m.start : m.end]:
        return [m]
    if beside is not None and (cut := _cut_beside(text, m, cells, beside)) is not None:
        return [cut]
    letters = _letters_of(cells)
    pieces, pos = [], m.start
    for line in text[m.start : m.end].split("\n"):
        own = "".join(ch for ch in line.lower() if ch.isalpha())
        pieces.append((pos, pos + len(line), any(own in cell for cell in letters)))
        pos += len(line) + 1
    owned = [(s, e) for s, e, own in pieces if own and text[s:e].strip()]
    # only an inverted name's initials, which no surname follows ("SPRENKELS, W.E."); a cell no line agrees with,
    # or a column of first names ("Gea Harm Roelie Annemiek" beside "Harm" / "Roelie Zwiers-Hadders"), says nothing:
    # the span stays whole (fail closed)
    inverted = any("," in cell for cell in cells) and all(_INITIALS_ONLY.fullmatch(text[s:e].strip()) for s, e in owned)
    if not owned or not inverted or all(own for *_, own in pieces):
        return [m]
    # (only a line of one word is cut off; one of more, "Van 't Hul, J.", may be the next row's name in the same
    # column: kept, as a span of its own)
    return [
        Merged(s, e, m.entity, m.explanations)
        for s, e, own in pieces
        if text[s:e].strip() and (own or len(text[s:e].split()) > 1)
    ]


def _letters_of(cells: Sequence[str]) -> list[str]:
    """Each cell's letters in small letters (by their letters: a hyphen's break joins "Aarts-" / "van Beek" into the
    cell's "Aarts-van Beek")."""
    return ["".join(ch for ch in cell.lower() if ch.isalpha()) for cell in cells]


def _cut_beside(text: str, m: Merged, cells: Sequence[str], beside: Callable[[int, int], bool]) -> Merged | None:
    """The span's lines before the first that the cell does not hold and that stands beside its first line on the
    page's row (the row's next cell), where the lines before are the cell's; None where there is none."""
    letters = _letters_of(cells)
    pos, end = m.start, None
    for k, line in enumerate(text[m.start : m.end].split("\n")):
        own = "".join(ch for ch in line.lower() if ch.isalpha())
        if k and own and not any(own in cell for cell in letters) and beside(m.start, pos):
            end = pos
            break
        if own and not any(own in cell for cell in letters):
            return None  # (a line the cell does not hold, right under the name: the cell says nothing)
        pos += len(line) + 1
    if end is None:
        return None
    head = text[m.start : end].rstrip()
    return Merged(m.start, m.start + len(head), m.entity, m.explanations) if head.strip() else None


_PREV_TOKEN = compiled(r"(?<![\p{L}.'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \u00a0]+\Z")


_SMALL_LETTER = compiled(r"(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])")  # a word in small letters: running text
_ENTRY_AFTER = compiled(r"[ \t\u00a0]*,[ \t\u00a0]*(?:\p{Lu}\.|\p{Lu}\p{Ll})")


def join_broken(text: str, spans: Sequence[Merged]) -> list[Merged]:
    """A first name that ends its line and the surname that starts the next are one name ("Judith" +
    "Polderman (commissiegriffier)", "de heer Stijn" + "Kroon (Aalsmeerderdijk 402)"): a found surname
    span there, or a capitalised word that is no ordinary word or place, followed by a bracket, a comma
    or a lower-case word."""
    lex = load_lexicons()
    by_start = {m.start: m for m in spans if m.entity == "PERSON"}
    out: list[Merged] = []
    used: set[int] = set()
    for m in sorted(spans, key=lambda x: x.start):
        if m.start in used:
            continue
        words = text[m.start : m.end].split()
        tail = _LINE_TAIL.match(text, m.end)
        # given names only ("tolk Gul Ahmad" / "Stanikzai (Dari)"): the surname is on the next line, a word no
        # span begins with ("Ronald Vos" / "Ayoub ..." are two people)
        given_only = len(words) in (2, 3) and all(lex.is_first_name(w) for w in words)
        # "Jannie Kampman-ter" / "Horst": a double surname's particle ends the line, its surname (a place's name
        # too) starts the next
        particle_end = bool(words) and "-" in words[-1] and words[-1].rsplit("-", 1)[1] in _SURNAME_PREFIXES
        # "Mr Yerlan" / "Dzhaksybekov, and ...": a courtesy title and a given name no list knows as a surname
        titled_given = (
            len(words) == 2 and bool(_COURTESY.fullmatch(words[0])) and not lex.is_surname(words[1].rstrip(","))
        )
        broken = (
            particle_end
            or titled_given
            or bool(words)
            and (
                (len(words) == 1 and lex.is_first_name(words[0]))
                # "dr. A.P." + "Çelik" (not "Verbeke, C.": a name written surname first ends at its initials)
                or (
                    bool(_INITIALS_END.match(words[-1]))
                    and not (len(words) > 1 and words[-2].endswith(",") and words[-2][:1].isupper())
                )
                or (len(words) == 2 and lex.is_first_name(words[0]) and words[1].lower() in _SURNAME_PREFIXES)
                or given_only
            )
        )
        if m.entity != "PERSON" or not broken or not tail or _LABEL_LINE.match(text, tail.end()):
            out.append(m)  # (the next line a label's: "Hoekstra-Dijk, Marjan" over "Optionele deelnemers: ...")
            continue
        nxt = by_start.get(tail.end())
        nxt_words = text[nxt.start : nxt.end].split() if nxt is not None else []
        # (a found surname alone goes on the name: "Ruth Abena" / "Asante", a batch's copy of "Asante")
        # (in running text only: a column of surnames "Da Silva Santos" / "Al-Masri" is two people; nor a list's
        # next entry written surname first: "Kees" / "Tromp, S.M.")
        line_start = text.rfind("\n", 0, m.start) + 1
        running = bool(_SMALL_LETTER.search(text, line_start, m.start))
        entry = nxt is not None and bool(_ENTRY_AFTER.match(text, nxt.end))
        alone = len(nxt_words) == 1 and not lex.is_first_name(nxt_words[0]) and running and not entry
        if given_only and nxt is not None and not alone:
            out.append(m)
            continue
        if len(nxt_words) >= 2 and lex.is_first_name(nxt_words[0]) and not lex.is_surname(nxt_words[0]):
            out.append(m)  # "Maarten" / "Femke Haverkamp | Senior policy officer": a signature, then another name
            continue
        head = (text[nxt.start : nxt.end].split() or [""])[0].lower() if nxt is not None else ""
        if nxt is not None and head in PUBLIC_TITLE_WORDS:
            out.append(m)  # "Sanne" / "Dijkgraaf Patrick van der Broeck is ...": a chat's speaker, then a title
            continue
        if nxt is not None:
            used.add(nxt.start)
            out.append(Merged(m.start, nxt.end, m.entity, m.explanations + nxt.explanations))
            continue
        word = _SURNAME_START.match(text, tail.end())
        w = word.group("w") if word else ""
        dictionary = w.lower() in lex.dutch_words and w not in lex.surnames  # "Hoi Sanne" / "Goedemorgen allemaal"
        # (nor a street's or an organisation's word after given names: "Gábor Péter" / "Laan van Meerdervoort";
        # after a particle it is the surname: "Jan van" / "Laan")
        dictionary = dictionary or (w.lower() in lex.organisation_words and words[-1].lower() not in _SURNAME_PREFIXES)
        plain = not lex.is_ordinary_word(w) and w not in lex.places and not lex.is_first_name(w) and not dictionary
        if word and (plain or particle_end):
            why = f"the surname '{w}' at the start of the next line: the name was broken over the line"
            out.append(
                Merged(m.start, word.end("w"), m.entity, m.explanations + (Explanation("name_extension", 0.6, why),))
            )
        else:
            out.append(m)
    return out


_COURTESY = compiled(r"(?i:mr|mrs|ms|miss|sr|sra|mme|herrn?|frau|señor|señora|monsieur|madame)\.?")
_LABEL_LINE = compiled(r"\p{Lu}[\p{L}]*(?:[ \t]+[\p{L}]+){0,3}[ \t]*:")
_INITIALS_END = compiled(r"^(?:\p{Lu}\.){1,4}$")
# the first word of a surname of two ("Bram Oude" + "Maatman", "Jan Groot" + "Wassink")
_SURNAME_PREFIXES = frozenset(
    "oude olde groot grote klein kleine lange korte nieuwe jonge hoge ter ten te van de den der in op".split()
)
_LINE_TAIL = compiled(r"[ \t\u00a0]*\n[ \t\u00a0]*")
_SURNAME_START = compiled(
    r"(?P<w>(?:(?:van|de|der|den|ten|ter|'t|’t)[ \t]+)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*)"
    r"(?=[ \t]*[(,]|[ \t]+\p{Ll})"
)


def strip_trade_name(text: str, m: Merged) -> Merged:
    """ "Stukadoorsbedrijf Kocak", "Rietdekkersbedrijf Jan Hendriks", "Maatschap Van Ginkel": a name span that
    begins with a trade name or a legal form keeps only the name after it (judged on its own: perhaps the owner's,
    see ``evidence``)."""
    if m.entity != "PERSON":
        return m
    head = _TRADE_HEAD.match(text, m.start, m.end)
    if not head:
        return m
    if organisation_ending(head.group("w").lower(), 6) is None and head.group("w") not in _PARTNERSHIP_WORDS:
        return m
    return Merged(head.end(), m.end, m.entity, m.explanations)


# "Maatschap Van Ginkel-Hardeman", "Firma Jansen": the legal form before the partners' name stays readable
_PARTNERSHIP_WORDS = frozenset({"Maatschap", "Firma", "Eenmanszaak", "Vennootschap"})
_TRADE_HEAD = compiled(r"(?P<w>\p{Lu}\p{Ll}{5,})[ \t\u00a0]+(?=\p{Lu})")


# ("Amsterdamsestraatweg 412bis (3551 CV)": in brackets too)
# ("Spijkerstraat 201-III, 6828 DJ": after the floor's numeral the number's end did not take in)
_POSTCODE_AFTER = compiled(
    r"(?:-I{1,3}(?![\p{L}\d]))?"
    r"[ \t\u00a0]*,?[ \t\u00a0]*\n?[ \t\u00a0]*\(?[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\d])"
)
# "Rembrandtkade 8 te Apeldoorn (7313 AB)": the place between, readable, the postcode in brackets after it
_PLACE_THEN_POSTCODE = compiled(
    r"[ \t\u00a0]+(?:te|in)[ \t\u00a0]+\p{Lu}[\p{L}'’-]+(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]+)?[ \t\u00a0]*\("
    r"(?P<pc>[1-9]\d{3}[ \u00a0]?[A-Z]{2})\)"
)


def with_postcode(text: str, m: Merged) -> list[Merged]:
    """A street and number that is redacted takes in the postcode right after it ("Achterweg 4a, 3263
    KP"): with the street it is the same address, and alone it narrows the house down to a few. A postcode in
    brackets after the place ("Rembrandtkade 8 te Apeldoorn (7313 AB)") is reported apart: the place stays."""
    if m.entity != "ADDRESS" or not any(ch.isdigit() for ch in text[m.start : m.end]):
        return [m]
    pc = _POSTCODE_AFTER.match(text, m.end)
    if pc:
        reason = f"the postcode '{pc.group().strip(' ,')}' right after the street and number"
        expl = m.explanations + (Explanation("address_postcode", m.score, reason),)
        return [Merged(m.start, pc.end(), m.entity, expl)]
    later = _PLACE_THEN_POSTCODE.match(text, m.end)
    if not later:
        return [m]
    reason = f"the postcode '{later.group('pc')}' in brackets after the street, number and place"
    expl = (Explanation("address_postcode", m.score, reason),)
    return [m, Merged(later.start("pc"), later.end("pc"), m.entity, expl)]


def noun_like(word: str) -> bool:
    """A word with a noun's ending ("Woningbouwregeling"); "-ing" only on a Dutch verb's stem, for
    "Xiaoling", "Meiling" end so too."""
    low = word.lower()
    if not low.endswith(NOUN_ENDINGS):
        return False
    if not low.endswith(("ing", "ingen")):
        return True
    stem = low[: -3 if low.endswith("ing") else -5]
    lex = load_lexicons()
    if any(w in lex.dutch_words or lex.is_compound_word(w) for w in (stem, stem + "en", stem + "n")):
        return True
    tail = low[: len(low) - 2] if low.endswith("ingen") else low  # "Woningbouwregeling": ends in "regeling"
    return any(tail[i:] in lex.dutch_words for i in range(1, len(tail) - 5))


_SENTENCE_START = compiled(r"(?:\A|[.!?:]\s+|\n[ \t]*|\]\s*)\Z")  # where a sentence or a line begins


# a header's label without its colon at a line's start ("Van Yusuf Demirtas" / "Aan Jasper Noordermeer")
_HEADER_WORDS = frozenset({"Van", "Aan", "Cc", "CC", "Bcc", "BCC", "From", "To"})
_HEADER_LABEL = compiled(rf"(?:{'|'.join(sorted(_HEADER_WORDS))})[ \t\u00a0]+")
_LINE_START = compiled(r"(?:\A|\n)[ \t]*\Z")


def strip_header_label(text: str, m: Merged) -> Merged:
    """Without a header's label that opens the name's line and stands before a known first name and a surname
    ("Van Yusuf Demirtas" under "Aan AGS VRR": the sender's field, no surname "Van Yusuf")."""
    label = _HEADER_LABEL.match(text, m.start, m.end) if m.entity == "PERSON" else None
    if label is None or not _LINE_START.search(text, max(0, m.start - 20), m.start):
        return m
    rest = text[label.end() : m.end].split()
    if len(rest) < 2 or not load_lexicons().is_first_name(rest[0]) or not rest[1][:1].isupper():
        return m
    return Merged(label.end(), m.end, m.entity, m.explanations)


def extend_left(text: str, m: Merged) -> Merged:
    """Take in an unknown first name directly before a found name ("Yohanes Sitompul").

    Only a capitalised word that is no ordinary word, title, function,
    place, honorific or public title, on the same line.
    """
    if m.entity != "PERSON":
        return m
    prev = _PREV_TOKEN.search(text[max(0, m.start - 40) : m.start])
    if not prev or " ".join(text[m.start : m.end].split()) in load_lexicons().places:
        return m
    word = prev.group(1)
    word_start = m.start - len(prev.group(0))
    if word[-1:] in "'’\"”":
        return m  # "'New Horizon' Anne Frankplein": a quoted name ends before it
    lex = load_lexicons()
    first_name = word in lex.first_names  # "Mei Zhang": a first name, even if also a month or a word
    tokens = text[m.start : m.end].split()
    has_first = len(tokens) >= 2 and tokens[0] in lex.first_names  # "Gerrit Wijk": first name and surname
    # "Chemours M. van der Loeff": initials stand for the given names; only a known first name goes before them
    initialled = bool(tokens) and compiled(r"^(?:\p{Lu}\.)+$").match(tokens[0]) is not None
    if (
        (has_first and not first_name)  # "Agrariër Gerrit Wijk": the name has its first name already
        or (initialled and not first_name)
        or (lex.is_ordinary_word(word) and not (first_name and m.end - m.start > 2))
        # "Kan Oksana ze ...", "Bel Semhar": a word that is also a name, before a lone first name, is the word
        or (
            len(tokens) == 1
            and word in lex.ambiguous
            and _SENTENCE_START.search(text, max(0, word_start - 8), word_start)
        )
        or lex.is_non_person_word(word)
        or (word.upper() in lex.acronyms and not first_name)  # "Btw Wim van de trapliften belt"
        or (word in _HEADER_WORDS and _LINE_START.search(text, max(0, word_start - 20), word_start) is not None)
        or word in lex.places
        or word in lex.honorifics
        or word.lower() in lex.organisation_words
        or any(word.lower().endswith(o) for o in lex.organisation_words if len(o) >= 6)  # "Bouwbedrijf Van Dam"
        or compiled(rf"^(?:{TITLE})$").match(word)
        or word.lower() in PUBLIC_TITLE_WORDS
        or any(part.lower() in PUBLIC_TITLE_WORDS for part in word.split("-"))  # "Oud-Kamerlid"
        or lex.is_compound_word(word)  # "Bezoekadres Johan", "Energietransitie Saba"
        or (word.lower() in lex.dutch_words and not first_name and word not in lex.surnames)  # "Goedemorgen Said"
        or (word not in lex.first_names and noun_like(word))
    ):
        return m
    start = word_start
    reason = f"capitalised word '{word}' directly before the name: taken as its first name"
    best = max(e.score for e in m.explanations)
    return Merged(start, m.end, m.entity, m.explanations + (Explanation("name_extension", best, reason),))


def split_at_known(text: str, m: Merged, known: frozenset[str]) -> list[Merged]:
    """A person span that is two names the document also writes apart, one after the other ("Sanne Hofstede Piet
    Remmelink" under the two signatures of council questions whose heading names "raadslid Sanne Hofstede" and
    "raadslid Piet Remmelink"): the two names, each judged as itself."""
    if m.entity != "PERSON":
        return [m]
    words = list(compiled(r"\S+").finditer(text, m.start, m.end))
    for k in range(2, len(words) - 1):
        left = " ".join(w.group() for w in words[:k])
        right = " ".join(w.group() for w in words[k:])
        if left in known and right in known:
            return [
                Merged(m.start, words[k - 1].end(), m.entity, m.explanations),
                Merged(words[k].start(), m.end, m.entity, m.explanations),
            ]
    return [m]
