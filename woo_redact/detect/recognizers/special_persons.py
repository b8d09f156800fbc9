"""Whose is a special category's term: the word in its sentence that says the sentence is about one person (an
honorific, a person's word in the singular, a pronoun, initials and a surname, a known first name), the sentence
before where this one goes on about the same person, or the name on the table row of a short cell.

Used by :mod:`.special_categories`; knows nothing of the term lists. A sentence is bounded by its stops and by
``_WINDOW`` characters either side of the term.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...model import Document
from ..grammar import CHAT_STAMP, LEGAL_FORM_INITIALS, compiled
from ..lexicons import BUILDING_KINDS, load_lexicons
from .initials_born import INITIALS_ONLY
from .special_columns import CELL_WORDS

__all__ = ["NEAR", "WORD", "Rows", "one_person", "row_person", "sentence"]

# one person, in the singular: the words that say a sentence is about someone (at most NEAR words from the term)
_PERSON_WORD = compiled(
    r"(?<![\p{L}\d-])(?:(?i:mevrouw|mevr\.|mw\.|de[ \t\n]+heer|dhr\.|meneer|cli[eë]nte?|klant|pati[eë]nte?|"
    r"bewoner|bewoonster|inwoner|inwoonster|huurder|huurster|aanvrager|aanvraagster|verzoeker|verzoekster|"
    r"bezwaarmaker|bezwaarmaakster|bezwaarde|benadeelde|belanghebbende|betrokkene|veteraan|slachtoffer|verdachte|eiser|eiseres|appellant|appellante|klager|"
    r"klaagster|indiener|indienster|indexpati[eë]nt|medewerker|medewerkster|werknemer|werkneemster|collega|leerling|zoon|dochter|"
    r"zoontje|dochtertje|jongste|oudste|moeder|vader|broer|zus|partner|echtgeno(?:ot|te)|buurman|buurvrouw|opa|oma|"
    r"schoonvader|schoonmoeder|schoonzoon|schoondochter|grootvader|grootmoeder|kleinzoon|kleindochter|oom|tante|"
    r"stiefvader|stiefmoeder|pleegkind|pleegzoon|pleegdochter|"
    r"applicant|candidate|employee|student|exploitant|eigenaar|eigenaresse|melder|aangever|aangeefster|"
    r"getuige|vreemdeling|asielzoeker|gedetineerde|jongere|jeugdige|minderjarige|jongen|meisje|bestuurder|"
    r"ervaringsdeskundige|\d{1,3}-jarige|de[ \t]+man|de[ \t]+vrouw|het[ \t]+kind|kind|"
    # (one in a role: "de machinist", "de conducteur", "deze journalist")
    r"(?:de|deze)[ \t\n]+\p{Ll}{3,}(?:ist|eur)|(?:een|de|deze)[ \t\n]+ouder|"
    # (a farmer by his farm: "de pluimveehouder", "de melkveehouder", "de akkerbouwer", "de bollenteler")
    r"(?:de|deze)[ \t\n]+(?:pluimvee|melkvee|rundvee|vee|varkens|geiten|schapen|paarden|kippen)houder|"
    r"(?:de|deze)[ \t\n]+(?:akkerbouwer|tuinder|boer|bollenteler|fruitteler|kweker)|"
    r"(?:haar|zijn|mijn|uw|hun)[ \t\n]+(?:man|vrouw|kind|baby)|hij|hem|haar|he|she|him|his|her))(?![\p{L}\d])"
)
# ... or the writer or the one addressed, right beside the term ("ik heb sinds zondag koorts", "heeft u een
# halfzijdige verlamming"); a letter says "u" of its requester in every sentence ("de door u genoemde periode")
_SPEAKER = compiled(r"(?<![\p{L}\d-])(?<!(?i:door)[ \t]+)(?i:u|uw|ik|mijn|mij|me|my)(?![\p{L}\d])")
# a name: initials and a surname ("R. Mahabali"), or a capitalised word the first names know (checked below)
_INITIALS_NAME = compiled(
    r"(?<![\p{L}.])(?:\p{Lu}\.[ \u00a0]?){1,4}[ \u00a0]?(?:\p{Ll}+[ \u00a0]){0,2}"
    r"(?!(?:De|Het|Een|In|Op)\b)\p{Lu}\p{Ll}+"
)
# "zijn islamitische geloof", "zijn alcoholgebruik": a possessive right before the term (one word between at most);
# "zij heeft", "zij vertelde": she, by her verb in the singular
_POSSESSIVE = compiled(r"(?<![\p{L}\d-])(?i:zijn|mijn|uw)[ \t\n]+(?:\p{L}+[ \t\n]+)?\Z")
# ("omdat zij van maart tot juni 2023 was opgenomen": the verb a few words on); "heer De Wit" (the "de" the line
# above ends on)
_SHE = compiled(
    r"(?<![\p{L}\d-])(?:(?i:zij|ze)(?:[ \t\n]+[\p{L}\d-]+){0,5}?[ \t\n]+(?i:heeft|had|is|was|kreeg|woont|woonde|"
    r"werd|vertelde|gaf|zei|meldde|verklaarde|gebruikt|gebruikte|lijdt|verblijft|verbleef|zit|zat|ligt|lag|werkt|"
    r"krijgt|ontvangt|ontving|volgt|volgde)|"
    r"heer(?=[ \t\n]+\p{Lu}))(?![\p{L}\d])"
)
_CAPITALISED = compiled(r"(?<![\p{L}\d])\p{Lu}\p{Ll}+(?![\p{L}\d])")
NEAR = 10  # words at most between a person's word or name and the term
_NEAR_SPEAKER = 3  # ... between "u", "ik" and the term
_NEAR_SUBJECT = 25  # ... where the sentence begins "U verblijft", "U heeft": its subject
# (a capital "U" begins a sentence, or the letter's first after its salutation: "Geachte heer X, U verblijft")
_YOU_FIRST = compiled(
    r"(?:^|(?<=[,.:;?!][ \t\n]*)|(?<=\n[ \t]*))(?<![\p{L}])U[ \t]+"
    r"(?:heeft|hebt|bent|was|verblijft|verbleef|woont|woonde|kreeg|krijgt|lijdt|ligt|lag|gebruikt|valt)\b"
)
_SPEAKER_HAS = compiled(
    r"(?<![\p{L}])(?i:(?:heeft|hebt|had|bent|was|ben|heb|kreeg)[ \t\n]+(?:u|ik)|(?:u|ik)[ \t\n]+"
    r"(?:heeft|hebt|had|bent|was|ben|heb|kreeg|lijd|lijdt))(?![\p{L}])"
)
WORD = compiled(r"\S+")
# where a sentence ends: ". ", "! ", "? " (not after an abbreviation or an initial), or a blank line
# (a word of one to three small letters before the stop is an abbreviation, "o.a.", "nr.", unless it is one of
# the short words a Dutch sentence ends on: "... dat zij lesbisch is.", "... het wordt opgepakt in.")
_SHORT_ENDS = (
    "is|in|op|af|uit|aan|er|om|tot|dat|nu|al|ook|was|met|van|toe|los|mee|bij|had|ben|heb|kan|wil|zal|gaf|zei|hem|"
    "hen|ons|u|je|me|ze|hij|zij|wij|nog|wel|wat|ja|nee|uur|dag|weg|mij|zo|fit|ok"
)
# ... and an honorific's or a title's abbreviation ends no sentence: "Mw. Gé Zuidema", "Dhr. Kaya", "Prof. Dr."
# ("regnr. 4730962)", "geb. 14-03-1971": a register's abbreviation, no sentence's end either)
_TITLE_STOPS = (
    r"Mw|Mevr|Dhr|Hr|Mr|Dr|Drs|Ir|Ing|Prof|Mej|Wed|Ds|St|Nr|Tel|Mrs|Ms|Regnr|Reg\.nr|Geb|Bijv|Incl|Excl|Resp|Zgn"
)
_PAGE_OF = r"(?i:pagina|page)[ \t]+\d+[ \t]+(?i:van|of)[ \t]+\d+"  # a running title's "pagina 1 van 2"
# (a quote may close the sentence: 'nodig heeft."')
_END = compiled(
    rf"(?<!(?<![\p{{L}}])(?:(?!(?:{_SHORT_ENDS})[.!?])\p{{Ll}}{{1,3}}|\p{{Lu}}|(?i:{_TITLE_STOPS})))[.!?][\"\u201d\u2019\u00bb]?(?=\s)"
    r"|\n[ \t]*\n"
    # a header's line begins: "Sitrap 1 - uitbraak mazelen" / "Opgesteld door Maarten Rijsdijk" are two units, and so
    # are an e-mail's "Van: Arie ..." and "Onderwerp: Mazelen op school"
    r"|\n(?=[ \t]*(?:(?:Datum|Opgesteld[ \t]+door|Kenmerk|Onderwerp|Betreft|Verzonden|Subject|Sent|Date|Bijlagen?)"
    r"(?![\p{L}])"
    r"|(?:Aan|Van|Cc|CC|Bcc|From|To)[ \t]*:"
    # ... and a chat's message ("[15-09 08:31] Floor: ...", "19-09-2026 20:14 - Hester: ...")
    rf"|{CHAT_STAMP}"
    # ... and a page's running title: "Schriftelijke vragen mazelen - pagina 1 van 1" names the document's subject
    rf"|[^\n]*{_PAGE_OF}[ \t]*(?:\n|\Z)))"
    # an enclosure's line and a page's running title are units of their own: "Bijlage: bereikbaarheid crisisteam
    # mazelen" / a table of names (not a mail's subject line: "Onderwerp: ziekmelding burn-out" / "Beste Marloes," is
    # about the one the mail is to)
    r"|(?<=(?:^|\n)[ \t]*Bijlagen?[ \t]*:[^\n]*)\n"
    rf"|(?<={_PAGE_OF}[ \t]*)\n"
)
_WINDOW = 300  # at most this far either side


def one_person(text: str, start: int, end: int) -> str | None:
    """The word near ``start:end``, in its sentence, that says the sentence is about one person, or None."""
    lo, hi = sentence(text, start, end)
    lex = load_lexicons()
    # (a sentence that begins with "U" and its verb is about the one addressed throughout: "U verblijft sinds ...
    # met het zorgprofiel VV-05"; not "Ik heb besloten dat in de door u genoemde periode ...")
    speaker = NEAR if _SPEAKER_HAS.search(text, lo, hi) else _NEAR_SPEAKER
    if _YOU_FIRST.search(text, lo, hi):
        speaker = _NEAR_SUBJECT
    before = _POSSESSIVE.search(text, max(lo, start - 40), start)
    if before is not None:
        return " ".join(before.group().split()[:1])
    field = _PERSONAL_FIELD.match(text, lo) or _PERSONAL_FIELD.match(text, text.rfind("\n", 0, start) + 1)
    if field is not None and field.end() <= start and "\n" not in text[field.end() : start]:
        return " ".join(field.group().split())  # "Diagnose: ASS en een depressieve episode": one person's field
    for pattern, near in (
        (_PERSON_WORD, NEAR),
        (_SHE, NEAR),
        (_SPEAKER, speaker),
        (_INITIALS_NAME, NEAR),
        (_CAPITALISED, NEAR),
    ):
        for m in pattern.finditer(text, lo, hi):
            if m.end() > start and m.start() < end:
                continue
            between = text[m.end() : start] if m.end() <= start else text[end : m.start()]
            # ("Mevrouw Hoogstraten woonde sinds 2022 op een psychogeriatrische afdeling in verband met de ziekte
            # van Alzheimer": the person the sentence begins with is its subject, however far the term)
            # (or a capital at a line's start, where a heading without a stop stands above: "1. Samenvatting" /
            # "Mevrouw Hoogstraten woonde ...")
            # (or after a label's colon: "Toelichting K-04: de heer Yıldız verbleef ... wegens een veroordeling")
            subject = pattern is not _SPEAKER and (
                _LEAD.fullmatch(text, lo, m.start()) is not None
                or (m.group()[:1].isupper() and _LINE_LEAD.search(text, max(lo, m.start() - 20), m.start()) is not None)
                or _COLON_LEAD.search(text, max(lo, m.start() - 4), m.start()) is not None
            )
            if len(WORD.findall(between)) > (_NEAR_SUBJECT if subject else near):
                continue
            word = m.group()
            if pattern is _CAPITALISED and (
                not lex.is_given_name(word) or word in lex.places or _after_organisation_word(text, m.start())
            ):
                continue
            return " ".join(word.split())
    # "U hebt blijvend zorg nodig. Dat komt door de ziekte van Parkinson": the sentence before speaks of the one
    # addressed, and this one goes on about it
    if _GOES_ON.match(text, lo) and lo > 0:
        plo, phi = sentence(text, lo - 1, lo - 1)
        if _YOU_FIRST.search(text, plo, phi):
            return "u"
    return _said_before(text, lo, hi)


def _said_before(text: str, lo: int, hi: int) -> str | None:
    """The person the sentence before speaks of, where this sentence (``lo:hi``) goes on in the same paragraph
    and speaks of no group: "Lotte B. verblijft in een gesloten instelling. Bekend met ADHD en een depressieve
    stoornis" (not after a blank line, not "Het aantal cliënten met ADHD stijgt")."""
    if lo == 0 or text[lo - 1] == "\n" or _GROUP.search(text, lo, hi):
        return None
    if "\n" in text[lo : lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())]:
        return None  # the sentence begins a line: a new paragraph, a row, a heading's text
    plo, phi = sentence(text, lo - 1, lo - 1)
    # (the sentence before read from its last line that no wrapped line leads into: "Besproken patiënten" / "a. De
    # heer J. ter Horst (regnr. 4730962). Psychotisch decompensatie bij bekende schizofrenie": a heading above it)
    for b in _BREAK.finditer(text, plo, phi):
        if not _WRAPPED.fullmatch(b.group()):
            plo = b.start() + b.group().index("\n") + 1
    if plo >= phi:
        return None
    for pattern in (_PERSON_WORD, _SHE, _INITIALS_NAME):
        m = pattern.search(text, plo, phi)
        if m is not None:
            return " ".join(m.group().split()) + " (the sentence before)"
    lex = load_lexicons()
    for m in _CAPITALISED.finditer(text, plo, phi):
        if lex.is_given_name(m.group()) and m.group() not in lex.places:
            return m.group() + " (the sentence before)"
    return None


# a line break inside running text: a small letter or a comma before it, a small letter or a digit after it
_BREAK = compiled(r".?[ \t]*\n[ \t]*.?")
_WRAPPED = compiled(r"[\p{Ll},][ \t]*\n[ \t]*[\p{Ll}\d]")
# a sentence about a group or a policy: its terms are no one's ("het aantal cliënten met dementie", "12 %")
_GROUP = compiled(
    r"(?<![\p{L}])(?i:aantal|cli[eë]nten|pati[eë]nten|mensen|inwoners|bewoners|jongeren|kinderen|gevallen|"
    r"landelijk|beleid|percentage|meeste|steeds|vaker|gemiddeld|iedereen|niemand|men)(?![\p{L}])|%"
)


# what may stand before a sentence's first word: a bullet, a number; a possessive ("Zijn zoon, Jesse Brouwer, ...")
_LEAD = compiled(r"[\s\d.)•*–-]*(?:(?i:zijn|haar|hun|mijn|uw|onze?)[ \t]+)?")
_LINE_LEAD = compiled(r"(?:^|\n)[ \t]*\Z")
_COLON_LEAD = compiled(r":[ \t]+\Z")
# a sentence that is a personal record's field: its label says whose the value is ("Diagnose: ASS", "Medicatie:
# methylfenidaat", "Geloofsovertuiging: ..."; a bullet or a number may stand before it); the value on its line
_PERSONAL_FIELD = compiled(
    r"[\s\d.)•*–-]*(?i:diagnoses?|diagnosis|werkdiagnose|medicatie|medication|medicijngebruik|"
    r"medische[ \t]+(?:voorgeschiedenis|gegevens|bijzonderheden|achtergrond|informatie)|ziektebeeld|"
    r"ziektegeschiedenis|allergie(?:ën|en)?|geloofsovertuiging|religie|levensovertuiging|strafblad|"
    r"justitiële[ \t]+(?:gegevens|documentatie|antecedenten)|antecedenten|strafrechtelijk[ \t]+verleden)[ \t]*:"
)
_GOES_ON = compiled(r"[ \t\n]*(?:Dat|Dit|Daardoor|Hierdoor|Daarom|Doordat|Ook)[ \t\n]")


# a cell that holds a person's initials alone ("L.B.", "D.v.E."): a register that keeps the name out
_INITIALS_CELL = compiled(rf"\A[ \t]*{INITIALS_ONLY}[ \t]*\Z")
# ... or initials alone beside a register's number in one cell ("JZ-0418872 L.B."); no firm's legal form ("B.V.")
_NOT_FIRM = rf"(?!{LEGAL_FORM_INITIALS}(?![\p{{L}}\d]))"
_INITIALS_WORD = compiled(rf"(?<![\p{{L}}\d.]){_NOT_FIRM}(?:{INITIALS_ONLY})(?![\p{{L}}\d])")
_ROW_CELL_WORDS = 12  # ... or, in a row of _ROW_CELLS segments or more, a register's remark
_ROW_CELLS = 3


class Rows:
    """A document's lines by their start in the text, and by page and top (made when a term first needs its row)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._starts: list[int] | None = None
        self._tops: dict[int, tuple[list[float], list[int]]] = {}

    def line_at(self, pos: int) -> int:
        """The index of the line that begins at or before ``pos``, or -1."""
        if self._starts is None:
            self._starts = [ln.start for ln in self.doc.lines]
            by_page: dict[int, list[tuple[float, int]]] = {}
            for j, ln in enumerate(self.doc.lines):
                by_page.setdefault(ln.box.page, []).append((ln.box.y1, j))
            for page, pairs in by_page.items():
                pairs.sort()
                self._tops[page] = ([y for y, _ in pairs], [j for _, j in pairs])
        return bisect_right(self._starts, pos) - 1

    def beside(self, k: int) -> list[int]:
        """The other lines whose top is within half a line's height of line ``k``'s, on its page."""
        a = self.doc.lines[k].box
        tol = 0.5 * max(a.y1 - a.y0, 1.0)
        tops, idx = self._tops[a.page]
        lo, hi = bisect_left(tops, a.y1 - tol), bisect_right(tops, a.y1 + tol)
        return sorted(j for j in idx[lo:hi] if j != k)


def row_person(doc: Document, start: int, rows: Rows) -> str | None:
    """A name or a person's word on the table row of the short cell line holding ``start`` ("5  Małgorzata
    Kowalczyk  NCN  PL  kosher meal": the text reads a row's cells one after the other, and the term's cell
    comes after the sentence of another cell), or None."""
    k = rows.line_at(start)
    if k < 0 or start >= doc.lines[k].end or doc.lines[k].n_words > _ROW_CELL_WORDS:
        return None
    beside = rows.beside(k)
    # (a register's remark of a dozen words in a row of many cells: "Slijpen en knallen na 20.00 uur; kan door
    # astma" beside the melder's "H. Plasmeijer"; beside one or two segments, a short line only: a sidebar's)
    if doc.lines[k].n_words > CELL_WORDS and len(beside) < _ROW_CELLS:
        return None
    lex = load_lexicons()
    for j in beside:
        ln = doc.lines[j]
        cell = doc.text[ln.start : ln.end]
        for pattern in (_PERSON_WORD, _INITIALS_NAME, _CAPITALISED, _INITIALS_CELL, _INITIALS_WORD):
            for m in pattern.finditer(cell):
                word = m.group()
                if pattern is _CAPITALISED and (not lex.is_given_name(word) or word in lex.places):
                    continue
                return " ".join(word.split())
    return None


_WORD_BEFORE = compiled(r"(?r)(\p{L}+)[ \t\u00a0]+\Z")
_SURNAME_NEXT = compiled(r"\p{Lu}\p{Ll}+[ \t\u00a0]+(?:(?:van|de|der|den|ter|ten)[ \t\u00a0]+)*\p{Lu}")


def _after_organisation_word(text: str, start: int) -> bool:
    """An organisation's word with its capital ("Stichting Anna Bosman") or a building's kind in small letters
    ("woonzorgcentrum Johanna Westerdijk") stands right before ``start``, and a surname follows the first name there:
    it begins a name of that kind, no person's (not "In de groep Daan heeft ADHD", "het team Noor is ziek")."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or not _SURNAME_NEXT.match(text, start):
        return False
    word = m.group(1)
    return word in BUILDING_KINDS or (word[:1].isupper() and word.lower() in load_lexicons().organisation_words)


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``start:end`` (at most ``_WINDOW`` characters either side)."""
    lo = max(0, start - _WINDOW)
    # (the stops that end before ``start``, each seen with the text after it: a line's lookahead reads the line)
    for stop in _END.finditer(text, lo, min(len(text), end + _WINDOW)):
        if stop.end() > start:
            break
        lo = stop.end()
    hi = min(len(text), end + _WINDOW)
    after = _END.search(text, end, hi)
    return lo, (after.start() if after is not None else hi)
