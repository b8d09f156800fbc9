"""The model's one failure: a value that breaks an invariant where it is made."""

from __future__ import annotations


class ModelError(ValueError):
    """A value broke an invariant of the model (a programming error)."""


def require(cond: bool, msg: str) -> None:
    """Raise :class:`ModelError` with ``msg`` unless ``cond``."""
    if not cond:
        raise ModelError(msg)
