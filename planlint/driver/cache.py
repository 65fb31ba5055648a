"""The findings cache: in the user's cache folder, never in the working tree.

Where (as pip and pre-commit do): ``PLANLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/planlint``,
else ``~/.cache/planlint`` (on Windows ``%LOCALAPPDATA%\\planlint\\Cache``). ``--no-cache``
neither reads nor writes it.

A key is made of every file of a plan set (path as given, absolute path and text), the config,
the packs (their bytes), the plugins named (their distributions' versions), the language and a
fingerprint of planlint's own files; entries are written to a temporary file and renamed, so two
runs that share the cache never see half an entry.

Nothing read from the cache is trusted because it is there:

- the folder is created with mode 0700 and used only when it is a real folder (not a symlink)
  owned by the user and not writable by anyone else; the folders and files inside are opened
  relative to it with ``O_NOFOLLOW``, so a symlink planted in it is never followed;
- every entry carries an HMAC-SHA256 of its key and findings under a per-user secret kept in the
  folder (``key``, mode 0600, 32 random bytes). An entry that does not verify (crafted, copied
  from elsewhere, truncated, of another format) or does not read back as findings is ignored
  and written again; it is never printed and never raises.

Entries not written for 30 days are removed as the cache is used (one write in 64 looks at its
shard). A cache that cannot be used only costs time: every failure here is silent.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
import time
from functools import lru_cache
from pathlib import Path

from planlint import __version__
from planlint.api.finding import Finding
from planlint.driver.config import Config
from planlint.language.packfile import PackFileError, read_pack_bytes
from planlint.resources import data_dir

ENV = "PLANLINT_CACHE_DIR"
FORMAT = b"planlint-findings 2\n"
SECRET = "key"
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # findings of a 50 MB plan; anything larger is not ours
PRUNE_DAYS = 30
PRUNE_ONE_IN = 64

_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)
# descriptor-relative opening (openat) makes "never follow a symlink" hold for every name below
# the folder; where it is missing (Windows) names are checked with lstat before use
_DIR_FD = os.open in os.supports_dir_fd and os.mkdir in os.supports_dir_fd and bool(_O_NOFOLLOW)


def cache_dir() -> Path | None:
    """The cache folder (not created), or None when there is no home to put it in."""
    env = os.environ.get(ENV)
    if env:
        return Path(os.path.abspath(os.path.expanduser(env)))
    try:
        if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
            return Path(os.environ["LOCALAPPDATA"]) / "planlint" / "Cache"
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"  # XDG: relative is ignored
    except (RuntimeError, KeyError):
        return None
    return base / "planlint"


# ------------------------------------------------------------------------ key
@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """planlint's own files (size and mtime): a changed rule, pack or grammar empties the cache,
    even between two runs of the same version (an editable install under development)."""
    here = Path(__file__).resolve().parent.parent
    roots = [here, data_dir("grammar"), data_dir("packs")]
    h = hashlib.sha256(__version__.encode())
    for root in roots:
        for f in sorted(root.rglob("*")):
            if f.suffix in (".py", ".toml", ".lark", ".j2"):
                st = f.stat()
                h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


@lru_cache(maxsize=16)
def _plugin_versions(names: tuple[str, ...]) -> str:
    """The distributions (name and version) that provide the named plugins: a plugin upgraded
    is a new key."""
    if not names:
        return ""
    from importlib.metadata import entry_points

    found = {ep.name: ep for ep in entry_points(group="planlint.rules")}
    out = []
    for name in names:
        ep = found.get(name)
        dist = getattr(ep, "dist", None)
        out.append(f"{name}={getattr(dist, 'name', '?')}-{getattr(dist, 'version', '?')}:{getattr(ep, 'value', '')}")
    return "\n".join(out)


def key(docs: list[tuple[str, str]], cfg: Config, lang: str | None) -> str:
    """The key of a plan set's findings: its files (path, text), config, packs, plugins and language."""
    h = hashlib.sha256()
    for part in (_code_fingerprint(), lang or "", cfg.model_dump_json(), _plugin_versions(tuple(cfg.plugins))):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    for pack in cfg.pack_paths():
        try:
            h.update(read_pack_bytes(pack))
        except PackFileError:
            h.update(b"unreadable")
    for path, text in docs:
        for part in (path, os.path.abspath(path), text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
    return h.hexdigest()


# ---------------------------------------------------------------------- store
class _Store:
    """The opened cache folder (a descriptor where the platform has openat) and its secret."""

    def __init__(self, root: Path, fd: int | None, secret: bytes) -> None:
        self.root, self.fd, self.secret = root, fd, secret

    # names inside the folder, never following a symlink
    def _open(self, name: str, flags: int, mode: int = 0o600, parent: int | None = None,
              parent_path: Path | None = None) -> int:
        if _DIR_FD:
            return os.open(name, flags | _O_NOFOLLOW | _O_CLOEXEC, mode, dir_fd=parent if parent is not None else self.fd)
        path = (parent_path or self.root) / name
        if os.path.islink(path):
            raise OSError(f"{path}: a symlink")
        return os.open(path, flags | _O_BINARY, mode)

    def _shard(self, name: str, create: bool) -> tuple[int | None, Path]:
        path = self.root / name
        if create:
            try:
                if _DIR_FD:
                    os.mkdir(name, 0o700, dir_fd=self.fd)
                else:
                    os.mkdir(path, 0o700)
            except FileExistsError:
                pass
        if not _DIR_FD:
            if not _owned_dir(os.lstat(path)):
                raise OSError(f"{path}: not a folder of ours")
            return None, path
        fd = os.open(name, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW | _O_CLOEXEC, dir_fd=self.fd)
        if not _owned_dir(os.fstat(fd)):
            os.close(fd)
            raise OSError(f"{path}: not a folder of ours")
        return fd, path

    def mac(self, key: str, payload: bytes) -> bytes:
        return hmac.new(self.secret, key.encode("ascii") + b"\0" + payload, hashlib.sha256).hexdigest().encode("ascii")

    def read(self, key: str) -> bytes | None:
        shard, shard_path = self._shard(key[:2], create=False)
        try:
            fd = self._open(key, os.O_RDONLY | _O_NONBLOCK, parent=shard, parent_path=shard_path)
            with os.fdopen(fd, "rb") as fh:
                st = os.fstat(fh.fileno())
                if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_ENTRY_BYTES:
                    return None
                return fh.read(MAX_ENTRY_BYTES + 1)
        finally:
            if shard is not None:
                os.close(shard)

    def write(self, key: str, data: bytes) -> None:
        shard, shard_path = self._shard(key[:2], create=True)
        tmp = f".tmp-{secrets.token_hex(8)}"
        try:
            fd = self._open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600, parent=shard, parent_path=shard_path)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                if shard is not None:
                    os.replace(tmp, key, src_dir_fd=shard, dst_dir_fd=shard)
                else:
                    os.replace(shard_path / tmp, shard_path / key)
            except BaseException:
                _remove(tmp, shard, shard_path)
                raise
            if secrets.randbelow(PRUNE_ONE_IN) == 0:
                _prune(shard, shard_path)
        finally:
            if shard is not None:
                os.close(shard)


def _owned_dir(st: os.stat_result) -> bool:
    """A real folder (lstat/fstat: not a symlink) of this user that nobody else can write to."""
    if not stat.S_ISDIR(st.st_mode):
        return False
    if hasattr(os, "getuid"):
        return st.st_uid == os.getuid() and not st.st_mode & 0o022
    return True


def _prune(shard: int | None, shard_path: Path) -> None:
    """Entries of one shard not written for PRUNE_DAYS, and temporary files left by a run that
    was stopped, are removed (one write in PRUNE_ONE_IN looks at its shard: over time, all)."""
    now = time.time()
    try:
        with os.scandir(shard if shard is not None and os.scandir in os.supports_fd else shard_path) as entries:
            for entry in entries:
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                age = now - st.st_mtime
                if age > PRUNE_DAYS * 86400 or (entry.name.startswith(".tmp-") and age > 3600):
                    _remove(entry.name, shard, shard_path)
    except OSError:
        pass


def _remove(name: str, parent: int | None, parent_path: Path) -> None:
    try:
        if parent is not None:
            os.unlink(name, dir_fd=parent)
        else:
            os.unlink(parent_path / name)
    except OSError:
        pass


def _open_root(root: Path) -> int | None:
    """Create the folder (0700) when missing and check it; a descriptor on it where openat exists."""
    try:
        os.mkdir(root, 0o700)
    except FileExistsError:
        pass
    except FileNotFoundError:
        root.parent.mkdir(parents=True, exist_ok=True)  # ~/.cache itself: as the system makes it
        os.mkdir(root, 0o700)
    if not _DIR_FD:
        if not _owned_dir(os.lstat(root)):
            raise OSError(f"{root}: not a folder of ours")
        return None
    fd = os.open(root, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW | _O_CLOEXEC)
    if not _owned_dir(os.fstat(fd)):
        os.close(fd)
        raise OSError(f"{root}: not a folder of ours")
    return fd


def _secret(store: _Store) -> bytes:
    """The per-user secret: read when it is a regular 0600 file of ours of 32 bytes, else made
    anew (atomically: written aside, then linked into place; a concurrent run's wins)."""
    for _ in range(3):
        try:
            fd = store._open(SECRET, os.O_RDONLY | _O_NONBLOCK)
        except FileNotFoundError:
            pass
        except OSError:  # a symlink (ELOOP with O_NOFOLLOW), a folder: replaced
            _remove(SECRET, store.fd, store.root)
        else:
            with os.fdopen(fd, "rb") as fh:
                st = os.fstat(fh.fileno())
                ours = not hasattr(os, "getuid") or st.st_uid == os.getuid()
                value = fh.read(33) if stat.S_ISREG(st.st_mode) and ours and not st.st_mode & 0o077 else b""
            if len(value) == 32:
                return value
            _remove(SECRET, store.fd, store.root)  # a symlink, a foreign or damaged file: replaced
        tmp = f".key-{secrets.token_hex(8)}"
        fd = store._open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
        try:
            if store.fd is not None:
                os.link(tmp, SECRET, src_dir_fd=store.fd, dst_dir_fd=store.fd, follow_symlinks=False)
            else:
                os.link(store.root / tmp, store.root / SECRET)
        except FileExistsError:
            pass  # another run made it first: read theirs
        finally:
            _remove(tmp, store.fd, store.root)
    raise OSError("no cache secret")


_STORES: dict[Path, _Store | None] = {}


def _store() -> _Store | None:
    root = cache_dir()
    if root is None:
        return None
    if root not in _STORES:
        store = None
        try:
            fd = _open_root(root)
            store = _Store(root, fd, b"")
            store.secret = _secret(store)
            _tag(store)
        except (OSError, ValueError):
            if store is not None and store.fd is not None:
                os.close(store.fd)
            store = None
        _STORES[root] = store
    return _STORES[root]


def _tag(store: _Store) -> None:
    """CACHEDIR.TAG (https://bford.info/cachedir/): backup tools leave the folder out."""
    try:
        fd = store._open("CACHEDIR.TAG", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return
    with os.fdopen(fd, "wb") as fh:
        fh.write(b"Signature: 8a477f597d28d172789f06886806bc55\n# planlint's findings cache\n")


# ----------------------------------------------------------------- get, put
def get(key: str) -> list[Finding] | None:
    """The findings stored under ``key`` when the entry is ours and whole; else None."""
    store = _store()
    if store is None or len(key) != 64:
        return None
    try:
        data = store.read(key)
    except OSError:
        return None
    if not data or not data.startswith(FORMAT):
        return None
    head, _, payload = data[len(FORMAT):].partition(b"\n")
    if not hmac.compare_digest(head, store.mac(key, payload)):
        return None
    try:
        items = json.loads(payload.decode("utf-8"))
        if not isinstance(items, list):
            return None
        return [Finding.from_json(d) for d in items]
    except Exception:  # noqa: BLE001 - a signed entry of an older planlint: ignored, written again
        return None


def put(key: str, findings: list[Finding]) -> None:
    store = _store()
    if store is None or len(key) != 64:
        return
    try:
        payload = json.dumps([f.to_json() for f in findings], ensure_ascii=False).encode("utf-8")
        store.write(key, FORMAT + store.mac(key, payload) + b"\n" + payload)
    except (OSError, ValueError):
        pass  # a cache that cannot be written only costs time
