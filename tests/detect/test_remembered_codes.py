"""Round 36 (issue 13): the paraph codes of a name remembered per name, as its forms are; the same codes."""

from __future__ import annotations

from woo_redact.detect.forms import double_given_initials, paraph_codes
from woo_redact.detect.lexicons import load_lexicons
from woo_redact.detect.paraphs import _in_capitals, batch_paraph_codes

NAMES = [
    "Jan van den Berg",
    "F.E. Bakker",
    "Sjoerd Hoekstra",
    "Robin Sanders",
    "Maarten Scholten",
    "Sophie Lambrechts",
    "Gerrit-Jan Lohuis",
    "Yannick Dos Santos Pereira",
    "Rosalie Abbenbroek-Tabak",
    "Willemijn Ter Horst-Bakker",
    "J.W. van 's-Gravesande",
    "Ayşe Yıldırım-de Koning",
    "J.P.M. Leiden",
    "Sastrowidjojo\u2011Pattiasina",
    "VAN DER KAMP, E.",
    "Kamp",
    "",
]


def test_paraph_codes_remembered_are_the_codes_made_anew() -> None:
    lex = load_lexicons()
    for _ in range(2):  # the second time from the memo
        for name in NAMES:
            assert paraph_codes(name, lex) == paraph_codes.__wrapped__(name, lex)  # type: ignore[attr-defined]


def test_each_call_gets_a_set_of_its_own() -> None:
    lex = load_lexicons()
    codes = paraph_codes("Jan van den Berg", lex)
    assert "JvdB" in codes
    codes.clear()
    codes.add("XX")
    assert paraph_codes("Jan van den Berg", lex) == paraph_codes.__wrapped__("Jan van den Berg", lex)  # type: ignore[attr-defined]


def test_the_batch_codes_are_those_of_the_names_made_anew() -> None:
    lex = load_lexicons()
    make = paraph_codes.__wrapped__  # type: ignore[attr-defined]
    for names in (NAMES, NAMES[:3], ["Pieter-Bas", "Gerrit-Jan Lohuis"], []):
        expected = {c for n in names if len(n.split()) >= 2 for c in make(" ".join(n.split()), lex)}
        expected |= _in_capitals(expected)
        expected |= {c for n in names for c in double_given_initials(n, lex)}
        assert batch_paraph_codes(names) == expected
        assert batch_paraph_codes(names) == expected  # (again, from the memo)


def test_may_stand_is_each_word_a_standing_piece() -> None:
    from woo_redact.detect import form_search
    from woo_redact.detect.grammar import standing_words

    text = "Overleg met Jan van den Berg (JvdB) en mevrouw Dvořák; Al-\nKhatib belde ŞAHİN.\n"
    forms = ["Jan van den Berg", "van den Berg", "Berg", "Dvořák", "Dvorak", "Al-\nKhatib", "Piet Jansen", "", "JvdB"]
    for t in (text, form_search.fold(text)):
        form_search._found(t, "Berg")  # (the memo of the last text, as a search makes it)
        for form in forms:
            expected = all(w in standing_words(t) for w in form.split())
            assert form_search._may_stand(t, form) is expected
