"""Whether a run learned its task (rule 0), whether it was still improving, and the verdict that leaves
unlearned seeds out — on run directories written here and the real PAWS-X English test labels."""

import json

import numpy as np
import pytest

from synth.claimsets import load_claim_set
from synth.verify.experiment.diagnostics import (
    MIN_LEARNED,
    RunDiagnosis,
    dev_still_rising,
    diagnose,
    majority_share,
    source_labels,
)
from synth.verify.experiment.runlog import RunLog, write_json
from synth.verify.experiment.runner import judge, plan_grid
from synth.verify.experiment.spec import TASK_LANGUAGES, get_budget, read_claim

from test_spec import SEED_CLAIMS


def test_majority_share():
    assert majority_share([0, 0, 1, 0]) == 75.0
    assert majority_share([2, 1, 0]) == pytest.approx(100 / 3)
    with pytest.raises(ValueError):
        majority_share([])


def test_learned_needs_a_margin_over_the_majority_class():
    assert not RunDiagnosis("r", 56.0, 56.25).learned
    assert not RunDiagnosis("r", 56.25 + MIN_LEARNED - 0.1, 56.25).learned
    assert RunDiagnosis("r", 56.25 + MIN_LEARNED, 56.25).learned
    assert "did not learn" in RunDiagnosis("r", 50.0, 56.25).describe()


def test_dev_still_rising(tmp_path):
    log = RunLog(tmp_path / "a")
    for step, acc in [(50, 0.5467), (100, 0.5467), (150, 0.7867)]:
        log.event("dev", step=step, accuracy=acc, n=300, best=True)
    assert dev_still_rising(tmp_path / "a") == (150, pytest.approx(54.67), pytest.approx(78.67))
    flat = RunLog(tmp_path / "b")
    for step, acc in [(50, 0.70), (100, 0.80), (150, 0.805)]:
        flat.event("dev", step=step, accuracy=acc, n=300, best=True)
    assert dev_still_rising(tmp_path / "b") is None
    assert dev_still_rising(tmp_path / "missing") is None


def _write_run(runs_dir, cfg, accuracy_en: float, targets: dict[str, np.ndarray], rising: bool = False):
    run = runs_dir / cfg.run_id()
    write_json(run / "config.json", cfg.model_dump(mode="json"))
    log = RunLog(run)
    log.event("dev", step=50, accuracy=0.55, n=300, best=True)
    log.event("dev", step=100, accuracy=0.75 if rising else 0.56, n=300, best=True)
    correct = {t: "".join(map(str, bits)) for t, bits in targets.items()}
    acc = {t: float(bits.mean()) for t, bits in targets.items()}
    acc["en"] = accuracy_en
    correct["en"] = "1" * 10
    write_json(run / "results.json", {"status": "finished", "accuracy": {"standard": acc},
                                      "correct": {"standard": correct}})


def test_judge_leaves_out_a_seed_whose_run_did_not_learn(tmp_path, data_dir):
    entry = next(e for e in load_claim_set(SEED_CLAIMS).entries if e.id == "seed-01")
    reading = read_claim(entry.claim, "reduced", True)
    budget = get_budget("reduced")
    plan = plan_grid({"seed-01": reading}, budget)
    first = plan[("pawsx", reading.spec.encoder, "baseline", 1)]
    labels = list(source_labels("pawsx", "standard", data_dir, True, first.train_limit, first.dev_limit,
                                first.test_limit, first.generalized_limit))
    assert len(labels) == budget.test_limit and 50 < majority_share(labels) < 60
    rng = np.random.default_rng(0)
    targets = [lang for lang in TASK_LANGUAGES["pawsx"] if lang != "en"]
    for seed in (1, 2, 3):
        base = {t: (rng.random(400) < 0.70).astype(np.uint8) for t in targets}
        better = {t: np.where(rng.random(400) < 0.1, 1, b).astype(np.uint8) for t, b in base.items()}
        _write_run(tmp_path, plan[("pawsx", reading.spec.encoder, "baseline", seed)], 0.82, base)
        # seed 3's robust run never left the majority class
        _write_run(tmp_path, plan[("pawsx", reading.spec.encoder, "rs_da", seed)], 0.82 if seed < 3 else 0.56,
                   better, rising=seed == 2)
    v = judge("seed-01", reading, plan, tmp_path, budget, english_labels=labels)
    assert "rule 0: seed(s) 3 left out" in v.reason
    assert len(v.seed_deltas) == 2 and v.measured_delta > 0
    assert any("did not learn the task" in n and "-s3-" in n for n in v.notes)
    assert any("still rising" in n and "-s2-" in n for n in v.notes)
    assert len(v.unlearned_runs) == 1 and "-s3-" in v.unlearned_runs[0]
    assert len(v.rising_runs) == 1 and "-s2-" in v.rising_runs[0]
    # without labels the check is skipped, and said so
    unchecked = judge("seed-01", reading, plan, tmp_path, budget, english_labels=None)
    assert len(unchecked.seed_deltas) == 3 and any("not checked" in n for n in unchecked.notes)
    # a run's own English accuracy is read from its results
    d = diagnose("x", tmp_path / "nothing", json.loads((tmp_path / plan[("pawsx", reading.spec.encoder, "rs_da", 3)]
                                                         .run_id() / "results.json").read_text()),
                 "standard", labels)
    assert not d.learned and d.source_accuracy == pytest.approx(56.0)
