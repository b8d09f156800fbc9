"""Paraphs: the initials of the people a document names, wherever they stand as a paraph.

"Actie: JvdB", "(MdGR)", "Stand SjH", "Cheers, KA", "Vervolg bij JD.", a reviewer's "- jth]" at the end of a
comment: :func:`paraph_candidates` finds the codes a named person may sign with (:func:`~.forms.paraph_codes`)
where a paraph stands, and :func:`defined_acronyms` the codes a document defines as an organisation's acronym
(which are no one's paraph).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..model import Explanation
from .form_search import fold
from .forms import double_given_initials, paraph_codes
from .grammar import CLOSING_WORDS, INITIALS, LEGAL_FORM_INITIALS, NAME_PART, compiled, word_runs
from .lexicons import load_lexicons, organisation_ending
from .merge import Merged
from .paraph_lists import CODE_AFTER, CODE_BEFORE, TIED_CODE, in_identifier, listed_with, next_items, placed_twice
from .propagate import literal

__all__ = [
    "acronyms_after_names",
    "batch_paraph_codes",
    "defined_acronyms",
    "paraph_candidates",
    "signed_names",
    "signs_with",
]

# "(EY", ": EY", a line of its own, "RK / RSa", "(DUO, EY)": where a code stands as a paraph
# ("| MK/RZ" too; "> > SH": a quoted line's start)
_PARAPH_PLACE = compiled(r"(?:\(|:|\n(?:[ \t]*>)*|^|/|\||(?i:\bactie)|\([^()\n]{1,30},)[ \t]*\Z")
# "Hi RJ,", "Hoi SH": a greeting to the person the code names
_GREETED = compiled(r"(?<![\p{L}])(?i:hi|hoi|hey|hallo|beste|dear)[ \t]+\Z")
_PARAPH_WORD = compiled(
    r"(?i:\b(?:opmerkingen|opmerking|reacties|reactie|noot|commentaar|vraag|paraaf|akkoord|gezien|check|checken|"
    r"controle|concept|aantekening|notitie))"
    r"[ \t]*\Z"
)
_COMMENT_AFTER = compiled(r"\A:[ \t]+\p{Ll}")  # "LB: graag nog afstemmen": a commenter's initials
# a sentence's subject: "... via Werken voor Nederland. KB neemt tijdelijk ... over" (a paraph seen elsewhere)
_SENTENCE_START = compiled(r"[.!?;][ \t]+\Z")
_SPEAKER_AFTER = compiled(r"\A:[ \t]+\p{Lu}")  # "... Inkoop. RA: Klopt.": a transcript's next speaker
_ADDRESSED_AFTER = compiled(r"\A,[ \t]+(?:jij|je|u|kun|kan|wil|heb|ben|zou|weet|could|can|would|you)(?![\p{L}])")
_VERB_AFTER = compiled(r"\A[ \t]+\p{Ll}+(?![\p{L}\d.-])")
# a sign-off before the code: "Cheers, KA", "Groet, JvdB", "Mvg RS"
_SIGN_OFF = compiled(rf"(?i:\b(?:{CLOSING_WORDS}|best|thanks|bedankt|dank)(?![\p{{L}}]))[ \t]*[,.!]?[ \t]*\Z")
# "Vervolg bij JD.", "akkoord door RS;": a preposition before the code, and the code ending the clause
# "Drafted by KS,", "overleg met teamleider PvtH.": a preposition, perhaps a role's word of four letters or more
# after it
_PREPOSITION_BEFORE = compiled(
    r"(?<![\p{L}])(?:bij|door|via|naar|met|aan|by)[ \t]+(?:(?!(?:deze|die|dit|onze|haar|zijn)[ \t])\p{Ll}{4,}[ \t]+)?\Z"
)
_CLAUSE_END = compiled(r"\A[ \t]*(?:[.;,)\]]|\n|\Z)")
# " - jth]", " – RS": a reviewer's code after a dash at the end of a comment
_TIME_BEFORE = compiled(r"(?<![\d:.])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]+\Z")
_DASH_BEFORE = compiled(r"[ \t][-–—][ \t]*\Z")
_QUOTED = compiled(r"['‘\"“]\p{L}+['’\"”]")
_PAGE_AFTER = compiled(r"\A[ \t]+(?i:pagina|page|blz\.?|p\.)[ \t]*\d")
_LOWER_WORD_BEFORE = compiled(r"(?<![\p{L}])\p{Ll}{4,}[ \t]+\Z")
_DATE_AFTER = compiled(
    r"\A[ \t]+\d{1,2}(?:[-/.]\d{1,2}|[ \t]+(?i:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec))"
)


# "Kwaliteitsinstituut Nederlandse Gemeenten (KING)": an organisation's name and the acronym it defines
_DEFINED = compiled(
    r"(?P<words>\p{Lu}[\p{L}-]+(?:[ \t\u00a0]+(?:(?:van|voor|de|het|der|en|in)[ \t\u00a0]+)*\p{Lu}[\p{L}-]+){1,6})"
    r"[ \t\u00a0]*\((?P<code>\p{Lu}{2,6})\)"
)


# "... (hierna: RVO)", "(hierna te noemen: IND)", "(verder: DUO)"
_HENCEFORTH = compiled(
    r"\((?i:hierna|verder)(?:[ \t]+(?i:te[ \t]+noemen|ook|genoemd))?[ \t]*:?[ \t]*(?P<code>\p{Lu}{2,6})\)"
)
_COURTESY = frozenset({"mevrouw", "heer", "meneer", "mevr.", "mw.", "dhr."})


_CODE_AFTER = compiled(r"(?:[ \t\u00a0]+\p{L}+){0,2}[ \t\u00a0]*\((?P<code>\p{Lu}[\p{Lu}\p{Ll}]{1,5})\)")


def acronyms_after_names(text: str, names: Sequence[tuple[int, int]]) -> set[str]:
    """Codes in brackets right after a name the judge keeps as no person's (an organisation's, a building's): their
    letters the initials of its words ("VV Jan van Arkel (JvA)", "het Fanny Blankers-Koen stadion (FBK)")."""
    out = set()
    for start, end in names:
        m = _CODE_AFTER.match(text, end)
        if m is None:
            continue
        words = text[start : m.start("code") - 1].replace("-", " ").split()
        initials = {w[0].upper() for w in words if w[:1].isalpha()}
        if {c for c in m.group("code") if c.isupper()} <= initials:
            out.add(m.group("code"))
    return out


def defined_acronyms(text: str) -> set[str]:
    """Codes in capitals the document defines as an organisation's acronym, after its name in words whose first
    letter the code starts with; not after a person's name ("Gerrit Mulder (GM)": a first name leads it)."""
    lex = load_lexicons()
    out = set()
    for m in _DEFINED.finditer(text):
        words = m.group("words").split()
        # the name as far back as it starts with the code's letter: "... van het Kwaliteitsinstituut ... (KING)"
        heads = [k for k, w in enumerate(words) if w[0] == m.group("code")[0]]
        name = words[heads[0] :] if heads else []
        if len(name) < 2 or any(lex.is_first_name(w.split("-")[0]) or w.lower() in _COURTESY for w in name):
            continue  # "Mevrouw De Groot (MDG)", "Directeur Jan Smit (DJS)": a person's paraph
        if not any(
            w.lower() in lex.dutch_words
            or w.lower() in lex.organisation_words
            or organisation_ending(w.lower(), 4) is not None
            or lex.is_compound_word(w)
            for w in name
        ):
            continue  # "Silvion Moesan (SM)": words no dictionary holds, a person's name and paraph
        out.add(m.group("code"))
    # "de Rijksdienst voor ondernemend Nederland (hierna: RVO)": a code the text says stands for what goes before,
    # an organisation's name (a word of one ends the words before it)
    for m in _HENCEFORTH.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()].split()
        if any(
            organisation_ending(w.lower().strip(",."), 4) is not None or w.lower() in lex.organisation_words
            for w in before[-6:]
        ):
            out.add(m.group("code"))
    # "HOvD (hoofdofficier van dienst)", "CvD (communicatie)": a code its meaning follows in small letters (not one
    # a legend gives a person: "SK (schade)" where "SK = Sanne Kwakernaak" stands, her role after her paraph)
    legend = {m.group("code") for m in _LEGEND.finditer(text) if lex.is_first_name(m.group("name"))}
    for m in _EXPLAINED.finditer(text):
        words = m.group("words").split()
        if m.group("code") in legend:
            continue
        if words[0][0] == m.group("code")[0].lower() and all(
            w in lex.dutch_words or lex.is_compound_word(w) for w in words
        ):
            out.add(m.group("code"))
    # "De OFGV heeft ... gemeten": a code in capitals after an article is a body's acronym (no one writes "de" before
    # a person's initials), not a paraph wherever it stands ("toezicht OFGV" in an action list)
    # (not a code the text gives a person: "Jan van Dijk (JVD)", "Paraaf: HJB")
    out.update(m.group("code") for m in _ARTICLE_CODE.finditer(text) if not _persons_code(text, m.group("code")))
    return out


def _persons_code(text: str, code: str) -> bool:
    """``text`` gives ``code`` as a person's: in brackets after a capitalised word ("Jan van Dijk (JVD)"), or after a
    paraph's or initials' label ("Paraaf: HJB")."""
    return (
        compiled(rf"\p{{Lu}}\p{{Ll}}+[ \t]*\({code}[,)]").search(text) is not None
        or compiled(rf"(?i:paraaf|paraph|initialen|paraferen)[ \t]*:?[ \t]*(?-i:{code})(?![\p{{L}}])").search(text)
        is not None
    )


_ARTICLE_CODE = compiled(r"(?<![\p{L}])(?:[Dd]e|[Hh]et|[Tt]he)[ \t\u00a0]+(?P<code>\p{Lu}{3,6})(?![\p{L}\d-])")
_LEGEND = compiled(r"(?<![\p{L}])(?P<code>\p{Lu}[\p{Lu}\p{Ll}]{1,5})[ \t]*=[ \t]*(?P<name>\p{Lu}\p{Ll}+)")
_EXPLAINED = compiled(
    r"(?<![\p{L}\d])(?P<code>\p{Lu}[\p{Lu}\p{Ll}]{1,5})[ \t\u00a0]*\((?P<words>\p{Ll}+(?:[ \t\u00a0]+\p{Ll}+){0,5})\)"
)


# where a code stands as a paraph, a line's start aside: "(PB", ": PB", "actie PB" (not "VWS/IZ": a directorate)
_SIGNED_PLACE = compiled(r"(?:\(|:|(?i:\bactie)|\([^()\n]{1,30},)[ \t]*\Z")


def signs_with(text: str, code: str) -> bool:
    """``code`` stands in ``text`` where only a paraph stands (not merely at a line's start): after "check",
    "door", a sign-off, a colon or a bracket, a dash at a comment's end, before a deadline."""
    lex = load_lexicons()
    # (a code in mixed capitals is no word: "MOo" of M. Oosterbeek, whatever "moo" is in English)
    word = not code.isalpha() or code.isupper() or code.istitle() or code.islower()
    if code in lex.acronyms or (word and (code.lower() in lex.common_words or code.lower() in lex.english_words)):
        return False
    return any(_signed_at(text, occ.start(), occ.end()) for occ in literal(text, code, CODE_BEFORE, CODE_AFTER))


def _signed_at(text: str, start: int, end: int) -> bool:
    clause_end = bool(_CLAUSE_END.match(text[end : end + 4]))
    return (
        bool(_SIGNED_PLACE.search(text[max(0, start - 32) : start]))
        or bool(_SIGN_OFF.search(text, max(0, start - 16), start))
        or bool(_PARAPH_WORD.search(text[max(0, start - 16) : start]))
        or (clause_end and bool(_PREPOSITION_BEFORE.search(text, max(0, start - 32), start)))
        or (clause_end and bool(_DASH_BEFORE.search(text, max(0, start - 4), start)))
        or (text[end : end + 1] in ("\n", "") and bool(_LOWER_WORD_BEFORE.search(text, max(0, start - 24), start)))
        or bool(_DATE_AFTER.match(text[end : end + 16]))
        or bool(_LEGEND_AFTER.match(text, end))
        # "Ik hoor graag of Ingrid akkoord is." / "" / "HS": alone on the text's last line, a memo signed
        or (not text[end:].strip() and not text[text.rfind("\n", 0, start) + 1 : start].strip())
        # "gesprek met L. van 't Hek, AMK en ondergetekende": enumerated with a person's initials and name
        or (
            bool(_ENUM_AFTER.match(text, end))
            and bool(_PERSON_ENUMERATED_BEFORE.search(text, max(0, start - 48), start))
        )
    )


_PERSON_ENUMERATED_BEFORE = compiled(rf"{INITIALS}[ \t]*(?:[\p{{Ll}}'’]+[ \t]+){{0,3}}{NAME_PART},[ \t]*\Z")
# ... and a person after it: another name's initials, a title, "ondergetekende" or another code ("KCC en de
# afdeling Burgerzaken" enumerates an organisation's acronym)
_ENUM_AFTER = compiled(
    rf"(?:[ \t]+(?:en|of)[ \t]+|[ \t]*,[ \t]*(?:(?:en|of)[ \t]+)?)(?:ondergetekende|mij(?:zelf)?|mijn[ \t]+collega|"
    rf"(?:de[ \t]+heer|mevrouw|mevr\.|mw\.|dhr\.)[ \t]|{INITIALS}|\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,3}}(?![\p{{L}}]))"
)


# a legend of codes ("Afkortingen: RKl = arts-assistent", "BWE = projectmanager ProRail"): someone's, in a role
_LEGEND_AFTER = compiled(r"[ \t]*=[ \t]*\n?[ \t]*\p{Ll}[\p{Ll}-]{3,}")


def _in_capitals(codes: Collection[str]) -> set[str]:
    """Three-letter codes of two capitals and a small letter typed all in capitals: "YGE" of "YGe"."""
    return {c.upper() for c in codes if len(c) == 3 and c[:2].isupper() and c[2:].islower()}


def signed_names(text: str, names: Sequence[str]) -> tuple[str, ...]:
    """Which of ``names`` (full names found elsewhere: another document, a comment's author) sign in ``text``
    with their initials where only a paraph stands ("opmerkingen THR, YEID en CKW verwerkt")."""
    lex = load_lexicons()
    words = word_runs(text)
    return tuple(
        n
        for n in names
        if len(n.split()) >= 2
        and any(c in words and signs_with(text, c) for c in paraph_codes(" ".join(n.split()), lex))
    )


def batch_paraph_codes(names: Sequence[str]) -> set[str]:
    """The codes the batch's people (named in other documents) may sign with."""
    lex = load_lexicons()
    codes = {c for n in names if len(n.split()) >= 2 for c in paraph_codes(" ".join(n.split()), lex)}
    codes |= _in_capitals(codes)
    # "Pieter-Bas" alone, "Gerrit-Jan Lohuis": a double first name signs and is called by its initials, "PB", "GJ"
    return codes | {c for n in names for c in double_given_initials(n, lex)}


def paraph_candidates(text: str, found: Sequence[Merged], batch_codes: Collection[str] = ()) -> list[Merged]:
    """Other occurrences of paraphs: the initials of the people the document names ("Actie: JvdB",
    "(MdGR)", "Stand SjH") and every paraph found elsewhere in it.

    A code of three letters or more counts anywhere as a word (a public acronym aside); a two-letter code
    or one in lower case only where a paraph stands: in brackets, after a colon, "actie" or a sign-off, at the
    start of a line, after the name it abbreviates, or ending a clause after "bij"/"door" or a dash.
    """
    lex = load_lexicons()
    codes: set[str] = set()
    ends: dict[str, set[int]] = {}  # a code -> where the names it abbreviates end
    for m in found:
        if m.entity != "PERSON":
            continue
        # a name wrapped in a table cell is found piece by piece: the whole name is the cell's
        for name in (text[m.start : m.end], m.cell or ""):
            # "Pieter-Bas" in a chat, "PB doet de check"; "Jean-Baptiste Vautrin-Moreau" signs "Best, J-B"
            codes |= double_given_initials(name, lex)
            if len(name.split()) >= 2:
                own = paraph_codes(" ".join(name.split()), lex)
                codes |= own
                for code in own:
                    ends.setdefault(code, set()).add(m.end)
    seen = {text[m.start : m.end] for m in found if m.entity == "PARAPH"}
    # "J.P.M." found as a paraph is signed "JPM" too
    seen |= {c.replace(".", "") for c in seen if "." in c and len(c.replace(".", "")) >= 2}
    out: list[Merged] = []
    line_end: list[tuple[int, int]] = []
    # in lower case, as reviewers type their code in a comment ("- jth]"): only where a paraph stands, and no word
    lower = {
        c.lower()
        for c in codes
        if len(c) >= 3 and c.isalpha() and not (c.lower() in lex.dutch_words or c.lower() in lex.english_words)
    }
    for c in codes:
        if c.lower() in lower:
            ends.setdefault(c.lower(), set()).update(ends.get(c, ()))
    # "YGE" of Y. Gerritsma (who signs "YGe"): a three-letter code typed in capitals, only where a paraph stands
    shouted = _in_capitals(codes) - codes
    codes |= shouted
    words = word_runs(text)
    # "Marloes Tijhuis (MT, voorzitter)": the code the document gives a person it names, right after the name in
    # brackets; it is hers wherever it stands alone in the document ("MT akkoord"), an acronym or not
    declared = {c for c in codes if _declared(text, c, ends.get(c, set()))}
    # ... or gives with the word for it, whatever letters it has: "mentor R. Bloemendaal (code BLR)"
    given: dict[str, set[int]] = {}  # a code -> the ends of the names that give it
    for p in found:
        word = _CODE_WORD_DECLARED.match(text, p.end) if p.entity == "PERSON" else None
        if word is not None and word.group("code") not in lex.acronyms:
            given.setdefault(word.group("code"), set()).add(p.end)
        # ... or in brackets right after the name, its letters the name's words' first letters in order: "A.C. de
        # Wit-Verhagen (ADW)" (the initials before the span count too)
        # ... or before the name, the name in brackets after it: "door HJS (Hanneke Schoemaker)", a middle name's
        # letter between the first and the last
        code_first = _CODE_THEN_NAME.search(text, max(0, p.start - 8), p.start) if p.entity == "PERSON" else None
        if (
            code_first is not None
            and code_first.group("code") not in lex.acronyms
            and _brackets_name(code_first.group("code"), text[p.start : p.end], text, p.end)
        ):
            given.setdefault(code_first.group("code"), set()).add(p.end)
        bracket = _DECLARED.match(text, p.end) if p.entity == "PERSON" and word is None else None
        if bracket is not None and bracket.group("code") not in lex.acronyms:
            lead = text[max(0, p.start - 12) : p.start].rsplit("\n", 1)[-1]
            if _abbreviates(bracket.group("code"), lead + " " + text[p.start : p.end]):
                given.setdefault(bracket.group("code"), set()).add(p.end)
    for code in given.keys() - codes:
        codes.add(code)
        declared.add(code)
        ends.setdefault(code, set()).update(given[code])
    for code in sorted(codes | seen | lower):
        if code.isalpha() and code not in words:
            continue  # a code of letters that is no word of the text: CODE_BEFORE and CODE_AFTER find it nowhere
        for occ in literal(text, code, CODE_BEFORE, CODE_AFTER):
            if in_identifier(text, occ.start(), occ.end()):
                continue
            if code.upper() in _MAIL_PREFIXES and text.startswith(":", occ.end()):
                continue  # "Subject: FW: concept reactie", "RE:", "AW:": a forwarded or answered mail's mark
            clause_end = bool(_CLAUSE_END.match(text[occ.end() : occ.end() + 4]))
            place = (
                bool(_PARAPH_PLACE.search(text[max(0, occ.start() - 32) : occ.start()]))
                or bool(_SIGN_OFF.search(text, max(0, occ.start() - 16), occ.start()))
                or (
                    clause_end
                    and code not in lex.acronyms
                    and bool(_PREPOSITION_BEFORE.search(text, max(0, occ.start() - 32), occ.start()))
                )
                or (clause_end and bool(_DASH_BEFORE.search(text, max(0, occ.start() - 4), occ.start())))
                # "Provincie Fryslân – exitgesprek SW": a code ending a heading's or footer's line after a word
                or (
                    text[occ.end() : occ.end() + 1] in ("\n", "")
                    and code not in lex.acronyms
                    and bool(_LOWER_WORD_BEFORE.search(text, max(0, occ.start() - 24), occ.start()))
                )
                or bool(_PARAPH_WORD.search(text[max(0, occ.start() - 16) : occ.start()]))
                or bool(_DATE_AFTER.match(text[occ.end() : occ.end() + 16]))  # an action list: owner, then deadline
                or bool(_LEGEND_AFTER.match(text, occ.end()))  # "RKl = arts-assistent"
                # "03-03-2025 09:12 FO" / "Mila belde.": a journal's or a log's entry, its writer after the time
                or bool(_TIME_BEFORE.search(text, max(0, occ.start() - 10), occ.start()))
                or bool(_COMMENT_AFTER.match(text[occ.end() : occ.end() + 4]) and code not in lex.acronyms)
                or _after_own_name(text, occ.start(), ends.get(code, set()))
                or (code in declared and _ARTICLE_BEFORE.search(text, max(0, occ.start() - 8), occ.start()) is None)
                # "bij punt 4 moet 'RS' zijn 'AO'": a found code quoted as the code it is
                or ((code in seen or code in codes) and _QUOTED.match(text, max(0, occ.start() - 1)) is not None)
                or (
                    (code in seen or code not in lex.acronyms)
                    and bool(_SENTENCE_START.search(text[max(0, occ.start() - 4) : occ.start()]))
                    and bool(
                        _VERB_AFTER.match(text[occ.end() : occ.end() + 30])
                        or _SPEAKER_AFTER.match(text[occ.end() : occ.end() + 4])
                        # "PJ, jij zit toch in de werkgroep?": the code calls someone
                        or _ADDRESSED_AFTER.match(text[occ.end() : occ.end() + 12])
                        # "Dank jullie! SH": a message signed at its last line's end
                        or text[occ.end() : occ.end() + 1] in ("\n", "")
                    )
                )
                or (code not in lex.acronyms and bool(_GREETED.search(text, max(0, occ.start() - 8), occ.start())))
                # "Rapportage PW-2024-338120 IZ pagina 1": the author's code in a footer
                or (code not in lex.acronyms and bool(_PAGE_AFTER.match(text[occ.end() : occ.end() + 12])))
            )
            if (len(code) < 3 or code in lower or code in shouted) and not place:
                # "Request for Red Cross CS": an action table's cells run together
                if (
                    code in codes
                    and code not in shouted
                    and text[occ.end() : occ.end() + 1] == "\n"
                    and code not in lex.acronyms
                ):
                    line_end.append((occ.start(), occ.end()))
                continue
            if _LEGAL_FORM_CODE.fullmatch(code) and _FIRM_BEFORE.search(text, max(0, occ.start() - 40), occ.start()):
                continue  # "Dam Schoonmaak B.V.": a company's legal form, whoever "Bart Visser" is
            if code not in seen and not place and (code in lex.acronyms or code.lower() in lex.common_words):
                continue
            # ("ALi" of A. Lindhout: in mixed capitals no word, whatever "ali" is in English)
            english = code.lower() in lex.english_words and (code.isupper() or code.istitle())
            if (
                len(code) > 2
                and english
                and code not in seen
                and code not in declared
                and not (place and code in codes)
            ):
                continue
            why = "a paraph found elsewhere in this document" if code in seen else "the initials of a person named here"
            # (a code tied to a person the document names travels in the batch: batch_homes.CODE_MARK; a paraph
            # found only as one, "Actie: VTH", does not)
            tied = code in codes or code in declared
            rule = TIED_CODE if tied else "a paraph found here"
            expl = Explanation("derived_paraph", 0.85, why, pattern=rule)
            out.append(Merged(occ.start(), occ.end(), "PARAPH", (expl,)))
    # the initials of a person named only in another document of the batch, where only a paraph stands ("check PB")
    why = "the initials of a person named elsewhere in the batch, where a paraph stands"
    for code in sorted(set(batch_codes) - codes - seen):
        if (not code.isalpha() or code in words) and signs_with(text, code):  # (a word of letters: as above)
            occs = list(literal(text, code, CODE_BEFORE, CODE_AFTER))
            # a legend gives the code as someone's ("RKl = arts-assistent"): it is theirs wherever it stands here
            legend = any(_LEGEND_AFTER.match(text, occ.end()) for occ in occs)
            for occ in occs:
                if (legend or _signed_at(text, occ.start(), occ.end())) and not in_identifier(
                    text, occ.start(), occ.end()
                ):
                    expl = Explanation("derived_paraph", 0.8, why, pattern="initials of a person in the batch")
                    out.append(Merged(occ.start(), occ.end(), "PARAPH", (expl,)))
    # a named person's initials ending a line, where the document signs with other named people's initials too
    if len({text[m.start : m.end] for m in out}) >= 2:
        why = "the initials of a person named here, ending a line where others sign with theirs"
        for start, end in line_end:
            if text[start:end].lower() not in lex.common_words:
                expl = Explanation("derived_paraph", 0.8, why, pattern=TIED_CODE)
                out.append(Merged(start, end, "PARAPH", (expl,)))
    # (a code typed in capitals is enumerated with no other: "RBA en THO", whoever THO is)
    listed = [m for m in out if text[m.start : m.end] not in shouted]
    out += next_items(text, [*out, *(m for m in found if m.entity == "PARAPH")], codes)
    out += listed_with(text, [*listed, *(m for m in found if m.entity == "PARAPH")], lex, codes)
    return out + placed_twice(text, out, codes, lex)


_MAIL_PREFIXES = frozenset({"FW", "FWD", "RE", "AW", "WG", "TR", "VS", "DOORST"})
_LEGAL_FORM_CODE = compiled(LEGAL_FORM_INITIALS)
_FIRM_BEFORE = compiled(r"\p{Lu}[\p{L}&'’-]*[ \t\u00a0,]+\Z")
# "Maud Wolters (afdelingshoofd), MW"; a paraph table's row: "J. ter Horst" / "coördinator Kamerstukken jth"
_NAME_THEN_CODE = compiled(
    r"\A[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[,/;–-][ \t]*\Z|\A[ \t]*\n[ \t]*\p{Ll}[^\n]{0,40}[ \t]\Z"
)


# ("mentor R. Bloemendaal (code BLR)": with its word)
_CODE_WORD = r"(?i:code|paraaf|initialen)[ \t:]+"
_DECLARED = compiled(rf"[ \t]*\([ \t]*(?:{_CODE_WORD})?(?P<code>\p{{Lu}}[\p{{L}}]{{1,5}})(?=[ \t]*[,;)])")
_CODE_WORD_DECLARED = compiled(rf"[ \t]*\([ \t]*{_CODE_WORD}(?P<code>\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,5}})(?=[ \t]*[,;)])")


_WORD_SPLIT = compiled(r"[\s.\-]+")


def _abbreviates(code: str, name: str) -> bool:
    """The code's letters (two or more capitals) are first letters of the name's words and parts, in order."""
    if sum(ch.isupper() for ch in code) < 2:
        return False
    # (the letters without their diacritics: "RCB" of "R. Çelik-Boerma")
    firsts = fold("".join(w[:1] for w in _WORD_SPLIT.split(name) if w[:1].isalpha())).lower()
    it = iter(firsts)
    return all(ch in it for ch in fold(code).lower())


_CODE_THEN_NAME = compiled(r"(?<![\p{L}])(?P<code>\p{Lu}{2,4})[ \t]*\([ \t]*\Z")


def _brackets_name(code: str, name: str, text: str, end: int) -> bool:
    """The name, alone in the brackets after the code, begins with the code's first letter and its surname with
    the code's last ("HJS (Hanneke Schoemaker)")."""
    words = [w for w in _WORD_SPLIT.split(name) if w[:1].isupper()]
    if len(words) < 2 or not compiled(r"[ \t]*\)").match(text, end):
        return False
    return fold(code[0]) == fold(words[0][0]) and fold(code[-1]) == fold(words[-1][0])


def _declared(text: str, code: str, name_ends: set[int]) -> bool:
    """The code stands first in brackets right after a name it abbreviates: "Marloes Tijhuis (MT, voorzitter)"."""
    return any((m := _DECLARED.match(text, e)) is not None and m.group("code") == code for e in name_ends)


# "het MT", "de VO": the acronym's sense, after an article
_ARTICLE_BEFORE = compiled(r"(?<![\p{L}])(?i:het|de|een|the|dit|dat|ons|onze)[ \t]+\Z")


def _after_own_name(text: str, start: int, name_ends: set[int]) -> bool:
    """The code follows the name it abbreviates: "Maud Wolters (afdelingshoofd), MW", or ends the name's row after
    the role, as a members' table gives it: "I. Damhuis  lid (topsport en evenementen)  ID"."""
    return any(
        (0 <= start - e <= 48 and _NAME_THEN_CODE.match(text[e:start]) is not None)
        or (0 <= start - e <= 72 and _ROW_ROLE.match(text[e:start]) is not None)
        for e in name_ends
    )


# a role in small letters (and brackets) between a name and its code on the name's row, no sentence: its last word
# no article or preposition ("A. Smit werkt bij de AS" is a sentence about an organisation)
_ROLE_WORD = r"(?:\p{Ll}[\p{Ll}-]*|\([^()\n]{1,50}\))"
_ROW_ROLE = compiled(
    rf"\A[ \t]+{_ROLE_WORD}(?:[ \t]+{_ROLE_WORD}){{0,5}}"
    r"(?<!\b(?:de|het|een|der|den|van|bij|naar|met|voor|in|op|aan|door|en|of|is|was|zijn|werkt|heeft))[ \t]+\Z"
)
