"""Session 56's rules, one table per rule class: vessels' names after a fishing vessel's port letters and the kinds of
yachts and lifeboats, and a span cut at a vessel's name; a column of codes beside the names of a list; paraphs after
"behandelaar", under a paraph's own label and in a bracketed list of paraphs; a sole trader's letterhead with a
number "118-A" or "301 bis" and a dash before the postcode; a practice named after its one lawyer; a library card's,
an EHIC's number and a birthplace after "Geboren:"; life dates of someone who died recently; an archive named after
a family."""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.detect.merge import Merged
from woo_redact.detect.vessels import split_at_vessels, vessel_in, vessel_names
from woo_redact.model import Explanation

# text, redacted, kept
VESSELS = [
    (
        "De aanvaring tussen het vissersschip HL 17 Grietje Jannes en het zeiljacht Johanna Catharina. De schipper, "
        "Wybren Terpstra, belde om 21:44.",
        ["Wybren Terpstra"],
        ["Grietje Jannes", "Johanna Catharina"],
    ),
    (
        "21:51 KNRM Reddingboot Wim en Hillie Zwart uitgevaren, schipper Hidde Schaap.",
        ["Hidde Schaap"],
        ["Hillie Zwart"],
    ),
    ("Boot: Wim en Hillie Zwart (Arie Visser-klasse). Schipper Hidde Schaap.", ["Hidde Schaap"], ["Hillie Zwart"]),
    # no vessel's kind before the name: a person
    ("Geen jacht gezien. De heer Jansen belde om 21:44.", ["Jansen"], []),
    # an animal's kind before its name, or in brackets after it
    (
        "De serval Bram ontsnapte; de eigenaar, Gerrit-Jan Ploegmakers, belde. De bruine beer Olga en de lynx Freya "
        "bleven binnen.\nPatiënt: Bram (serval)",
        ["Gerrit-Jan Ploegmakers"],
        ["Bram", "Olga", "Freya"],
    ),
    # ... written small: "Vos", "Wolf" with a capital are surnames
    ("Aanwezig: Vos Jan, Bakker Piet en Wolf Anna.", ["Vos Jan", "Wolf Anna"], []),
    # an animal park's name after its kind and article
    ("Woo-verzoek over Dierenpark De Wolvenhorst in Ermelo.", [], ["Dierenpark De Wolvenhorst"]),
]

VESSEL_NAMES = [
    (
        "tussen het vissersschip HL 17 Grietje Jannes en het zeiljacht Johanna Catharina.",
        {"Grietje Jannes", "Johanna Catharina"},
    ),
    ("this is sailing yacht Johanna Catharina, Johanna Catharina", {"Johanna Catharina"}),
    ("KNRM Reddingboot Wim en Hillie Zwart uitgevaren", {"Wim en Hillie Zwart"}),
    ("Vaartuig: UK 45 Jacob Meindert | IMO 9187342", {"Jacob Meindert"}),
    ("N 12 Jansen en ST 4 Pietersen", set()),  # (no fishing port's letters)
    ("De serval Bram en de emoe Henk; Patiënt: Sabi (serval)", {"Bram", "Henk", "Sabi"}),
]

ROW_CODES = [
    (
        "Vrw.nr. Naam Telefoon Taak\nV-0231 Gerrit Hoogendoorn 0344-652190 scannen\nV-0198 Wil Schreuder-Mulder "
        "06 1144 8032 gastvrouw\nV-0240 Anneke Visscher 06 5520 1479 transcriptie\nZie ook V-0198 in het rooster.",
        ["V-0231", "V-0198", "V-0240", "Gerrit Hoogendoorn"],
        ["Vrw.nr."],
    ),
    (
        "Rol Naam Pieper Mobiel\nSchipper Hidde Schaap P-TSL-04 06-21457780\nOpstapper Lotte Vermaat P-TSL-11 "
        "06 3092 1144\n",
        ["P-TSL-04", "P-TSL-11"],
        ["Pieper"],
    ),
    # one code beside one name: a case, no column of personal numbers
    ("Dossier TS-88263 is van de heer Stefan de Wit; hij belde.", ["Stefan de Wit"], ["TS-88263"]),
    # a boa's number of digits and a personnel number after the name, a boa's number in brackets with its label
    (
        "Week Boa Boa-nr Pers.nr Mobiel\n2 Ruud Klein Gunnewiek 0412-78 P104887 06-46 71 20 93\n"
        "3 Dennis van den Akker 0398-15 P102231 06-38 20 11 95\n",
        ["0412-78", "P104887", "0398-15", "P102231"],
        ["Boa-nr"],
    ),
    (
        "Toezichthouders: Priya Ramdin-Lachman (boa 0461-02) en Gijs Achterberg (boa 0377-40).",
        ["0461-02", "0377-40"],
        ["Toezichthouders"],
    ),
    # a table's cells read each as a line of its own: the code above the name, or under it
    (
        "Vrw.nr.\nNaam\nTelefoon\nV-0231\nGerrit Hoogendoorn\n0344-652190\nV-0198\nWil Schreuder-Mulder\n"
        "06 1144 8032\n",
        ["V-0231", "V-0198"],
        ["Vrw.nr."],
    ),
    (
        "Rol\nNaam\nPieper\nSchipper\nHidde Schaap\nP-TSL-04\nOpstapper\nLotte Vermaat\nP-TSL-11\nOpstapper\n",
        ["P-TSL-04", "P-TSL-11"],
        ["Schipper", "Opstapper"],
    ),
    # the column is the routes': "route V-21" says so
    (
        "Route Chauffeur Mobiel\nV-21 Gerrit Bosch 06 5320 4418\nV-22 Mohamed Ouali 06 3981 0027\n"
        "Begeleiders: route V-21 Anja de Vries.",
        ["Gerrit Bosch", "Mohamed Ouali"],
        ["V-21", "V-22"],
    ),
]

PARAPHS = [
    ("Opgesteld door het Woo-team (behandelaar DKE, controle TLi).", ["DKE"], ["Woo-team"]),
    ("Ingevuld door: WtH, 22 april 2026. Paraaf inkoopadviseur: BO", ["WtH", "BO"], []),
    (
        "Afschrift: evaluatiecommissie (IVdG, WtH, GA, HBL, RT). Ga zo door.",
        ["IVdG", "WtH", "GA", "HBL", "RT"],
        ["Ga zo door"],
    ),
    # a role with a hyphen before the paraph's colon; paraphs with a slash and spaces between
    ("Gezien: H. Wijnbergen, directeur\nParaaf KAM-coördinator: R.vd.B.", ["R.vd.B."], ["KAM-coördinator"]),
    ("Behandeld door team Juridische Zaken. Gecontroleerd: YL / RA.", ["YL", "RA"], ["Juridische Zaken"]),
    # a list of parties or a reference holds no paraph
    ("Gesteund door (CDA, VVD, D66) en (zie bijlage, p. 4).", [], ["CDA", "VVD", "D66", "zie bijlage"]),
]

LETTERHEADS = [
    (
        "Atelier Perkament & Papier - B.J. OUDSHOORN\nGraafseweg 214 - 6531 ZX Nijmegen\nKvK 74118822\n"
        "FACTUUR 2026-007",
        ["B.J. OUDSHOORN", "Graafseweg 214", "6531 ZX", "74118822"],
        ["Nijmegen"],
    ),
    (
        "FACTUUR\nZeynep Şahin - beëdigd tolk Turks/Nederlands\nBiltstraat 118-A, 3572 BJ Utrecht\nKvK 74120938",
        ["Zeynep Şahin", "Biltstraat 118-A", "3572 BJ", "74120938"],
        ["Utrecht"],
    ),
    (
        "Factuur F-0193\nStudio Brechtje Ødegaard-Pels - facilitatie\nOudegracht 301 bis, 3511 PE Utrecht\n"
        "KvK-nummer: 77109934",
        ["Brechtje Ødegaard-Pels", "Oudegracht 301 bis", "3511 PE"],
        ["Utrecht"],
    ),
    # a bank account's holder "t.n.v." is no N.V.
    (
        "Factuur F-0193\nStudio Brechtje Ødegaard-Pels - notuleren\nOudegracht 301 bis, 3511 PE Utrecht\n"
        "KvK-nummer: 77109934\nBankrekening: NL17 INGB 0007 7261 55 t.n.v. B. Ødegaard-Pels",
        ["Oudegracht 301 bis", "3511 PE", "77109934"],
        ["Utrecht"],
    ),
]

MAILBOXES = [
    # a public office holder's mailbox is the office's; a civil servant's stays personal
    (
        "Van: Verhagen, Ruud <r.verhagen@meierijstad.nl>\n"
        "Aan: Steen, Rian van der <wethouder.vandersteen@meierijstad.nl>",
        ["r.verhagen@meierijstad.nl"],
        ["wethouder.vandersteen@meierijstad.nl"],
    ),
]

MEMBERS = [
    # "het lid De Louw" of a committee whose member "W. de Louw" agrees with no office holder
    (
        "Aanwezig: F.C. van Dongen voorzitter\nW. de Louw lid\n\nOp vragen van het lid De Louw verklaart de "
        "bezwaarmaker dat hij thuis zat.",
        ["W. de Louw", "[De Louw] verklaart"],
        [],
    ),
]

PRACTICES = [
    (
        "Beller: de heer Stefan de Wit, via zijn advocaat mr. L. Boukhari (Boukhari Advocatuur, 030-2318877).",
        ["L. Boukhari", "[Boukhari] Advocatuur"],
        [],
    ),
    # a firm of two names is no one lawyer's practice
    ("Namens mr. J. Wolthuis van Van Lier Wolthuis Advocaten.", ["J. Wolthuis"], ["Advocaten"]),
]

NUMBERS = [
    (
        "Ze staat er twee keer in, met twee pasnummers (2100 4471 0093 en nog een).\nBibliotheekpas 2100 4471 0117",
        ["2100 4471 0093", "2100 4471 0117"],
        [],
    ),
    ("Christoph Müller | Duitse verzekerde, EHIC 80276000010042871934", ["80276000010042871934"], ["EHIC"]),
    ("Naam: Wybren Terpstra Geboren: 14 maart 1971 te Franeker Adres: Zuiderhaven 52", ["Franeker"], ["Adres"]),
    ("Verbalisant: Fatima El Khatib, dienstnummer BOA-CUL-127", ["Fatima El Khatib", "BOA-CUL-127"], []),
    (
        "Veghel, 12 oktober 2025\nOp 8 oktober heeft de chauffeur mijn zoon Daan (21 november 2016) achtergelaten.",
        ["Daan", "21 november 2016"],
        ["12 oktober 2025"],
    ),
    ("De bedrijfsarts heeft bij Joost Smit een enkelbandletsel vastgesteld.", ["Joost Smit", "enkelbandletsel"], []),
]

LIFE_DATES = [
    # a letter of 2026 about a mother who died in 2019: her name is still her children's privacy
    (
        "Utrecht, 3 maart 2026\nDe brieven van mevrouw Adriana van Rhemen-Bosboom (1924-2019) blijven beperkt.",
        ["Adriana van Rhemen-Bosboom"],
        [],
    ),
    (
        "Utrecht, 3 maart 2026\nAletta Jacobs (1854-1929) bezocht als eerste vrouw een universiteit.",
        [],
        ["Aletta Jacobs"],
    ),
    ("De Kaart van de Tielerwaard door Nicolaas Kruik (1745) is hersteld.", [], ["Nicolaas Kruik"]),
]

COLLECTIONS = [
    (
        "De schenker, de heer D.F. van Rhemen, droeg het Familiearchief Van Rhemen tot Waalrode over. Ook het "
        "Huisarchief Van Rhemen ligt er.",
        ["D.F. van Rhemen"],
        ["Familiearchief Van Rhemen tot Waalrode", "Huisarchief Van Rhemen"],
    ),
]


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    VESSELS + ROW_CODES + PARAPHS + LETTERHEADS + MAILBOXES + MEMBERS + PRACTICES + NUMBERS + LIFE_DATES + COLLECTIONS,
)
def test_session_56_rules(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "expected"), VESSEL_NAMES)
def test_vessel_names(text: str, expected: set[str]) -> None:
    assert set(vessel_names(text)) == expected


def test_a_span_is_cut_at_a_vessels_name_and_a_batchs_vessel_is_found() -> None:
    expl = (Explanation("first_name", 0.8, "test"),)
    text = "tussen de HL 17 Grietje Jannes en de Johanna\nCatharina. Verder niets."
    start = text.index("Grietje")
    parts = split_at_vessels(text, Merged(start, text.index(". V"), "PERSON", expl))
    assert [text[p.start : p.end] for p in parts] == ["Grietje Jannes", "Johanna\nCatharina"]
    radio = "21:44:05 GJ: Den Helder Rescue, Grietje Jannes, PDKW. Hier Wybren."
    at = radio.index("Grietje")
    assert vessel_in(radio, at, at + len("Grietje Jannes"), frozenset({"Grietje Jannes"})) == "Grietje Jannes"
    assert vessel_in(radio, at, at + 7, frozenset()) is None


def test_a_trade_named_after_a_name_the_batch_redacts_with_a_particle() -> None:
    """ "Vervoersadvies Van Lith" where another document of the batch redacts W. van Lith, the invoice's owner: his
    one-man firm; "Bouwbedrijf Jansen" of a Piet Jansen elsewhere stays (no particle, no trade word after it)."""
    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.model import Action
    from woo_redact.parse.text import document_from_text

    config = load_config(None, None)
    detector = Detector(config)
    names = ["W. van Lith", "Van Lith", "Piet Jansen", "Jansen"]

    def redacted(text: str) -> list[str]:
        found = detector.detect(document_from_text(text), names)
        return [f.text for f, d in zip(found, decide(found, config)) if d.action is Action.REDACT]

    assert redacted("De second opinion van Vervoersadvies Van Lith bevestigt het.") == ["Van Lith"]
    assert redacted("Het Bouwbedrijf Jansen bouwt.") == []


def test_a_batchs_bare_name_that_this_document_gives_an_organisation() -> None:
    """ "Dierenpark De Wolvenhorst" here: "inspectie Wolvenhorst" is the park, whoever the batch's Wolvenhorst is; a
    heading "Advies Al-Khatib" is about the person (no article: no building's or park's name)."""
    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.model import Action
    from woo_redact.parse.text import document_from_text

    config = load_config(None, None)
    detector = Detector(config)

    def redacted(text: str, names: list[str]) -> list[str]:
        found = detector.detect(document_from_text(text), names)
        return [f.text for f, d in zip(found, decide(found, config)) if d.action is Action.REDACT]

    park = "Onderwerp: inspectie Wolvenhorst 28-01. Wij hebben Dierenpark De Wolvenhorst bezocht."
    assert not any("Wolvenhorst" in t for t in redacted(park, ["Gerrit-Jan Wolvenhorst", "Wolvenhorst"]))
    assert "Al-Khatib" in redacted("Advies Verwoerd-Kramer\nAdvies Al-Khatib\n", ["Rami Al-Khatib", "Al-Khatib"])


@pytest.mark.parametrize(
    ("span", "entity", "expected"),
    [
        ("Caseflow Europe Ltd", "PARAPH", True),
        ("Zaakwerk Nederland B.V.", "PERSON", True),
        # a given name first: the span may hold a person's name before the firm's
        ("Jan Jansen Bouw B.V.", "PERSON", False),
        ("Jeroen van der\nZaakwerk Nederland B.V.", "PERSON", False),
        ("Caseflow Europe Ltd", "ADDRESS", False),
        ("Jan de Vries", "PERSON", False),
    ],
)
def test_a_legal_persons_name_is_no_finding(span: str, entity: str, expected: bool) -> None:
    from woo_redact.detect import _legal_person

    assert _legal_person(span, entity) is expected


def test_vessel_names_known_for_the_same_text_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Phase 2 starts with phase 1's vessels' names of its text (``batch_worker.text_memo_known``): answered for that
    text object without seeking them again; another text, or an equal one that is another object, is searched."""
    from woo_redact.detect import vessels

    text = "Het zeiljacht Johanna Catharina lag naast de MV Maria Johanna. Schipper Wybren Terpstra."
    names = vessel_names(text)
    assert names == {"Johanna Catharina", "Maria Johanna"}
    assert vessels.last_vessel_names(text) == names
    assert vessels.last_vessel_names(text[:10]) is None
    again = text[:5] + text[5:]  # an equal text (as phase 1's file gives it back) that is another object
    assert again == text and again is not text
    asked: list[str] = []
    seek = vessels._vessel_names
    monkeypatch.setattr(vessels, "_vessel_names", lambda t: asked.append(t) or seek(t))
    vessels.vessel_names_known(again, names)
    assert vessel_names(again) == names and not asked
    other = "De sleepboot Anna Elisabeth. " + text
    assert vessel_names(other) == {"Anna Elisabeth", *names} and asked == [other]
    assert vessels.last_vessel_names(again) is None


def test_domain_labels_known_for_the_same_text_only() -> None:
    """As the vessels' names: phase 1's labels of a text's mail and web hosts answer for that text object only."""
    from woo_redact.detect import domains

    text = "Mail info@geonovum.nl of h.karadag@karadag.com, of kijk op www.ymere.nl."
    labels = domains._domain_labels(text)
    assert labels == {"geonovum", "ymere"}
    assert domains.last_domain_labels(text) == labels and domains.last_domain_labels(text[:8]) is None
    again = text[:5] + text[5:]
    domains.domain_labels_known(again, frozenset({"geonovum"}))  # (a value the text cannot give: it is taken)
    assert domains._domain_labels(again) == {"geonovum"} and domains.last_domain_labels(text) is None
    assert domains._domain_labels(text) == labels  # (the other object: sought again)
