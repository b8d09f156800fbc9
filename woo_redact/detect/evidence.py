"""Keep or redact a name-like span: person evidence weighed against public evidence.

Every PERSON span carries *person evidence* (the detectors that found it) and
may carry *public evidence* (a public title before it, a listed office
holder, an organisation or place it belongs to). A span is kept only when a
rule below finds public evidence that is stronger than its person evidence;
otherwise it is redacted. The rules, strongest public evidence first:

====================================  ====================================  ==========================
rule                                  public evidence                       keeps against person
                                                                            evidence up to
====================================  ====================================  ==========================
``listed_official``                   an official of the batch's list       structural (header field,
                                      whose first name or initials agree    e-mail header, signature)
``registered_office_holder``          an office holder of the built-in      honorific, initials
                                      register: first name or all initials
``public_title``                      a public title directly before the    honorific, initials
                                      name, same line and sentence
``office_holder_named_here``          a name that agrees with a register    structural
                                      entry (a wethouder, a common
                                      surname) whom this document names
                                      with a title; no other person of
                                      that surname here
``titled_in_full``                    first name and surname that this      structural (first
                                      document gives a public title         initial and surname:
                                      elsewhere ("wethouder Marco Swart");  honorific, initials)
                                      no other bearer of the surname here
``office_holder_surname``             a registered office holder's rare     first name + surname,
                                      surname; or one this document names   lexicon, model; when the
                                      with a title or in full (kept, and    document names the holder:
                                      no other person of that surname       honorific too ("mevrouw
                                      here). Kept, flagged for review.      Zwart" after "het lid Zwart")
``cited_author``                      an author cited with the year of      honorific, initials; never
                                      the publication ("(Fuller, 1969)")    a copy of a name found in a
                                      or in a reference list's entry        structure (see citations.py)
``organisation_context``              inside an organisation, company,      first name + surname,
                                      product or building name              lexicon, model
``word_or_place``                     a place, street, compound or          lexicon, model (one
                                      ordinary word                         weak detector)
====================================  ====================================  ==========================

Person evidence, from weakest to strongest: ``weak`` (the model alone, a lone
known first name, a surname after a tussenvoegsel, a copy of a weakly found
name), ``medium`` (first name and surname, a name in capitals, a copy of a
strongly found name, a name redacted elsewhere in the batch), ``strong``
(honorific or academic title, initials), ``structural`` (a header field such
as Van/Aan/Contactpersoon, an e-mail header, salutation, signature block,
paraph table, chat speaker).

The rule table and the strengths of person evidence are in :mod:`.evidence_rules`, the words around a name that
the rules read (life dates, a married name, a one-man firm, a practice) in :mod:`.evidence_text`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .citations import cited_author
from .context import desk_of_place, not_a_person
from .context_firms import followed_by_trade, owners_trade_after
from .context_labels import _PARTNERSHIP
from .dates import latest_year
from .evidence_rules import (
    DETECTOR_STRENGTH,
    NAMING_RULES,
    REVIEW_RULES,
    RULE_BY_NAME,
    RULES,
    STRUCTURAL_DETECTORS,
    Strength,
    Verdict,
    _redacted_elsewhere,
    _salutes_titled,
    _speaker_only,
    _structural_copy,
    _sure_copy,
    own_firm_elsewhere,
    person_strength,
)
from .evidence_text import (
    _ENTITY_BEFORE,
    _FAMILY_FARM,
    _FIELD_THEN_TITLE,
    _MARRIED,
    _ONE_MAN_FIRM,
    _OWNER_INITIALS,
    _PATRONYMIC,
    BORN_LATE_AFTER,
    PATRONYMIC_CUES,
    _full_given,
    _own_practice,
    _standing,
    deceased_forms,
    long_dead,
    told_of_past,
)
from .grammar import DEGREES, PARTICLES, compiled
from .lexicons import load_lexicons, unshouted
from .merge import Merged
from .occurrence_context import place_context
from .public import PublicNames, holder_of, private_role
from .register import (
    candidate_first_name,
    candidate_given,
    common_surnames,
    initial_letters,
    listed_candidate,
    name_before_bracket,
    name_key,
)
from .vessels import vessel_in

__all__ = ["DETECTOR_STRENGTH", "RULES", "REVIEW_RULES", "Judge", "Strength", "Verdict", "person_strength"]


# the kinds of a proper name of a body or a building ("Stichting W.H. Vliegenbos", "woonzorgcentrum Johanna Westerdijk")
_BODIES = ("organisation", "building")
# the rule that keeps a span of each kind :func:`~.context.not_a_person` gives (any other kind: "word_or_place")
_RULE_OF_KIND = {
    "organisation": "organisation_context",
    "building": "named_building",
    "company": "company_context",
    "place": "organisation_context",
    "street": "street_name",
    "institution": "institution_name",
    "vessel": "vessel_name",
    "historic": "historic_person",
    "quarter": "place_quarter",
}


class Judge:
    """Judges the PERSON spans of one document; knows the document's other names."""

    def __init__(
        self,
        text: str,
        spans: Sequence[Merged],
        orgs: Sequence[tuple[int, int]],
        public: PublicNames,
        batch_titled: Sequence[str] = (),
        batch_vessels: frozenset[str] = frozenset(),
        batch_deceased: frozenset[str] = frozenset(),
        batch_buildings: frozenset[str] = frozenset(),
        batch_companies: frozenset[str] = frozenset(),
        company_shorts: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        self.text = text
        self.orgs = orgs
        self.public = public
        self.batch_vessels = batch_vessels  # vessels' names other documents of the batch keep
        self.batch_buildings = batch_buildings  # buildings' names (after someone) other documents keep
        self.batch_companies = batch_companies  # companies' names other documents write with their legal form
        self.company_shorts = dict(company_shorts)  # their short names ("KeurPlay"), each to its company
        self.named_here: set[str] = set()  # surnames of office holders this document names, kept
        self.others: set[str] = set()  # surnames of full names this document redacts
        self.given_here: set[str] = set()  # their first names ("Hoop" of Hoop Sanichar: no Kamerlid Hoop)
        self.strangers: set[str] = set()  # surnames of full names that agree with no office holder
        titled: set[str] = set()  # surnames after an honorific that no rule keeps
        # full names ("Marco Swart") this document gives a public title ("wethouder Marco Swart"), and those
        # it redacts: the titled bearer's name stays wherever it stands, unless another bearer is named here
        self.titled_full: set[tuple[str, str]] = set()
        self.own_full: set[tuple[str, str]] = set()  # ... of them, those this document titles itself
        redacted_full: set[tuple[str, str]] = set()
        # names this document gives in a header's person field (Contactpersoon, Van, Aan): whoever of that
        # name the register holds, this document's bearer is the civil servant ("Onze ambtenaren Ferdinand
        # Hoogendijk" after "Contactpersoon: Ferdinand Hoogendijk", not the Kamerlid of 2002)
        self.fielded: set[tuple[str, str]] = set()
        for m in spans:
            if m.entity == "PERSON" and any(e.detector == "header_field" for e in m.explanations):
                key = name_key(text[m.start : m.end])
                if key[0] and self._verdict(m, surname_rule=False) is None:
                    self.fielded.add(key)
        judged = [(m, self._verdict(m, surname_rule=False)) for m in spans if m.entity == "PERSON"]
        # the names as this document titles them: the same name elsewhere, in a structure that no rule keeps
        # ("gedeputeerde P. van 't Hoog" in the header, "P. van 't Hoog" / "gedeputeerde" in the paraph table),
        # is the office holder again, no other bearer of the surname
        titled_as = {
            (g.lower(), s)
            for g, s in (
                name_key(text[m.start : m.end]) for m, v in judged if v is not None and v.rule == "public_title"
            )
        }
        # ... and as other documents of the batch title them ("gedeputeerde Van 't Hoog" in the decision, "overleg
        # met Van 't Hoog" in a chat of the same dossier)
        in_batch = [k for k in (name_key(n) for n in batch_titled) if k[1]]
        titled_as |= {(g.lower(), s) for g, s in in_batch}
        self.batch_titled = {s for _, s in in_batch}
        self.batch_full = {(g.lower(), s) for g, s in in_batch if _full_given(g)}
        self.titled_full |= self.batch_full
        for m, verdict in judged:
            given, surname = name_key(text[m.start : m.end])
            if verdict is not None and verdict.rule in NAMING_RULES:
                self.named_here.add(surname)
                if verdict.rule == "public_title" and _full_given(given):
                    self.titled_full.add((given.lower(), surname))
                    self.own_full.add((given.lower(), surname))
            elif verdict is None and given and surname and (given.lower(), surname) in titled_as:
                continue
            elif verdict is None and given and surname:
                self.others |= {surname, *surname.split("-")}  # "van Rossum-Akkerman" is a Van Rossum too
                # ("Mateo Ruiz Fernández" is a Ruiz too: a word between his given name and surname no list gives)
                # ("Annelies Brinkman-de Lange" is a Brinkman too: the double name's first part, read as a given name)
                self.others |= {
                    part
                    for g in given.split()[1:]
                    if not load_lexicons().is_first_name(g)
                    for part in {g.lower(), g.lower().partition("-")[0]}
                }
                self.given_here.add(given.split()[0])
                redacted_full.add((given.lower(), surname))
                ev = public.evidence(text, m.start, m.end)
                if ev is None or ev.kind not in ("agrees", "registered", "listed"):
                    self.strangers.add(surname)
            elif verdict is None and surname and person_strength(text, m) >= Strength.STRONG:
                titled.add(surname)
        # "Aletta Jacobs (1854-1929)": whoever the text gives life dates has died; the name stays where it stands
        persons = [m for m in spans if m.entity == "PERSON"]
        # ... and whoever a patronymic names ("Jacob Pietersz. Swaenenburgh"), the spans its names make
        # (the year life dates are measured against: the latest full date's, not the first's, as in a register's
        # extract; life dates stand in brackets, so a text without one needs none)
        year = public.year()
        self.death_year = latest_year(text, year) if year is not None and "(" in text else year
        cued = any(c in text for c in PATRONYMIC_CUES)
        lex = load_lexicons()
        self.historical = [
            (h.start(), h.end())
            for h in (_PATRONYMIC.finditer(text) if cued else ())
            if not any(w.lower() in lex.stop_words or lex.is_ordinary_word(w) for w in (h.group("last"), h.group(1)))
            and not h.group("last").isupper()
        ]  # (not "Desmond Pietersz. Hij belde": the next sentence's first word; not "Dank Bartosz. CERT-RUIJ ...")
        dated = [
            name_key(form)
            for m in persons
            if long_dead(text, m.end, self.death_year) or self._historical(m)
            for form in deceased_forms(text[m.start : m.end])  # ("Riek Stuivenberg" of "Hendrika (Riek) Stuivenberg")
        ]
        self.deceased = {(g.lower(), s) for g, s in dated if g and s}
        self.deceased_surnames = {s for _, s in self.deceased}
        self.deceased_kin = self.deceased_surnames | {p for s in self.deceased_surnames for p in s.split("-") if p}
        # ... and whom another document of the batch names with life dates, by the full name only (a living relative
        # of the surname is no one's "Nijsingh" here)
        self.deceased |= {(g.lower(), s) for g, s in map(name_key, batch_deceased) if g and s}
        # another first name with a titled surname ("Chris Jansen" beside "wethouder Pieter Jansen"): two bearers
        # "J.W.R. Berends" beside "John Berends (Commissaris van de Koning)": two initials or more, the first the
        # titled first name's, are the same office holder's (one initial alone may be another bearer's)
        agreeing = {
            (g, sur)
            for g, sur in redacted_full
            if len(initial_letters(g)) >= 2 and any(sur == s and g[:1] == t[:1] for t, s in self.titled_full)
        }
        namesakes = {sur for g, sur in redacted_full if (g, sur) not in self.titled_full and (g, sur) not in agreeing}
        self.titled_full = {(g, sur) for g, sur in self.titled_full if sur not in namesakes}
        self.titled_initials = {(g, sur) for g, sur in agreeing if sur not in namesakes}
        self.others -= {sur for _, sur in self.titled_initials}
        # "medewerker mevrouw Rood": a person of that surname, redacted, unless an office holder is named so
        self.titled = titled - self.named_here
        self.titled_bare = self._titled_elsewhere(spans) - titled

    def _titled_elsewhere(self, spans: Sequence[Merged]) -> set[str]:
        """Surnames of bare-surname spans that this document gives a public title elsewhere, where no
        detector saw a name ("de gedeputeerden Van der Maas, Koevoets en Daane", then "Koevoets" alone in
        the table): the office holder named here, unless a person of that surname is redacted here."""
        out: set[str] = set()
        asked: set[str] = set()
        for m in spans:
            word = " ".join(self.text[m.start : m.end].split())
            if m.entity != "PERSON" or word in asked or " " in word or not word[:1].isupper():
                continue
            asked.add(word)
            given, surname = name_key(word)
            if given or not surname or surname in self.named_here or surname in self.others:
                continue
            if load_lexicons().is_first_name(word):
                continue  # "Harm": a first name, whatever title stands before a "Harm Wolters" elsewhere
            for k, (start, end) in enumerate(_standing(self.text, word)):
                if k >= 20:
                    break
                ev = self.public.evidence(self.text, start, end)
                if ev is not None and ev.title:
                    out.add(surname)
                    break
        return out

    def _historical(self, m: Merged) -> str | None:
        """The patronymic name the span is part of ("Jacob Pietersz. Swaenenburgh"), or None."""
        for start, end in self.historical:
            if start <= m.start < end:
                return " ".join(self.text[start:end].split())
        return None

    def verdict(self, m: Merged) -> Verdict | None:
        """Why the span must stay readable, or None: redact it."""
        return self._verdict(m, surname_rule=True)

    def _company_short(self, m: Merged) -> str | None:
        """Why a bare name (no given name, no initials) is a company's short name ("KeurPlay levert extra capaciteit"
        where the batch writes "KeurPlay Inspecties B.V."), or None: not where this document redacts a person of that
        name in full, not a surname the lists hold, not a name a structure or a title gives."""
        if not self.company_shorts:
            return None
        name = " ".join(self.text[m.start : m.end].split())
        company = self.company_shorts.get(name)
        if company is None:
            return None
        given, surname = name_key(name)
        if given or surname in self.others or set(company.lower().split()) & self.others:
            return None
        # (not a surname the lists hold, "Wennekes" of "Installatietechniek Wennekes B.V.": anyone of the name; nor
        # a name a structure gives, a chat's speaker or a header's value)
        if load_lexicons().is_surname(name.split()[-1]) or any(e.detector in _NAMED_BY for e in m.explanations):
            return None
        return _company_short_reason(name, company)

    def _reads_as_place(self, m: Merged) -> bool:
        """The span is a place the lists know and reads as that place here ("op Bonaire, Sint Eustatius en Saba")."""
        return self.text[m.start : m.end] in load_lexicons().places and place_context(self.text, m.start, m.end)

    def _verdict(self, m: Merged, surname_rule: bool) -> Verdict | None:
        if m.entity != "PERSON":
            return None
        cell = m.cell
        if cell is not None:
            # a piece of a name wrapped in a table cell is judged by the whole name ("Sophie" / "Lambrechts")
            holder = holder_of(self.public, " ".join(cell.split()))
            if holder is None:
                return None
            why = f"the cell's name '{cell}' is an office holder's"
            return Verdict("registered_office_holder", "public_office", why)
        broken = m.broken
        if broken is not None:
            # a piece of a name broken over a line end is judged by the whole name, as its top line reads
            name, line = broken
            ev = self.public.evidence(line, len(line) - len(name), len(line))
            if ev is not None and (ev.title or ev.kind in ("listed", "registered")):
                return Verdict("public_title", "public_office", ev.title or ev.reason)
            return None
        named = name_before_bracket(self.text, m.start)
        if listed_candidate(self.text, m.start, m.end) or candidate_first_name(self.text, m.start, m.end):
            why = "a candidate on the candidate list this document is or holds (published by law, Kieswet)"
            return Verdict("listed_candidate", "public_office", why)
        if named is not None:
            # "Wilders, G. (Geert)": the first name a candidate list adds is judged with the name before it
            ev = self.public.evidence(self.text, *named)
            if ev is not None and ev.kind in ("registered", "listed"):
                return Verdict("registered_office_holder", "public_office", f"{ev.reason}, the first name in brackets")
        strength = person_strength(self.text, m)
        ev = self.public.evidence(self.text, m.start, m.end)
        if ev is not None:
            if ev.kind == "listed" and strength <= RULE_BY_NAME["listed_official"].keeps_up_to:
                return Verdict("listed_official", "public_office", ev.reason)
            given = name_key(self.text[m.start : m.end])[0]
            fielded = (given, ev.surname) in self.fielded
            given = candidate_given(self.text, m.end, given)[0]  # "Wilders, G. (Geert)": no lone initial
            # one initial ("H. Wiersma") is too little where this document redacts another of that surname
            # ("De directeur, Harm Wiersma,"): the same person, most likely, not the Kamerlid H. Wiersma
            lone_initial = surname_rule and len(given.replace(".", "").strip()) == 1 and ev.surname in self.others
            registered = ev.kind == "registered" and not fielded and not lone_initial
            if registered and strength <= RULE_BY_NAME["registered_office_holder"].keeps_up_to:
                return Verdict("registered_office_holder", "public_office", ev.reason)
            if (
                registered
                and _full_given(given)
                and _speaker_only(m)
                and strength <= RULE_BY_NAME["registered_in_full"].keeps_up_to
            ):
                return Verdict("registered_in_full", "public_office", ev.reason)
            # "het lid De Louw" where this document redacts "W. de Louw lid" of a committee, who agrees with no
            # office holder: that member, not a Kamerlid of the surname
            member = ev.title.endswith("'het lid'") and not given and ev.surname in self.strangers
            if ev.title and not member:  # a title before a registered name counts even in a header field
                # ... and so does one before a name this document names with a title elsewhere too
                twice = surname_rule and ev.surname in self.named_here and ev.surname not in self.strangers
                # "Commissioner Valdis Dombrovskis" as a programme's speaker: the title is part of the name shown
                shown = ev.title.startswith("begins with") and _speaker_only(m)
                # "Aan: wethouder Esther Kamphuis": the title inside the field's value, on the name's line
                shown = shown or bool(
                    _FIELD_THEN_TITLE.match(self.text, self.text.rfind("\n", 0, m.start) + 1, m.start)
                )
                limit = (
                    Strength.STRUCTURAL if ev.registered or twice or shown else RULE_BY_NAME["public_title"].keeps_up_to
                )
                if strength <= limit:
                    return Verdict("public_title", "public_office", ev.title)
            if (
                surname_rule
                and ev.kind == "agrees"
                and ev.surname in self.named_here
                # a full first name that agrees tells the office holder from a civil servant of that surname
                # ("Hugo de Jonge" beside "Marieke de Jonge"); initials do not
                and (ev.surname not in self.strangers or ("." not in given and len(given) > 2))
                and strength <= RULE_BY_NAME["office_holder_named_here"].keeps_up_to
            ):
                return Verdict("office_holder_named_here", "public_office", ev.reason)
            if surname_rule and ev.kind == "surname" and strength <= Strength.STRONG:
                word = self.text[m.start : m.end].strip()
                if ev.surname in self.others or ev.surname in self.titled or word in self.given_here:
                    pass  # another person of this surname, or of this first name, is named here: ambiguous
                elif any(e.detector == "alias_of_person" for e in m.explanations):
                    pass  # "Haha ok Es :)" to Esther van Wijngaarden: her first name's short form, no surname
                elif _redacted_elsewhere(m) and ev.surname not in self.named_here | self.batch_titled:
                    pass  # "LNO-gem Van der Sluis" where the batch redacts "Hanneke van der Sluis": that person
                elif ev.surname in self.named_here:
                    why = f"{ev.reason}; this document names the office holder with a title or in full"
                    return Verdict("office_holder_surname", "public_office", why)
                elif (
                    strength <= RULE_BY_NAME["office_holder_surname"].keeps_up_to
                    and not ev.common
                    and (word not in load_lexicons().first_names)
                ):
                    return Verdict("office_holder_surname", "public_office", ev.reason)
        if surname_rule and strength <= RULE_BY_NAME["titled_in_full"].keeps_up_to:
            given, surname = name_key(self.text[m.start : m.end])
            key = (given.lower(), surname)
            # (another document's title alone is no office for a header field's or a signature's person here: "heemraad
            # Ozkan" / "Kees Mulder" of a scanned attendance list read a row a line is not "Van: Mulder, Kees")
            elsewhere_only = key in self.batch_full and key not in self.own_full
            # (... unless this document's own line under it holds the office: "Femke Oudshoorn" / "wethouder Afval";
            # looked for only where it decides)
            structural = (
                key in self.titled_full
                and elsewhere_only
                and strength >= Strength.STRUCTURAL
                and not self.public._title_below(self.text, m.start, m.end)
            )
            if key in self.titled_full and not structural:
                # "wethouder Marco Swart" in the letter, "Marco Swart" in its inventory: the same office holder
                where = "another document of the batch" if elsewhere_only else "this document"
                why = f"{where} names the office holder with this full name with a public title"
                return Verdict("titled_in_full", "public_office", why)
            if (given.lower(), surname) in self.titled_initials and strength <= Strength.STRONG:
                why = "this document names the office holder of this surname and first initial with a public title"
                return Verdict("titled_in_full", "public_office", why)
        if surname_rule and (ev is None or ev.kind == "agrees") and strength <= Strength.STRONG:
            given, surname = name_key(self.text[m.start : m.end])
            batch = _redacted_elsewhere(m)
            # ... and one the document titles where no detector saw a name, for a bare copy without an honorific
            bare = surname in self.titled_bare and strength < Strength.STRONG
            citizen = private_role(self.text, m.start, m.end)  # "een huurder, dhr. De Jonge uit Almere"
            here = surname in self.named_here or bare
            # (another document's title stands for a bare surname here, not for "mevrouw Tuinstra", "familie Tuinstra")
            elsewhere = surname in self.batch_titled and strength < Strength.STRONG
            if not given and (here or elsewhere) and surname not in self.others and not (batch or citizen):
                # "De heer Kamphuis vraagt" after "raadsleden Kamphuis (CDA), ...": the same office holder
                where = "this document" if here else "another document of the batch"
                why = f"{where} names the office holder of this surname with a title"
                return Verdict("office_holder_surname", "public_office", why)
        if surname_rule and _salutes_titled(self.text, m, self.named_here, self.others):
            # "Aan de staatssecretaris van JenV, mevrouw S.J. Brouwer-Lindhout" ... "Geachte mevrouw Brouwer-Lindhout,"
            why = "the letter's salutation of the office holder this document addresses with a public title"
            return Verdict("office_holder_surname", "public_office", why)
        if surname_rule and strength <= RULE_BY_NAME["deceased_person"].keeps_up_to:
            given, surname = name_key(self.text[m.start : m.end])
            dates = long_dead(self.text, m.end, self.death_year)
            patronymic = self._historical(m)
            # ("Haar nicht Riek Stuivenberg (geboren 1940)": a living namesake of the dead one)
            living = BORN_LATE_AFTER.match(self.text, m.end) is not None
            if not living and (
                dates
                or patronymic
                or (given.lower(), surname) in self.deceased
                or (not given and surname in self.deceased_surnames and surname not in self.others)
                # "Sara Kan trouwde in 1927 met Levie Mozes" under "Sara Mozes-Kan (1903-1943)": of the dead one's
                # family, in a sentence of the past
                or (given and surname in self.deceased_kin and told_of_past(self.text, m.start, m.end))
            ):
                why = (
                    "life dates after the name: a person who died"
                    if dates
                    else f"a patronymic as written before 1811 ('{patronymic}'): a historical person"
                    if patronymic
                    else "named with life dates or a patronymic here"
                )
                return Verdict("deceased_person", "deceased_person", why)
        cited = cited_author(self.text, m.start, m.end)
        if cited and strength <= RULE_BY_NAME["cited_author"].keeps_up_to and not _structural_copy(m):
            return Verdict("cited_author", "public_author", cited)
        # a place of the same name does not count after a title, nor for a copy of a surely found name: the copy
        # was made only where the text does not read as the place ("Volgens Ter Haar is ...", not "in Ter Haar")
        # (... unless it reads as the place here all the same: "op Bonaire, Sint Eustatius en Saba", whoever Saba is
        # in another document of the batch)
        titled = strength >= Strength.STRONG or (_sure_copy(m) and not self._reads_as_place(m))
        other = not_a_person(self.text, m.start, m.end, self.orgs, titled)
        vessel = vessel_in(self.text, m.start, m.end, self.batch_vessels) if other is None else None
        if vessel is not None:
            other = (
                "vessel",
                f"the vessel or animal '{vessel}' (another document of this batch writes it after its kind, or a "
                "table's Schip column here lists it)",
            )
        building = vessel_in(self.text, m.start, m.end, self.batch_buildings) if other is None else None
        # ("Gesprek met Anna Hulskamp ... Hulskamp gaf aan": her surname here, whatever body of one word bears it)
        if building is not None and (" " in building or name_key(building)[1] not in self.others):
            other = (
                "building",
                f"the building or institution '{building}' (another document of this batch writes it with its kind)",
            )
        company = vessel_in(self.text, m.start, m.end, self.batch_companies) if other is None else None
        # ("Leidingtechniek Haverkamp" beside "Gerrit Haverkamp": a firm named after someone this document redacts)
        if (
            company is not None
            and not (set(company.lower().split()) | {name_key(self.text[m.start : m.end])[1]}) & self.others
        ):
            other = (
                "organisation",
                f"the company '{company}' (another document of this batch writes it with its legal form)",
            )
        short = self._company_short(m) if other is None else None
        if short is not None:
            other = ("organisation", short)
        if other and other[0] == "company" and surname_rule:
            given, surname = name_key(self.text[m.start : m.end])
            # "Rietdekkersbedrijf Jan Hendriks", "Stukadoorsbedrijf Kocak" of Emre Kocak: an eenmanszaak (or of a
            # person of that name another document of the batch redacts: "Koolhoven Installatietechniek")
            # (a greeting's abbreviation may lead the span: "Gr. Ruud Koolhoven")
            # ("KLUSSENBEDRIJF JEROEN HAMSTRA": a first name in capitals too)
            if any(load_lexicons().is_first_name(unshouted(g)) for g in given.split()):
                return None
            if surname in self.others or own_firm_elsewhere(m, self.text, surname):
                return None  # ("Taxibedrijf Koçak" of Mehmet Koçak, whom another document of the batch redacts)
            if _OWNER_INITIALS.search(self.text, m.start, m.end):
                return None  # "Taxatiebureau K. Wessels": the owner's initials and name, a natural person's
            words = self.text[m.start : m.end].split()
            # (a surname's particle capitalised, "Van Lith"; not "van Drenthe" of "Gedeputeerde Staten van Drenthe")
            particle = words[0].lower() in PARTICLES and words[0][:1].isupper()
            partners = _PARTNERSHIP.match(self.text, m.end) is not None  # "Kamphuis VOF": natural persons' firm
            if _redacted_elsewhere(m) and (followed_by_trade(self.text, m.end) or particle or partners):
                # ("Vervoersadvies Van Lith" of W. van Lith, whom the batch's invoice names: his one-man firm)
                return None
            if _MARRIED.fullmatch(self.text[m.start : m.end].strip()):
                return None  # "Melkveebedrijf Hofstede-Kloosterman": a married name or a couple's, natural persons
            if _ONE_MAN_FIRM.search(self.text, max(0, m.start - 40), m.start):
                return None  # "(eenmanszaak Melkveebedrijf Hoekstra)": the owner's name, said so
            if _FAMILY_FARM.search(self.text, max(0, m.start - 30), m.start):
                return None  # "Melkveebedrijf Van Zwolle": a family farm, the family's name
        if other and other[0] == "organisation" and surname_rule and owners_trade_after(self.text, m.end):
            given, surname = name_key(self.text[m.start : m.end])
            rare = surname not in common_surnames()  # ("Visser Bouw" beside "Bart Visser": perhaps anyone's)
            owner_below = _owner_below(self.text, m.end, surname)  # ("Mulder Medisch Advies" / "R.A. Mulder, arts")
            if not given and (
                (rare and surname in self.others) or own_firm_elsewhere(m, self.text, surname) or owner_below
            ):
                # "Ruiz Digital Advies - Mateo Ruiz Fernández": the one-man business of a person named here (or in
                # another document of the batch), a surname too rare to be someone else's
                return None
        if (
            other is not None
            and other[0] in _BODIES
            and strength == Strength.STRONG
            and _ENTITY_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        ):
            # "Stichting W.H. Vliegenbos": the initials are the foundation's name, as written in its statutes
            return Verdict("organisation_context", "not_a_person", other[1])
        # ("Boukhari" of "(Boukhari Advocatuur, 030-...)" beside "mr. L. Boukhari": the practice's word after it; not
        # a double surname's part, "Lindeboom Advocatuur" of "mr. E.A. Lindeboom-Cheung": her firm's name, not hers)
        practice = self.text[m.start : m.end]
        # ("Koçak Advocatuur" / "mr. B. Koçak": the span is the practice's name already)
        # ("Oude Nijhuis Advocatuur" / "mr. P.J. Oude Nijhuis": a Saxon surname of two words)
        if self.text[m.start : m.end] + "-" not in self.text and len(practice.split()) <= 2:
            practice += " " + " ".join(self.text[m.end : m.end + 24].split()[:1])
        if other and other[0] in _BODIES and _own_practice(practice.strip(" ,.;:()"), self.others):
            return None  # "Jozef Abena" / "Abena Advocatuur": a lawyer's own practice, named after him
        # "Van: Griffie Dalmerveen <griffie@dalmerveen.nl>": a desk and its place; the model's guess does not count
        desk = desk_of_place(self.text[m.start : m.end], self.text) and all(
            e.detector in STRUCTURAL_DETECTORS or e.detector in ("propagation", "ner") for e in m.explanations
        )
        if other and (
            desk
            or (
                other[0] in _BODIES
                and all(e.detector in STRUCTURAL_DETECTORS or e.detector == "propagation" for e in m.explanations)
            )
        ):
            # "Aan: Holland Festival, afdeling productie": a header field's value that is an organisation's name,
            # and nothing but the field says it is a person
            return Verdict("organisation_context", "not_a_person", other[1])
        if other:
            rule = _RULE_OF_KIND.get(other[0], "word_or_place")
            if strength <= RULE_BY_NAME[rule].keeps_up_to:
                return Verdict(rule, "not_a_person", other[1], place=other[0] in ("place", "place_word"))
        return None


_NAMED_BY = STRUCTURAL_DETECTORS | {"titled_name"}  # (a structure's or a title's name: a person's)


def _company_short_reason(short: str, company: str) -> str:
    return f"'{short}', the short name of the company '{company}' that this batch writes with its legal form"


def _owner_below(text: str, end: int, surname: str) -> bool:
    """The line right under a trade's name (the span ends at ``end``) begins with the initials or the first name of
    someone with the span's surname: a letterhead's owner under the business named after him ("Mulder Medisch
    Advies" / "R.A. Mulder, arts M&G")."""
    nl = text.find("\n", end)
    if nl < 0 or not surname:
        return False
    pattern = compiled(
        r"[ \t]*" + DEGREES + rf"(?P<given>(?:\p{{Lu}}\.)+|\p{{Lu}}\p{{Ll}}+)[ \t]+"
        rf"(?:(?:van|de|der|den|ter|ten|te|'t)[ \t]+)*(?i:{regex.escape(surname)})(?![\p{{L}}-])"
    )
    m = pattern.match(text, nl + 1)
    # (the given name one the lists hold: not "Door Visser Bouw is ...", "Omdat ...")
    return m is not None and (m.group("given").endswith(".") or load_lexicons().is_first_name(m.group("given")))
