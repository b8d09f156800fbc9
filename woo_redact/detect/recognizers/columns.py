"""Table columns known by their header, and lists that say what their items are.

The dates of a birth-date column; the numbers of a personnel-number column ("Pers.nr" over "104477").

An evacuation list, a registration list or a client overview prints a column
"Geboren", "Geb.datum" or "Geboortedatum"; read line by line, its cells are
dates without a label of their own. In a document with such a header, a full
date (dd-mm-yyyy) at least five years before the latest year the document
mentions is taken as a date of birth; the document's own dates (a letter's
date, a deadline) are recent and stay.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Document, Explanation, Word
from ..grammar import DUTCH_MONTHS, compiled, line_span
from ..headers import header_words_in, right_of_labels
from ..lexicons import Lexicons, load_lexicons
from ..model_names import plausible_model_name
from .column_heads import DATE_VALUE, _wrapped_heads, pipe_cells
from .column_heads import has_header as _has_header
from .column_heads import under_header as _under_header
from .structure import Candidate, name_like, strip_title

__all__ = [
    "birth_date_column", "name_column", "personnel_number_column", "phone_column",
]  # fmt: skip

_HEADER = compiled(
    r"(?im:^[^\n]{0,40}\b(?:geboren|geb\.\s?datum|geboortedatum|geb\.|date[ ]of[ ]birth|dob)(?![\p{L}])[^\n]{0,40}$)"
)
_DATE = compiled(
    r"(?<![\d-])(?:(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d{2})"
    # ... or written as ISO does ("1984-05-17", a security firm's staff list)
    r"|(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})"
    # ... or with the month's name ("14 maart 1979" in a licence's list of managers)
    rf"|(?P<wd>\d{{1,2}})[ \t\u00a0]+(?P<wm>(?i:{DUTCH_MONTHS}))[ \t\u00a0]+(?P<wy>(?:19|20)\d{{2}}))(?![\d-])"
)
_MONTHS = DUTCH_MONTHS.split("|")
_NAME_CELL_BEFORE = compiled(r"\p{Lu}\p{Ll}[\p{L}'’-]*[ \t|]+\Z")
_PROSE_BEFORE = compiled(r"(?<![\p{L}])\p{Ll}[\p{L}'’-]*[ \t]\Z")  # a word written small right before: a sentence
_YEAR = compiled(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# "Kübra Yıldız (11-09-1995)", "Dylan de Koning,\n13-02-2001": a date right after a person's name
_AFTER_NAME = compiled(
    r"(?<=\p{Lu}\p{Ll}+[ \t]*(?:\([ \t]*|,[ \t]*\n?[ \t]*))"
    # ("Wilhelmina Koolen (14-" / "09-1944)": broken over a line after a hyphen)
    r"(?<![\d-])\d{1,2}-[ \t]*\n?[ \t]*\d{1,2}-[ \t]*\n?[ \t]*(?P<y>(?:19|20)\d{2})(?![\d-])"
)


# a street and its house number after the date: "..., 14-06-2019, Lammenschansweg 40, Leiden"
_HOME_AFTER = compiled(
    r"[ \t]*,[ \t]*\n?[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+[\p{L}'’.-]+){0,3}[ \t]+\d{1,4}[a-zA-Z]?(?![\d-])"
)


def _after_names(text: str, latest: int) -> list[Candidate]:
    """Dates right after a name, years before the document's own: someone's date of birth."""
    out = []
    for m in _AFTER_NAME.finditer(text):
        # ("Index: Milan Visser, 14-06-2019, Lammenschansweg 40": a child's, the home address after it)
        home = _HOME_AFTER.match(text, m.end()) is not None
        if int(m.group("y")) <= latest - (2 if home else 12):
            why = "a date right after a name, years before the document's own dates"
            why += ", the home address after it" if home else ""
            out.append(
                Candidate(
                    m.start(), m.end(), "DATE_OF_BIRTH", Explanation("birth_date_column", 0.7, why, context=m.group())
                )
            )
    return out


def birth_date_column(doc: Document) -> list[Candidate]:
    """The dates of birth in a table with a birth-date column, and dates of birth right after a name."""
    text = doc.text
    latest = max((int(y.group()) for y in _YEAR.finditer(text)), default=0)
    # (every birth-date header word begins "geb" or is English's "birth", "DOB": without one no header, whole or
    # wrapped, is sought word by word)
    labelled = _GEB.search(text) is not None
    below = _under_header(doc, _HEADER_WORDS) if labelled else set()
    beside = _right_of_birth_labels(doc) if labelled else []
    beside += _birth_years(doc) if labelled else []
    if not _HEADER.search(text) and not below:
        return beside + _after_names(text, latest)
    out = []
    for m in _DATE.finditer(text):
        if m.group("wd"):
            day, month, year = m.group("wd"), str(_MONTHS.index(m.group("wm").lower()) + 1), m.group("wy")
        else:
            day, month, year = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else m.group("id", "im", "iy")
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            continue
        if m.group("wd") and _PROSE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # ("zoals gewijzigd bij wet van 12 juli 2012": a date in a sentence, the header's or not)
        # (a date with its month's name of the text's latest year: after a name's cell, "Anna de Wit | 23 november
        # 1990" in a list with no other date; not "Opgesteld door W. Sluijters-Maas, HR, 16 oktober 2025")
        named = m.group("wd") and _NAME_CELL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if m.start() in below and (m.group("d") or named or int(year) < latest):  # (an ISO date of this
            why = "a date in the column under a birth-date header"  # year: a letter's)
        elif int(year) <= latest - 5 and not m.group("wd"):  # ("bij wet van 12 juli 2012": a law's date)
            why = "a date in a document with a birth-date column, years before the document's own dates"
        else:
            continue  # a recent date elsewhere: the letter's own date, a deadline
        out.append(
            Candidate(
                m.start(), m.end(), "DATE_OF_BIRTH", Explanation("birth_date_column", 0.8, why, context=m.group())
            )
        )
    return out + beside + _after_names(text, latest)


def _birth_years(doc: Document) -> list[Candidate]:
    """The years in a table's birth-year column ("Geb.jaar" over "1997")."""
    below = _under_header(doc, _YEAR_HEADER_WORDS)
    out = []
    for m in _YEAR.finditer(doc.text) if below else ():
        if m.start() in below:
            why = "a year in the column under a birth-year header"
            out.append(Candidate(m.start(), m.end(), "DATE_OF_BIRTH", Explanation("birth_date_column", 0.8, why)))
    return out


def _right_of_birth_labels(doc: Document) -> list[Candidate]:
    """The date right of a "Geboren" label on its row, whatever the reading order ("Aanvrager" / "Rita ..." /
    "Geboren" / "Adres" ... "8 september 1956": a form's cells read one a line, the values after the labels)."""
    out = []
    for w in right_of_labels(doc, _HEADER_WORDS):
        m = DATE_VALUE.match(doc.text, w.start)
        if m:
            why = f"the date right of a birth-date label on its row ('{m.group()}')"
            out.append(Candidate(m.start(), m.end(), "DATE_OF_BIRTH", Explanation("birth_date_column", 0.8, why)))
    return out


_HEADER_WORDS = frozenset({"geboren", "geboortedatum", "geb.datum", "geb.", "geb", "birth", "dob"})
_GEB = compiled(r"(?i:geb|birth|dob)")
_YEAR_HEADER_WORDS = frozenset({"geb.jaar", "geboortejaar", "geb.jr", "geb.jr."})
_NUMBER_HEADERS = frozenset(
    {
        "pers.nr", "pers.nr.", "persnr", "personeelsnummer", "personeelsnr", "personeelsnr.", "medewerkernummer",
        "paspoortnummer", "paspoortnr", "paspoortnr.", "v-nummer", "vreemdelingennummer",
        "bsn", "burgerservicenummer", "id-nummer", "rijbewijsnummer", "big-nummer",
        "pasnummer", "pasnr", "pasnr.", "cliëntnummer", "clientnummer", "klantnummer", "relatienummer",
        "kandidaatnr", "kandidaatnr.", "kandidaatnummer", "examennummer",
        "patiëntnr", "patiëntnr.", "patientnr", "patientnr.", "patiëntnummer", "patientnummer", "pnr", "pnr.",
        "lidnummer", "polisnummer", "studentnummer", "leerlingnummer", "instructienummer", "diplomanummer",
        "certificaatnummer", "svh-diploma", "svh-nr", "svh-nr.", "bewonersnummer", "tolknummer", "rbtv-nummer",
        "v-nr", "v-nr.",
        "chauffeurskaart", "bestuurderskaart", "tachograafkaart", "documentnummer", "rijbewijsnr", "rijbewijsnr.",
        # a tenant's, a member's, a client's, a participant's number in a register's column
        "huurdernr", "huurdernr.", "huurdernummer", "huurdersnummer", "lidnr", "lidnr.", "klantnr", "klantnr.",
        "cliëntnr", "cliëntnr.", "clientnr", "clientnr.", "relatienr", "relatienr.", "deelnemersnummer",
        "deelnemernummer", "deelnemersnr", "deelnemersnr.",
        # an applicant's travel or identity document in a list of applicants
        "paspoort", "passport", "reisdocument", "identiteitsbewijs", "id-kaart", "legitimatie", "paspoort/id",
        "passport/id", "pieper", "boa-nr", "boa-nr.", "boanummer", "boa-pas", "boapas", "vrw.nr", "vrw.nr.",
        # a detainee's, an officer's, a foreign national's number
        "reg.nr", "reg.nr.", "regnr", "regnr.", "dienstnummer", "dienstnr", "dienstnr.",
        "stamnummer", "v-number", "v-no.",
        # a pupil's, a student's number in a school's or DUO's register
        "lln.nr", "lln.nr.", "llnr", "llnr.", "leerlingnr", "leerlingnr.", "studentnr", "studentnr.", "student-nr",
        "student-nr.", "studentnumber", "student number",
        # a complainant's number with a complaints desk ("Melder-ID" in an export of complainants)
        "melder-id", "melderid", "melder id", "meldernummer", "meldernr", "meldernr.",
        # a hunter's licence in a hunting association's list of members
        "jachtaktenummer", "jachtaktenr", "jachtaktenr.", "jachtakte",
        # a seafarer's identity document in a crew list ("Zeemansboek / SIRB")
        "zeemansboek", "zeemansboekje", "monsterboekje", "sirb", "id-document",
    }
)  # fmt: skip
# a service desk's ticket is no one's number: "CHG0031911", "INC0048213", "RITM0012345" in the next column
_NOT_A_TICKET = r"(?!(?:INC|CHG|REQ|RITM|PRB|TASK|SCTASK|CS)\d{6,}\Z)"
# a number that is one word: "P-00562190", "104477" (not a date, an amount, a year or a ticket)
# ("SVH 1128476"; a register's own code of letters and a few digits: "ZJS-0341" under "Deelnemersnr.")
# (a client's number with its scheme between: "PGB-J-4471", "BU-J-20418")
_WORD_NUMBER = compiled(
    r"\A"
    + _NOT_A_TICKET
    # (a volunteer's "V-2231")
    # (a roster's "W1187" under "Pers.nr": a letter or two and four digits; a small firm's "0002", zero-padded)
    + r"(?:(?:\p{Lu}{1,3}[- ]?)?\d{5,10}|\p{Lu}{1,4}-\d{3,4}|\p{Lu}{1,2}\d{4}|0\d{3}|\p{Lu}{2,4}-\p{Lu}{1,2}-\d{4,8})\Z"
)
# a prison officer's or a soldier's "P-nummer": beside a column of people only (a project's or a pile's "P-nr." too)
_P_HEADERS = frozenset({"p-nummer", "p-nr", "p-nr.", "pnummer"})
# a staff member's code: "MW1043" under "Medewerkercode"
_CODE_HEADERS = frozenset({"medewerkercode", "werknemercode", "personeelscode", "medewerker-id", "medewerkerid"})
_CELL_CODE = compiled(r"\A\p{Lu}{1,4}-?\d{3,6}(?![\p{L}\d])")
# "Kaartnummer" is a map sheet's number too: a driver's card only beside a column of drivers or holders
_CARD_HEADERS = frozenset({"kaartnummer", "kaartnr", "kaartnr."})
# ... as a roster's "Certificaat" holds its workers' personal certificates, of a scheme, a year and the holder's
# number ("DAV-19-88213"; a firm's "SC-540" or an ISO's is no person's)
_CERTIFICATE_HEADERS = frozenset({"certificaat", "persoonscertificaat", "certificaten"})
_PERSONAL_CERTIFICATE = compiled(r"\A\p{Lu}{2,4}-\d{2}-\d{4,6}\Z")
_HOLDER_HEADERS = frozenset({"chauffeur", "bestuurder", "kaarthouder", "houder", "naam", "medewerker", "werknemer"})
# (staff and callers, not a project's client or applicant: "P-nr. | Klant | Omschrijving")
_P_HOLDERS = _HOLDER_HEADERS | frozenset(
    {"beller", "functionaris", "ambtenaar", "personeelslid", "gedetineerde", "medewerkster", "deelnemer"}
)
# a cell's whole text: "104477", "HA-204511", "V 3104 8821", "EK4481920"
_CELL_NUMBER = compiled(
    r"\A(?=(?:[^\d\n]*\d){5})(?!\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\Z)(?!14[ \u00a0]?0\d{2,3}\Z)"
    + _NOT_A_TICKET
    + r"[A-Z]{0,3}[ -]?[A-Z0-9]*\d[\dA-Z -]{2,14}\Z"
)  # five digits at least; no date ("2023-03-14", "18-01") and no municipality's "14 038"


_POSTBUS_BEFORE = compiled(r"(?i:\bpostbus)[ \t]*\Z")


def _slashed(doc: Document, headers: frozenset[str]) -> frozenset[str]:
    """Header words that join one of ``headers`` and another with a slash ("Pers.nr./vrijw" over a column of
    civil servants' and volunteers' numbers)."""
    lows = {w.text.lower() for w in doc.words if "/" in w.text}
    return frozenset(low for low in lows if any(p in headers for p in low.split("/")))


def _words_under(doc: Document, under: set[int], done: set[int], shape: regex.Pattern[str]) -> Iterator[Word]:
    """The words that start under a header (``under``), are not taken yet (``done``, read as it grows) and have
    ``shape``."""
    return (w for w in doc.words if w.start in under and w.start not in done and shape.match(w.text))


def _word_number(w: Word, why: str) -> Candidate:
    """A personal number that is one word of a column."""
    expl = Explanation("personnel_number_column", 0.8, why, context=w.text)
    return Candidate(w.start, w.start + len(w.text), "PERSONAL_NUMBER", expl)


def personnel_number_column(doc: Document) -> list[Candidate]:
    """The numbers under a personal-number header ("Pers.nr", "Personeelsnummer", "Paspoortnummer",
    "V-nummer", "BSN") in its column: each points to one person."""
    why = "a number in the column under a personal-number header"
    text = doc.text
    out: list[Candidate] = []
    # a cell of its own: the number alone on its line ("Postbus 20901, 2500 EX" under a label is no cell)
    headers = _NUMBER_HEADERS | _CODE_HEADERS | (_CARD_HEADERS if _beside_holders(doc) else frozenset())
    headers |= _P_HEADERS if _beside_holders(doc, _P_HEADERS, _P_HOLDERS) or _p_wrapped(doc) else frozenset()
    headers |= _slashed(doc, headers)
    codes = _under_header(doc, _CODE_HEADERS) if _has_header(doc, _CODE_HEADERS) else set()
    for at, line_end in _cells_under(doc, headers):
        cell = text[at:line_end].strip()
        # (under a code header a shorter code too: "MW1043" under "Medewerkercode")
        cell = (_CELL_CODE.match(cell) or _CELL_NUMBER.match(cell) or [""])[0] if at in codes else cell
        if cell and (_CELL_NUMBER.match(cell) or _WORD_NUMBER.match(cell) or at in codes):
            expl = Explanation("personnel_number_column", 0.8, why, context=cell)
            out.append(Candidate(at, at + len(cell), "PERSONAL_NUMBER", expl))
    # a cell that does not begin its line ("Inês Figueiredo   P-00562190   Den Haag C."): a word under the header
    # that is a number by itself
    done = {c.start for c in out}
    words = headers - _CODE_HEADERS
    under = _under_header(doc, words) if _has_header(doc, words) else set()
    for w in _words_under(doc, under, done, _WORD_NUMBER):
        if not _POSTBUS_BEFORE.search(text, max(0, w.start - 12), w.start):
            # ("Postbus 90801" of a footer under "BSN" in a sentence above: an organisation's postbus)
            out.append(_word_number(w, why))
            done.add(w.start)
    if _has_header(doc, _CERTIFICATE_HEADERS) and _beside_holders(doc, _CERTIFICATE_HEADERS):
        certified = _under_header(doc, _CERTIFICATE_HEADERS)
        for w in _words_under(doc, certified, done, _PERSONAL_CERTIFICATE):
            out.append(_word_number(w, "a personal certificate in a roster's column"))
            done.add(w.start)
    # a form's row: the label's cell, then the value's on the same row ("Cliëntnummer   KBZ-20931"), whatever order the
    # text reads the cells in
    beside = "the number in the cell right of a personal-number label on its row"
    for w in right_of_labels(doc, _NUMBER_HEADERS):
        if w.start not in done and (_WORD_NUMBER.match(w.text) or _CELL_NUMBER.match(w.text)):
            expl = Explanation("personnel_number_column", 0.8, beside, context=w.text)
            out.append(Candidate(w.start, w.start + len(w.text), "PERSONAL_NUMBER", expl))
    return out


_PHONE_HEADERS = frozenset(
    {
        "toestel", "tst", "tst.", "doorkies", "doorkiesnummer", "tel", "tel.", "telefoon", "telefoonnummer",
        "telefoonnr", "telefoonnr.", "mobiel", "mobielnummer", "06-nummer", "gsm", "phone", "mobile",
    }
)  # fmt: skip
# a cell's whole text: an extension ("4491"), a local number ("717 4491"), a number in full ("+599 717 4491"); not a
# municipality's "14 010" or a service number (0800, 0900)
_CELL_PHONE = compiled(
    r"\A(?!\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\Z)(?!14[ \u00a0]?0\d{2,3}\Z|0[89]00)"
    r"(?:\+\d{1,3}[ \u00a0]?)?(?:\(0\)[ \u00a0]?)?\d[\d \u00a0-]{2,14}\d\Z"
)


def phone_column(doc: Document) -> list[Candidate]:
    """The numbers in a phone column ("Toestel", "Telefoon", "Mobiel") of a table whose header row has a column of
    people too ("Naam | Toestel | Paraaf"): each person's own line, an extension or a local number without an area
    code that the phone shapes do not read."""
    if not _has_header(doc, _PHONE_HEADERS) or not _has_header(doc, _NAME_HEADERS):
        return []
    people = header_words_in(doc, _NAME_HEADERS)
    heads = [
        h
        for h in header_words_in(doc, _PHONE_HEADERS)
        if any(p.box.page == h.box.page and abs(p.box.y0 - h.box.y0) < 2 for p in people)
    ]
    if not heads:
        return []
    why = "a number in the phone column of a table of people"
    text = doc.text
    out: list[Candidate] = []
    lex = load_lexicons()
    for at, line_end in _cells_under(doc, frozenset(h.text.rstrip(":").lower() for h in heads)):
        cell = text[at:line_end].strip()
        if _CELL_PHONE.match(cell) and 4 <= sum(c.isdigit() for c in cell) <= 13 and not _desk_row(doc, at, lex):
            out.append(
                Candidate(at, at + len(cell), "PHONE_NUMBER", Explanation("phone_column", 0.8, why, context=cell))
            )
    return out


# a desk's or an organisation's row: its number is theirs
_DESK_ROW = compiled(
    r"(?i:(?<![\p{L}])(?:\p{L}*desk|24[ ]?/[ ]?7|storings\p{L}*|meldkamer|klantenservice|receptie|secretariaat|"
    r"centrale|balie)(?![\p{L}]))"
)


def _desk_row(doc: Document, at: int, lex: Lexicons) -> bool:
    """The row of the cell at ``at`` names a desk or an organisation ("Servicedesk ICT | 015 260 28 28", "Kiesraad
    (helpdesk) | 070 426 72 66", "NordSign A/S, service desk 24/7 | +45 33 18 60 00"): its number is theirs, no
    one's own line."""
    cell = next((w for w in doc.words if w.start == at), None)
    if cell is None:
        return False
    row = [w for w in doc.words if w.box.page == cell.box.page and abs(w.box.y0 - cell.box.y0) < 2 and w is not cell]
    if _DESK_ROW.search(" ".join(w.text for w in row)):
        return True
    words = [w.text.strip("()[],:;") for w in row]
    return any(w.lower() in lex.organisation_words or lex.is_organisation(w) for w in words if w)


def _beside_holders(
    doc: Document, headers: frozenset[str] = _CARD_HEADERS, holders: frozenset[str] = _HOLDER_HEADERS
) -> bool:
    """A "Kaartnummer" (or another of ``headers``) header on the line of a header of people (``holders``:
    "Chauffeur", "Naam")."""
    cards = [w.box for w in header_words_in(doc, headers)]
    return any(w.box.page == b.page and abs(w.box.y0 - b.y0) < 2 for b in cards for w in header_words_in(doc, holders))


def _p_wrapped(doc: Document) -> bool:
    """A "P-nummer" header wrapped in its narrow cell ("P-numme" over "r"), its lower piece a line under a header of
    staff on the row above ("Naam")."""
    pieces = _wrapped_heads(doc, _P_HEADERS) if "numme" in doc.text.lower() else []
    holders = header_words_in(doc, _P_HOLDERS) if pieces else []
    return any(
        h.box.page == p.box.page and 0 <= h.box.y0 - p.box.y0 < 2.5 * max(p.size, 1.0) for p in pieces for h in holders
    )


def _cells_under(doc: Document, headers: frozenset[str]) -> list[tuple[int, int]]:
    """(start, line end) of each line in a header's column that begins with a word under that header."""
    below = _under_header(doc, headers)
    text = doc.text
    out: list[tuple[int, int]] = []
    done: set[int] = set()
    for w in doc.words:
        if w.start not in below:
            continue
        line_start, line_end = line_span(text, w.start)
        at = line_start + len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip())
        if at not in done and at == w.start:
            done.add(at)
            out.append((at, line_end))
    # ... and each cell of a table written with bars, its text's start and end ("| Molenweg 7, Gieterveen |")
    return out + [(a, b) for a, b in pipe_cells(doc, headers) if a not in done]


_NAME_HEADERS = frozenset(
    {
        "naam", "name", "medewerker", "deelnemer", "bezoeker",
        # the people a register or a planning is about: "Kind", "Leerling", "Cliënt", "Ouder/verzorger"
        "kind", "leerling", "cliënt", "client", "patiënt", "jeugdige", "klant", "aanvrager", "melder", "ouder",
        "verzorger", "ouder/verzorger", "mantelzorger", "bewoner", "huurder", "student",
    }
)  # fmt: skip
_BRACKETED = compiled(r"[ \t]*\([^()\n]*\)?[ \t]*\Z")  # "Marieke Groeneveld (Aedes)": the organisation after


def name_column(doc: Document) -> list[Candidate]:
    """The names in a table's name column ("Naam", "Medewerker", "Deelnemer", "Kind", "Cliënt" ...): a cell of
    its own under the header, shaped like a person's name (two to five name parts, no ordinary word, no
    organisation of the gazetteer), whatever the word lists know of its parts ("Deepika Raghavan"), in a
    column where most such cells begin with a known first name (a data model's "Naam" column of
    attribute names, a list of standards' names, is no list of people)."""
    lex = load_lexicons()
    text = doc.text
    cells: list[tuple[int, str]] = []
    for at, line_end in _cells_under(doc, _NAME_HEADERS):
        cell = _BRACKETED.sub("", text[at:line_end]).rstrip(" \t,;")
        start, end = strip_title(cell, at)  # "drs. Ellen Koenders": the title stays readable
        name = text[start:end]
        words = name.split()
        # "van Lohuizen", "den Hartog": the rest of a name wrapped in its cell, judged as the whole
        if not 2 <= len(words) <= 5 or not words[0][:1].isupper() or lex.is_organisation(name):
            continue
        if name_like(name, lex) and plausible_model_name(name):
            cells.append((start, name))
    # (a cell written surname first, "Bakker, Gerrit": its first name after the comma)
    known = sum(lex.is_first_name(name.split(",")[-1].split()[0].split("-")[0]) for _, name in cells)
    split = _split_name_columns(doc)
    if known < 2 or 2 * known < len(cells):
        return split
    why = "a name in the column under a name header, among known names"
    return split + [
        Candidate(s, s + len(n), "PERSON", Explanation("name_column", 0.8, why, context=n)) for s, n in cells
    ]


_GIVEN_HEADERS = frozenset({"voornaam", "voornamen", "roepnaam", "firstname"})
_SURNAME_HEADERS = frozenset({"naam", "achternaam", "familienaam", "surname", "lastname"})


_SURNAME_CELL = compiled(r"(?:\p{Lu}[\p{L}'’]+[ -])*\p{Lu}[\p{L}'’]+")


def _split_name_columns(doc: Document) -> list[Candidate]:
    """A table that gives the first name and the surname in columns of their own ("Voornaam | Naam | Email"):
    the cells of both, where most first-name cells hold a known first name."""
    if not _has_header(doc, _GIVEN_HEADERS):
        return []
    lex = load_lexicons()
    text = doc.text

    def cells(headers: frozenset[str]) -> list[tuple[int, str]]:
        out = []
        for at, line_end in _cells_under(doc, headers):
            cell = _BRACKETED.sub("", text[at:line_end]).rstrip(" \t,;")
            words = cell.split()
            shaped = 1 <= len(words) <= 4 and words[0][:1].isupper() and not any(ch.isdigit() for ch in cell)
            if shaped and not (lex.is_organisation(cell) or any(w.lower() in lex.organisation_words for w in words)):
                out.append((at, cell))
        return out

    given = cells(_GIVEN_HEADERS)
    known = sum(lex.is_first_name(c.split()[0].split("-")[0]) for _, c in given)
    if known < 2 or 2 * known < len(given):
        return []
    # (the surname column beside a column of known first names: a surname in capitals too, "WIŚNIEWSKI", "VAN DER
    # LINDEN", whatever the lists know of it)
    surnames = [(s, c) for s, c in cells(_SURNAME_HEADERS) if name_like(c, lex) or _SURNAME_CELL.fullmatch(c)]
    surnames = [(s, c) for s, c in surnames if c not in lex.acronyms]
    why = "a first name or a surname in a table that gives them in columns of their own"
    return [
        Candidate(s, s + len(c), "PERSON", Explanation("name_column", 0.8, why, context=c)) for s, c in given + surnames
    ]
