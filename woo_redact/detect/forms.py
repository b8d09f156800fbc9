"""Name forms: the ways a found name may stand elsewhere, and the paraphs its bearer may sign with.

- :func:`name_forms`: the forms of a person's name worth searching for on their own (the full name,
  the surname with its tussenvoegsel, the first name alone, the possessive, the name in capitals).
- :func:`email_forms`: the name forms in an e-mail address's local part (sanne.visser, j.de.vries).
- :func:`paraph_codes`: the initials a person with a name may sign with (JvdB, SjH, S.L.).

Propagation (:mod:`.propagate`) searches the document, and the batch's other documents, for them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex

from .grammar import TITLE, compiled, natural_order
from .lexicons import Lexicons, unaccented

_INITIAL = re.compile(r"^(?:[A-Z]|IJ|Th|Chr|Ph)\.$")


def _remembered(make: Callable[[str, Lexicons], set[str]]) -> Callable[[str, Lexicons], set[str]]:
    """``make(name, lex)`` remembered per name (for the last word lists given): a batch's names recur in
    every document and both phases, and each document's names are spread several times over. Each
    call gets a set of its own to change."""
    made: dict[str, frozenset[str]] = {}
    lists: list[Lexicons] = []

    @functools.wraps(make)
    def remembered(name: str, lex: Lexicons) -> set[str]:
        if not lists or lists[0] is not lex:
            made.clear()
            lists[:] = [lex]
        found = made.get(name)
        if found is None:
            if len(made) >= 1 << 13:  # a few MB
                made.clear()
            found = made[name] = frozenset(make(name, lex))
        return set(found)

    return remembered


@_remembered
def name_forms(name: str, lex: Lexicons) -> set[str]:
    """Forms of a person's name worth searching for on their own (of a name in capitals, "VAN DER KAMP, E.",
    also those of the name as running text writes it: "Van der Kamp", "E. van der Kamp")."""
    forms = _forms(name, lex)
    # (of a list's "ȘTEFĂNESCU, Andrei" its surname in capitals: running text writes "Ștefănescu")
    letters = [ch for ch in (name.split(",")[0] if name.count(",") == 1 else name) if ch.isalpha()]
    if len(letters) >= 4 and all(ch.isupper() for ch in letters):
        forms |= _forms(_title_cased(name, lex), lex)
    # "in 't Veld" is written (and read by OCR) "in't Veld" too, the surname with its particles as well
    forms |= {_JOINED_T.sub(r"\1 ", f) for f in forms if _JOINED_T.search(f)}
    particle = _PARTICLE_T.search(name)
    if particle and particle.group(1).lower() in ("in", "op", "van", "uit"):
        p, t, rest = particle.group(1).lower(), particle.group(2), particle.group(3)
        forms |= {f"{p}{t} {rest}", f"{p.title()}{t} {rest}"}
    return forms


_JOINED_T = re.compile(r" (['’]t) ")
_PARTICLE_T = re.compile(r"(\w+) (['’]t) (\w[\w-]*)")


def _title_cased(name: str, lex: Lexicons) -> str:
    """ "VAN DER KAMP, E." -> "van der Kamp, E.", "IN 'T VELD" -> "in 't Veld", "DAM-BRINKMAN" -> "Dam-Brinkman"."""
    tvs = {t for t in lex.tussenvoegsels if " " not in t}

    def word(w: str) -> str:
        if w.lower() in tvs or w.lower() in ("'t", "’t"):
            return w.lower()
        if _INITIAL.match(w) or re.fullmatch(r"(?:[A-Z]\.)+,?", w):
            return w
        parts = w.split("-")
        return "-".join(("IJ" + p[2:].lower()) if p.startswith("IJ") else p[:1] + p[1:].lower() for p in parts)

    return " ".join(word(w) for w in name.split())


def _forms(name: str, lex: Lexicons) -> set[str]:
    """:func:`name_forms` of the name as written."""
    tokens = [t for t in re.split(r"[\s\u00a0]+", natural_order(name).strip()) if t]
    nicks = [t for t in tokens if _ROEPNAAM.fullmatch(t)]
    rest = [t for t in tokens if not _ROEPNAAM.fullmatch(t)]
    if len(nicks) == 1 and len(rest) >= 2 and not _INITIAL.match(rest[0]) and rest[0][:1].isupper():
        # "Jacoba (Co) Nijenhuis", "Pieter 'Piet' Hanekamp": the forms of the name without the name in use,
        # and of the name in use before the surname ("Co Nijenhuis", "Co"), not a surname "Co Nijenhuis"
        return _forms(" ".join(rest), lex) | _forms(" ".join([nicks[0][1:-1], *rest[1:]]), lex)
    # "E.M. (Esther) Zijlstra-Abena": the first name in brackets after the initials is the name in use
    tokens = [t[1:-1] if _ROEPNAAM.fullmatch(t) else t for t in tokens]
    tokens = [t for t in tokens if not _INITIAL.match(t) and not re.fullmatch(r"(?:[A-Z]\.)+", t)]
    tokens = [t for t in tokens if not compiled(rf"^(?:{TITLE})$").match(t) and not t.startswith("(")]
    if not tokens:
        return set()
    forms = {" ".join(tokens)}
    if name.count(",") == 1 and len(name.split()) >= 2:
        forms.add(" ".join(name.split()))  # "Ploeg, Hidde van der" as e-mail headers write it
    tvs = set(lex.tussenvoegsels)
    # Surname: the last token with the tussenvoegsels before it.
    k = len(tokens) - 1
    while k > 0 and " ".join(tokens[k - 1 : k]).lower() in tvs:
        k -= 1
    sur = tokens[k:]
    if len(sur) == 1 and k >= 2 and tokens[k - 1][:1].isupper() and not lex.is_first_name(tokens[k - 1]):
        sur = tokens[k - 1 :]  # a surname of two words: "Samira Aït Haddou", "J.B. Tavares Semedo"
    if len(sur) == 1 and k >= 1 and tokens[k - 1] in _SAXON_HEADS:
        # "H. Oude Elferink", "Oude Elferink": the surname's head is no first name ("Oude" alone is not his)
        k -= 1
        sur = tokens[k:]
    if len(sur) == 2 and sur[0] in _SAXON_HEADS and _own_surname_part(sur[-1], lex):
        forms.add(sur[-1])  # ... and the surname's last word is his alone too ("Elferink", "Schipholt")
    if sur:
        forms.add(" ".join(sur))
        if len(sur) > 1:
            forms.add(" ".join([sur[0][:1].upper() + sur[0][1:]] + sur[1:]))
            forms.add(" ".join([sur[0].lower()] + sur[1:]))
            if sur[-1][-1:] not in ("s", "x", "z") and sur[-1][:1].isupper() and not sur[-1].isupper():
                # "Van der Laans werkgroep": the possessive of a surname with its particles
                forms |= {f + "s" for f in (" ".join([sur[0][:1].upper() + sur[0][1:]] + sur[1:]), " ".join(sur))}
        last = sur[-1]
        if len(sur) == 1 and len(last) >= 4 and last[-1] not in "sxz" and not lex.is_ordinary_word(last):
            forms.add(last + "s")  # "Jansens voorstel", "Öztürks vader": the possessive
        forms |= _other_gender(last, lex)
        if "-" in last:
            if len(sur) > 1 and all(len(p) >= 3 and p[:1].isupper() for p in last.split("-")):
                forms.add(last)  # "Rossum-Tjin" of "van Rossum-Tjin": a double name is no place or word alone
            for i, part in enumerate(last.split("-")):
                # (not "Berg" of "van den Berg-Oudejans": its particles go with it, "Van den Berg" is added below)
                if _own_surname_part(part, lex) and not (i == 0 and len(sur) > 1):
                    forms.add(part)
            head = last.split("-")[0]
            if len(sur) > 1 and len(head) >= 3 and head[:1].isupper() and not lex.is_ordinary_word(head):
                # "van Rossum-Akkerman" is "Van Rossum" too: the particles go with the first part
                own = [*sur[:-1], head]
                forms.add(" ".join(own))
                forms.add(" ".join([own[0][:1].upper() + own[0][1:], *own[1:]]))
        for token in sur[:-1]:
            # "Brinkman" of "Annelies Brinkman-de Lange": the first part of a double name whose second has particles
            part, _, tail = token.partition("-")
            if tail.lower() in tvs and _own_surname_part(part, lex) and part not in lex.places:
                forms.add(part)
    first = tokens[0]
    given = first not in lex.stop_words or first in GIVEN_MONTHS  # "Mei Storm-de Jong" is "Mei" too
    if k > 0 and (first in lex.first_names or _unknown_but_safe(first, lex)) and given:
        forms.add(first)
        # "Ernsts kennis": the first name's possessive (not "Peters", a surname, nor a word)
        possessive = first + "s"
        named = first in lex.first_names and len(first) >= 4 and first[-1] not in "sxz"
        if named and not _word_or_name(possessive, lex):
            forms.add(possessive)
        head = next((t for t in sur if t[:1].isupper()), "")
        if head and lex.is_first_name(first):
            forms.add(f"{first} {head[0]}.")  # "Esther Z.", as a chat or a bookmark shortens her name
    if k > 1 and first in _VIETNAMESE_MIDDLE and (lex.is_first_name(tokens[1]) or _unknown_but_safe(tokens[1], lex)):
        forms.add(tokens[1])  # "Thi Mai Pham" is called "Mai": Thị and Văn mark the middle name, the given one follows
    forms = {f for f in forms if _has_name_part(f, tvs) or _short_name(f, lex)}
    # the same name in capitals, as signatures and header blocks print it ("ROEL VAN 'T HOF")
    return forms | {f.upper() for f in forms if len(f) >= 5 and (" " in f or not lex.is_ordinary_word(f))}


# the heads of a Saxon surname ("Oude Elferink", "Lutke Schipholt": grammar.SAXON_PREFIX)
_SAXON_HEADS = frozenset({"Oude", "Olde", "Klein", "Groot", "Lutke", "Lütke", "Lutje"})
_VIETNAMESE_MIDDLE = frozenset({"Thi", "Thị", "Van", "Văn"})

# Slavic surnames change their ending with the bearer's sex: "Tomasz Wiśniewski" and "Agnieszka Wiśniewska" are
# one family, "Ivanov" / "Ivanova", "Sadykov" / "Sadykova"
_GENDERED_ENDINGS = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ov", "ova"), ("ev", "eva"))


def _other_gender(surname: str, lex: Lexicons) -> set[str]:
    """The surname with the other sex's ending, if it has a Slavic one and is no word or place ("Wiśniewska")."""
    if len(surname) < 6 or not surname[:1].isupper() or lex.is_ordinary_word(surname) or surname in lex.places:
        return set()
    for male, female in _GENDERED_ENDINGS:
        for own, other in ((male, female), (female, male)):
            if surname.endswith(own):
                form = surname[: -len(own)] + other
                return set() if lex.is_ordinary_word(form) or form in lex.places else {form}
    return set()


# first names that are months too (stop words, as a heading's "Mei 2024" is no one): a person's first name
# all the same; their copies are told from the month where they are sought (propagate)
GIVEN_MONTHS = frozenset({"April", "Mei", "Juni", "Juli"})

_ROEPNAAM = re.compile(r"\([\w-]+\)|['‘\"“][\w-]+['’\"”]")  # "(Co)", "'Piet'": the name in use


def _word_or_name(word: str, lex: Lexicons) -> bool:
    """A word of the language, a surname or a place: no possessive of a first name alone."""
    return (
        lex.is_ordinary_word(word)
        or word.lower() in lex.dutch_words
        or word in lex.surnames
        or word in lex.places
        or lex.is_first_name(word)
    )


def _has_name_part(form: str, tvs: set[str]) -> bool:
    """At least one capitalised part that is not a tussenvoegsel, and 3+ letters."""
    words = form.split()
    return len(form) >= 3 and any(w[:1].isupper() and w.lower() not in tvs for w in words)


# weekdays ("Do 3 maart") and words of other languages ("Le Monde", "Go-live") written like a short surname
_SHORT_WORDS = frozenset({"Ma", "Di", "Wo", "Do", "Vr", "Za", "Zo", "Le", "La", "Du", "Go", "No", "So", "To", "Us"})


def _short_name(form: str, lex: Lexicons) -> bool:
    """A listed surname or first name of two letters ("Ng", "Li" of "Roos Ng", "Mo"), written as a name, no word
    or weekday."""
    return (
        len(form) == 2
        and form[0].isupper()
        and form[1].islower()
        and (form in lex.surnames or form in lex.first_names)
        and form not in _SHORT_WORDS
        and form not in lex.stop_words
        and not lex.is_ordinary_word(form)
    )


def _unknown_but_safe(word: str, lex: Lexicons) -> bool:
    """A first word of a found full name that is no word of anything else (Xiaoling, Yohanes)."""
    return (
        len(word) >= 4
        and word[:1].isupper()
        and not lex.is_ordinary_word(word)
        and not lex.is_non_person_word(word)
        and word not in lex.places
        and word.lower() not in lex.organisation_words
        and word not in lex.honorifics
    )


_LOCAL_SUFFIXES = frozenset({"ext", "extern", "external", "inhuur", "adm", "admin", "prive", "privé"})


def local_parts(address: str) -> list[str]:
    """The pieces of an e-mail address's local part between dots, underscores and hyphens ("j.de.vries")."""
    return [p for p in re.split(r"[._-]+", address.split("@", 1)[0]) if p]


def email_forms(address: str, lex: Lexicons) -> set[str]:
    """Name forms found in an e-mail local part: sanne.visser, j.de.vries, svisser."""
    parts = local_parts(address)
    while len(parts) > 2 and (parts[-1].lower() in _LOCAL_SUFFIXES or parts[-1].isdigit()):
        parts.pop()  # "x.huang_ext", "j.devries2"
    forms: set[str] = set()
    if len(parts) < 2:
        return forms
    tvs = {t.lower() for t in lex.tussenvoegsels}
    # a particle written onto the surname: "dag.deboer", "p.vandenberg" (the rest a known surname)
    glued = next((t for t in _GLUED_PARTICLES if parts[-1].lower().startswith(t) and len(parts[-1]) > len(t) + 2), "")
    if glued and parts[-1][len(glued) :].capitalize() in lex.surnames:
        parts = [*parts[:-1], *_GLUED_PARTICLES[glued], parts[-1][len(glued) :]]
    sur_parts = [parts[-1]]
    k = len(parts) - 2
    while k >= 0 and parts[k].lower() in tvs:
        sur_parts.insert(0, parts[k])
        k -= 1
    core = parts[-1].capitalize()
    # an unknown surname counts after an initial or a known first name: "x.huang", "kwame.ofori"
    person_like = k >= 0 and (len(parts[0]) == 1 or lex.is_first_name(parts[0].capitalize()))
    if len(core) >= 3 and (core in lex.surnames or (person_like and _unknown_but_safe(core, lex))):
        tv = " ".join(p.lower() for p in sur_parts[:-1])
        forms.add(f"{tv} {core}".strip())
        if tv:
            forms.add(f"{tv[0].upper()}{tv[1:]} {core}")
    if k >= 0:
        first = parts[0].capitalize()
        if len(first) >= 3 and lex.is_first_name(first) and first not in lex.ambiguous:
            forms.add(first)
        # ("de Boer" and "De Boer": each, so that no set's order decides which is sought)
        surnames = sorted(f for f in forms if f == core or (f.endswith(" " + core) and " " in f))
        if k == 0 and len(first) >= 3 and first.isalpha():
            forms |= {f"{first} {surname}" for surname in surnames}  # "Dag de Boer" beside dag.deboer@
    joined = "".join(parts).lower()
    if person_like and len(joined) >= 7 and joined.isalpha():
        forms.add(joined)  # "Aangemaakt door nvaneerden": the user name an application made of n.vaneerden@
    forms = {f for f in forms if not lex.is_ordinary_word(f)}
    # the surname in capitals, as lists and address blocks print it ("ADJEI, KOFI" beside k.adjei@...)
    capitals = {f.upper() for f in forms if len(f) >= 5 and " " not in f and not lex.is_first_name(f)}
    return forms | {c for c in capitals if c not in lex.acronyms}  # ("MIRT" of mirt@...: an acronym)


# particles written onto a surname in an address's local part, longest first, and the words they stand for
_GLUED_PARTICLES: dict[str, tuple[str, ...]] = {
    "vanden": ("van", "den"),
    "vander": ("van", "der"),
    "vande": ("van", "de"),
    "van": ("van",),
    "ter": ("ter",),
    "ten": ("ten",),
    "de": ("de",),
}


@_remembered
def double_given_initials(name: str, lex: Lexicons) -> set[str]:
    """The initials of a double first name written with a hyphen, which its bearer signs and is called by
    ("Gerrit-Jan Lohuis" -> GJ, G-J; "Pieter-Bas" -> PB, P-B), or none."""
    parts = (natural_order(name).split() or [""])[0].split("-")
    if len(parts) > 1 and all(lex.is_first_name(p) for p in parts):
        return {"".join(p[0] for p in parts), "-".join(p[0] for p in parts)}
    return set()


@_remembered
def paraph_codes(name: str, lex: Lexicons) -> set[str]:
    """The initials a person with this name may sign with.

    Jan van den Berg -> JvdB, JB, JBe, JvdBe; F.E. Bakker -> FEB, FB; Sjoerd Hoekstra -> SH, SjH;
    Robin Sanders -> RS, RSa; Maarten Scholten -> MSch; Sophie Lambrechts -> SL and S.L. Only codes
    with at least two capitals.
    """
    # (a non-breaking or soft hyphen joins a double name as a hyphen does: "Sastrowidjojo\u2011Pattiasina")
    name = name.replace("\u2011", "-").replace("\u2010", "-").replace("\u00ad", "-")
    tokens = [t for t in re.split(r"[\s\u00a0]+", natural_order(name).strip()) if t]
    # "van 's-Gravesande": the particle written onto the name is a particle of its own (JWvsG)
    tokens = [p for t in tokens for p in (re.split(r"(?<=^['’]s)-", t) if re.match(r"['’]s-\w", t) else [t])]
    tvs = {t for t in lex.tussenvoegsels if " " not in t}
    k = len(tokens) - 1
    # "Yıldırım-de Koning": a double name whose second part has particles belongs to the surname too
    while k > 0 and (tokens[k - 1].lower() in tvs or tokens[k - 1].rsplit("-", 1)[-1].lower() in tvs):
        k -= 1
    given, surname_words = tokens[:k], tokens[k:]
    given = [g for g in given if g.lower() not in tvs]
    if not given or not surname_words or not surname_words[-1][:1].isupper():
        return set()
    # "F.E." -> FE, "Evert-Jan" -> EJ, "Sanne" -> S
    initials = "".join(p[:1] for g in given for p in regex.split(r"[.-]", g) if p)
    firsts = {initials[:1], initials}
    if len(given[0]) > 1 and "." not in given[0]:
        firsts.add(given[0][:2])  # "Sj", "Ch", "Ma"
    # per part of a double name: particles small, the name capital ("van den Berg" vdB, "Yıldırım-de Koning" YdK)
    words = [w for part in " ".join(surname_words).split("-") for w in part.split() if w]
    full = "".join(w.lstrip("'’")[:1].lower() if w.lower() in tvs else w[:1].upper() for w in words)
    bare = "".join(w[:1].upper() for w in words if w.lower() not in tvs)
    second, third = words[-1][1:2].lower(), words[-1][1:3].lower()  # "RSa", "MSch"
    # (a particle written with a capital, in capitals in the code too: "Willemijn Ter Horst-Bakker" signs WTHB)
    caps = "".join(w.lstrip("'’")[:1].upper() for w in words)
    surs = {full, bare, caps, full + second, bare + second, full + third, bare + third}
    parts = " ".join(surname_words).split("-")
    if len(parts) > 1 and parts[0].strip():
        # a married name's own part alone: "Rosalie Abbenbroek-Tabak" signs RA as she did before
        surs.add("".join(w.lstrip("'’")[:1].lower() if w.lower() in tvs else w[:1].upper() for w in parts[0].split()))
    codes = {f + s for f in firsts for s in surs}
    # every word's first letter as written: "Yannick Dos Santos Pereira" signs YDSP (whatever part is a given name)
    every = "".join(t.lstrip("'’")[:1] for t in tokens if t.lstrip("'’")[:1].isalpha())
    if len(every) >= 3:
        codes.add(every)
    codes |= {".".join(c) + "." for c in codes if c.isupper() and len(c) <= 3}  # "S.L." as a paraph
    # ... and with its particles: "R.v.t.H." of Ruben van 't Hof in a list of attendees' initials
    codes |= {".".join(f + full) + "." for f in firsts if full != full.upper() and len(f + full) <= 6 and f.isupper()}
    # three initials or more alone, written together: "J.P.M. Leiden" signs JPM (not "J.P.M.", the name's own start)
    if len(initials) >= 3 and "." in given[0]:
        codes.add(initials)
    # typed without the accents: "M. Lindeboom-Çelik" signs MLC too
    codes |= {unaccented(c) for c in codes if not c.isascii()}
    return {c for c in codes if len(c) >= 2 and sum(ch.isupper() for ch in c) >= 2}


def _own_surname_part(part: str, lex: Lexicons) -> bool:
    """A part of a double surname that is sought alone: a listed surname, or a part no list knows, if no word, place
    or first name ("Vanderschuyt" of "Vanderschuyt-Pieters")."""
    unknown = len(part) >= 5 and not lex.is_ordinary_word(part) and part not in lex.places
    unknown = unknown and not lex.is_first_name(part) and part not in lex.stop_words
    return len(part) >= 4 and (part in lex.surnames or unknown)
