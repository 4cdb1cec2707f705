"""Loading the XTREME-tsv data: the shared mirror's layout, the Robust-XLT layout, NS rows, fixed
evaluation subsets, generalized pairs, and errors."""

import pytest

from synth.errors import OfflineError, SynthError, UsageError
from synth.verify.experiment.data import (
    UNTRANSLATED,
    default_data_dir,
    load_local,
    load_task,
    read_tsv,
)


def test_shared_pawsx_slices(data_dir):
    d = load_local(data_dir, "pawsx", ["en", "de", "ja"], train_limit=50, dev_limit=20, test_limit=30)
    assert (len(d.train), len(d.dev)) == (50, 20) and {len(v) for v in d.test.values()} == {30}
    assert {e.label for e in d.train} <= {0, 1}
    assert [e.label for e in d.test["de"]] == [e.label for e in d.test["en"]]
    assert len(d.files) == 5 and all(len(h) == 64 for h in d.files.values())
    again = load_local(data_dir, "pawsx", ["en", "de", "ja"], train_limit=50, dev_limit=20, test_limit=30)
    assert again.test["de"] == d.test["de"] and again.train == d.train  # fixed subsets


def test_ns_rows_kept_in_standard_and_skipped_in_generalized(data_dir):
    d = load_local(data_dir, "pawsx", ["en", "de"], train_limit=10, dev_limit=10)
    ns_de = sum(UNTRANSLATED in (e.text_a, e.text_b) for e in d.test["de"])
    assert ns_de > 0 and len(d.test["de"]) == 2000
    assert any("NS rows kept" in n for n in d.notes)
    pairs = d.generalized(["en", "de"])
    assert set(pairs) == {"en-en", "en-de", "de-en", "de-de"}
    assert len(pairs["en-en"]) == 2000
    for rows in pairs.values():
        assert all(UNTRANSLATED not in (e.text_a, e.text_b) for e in rows)
    assert len(pairs["de-de"]) == 2000 - ns_de
    # en-de: English first sentence, German second, English label
    i = next(i for i, e in enumerate(d.test["de"]) if e.text_b != UNTRANSLATED)
    assert pairs["en-de"][i].text_a == d.test["en"][i].text_a and pairs["en-de"][i].text_b == d.test["de"][i].text_b
    assert len(d.generalized(["en", "de"], limit=7)["de-en"]) == 7


def test_xnli_from_mnli_and_xnli_dev(data_dir):
    d = load_local(data_dir, "xnli", ["en", "sw"], train_limit=30, dev_limit=10, test_limit=12)
    assert {e.label for e in d.train} <= {0, 1, 2} and len(d.test["sw"]) == 12
    assert any("XNLI dev is the zero-shot test set" in n for n in d.notes)


def test_xtreme_layout_and_errors(tmp_path):
    root = tmp_path / "xtreme" / "pawsx"
    root.mkdir(parents=True)
    (root / "train-en.tsv").write_text("a b\tc d\t1\ne f\tg h\t0\n")
    (root / "dev-en.tsv").write_text("a\tb\t1\n")
    (root / "test-en.tsv").write_text("x\ty\t0\nz\tw\t1\n")
    (root / "test-fr.tsv").write_text("x fr\ty fr\t0\nz fr\tw fr\t1\n")
    d = load_local(tmp_path / "xtreme", "pawsx", ["en", "fr"])
    assert len(d.train) == 2 and d.test["fr"][1].text_a == "z fr" and "XTREME layout" in d.source
    (root / "test-fr.tsv").write_text("x fr\ty fr\t0\n")
    with pytest.raises(SynthError, match="not line-aligned"):
        load_local(tmp_path / "xtreme", "pawsx", ["en", "fr"])
    with pytest.raises(SynthError, match="missing .*test-de.tsv"):
        load_local(tmp_path / "xtreme", "pawsx", ["en", "de"])
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\tmaybe\n")
    with pytest.raises(SynthError, match=r"bad.tsv:1: unknown XNLI label 'maybe'"):
        read_tsv(bad, "xnli")
    with pytest.raises(UsageError, match="unknown task"):
        load_local(tmp_path, "squad", ["en"])
    with pytest.raises(OfflineError, match="SYNTH_DATA_DIR"):
        load_task("pawsx", ["en"], None, offline=True)


def test_default_data_dir(monkeypatch, tmp_path, data_dir):
    monkeypatch.delenv("SYNTH_DATA_DIR", raising=False)
    assert default_data_dir(tmp_path) == tmp_path
    assert default_data_dir(None).resolve() == data_dir.resolve()
    monkeypatch.setenv("SYNTH_DATA_DIR", str(tmp_path))
    assert default_data_dir(None) == tmp_path
