"""The configuration file's schema, its defaults, and loading with validation.

The defaults live in ``woo_redact/data/default.yaml``. A user's ``--config``
file is merged over them key by key (nested mappings merge, lists replace) and
the result is validated; a mistake is reported with the key that is wrong.
"""

from __future__ import annotations

import hashlib
import json
import logging
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import ConfigError, UsageError
from .model import Ground

PACKAGE_DIR = Path(__file__).resolve().parent
"""The installed package: the bundled models are ``PACKAGE_DIR/models/...`` (package data, in every wheel)."""
GROUND_CODES = {g.value for g in Ground}
log = logging.getLogger(__name__)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Thresholds(_Strict):
    """``thresholds``: a finding at or above ``certain`` is redacted unasked; from ``review`` it is flagged."""

    certain: float = Field(ge=0.0, le=1.0)
    review: float = Field(ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.review > self.certain:
            raise ValueError("thresholds.review must not exceed thresholds.certain")
        return self


class RecognizerSpec(_Strict):
    """One entry of ``recognizers``: a detector type from the registry, with its parameters."""

    name: str
    type: str
    enabled: bool = True
    params: dict[str, Any] = Field(default_factory=dict)


class Disclosure(_Strict):
    """``disclosure``: the headings and sentences of the section the tool completes, per ground."""

    section_heading: str
    motivation_heading: str
    template: str
    no_redactions: str
    grounds: dict[str, str]

    @field_validator("grounds")
    @classmethod
    def _known_codes(cls, v: dict[str, str]) -> dict[str, str]:
        unknown = set(v) - GROUND_CODES
        if unknown:
            raise ValueError(f"unknown ground codes {sorted(unknown)}; known: {sorted(GROUND_CODES)}")
        return v

    @field_validator("template")
    @classmethod
    def _has_grounds(cls, v: str) -> str:
        if "{grounds}" not in v:
            raise ValueError("the template must contain {grounds}")
        return v


MIN_WORKER_MEMORY_MB = 1024


class Redaction(_Strict):
    """``redaction``: rasterising and OCR settings."""

    raster_dpi: int = Field(ge=72, le=600)
    allow_unsearchable_pages: bool
    ocr: Literal["auto", "always", "never"] = "auto"
    ocr_language: str = Field(default="nld", pattern=r"^[a-z_]+(\+[a-z_]+)*$")
    ocr_dpi: int = Field(default=300, ge=100, le=600)
    ocr_pictures: bool = True  # auto: the pictures on pages with a text layer are read too (parse/pictures.py)
    document_timeout_s: int = Field(default=1800, ge=0)
    worker_memory_mb: int = Field(default=4096, ge=0)

    @field_validator("worker_memory_mb")
    @classmethod
    def _room_for_the_model(cls, v: int) -> int:
        if 0 < v < MIN_WORKER_MEMORY_MB:
            raise ValueError(
                f"{v} MB leaves a worker no room for the model and word lists (about 400 MB) and a document; "
                f"give at least {MIN_WORKER_MEMORY_MB}, or 0 for no limit"
            )
        return v


class Publication(_Strict):
    """What the DiWoo records say about the publisher and the dossier (disclose/diwoo.py)."""

    publisher: str = ""  # TOOI URI of the organisation; empty: no DiWoo records are written
    publisher_label: str = ""
    information_category: str = "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532"
    information_category_label: str = "Woo-verzoeken en -besluiten"
    document_type: str = ""  # TOOI documentsoort URI for the documents (not for e-mails); empty: none
    document_type_label: str = ""
    base_url: str = ""  # where publish/ will be online, for the sitemap's <loc>; empty: relative paths
    identifier_prefix: str = ""  # prepended to each document's path in its identifier
    motivation_annex: bool = False  # write publish/motivering-per-document.csv (the besluit's annex)


class Audit(_Strict):
    """``audit``: where the key of the log's fingerprints is kept."""

    key_file: str


class Config(_Strict):
    """The validated configuration of one run."""

    @field_validator("entity_grounds")
    @classmethod
    def _ground_codes(cls, v: dict[str, str]) -> dict[str, str]:
        unknown = set(v.values()) - GROUND_CODES
        if unknown:
            raise ValueError(f"unknown ground codes {sorted(unknown)}; known: {sorted(GROUND_CODES)}")
        return v

    @field_validator("recognizers")
    @classmethod
    def _unique_names(cls, v: tuple[RecognizerSpec, ...]) -> tuple[RecognizerSpec, ...]:
        names = [r.name for r in v]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"recognizer names {twice} occur more than once; give each recognizer its own name")
        return v

    model: str
    thresholds: Thresholds
    public_officials: tuple[str, ...]
    office_holder_register: bool = True
    entity_grounds: dict[str, str] = Field(default_factory=dict)
    public_titles: tuple[str, ...]
    recognizers: tuple[RecognizerSpec, ...]
    disclosure: Disclosure
    redaction: Redaction
    audit: Audit
    publication: Publication = Field(default_factory=Publication)

    @property
    def model_path(self) -> Path:
        """Where the spaCy pipeline of ``model:`` is.

        An absolute path is taken as it is. A relative one names a bundled model
        first (``models/nl_woo_ner`` is ``woo_redact/models/nl_woo_ner`` inside the
        installed package, whatever the current folder), else a folder relative
        to the current folder.
        """
        p = Path(self.model).expanduser()
        if p.is_absolute():
            return p
        bundled = PACKAGE_DIR / p
        return bundled if bundled.exists() or not p.exists() else p.resolve()

    def digest(self) -> str:
        """A stable hash of everything that influences the output."""
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read_yaml(text: str, origin: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML ({exc}). Fix the file or start from the default config.") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: the top level must be a mapping of keys to values.")
    return data


def default_config_text() -> str:
    """The text of the bundled default configuration (for ``woo-redact config``)."""
    return resources.files("woo_redact").joinpath("data/default.yaml").read_text(encoding="utf-8")


def read_name_list(path: Path) -> tuple[str, ...]:
    """Read a UTF-8 name list, one name a line; blank lines and ``#`` comments skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: file not found. Give a UTF-8 text file with one name per line.") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text. Save it as UTF-8, one name per line.") from exc
    names = (line.strip() for line in text.splitlines())
    return tuple(n for n in names if n and not n.startswith("#"))


def load_config(path: Path | None = None, public_officials: Path | None = None) -> Config:
    """Load the defaults, merge the user's file over them, validate, and add officials."""
    data = _read_yaml(default_config_text(), "default config")
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the config file ({exc.strerror}).") from exc
        data = _merge(data, _read_yaml(text, str(path)))
    if public_officials is not None:
        extra = read_name_list(Path(public_officials))
        data["public_officials"] = list(data.get("public_officials") or []) + list(extra)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise ConfigError(f"{path or 'default config'}: invalid configuration: {problems}") from exc
    log.debug("config %s (sha256 %s): model %s", path or "(defaults)", config.digest()[:12], config.model_path)
    return config
