"""What is no personal data stays readable: organisations, acronyms, products, English terms, places."""

from __future__ import annotations

import pytest
from detecttools import check, run

PUBLIC_TEXT = [
    # an organisation's service desk signs a mail
    ("Met vriendelijke groet,\n\nKadaster Klantenservice\nPostbus 9046\n", [], ["Kadaster Klantenservice"]),
    # an acronym the text writes alone in running text is no part of a name in capitals
    (
        "Opdrachtgever BAO KLIC\nDe centrale voorziening KLIC en de Productmanager KLIC.\nGetekend: JAN JANSEN",
        ["JAN JANSEN"],
        ["BAO KLIC"],
    ),
    ("Het ministerie van VWS en IEEE publiceren via Google Play.", [], ["VWS", "IEEE", "Google Play"]),
    (
        "Zero Trust Security en Bluetooth Low Energy zijn Requirements voor de Service Desk.",
        [],
        ["Zero Trust Security", "Bluetooth Low Energy", "Requirements", "Service Desk"],
    ),
    ("Zie de Cheat Sheet en de Release Notes.", [], ["Cheat Sheet", "Release Notes"]),
    (
        "De AP in Bilthoven, Albert Heijn, De Woningbouwimpuls, ProRail en MIRT.",
        [],
        ["De AP", "Bilthoven", "Albert Heijn", "De Woningbouwimpuls", "ProRail", "MIRT"],
    ),
    (
        "Een bijdrage aan de Jan des Bouvrie Stichting en het Anne Frank Huis.",
        [],
        ["Jan des Bouvrie Stichting", "Anne Frank Huis"],
    ),
    ("Het Sophia Kinderziekenhuis en station Anna Paulowna.", [], ["Sophia Kinderziekenhuis", "Anna Paulowna"]),
    # a company name does not hide a person with a first name and initials
    ("Ingrid Philips van Philips werkt mee.", ["Ingrid Philips"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PUBLIC_TEXT)
def test_public_text(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


REAL_PROSE = [
    # seen on real published PDFs: English prose, list items broken over lines, defined abbreviations
    ("Diemen, August 28th, 2020. Testing for Server Side Template Injection.", [], ["August", "Server Side Template"]),
    (
        "De fasen:\nValidatiefase\nKoppelingsfase\nNotificatiefase\nInstallatiefase",
        [],
        ["Notificatiefase", "Installatiefase"],
    ),
    ("Temporary Exposure Keys (TEKs) worden gedeeld.", [], ["TEKs"]),
    # countries and regions are places, also in a list the model reads as one name
    (
        "Ouders gaan vooral naar Griekenland, India, de Oekraïne en de Verenigde Staten (Californië).",
        [],
        ["India", "Oekraïne", "Verenigde Staten"],
    ),
    ("De Raad adviseert over Ierland; de Universiteit Twente en Regio Twente doen mee.", [], ["Ierland", "Twente"]),
    # dictionary words the model joins into a name ("Voortgang Coronamelder"), a parliamentary series
    ("Bijlage: Voortgang Coronamelder en het Europees Comité.", [], ["Voortgang Coronamelder", "Europees Comité"]),
    ("Tweede Kamer\nAanhangsel van de Handelingen\nVragen gesteld door de leden", [], ["Aanhangsel", "Handelingen"]),
    # Kamerleden asking questions ("Vragen van de leden ..."), and the head of a Hoge College van Staat
    (
        "Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan de Minister",
        [],
        ["Van Weyenberg", "Romke de Jong", "Kat"],
    ),
    ("De vicepresident van de Raad van State,\nTh. C. De Graaf", [], ["Th. C. De Graaf"]),
    # two columns read in turn: the line after a title (or after a particle) is the other column's
    ("Wij spraken met dhr.\nKorte Voorhout 7, Den Haag; Hoogendoorn via", [], ["Korte Voorhout 7"]),
    ("Mr. P.A.J. (Paul) van der\nFinanciën, DJZ\n070 342 9145", ["P.A.J. (Paul)"], ["Financiën"]),
    # a plural's "’s" is the word's, not the start of a name
    ("Voorbeeld: jaarlijkse luchtfoto’s van Vlaanderen (2013, 2015, 2017).", [], ["Vlaanderen"]),
    # a newspaper; a name written surname first ends at its initials, whatever organisation follows
    (
        "woordvoerder Lieke Koning meldde dit in de\nLeeuwarder Courant.\nVAN DAM-BRINKMAN, I. DG Curatieve Zorg",
        ["VAN DAM-BRINKMAN, I."],
        ["Leeuwarder Courant"],
    ),
    # waters are places; a first name that is a word too needs a known surname after it
    (
        "Benthic primary production in the Westerschelde is mainly associated with algae.\nAanwezig: Elke de Vries.\n"
        "● VVSG\n○ Ben Gilot\n○ Miet Remans\n● Risolto",
        ["Elke de Vries", "Ben Gilot", "Miet Remans"],
        ["Westerschelde"],
    ),
    # a first name before two dictionary words written as one is a product's name (a KING covenant's "GEMMA
    # Softwarecatalogus"); a document's author field in capitals that is a word is an institute ("KING"); a place's
    # name the dictionary splits ("Kortenhoeven") after a first name is a family name
    (
        "Leverancier geeft in de Gemma Softwarecatalogus aan welke versies het ondersteunt.\n"
        "Opgesteld door\nKING\nDatum\n1 juni 2016\nGesprek met Gemma Houtkamp.\nRBL-26-3198\nTygo Kortenhoeven\n",
        ["Gemma Houtkamp", "Tygo Kortenhoeven"],
        ["Gemma Softwarecatalogus", "KING"],
    ),
    # research institutes and universities abroad named after people or places, an EU programme named after one
    (
        "Partners: Institut Néel, Institut Teknologi Bandung, Universitas Indonesia en Université Mohammed V de "
        "Rabat. Financiering uit de Marie Skłodowska-Curie Actions. Contact: Rachid Benjelloun.",
        ["Rachid Benjelloun"],
        [
            "Institut Néel",
            "Institut Teknologi Bandung",
            "Universitas Indonesia",
            "Université Mohammed V",
            "Marie Skłodowska-Curie",
        ],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), REAL_PROSE)
def test_real_prose(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_english_dates_and_function_words_are_no_first_names() -> None:
    check("Issued on June\n2020 by the board. An attacker can read it. May 5th.", [], ["June", "An", "May"])
    check("Risico Laag-Laag en Hoog-Hoog.", [], ["Laag-Laag", "Hoog-Hoog"])


def test_a_span_cut_at_a_paraph_leaves_no_punctuation_finding() -> None:
    """cm_codereview_fop p. 14: "(BLE) MAC" was a name in capitals; once "BLE" became a paraph
    (the initials of a person named in the document), the cut left "(" as a finding of its own,
    and the proof then counted every bracket on the page and withheld the document."""
    out = run("Opgesteld door Bart Lucas Evers.\nWhen the Bluetooth Low Energy (BLE) MAC address changes.\n")
    assert [f.text for f in out.findings if not any(ch.isalnum() for ch in f.text)] == []
    assert "Bart Lucas Evers" in [f.text for f in out.redacted]


FIRMS_AND_BUILDINGS = [
    # a partnership (V.O.F.) named after the applicant the text names is his; a B.V. of that name is a company's
    (
        "De aanvraag van Fruitbedrijf Arntz V.O.F. is klaar. De aanvrager, Jos Arntz, wil graag door.",
        ["[Arntz] V.O.F.", "Jos Arntz"],
        [],
    ),
    ("De aanvraag van Bouwbedrijf Arntz V.O.F. is klaar.", [], ["Arntz"]),
    # a family farm is named after the family (custom detector familiebedrijf); with a company's legal form it stays
    (
        "Controlerapport Melkveebedrijf Van Zwolle; subsidie voor Varkenshouderij Roelofsen-de Wit.",
        ["Van Zwolle", "Roelofsen-de Wit"],
        [],
    ),
    ("De aanvraag van Melkveebedrijf Hoekstra B.V. is ontvankelijk.", [], ["Hoekstra"]),
    ("Pluimveebedrijf De Eshof\nB.V.\n\nEshofweg 2, Ansen", [], ["De Eshof"]),
    ("De aanvraag van Bouwbedrijf Arntz B.V. is klaar. Jos Arntz belde.", ["Jos Arntz"], ["Arntz B.V."]),
    # a town hall's name in a Locatie label column and after "Raadhuis"; a manor after "Huize"
    ("Datum        10-05-2022\nLocatie      De Paauw, Muzenzaal", [], ["De Paauw"]),
    # ... and the same building elsewhere in the text
    (
        "Locatie      De Paauw, Muzenzaal\n7  Raad: De Paauw - factsheet nr. 11\nCollege stelt De Paauw vast.",
        [],
        ["De Paauw"],
    ),
    ("De vergadering in Raadhuis De Paauw begint om 9.30. De bewoning van Huize Ivicke.", [], ["De Paauw", "Ivicke"]),
    # a language as an adjective before a noun; the same word as a first name
    ("Het gaat om een Frans departement. Frans gaat morgen naar Parijs.", ["[Frans] gaat"], ["Frans departement"]),
    # a regulation's abbreviation after its article is no paraph
    ("Beantwoording schriftelijke vragen art. 36 RvO en artikel 40 lid 2 RvO.", [], ["RvO"]),
    # an accounting heading the model took for a name: a participle before a Latin term
    ("Vooruitontvangen bedragen\nVlottende Passiva\nVlottende schuld:", [], ["Vlottende Passiva"]),
    # a mailbox word with a system's code after it is no one's address
    ("In geval van vragen: richt deze aan postbusIv3@minbzk.nl", [], ["postbusIv3@minbzk.nl"]),
    # the value of an organisation label in a form's label column: a school named after someone; the pupil and
    # the parent in the rows around it stay persons
    (
        "Naam                     Lucas Groenendijk\nSchool                   Piter Jelles Montessori\n"
        "Ouder/verzorger          Ellen Groenendijk-Mostert",
        ["Lucas Groenendijk", "Ellen Groenendijk-Mostert"],
        ["Piter Jelles Montessori"],
    ),
    # schools named after someone: the name before "-school", after a school's word
    (
        "Subsidie voor de Pieter Jelles Troelstraschool. Notulen medezeggenschapsraad IKC Annie M.G. Schmidt.",
        [],
        ["Pieter Jelles", "Annie M.G. Schmidt"],
    ),
    # a party's label holds the person who signs for it
    ("Cliënt          Gerard Wennink\nZorgaanbieder    Bertine Hofman, locatiemanager", ["Bertine Hofman"], []),
    # a family firm with its legal form is a legal person, whoever of its name the document names too
    (
        "De aannemer, Bouwbedrijf Dam & Zonen B.V. uit Dalfsen, meldt de start. "
        "De bewoner, mevrouw Tineke Dam, stemde in.",
        ["Tineke Dam"],
        ["Bouwbedrijf Dam & Zonen B.V."],
    ),
    (
        "Willem Dam\nDam Schoonmaak B.V.\nBart Visser\nVisser Bouw Oldenzaal\n",
        ["Willem Dam", "Bart Visser"],
        ["Dam Schoonmaak B.V.", "Visser Bouw Oldenzaal"],
    ),
    # a trade name after the surname of a person the document names is perhaps the owner's (an eenmanszaak)
    (
        "2. Jeroen Tuinstra, handelend onder de naam Tuinstra Projectadvies, ingeschreven bij de KvK.\n"
        "13 G.H.M. Kroezen (Kroezen Loonbedrijf) Bereikbaarheid percelen.",
        ["Jeroen Tuinstra", "[Tuinstra] Projectadvies", "G.H.M. Kroezen", "[Kroezen] Loonbedrijf"],
        ["Projectadvies", "Loonbedrijf"],
    ),
    # a surname before a street named with a word of an organisation's ("straat") is in a home address
    (
        "Mevrouw Aicha Zwart belde.\n| Adres\n0619837046 Zwart Janstraat 61A, 3035 AK Rotterdam",
        ["Aicha Zwart", "Zwart Janstraat 61A, 3035 AK"],
        [],
    ),
    # "van" after a surname and before a firm says where the person works
    (
        "Uw gemachtigde, mr. C.E. Blom van Blom & Kuipers Advocaten, heeft een zienswijze ingediend.",
        ["C.E. Blom"],
        ["Blom & Kuipers Advocaten"],
    ),
    (
        "Uitvoerder Klaas Smid van Koop Tjuchem en projectleider Marleen Oosterhof waren er.",
        ["Klaas Smid", "Marleen Oosterhof"],
        ["Koop Tjuchem"],
    ),
    # ... not where a second first name or a particle name stands before "van"
    (
        "Jan Peter van Dijk belde. Anna Smid van Dijk stuurde een brief.",
        ["Jan Peter van Dijk", "Anna Smid van Dijk"],
        [],
    ),
    # a hospital and buildings and rooms named after people
    ("met het advies van de kinderarts van het Antonius\nZiekenhuis Sneek.", [], ["Antonius"]),
    (
        "- Locatie: Herman Teirlinck - 01.16 - Rik Wouters\nAANWEZIGEN\n- Louise Ysewijn\n"
        "De sessie is in het\nHerman Teirlinckgebouw (Havenlaan 88, 1000 Brussel).",
        ["Louise Ysewijn"],
        ["Herman Teirlinck", "Rik Wouters"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), FIRMS_AND_BUILDINGS)
def test_firms_and_buildings_named_after_people(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


STREETS_AND_THE_DECEASED = [
    # a place's quarter is no double-barrelled name after a particle (a batch spread "Den Haag" from it)
    (
        "De wijken in Den Haag-West en Den Helder-Zuid. Mevrouw De Haan-Visser belde.",
        ["De Haan-Visser"],
        ["Den Haag-West", "Den Helder-Zuid"],
    ),
    # a street named after someone, after a title too; no surname ends so (these do: Verkade, Ammerlaan, Hogeweg)
    (
        "Voorstellen voor een Etty Hillesumpad. De school aan de Dr. Kuyperstraat. Bij de Johan Cruijff Boulevard.\n"
        "Mevrouw Verkade en de heer Ammerlaan belden. Jan Hogeweg ook.",
        ["Verkade", "Ammerlaan", "Jan Hogeweg"],
        ["Etty Hillesumpad", "Kuyperstraat", "Johan Cruijff Boulevard"],
    ),
    # life dates: the person has died, the name stays where it stands; a living namesake is redacted
    (
        "2. Aletta Jacobs\nAletta Jacobs (1854-1929) was de eerste vrouw die een universiteit bezocht. "
        "Mevrouw Petra Jacobs schreef het boek.",
        ["Petra Jacobs"],
        ["Aletta Jacobs"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), STREETS_AND_THE_DECEASED)
def test_streets_and_the_deceased(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_a_batch_copy_of_a_surname_on_the_next_line_stays_part_of_the_name() -> None:
    """x13 of set X: "Ruth Abena" / "Asante" with "Asante" known from the batch was two spans, and "Asante"
    alone a Kamerlid's surname (kept): the surname that starts the next line goes on the given names."""
    from detecttools import _detector

    from woo_redact.decide import decide
    from woo_redact.parse.text import document_from_text

    config, detector = _detector(())
    doc = document_from_text("van de directie, Ruth Abena\nAsante en Koen Gorter. Asante heeft het verslag.", "t")
    findings = detector.detect(doc, ("Asante",))
    kept = [f.text for f, d in zip(findings, decide(findings, config)) if d.action.value == "keep"]
    redacted = {f.text for f in findings} - set(kept)
    assert not kept and "Ruth Abena\nAsante" in redacted, redacted


def test_an_address_after_names_on_a_label_line() -> None:
    check(
        "Gemeente Súdwest-Fryslân\nVerslag van de hoorzitting\n"
        "Bezwaarde: de heer Sjoerd Hoekstra en mevrouw Aukje Hoekstra-Wijnia, Skâns 14, Workum",
        ["Sjoerd Hoekstra", "Skâns 14"],
        ["Workum"],
    )


def test_a_column_of_surnames_is_no_name_broken_over_lines() -> None:
    """v20 of set V: "Da Silva Santos" over "Al-Masri" in a list's column of surnames are two people; joined,
    the batch's copies cut "Maduro, K." / "Tromp, S.M." / "Winter, F." short and "Winter, F." stayed."""
    from detecttools import _detector

    from woo_redact.parse.text import document_from_text

    _, detector = _detector(())
    doc = document_from_text("46\nMaduro\nDa Silva Santos\nAl-Masri\n48\nAhmadzai", "t")
    texts = [f.text for f in detector.detect(doc, ("Al-Masri", "Joao Da Silva Santos"))]
    assert not any("\n" in t for t in texts), texts


ROOMS_ARTICLES_AND_CELLS = [
    # a room named after someone
    ("Plaats: Turfmarkt 147, Den Haag, zaal Beatrix (14e) / Microsoft Teams", [], ["Beatrix"]),
    # a chat speaker's surname after the article in small letters: the noun or the place
    (
        "Ferdi Dam 0:12:40\nWe doen de failover naar de Dam... eh, de locatie Amsterdam-Zuidoost.\n"
        "Ferdi Dam 0:15:52\nDam: klopt.",
        ["Ferdi Dam", "[Dam]: klopt"],
        ["naar de Dam"],
    ),
    # an organisation's cell before initials is no first name of theirs
    ("Nr 7\nE-mail met Chemours\nChemours M. van der Loeff\nDeels", ["M. van der Loeff"], ["Chemours"]),
    # the office holder named in brackets after the office, with an honorific
    (
        "De Commissaris van de Koning (de heer Heidema) drong aan. De directeur (de heer Jansen) ook.",
        ["Jansen"],
        ["Heidema"],
    ),
]


GAZETTEERS = [
    # Belgian bodies and a city's common name (real16); a person of the same surname stays a person
    (
        "Reizigers van De Lijn en de NMBS. Het Verbond van Verzekeraars en Service Public de Wallonie waren er. "
        "In Den Bosch sprak Jan de Lijn.",
        ["Jan de Lijn"],
        ["Reizigers van De Lijn", "Verbond van Verzekeraars", "Service Public de Wallonie", "Den Bosch"],
    ),
    ("Vragen? Mail hack@govtechnl.nl of j.jansen@govtechnl.nl", ["j.jansen@govtechnl.nl"], ["hack@govtechnl.nl"]),
    # a rank or function before a dictionary word no name list holds: a data model's classes; before surnames: people
    (
        "De klassen zijn Melding, Agent Geometrie en Locatie. Hoofdagent Kramer en collega Visser waren er.",
        ["Kramer", "Visser"],
        ["Geometrie"],
    ),
    # a first name that is a word too, before a province: a programme's name; a first name and a surname ending
    # like a building: a person
    (
        "Bij vragen: Ingrid\nStapelkamp-Oedekerk (058 292 87 41). De regeling Preventie Wolf Fryslân en de "
        "Faunabeheereenheid Fryslân. Wolf Jansen belde.",
        ["Ingrid\nStapelkamp-Oedekerk", "Wolf Jansen"],
        ["Preventie Wolf Fryslân", "Faunabeheereenheid Fryslân"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ROOMS_ARTICLES_AND_CELLS + GAZETTEERS)
def test_rooms_articles_and_cells(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_one_word_repeated_is_no_name() -> None:
    """A table's row whose cells read as one line ("Topografie Topografie Topografie") names no one, and its word
    is not spread through the document (it was redacted 293 times in a Kadaster catalogue)."""
    from woo_redact.detect.context import repeated_word

    assert repeated_word("Topografie Topografie Topografie")
    assert repeated_word("DINO DINO")
    assert not repeated_word("Maria de la Cruz de la Vega")
    assert not repeated_word("Topografie")


# set AW (justice, police, migration and defence): what no person's name is
POLICE_AND_DEFENCE = [
    # a unit's display name that spells its address; a person's address beside it goes
    (
        "Aan: Hoekstra, R. (Ruben) <r.hoekstra@ind.nl>; Team Opvang Ter Apel <opvang.terapel@coa.nl>",
        ["r.hoekstra@ind.nl", "Ruben"],
        ["opvang.terapel@coa.nl", "Team Opvang Ter Apel"],
    ),
    # an exercise's name, then a rank as the salutation on its own line
    (
        "Onderwerp: RE: Inzet bij oefening Falcon Autumn\n\nMajoor,\n\nAkkoord. Ik stuur eerste luitenant Ouali.",
        ["Ouali"],
        ["Autumn", "Majoor"],
    ),
    # a beat, a stadium, the Koninklijke Marechaussee as an addressee's unit
    (
        "Smulders zegt toe dat de wijkagent van Woensel-Noord, Frank Vissers, contact opneemt. Het noodbevel geldt "
        "voor het gebied rond De Kuip.",
        ["Frank Vissers"],
        ["Woensel-Noord", "De Kuip"],
    ),
    (
        "Memo\nAan                        Commandant Koninklijke Marechaussee\nVan                        kolonel "
        "R.W. Bergsma, Hoofd Operaties LTC\nDe Koninklijke Marechaussee zet twee teams in.",
        ["R.W. Bergsma"],
        ["Koninklijke Marechaussee"],
    ),
    # a signature's name, function and municipality over the municipality's address
    (
        "Lieke Bosschaart\nAdviseur openbare orde en veiligheid | Gemeente Rotterdam\nCoolsingel 40, 3011 AD Rotterdam",
        ["Lieke Bosschaart"],
        ["Coolsingel 40", "3011 AD"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), POLICE_AND_DEFENCE)
def test_police_and_defence(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# set AX (health, welfare and housing): people named the way families and registers name them
FAMILIES_AND_REGISTERS = [
    # a relative after the kinship and its possessive, whatever else the word is (Saba is an island too)
    ("Op 26 september was ik met mijn vrouw Saba en onze dochter bij de prikstraat.", ["Saba"], []),
    # a Vietnamese name is called by the given name after Thị or Văn; a Ukrainian name in its passport spelling
    ("Ook nieuw: Thi Mai Pham en haar zoon Bao. Mai kookt mee.", ["Thi Mai Pham", "Bao", "[Mai] kookt"], []),
    ("De subsidie gaat naar het koor; dirigent is Nataliya Shevchenko.", ["Nataliya Shevchenko"], []),
    # an OCR'd row: the name read on into her street is no street named after someone (it leaked kept whole)
    (
        "11-11-1955\n1057 \\Ingrid Zwart-Bosch Wipstrikkerallee 88, Zwolle",
        ["Ingrid Zwart-Bosch", "Wipstrikkerallee 88"],
        [],
    ),
    # a surname written before the given name in running text, its particles and a double name's one-letter part
    (
        "Het dossier van Tjon-A-Joe, Marvin R. is compleet; dat van Van der Berg, Marvin nog niet.",
        ["Tjon-A-Joe", "Marvin R.", "Van der Berg", "[Marvin] nog"],
        [],
    ),
    ("In Utrecht, Marvin zei het. Aanwezig: Jan, Marvin en Piet.", ["Jan", "Piet"], ["Utrecht"]),
    ("SHV-0416 Tjon-A-Joe, Marvin R.   Gambiadreef 8", ["Tjon-A-Joe", "Marvin R."], ["SHV-0416"]),
    # a list of given names whose last no list knows; a word at a list's end stays
    ("Het gezin heeft drie kinderen (Ashvin, Priya en Dev).", ["Ashvin", "Priya", "Dev"], []),
    ("Aanwezig: Jan de Vries, Piet Bakker, Utrecht en Ans Smit.", ["Jan de Vries", "Ans Smit"], ["Utrecht"]),
    ("Nr   Naam cliënt        Adres\n1412 Nguyen, Van Thanh  Kanaalstraat 7", ["Nguyen", "Van Thanh"], []),
    # a surname written first in capitals, its given name wrapped under it in the cell
    (
        "Functie       Naam (HOOFDLETTERS)    Adres\n"
        "voorzitter    KHAN-VAN DER BERG,     Bankrasweg 9\n"
        "              NADIA                  1183 TP Amstelveen\n",
        ["KHAN-VAN DER BERG", "NADIA", "Bankrasweg 9"],
        ["Amstelveen"],
    ),
    # a name column written surname first: most first names after the comma are known ones
    (
        "Nr     Naam cliënt             Adres\n"
        "1      Bakker, Gerrit          Kanaalweg 15\n"
        "2      Bondarenko, Olena       Zamenhofdreef 101\n"
        "3      Tjon-A-Joe, Marvin      Gambiadreef 8\n",
        ["Bakker, Gerrit", "Bondarenko, Olena", "Tjon-A-Joe, Marvin"],
        ["Naam cliënt"],
    ),
]


# ... and what is no one's: a firm's seat, a park, a coach's title, a corporation's and a mailbox's lines
HOUSING_AND_SERVICES = [
    (
        "huurder: mevrouw Katarzyna Nowak-Wisniewska, wonende aan de Mathenesserweg 190-B, 3026 HK Rotterdam,\n\nen"
        "\n\nverhuurder: Woonstad Rotterdam, gevestigd aan de Burgemeester de Withstraat 12 te Rotterdam.",
        ["Katarzyna Nowak-Wisniewska", "Mathenesserweg 190-B"],
        ["Burgemeester de Withstraat 12"],
    ),
    ("Het Kwakoe Zomerfestival in het Nelson Mandelapark van 5 juli.", [], ["Nelson Mandelapark"]),
    # a neighbour's home with its number on the next line; a tenant's number with the corporation between
    (
        "wij spraken de familie Zhang op de Vaillantlaan\n311-C. De heer Zhang Jun heeft het toegezegd.\n"
        "Noem uw zaaknummer ZK24-2290 en uw huurdersnummer\nbij Ymere (Y-4418802).",
        ["Zhang", "Vaillantlaan", "311-C", "Y-4418802"],
        ["ZK24-2290"],
    ),
    ("Buurtsportcoach Dennis Koç (in dienst van Rijnstad) zoekt vrijwilligers.", ["Dennis Koç"], ["Buurtsportcoach"]),
    (
        "Kunt u niet komen? Laat het ons dan vóór 9 januari 2025 weten via 088 11 11 444. Vivare reparatieverzoeken: "
        "026 371 01 00 (24 uur). U kunt ook schrijven naar burgerbrieven@minvws.nl.",
        [],
        ["088 11 11 444", "026 371 01 00", "burgerbrieven@minvws.nl"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), FAMILIES_AND_REGISTERS + HOUSING_AND_SERVICES)
def test_families_and_registers(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# real Wob decisions and inventories (corpus real23): what their letterheads and columns hold
WOB_LETTERS = [
    # "dhr" without its full stop is still the honorific
    ("Op 4 september 2020 heeft dhr Voorhuis u al een document toegezonden.", ["Voorhuis"], []),
    # an inventory's ID column holds the documents' numbers, no identity card's
    ("Toelichting\nID\n1006678\n1006705", [], ["1006678", "1006705"]),
    ("ID: IX4K8P3L2", ["IX4K8P3L2"], []),
    # a number chosen to be remembered under a letterhead's Contactpersoon; a bank's name
    (
        "Contactpersoon\nT 088 042 42 42\nBesluit op uw Wob-verzoek inzake ABN Amro, offshore locaties",
        [],
        ["088 042 42 42", "ABN Amro"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), WOB_LETTERS)
def test_wob_letters(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
