"""Build hook: puts the built-in packs, parsed, into the wheel (``planlint/language/packs.json``,
see ``planlint.language.packfile.pack_snapshot``), so that a run reads JSON instead of parsing
TOML. Each pack's entry carries the size and CRC-32 of its TOML file: a pack that differs
from its entry is read as TOML, so the snapshot can never make a run read other words. An
editable install has none (the packs are read as TOML)."""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("_planlint_packfile", root / "planlint" / "language" / "packfile.py")
        packfile = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(packfile)
        self._folder = tempfile.mkdtemp(prefix="planlint-build-")
        out = Path(self._folder) / "packs.json"
        out.write_text(packfile.pack_snapshot(sorted((root / "packs").glob("*.toml"))), encoding="utf-8")
        build_data["force_include"][str(out)] = "planlint/language/packs.json"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
