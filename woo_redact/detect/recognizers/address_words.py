"""The vocabulary of addresses: street and postcode grammar, the words that say whose home an address is,
an addressee's line, and where a street's name starts (:mod:`.address` decides with them; :mod:`.cells`
reads wrapped table cells with them)."""

from __future__ import annotations

from functools import lru_cache

import regex

from ..cues import Cued
from ..grammar import INITIALS, NAME_PART, ROEPNAAM, TITLE, compiled, tussenvoegsel
from ..lexicons import Lexicons, load_lexicons, organisation_words_but_streets
from ..street_context import ISLAND_STREET_KINDS
from .structure import name_like

_SUFFIXES = (
    "straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|plantsoen|hof|park|pad|markt|dijk|baan|ring|wal|"
    "haven|erf|veld|weide|hoek|burg|berg|dam|straatweg|boulevard|allee|lei|oord|zijde|wijk|gaarde|akker|eind|"
    # Frisian: "Slachtedyk", "Tsjerkewei", "Skoallepaad", "Mûnestrjitte"
    "dyk|wei|leane|strjitte|paad|buorren|"
    # German and Nordic streets of people living abroad: "Storgatan 14", "Lindenstraße 8", "Østergade 3"
    "gatan|vägen|gade|straße|strasse|gasse"
)
STREET_ENDINGS = tuple(_SUFFIXES.split("|"))  # the endings of street names the address pattern knows
# the floor or part of a house after its number: "3 rood", "88 hs", "12 II"
# (an Amsterdam floor after a hyphen too: "Rembrandtkade 7-II", "Da Costastraat 12-III")
FLOOR = r"(?:(?:[ \u00a0](?:bis|hs|huis|zw|zwart|rd|rood|boven|beneden|I{1,3})|-(?:I{1,3}|IV|hs|huis))(?![\p{L}]))"
_STREET = (
    rf"(?P<street>(?:\p{{Lu}}[\p{{L}}'’.-]*[ \u00a0]+(?:(?:van|de|der|den|het|'t|ter|ten|te)[ \u00a0]+)*){{0,3}}"
    rf"\p{{Lu}}[\p{{L}}'’.-]*(?:{_SUFFIXES})"
    # any street name when the next line starts with a postcode ("Weg naar Laren 118" / "7203 HL Zutphen")
    rf"|(?:\p{{Lu}}[\p{{L}}'’.-]*[ \u00a0]+(?:(?:van|de|der|den|het|'t|ter|ten|te|naar)[ \u00a0]+)*){{0,3}}"
    rf"\p{{Lu}}[\p{{L}}'’-]+"
    rf"(?=[ \u00a0]+\d[^\n]*\n[ \t]*[1-9]\d{{3}}[ \u00a0]?[A-Z]{{2}}\b"
    rf"|[ \u00a0]+\d{{1,5}}[a-zA-Z]?(?:[-/][\dA-Za-z]{{1,4}})?(?:,?[ \u00a0]+|[ \u00a0]*[|·•][ \u00a0]*)"
    rf"[1-9]\d{{3}}[ \u00a0]?\n?[A-Z]{{2}}\b)"
    # a road named by where it leads, its kind first: "Weg naar Laren 118", "Pad over de Hei 3"
    r"|(?:Weg|Pad|Laan|Dijk|Kade|Straat)[ \u00a0]+(?:naar|over|langs|achter|van)[ \u00a0]+"
    r"(?:(?:de|het|den)[ \u00a0]+)?\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)?"
    # a street whose kind comes first, on the islands ("Kaya Gobernador N. Debrot 12", "Kaminda Sorobon 4"), or
    # last in English ("Bay Road 8", "Mansion Road 112" on Sint Eustatius and Saba)
    rf"|(?:{'|'.join(ISLAND_STREET_KINDS)})"
    r"[ \u00a0]+\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:\p{Lu}\.[ \u00a0]*)?\p{Lu}[\p{L}'’-]*){0,2}"
    r"|(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+){1,2}(?:Road|Street|Avenue|Lane|Drive)"
    # a street's kind written as a word of its own after an adjective: "Nieuwe Haven 88c", "Oude Gracht 12"
    r"|(?:Nieuwe|Oude|Lange|Korte|Grote|Kleine|Hoge|Lage|Brede|Smalle|Oost|West|Noord|Zuid)[ \u00a0]+"
    r"(?:Haven|Gracht|Markt|Kade|Dijk|Weg|Laan|Singel|Straat|Wal|Dam|Plein|Steeg|Ring))"
    # the side of a canal the house stands on: "Weerdsingel O.Z. 58-bis", "Oudegracht WZ 12"; the part of a long
    # street: "Kanaaldijk Oost 5", "Lekdijk-Oost 31"
    r"(?:[ \u00a0]+(?-i:[NOZW]\.[ \u00a0]?Z\.|[NOZW]Z|Oost|West|Noord|Zuid)|-(?-i:Oost|West|Noord|Zuid))?"
    r"[ \u00a0]+(?P<nr>\d{1,5}(?:bis(?![\p{L}])|[ \u00a0]?[a-zA-Z](?![\p{L}]))?"
    r"(?:[-/](?:\d{1,4}(?:[a-zA-Z](?![\p{L}]))?|"
    r"(?:I{1,3}|hs|bis|zw|rd|huis|boven|[A-Za-z])(?![\p{L}])))?"
    rf"{FLOOR}?)(?![\d,.]\d)"
)
_POSTCODE = r"(?P<pc>[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2})(?![\p{L}\d])"
_STREET_RE = compiled(_STREET)
_DIGIT = compiled(r"\d")  # the digits of the street's number group
_POSTCODE_RE = compiled(_POSTCODE)
_LOOSE_STREET = compiled(
    r"(?:[ \u00a0]+(?:aan|op|van|in))?(?:[ \u00a0]+(?:de|het))?[ \u00a0]+"
    r"(?P<street>\p{Lu}[\p{L}'’.-]*"
    r"(?:[ \u00a0]+(?:(?:van|de|der|den|het|'t|ter|ten|te)[ \u00a0]+)*\p{Lu}[\p{L}'’.-]*){0,3})"
    r"[ \u00a0]+(?P<nr>\d{1,5}(?:bis(?![\p{L}])|[ \u00a0]?[a-zA-Z](?![\p{L}]))?)(?![\d,.:]\d)"
    r"(?![ \u00a0]+(?i:jaar|jaren|maand|maanden|week|weken|dag|dagen|keer|uur|minuten|personen|km|meters?|"
    r"kilometers?|euro|procent|gram|kilo|kg|liter)\b)"
)
# a party whose correspondentieadres or postadres is their own ("Correspondentieadres bezwaarmaker: ...")
_ROLE = (
    r"(?:bezwaarmaker|aanvrager|verzoeker|cliënt|client|klager|klaagster|betrokkene|belanghebbende|melder|"
    # ... or a family's, a tenant's ("Correspondentieadres ouders: Zuidstraat 45")
    r"ouders?|moeder|vader|verzorgers?|huurders?|bewoners?|leerling|student)"
)
_HOME = compiled(
    r"(?i:\b(?:woon(?:t|de|den|achtig|adres|plaats)?|wonende?|"
    r"wonen(?=(?:\s+(?:sinds|al|nu|nog|samen|lang|jaar|jaren|(?:19|20)\d\d|\d{1,2}))*\s+(?:aan|op)\b)|woonachtig|huisadres|privé-?adres|thuisadres|(?-i:thuis)|"
    r"ondergebracht|inwoner|inwoonster|inwonend(?:e)?|woonhuis|"  # ("tijdelijk inwonend op Veerallee 88-II")
    r"ten\s+huize\s+van|"  # ("ten huize van de familie, Graaf Florisweg 8")
    # ("Initiatiefgroep Bieb Blijft! p/a Dorpsstraat 17": an informal group's post at one of its members' homes)
    # (not a tenants' council's post at its corporation's office: "Huurdersraad Mitros, p/a Kanaalweg 27")
    # ("Stichting Stikstofwacht Veluwe" / "p/a Dorpsstraat 112": a foundation's post at someone's home, the safe side)
    # (not a body the lists know: "Vereniging Nederlandse Gemeenten p/a Nassaulaan 12", address_judge)
    # ("Volkstuinvereniging De Groene Hoek" / "Secretariaat: p/a Brinkgreverweg 7": a club's compound name, its
    # secretariat's label; not a tenants', traders' or employers' association's, at an office or a shop)
    r"(?<=(?:(?:initiatief|actie|bewoners|buurt)(?:groep|vereniging|comit[eé]|commissie)|(?<![\p{L}])(?:stichting|"
    r"vereniging)|(?<![\p{L}])(?!huurder|ondernemer|werkgever|winkelier|bedrijve|branche|beroeps|handels|woningbouw)"
    r"\p{L}{3,}vereniging)"
    r"[^\n]{0,40}(?:[ \t]|\n[ \t]*(?:(?:secretariaat|postadres|correspondentieadres)[ \t]*:?[ \t]*)?))"
    r"(?-i:p/a)(?=[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|de|der))*[ \t]+\d|[ \t]*\Z)|"
    r"(?:mijn|onze)\s+(?:contact)?gegevens|"  # ("Mijn gegevens: Zuiderkade 17-B, 2316 KP Vlietstede")
    # a resident's address looked into or changed: "Adresonderzoek Hanzeweg 61", "adreswijziging naar de ..."
    r"adres(?:sen)?onderzoek(?:\s+(?:naar|op))?|adreswijziging(?:\s+naar)?|verhuizing\s+naar|"
    # "Verhuisd van Meeuwenlaan 3 naar Reigerstraat 41": the home left (and the new one after "naar", read below)
    r"(?-i:Verhuisd)\s+van|"  # (a record's entry, no subject; not "De gemeentewinkel is verhuisd van ...")
    # "ik ben verhuisd naar Almere, Tussen de Vaarten 212": a person moved house (not "het bedrijf is verhuisd")
    r"(?:ik\s+ben|we\s+zijn|wij\s+zijn|hij\s+is|zij\s+is|ze\s+is|ze\s+zijn|u\s+bent|u\s+is)(?:\s+\w+)?"
    r"\s+verhuisd\s+naar(?:\s+[\w'’-]+,)?|"
    r"\w*(?:houderij|boerderij|kwekerij)\s+(?:aan|op)|\w*(?:veehouder|akkerbouwer|tuinder|kweker)(?:,)?\s+(?:aan|op)|"
    # ("Gerrit Jan Nijhuis" / "melkveehouder, Notterdijk 14": a farmer's or a contractor's home after the trade)
    r"\w*(?:veehouder|akkerbouwer|tuinder|kweker|loonbedrijf|loonwerker),(?=\s*\p{Lu}[\p{L}-]+\s+\d|\s*\Z)|"
    r"(?:tuin|huis|erf)\s+(?:aan|op)\s+(?:de|het)|opvangadres|"
    # "Gespreksverslag eigenaar Kerkwaard 9, Zaltbommel": an owner named by the address of the home the talk is about
    # (the text may end before the street: the words before it are asked alone)
    r"eigena(?:ar|resse)(?=[ \t]+(?:\Z|\p{Lu}\p{Ll}[\p{L}'’.-]*[ \t]+[1-9]\d{0,4}[a-z]?(?![\p{L}\d])))|"
    # ("haar nieuwe adres is Tarwekamp 112", "hun koopwoning aan de Eikenlaan 7")
    r"(?:mijn|ons|zijn|haar|hun|uw)\s+(?:(?:nieuwe|oude|huidige|vorige)\s+)?(?:\w+)?adres|"
    r"(?:mijn|ons|zijn|haar|hun|uw)\s+(?:huis|\w*woning|perceel|pand|tuin|"
    r"\w*bedrijf|boerderij|erf|camping|winkel)|"
    r"per\s+post\s+(?:op|aan)|(?:brief|uitnodiging)\s+naar|woning|bewoners?\b|bewoonsters?\b|omwonenden?|gezin\b|huishouden|huishouding|"
    # (the municipality Buren in a list of places is no one's neighbours: "Tiel, Culemborg, Buren, West Betuwe")
    r"buurman|buurvrouw|(?:(?-i:buren|BUREN)|(?<!,[ \t]?|(?i:gemeente|en)[ \t]+)(?-i:Buren))\b|"
    r"aan\s+huis|(?:bij|naar)\s+(?:mij|ons)(?:\s+thuis)?(?=\s*,)|\w*(?:houderij|boerderij|kwekerij)(?:\s+\p{Lu}[\w'’-]*){0,3}\s*,|"
    rf"(?:correspondentie|post)adres\s+{_ROLE}|"
    # "Contactgegevens melder: e.j.lubbers@ziggo.nl, 06 ..., Esdoornlaan 31": a party's own contact details
    rf"contactgegevens\s+(?:van\s+(?:de\s+|het\s+)?)?{_ROLE}|"
    # "de kinderen verblijven tijdelijk bij oma op Sonsbeeksingel 74-2", "logeert bij zijn ouders aan de ..."
    # ("tijdelijk bij zijn moeder, Pothoofd 412": her address after a comma)
    r"verblijven|(?:bij|naar)\s+(?:(?:zijn|haar|hun|de|mijn)\s+)?(?:oma|opa|tante|oom|ouders|grootouders|moeder|vader)"
    r"(?:\s+(?:op|aan)|\s*,)|"
    # ("verliet de gezamenlijke huurwoning aan de Ceintuurbaan 57", "de bedrijfswoning aan de Molenweg 3": one home, a
    # kind of home before it; not "de ambtswoning", "de modelwoning": an office's or a show home)
    r"(?<![\p{L}])(?!(?:ambts|model|voorbeeld|proef|show)woning)\w+woning\s+(?:aan|op)(?:\s+(?:de|het))?(?=\s+\p{Lu})|"
    # a pupil's or a patient's pick-up address ("Ophaaladres: Kloosterstraat 3")
    r"(?:op|af)haaladres|"
    r"verblijfadres|verblijft|ingeschreven\s+op(?:\s+het\s+adres)?|adres\s+van\s+(?:de|het)\s+(?:aanvrager|bewoner|klager|verzoeker|"
    r"betrokkene|melder|indiener|eigenaar|huurder)|bewoner\s+van|bewoners\s+van|eigenaar\s+van|huurder\s+van|"
    # a citizen writing in English: "Our address is Parkweg 41", "I live at Dorpsstraat 3"
    r"(?:my|our|his|her|their)\s+(?:home\s+)?address(?:\s+is)?|(?:i|we|he|she|they)\s+(?:now\s+)?live\s+(?:at|in|on)|"
    # "our client lives at Glanerbrugstraat 77", "the director resides at ...", "the resident at Lekboulevard 118"
    r"(?:lives|resides|residing|living)\s+(?:at|in|on)|residents?\s+(?:at|of)|(?:i|we|he|she|they)\s+rents?\s+a\s+"
    r"(?:room|flat|studio|house|apartment)\s+(?:at|in|on)|current\s+address|"
    # "Brief gestuurd naar Tilburgseweg 9B", "Een kaartje naar Stationsweg 31 wordt gewaardeerd"
    r"(?:brief|post|uitnodiging)\s+(?:\w+\s+)?(?:gestuurd|verstuurd|gezonden|nagestuurd)\s+naar|kaart(?:je)?\s+naar|"
    # "secretaris VV Jan van Arkel, p/a Oelerweg 17a": a club's post at its secretary's home (not "Huurdersraad
    # Mitros, p/a Kanaalweg 27 (kantoor Mitros)": at an office)
    r"(?<=(?:secretaris|penningmeester|voorzitter|ledenadministratie)[^\n]{0,60}\n?[^\n]{0,4})p/a)"
    r"(?![\p{L}]))"  # "woning", not "Woningbouw"
)
# homes, with a street and number after them: "de verkochte woningen Hoefstraat 27 en ..." (not "De woningen aan de
# Kerkstraat": a street of homes)
_HOMES = compiled(r"(?i:\bwoningen\b)")
# words that say so of a private person's address only when no organisation is named in the sentence
_HOME_IF_PRIVATE = compiled(
    r"(?i:\b(?:op\s+het\s+(?:\w+\s+)?adres(?:\s*\((?:de|het))?|bereikbaar\s+op|hetzelfde\s+adres(?:\s+aan\s+de)?|"
    # a report on a home: "een melding over het adres Hoveniersstraat 47-B", "adresonderzoek naar het adres ..."
    r"(?:melding|signaal|adresonderzoek)\w*\s+(?:over|naar)\s+het\s+adres|"
    r"(?:jongen|jongeman|meisje|man|vrouw|kind|kinderen|echtpaar|familie|gezin)\s+van|"
    # a permit's object at a home ("op het perceel Nieuwleusenerweg 7", "uitbouw Kloosterlaan 10") and a list
    # of homes ("elf adressen, onder meer Lekdijk 207")
    r"percelen|perceel|adressen|(?:uit|aan|op)bouw|dakkapel|mantelzorgwoning|bijgebouw|tuinhuis|carport|"
    r"erfafscheiding|schuur)(?![\p{L}]))"
)
# what every match of _HOME and of _HOME_IF_PRIVATE holds, in lower case: a line without any is not searched
HOME_WORDS = Cued(
    _HOME,
    (
        "woon",
        "wonen",
        "adres",
        "huis",
        "ondergebracht",
        "inwoner",
        "inwonend",
        "houderij",
        "boerderij",
        "kweker",
        "veehouder",
    )
    + ("akkerbouwer", "tuin", "erf", "perceel", "pand", "bedrijf", "camping", "winkel", "woning", "post", "bewo")
    + ("omwonende", "gezin", "buur", "buren", "verblijf", "ingeschreven", "eigenaar", "huurder", "brief", "uitnodig")
    + ("verhuis", "address", "live", "resid", "kaart", "oma", "opa", "tante", "oom", "ouders", "moeder", "vader")
    # ("bij mij, Rozenstraat 9": any space between, so the pronoun alone)
    + ("mij", "ons", "contactgegevens", "rent", "p/a", "huize", "gegevens", "haaladres"),
)
HOME_IF_PRIVATE_WORDS = Cued(
    _HOME_IF_PRIVATE,
    ("adres", "bereikbaar", "jongen", "meisje", "man", "vrouw", "kind", "echtpaar", "familie", "gezin", "perce")
    + ("bouw", "dakkapel", "tuinhuis", "carport", "erfafscheiding", "schuur"),
)
_PUBLIC = compiled(
    rf"(?i:\b(?:postbus|bezoekadres|(?:post|correspondentie)adres(?![ \t]+{_ROLE})|vestigingsadres|kantooradres|"
    r"ministerie|gemeente|"
    r"gemeentehuis|stadhuis|provincie|provinciehuis|rijks(?!\w*(?:weg|straat|laan|plein|kade))\w*|waterschap|hoogheemraadschap|b\.\s?v\.|n\.\s?v\.|"
    r"stichting|\w*vereniging|co[oö]peratie|bv|nv|kantoor|tel(?:efoon)?|e-?mail|kvk|griffie|bureau)\b|www\.|https?:|"
    r"\bT\s*\+?\d)"
)
_ADDRESSEE = compiled(
    rf"^[ \t]*(?i:aan[ \t]*:?(?:[ \t]+de)?[ \t]+|p/a[ \t]+)?"  # "p/a mevrouw T. Kloppenburg": in her care
    rf"(?:(?P<title>(?:(?:{TITLE}|(?i:familie|fam\.|t\.a\.v\.|en|&))[ \t]+)+)|(?P<initials>{INITIALS}[ \t]*))"
    rf"(?:{INITIALS}[ \t]*)?{ROEPNAAM}(?:\p{{Lu}}\p{{Ll}}+[ \t]+)?(?:{tussenvoegsel()}[ \t]+)?"
    # "Lieuw-A-Soe", "El Amrani-de Wit", "Jansen-van der Linden"
    rf"{NAME_PART}(?:-(?:{NAME_PART}|\p{{Lu}}(?=-)|(?:(?:van|de|der|den|ter|ten|te|het|in)[ \t]+)+{NAME_PART}))*"
    rf"(?:[ \t]+\p{{Lu}}\p{{Ll}}+)?"  # "A.B. da Silva Santos": a surname of two words
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
    r"(?:[ \t]*(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*\p{Lu}[\p{L}'’-]+){1,2})"
    r"(?:[ \t]+\([\p{Ll}-]{3,20}\))?,[ \t]*\Z"  # "Antonius Verhoeven (eenmanszaak), ...": his firm, his home
)
# "Bolhuis\n(Oosterparkstraat 12a)", "het echtpaar Van Rossum-Dekker (Julianalaan 112, ...)": a name, then its address
# "Anja (achternaam niet opgegeven) van de Molendijk 3", "Annelies Poortman van de Stationsweg 3-B"
_OF_THE = compiled(r"[ \t]+van[ \t]+(?:de|het)[ \t]+")
_NAME_OF = compiled(
    r"(?<![\p{L}])(?P<name>\p{Lu}[\p{Ll}'’-]+)(?:[ \t]*\([^()\n]{1,40}\))?[ \t\n]+van[ \t\n]+(?:de|het)[ \t\n]+\Z"
)
# (not after "in", "te", "uit": "het hoofdkantoor van het Kadaster in Apeldoorn (Hofstraat 110)" names a place)
_NAME_BRACKET = compiled(
    r"(?<![\p{L}])(?<!(?i:\b(?:in|te|uit|naar|bij)[ \t]))"
    r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?[ \t]*\n?[ \t]*\([ \t]*\Z"
)
_LABEL_LINE = compiled(
    r"(?i:^[ \t]*(?:adres|woonadres|huisadres|privé-?adres|verblijfadres|opvangadres|straat[ \t]+en[ \t]+huisnummer|"
    r"straat[ \t]*\+[ \t]*huisnummer|straatnaam[ \t]+en[ \t]+huisnummer|home[ \t]+address)"
    # a bilingual form's label: "Privé-adres / Home address"
    r"(?:[ \t]*/[ \t]*(?:home|private)[ \t]+address)?"
    # "Opvangadres (woonadres)": a gastouder's home; a form's "Adres (indien anders)"
    r"(?:[ \t]*\((?:woonadres|huisadres|privéadres|thuisadres|indien[ \t]+anders|indien[ \t]+afwijkend)\))?"
    r"[ \t]*:?[ \t]*$)"
)
# "Adres Zuiderdiep 71, 9401 GJ Assen", "Adres: ...": a record's address field (unless an organisation's)
# (a form's row written with a bar between its cells: "Adres | Lindelaan 4 | 3901 AB Veenendaal")
_ADDRESS_LABEL = compiled(r"(?i:(?<![\p{L}])(?:adres|woonadres|huisadres)\b)[ \t]*[:,(|]?[ \t]*\Z")
# a party's address label ending the line above: "... een wasmachine. Adres bezwaarmaker:" / "Rilkestraat 112"
_PARTY_ADDRESS_END = compiled(
    r"(?i:(?<![\p{L}])(?:adres|woonadres|huisadres|privéadres)[ \t]+(?:van[ \t]+)?(?:de[ \t]+|het[ \t]+)?"
    r"(?:bezwaarmaker|bezwaarde|verzoeker|verzoekster|aanvrager|aanvraagster|klager|klaagster|indiener|betrokkene|"
    r"cliënt|client|belanghebbende|eigenaar|bewoner|melder|appellant|eiser|eiseres))[ \t]*:[ \t]*$"
)


PARTNERSHIP_WORD = r"(?i:maatschap|mts\.?|v\.?o\.?f\.?|vof)"  # a partnership of natural persons
_PARTNERSHIP = compiled(rf"\A[ \t]*{PARTNERSHIP_WORD}[ \t]+(?=\p{{Lu}})")


# the endings of an institution's name that may be named after someone ("Jan Ligthartschool")
NAMED_INSTITUTIONS = ("school", "college", "lyceum", "gymnasium", "academie", "ziekenhuis", "museum")


def institution_line(line: str) -> bool:
    """A line that is an institution's name alone, named after someone ("Jan Ligthartschool"; not "ouder van een
    leerling van de Jan Ligthartschool", a sentence about a person)."""
    words = line.split()
    return (
        0 < len(words) <= 5
        and line.strip().lower().endswith(NAMED_INSTITUTIONS)
        and all(w[:1].isupper() or w.endswith(".") for w in words)
    )


# "p/a Leger des Heils, Nieuwe Markt 9a": an address given in the care of an organisation, its office
_CARE_OF = compiled(r"(?<![\p{L}])p/a[ \t]+(?P<org>\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,4})[ \t]*,[ \t]*\Z")


_HOUSEHOLD = compiled(r"(?i:gezin|familie|fam\.)")


def bare_surname(word: str, lex: Lexicons) -> bool:
    """A surname the lists hold that is no place and no word ("Jansen", "Kamphuis"; not "Deventer", "Leger")."""
    return lex.is_surname(word) and word not in lex.places and not lex.is_ordinary_word(word)


def care_of_organisation(lead: str) -> bool:
    """``lead`` ends in "p/a" and an organisation's name and a comma, before the street: the organisation's
    address (not "p/a mevrouw T. Kloppenburg," nor "p/a Jansen,": in a person's care, their home)."""
    m = _CARE_OF.search(lead.rstrip("\n"))
    if m is None or _addressee(m.group("org")) or _HOUSEHOLD.search(m.group("org")):
        return False  # ("p/a Pleeggezin Bosgraaf", "p/a Familie Yılmaz": a household's home)
    lex = load_lexicons()
    org = " ".join(m.group("org").split())
    org_words = organisation_words_but_streets()
    # an organisation the lists know, or its word in the name ("p/a Gemeente Deventer", "p/a Woonzorg Nederland")
    if lex.is_organisation(org) or org in lex.acronyms or any(w.lower() in org_words for w in org.split()):
        return True
    # ... or a name of no person's words ("p/a Tactus", "p/a Humanitas Rotterdam"; not "p/a De Vries")
    return not any(lex.is_first_name(w) or bare_surname(w, lex) for w in org.split() if w[:1].isupper()) and not any(
        w.lower() in lex.tussenvoegsels for w in org.split()
    )


def _addressee(line: str) -> bool:
    """A line naming a private person as a letter's addressee: a title or initials and a name,
    or a known first name and a surname ("De heer J. Jansen", "Fam. Öztürk", "Anna de Wit")."""
    if _ADDRESSEE.match(line):
        return True
    lex = load_lexicons()
    if institution_line(line):
        return False  # "Jan Ligthartschool" / "Noordewierweg 85": a school named after someone, at its own address
    # "Maatschap Wiebe en Tjitske Hoekstra-Dijkstra": a partnership of natural persons, their farm and home
    line = _PARTNERSHIP.sub("", line)
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


_NAME_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-(?:\p{Ll}+[ \t]+)*\p{Lu}[\p{Ll}'’]+)?"  # "Reuvekamp-ten Dam"
_NAME_WORDS = compiled(rf"\A(?:(?:{_NAME_WORD}|van|de|der|den|ter|ten|te|het|'t|en|&)[ \t]*){{1,6}}\Z")


def partnership_of_persons(cell: str) -> bool:
    """A partnership named after its partners: "V.O.F. Klein Gunnewiek", "Maatschap Brouwer-Lubbers", "V.O.F.
    Reuvekamp-ten Dam": a farm whose address is the farmers' home; no organisation's word in the name."""
    m = _PARTNERSHIP.match(cell)
    if m is None:
        return False
    rest = cell[m.end() :].strip()
    org_words = organisation_words_but_streets()
    return bool(_NAME_WORDS.match(rest)) and not any(w.lower().strip(".,") in org_words for w in rest.split())


def _known_name(word: str) -> bool:
    """A surname or first name of the lexicons (every part of a double name), no place or word."""
    lex = load_lexicons()
    parts = word.split("-")
    return all((p in lex.surnames or p in lex.first_names) and not lex.is_ordinary_word(p) for p in parts)


def _is_public(text: str) -> bool:
    text = _POSTCODE_RE.sub(" ", text)  # "2526 BV Den Haag": a postcode's letters are no legal form
    words = [w.lower().strip(".,") for w in text.split()]
    org_words = organisation_words_but_streets()  # "Laan van Meerdervoort" is a street
    return bool(_PUBLIC.search(text)) or any(w in org_words for w in words)


# an office holder or body at an address: "De minister, Turfmarkt 147, 2511 DP Den Haag"
_OFFICE = compiled(
    r"(?i:\b(?:minister|staatssecretaris|burgemeester|wethouder|college|raad|kamer|griffier|inspectie|politie|"
    r"parket|rechtbank|gerechtshof|advocaten|notaris|notariaat|kantoor|school|ziekenhuis|universiteit|hogeschool|"
    r"afdeling|directie|team|dienst|bezoekadres|retouradres|sector|locatie|vestiging|zetel)\w*"
    # ... or a compound of one: "Omgevingsdienst Regio Arnhem", "Hoogheemraadschap", "woningcorporatie"
    r"|\b\w+(?:dienst|schap|corporatie|federatie|autoriteit|agentschap|inspectie)\b)"
)
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
    if len(words) > 2 and words[-2].group().lower() not in tvs and _addressee(name):
        return words[-1].start()  # "Gerrit van Lunteren Slichtenhorsterweg 31": a person, then his street
    k = 0
    while (
        k < len(words) - 1
        and (
            lex.is_ordinary_word(words[k].group())
            or words[k].group().lower() in _LABELS
            # "Handhavingsverzoek Oostergrachtswal 77" (not "Rijksweg Zuid 88": a street's own word)
            or (lex.is_dictionary_compound(words[k].group()) and not words[k].group().lower().endswith(STREET_ENDINGS))
        )
        and words[k].group() not in _STREET_PARTICLES  # "Van Ostadelaan", "De Ruyterkade": part of the name
        and words[k].group() not in _STREET_HEADS
        # "Tussen de Vaarten 212", "Achter de Kerk 3": a preposition and an article begin the street's name
        and not (words[k].group() in _STREET_PREPOSITIONS and words[k + 1].group().lower() in _ARTICLES)
    ):
        k += 1
        while k < len(words) - 1 and words[k].group().lower() in tvs:
            k += 1
    return words[k].start() if words else pos


_STREET_PARTICLES = frozenset({"Van", "De", "Den", "Der", "Ter", "Ten", "Het", "'t"})
_STREET_PREPOSITIONS = frozenset({"Tussen", "Achter", "Over", "Onder", "Voor", "Boven", "Beneden", "Binnen", "Buiten"})
_ARTICLES = frozenset({"de", "den", "der", "het", "'t"})
_LABELS = frozenset({"adres", "woonadres", "huisadres", "bezoekadres", "postadres", "bewoner", "bewoners"})


# a monument's word right beside an address: the monuments register publishes it ("uw pand Oosthaven 41, een
# rijksmonument", "Monumentnummer rijksmonument 17988 Adres Turfmarkt 88", "het rijksmonument Oosthaven 41")
_MONUMENT = compiled(r"(?i:monument)")
_WORD = compiled(r"\S+")
_STREET_AND_NUMBER = compiled(
    r"\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{L}[\p{L}'’.-]*){0,3}[ \u00a0]+\d{1,5}[a-zA-Z]?(?![\d\p{L}])"
)
_MONUMENT_AFTER = compiled(
    r"\s*,?\s*(?:[1-9]\d{3}[ ]?[A-Z]{2}\s+\p{Lu}\p{Ll}+\s*)?[,(]?\s*(?i:(?:is\s+)?(?:een|het)\s+)?"
    r"(?i:rijks|gemeentelijk\s+)?(?i:monument)"
)
_MONUMENT_BEFORE = compiled(
    r"(?i:monument(?:nummer)?)[ \t:]*(?:\d{1,7}\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:(?i:adres)[ \t:]*)?"
    r"(?:(?i:aan\s+de|aan\s+het|op)\s+)?\Z"
)


@lru_cache(maxsize=2)
def monument_addresses(text: str) -> frozenset[str]:
    """The streets and numbers ``text`` calls a monument somewhere, right beside one of their occurrences; each as
    written, spaces normalised (the street's last words and number: "bij Oosthaven 41" is "Oosthaven 41" too).
    Remembered for the last texts: the address recognizer, the addresses after names, the batch's homes and the
    monuments' keep verdicts each ask it of the same document."""
    if _MONUMENT.search(text) is None:
        return frozenset()
    found: set[str] = set()
    for m in _STREET_AND_NUMBER.finditer(text):
        starts = [w.start() for w in _WORD.finditer(m.group())][:-1]  # where the street may begin (not the number)
        after = _MONUMENT_AFTER.match(text, m.end()) is not None
        for k, off in enumerate(starts):
            at = m.start() + off
            if after or _MONUMENT_BEFORE.search(text[max(0, at - 60) : at]):
                found |= {" ".join(text[m.start() + o : m.end()].split()) for o in starts[k:]}
                break
    return frozenset(found)


def of_monument(text: str, start: int, end: int, monuments: frozenset[str]) -> bool:
    """The street and number that begin ``text[start:end]`` are a monument's (see :func:`monument_addresses`)."""
    m = _STREET_AND_NUMBER.match(text, start, end) if monuments else None
    return m is not None and " ".join(m.group().split()) in monuments


# an addressee reached in their office at an organisation: "Aan de vestigingsdirecteur van PI Vught"
_IN_OFFICE = compiled(
    r"(?i:\baan[ \t\n]+de[ \t\n]+(?P<function>\p{L}+)[ \t\n]+(?:van|bij)[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?)\p{Lu}"
)


def in_office(text: str) -> bool:
    """``text`` addresses someone by their function at an organisation ("Aan de vestigingsdirecteur van PI Vught",
    "aan de teamleider bij Gemeente Ede"): the address under their name is the organisation's."""
    endings = load_lexicons().job_title_endings
    return any(m.group("function").lower().endswith(endings) for m in _IN_OFFICE.finditer(text))


# a Wmo home adaptation right before the street it is made at: "Project: badkameraanpassing Anne Frankstraat 9" (the
# client's home; not "De woningaanpassing wordt uitgevoerd door Bouwbedrijf Smit BV, Industrieweg 12")
ADAPTATION_LEAD = compiled(
    r"(?i:(?:woning|badkamer|keuken|toilet|trap|huis)aanpassing(?:en)?|traplift)[ \t:,]*"
    r"(?:(?:aan|in)[ \t]+de[ \t]+|op[ \t]+)?\Z"
)
