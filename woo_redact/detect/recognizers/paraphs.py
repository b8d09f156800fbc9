"""Paraphs: the initials with which civil servants sign ("JvdB", "MSch", "S.L."), found where a text
says they are one (after "paraaf", "actie", "opgesteld door", in a name's brackets, before a date)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..cues import cued_finditer
from ..grammar import CLOSING_WORDS, LEGAL_FORM_INITIALS, TITLE, compiled
from ..lexicons import load_lexicons, organisation_ending
from .names import NameRecognizer

__all__ = ["PARAPH", "ParaphTextRecognizer", "looks_like_paraph"]

PARAPH = r"\p{Lu}[\p{L}.]{0,6}\d{0,2}"  # "TW2", "RH04": digits tell colleagues with the same initials apart


def _initials_match(name: str, paraph: str) -> bool:
    """ "Mustafa Yıldırım (MYi)": the capitals of the paraph start with the name's initials.

    The name must be a person's ("Digital Product Passport (DPP)" is an acronym).
    """
    lex = load_lexicons()
    words = name.split()
    caps = "".join(c for c in paraph if c.isupper())
    # "Silvion Moesan (SM)": two or three words no list knows, whose initials the code is exactly
    unknown = (
        2 <= len(words) <= 3
        and caps == "".join(w[0] for w in words)
        and not any(
            w.lower() in lex.dutch_words
            or w.lower() in lex.english_words
            or lex.is_compound_word(w)
            or lex.is_dictionary_compound(w)  # "Stimuleringsfonds Volkshuisvesting (SVn)"
            or lex.is_everyday_english(w)
            or w.isupper()  # "PDF Accessibility Checker (PAC)": a product's name
            or organisation_ending(w.lower(), 4) is not None
            for w in words
        )
    )
    if not unknown and not any(w in lex.first_names or lex.is_surname(w) for w in words):
        return False
    if any(organisation_ending(w.lower(), 6, whole=True) for w in name.split()):
        return False  # "Hoogheemraadschap Hollands Noorderkwartier (HHNK)": an organisation's abbreviation
    tvs = {t for t in lex.tussenvoegsels if " " not in t}
    if any(lex.is_ordinary_word(w) or lex.is_non_person_word(w) for w in name.split() if w.lower() not in tvs):
        return False  # "Temporary Exposure Keys (TEKs)": a term and its abbreviation
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(caps) >= 2 and initials.startswith(caps[:2])


_MARRIED_TAIL = compiled(r"(?<=\p{L})-\p{Lu}{1,2}\Z")


def looks_like_paraph(text: str, in_table: bool = False) -> bool:
    """2-7 letters (dots allowed), starting with a capital, at least two capitals.

    In running text it must not be an ordinary word either; in a table's Paraaf
    column the column itself is the evidence. A married name's second initial may follow a hyphen ("MvdW-B").
    """
    text = _MARRIED_TAIL.sub("", text)
    letters = text.replace(".", "")
    if compiled(rf"^(?:{TITLE})$").match(text) or (not in_table and letters in load_lexicons().acronyms):
        return False  # DRS., MR.; PvdA, IenW, RVO
    return (
        bool(compiled(rf"^(?:{PARAPH})$").match(text))
        and 2 <= len(letters) <= 7
        and sum(c.isupper() for c in letters) >= 2
        and (in_table or letters.lower() not in load_lexicons().common_words)
    )


class ParaphTextRecognizer(NameRecognizer):
    """A paraph written in running text: "paraaf IvdB, 21-12-2025", "geparafeerd: JB"."""

    PATTERN_NAME = "paraaf + initials"

    def __init__(self, name: str, supported_language: str = "nl") -> None:
        EntityRecognizer.__init__(self, supported_entities=["PARAPH"], name=name, supported_language=supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's hook: the names this recognizer finds in ``text``."""
        pattern = compiled(
            rf"(?i:\b(?:paraaf|geparafeerd(?:\s+door)?|parafering))(?:[ \t]+\p{{Ll}}+)?\)?[ \t:]*(?:-[ \t]*)?\n?[ \t]*"
            rf"(?P<p>{PARAPH})(?=[\s,;.)/]|$)"
        )
        labelled = compiled(
            # (the role between: "paraaf teamleider OOV: J.v.d.Z.", "Behandelaar inventaris: EJH", "paraaf jurist:
            # MvdW-B")
            # ("Beoordeeld: F.T. / L.H.O.": an inventory's reviewers)
            rf"(?i:\b(?:paraaf|gezien|geparafeerd|behandelaar|gecontroleerd|nagekeken|gefiatteerd|controle|beoordeeld|"
            rf"(?:tweede[ \t]+|mee)?lezer))"
            rf"(?:[ \t]+\p{{L}}[\p{{L}}-]*){{0,2}}[ \t]*:[ \t]*"  # ("Paraaf KAM-coördinator: R.vd.B.")
            rf"(?!(?i:ok|nvt|n\.v\.t\.|ja|nee|akkoord)(?![\p{{L}}]))(?P<p>{PARAPH}(?:-\p{{Lu}}{{1,2}})?)(?=[\s,;.)·|/]|$)"
            # "Opgesteld door: AJB / gelezen: MvO", "gelezen GK", "opsteller SA": who wrote and who read a note
            # "versie 0.4 - bewerkt door RQ": who last edited a draft
            rf"|(?i:\b(?:opgesteld[ \t]+door|(?:op)?steller|(?:mee)?gelezen|(?:mee)?gelezen[ \t]+door|"
            rf"(?:bewerkt|gewijzigd|aangepast|bijgewerkt|gecontroleerd)[ \t]+door))[ \t]*:?[ \t]*"
            rf"(?P<p>{PARAPH})(?=[\s,;.)·|/]|$)"
            # "(behandelaar DKE, controle TLi)": who handled a file, the code before a comma or a bracket
            rf"|(?i:\bbehandelaar)[ \t]+(?P<p>{PARAPH})(?=[,;)])"
            # "Controle: A.B.K.": who checked, by initials (not "Controle: OK")
            rf"|(?i:\bcontrole)[ \t]*:[ \t]*(?P<p>(?:\p{{Lu}}\.){{2,4}}|(?!OK\b|NVT\b)\p{{Lu}}{{2,4}})(?=[\s,;.)·|/]|$)"
            # "Opgesteld: MAV / gezien: REA": the writer's code after a colon (not a unit's "Opgesteld: DCM/CA, ...")
            rf"|(?i:\bopgesteld)[ \t]*:[ \t]*(?P<p>\p{{Lu}}{{2,4}})(?=[ \t]+/|[ \t]*$|[ \t]*[,;](?![ \t]*\p{{Lu}}\.))"
            # a routing line or cell of its own: "Akkoord BJO", "akkoord FYdK"
            rf"|(?m:^[ \t]*(?i:(?:voor[ \t]+)?akkoord|gezien)[ \t:]+(?P<p>{PARAPH})[ \t]*$)"
        )
        bracketed = compiled(r"\((?P<p>\p{Lu}{1,3}(?:vdh|vd|v|d|t|de|van|ter)\p{Lu}{1,2})\)")
        initials_of = compiled(
            rf"(?P<name>\p{{Lu}}[\p{{L}}'’-]+(?:[ \t]+(?:\p{{Lu}}[\p{{L}}'’-]+|van|de|der|den|ter|ten|in|'t)){{1,4}})"
            rf"[ \t]*\n?[ \t]*\((?:[^()\n]{{1,40}},[ \t]*)?(?P<p>{PARAPH})\)"
        )
        # the last of a list of readers: "meegelezen: Bas Vreugdenhil (DIE), TB."
        readers = compiled(r"(?i:\bmeegelezen)[ \t]*:[^\n.]{0,80},[ \t]*(?P<p>\p{Lu}[\p{L}]{1,5})(?=[.;]|$)")
        action = compiled(rf"(?i:\b(?:actie|actiehouder))[ \t:]+(?P<p>{PARAPH})(?=[\s,;.)]|$)")
        routing = compiled(
            # ("Laatste wijziging: AY, 27-02-2026": who last changed a register)
            rf"(?i:\b(?:opgesteld|gelezen|akkoord|gezien|voor\s+akkoord|behandeld|gecontroleerd|paraaf|"
            rf"laatste\s+wijziging(?=\s*:)|laatst\s+gewijzigd(?:\s+door)?))"
            rf"[ \t:]+(?P<p>{PARAPH})[ \t,]*\n?[ \t]*\d{{1,2}}[-/.]\d{{1,2}}(?!\d)"
        )
        # initials with a particle standing alone ("Steller" / "LvdP", "registratie HvD", "Door" / "RvH"): the
        # shape of a Dutch paraph; institutions' abbreviations of that shape (RvS, CdK, VvE) are in the acronyms
        particle = compiled(
            r"(?<![\p{L}\d.'’-])(?P<p>\p{Lu}{1,2}(?:vdh|vd|vt|v|d|t|te|ter|de|den|van)\p{Lu}{1,2})(?![\p{L}\d'’-])"
        )
        # a reviewer's comment marker: "Commented [TZ1]:", "[Opmerking CR1: ...]", "[J.vd.P.4]"
        comment = compiled(
            r"(?:(?i:commented|comment|opmerking)[ \t]*\[?[ \t]*|\[)"
            r"(?P<p>\p{Lu}(?:[\p{L}.]{0,6}?)\d{1,3}(?:R\d{1,3})?)(?=\]|:)"  # "[BM2R1]": a reply to comment 1
            # "[Opm. QR: ...]": a reviewer's remark in brackets, by initials
            r"|\[(?i:opm\.|opmerking)[ \t]+(?P<p>\p{Lu}[\p{L}]{1,5})(?=:)"
            # "[nee, dit is de minister van Defensie, schrappen - RQ]": the remark signed at its end
            r"|\[[^\[\]\n]{3,200}[ \t]-[ \t]*(?P<p>\p{Lu}[\p{Lu}\p{Ll}]{1,4})(?=\])"
        )
        # a message signed with initials after its closing greeting, the code ending the line: "Groet, JFh",
        # "Kind regards,\nRJ" (the name written out would be a signature block's)
        signed = compiled(
            rf"(?im)(?<![\p{{L}}])(?:{CLOSING_WORDS})(?![\p{{L}}])[ \t]*[,.!]?[ \t]*\n?[ \t]*(?P<p>{PARAPH})[ \t]*$"
        )
        # a legend of codes: "Paraafcodes: AB = Aukje; PvdS = Paul; COA = Chantal"
        legend = compiled(rf"(?<![\p{{L}}])(?P<p>{PARAPH})[ \t]*=[ \t]*(?P<name>\p{{Lu}}\p{{Ll}}+)")
        # a log's or a phone note's entry: date, time, the writer's code, then the entry ("16-09 09:00 NeH Vierde
        # melding", "20-09-2024 09:05 - SO Gesprek met ...")
        logged = compiled(
            rf"(?m:^)[ \t]*\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?[ \t]+\d{{1,2}}[:.]\d{{2}}(?:[ \t]*uur)?[ \t]*"
            rf"(?:[-–|][ \t]*)?(?P<p>{PARAPH})(?=[ \t]+\p{{Lu}})"
        )
        # a person referred to by a role and dotted initials: "op aanwijzing van teamleider G.J.K.", "ploegleider
        # D.O.," (initials followed by a surname are a name's, found by the name recognizers)
        role = compiled(
            r"(?<![\p{L}])(?P<role>\p{Ll}[\p{Ll}-]{3,})[ \t]+(?P<p>(?:\p{Lu}\.){2,4})"
            r"(?![ \t]*(?:\p{Lu}\p{Ll}|\p{Lu}\.))(?![\p{L}\d])"
        )
        domains = {d.lower() for d in _DOMAIN_LABEL.findall(text)}
        out = []
        seen = set()
        for pat, why in (
            (legend, "initials standing for a first name ('PvdS = Paul')"),
            (pattern, "initials after the word 'paraaf'"),
            (labelled, "initials after 'paraaf ...:' or 'gezien:'"),
            (routing, "initials and a date in a routing line"),
            (readers, "initials ending a list of readers ('meegelezen: ..., TB.')"),
            (action, "initials after 'actie'"),
            (signed, "initials signing a message after its closing greeting"),
            (initials_of, "the initials of the name before it, in brackets"),
            (bracketed, "initials with a tussenvoegsel in brackets (KdW, RvdB)"),
            (particle, "initials with a tussenvoegsel standing alone (LvdP, MvE)"),
            (comment, "a reviewer's initials in a comment marker ('Commented [TZ1]')"),
            (logged, "initials after a log entry's date and time"),
            (role, "dotted initials after a role ('teamleider G.J.K.')"),
        ):
            for m in cued_finditer(pat, text):  # (where the text holds one of its words)
                if pat is initials_of and not _initials_match(m.group("name"), m.group("p")):
                    continue
                if pat is particle and (
                    m.group("p").lower() in domains
                    or _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    or _LAW_ARTICLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                ):
                    # "de RvIG", "met RvIG ... info@rvig.nl": an organisation, not someone's initials; "art. 36 RvO",
                    # "artikel 4 lid 2 WvS": a regulation's article
                    continue
                if pat is role and (
                    m.group("role") not in _ROLES or compiled(LEGAL_FORM_INITIALS).fullmatch(m.group("p"))
                ):
                    continue  # "artikel B.V.", "directeur B.V.": no role's person, or a legal form
                if pat is comment and sum(c.isupper() for c in m.group("p")) < 2:
                    continue  # "[A1]", "[B2]": a footnote or a cell, not someone's initials
                if pat is legend:
                    if m.group("p")[0] != m.group("name")[0] or m.group("name") not in load_lexicons().first_names:
                        continue
                elif (
                    m.group("p").rstrip(".") in load_lexicons().acronyms
                    and not (pat in (labelled, routing) and particle.fullmatch(m.group("p")))
                    # "Paraaf inkoopadviseur: BO": a paraph's own label, whatever else BO is
                    and not (pat is labelled and m.group().lower().startswith("paraaf"))
                    # "Rene Kint (RK)": a person's own initials, whatever else RK is (not "De Nederlandsche Bank (DNB)")
                    and not (pat is initials_of and load_lexicons().is_first_name(m.group("name").split()[0]))
                ):
                    continue  # "(PvdA)", "gelezen DGO": a party or a unit ("gelezen: RvB" is a paraph)
                # a label, a date, matching initials, a legend; a role's word before the initials is their label
                strong = pat not in (pattern, action)
                code = _REPLY.sub("", m.group("p")) if pat is comment else m.group("p")  # "BM2R1": BM2's reply
                if looks_like_paraph(code, in_table=strong) and m.start("p") not in seen:
                    seen.add(m.start("p"))
                    r = self._result(m.start("p"), m.end("p"), 0.85, why)
                    r.entity_type = "PARAPH"
                    out.append(r)
                    # "(paraaf) LV/YH": paraphs joined by a slash
                    for more in _SLASHED.finditer(text, m.end("p")):
                        if not looks_like_paraph(more.group("p"), in_table=True):
                            break
                        r = self._result(more.start("p"), more.end("p"), 0.85, why + ", after a slash")
                        r.entity_type = "PARAPH"
                        out.append(r)
        for start, end in _listed_with(text, [(r.start, r.end) for r in out]):
            r = self._result(start, end, 0.8, "initials in a bracketed list of paraphs ('(IVdG, WtH, GA, HBL)')")
            r.entity_type = "PARAPH"
            out.append(r)
        return out


# the roles a text refers to a person by with their initials ("op aanwijzing van teamleider G.J.K."): people, no
# units ("afdeling P.Z.", "commissie M.E.R.") and no public offices ("burgemeester A.B.", "griffier R.S.")
_ROLES = frozenset(
    {
        "teamleider", "ploegleider", "leidinggevende", "collega", "getuige", "medewerker", "medewerkster",
        "behandelaar", "chauffeur", "planner", "inspecteur", "toezichthouder", "coördinator", "manager",
        "teammanager", "afdelingshoofd", "casemanager", "consulent", "adviseur", "jurist", "melder", "klager",
        "betrokkene", "verdachte", "buurman", "buurvrouw", "ambtenaar", "handhaver", "boa", "wijkagent",
        "verbalisant", "docent", "leerkracht", "begeleider", "coach", "mentor", "stagiair", "stagiaire",
        "projectleider", "opsteller", "controleur", "beoordelaar", "onderzoeker", "klantmanager",
    }
)  # fmt: skip


_BRACKET_LIST = compiled(r"\((?P<items>[^()\n]{2,120})\)")
_LIST_ITEM = compiled(r"[ \t]*(?P<p>\p{Lu}[\p{L}]{1,4})[ \t]*")


def _listed_with(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other members of a bracketed, comma-separated list of codes two or more of whose members are paraphs
    found (``found``): "evaluatiecommissie (IVdG, WtH, GA, HBL, RT)"."""
    out: list[tuple[int, int]] = []
    starts = {s for s, _ in found}
    for b in _BRACKET_LIST.finditer(text) if len(found) > 1 else ():
        items, pos = [], b.start("items")
        for piece in b.group("items").split(","):
            m = _LIST_ITEM.fullmatch(piece)
            if m is None:
                break  # (a list of codes only: "(zie bijlage, p. 4)" is none)
            items.append((pos + m.start("p"), pos + m.end("p")))
            pos += len(piece) + 1
        else:
            if len(items) > 2 and sum(s in starts for s, _ in items) >= 2:
                # (a word's letters in capitals count, "GA"; an organisation's acronym does not)
                acronyms = load_lexicons().acronyms
                out += [
                    (s, e)
                    for s, e in items
                    if s not in starts and text[s:e] not in acronyms and looks_like_paraph(text[s:e], in_table=True)
                ]
    return out


_REPLY = compiled(r"(?<=\d)R\d{1,3}\Z")
_DOMAIN_LABEL = compiled(r"(?<=[@./])([\p{L}\d-]{2,12})\.(?:nl|eu|com|org|net|be|nu|info)(?![\p{L}\d])")
_ARTICLE_BEFORE = compiled(r"(?<![\p{L}])(?i:de|het|der)[ \t\u00a0]+\Z")
_LAW_ARTICLE_BEFORE = compiled(
    r"(?<![\p{L}])(?i:art(?:ikel)?\.?)[ \t\u00a0]*\d+[a-z]?(?:[ \t\u00a0]*,?[ \t\u00a0]*(?i:lid|sub|onder)"
    r"[ \t\u00a0]*\d*[a-z]?)*[ \t\u00a0]+\Z"
)
_SLASHED = compiled(rf"\G[ \t]*/[ \t]*(?P<p>{PARAPH})(?=[\s,;.)/]|$)")  # ("YL / RA.")
