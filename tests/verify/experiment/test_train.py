"""The training loop on a tiny randomly initialised BERT: it learns, batches are length-grouped and
dynamically padded, accumulation and resume after a killed run give the same model."""

import json

import numpy as np
import pytest
import torch

from synth.verify.experiment.data import Example, TaskData
from synth.verify.experiment.evaluate import encode_pairs, evaluate
from synth.verify.experiment.model import tiny_random_bert, trainable_state
from synth.verify.experiment.runlog import RunLog, read_events
from synth.verify.experiment.train import (
    BatchPlan,
    RunConfig,
    example_stream,
    lr_factor,
    train_model,
)

FILLER = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()


def toy_examples(n: int, seed: int) -> list[Example]:
    """Label 1 iff the first sentence holds 'good' (not 'bad'); lengths vary from 2 to 12 words."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        label = int(rng.integers(0, 2))
        words = list(rng.choice(FILLER, size=int(rng.integers(1, 12))))
        words.insert(int(rng.integers(0, len(words) + 1)), "good" if label else "bad")
        out.append(Example(" ".join(words), " ".join(rng.choice(FILLER, size=3)), label))
    return out


@pytest.fixture(scope="module")
def toy():
    train, dev = toy_examples(256, 0), toy_examples(64, 1)
    data = TaskData("pawsx", train, dev, {"en": dev, "de": dev})
    texts = [t for e in train + dev for t in (e.text_a, e.text_b)]
    return data, tiny_random_bert(texts, seed=0, hidden=32, layers=1)


def cfg(**kw) -> RunConfig:
    base = dict(task="pawsx", method="baseline", seed=3, encoder="synth/tiny-random-bert", budget="smoke",
                languages=["en", "de"], steps=40, micro_batch=16, accumulation=1, learning_rate=3e-3,
                warmup_ratio=0.1, eval_every=10, dropout=0.0, freeze_word_embeddings=False, group_factor=4)
    base.update(kw)
    return RunConfig(**base)


def test_it_learns_and_selects_on_dev(toy, tmp_path):
    data, enc = toy
    c = cfg()
    model, out = train_model(c, enc, data, None, tmp_path / "ck", RunLog(tmp_path / "run"))
    acc = evaluate(model, enc.tokenizer, data.dev, 128).accuracy
    assert acc >= 0.9, acc
    events = read_events(tmp_path / "run" / "log.jsonl")
    steps = [e for e in events if e["event"] == "step"]
    devs = [e for e in events if e["event"] == "dev"]
    assert len(steps) == 40 and [d["step"] for d in devs] == [10, 20, 30, 40]
    assert np.mean([s["loss"] for s in steps[-5:]]) < np.mean([s["loss"] for s in steps[:5]])
    best = max(devs, key=lambda d: (d["accuracy"], -d["step"]))
    assert out.best_step == best["step"] and out.best_dev_accuracy == pytest.approx(best["accuracy"])
    assert acc == pytest.approx(out.best_dev_accuracy)  # the returned model is the best checkpoint
    assert any(e["event"] == "checkpoint" for e in events)


def test_length_grouped_dynamic_batches(toy):
    data, enc = toy
    grouped = BatchPlan(cfg(), data.train, enc.tokenizer, None)
    plain = BatchPlan(cfg(length_grouping=False), data.train, enc.tokenizer, None)
    assert grouped.stream == plain.stream  # same examples, different batching

    def padded_tokens(plan):
        total = real = 0
        for j in range(plan.micro_batches()):
            b = encode_pairs(enc.tokenizer, plan.micro_batch(j), 128)
            total += b["input_ids"].numel()
            real += int(b["attention_mask"].sum())
        return total, real

    g_total, g_real = padded_tokens(grouped)
    p_total, p_real = padded_tokens(plain)
    assert g_real == p_real
    assert g_total < 0.85 * p_total
    fixed = encode_pairs(enc.tokenizer, grouped.micro_batch(0), 128, pad_to=128)
    assert fixed["input_ids"].shape[1] == 128
    # every pool index appears once per epoch
    stream, steps = example_stream(256, cfg(steps=None, epochs=2.0))
    assert steps == 32 and sorted(stream[:256]) == list(range(256)) and sorted(stream[256:]) == list(range(256))


def test_lr_schedule():
    assert lr_factor(0, 100, 0.1) == pytest.approx(0.1)
    assert lr_factor(9, 100, 0.1) == pytest.approx(1.0)
    assert lr_factor(55, 100, 0.1) == pytest.approx(0.5)
    assert lr_factor(0, 100, 0.0) == pytest.approx(1.0)


def test_accumulation_matches_one_big_batch(toy, tmp_path):
    data, _ = toy
    enc = tiny_random_bert([t for e in data.train + data.dev for t in (e.text_a, e.text_b)], seed=0, hidden=32,
                           layers=1, dropout=0.0)
    a, _ = train_model(cfg(steps=3, eval_every=3, length_grouping=False), enc, data, None, tmp_path / "a",
                       RunLog(tmp_path / "ra"))
    b, _ = train_model(cfg(steps=3, eval_every=3, length_grouping=False, micro_batch=8, accumulation=2), enc, data,
                       None, tmp_path / "b", RunLog(tmp_path / "rb"))
    # the same 16 examples per optimizer step, as one batch or two halves (padded differently)
    sa, sb = trainable_state(a), trainable_state(b)
    diff = max((sa[k] - sb[k]).abs().max().item() for k in sa)
    assert diff < 1e-4


class Killed(Exception):
    pass


def test_resume_after_a_killed_run_gives_the_same_model(toy, tmp_path):
    data, enc = toy
    c = cfg(steps=30, eval_every=10, dropout=0.1, method="rs_rp", rs_rp_sigma=0.1)
    whole, _ = train_model(c, enc, data, None, tmp_path / "whole", RunLog(tmp_path / "r1"))

    def kill_at_15(step):
        if step == 15:
            raise Killed

    with pytest.raises(Killed):
        train_model(c, enc, data, None, tmp_path / "ck", RunLog(tmp_path / "r2"), on_step=kill_at_15)
    state = json.loads((tmp_path / "ck" / "state.json").read_text())
    assert state["step"] == 10
    resumed, out = train_model(c, enc, data, None, tmp_path / "ck", RunLog(tmp_path / "r2"))
    assert out.resumed_from == 10
    sw, sr = trainable_state(whole), trainable_state(resumed)
    assert all(torch.allclose(sw[k], sr[k], atol=1e-6) for k in sw)
    events = read_events(tmp_path / "r2" / "log.jsonl")
    assert [e["event"] for e in events].count("resume") == 1
    # a changed config does not resume from someone else's checkpoint
    _, out2 = train_model(cfg(steps=5, eval_every=5), enc, data, None, tmp_path / "ck", RunLog(tmp_path / "r3"))
    assert out2.resumed_from is None


def test_no_pickle_in_checkpoints(toy, tmp_path):
    data, enc = toy
    c = cfg(steps=4, eval_every=2)
    train_model(c, enc, data, None, tmp_path / "ck", RunLog(tmp_path / "r"))
    files = sorted(p.name for p in (tmp_path / "ck").iterdir())
    assert files == ["best.safetensors", "optimizer.safetensors", "state.json", "trainable.safetensors"]
