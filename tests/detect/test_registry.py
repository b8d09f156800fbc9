"""The detector registry: built-ins via the entry point, custom detectors from the config, clear errors."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest

from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.detect.registry import DetectorType, Registry, registry
from woo_redact.errors import ConfigError
from woo_redact.parse.text import document_from_text


def test_builtins_register_through_the_entry_point() -> None:
    assert any(ep.name == "builtin" for ep in entry_points(group="woo_redact.detectors"))
    types = registry().types
    for name in ("email", "phone_nl", "bsn", "iban", "header_field", "home_address", "ner", "custom"):
        assert name in types
    assert types["ner"].kind == "statistical" and types["header_field"].kind == "structure"


def _config(tmp_path: Path, body: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "c.yaml"
    path.write_text(body, encoding="utf-8")
    return load_config(path, None)


def test_custom_regex_and_deny_list_from_the_config(tmp_path: Path) -> None:
    defaults = load_config(None, None)
    extra = (
        "recognizers:\n"
        + "".join(
            f"  - {{name: {r.name}, type: {r.type}}}\n"
            for r in defaults.recognizers
            if r.type not in ("ner", "custom")  # the built-in custom ones need their params
        )
        + "  - {name: zaak, type: custom, params: {entity: ZAAKNUMMER, patterns: [{regex: 'Z-\\d{4}-\\d{6}'}]}}\n"
        + "  - {name: team, type: custom, params: {entity: PERSON, deny_list: [Kwartiermaker Oost]}}\n"
        + "entity_grounds: {ZAAKNUMMER: '5.1.2i'}\n"
    )
    config = _config(tmp_path, extra)
    doc = document_from_text("Zaak Z-2025-000123 is besproken met Kwartiermaker Oost.")
    found = {f.entity_type: f for f in Detector(config).detect(doc)}
    assert found["ZAAKNUMMER"].text == "Z-2025-000123" and found["ZAAKNUMMER"].ground.value == "5.1.2i"
    assert found["PERSON"].text == "Kwartiermaker Oost"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("recognizers:\n  - {name: x, type: no_such_type}\n", "unknown type 'no_such_type'"),
        ("recognizers:\n  - {name: ner, type: ner, params: {scor: 0.5}}\n", "params.scor"),
        ("recognizers:\n  - {name: e, type: email, params: {x: 1}}\n", "takes no params"),
        ("recognizers:\n  - {name: c, type: custom, params: {entity: X}}\n", "needs patterns or a deny_list"),
        ("entity_grounds: {NL_BSN: '9.9.9'}\n", "unknown ground codes"),
        (
            "recognizers:\n  - {name: e, type: email}\n  - {name: e, type: phone_nl}\n",
            "occur more than once; give each recognizer its own name",
        ),
    ],
)
def test_bad_detector_config_is_a_clear_error(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        Detector(_config(tmp_path, body))


def test_a_type_registered_twice_is_an_error() -> None:
    reg = Registry()
    t = DetectorType("x", "structure", ("PERSON",), 0.8, lambda doc: [], "test")
    reg.add(t)
    reg.add(t)  # the same object again is harmless
    with pytest.raises(ConfigError, match="registered twice"):
        reg.add(DetectorType("x", "structure", ("PERSON",), 0.8, lambda doc: [], "other"))
