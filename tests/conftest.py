"""Shared fixtures. Tests run offline against ../shared/data and files they build themselves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SYNTH_SHARED_DIR", ROOT.parent / "shared"))
PAPERS = SHARED / "data" / "papers"


@pytest.fixture(scope="session")
def papers_dir() -> Path:
    if not PAPERS.is_dir():
        pytest.fail(f"shared papers not found at {PAPERS}: tests need ../shared/data beside the project")
    return PAPERS


@pytest.fixture(scope="session")
def session_cache(tmp_path_factory) -> Path:
    """One cache for the whole run, so the shared PDFs are parsed once."""
    return tmp_path_factory.mktemp("cache")
