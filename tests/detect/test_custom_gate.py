"""A custom detector's patterns that begin with a lookbehind are left out for a text where the lookbehind's
label stands nowhere (woo_redact/detect/custom.py): the same results as presidio's PatternRecognizer."""

from __future__ import annotations

import random
import re

import pytest
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from woo_redact.config import load_config
from woo_redact.detect.custom import CustomRecognizer, lookahead, lookbehind
from woo_redact.detect.registry import CustomParams, build_custom, registry


def _customs() -> list[tuple[str, dict[str, object]]]:
    types = registry()
    specs = [s for s in load_config(None, None).recognizers if s.type == "custom"]
    return [(s.name, types.validated(s.type, s.params)) for s in specs]


def _plain(name: str, params: dict[str, object]) -> PatternRecognizer:
    spec = CustomParams(**params)
    return PatternRecognizer(
        supported_entity=spec.entity,
        name=name,
        supported_language="nl",
        patterns=[Pattern(p.name, p.regex, p.score) for p in spec.patterns],
        deny_list=spec.deny_list,
        context=spec.context,
        global_regex_flags=spec.regex_flags(),
    )


def _key(results: list[RecognizerResult]) -> list[tuple[object, ...]]:
    return [
        (r.entity_type, r.start, r.end, r.score, r.analysis_explanation and r.analysis_explanation.pattern_name)
        for r in results
    ]


_PIECES = [
    "kenteken ",
    "Kenteken: ",
    "kentekens ",
    "kentekennummer van de auto ",
    "nummerbord ",
    "\u212aenteken: ",
    "VX-412-K",
    "87-HJT-3",
    "WGM 48213",
    " en ",
    ", ",
    "geboren ",
    "Geboren op ",
    "geboren te ",
    "Tilburg",
    " op 3 maart 1970",
    "02-11-1988",
    " te ",
    " in ",
    "Vlaardingen",
    "Geboorteplaats: ",
    "place of birth ",
    "Personeelsnummer ",
    "studentnr. ",
    "cliëntnummer: ",
    "123456",
    "A1234567",
    "gebruikersnaam ",
    "inlognaam: ",
    "login ",
    "smitk07",
    "paspoort ",
    "ID-kaart: ",
    "NXH41K8P3",
    "documentnummer ",
    "BR-778120",
    " is het cliëntnummer",
    " is uw Klantnummer",
    " is het pasnummer.",
    "sjoerd.hoekstra",
    " 1 jul 09:02",
    "\n",
    " ",
    "\u00a0",
    "ſ",
    "ß",
    "de minister",
    "Jan de Vries",
    "januari",
    "(",
    ")",
    ":",
    "-",
    ".",
    "é",
    # the patterns without a gate, each searched only where one of its cues stands (cues.required_cues)
    "IP-adres: ",
    "8.8.8.8",
    "thuis ziggo ",
    "84.1.2.3 (Ziggo)",
    "BOA-1234",
    "***1234",
    "3528 1234 5678",
    "HLM\\jdoe",
    "live:.cid.abc1",
    "@jan.doe",
    "~jdoe1",
    "AB-12-CD",
    # gates tried only where the pieces their matches begin with stand (cues.leading_literals)
    "V-nummer ",
    "vnr. ",
    "V-NR ",
    "dienstnummer: ",
    "Medewerkersnummer ",
    "klantnr. ",
    "lid ",
    "relatienummer ",
    "buurman ",
    "achterburen nr ",
    "bijnaam: ",
    "mijn naam is ",
    "haar mobiele nummer ",
    "+32 470 12 34 56",
    # a label with an optional bracket before a scoped flag ("\(?(?i:nummer)"): gated since round 31
    "rijbewijs (nummer ",
    "Rijbewijsnummer: ",
    "pasnr. ",
    "chauffeurskaartnummer ",
    "KAARTNR ",
    "5392817746",
    "NL-CK-00781542",
    "0083317",
]


def test_same_results_as_presidio() -> None:
    """Every custom detector of the default config gives presidio's results, on texts with and without
    their labels (labels in other cases, a Kelvin sign for a k, a long s, glued and broken pieces)."""
    rng = random.Random(13)
    texts = [
        "Het kenteken VX-412-K en 87-HJT-3 van de auto. Pools kenteken: WGM 48213.",
        "Hij is geboren op 3 maart 1970 in Casablanca; geboren te Tilburg op 4 mei 1980. Geboorteplaats: Vlaardingen",
        "Personeelsnummer 123456, studentnr. A1234567, gebruikersnaam smitk07, paspoort NXH41K8P3.",
        "Een nota zonder een enkel label; de minister antwoordt morgen.",
        "",
    ]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(500)]
    found = skipped = 0
    for name, params in _customs():
        gated, plain = build_custom(name, **params), _plain(name, params)
        assert isinstance(gated, CustomRecognizer)
        for text in texts:
            for flags in (None, re.MULTILINE):
                want = plain.analyze(text, [plain.supported_entities[0]], None, flags)
                got = gated.analyze(text, [gated.supported_entities[0]], None, flags)
                assert _key(got) == _key(want), (name, text, flags)
                found += bool(want)
                skipped += not all(gated._may_match(p, text, flags or gated.global_regex_flags) for p in gated.patterns)
    assert found > 500 and skipped > 500  # both ways taken, often


def test_cues_of_a_pattern() -> None:
    """A gate's cues (one of them in every match), and a whole pattern's where it has no gate."""
    from woo_redact.detect.cues import may_hold, required_cues
    from woo_redact.detect.custom import plain_syntax

    assert required_cues(r"(?i:\bkentekens?(?:nummers?)?|\bnummerbord)\s*:?\s*") == ("kenteken", "nummerbord")
    assert required_cues(r"(?<![\w-])BOA-\d{3,5}") == ("boa-",)
    assert required_cues(r"(?<=(?i:IP[- ]?(?:adres|address)))\d+") in (("dress", "res"), ("address", "adres"))
    assert required_cues(r"\d+(?:a|\p{Lu})") is None and required_cues(r"x(?<n>y)(?P<n>z)") == ("xyz",)
    assert required_cues(r"(?:ab)?\d") is None and required_cues(r"a|\d") is None
    for refused in (r"[[:alpha:]]x", r"ab{e<=1}", r"a++b", r"(?>ab)", r"a{}b", r"\Kx"):
        assert not plain_syntax(refused), refused
    assert plain_syntax(r"(?<![\w-])BOA-\d{3,5}(?:-\d{2,3})?(?![\w-])")
    assert may_hold("Het \u212aenteken", ("kenteken",))  # a Kelvin sign: the text is searched
    assert may_hold("KENTEKEN: x", ("kenteken",)) and not may_hold("het nummer", ("kenteken",))
    # an escaped backslash before "p{L}", an escaped bracket before "?P<x>": literals, as the regex engine reads them
    assert required_cues(r"a\\p{L}") == ("a\\p{l}",) and required_cues(r"\(?P<x>") == ("p<x>",)


def test_a_recognizer_pattern_is_searched_only_where_a_cue_stands() -> None:
    """``cues.cued_finditer`` (the paraph recognizer's patterns): the matches of ``finditer`` on random texts of
    their words in every case, with the long s, the Kelvin sign and the sharp s."""
    from woo_redact.detect.cues import cued_finditer
    from woo_redact.detect.grammar import compiled

    patterns = [
        compiled(r"(?i:\b(?:paraaf|geparafeerd(?:\s+door)?|parafering))[ \t:]*(?P<p>\p{Lu}{1,3})"),
        compiled(
            r"(?i:\b(?:gezien|opgesteld))[ \t]*:[ \t]*(?P<p>\p{Lu}{1,3})|(?m:^[ \t]*(?i:akkoord)[ \t]+(?P<p>\p{Lu}+))"
        ),
        compiled(r"(?:(?i:commented|opmerking)[ \t]*\[?|\[)(?P<p>\p{Lu}\d)"),
    ]
    rng = random.Random(23)
    pieces = [
        "paraaf ",
        "PARAAF: ",
        "geparafeerd door ",
        "gezien: ",
        "Opgesteld: ",
        "akkoord ",
        "\n",
        "Commented [",
        "[",
        "AB",
        "J1",
    ]
    pieces += ["ſ", "\u212a", "ß", "x", " ", "opmerking ", "OPMERKING"]
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for pattern in patterns:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in cued_finditer(pattern, text)] == expected, text
            found += len(expected)
    assert found > 500


def test_a_pattern_is_left_out_where_its_label_stands_nowhere() -> None:
    rec = build_custom("x", entity="USERNAME", patterns=[{"regex": r"(?<=(?i:\bgebruikersnaam)[ \t]*:?[ \t]*)[a-z]+"}])
    assert isinstance(rec, CustomRecognizer)
    pattern = rec.patterns[0]
    assert not rec._may_match(pattern, "Een tekst met smitk07 maar zonder het woord ervoor.", rec.global_regex_flags)
    assert rec._may_match(pattern, "Gebruikersnaam: smitk07", rec.global_regex_flags)
    assert [(r.start, r.end) for r in rec.analyze("Gebruikersnaam: smitk", ["USERNAME"])] == [(16, 21)]
    assert rec.analyze("smitk", ["USERNAME"]) == []


@pytest.mark.parametrize(
    "pattern, behind",
    [
        (r"(?<=(?i:\bkenteken)\s*:\s*)[A-Z]{1,3}", r"(?i:\bkenteken)\s*:\s*"),
        (r"(?<=[()]x)y", r"[()]x"),  # parentheses in a set are characters
        (r"(?<=[]a])b", r"[]a]"),  # so is a "]" first in a set
        (r"(?<=\(a)b", r"\(a"),
        (r"(?<=\p{Ll}+x{2,3})b", r"\p{Ll}+x{2,3}"),
        (r"(?<=a+?)b", r"a+?"),
        (r"(?<=\++)b", r"\++"),
        (r"[A-Z]+(?<=x)", None),  # no lookbehind first
        (r"(?<=a(?>b))c", None),  # atomic
        (r"(?<=a++)b", None),  # possessive
        (r"(?<=a{2}+)b", None),
        (r"(?<=(a)\1)b", None),  # a backreference
        (r"(?<=(?i)ab)c", None),  # an inline global flag
        (r"(?<=(?:ab){e<=1})c", None),  # fuzzy
        (r"(?<=ab\K)c", None),
        (r"(?<=\Ga)b", None),
        (r"(?<=a(?#x)b)c", None),
        (r"(?<=[[:alpha:]])b", None),  # a set in a set: not parsed
        (r"(?<=(?f:ss)x)y", None),  # full case folding
        (r"(?<=(?r:ab))c", None),  # reverse matching
        (r"(?<=(?-i:ab))c", r"(?-i:ab)"),
        # an escaped bracket is a character: "\(?(?i:" is an optional "(" and a scoped flag, no conditional "(?("
        (r"(?<=(?i:\bpasnr)[ \t]*\(?(?i:nummer)?[ \t]*)\d+", r"(?i:\bpasnr)[ \t]*\(?(?i:nummer)?[ \t]*"),
        (r"(?<=a\(?>b)c", r"a\(?>b"),  # an optional "(" and a ">", no atomic group
        (r"(?<=a\\(?>b))c", None),  # an escaped backslash, then an atomic group
        (r"(?<=a\\(?(1)b))c", None),  # ... then a conditional
        (r"(?<=a\\\(?(?i:b))c", r"a\\\(?(?i:b)"),  # an escaped backslash, then an escaped bracket
        (r"(?<=a\\K)c", r"a\\K"),  # an escaped backslash and a "K"
    ],
)
def test_lookbehind(pattern: str, behind: str | None) -> None:
    assert lookbehind(pattern) == behind
    if behind is not None:
        assert pattern.startswith(f"(?<={behind})")


def test_default_labels_are_gated() -> None:
    """The default config's label patterns (a lookbehind first) each get their gate."""
    gated = [p["regex"] for _, params in _customs() for p in params["patterns"] if lookbehind(p["regex"])]  # type: ignore[attr-defined, index]
    assert len(gated) >= 8
    assert any("rijbewijs" in p for p in gated)  # its "\(?(?i:nummer)" is no conditional


@pytest.mark.parametrize(
    "pattern, ahead",
    [
        (r"\d{4,10}(?=\s+is\s+het\s+(?i:klant)nummer\b)", r"\s+is\s+het\s+(?i:klant)nummer\b"),
        (r"(a|b)(?=c)", "c"),  # an alternative inside a group
        (r"x(?=[)])", "[)]"),
        (r"x(?=(c))", "(c)"),
        (r"x(?=c\))", r"c\)"),
        (r"x(?=c)(?=d)", "d"),
        (r"a|b(?=c)", None),  # an alternative at the top level: "a" matches without "c"
        (r"x(?=c)d", None),  # the lookahead is not last
        (r"(?=c)x\)", None),  # an escaped parenthesis last
        (r"x(?!c)", None),  # a negative lookahead
        (r"x(?=a++)", None),  # possessive
        (r"(a)x(?=\1)", None),  # a backreference
        (r"(?i)x(?=c)", None),  # an inline global flag
    ],
)
def test_lookahead(pattern: str, ahead: str | None) -> None:
    assert lookahead(pattern) == ahead
    if ahead is not None:
        assert pattern.endswith(f"(?={ahead})")


def test_a_pattern_is_left_out_where_its_lookahead_matches_nowhere() -> None:
    rec = build_custom("x", entity="PERSONAL_NUMBER", patterns=[{"regex": r"\d{4,10}(?=\s+is\s+het\s+klantnummer)"}])
    assert isinstance(rec, CustomRecognizer)
    pattern = rec.patterns[0]
    assert not rec._may_match(pattern, "Op 12 maart 2024 om 09:15 belde 0612345678.", rec.global_regex_flags)
    assert rec._may_match(pattern, "(778120 is het klantnummer)", rec.global_regex_flags)
    assert [(r.start, r.end) for r in rec.analyze("(778120 is het klantnummer)", ["PERSONAL_NUMBER"])] == [(1, 7)]


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"(?i:\b(?:personeels|medewerkers?)nummer)", ("medewerkernummer", "medewerkersnummer", "personeelsnummer")),
        (r"\bV-?(?:nummer|nr\.?)", ("v-nr", "v-nr.", "v-nummer", "vnr", "vnr.", "vnummer")),
        (r"(?:abc|)x", ("abcx", "x")),
        (r"[Vv]oo", ("voo",)),
        (r"\bgeboren(?:\s+op)?", ("geboren",)),
        (r"cli[eë]nt", ("cli",)),
        (r"(?:ab)+c", ("ab",)),
        (r"a(?:b|c?)d", ("abd", "acd", "ad")),
        (r"x*abc", None),
        (r"a?\w", None),
        (r"(?:x\w)?y", None),
        (r"\p{Lu}abc", None),
        (r"(?<![\w])@(?-i:[A-Z])", ("@",)),
    ],
)
def test_leading_literals(pattern: str, starts: tuple[str, ...] | None) -> None:
    from woo_redact.detect.cues import leading_literals

    assert leading_literals(pattern) == starts


def test_every_match_of_a_gate_begins_with_one_of_its_starts() -> None:
    """The gates tried only where their pieces stand (custom._found_at): each match the engine finds anywhere in
    a text begins, in the text's lower case, with one of them."""
    from woo_redact.detect.cues import lowered

    rng = random.Random(28)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    checked = 0
    for name, params in _customs():
        gated = build_custom(name, **params)
        assert isinstance(gated, CustomRecognizer)
        flags = gated.global_regex_flags or 0
        for p in gated.patterns:
            gated._may_match(p, "", flags)
            gate, _, starts = gated._gates[(p.regex, flags)]
            if gate is None or starts is None:
                continue
            for text in texts:
                low = lowered(text)
                if low is None:
                    continue
                for m in gate.finditer(text, overlapped=True):
                    assert low.startswith(starts, m.start()), (name, p.regex, text[m.start() : m.end()])
                    checked += 1
    assert checked > 1000


def test_a_gate_tried_at_its_starts_answers_as_its_search() -> None:
    """custom._found_at (the places found by the starts' first characters, each once) answers as the gate's search
    through the whole text, for every gate tried so; the gates of more than 32 starts but few first characters
    (the staff numbers' labels: "medewerker", "medewerkers", "medewerkerscode", ...) are among them."""
    from woo_redact.detect.cues import lowered
    from woo_redact.detect.custom import _MOST_STARTS, _found_at

    rng = random.Random(37)
    labels = ["Medewerkersnummer: ", "klantnr. ", "V-nummer ", "p-nummer:", "pers.nr ", "studenten", "BOA-nummer "]
    pieces = _PIECES + labels + ["medewerker", "Pas", "lid", "Dienst", "reg. nr. ", "S"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    texts += [lab + "12345678" for lab in labels]
    checked, many = 0, 0
    for name, params in _customs():
        gated = build_custom(name, **params)
        assert isinstance(gated, CustomRecognizer)
        flags = gated.global_regex_flags or 0
        for p in gated.patterns:
            gated._may_match(p, "", flags)
            gate, _, starts = gated._gates[(p.regex, flags)]
            if gate is None or starts is None:
                continue
            many += len(starts) > _MOST_STARTS
            for text in texts:
                low = lowered(text)
                if low is None:
                    continue
                assert _found_at(gate, text, low, starts) == (gate.search(text) is not None), (name, p.regex, text)
                checked += gate.search(text) is not None
    assert many >= 2
    assert checked > 300
