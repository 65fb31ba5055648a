"""Configuration: ``[tool.planlint]`` in pyproject.toml or ``.planlint.toml``, found
by walking up from the linted file.

    [tool.planlint]
    select = ["ALL"]            # codes, prefixes (SM, SM00) or categories (smart)
    extend-select = []
    ignore = ["TR002"]          # the more specific entry wins
    lang = "zh"                 # messages: zh or en (default: the plan's language)
    fail-on = "warning"         # exit 1 at or above this severity
    packs = ["words.toml"]      # extra rule packs, relative to the config file
    plugins = ["acme"]          # entry points of group planlint.rules to load
    plans = ["company.plan", "depts/*.plan"]   # files that form one plan set (globs)

    [tool.planlint.rules.SM005]
    severity = "error"
    max-growth = 3.0
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from planlint.language.packfile import MAX_PACK_BYTES, PackFileError, read_pack_text

MAX_CONFIG_BYTES = 4 << 20  # a pyproject.toml is kilobytes; a config file is read no further than this


class ConfigError(Exception):
    """A bad config: one clear line with its file and key."""

    def __init__(self, path: Path | str, key: str, detail: str) -> None:
        super().__init__(f"{path}: {key}: {detail}" if key else f"{path}: {detail}")
        self.path = str(path)
        self.key = key
        self.detail = detail


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True,
                              alias_generator=lambda name: name.replace("_", "-"))

    select: list[str] = Field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    lang: Literal["zh", "en"] | None = None
    fail_on: Literal["error", "warning", "info", "never"] = "warning"
    packs: list[str] = Field(default_factory=list)
    plugins: list[str] = Field(default_factory=list)
    plans: list[str] = Field(default_factory=list)  # globs, relative to the config file: one plan set
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    source: str | None = Field(default=None, exclude=True)

    @property
    def root(self) -> Path:
        """The folder relative paths in this config are read from."""
        return Path(self.source).parent if self.source else Path.cwd()

    def plan_paths(self) -> list[Path]:
        """The files of the plan set this config declares (``plans``), sorted, each once."""
        found: dict[Path, None] = {}
        for pattern in self.plans:
            for p in sorted(self.root.glob(pattern)):
                if p.is_file() and p.suffix == ".plan":
                    found.setdefault(p.resolve(), None)
        return list(found)

    def pack_paths(self) -> tuple[Path, ...]:
        root = Path(self.source).parent if self.source else Path.cwd()
        return tuple((root / Path(p).expanduser()).resolve() for p in self.packs)


def parse_config(data: dict[str, Any], source: Path | str) -> Config:
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise ConfigError(source, key, err["msg"]) from None
    cfg.source = str(source)
    check_packs(cfg)
    return cfg


def user_config_dir() -> Path | None:
    """The user's own config folder, where packs shared across repositories may live:
    ``$XDG_CONFIG_HOME/planlint``, else ``~/.config/planlint``."""
    xdg = os.environ.get("XDG_CONFIG_HOME")
    try:
        base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".config"
    except (RuntimeError, KeyError):
        return None
    return base / "planlint"


def check_packs(cfg: Config) -> None:
    """A config's ``packs`` may name only files inside its repository (the config file's folder
    and below) or the user's config folder, symlinks and ``..`` resolved first, each a regular
    file of at most MAX_PACK_BYTES: a config from someone else's repository cannot make planlint
    read ``/etc/shadow``, ``../../x`` or ``/dev/zero``. Refused in one line naming the config file
    and the key; nothing of the refused file is read or shown."""
    if not cfg.source or not cfg.packs:
        return
    source = Path(cfg.source)
    roots = []
    for folder in (source.parent, user_config_dir()):
        try:
            if folder is not None:
                roots.append(folder.resolve())
        except (OSError, RuntimeError):
            pass
    where = "packs"
    for entry in cfg.packs:
        try:
            path = (source.parent / Path(entry).expanduser()).resolve()
        except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL in the name
            raise ConfigError(source, where, f"'{entry}' cannot be resolved (a symlink loop?)") from None
        if not any(path.is_relative_to(root) for root in roots):
            inside = " or ".join(str(r) for r in roots)
            raise ConfigError(source, where, f"'{entry}' is outside this repository; a pack must be under {inside}")
        try:
            st = path.stat()
        except OSError as exc:
            raise ConfigError(source, where, f"'{entry}': {exc.strerror or 'cannot be read'}") from None
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError(source, where, f"'{entry}' is not a regular file")
        if st.st_size > MAX_PACK_BYTES:
            raise ConfigError(source, where, f"'{entry}' is larger than {MAX_PACK_BYTES >> 20} MB: not a pack")


def read_config_file(path: Path) -> Config:
    try:
        data = tomllib.loads(read_pack_text(path, MAX_CONFIG_BYTES))
    except PackFileError as exc:
        raise ConfigError(path, "", exc.detail.replace("not a pack", "not a config")) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "", f"not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("planlint", {})
        if not isinstance(data, dict):
            raise ConfigError(path, "tool.planlint", "must be a table")
    return parse_config(data, path)


def config_file(directory: Path) -> Path | None:
    """The nearest config file above ``directory`` (a pyproject.toml counts only with
    [tool.planlint])."""
    for folder in [directory, *directory.parents]:
        dot = folder / ".planlint.toml"
        if dot.is_file():
            return dot
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                has = "planlint" in tomllib.loads(read_pack_text(pyproject, MAX_CONFIG_BYTES)).get("tool", {})
            except (PackFileError, tomllib.TOMLDecodeError):
                has = False
            if has:
                return pyproject
    return None


def find_config(directory: Path) -> Config:
    """The nearest config above ``directory``, read now (``Workspace`` keeps them, and reads a
    config again when its file changes)."""
    found = config_file(directory)
    return read_config_file(found) if found is not None else Config()
