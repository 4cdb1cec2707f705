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


@pytest.fixture(autouse=True)
def one_torch_thread(request):
    """Tiny models run faster on one thread (and do not fight other work for the shared cores)."""
    if request.node.path.name == "test_e5_encoder.py":
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)
