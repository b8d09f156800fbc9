"""Home addresses of private persons: street + house number, postcode.

A private person's address is personal data (5.1.2e) like their name; the
address of a ministry, a municipality or a company is not. An address is
reported when the text says it is someone's home ("woont aan", "woonadres",
"wonende te") or when it stands in an addressee block: directly under a line
naming a person ("De heer J. Jansen", "Familie Öztürk", "Mevrouw A. de Vries").
An address next to an organisation's name, a Postbus, or a label such as
"Bezoekadres" is kept (a private addressee's own postbus is not). The street
and number and the postcode are redacted; the place name stays readable.
"""

from __future__ import annotations

import regex

from ...model import Document, Explanation, Line
from ..grammar import INITIALS, NAME_PART, ROEPNAAM, TITLE, compiled, tussenvoegsel
from ..lexicons import load_lexicons
from ..lines import column_order
from .structure import Candidate, name_like

__all__ = ["home_addresses"]

_SUFFIXES = (
    "straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|plantsoen|hof|park|pad|markt|dijk|baan|ring|wal|"
    "haven|erf|veld|weide|hoek|burg|berg|dam|straatweg|boulevard|allee|lei|oord|zijde|wijk|gaarde|akker"
)
# the floor or part of a house after its number: "3 rood", "88 hs", "12 II"
FLOOR = r"(?:[ \u00a0](?:bis|hs|huis|zw|zwart|rd|rood|boven|beneden|I{1,3})(?![\p{L}]))"
_STREET = (
    rf"(?P<street>(?:\p{{Lu}}[\p{{L}}'’.-]*[ \u00a0]+(?:(?:van|de|der|den|het|'t|ter|ten|te)[ \u00a0]+)*){{0,3}}"
    rf"\p{{Lu}}[\p{{L}}'’.-]*(?:{_SUFFIXES})"
    # any street name when the next line starts with a postcode
    rf"|(?:\p{{Lu}}[\p{{L}}'’.-]*[ \u00a0]+(?:(?:van|de|der|den|het|'t|ter|ten|te)[ \u00a0]+)*){{0,3}}"
    rf"\p{{Lu}}[\p{{L}}'’-]+"
    rf"(?=[ \u00a0]+\d[^\n]*\n[ \t]*[1-9]\d{{3}}[ \u00a0]?[A-Z]{{2}}\b"
    rf"|[ \u00a0]+\d{{1,5}}[a-zA-Z]?(?:[-/][\dA-Za-z]{{1,4}})?,?[ \u00a0]+[1-9]\d{{3}}[ \u00a0]?\n?[A-Z]{{2}}\b))"
    r"[ \u00a0]+(?P<nr>\d{1,5}(?:bis(?![\p{L}])|[ \u00a0]?[a-zA-Z](?![\p{L}]))?"
    r"(?:[-/](?:\d{1,4}(?:[a-zA-Z](?![\p{L}]))?|"
    r"(?:I{1,3}|hs|bis|[A-Za-z])(?![\p{L}])))?"
    rf"{FLOOR}?)(?![\d,.]\d)"
)
_POSTCODE = r"(?P<pc>[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2})(?![\p{L}\d])"
_STREET_RE = compiled(_STREET)
_DIGIT = compiled(r"\d")  # the digits of the street's number group
_POSTCODE_RE = compiled(_POSTCODE)
_LOOSE_STREET = compiled(
    r"(?:[ \u00a0]+(?:aan|op|van))?(?:[ \u00a0]+(?:de|het))?[ \u00a0]+"
    r"(?P<street>\p{Lu}[\p{L}'’.-]*"
    r"(?:[ \u00a0]+(?:(?:van|de|der|den|het|'t|ter|ten|te)[ \u00a0]+)*\p{Lu}[\p{L}'’.-]*){0,3})"
    r"[ \u00a0]+(?P<nr>\d{1,5}(?:bis(?![\p{L}])|[ \u00a0]?[a-zA-Z](?![\p{L}]))?)(?![\d,.:]\d)"
    r"(?![ \u00a0]+(?i:jaar|jaren|maand|maanden|week|weken|dag|dagen|keer|uur|minuten|personen|km|meter|euro)\b)"
)
# a party whose correspondentieadres or postadres is their own ("Correspondentieadres bezwaarmaker: ...")
_ROLE = r"(?:bezwaarmaker|aanvrager|verzoeker|cliënt|client|klager|klaagster|betrokkene|belanghebbende|melder)"
_HOME = compiled(
    r"(?i:\b(?:woon(?:t|de|den|achtig|adres|plaats)?|wonende?|woonachtig|huisadres|privé-?adres|thuisadres|thuis|"
    r"ondergebracht|inwoner|inwoonster|"
    r"\w*(?:houderij|boerderij|kwekerij)\s+(?:aan|op)|\w*(?:veehouder|akkerbouwer|tuinder|kweker)(?:,)?\s+(?:aan|op)|(?:tuin|huis|erf)\s+(?:aan|op)\s+(?:de|het)|opvangadres|"
    r"(?:mijn|ons|zijn|haar|hun|uw)\s+(?:\w+)?adres|(?:mijn|ons|zijn|haar|hun|uw)\s+(?:huis|woning|perceel|pand|tuin|"
    r"\w*bedrijf|boerderij|erf|camping|winkel)|"
    r"per\s+post\s+(?:op|aan)|woning|bewoners?\b|bewoonsters?\b|omwonenden?|gezin\b|huishouden|huishouding|"
    r"buurman|buurvrouw|buren\b|aan\s+huis|\w*(?:houderij|boerderij|kwekerij)(?:\s+\p{Lu}[\w'’-]*){0,3}\s*,|"
    rf"(?:correspondentie|post)adres\s+{_ROLE}|"
    r"verblijfadres|verblijft|ingeschreven\s+op(?:\s+het\s+adres)?|adres\s+van\s+(?:de|het)\s+(?:aanvrager|bewoner|klager|verzoeker|"
    r"betrokkene|melder|indiener|eigenaar|huurder)|bewoner\s+van|bewoners\s+van|eigenaar\s+van|huurder\s+van)"
    r"(?![\p{L}]))"  # "woning", not "Woningbouw"
)
# homes, with a street and number after them: "de verkochte woningen Hoefstraat 27 en ..." (not "De woningen aan de
# Kerkstraat": a street of homes)
_HOMES = compiled(r"(?i:\bwoningen\b)")
# words that say so of a private person's address only when no organisation is named in the sentence
_HOME_IF_PRIVATE = compiled(
    r"(?i:\b(?:op\s+het\s+(?:\w+\s+)?adres(?:\s*\((?:de|het))?|bereikbaar\s+op|hetzelfde\s+adres(?:\s+aan\s+de)?|"
    r"(?:jongen|jongeman|meisje|man|vrouw|kind|kinderen|echtpaar|familie|gezin)\s+van|"
    # a permit's object at a home ("op het perceel Nieuwleusenerweg 7", "uitbouw Kloosterlaan 10") and a list
    # of homes ("elf adressen, onder meer Lekdijk 207")
    r"percelen|perceel|adressen|(?:uit|aan|op)bouw|dakkapel|mantelzorgwoning|bijgebouw|tuinhuis|carport|"
    r"erfafscheiding|schuur)(?![\p{L}]))"
)
_PUBLIC = compiled(
    rf"(?i:\b(?:postbus|bezoekadres|(?:post|correspondentie)adres(?![ \t]+{_ROLE})|vestigingsadres|kantooradres|"
    r"ministerie|gemeente|"
    r"gemeentehuis|stadhuis|provincie|provinciehuis|rijks(?!\w*(?:weg|straat|laan|plein|kade))\w*|waterschap|hoogheemraadschap|b\.\s?v\.|n\.\s?v\.|"
    r"stichting|vereniging|bv|nv|kantoor|tel(?:efoon)?|e-?mail|kvk|griffie|bureau)\b|www\.|https?:|\bT\s*\+?\d)"
)
_ADDRESSEE = compiled(
    rf"^[ \t]*(?i:aan[ \t]*:?(?:[ \t]+de)?[ \t]+|p/a[ \t]+)?"  # "p/a mevrouw T. Kloppenburg": in her care
    rf"(?:(?P<title>(?:(?:{TITLE}|(?i:familie|fam\.|t\.a\.v\.|en|&))[ \t]+)+)|(?P<initials>{INITIALS}[ \t]*))"
    rf"(?:{INITIALS}[ \t]*)?{ROEPNAAM}(?:\p{{Lu}}\p{{Ll}}+[ \t]+)?(?:{tussenvoegsel()}[ \t]+)?"
    # "Lieuw-A-Soe", "El Amrani-de Wit", "Jansen-van der Linden"
    rf"{NAME_PART}(?:-(?:{NAME_PART}|\p{{Lu}}(?=-)|(?:(?:van|de|der|den|ter|ten|te|het|in)[ \t]+)+{NAME_PART}))*"
    rf"[ \t,]*$"
)


# "Mevrouw De Vries (Molenweg 27) vraagt ...": an address in brackets right after a titled name
# "Verzoeker: mr. drs. Z. (Zeynep) Arslan, Tesselschadestraat 15": a roepnaam in brackets inside the name
_AFTER_PERSON = compiled(
    rf"(?:{TITLE})[ \t]+(?:[^()\n,]{{1,40}}\(|(?:[^()\n,]|\([^()\n,]{{1,20}}\)){{1,50}},)[ \t]*\Z"
    # a party to the case, named by its label: "Verzoeker: Z. Arslan, ...", "Klager: Ruud Vos, ..."
    r"|^[ \t]*(?i:verzoeker|verzoekster|aanvrager|aanvraagster|klager|klaagster|indiener|melder|bezwaarmaker|"
    r"appellant|belanghebbende|betrokkene)[ \t]*:[^\n]{1,60},[ \t]*\Z"
)
# a titled name and its comma somewhere in a line (a table row's cell, the next cells after it)
_TITLED_COMMA = compiled(rf"(?:{TITLE})[ \t]+(?:{INITIALS}[ \t]*)?\p{{Lu}}[^()\n,]{{1,40}},")
_NAME_COMMA = compiled(
    r"(?P<name>(?:\p{Lu}\p{Ll}+|(?:\p{Lu}\.){1,4})"  # "Ruud Vos, ...", "J.A. Nijboer, ..."
    r"(?:[ \t]*(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*\p{Lu}[\p{L}'’-]+){1,2}),[ \t]*\Z"
)
# "Bolhuis\n(Oosterparkstraat 12a)", "het echtpaar Van Rossum-Dekker (Julianalaan 112, ...)": a name, then its address
# "Anja (achternaam niet opgegeven) van de Molendijk 3", "Annelies Poortman van de Stationsweg 3-B"
_OF_THE = compiled(r"[ \t]+van[ \t]+(?:de|het)[ \t]+")
_NAME_OF = compiled(
    r"(?<![\p{L}])(?P<name>\p{Lu}[\p{Ll}'’-]+)(?:[ \t]*\([^()\n]{1,40}\))?[ \t\n]+van[ \t\n]+(?:de|het)[ \t\n]+\Z"
)
_NAME_BRACKET = compiled(r"(?<![\p{L}])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?[ \t]*\n?[ \t]*\([ \t]*\Z")
_LABEL_LINE = compiled(r"(?i:^[ \t]*(?:adres|woonadres|huisadres|privéadres|verblijfadres|opvangadres)[ \t]*:?[ \t]*$)")
# "Adres Zuiderdiep 71, 9401 GJ Assen", "Adres: ...": a record's address field (unless an organisation's)
_ADDRESS_LABEL = compiled(r"(?i:(?<![\p{L}])(?:adres|woonadres|huisadres)\b)[ \t]*[:,(]?[ \t]*\Z")


def _addressee(line: str) -> bool:
    """A line naming a private person as a letter's addressee: a title or initials and a name,
    or a known first name and a surname ("De heer J. Jansen", "Fam. Öztürk", "Anna de Wit")."""
    if _ADDRESSEE.match(line):
        return True
    lex = load_lexicons()
    people = [p.strip() for p in compiled(r"[ \t]+(?:en|&)[ \t]+").split(line)]
    if len(people) > 1 and all(_ADDRESSEE.match(p) for p in people):
        return True  # "Mevrouw D. de Haan en de heer J. de Haan"
    return (
        all(
            lex.is_first_name(p.split()[0]) and (len(p.split()) == 1 or (len(p.split()) <= 5 and name_like(p, lex)))
            for p in people
        )
        and len(people[-1].split()) >= 2
    )


def _known_name(word: str) -> bool:
    """A surname or first name of the lexicons (every part of a double name), no place or word."""
    lex = load_lexicons()
    parts = word.split("-")
    return all((p in lex.surnames or p in lex.first_names) and not lex.is_ordinary_word(p) for p in parts)


def _is_public(text: str) -> bool:
    lex = load_lexicons()
    text = _POSTCODE_RE.sub(" ", text)  # "2526 BV Den Haag": a postcode's letters are no legal form
    words = [w.lower().strip(".,") for w in text.split()]
    org_words = lex.organisation_words - set(lex.street_suffixes)  # "Laan van Meerdervoort" is a street
    return bool(_PUBLIC.search(text)) or any(w in org_words for w in words)


def home_addresses(doc: Document) -> list[Candidate]:
    """Street + number and postcode of private persons' addresses."""
    out: list[Candidate] = []
    text = doc.text
    lines = doc.lines
    column = any(_COLUMN_LABEL.match(text[ln.start : ln.end]) for ln in lines)  # a table with an "Adres" column
    rows = [_uncapped(text[ln.start : ln.end]) for ln in lines]  # each line once, not as its neighbours' too
    for i in range(1, len(rows)):  # "... 9B, 5612" / "CS EINDHOVEN": a postcode's letters start the line
        if _PC_DIGITS_END.search(rows[i - 1]) and _PC_LETTERS_START.match(text[lines[i].start : lines[i].end]):
            rows[i] = text[lines[i].start : lines[i].start + 2] + rows[i][2:]
    columns = column_order(lines)
    for i, line in enumerate(lines):
        t = rows[i]
        if column:
            out += _column_row(text, lines, i, t)
        nxt = rows[i + 1] if i + 1 < len(lines) else ""
        prev = rows[max(0, i - 2) : i]
        above = rows[max(0, i - 4) : i]  # a letterhead names its organisation a few lines up
        nxt2 = rows[i + 2] if i + 2 < len(lines) else ""
        nxt_start, nxt2_start = (lines[i + 1].start if nxt else 0), (lines[i + 2].start if nxt2 else 0)
        # two columns read row by row (an addressee block beside the sender's column): the lines around
        # this one in its own column
        under, over = columns.under(i, 2), columns.over(i, 4)
        if under and under[0] != i + 1:
            nxt, nxt_start = rows[under[0]], lines[under[0]].start
            nxt2, nxt2_start = (rows[under[1]], lines[under[1]].start) if len(under) > 1 else ("", 0)
        before = None  # the text before this line in its column, when that is not the text's
        if over and over[-1] != i - 1:
            prev, above = [rows[k] for k in over[-2:]], [rows[k] for k in over]
            before = "".join(rows[k] + "\n" for k in over)
        # the next line may hold the postcode; the number is on this line (no digit here: no street taken)
        for street in _STREET_RE.finditer(t + "\n" + nxt) if _DIGIT.search(t) else ():
            if street.end("nr") > len(t):
                break
            out += _judge_address(text, line.start, t, street, above, nxt, nxt_start, nxt2, nxt2_start, before)
        # (not a line further left: "bewoners Reeshof" / "6" is the next row's number, in the column before)
        below = i + 1 < len(lines) and lines[i + 1].box.x0 >= line.box.x0 - 2.0
        if below and nxt == rows[i + 1] and lines[i + 1].start == line.end + 1 and _joins_next(t, nxt):
            # "aan de Burgemeester" / "Moonenlaan 12", "Hoofdstraat" / "58": one address over two lines; the
            # lines joined by a space keep every offset
            joined = t + " " + nxt
            for street in _STREET_RE.finditer(joined, 0, len(joined)):
                if street.start("street") < len(t) < street.end("nr"):
                    out += _judge_address(text, line.start, joined, street, above, nxt2, nxt2_start)
        box = _POSTBUS_LINE.match(t)
        pc_below = _POSTCODE_RE.match(nxt.lstrip()) if box else None
        if box and pc_below and prev and _private_addressee(prev):
            pc_at = nxt_start + len(nxt) - len(nxt.lstrip())
            out += _postbus(line.start, box, pc_at, pc_below)
        homes = list(_HOME.finditer(t))
        homes += [h for h in _HOME_IF_PRIVATE.finditer(t) if not _is_public(t[: h.start()].split(".")[-1])]
        for home in homes:  # "Ze woont Laan van Nieuw Oosteinde 88": any street after a home word
            loose = _LOOSE_STREET.match(t, home.end())
            if loose and " ".join(loose.group("street").split()) not in load_lexicons().places:
                out += _judge_address(text, line.start, t, loose, above, nxt, nxt_start)
        out += _bare_streets(homes, t, nxt, line.start, nxt_start)
    return out


# an office holder or body at an address: "De minister, Turfmarkt 147, 2511 DP Den Haag"
_OFFICE = compiled(
    r"(?i:\b(?:minister|staatssecretaris|burgemeester|wethouder|college|raad|kamer|griffier|inspectie|politie|"
    r"parket|rechtbank|gerechtshof|advocaten|notaris|notariaat|kantoor|school|ziekenhuis|universiteit|hogeschool|"
    r"afdeling|directie|team|dienst|bezoekadres|retouradres|sector|locatie|vestiging)\w*)"
)
# "Ik woon zelf aan de Dorpsstraat", "woont bij moeder op het adres\naan de Kerkweg": a home's street, no number
_BARE_STREET = compiled(rf"(?P<street>\p{{Lu}}[\p{{L}}'’.-]*(?:{_SUFFIXES}))(?![\p{{L}}\d-])(?![ \u00a0]+\d)")
_TO_STREET = compiled(r"[^.!?]{0,35}?(?<![\p{L}])(?:aan|op)[ \u00a0\n]+(?:de|het)[ \u00a0\n]+\Z")


def _bare_streets(homes: list[regex.Match[str]], t: str, nxt: str, start: int, nxt_start: int) -> list[Candidate]:
    """A street named without a number after one of the line's home words (``homes``)."""
    both = t + "\n" + nxt
    out = []
    for home in homes:
        for street in _BARE_STREET.finditer(both, home.end(), min(len(both), home.end() + 60)):
            lead = both[home.end() : street.start()]
            if not _TO_STREET.fullmatch(lead) or _is_public(both[: street.end()]):
                continue
            s, e = street.span("street")
            base = start if s < len(t) else nxt_start - len(t) - 1  # on this line or the next
            why = "the street of someone's home, named without a number"
            out.append(Candidate(base + s, base + e, "ADDRESS", Explanation("home_address", 0.7, why, context=t[:80])))
            break
    return out


_CAPS_WORD = compiled(r"(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])")
_CAPS_PARTICLE = compiled(r"(?<=[ \t-])(?:DE|VAN|DER|DEN|TER|TEN|HET|TE|IN)(?=[ \t])|(?<=['’])T(?=[ \t])")
# a word of two capitals that is no postcode's letters ("DE HEER", "EL HADDOUTI"; not "7811 EP")
_CAPS_SHORT = compiled(r"(?<![\p{L}\d][ \u00a0]?)(?<![\p{L}.])\p{Lu}{2}(?![\p{L}.])")


def _uncapped(line: str) -> str:
    """ "MEVROUW H.M. ACHTERBERG", "DORPSSTRAAT 3", "De heer R.C. LIEUW-A-SOE": words of three or more
    capitals as "Achterberg", so the address grammar applies (same length: offsets stay valid; the
    two capitals of a postcode are left alone)."""
    if any(ch.islower() for ch in line):
        return _CAPS_WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), line)
    line = _CAPS_PARTICLE.sub(lambda m: m.group().lower(), line)  # "WESTRA-DE VRIES" -> "Westra-de Vries"
    line = _CAPS_SHORT.sub(lambda m: m.group()[0] + m.group()[1:].lower(), line)  # "DE HEER M. EL HADDOUTI"
    return _CAPS_WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), line)


# the first words of many street names, kept when they are also ordinary words ("Koningin Wilhelminastraat")
_STREET_HEADS = frozenset(
    {
        "Koningin",
        "Koning",
        "Prins",
        "Prinses",
        "Burgemeester",
        "Sint",
        "Dokter",
        "Graaf",
        "Generaal",
        "Kardinaal",
        "Pastoor",
        "Professor",
        "Oude",
        "Nieuwe",
        "Korte",
        "Lange",
        "Hoge",
        "Lage",
        "Grote",
        "Kleine",
    }
)

_HEAD_ENDS = compiled(rf"(?<![\p{{L}}])(?:{'|'.join(sorted(_STREET_HEADS))})[ \t]*\Z")
_STREET_ALONE = compiled(rf"\A[ \t]*\p{{Lu}}[\p{{L}}'’.-]*(?:{_SUFFIXES})[ \t]*\Z")
_NUMBER_ALONE = compiled(r"\A[ \t]*\d{1,5}[a-zA-Z]?[ \t]*\Z")
_STREET_ENDS = compiled(rf"(?<![\p{{L}}])\p{{Lu}}[\p{{L}}'’.-]*(?:{_SUFFIXES})[ \t]*\Z")
_NUMBER_STARTS = compiled(r"[ \t]*\d{1,5}(?![\d:.,]\d)")


def _joins_next(t: str, nxt: str) -> bool:
    """The line's address goes on on the next line: a street's first word ends the line, or a street
    stands alone above its house number (a narrow table cell)."""
    if _HEAD_ENDS.search(t) and nxt[:1].isupper():
        return True
    # "Klaagster is bereikbaar op Tweebaksmarkt" / "27-2, 8911 KW", "Adres Palembangweg" / "18."
    street = _STREET_ENDS.search(t)
    if street and _NUMBER_STARTS.match(nxt):
        lead = t[: street.start()]
        if _HOME.search(lead) or _HOME_IF_PRIVATE.search(lead) or _ADDRESS_LABEL.search(lead):
            return True
    return bool(_STREET_ALONE.match(t) and _NUMBER_ALONE.match(nxt))


def _street_start(t: str, street: regex.Match[str]) -> int:
    """Where the street name really starts: "Adres Bijlmerdreef", "Bewoners van de Oosterhoutsedijk" lose
    their leading words (ordinary words, labels and the particles after them)."""
    lex = load_lexicons()
    tvs = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te"}
    pos = street.start("street")
    of = list(_OF_THE.finditer(t, pos, street.end("street")))
    if of and all(_known_name(w) and w not in _STREET_HEADS for w in t[pos : of[-1].start()].split()[-2:]):
        pos = of[-1].end()  # "Annelies Poortman van de Stationsweg 3-B": a person, then her street
    words = list(compiled(r"\S+").finditer(t, pos, street.end("street")))
    name = " ".join(w.group() for w in words[:-1])
    if len(words) > 2 and _addressee(name):
        return words[-1].start()  # "Gerrit van Lunteren Slichtenhorsterweg 31": a person, then his street
    k = 0
    while (
        k < len(words) - 1
        and (lex.is_ordinary_word(words[k].group()) or words[k].group().lower() in _LABELS)
        and words[k].group() not in _STREET_PARTICLES  # "Van Ostadelaan", "De Ruyterkade": part of the name
        and words[k].group() not in _STREET_HEADS
    ):
        k += 1
        while k < len(words) - 1 and words[k].group().lower() in tvs:
            k += 1
    return words[k].start() if words else pos


_PC_DIGITS_END = compiled(r"(?P<d>[1-9]\d{3})[ \t]*$")
_PC_LETTERS_START = compiled(r"^[ \t]*(?P<l>(?!SA|SD|SS)[A-Z]{2})(?![\p{L}\d])")
_GAP = compiled(r"[ ,\u00a0]*(?:(?<=[ \u00a0])(?:in|te)[ \u00a0]+)?")
_STREET_PARTICLES = frozenset({"Van", "De", "Den", "Der", "Ter", "Ten", "Het", "'t"})
_LABELS = frozenset({"adres", "woonadres", "huisadres", "bezoekadres", "postadres", "bewoner", "bewoners"})


def _judge_address(
    text: str,
    line_start: int,
    t: str,
    street: regex.Match[str],
    prev: list[str],
    nxt: str,
    nxt_start: int,
    nxt2: str = "",
    nxt2_start: int = 0,
    before: str | None = None,
) -> list[Candidate]:
    """The candidates for one street + number on a line, when the context makes it a private address
    (``before``: the text before the line in its own column, where that is not the text's)."""
    gap = _GAP.match(t, street.end())  # ", ", " in ", " te ": "Wielingenstraat 12 in 3522 PA Utrecht"
    pc_here_at = gap.end() if gap else street.end()
    pc_here = _POSTCODE_RE.match(t, pc_here_at)
    pc_next = _POSTCODE_RE.match(nxt.lstrip()) if not pc_here else None
    # "Assendorperstraat 77, 8012" + "DE Zwolle": a postcode broken over the line end
    split_digits = None if pc_here else _PC_DIGITS_END.match(t, pc_here_at)
    split_letters = _PC_LETTERS_START.match(nxt) if split_digits else None
    pc_split = (split_digits.start("d"), nxt_start + split_letters.end("l")) if split_digits and split_letters else None
    pc_far = _POSTCODE_RE.match(nxt2.lstrip())
    street_start = _street_start(t, street)
    sentence = (text[max(0, line_start - 160) : line_start] if before is None else before[-160:]) + t[:street_start]
    sentence = compiled(r"[.!?]\s+(?=\p{Lu})").split(sentence)[-1]
    lead = t[:street_start]
    context = " ".join(prev[-1:]) + " " + t + " " + (nxt if pc_next else "")
    named = _NAME_COMMA.search(lead)
    # the sentence's end: "aan de Lansinkweg 31 waar een\nbewoner, ..."
    after = compiled(r"[^.!?\n]{0,60}").match(t, street.end("nr"))
    rest = (after.group() if after else "") + (" " + nxt if after and after.end() == len(t) and not pc_next else "")
    rest = rest.split(".")[0].split("!")[0].split("?")[0]
    home = bool(_HOME.search(sentence) or _HOMES.search(sentence)) or bool(_AFTER_PERSON.search(lead))
    home = home or bool(_HOME_IF_PRIVATE.search(sentence) and not _is_public(sentence))
    home = home or (bool(_HOME.search(rest)) and not _is_public(sentence + " " + rest))
    home = home or bool(_AFTER_PERSON.search(" ".join(sentence.split()[-8:]) + " "))  # "de heer Stijn\nKroon ("
    named_bracket = _NAME_BRACKET.search(sentence)
    inside = t[street_start:].split(")")[0]  # "(Julianalaan 112, 3722 GT Bilthoven)"
    home = home or bool(named_bracket and _known_name(named_bracket.group().strip(" \t\n(")) and not _is_public(inside))
    name_of = _NAME_OF.search(sentence)
    home = home or bool(
        name_of and _known_name(name_of.group("name")) and not _is_public(t[street_start : street.end()])
    )
    # "Ruud Vos, Hoofdweg 31"
    home = home or bool(named and _addressee(named.group("name")) and not _is_public(context))
    # "Gerrit van Lunteren Slichtenhorsterweg 31 getekend": a list's row, the person's name and then their street
    home = home or bool(lead.strip() and _addressee(lead.strip(" \t,")) and not _is_public(t))
    label_above = not lead.strip() and bool(prev) and bool(_LABEL_LINE.match(prev[-1]))  # a form: "Adres" above
    # "naam en adres (Vaillantlaan 210, ...)": the label on this line; an organisation on it says otherwise
    labelled = (bool(_ADDRESS_LABEL.search(lead)) or label_above) and not _is_public(t if lead.strip() else context)
    # an organisation's contact block: its website or general mailbox in the lines under the address
    labelled = labelled and not _ORG_CONTACT.search(nxt + "\n" + nxt2)
    # a table row: a person's name in the cell above, the street and number alone in this one
    row = not pc_here and not pc_next and not lead.strip() and t[street.end("nr") :].strip() == ""
    # "Klacht van mevrouw E. Lam-Verkerk," / "Kooidijk 2": a cell's titled name and comma, its street below
    home = home or (row and bool(prev) and bool(_TITLED_COMMA.search(prev[-1])))
    # ("Architectenbureau Lont & Vis" / "t.a.v. de heer S. Lont" / "Spaarne 88": the firm's address)
    addressee = (
        bool(prev)
        and _addressee(prev[-1])
        and (bool(pc_here or pc_next or pc_split) or row)
        and not _FOR_ATTENTION.search(" ".join(prev))
    )
    # two columns read in turn: the addressee two lines up, the postcode two lines down
    addressee = addressee or (row and len(prev) > 1 and _addressee(prev[-2]) and bool(pc_far))
    # street, number and postcode with no organisation, postbus or office named in the block around it
    # the block starts after the address above it ("Postbus 10007" / "8000 GA Zwolle": the sender's)
    ends = [k for k, p in enumerate(prev) if _POSTCODE_RE.search(p)]
    block = " ".join([*prev[ends[-1] + 1 if ends else 0 :], t, nxt, nxt2])
    acronyms = load_lexicons().acronyms  # "UWV" / "La Guardiaweg 94-114" / "1043 DL Amsterdam"
    full = bool(pc_here or pc_next or pc_split) and not any(
        _is_public(b)
        or _OFFICE.search(b)
        or any(w.strip(".,:;()").upper() in acronyms for w in _POSTCODE_RE.sub(" ", b).split())  # "9671 AP": no AP
        for b in (block, sentence)
    )
    # two columns read in turn: the addressee two lines up, the sender's "Postbus 58285" between
    addressee2 = len(prev) > 1 and _addressee(prev[-2]) and bool(pc_here) and not _is_public(t)
    addressee = addressee or addressee2
    if not (home or labelled or full or addressee2 or (addressee and not _is_public(context))):
        return []
    why = "a home address (the text says so)" if home or labelled else "an address under a private addressee's name"
    if full and not (home or labelled or addressee):
        why = "a full address (street, number, postcode) with no organisation around it: a private address"
    s, e = line_start + street_start, line_start + street.end("nr")
    out = [Candidate(s, e, "ADDRESS", Explanation("home_address", 0.85, why, context=t[:80]))]
    if pc_here:
        out.append(_postcode(line_start + pc_here.start("pc"), line_start + pc_here.end("pc"), why))
    elif pc_split:
        out.append(_postcode(line_start + pc_split[0], pc_split[1], why))
    elif pc_far and addressee:
        off = nxt2_start + (len(nxt2) - len(nxt2.lstrip()))
        out.append(_postcode(off + pc_far.start("pc"), off + pc_far.end("pc"), why))
    elif pc_next:
        off = nxt_start + (len(nxt) - len(nxt.lstrip()))
        out.append(_postcode(off + pc_next.start("pc"), off + pc_next.end("pc"), why))
    return out


_ORG_CONTACT = compiled(
    r"(?i:www\.|https?://|\b(?:website|internet)[ \t]*:|\b(?:info|contact|post|secretariaat|receptie)@)"
)


def _postcode(start: int, end: int, why: str) -> Candidate:
    """The candidate for the postcode of an address found for ``why``."""
    return Candidate(start, end, "ADDRESS", Explanation("home_address", 0.85, "postcode of " + why))


# "DE HEER J.P. VAN ’T HOF" / "POSTBUS 1187" / "8001 BD ZWOLLE": a private person's own postbus
_POSTBUS_LINE = compiled(r"^[ \t]*(?P<street>Postbus[ \t\u00a0]+(?P<nr>\d{1,6}))[ \t]*$")
_FOR_ATTENTION = compiled(r"(?i:\bt\.?\s?a\.?\s?v\b|ter\s+attentie|\bminister|\bstaatssecretaris|\bcollege\b)")


def _private_addressee(prev: list[str]) -> bool:
    """The line above names a private person, not someone reached at an organisation ("t.a.v.")."""
    return _addressee(prev[-1]) and not _FOR_ATTENTION.search(" ".join(prev)) and not any(_is_public(p) for p in prev)


def _postbus(line_start: int, box: regex.Match[str], pc_at: int, pc: regex.Match[str]) -> list[Candidate]:
    """The postbus number and the postcode below it, of a private addressee."""
    why = "a postbus under a private addressee's name"
    return [
        Candidate(
            line_start + box.start("street"),
            line_start + box.end("nr"),
            "ADDRESS",
            Explanation("home_address", 0.85, why, context=box.group()),
        ),
        _postcode(pc_at + pc.start("pc"), pc_at + pc.end("pc"), why),
    ]


# the header of a table's address column: "Adres", "Woonadres", "Adres melder"
_COLUMN_LABEL = compiled(
    r"(?i:^[ \t]*(?:[\p{L}.]+[ \t]+)?(?:adres|woonadres|huisadres|privéadres|opvangadres)(?:[ \t]+\p{L}+)?[ \t]*$)"
)
# what may stand around a street and number in an address column's cell: a date before, a place after
_CELL_DATE = compiled(r"[ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ \t]+")
_CELL_TAIL = compiled(
    r",?[ \t]*(?P<pc>[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\d]))?,?[ \t]*(?:\p{Lu}[\p{L}'’-]*[ \t]*){0,3}"
)


def _column_row(text: str, lines: tuple[Line, ...], i: int, t: str) -> list[Candidate]:
    """A cell of the table's address column: a street and number on its line ("Gageldijk 12"), perhaps
    after a date and before a postcode and place ("Fok 14, 8441 BN Heerenveen"), with no organisation
    on the line."""
    lead = _CELL_DATE.match(t)
    start = lead.end() if lead else 0
    street = _STREET_RE.match(t, start)
    tail = _CELL_TAIL.fullmatch(t, street.end("nr")) if street else None
    if street is None or tail is None or _is_public(t):  # the next row may well name a sports hall
        return []
    why = "a street and number in the table's address column"
    s = lines[i].start + _street_start(t, street)
    out = [
        Candidate(
            s, lines[i].start + street.end("nr"), "ADDRESS", Explanation("home_address", 0.85, why, context=t[:80])
        )
    ]
    if tail.group("pc"):
        out.append(_postcode(lines[i].start + tail.start("pc"), lines[i].start + tail.end("pc"), why))
    return out
