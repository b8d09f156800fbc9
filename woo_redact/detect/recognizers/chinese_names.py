"""Chinese names as passports, visa and residence files write them: "ZHANG Wei", "LIU Yuxuan", "Haoran WANG",
"Zhang Xiaoling".

A Chinese given name is one to three pinyin syllables ("Yu-xuan", "Hao-ran"), which no first-name list can
hold in full. A name is taken when one of the common Chinese surnames stands beside such a given name: in
capitals on either side of it (the passport order "ZHANG Wei", a list's "XU, Jianhua", or "Wei ZHANG"), or,
written with one capital, before a given name of at least two syllables ("Zhang Xiaoling"). A given name that
is a Dutch or English word ("Long", "Bang") is not taken.
"""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import compiled
from ..lexicons import load_lexicons
from .structure import Candidate

__all__ = ["chinese_names", "pinyin_syllables"]

# the hundred-odd most common Chinese surnames (pinyin), a fact list
SURNAMES = frozenset(
    """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song
    Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen
    Yao Jin Fu Zhong Cui Tan Fan Wan Qian Lei Long Hou Shao Meng Qin Xiong Kong Bai Jia Xia Fang Shi Yan Hao
    Duan Lei Kang Mao Qiu Gu Hong Zou Xue Yin Zhan Tao Dai Wen Guan Mo Lai Jiao Qi Liao Tong Chang Shang Ning
    Ou Xing Bao Ji Chu Yue""".split()
)
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_GIVEN = compiled(rf"\A(?:{_SYLLABLE}){{1,3}}\Z")
_TWO = compiled(rf"\A(?:{_SYLLABLE}){{2,3}}\Z")
_CAPS = r"\p{Lu}{2,6}"
_TITLE = r"\p{Lu}\p{Ll}{1,12}(?:-\p{Ll}{1,8})?"
_PAIR = compiled(
    rf"(?<![\p{{L}}\d.-])(?:(?P<s1>{_CAPS}),?[ \t\u00a0]+(?P<g1>{_TITLE})"
    rf"|(?P<g2>{_TITLE})[ \t\u00a0]+(?P<s2>{_CAPS})"
    rf"|(?P<s3>{_TITLE})[ \t\u00a0]+(?P<g3>{_TITLE}))(?![\p{{L}}\d-])"
)


def pinyin_syllables(word: str, least: int = 1) -> bool:
    """``word`` (hyphens aside) is made of ``least`` to three pinyin syllables."""
    w = word.replace("-", "").lower()
    return bool((_GIVEN if least <= 1 else _TWO).match(w))


def chinese_names(doc: Document) -> list[Candidate]:
    """Chinese names: a common Chinese surname beside a pinyin given name."""
    lex = load_lexicons()
    out = []
    for m in _PAIR.finditer(doc.text, overlapped=True):
        if m.group("s1") or m.group("s2"):
            surname = (m.group("s1") or m.group("s2")).capitalize()
            given = m.group("g1") or m.group("g2")
            least = 1
        else:
            surname, given, least = m.group("s3"), m.group("g3"), 2
        if surname not in SURNAMES or not pinyin_syllables(given, least):
            continue
        word = lex.is_ordinary_word(given) or given.lower() in lex.english_words or given.lower() in lex.dutch_words
        if word and (not lex.is_first_name(given) or least > 1):
            continue  # "Long", "Bang": words, whatever syllables they make
        why = f"the Chinese surname '{surname}' beside the given name '{given}'"
        out.append(Candidate(m.start(), m.end(), "PERSON", Explanation("chinese_name", 0.8, why, context=m.group())))
    return out
