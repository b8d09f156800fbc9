"""Names of people from everywhere: romanised Korean and Japanese given names, Nordic and Finnish surnames; and the
words among the sources' names that are no one's name in a Woo document."""

from __future__ import annotations

import pytest
from detecttools import check

WORLD_NAMES = [
    # a Korean given name of two syllables, the second written small, before the surname (blind set AZ)
    ("Presentatie: Min-jun Park en Haruka Nishimura-de Graaf (RVO, team Azië)", ["Min-jun Park"], ["RVO"]),
    ("Bedrijfsbezoek Samsung Heavy Industries (Geoje) – host: Dong-hyun Kang", ["Dong-hyun Kang"], ["Samsung"]),
    ("Ja. [Opmerking Hyun-woo Seo: check cijfer met Netbeheer Nederland.]", ["Hyun-woo Seo"], ["Netbeheer"]),
    ("Contact: Seo-Yeon Jeon, Korea Trade-Investment Promotion Agency", ["Seo-Yeon Jeon"], ["Korea"]),
    # a Nordic surname the main lists lack
    ("De commissie bestond uit Astrid Holmqvist en Mikko Korhonen.", ["Astrid Holmqvist", "Mikko Korhonen"], []),
    # what the sources also call a name: a pipeline, a football club, a git repository
    ("De Nord Stream pijpleiding, Aston Villa en het Git repo van de dienst.", [], ["Nord Stream", "Aston Villa"]),
    # a compound with a first name's letters and a small word after the hyphen is no given name
    ("De Co-op en het Anna-lid van de club.", [], ["Co-op", "Anna-lid"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), WORLD_NAMES)
def test_world_names(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
