"""Session 62's rules (wave 12), one table each: an addressee's street and postcode on one line with a bar or a dot
between ("Weerdslag 8-2 | 7206 BR Zutphen"), under a letterhead that names its own organisation; a year of birth or
an age in brackets right after a redacted name ("Daan W. (2013)", "Daan (12 jaar)"). Not a person's: an office's
address line of the same shape, a year the text's own time names."""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
ADDRESSES = [
    (
        "GGD Noord- en Oost-Gelderland | Rijksweg 153 | Apeldoorn (locatie Zutphen)\nAan de ouders van Yasmin Bouzid\n"
        "Mw. N. Bouzid\nWeerdslag 8-2 | 7206 BR Zutphen\nDatum: 18 augustus 2026\n",
        ["Weerdslag 8-2", "7206 BR", "N. Bouzid"],
        ["Rijksweg 153", "Zutphen\nDatum"],
    ),
    (
        "Gemeente Zutphen\nMw. N. Bouzid\nWeerdslag 8 · 7206 BR Zutphen\nBetreft: uw aanvraag\n",
        ["Weerdslag 8", "7206 BR"],
        ["Gemeente Zutphen"],
    ),
    # an office's details keep theirs
    ("Ministerie van VWS | Parnassusplein 5 | 2511 VX Den Haag | www.rijksoverheid.nl\n", [], ["Parnassusplein 5"]),
    ("GGD IJsselland | Zeven Alleetjes 1 | 8011 CV Zwolle\nDatum: 1 mei 2026\n", [], ["Zeven Alleetjes 1", "8011 CV"]),
    ("Bezoekadres Parnassusplein 5 | 2511 VX Den Haag\n", [], ["Parnassusplein 5", "2511 VX"]),
]

AGES = [
    (
        "Verzonden: 3 maart 2026\nKun je mij laten weten wanneer Daan W. (2013) kan starten?\n",
        ["Daan W.", "2013"],
        ["3 maart 2026"],
    ),
    ("School meldt dat Daan de Wit (12 jaar) in november drie keer belde.\n", ["Daan de Wit", "12 jaar"], []),
    ("De heer Pieters (71 jaar oud) belde op 3 maart 2026.\n", ["Pieters", "71 jaar oud"], ["3 maart 2026"]),
    # the year of the text's own time after a name: a mail's, a report's
    (
        "Verzonden: 3 maart 2026\nZie de mail van Marloes Brink (2026) en het rapport (2025).\n",
        ["Marloes Brink"],
        ["2026)"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ADDRESSES)
def test_addresses_with_bars(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), AGES)
def test_years_and_ages_after_names(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
