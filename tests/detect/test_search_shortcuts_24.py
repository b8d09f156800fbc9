"""Detection's shortcuts of round 24 (issue 13) give what the code they replace gave."""

from __future__ import annotations

import random
import re

import regex

from woo_redact.detect.recognizers import mailboxes
from woo_redact.detect.recognizers.patterns import PersonalEmailRecognizer

_PIECES = [
    "m.visser-",
    "m_visser_",
    "baldewsingh@igj.nl",
    "j.jansen@",
    "jan.devries@minbzk.nl",
    "chidi.okafor@softwarehuis-",
    "wim.oosterhuis@belastingdi",
    "enst.nl",
    "a.lukaszewska@flevoland",
    "patrick.vandijck@vlaamsbrabant.b",
    "e\u0308ric%o'neil+x@foo-",
    "minvro.nl",
    "@",
    "@@",
    "\n",
    " \n",
    "\t",
    " ",
    "-",
    "_",
    ".",
    "'",
    "%",
    "Jan",
    "Chidi Okafor",
    "(",
    "LOCC",
    "het LOCC",
    "locc@politie.nl",
    "Defensie Operatiecentrum (DOC)",
    "DOC-J3@mindef.nl",
    "secretariaat.",
    "info@gemeente.nl",
    "Functionele mailbox DCC",
    "dcc@minienw.nl",
    ".nl",
]


def _key(results: list) -> list[tuple]:
    return [(r.start, r.end, r.score, r.analysis_explanation.pattern_name) for r in results]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    texts = ["m.visser-\nbaldewsingh@igj.nl", "Mail m.visser- \n  baldewsingh@igj.nl of j.jansen@minvro.nl", ""]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(n)]
    return texts


class _Plain(PersonalEmailRecognizer):
    """The recognizer with presidio's own ``finditer`` of every pattern over the whole text."""

    def _windowed(self, flags: int) -> list:
        return self.patterns  # type: ignore[no-any-return]


def test_the_patterns_tried_before_an_at_find_what_finditer_finds() -> None:
    """Each e-mail pattern tried only where a match can begin before an "@" (``_AtWindows``) gives presidio's
    results of the patterns over the whole text, with and without the flags presidio passes."""
    texts = _texts(24, 1500)
    windowed, plain = PersonalEmailRecognizer(), _Plain()
    found = 0
    for flags in (None, re.MULTILINE):
        for t in texts:
            a = _key(windowed.analyze(t, ["EMAIL_ADDRESS"], None, flags))
            assert a == _key(plain.analyze(t, ["EMAIL_ADDRESS"], None, flags)), t
            found += bool(a)
    assert found > 500


def test_windows_give_every_match_of_each_pattern() -> None:
    """Pattern by pattern, the matches (not only the results presidio keeps) are ``finditer``'s."""
    rec = PersonalEmailRecognizer()
    flags = rec.global_regex_flags
    windowed = {p.name: p.compiled_regex for p in rec._windowed(flags)}
    for p in rec.patterns:
        plain = regex.compile(p.regex, flags=flags)
        for t in _texts(25, 400):
            assert [m.span() for m in windowed[p.name].finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_capitals_shown_on_the_lines_holding_the_parts() -> None:
    """An acronym is shown in the lines that hold it as in the whole text (``attested_mailbox``'s shortcut)."""
    rng = random.Random(26)
    words = ["LOCC", "DOC", "J3", "KLIC", "het", "de", "Defensie", "Operatiecentrum", "(DOC)", "(LOCC)", "Jan"]
    words += ["Jansen", "RIVM", "LCI", "\n", "\n", " ", " ", ",", "KLIC-melding", "van", "Piet", "(PJ)", "G2"]
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        parts = {rng.choice(["LOCC", "DOC", "J3", "KLIC", "LCI", "PJ", "G2", "X"]) for _ in range(rng.randint(1, 3))}
        whole = mailboxes._capitals_shown(text)
        some = mailboxes._capitals_shown(mailboxes._lines_holding(parts, text))
        assert {p for p in parts if p in whole} == {p for p in parts if p in some}


def test_multiword_titles_are_sought_at_their_first_words() -> None:
    """``title_spans`` tries the pattern of titles of several words only at the runs of letters that are a
    title's first word: ``finditer``'s spans on random texts of the configured titles in every case, broken
    over lines, after other letters, with characters that fold to a title's letters; and every place is tried
    where a title does not begin with ASCII letters."""
    from woo_redact.config import load_config
    from woo_redact.detect.public import PublicNames

    titles = list(load_config().public_titles)
    multi = [t for t in titles if " " in t]
    assert len(multi) > 10
    public = PublicNames([], titles)
    assert public._multiword_heads is not None
    assert PublicNames([], [*titles, "ſtaats secretaris"])._multiword_heads is None
    rng = random.Random(27)
    pieces = [*multi, *(t.upper() for t in multi), *(t.title() for t in multi), "\u212aamerlid", "ſtate secretary"]
    pieces += ["vice-president van de raad van state", "xminister van staat", "de", "het", "lid", "Jan", "1", "_"]
    pieces += ["ﬁrst", "Prime\nMinister", "voorzitter  van\tde tweede kamer", "é", "ë", "ß", "-", "'"]
    found = 0
    for _ in range(3000):
        text = "".join(
            rng.choice(pieces) + rng.choice([" ", "", "\n", "\u00a0", ", "]) for _ in range(rng.randint(1, 10))
        )
        expected = [(m.start(), m.end()) for m in public.multiword.finditer(text)]
        assert public.title_spans(text) == expected, text
        found += len(expected)
    assert found > 2000


def test_header_words_by_their_places() -> None:
    """``header_words_in`` gives the words a scan of every word gave, in order, and ``has_header`` its answer."""
    from woo_redact.detect.headers import header_words_in
    from woo_redact.detect.recognizers.column_heads import has_header
    from woo_redact.detect.recognizers.columns import _HEADER_WORDS
    from woo_redact.parse.text import document_from_text

    rng = random.Random(28)
    words = ["Naam", "naam:", "NAAM", "Adres", "Geboren", "geb.datum", "Pers.nr:", "x", "Geboortedat-", "um", "Jan"]
    for _ in range(300):
        doc = document_from_text(" ".join(rng.choice([*words, "\n"]) for _ in range(rng.randint(0, 30))), "t")
        for heads in (frozenset({"naam", "adres"}), _HEADER_WORDS, ("naam", "naam"), frozenset()):
            plain = [w for w in doc.words if w.text.rstrip(":").lower() in heads]
            assert header_words_in(doc, heads) == plain
        assert has_header(doc, _HEADER_WORDS) == any(w.text.rstrip(":").lower() in _HEADER_WORDS for w in doc.words)
