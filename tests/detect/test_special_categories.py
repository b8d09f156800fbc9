"""Special categories of personal data (5.1.1d): health and criminal data in a sentence about one person are
redacted and flagged for review; the same words in policy text, in a name or of an animal stay readable."""

from __future__ import annotations

import pytest
from detecttools import check, run

from woo_redact.model import Action, Ground

SPECIAL_CATEGORIES = [
    # the one addressed: "heeft u" makes "u" the subject of the sentence, however far the terms stand
    (
        "U bent 87 jaar. Sinds een beroerte in maart 2025 heeft u een halfzijdige verlamming en beginnende "
        "dementie (diagnose Geriatrie MCL).",
        ["beroerte", "verlamming", "beginnende dementie"],
        ["Geriatrie MCL"],
    ),
    # a named person's addiction; the clinic's name (a capitalised term inside a name) stays
    (
        "De heer Mahabali heeft een gokverleden en volgt behandeling bij Tactus Verslavingszorg.",
        ["gokverleden"],
        ["Tactus Verslavingszorg"],
    ),
    # a chat line: a first name the lexicon knows
    ("Dag allemaal, even een update over Gökhan. Gökhan is vandaag geopereerd, ligt in het MCL.", ["geopereerd"], []),
    # a compound of a listed ending; "cliënt" in the singular and an age
    (
        "De langst wachtende cliënt is een 91-jarige inwoner van Zandweerd met een heupfractuur.",
        ["heupfractuur"],
        [],
    ),
    # the writer, right beside the terms
    ("Helaas moet ik me ziekmelden voor morgen, ik heb sinds zondag koorts.", ["ziekmelden", "koorts"], []),
    # a term written with its capital in the list; "Haar man"
    ("Haar man, die de ziekte van Parkinson heeft, wacht sinds april.", ["ziekte van Parkinson"], []),
    # a table row of absences: the person's name on the row
    ("Kovács Zsuzsanna   jurist omgevingsrecht   31   zwangerschapsverlof", ["zwangerschapsverlof"], []),
    # an employee as the company doctor names her
    (
        "Werkneemster heeft sinds 17 maart 2025 klachten die passen bij een overspanning met depressieve klachten.",
        ["overspanning", "depressieve klachten"],
        [],
    ),
    # criminal data: a record and a sentence, of a suspect and "hij"; the offence he was convicted of too (session
    # 48's lists name offences: "diefstal" of one person is his record)
    (
        "De verdachte is eerder veroordeeld voor diefstal en heeft een strafblad. Hij kreeg een taakstraf.",
        ["eerder veroordeeld", "diefstal", "strafblad", "taakstraf"],
        [],
    ),
    # a party to a ruling, an index patient; an injury and an aid
    (
        "[eiser] heeft een chronische longziekte (COPD) en kan de trap niet meer op. Bij de indexpatiënt is "
        "mazelen vastgesteld. Eén agent, Jesse Kortekaas, raakte gewond; hij draagt een gehoorapparaat.",
        ["chronische longziekte", "COPD", "mazelen", "gewond", "gehoorapparaat"],
        ["[eiser]"],
    ),
    # policy text: plural, no one named
    ("Het aantal cliënten met dementie stijgt in 2025. Mensen met een burn-out krijgen voorrang.", [], ["dementie"]),
    # a requester's "u" in a decision letter is no subject of the term
    (
        "Ik heb besloten dat in de door u genoemde periode geen sprake was van een zwangerschap in de PI.",
        [],
        ["zwangerschap"],
    ),
    # an animal's illness; a policy's name made of a term
    (
        "Wij kochten een pup en deze bleek ziek. Zieke dieren mogen niet worden verkocht. Hij noemde het "
        "verslavingspreventiebeleid en de arbeidsongeschiktheidswetten.",
        [],
        ["Zieke dieren", "verslavingspreventiebeleid", "arbeidsongeschiktheidswetten"],
    ),
    # a court's order to pay costs is no conviction; a police operation and a cooperative are no surgery
    (
        "De heer Bakker is veroordeeld in de proceskosten. Hij leidde de politieoperatie bij de coöperatie.",
        [],
        ["veroordeeld", "politieoperatie", "coöperatie"],
    ),
    # the one addressed as the sentence's subject, however far the term: a Wlz care profile
    (
        "Geachte heer Struijk, U verblijft sinds 4 november 2024 in een Wlz-instelling met het zorgprofiel VV-05.",
        ["VV-05"],
        [],
    ),
    # a consular report in English and an ambtsbericht: detention, illness of a named or described person
    (
        "Mr. Dennis Vroegindeweij has been held in pre-trial detention since 2 January. Rahul is off sick (dengue). "
        "Betrokkene heeft in 2019 vastgezeten; hij heeft sindsdien een gehoorbeschadiging.",
        ["pre-trial detention", "off sick", "dengue", "vastgezeten", "gehoorbeschadiging"],
        [],
    ),
    # conditions and care of a named pupil's parent and a resident (terms added in session 44)
    (
        "Mevrouw Bakker is bedlegerig en heeft longemfyseem; haar man Kees is onder behandeling bij een psycholoog.",
        ["bedlegerig", "longemfyseem", "psycholoog"],
        [],
    ),
    # the terms of one sentence beside a term about one person are about that person too, however far from the
    # person's word ("u" three words from COPD; "Noah" twelve from the medication)
    (
        "U vertelde dat het huishouden u sinds de diagnose COPD (longemfyseem) en beginnende dementie niet lukt. "
        "Noah is gediagnosticeerd met ASS en ADHD (verslag Karakter, april 2025) en gebruikt methylfenidaat.",
        ["COPD", "longemfyseem", "beginnende dementie", "ASS", "ADHD", "methylfenidaat"],
        ["Karakter"],
    ),
    # ... but only in their sentence: the next sentence's policy term names no one
    (
        "Mevrouw Kramer heeft dementie. Het aantal ouderen met dementie en diabetes stijgt in de regio.",
        ["heeft [dementie]"],
        ["met dementie en diabetes"],
    ),
    # religion, orientation: a person's belief is a special category; a mosque in a permit is a building
    (
        "Nr. 8: de heer Al-Khatib legt de belofte af in plaats van de eed (op grond van zijn islamitische geloof). "
        "Zij vertelde dat zij lesbisch is. De vergunning voor de uitbreiding van de moskee is verleend.",
        ["islamitische geloof", "lesbisch"],
        ["moskee"],
    ),
    # "zij" with its verb in the singular a few words on is one woman; "heer" whose "de" ended the line above
    (
        "De facturen zijn te laat omdat zij van maart tot juni 2023 was opgenomen in verband met een psychose. "
        "Planschade: heer De Wit heeft hartklachten. Zij vinden dat het aantal mensen met een psychose is gestegen.",
        ["verband met een [psychose]", "hartklachten"],
        ["mensen met een psychose"],
    ),
    # English: an applicant's illness; a conference list's meal (religion) and aid (health) on a participant's row;
    # a university abroad named after a king is no person; a canteen's halal meals name no one
    (
        "The committee should take into account that the applicant reports a period of sick leave in 2022 related "
        "to long COVID.\n"
        "5      Małgorzata Kowalczyk           Narodowe Centrum Nauki (NCN)       PL       kosher meal\n"
        "10     Rachid Benjelloun              Université Mohammed V de Rabat     MA       wheelchair user\n\n"
        "Het aantal sportblessures bij studenten stijgt. De kantine serveert halal en kosher maaltijden.",
        ["sick leave", "long COVID", "[kosher] meal", "wheelchair user", "Rachid Benjelloun"],
        ["Université Mohammed V de Rabat", "halal en kosher maaltijden", "sportblessures"],
    ),
    # the person a sentence begins with is its subject, however far the term; medication by name; a letter's
    # sentence that goes on about what the one addressed was told in the sentence before
    (
        "Mevrouw Hoogstraten woonde sinds 2022 op een psychogeriatrische afdeling in verband met de ziekte van "
        "Alzheimer. Zij had een verhoogd valrisico en gebruikte oxazepam.\n\nGeachte mevrouw Pronk,\n\nU hebt "
        "blijvend 24 uur per dag zorg nodig. Dat komt door de ziekte van Parkinson. Het ministerie voert campagne "
        "tegen longkanker.",
        ["ziekte van Alzheimer", "valrisico", "oxazepam", "ziekte van Parkinson"],
        ["longkanker"],
    ),
    # a private person's finances (5.1.2e): debts, debt counselling, arrears; a policy sentence's stay
    (
        "U heeft verteld dat u in 2017 een schuldhulptraject bij de gemeente Maashorst bent gestart. Hij zei dat hij "
        "eerst zijn schulden bij het CJIB moest regelen. Het aantal huishoudens met schulden stijgt. Hij krijgt hulp "
        "van de Kredietbank Nederland en Schuldhulpmaatje Deventer onder de Wet gemeentelijke schuldhulpverlening. "
        "Stembureau 12 in Moskee Ayasofya: hij stemde daar.",
        ["schuldhulptraject", "zijn [schulden]"],
        [
            "huishoudens met schulden",
            "gemeente Maashorst",
            "Kredietbank Nederland",
            "Schuldhulpmaatje Deventer",
            "Wet gemeentelijke schuldhulpverlening",
            "Moskee Ayasofya",
        ],
    ),
    # initials before "De GGD" are no name: young people fell ill, no one is named
    ("In Den Helder zijn drie jongeren ziek geworden door meningokokken type W. De GGD belde.", [], ["ziek"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), SPECIAL_CATEGORIES)
def test_special_categories(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_special_category_is_flagged_on_its_own_ground_with_its_evidence() -> None:
    out = run("Klant heeft rugklachten, wacht op operatie in het MCL.")
    finding = next(f for f in out.findings if f.text == "rugklachten")
    assert finding.entity_type == "HEALTH"
    assert finding.ground is Ground.SPECIAL_PERSONAL_DATA
    explanation = next(e for e in finding.explanations if e.detector == "special_category")
    assert explanation.context == "Klant"
    decision = out.decision_of("rugklachten")
    assert decision is not None and decision.action is Action.REDACT and decision.needs_review


def test_finances_are_private_life_and_belief_a_special_category() -> None:
    out = run("Hij heeft een huurachterstand bij Ymere. Zij vertelde dat zij lesbisch is.")
    debt = next(f for f in out.findings if f.text == "huurachterstand")
    assert debt.entity_type == "FINANCES" and debt.ground is Ground.PRIVATE_LIFE
    belief = next(f for f in out.findings if f.text == "lesbisch")
    assert belief.entity_type == "BELIEF" and belief.ground is Ground.SPECIAL_PERSONAL_DATA


# The lists' patterns are tried only where a term can begin (throughput round 28): the same matches as searching
# the whole text, also where the text's lower case does not align with it or a term may begin inside a word.
GATED_TEXTS = [
    "Mevrouw De Vries heeft een HEUPFRACTUUR en is langdurig ziek; zij zit in een rolstoel.",
    "langdurigziek, In  een\nrolstoel, ON SICK LEAVE, Ziekmelding, xziek, @ziek, ziek@, ziek.nl, ziek-",
    "Hij heeft een tbs-verleden en TBS, Tbs; eerder veroordeeld (taakstraf) na een zedendelict.",
    "Suïcidaal, SUÏCIDEPOGING en suïcidegedachten; post-traumatic stress disorder; NAH en nah.",
    "De revalidatie en de hartrevalidatie, een polsfractuur, fractuur; verslavingsproblematiek.",
    "Het ﬁnanciële overzicht: hij is ziek.",  # a ligature: the lower case is not searched
    "\u212aoorts, \u017ftrafblad en \u0130n een rolstoel; daarna ziekmelding en koorts.",  # Kelvin, long s, dotted I
    "In het beleid staat niets over personen; de werkgroep vergadert in de raadzaal.",
    # a term with a "*" at its start, tried at the start of the word its first piece stands in (throughput round 33)
    "Zij gebruikt pijnmedicatie, ÉÉNmedicatie, anti-medicatie, x1medicatie en medicatie; ïfractuur, heup fractuur.",
    "PIJNMEDICATIE\nslaapmedicatie@x medicatie-aanval Medicatiegebruik; hij is ziek. medicatiemedicatie",
    "",
]


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_term_matches_are_the_whole_texts_matches(text: str) -> None:
    from woo_redact.detect.cues import lowered
    from woo_redact.detect.recognizers import special_categories as sc

    low = lowered(text)
    runs = " ".join(set(sc._LOWER_RUN.findall(low))) if low is not None else ""
    found = []
    for (_, pattern, _), gate in zip(sc._patterns(), sc._gates(), strict=True):
        assert gate is not None
        got = [m.group() for m in sc._term_matches(pattern, gate, text, runs)]
        assert got == [m.group() for m in pattern.finditer(text)]
        found += got
    assert bool(found) == (text != "" and not text.startswith("In het beleid"))
