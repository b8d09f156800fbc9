"""Planted leaks (tests/prooffaults.py): a run's proof fails for every one, by the measured checks.

The table of which check catches which fault is docs/proof.md; a change that
makes a check miss a fault it caught (or drops a check that alone catches one)
fails here.
"""

from __future__ import annotations

import pytest
from prooffaults import CAUGHT_BY, Fault, faults, run
from test_prove import Layout, make_pdf

from woo_redact.prove import RUN_ENGINES


@pytest.fixture(scope="module")
def planted() -> tuple[bytes, Layout, dict[str, Fault]]:
    original, layout = make_pdf()
    redacted = make_pdf(redact=True)[0]
    return original, layout, faults(original, redacted, layout)


def test_every_fault_is_in_the_table(planted: tuple[bytes, Layout, dict[str, Fault]]) -> None:
    assert set(planted[2]) == set(CAUGHT_BY)


def test_correct_redaction_passes(planted: tuple[bytes, Layout, dict[str, Fault]]) -> None:
    original, layout, _ = planted
    proof = run(original, layout.findings(), Fault(make_pdf(redact=True)[0]), RUN_ENGINES)
    assert proof.passed, proof.failures


@pytest.mark.parametrize("name", sorted(CAUGHT_BY))
def test_planted_fault_fails_the_proof(name: str, planted: tuple[bytes, Layout, dict[str, Fault]]) -> None:
    original, layout, every = planted
    proof = run(original, layout.findings(), every[name], RUN_ENGINES)
    assert not proof.passed
    assert {c.name for c in proof.failures} == CAUGHT_BY[name]
    for check in proof.checks:  # details name findings by id, never by their text
        assert "jansen" not in check.detail.lower()
