"""Session 67's rules from wave 25 (mixed225-228), found after the wave was measured unseen on the start's code and on
the session's final detection of waves 23 and 24: a location label's value ends at a bar, the next cell ("Locatie:
... | Intake door: Inge Kloosterboer"); the name someone goes by after "roepnaam", whatever place bears it; lithium;
initials after a pupil's or a relative's word ("leerling N.K.", "moeder van Y.V."); an Amsterdam floor after a hyphen
in a requester's signed home; a sole trader's KvK number over a line's end. Not a person's
nor a home: a country at a line's end before a letter's place and date ("France" / "Deventer, 18 maart 2026"); where
someone fetches a thing ("ophalen aan de Handelskade 9"); bicycle makes ("De Cortina", "Batavus Finez").
"""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
PERSONS_DATA = [
    (
        "Locatie: Nachtopvang De Boei, Kleine Haag 14 | Registratie NO-26-0113 | Intake door: Inge Kloosterboer, "
        "maatschappelijk werker\n",
        ["Inge Kloosterboer"],
        ["Nachtopvang De Boei", "maatschappelijk werker"],
    ),
    (
        "Cliënt: mevr. Marietje de Graaf-Schouten, roepnaam Jet, geb. 21-11-1957. Zij gebruikt lithium.\n",
        ["Marietje de Graaf-Schouten", "roepnaam [Jet]", "21-11-1957", "lithium"],
        ["Cliënt"],
    ),
    (
        "12-01-2026 Spreekbeurt groep 6A J. ter Haar, leerling N.K. en de klas.\n"
        "Getuigenverklaring moeder van Y.V. niet gebruikt.\n",
        ["J. ter Haar", "N.K.", "Y.V."],
        ["Spreekbeurt groep 6A"],
    ),
    (
        "Met vriendelijke groet,\nMaarten Spoelstra\nRembrandtkade 7-II, Deventer\n06 2290 4471\n",
        ["Maarten Spoelstra", "Rembrandtkade 7-II", "06 2290 4471"],
        ["Met vriendelijke groet"],
    ),
    (
        "FACTUUR\nRijwielherstel Van Dokkum · Arjen van Dokkum · Brinkgreverweg 55A, Deventer · KvK\n"
        "71834512 · btw NL002184457B31\nAan: Gemeente Deventer, team Handhaving, Postbus 5000, 7400 GC Deventer\n",
        ["Arjen van Dokkum", "Brinkgreverweg 55A", "71834512"],
        ["Gemeente Deventer"],
    ),
]

NOT_PERSONS_DATA = [
    (
        "Madame O. Lefèvre\n12 rue des Tanneurs\n59000 Lille, France\nDeventer, 18 maart 2026\nMadame,\n",
        ["O. Lefèvre"],
        ["Deventer"],
    ),
    (
        "Mevrouw Ait Haddou kan de fiets ophalen aan de Handelskade 9 met haar eigen legitimatie.\n",
        ["Ait Haddou"],
        ["Handelskade 9"],
    ),
    (
        "De Cortina met framenummer CN18L33902 staat in BVH als gestolen. Mijn Batavus Finez is weg.\n",
        [],
        ["De Cortina", "Batavus Finez"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS_DATA)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# found by a helper who read wave 25's diff; each reproduced against the code before
REVIEW = [
    # a first name that is a city too, over a line's end in running text
    ("Op 3 maart sprak de wijkagent uitgebreid met Sofia\nJanssen over de overlast.\n", ["Sofia\nJanssen"], []),
    ("de melding ging over Sem\nBrouwer, 12-03-2011 (wonend bij zijn vader).\n", ["Sem\nBrouwer"], []),
    # "roepnaam" in a form's header row, or before a word
    ("Voornamen Roepnaam Achternaam Geboortedatum\nRoepnaam Geslacht Nationaliteit\n", [], ["Achternaam", "Geslacht"]),
    ("Het project (genaamd Utrecht) liep tot 2023.\n", [], ["Utrecht"]),
    # a body's or a term's letters after a role's word
    (
        "De klager V.v.E. Parkzicht stelt dat het onderhoud achterblijft. De patiënt I.C. werd overgebracht. Cliënt "
        "U.W.V. verwees. Leerling V.M.B.O. niveau.\n",
        [],
        ["V.v.E.", "I.C.", "U.W.V.", "V.M.B.O."],
    ),
    # "terecht" is no errand
    (
        "Klager is mevrouw Petra de Vries (die zich terecht zorgen maakt), Kerkstraat 4, Deventer.\n",
        ["Petra de Vries", "Kerkstraat 4"],
        [],
    ),
    # lithium in a battery, no one's medicine
    ("De heer Bakker bewaarde lithium batterijen in zijn schuur.\n", ["Bakker"], ["lithium"]),
    # a civil servant's office with a mobile after it under the closing
    (
        "Met vriendelijke groet,\n\nAnnemiek Smit\nStationsplein 1, Deventer | 06 1234 5678\nGemeente Deventer\n",
        ["Annemiek Smit", "06 1234 5678"],
        ["Stationsplein 1"],
    ),
    # a location's parts after bars
    ("Locatie: Den Haag | Johan de Witthuis\n", [], ["Johan de Witthuis"]),
    # a practice's KvK number at an invoice's foot (found by the floors' run: three law firms)
    (
        "Advocatenkantoor De Oever\nmr. I.M. van der Meulen-Jansma\nKleine Oever 11, Meppel\nFactuur 2026-41\n"
        "Werkzaamheden bezwaar\nKvK 08123456\n",
        ["I.M. van der Meulen-Jansma"],
        ["08123456"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), REVIEW)
def test_what_the_review_found(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
