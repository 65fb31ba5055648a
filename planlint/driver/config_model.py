"""The pydantic model a config file that is not plain is validated with (``Config.model_validate``):
its errors are the ones ``parse_config`` reports. Imported only for such a file, so that a run
with no config, or a plain one, never imports pydantic (``tests/test_cold_start.py``)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ConfigModel(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True,
                              alias_generator=lambda name: name.replace("_", "-"))

    select: list[str] = Field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    lang: Literal["zh", "zh-Hans", "zh-Hant", "zh-Hant-HK", "en"] | None = None
    fail_on: Literal["error", "warning", "info", "never"] = "warning"
    packs: list[str] = Field(default_factory=list)
    plugins: list[str] = Field(default_factory=list)
    plans: list[str] = Field(default_factory=list)  # globs, relative to the config file: one plan set
    exclude: list[str] = Field(default_factory=list)  # globs, relative to the config file
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)  # glob -> selectors
    docs_url: str | None = None  # the published docs/rules.md (links from SARIF, JSON, the editor)
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    source: str | None = Field(default=None, exclude=True)
