"""The grammar's patterns kept between runs (``detect/pattern_cache``) are the patterns ``regex.compile`` makes."""

from __future__ import annotations

import marshal
import pickle
from pathlib import Path

import pytest
import regex

from woo_redact.detect import pattern_cache
from woo_redact.detect.grammar import NAME_PART, tussenvoegsel

PATTERNS = [
    rf"(?i:\b(?:minister|wethouder|burgemeester))[ \t]+(?:{tussenvoegsel()}[ \t]+)?{NAME_PART}",
    r"(?P<pc>[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2})(?![\p{L}\d])",
    r"\A[ \t]*(?i:maatschap|mts\.?|v\.?o\.?f\.?|vof)[ \t]+(?=\p{Lu})",
]
TEXT = "Wethouder van der Berg sprak met minister De Vries over 3511 AB Utrecht en Maatschap Jansen."


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of its own and an empty store (the next :func:`compile_pattern` reads the file)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(pattern_cache.ENV, raising=False)
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    return tmp_path


def _same(a: regex.Pattern[str], b: regex.Pattern[str]) -> None:
    assert pickle.dumps(a) == pickle.dumps(b)  # the engine's code, flags, groups and required string
    assert a.pattern == b.pattern and a.flags == b.flags and a.groupindex == b.groupindex
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]


def test_patterns_built_from_the_file_are_the_compiled_ones(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = [pattern_cache.compile_pattern(p) for p in PATTERNS]
    for p, got in zip(PATTERNS, first, strict=True):
        _same(got, regex.compile(p, regex.VERSION1))
    pattern_cache.save()
    path = pattern_cache.cache_file()
    assert path is not None and path.is_file() and path.is_relative_to(fresh)
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    monkeypatch.setattr(pattern_cache.regex, "compile", _no_compile)  # every pattern must come from the file
    again = [pattern_cache.compile_pattern(p) for p in PATTERNS]
    monkeypatch.undo()
    for p, got in zip(PATTERNS, again, strict=True):
        _same(got, regex.compile(p, regex.VERSION1))


def _no_compile(*args: object, **kwargs: object) -> regex.Pattern[str]:
    raise AssertionError("compiled instead of taken from the file")


def test_an_unreadable_file_or_a_wrong_entry_is_passed_over(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = pattern_cache.cache_file()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal data")
    _same(pattern_cache.compile_pattern(PATTERNS[0]), regex.compile(PATTERNS[0], regex.VERSION1))
    # an entry filed under another pattern's text is not taken for it
    args = pattern_cache._reduce(regex.compile(PATTERNS[1], regex.VERSION1))[1]
    path.write_bytes(marshal.dumps({PATTERNS[2]: args}))
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    _same(pattern_cache.compile_pattern(PATTERNS[2]), regex.compile(PATTERNS[2], regex.VERSION1))


def test_turned_off(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pattern_cache.ENV, "0")
    assert pattern_cache.cache_file() is None
    _same(pattern_cache.compile_pattern(PATTERNS[1]), regex.compile(PATTERNS[1], regex.VERSION1))
    pattern_cache.save()
    assert not any(fresh.rglob("*"))


def test_a_pattern_of_other_flags_is_kept_apart(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern compiled with the default flags (the gazetteer's organisations) is kept under its flags: built
    from the file it is ``regex.compile(text)``'s, and the same text with :data:`FLAGS` is another entry."""
    from woo_redact.detect.organisation_names import _organisations

    texts = [*PATTERNS, _organisations().pattern]
    first = [pattern_cache.compile_pattern(p, 0) for p in texts]
    for p, got in zip(texts, first, strict=True):
        _same(got, regex.compile(p))
    pattern_cache.save()
    monkeypatch.setattr(pattern_cache, "_STORE", pattern_cache._Store())
    monkeypatch.setattr(pattern_cache.regex, "compile", _no_compile)
    again = [pattern_cache.compile_pattern(p, 0) for p in texts]
    with pytest.raises(AssertionError):
        pattern_cache.compile_pattern(PATTERNS[0])  # (with FLAGS: not in the file)
    monkeypatch.undo()
    for p, got in zip(texts, again, strict=True):
        _same(got, regex.compile(p))
