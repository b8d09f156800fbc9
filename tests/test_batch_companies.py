"""A company one document writes with its legal form is a company in the whole batch; a name read with it ("Marloes
van IJsselvallei", "Marloes ter Horst - IJsselvallei") does not make its first word a surname the batch seeks; a
particle between words no name list holds is not sought either (detect.context_firms, detect.batch_homes,
batch_names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from woo_redact.batch_names import _spread, not_spread_affiliations
from woo_redact.detect.batch_homes import COMPANY_MARK, batch_companies, company_marks
from woo_redact.detect.context_firms import companies_with_legal_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onder toezicht staande: IJsselvallei Water N.V.", ["IJsselvallei Water"]),
        ("Zonnedauw Thuiszorg B.V., Deventer", ["Zonnedauw Thuiszorg"]),
        ("Opdrachtgever: Zonnedauw Thuiszorg BV", ["Zonnedauw Thuiszorg"]),
        # up to four capitalised words before the form, each name once
        (
            "Aannemersbedrijf Gebroeders Jansen Infra B.V. en Aannemersbedrijf Gebroeders Jansen Infra B.V.",
            ["Aannemersbedrijf Gebroeders Jansen Infra"],
        ),
        ("De Hooge Bulten BV", ["De Hooge Bulten"]),
        # a person's name, or an article and one word: perhaps named after the owner
        ("Jan Jansen B.V.", []),
        # a courtesy title before a surname: a person addressed ("Mw Jansen" elsewhere is Mrs Jansen)
        ("Mw Jansen BV", []),
        ("Dhr Bakker Advies B.V.", []),
        ("De Vries B.V.", []),
        # one word, words in capitals, a partnership of natural persons: no such company
        ("Haverkamp B.V.", []),
        ("IJSSELVALLEI WATER N.V.", []),
        ("Fruitbedrijf Arntz V.O.F.", []),
        ("Fruitbedrijf Arntz BVBA", []),
    ],
)
def test_which_companies_a_text_writes_with_their_legal_form(text: str, expected: list[str]) -> None:
    assert list(companies_with_legal_form(text)) == expected


def test_a_marked_name_read_with_a_company_of_the_batch_stays_whole() -> None:
    """A dead person's or a vessel's name marked for the batch is kept as written: "Anna van Zonnedauw" cut to
    "Anna" would keep every Anna of the batch as the dead woman."""
    from woo_redact.detect.batch_homes import DECEASED_MARK, VESSEL_MARK

    names = {
        COMPANY_MARK + "Zonnedauw Thuiszorg",
        DECEASED_MARK + "Anna van Zonnedauw",
        VESSEL_MARK + "Maria - Zonnedauw",
    }
    assert not_spread_affiliations(names) == names


def test_a_company_travels_with_its_mark() -> None:
    marks = company_marks("IJsselvallei Water N.V., t.a.v. de directie")
    assert marks == (COMPANY_MARK + "IJsselvallei Water",)
    assert batch_companies(["Pieter Jansen", *marks]) == {"IJsselvallei Water"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # after " - ": the body of an attendance list's row; the name before it is sought
        ("Marloes ter Horst - IJsselvallei", {"Marloes ter Horst"}),
        # after "van": where the person works; a first name alone is not sought in the batch
        ("Marloes van IJsselvallei", set()),
        ("Ayşe van\nZonnedauw", set()),
        ("Kees Smit van Zonnedauw", {"Kees Smit"}),
        # no company's first word, or a surname as well: as it was
        ("Jan van Dijk", {"Jan van Dijk"}),
        ("Jan van Dijk - Gemeente Utrecht", {"Jan van Dijk - Gemeente Utrecht"}),
    ],
)
def test_a_name_read_with_a_company_of_the_batch_is_the_words_before_it(name: str, expected: set[str]) -> None:
    companies = {COMPANY_MARK + "IJsselvallei Water", COMPANY_MARK + "Zonnedauw Thuiszorg"}
    assert not_spread_affiliations({name} | companies) == expected | companies
    assert not_spread_affiliations({name}) == {name}  # (no company in the batch: every name as it was)


@pytest.mark.parametrize(
    ("text", "spread"),
    [
        # no list holds "Vewin" as a given name nor "Hygiënecode" as a surname: redacted there, not sought elsewhere
        ("Vewin de Hygiënecode", False),
        ("Zayaan el Moussaoui", True),  # a surname the list holds
        ("Jildou de Haan", True),
        ("Jildou de Wmo", True),  # a given name the list holds
    ],
)
def test_a_particle_between_unknown_words_is_not_sought_in_the_batch(text: str, spread: bool) -> None:
    assert _spread("PERSON", True, ["tussenvoegsel_name"], text) is spread
    assert _spread("PERSON", True, ["tussenvoegsel_name", "first_name"], text)  # (more evidence: always)


def test_a_company_of_the_batch_is_kept_where_a_name_read_with_it_would_box_it(tmp_path: Path) -> None:
    """The inspection's letterhead writes "IJsselvallei Water N.V."; a chat reads "Marloes van IJsselvallei" as a
    person's name, an attendance list "Marloes ter Horst - IJsselvallei", and before this the batch sought "van
    IJsselvallei" and "IJsselvallei" as surnames in every document. Marloes stays
    redacted in the chat; the company stays readable in the others, bare or with its second word; a firm named after
    someone a document redacts ("Leidingtechniek Haverkamp" beside "Gerrit Haverkamp") is no public company there."""
    from clitools import batch_findings

    inspection = [
        "Inspectierapport drinkwater",
        "Onder toezicht staande: IJsselvallei Water N.V.",
        "Uitvoerder: Leidingtechniek Haverkamp B.V.",
    ]
    chat = [
        "Chat crisisteam",
        "13-01-2026 16:40 - Yusuf Demir: Marloes van IJsselvallei bevestigt: meting van vandaag nog 1 kve.",
        "13-01-2026 16:41 - Sanne Vroegindeweij: dank",
    ]
    mail = [
        "Onderwerp: kookadvies",
        "De directie van IJsselvallei Water heeft het kookadvies ingetrokken; zij volgen van IJsselvallei de lijn.",
        "Met vriendelijke groet, Petra Oosterhuis",
    ]
    invoice = ["Factuur", "Gerrit Haverkamp, Leidingtechniek Haverkamp", "Werkzaamheden aan de leiding"]
    attendance = ["Presentielijst crisisteam", "Marloes ter Horst - IJsselvallei", "Fenna Oosterveld - GGD IJsselland"]
    docs = {"inspection": inspection, "chat": chat, "mail": mail, "invoice": invoice, "attendance": attendance}
    found = batch_findings(tmp_path / "water", docs)
    redacted = {d: [f["text"] for f in fs if f["decision"]["action"] == "redact"] for d, fs in found.items()}
    assert any("Marloes" in t for t in redacted["chat"]), redacted
    assert any("Marloes ter Horst" in t for t in redacted["attendance"]), redacted
    assert not any("IJsselvallei" in t for t in redacted["mail"] + redacted["inspection"]), redacted
    assert "Petra Oosterhuis" in redacted["mail"], redacted
    assert any("Haverkamp" in t for t in redacted["invoice"] if "Gerrit" not in t), redacted


@pytest.mark.parametrize(
    ("text", "company", "redact"),
    [
        # a firm of the batch named after someone this document redacts: his surname in it is no public company's
        # here (the company's words against the redacted surnames, lowercase both)
        ("Cc: Gerrit Haverkamp; Haverkamp Wonen", "Haverkamp Wonen", "Haverkamp Wonen"),
    ],
)
def test_a_company_of_the_batch_named_after_someone_redacted_here_is_not_kept(
    text: str, company: str, redact: str
) -> None:
    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.model import Action
    from woo_redact.parse.text import document_from_text

    config = load_config(None, None)
    doc = document_from_text(text)
    found = Detector(config).detect(doc, [COMPANY_MARK + company])
    covered = {
        i for f, d in zip(found, decide(found, config)) if d.action is Action.REDACT for i in range(f.start, f.end)
    }
    at = doc.text.index(redact)
    assert all(i in covered for i in range(at, at + len(redact)) if not doc.text[i].isspace()), found


@pytest.mark.parametrize(
    ("company", "shorts"),
    [
        # without the word that says what it does, before or after the name
        ("Pompentechniek Van Gelder", ("Van Gelder",)),
        ("Autodemontage Kievitsbloem", ("Kievitsbloem",)),
        ("KeurPlay Inspecties", ("KeurPlay",)),
        ("Installatiebedrijf Dekker", ("Dekker",)),
        # a first name would begin it, the rest is a word, or nothing is left but words: none
        ("Bouwbedrijf Jan Jansen", ()),
        ("Vallei Expertise", ()),
        ("Dam Schoonmaak", ()),
        ("IJsselvallei", ()),
    ],
)
def test_the_short_names_a_company_goes_by(company: str, shorts: tuple[str, ...]) -> None:
    from woo_redact.detect.batch_homes import company_short_names

    assert company_short_names(company) == shorts


def test_a_given_name_with_a_companys_short_name_is_not_sought() -> None:
    """ "Wouter KeurPlay" of a chat's contact is Wouter of "KeurPlay Inspecties B.V.": no surname "KeurPlay" is
    sought in the batch (nor his first name alone)."""
    mark = COMPANY_MARK + "KeurPlay Inspecties"
    assert not_spread_affiliations({"Wouter KeurPlay", mark}) == {mark}
    assert not_spread_affiliations({"Wouter Kramer", mark}) == {"Wouter Kramer", mark}


@pytest.mark.parametrize(
    ("text", "batch", "redact", "keep"),
    [
        # a company's short name, bare: the company's, wherever the batch writes it with its legal form
        (
            "Ik bel Kievitsbloem morgen over de wrakken.",
            ["Autodemontage Kievitsbloem", "Kievitsbloem"],
            [],
            ["Kievitsbloem"],
        ),
        ("KeurPlay levert extra capaciteit.", ["KeurPlay Inspecties", "KeurPlay"], [], ["KeurPlay"]),
        # ... not where a person of the batch standing here bears the name with a given name, nor after a title
        ("Ik bel Kievitsbloem morgen.", ["Autodemontage Kievitsbloem", "Ron Kievitsbloem"], ["Kievitsbloem"], []),
        ("Ik sprak mevrouw Kievitsbloem over de wrakken.", ["Autodemontage Kievitsbloem"], ["Kievitsbloem"], []),
        # ... nor a surname the lists hold, "Wennekes" of "Installatietechniek Wennekes B.V.": anyone's
        ("Wennekes heeft bezwaar gemaakt.", ["Installatietechniek Wennekes", "Wennekes"], ["Wennekes"], []),
        ("Dekker belde. Jan Dekker was aanwezig.", ["Installatiebedrijf Dekker"], ["Dekker"], []),
    ],
)
def test_a_companys_short_name_is_the_companys(text: str, batch: list[str], redact: list[str], keep: list[str]) -> None:
    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.model import Action
    from woo_redact.parse.text import document_from_text

    config = load_config(None, None)
    doc = document_from_text(text)
    names = [COMPANY_MARK + batch[0], *batch[1:]]
    found = Detector(config).detect(doc, names)
    covered = {
        i for f, d in zip(found, decide(found, config)) if d.action is Action.REDACT for i in range(f.start, f.end)
    }
    for word in redact:
        at = doc.text.index(word)
        assert all(i in covered for i in range(at, at + len(word)) if not doc.text[i].isspace()), found
    for word in keep:
        at = doc.text.index(word)
        assert not any(i in covered for i in range(at, at + len(word))), found


def test_a_chats_contact_named_after_the_company_keeps_the_company_in_the_batch(tmp_path: Path) -> None:
    """A WhatsApp export's contact "Wouter KeurPlay" (Wouter of KeurPlay Inspecties B.V.): Wouter redacted there,
    the company readable in the inspection report and the minutes that name it bare."""
    from clitools import batch_findings

    report = ["Jaarinspectie speeltoestellen", "KeurPlay Inspecties B.V. - rapport KP-26-0917", "Inspecteur: W. Ploeg"]
    chat = [
        "WhatsApp-chat met Wouter KeurPlay",
        "19-09-2026 07:31 - Ruud ter Beek: Goedemorgen Wouter, kun je vandaag komen?",
        "19-09-2026 07:33 - Wouter KeurPlay: Ja, om 10 uur ben ik er.",
        "19-09-2026 07:35 - Ruud ter Beek: Top, dank.",
    ]
    minutes = ["Verslag overleg speelplekken", "Hoofdinspectie 2026 in oktober; KeurPlay levert extra capaciteit."]
    found = batch_findings(tmp_path / "speel", {"report": report, "chat": chat, "minutes": minutes})
    redacted = {d: [f["text"] for f in fs if f["decision"]["action"] == "redact"] for d, fs in found.items()}
    assert any("Wouter" in t for t in redacted["chat"]), redacted
    assert not any("KeurPlay" in t for t in redacted["minutes"] + redacted["report"]), redacted
