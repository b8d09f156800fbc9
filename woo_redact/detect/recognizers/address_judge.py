"""Whether one street and number, read in its lines, is a private person's home: :func:`_judge_address`.

:mod:`.address` walks the lines and hands each street it finds here with the lines around it in its own column
(the lines above, the one or two below, a form row's label); this module weighs what they say: a home word in the
sentence ("woont aan", "wonende te"), an address label, an addressee's name above, a full address (street, number
and postcode) with no organisation, office or firm around it, against a firm's "t.a.v.", an organisation's seat
("gevestigd aan"), its contact block or an elected domicile. It returns the street's candidate and its postcode's
(on the line, broken over the line end, or on a line below).
"""

from __future__ import annotations

import regex

from ...model import Explanation
from ..grammar import compiled
from ..lexicons import load_lexicons, municipalities, organisation_words_but_streets
from .address_rows import _postcode
from .address_words import (
    _ADDRESS_LABEL,
    _AFTER_PERSON,
    _HOMES,
    _LABEL_LINE,
    _NAME_BRACKET,
    _NAME_COMMA,
    _NAME_OF,
    _OFFICE,
    _PARTY_ADDRESS_END,
    _POSTCODE_RE,
    _PUBLIC,
    _STREET_RE,
    _TITLED_COMMA,
    ADAPTATION_LEAD,
    HOME_IF_PRIVATE_WORDS,
    HOME_WORDS,
    _addressee,
    _is_public,
    _known_name,
    _street_start,
    bare_surname,
    care_of_organisation,
    in_office,
    institution_line,
)
from .footers import org_footer
from .structure import Candidate

_ELECTED = compiled(r"(?i:woonplaats[ \t\n]+(?:kiez|gekozen)|woonplaats[ \t\n]+wordt[ \t\n]+gekozen)")


# (its postcode and place may stand between: "Westerweg 55, 1759 JA Callantsoog (bedrijfs- en woonadres)")
_OWN_HOME_TAIL = (
    r"(?:,?[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})?[ \t]*"
    r"\((?i:eigen[ \t]+woning|woonadres|thuisadres|privéadres|thuis|"
    r"(?:bedrijfs-[ \t]+en[ \t]+|tevens[ \t]+)woonadres|woon-[ \t]+en[ \t]+bedrijfsadres)\)"
)
_OWN_HOME_AFTER = compiled(_OWN_HOME_TAIL)


_PC_DIGITS_END = compiled(r"(?P<d>[1-9]\d{3})[ \t]*$")
_PC_LETTERS_START = compiled(r"^[ \t]*(?P<l>(?!SA|SD|SS)[A-Z]{2})(?![\p{L}\d])")
# a date of birth right before the street in a row (a year before 2010: no date of a letter or a report)
_BIRTH_DATE_LEAD = compiled(r"(?<![\d-])\d{1,2}-\d{1,2}-(?:19\d\d|200\d)[ \t]+\Z")  # (fullmatch: a cell alone)
_NUMBERED_ROW = compiled(r"[ \t]*\d{1,3}[ \t]+\p{Lu}")
_TAV_INLINE = compiled(r"(?<=\p{L})[ \t]*,[ \t]*(?=(?i:t\.?\s?a\.?\s?v\.?|ter\s+attentie\s+van)[ \t:]+)")
_POSTAL_LABEL = compiled(r"(?i:\b(?:post|correspondentie)adres[ \t]*:[ \t]*\Z)")
_FIRST_PERSON = compiled(r"(?i:(?<![\p{L}])(?:ik|mij|mijn|me)(?![\p{L}]))")
_SOLE_TRADER = compiled(r"(?i:\beenmanszaak\b)")
_MEMBERS = compiled(r"[ \t]*(?i:aan[ \t]+)?(?i:de[ \t]+)?(?i:leden|members)[ \t]+(?i:van)\b")
_STREET_ALONE = compiled(r"[ \t]*[.,]?[ \t]*")  # the street and number alone on the line (a full stop after)
# a word of five letters or more and a full stop, then a capital: a sentence's end ("Burg.", "Prof." abbreviate)
_SENTENCE_INSIDE = compiled(r"\p{Ll}{4}\.[ \u00a0]+\p{Lu}")
_GAP = compiled(
    r"(?:[ \u00a0]*[|·•][ \u00a0]*|[ ,\u00a0]*(?:(?<=[ \u00a0])(?:in|te)[ \u00a0]+|\((?i:postcode)[ \u00a0:]+)?)"
)  # "... 211 (postcode 7954 GJ)"


# a firm's or body's seat right before the street: "gevestigd aan de", "kantoorhoudend te", "met zetel aan"
# a farm's name on the line under its farmer's ("Boerderij 'Het Hoge Erf'", "Melkveehouderij It Heechhiem V.O.F.")
_FARM_LINE = compiled(r"[ \t]*(?i:\w*(?:houderij|boerderij|kwekerij|tuinderij|hoeve)(?![\p{L}]))")
_SEATED = compiled(r"(?i:\b(?:gevestigd|kantoorhoudend|statutair|met[ \t]+zetel|zetelend))[^,;.\n]{0,30}\Z")


# the islands of the Caribbean Netherlands, Aruba, Curaçao and Sint Maarten have no postcodes: the place after the
# street, or on the line below, ends an addressee's block there ("Kaya Flamboyan 3" / "Hato, Curaçao")
_ISLAND = (
    r"(?:Bonaire|Kralendijk|Rincon|Saba|Sint[ \u00a0]Eustatius|St\.?[ \u00a0]Eustatius|Statia|Cura[cç]ao|"
    r"Willemstad|Aruba|Oranjestad|Sint[ \u00a0]Maarten|Philipsburg)"
)
_ISLAND_SAME_LINE = compiled(
    rf"[ \u00a0]*,[ \u00a0]*(?:\p{{Lu}}[\p{{L}}'’-]+[ \u00a0]*,?[ \u00a0]*)?{_ISLAND}[ \t,]*\Z"
)
_ISLAND_LINE = compiled(rf"[ \t]*(?:\p{{Lu}}[\p{{L}}'’ -]+,[ \u00a0]*)?{_ISLAND}[ \t,.]*\Z")


def _island_place(rest: str, nxt: str) -> bool:
    """An island's place after the street on its line, or alone on the next line: where a postcode would stand."""
    return bool(_ISLAND_SAME_LINE.match(rest) or (not rest.strip(" \t,") and _ISLAND_LINE.match(nxt)))


FULL_ADDRESS = "full_address"  # the rule of a home known by its full address alone


_TITLED_STREET_LEAD = compiled(
    r"(?:Dokter|Dr\.|Burgemeester|Burg\.|Professor|Prof\.|Pastoor|Generaal|Kapitein)[ \t]+"
    r"(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*"
)
# a letter's salutation on its own line: what follows it is the letter's first sentence, not the salutation's
_SALUTATION_LINE = compiled(r"(?im:^[ \t]*(?:beste|geachte|hallo|hoi|lieve|dag)(?![\p{L}])[^\n]{0,60},[ \t]*\n)")
_VENUE_LABEL = compiled(r"(?i:(?<![\p{L}])(?:locatie|vergaderlocatie|vergaderplaats|venue)[ \t]*:)")
# ... that names a room or a building ("Ter Borch-zaal, Aletta Jacobshal"; not "Locatie: Ruud Vos, Hoofdweg 31")
_VENUE_WORD = compiled(r"(?i:\p{L}*(?:zaal|hal|gebouw|kamer|aula|centrum|huis|kantoor|school|bibliotheek)(?![\p{L}]))")


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
    if " ".join(street.group("street").split()).lower() in municipalities():
        return []  # "woont in Amsterdam 3 kilometer van ...": a town and a distance, no street
    cut = _SENTENCE_INSIDE.search(street.group("street"))
    if cut is not None:
        # "uw horecabedrijf De Koperen Ketel. Op 12 en 24 mei": a sentence ends in it, no street's name; the street is
        # what comes after the sentence's end, if anything ("Huisbezoek bij Jansen. Kerkstraat 12, 1234 AB")
        again = _STREET_RE.match(street.string, street.start("street") + cut.end() - 1)
        if again is None or again.end("nr") != street.end("nr"):
            return []
        street = again
    gap = _GAP.match(t, street.end())  # ", ", " in ", " te ": "Wielingenstraat 12 in 3522 PA Utrecht"
    pc_here_at = gap.end() if gap else street.end()
    pc_here = _POSTCODE_RE.match(t, pc_here_at)
    pc_next = _POSTCODE_RE.match(nxt.lstrip()) if not pc_here else None
    # "Assendorperstraat 77, 8012" + "DE Zwolle": a postcode broken over the line end
    split_digits = None if pc_here else _PC_DIGITS_END.match(t, pc_here_at)
    split_letters = _PC_LETTERS_START.match(nxt) if split_digits else None
    pc_split = (split_digits.start("d"), nxt_start + split_letters.end("l")) if split_digits and split_letters else None
    pc_far = _POSTCODE_RE.match(nxt2.lstrip())
    tav = _TAV_INLINE.search(prev[-1]) if prev else None
    if prev and tav:  # "Aan Bakkerij Kramer, t.a.v. de heer Dirk-Jan Kramer": the firm, then its addressee
        prev = [*prev[:-1], prev[-1][: tav.start()], prev[-1][tav.end() :]]
    street_start = _street_start(t, street)
    sentence = (text[max(0, line_start - 160) : line_start] if before is None else before[-160:]) + t[:street_start]
    sentence = compiled(r"[.!?]\s+(?=\p{Lu})").split(sentence)[-1]
    sentence = _SALUTATION_LINE.split(sentence)[-1]  # ("Beste bewoners," over "Onder het tankstation aan de ...")
    lead = t[:street_start]
    named_by = lead.rstrip()[:-1][-60:]
    if lead.rstrip().endswith("(") and _PUBLIC.search(named_by) and not HOME_WORDS.search(named_by):
        return []  # "bij de Gemeente Zwolle (Grote Markt 1)": an organisation's address in brackets after its name
    if care_of_organisation(lead):
        return []  # "p/a Leger des Heils, Nieuwe Markt 9a": in an organisation's care, its office
    if _CARE_OF_END.search(lead) and (
        _TOWN_HALL_STREET.fullmatch(street.group("street")) or _known_body(sentence[: sentence.rfind("p/a")])
    ):
        # "Stichting Dorpsbelang Lunteren" / "p/a Raadhuisplein 1": in the town hall's care; "Vereniging Nederlandse
        # Gemeenten p/a Nassaulaan 12": a body the lists know, at its office
        return []
    if _OFFICE_AT.search(sentence):
        return []  # "vlak bij het hoofdkantoor van het ABP aan de Oude Lindestraat 70": where an office stands
    context = " ".join(prev[-1:]) + " " + t + " " + (nxt if pc_next else "")
    named = _NAME_COMMA.search(lead)
    if named is None and not lead.strip() and prev and _STREET_ALONE.fullmatch(t, street.end("nr")):
        named = _NAME_COMMA.search(prev[-1])  # "Groet, Henk Lubbinge," / "Assendorperdijk 9.": his, over the line end
    # the sentence's end: "aan de Lansinkweg 31 waar een\nbewoner, ..."
    after = compiled(r"[^.!?\n]{0,60}").match(t, street.end("nr"))
    rest = (after.group() if after else "") + (" " + nxt if after and after.end() == len(t) and not pc_next else "")
    if pc_next and after and after.end() == len(t):  # "Waaldijk 38," / "6691 MK Gendt, waar ook de familie woont."
        rest += " " + nxt.lstrip()[pc_next.end() :]
    rest = rest.split(".")[0].split("!")[0].split("?")[0]
    home = bool(HOME_WORDS.search(sentence) or _HOMES.search(sentence)) or bool(_AFTER_PERSON.search(lead))
    # ("Stuur een brief naar Postbus 50061": an organisation's postbus to write to is no one's home)
    home = home and not street.group(0).lstrip().lower().startswith("postbus")
    home = home or bool(_BIRTH_DATE_LEAD.search(lead))  # "Henk Groen" / "18-05-1950 Papesteeg 9": a register's row
    # ... or a cell a line: "Wilhelmina (Willy)" / "02-11-1949" / "Hillevliet 127 a"
    home = home or (not lead.strip() and bool(prev) and bool(_BIRTH_DATE_LEAD.fullmatch(prev[-1].strip() + " ")))
    home = home or bool(HOME_IF_PRIVATE_WORDS.search(sentence) and not _is_public(sentence))
    # ("ontving het Meldpunt Woonfraude een melding over het adres Hoveniersstraat 47-B": the home reported on)
    home = home or bool(_REPORT_ON_HOME.search(sentence))
    home = home or (bool(HOME_WORDS.search(rest)) and not _is_public(sentence + " " + rest))
    home = home or bool(_OWN_HOME_AFTER.match(t, street.end("nr")))  # "(bedrijfs- en woonadres)": whoever's firm
    # "Varkenshouderij Antonius Verhoeven (eenmanszaak), Heikantsestraat 17": a one-man business is a natural
    # person's, its address his (personal data whatever the business)
    home = home or bool(_SOLE_TRADER.search(lead))
    home = home or bool(ADAPTATION_LEAD.search(lead))  # "Project: badkameraanpassing Anne Frankstraat 9"
    # "U kunt mij bereiken op 06 ... Postadres: Hooghiemstraplein 115": the writer's own postal address
    home = home or bool(
        _POSTAL_LABEL.search(lead) and _FIRST_PERSON.search(text, max(0, line_start - 200), line_start + street_start)
    )
    if home and _ELECTED.search(sentence + " " + rest) and any(_OFFICE.search(p) or _is_public(p) for p in prev):
        # "UNIVERSITEIT GENT" / "Woonplaats kiezend te 9000 Gent" / "Sint-Pietersnieuwstraat 25", "met zetel te" /
        # "Koning Albert II-laan 15" / "alwaar woonplaats wordt gekozen": the domicile an organisation elects is its
        # office (an appellant's, under their name, is their home)
        home = False
    # "de heer Stijn\nKroon (", "de heer Ruud ter Braake van Budgetwijs\nCoaching (": the title's article included
    home = home or bool(_AFTER_PERSON.search(" ".join(sentence.split()[-10:]) + " "))
    # "Handhavingsverzoek Oostergrachtswal 77, verzoeker J. Zijlstra": a case's address and its private party
    home = home or bool(_PARTY_AFTER.match(t, street.end("nr")))
    named_bracket = _NAME_BRACKET.search(sentence)
    inside = t[street_start:].split(")")[0]  # "(Julianalaan 112, 3722 GT Bilthoven)"
    home = home or bool(named_bracket and _known_name(named_bracket.group().strip(" \t\n(")) and not _is_public(inside))
    name_of = _NAME_OF.search(sentence)
    home = home or bool(
        name_of and _known_name(name_of.group("name")) and not _is_public(t[street_start : street.end()])
    )
    # "Ruud Vos, Hoofdweg 31"
    # (not a meeting's venue: "Locatie: Ter Borch-zaal, Aletta Jacobshal, Ankersmitplein 1, Deventer")
    venue = _VENUE_LABEL.search(sentence) is not None and _VENUE_WORD.search(sentence) is not None
    home = home or bool(named and _addressee(named.group("name")) and not _is_public(context) and not venue)
    # "Gerrit van Lunteren Slichtenhorsterweg 31 getekend": a list's row, the person's name and then their street
    # (not a street named after someone with their title: "Dokter Huber Noodtstraat 40", "Burgemeester Jansen Laan 3")
    titled_street = _TITLED_STREET_LEAD.fullmatch(lead.strip()) is not None and not lead.rstrip().endswith(",")
    # ("Familie Bosgraaf | Lindelaan 4 | ...": the cells written with a bar between them)
    home = home or bool(lead.strip() and _addressee(lead.strip(" \t,|·•")) and not _is_public(t) and not titled_street)
    # "Verzoeker: ProRail B.V., Moreelsepark 3": the address right after a company's legal form is the company's
    firm = _FIRM_FORM_END.search(lead)
    home = home and not (firm is not None and not _SOLE_TRADER.search(lead))
    # a form: "Adres" above; a party's address label ending the line above ("Adres bezwaarmaker:")
    # ("Adres                : Vijverhofstraat 88B": a proces-verbaal's colon begins the value's cell)
    label_above = (
        not lead.strip(" \t:")
        and bool(prev)
        and bool(_LABEL_LINE.match(prev[-1]) or _PARTY_ADDRESS_END.search(prev[-1]))
    )
    # "naam en adres (Vaillantlaan 210, ...)": the label on this line; an organisation on it says otherwise
    labelled = (bool(_ADDRESS_LABEL.search(lead)) or label_above) and not _is_public(t if lead.strip() else context)
    # an organisation's contact block: its website or general mailbox in the lines under the address
    labelled = labelled and not _ORG_CONTACT.search(nxt + "\n" + nxt2)
    # an inspection's record of a business: "Adres: Kerkstraat 14, Oostervaart" / "Onderneming: Snackbar De Vier Winden"
    labelled = labelled and not any(_BUSINESS_LABEL.match(x) for x in (nxt, *prev[-1:]))
    # a table row: a person's name in the cell above, the street and number alone in this one
    row = not pc_here and not pc_next and not lead.strip() and t[street.end("nr") :].strip() == ""
    # "Klacht van mevrouw E. Lam-Verkerk," / "Kooidijk 2": a cell's titled name and comma, its street below
    home = home or (row and bool(prev) and bool(_TITLED_COMMA.search(prev[-1])))
    # ("Architectenbureau Lont & Vis" / "t.a.v. de heer S. Lont" / "Spaarne 88": the firm's address)
    # ("De heer A.B. van der Zwaag en mevrouw E.M." / "van der Zwaag-Kok": the addressee line wrapped)
    wrapped = len(prev) > 1 and prev[-1][:1].islower() and _addressee(prev[-2].rstrip() + " " + prev[-1].strip())
    addressee = (
        bool(prev)
        and (_addressee(prev[-1]) or wrapped)
        and (bool(pc_here or pc_next or pc_split) or row or _island_place(t[street.end() :], nxt))
        and not _for_firm(prev)
    )
    # two columns read in turn: the addressee two lines up, the postcode two lines down
    addressee = addressee or (row and len(prev) > 1 and _addressee(prev[-2]) and bool(pc_far))
    # street, number and postcode with no organisation, postbus or office named in the block around it
    # the block starts after the address above it ("Postbus 10007" / "8000 GA Zwolle": the sender's)
    ends = [k for k, p in enumerate(prev) if _POSTCODE_RE.search(p)]
    # (the lines under a street with its postcode on its line are the next row's when they begin a numbered row:
    # "Barchemseweg 3, 7261 LB Ruurlo" over "3 Vereniging Natuurmonumenten, ...")
    next_row = bool(pc_here) and bool(_NUMBERED_ROW.match(nxt))
    block = " ".join([*prev[ends[-1] + 1 if ends else 0 :], t, *(() if next_row else (nxt, nxt2))])
    acronyms = load_lexicons().acronyms  # "UWV" / "La Guardiaweg 94-114" / "1043 DL Amsterdam"
    full = bool(pc_here or pc_next or pc_split) and not any(
        _is_public(b)
        or _OFFICE.search(b)
        or any(w.strip(".,:;()").upper() in acronyms for w in _POSTCODE_RE.sub(" ", b).split())  # "9671 AP": no AP
        for b in (block, sentence)
    )
    full = full and not _for_firm(prev)  # "t.a.v." says an organisation is the addressee
    # ("Jan Ligthartschool" / "Noordewierweg 85, 3812 DC Amersfoort": a school's own block)
    full = full and not any(institution_line(p) for p in prev[-2:])
    full = full and not org_footer(t)  # "OD NZKG | Ruysdaelkade 2, 1072 AG Amsterdam | 088 ...": its footer
    # two columns read in turn: the addressee two lines up, the sender's "Postbus 58285" between
    # (not a signature's name, function and organisation over the organisation's address: "Lieke Bosschaart" /
    # "Adviseur | Gemeente Rotterdam" / "Coolsingel 40, 3011 AD Rotterdam")
    # (the sender's "Postbus 58285" between, from the other column, says nothing of the addressee's street)
    between = prev[-1] if prev and not prev[-1].lstrip().lower().startswith("postbus") else ""
    addressee2 = len(prev) > 1 and _addressee(prev[-2]) and bool(pc_here) and not _is_public(t + " " + between)
    # "De heer J.H. Boer" / "Boerderij 'Het Hoge Erf'" / "Boerweg 23" / "3861 PM Nijkerk": a farmer's farm, his home
    farm = len(prev) > 1 and _addressee(prev[-2]) and bool(_FARM_LINE.match(prev[-1])) and bool(pc_here or pc_next)
    addressee2 = addressee2 or farm
    addressee = addressee or addressee2
    sole = list(_SOLE_TRADER.finditer(sentence))
    # (the eenmanszaak's own seat: no other firm's legal form or foundation between the word and the street)
    own_seat = bool(sole) and not (
        _FIRM_FORM.search(sentence, sole[-1].end()) or _FOUNDATION.search(sentence, sole[-1].end())
    )
    if _SEATED.search(sentence[-60:]) and not own_seat:
        # "verhuurder: Woonstad Rotterdam, gevestigd aan de Burgemeester de Withstraat 12": a seat, no one's home
        # (whoever's home the sentence named before it); an eenmanszaak's seat is its owner's address ("Budgetwijs
        # Coaching, eenmanszaak, ingeschreven onder KvK-nummer 81234567, gevestigd Hanzeweg 7")
        home = addressee = addressee2 = False
    # "Ilse Kamphuis" / "woonconsulent" / "Woonkracht IJssel | Brinkgreverweg 155 | 7413 AB Deventer": a signature's
    # organisation in the cell before the street, its office's address (not "Jan Jansen | Dorpsstraat 5", a person's)
    # (a name of two words or more, neither a surname's nor a form's label: not "Adres | Lindelaan 4", "Klager | ...",
    # "Kamphuis | ...")
    org_cell = _ORG_CELL_LEAD.fullmatch(lead) is not None and not _addressee(lead.strip(" \t|·•"))
    cell = lead.strip(" \t|·•").split()
    lex = load_lexicons()
    # (one word that is an organisation's name too: "Mitros | Kanaalweg 27")
    single = (
        len(cell) == 1
        and cell[0].lower() not in _FORM_LABELS
        and (
            lex.is_organisation(cell[0])
            or cell[0] in lex.acronyms
            or not (lex.is_ordinary_word(cell[0]) or lex.is_first_name(cell[0]))
        )
    )
    org_cell = (
        org_cell
        and (len(cell) >= 2 or single)
        and not bare_surname(cell[0], lex)
        and not (lex.is_ordinary_word(cell[0]) and cell[0].lower() not in organisation_words_but_streets())
    )
    if org_cell and not home:
        addressee = addressee2 = full = False
    if not (home or labelled or full or addressee2 or (addressee and not _is_public(context))):
        return []
    why = "a home address (the text says so)" if home or labelled else "an address under a private addressee's name"
    rule = ""
    if full and not (home or labelled or addressee):
        why = "a full address (street, number, postcode) with no organisation around it: a private address"
        rule = FULL_ADDRESS  # (the weakest home: the batch does not spread it, detect.batch_homes)
    s, e = line_start + street_start, line_start + street.end("nr")
    out = [Candidate(s, e, "ADDRESS", Explanation("home_address", 0.85, why, pattern=rule, context=t[:80]))]
    if pc_here:
        out.append(_postcode(line_start + pc_here.start("pc"), line_start + pc_here.end("pc"), why, rule))
    elif pc_split:
        out.append(_postcode(line_start + pc_split[0], pc_split[1], why, rule))
    elif pc_far and addressee:
        off = nxt2_start + (len(nxt2) - len(nxt2.lstrip()))
        out.append(_postcode(off + pc_far.start("pc"), off + pc_far.end("pc"), why, rule))
    elif pc_next:
        off = nxt_start + (len(nxt) - len(nxt.lstrip()))
        out.append(_postcode(off + pc_next.start("pc"), off + pc_next.end("pc"), why, rule))
    return out


# an organisation's office right before the street: "het hoofdkantoor van het ABP aan de", "de vestiging in de"
_REPORT_ON_HOME = compiled(r"(?i:\b(?:melding|signaal|adresonderzoek)\w*\s+(?:over|naar)\s+het\s+adres\s*\Z)")
_OFFICE_AT = compiled(
    r"(?i:\b(?:hoofd)?kantoor|\bvestiging|\bhoofdvestiging|\bzetel)(?:[ \t\n]+van[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?"
    r"[\p{L}-]+)?[ \t\n]+(?:aan|op|in)(?:[ \t\n]+de)?[ \t\n]*\Z"
)
_ORG_CONTACT = compiled(
    r"(?i:www\.|https?://|\b(?:website|internet)[ \t]*:|\b(?:info|contact|post|secretariaat|receptie)@)"
)


_BUSINESS_LABEL = compiled(
    r"[ \t]*(?i:onderneming|inrichting|handelsnaam|horecabedrijf|bedrijfsnaam)[ \t]*:[ \t]*\p{Lu}\p{L}"
)
_CARE_OF_END = compiled(r"(?<![\p{L}])p/a[ \t]*\Z")
_TOWN_HALL_STREET = compiled(r"(?i:(?:raadhuis|stadhuis|gemeentehuis|provinciehuis)plein)")


def _known_body(before: str) -> bool:
    """The text before a "p/a" ends in (or its line above is) an organisation the lists know."""
    lines = [ln.strip(" \t,") for ln in before.rstrip().split("\n")]
    last = lines[-1] if lines and lines[-1] else (lines[-2] if len(lines) > 1 else "")
    return bool(last) and load_lexicons().is_organisation(" ".join(last.split()))


# a form's labels and parties, no organisation's name in a cell before the address ("Klager | Lindelaan 4")
_FORM_LABELS = frozenset(
    {"adres", "postadres", "woonadres", "klager", "klaagster", "melder", "verzoeker", "verzoekster", "aanvrager"}
    | {"aanvraagster", "bezwaarmaker", "betrokkene", "cliënt", "client", "bewoner", "eigenaar", "huurder", "naam"}
)
_ORG_CELL_LEAD = compiled(r"[ \t]*\p{Lu}[\p{L}&'’.-]*(?:[ \t]+[\p{L}&'’.-]+){0,4}[ \t]*[|·•][ \t]*")
_FIRM_FORM_END = compiled(r"(?i:\bb\.\s?v\.|\bn\.\s?v\.)[ \t]*,?[ \t]*\Z")  # "ProRail B.V., " before the street
_FIRM_FORM = compiled(r"(?i:\bb\.?\s?v\.?(?![\p{L}])|\bn\.?\s?v\.?(?![\p{L}])|\bv\.?o\.?f\.?|\bc\.?v\.?(?![\p{L}]))")
_PARTY_AFTER = compiled(
    r"[ \t]*,[ \t]*(?i:verzoeker|verzoekster|aanvrager|aanvraagster|bezwaarmaker|klager|klaagster|melder|indiener|"
    r"indienster|appellant|eigenaar|bewoner|bewoonster)(?![\p{L}])"
)
# (a family is no firm: "Familie Tjeerdema" / "t.a.v. Sjoukje en Wopke Tjeerdema-Hoekstra")
# (a cooperative of volunteers too: "Energiecoöperatie Zonnedijk U.A." / "t.a.v. mevrouw I. van 't Hul, secretaris")
_FOUNDATION = compiled(r"(?i:\b(?:stichting|vereniging|fundashon|familie|fam\.|\p{L}*co[oö]peratie)(?![\p{L}]))")
_TAV = compiled(r"(?i:^[ \t]*(?:t\.?\s?a\.?\s?v\.?|ter\s+attentie\s+van)[ \t:]+)")


def _for_firm(prev: list[str]) -> bool:
    """The addressee line is "t.a.v. ..." under a firm's name: the address is the firm's, unless the firm
    bears the person's surname and no partner or legal form ("Installatiebedrijf Gert Bos" / "t.a.v. de heer
    G.H. Bos": a one-man firm at his home) or is a foundation or association (whose address is often a board
    member's home: redacted, the safe side); or a line above reaches the addressee in their office at an
    organisation ("Aan de vestigingsdirecteur van PI Vught" / "mevrouw drs. M.A. van den Akker-Smits")."""
    if any(in_office(p) for p in prev):
        return True
    if not prev or not _TAV.search(prev[-1]):
        return False
    # the surname's parts: "Koopmans-ter Brugge" under "Akkerbouwbedrijf Koopmans" is hers
    tail = prev[-1].split()[-2:] if prev[-1].split() else []
    parts = [p.strip(",.") for w in tail for p in w.split("-") if p[:1].isupper() and len(p.strip(",.")) > 2]
    firm = prev[-2] if len(prev) > 1 else ""
    if not firm.strip() or _MEMBERS.match(firm):
        return False  # "t.a.v. mevrouw ..." heading the block, or under "Aan de leden van stembureau 9": hers
    if _FOUNDATION.search(firm):
        return False  # "Stichting Dorpshuis De Kraanvogel" / "t.a.v. mevrouw ...": often a board member's home
    partners = "&" in firm or bool(_FIRM_FORM.search(firm))  # "Architectenbureau Lont & Vis", "Bos B.V.": a firm
    own = any(compiled(rf"(?<![\p{{L}}]){regex.escape(p)}(?![\p{{L}}])").search(firm) for p in parts)
    return partners or not own
