"""User accounts in a table's Account column and in a list after the word for them: an audit log's or a logging
export's "vwij04", "prm02" beside the employee each belongs to, "Bij drie gebruikersaccounts (vwij04, kbru11 en
jhak02)". A system's account name points to one person as the name does (5.1.2e); under "Account", "Gebruiker",
"Gebruikersnaam", "Login" or "User-ID", or listed after "gebruikersaccounts", a word of small letters numbered
("prm02") or with a dot or an underscore ("j.devries") is one, whoever it spells; a word of the language in it
("office365", "svc_backup", "covid19") is a product's, a service's or a thing's."""

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
# small letters, then digits ("vwij04"), or two parts joined by a dot or an underscore ("j.devries", "hvdberg_ext")
_ACCOUNT = compiled(r"\A(?:[a-z]{2,8}\d{1,3}|[a-z]{1,12}[._][a-z]{2,20}\d{0,3})\Z")
_PARTS = compiled(r"[a-z]+")
# role and service accounts' words, and a site's name
_NOT_PERSONAL = frozenset(
    {"svc", "srv", "sys", "adm", "admin", "test", "demo", "temp", "tmp", "www", "backup", "win", "covid", "ios", "mac"}
    | {"web", "app", "api", "ipv", "iso", "nen", "usb", "wifi", "office", "versie"}
)
_DOMAIN = compiled(r"\.(?:nl|com|org|net|eu|be|de|nu|info|frl)\Z")
# "Bij drie gebruikersaccounts (vwij04, kbru11 en jhak02)", "accounts: vwij04, kbru11"
_LISTED = compiled(
    r"(?i:(?<![\p{L}])(?:gebruikersaccounts?|accounts|gebruikersnamen|inlognamen)(?![\p{L}]))[ \t]*[(:]"
    r"(?P<items>[^()\n]{2,80})"
)
_ITEM = compiled(r"(?<![\w.@-])[a-z][a-z0-9._]{1,24}[a-z0-9](?![\w@-])")


def _personal(word: str) -> bool:
    """An account's shape, and no word of the language or a service's in it."""
    if not _ACCOUNT.match(word) or _DOMAIN.search(word):
        return False
    lex = load_lexicons()
    return not any(
        p in _NOT_PERSONAL or (len(p) >= 4 and (p in lex.dutch_words or p in lex.english_words))
        for p in _PARTS.findall(word)
    )


def account_column(doc: Document) -> list[Candidate]:
    """The account names in a table's column under an account header, and those listed after the word for them
    (structure detector ``account_column``)."""
    out: list[Candidate] = []
    if has_header(doc, _HEADERS):
        below = under_header(doc, _HEADERS)
        why = "an account name in the column under an account header"
        for w in doc.words:
            if w.start in below and _personal(w.text):
                out.append(
                    Candidate(w.start, w.start + len(w.text), "USERNAME", Explanation("account_column", 0.8, why))
                )
    done = {c.start for c in out}
    for m in _LISTED.finditer(doc.text):
        why = "an account name listed after the word for accounts"
        for item in _ITEM.finditer(m.group("items")):
            start = m.start("items") + item.start()
            if start not in done and _personal(item.group()):
                out.append(
                    Candidate(start, start + len(item.group()), "USERNAME", Explanation("account_column", 0.8, why))
                )
    return out
