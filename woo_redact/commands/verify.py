"""``woo-redact verify``: the proof of one output, from its findings file."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ..errors import ExitCode, MissingDependencyError, UsageError
from ..model import Box, Explanation, Finding, Ground, Proof
from ..preflight import pdftotext_missing
from ..prove import prove

log = logging.getLogger(__name__)


def verify(original: Path, redacted: Path, findings: Path) -> ExitCode:
    """``woo-redact verify``: each check of the proof as a JSON line on stdout, the verdict on stderr."""
    proof = verify_files(original, redacted, findings)
    for c in proof.checks:
        print(json.dumps({"check": c.name, "passed": c.passed, "detail": c.detail}, ensure_ascii=False))
    if not proof.passed:
        log.error("verify: the proof does NOT hold for %s (%d failed checks).", redacted, len(proof.failures))
        return ExitCode.VERIFY_FAILED
    log.info("verify: the proof holds for %s.", redacted)
    return ExitCode.OK


def findings_from_file(path: Path) -> tuple[list[Finding], dict[str, Any]]:
    """The redacted findings of a ``.findings.json`` file, and the file's data."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data["findings"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{path}: not a woo_redact findings file ({exc}).") from exc
    out = []
    for item in items:
        if item["decision"]["action"] != "redact":
            continue
        boxes = tuple(Box(b["page"] - 1, *b["bbox"]) for b in item["boxes"])
        expl = tuple(Explanation(e["detector"], e["score"], e["reason"]) for e in item["explanation"])
        text = item["text"]
        out.append(
            Finding(
                item["id"], 0, len(text), text, item["entity_type"], Ground(item["ground"]), item["score"], boxes, expl
            )
        )
    return out, data


def verify_files(original: Path, redacted: Path, findings: Path) -> Proof:
    """Prove ``redacted`` against ``original`` for the redactions listed in ``findings``."""
    for p in (original, redacted):
        if not p.is_file():
            raise UsageError(f"{p}: no such file.")
    missing = pdftotext_missing()
    if missing:
        raise MissingDependencyError(missing + ".")
    found, data = findings_from_file(findings)
    src, out = original.read_bytes(), redacted.read_bytes()
    rasterized = [r["page"] - 1 for r in data.get("rasterized_pages", [])]
    appended = max(0, _page_count(out) - int(data.get("pages") or _page_count(src)))
    motivation = data.get("motivation") or {}
    changed = [Box(a["page"] - 1, *a["bbox"]) for a in motivation.get("changed_areas", [])]
    added = str(motivation.get("added_text", ""))
    replaced = [o["page"] - 1 for o in data.get("ocr_pages", []) if o.get("noisy_layer")]
    return prove(
        src,
        out,
        found,
        changed_areas=changed,
        rasterized_pages=rasterized,
        appended_pages=appended,
        added_text=added,
        replaced_layers=replaced,
    )


def _page_count(data: bytes) -> int:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)
