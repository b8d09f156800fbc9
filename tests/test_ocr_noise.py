"""Archive exports whose invisible OCR layer is noise: read again by OCR, and the layer replaced."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
from clitools import SAMPLES, run_cli
from scangen import NOISE, PUBLIC_WORDS, SECRETS, archive_export

from woo_redact.errors import ExitCode
from woo_redact.parse.noise import noisy_layer, plausible, plausible_share
from woo_redact.parse.words import page_words


def _page(data: bytes):  # noqa: ANN202
    doc = pdfium.PdfDocument(data)
    try:
        return page_words(doc, 0)
    finally:
        doc.close()


def test_plausible_tokens() -> None:
    for word in ("Leeuwarden", "de", "BZK", "06-12345678", "s.visser@minbzk.nl", "Aït-Haddou", "12-03-2025,"):
        assert plausible(word), word
    # a social-media handle, and a display name OCR glued to it, in a screenshot: writing, a person's name
    for word in ("@lotteschreuder_-", "Schreuder@lotteschreuder", "@DUO_nl"):
        assert plausible(word), word
    for junk in ("@x", "a@b", "@@@", "l1I@|"):
        assert not plausible(junk), junk
    for junk in NOISE:
        assert not plausible(junk), junk


def test_born_digital_notes_are_no_noise() -> None:
    shares = []
    for path in sorted(SAMPLES.glob("*.pdf")):
        words, info = _page(path.read_bytes())
        shares.append(plausible_share(words))
        assert not noisy_layer(words, info), path.name  # visible text, no scan under it
    assert min(shares) > 0.85, shares


def test_noisy_archive_layer_is_recognised() -> None:
    words, info = _page(archive_export())
    assert info.invisible == 1.0 and plausible_share(words) < 0.5
    assert noisy_layer(words, info)


def test_archive_export_is_ocrd_and_its_layer_replaced(tmp_path: Path, config_file: Path) -> None:
    src = tmp_path / "in" / "export.pdf"
    src.parent.mkdir()
    src.write_bytes(archive_export())
    out = tmp_path / "out"
    r = run_cli("run", src, "--out", out, "--config", config_file, "--workers", "1")
    assert r.code == ExitCode.OK, r.stderr
    report = json.loads((out / "work" / "export.findings.json").read_text())
    conf = report["ocr_pages"][0]["confidence"]
    assert report["ocr_pages"] == [{"page": 1, "confidence": conf, "noisy_layer": True, "text_layer": True}]
    assert report["ocr_pages"][0]["confidence"] > 80
    assert report["proof"]["passed"]
    texts = {f["text"] for f in report["findings"] if f["decision"]["action"] == "redact"}
    assert {"Sanne Visser", "06-12345678", "s.visser@minbzk.nl"} <= texts
    assert all(f["source"]["kind"] == "ocr" for f in report["findings"])
    result = out / "publish" / "export.pdf"
    text = subprocess.run(["pdftotext", str(result), "-"], capture_output=True, text=True, check=True).stdout
    for word in PUBLIC_WORDS:
        assert word in text, word
    for secret in SECRETS:
        assert secret not in text, secret
    for junk in ("IEEE", "Wkrtsl", "Bsnklm"):
        assert junk not in text, "the noisy layer is gone"
