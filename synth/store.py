"""Content-addressed cache shared by all stages.

Entries live under ``<root>/<namespace>/<key[:2]>/<key>.<suffix>`` where the key is the sha256 of
the input content plus the configuration that produced the entry.  Writes go to a temporary file in
the same directory and are renamed into place, so concurrent runs sharing one cache never see a
half-written entry, and a killed run leaves at most a stray temporary file.  Only data formats are
stored (JSON, safetensors, raw bytes, .npy without pickle); nothing in the cache is executed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

DEFAULT_CACHE_DIR = Path.home() / ".cache" / "synth"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def content_key(*parts: Any) -> str:
    """Stable sha256 over JSON-serialisable parts (content hashes, config dicts, versions)."""
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return sha256_bytes(blob.encode("utf-8"))


class Cache:
    def __init__(self, root: Path | str):
        self.root = Path(root).expanduser()

    def path(self, namespace: str, key: str, suffix: str) -> Path:
        return self.root / namespace / key[:2] / f"{key}.{suffix}"

    def has(self, namespace: str, key: str, suffix: str) -> bool:
        return self.path(namespace, key, suffix).is_file()

    def read_bytes(self, namespace: str, key: str, suffix: str) -> bytes | None:
        p = self.path(namespace, key, suffix)
        try:
            return p.read_bytes()
        except FileNotFoundError:
            return None

    def write_bytes(self, namespace: str, key: str, suffix: str, data: bytes) -> Path:
        p = self.path(namespace, key, suffix)
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=f".{suffix}")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, p)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return p

    def read_text(self, namespace: str, key: str, suffix: str = "json") -> str | None:
        data = self.read_bytes(namespace, key, suffix)
        return None if data is None else data.decode("utf-8")

    def write_text(self, namespace: str, key: str, text: str, suffix: str = "json") -> Path:
        return self.write_bytes(namespace, key, suffix, text.encode("utf-8"))

    def staging_path(self, namespace: str, key: str, suffix: str) -> Path:
        """A fresh temporary path next to the final entry, for writers that need a filename
        (e.g. safetensors); publish it with :meth:`publish`."""
        p = self.path(namespace, key, suffix)
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=f".{suffix}")
        os.close(fd)
        return Path(tmp)

    def publish(self, staged: Path, namespace: str, key: str, suffix: str) -> Path:
        p = self.path(namespace, key, suffix)
        os.replace(staged, p)
        return p
