"""The searches detection makes without a pattern per name form find what the pattern finds."""

from __future__ import annotations

import random

from woo_redact.detect.form_search import _pattern, occurrences

# white space of every kind str.split() splits at, some of which ``\s`` does not match (U+001C-U+001F)
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x85", "\x1c", "\x1f", " \n "]
_ALPHABET = list("aJnsVDeR'-.@,()/:;_0²w") + [" ", "\n", "\u00a0", "\x1f", "\u0301", "\u200b", "ë"]
_FORMS = ["Jan de Vries", "de Vries", "Jan\u00a0Vries", "Anna-Maria van 't Hof", "VAN DER BERG", "d'Ancona Jan", "a a"]


def test_forms_of_several_words_are_found_where_their_pattern_matches() -> None:
    """On random texts of awkward characters around the forms' words (with every kind of white space
    between them, and cut short), ``occurrences`` gives the spans ``_pattern(form).finditer`` gives."""
    rng = random.Random(13)
    found = 0
    for _ in range(3000):
        form = rng.choice(_FORMS)
        parts = []
        for _ in range(rng.randint(1, 8)):
            parts.append("".join(rng.choices(_ALPHABET, k=rng.randint(0, 3))))
            if rng.random() < 0.7:
                written = "".join(w + rng.choice(_GAPS) for w in form.split())
                parts.append(written[: len(written) - rng.randint(0, 2)])
        text = "".join(parts)
        expected = [m.span() for m in _pattern(form).finditer(text)]
        assert [(o.start(), o.end()) for o in occurrences(text, form)] == expected, (text, form)
        found += len(expected)
    assert found > 1000


def test_organisations_are_found_where_the_gazetteer_pattern_matches() -> None:
    """``organisation_spans`` tries the gazetteer's pattern only where a name's first word stands: on
    random texts of the gazetteer's names (cut short, glued to letters, broken over lines, overlapping),
    the spans of trying it everywhere."""
    from woo_redact.detect.lexicons import load_lexicons
    from woo_redact.detect.organisation_names import _organisation_heads, _organisations, organisation_spans

    assert _organisation_heads() is not None  # the gate is in use ("'s Heeren Loo" once turned it off)
    rng = random.Random(13)
    names = load_lexicons().organisations
    odd = [n for n in names if not n[0].isalpha()]
    assert odd  # names that begin with no letter are in the draw
    found = 0
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 6)):
            pick = rng.choice(odd) if rng.random() < 0.1 else rng.choice(names)
            name = rng.choice(["", " ", "\n", "  ", "\u00a0"]).join(pick.split())
            if rng.random() < 0.3:
                name = name[: rng.randint(1, len(name))]
            parts.append(
                rng.choice(["", " ", "x", "-", "(", "é", "\n", "Ab "]) + name + rng.choice(["", " ", "s", ")"])
            )
        text = "".join(parts)
        expected = [m.span() for m in _organisations().finditer(text)]
        assert organisation_spans(text) == expected, text
        found += len(expected)
    assert found > 1000


def test_a_titled_name_is_sought_only_where_a_title_stands() -> None:
    """``matches_where`` with the title recognizer's pattern and its first part (a title and the space
    after it): on random texts of titles, initials, names and awkward joins, the matches of ``finditer``."""
    from woo_redact.detect.grammar import HS, INITIALS, NAME_PART, ROEPNAAM, TITLE, WS, WS1, compiled, matches_where
    from woo_redact.detect.grammar import surname as surname_pattern

    pattern = compiled(
        rf"(?<![\p{{L}}])(?:{TITLE}{WS1})+(?P<name>(?:{INITIALS}{WS}{ROEPNAAM})?(?:{NAME_PART}{HS}){{0,3}}"
        rf"{surname_pattern()})"
    )
    starts = compiled(rf"(?<![\p{{L}}])(?:{TITLE}{WS1})")
    rng = random.Random(13)
    words = ["mevrouw", "Mevr.", "de heer", "DE HEER", "Geachte heer", "waarde heer", "heer", "dhr.", "Dr.", "mr. drs."]
    words += ["J.P.", "(Jan)", "Jan", "van der", "Berg", "De Vries", "MSc", "ing.", "\n", " ", ",", "x", "Fam."]
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "\n", "\u00a0"]) for _ in range(rng.randint(1, 12)))
        expected = [(m.span(), m.span("name")) for m in pattern.finditer(text)]
        assert [(m.span(), m.span("name")) for m in matches_where(pattern, starts, text)] == expected, text
        found += len(expected)
    assert found > 500


def _found_everywhere(text: str, form: str) -> list[tuple[int, int]]:
    """``form_search._found`` as it was before round 16: every search made, whatever the text's pieces."""
    from woo_redact.detect.form_search import _FORM_AFTER, _FORM_BEFORE, fold, literal

    found = [(o.start(), o.end()) for o in occurrences(text, form)]
    if "-" in form and "-\n" in text:
        for k in (i for i, ch in enumerate(form) if ch == "-"):
            found += [
                (o.start(), o.end())
                for o in literal(text, form[: k + 1] + "\n" + form[k + 1 :], _FORM_BEFORE, _FORM_AFTER)
            ]
    folded, bare = fold(text), fold(form)
    if folded is not text or bare != form:
        found += [(o.start(), o.end()) for o in occurrences(folded, bare) if (o.start(), o.end()) not in found]
    return found


def test_a_form_is_searched_only_where_its_words_stand() -> None:
    """``_found`` with its gate searches a form only where each of its words (and of its broken and folded
    forms) is one of the text's standing pieces: on random texts of awkward characters, diacritics and hyphens
    broken over lines, the spans of making every search."""
    from woo_redact.detect.form_search import _found

    rng = random.Random(16)
    forms = _FORMS + ["Al-Khatib", "Dvořák", "J. Dvorak", "ŞAHİN", "Sahin", "Van ‘t Hof", "El-Amrani-Ünal"]
    alphabet = _ALPHABET + ["ř", "á", "Ş", "İ", "‘", "-\n", "-"]
    found = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 8)):
            parts.append("".join(rng.choices(alphabet, k=rng.randint(0, 3))))
            if rng.random() < 0.7:
                form = rng.choice(forms)
                written = "".join(w + rng.choice(_GAPS) for w in form.split())
                if rng.random() < 0.3:
                    written = written.replace("-", "-\n", 1)
                parts.append(written[: len(written) - rng.randint(0, 2)])
        text = "".join(parts)
        for form in forms:
            expected = _found_everywhere(text, form)
            assert [(o.start(), o.end()) for o in _found(text, form, gate=True)] == expected, (text, form)
            found += len(expected)
    assert found > 1500


def test_propagations_forms_are_searched_only_where_their_words_stand() -> None:
    """Propagation searches its forms with the gate too (throughput round 28): the forms it makes of e-mail
    addresses, addresses, numbers and paraphs, not only of names, give the spans of making every search."""
    from woo_redact.detect.form_search import _found

    rng = random.Random(28)
    forms = ["j.jansen@minbzk.nl", "m.visser-\nbaldewsingh@igj.nl", "Kerkstraat 12", "2319-12/A", "06-12345678"]
    forms += ["ST", "Dossier 2319", "NL91ABNA0417164300", "Tsjerkebuorren 4", "a.b", "x@y", "’t Hof", "jan"]
    alphabet = _ALPHABET + ["1", "2", "/", "@", ".", "-\n", "\u2019", "nl", "ST"]
    found = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 8)):
            parts.append("".join(rng.choices(alphabet, k=rng.randint(0, 3))))
            if rng.random() < 0.7:
                form = rng.choice(forms)
                written = "".join(w + rng.choice(_GAPS) for w in form.split())
                parts.append(written[: len(written) - rng.randint(0, 2)])
        text = "".join(parts)
        for form in forms:
            expected = _found_everywhere(text, form)
            assert [(o.start(), o.end()) for o in _found(text, form, gate=True)] == expected, (text, form)
            found += len(expected)
    assert found > 1500


def test_vessel_prefixes_are_found_where_the_pattern_matches() -> None:
    """``vessel_names`` tries the pattern of a vessel's prefix or an animal's kind before a name only at the runs
    of letters such a prefix begins with: on random texts of prefixes, kinds, port letters and names (in other
    cases, glued, after letters, with characters past ASCII), the matches of trying it everywhere."""
    from woo_redact.detect import vessels
    from woo_redact.detect.letter_runs import matches_at, title_places

    heads = "|".join((vessels._MARKS, vessels._KINDS, vessels._FISHING_PORTS, vessels._ANIMALS))
    words = [
        w.replace("\\", "").replace("[ ]?", " ").replace("[ ]", " ").replace("(?=:)", ":") for w in heads.split("|")
    ]
    rng = random.Random(7)
    found = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 5)):
            word = rng.choice(words)
            word = rng.choice([word, word.upper(), word.capitalize(), word.replace("s", "ſ"), word + "s"])
            name = rng.choice(["Maria Johanna", "Bram", "Grietje Jannes II", "De Boer", "IJsselstroom 3", "Élan"])
            parts.append(rng.choice(["", " ", "x", "-", ".", "/", "é", "\n", "(", "de "]) + word)
            parts.append(rng.choice([" ", ": ", "\u00a0", " 17 ", " 4 ", ":  ", "  "]) + name)
        text = "".join(parts)
        pattern = vessels._BEFORE
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in matches_at(pattern, title_places(text, vessels._BEFORE_HEADS), text)] == expected
        found += len(expected)
    assert found > 1500
