"""Accuracy of a classifier on a list of pairs, with the per-example correctness kept for the paired
bootstrap.  Batches are formed from length-sorted rows and padded dynamically; results come back in
the original row order."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from synth.verify.experiment.data import Example
from synth.verify.experiment.model import PairClassifier


@dataclass(frozen=True)
class EvalResult:
    accuracy: float
    n: int
    correct: str  # "0"/"1" per row, in row order

    def as_dict(self) -> dict:
        return {"accuracy": self.accuracy, "n": self.n, "correct": self.correct}


def encode_pairs(tokenizer, examples: list[Example], max_length: int, pad_to: int | None = None) -> dict:
    enc = tokenizer(
        [e.text_a for e in examples], [e.text_b for e in examples], truncation=True, max_length=max_length,
        padding="max_length" if pad_to else "longest", return_tensors="pt",
    )
    if pad_to and pad_to != max_length:
        raise ValueError("pad_to must equal max_length")
    enc["labels"] = torch.tensor([e.label for e in examples], dtype=torch.long)
    return dict(enc)


def predict(model: PairClassifier, tokenizer, examples: list[Example], max_length: int,
            batch_size: int = 64) -> list[int]:
    if not examples:
        return []
    lengths = tokenizer([e.text_a for e in examples], [e.text_b for e in examples], truncation=True,
                        max_length=max_length)["input_ids"]
    order = sorted(range(len(examples)), key=lambda i: len(lengths[i]))
    preds = [0] * len(examples)
    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    try:
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                idx = order[start:start + batch_size]
                batch = encode_pairs(tokenizer, [examples[i] for i in idx], max_length)
                batch.pop("labels")
                logits = model(**{k: v.to(device) for k, v in batch.items()})
                for i, p in zip(idx, logits.argmax(-1).tolist()):
                    preds[i] = p
    finally:
        model.train(was_training)
    return preds


def evaluate(model: PairClassifier, tokenizer, examples: list[Example], max_length: int,
             batch_size: int = 64) -> EvalResult:
    preds = predict(model, tokenizer, examples, max_length, batch_size)
    bits = "".join("1" if p == e.label else "0" for p, e in zip(preds, examples))
    return EvalResult(bits.count("1") / len(bits) if bits else 0.0, len(bits), bits)
