"""Name forms: particles, double-barrelled and noble names, initials, capitals (grammar.py, names.py)."""

from __future__ import annotations

import pytest
from detecttools import check

NAME_FORMS = [
    ("Het voorstel kwam van de heer van Oosten-Weeldenburg.", ["van Oosten-Weeldenburg"], []),
    ("Ook Sylvie 's Gravensande-Bresé was aanwezig.", ["Sylvie 's Gravensande-Bresé"], []),
    ("Bibi de Jode Vastraedsd-Uittenbosch schreef het advies.", ["Bibi de Jode Vastraedsd-Uittenbosch"], []),
    (
        "Nova Coreth von und zu Coredo und Starkenberg-van der Sande tekende.",
        ["Nova Coreth von und zu Coredo und Starkenberg-van der Sande"],
        [],
    ),
    ("Livia van Hoevel en van Zwindrecht belde.", ["Livia van Hoevel en van Zwindrecht"], []),
    ("Het stuk is opgesteld door J.P.M. van der Berg.", ["J.P.M. van der Berg"], []),
    ("Maria de Groot-Rijnders en Anne van der Wal waren er.", ["Maria de Groot-Rijnders", "Anne van der Wal"], []),
    ("MR. DRS. A.B. (ANNE) VAN DIJK\nsenior adviseur", ["VAN DIJK"], []),
    # particles abbreviated as logs and action lists write them; "v.d. gemeente" is no name
    (
        "Overdracht: P. v.d. Meulen aan Marco. Actie: Jan v/d Berg belt. Mevrouw v.d. Heuvel-Smit mailt het "
        "besluit v.d. gemeente.",
        ["P. v.d. Meulen", "Jan v/d Berg", "v.d. Heuvel-Smit"],
        ["besluit v.d. gemeente"],
    ),
    # one initial and a word of the dictionary as surname, paired with a name of initials before it
    (
        "Opgesteld: Y. van Boheemen / M. Bril. Met dank aan R. Smit en K. Bos. Zie ook bijlage B. Kaart 3.",
        ["Y. van Boheemen", "M. Bril", "R. Smit", "K. Bos"],
        ["B. Kaart"],
    ),
]

PROPAGATION = [
    # once found, every other form of the name is redacted too, also a surname that is a place
    (
        "Mevrouw Zwolle belt morgen. Zwolle vraagt om uitstel. De gemeente Zwolle is akkoord.",
        ["[Zwolle] vraagt"],
        ["gemeente Zwolle"],
    ),
    ("Gesprek met Kavita Ramdin. Kavita stuurt de stukken.", ["Kavita Ramdin", "Kavita"], []),
]

CHATS = [
    # a first name and the street he lives in, "van de": the name alone, no street of that name
    (
        "21:16 - Ilona BOA: volgens mij is het die Dave van de Assendorperstraat, die vorige maand ook is aangehouden.",
        ["Dave"],
        ["Assendorperstraat"],
    ),
    # a first name that is a place too, with the person's function in brackets after it
    (
        "[02-04-2025 15:58] Joep Hazenberg: Concept staat klaar voor Wessel (teamleider) -> daarna naar Ede.",
        ["Joep Hazenberg", "Wessel"],
        ["Ede"],
    ),
    (
        "[12-03-2025 09:14] Kavita Ramdin: zullen we om 10 uur bellen?\n[12-03-2025 09:15] Bram Visser: prima\n"
        "[12-03-2025 09:16] Kavita: top\nDaan zei dat het goed is.",
        ["Kavita Ramdin", "Bram Visser", "Kavita", "Daan"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NAME_FORMS + PROPAGATION + CHATS)
def test_name(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


MORE_FORMS = [
    # OCR's look-alike of the apostrophe in a particle
    ("Parafen: B. van 't Hof, afdelingshoofd.\nOpmerkingen: bespreken met Van \u2018t Hof.", ["Van \u2018t Hof"], []),
    # a surname sorted before its particle; an admin account spelled from the name
    (
        "04-03-2025 09:05 Kuiper, van der (1e lijn): doorgezet.\nAanvrager Jiri Novak; account jnovak-adm aangemaakt."
        "\nAmsterdam, de stad. Groningen, de Provincie. Het ligt tussen de Hogeweg, de Van Asch van Wijckstraat."
        " Met de Politie Oost-Brabant, de Belastingdienst en Enexis. De Johan van Oldenbarneveltbrug is dicht.",
        ["Kuiper, van der", "jnovak-adm", "Jiri Novak"],
        ["Amsterdam", "Groningen", "Provincie", "Hogeweg", "Oost-Brabant", "Johan van Oldenbarneveltbrug"],
    ),
    # a word before a comma and a particle is no surname sorted first (a processing register's "Ja, de
    # gegevens ...", a law's "Invorderingswet, ter uitvoering ...")
    (
        "Verstrekking aan derden: Ja, de gegevens gaan naar de belastingdienst.\n"
        "op grond van de Invorderingswet, ter uitvoering van de taak. Kuiper, van der (1e lijn).",
        ["Kuiper, van der"],
        ["Ja, de gegevens", "Invorderingswet, ter"],
    ),
    # an item of a bulleted list of names; the list's headings and organisations stay
    (
        "Projectteam\n● OSLO-team:\n○ Laurens Vercauteren: Governance\n○ Lorenzo Vylders\n● Departement Omgeving:\n"
        "○ Philippe Rutten\n○ Virgini Geranios\n○ Kris Peirlinck\n- Omgevingsloket:\n",
        ["Virgini Geranios", "Philippe Rutten"],
        ["Departement Omgeving", "Omgevingsloket", "Governance"],
    ),
    # an account spelled from an initial and the surname; a paraph after "concept"
    (
        "Provincie Utrecht | behandelaar B. Prasetyo\nPagina-opmaak: bprasetyo v3\n2025Z00417 | concept HK / FZ\n"
        "Opgesteld door Habibullah Karimi en Fleur Zandstra.",
        ["bprasetyo", "HK", "FZ"],
        ["Provincie Utrecht", "2025Z00417"],
    ),
    # a field's label with a count of its values
    (
        "Deelnemers (5): Bakker, Joris; Dvořák, Ivo; Kok, Wessel; Dam, Ruud; Storm-de Jong, Mei",
        ["Bakker, Joris", "Dvořák, Ivo", "Kok, Wessel", "Dam, Ruud", "Storm-de Jong, Mei"],
        ["Deelnemers (5)"],
    ),
    # a name with and without its diacritics; a full date in brackets after a name is a date of birth
    (
        "Aanmelder Sahin, Mehmet (ŞAHİN). Ivo Dvořák schreef het; Dvorak belde. Jeugdige Noor Ramsaroep "
        "(12-03-2014); Aletta Jacobs (1854-1929); het besluit (12-03-2024).",
        ["[Sahin], Mehmet", "Sahin, [Mehmet]", "ŞAHİN", "Ivo Dvořák", "Dvorak", "12-03-2014", "Noor Ramsaroep"],
        ["1854-1929", "12-03-2024", "Aletta Jacobs"],
    ),
    # an item of an enumeration of names whose first name no list holds; a particle ending the line
    (
        "drie afdelingshoofden: Wendelien\nAkkerman (Vergunningverlening), Olusegun\nAdeyemi (Toezicht en "
        "Handhaving) en Marieke in\n't Veld (Bedrijfsvoering). Later sprak afdelingshoofd Adeyemi.\n"
        "Sprekers waren Kees Bakker, Anna de Boer, Tunde Bakare en Global Health Alliance.",
        ["Olusegun\nAdeyemi", "[Adeyemi].", "Marieke in\n't Veld", "Tunde Bakare"],
        ["Global Health Alliance", "Toezicht en Handhaving"],
    ),
    # a title or a rank and an initial alone; a double surname whose first word is an adjective, broken over a line
    (
        "Op 16 maart sprak kapitein P. mij aan; volgens mevrouw D., die belde, klopte het. De heer K. van Dam kwam.\n"
        "Voorstellen werden ingediend door Bram Kleine\nStaarman en Ilse Markvoort. Kleine Staarman is lid.",
        ["[P.] mij", "[D.], die", "K. van Dam", "Bram Kleine\nStaarman", "[Kleine Staarman] is"],
        ["kapitein", "mevrouw"],
    ),
    (
        "Hartelijke groet, jkvr. drs. ISABELLE VAN OMMEREN TOT HEMMEN\nIsabelle van Ommeren tot Hemmen belt.",
        ["ISABELLE VAN OMMEREN TOT HEMMEN", "Isabelle van Ommeren tot Hemmen"],
        [],
    ),
    ("De familie Tuinstra heeft al een vergoeding gekregen.", ["Tuinstra"], []),
    # a name found in one place is not searched inside a longer place name
    (
        "Mevrouw Valkenburg belde over Valkenburg aan de Geul. Valkenburg zei ja.",
        ["[Valkenburg] zei"],
        ["Valkenburg aan de Geul"],
    ),
    # Teams prints the speaker, then the time
    (
        "Lotte Valkenburg 07:05\nVanuit IenW: de minister wil om 08:00 een update.\nBram Visser 07:40 Dank.",
        ["Lotte Valkenburg", "Bram Visser"],
        ["IenW"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), MORE_FORMS)
def test_more_forms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


PEER_FORMS = [
    # a street after a name is no part of it, and does not make the name a street
    ("Henk Mulder Bergweg 45 3037 EG Rotterdam E-mail: henk.mulder@example.com", ["Henk Mulder"], []),
    # an unknown first name, a particle and a surname
    ("Zayaan el Moussaoui uit De Pijp stemde op PvdA.", ["Zayaan el Moussaoui"], ["De Pijp", "PvdA"]),
    ("De Raad van State en de Minister van Financiën.", [], ["Raad van State", "Minister van Financiën"]),
    # a common name is not an office holder by name alone
    ("Jan Jansen heeft de brief ondertekend.", ["Jan Jansen"], []),
    ("Ondernemingsregistratie: Bouwbedrijf Van Dam, BTW NL456789012B04", [], ["Bouwbedrijf Van Dam"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PEER_FORMS)
def test_peer_forms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


CHAT_AND_MAIL_FORMS = [
    (
        "[14:02] Raghunathan, Deepak (extern) Deployment klaar\n[14:04] Østergaard, Mette (extern) check",
        ["Raghunathan, Deepak", "Østergaard, Mette"],
        [],
    ),
    ("Van: van 't Hof, Eva <e.vanthof@gelderland.nl>\nAan: d'Hondt, Marieke\nOnderwerp: x", ["Hof", "Hondt"], []),
    ("Het lid Kaya van de werkgroep Actieve openbaarmaking vroeg om uitstel.", ["Kaya"], []),
    # the first name in use in brackets after the initials, and on its own further on
    (
        "DAMASCENO DA SILVA SANTOS, T.C. (Thaís), beleidsmedewerker schaal 11\nThaís geeft aan dat het werk zwaar is.",
        ["DAMASCENO DA SILVA SANTOS, T.C.", "Thaís"],
        ["beleidsmedewerker"],
    ),
    # a double first name signs with its initials joined by a hyphen
    (
        "From: Jean-Baptiste Vautrin-Moreau <jean-baptiste.vautrin@echa.europa.eu>\nDear Jean-Baptiste,\n"
        "please send Member State comments by 30 May. Best, J-B",
        ["Jean-Baptiste Vautrin-Moreau", "J-B"],
        ["30 May", "Member State"],
    ),
    # an English month that is a first name too: the month of a date; the person where she is named
    ("May Lin belde over de aanvraag op 3 June 2024. May vroeg om uitstel.", ["May Lin", "[May] vroeg"], ["June 2024"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), CHAT_AND_MAIL_FORMS)
def test_chat_and_mail_forms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_a_two_word_surname_is_found_over_a_line_break() -> None:
    check("Samira Aït Haddou schreef de nota. Volgens Aït\nHaddou is dat goed.", ["Aït\nHaddou"], [])


def test_names_of_other_documents_in_the_batch_are_found_here() -> None:
    """A name redacted elsewhere in the batch is redacted here, unless public here (after a title)."""
    from detecttools import _detector  # the cached default detector

    _, detector = _detector(())
    from woo_redact.parse.text import document_from_text

    doc = document_from_text("Het stuk is van Oudeman gekomen. Minister Oudeman was er niet.")
    findings = detector.detect(doc, batch_names=("Pieter Oudeman",))
    found = {(f.start, f.text) for f in findings if not any(e.detector == "public_office" for e in f.explanations)}
    assert (doc.text.index("Oudeman"), "Oudeman") in found
    assert all(f.start != doc.text.rindex("Oudeman") for f in findings if (f.start, f.text) in found)


def test_paraphs_of_people_named_in_other_documents_where_a_paraph_stands() -> None:
    """ "check PB" where Pieter Bos is named only in another document of the batch; "PB 2024/12" is no paraph."""
    from detecttools import _detector

    from woo_redact.parse.text import document_from_text

    _, detector = _detector(())
    doc = document_from_text(
        "Versie 3, opgesteld door MK, check PB\nZie PB 2024/12 en het PB-nummer. Check SK. Aan: VWS/IZ; check EJ."
    )
    findings = detector.detect(doc, batch_names=("Pieter Bos", "Sevda Kok", "Ingrid Zwarts", "Evert-Jan"))
    found = {f.start for f in findings if f.entity_type == "PARAPH"}
    assert doc.text.index("PB\n") in found and doc.text.index("SK.") in found
    assert doc.text.index("PB 2024") not in found and doc.text.index("IZ") not in found
    assert doc.text.index("EJ.") in found
    assert not any(f.text == "PB" for f in detector.detect(doc) if f.entity_type == "PARAPH")


def test_a_surname_that_ends_a_place_name_is_the_place_there() -> None:
    """ "Haag" redacted in another document (or found here) does not black out "Den Haag"."""
    from detecttools import _detector

    from woo_redact.parse.text import document_from_text

    _, detector = _detector(())
    doc = document_from_text("Vacatures in Rotterdam, Den Haag en Utrecht. Mevrouw Haag belde over Den Haag.")
    findings = detector.detect(doc, batch_names=("Piet Haag",))
    starts = {f.start for f in findings if f.entity_type == "PERSON" and f.text == "Haag"}
    assert doc.text.index("Mevrouw Haag") + len("Mevrouw ") in starts
    assert all(doc.text[s - 4 : s] != "Den " for s in starts)


def test_a_chat_mention_of_a_first_name_is_a_name() -> None:
    """ "@Gijs welkom": a chat's mention names the person; "info@Gijsbrecht.nl" is a mail domain."""
    from detecttools import run

    out = run("02-10-2024 18:10 - Hanneke: @Gijs welkom. Mail naar info@Gijsbrecht.nl")
    at = out.text.index("@Gijs") + 1
    assert all(i in out.covered() for i in range(at, at + 4)), out.show()
    domain = out.text.index("Gijsbrecht")
    assert not any(f.start <= domain < f.end and f.entity_type == "PERSON" for f in out.redacted), out.show()
