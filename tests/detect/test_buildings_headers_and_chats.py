"""Session 58's rules, one table per rule class: buildings and regions that hold a name; e-mail headers whose labels
and organisations are no name; the sentence a health term is judged in; nicknames and short forms in chats; the
personal data of a table's birth-year column, a household and a direct line."""

from __future__ import annotations

import pytest
from detecttools import check

# text, redacted, kept
NOT_PERSONS = [
    # a care home named after someone, its kind before the name in small letters
    (
        "Op basisschool De Vlonder en in woonzorgcentrum Johanna Westerdijk is mazelen vastgesteld.",
        [],
        ["Johanna Westerdijk"],
    ),
    ("De bewoners van verpleeghuis Pieter van Foreest zijn ingelicht.", [], ["Pieter van Foreest"]),
    # ... not "school" alone ("op school Lisa Jansen ophalen"), nor a titled person after the word
    ("Mijn moeder ging naar school. Lisa Jansen belde over de planning.", ["Lisa Jansen"], []),
    # a region: a part of the compass and a province
    (
        "Van: drs. F. van der Meulen-Akkerman, arts IZB, GGD Noord- en Oost-Gelderland\nDatum: 17 september 2026",
        ["F. van der Meulen-Akkerman"],
        ["Oost-Gelderland"],
    ),
    ("Van: Jan Smit, adviseur, GGD Zuid-Limburg\nDatum: 3 mei 2026", ["Jan Smit"], ["Zuid-Limburg"]),
    # a saint's name: a hospital
    ("Slachtoffer 3 vervoerd per ambulance naar St Jansdal.", [], ["St Jansdal"]),
    # a first name, then his company whose name is no surname
    (
        "De samenwerking met Ronald van Sentinel Crowd Services B.V. was goed.",
        ["Ronald"],
        ["Sentinel Crowd Services B.V."],
    ),
    # ... not a firm named after its owner
    ("De samenwerking met Jan van Dijk Installatietechniek B.V. was goed.", ["Jan van Dijk"], []),
    # a paraph, whatever glued word the text makes of it (and an article before the glued word)
    (
        "Aanwezig: Esther Dijkhuizen-Ramdin (Inspectie).\nActie: EDR\nDe EDR-oplossing van de school.",
        ["Actie: [EDR]"],
        ["EDR-oplossing"],
    ),
    # a role's cell "school" in a table is no label of an organisation's name
    ("Rol\nNaam\nMobiel\nschool\nAnouk Verbeek-Lammers\n0314-72 90 18\n", ["Anouk Verbeek-Lammers"], []),
]

# a review's cases (session 58): a building's kind before a person in apposition, residents listed after it, a person
# and a building's letter
NOT_BUILDINGS = [
    ("Volgens de directeur van het museum Sandra Verhoeven is de schade beperkt.", ["Sandra Verhoeven"], []),
    ("Vorige week is in het ziekenhuis Fatima el Amrani opgenomen.", ["Fatima el Amrani"], []),
    (
        "De bewoners van verpleeghuis Gerrit Mulder en Truus Bakker zijn besmet met corona.",
        ["Gerrit Mulder", "Truus Bakker"],
        [],
    ),
    ("Volgens de bewaker heeft Peter Smit gebouw C als laatste verlaten.", ["Peter Smit"], ["gebouw C"]),
    # ... a contract's defined terms and a law's nickname are no one's
    (
        'De Gemeente Utrecht ("Gemeente") en Provincie Gelderland ("Provincie") sluiten deze overeenkomst.',
        [],
        ["Gemeente", "Provincie"],
    ),
    ("Zij noemen haar Spoedwet. Amsterdam, met de bijnaam Mokum, doet mee.", [], ["Spoedwet", "Mokum"]),
    # ... a general number after a named person stays general; a chat's month and bank are no short forms
    ("Behandeld door: mr. J. de Vries, 0318-538 911 (algemeen)", ["J. de Vries"], ["0318-538 911"]),
    (
        "[15-09 08:31] Ingrid de Wit: goedemorgen\n[15-09 08:32] Polly Brink: Ik stuur het naar Rabo en Ing\n"
        "[15-09 08:33] Ingrid de Wit: 3 Okt is goed",
        ["Ingrid de Wit", "Polly Brink"],
        ["Ing", "Okt"],
    ),
]

HEADERS = [
    # an organisation's name of several words its own domain writes joined, and one an attention line follows
    (
        "Aan: IJsselvallei Water, afdeling Klachten, Postbus 3\nWij stellen IJsselvallei Water aansprakelijk. Zie "
        "www.ijsselvallei-water.nl/kookadvies.",
        [],
        ["IJsselvallei Water"],
    ),
    ("Aan: Dorpsbelangen Oosterwierum, t.a.v. het bestuur\nWij nodigen u uit.", [], ["Dorpsbelangen Oosterwierum"]),
    # ... not a person with a department after the name, nor a person's own domain
    (
        "Aan: Jan Smit, afdeling Klachten, jan@jansmit.nl\nVan: Kees Jansen, afdeling Vergunningen",
        ["Jan Smit", "Kees Jansen"],
        [],
    ),
    # a surname that is a title's word too ("Dijkgraaf") after a first name: no title of the name after it
    (
        "Deelnemers: Annelot Dijkgraaf, Wanjiru Kamau, Baraka Mwangi\n[08-12 08:14] Annelot Dijkgraaf: goedemorgen",
        ["Annelot Dijkgraaf", "Wanjiru Kamau", "Baraka Mwangi"],
        [],
    ),
    ("Dijkgraaf Jan Bos opende de vergadering van het waterschap.", [], ["Jan Bos"]),
    # the next field's label is no surname, after an inverted name in a header on one line
    (
        "Van: Kartosen, Dewi <d.kartosen@ggdnog.nl> Aan: Vrielink, Hidde Verzonden: 17 september 2026 21:04\n"
        "Hidde, voor zaterdag heb ik Jolanda rond.",
        ["Hidde", "Vrielink", "Kartosen, Dewi"],
        ["Verzonden"],
    ),
    ("Overleg met Sanne Datum: 3 mei", ["Sanne"], ["Datum"]),
]

HEALTH_SENTENCES = [
    # a running title and a chat's message each begin a sentence of their own
    (
        "Met vriendelijke groet,\nIngrid Mølgaard, consulent\nFW: advies LCI mazelen zorginstelling - pagina 1 van 1",
        ["Ingrid Mølgaard"],
        ["mazelen"],
    ),
    (
        "[15-09 08:31] Floor van der Meulen: wie belt het zorgcentrum?\n"
        "[15-09 08:35] GGD-team: uitbraak mazelen bevestigd",
        [],
        ["mazelen"],
    ),
    # a first name that begins a building's name is no one's
    (
        "De GGD bezocht gisteren woonzorgcentrum Johanna Westerdijk vanwege mazelen.",
        [],
        ["Johanna Westerdijk", "mazelen"],
    ),
    # ... a mail's subject line goes with the people the mail names ("ziekmelding burn-out" / "Beste Marloes,")
    (
        "Van: Kees Jansen <k.jansen@ede.nl>\nAan: Marloes Bakker\nOnderwerp: ziekmelding burn-out\nBeste Marloes,\n"
        "Ik meld me ziek.",
        ["Kees Jansen", "burn-out"],
        [],
    ),
    # ... a first name after an ordinary word in small letters is someone's
    ("In de groep Daan heeft ADHD en krijgt Ritalin.", ["Daan", "ADHD", "Ritalin"], []),
    # ... and one person's diagnosis in a sentence about her is still redacted
    ("Mevrouw Jansen heeft sinds maandag mazelen en ligt in het ziekenhuis.", ["Jansen", "mazelen"], []),
]

NICKNAMES = [
    # in quotes after the full name, and wherever it stands again
    (
        "Ploegleider nachtdienst: Jesse Ouwehand ('Jez').\nJez hou de uitgang zuid in de gaten.",
        ["Jesse Ouwehand", "('[Jez]')", "[Jez] hou"],
        [],
    ),
    ('Ik sprak met Mehmet Yilmaz ("Memo") over de zaak. Memo was boos.', ["Mehmet Yilmaz", "[Memo] was"], []),
    # what others call someone
    ("Collega's noemen hem Mem; in de Teams-groep gebruikte Van der Wiel die bijnaam.", ["Mem", "Van der Wiel"], []),
    # a chat's short form of a first name the chat names in full
    (
        "[15-09 09:15] Sietske Oosterbaan: ok\n[15-09 09:16] Thijs Oudenhoven: goed\n"
        "[15-09 09:17] Sietske Oosterbaan: Siets hier, prima\n",
        ["Sietske Oosterbaan", "[Siets] hier"],
        ["prima"],
    ),
]

CHAT_FORMS = [
    # a diminutive of a first name, the initials of a double given name, in a chat
    (
        "02-06-2025 06:20 - Hendrik-Jan Wolting: wolf in de wei, 3 schapen dood\n"
        "02-06-2025 06:23 - Jannie Boerma: O nee HJ wat erg. Moet ik komen helpen?\n"
        "02-06-2025 06:25 - Hendrik-Jan Wolting: nee dank\n02-06-2025 06:28 - Ruud Klein: top. Ruudje kun jij PB "
        "inlichten?\n",
        ["Hendrik-Jan Wolting", "nee [HJ] wat", "Ruud Klein", "[Ruudje] kun"],
        ["wolf", "schapen"],
    ),
    # ... not outside a chat, nor an acronym
    ("Hendrik-Jan Wolting (HJW) meldde het. De HJ-regeling geldt niet.", ["Hendrik-Jan Wolting"], ["HJ-regeling"]),
]

NEAR_PERSONS = [
    # a table's birth-year column
    (
        "Medewerkers met contact\nMedewerker\nFunctie\nGeb.jaar\nPriscilla Mahabier\nverzorgende IG\n1997\n",
        ["Priscilla Mahabier", "1997"],
        [],
    ),
    # a direct line after initials, a surname and a comma, an extension after it; the general number stays
    (
        "Contact loopt via het bestuurssecretariaat: T. Veldkamp, 070-456 8731 (toestel 231), of het\n"
        "algemene nummer 070 456 0000.",
        ["T. Veldkamp", "070-456 8731", "231"],
        ["070 456 0000"],
    ),
    # a number in a table's row, the next row's label below it no label of its own
    (
        "Thijs Zandvoort\nICT-beheer\nRenL ICT\n(070) 456 87 09\n(logs)\nAlgemeen: Bureau Integriteit; algemeen nummer "
        "ministerie 070 456 0000.",
        ["Thijs Zandvoort", "(070) 456 87 09"],
        ["070 456 0000"],
    ),
    # a copy of the surname of a full name found here is no compound word ("stuur" and "ma")
    (
        "secretaris\nMarieke Stuursma\nDe vergadering werd voorgezeten door Hilbolling; notulen door Stuursma.",
        ["Marieke Stuursma", "door [Stuursma]."],
        [],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS)
def test_not_persons(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_BUILDINGS)
def test_not_buildings(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), HEADERS)
def test_headers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), HEALTH_SENTENCES)
def test_health_sentences(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NICKNAMES)
def test_nicknames(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), CHAT_FORMS)
def test_chat_forms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NEAR_PERSONS)
def test_near_persons(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_a_bodys_acronym_after_an_article_is_no_paraph() -> None:
    """ "De OFGV heeft ... gemeten": no one writes an article before a person's initials; the code is the document's
    own acronym, not a paraph where it stands alone in an action list's owner column. "De EDR-oplossing" is a word
    glued to a paraph, no acronym's use."""
    from woo_redact.detect.paraphs import defined_acronyms

    assert "OFGV" in defined_acronyms("2. Geluid\nDe OFGV heeft op zaterdag een overschrijding gemeten.")
    assert "GHOR" in defined_acronyms("de Veiligheidsregio Flevoland en de GHOR Flevoland")
    assert "EDR" not in defined_acronyms("Actie: EDR\nDe EDR-oplossing van de school.")
    assert "DV" not in defined_acronyms("Dank aan de DV van gisteren")  # (two letters: a person's, perhaps)
    # (a code the text gives a person stays a paraph, whatever article stands before it elsewhere)
    assert not defined_acronyms("Aanwezig: Jan van Dijk (JVD)\n3. Terugkoppeling naar de JVD")
    assert not defined_acronyms("Paraaf: HJB\ndoor de HJB gecontroleerd")
