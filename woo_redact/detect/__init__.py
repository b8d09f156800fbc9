"""Detect stage: Document -> findings of personal data, each with its explanation.

Order: every configured detector (``registry.py``) proposes candidates (a
statistical model's only when they pass a plausibility check), plus the names
other documents of the batch redacted; overlapping ones merge (a weaker type
that runs into a stronger one is cut where that one starts); a name is
completed with an unknown first name before it, or cut where it runs into an
organisation's name, or at a line break where one line is a public name; each
PERSON span is then judged by the rules of ``evidence.py`` (person evidence
against public evidence: kept ones carry the rule and reason); every other
occurrence of a redacted name is added by propagation, twice; the paraphs of
the people named, and every other place a found paraph stands, are added; a
finding nested in a longer redacted one is dropped; each span is placed on the
page as one box per line fragment. Last, images and ink that are signatures or
paraphs become area findings (``signatures.py``), judged by the names found.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from ..config import Config
from ..model import Document, Explanation, Finding, Ground
from .account_owners import names_before_handles, owners_of_accounts, trade_mailboxes
from .accounts import handles_after_persons, user_ids_of_persons
from .addresses_of_devices import ip_addresses_of_persons
from .batch_homes import (
    batch_buildings,
    batch_codes,
    batch_companies,
    batch_deceased,
    batch_home_candidates,
    batch_literal_candidates,
    batch_vessels,
    company_shorts,
    is_marked_name,
    monument_keep,
    monument_spans,
    public_homes,
)
from .caps_surnames import caps_surnames_after, caps_surnames_before
from .context import STRUCTURAL
from .context_firms import ends_with_legal_form
from .dates import document_year
from .engine import Engine
from .enumerations import bulleted_names, enumerated_names
from .evidence import Judge, Verdict
from .grammar import PARTICLES, compiled
from .homes_of_persons import addresses_after_persons
from .identifier_names import directory_names, surnames_in_identifiers
from .letterheads import sole_trader_letterheads
from .lexicons import load_lexicons, place_not_surname
from .lines import Layout, beside_on_row, cell_gaps, detached_lines, word_below
from .merge import Merged, boxes_for_span, drop_nested, finding_id, merge
from .model_names import plausible_model_name
from .near_person import (
    aliases_of_persons,
    birth_dates_after_persons,
    codes_beside_persons,
    given_names_after_persons,
    given_names_below_persons,
    numbers_after_persons,
    surnames_before_given_names,
)
from .ocr_names import misread_surnames
from .organisation_cut import cut_before_organisation
from .organisation_names import organisation_spans
from .paraphs import acronyms_after_names, batch_paraph_codes, defined_acronyms, paraph_candidates
from .parties import parties_in_brackets, party_at
from .propagate import batch_candidates, propagate
from .public import PublicNames
from .register import load_register
from .row_codes import codes_in_person_rows
from .short_forms import chat_forms_of_persons, short_forms_of_persons
from .signatures import keep_office_signers, signature_findings
from .span_edges import (
    cut_to_cell,
    extend_left,
    join_broken,
    split_at_cells,
    split_at_known,
    strip_header_label,
    strip_trade_name,
    trim_span,
    with_postcode,
)
from .surname_tails import surname_tails_after
from .vessels import split_at_vessels, vessel_column_names

Span = tuple[int, int]
# the last judge of the last text, and its verdicts (per thread: a Dask worker run with several threads)
_JUDGED = threading.local()


def _street_word_numbered(text: str, end: int, word: str) -> bool:
    """``word`` (a span's last, ending at ``end``) is a street's, no surname, and a house number follows it."""
    lex = load_lexicons()
    low = word.lower()
    return (
        (low.endswith(lex.street_suffixes) or low.endswith(_MORE_STREET_ENDINGS))
        and len(low) > 6
        and not lex.is_surname(word)
        and bool(_HOUSE_NUMBER_NEXT.match(text, end))
    )


_MORE_STREET_ENDINGS = ("allee", "boulevard", "baan", "dijk", "promenade")  # with a house number after it
_LABEL_COLON = compiled(r"[ \t]*:")
_SURNAME_COMMA = compiled(
    r"(?:\A|[:;][ \t\u00a0]*)(?:(?i:van|de|der|den|ter|ten|te|in|'t)[ \t\u00a0]+)*\p{Lu}[\p{L}'’-]+,[ \t\u00a0]*\Z"
)  # "Auteur: Ploeger, Daan"
# water a name is read on into after a preposition's particles ("MV Maria Johanna in het" / "Calandkanaal")
_WATER_ENDINGS = ("kanaal", "haven", "vaart", "gracht", "sluis", "dok", "rivier", "meer", "zee")
_PREPOSITION_PARTICLES = frozenset({"in", "aan", "op", "bij", "uit"})


def _water_after_preposition(words: Sequence[str]) -> int:
    """How many words at the end of a name's ``words`` are a preposition's particles and a water's or a harbour's
    name ("in het Calandkanaal", "aan de Waalhaven"), no surname; 0 when they are none."""
    if len(words) < 3:
        return 0
    last = words[-1].rstrip(".,;:)")
    if not last.lower().endswith(_WATER_ENDINGS) or len(last) < 8 or load_lexicons().is_surname(last):
        return 0
    n = 1
    while n < len(words) - 1 and words[-n - 1].lower() in PARTICLES:
        n += 1
    return n if n > 1 and words[-n].lower() in _PREPOSITION_PARTICLES else 0


def _legal_person(span: str, entity: str) -> bool:
    """A PERSON or PARAPH span that is a company's name with its legal form, on one line, no given name first."""
    words = span.split()
    return (
        entity in ("PERSON", "PARAPH")
        and "\n" not in span.strip()
        and ends_with_legal_form(span)
        and not load_lexicons().is_first_name(words[0])
    )


def _label_word(line: str) -> bool:
    """The piece of a name on its last line is one word of the language, no surname ("Antecedenten" before its
    colon: a field's label; not "Bosgra" of a chat's speaker "Marieke" / "Bosgra:")."""
    words = line.split()
    lex = load_lexicons()
    return len(words) == 1 and words[0].lower() in lex.dutch_words and not lex.is_surname(words[0])


_HOUSE_NUMBER_NEXT = compiled(r"[ \t\u00a0]+[1-9]\d{0,4}[a-zA-Z]?(?:-\d{1,4}[a-zA-Z]?)?(?![\d.:/])")


def _acronym_after_name(before: str, last: str) -> bool:
    """``last`` is an organisation's acronym after a name's word: a known one ("Rachid LNV"), or capitals that are
    no name after a given name ("Sven NCG"; not "Jan DE VRIES", "Pieter JANSEN")."""
    lex = load_lexicons()
    if not last.isupper() or not last.isalpha():
        return False
    if last in lex.acronyms:
        return True
    unknown = not lex.is_surname(last.capitalize()) and not lex.is_first_name(last.capitalize())
    return 2 <= len(last) <= 5 and unknown and lex.is_first_name(before)


class Detector:
    """Built once per process (loading the model and word lists); reused per document."""

    def __init__(self, config: Config) -> None:
        self.engine = Engine(config)
        register = load_register() if config.office_holder_register else ()
        self.public = PublicNames(config.public_officials, config.public_titles, register)
        self.min_score = config.thresholds.review
        self.grounds = config.entity_grounds
        # names other documents of the batch keep after a public title ("gedeputeerde P. van 't Hoog"): phase 2
        # sets them for a document that redacts their surname (batch_worker.titled_in_batch)
        self.batch_titled: tuple[str, ...] = ()
        self.batch_vessels: frozenset[str] = frozenset()  # vessels' names the batch keeps (set per document)
        self.batch_deceased: frozenset[str] = frozenset()  # the dead the batch keeps by full name (per document)
        self.batch_buildings: frozenset[str] = frozenset()  # buildings named after someone (per document)
        self.batch_companies: frozenset[str] = frozenset()  # companies written with a legal form (per document)
        self.company_shorts: frozenset[tuple[str, str]] = frozenset()  # ... their short names (per document)

    def detect(self, doc: Document, batch_names: Sequence[str] = ()) -> tuple[Finding, ...]:
        """All findings in ``doc``, public names included (marked, to be kept).

        ``batch_names`` are names redacted in other documents of the same batch: their
        occurrences here are found too (unless public here, e.g. after "minister").
        """
        cands = [
            Merged(c.start, c.end, c.entity, (c.explanation,))
            for c in self.engine.candidates(doc)
            if c.explanation.detector not in self.engine.statistical or plausible_model_name(doc.text[c.start : c.end])
        ]
        orgs = self.organisations(doc.text)
        gaps = cell_gaps(doc)
        self.public.set_layout(Layout(doc.text, detached_lines(doc.lines), gaps, doc.lines))
        self.public.set_year(document_year(doc.text))
        cands += batch_home_candidates(doc.text, batch_names)  # (the batch's homes: a mark before each)
        cands += batch_literal_candidates(doc.text, batch_names)  # ... its staff's numbers and owners' parcels
        public = public_homes(doc.text, batch_names)  # ... and its monuments' addresses
        # ... and the vessels it names (and this document's column of vessels: "Schip" over "Johanna Cornelia")
        self.batch_vessels = batch_vessels(batch_names) | vessel_column_names(doc)
        self.batch_deceased = batch_deceased(batch_names)  # ... and the dead
        self.batch_buildings = batch_buildings(batch_names)  # ... and the buildings named after someone
        self.batch_companies = batch_companies(batch_names)  # ... and the companies with their legal form
        marked_codes = batch_codes(batch_names)  # ... and the paraph codes it ties to someone
        batch_names = [n for n in batch_names if not is_marked_name(n)]
        # ... and the short names of those and of this document's own ("KeurPlay" of "KeurPlay Inspecties B.V."), not
        # a name a person of the batch standing here bears with a given name
        self.company_shorts = company_shorts(self.batch_companies, doc.text, batch_names)
        cands += batch_candidates(doc.text, batch_names)
        merged = [m for m in merge(cands) if m.score >= self.min_score]
        merged = merge(
            [
                self._cut(doc.text, extend_left(doc.text, strip_header_label(doc.text, strip_trade_name(doc.text, m))))
                for m in merged
            ]
        )
        merged = merge([part for m in merged for part in split_at_cells(doc.text, m, gaps)]) if gaps else merged
        beside = beside_on_row(doc)
        merged = merge([part for m in merged for part in cut_to_cell(doc.text, m, beside)])
        merged = merge([part for m in merged for part in self._split_public(doc.text, m)])
        known = frozenset(" ".join(doc.text[m.start : m.end].split()) for m in merged if m.entity == "PERSON")
        merged = merge([part for m in merged for part in split_at_known(doc.text, m, known)])
        merged = merge([part for m in merged for part in split_at_vessels(doc.text, m, self.batch_vessels)])
        merged = merge(join_broken(doc.text, merged))
        # "Caseflow Europe Ltd" read as a table's paraph or a name: a legal person's name, no finding (not where a
        # given name begins it, "Jan Jansen Bouw B.V.": the span may hold the person's name before the firm's)
        merged = [m for m in merged if not _legal_person(doc.text[m.start : m.end], m.entity)]
        # "HLM\lkovacs (Lőrinc Kovács)", "Adewale Ogunleye (@aogunleye)"
        merged = merge(merged + owners_of_accounts(doc.text, merged) + names_before_handles(doc.text))
        merged = merge(caps_surnames_after(doc.text, merged))  # "Serhii BOLHOV"
        merged = merge(caps_surnames_before(doc.text, merged))  # "NGUYỄN Thị Lan"
        merged = merge(surname_tails_after(doc.text, merged))  # "P.J. de Ruyter van Steveninck"
        kept = self._judge(doc.text, merged, orgs)
        sources = [m for m in merged if (m.start, m.end) not in kept]
        people = [m for m in sources if m.entity == "PERSON"]
        listed = enumerated_names(doc.text, people, merged) + bulleted_names(doc.text, people, merged)
        if listed:  # "Wendelien Akkerman (...), Olusegun Adeyemi (...) en Marieke in 't Veld (...)"
            merged = merge(merged + listed)
            kept = self._judge(doc.text, merged, orgs)
            sources = [m for m in merged if (m.start, m.end) not in kept]
        for _ in range(2):  # a name completed by extension is propagated once more
            # a span kept as a place is sought all the same: "Volgens Ter Haar is ..." after "Wilma Ter Haar"
            extra = propagate(doc.text, sources, skip=[k for k, v in kept.items() if not v.place])
            merged = merge([extend_left(doc.text, m) for m in merge(merged + extra)])
            kept = self._judge(doc.text, merged, orgs)
            sources = [m for m in merged if (m.start, m.end) not in kept]
        merged += directory_names(doc.text, merged)  # "linden, j. van der": no detector reads small letters
        persons = [m for m in merged if m.entity == "PERSON" and (m.start, m.end) not in kept]
        below = word_below(doc)
        merged += addresses_after_persons(doc.text, persons, orgs, merged, beside, below)
        merged += sole_trader_letterheads(doc.text, persons, merged)  # "F.A.M. Rovers" / "Kruisvaarderstraat 19"
        merged += handles_after_persons(doc.text, persons, merged) + aliases_of_persons(doc.text, persons, merged)
        merged += codes_beside_persons(doc.text, persons, merged)  # "RBA  Roos Bakker" in an "Init." column
        merged += numbers_after_persons(doc.text, persons, merged)
        merged += codes_in_person_rows(doc.text, persons, merged)  # "V-0231 Gerrit Hoogendoorn", "V-0198 Wil ..."
        merged += birth_dates_after_persons(doc.text, persons, merged)
        merged += given_names_after_persons(doc.text, persons, merged)
        merged += given_names_below_persons(doc.text, persons, merged, below)  # "KHAN-VAN DER BERG," / "NADIA"
        merged += surnames_before_given_names(doc.text, persons, merged)  # "Tjon-A-Joe, Marvin R."
        merged += user_ids_of_persons(doc.text, persons, merged, batch_names)
        # "user=j.devries@amersfoort.nl src=83.84.21.190": the connection on a redacted person's line
        merged += ip_addresses_of_persons(doc.text, [m for m in merged if (m.start, m.end) not in kept], merged, beside)
        merged += surnames_in_identifiers(doc.text, persons, merged)  # "Mail_Yilmaz-Bakir.msg", "LT-ELKHATIB"
        merged += short_forms_of_persons(doc.text, persons, merged, batch_names)
        merged += chat_forms_of_persons(doc.text, persons, merged, batch_names)  # "Ruudje", "HJ" of Hendrik-Jan
        merged += misread_surnames(doc, persons, merged)  # "Zwijnenverg" on a scan of Zwijnenberg's signature
        merged += trade_mailboxes(doc.text, persons, merged)  # "info@sjoerdhoekstrafoto.frl"
        merged = [part for m in merged for part in ([m] if (m.start, m.end) in kept else with_postcode(doc.text, m))]
        codes = batch_paraph_codes(batch_names) | marked_codes
        merged = drop_nested(merge(merged + paraph_candidates(doc.text, sources, codes)), kept)
        # "... Gemeenten (KING)": the document's own acronym; "Verdonk (HvDH)" beside "(D66)": a party; no paraph
        acronyms = defined_acronyms(doc.text) | parties_in_brackets(doc.text)
        acronyms |= acronyms_after_names(doc.text, [k for k, v in kept.items() if v.detector == "not_a_person"])
        merged = [m for m in merged if not (m.entity == "PARAPH" and doc.text[m.start : m.end] in acronyms)]
        merged = [trim_span(doc.text, m) for m in merged]
        # a span cut at a stronger finding can leave only punctuation ("(" of "(BLE) MAC" once "BLE" is a
        # paraph): that is no personal data, and the proof would look for every "(" on the page
        merged = [m for m in merged if any(ch.isalnum() for ch in doc.text[m.start : m.end])]
        kept = self._judge(doc.text, merged, orgs)  # spans cut at a stronger finding are judged as they now are
        merged = sorted(merged + monument_spans(doc.text, merged), key=lambda m: (m.start, m.end))
        findings = []
        for m in merged:
            explanations = tuple(dict.fromkeys(m.explanations))  # propagation repeats itself
            verdict = kept.get((m.start, m.end))
            if verdict:
                explanations += (Explanation(verdict.detector, 0.0, verdict.reason, pattern=verdict.rule),)
            monument = monument_keep(doc.text, m.start, m.end, public) if m.entity == "ADDRESS" else None
            if monument is not None and monument not in explanations:
                explanations += (monument,)  # "uw pand Oosthaven 41, een rijksmonument": its register publishes it
            boxes = boxes_for_span(doc, m.start, m.end)
            if not boxes:
                continue
            findings.append(
                Finding(
                    id=finding_id(doc, m.start, m.end, m.entity),
                    start=m.start,
                    end=m.end,
                    text=doc.text[m.start : m.end],
                    entity_type=m.entity,
                    ground=Ground(self.grounds.get(m.entity, Ground.PRIVATE_LIFE)),
                    score=round(m.score, 3),
                    boxes=boxes,
                    explanations=explanations,
                )
            )
        findings = keep_office_signers(doc, findings, self.public)
        return tuple(findings) + signature_findings(doc, findings, self.public)

    def organisations(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names a public organisation or a public title (spans the judge keeps names in);
        they do not depend on the batch's names."""
        return organisation_spans(text) + self.public.title_spans(text)

    def _split_public(self, text: str, m: Merged) -> list[Merged]:
        """ "minister Verbrugge\nRoos en ...", "Hatice Kaya-Verhoef\nRutger van Gennip": where the span
        or one of its lines is a public name, the name ends at the line break; each line is judged alone."""
        nl = text.find("\n", m.start, m.end)
        if m.entity != "PERSON" or nl < 0:
            return [m]
        if text[m.start : nl].split()[-1:] and text[m.start : nl].split()[-1] in PARTICLES:
            return [m]  # "gedeputeerde Maurits von" / "Martels": the particle says the name goes on
        tail = nl + 1
        while tail < m.end and text[tail].isspace():
            tail += 1
        parts = [Merged(m.start, nl, m.entity, m.explanations), Merged(tail, m.end, m.entity, m.explanations)]
        if not any(self.public.evidence(text, p.start, p.end) for p in [m, *parts] if p.end > p.start):
            return [m]
        return [p for p in parts if p.end > p.start]

    def _cut(self, text: str, m: Merged) -> Merged:
        """Shorten a name-pattern span that ran on into an organisation's name (also a structural one's that
        ends in an organisation's acronym: the chat's sender "Rachid LNV", "Sven NCG" is Rachid, Sven)."""
        if m.entity != "PERSON":
            return m
        words = text[m.start : m.end].split()
        if len(words) > 1 and _acronym_after_name(words[-2], words[-1]):
            return Merged(m.start, text.rindex(words[-2], m.start, m.end) + len(words[-2]), m.entity, m.explanations)
        if len(words) > 2 and words[-2].lower() not in PARTICLES and _street_word_numbered(text, m.end, words[-1]):
            # "Ingrid Zwart-Bosch Wipstrikkerallee 88": the name read on into her street (which, whole, would be
            # kept as a street named after someone)
            return Merged(m.start, text.rindex(words[-2], m.start, m.end) + len(words[-2]), m.entity, m.explanations)
        if water := _water_after_preposition(words):
            return Merged(
                m.start,
                text.rindex(words[-water - 1], m.start, m.end) + len(words[-water - 1]),
                m.entity,
                m.explanations,
            )
        span = text[m.start : m.end]
        if "\n" in span and (
            _SURNAME_COMMA.search(text[text.rfind("\n", 0, m.start) + 1 : m.start])
            or (_LABEL_COLON.match(text, m.end) and _label_word(span[span.rindex("\n") :]))
        ):
            # ("ABDI, M." / "Antecedenten : 2019 - ...": the next line's word is a field's label)
            # "Auteur: Ploeger, Daan" / "Hoffmann Bedrijfsrecherche": a name written surname first ends its line
            return Merged(m.start, m.start + len(span[: span.index("\n")].rstrip()), m.entity, m.explanations)
        cell_end = _LINE_END.match(text, m.end) is not None
        if "\n" in span and cell_end and place_not_surname(" ".join(span[span.rindex("\n") :].split()), multiword=True):
            # "H.J." / "Drachten", "Marloes van den Heuvel-" / "Den Haag": the next cell's place read on, alone on
            # its line ("Orlando" / "Zaandam (contractmanager)" is his surname, his function after it)
            return Merged(m.start, m.start + len(span[: span.rindex("\n")].rstrip()), m.entity, m.explanations)
        if len(words) > 2 and words[-2] == "te" and place_not_surname(words[-1].rstrip(".,;:)")):
            # "dr. W. Haverkort te" / "Velp": the name read on into where he practises ("te Velde" is a surname)
            return Merged(m.start, text.rindex(words[-3], m.start, m.end) + len(words[-3]), m.entity, m.explanations)
        if any(e.detector in STRUCTURAL for e in m.explanations):
            return m
        if len(words) > 2 and party_at(text, text.rindex(words[-1], m.start, m.end)):
            # "Arjen Dubbelaar Hart" of "... Dubbelaar (Hart voor Den Haag)" read over a bracket: his party
            return Merged(m.start, text.rindex(words[-2], m.start, m.end) + len(words[-2]), m.entity, m.explanations)
        end = cut_before_organisation(text, m.start, m.end)
        return m if end is None else Merged(m.start, end, m.entity, m.explanations)

    def _judge(self, text: str, spans: Sequence[Merged], orgs: Sequence[tuple[int, int]]) -> dict[Span, Verdict]:
        """The spans that stay readable, with the rule that keeps each (see :mod:`.evidence`).

        A judge knows the document's names from its PERSON spans alone (the others it passes over), and a
        verdict depends on the span and what the judge knows: where the PERSON spans are those the last
        call judged (the same text and organisations: propagation's second round often adds no name, the
        last judging only other types' spans), that judge and its verdicts are taken again."""
        persons = [m for m in spans if m.entity == "PERSON"]
        last = getattr(_JUDGED, "last", None)
        titled, vessels, dead, buildings, companies, shorts = (
            self.batch_titled,
            self.batch_vessels,
            self.batch_deceased,
            self.batch_buildings,
            self.batch_companies,
            self.company_shorts,
        )
        if (
            last is not None
            and last[0] is text
            and last[1] is orgs
            and last[2] is self.public
            and last[3] == persons
            and last[6] == titled
            and last[7] == vessels
            and last[8] == dead
            and last[9] == buildings
            and last[10] == companies
            and last[11] == shorts
        ):
            judge, known = last[4], last[5]
        else:
            judge = Judge(text, spans, orgs, self.public, titled, vessels, dead, buildings, companies, shorts)
            known = {}
            _JUDGED.last = (
                *(text, orgs, self.public, persons, judge, known),
                *(titled, vessels, dead, buildings, companies, shorts),
            )
        verdicts = {}
        for m in spans:
            if m not in known:
                known[m] = judge.verdict(m)
            verdicts[(m.start, m.end)] = known[m]
        return {k: v for k, v in verdicts.items() if v is not None}


_LINE_END = compiled(r"[ \t]*(?:\n|\Z)")
