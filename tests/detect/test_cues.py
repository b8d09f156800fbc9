"""A pattern searched only where one of its cues stands finds what the pattern finds everywhere."""

from __future__ import annotations

import random
import string
import sys

import regex

from woo_redact.detect.cues import FOLDS_TO_ASCII, Cued
from woo_redact.detect.recognizers import address as A
from woo_redact.detect.recognizers.address_words import HOME_IF_PRIVATE_WORDS, HOME_WORDS

# the patterns' own words (each a match or part of one), in other cases and with characters that fold to ASCII
_WORDS = (
    "woont wonende woonachtig huisadres privé-adres privéadres thuisadres thuis ondergebracht inwoner inwoonster "
    "melkveehouderij kwekerij veehouder, akkerbouwer tuinder kweker tuin huis erf opvangadres mijn ons zijn haar hun "
    "uw postadres woonadres pand bedrijf landbouwbedrijf camping winkel per post woning bewoners bewoonster "
    "omwonenden gezin huishouden huishouding buurman buurvrouw buren correspondentieadres bezwaarmaker verblijfadres "
    "verblijft ingeschreven adres van de het aanvrager eigenaar huurder op aan bereikbaar hetzelfde jongen jongeman "
    "meisje man vrouw kind kinderen echtpaar familie percelen perceel adressen uitbouw aanbouw opbouw dakkapel "
    "mantelzorgwoning bijgebouw tuinhuis carport erfafscheiding schuur Boerderij Jansen Hoeve Kerkstraat 12"
).split()
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", ", ", "(", "-", ""]
_ODD = list(FOLDS_TO_ASCII) + ["é", "ë", "’", "\u0301", "İ", "Ä", "_", "1"]


def _mangle(word: str, rng: random.Random) -> str:
    out = []
    for ch in word:
        r = rng.random()
        if r < 0.15:
            ch = ch.upper()
        elif r < 0.18 and ch in "sk":
            ch = "\u017f" if ch == "s" else "\u212a"  # LATIN SMALL LETTER LONG S, KELVIN SIGN: case-fold to s and k
        elif r < 0.2:
            ch = rng.choice(_ODD)
        out.append(ch)
    return "".join(out)


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = [_mangle(rng.choice(_WORDS), rng) + rng.choice(_GAPS) for _ in range(rng.randint(1, 7))]
        if rng.random() < 0.3:
            parts.insert(rng.randrange(len(parts) + 1), "".join(rng.choices(string.ascii_letters + " ", k=8)))
        text = "".join(parts)
        texts.append(text[rng.randint(0, 2) :])
    return texts


def test_folds_to_ascii_is_every_character_that_case_folds_to_an_ascii_letter() -> None:
    """The characters outside ASCII that a case-insensitive pattern may match to an ASCII letter, or whose
    folding holds one, are exactly ``FOLDS_TO_ASCII``."""
    letters = set(string.ascii_letters)
    letter = regex.compile(r"(?i:[a-z])", regex.VERSION1)
    found = set()
    for cp in range(0x80, sys.maxunicode + 1):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000:
            continue
        if letter.match(ch) or letters & set(ch.casefold() + ch.lower() + ch.upper()):
            found.add(ch)
    assert found == set(FOLDS_TO_ASCII)


def test_cued_patterns_find_what_the_patterns_find() -> None:
    """On random texts of the patterns' words (in any case, glued, cut, with characters that fold to ASCII
    letters), the cued home words give the matches and the search result of the patterns themselves."""
    found = 0
    for text in _texts(6000, 13):
        for cued in (HOME_WORDS, HOME_IF_PRIVATE_WORDS, A._COLUMN_LABEL):
            expected = [m.span() for m in cued.pattern.finditer(text)]
            assert [m.span() for m in cued.finditer(text)] == expected, (text, cued.pattern.pattern[:40])
            first = cued.pattern.search(text)
            got = cued.search(text)
            assert (got.span() if got else None) == (first.span() if first else None)
            found += len(expected)
    assert found > 3000


def test_a_cue_missing_from_the_text_is_no_answer_when_a_character_folds_to_ascii() -> None:
    cued = Cued(regex.compile(r"(?i:strasse)", regex.VERSION1), ("strasse",))
    assert [m.group() for m in cued.finditer("Haupt\u017ftra\u00dfe 1")] == ["\u017ftra\u00dfe"]
    assert cued.finditer("Hauptweg 1") == []


def _joins_next_as_it_was(t: str, nxt: str) -> bool:
    if A._HEAD_ENDS.search(t) and nxt[:1].isupper():
        return True
    street = A._STREET_ENDS.search(t)
    if street and A._NUMBER_STARTS.match(nxt):
        lead = t[: street.start()]
        if HOME_WORDS.search(lead) or HOME_IF_PRIVATE_WORDS.search(lead) or A._ADDRESS_LABEL.search(lead):
            return True
    return bool(A._STREET_ALONE.match(t) and A._NUMBER_ALONE.match(nxt))


def test_joining_lines_asks_the_patterns_only_after_a_street_head_or_suffix() -> None:
    """``_joins_next`` skips its patterns where the line does not end with a street's first word or ending
    (before blanks and tabs): the same answers as asking them all."""
    rng = random.Random(7)
    ends = ["Koningin", "Burgemeester", "Sint", "Kerkstraat", "Dorpsweg", "Marktplein", "Oude", "weg", "Weg"]
    ends += ["straat.", "Hof", "hof", "Lange Voorhout", "Tweebaksmarkt", "Palembangweg"]
    leads = ["Klaagster is bereikbaar op ", "Adres ", "aan de ", "woont aan de ", "", "De heer Jansen, ", "wonende "]
    yes = 0
    for _ in range(4000):
        t = rng.choice(leads) + rng.choice(ends) + rng.choice(["", " ", "\t", "  \t", "\n", "x", " 3"])
        nxt = rng.choice(["12", "27-2, 8911 KW", "Moonenlaan 12", "18.", "de Wit", " 4b", "1234 AB Plaats", ""])
        expected = _joins_next_as_it_was(t, nxt)
        assert A._joins_next(t, nxt) == expected, (t, nxt)
        yes += expected
    assert yes > 200


def test_the_pieces_holding_a_cue_are_those_a_cue_may_match_in() -> None:
    """``Cued.pieces_holding``: the lines of a text that may hold a home word, found once for the whole text, are
    the lines for which ``may_match`` of the line (or of the line in other cases, as ``_uncapped`` writes it) is
    True; None for a text with a character that case-folds to ASCII."""
    rng = random.Random(28)
    checked = 0
    for text in _texts(300, 28):
        text = "\n".join(text[i : i + 9] for i in range(0, len(text), 9)) + "\n" + text
        spans = [(a, min(len(text), a + rng.randint(0, 15))) for a in sorted(rng.choices(range(len(text) + 1), k=6))]
        for cued in (HOME_WORDS, HOME_IF_PRIVATE_WORDS):
            found = cued.pieces_holding(text, spans)
            if found is None:
                assert any(ch in FOLDS_TO_ASCII for ch in text)
                continue
            for k, (start, end) in enumerate(spans):
                piece = text[start:end]
                upper = "".join(ch.upper() if ch.isascii() else ch for ch in piece)
                for variant in (piece, upper, A._uncapped(piece)):
                    assert (k in found) == cued.may_match(variant), (piece, variant)
                    checked += 1
    assert checked > 1000


def test_may_hold_kept_for_the_last_text_answers_as_a_search() -> None:
    """The cues' answers kept for the last text are those a search of its lower case gives, whatever was asked of
    which text before (the same text again, another one, one whose lower case does not align)."""
    from woo_redact.detect.cues import may_hold

    rng = random.Random(7)
    texts = _texts(300, 29)
    cue_sets = [tuple(rng.sample(_WORDS, rng.randint(1, 4))) for _ in range(60)]
    cue_sets = [tuple(c.lower() for c in cues) for cues in cue_sets] + [("strasse", "k"), ("huis", "erf")]
    for _ in range(4000):
        text = rng.choice(texts)
        cues = rng.choice(cue_sets)
        low = _aligned_lower(text)
        expected = low is None or any(c in low for c in cues)
        assert may_hold(text, cues) == expected, (text, cues)


def _aligned_lower(text: str) -> str | None:
    """The lower case the gates look in: "ı", "ſ" and the Kelvin sign as the one ASCII letter a case-insensitive
    pattern may match them to; None for a text with a character that folds to two letters or lowers to two."""
    if any(ch in FOLDS_TO_ASCII and ch not in "\u0131\u017f\u212a" for ch in text):
        return None
    return text.lower().replace("\u0131", "i").replace("\u017f", "s")


def test_a_turkish_dotless_i_or_a_long_s_keeps_the_lower_case_aligned() -> None:
    """A name with "ı" ("Yıldız") or a long s is looked at through an aligned lower case (throughput round 33): the
    gated patterns still find what they find in the whole text, in ``re`` (which matches "ı" to "i") and ``regex``."""
    from woo_redact.detect.cues import lowered

    assert lowered("Mevrouw Yıldız, Kılıç-ſtraat 4") == "mevrouw yildiz, kiliç-straat 4"
    assert lowered("Stra\u00dfe") is None and lowered("\u0130zmir") is None and lowered("\ufb01nancieel") is None
    for flags in (regex.VERSION0, regex.VERSION1):
        cued = Cued(regex.compile(r"(?i:kil)", flags), ("kil",))
        assert [m.span() for m in cued.finditer("Kılıç en kil")] == [
            m.span() for m in cued.pattern.finditer("Kılıç en kil")
        ]
    import re

    plain = re.compile(r"(?i)kil")
    assert [m.group() for m in plain.finditer("Kılıç")] == ["Kıl"]
    assert _aligned_lower("Kılıç")[0:3] == "kil"  # type: ignore[index]
