"""Run the detect and decide stages on plain text, and check what is redacted and what stays.

Each rule test is a table of ``(text, redact, keep)``: every occurrence of a ``redact``
string must be fully covered by redacted findings (only its part in brackets, when it
has one: ``"[Zwolle] vraagt"``); no character of a ``keep`` string may be. Texts use a tab
(or three spaces) for a label/value column, as header blocks do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from woo_redact.config import Config, load_config
from woo_redact.decide import decide
from woo_redact.detect import Detector
from woo_redact.model import Action, Decision, Finding
from woo_redact.parse.text import document_from_text


@dataclass(frozen=True)
class Outcome:
    """What the detector did with one text."""

    text: str
    findings: tuple[Finding, ...]
    decisions: tuple[Decision, ...]

    @property
    def redacted(self) -> list[Finding]:
        return [f for f, d in zip(self.findings, self.decisions) if d.action is Action.REDACT]

    def covered(self) -> set[int]:
        return {i for f in self.redacted for i in range(f.start, f.end)}

    def decision_of(self, needle: str) -> Decision | None:
        for f, d in zip(self.findings, self.decisions):
            if needle in f.text:
                return d
        return None

    def show(self) -> str:
        return "; ".join(
            f"{d.action.value} {f.entity_type} {f.text!r} [{','.join(f.detectors)}]"
            for f, d in zip(self.findings, self.decisions)
        )


@lru_cache(maxsize=4)
def _detector(officials: tuple[str, ...]) -> tuple[Config, Detector]:
    config = load_config(None, None)
    if officials:
        config = config.model_copy(update={"public_officials": officials})
    return config, Detector(config)


def run(text: str, officials: Sequence[str] = ()) -> Outcome:
    """Detect and decide on ``text`` (as a one-column document) with the default configuration."""
    config, detector = _detector(tuple(officials))
    doc = document_from_text(text)
    findings = detector.detect(doc)
    return Outcome(doc.text, findings, decide(findings, config))


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = r"\s+".join(re.escape(p) for p in needle.split())
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w@.]){pattern}(?![\w@])", text)]


def check(text: str, redact: Sequence[str], keep: Sequence[str], officials: Sequence[str] = ()) -> None:
    """Assert the table row: every ``redact`` occurrence covered, no ``keep`` character covered."""
    out = run(text, officials)
    covered = out.covered()
    for needle in redact:
        # "[Zwolle] vraagt": only the part in brackets must be covered, where the whole occurs
        part = re.search(r"\[(.+?)\]", needle)
        plain = needle.replace("[", "").replace("]", "")
        occ = _occurrences(out.text, plain)
        assert occ, f"{plain!r} is not in the text"
        for s, e in occ:
            if part:
                s, e = s + part.start(), s + part.start() + len(part.group(1))
            missing = [i for i in range(s, e) if not out.text[i].isspace() and i not in covered]
            assert not missing, f"{needle!r} not redacted at {s}: {out.show()}"
    for needle in keep:
        occ = _occurrences(out.text, needle)
        assert occ, f"{needle!r} is not in the text"
        for s, e in occ:
            assert not any(i in covered for i in range(s, e)), f"{needle!r} redacted at {s}: {out.show()}"
