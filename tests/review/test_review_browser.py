"""End to end: run, review in a real Chromium, restart, apply, and check the final PDFs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from clitools import ROOT, run_cli
from reviewtools import CHROMIUM, CHROMIUM_ARGS, REVIEWER, finding_id, make_run, review_server

from woo_redact.parse import parse_pdf
from woo_redact.prove import extract_texts
from woo_redact.review.catalog import load_catalog
from woo_redact.review.pages import PageImages

sync_api = pytest.importorskip("playwright.sync_api")
TIMEOUT_MS = 15_000
SCREENSHOT = ROOT / "docs" / "review.png"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: `make test` installs it (as root: apt-get install -y chromium)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True, timeout=60_000)
        try:
            yield b
        finally:
            b.close()


def _row(page: object, doc: int, fid: str) -> object:
    return page.locator(f"#row-{doc}-{fid}")  # type: ignore[attr-defined]


def _expect_status(page: object, doc: int, fid: str, status: str) -> None:
    sync_api.expect(_row(page, doc, fid)).to_have_class(re.compile(rf"\bstatus-{status}\b"), timeout=TIMEOUT_MS)


def _drag_over_word(page: object, out: Path, word: str) -> None:
    """Drag a rectangle over ``word`` on the first page of document 0, in add mode."""
    doc = load_catalog(out).docs[0]
    parsed = parse_pdf(Path(doc.input).read_bytes(), doc.input)
    target = next(w for w in parsed.words if w.text.startswith(word))
    geom = PageImages(out).geometry(doc)[0]
    x, y, w, h = geom.box_to_pixels(target.box)
    svg = page.locator("#page-0 svg")  # type: ignore[attr-defined]
    svg.scroll_into_view_if_needed()
    bb = svg.bounding_box()
    vw, vh = geom.pixel_size
    sx, sy = bb["width"] / vw, bb["height"] / vh

    def at(px: float, py: float) -> tuple[float, float]:
        return bb["x"] + px * sx, bb["y"] + py * sy

    page.keyboard.press("m")  # type: ignore[attr-defined]
    page.mouse.move(*at(x - 2, y - 2))  # type: ignore[attr-defined]
    page.mouse.down()  # type: ignore[attr-defined]
    page.mouse.move(*at(x + w / 2, y + h / 2), steps=4)  # type: ignore[attr-defined]
    page.mouse.move(*at(x + w + 2, y + h + 2), steps=4)  # type: ignore[attr-defined]
    page.mouse.up()  # type: ignore[attr-defined]


def test_review_then_apply(browser: object, tmp_path: Path, config_file: Path) -> None:
    out = make_run(tmp_path, config_file)
    phone = finding_id(out, "a.pdf", "070-3456789")  # flagged for review
    sanne = finding_id(out, "a.pdf", "Sanne Visser")
    wolk_a = finding_id(out, "a.pdf", "P. Wolkenveld")
    wolk_b = finding_id(out, "b.pdf", "P. Wolkenveld")

    context = browser.new_context(viewport={"width": 1440, "height": 1000})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        with review_server(out) as server:
            page.goto(server.url)
            # the token was swapped for a cookie and removed from the address
            assert "token=" not in page.url
            page.wait_for_selector("body.ready")
            sync_api.expect(page.locator("#progress")).to_contain_text("0 reviewed / 1 to review")
            # resumes at the flagged finding, shown with its explanation
            sync_api.expect(page.locator("#d-text")).to_have_text("070-3456789")
            sync_api.expect(page.locator("#d-reasons")).to_contain_text("phone_nl")
            sync_api.expect(page.locator(f'rect.box.to_review[data-id="{phone}"]')).to_have_count(1)

            page.keyboard.press("r")  # reject the flagged phone number: it stays readable
            _expect_status(page, 0, phone, "rejected")
            page.wait_for_selector("body.ready")

            _row(page, 0, sanne).click()
            page.keyboard.press("c")  # confirm
            _expect_status(page, 0, sanne, "confirmed")
            page.wait_for_selector("body.ready")

            _drag_over_word(page, out, "Bakker")  # a name the tool missed
            sync_api.expect(page.locator("#manual li.manual-row")).to_contain_text("Bakker")
            sync_api.expect(page.locator("rect.box.manual")).to_have_count(1)
            page.wait_for_selector("body.ready")

            _row(page, 0, wolk_a).click()
            page.keyboard.press("r")
            _expect_status(page, 0, wolk_a, "rejected")
            page.wait_for_selector("body.ready")
            _row(page, 0, wolk_a).click()
            # the page reloads itself after a decision: let that finish before navigating away
            asked: list[str] = []

            def answer(dialog):  # type: ignore[no-untyped-def]
                asked.append(dialog.message)
                dialog.accept()

            page.once("dialog", answer)  # the count and the documents are shown before it is applied
            with page.expect_navigation(), page.expect_response("**/api/decide"):
                page.keyboard.press("a")  # the same decision at every occurrence of this type in the batch
            assert asked and "2 occurrences" in asked[0] and "a.pdf (1), b.pdf (1)" in asked[0], asked
            page.wait_for_selector("body.ready")
            page.goto(server.base + "/?doc=1")
            _expect_status(page, 1, wolk_b, "rejected")
            sync_api.expect(page.locator("#btn-undo")).to_be_visible()  # undoable

        with review_server(out) as server:  # a restart: the decisions are kept
            page.goto(server.url + "&doc=0&f=" + sanne)
            page.wait_for_selector("body.ready")
            _expect_status(page, 0, phone, "rejected")
            _expect_status(page, 0, sanne, "confirmed")
            _expect_status(page, 0, wolk_a, "rejected")
            sync_api.expect(page.locator("#manual li.manual-row")).to_contain_text("Bakker")
            sync_api.expect(page.locator("#progress")).to_contain_text("4 reviewed / 0 to review")
            # the whole batch's list, filtered by status
            page.goto(server.base + "/?doc=0&scope=all&status=rejected")
            page.wait_for_selector("body.ready")
            sync_api.expect(page.locator("#findings li.row")).to_have_count(3)
            page.goto(server.base + "/?doc=0&f=" + phone)
            page.wait_for_selector("body.ready")
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=False)
    finally:
        context.close()

    r = run_cli("apply", out, "--config", config_file)
    assert r.code == 0, r.stderr
    a = extract_texts((out / "publish" / "a.pdf").read_bytes())
    b = extract_texts((out / "publish" / "b.pdf").read_bytes())
    for engine, text in a.items():
        assert "070-3456789" in text, f"{engine}: the rejected finding must stay readable"
        assert "Wolkenveld" in text, f"{engine}: rejected at every occurrence"
        assert "Bakker" not in text, f"{engine}: the word added by hand must be gone"
        assert "Sanne" not in text, engine
    for engine, text in b.items():
        assert "Wolkenveld" in text, f"{engine}: rejected at every occurrence"
        assert "Sanne" not in text, engine

    findings = json.loads((out / "work" / "a.findings.json").read_text())
    by_id = {f["id"]: f for f in findings["findings"]}
    assert by_id[phone]["decision"]["action"] == "keep"
    assert by_id[sanne]["decision"]["decided_by"] == REVIEWER
    manual = [f for f in findings["findings"] if "reviewer" in f["detectors"]]
    assert [f["text"] for f in manual] == ["Bakker"]
    log = [json.loads(line) for line in (out / "audit.jsonl").read_text().splitlines()]
    decisions = [rec for rec in log if rec["type"] == "review_decision"]
    assert {(d["finding"], d["action"]) for d in decisions} >= {(phone, "reject"), (sanne, "confirm")}
    assert all(d["reviewer"] == REVIEWER and d["time"] for d in decisions)
    assert not any("Bakker" in line for line in (out / "audit.jsonl").read_text().splitlines())
    assert len((out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig").splitlines()) == 3
    # the log stays one unbroken chain of complete runs, outputs matching
    v = run_cli("audit", "verify", "--outputs", out / "publish", out / "audit.jsonl")
    assert v.code == 0, v.stderr


def test_review_shows_what_was_read_by_ocr_and_which_areas_are_signatures(
    browser: object, tmp_path: Path, config_file: Path
) -> None:
    """A scanned note (OCR'd) and a signed letter: each finding says where it was read."""
    from scangen import scanned_note
    from siggen import signed_letter

    src = tmp_path / "in"
    src.mkdir()
    (src / "scan.pdf").write_bytes(scanned_note(logo=False))
    (src / "signed.pdf").write_bytes(signed_letter("Met vriendelijke groet,", "Jan de Boer", "jurist", mark="image")[0])
    out = tmp_path / "out"
    r = run_cli("run", src, "--out", out, "--config", config_file, "--workers", "1")
    assert r.code == 0, r.stderr
    phone = finding_id(out, "scan.pdf", "06-12345678")
    data = json.loads((out / "work" / "signed.findings.json").read_text(encoding="utf-8"))
    signature = next(f["id"] for f in data["findings"] if f["entity_type"] == "SIGNATURE")
    context = browser.new_context(viewport={"width": 1440, "height": 1000})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        with review_server(out) as server:
            page.goto(server.url + "&doc=0&f=" + phone)
            page.wait_for_selector("body.ready")
            sync_api.expect(page.locator("#ocr-pages")).to_contain_text(re.compile(r"OCR: p\. 1 \(\d+%\)"))
            sync_api.expect(_row(page, 0, phone).locator(".source-ocr")).to_have_text(re.compile(r"OCR \d+%"))
            sync_api.expect(page.locator("#d-source")).to_contain_text("check the reading against the scan")
            page.goto(server.base + "/?doc=1&f=" + signature)
            page.wait_for_selector("body.ready")
            sync_api.expect(page.locator("#ocr-pages")).to_have_count(0)
            sync_api.expect(_row(page, 1, signature).locator(".source-image")).to_contain_text("signature or paraph")
            sync_api.expect(page.locator("#d-text")).to_have_text("(image or ink area)")
            sync_api.expect(page.locator("#d-source")).to_contain_text("an image")
            sync_api.expect(page.locator("#d-reasons")).to_contain_text("Jan de Boer")
            sync_api.expect(page.locator(f'rect.box.to_review[data-id="{signature}"]')).to_have_count(1)
    finally:
        context.close()
