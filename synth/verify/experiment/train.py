"""One training run: English fine-tuning under a method, English-dev checkpoint selection, then
per-language evaluation of the best checkpoint.

* Data order: a deterministic stream of (example, copy) indices drawn from the method's training
  pool (n× for RS-DA), epoch by epoch without replacement; ``steps × batch`` of it at equal-steps
  budgets, ``epochs × pool`` at the paper's protocol.
* Batches: the stream is cut into windows of ``group_factor`` micro-batches; each window is sorted by
  token length, split into micro-batches and their order shuffled (seeded), so a batch holds pairs of
  similar length and dynamic padding wastes little.  ``pad_to`` pads every batch to a fixed length
  instead (the reference scripts' setting, kept for the benchmark).
* Optimisation: AdamW, linear warm-up and decay, gradient clipping at 1.0, gradient accumulation.
* Checkpoints (under the cache, not the run directory): ``trainable.safetensors`` (trainable
  parameters), ``optimizer.safetensors`` (AdamW moments and the torch RNG state), ``best.safetensors``
  and ``state.json`` (step, best dev accuracy, the optimizer's scalar state), written atomically with
  ``state.json`` last, every ``eval_every`` steps.  A run started again with the same config resumes
  from there and produces the same numbers as an uninterrupted one.  No pickle anywhere.
"""

from __future__ import annotations

import copy
import json
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch
from pydantic import BaseModel, ConfigDict

from synth.errors import SynthError
from synth.store import content_key
from synth.verify.experiment.augment import Neighbors, perturb_example
from synth.verify.experiment.data import NUM_LABELS, Example, TaskData
from synth.verify.experiment.evaluate import encode_pairs, evaluate
from synth.verify.experiment.methods import method_loss
from synth.verify.experiment.model import (
    Encoder,
    PairClassifier,
    freeze_word_embeddings,
    load_trainable_state,
    trainable_state,
)
from synth.verify.experiment.runlog import RunLog

TRAINER_VERSION = "synth-experiment-train/1"


class RunConfig(BaseModel):
    """Everything that determines a run.  ``config.json`` is this model; its hash names the run."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    trainer: str = TRAINER_VERSION
    task: str
    method: str
    seed: int
    encoder: str
    budget: str
    budget_description: str = ""
    languages: list[str]
    settings: list[str] = ["standard"]  # which evaluations: standard, generalized
    steps: int | None = None  # equal optimizer steps for every method
    epochs: float | None = None  # or passes over the method's own training pool
    micro_batch: int = 16
    accumulation: int = 1
    learning_rate: float = 5e-5
    warmup_ratio: float = 0.1
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    dropout: float = 0.1
    max_length: int = 128
    pad_to: int | None = None
    length_grouping: bool = True
    group_factor: int = 32
    eval_every: int = 50
    eval_batch: int = 64
    freeze_word_embeddings: bool = True
    rs_da_copies: int = 1
    rs_rp_sigma: float = 0.05
    adv_epsilon: float = 0.05
    adv_alpha: float = 0.03
    adv_steps: int = 1
    train_limit: int | None = None
    dev_limit: int | None = None
    test_limit: int | None = None
    generalized_limit: int | None = None

    @property
    def batch_size(self) -> int:
        return self.micro_batch * self.accumulation

    @property
    def copies(self) -> int:
        return self.rs_da_copies if self.method == "rs_da" else 1

    def key(self) -> str:
        return content_key(self.model_dump(mode="json"))

    def run_id(self) -> str:
        short = self.encoder.split("/")[-1]
        return f"{self.task}-{self.method}-{short}-{self.budget}-s{self.seed}-{self.key()[:8]}"


# --- the data plan ------------------------------------------------------------------------------------


def example_stream(n_train: int, cfg: RunConfig) -> tuple[list[int], int]:
    """Pool indices (``example * copies + copy``) in training order, and the number of optimizer steps."""
    if n_train <= 0:
        raise SynthError("no training examples")
    pool = n_train * cfg.copies
    if cfg.steps is not None:
        total, steps = cfg.steps * cfg.batch_size, cfg.steps
    elif cfg.epochs is not None:
        total = int(round(cfg.epochs * pool))
        steps = math.ceil(total / cfg.batch_size)
    else:
        raise SynthError("a run needs steps or epochs")
    rng = np.random.default_rng([cfg.seed, 1])
    out: list[int] = []
    while len(out) < total:
        out.extend(rng.permutation(pool).tolist())
    return out[:total], steps


class BatchPlan:
    """Micro-batches of pool indices, length-grouped per window, computed lazily per window."""

    def __init__(self, cfg: RunConfig, train: list[Example], tokenizer, neighbors: Neighbors | None):
        if cfg.method == "rs_da" and neighbors is None:
            raise SynthError("RS-DA needs the counter-fitted synonym table")
        self.cfg, self.train, self.tokenizer, self.neighbors = cfg, train, tokenizer, neighbors
        self.stream, self.steps = example_stream(len(train), cfg)
        self.window = cfg.micro_batch * (cfg.group_factor if cfg.length_grouping else 1)
        self._cache: dict[int, list[list[int]]] = {}

    def example(self, pool_index: int) -> Example:
        i, k = divmod(pool_index, self.cfg.copies)
        if self.cfg.method == "rs_da":
            return perturb_example(self.train[i], self.neighbors, self.cfg.seed, i, k)
        return self.train[i]

    def _window(self, w: int) -> list[list[int]]:
        if w not in self._cache:
            chunk = self.stream[w * self.window:(w + 1) * self.window]
            mb = self.cfg.micro_batch
            if self.cfg.length_grouping and not self.cfg.pad_to:
                exs = [self.example(p) for p in chunk]
                lengths = [len(ids) for ids in self.tokenizer([e.text_a for e in exs], [e.text_b for e in exs],
                                                               truncation=True, max_length=self.cfg.max_length)["input_ids"]]
                order = sorted(range(len(chunk)), key=lambda j: (-lengths[j], j))
                batches = [[chunk[j] for j in order[s:s + mb]] for s in range(0, len(order), mb)]
                perm = np.random.default_rng([self.cfg.seed, 2, w]).permutation(len(batches))
                batches = [batches[j] for j in perm]
            else:
                batches = [chunk[s:s + mb] for s in range(0, len(chunk), mb)]
            self._cache = {w: batches}  # keep one window
        return self._cache[w]

    def micro_batches(self) -> int:
        return math.ceil(len(self.stream) / self.cfg.micro_batch)

    def micro_batch(self, j: int) -> list[Example]:
        per_window = self.window // self.cfg.micro_batch
        batches = self._window(j // per_window)
        return [self.example(p) for p in batches[j % per_window]]


# --- checkpoints ----------------------------------------------------------------------------------------


def _save_tensors(path: Path, tensors: dict[str, torch.Tensor], meta: dict | None = None) -> None:
    from safetensors.torch import save_file

    tmp = path.with_name(f".tmp-{path.name}")
    save_file({k: v.contiguous() for k, v in tensors.items()}, str(tmp),
              metadata={"synth": json.dumps(meta or {}, sort_keys=True)})
    os.replace(tmp, path)


def _load_tensors(path: Path) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(str(path))


def _optimizer_tensors(opt: torch.optim.Optimizer, names: list[str]) -> tuple[dict[str, torch.Tensor], dict]:
    sd = opt.state_dict()
    tensors, scalars = {}, {}
    for idx, st in sd["state"].items():
        for key, value in st.items():
            if torch.is_tensor(value):
                tensors[f"{names[idx]}::{key}"] = value.detach().cpu().clone()
            else:
                scalars[f"{names[idx]}::{key}"] = value
    return tensors, {"param_groups": sd["param_groups"], "scalars": scalars}


def _restore_optimizer(opt: torch.optim.Optimizer, names: list[str], tensors: dict, meta: dict) -> None:
    index = {n: i for i, n in enumerate(names)}
    state: dict[int, dict] = {}
    for key, value in tensors.items():
        name, field = key.rsplit("::", 1)
        state.setdefault(index[name], {})[field] = value
    for key, value in meta["scalars"].items():
        name, field = key.rsplit("::", 1)
        state.setdefault(index[name], {})[field] = value
    opt.load_state_dict({"state": state, "param_groups": meta["param_groups"]})


@dataclass
class Checkpoint:
    directory: Path

    @property
    def state_file(self) -> Path:
        return self.directory / "state.json"

    def read_state(self, config_key: str) -> dict | None:
        try:
            state = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None
        return state if state.get("config_key") == config_key else None

    def write_state(self, state: dict) -> None:
        tmp = self.state_file.with_name(".tmp-state.json")
        tmp.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.state_file)


# --- the loop -------------------------------------------------------------------------------------------


@dataclass
class TrainOutcome:
    best_step: int
    best_dev_accuracy: float
    steps: int
    train_seconds: float
    resumed_from: int | None
    examples_per_second: float


def _optimizer(model: PairClassifier, cfg: RunConfig) -> tuple[torch.optim.Optimizer, list[str]]:
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    decay = [p for n, p in named if not (n.endswith("bias") or "LayerNorm" in n or "layer_norm" in n)]
    no_decay = [p for n, p in named if n.endswith("bias") or "LayerNorm" in n or "layer_norm" in n]
    groups = [{"params": decay, "weight_decay": cfg.weight_decay}, {"params": no_decay, "weight_decay": 0.0}]
    opt = torch.optim.AdamW(groups, lr=cfg.learning_rate, eps=1e-8)
    order = [n for n, p in named if not (n.endswith("bias") or "LayerNorm" in n or "layer_norm" in n)]
    order += [n for n, p in named if n.endswith("bias") or "LayerNorm" in n or "layer_norm" in n]
    return opt, order


def lr_factor(step: int, total: int, warmup_ratio: float) -> float:
    """Linear warm-up over ``warmup_ratio · total`` steps, then linear decay to 0."""
    warm = int(round(warmup_ratio * total))
    if step < warm:
        return (step + 1) / warm
    return max(0.0, (total - step) / max(1, total - warm))


def build_model(encoder: Encoder, cfg: RunConfig, copy_encoder: bool = True) -> PairClassifier:
    """The classifier over ``encoder`` (a copy unless ``copy_encoder`` is False: then training changes
    the encoder's own weights, which saves memory when it was loaded for this run alone)."""
    torch.manual_seed(cfg.seed)
    model = PairClassifier(copy.deepcopy(encoder.model) if copy_encoder else encoder.model, NUM_LABELS[cfg.task],
                           cfg.dropout)
    if cfg.freeze_word_embeddings:
        freeze_word_embeddings(model)
    return model


def train_model(cfg: RunConfig, encoder: Encoder, data: TaskData, neighbors: Neighbors | None, ckpt_dir: Path,
                log: RunLog, on_step: Callable[[int], None] | None = None, device: str = "cpu",
                copy_encoder: bool = True) -> tuple[PairClassifier, TrainOutcome]:
    """Train (or resume) and return the model holding the best English-dev checkpoint."""
    ckpt_dir.mkdir(parents=True, exist_ok=True)
    ck = Checkpoint(ckpt_dir)
    key = cfg.key()
    model = build_model(encoder, cfg, copy_encoder).to(device)
    opt, names = _optimizer(model, cfg)
    plan = BatchPlan(cfg, data.train, encoder.tokenizer, neighbors)
    total = plan.steps
    n_micro = plan.micro_batches()
    rms = model.embedding_rms()
    state = ck.read_state(key)
    start, best_acc, best_step, resumed = 0, -1.0, 0, None
    if state is not None:
        start, best_acc, best_step = state["step"], state["best_dev_accuracy"], state["best_step"]
        if start < total:
            load_trainable_state(model, _load_tensors(ckpt_dir / "trainable.safetensors"))
            opt_tensors = _load_tensors(ckpt_dir / "optimizer.safetensors")
            torch.set_rng_state(opt_tensors.pop("__torch_rng_state__"))
            _restore_optimizer(opt, names, opt_tensors, state["optimizer"])
        resumed = start
        log.event("resume", step=start, checkpoint=str(ckpt_dir))
    else:
        torch.manual_seed(cfg.seed + 1)  # dropout and noise
        n_trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
        log.event("start", train_examples=len(data.train), pool=len(data.train) * cfg.copies, steps=total,
                  trainable_parameters=n_trainable, dev_examples=len(data.dev))
    t0 = time.perf_counter()
    seen, step_seconds = 0, 0.0
    model.train()
    for step in range(start, total):
        t_step = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        loss_sum, n_ex = 0.0, 0
        micro = [plan.micro_batch(j) for j in range(step * cfg.accumulation, (step + 1) * cfg.accumulation)
                 if j < n_micro]
        step_examples = sum(len(m) for m in micro)
        for examples in micro:
            batch = {k: v.to(device) for k, v in encode_pairs(encoder.tokenizer, examples, cfg.max_length,
                                                               cfg.pad_to).items()}
            loss = method_loss(cfg.method, model, batch, rs_rp_sigma=cfg.rs_rp_sigma, adv_epsilon=cfg.adv_epsilon,
                               adv_alpha=cfg.adv_alpha, adv_steps=cfg.adv_steps, rms=rms)
            # Each micro-batch weighs by its share of the step's examples: the mean over the whole batch.
            (loss * (len(examples) / step_examples)).backward()
            loss_sum += float(loss.detach()) * len(examples)
            n_ex += len(examples)
        torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], cfg.max_grad_norm)
        lr = cfg.learning_rate * lr_factor(step, total, cfg.warmup_ratio)
        for group in opt.param_groups:
            group["lr"] = lr
        opt.step()
        seen += n_ex
        dt = time.perf_counter() - t_step
        step_seconds += dt
        log.event("step", step=step + 1, loss=round(loss_sum / max(n_ex, 1), 6), lr=lr, examples=n_ex,
                  examples_per_s=round(n_ex / dt, 2) if dt > 0 else None)
        done = step + 1
        if done % cfg.eval_every == 0 or done == total:
            dev = evaluate(model, encoder.tokenizer, data.dev, cfg.max_length, cfg.eval_batch)
            better = dev.accuracy > best_acc
            if better:
                best_acc, best_step = dev.accuracy, done
                _save_tensors(ckpt_dir / "best.safetensors", trainable_state(model), {"step": done})
            log.event("dev", step=done, accuracy=dev.accuracy, n=dev.n, best=better)
            new_state = {"config_key": key, "step": done, "best_dev_accuracy": best_acc, "best_step": best_step}
            if done < total:
                _save_tensors(ckpt_dir / "trainable.safetensors", trainable_state(model), {"step": done})
                opt_tensors, opt_meta = _optimizer_tensors(opt, names)
                opt_tensors["__torch_rng_state__"] = torch.get_rng_state()
                _save_tensors(ckpt_dir / "optimizer.safetensors", opt_tensors, {"step": done})
                new_state["optimizer"] = opt_meta
                log.event("checkpoint", step=done)
            ck.write_state(new_state)
        if on_step is not None:
            on_step(done)
    seconds = time.perf_counter() - t0
    if (ckpt_dir / "best.safetensors").is_file():
        load_trainable_state(model, _load_tensors(ckpt_dir / "best.safetensors"))
    model.eval()
    # examples per second of the optimizer steps themselves (dev evaluation and checkpoints excluded)
    return model, TrainOutcome(best_step, best_acc, total, seconds, resumed,
                               seen / step_seconds if step_seconds > 0 else 0.0)
