"""The detector registry: every detector type the config can name, built-in or third-party.

A detector type declares its *kind*, the entity it reports, its default score and
how it is built. Built-in detectors register through the same entry point a
third-party package uses (group ``woo_redact.detectors``, see ``pyproject.toml``)::

    [project.entry-points."woo_redact.detectors"]
    my_detectors = "my_package.detectors:register"

where ``register(registry)`` calls ``registry.add(DetectorType(...))`` once per type.
The config then names the type in ``recognizers:`` (``{name: x, type: my_type, params: {...}}``).

Kinds:

- ``pattern``: a presidio recognizer over the text (regexes with validation);
- ``statistical``: a presidio recognizer backed by a model (its spans must pass
  :func:`~woo_redact.detect.model_names.plausible_model_name`);
- ``structure``: a function ``Document -> [Candidate]`` that reads layout
  (header fields, signature blocks, tables);
- ``custom``: declared entirely in the config (regexes or a deny list), built here
  as a presidio ``PatternRecognizer``.

Derived detectors (propagation, batch propagation, paraphs derived from names) and
the keep rules (:mod:`.evidence`) are steps of the detect stage, not configurable
types; their explanations name them all the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any, Literal

import regex
from presidio_analyzer import Pattern, PatternRecognizer
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ConfigError
from .custom import CustomRecognizer

__all__ = ["CustomParams", "DetectorType", "Registry", "build_custom", "registry"]

Kind = Literal["pattern", "statistical", "structure", "custom"]
ENTRY_POINT_GROUP = "woo_redact.detectors"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DetectorType:
    """One kind of detector the configuration can use."""

    name: str
    kind: Kind
    entities: tuple[str, ...]
    default_score: float
    factory: Callable[..., Any]  # presidio: (name=, **params) -> EntityRecognizer; structure: the function
    description: str
    params: type[BaseModel] | None = None  # validates ``params`` from the config


@dataclass
class Registry:
    """Detector types by name."""

    types: dict[str, DetectorType] = field(default_factory=dict)

    def add(self, t: DetectorType) -> None:
        """Register a type; a name registered twice is a configuration error."""
        if t.name in self.types and self.types[t.name] is not t:
            raise ConfigError(f"detector type {t.name!r} is registered twice")
        self.types[t.name] = t

    def get(self, name: str) -> DetectorType:
        """The type called ``name``, or a ConfigError listing the known ones."""
        if name not in self.types:
            raise ConfigError(f"recognizers: unknown type {name!r}; known types: {', '.join(sorted(self.types))}")
        return self.types[name]

    def validated(self, name: str, params: dict[str, Any]) -> dict[str, Any]:
        """``params`` checked against the type's schema (unknown keys are errors)."""
        t = self.get(name)
        if t.params is None:
            if params:
                raise ConfigError(f"recognizers: type {name!r} takes no params (got {sorted(params)})")
            return {}
        try:
            return t.params(**params).model_dump(exclude_unset=True)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"recognizers: type {name!r}, params.{where}: {first['msg']}") from exc


@lru_cache(maxsize=1)
def registry() -> Registry:
    """All detector types, from every installed ``woo_redact.detectors`` entry point."""
    reg = Registry()
    eps = list(entry_points(group=ENTRY_POINT_GROUP))
    if not any(ep.name == "builtin" for ep in eps):
        # running from a source tree that was never installed: the built-ins still register themselves
        from .builtin import register

        register(reg)
    for ep in eps:
        try:
            ep.load()(reg)
        except ConfigError:
            raise
        except Exception as exc:  # a broken plugin must not hide the built-ins; say which one failed
            raise ConfigError(f"detector plugin {ep.name!r} ({ep.value}) failed to load: {exc}") from exc
    return reg


class _PatternSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = "pattern"
    regex: str
    score: float = Field(default=0.85, ge=0.0, le=1.0)


class CustomParams(BaseModel):
    """``type: custom``: an entity found by regexes or a deny list, declared in the config."""

    model_config = ConfigDict(extra="forbid")
    entity: str
    patterns: list[_PatternSpec] = Field(default_factory=list)
    deny_list: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    # presidio matches every custom pattern case-insensitively unless told otherwise; a pattern that writes
    # its label's case-insensitivity itself ("(?i:kenteken)") and means "[A-Z]" of the value says false
    ignore_case: bool = True

    def regex_flags(self) -> int:
        """presidio's flags for the patterns: dot-all, multi-line, and case-insensitive unless ``ignore_case``
        is false."""
        return regex.DOTALL | regex.MULTILINE | (regex.IGNORECASE if self.ignore_case else 0)


def build_custom(name: str, **params: Any) -> PatternRecognizer:
    """A presidio PatternRecognizer from a ``type: custom`` config entry (:class:`~.custom.CustomRecognizer`)."""
    spec = CustomParams(**params)
    if not spec.patterns and not spec.deny_list:
        raise ConfigError(f"recognizers: custom detector {name!r} needs patterns or a deny_list")
    return CustomRecognizer(
        supported_entity=spec.entity,
        name=name,
        supported_language="nl",
        patterns=[Pattern(p.name, p.regex, p.score) for p in spec.patterns],
        deny_list=spec.deny_list,
        context=spec.context,
        global_regex_flags=spec.regex_flags(),
    )
