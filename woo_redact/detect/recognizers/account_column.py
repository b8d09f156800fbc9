"""User accounts in a table's Account column: an audit log's or a logging export's "vwij04", "prm02" beside the
employee each belongs to. A system's account name points to one person as the name does (5.1.2e); in the column
under "Account", "Gebruiker", "Gebruikersnaam", "Login" or "User-ID" a word of small letters with digits, a dot or
an underscore ("prm02", "j.devries") is one, whoever it spells."""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import compiled
from ..lexicons import load_lexicons
from .column_heads import has_header, under_header
from .structure_base import Candidate

__all__ = ["account_column"]

_HEADERS = frozenset(
    {
        "account", "accountnaam", "gebruiker", "gebruikersnaam", "gebruikers-id", "gebruikersid", "inlognaam",
        "loginnaam", "login", "user", "user-id", "userid", "username", "medewerker-account",
    }
)  # fmt: skip
# small letters, perhaps digits and a dot or underscore: "vwij04", "prm02", "j.devries", "hvdberg_ext"
_ACCOUNT = compiled(r"\A[a-z][a-z0-9._-]{1,19}[a-z0-9]\Z")
_DOMAIN = compiled(r"\Awww\.|\.(?:nl|com|org|net|eu|be|de|nu|info|frl)\Z")


def account_column(doc: Document) -> list[Candidate]:
    """The account names in a table's column under an account header (structure detector ``account_column``)."""
    if not has_header(doc, _HEADERS):
        return []
    lex = load_lexicons()
    below = under_header(doc, _HEADERS)
    out: list[Candidate] = []
    for w in doc.words:
        if w.start not in below or not _ACCOUNT.match(w.text):
            continue
        if not any(c.isdigit() or c in "._" for c in w.text) or _DOMAIN.search(w.text):
            continue  # "ja", "nee", "untitled": a cell's word; "www.oppong-advies.nl": a site; an account is numbered
        if w.text in lex.dutch_words or w.text in lex.english_words:
            continue
        why = "an account name in the column under an account header"
        out.append(Candidate(w.start, w.start + len(w.text), "USERNAME", Explanation("account_column", 0.8, why)))
    return out
