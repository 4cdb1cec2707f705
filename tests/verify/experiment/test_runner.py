"""The verifier end to end on a tiny random BERT and tiny slices of the shared data: runs written with
their files, verdicts, finished runs skipped, a killed run resumed, and the readable log."""

import json

import pytest
from test_spec import SEED_CLAIMS

from synth.claimsets import load_claim_set
from synth.records import ClaimSetEntry
from synth.settings import Settings
from synth.verify.experiment.grid import checkpoint_dir, execute_run, run_grid
from synth.verify.experiment.runlog import (
    format_run_log,
    format_runs,
    list_runs,
    read_events,
)
from synth.verify.experiment.runner import VERDICTS_FILE, run_experiment_verification
from synth.verify.experiment.spec import TINY_RANDOM_BERT

TINY = dict(encoder=TINY_RANDOM_BERT, steps=4, eval_every=2, micro_batch=8, train_limit=64, dev_limit=16,
            test_limit=12, generalized_limit=3)


@pytest.fixture(scope="module")
def verified(tmp_path_factory, data_dir):
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # module-scoped: set up before the per-test one-thread fixture
    try:
        yield _verify(tmp_path_factory, data_dir)
    finally:
        torch.set_num_threads(threads)


def _verify(tmp_path_factory, data_dir):
    out = tmp_path_factory.mktemp("report")
    settings = Settings.resolve(cache_dir=out / "cache", offline=True, data_dir=data_dir)
    entries = load_claim_set(SEED_CLAIMS).entries
    verdicts = run_experiment_verification(entries, settings, "smoke", out, **TINY)
    return out, settings, entries, verdicts


def test_verdicts_and_run_files(verified):
    out, _, entries, verdicts = verified
    assert [v.claim_id for v in verdicts] == [e.id for e in entries]
    by_id = {v.claim_id: v for v in verdicts}
    for cid in ("seed-01", "seed-02", "seed-03"):
        v = by_id[cid]
        assert v.verdict == "inconclusive" and "rule 1" in v.reason  # one seed at the smoke budget
        assert v.measured_delta is not None and v.interval[0] <= v.measured_delta <= v.interval[1]
        assert set(v.per_language) == {"baseline", "rs_da"} and len(v.runs) == 2
        assert "budget smoke" in v.budget and v.rules and v.weights_note
    assert by_id["seed-01"].claimed_delta == 2.1 and by_id["seed-02"].claimed_delta == 1.6
    assert set(by_id["seed-02"].per_language["rs_da"]) == {"en", "ar", "bg", "de", "el", "es", "fr", "hi", "ru", "sw",
                                                          "th", "tr", "ur", "vi", "zh"}
    assert len(by_id["seed-03"].per_language["baseline"]) == 49
    assert by_id["seed-01"].runs == by_id["seed-03"].runs  # the generalized claim reuses the PAWS-X runs
    for cid in [f"seed-{i:02d}" for i in range(4, 13)]:
        assert by_id[cid].verdict == "not_run" and by_id[cid].reason
    runs = list_runs(out / "runs")
    assert len(runs) == 4
    for run in runs:
        assert {p.name for p in run.iterdir()} == {"config.json", "log.jsonl", "results.json", "env.json"}
        env = json.loads((run / "env.json").read_text())
        assert env["packages"]["torch"] and env["device"]["type"] == "cpu" and env["encoder"]["weights_sha256"]
        assert any(path.endswith("test-en.tsv") or path.endswith("dev-en.tsv") for path in env["data"])
        results = json.loads((run / "results.json").read_text())
        assert results["status"] == "finished" and results["accuracy"]["standard"]["en"] >= 0
        assert not checkpoint_dir(out / "cache", run.name).exists()  # checkpoints removed when finished
    saved = json.loads((out / VERDICTS_FILE).read_text())
    assert [v["claim_id"] for v in saved["verdicts"]] == [e.id for e in entries]


def test_finished_runs_are_skipped(verified):
    out, settings, entries, verdicts = verified
    logs = {r.name: (r / "log.jsonl").read_text() for r in list_runs(out / "runs")}
    again = run_experiment_verification(entries, settings, "smoke", out, **TINY)
    assert {r.name: (r / "log.jsonl").read_text() for r in list_runs(out / "runs")} == logs
    assert [v.measured_delta for v in again] == [v.measured_delta for v in verdicts]


def test_readable_log(verified):
    out = verified[0]
    run = next(r for r in list_runs(out / "runs") if "-rs_da-" in r.name and r.name.startswith("pawsx"))
    text = format_run_log(run)
    for needle in ("method rs_da", "RS-DA copies per training pair: 10", "dev-en  step", "eval de ", "generalized",
                   "status finished", "standard: en ", "data ", "sha256"):
        assert needle in text, needle
    assert "pawsx-baseline" in format_runs(out / "runs")


class Killed(Exception):
    pass


def test_killed_run_resumes(tmp_path, data_dir):
    from synth.verify.experiment.runner import make_run_config
    from synth.verify.experiment.spec import get_budget

    cfg = make_run_config("xnli", "rs_rp", 1, TINY_RANDOM_BERT, get_budget("smoke"), ["standard"],
                          **{k: v for k, v in TINY.items() if k != "encoder"} | {"steps": 6, "train_limit": 48})
    task = {"config": cfg.model_dump(mode="json"), "runs_dir": str(tmp_path / "b"), "data_dir": str(data_dir),
            "cache_dir": str(tmp_path / "cache"), "offline": True}
    assert execute_run({**task, "runs_dir": str(tmp_path / "a")})["status"] == "finished"
    ref = json.loads((tmp_path / "a" / cfg.run_id() / "results.json").read_text())
    assert ref["resumed_from"] is None

    def kill(step):
        if step == 3:
            raise Killed

    outcome = execute_run(task, on_step=kill)
    assert outcome["status"] == "failed"
    assert checkpoint_dir(tmp_path / "cache", cfg.run_id()).joinpath("state.json").is_file()
    outcome = run_grid([task])[0]
    assert outcome["status"] == "finished"
    run_dir = tmp_path / "b" / cfg.run_id()
    results = json.loads((run_dir / "results.json").read_text())
    assert results["resumed_from"] == 2
    assert results["accuracy"] == ref["accuracy"] and results["correct"] == ref["correct"]
    kinds = [e["event"] for e in read_events(run_dir / "log.jsonl")]
    assert "error" in kinds and "resume" in kinds and kinds[-1] == "end"
    assert run_grid([task])[0]["status"] == "skipped"


def test_offline_without_data_is_not_run(tmp_path, monkeypatch):
    import synth.verify.experiment.runner as runner

    monkeypatch.setattr(runner, "default_data_dir", lambda _: None)
    settings = Settings.resolve(cache_dir=tmp_path, offline=True)
    v = run_experiment_verification([ClaimSetEntry(id="x", claim="RS-DA improves PAWS-X by 2 points")], settings,
                                    "smoke", tmp_path / "out")
    assert v[0].verdict == "not_run" and "SYNTH_DATA_DIR" in v[0].reason


def test_log_by_claim_and_run(verified):
    from synth.errors import UsageError
    from synth.verify.experiment.runlog import format_report_runs

    out = verified[0]
    text = format_report_runs(out, "seed-01")
    assert text.startswith("claim seed-01: inconclusive") and "run pawsx-baseline" in text and "run xnli" not in text
    run = list_runs(out / "runs")[0].name
    assert format_report_runs(out, run).startswith(f"run {run}")
    assert format_report_runs(out, "seed-05").count("not run") >= 1
    assert format_report_runs(out).count("\nrun ") + 1 == 4
    with pytest.raises(UsageError, match="neither a run"):
        format_report_runs(out, "nope")


def test_executor_choice(monkeypatch):
    from synth.errors import UsageError
    from synth.verify.experiment.grid import _executor

    monkeypatch.setenv("SYNTH_EXPERIMENT_EXECUTOR", "local")
    assert _executor(None) == "local"
    with pytest.raises(UsageError, match="--ray-address given"):
        _executor("ray://head:10001")
    monkeypatch.setenv("SYNTH_EXPERIMENT_EXECUTOR", "threads")
    with pytest.raises(UsageError, match="use auto, ray or local"):
        _executor(None)


@pytest.mark.slow
def test_grid_on_local_ray(tmp_path, data_dir, monkeypatch):
    pytest.importorskip("ray")
    monkeypatch.setenv("SYNTH_EXPERIMENT_EXECUTOR", "ray")
    settings = Settings.resolve(cache_dir=tmp_path / "cache", offline=True, data_dir=data_dir)
    entries = [ClaimSetEntry(id="c", claim="RS-DA improves XNLI by 1 point")]
    (v,) = run_experiment_verification(entries, settings, "smoke", tmp_path, **TINY)
    assert v.verdict == "inconclusive" and len(list_runs(tmp_path / "runs")) == 2


def test_log_of_the_committed_reduced_claim_names_runs_left_out():
    from runfiles import REDUCED_RUNS

    from synth.verify.experiment.runlog import format_report_runs

    text = format_report_runs(REDUCED_RUNS.parent, "seed-01")
    assert text.startswith("claim seed-01: inconclusive")
    line = next(x for x in text.splitlines() if x.startswith("  did not learn the task"))
    assert "reduced-s1-932d2680" in line and "reduced-s3-baf24f50" in line
