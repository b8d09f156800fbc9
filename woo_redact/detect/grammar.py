"""Regular-expression building blocks for Dutch personal names.

A name is built of: an optional courtesy or academic title (not part of the
redacted span), initials, first names, tussenvoegsels and capitalised surname
parts, possibly double-barrelled with a hyphen (``Jansen-Öztürk``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import lru_cache

import regex

from .lexicons import load_lexicons
from .pattern_cache import compile_pattern

# A capitalised name part: Öztürk, O'Neill, El-Amrani, d'Ancona is handled by tussenvoegsels.
# A capitalised name part, not the first half of a compound ("Witt-gymnasium"); "Nowak-de Jong" is.
_NOT_COMPOUND = r"(?!\p{L}|-(?!(?:van|de|der|den|ter|ten|te|het|la|le|el|al)\s)\p{Ll})"
# (a capitalised particle after the hyphen begins the second surname, read by surname(): "Smit-El Idrissi",
# "Smit-Van Dam")
NAME_PART = (
    r"\p{Lu}[\p{Ll}\p{Lu}'’]*\p{Ll}[\p{Ll}'’]*"
    r"(?:-(?!(?:El|Al|Van|De|Der|Den|Ter|Ten)[ \u00a0]\p{Lu})\p{Lu}[\p{Ll}'’]+)*" + _NOT_COMPOUND
)
# the functions that serve an area, named after it: "wijkagent Bergeijk", "buurtregisseur Stadshaven"
BEAT_FUNCTIONS = r"(?i:wijkagent|buurtregisseur|wijkregisseur|handhaver|boa)"
# academic degrees written before a name, none or several: "mr. drs. C. Bijl" (not part of the redacted span)
DEGREES = r"(?:(?i:drs|dr|mr|ir|ing|prof)\.[ \t]*)*"
# a greeting, a wish or thanks before someone's name ("Welkom Lies!", "Dank je Mo.", "Groet Lot"), an alternation
GREETINGS = (
    r"welkom|dank(?:[ \t]+je)?|bedankt|hoi|hi|hey|hallo|beterschap|sterkte|succes|gefeliciteerd|groet(?:en|jes)?"
)
# Initials: J. / J.P. / J.P.M. / Th. / IJ.
INITIALS = r"(?:(?:IJ|Th|Chr|Ph|\p{Lu})\.(?:-(?=\p{Lu}\.)|[\s\u00a0])?){1,5}"  # ("J.-P.": Jean-Pierre)
# a name someone goes by, in brackets or quotes inside their name: "(Gerrit-Jan)", "'Piet'" (a roepnaam
# after the initials: "W.H.M. (Wim) Verstappen")
_GOES_BY = (
    r"\(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*\)"
    r"|['‘\"“]\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*['’\"”](?![\p{L}])"
)
# ... or in capitals after a written first name only ("Jeroen (JJ) van Kampen"): after initials "(VWS)" is the
# organisation of a list's entry ("RAMDIN-SOEKHLAL, A. (VWS) Kuipers (minister VWS)")
# (or the initials in brackets after the name the person goes by: "juf Anouk (A.M.) van der Kamp")
NICKNAME = rf"(?:{_GOES_BY}|\(\p{{Lu}}{{2,3}}\)|\((?:\p{{Lu}}\.){{1,4}}\))"
ROEPNAAM = rf"(?:(?:{_GOES_BY})[ \t\u00a0]+)?"
# the words that greet someone by name: "Hoi Sanne,", "Beste Rakesh," (speakers' salutations, propagation's
# people greeted)
GREETING_WORDS = r"hoi|hallo|hey|hi|beste|lieve|dag|goedemorgen|goedemiddag|goedenavond|dank|bedankt|thanks|merci|thx"
# the words that close a message before its writer's name or initials: "Groet, JvdB", "Kind regards,\nRJ"
CLOSING_WORDS = r"groet(?:en|jes)?|gr\.?|mvg|cheers|regards"
# a party, a relative or a role that only a private person has: "Verzoeker Zijlstra", "haar dochter Nicole"
ROLE_WORDS = (
    r"verzoeker|verzoekster|klager|klaagster|indiener|indienster|inspreker|insprekster|bezwaarmaker|aanvrager|"
    r"aanvraagster|melder|melster|beller|belster|aanmelder|appellant|appellante|eiser|eiseres|verweerder|verweerster|betrokkene|belanghebbende|"
    r"buurman|buurvrouw|dochter|zoon|vader|moeder|echtgenoot|echtgenote|vriend|vriendin|"
    r"broer|zus|oom|tante|opa|oma|schoonvader|schoonmoeder|schoonzoon|schoondochter|kleinzoon|kleindochter|neef|nicht|"
    r"cliënt|cliënte|patiënt|patiënte|leerling|stagiair|stagiaire|medewerkers|medewerker|medewerkster|notulist|"
    r"notuliste|tolk|"
    r"journalist|journaliste|verslaggever|verslaggeefster|gemachtigde|bewindvoerder|verdachte|getuige|"
    # a detainee, an arrested person, a victim or a tenant ("de weigering van gedetineerde Karatas"; not
    # "bewoner": "bewoner Lakerveld" is of a village)
    r"gedetineerde|arrestant|arrestante|slachtoffer|aangever|aangeefster|huurder|huurster|"
    # professionals named by their profession ("de praktijk van huisarts Verhoef", "mentor Daan Bosman")
    r"huisarts|jeugdarts|verpleegkundige|wijkverpleegkundige|mentor|docent|docente|leraar|lerares|"
    r"gezinscoach|wijkcoach|jobcoach|casemanager|consulent|consulente|trajectbegeleider|orthopedagoog|psycholoog|"
    r"advocaat|advocate|behandelaar|teamleider|teamleidster|rector|conrector|schoolleider|planner|"
    # medical specialists and therapists named by their speciality ("cardioloog Krabbendam", "ergotherapeut Kuipers")
    r"cardioloog|neuroloog|internist|chirurg|kinderarts|longarts|reumatoloog|orthopeed|oogarts|tandarts|"
    r"dermatoloog|gynaecoloog|uroloog|geriater|specialist[ ]ouderengeneeskunde|bedrijfsarts|verzekeringsarts|"
    r"fysiotherapeut|ergotherapeut|logopedist|diëtist|verloskundige|apotheker|arbeidsdeskundige|"
    # a member of a working group, not of the Kamer: "het lid Kramer van de ketenwerkgroep"
    r"(?<=het[ ])lid(?=[ \t\u00a0]\p{Lu}\p{Ll}+[ \t\u00a0](?:van|uit)[ \t\u00a0](?:de|het)[ \t\u00a0]\p{Ll})"
)
TITLE_WORDS = (
    # ("met de" / "heer Lussing": the article ends the line above)
    r"mevrouw|mevr\.|mw\.|mej\.|juffrouw|de[ ]heer|(?<=geachte[ ]|waarde[ ]|(?<![\p{L}])de[ \t]*\n[ \t]*)heer|"
    r"dhr\.|hr\.|drs\.|dr\.|mr\.|ir\.|ing\.|prof\.|jhr\.|jkvr\.|jonkheer|jonkvrouw|familie|fam\.|"
    # "het gezin Shevchuk (moeder Oksana, ...)": a household by its family name
    r"(?<=(?i:het)[ ])gezin(?=[ \t\u00a0]\p{Lu}\p{Ll})|"
    # "dhr Voorhuis", "mevr Bakker": the abbreviation without its full stop, before a capital
    r"dhr(?=[ \t\u00a0]\p{Lu})|mevr(?=[ \t\u00a0]\p{Lu})|"
    # English courtesy titles, and "mr" without its dot ("Mr Mykola Savchenko", "mr J.A. de Vries", "Ms Gebru"; not
    # "MS Teams")
    r"mr(?=[ \t\u00a0])|mrs\.?|miss(?=[ \t\u00a0]\p{Lu})|ms\.|"
    # Spanish, Papiamentu, French and German ones ("Sra. Yomaira E. Soliana-Cecilia", "Mme Dubois", "Herr Becker",
    # "Herrn Jürgen Schäfer" above his address)
    r"sra\.|sr\.|señora(?=[ \t\u00a0]\p{Lu})|senora(?=[ \t\u00a0]\p{Lu})|señor(?=[ \t\u00a0]\p{Lu})|"
    r"senor(?=[ \t\u00a0]\p{Lu})|mme\.|mme(?=[ \t\u00a0]\p{Lu})|"
    r"madame(?=[ \t\u00a0]\p{Lu})|monsieur(?=[ \t\u00a0]\p{Lu})|"
    r"herr(?=[ \t\u00a0]\p{Lu})|herrn(?=[ \t\u00a0]\p{Lu})|frau(?=[ \t\u00a0]\p{Lu})|"
    r"ms(?=[ \t\u00a0]\p{Lu}\p{Ll})(?![ \t\u00a0](?:teams|word|excel|office|outlook|access|project|visio|edge|dos)\b)|"
    r"bc\.|ds\.|kand\.|MSc|MA|LLM|PhD|MBA|BSc|meneer|mijnheer|agent|hoofdagent|brigadier|wachtmeester|"
    r"rechercheur|collega|dokter|zuster|wijkagent|buurtregisseur|handhaver|"
    # a school's teachers as parents and pupils name them: "juf Anouk", "meester Hoogeveen"
    r"(?<![\p{L}])juf|(?<![\p{L}])meester(?=[ \t\u00a0]\p{Lu})|"
    # military ranks (civil servants: "kapitein P. sprak mij aan", "sergeant-majoor De Wit")
    r"soldaat|korporaal|sergeant|sergeant-majoor|adjudant|vaandrig|luitenant|eerste[ ]luitenant|kapitein|ritmeester|"
    r"majoor|luitenant-kolonel|kolonel|commodore|brigadegeneraal|generaal-majoor|luitenant-generaal|"
    r"luitenant[ ]ter[ ]zee|kapitein-luitenant[ ]ter[ ]zee|kapitein[ ]ter[ ]zee|schout-bij-nacht|vice-admiraal|"
    # their abbreviations before a name: "kpl1 Wiersma", "elnt De Groot", "Lt. Verhage", "Col. Schneider" (one
    # alternative each, so that letter_runs.first_letters can read their letters)
    + "|".join(
        rf"(?<![\p{{L}}]){a}{end}(?=[ \t\u00a0]\p{{Lu}})"
        for a in ("sld", "kpl", "sgt", "smi", "aoo", "vdg", "tlnt", "elnt", "lnt", "ritm", "maj", "lkol", "kol", "ltz")
        for end in ("", r"\.", "[12]")
    )
    + "|"
    + "|".join(
        rf"(?<![\p{{L}}]){a}\.(?=[ \t\u00a0]\p{{Lu}})"
        for a in ("lt", "col", "capt", "cpt", "cpl", "pte", "brig", "cdr")
    )
)
TITLE = rf"(?:(?i:{TITLE_WORDS}))"
# those who speak or teach a language, the language after them: "een tolk Engels", "docent Frans"
LANGUAGE_ROLES = r"tolk|docent|docente|leraar|lerares|vertaler|vertaalster"
# what may stand before a person's name: a title, or a role word (never before an addressee's or a signer's)
PERSON_TITLE = rf"(?:(?i:{TITLE_WORDS}|{ROLE_WORDS}))"
# a company's legal form written like initials: "B.V.", "N. V.", "V.O.F.", a cooperative's "U.A." / "W.A."
# (no person's initials)
LEGAL_FORM_INITIALS = r"(?:N\.\s?V\.|B\.\s?V\.|C\.\s?V\.|V\.\s?O\.\s?F\.|U\.\s?A\.|W\.\s?A\.)"
# a courtesy title right before a name: "mevrouw Kuiper", "dhr. De Jonge"
HONORIFIC_BEFORE = r"(?i:\b(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.|meneer))[ \t\u00a0]+\Z"
NOBILITY = r"(?:[Bb]aron(?:es)?|[Gg]raaf|[Gg]ravin|[Rr]idder|[Jj]onkheer|[Jj]onkvrouw)"
# a chat export's message stamp at a line's start: "[15-09 08:31]", "19-09-2026 20:14" (a date, then the time), and
# a time alone in brackets, as Teams exports a day's messages ("[09:01] Priya: ...")
CHAT_STAMP = r"(?:\[?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}|\[\d{1,2}:\d{2}(?::\d{2})?\])"
# the months in Dutch, for a date written in words ("27 januari 2025")
DUTCH_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# the single-word tussenvoegsels, lower case: "is the word before (or ending the line) a surname's particle?"
PARTICLES = frozenset({"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "von", "el", "al"})
# the adjective that begins a Saxon surname, written apart: "Oude Nijhuis", "Olde Rikkert", "Klein Gebbink", "Groot
# Wassink", "Lutke Schipholt" (the name's next part in its lowercase-ending shape: never "Oude Rijn" + digits)
SAXON_PREFIX = r"(?:Oude|Olde|Klein|Groot|Lutke|Lütke|Lutje)[ \u00a0](?=\p{Lu}\p{Ll}{3,}(?![\p{L}\d-]))"
HS = r"[ \t\u00a0]+"  # horizontal space: between first name and surname a line break ends the name
WS = r"[ \t\u00a0]*\n?[ \t\u00a0]*"  # after a title, initials or tussenvoegsel a name may go on on the next line
WS1 = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"  # the same, but at least one space or break


def natural_order(name: str) -> str:
    """ "Boer, Stefan de" (as e-mail headers write it) -> "Stefan de Boer", "Dijk, van, H." (as inventories
    write it) -> "H. van Dijk"; other names unchanged."""
    if name.count(",") == 2:
        surname, particle, given = (p.strip() for p in name.split(","))
        if particle.islower() and particle and given and surname:
            return f"{given} {particle} {surname}"
        return name
    if name.count(",") != 1:
        return name
    surname, given = (p.strip() for p in name.split(","))
    if len(surname.split()) >= 2 and given.isupper() and len(given) > 1 and "." not in given:
        return surname  # "Karin ten Hove, OZJT": a name and the organisation's acronym, not "Hove, Karin"
    return f"{given} {surname}" if surname and given else name


@lru_cache(maxsize=1)
def tussenvoegsel() -> str:
    """Alternation of tussenvoegsels, longest first, first letter in either case."""
    parts = []
    for tv in load_lexicons().tussenvoegsels:
        esc = regex.escape(tv).replace(r"\ ", WS1)
        parts.append(f"(?:[{tv[0].upper()}{tv[0].lower()}]{esc[1:]})" if tv[0].isalpha() else f"(?:{esc})")
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def surname() -> str:
    """A surname: optional tussenvoegsel(s), a name part, optionally hyphen-joined with another."""
    tv = tussenvoegsel()
    # "Tjon A Fong"; "'s-Gravesande", "van 's-Jacob": the particle written onto the name with a hyphen
    # an Arabic article written onto the name in small letters: "Nadia el-Khatib", "Omar al-Farsi"
    # ... and the Irish "Ó", "Ní", "Nic", "Uí" written apart: "Declan Ó Murchú", "Caoimhe Ní Bhriain"; an elided
    # particle written onto the name: "Sophie d'Hondt", "Jan d'Ancona"
    # ... and the Saxon surnames that begin with an adjective written apart: "Oude Nijhuis", "Klein Gebbink"
    single = (
        rf"(?:{tv}{WS1}|{SAXON_PREFIX})?"
        rf"(?:['’]s-|(?:el|al|ul|ben|abu)-(?=\p{{Lu}})|(?:Ó|Ní|Nic|Uí)[ \u00a0](?=\p{{Lu}})|[dl]['’](?=\p{{Lu}}))?"
        rf"{NAME_PART}(?:[ -]A[ -]{NAME_PART})?"
    )
    # a title of nobility between the first name and the particle: "Frederik Baron van Heeckeren"
    single = rf"(?:{NOBILITY}{WS1}(?={tv}{WS1}))?{single}"
    # noble double names: "van Hoevel en van Zwindrecht", "Coredo und Starkenberg"
    joined = rf"{single}(?:[ \u00a0](?:und[ \u00a0]|tot[ \u00a0]|en[ \u00a0](?={tv}[ \u00a0])){single})*"
    # (a line may break after the hyphen, "Hoekstra-" / "Dijk"; a line that begins with "- " is a list's
    # next item: "Filip Borloo" / "- Meemoo:")
    # (not a street's name after a spaced hyphen: "eigenaar Ö. Yıldırım - Vlasakker 9, 4191 LS Geldermalsen")
    # (the number and a postcode after it: not an age, "Anna Jansen - Smit 45, weduwe")
    street = r"(?![\p{L}]*[ \u00a0]+\d{1,5}[A-Za-z]?[ \u00a0]*,?[ \u00a0]*[1-9]\d{3}[ \u00a0]?\p{Lu}{2}(?!\p{L}))"
    return rf"{joined}(?:[ \u00a0]?-\s?{single}{street})?"


def line_span(text: str, pos: int) -> tuple[int, int]:
    """Start and end (without its line break) of the line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end >= 0 else len(text)


@lru_cache(maxsize=4096)
def compiled(pattern: str) -> regex.Pattern[str]:
    """Compile once per process (every pattern: a cache of one recompiled the grammar on each call), and
    across runs from the patterns kept on disk (:mod:`.pattern_cache`): ``regex.compile(pattern, VERSION1)``."""
    return compile_pattern(pattern)


def matches_where(pattern: regex.Pattern[str], starts: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, with ``pattern`` tried only where ``starts`` matches: for a ``starts``
    that matches wherever ``pattern`` does (its first part), the same matches, without trying the whole
    pattern at every place of the text."""
    end = 0
    for first in starts.finditer(text, overlapped=True):
        if first.start() < end:
            continue
        m = pattern.match(text, first.start())
        if m:
            yield m
            end = m.end()


# the first word of an organisation's name that may follow a person's name in a list's row without a separator
# ("Sabrina Vanderheyden Stad Beringen", "Jo Geraerts Gemeente As")
ORG_START = (
    r"(?:Stad|Gemeente|Provincie|Agentschap|Departement|Ministerie|Stichting|Vereniging|Universiteit|Hogeschool|"
    r"Dienst|Politie|Brandweer|Waterschap|Vlaamse|Vlaams|Digitaal|Rijkswaterstaat|Kadaster)(?![\p{L}])"
)


_WORD_RUN = regex.compile(r"\w+", regex.VERSION1)
_RUNS = threading.local()  # per thread: a Dask worker run with several threads shares this module


def word_runs(text: str) -> frozenset[str]:
    """The runs of word characters of ``text`` (each as long as it goes), found once for the last text (the
    same object). A word of letters alone (``str.isalpha``: every letter is a word character) that stands in
    ``text`` with no word character on either side is one of them: where a word is not, a search bounded by a
    lookbehind and a lookahead that refuse a word character finds nothing."""
    if getattr(_RUNS, "text", None) is not text:
        _RUNS.text, _RUNS.runs = text, frozenset(_WORD_RUN.findall(text))
    runs: frozenset[str] = _RUNS.runs
    return runs


# where a word of a name form may begin: after a character the forms' patterns do not take as part of a
# word before them (propagate._FORM_BEFORE); where it may end: before a character they do not take as
# part of one after them (propagate._FORM_AFTER; white space too, between a form's words). Runs of the
# characters str.split() does not split at (a form's words are its split parts): those made of word
# characters and hyphens only begin and end nowhere inside; the others are taken apart.
_AFTER_START = regex.compile(r"[^\w.\-]", regex.VERSION1)
_BEFORE_END = regex.compile(r"[^\w@\-]", regex.VERSION1)
_RUN = regex.compile(r"[^\s\x1c-\x1f]+", regex.VERSION1)
_PLAIN = regex.compile(r"[\w\-]+", regex.VERSION1)


_STANDING = threading.local()


def standing_words(text: str) -> frozenset[str]:
    """:func:`_standing_words`, remembered for the last text (the same object): phase 2 looks the batch's names
    up among them (``batch_names.present_names``), then detection their forms (``propagate.batch_candidates``)."""
    if getattr(_STANDING, "text", None) is not text:
        _STANDING.text, _STANDING.pieces = text, frozenset(_standing_words(text))
    pieces: frozenset[str] = _STANDING.pieces
    return pieces


def _standing_words(text: str) -> set[str]:
    """Every piece of ``text`` that begins where a name form's word may begin and ends where one may end,
    within a run of characters that str.split() does not split.

    A form's word that stands in the text as its pattern finds it is one of these pieces;
    so a form none of whose words is a piece cannot match, and one whose words all are
    is searched for.
    """
    pieces: set[str] = set()
    # each distinct run once (a run of word characters and hyphens is a piece as a whole; a pattern for the
    # other runs, [^\s\x1c-\x1f]*[^\w\-\s\x1c-\x1f][^\s\x1c-\x1f]*, was tried at every place of a plain one);
    # the runs are str.split()'s parts (it splits at \s and U+001C-U+001F alone: ``_RUN``'s runs, found faster)
    for run in set(text.split()):
        if _PLAIN.fullmatch(run):
            pieces.add(run)
            if "-" in run:  # a hyphen may stand for a multi-word form's gap ("Lieke-Bosschaart-Imanuel")
                parts = run.split("-")
                pieces.update("-".join(parts[a:b]) for a in range(len(parts)) for b in range(a + 1, len(parts) + 1))
            continue
        firsts = [0] + [m.end() for m in _AFTER_START.finditer(run)]
        lasts = [m.start() for m in _BEFORE_END.finditer(run)] + [len(run)]
        pieces.update(run[p:q] for p in firsts for q in lasts if q > p)
    return pieces
