"""Fixtures for the experiment verifier: tiny slices of ../shared/data and a tiny random BERT."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["SYNTH_EXPERIMENT_EXECUTOR"] = "local"  # tests never start Ray

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get("SYNTH_SHARED_DIR", ROOT.parent / "shared")) / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not (DATA / "pawsx").is_dir():
        pytest.fail(f"shared data not found at {DATA}: tests need ../shared/data beside the project")
    return DATA
