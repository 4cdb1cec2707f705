"""Experiment run directories built by the tests in the real on-disk format (config.json copied from a
committed smoke run, results.json with per-language accuracy and per-row correctness)."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMOKE_RUNS = ROOT / "reports" / "seed-claims-smoke" / "runs"
REDUCED_RUNS = ROOT / "reports" / "seed-claims-reduced" / "runs"
LANGUAGES = {
    "pawsx": ["en", "de", "es", "fr", "ja", "ko", "zh"],
    "xnli": ["en", "ar", "bg", "de", "el", "es", "fr", "hi", "ru", "sw", "th", "tr", "ur", "vi", "zh"],
}


def template(task: str, kind: str) -> dict:
    """config.json or env.json of the committed smoke baseline run of ``task``."""
    run = next(SMOKE_RUNS.glob(f"{task}-baseline-*"))
    return json.loads((run / f"{kind}.json").read_text())


def bits(correct: int, rows: int) -> str:
    """``correct`` ones then zeros: a row order whose accuracy is correct / rows."""
    return "1" * correct + "0" * (rows - correct)


def write_run(runs_dir: Path, task: str, method: str, seed: int, correct: dict[str, str], budget: str = "smoke",
              status: str | None = "finished", description: str | None = None) -> Path:
    """A run directory ``runs_dir/<run-id>/`` with ``correct`` (language -> 0/1 string per test row);
    ``status=None`` leaves results.json out, as an interrupted run does."""
    config = template(task, "config") | {"method": method, "seed": seed, "budget": budget,
                                         "languages": list(correct)}
    if description is not None:
        config["budget_description"] = description
    elif budget != "smoke":
        config["budget_description"] = config["budget_description"].replace("budget smoke", f"budget {budget}")
    run_id = f"{task}-{method}-multilingual-e5-small-{budget}-s{seed}-t{zlib.crc32(str(description).encode()) % 1000:03d}"
    run = runs_dir / run_id
    run.mkdir(parents=True)
    (run / "config.json").write_text(json.dumps(config, indent=2))
    (run / "env.json").write_text(json.dumps(template(task, "env"), indent=2))
    (run / "log.jsonl").write_text(json.dumps({"event": "start", "t": 0}) + "\n")
    if status is not None:
        results = {"run_id": run_id, "status": status, "steps": config["steps"],
                   "accuracy": {"standard": {lang: b.count("1") / len(b) for lang, b in correct.items()}},
                   "correct": {"standard": dict(correct)}}
        (run / "results.json").write_text(json.dumps(results, indent=2))
    return run
