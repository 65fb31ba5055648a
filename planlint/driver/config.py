"""Configuration: ``[tool.planlint]`` in pyproject.toml or ``.planlint.toml``, found
by walking up from the linted file.

    [tool.planlint]
    select = ["ALL"]            # codes, prefixes (SM, SM00) or categories (smart)
    extend-select = []
    ignore = ["TR002"]          # the more specific entry wins
    lang = "zh"                 # messages: zh (= zh-Hans), zh-Hant, zh-Hant-HK or en (default: the plan's)
    fail-on = "warning"         # exit 1 at or above this severity
    packs = ["words.toml"]      # extra rule packs, relative to the config file
    plugins = ["acme"]          # entry points of group planlint.rules to load
    plans = ["company.plan", "depts/*.plan"]   # files that form one plan set (globs)
    exclude = ["drafts", "archive/**"]           # globs, relative to the config file
    docs-url = "https://..."                     # where docs/rules.md is published (rule links)

    [tool.planlint.per-file-ignores]
    "drafts/*.plan" = ["SM005", "tracking"]      # glob -> codes, prefixes or categories

    [tool.planlint.rules.SM005]
    severity = "error"
    max-growth = 3.0
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any, Literal

from planlint.driver.files import matches
from planlint.i18n.messages import Message
from planlint.i18n.ui import ui
from planlint.language.packfile import MAX_PACK_BYTES, PackFileError, read_pack_text

MAX_CONFIG_BYTES = 4 << 20  # a pyproject.toml is kilobytes; a config file is read no further than this


class ConfigError(Exception):
    """A bad config: one clear line with its file and key (``text(locale)`` in the user's
    language when the detail is one of planlint's own messages; ``str()`` is English)."""

    def __init__(self, path: Path | str, key: str, detail: str | Message) -> None:
        self.path = str(path)
        self.key = key
        self.detail_msg = detail if isinstance(detail, Message) else None
        self.detail = detail.render("en") if isinstance(detail, Message) else detail
        super().__init__(self.text("en"))

    def text(self, locale: str) -> str:
        detail = self.detail_msg.render(locale) if self.detail_msg is not None else self.detail
        if self.key:
            return ui("config", path=self.path, setting=self.key, detail=detail).render(locale)
        return ui("config-file", path=self.path, detail=detail).render(locale)


# The settings, in order: (name, default). Their types are those of ``ConfigModel``
# (``planlint.driver.config_model``), the pydantic model that validates a config file.
FIELDS: tuple[tuple[str, Any], ...] = (
    ("select", ["ALL"]), ("extend_select", []), ("ignore", []), ("lang", None), ("fail_on", "warning"),
    ("packs", []), ("plugins", []), ("plans", []), ("exclude", []), ("per_file_ignores", {}),
    ("docs_url", None), ("rules", {}), ("source", None),
)
_LISTS = frozenset({"select", "extend-select", "ignore", "packs", "plugins", "plans", "exclude"})
_CHOICES = {"lang": ("zh", "zh-Hans", "zh-Hant", "zh-Hant-HK", "en"), "fail-on": ("error", "warning", "info", "never")}


def _is_str_list(value: object) -> bool:
    return type(value) is list and all(type(x) is str for x in value)


def _plain(data: object) -> bool:
    """Is ``data`` a config pydantic would take exactly as it is (every key a kebab-case name,
    every value of its exact type)? Then it is read without pydantic; anything else (a misspelt
    key, a wrong type, a value pydantic would convert) is validated by ``ConfigModel``."""
    if type(data) is not dict:
        return False
    for key, value in data.items():
        if key in _LISTS:
            ok = _is_str_list(value)
        elif key in _CHOICES:
            ok = type(value) is str and value in _CHOICES[key]
        elif key == "docs-url":
            ok = type(value) is str
        elif key == "per-file-ignores":
            ok = type(value) is dict and all(type(k) is str and _is_str_list(v) for k, v in value.items())
        elif key == "rules":
            ok = type(value) is dict and all(type(k) is str and type(v) is dict and all(type(n) is str for n in v)
                                             for k, v in value.items())
        else:
            ok = False
        if not ok:
            return False
    return True


def _fresh(value: Any) -> Any:
    """A default or a plain value, copied as pydantic copies what it validates (lists and dicts)."""
    if type(value) is list:
        return list(value)
    if type(value) is dict:
        return {k: _fresh(v) if type(v) is list else dict(v) if type(v) is dict else v for k, v in value.items()}
    return value


class Config:
    """A config's settings (``FIELDS``). Built from a config file's table by ``model_validate``:
    a plain table (the usual case) is read as it is; any other goes through the pydantic model
    ``ConfigModel`` (imported only then), whose errors ``parse_config`` turns into one line.
    ``Config()`` is the defaults, ``model_copy`` and ``model_dump_json`` as pydantic's."""

    select: list[str]
    extend_select: list[str]
    ignore: list[str]
    lang: Literal["zh", "zh-Hans", "zh-Hant", "zh-Hant-HK", "en"] | None
    fail_on: Literal["error", "warning", "info", "never"]
    packs: list[str]
    plugins: list[str]
    plans: list[str]  # globs, relative to the config file: one plan set
    exclude: list[str]  # globs, relative to the config file
    per_file_ignores: dict[str, list[str]]  # glob -> selectors
    docs_url: str | None  # the published docs/rules.md (links from SARIF, JSON, the editor)
    rules: dict[str, dict[str, Any]]
    source: str | None  # the config file (not part of model_dump_json)

    def __init__(self, **data: Any) -> None:
        if data:
            values = _validated(data)
        else:
            values = {name: _fresh(default) for name, default in FIELDS}
        self.__dict__.update(values)

    @classmethod
    def model_validate(cls, data: Any) -> Config:
        """As pydantic's: a table of settings (kebab-case names or field names); raises pydantic's
        ``ValidationError`` for a bad one."""
        if isinstance(data, Config):
            return data
        cfg = cls.__new__(cls)
        cfg.__dict__.update(_validated(data))
        return cfg

    def model_copy(self, update: dict[str, Any] | None = None) -> Config:
        """A shallow copy with ``update`` (field names) applied, not validated (as pydantic's)."""
        cfg = type(self).__new__(type(self))
        cfg.__dict__.update(self.__dict__)
        if update:
            cfg.__dict__.update(update)
        return cfg

    def model_dump(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name, _ in FIELDS if name != "source"}

    def model_dump_json(self) -> str:
        """The settings as compact JSON (as pydantic writes them; ``source`` left out)."""
        import json

        return json.dumps(self.model_dump(), ensure_ascii=False, separators=(",", ":"), default=_json_value)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Config({', '.join(f'{name}={getattr(self, name)!r}' for name, _ in FIELDS)})"

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

    def excludes(self, path: Path) -> bool:
        """Is ``path`` (a file, or a folder) left out by ``exclude``?"""
        return any(matches(path, pattern, self.root) for pattern in self.exclude)

    def ignored_for(self, path: Path | str) -> list[str]:
        """The selectors ``per-file-ignores`` leaves out for this file."""
        out: list[str] = []
        for pattern, selectors in self.per_file_ignores.items():
            if matches(Path(path), pattern, self.root):
                out.extend(selectors)
        return out

    def pack_paths(self) -> tuple[Path, ...]:
        root = Path(self.source).parent if self.source else Path.cwd()
        return tuple((root / Path(p).expanduser()).resolve() for p in self.packs)


def selector_matches(selector: str, code: str, category: str) -> bool:
    """A code (SM005), prefix (SM) or category (smart), or ALL, as in select and ignore."""
    s = selector.strip()
    return s.upper() == "ALL" or (bool(s) and code.startswith(s.upper())) or s.lower() == category


def _validated(data: Any) -> dict[str, Any]:
    """The settings of ``data``, each by field name: read as they are when plain, else by pydantic."""
    if _plain(data):
        values = {name: _fresh(default) for name, default in FIELDS}
        for key, value in data.items():
            values[key.replace("-", "_")] = _fresh(value)
        return values
    from planlint.driver.config_model import ConfigModel

    model = ConfigModel.model_validate(data)
    return {name: getattr(model, name) for name, _ in FIELDS}


def _json_value(value: Any) -> Any:
    """What JSON has no type for (a TOML date in a rule's settings): as pydantic writes it."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def parse_config(data: dict[str, Any], source: Path | str) -> Config:
    if _plain(data):
        cfg = Config.model_validate(data)
    else:
        from pydantic import ValidationError

        try:
            cfg = Config.model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"])
            raise ConfigError(source, key, _detail(err)) from None
    cfg.source = str(source)
    check_packs(cfg)
    return cfg


_DETAILS = {"extra_forbidden": "cfg-unknown", "literal_error": "cfg-choice", "list_type": "cfg-list",
            "string_type": "cfg-text", "float_parsing": "cfg-number", "float_type": "cfg-number",
            "int_parsing": "cfg-number", "int_type": "cfg-number", "bool_parsing": "cfg-bool",
            "bool_type": "cfg-bool", "dict_type": "cfg-table", "model_type": "cfg-table"}


def _detail(err: dict) -> Message | str:
    """A pydantic error as one of planlint's messages (pydantic's English words otherwise)."""
    key = _DETAILS.get(err.get("type", ""))
    if key is None:
        return str(err["msg"])
    if key == "cfg-choice":
        expected = str((err.get("ctx") or {}).get("expected", ""))
        return ui(key, expected=", ".join(re.findall(r"'([^']*)'", expected)) or expected)
    return ui(key)


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
    home = user_config_dir()
    roots = []
    for folder in (source.parent, home):
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
            raise ConfigError(source, where, ui("pack-loop", entry=entry)) from None
        if not any(path.is_relative_to(root) for root in roots):
            raise ConfigError(source, where, ui("pack-outside", entry=entry, root=str(source.parent.absolute()),
                                                     home=str(home or "~/.config/planlint")))
        try:
            st = path.stat()
        except OSError as exc:
            raise ConfigError(source, where, ui("pack-unreadable", entry=entry, why=exc.strerror or str(exc))) from None
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError(source, where, ui("pack-not-file", entry=entry))
        if st.st_size > MAX_PACK_BYTES:
            raise ConfigError(source, where, ui("pack-too-large", entry=entry, limit=MAX_PACK_BYTES >> 20))


def read_config_file(path: Path) -> Config:
    import tomllib

    try:
        data = tomllib.loads(read_pack_text(path, MAX_CONFIG_BYTES))
    except PackFileError as exc:
        why = exc.detail.removeprefix("cannot read: ").replace("not a pack", "not a config")
        raise ConfigError(path, "", ui("cfg-read", why=why)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "", ui("cfg-toml", why=str(exc))) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("planlint", {})
        if not isinstance(data, dict):
            raise ConfigError(path, "tool.planlint", ui("cfg-table"))
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
            import tomllib

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
