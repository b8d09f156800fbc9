"""Session 67's rules from wave 25 (mixed225-228), found after the wave was measured unseen on the start's code and on
the session's final detection of waves 23 and 24: a location label's value ends at a bar, the next cell ("Locatie:
... | Intake door: Inge Kloosterboer"); the name someone goes by after "roepnaam", whatever place bears it; lithium;
initials after a pupil's or a relative's word ("leerling N.K.", "moeder van Y.V."); an Amsterdam floor after a hyphen
in a requester's signed home, a mobile number after it; a sole trader's KvK number over a line's end. Not a person's
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
        "Met vriendelijke groet,\nMaarten Spoelstra\nRembrandtkade 7-II, Deventer · 06 2290 4471\n",
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
