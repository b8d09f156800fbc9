"""Phase 2's search for names redacted elsewhere in the batch: the first-word filter changes no result."""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath

from woo_redact.batch_names import present_names
from woo_redact.batch_worker import BatchNames
from woo_redact.detect.propagate import forms_present

NAMES = [
    "Sanne Kwakernaak-Oudshoorn",
    "Jan van der Berg",
    "Pieter Jansen",
    "Fatima el Amrani",
    "ROEL VAN 'T HOF",
    "Dewi Lage",
    "Thijn Mater",
]
TEXTS = [
    "Kwakernaak-Oudshoorn heeft het stuk gelezen.",
    "Overleg met Van der Berg en\nJansen over de planning.",
    "De heer VAN 'T HOF tekende; Dewi stuurde het door.",
    "Niets van dit alles: Berg, Jan, Amrani-straat, mater.",
    "Gesprek met Jan\u00a0van der\u00a0Berg en Fatima el\nAmrani; ROEL VAN 'T\u00a0HOF belde.",
    "",
]


def test_same_names_as_searching_all(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    body = "".join(f"{n}\n" for n in sorted(NAMES))
    path.write_text(body, encoding="utf-8")
    ref = BatchNames(str(path), hashlib.sha256(body.encode()).hexdigest())
    found_any = False
    for text in TEXTS:
        for own in ((), ("Pieter Jansen",)):
            expected = forms_present(text, sorted(set(NAMES) - set(own)))
            assert present_names(text, own, ref) == expected
            found_any |= bool(expected)
    assert found_any
    assert present_names(TEXTS[0], (), None) == ()


def test_phase_1_proposals_give_the_same_findings() -> None:
    """Phase 2 detects with the batch's names from phase 1's engine proposals (and organisations' spans):
    as if from scratch."""
    from clitools import OFFICIALS, SAMPLES

    from woo_redact.batch_worker import proposals_known
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.parse import parse_pdf

    detector = Detector(load_config(None, OFFICIALS))
    docs = [parse_pdf(p.read_bytes(), str(p)) for p in sorted(SAMPLES.glob("*.pdf"))[:4]]
    names = sorted({f.text for d in docs for f in detector.detect(d) if f.entity_type == "PERSON"})
    assert names
    for doc in docs:
        cands = detector.engine.candidates(doc)
        orgs = detector.organisations(doc.text)
        with proposals_known(detector, doc, cands):
            reused = detector.detect(doc, names)
        with proposals_known(detector, doc, cands, orgs):
            reused_orgs = detector.detect(doc, names)
        assert reused == reused_orgs == detector.detect(doc, names)
    assert "candidates" not in vars(detector.engine)  # the engine's own method again
    assert "organisations" not in vars(detector)


def test_phase_2_redoes_phase_1_when_the_input_changed(tmp_path: Path, config_file: Path) -> None:
    """A phase-1 parse of an earlier version of the input is not used: phase 2 reads the input as it is."""
    import json

    from pdfgen import make_note

    from woo_redact.batch_jobs import Job, cache_path, finish_job, scan_job
    from woo_redact.batch_worker import WorkerInit
    from woo_redact.config import load_config
    from woo_redact.layout import Layout
    from woo_redact.outputs import run_stamp

    config = load_config(config_file)
    stamp = run_stamp(config)
    init = WorkerInit(config, b"k" * 32, str(tmp_path / "out"), stamp, f"{stamp.config_sha256}:{stamp.detector_sha256}")
    src = make_note(tmp_path / "n.pdf", [("Helvetica", "Van: Sanne Kwakernaak-Oudshoorn")])
    job = Job(src, PurePosixPath("n.pdf"))
    assert scan_job(job, init).names == ("Sanne Kwakernaak-Oudshoorn",)
    assert cache_path(Layout(tmp_path / "out"), job.rel).is_file()
    make_note(src, [("Helvetica", "Van: Pieter Jansen, beleidsmedewerker")])  # replaced after phase 1
    outcome = finish_job(job, init, None)
    assert not outcome.result.error, outcome.result.error
    found = json.loads((tmp_path / "out" / "work" / "n.findings.json").read_text())["findings"]
    assert [f["text"] for f in found if f["entity_type"] == "PERSON"] == ["Pieter Jansen"]
    assert not cache_path(Layout(tmp_path / "out"), job.rel).exists()


def _pieces_by_definition(text: str) -> set[str]:
    """Every text[p:q] without a character str.split() splits at, beginning where a form's pattern may begin
    (propagate._FORM_BEFORE's first look-behind) and ending where it may end (before white space or as
    propagate._FORM_AFTER allows): each pair of places tried."""
    import regex

    start = regex.compile(r"(?<![\w.\-])", regex.VERSION1)
    end = regex.compile(r"(?![\w@\-])", regex.VERSION1)
    out = set()
    for p in range(len(text)):
        if not start.match(text, p):
            continue
        for q in range(p + 1, len(text) + 1):
            if text[q - 1].isspace():
                break
            if end.match(text, q):
                out.add(text[p:q])
    # a hyphen may stand for a several-word form's gap ("Lieke-Bosschaart-Imanuel"): in a run of word characters
    # and hyphens alone, every stretch of its hyphen-separated parts
    for run in regex.findall(r"[^\s\x1c-\x1f]+", text):
        if regex.fullmatch(r"[\w\-]+", run) and "-" in run:
            parts = run.split("-")
            out.update("-".join(parts[a:b]) for a in range(len(parts)) for b in range(a + 1, len(parts) + 1))
    return out


def test_standing_words_are_the_pieces_a_form_may_match(tmp_path: Path) -> None:
    """standing_words gives every piece the definition gives, on texts of awkward characters; and
    present_names (which looks its names' words up among them) finds what searching every form finds."""
    import random

    from woo_redact.batch_names import standing_words

    rng = random.Random(13)
    alphabet = list("aJnsVDeR'-.@,()/:;_0²") + [" ", " ", "\n", "\u00a0", "\x1f", "\u0301", "\u2009", "\u200b", "ë"]
    words = [w for n in NAMES for w in n.split()] + ["Kwakernaak", "Oudshoorn", "Jan-Willem", "d'Ancona"]
    path = tmp_path / "names.txt"
    body = "".join(f"{n}\n" for n in sorted(NAMES + ["Jan-Willem d'Ancona"]))
    path.write_text(body, encoding="utf-8")
    ref = BatchNames(str(path), hashlib.sha256(body.encode()).hexdigest())
    found = 0
    for _ in range(300):
        parts = [rng.choice(words) if rng.random() < 0.5 else "".join(rng.choices(alphabet, k=rng.randint(1, 4)))]
        for _ in range(rng.randint(1, 12)):
            parts.append("".join(rng.choices(alphabet, k=rng.randint(0, 2))) or " ")
            parts.append(rng.choice(words) if rng.random() < 0.6 else "".join(rng.choices(alphabet, k=3)))
        text = "".join(parts)
        assert standing_words(text) == _pieces_by_definition(text), text
        expected = forms_present(text, sorted(set(NAMES + ["Jan-Willem d'Ancona"])))
        assert present_names(text, (), ref) == expected, text
        found += bool(expected)
    assert found > 30


def test_names_only_the_model_found_are_not_sought_in_other_documents() -> None:
    from woo_redact.batch_names import _meta_names, _own_names
    from woo_redact.config import load_config
    from woo_redact.model import Explanation, Finding, Ground

    config = load_config(None, None)

    def finding(text: str, start: int, *detectors: str) -> Finding:
        expl = tuple(Explanation(d, 0.85, "test") for d in detectors)
        return Finding(f"f{start}", start, start + len(text), text, "PERSON", Ground("5.1.2e"), 0.85, (), expl)

    found = [
        finding("Succescriterium Elke", 0, "ner"),  # the model alone: redacted here, not spread
        finding("Succescriterium", 40, "propagation"),
        finding("Sanne Visser", 80, "first_name", "ner"),  # a rule agrees: the batch seeks her
        finding("Visser", 120, "propagation"),
    ]
    assert _own_names(found, config) == ("Sanne Visser",)
    meta = {
        "findings": [
            {"text": f.text, "entity_type": "PERSON", "detectors": list(f.detectors), "decision": {"action": "redact"}}
            for f in found
        ]
    }
    assert _meta_names(meta) == ("Sanne Visser",)


def test_a_paraph_of_a_person_named_elsewhere_makes_the_name_present(tmp_path: Path) -> None:
    """A document where a batch person's paraph stands as one ("check PB") is detected with that person's name."""
    path = tmp_path / "names.txt"
    body = "Pieter Bos\nSevda Kok\n"
    path.write_text(body, encoding="utf-8")
    ref = BatchNames(str(path), hashlib.sha256(body.encode()).hexdigest())
    assert present_names("Opgesteld door MK, check PB\nVerder niets.", (), ref) == ("Pieter Bos",)
    assert present_names("Zie PB 2024/12 en SK-nummers.", (), ref) == ()
    assert present_names("Check PB.", ("Pieter Bos",), ref) == ()


def test_a_paraph_after_a_role_word_makes_the_name_present(tmp_path: Path) -> None:
    """ "overleg met teamleider PvtH.": a preposition and a role's word before the paraph, the clause ending after it
    (session 59); not after an article ("met de RvS.": the Raad van State, whoever Rob van Seters is)."""
    path = tmp_path / "names.txt"
    body = "Petra van 't Hul\nRob van Seters\n"
    path.write_text(body, encoding="utf-8")
    ref = BatchNames(str(path), hashlib.sha256(body.encode()).hexdigest())
    assert present_names("Vervolg: overleg met teamleider PvtH. Rapport volgt.", (), ref) == ("Petra van 't Hul",)
    assert present_names("Wij spraken met de RvS. Het advies volgt.", (), ref) == ()


def test_an_account_of_a_person_named_elsewhere_makes_the_name_present(tmp_path: Path) -> None:
    """A chat export names the colleague who made it by an account ("door bwolters01", "rvig-adm-ydemirtas") that
    is spelled from a name other documents redact: that document is detected with the name, so the account goes."""
    path = tmp_path / "names.txt"
    body = "B. Wolters\nYusuf Demirtaş\nAnna de Vos\n"
    path.write_text(body, encoding="utf-8")
    ref = BatchNames(str(path), hashlib.sha256(body.encode()).hexdigest())
    text = "Geëxporteerd door bwolters01.\nAccount rvig-adm-ydemirtas geblokkeerd."
    assert present_names(text, (), ref) == ("B. Wolters", "Yusuf Demirtaş")
    assert present_names("De bewoners; pwolters02 en bwolterslaan", (), ref) == ()
    assert present_names(text, ("B. Wolters",), ref) == ("Yusuf Demirtaş",)


def test_an_account_in_capitals_or_with_a_dot_makes_the_name_present(tmp_path: Path) -> None:
    """A log's "RKLAASSEN" and "ADM_PJANSEN", a ticket export's "s.yildirim": accounts of people other documents
    name; "j.vos" (a surname of three letters) and a dotted word of no one's are not."""
    path = tmp_path / "names.txt"
    body = "Ruben Klaassen\nPieter Jansen\nSevda Yildirim\nJan Vos\n"
    path.write_text(body, encoding="utf-8")
    ref = BatchNames(str(path), hashlib.sha256(body.encode()).hexdigest())
    text = "2025-02-06 23:17 RKLAASSEN\nAccount ADM_PJANSEN gedisabled.\nAssignee s.yildirim"
    assert present_names(text, (), ref) == ("Pieter Jansen", "Ruben Klaassen", "Sevda Yildirim")
    assert present_names("Zie j.vos en s.yildirim@logius.nl en i.e. ns.log", (), ref) == ()


def test_a_name_only_in_a_bookmark_is_sought_there(tmp_path: Path) -> None:
    """A bundle's bookmark "Aantekeningen Hesselink / Kartosen" names two people its pages do not, both named in
    another document: phase 2 seeks them in the hidden channels (and records them with the batch's names)."""
    import pikepdf

    from woo_redact.batch_jobs import _hidden_present

    path = tmp_path / "names.txt"
    body = "Sanne Kartosen\nGerrit Hesselink\nPieter Jansen\n"
    path.write_text(body, encoding="utf-8")
    ref = BatchNames(str(path), hashlib.sha256(body.encode()).hexdigest())
    pdf = pikepdf.new()
    pdf.add_blank_page()
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Aantekeningen Hesselink / Kartosen", 0))
    pdf.save(tmp_path / "bundle.pdf")
    data = (tmp_path / "bundle.pdf").read_bytes()
    assert _hidden_present(data, (), (), ref) == ("Gerrit Hesselink", "Sanne Kartosen")
    assert _hidden_present(data, ("Gerrit Hesselink",), (), ref) == ("Sanne Kartosen",)
    assert _hidden_present(data, (), ("Sanne Kartosen",), ref) == ("Gerrit Hesselink",)
    assert _hidden_present(data, (), (), None) == ()


def test_an_office_holder_titled_in_one_document_is_kept_in_another(tmp_path: Path) -> None:
    """A gedeputeerde titled in the decision ("gedeputeerde Van 't Hoog") is the one a chat of the same batch names
    by surname alone; a document that also names another person of that surname keeps redacting it (and so, in
    that batch, does the chat: the surname is two people's there)."""
    from clitools import batch_findings

    def batch(name: str, docs: dict[str, list[str]]) -> dict[str, dict[str, str]]:
        found = batch_findings(tmp_path / name, docs)
        return {
            doc: {f["text"]: f["decision"]["action"] for f in fs if f["entity_type"] == "PERSON"}
            for doc, fs in found.items()
        }

    decision = ["Het besluit is besproken met gedeputeerde Van 't Hoog van Gelderland."]
    chat = ["[05-03-2024 07:48] Willemijn: overleg met Van 't Hoog schuift naar 10.30"]
    one = batch(
        "one",
        {
            "a": decision,
            "b": chat,
            "d": ["Wethouder Marco Swart opende.", "Tot ziens."],
            "e": ["Van: Marco Swart", "Aan: Team Noord"],
            "f": ["Gisteren sprak Marco Swart de raad toe over de begroting."],
            "g": [
                "Geachte heer,",
                "Wij antwoorden u graag.",
                "Met vriendelijke groet,",
                "Marco Swart",
                "wethouder Financiën",
            ],
        },
    )
    assert one["a"]["Van 't Hoog"] == one["b"]["Van 't Hoog"] == "keep", one
    # a full name titled in one document stays in another's text, not in another's header field (session 59: only
    # this document's own title, or a listed office holder, keeps a header's person; "heemraad Ozkan" / "Kees Mulder"
    # of a scanned list read a row a line had kept "Van: Mulder, Kees" in every mail of the batch)
    assert one["f"]["Marco Swart"] == "keep", one
    assert one["e"]["Marco Swart"] == "redact", one
    # ... unless this document's own line under the signature holds the office
    assert one["g"]["Marco Swart"] == "keep", one
    two = batch(
        "two",
        {"a": decision, "b": chat, "c": ["Van: Anita van 't Hoog, beleidsmedewerker", "Van 't Hoog belt u terug."]},
    )
    assert two["a"]["Van 't Hoog"] == "keep", two
    assert two["c"]["Anita van 't Hoog"] == two["c"]["Van 't Hoog"] == two["b"]["Van 't Hoog"] == "redact", two


def test_a_title_read_from_a_table_row_is_not_spread_to_the_batch(tmp_path: Path) -> None:
    """An attendance table gives "wethouder Zorg" in a later cell of Henk Westra's row: an office holder there. The
    batch does not spread a title read from the row's geometry (a question's row had made a complainant an office
    holder in six documents): the incident report's "de heer Henk Westra" stays redacted; a title written with the
    name ("wethouder Marco Swart") is spread as before."""
    from clitools import batch_findings

    table = [
        "Aanwezig",
        "Naam             Organisatie              Rol",
        "Henk Westra      gemeente Vlietstede      wethouder Zorg",
        "R. Nijkamp       gemeente Vlietstede      beleidsadviseur",
    ]
    report = ["Incidentrapport", "Om 23.18 uur meldde de heer Henk Westra zich bij de slagboom."]
    titled = ["Wethouder Marco Swart opende de avond."]
    speech = ["Gisteren sprak Marco Swart de raad toe over de begroting."]
    found = batch_findings(tmp_path / "b", {"a": table, "b": report, "c": titled, "d": speech})
    act = {
        d: {f["text"]: f["decision"]["action"] for f in fs if f["entity_type"] == "PERSON"} for d, fs in found.items()
    }
    assert act["a"]["Henk Westra"] == "keep", act
    assert act["b"]["Henk Westra"] == "redact", act
    assert act["d"]["Marco Swart"] == "keep", act
