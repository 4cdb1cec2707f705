import json
import os

import pytest

from synth.store import Cache, content_key, sha256_bytes, sha256_file


def test_content_key_is_stable_and_order_sensitive():
    assert content_key("parse", "abc", {"b": 1, "a": 2}) == content_key("parse", "abc", {"a": 2, "b": 1})
    assert content_key("parse", "abc") != content_key("abc", "parse")


def test_round_trip_and_layout(tmp_path):
    cache = Cache(tmp_path)
    key = content_key("x", 1)
    assert cache.read_text("ns", key) is None
    path = cache.write_text("ns", key, json.dumps({"v": 1}))
    assert path == tmp_path / "ns" / key[:2] / f"{key}.json"
    assert json.loads(cache.read_text("ns", key)) == {"v": 1}
    assert cache.has("ns", key, "json")


def test_failed_write_leaves_old_entry_and_no_temp_file(tmp_path):
    cache = Cache(tmp_path)
    key = content_key("y")
    cache.write_bytes("ns", key, "bin", b"old")

    with pytest.raises(TypeError):
        cache.write_bytes("ns", key, "bin", "text is not bytes")  # fails mid-write
    assert cache.read_bytes("ns", key, "bin") == b"old"
    assert [p.name for p in cache.path("ns", key, "bin").parent.iterdir()] == [f"{key}.bin"]


def test_staging_then_publish(tmp_path):
    cache = Cache(tmp_path)
    staged = cache.staging_path("w", "ab" * 32, "safetensors")
    staged.write_bytes(b"weights")
    final = cache.publish(staged, "w", "ab" * 32, "safetensors")
    assert final.read_bytes() == b"weights" and not staged.exists()


def test_file_hash_matches_bytes_hash(tmp_path):
    f = tmp_path / "f"
    f.write_bytes(os.urandom(3_000_000))
    assert sha256_file(f, chunk=1 << 16) == sha256_bytes(f.read_bytes())
