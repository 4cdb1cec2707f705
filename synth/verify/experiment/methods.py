"""Training objectives: baseline, RS-RP (random perturbation of input embeddings) and adversarial
training (projected-gradient steps on input embeddings).  RS-DA changes the data, not the loss
(:mod:`augment`), so its loss is the baseline's.

Scales are relative to the encoder's word-embedding matrix so that one setting means the same for
e5-small, mBERT and XLM-R: ``rms`` is the root-mean-square entry of that matrix, so a typical token
embedding has L2 norm ``rms · sqrt(hidden)``.

* RS-RP: ``δ ~ N(0, (σ·rms)²)`` on every entry of every real (non-padding) token's embedding; the
  loss is the classification loss on ``e + δ`` (training on randomly smoothed inputs).
* adversarial: start at ``δ = 0``; each of ``steps`` PGD steps moves every token's ``δ`` by
  ``α·rms·sqrt(hidden)`` along its normalised loss gradient and projects it back into the L2 ball of
  radius ``ε·rms·sqrt(hidden)``; the loss is the classification loss at ``e + δ`` (min-max training).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from synth.verify.experiment.model import PairClassifier


def rs_rp_noise(embeds: torch.Tensor, attention_mask: torch.Tensor, sigma: float, rms: float,
                generator: torch.Generator | None = None) -> torch.Tensor:
    """Gaussian noise with std ``sigma · rms`` on real tokens, zero on padding."""
    noise = torch.randn(embeds.shape, generator=generator, dtype=embeds.dtype, device=embeds.device)
    return noise * (sigma * rms) * attention_mask.unsqueeze(-1).to(embeds.dtype)


def _project(delta: torch.Tensor, radius: float) -> torch.Tensor:
    norms = delta.norm(dim=-1, keepdim=True)
    return delta * torch.clamp(radius / norms.clamp(min=1e-12), max=1.0)


def pgd_delta(model: PairClassifier, embeds: torch.Tensor, attention_mask: torch.Tensor, labels: torch.Tensor,
              epsilon: float, alpha: float, steps: int, rms: float, extra: dict | None = None) -> torch.Tensor:
    """An adversarial perturbation of the input embeddings (detached), within the per-token L2 ball."""
    hidden = embeds.shape[-1]
    unit = rms * math.sqrt(hidden)
    radius, step = epsilon * unit, alpha * unit
    mask = attention_mask.unsqueeze(-1).to(embeds.dtype)
    base = embeds.detach()
    delta = torch.zeros_like(base)
    for _ in range(max(steps, 0)):
        delta.requires_grad_(True)
        logits = model(inputs_embeds=base + delta, attention_mask=attention_mask, **(extra or {}))
        loss = F.cross_entropy(logits, labels)
        (grad,) = torch.autograd.grad(loss, delta)
        with torch.no_grad():
            direction = grad / grad.norm(dim=-1, keepdim=True).clamp(min=1e-12)
            delta = _project(delta + step * direction, radius) * mask
    return delta.detach()


def method_loss(method: str, model: PairClassifier, batch: dict[str, torch.Tensor], *, rs_rp_sigma: float,
                adv_epsilon: float, adv_alpha: float, adv_steps: int, rms: float) -> torch.Tensor:
    """The training loss of one micro-batch under ``method``."""
    labels = batch["labels"]
    mask = batch["attention_mask"]
    extra = {"token_type_ids": batch["token_type_ids"]} if "token_type_ids" in batch else {}
    if method in ("baseline", "rs_da"):
        logits = model(input_ids=batch["input_ids"], attention_mask=mask, **extra)
        return F.cross_entropy(logits, labels)
    embeds = model.embed(batch["input_ids"])
    if method == "rs_rp":
        delta = rs_rp_noise(embeds, mask, rs_rp_sigma, rms)
    elif method == "adversarial":
        delta = pgd_delta(model, embeds, mask, labels, adv_epsilon, adv_alpha, adv_steps, rms, extra)
    else:
        raise ValueError(f"unknown method {method!r}")
    return F.cross_entropy(model(inputs_embeds=embeds + delta, attention_mask=mask, **extra), labels)
