"""A sole trader's letterhead: the owner's name with the business's address, KvK number and VAT number.

A one-person business (an eenmanszaak, a zzp'er: an interpreter, a surveyor, a locksmith) prints its owner's name in
its letterhead, with the address it works from (often the owner's home), its KvK number and its VAT number (the
btw-id of a natural person). On an invoice or another paper of the trade, what that block gives beside the owner's
redacted name identifies the owner: "Katarzyna Baran, beëdigd tolk (Wbtv 23118) / Goirkestraat 160, 5046 GN
Tilburg / ... KvK 85120933", "F.A.M. Rovers / Kruisvaarderstraat 19 / 5021 BE Tilburg / ... KvK 80331274 | btw
NL004412873B01". The block ends where the addressee begins ("Aan:", "t.a.v.", "Gemeente Tilburg", "Postbus"); a block
that names a legal person (B.V., N.V., stichting, vereniging) is a company's, whose details stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Explanation
from .grammar import compiled, line_span
from .lexicons import TRADE_ENDINGS
from .merge import Merged
from .near_person import _inside

__all__ = ["BUSINESS_ADDRESS_AFTER", "sole_trader_letterheads", "trade_papers"]

# an invoice or a business's registration: the papers of a trade
_TRADE_PAPERS = compiled(r"(?i:\b(?:factuur|factuurnummer|kvk|btw-?(?:id|nummer)))\b")
_TOP_LINES = 15  # the lines a letterhead stands in, from the document's start
_BLOCK_LINES = 6  # the lines under the name's that a letterhead takes
_BLOCK_CHARS = 360
# where the letterhead ends: the addressee's block, a public body, a post box
_BLOCK_END = compiled(
    r"(?i:(?<![\p{L}])(?:aan|t\.a\.v\.|ter[ \t]+attentie[ \t]+van|opdrachtgever|gemeente|ministerie|provincie|"
    r"waterschap|postbus|factuur(?:nummer|datum)?|datum|betreft|onderwerp|geachte)(?![\p{L}])"
    # a mail's header labels: "Van:", "Sent:", "To:" (a signature's block ends there: the next mail's sender and
    # recipients are no one's letterhead)
    r"|(?<![\p{L}])(?i:to|from|van|cc|bcc|sent|subject|verzonden)[ \t]*:)"
)
# a legal person's name in the block: a company's details, not a person's
_LEGAL_PERSON = compiled(
    # (not the "n.v." of "t.n.v.", a bank account's holder)
    r"(?i:(?<![\p{L}.])(?:b\.?[ ]?v\.?|n\.?[ ]?v\.?|stichting|vereniging|co[oö]peratie|holding|gmbh|ltd)(?![\p{L}]))"
)
# a closing greeting right before the name: a signature, the details under it the office's ("Met vriendelijke
# groet, Bas Derks maatschappelijk werker | Synthese Venray | Patersweg 22")
_SIGNED = compiled(r"(?i:groet(?:en)?|groetjes|hoogachtend|regards)[ \t,]*\n?[ \t]*\Z")
# the addressee's name: "t.a.v. mevrouw L. Hamers", "Aan: ...": not the sender's
_ADDRESSED_BEFORE = compiled(
    r"(?i:(?<![\p{L}])(?:t\.a\.v\.|aan|ter[ \t]+attentie[ \t]+van|heer|mevrouw|dhr\.|mw\.|geachte|beste))[ \t:,]*\Z"
)
_STREET = compiled(
    r"(?<![\p{L}\d])(?P<street>\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:(?:van|der|de|den|het|'t|ter|ten)[ \u00a0]+)*"
    r"\p{Lu}[\p{L}'’.-]*){0,3})[ \u00a0]+"
    # ("301 bis", "118-A", "12-3")
    r"(?P<nr>[1-9]\d{0,4}(?:[ ]?bis|[a-zA-Z])?(?:-\d{1,4}|-[A-Za-z](?![\p{L}]))?)(?![\p{L}\d.:/-]|,\d)"
    r"(?:[ \u00a0]*[,|·•–-]?[ \u00a0\n]*(?P<pc>[1-9]\d{3}[ \u00a0]?[A-Z]{2})(?![\p{L}\d]))?"
)
_STREET_ENDINGS = (
    "straat", "laan", "weg", "plein", "steeg", "gracht", "kade", "singel", "dreef", "dijk", "hof", "park", "pad",
    "baan", "veld", "markt", "plantsoen", "straatweg", "wal", "erf", "hoek", "strjitte", "buorren",
)  # fmt: skip
_TRADE_BEFORE = compiled(rf"[ \t]*\p{{Lu}}\p{{Ll}}{{2,}}(?:{'|'.join(TRADE_ENDINGS)})[ \t]+")
_KVK = compiled(r"(?i:\bkvk(?:-?(?:nummer|nr\.?))?)[ \t:.]*\n?[ \t]*(?P<n>\d{8})(?!\d)")  # (over a line's end too)
_VAT = compiled(
    r"(?i:\b(?:btw(?:-?(?:id|nummer|nr\.?))?|vat(?:[ \t]+(?:no\.?|number))?))[ \t:.]*(?P<n>NL[ ]?\d{9}[ ]?B\d{2})\b"
)

# a btw-id in its own shape, its label in another cell ("btw-id" / ... / "NL003487619B77" of a wrapped letterhead)
_VAT_BARE = compiled(r"(?<![\p{L}\d])NL[ ]?\d{9}[ ]?B\d{2}(?![\p{L}\d])")


def _foot_registration(text: str) -> tuple[int, int] | None:
    """The line of the paper's one KvK number, where no legal person's form stands in the paper (a sole trader's
    registration at the invoice's foot), or None."""
    found = list(_KVK.finditer(text))
    if len({m.group("n") for m in found}) != 1 or _LEGAL_PERSON.search(text) or not _INVOICE.search(text):
        return None  # (a company's letterhead over it: "VALLEITAXI B.V." / "KvK 09187342 | BTW ...")
    if _PRACTICE.search(text):
        return None  # ("AgriLex Advocaten", "Quist Advocatuur": a practice's registration, of its partners)
    line = line_span(text, found[0].start())
    # (not a public body's footer: "Gemeente Leeuwarden / Postbus 21000, ... | KvK 01175466 | www.leeuwarden.nl")
    return None if _PUBLIC_FOOT.search(text, *line) else line


_PRACTICE = compiled(
    r"(?i:(?<![\p{L}])(?:advocat\p{L}*|\p{L}*advocaten|\p{L}*advocatuur|notaris\p{L}*|maatschap|partners)(?![\p{L}]))"
)
_INVOICE = compiled(r"(?i:(?<![\p{L}])(?:factuur|nota|declaratie)(?![\p{L}]))")
_PUBLIC_FOOT = compiled(
    r"(?i:(?<![\p{L}])(?:gemeente|provincie|waterschap|ministerie|rijks\p{L}*|postbus|www\.)|\.nl(?![\p{L}]))"
)


_PHONE = compiled(
    r"(?<![\w+])(?!0[89]00|14[ ]?0\d)(?:\+31[ \t]?(?:\(0\)[ \t]?)?|0031[ \t]?|0)\d(?:[ \t]?-?[ \t]?\d){8}(?![\d])"
)
_MAIL = compiled(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")


def trade_papers(text: str) -> bool:
    """``text`` is an invoice or another paper of a trade (it names an invoice, a KvK number or a btw-id)."""
    return _TRADE_PAPERS.search(text) is not None


def _block(text: str, p: Merged) -> tuple[int, int] | None:
    """Where the letterhead of the name ``p`` lies after it (to the block's end), or None when the name is an
    addressee's or the block names a legal person."""
    line_start = line_span(text, p.start)[0]
    signed = _SIGNED.search(text, max(0, p.start - 60), p.start) is not None
    if _ADDRESSED_BEFORE.search(text[line_start : p.start]):
        return None  # an addressee's name
    if signed:
        # a signature under a greeting: an office's details under it, unless its own KvK number says it is a
        # sole trader's ("Hoogachtend, Gerard-Jan Bleeker / KvK 81234567 | Molenweg 3a, 3701 BL Zeist")
        under = text[p.end : min(len(text), p.end + 160)]
        if not _KVK.search(under) or _LEGAL_PERSON.search(under):
            return None
    elif text.count("\n", 0, line_start) >= _TOP_LINES:
        return None  # a letterhead heads the document
    above = text.rfind("\n", 0, max(0, line_start - 1))
    above = text.rfind("\n", 0, max(0, above)) + 1 if above > 0 else 0  # the two lines above: the trade's name
    end = p.end
    for _ in range(_BLOCK_LINES):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    end = min(end, p.end + _BLOCK_CHARS)
    stop = _BLOCK_END.search(text, p.end, end)
    end = stop.start() if stop else end
    if _LEGAL_PERSON.search(text, above, end):
        return None
    return p.end, end


# an address the text calls a business's: "Industrieweg 18, 7202 CA Zutphen (bedrijfsadres)" (its owner's home given
# apart: "privé: Lupinestraat 40")
BUSINESS_ADDRESS_AFTER = compiled(
    r"(?:[ \t]+\p{Lu}[\p{L}' -]{1,30})?[ \t]*\((?i:bedrijfs|vestigings|kantoor|zaak)(?:adres)?\)"
)


def sole_trader_letterheads(text: str, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """The address (street, number, postcode), the KvK number, the btw-id, the phone number and the mailbox in a sole
    trader's letterhead beside its owner's redacted name, on a paper of the trade (see the module)."""
    if not trade_papers(text):
        return []
    out: list[Merged] = []
    done: set[tuple[int, int]] = set()
    foot_registration = _foot_registration(text)  # (the paper's, sought once)
    for p in persons:
        line_start = line_span(text, p.start)[0]
        if len(text[p.start : p.end].split()) < 2 and not _TRADE_BEFORE.fullmatch(text, line_start, p.start):
            # a full name: a letterhead prints it whole ("F.A.M. Rovers", "Joris van 't Hek"), or the surname after
            # the trade's word that opens the line ("Taxibedrijf Koçak")
            continue
        block = _block(text, p)
        if block is None or block in done:
            continue
        done.add(block)
        name = " ".join(text[p.start : p.end].split())
        for m in _STREET.finditer(text, *block):
            if not m.group("street").lower().endswith(_STREET_ENDINGS) and not m.group("pc"):
                continue  # "Wbtv 23118", "Swahili 2": a street needs its ending or the postcode after it
            end = m.end("pc") if m.group("pc") else m.end("nr")
            if BUSINESS_ADDRESS_AFTER.match(text, end):
                continue
            why = f"the address in the letterhead of '{name}', a sole trader: theirs"
            out.append(Merged(m.start("street"), end, "ADDRESS", (Explanation("sole_trader", 0.7, why),)))
        # (or the paper's one KvK number, at its foot, on a line no legal person's: "KvK: 77340125 - Wbtv-nummer
        # 30219 - IBAN ... (ten name van H. EL AMRANI)" under an interpreter's letterhead)
        own = _KVK.search(text, *block) or _VAT.search(text, *block)
        foot = None if own else foot_registration
        spans = [block, foot] if foot else [block]
        # (a btw-id in its own shape up to the addressee's block: "btw-id" / ... / "NL003487619B77", its cell wrapped)
        stop = _BLOCK_END.search(text, p.end, min(len(text), p.end + 2 * _BLOCK_CHARS))
        head = (p.end, stop.start() if stop else block[1])
        for pattern, what, where in (
            (_KVK, "KvK number", spans),
            (_VAT, "btw-id", spans),
            (_VAT_BARE, "btw-id", [head]),
        ):
            for m in (m for span in where for m in pattern.finditer(text, *span)):
                why = f"the {what} in the letterhead of '{name}', a sole trader: a natural person's registration"
                start, end = m.span("n") if "n" in pattern.groupindex else m.span()
                out.append(Merged(start, end, "KVK_NUMBER", (Explanation("sole_trader", 0.7, why),)))
        # the trade's phone and mailbox ("Tel. 074 - 376 55 12 | info@mensinkinstallatie.nl"): the owner's line and
        # mail, whatever word the mailbox has (not a service number: 0800, 0900, 14 0xx), where the block registers
        # the trade (a KvK number or a btw-id: a civil servant's signature block gives their office's)
        registered = own or foot
        contacts = ((_PHONE, "PHONE_NUMBER", "phone number"), (_MAIL, "EMAIL_ADDRESS", "mailbox")) if registered else ()
        for pattern, entity, what in contacts:
            for m in pattern.finditer(text, *block):
                why = f"the {what} in the letterhead of '{name}', a sole trader: theirs"
                out.append(Merged(m.start(), m.end(), entity, (Explanation("sole_trader", 0.7, why),)))
    return [m for m in out if not _inside(taken, m.start, m.end)]
