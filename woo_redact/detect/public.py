"""Public office holders: the public evidence for a name.

Three kinds of evidence, weighed against person evidence in :mod:`.evidence`:

- ``listed``: a listed official (config or ``--public-officials``) whose first
  name or initials agree with the name as written (a listed name without first
  name matches on its surname);
- ``registered``: an office holder of the built-in register
  (``data/office_holders.tsv``: bewindspersonen and Kamerleden since 1945,
  commissarissen van de Koning, gedeputeerden and dijkgraven as far as the
  open sources go; CC0) whose first name, or all of at least two initials, agree;
- ``title``: a public title directly before the name, on the same line and in
  the same sentence ("minister Keijzer", "burgemeester mr. De Wit"); "het lid"
  and "de leden" count only in a parliamentary context (a party in brackets
  after the name, or a registered Kamerlid); never across a header label;
- ``surname``: a surname alone that a registered office holder bears;
- ``agrees``: a name that agrees with a register entry (a local office holder, or
  a common surname) but is public only when the document also names that office
  holder with a title (decided in :mod:`.evidence`).

The titles themselves are found by :class:`.public_titles.TitleFinder`, which :class:`PublicNames` subclasses
with the register, the listed officials and the document's layout and year.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from .dates import in_office
from .lines import Layout
from .namesakes import (
    agrees_in_document,
    function_apposed,
    office_above,
    private_role,
    roles,
)
from .public_titles import TitleFinder
from .register import (
    OfficeHolder,
    agrees,
    candidate_given,
    common_surnames,
    given_after,
    load_register,
    name_key,
    particles,
)
from .title_context import _PARTY_AFTER, party_cell_before

__all__ = ["OfficeHolder", "PublicEvidence", "PublicNames", "load_register", "name_key", "private_role"]


@dataclass(frozen=True)
class PublicEvidence:
    """Why a name may be public, and how strongly."""

    kind: str  # "listed" | "registered" | "title" | "surname" | "agrees"
    reason: str
    surname: str = ""
    registered: bool = False  # the surname is an office holder's (register or list)
    common: bool = False  # a frequent Dutch surname: alone it says little
    title: str = ""  # the public title before the name, when there is one


class PublicNames(TitleFinder):
    """Finds the public evidence for a name span."""

    def __init__(self, officials: Sequence[str], titles: Sequence[str], register: Iterable[OfficeHolder] = ()) -> None:
        listed = []
        for n in officials:
            if n.strip():
                given, key = name_key(n)
                listed.append(
                    OfficeHolder(
                        key,
                        given if "." not in given else "",
                        given if "." in given else "",
                        "listed",
                        True,
                        particles=particles(n),
                    )
                )
        self.holders: dict[str, list[OfficeHolder]] = {}
        for h in [*listed, *register]:
            if h.surname:
                self.holders.setdefault(h.surname, []).append(h)
        super().__init__(titles)
        self._memo = threading.local()

    def holders_of(self, name: str, key: str, any_period: bool = False) -> list[OfficeHolder]:
        """The office holders with this surname key whose tussenvoegsels are those of the written name, when it
        has a first name or initials: "Jeroen Wijngaarden" is not Jeroen van Wijngaarden. Only those in office
        around the document's year, unless ``any_period``."""
        # a double surname's last part is not the name ("Wijbenga" is not Cora van Nieuwenhuizen Wijbenga)
        low = name.lower()
        year = None if any_period else self.year()  # (a register entry counts around its period: detect/dates.py)
        holders = [
            h
            for h in self.holders.get(key, [])
            if (not h.head or h.head in low) and (h.listed or in_office(h.start, h.end, year))
        ]
        if not name_key(name)[0]:
            return holders  # a surname alone: its particles may stand before the span ("minister van der [Wal]")
        written = particles(name)
        return [h for h in holders if h.particles == written]

    def set_layout(self, layout: Layout) -> None:
        """The page geometry of the document whose names are judged next (:class:`~.lines.Layout`): a title on
        a line that does not read on from the line before, or in another table cell, is no title of a name."""
        self._memo.layout = layout

    def set_year(self, year: int | None) -> None:
        """The year the document judged next was written (:func:`~.dates.document_year`), None if unknown."""
        self._memo.year = year

    def year(self) -> int | None:
        """The year set by :meth:`set_year` for this thread's document."""
        year: int | None = getattr(self._memo, "year", None)
        return year

    def _layout(self) -> Layout | None:
        layout: Layout | None = getattr(self._memo, "layout", None)
        return layout

    def evidence(self, text: str, start: int, end: int) -> PublicEvidence | None:
        """The strongest public evidence for ``text[start:end]``, or None (remembered for the last text:
        one document's spans are judged several times over)."""
        memo = self._memo  # per thread: a Dask worker run with several threads shares this object
        if getattr(memo, "text", None) is not text:
            memo.text, memo.found = text, {}
        found: dict[tuple[int, int], PublicEvidence | None] = memo.found
        if (start, end) not in found:
            found[(start, end)] = self._evidence(text, start, end)
        return found[(start, end)]

    def _evidence(self, text: str, start: int, end: int) -> PublicEvidence | None:
        given, key = name_key(text[start:end])
        given = given or given_after(text, end)  # "Ypma, Djoeke": the first name after the comma, no Kamerlid's
        given, candidate = candidate_given(text, end, given)
        private = function_apposed(text, start, end) or private_role(text, start, end)
        holders = [] if private else self.holders_of(text[start:end], key)
        national = [h for h in holders if not h.local]
        common = key in common_surnames()
        title = self._title(text, start, end)
        if national and given:
            match = next((h for h in national if agrees(given, h)), None)
            written = (text[start:end].rsplit(",", 1)[-1] if "," in text[start:end] else given).strip()
            if match is None and candidate and not common and regex.fullmatch(r"\p{Lu}\.?", written):
                # "Pechtold, A. (m) *": a candidate list names the Kamerlid by one initial and the gender marker
                match = next((h for h in national if "kamerlid" in h.roles and h.initials[:1] == written[0]), None)
            if match is not None and match.listed:
                return PublicEvidence("listed", "listed public official: name agrees", key, True, common, title or "")
            if match is not None and not common:  # "Jan Jansen" is too common to be the Kamerlid by name alone
                why = f"office holder ({roles(match)}): name agrees"
                return PublicEvidence("registered", why, key, True, common, title or "")
            if match is not None and party_cell_before(text, start):
                # "CDA | Inge van Dijk | digitale inclusie": the party's cell before her name on its row
                why = f"office holder ({roles(match)}): name agrees, after a party's cell"
                return PublicEvidence("registered", why, key, True, common, title or "")
            if match is not None and office_above(text, start, match):
                # "De Minister van VWS" / "De heer H.M. De Jonge": a common surname, but the office above
                why = f"office holder ({roles(match)}): name agrees, under the office's heading"
                return PublicEvidence("registered", why, key, True, common, title or "")
        listed_alone = [h for h in national if h.listed and not h.first and not h.initials]
        if national and not given and listed_alone:
            return PublicEvidence("listed", "listed public official", key, True, common, title or "")
        if title:
            # a party in brackets after "het lid"/"de leden" confirms the Kamerlid as a register would
            confirmed = bool(holders) or bool(_PARTY_AFTER.match(text[end : end + 30]))
            return PublicEvidence("title", title, key, confirmed, common, title)
        if national and not given:
            role_names = sorted({r.replace("_", " ") for h in national for r in h.roles.split(";") if r})
            why = f"surname of an office holder ({', '.join(role_names[:3])}), no first name given"
            return PublicEvidence("surname", why, key, True, common)
        agreeing = next((h for h in holders if given and agrees_in_document(given, h, common)), None)
        if agreeing is not None:
            why = f"office holder ({roles(agreeing)}): name agrees, and this document names the office holder"
            return PublicEvidence("agrees", why, key, True, common)
        return None


def holder_of(public: PublicNames, name: str) -> OfficeHolder | None:
    """The office holder whose surname and first name or initials agree with ``name``, however common
    the surname (for a name that its context already places in office, such as a signature under "De
    minister van X,"); a two-word surname without particle ("Bruins Slot") is tried too."""
    given, key = name_key(name)
    tries = [(given, key)]
    parts = given.split()
    if len(parts) > 1 and not parts[-1].endswith(".") and parts[-1][:1].isupper():
        tries += [(" ".join(parts[:-1]), f"{parts[-1].lower()} {key}"), (" ".join(parts[:-1]), key)]
    for g, k in tries:
        match = next((h for h in public.holders_of(name, k) if g and agrees(g, h)), None)
        if match is not None:
            return match
    return None
