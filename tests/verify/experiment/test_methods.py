"""RS-RP noise scale and the adversarial (PGD) step on input embeddings, on a tiny random BERT."""

import math

import pytest
import torch
import torch.nn.functional as F

from synth.verify.experiment.data import Example
from synth.verify.experiment.evaluate import encode_pairs
from synth.verify.experiment.methods import method_loss, pgd_delta, rs_rp_noise
from synth.verify.experiment.model import PairClassifier, tiny_random_bert

TEXTS = ["the cat sat on the mat", "a dog ran far away from home", "birds sing", "it rains again today in town"]


@pytest.fixture(scope="module")
def setup():
    enc = tiny_random_bert(TEXTS, seed=0)
    torch.manual_seed(0)
    model = PairClassifier(enc.model, 2).eval()
    examples = [Example(TEXTS[i], TEXTS[(i + 1) % 4], i % 2) for i in range(4)]
    batch = encode_pairs(enc.tokenizer, examples, 64)
    return model, batch


def test_rs_rp_noise_scale_and_padding(setup):
    model, batch = setup
    embeds = model.embed(batch["input_ids"]).detach()
    mask = batch["attention_mask"]
    assert (mask == 0).any(), "the batch should contain padding"
    rms = model.embedding_rms()
    torch.manual_seed(1)
    noise = torch.cat([rs_rp_noise(embeds, mask, 0.1, rms) for _ in range(50)])
    real = torch.cat([mask.bool()] * 50)
    assert torch.all(noise[~real] == 0)
    std = noise[real].std().item()
    assert abs(std / (0.1 * rms) - 1) < 0.05
    assert abs(noise[real].mean().item()) < 0.05 * 0.1 * rms
    torch.manual_seed(1)
    assert torch.equal(rs_rp_noise(embeds, mask, 0.1, rms), noise[: len(mask)])


def test_adversarial_step_raises_the_loss_within_the_ball(setup):
    model, batch = setup
    embeds = model.embed(batch["input_ids"]).detach()
    mask, labels = batch["attention_mask"], batch["labels"]
    extra = {k: batch[k] for k in ("token_type_ids",) if k in batch}
    rms = model.embedding_rms()
    clean = F.cross_entropy(model(inputs_embeds=embeds, attention_mask=mask, **extra), labels).item()
    delta = pgd_delta(model, embeds, mask, labels, epsilon=0.2, alpha=0.2, steps=1, rms=rms, extra=extra)
    adv = F.cross_entropy(model(inputs_embeds=embeds + delta, attention_mask=mask, **extra), labels).item()
    assert adv > clean + 1e-4
    radius = 0.2 * rms * math.sqrt(embeds.shape[-1])
    assert delta.norm(dim=-1).max().item() <= radius * (1 + 1e-5)
    assert torch.all(delta[mask == 0] == 0)
    more = pgd_delta(model, embeds, mask, labels, epsilon=0.2, alpha=0.1, steps=3, rms=rms, extra=extra)
    adv3 = F.cross_entropy(model(inputs_embeds=embeds + more, attention_mask=mask, **extra), labels).item()
    assert adv3 > clean
    # random noise of the same size raises the loss far less than the adversarial direction
    noise = rs_rp_noise(embeds, mask, 0.2, rms)
    rand = F.cross_entropy(model(inputs_embeds=embeds + noise, attention_mask=mask, **extra), labels).item()
    assert adv - clean > abs(rand - clean)


def test_method_losses_have_gradients(setup):
    model, batch = setup
    kw = dict(rs_rp_sigma=0.05, adv_epsilon=0.05, adv_alpha=0.03, adv_steps=1, rms=model.embedding_rms())
    for method in ("baseline", "rs_da", "rs_rp", "adversarial"):
        model.zero_grad()
        loss = method_loss(method, model, batch, **kw)
        loss.backward()
        assert model.head.weight.grad is not None and model.head.weight.grad.abs().sum() > 0, method
    with pytest.raises(ValueError):
        method_loss("magic", model, batch, **kw)
