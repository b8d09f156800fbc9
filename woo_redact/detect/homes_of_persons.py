"""A private person's home address beside their redacted name.

"Eigenaar is een zekere R. Wojciechowski, Havenweg 3 Almere", "de heer Anne Hoekstra (Sudergoawei 23)",
"mevrouw Anita Kromosoeto ontvangt een kopie op Lange Nieuwstraat 9, 3512 PA Utrecht", an addressee
block "t.a.v. de heer R.J.M. van den Berg" / "Lindelaan 7" / "3723 BD Bilthoven": the street and number
(and the postcode after it) that follow a redacted person's name in the same sentence are that person's,
unless an organisation is named between them or in the lines just above (a letter to a civil servant at
"Rijkswaterstaat" / "t.a.v. de heer P. de Vries" / "Griffioenlaan 2" is sent to the office). So is a street,
number and place followed by the resident's name in brackets ("Kamperstraat 28, Stadskanaal (H. Hadžić)").
The home address recognizer finds addresses by the words around them ("woont aan", "woonadres"); this step
uses the one piece of evidence it cannot see: whose name stands beside the address.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..model import Explanation
from .form_search import fold
from .grammar import compiled, line_span
from .letterheads import BUSINESS_ADDRESS_AFTER, trade_papers
from .lexicons import Lexicons, countries, load_lexicons, organisation_words_but_streets
from .merge import Merged
from .near_person import _inside
from .recognizers.address_words import (
    FLOOR,
    PARTNERSHIP_WORD,
    care_of_organisation,
    in_office,
    monument_addresses,
    of_monument,
)
from .street_context import ISLAND_STREET_KINDS

__all__ = ["addresses_after_persons"]


# the address a person gives as their work's ("Post kan ook naar mijn redactieadres: t.a.v. ...")
_WORK_ADDRESS = compiled(r"(?i:\b(?:redactie|kantoor|bezoek|werk|vestigings|zakelijk)[ -]?adres[ \t]*:[^\n:]{0,20}\Z)")
_BORN = compiled(r"(?<![\p{L}])(?i:geb\.|geboren)[ \t]*(?:op[ \t]+)?\d")
_MAX_GAP = 90  # characters between the name and the street: a clause, not the next paragraph
# a street: up to four capitalised words and the particles between them ("Lange Nieuwstraat", "Laan der Verenigde
# Naties", "Weg naar Ter Apel", "Berg en Dalseweg", "Kanaleneiland-Zuid", "It Heechhout"), the house number
# (on the next line, too:
# "Tweebaksmarkt" / "27-2"; "Weverstraat 3-bis"), then a postcode, a place or the sentence's end
_STREET_NR = compiled(
    r"(?P<street>(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+(?:(?:van|der|de|den|het|op|aan|ter|ten|naar|en)[ \u00a0]+)?){0,3}"
    r"\p{Lu}[\p{L}'’-]*\p{Ll})(?:[ \u00a0]+\n?|[ \u00a0]*\n)[ \u00a0]*"
    r"(?P<nr>[1-9]\d{0,4}(?:bis(?![\p{L}])|[ \u00a0]?[a-zA-Z](?![\p{L}]))?"
    r"(?:-[1-9]\d{0,3}[a-zA-Z]?|-[A-Z](?![\p{L}])|-bis(?![\p{L}]))?"
    rf"{FLOOR}?)"
    r"(?![\d.,:/-]\d|[\p{L}\d%€])"
    r"(?P<pc>(?:,|[ \u00a0]*[|·•])?[ \u00a0\n]*[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\d]))?"
)
# a postcode abroad after the house number (a box number between: "bus 3"), then its place: "48529 Nordhorn", "B-3920
# Lommel", "52074 Aachen"
_FOREIGN_PC = compiled(
    r"(?:[ \u00a0]+bus[ \u00a0]+\d{1,4})?[ \u00a0]*[,·|][ \u00a0]*(?P<pc>(?:[A-Z]{1,2}-)?\d{4,5})"
    r"[ \u00a0]+\p{Lu}\p{Ll}{2,}"
)
# a line that begins with the label of a meeting's or a visit's place ("Locatie: ", "Waar: ")
_PLACE_LABEL_LINE = compiled(
    r"(?im:^[ \t]*(?:locatie|vergaderlocatie|plaats[ \t]+van[ \t]+samenkomst|waar|where|location|venue)[ \t]*:[ \t]*\Z)"
)
# a report's site under the contact of its client, an organisation: "Opdrachtgever: RUD Drenthe, t.a.v. dhr. Y. el
# Khatib" / "Projectlocatie: Van Helomaweg 8" (a private client's "Projectlocatie" is often their home)
_PROJECT_LABEL_LINE = compiled(
    r"(?im:^[ \t]*(?:(?:project|werk|bouw|sloop|object|inspectie|monstername|onderzoeks)(?:locatie|adres|plaats)|"
    r"adres[ \t]+object)[ \t]*:[ \t]*\Z)"
)
_NUMBERED_HEADING = compiled(r"[.)][ \t]+\p{Lu}")  # "1. Beeld", "2) Maatregelen"
_HEADING_NUMBER = compiled(r"\d{1,2}")
_SENTENCE_END = compiled(r"[.!?](?:[ \t]+\p{Lu}|\n)|\n[ \t]*\n")
# a line that ends so goes on with the address: right after the name, or "... op" / "aan de" / "adres"
_ONTO_NEXT_LINE = compiled(r"(?:\A[ \t,()]*|(?<![\p{L}])(?:op|aan|adres|te|in|de|het|bij|van|uit)[ \t,:]*)\Z")
# a table row's number or code alone on its line: "PM-036", "0412", "12."
_ROW_GOES_ON = compiled(r"[ \t\u00a0]+\p{Lu}[\p{Ll}'’-]")
_ROW_NUMBER = compiled(r"[ \t]*(?:\p{Lu}{0,4}[-.]?)?\d{1,6}\.?[ \t]*\n")
# a signature: the name comes after a closing greeting (the address under it is the office's)
_PLACE_ONLY_AFTER = compiled(r"(?:,?[ \t]+\p{Lu}[\p{L}' -]{1,30})?[ \t]*")  # ", Schiedam": the place alone after it
# an errand's verb between the name and the address: a place the person goes to, no home
_ERRAND = compiled(r"(?i:(?<![\p{L}])(?:ophalen|afhalen|inleveren|afgeven|langskomen)(?![\p{L}]))")
_CLOSING = compiled(r"(?i:groet(?:en)?|groetjes|hoogachtend|mvg|regards)[^\n]*(?:\n[^\n]*){0,3}?[ \t,\n]*\Z")
# a letterhead's or footer's line: "Spui 70, 2511 BT Den Haag | T 14 070 | woo@denhaag.nl"
# (a label, not an initial: "T 070 ...", "E woo@...", not "E. Kortenhoeven")
_FOOTER = compiled(r"[|·•]|(?<![\p{L}])(?:T[ .:]+\(?\+?\d|E[ .:]+[\w.-]+@|www[ .:])")


def _office_footer(line: str, leads: bool) -> bool:
    """A footer's line of an office's details ("Spui 70 | T 14 070", "www.utrecht.nl"); not a resident's own
    letterhead of three parts that their name ``leads``, name | street | postcode and place ("Nomvula
    Osei-Bonsu | Tweede Daalsedijk 114 bis | 3551 EK Utrecht")."""
    if _FOOTER.search(line) is None:
        return False
    if not leads:
        return True
    parts = [p for p in regex.split(r"[|·•]", line) if p.strip()]
    if len(parts) > 3 and parts[-1].strip() in countries():
        parts.pop()  # "Jens Vercauteren · Kouter 29 · 9000 Gent · België": the country is no office's detail
    # "Marloes Tjoonk-Brouwer | Weverstraat 88 | 7607 HK Almelo | 06-48 11 27 09 | m.tjoonk@...": her mobile and her
    # mail address are her own details, no office's
    parts = [p for p in parts if not _OWN_CONTACT.fullmatch(p.strip())]
    contact = _FOOTER.search(" ".join(parts))
    return contact is not None or len(parts) > 3 or _PUBLIC_BODY.search(line) is not None


_OWN_CONTACT = compiled(
    r"(?:(?i:mob(?:iel)?\.?|tel\.?|m|t)[ :.]*)?(?:\+31[ \u00a0]?\(?0?\)?[ \u00a0]?6|06)[\d \u00a0-]{8,12}"
    r"|[\w.+-]+@[\w.-]+"
)


# the bracket closes after the number, or after the place ("(Hoofdweg 1187, Nieuw-Vennep)")
_BRACKET_END = compiled(r"(?:,[ \u00a0]*\p{Lu}[\p{L}'’ -]{1,30})?\)")
_PLACE_AFTER = compiled(
    r"(?:,[ \u00a0]*\n?[ \u00a0]*|[ \u00a0]+(?:te[ \u00a0]+)?)(\p{Lu}[\p{L}'’-]+)"
)  # "Skâns 14, Workum", "Rijndijk 211," / "Hazerswoude-Dorp", "’t Broek 10 te Nistelrode"
_PUBLIC_BODY = compiled(r"(?i:\b(?:gemeente|provincie|ministerie|waterschap|rijks\w+|dienst|directie)\b)")
_UNITS = frozenset({"uur", "jaar", "maanden", "weken", "dagen", "procent", "euro", "km", "m", "m2", "pagina"})


# the endings that make a street whatever word leads it ("Kasteel Traverstraat"; not "-burg", "-dijk": places too)
_PLAIN_STREETS = ("straat", "laan", "weg", "plein", "steeg", "gracht", "kade", "singel", "hof")
# the buildings an organisation works from: "Briefing bij Stadskantoor, Oldehoofsterkerkhof 2"
_PUBLIC_BUILDINGS = ("kantoor", "stadhuis", "gemeentehuis", "provinciehuis", "bureau", "kazerne")
# a public building written small where someone is asked to come ("een gesprek op het gemeentehuis, Kerkstraat 2")
_MEETING_PLACES = frozenset(
    {
        "gemeentehuis",
        "stadhuis",
        "provinciehuis",
        "raadhuis",
        "stadskantoor",
        "politiebureau",
        "buurthuis",
        "wijkcentrum",
    }
)


def _street_like(street: str, bracketed: bool = False) -> bool:
    """The words could be a street's name: no unit, month, organisation word or ordinary word alone
    (``bracketed``: in brackets after the name, "(Charloisse Hoofd 210)", a last word of a street's may be a word)."""
    lex = load_lexicons()
    words = street.split()
    last = words[-1].lower()
    org_words = organisation_words_but_streets()  # "Nieuwe Kade 1" is a street
    word = lex.is_non_person_word(words[-1]) and not (bracketed and len(words) > 1)
    if last in _UNITS or word or last in org_words:
        return False
    if len(words) == 1 and lex.is_ordinary_word(words[0]) and not last.endswith(lex.street_suffixes):
        return False  # "Artikel 3", "Bijlage 2", "Fase 4"
    if last.endswith(_PLAIN_STREETS) and len(words) > 1 and not words[0].lower().endswith(_PUBLIC_BUILDINGS):
        return not any(w.lower() in org_words for w in words[1:-1])  # "Kasteel Traverstraat" is a street
    return not any(w.lower() in org_words for w in words)


def _organisation_between(text: str) -> bool:
    """An organisation, a trade or a legal form in ``text``: the address may be its."""
    org_words = organisation_words_but_streets()  # "Burgemeester de Withstraat" is a street
    endings = ("erij", *_PUBLIC_BUILDINGS, *org_words)
    raws = text.replace("-", " ").split()
    for k, raw in enumerate(raws):
        w = raw.strip(".,;:()'\"").lower()
        if w in _MEETING_PLACES:
            return True
        if raw[:1].islower() and k and raws[k - 1].lower() in _OWN:
            continue  # "Ria Smit-Roosendaal op het bedrijf (Heinoseweg 140)": the family's own farm, no firm named
        if w.endswith(_INFORMAL_GROUPS):
            continue  # "voorzitter Bewonersvereniging Lekdijk-Oost": a residents' group, no office of its own
        if w in org_words or w in {"b.v", "n.v", "bv", "nv", "vof", "v.o.f", "postbus"}:
            return True
        if raw[:1].isupper() and len(w) > 6 and w.endswith(endings):
            return True  # "Bakkerij Kramer", "Bouwbedrijf"
    return bool(_PUBLIC_BODY.search(text)) or in_office(text)


# residents' and citizens' groups without an office: their address is a member's home
_INFORMAL_GROUPS = (
    "bewonersvereniging", "buurtvereniging", "bewonerscommissie", "bewonersgroep", "initiatiefgroep", "actiegroep",
    "actiecomité", "actiecomite", "buurtcomité", "buurtcomite",
)  # fmt: skip


def _names_informal_group(text: str) -> bool:
    """A word of ``text`` names a residents' or citizens' group (``_INFORMAL_GROUPS``)."""
    return any(w.strip(".,;:()").lower().endswith(_INFORMAL_GROUPS) for w in text.split())


# "t.a.v." (or "attn.") before the name on its line: the organisation before it is where the letter goes
_CLUB_OFFICER = compiled(r"(?i:secretaris|penningmeester|ledenadministratie)")
_FOR_ATTENTION = compiled(
    # ("t.a.v. de directie, de heer ir. M.C. Baxtel": a unit and the title between)
    r"(?i:(?<![\p{L}])(?:t\.[ ]?a\.[ ]?v\.?|ter[ \t]+attentie[ \t]+van|attn\.?))[ \t]+(?:\S+[ \t]+){0,5}\Z"
)


# (a practice of partners too: "p/a Vissers & Partners Advocaten, t.a.v. mr. J.E. Vissers-Oomen", its office)
_LEGAL_FORMS = compiled(
    r"(?i:(?<![\p{L}])(?:b\.?[ ]?v\.?|n\.?[ ]?v\.?|holding|stichting|vereniging|partners|advocaten|notarissen|"
    r"accountants)(?![\p{L}]))"
)


def _named_after(firm: str, person: str) -> bool:
    """``firm`` bears the surname of ``person`` and no legal form: a one-man business ("Yıldırım Groente & Fruit" /
    "t.a.v. de heer M. YILDIRIM"), whose address is its owner's."""
    # (the surname's capitalised words: "Hakvoort" of "W.M. Hakvoort-van Ee", "YILDIRIM" of "M. YILDIRIM")
    parts = {fold(w).lower() for w in regex.findall(r"\p{Lu}[\p{L}'’]{2,}", person.replace("-", " "))}
    if not parts or _LEGAL_FORMS.search(firm):
        return False
    return bool(parts & {fold(w).lower() for w in regex.findall(r"[\p{L}'’]+", firm)})


# a cell that holds the name alone, a comma after it ("J.W. Hofstede,"), its address on the cell's next line
# (after the row's number, "1 Gert van Ginkel,", a nickname in brackets: "25- Johanna (Jopie) Padmos-de Ridder,")
_CELL_NAME = compiled(
    r"[ \t]*(?:\d{1,4}[-.]?[ \t]+)?(?P<cell>(?:(?i:de[ \t]+heer|mevrouw|dhr\.|mw\.|fam\.|familie)[ \t]+)?"
    r"[^\n,()]+(?:\([^\n()]*\)[^\n,()]*)?),?[ \t]*"
)
_OWN = frozenset({"het", "hun", "zijn", "haar", "eigen"})
# (and Papiamentu's "Kaya": a street)
_STREET_HEADS = frozenset(
    {"Laan", "Plein", "Hof", "Kade", "Singel", "Gracht", "Dijk", "Weg", "Straatweg", *ISLAND_STREET_KINDS}
)


def _guessed(text: str, p: Merged) -> bool:
    """One word only the statistical model calls a name, below the certain score ("Snackbar De Vier" / "Winden,"):
    too weak to make an address a home, which the batch then spreads (not "Xhemajl Berisha", a foreign name only the
    model knows)."""
    one_word = len(text[p.start : p.end].split()) == 1
    return one_word and p.score < 0.8 and all(e.detector in ("ner", "propagation") for e in p.explanations)


def addresses_after_persons(
    text: str,
    persons: Sequence[Merged],
    orgs: Sequence[tuple[int, int]],
    taken: Sequence[Merged],
    beside: Callable[[int, int], bool] | None = None,
    below: Callable[[int], int | None] | None = None,
) -> list[Merged]:
    """Street and number (with the postcode after them) following a redacted person's name in its
    sentence, in the next cell of the name's table row (``beside``: :func:`~.lines.beside_on_row`) or on the
    name's cell's next line (``below``: :func:`~.lines.word_below`);
    ``taken`` are the spans already found (an address there is not reported twice)."""
    lex = load_lexicons()
    out: list[Merged] = []
    # a business's papers (an invoice, its KvK number): a name over an address there is a sole trader's letterhead
    trade = trade_papers(text)
    monuments = monument_addresses(text)
    for p in persons:
        if _guessed(text, p):
            continue  # "Snackbar-Lunchroom De Vier" / "Winden," / "Kerkstraat 14": a word the model alone calls a name
        # "J.W. Hofstede," over "Veldkampsweg 12, Staphorst": the cell's next line, after the row's other cells
        cell = _CELL_NAME.fullmatch(text, *line_span(text, p.start)) if below is not None else None
        at = below(cell.start("cell")) if below is not None and cell is not None else None
        if at is not None and cell is not None and text.count("\n", cell.end(), at) < 2:
            at = None  # the very next line: no other cell read between (an addressee block reads straight on)
        if at is not None and text.startswith("(", at):
            at += 1  # "Fam. Çelik-Jansen" over "(Stationsweg 8)": the address in brackets under the name
        m = _STREET_NR.match(text, at) if at is not None else None
        if m is None:
            stop = _SENTENCE_END.search(text, p.end, min(len(text), p.end + _MAX_GAP))
            window_end = stop.start() + 1 if stop else min(len(text), p.end + _MAX_GAP)
            m = _STREET_NR.search(text, p.end, window_end + 12)
            if m is None or m.start() >= window_end:
                continue
        in_cell = m.start() == at
        if BUSINESS_ADDRESS_AFTER.match(text, m.end()):
            continue  # "Industrieweg 18, 7202 CA Zutphen (bedrijfsadres)": the business's, its owner's home given apart
        if (
            _NUMBERED_HEADING.match(text, m.end("nr"))
            and not text[line_span(text, m.start("nr"))[0] : m.start("nr")].strip()
            and _HEADING_NUMBER.fullmatch(m.group("nr"))  # (not "Vaillantlaan" / "311-C. De heer": a house number)
        ):
            continue  # "secretaris, Veiligheidsregio Zuid-Limburg" / "1. Beeld": the next heading's number
        # (in a wrapped cell, what stands between is the row's other cells': only the name's line's end is its own)
        between = text[p.end : line_span(text, p.end)[1]] + "\n" if in_cell else text[p.end : m.start()]
        street = m.group("street")
        bracketed = between.strip() == "(" and bool(_BRACKET_END.match(text, m.end("nr")))
        if not _street_like(street, bracketed):
            continue
        place = _PLACE_AFTER.match(text, m.end("nr"))
        shaped = (
            street.split()[-1].lower().endswith(lex.street_suffixes)
            # "Laan der Verenigde Naties 102", "Kerkewijk 7" (no place of that name)
            or street.split()[0] in _STREET_HEADS
            or (street.lower().endswith("wijk") and street not in lex.places)
            or bool(m.group("pc"))
            or bool(place and place.group(1) in lex.places)
            # "Am Weiher 5, 48529 Nordhorn", "Kapelstraat 22 bus 3, 3920 Lommel": a postcode abroad and its place
            or bool(_FOREIGN_PC.match(text, m.end("nr")))
            # "de heer Anne Hoekstra (Sudergoawei 23)": in brackets right after the name
            or bracketed
            # "(verzoeker: G. Mensink, Ruitenveen 3)": it closes the bracket the name stands in
            or (
                text[m.end("nr") : m.end("nr") + 1] == ")"
                and _OPEN_BRACKET.search(text[line_span(text, p.start)[0] : p.start]) is not None
            )
        )
        if not shaped:
            continue  # "Sprint 4", "Zaal 2": a street needs its ending, a postcode or a place after it
        # ("Stefan Kötter" | "Grensweg 3, Zwinderen": the row's next cell, on a line of its own in the text)
        next_cell = in_cell or (beside is not None and beside(p.end - 1, m.start("street")))
        if "\n" in between and not _ONTO_NEXT_LINE.search(between[: between.rfind("\n")]) and not next_cell:
            # ("Rutger Meijerink, dierenarts" / "Beekhuizerweg 3a": a sole trader's name and trade over the address)
            own_trade = (
                trade and _TRADE_AFTER_NAME.match(between) and not text[line_span(text, p.start)[0] : p.start].strip()
            )
            # ("Marieke Oosterhuis-Bakker" / "voorzitter Bewonersvereniging Lekdijk-Oost" / "Lekdijk-Oost 2": her role
            # in a residents' group, which has no office, over her home)
            group_line = between.count("\n") == 2 and _names_informal_group(between)
            if not own_trade and not group_line:
                continue  # the next line of a table or a list is another cell's; an addressee block goes straight on
        if _ERRAND.search(between):
            continue  # "Mevrouw Ait Haddou kan de fiets ophalen aan de Handelskade 9": where she fetches it
        if _PLACE_LABEL_LINE.search(between):
            continue  # "Verplicht: ..., Marieke" / "Locatie: Turfmarkt 147, kamer 10.17": where the meeting is
        head_line = text[line_span(text, p.start)[0] : p.start]
        if _PROJECT_LABEL_LINE.search(between) and _FOR_ATTENTION.search(head_line):
            continue
        if any(w.strip(".,;:()") in lex.acronyms and w.strip(".,;:()") not in _OWN_NUMBERS for w in between.split()):
            continue  # "teamleider Dierenwelzijn Zuid" / "NVWA, Catharijnesingel 59": the organisation's
        bare = [w.strip(".,;:()") for w in between.split()]
        if any(w.lower().endswith(_OFFICIALS) for w in bare) and any(_BODY_CODE.fullmatch(w) for w in bare):
            continue  # "Ruud (Toezichthouder milieu, ODRU, Graadt van Roggenweg 500)": a function, its body's office
        if _WORK_ADDRESS.search(text, max(0, p.start - 60), p.start):
            continue  # "mijn redactieadres: t.a.v. M. van 't Hooft, De Noordoostpolder, Lange Nering 40": an office's
        if care_of_organisation(between):
            continue  # "B. Wiśniewski" / "p/a Leger des Heils, Nieuwe Markt 9a": in an organisation's care, its office
        employer = _LETTERS_AND_NAME.search(between)
        if employer and not _OWN_GROUP.search(employer.group()):
            continue  # "de heer D. Overmars, RTV Vaartland, Mediaweg 2": his employer's letters and name, its office
        line_start = line_span(text, p.start)[0]
        above_start = line_start
        for _ in range(2):  # the addressee block's lines above the name
            prev_start = text.rfind("\n", 0, max(0, above_start - 1)) + 1
            if _ROW_NUMBER.match(text, prev_start, above_start):
                break  # "B.V." / "PM-036" / "Stefan Kötter": the row's number ends the row before
            above_start = prev_start
        # (only an addressee block's: "Bezwaarde: de heer X en mevrouw Y, Skâns 14, Workum" is a label's line)
        head = text[line_start : p.start]
        # (a cell's lines above: other cells'; "zijn oma, mevrouw A. Wolters-Hendriks, Berg en Dalseweg 140": prose,
        # a sentence going on from the line above, no block)
        block = ":" not in head and "," not in head and len(head.split()) <= 3 and not in_cell
        # ("Dirk-Jan Weeda, geb. 14-03-1971, Rosendaalseweg 63": a date of birth between, the person's record)
        block = block and not _BORN.search(between)
        others = _others_above(text, above_start, p) if block else ""
        if _organisation_between(between) or (
            block and _organisation_between(others) and not _named_after(others, text[p.start : p.end])
        ):
            continue
        tav = _FOR_ATTENTION.search(head)
        # (or on the line above: "Baxtel ICT Services B.V." / "t.a.v. de directie, de heer ir. M.C. Baxtel")
        org_head = (
            head[: tav.start()] if tav is not None and head[: tav.start()].strip() else text[above_start:line_start]
        )
        # (not a club's officer: "korfbalvereniging KV Oosterwind" / "t.a.v. de secretaris, mevrouw A. de Jong": the
        # club's post at the secretary's home)
        if (
            tav is not None
            and _organisation_between(org_head)
            and not _CLUB_OFFICER.search(head)
            and not _named_after(org_head, text[p.start : p.end])
        ):
            continue  # "Universiteit IJsselland, Dienst ICT, t.a.v. R. Achterberg" / "Ankersmitplein 1": the office's
        if in_office(text[above_start : p.start]):
            continue  # "Aan de vestigingsdirecteur van PI Vught" / her name / "Lunettenlaan 501": the prison's
        if any(s < m.end() and m.start() < e for s, e in orgs):
            continue
        if "\n" in text[m.end("street") : m.start("nr")] and (
            m.group("street") in lex.places or _ROW_GOES_ON.match(text, m.end("nr"))
        ):
            continue  # "v Zwolle" / "2 Oosterveld R. (Rik)": a list's place of residence, the next row's number
        street_line = line_span(text, m.start())
        after = text[m.end() : street_line[1]]
        if not after.strip() and beside is not None and beside(m.start("street"), street_line[1] + 1):
            after = text[street_line[1] + 1 : line_span(text, street_line[1] + 1)[1]]  # the row's next cell
        # (not a list's next item after a semicolon: "A. Brouwer, Zanddonkseweg 17; Stichting Leefbaar Zanddonk")
        if (in_cell or beside is not None) and not after.lstrip().startswith(";") and _organisation_between(after):
            continue  # "Kerkplein 1" | "Stichting Oude Groninger Kerken": the row's owner, after the address
        # the name begins the street's line, or ends the line right above it (a sole trader's letterhead:
        # "Fotografie Sjoerd Hoekstra" / "Tsjerkebuorren 6 · 9021 CK Jorwert")
        leads = not text[street_line[0] : p.start].strip() or not text[p.end : street_line[0]].strip()
        letterhead = trade and leads and not _PUBLIC_BODY.search(text[slice(*street_line)])
        footer = _office_footer(text[slice(*street_line)], leads) and not letterhead
        # (a requester signs with his home right under his name: "Met vriendelijke groet," / "Maarten Hogeveen" /
        # "Lange Haven 131, Schiedam"; a civil servant's office has its function or organisation between)
        own_line = text[p.end : m.start()].strip(" \t,") == "\n" or (
            not text[p.end : m.start()].strip(" \t,") and text[p.end : m.start()].count("\n") == 1
        )
        signed_home = own_line and bool(_PLACE_ONLY_AFTER.fullmatch(after)) and not _PUBLIC_BODY.search(after)
        # ("Marieke Oosterhuis-Bakker" / "voorzitter Bewonersvereniging Lekdijk-Oost" / "Lekdijk-Oost 2, Vianen": a
        # residents' group's chair signs with her home)
        signed_home = signed_home or _names_informal_group(between)
        if (_CLOSING.search(text, max(0, p.start - 200), p.start) and not signed_home) or footer:
            continue  # "Groet, Eline" / "Spui 70, 2511 BT Den Haag | T 14 070": a civil servant's office
        foreign = None if m.group("pc") else _FOREIGN_PC.match(text, m.end("nr"))
        end = m.end("pc") if m.group("pc") else (foreign.end("pc") if foreign else m.end("nr"))
        if _inside(taken, m.start(), end) or of_monument(text, m.start("street"), end, monuments):
            continue  # (a monument's address is in its public register)
        name = " ".join(text[p.start : p.end].split())
        why = f"the street and number right after the redacted name '{name}' in its sentence"
        out.append(Merged(m.start("street"), end, "ADDRESS", (Explanation("address_of_person", 0.7, why),)))
    return out + _addresses_before_persons(text, persons, orgs, [*taken, *out], below)


# the letters of a person's own numbers: "mevrouw A. Jansen, BSN 123456782, Kerkstraat 4" is her home
_OWN_NUMBERS = frozenset({"BSN", "IBAN", "BIG", "AGB", "ID", "DOB"})
# a public body's officer by function (not an association's secretary, a permit holder)
_OFFICIALS = (
    "toezichthouder", "inspecteur", "handhaver", "medewerker", "adviseur", "specialist", "jurist", "ambtenaar",
    "consulent", "teamleider", "coördinator", "coordinator",
)  # fmt: skip
_BODY_CODE = compiled(r"\p{Lu}{3,6}")  # an organisation's letters: "ODRU", "RUD", "OFGV"
# (not the owners' association of his building, a club's branch or a street's name: "VVE Kerkstraat Oost", "KBO
# Afdeling Diepenheim")
_OWN_GROUP = compiled(r"(?i:\bvve\b|\bkbo\b|\bpcob\b|afdeling|straat|laan|weg\b|plein|hof\b|kade)")
_LETTERS_AND_NAME = compiled(r",[ \t]*\p{Lu}{2,6}[ \t]+\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]*,[ \t]*\Z")
# a name's own line going on with the trade in small letters: ", dierenarts", ", bouwkundig adviseur & contra-expert"
_TRADE_AFTER_NAME = compiled(r"\A,[ \t]*\p{Ll}[^\n,;:]{1,60}\n[ \t]*\Z")


_LEGAL_FORM = compiled(
    r"(?i:(?<![\p{L}])(?:b\.?[ ]?v|n\.?[ ]?v|v\.?o\.?f|stichting|vereniging|coöperatie|holding)(?![\p{L}]))"
)


_OWN_PARTNERSHIP = compiled(rf"\A[ \t]*{PARTNERSHIP_WORD}[ \t]*\Z")


def _others_above(text: str, above_start: int, p: Merged) -> str:
    """The addressee block's lines above the name but those that hold its surname and no legal form: "Ramdin
    Interim & Advies" above "Ravi Ramdin" is the person's own trade, not an organisation they are written to at
    ("Groenvoorziening Hartman B.V." above "Contactpersoon: Kees Hartman" is a company's)."""
    surname = text[p.start : p.end].split()[-1]
    lines = text[above_start : p.start].split("\n")
    own = regex.compile(rf"(?<![\p{{L}}]){regex.escape(surname)}(?![\p{{L}}])")
    head = [line for line in lines[:-1] if not own.search(line) or _LEGAL_FORM.search(line)]
    # "V.O.F. Klein Gunnewiek" / "Meddoseweg 23": the partners' own farm, named before them on their line
    last = _OWN_PARTNERSHIP.sub("", lines[-1])
    return "\n".join([*head, last])


# "Kamperstraat 28, Stadskanaal (H. Hadžić)", "Dorpsstraat 3, Gasselternijveen (fam. Wójcik)": a street, number
# and place, then the resident's name in brackets
# ... or with no place between: "Dichtstbijzijnde geurgevoelig object: Kooiweg 5 (P. Lamberink)"
_RESIDENT_AFTER = compiled(
    r"(?:(?:,|[ \t]*\n)?[ \t\n]*\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)?[ \t\n]*\("
    r"(?:(?i:fam\.|familie|de[ \t]+heer|mevrouw|dhr\.|mw\.|bewoner:?|eigenaar:?)[ \t\n]*)?\Z"
)
_OPEN_BRACKET = compiled(r"\([^()]*\Z")


def _wrapped(text: str, m: regex.Match[str], p: Merged, below: Callable[[int], int | None] | None) -> bool:
    """The place and the resident's name in brackets stand on the cell's next line, under the street ("Kamperstraat
    28," / "Stadskanaal (H. Hadžić)" with the row's other cells read between them)."""
    cell_line = line_span(text, p.start)[0]
    return (
        below is not None
        and text.startswith(",", m.end("nr"))
        and below(m.start("street")) == cell_line
        and _RESIDENT_AFTER.fullmatch(text, cell_line, p.start) is not None
    )


def _addresses_before_persons(
    text: str,
    persons: Sequence[Merged],
    orgs: Sequence[tuple[int, int]],
    taken: Sequence[Merged],
    below: Callable[[int], int | None] | None = None,
) -> list[Merged]:
    """Street and number, then a place, then a redacted name in brackets: the home of the person named (the
    place and name on the cell's next line, ``below`` the street, when the row's other cells come between)."""
    out: list[Merged] = []
    for p in persons:
        lead = max(0, p.start - 80)
        found = [
            m
            for m in _STREET_NR.finditer(text, lead, p.start)
            if _RESIDENT_AFTER.fullmatch(text, m.end("nr"), p.start) or _wrapped(text, m, p, below)
        ]
        if not found:
            continue
        m = found[-1]
        if not _street_like(m.group("street")) or any(s < m.end() and m.start() < e for s, e in orgs):
            continue
        if _organisation_between(text[line_span(text, m.start())[0] : m.start()]):
            continue  # "Gemeentehuis, Markt 1, Assen (mevrouw Jansen)": where she works
        start, end = _street_start(text, m), m.end("pc") if m.group("pc") else m.end("nr")
        if _inside([*taken, *out], start, end):
            continue
        name = " ".join(text[p.start : p.end].split())
        why = f"the street and number before the redacted name '{name}', in brackets after the address"
        out.append(Merged(start, end, "ADDRESS", (Explanation("address_of_person", 0.7, why),)))
    return out


def _noun(word: str, lex: Lexicons) -> bool:
    """A word of the dictionary, or two written as one ("Meetpunt")."""
    return word.lower() in lex.dutch_words or lex.is_ordinary_word(word) or lex.is_dictionary_compound(word)


def _street_start(text: str, m: regex.Match[str]) -> int:
    """Where the street's name begins: after a noun that leads it ("Meetpunt Kamperstraat 28"), not after an
    adjective of the name ("Lange Nieuwstraat 4")."""
    lex = load_lexicons()
    words = list(regex.finditer(r"\S+", m.group("street")))
    while len(words) > 1 and not words[0].group().endswith("e") and _noun(words[0].group(), lex):
        if not words[-1].group().lower().endswith(lex.street_suffixes):
            break
        words.pop(0)
    return m.start("street") + words[0].start()
