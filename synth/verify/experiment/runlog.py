"""The files a run leaves in ``runs/<run-id>/`` and a readable rendering of them (``synth log``).

* ``config.json`` — everything that determines the run (task, method, seed, encoder, budget numbers,
  data subsets); its hash is part of the run id.
* ``log.jsonl`` — one event per line: ``start``, ``resume``, ``step`` (loss, learning rate), ``dev``
  (English dev accuracy, checkpoint selection), ``checkpoint``, ``eval`` (per language / pair), ``end``,
  ``error``.
* ``results.json`` — status, best step and dev accuracy, per-language accuracy and per-example
  correctness (a string of 0/1 in the fixed row order, for the paired bootstrap), timings.
* ``env.json`` — versions, device, git revision, data sha256, encoder id and weight hash.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from synth.errors import UsageError

CONFIG = "config.json"
LOG = "log.jsonl"
RESULTS = "results.json"
ENV = "env.json"
VERDICTS_FILE = "experiment_verdicts.json"  # written by the runner beside runs/


def write_json(path: Path, data: dict, sort_keys: bool = True) -> None:
    """Atomic JSON write (temporary file + rename); ``sort_keys=False`` keeps the order of languages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, sort_keys=sort_keys, ensure_ascii=False)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, json.JSONDecodeError):
        return None


class RunLog:
    """Appends events to ``log.jsonl`` (flushed per line, so a killed run keeps what it logged)."""

    def __init__(self, run_dir: Path):
        self.run_dir = Path(run_dir)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.run_dir / LOG

    def event(self, kind: str, **fields) -> dict:
        record = {"t": round(time.time(), 3), "event": kind, **fields}
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
        return record

    def events(self) -> list[dict]:
        return read_events(self.path)


def read_events(path: Path) -> list[dict]:
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return out
    for line in lines:
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut short by a kill
    return out


def is_finished(run_dir: Path, config: dict | None = None) -> bool:
    """A run is finished when results.json says so (and, if given, its config is the same)."""
    results = read_json(Path(run_dir) / RESULTS)
    if not results or results.get("status") != "finished":
        return False
    if config is not None and read_json(Path(run_dir) / CONFIG) != json.loads(json.dumps(config)):
        return False
    return True


def list_runs(runs_dir: Path) -> list[Path]:
    runs_dir = Path(runs_dir)
    if not runs_dir.is_dir():
        return []
    return sorted(p for p in runs_dir.iterdir() if (p / CONFIG).is_file())


def _fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    return f"{seconds / 60:.1f} min" if seconds >= 90 else f"{seconds:.1f} s"


def format_run_log(run_dir: Path) -> str:
    """A run's config, environment, event log and results as plain text."""
    run_dir = Path(run_dir)
    config = read_json(run_dir / CONFIG)
    if config is None:
        raise UsageError(f"{run_dir} is not a run directory (no readable {CONFIG})")
    env = read_json(run_dir / ENV) or {}
    results = read_json(run_dir / RESULTS)
    events = read_events(run_dir / LOG)
    lines = [f"run {run_dir.name}"]
    lines.append(f"  task {config.get('task')} · method {config.get('method')} · seed {config.get('seed')} · "
                 f"encoder {config.get('encoder')} · budget {config.get('budget')}")
    if config.get("budget_description"):
        lines.append(f"  {config['budget_description']}")
    train = config.get("steps")
    lines.append(f"  optimizer steps {train} × batch {config.get('micro_batch')}×{config.get('accumulation')}, "
                 f"lr {config.get('learning_rate')}, max length {config.get('max_length')}, "
                 f"padding {'to ' + str(config['pad_to']) if config.get('pad_to') else 'dynamic'}"
                 f"{', length-grouped' if config.get('length_grouping') else ''}")
    if config.get("method") == "rs_da":
        lines.append(f"  RS-DA copies per training pair: {config.get('rs_da_copies')}")
    enc = env.get("encoder") or {}
    if enc:
        lines.append(f"  encoder {enc.get('model_id')} weights sha256 {str(enc.get('weights_sha256'))[:16]}…"
                     + (f" — {enc['note']}" if enc.get("note") else ""))
    if env:
        dev = env.get("device") or {}
        lines.append(f"  env: python {env.get('python')}, torch {env.get('packages', {}).get('torch')}, "
                     f"transformers {env.get('packages', {}).get('transformers')}, device {dev.get('type')} "
                     f"({dev.get('threads')} threads), git {env.get('git_revision') or 'unknown'}")
        for path, digest in sorted((env.get("data") or {}).items()):
            lines.append(f"  data {path} sha256 {digest[:16]}…")
    lines.append("  log:")
    t0 = events[0]["t"] if events else 0.0
    for ev in events:
        kind, at = ev.get("event"), f"{ev.get('t', t0) - t0:8.1f}s"
        if kind == "step":
            lines.append(f"  {at} step {ev['step']:>5}  loss {ev['loss']:.4f}  lr {ev['lr']:.2e}"
                         f"  {ev.get('examples_per_s', 0):.1f} ex/s")
        elif kind == "dev":
            best = " (best)" if ev.get("best") else ""
            lines.append(f"  {at} dev-en  step {ev['step']:>5}  accuracy {100 * ev['accuracy']:.2f}{best}")
        elif kind == "eval":
            lines.append(f"  {at} eval {ev['set']:<12} {ev['setting']:<11} n={ev['n']:<5} accuracy "
                         f"{100 * ev['accuracy']:.2f}")
        elif kind == "start":
            lines.append(f"  {at} start: {ev.get('train_examples')} training pairs, {ev.get('steps')} steps, "
                         f"{ev.get('trainable_parameters')} trainable parameters")
        elif kind == "resume":
            lines.append(f"  {at} resume from step {ev.get('step')} ({ev.get('checkpoint')})")
        elif kind == "checkpoint":
            lines.append(f"  {at} checkpoint at step {ev.get('step')}")
        elif kind == "end":
            lines.append(f"  {at} end: best dev step {ev.get('best_step')}, {_fmt_time(ev.get('seconds'))}")
        elif kind == "error":
            lines.append(f"  {at} ERROR {ev.get('message')}")
        else:
            lines.append(f"  {at} {kind} " + json.dumps({k: v for k, v in ev.items() if k not in ('t', 'event')}))
    if results is None:
        lines.append("  results: none (the run has not finished)")
    else:
        lines.append(f"  status {results.get('status')}; best dev-en accuracy "
                     f"{100 * (results.get('best_dev_accuracy') or 0):.2f} at step {results.get('best_step')}; "
                     f"train {_fmt_time(results.get('train_seconds'))}, eval {_fmt_time(results.get('eval_seconds'))}")
        for setting, accs in (results.get("accuracy") or {}).items():
            cells = "  ".join(f"{k} {100 * v:.1f}" for k, v in accs.items())
            lines.append(f"  {setting}: {cells}")
    return "\n".join(lines) + "\n"


def format_runs(runs_dir: Path, run_ids: list[str] | None = None) -> str:
    """Several runs (all under ``runs_dir`` by default), one block each."""
    runs = list_runs(runs_dir)
    if run_ids is not None:
        wanted = set(run_ids)
        runs = [r for r in runs if r.name in wanted]
    if not runs:
        return f"no experiment runs in {runs_dir}\n"
    return "\n".join(format_run_log(r) for r in runs)


def format_report_runs(report_dir: Path, run_or_claim_id: str | None = None) -> str:
    """``synth log REPORT_DIR [RUN_OR_CLAIM_ID]``: every run, one run, or a claim's verdict and its runs."""
    report_dir = Path(report_dir)
    runs_dir = report_dir / "runs"
    if run_or_claim_id is None:
        return format_runs(runs_dir)
    if (runs_dir / run_or_claim_id / CONFIG).is_file():
        return format_run_log(runs_dir / run_or_claim_id)
    verdicts = (read_json(report_dir / VERDICTS_FILE) or {}).get("verdicts") or []
    match = next((v for v in verdicts if v.get("claim_id") == run_or_claim_id), None)
    if match is None:
        raise UsageError(f"{run_or_claim_id!r} is neither a run in {runs_dir} nor a claim with an experiment verdict")
    head = [f"claim {match['claim_id']}: {match['verdict']} — {match['reason']}"]
    for key in ("metric", "budget", "weights_note"):
        if match.get(key):
            head.append(f"  {key.replace('_', ' ')}: {match[key]}")
    for method, accs in (match.get("per_language") or {}).items():
        head.append(f"  {method}: " + "  ".join(f"{k} {v:.1f}" for k, v in accs.items()))
    for key, what in (("unlearned_runs", "did not learn the task (left out, rule 0)"),
                      ("rising_runs", "still improving at the last evaluation")):
        if match.get(key):
            head.append(f"  {what}: " + ", ".join(match[key]))
    body = format_runs(runs_dir, match.get("runs") or []) if match.get("runs") else "no runs (not run)\n"
    return "\n".join(head) + "\n\n" + body
