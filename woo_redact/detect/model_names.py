"""Names the statistical model proposes: which spans are plausible as a person's name at all.

The NER model (models/nl_woo_ner) sometimes takes a heading's compound, an English phrase or an acronym
for a name; :func:`plausible_model_name` is the filter its findings pass ("De Woningbouwimpuls", "Zero Trust
Security" do not). :data:`NOUN_ENDINGS` are endings of Dutch nouns and adjectives that no name has, shared
with the name recognizers.
"""

from __future__ import annotations

from .grammar import compiled
from .lexicons import load_lexicons, organisation_ending

__all__ = ["NOUN_ENDINGS", "plausible_model_name"]


# Endings of Dutch nouns and adjectives that are no name ("Voorzieningen", "Decentrale").
NOUN_ENDINGS = (
    "ing",
    "ingen",
    "heid",
    "heden",
    "teit",
    "schap",
    "atie",
    "aties",
    "isme",
    "beleid",
    "zaken",
    "ale",
    "ele",
    "ische",
    "ees",
    "ieke",
    "tuur",
    "sector",
    "centrum",
    "fonds",
    "raad",
    "dienst",
    "ers",
    "eren",
    "ief",
    "ieve",
    "ieven",
    "kaart",
    "zee",
    "tie",
    "sie",
    "bouw",
    "beheer",
    "zorg",
    "werk",
    "plan",
    "project",
    "rapportage",
)


# (a present participle used as an adjective, "vlottende", "lopende", ends no unknown name the model proposes)
_MODEL_ENDINGS = (*NOUN_ENDINGS, "ende")


def plausible_model_name(span: str) -> bool:
    """Is a span found only by the statistical model name-like enough to redact?

    No word may be an everyday English word that is no unambiguous first name
    (:meth:`~woo_redact.detect.lexicons.Lexicons.is_everyday_english`). A single
    word (tussenvoegsels aside) must be a known first name or surname; every
    word of a longer span must be no ordinary (Dutch or English) word, compound,
    noun-like word, place or organisation word.
    """
    lex = load_lexicons()
    words = [w.strip(".,;:()'\"") for w in span.split() if w.strip(".,;:()'\"")]
    if not words:
        return False
    tvs = {t for t in lex.tussenvoegsels if " " not in t}
    if "," in span and not any(lex.is_first_name(w) or (w.isupper() and len(w.replace(".", "")) <= 3) for w in words):
        return False  # "Geonovum, Webmapper": a list, not "Surname, First name" (no first name or initials)
    if any(lex.is_everyday_english(w) for w in words if w.lower() not in tvs):
        return False  # "House Price Indices", "Certificate Revocation List", "Does": English prose, not a name
    if len(words) == 1:
        w = words[0]
        if w.isupper() and len(w) <= 4:
            return False  # "VI", "EZK": a numeral or an acronym, whatever list holds the letters
        return (w in lex.first_names or lex.is_surname(w)) and w not in lex.ambiguous and not lex.is_ordinary_word(w)
    core = [w for w in words if w.lower() not in tvs]
    if len(core) == 1 and len(words) > 1:
        return plausible_model_name(core[0])  # "De Woningbouwimpuls": one word after an article
    if "\n" in span.strip() and not (words[0] in lex.first_names or compiled(r"^(?:\p{Lu}\.)+$").match(words[0])):
        return False  # "Notificatiefase\nInstallatiefase": two lines of a list, not one name
    shaped = [w for w in core if not compiled(r"^(?:\p{Lu}\.)+$").match(w)]  # initials "J.B." are fine
    if any(w.isupper() or not w.isalpha() and "-" not in w and "'" not in w and "’" not in w for w in shaped):
        return False  # "AA Succescriterium", "Jeroen Terstegge CIPP/E", "Fire\ue01eox": no name is written so
    for w in words:
        if w.lower() in tvs:
            continue
        known = w in lex.first_names or lex.is_surname(w)
        if not w[:1].isupper() or lex.is_ordinary_word(w) or lex.is_non_person_word(w) or w in lex.places:
            return False
        if w in lex.ambiguous and w not in lex.first_names:
            return False  # "Oude Rijn": a name that is also a frequent word, and no first name
        if w.lower() in lex.organisation_words or w.lower() in lex.unit_words:
            return False
        if lex.is_organisation(w) and w not in lex.first_names:
            return False  # "Uittreksel Splunk": a product's or a company's name in a heading
        if not known and (
            lex.is_compound_word(w) or w.lower().endswith(_MODEL_ENDINGS) or lex.is_dictionary_compound(w)
        ):
            # ("Producteisen Areaaldata": product + eisen, a heading; "Vlottende Passiva": a participle, an adjective)
            return False
        if not known and w.lower() in lex.dutch_words:
            return False  # "Voortgang Coronamelder": a word of the dictionary that no name list holds
        if not known and organisation_ending(w.lower(), 3):
            return False  # "Sophie" + "Havenbedrijf": a name and the organisation in the next cell
        if w[-1].isupper() and any(c.islower() for c in w):
            return False  # "Woo-team JenV", "BiZa": a name never ends in a capital
        if _INNER_CAPITAL.search(w) or _CAPITALS_RUN.search(w):
            return False  # "CoronaMelder", "CoronaCheck", "GGD-en", "FG’s": a product or an acronym
        if any(p.lower() in lex.organisation_words or (p[:1].islower() and p not in tvs) for p in w.split("-")[1:]):
            return False  # "Woo-team", "Check-app": a compound, not a double surname ("Aarts-van" is one)
    return True


# a capital inside a word after a small letter (McDonald, MacLeod, DiCaprio, LeBlanc, DeVries aside)
_INNER_CAPITAL = compiled(r"(?<!^(?:Mc|Mac|Di|De|Le|La|Da|Du|Van|Von|O|D))(?<=\p{Ll})\p{Lu}")
_CAPITALS_RUN = compiled(r"(?<!^I)(?<!^)\p{Lu}\p{Lu}|^(?!IJ)\p{Lu}\p{Lu}")  # two capitals; "IJzerman" aside
