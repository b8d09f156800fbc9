"""The words around a name-like span that make it a street's name or an address's town.

:func:`.context.not_a_person` reads them: a street's ending ("Prinsenlaan", "Etty Hillesumpad"), a house number
after the span, a street's kind before it ("rue Henri Dandoy", "avenue Louise") or after it ("Johan Cruijff
Boulevard"), a street that a first name begins ("Wilhelmina van Pruisenweg 52"), a postcode before a town
("9090 Melle"). The first-name recognizer reads :data:`STREET_AFTER`, propagation :func:`after_postcode`, and the
street abroad of an addressee block (:mod:`.recognizers.foreign_address`) the kinds of street that stand before
their name (:data:`STREET_KINDS_FIRST`).
"""

from __future__ import annotations

from .grammar import compiled

# the kinds of street that stand before the street's name in French, Portuguese, Spanish and Italian ("rue Henri
# Dandoy", "Rua das Flores 27", "Calle Mayor 5"): both lists below hold them, each with words of its own
STREET_KINDS_FIRST = (
    "rue",
    "avenue",
    "boulevard",
    "chemin",
    "allée",
    "quai",
    "impasse",
    "rua",
    "avenida",
    "travessa",
    "largo",
    "calle",
    "avinguda",
    "paseo",
    "viale",
    "piazza",
    "corso",
)

# the rest of a street's name after a first name, and the house number: "Wilhelmina v Pruisenweg 52"
_PARTICLE = r"(?:v\.?|van|de|der|den|het|'t|ter|ten)[ \t\u00a0]+"
_STREET_NUMBER = (
    r"\p{Lu}[\p{L}'’-]*(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|plantsoen|park|hof|dijk)[ \t\u00a0]+\d"
)
STREET_AFTER = compiled(rf"[ \t\u00a0]+(?:{_PARTICLE}){{0,2}}{_STREET_NUMBER}")
# ... with a particle: "Wilhelmina van Pruisenweg 52" ("Mustafa Erdogan Hooglandseweg 112" is a person and his home)
_PARTICLE_STREET_AFTER = compiled(rf"[ \t\u00a0]+{_PARTICLE}(?:(?:de|der|den)[ \t\u00a0]+)?{_STREET_NUMBER}")


# (all its digits: "09:20" of "Thijs Roodenburg 09:20:" is a time, not "0" a house number and "9:20" after it)
_HOUSE_NUMBER = compiled(r"\A[ \t\u00a0]+\d{1,5}(?!\d)(?:[ \t]?[a-zA-Z](?![\p{L}]))?(?:[-/]\d+)?(?![\d.,:]\d)")
# endings that are never the end of a surname: a name ending so is a street ("Claudius Prinsenlaan")
# ("steeg" is no such ending: "Tersteeg", "Versteeg" are surnames)
_STREETS = ("laan", "straat", "plein", "gracht", "kade", "singel", "dreef", "plantsoen", "strjitte", "leane")
# endings of a street's name that no surname has ("Verkade", "Ammerlaan", "Hogeweg", "Westerhof" do; a listed
# surname is one all the same: "Verbaan", "Oosterbaan")
_STREET_ONLY = (*(s for s in _STREETS if s not in ("laan", "kade")), "boulevard", "pad", "baan", "allee", "promenade")
_STREETS_WEG = (*_STREETS, "weg")
# an article right before a name: "in het Nelson Mandelapark", "aan de Pieter de Hoochweg", "at the Pieter de
# Hoochweg" (no one is "het", and "de" or "the" stands before a first name only as a place's)
_ARTICLE_RIGHT_BEFORE = compiled(r"(?<![\p{L}])(?:[Hh]et|[Dd]e|[Tt]he)[ \t\u00a0]+\Z")
# a French street's word before the name it bears (Brussels, Wallonia, France): "rue Henri Dandoy", "avenue Louise"
# (and "chaussée", "drève", "square"; Portuguese, Spanish, Italian too; not "via": "via Jan de Vries" is through him)
_STREET_WORD_BEFORE = compiled(
    rf"(?<![\p{{L}}])(?i:{'|'.join(STREET_KINDS_FIRST)}|chaussée|drève|square)[ \t\u00a0]+"
    r"(?:(?i:de[ \t\u00a0]+la|de|du|des|da|do|das|dos|del|della)[ \t\u00a0]+)?\Z"
)
# the titles a street named after someone begins with ("Dokter Boumaweg", "Burgemeester Brokxlaan", "Pastoor Van
# Arsstraat")
_STREET_TITLE_BEFORE = compiled(
    r"(?<![\p{L}])(?:Dokter|Dr\.|Burgemeester|Burg\.|Professor|Prof\.|Pastoor|Dominee|Ds\.|Generaal|Kapitein|Meester|Mr\.)"
    r"[ \t\u00a0]+\Z"
)
_STREET_WORD_AFTER = compiled(
    r"[ \t\u00a0]+(?:Boulevard|Straat|Plein|Laan|Kade|Gracht|Singel|Dreef|Road|Street|Avenue|Lane|Strasse|Straße)"
    r"(?![\p{L}])"
)


# a Dutch postcode ("2595 AN"), or a four-digit one after a street's house number and a comma ("Brusselsesteenweg
# 199, 9090"; "B-9090"): years, extensions and room numbers are neither
_AFTER_POSTCODE = compiled(
    r"(?:(?<![\d\p{L}])\d{4}[ \t]?[A-Z]{2}|\p{L}[ \t]+\d{1,5}[a-zA-Z]?,[ \t]*(?:[A-Z]{1,2}-)?\d{4})[ \t]+\Z"
)
_ENDS_ADDRESS = compiled(r"[ \t]*(?:\n|\Z|[,;)])")


def after_postcode(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the town of an address: after its postcode, ending the line or the clause."""
    return bool(_AFTER_POSTCODE.search(text, max(0, start - 60), start) and _ENDS_ADDRESS.match(text, end))


# "Kaya" is Papiamentu for street: on Bonaire, Curaçao and Aruba "Kaya Grandi", "Kaya Gobernador N. Debrot" are
# streets, whatever first name "Kaya" is elsewhere ("Kaya Yılmaz"); read so in a text that names the islands
ISLAND_STREET_KINDS = ("Kaya", "Kaminda", "Plasa")
_ISLAND_STREET = compiled(rf"(?:{'|'.join(ISLAND_STREET_KINDS)})[ \t\u00a0]+\p{{Lu}}")
_ISLANDS = compiled(
    r"(?<![\p{L}])(?:Bonaire|Boneiru|Kralendijk|Rincon|Curaçao|Kòrsou|Willemstad|Aruba|Oranjestad|"
    r"Caribisch[ \t]+Nederland)(?![\p{L}])"
)


def island_street(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` begins with Papiamentu's word for a street ("aan Kaya Gobernador N. Debrot") in a text
    that names the Dutch Caribbean islands: a street's name, no person's, with a house number too ("Kaya Grandi 2"
    of an office; whether "Kaya Bonaire 9" under an addressee is a home is the address detectors' to tell)."""
    return bool(_ISLAND_STREET.match(text, start, end)) and bool(_ISLANDS.search(text))
