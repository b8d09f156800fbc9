"""Build woo_redact/data/lexicons/first_names_world.txt: given names of the communities a Dutch
government document names that the main first-name list (deduce, Faker nl/tr/pl/id/en/fr/de) lacks.

    .venv/bin/python scripts/build_world_names.py

Sources, all read from installed packages or typed here:

- Faker's person providers (MIT) of West and East Africa, South Asia, Central and Eastern Europe,
  Southern Europe and Central Asia, as written in Latin script;
- Faker's Ukrainian and Russian given names (Cyrillic), transliterated to Latin script by the rules
  below (Ukrainian: the national system of 2010; Russian: the English-style system passports use);
- given names of Eritrea, Ethiopia and Somalia, typed by the project (no Faker locale has them);
- romanised Korean given names, typed by the project (Faker's Korean provider writes Hangul only).

A name is left out when it is shorter than four letters, or is a Dutch or English word (pyspellchecker's
frequency lists down to a hundred occurrences in English, two hundred in Dutch), a stop word, a place, a
tussenvoegsel, or already in first_names.txt / first_names_extra.txt: only names that can be nothing but
a name are added, so that no ordinary word starts to read as one ("Corona" is a Spanish given name).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "woo_redact" / "data" / "lexicons" / "first_names_world.txt"
LATIN_LOCALES = (
    "en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "en_KE", "sw", "zu_ZA", "en_IN", "en_PK", "ro_RO", "hu_HU",
    "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "it_IT", "es_ES", "pt_BR", "pt_PT", "az_AZ", "uz_UZ", "lt_LT", "lv_LV",
    "et_EE", "zh_TW", "zh_CN", "ja_JP", "sv_SE", "da_DK", "no_NO", "fi_FI",
)  # fmt: skip
CYRILLIC_LOCALES = {"uk_UA": "uk", "ru_RU": "ru"}
HORN_OF_AFRICA = """
Abebe Abraham Alem Almaz Amanuel Aster Berhane Bereket Biniam Dawit Efrem Ermias Filmon Freweyni Genet Gebre
Ghirmay Goitom Habtom Hagos Kibrom Kidane Luwam Mebrahtu Merhawi Meron Mesfin Mulugeta Mussie Nahom Natnael
Rahwa Selam Semhar Senait Teklay Tekle Tesfay Tesfaye Tewelde Tsega Tsegay Weldu Yemane Yohannes Yonas Zewdi
Abdi Abdirahman Abdirizak Ayaan Deeqa Fadumo Farhiya Guled Hibo Hodan Ilhan Liban Mahad Nimco Sagal Sahra Ubah
Warsame Samrawit Hiwot Tigist Yordanos Eyerusalem Fikre Kiros Haile Girmay Medhanie Robel Simret Winta Feven
"""
# Korean given names as passports and e-mail signatures romanise them (Revised Romanization, two syllables joined by
# a hyphen; written "Min-jun" and "Min-Jun"); Faker's Korean provider gives them in Hangul only
KOREAN = """
Min-jun Seo-jun Do-yun Ye-jun Si-woo Ha-jun Ji-ho Ji-hoon Joon-ho Jun-seo Hyun-woo Dong-hyun Sung-min Young-ho
Jae-hyun Jae-won Ji-woo Seo-yeon Seo-yun Ha-eun Ha-yoon Min-seo Ji-min Soo-ah Yu-na Eun-ji Hye-jin Min-ji Soo-jin
Ji-hye Ji-eun Su-bin Ye-jin Yeon-woo Hye-won Jin-woo Sang-woo Kyung-soo Jong-min Seung-hoon Tae-yang Woo-jin Da-eun
So-yeon Eun-seo Na-yeon Chae-won Ji-won Min-woo Sung-ho Hee-jung Ji-young Mi-kyung Eun-young Hyun-jung Seung-hyun
Jung-hoon Kyung-min Sun-hee Young-jae Hyo-jin Min-ho Jae-min Dong-wook Sang-hoon Ji-sung Yoo-jin Ga-eun Seo-hyun
Hae-won Jin-young Tae-hoon Byung-chul Chul-soo Young-hee Mi-young Jeong-ho In-ho Se-jin Su-min Ye-won
"""
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
}  # fmt: skip
_UK_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU = {
    **_UK, "г": "g", "е": "e", "ё": "e", "и": "i", "ы": "y", "э": "e", "й": "y", "ъ": "", "ю": "yu", "я": "ya",
}  # fmt: skip


def transliterate(name: str, system: str) -> str:
    """A Cyrillic given name in Latin letters: "Олександр" -> "Oleksandr" (uk), "Юрий" -> "Yuriy" (ru)."""
    table = _UK if system == "uk" else _RU
    out = []
    for i, ch in enumerate(name.lower()):
        if system == "uk" and i == 0 and ch in _UK_FIRST:
            out.append(_UK_FIRST[ch])
        elif system == "uk" and ch == "г" and i > 0 and name.lower()[i - 1] == "з":
            out.append("gh")  # "зг": zgh, as the national system writes it
        else:
            out.append(table.get(ch, ch))
    return "".join(out).capitalize()


def _provider_names(locale: str) -> set[str]:
    try:
        mod = importlib.import_module(f"faker.providers.person.{locale}")
    except ImportError:
        return set()
    names: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
        value = getattr(mod.Provider, attr, ())
        names.update(value.keys() if isinstance(value, dict) else value)
    return names


def candidates() -> set[str]:
    """Every given name the sources give, in Latin letters, as a name is written ("Che-Wei")."""
    names: set[str] = set()
    for loc in LATIN_LOCALES:
        for n in _provider_names(loc):
            if all(ch.isalpha() and ord(ch) < 0x250 or ch == "-" for ch in n):
                names.add("-".join(p.capitalize() for p in n.split("-")) if n.isupper() else n)
    for loc, system in CYRILLIC_LOCALES.items():
        for n in _provider_names(loc):
            if n.isalpha():
                latin = transliterate(n, system)
                names.add(latin)
                if system == "uk" and n.endswith("ій"):
                    names.add(latin[:-2] + "iy")  # "Serhii" is written "Serhiy" as often
                if system == "uk" and n.endswith("ія"):
                    names.add(latin[:-3] + "iya")  # "Nataliia" is written "Nataliya" as often (passports before 2010)
    names |= set(HORN_OF_AFRICA.split())
    for n in KOREAN.split():
        names |= {n, "-".join(p.capitalize() for p in n.split("-"))}
    return names


def _frequent(lang: str, least: int) -> set[str]:
    """Words of pyspellchecker's frequency list for ``lang`` that occur at least ``least`` times."""
    import gzip
    import json

    import spellchecker

    with gzip.open(Path(spellchecker.__file__).parent / "resources" / f"{lang}.json.gz") as fh:
        freq: dict[str, int] = json.load(fh)
    return {w for w, f in freq.items() if f >= least}


SURNAME_LOCALES = (
    "hu_HU", "cs_CZ", "sk_SK", "pl_PL", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "pt_BR", "pt_PT",
    "es_ES", "it_IT", "tr_TR", "vi_VN", "id_ID", "yo_NG", "ig_NG", "ha_NG", "en_NG", "tw_GH", "sw", "zu_ZA",
    "az_AZ", "uz_UZ", "bg_BG", "sv_SE", "da_DK", "no_NO", "fi_FI", "ja_JP", "zh_CN",
)  # fmt: skip
# surnames among the most frequent of their country that are English words too ("Kiss": Hungary's fourth)
TYPED_SURNAMES = "Kiss"
# names of the providers that are words, brands or places in the text a Woo team redacts ("Nord Stream", a git "repo",
# "Aston Villa", "Lund University", German "Tage"): left out
NOT_NAMES = frozenset("Nord Repo Yam Tikka Lund Aston Ville Vide Tage Lowe Toft Gren Strid Modig Falk".split())
SURNAMES_OUT = ROOT / "woo_redact" / "data" / "lexicons" / "surnames_world.txt"


def surname_candidates() -> set[str]:
    """Every surname the Faker providers of ``SURNAME_LOCALES`` give, as it is written."""
    names: set[str] = set()
    for loc in SURNAME_LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ImportError:
            continue
        for attr in ("last_names", "last_names_male", "last_names_female", "last_romanized_names"):
            value = getattr(mod.Provider, attr, ())
            for n in value.keys() if isinstance(value, dict) else value:
                if all(ch.isalpha() and ord(ch) < 0x250 or ch == "-" for ch in n) and n[:1].isupper():
                    names.add(n)
    return names


def main() -> None:
    from woo_redact.detect.lexicons import load_lexicons, read_list

    lex = load_lexicons()
    listed = set(read_list("first_names.txt")) | set(read_list("first_names_extra.txt"))
    words = lex.dutch_words | lex.english_words | lex.common_words | _frequent("en", 100) | _frequent("nl", 200)
    keep = sorted(
        n
        for n in candidates()
        if len(n) >= 4
        and n not in listed
        and n.lower() not in words
        and n not in lex.stop_words
        and n not in lex.places
        and n.lower() not in {t.lower() for t in lex.tussenvoegsels}
        and n.lower() not in lex.organisation_words
        and n not in NOT_NAMES
    )
    header = (
        "# Given names of communities the main list misses: Faker person providers (MIT) of Africa, South Asia,"
        " Central, Eastern, Northern and Southern Europe, Central and East Asia;\n# Ukrainian and Russian names"
        " transliterated; Eritrean, Ethiopian, Somali and romanised Korean names typed by the project.\n# No Dutch or"
        " English word, place or name already listed. Generated by scripts/build_world_names.py\n"
    )
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(keep)} names")
    known = set(read_list("surnames.txt")) | set(read_list("surnames_extra.txt"))
    surnames = sorted(
        {
            n
            for n in surname_candidates()
            if len(n) >= 4
            and n not in known
            and n.lower() not in words
            and n not in lex.stop_words
            and n not in lex.places
            and n.lower() not in lex.organisation_words
            and n not in NOT_NAMES
        }
        | set(TYPED_SURNAMES.split())
    )
    header = (
        "# Surnames of communities the main list misses: Faker person providers (MIT) of Central, Eastern,"
        " Northern and Southern Europe,\n# Turkey, Vietnam, Indonesia, China, Japan, West and East Africa; no Dutch or"
        " English word, place or name already listed, but for the typed few that are English words too"
        " (Kiss).\n# Generated by scripts/build_world_names.py\n"
    )
    SURNAMES_OUT.write_text(header + "\n".join(surnames) + "\n", encoding="utf-8")
    print(f"{SURNAMES_OUT.relative_to(ROOT)}: {len(surnames)} names")


if __name__ == "__main__":
    main()
