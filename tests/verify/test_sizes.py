from synth.verify.sizes import data_sizes, size_mismatch


def test_data_sizes_are_read_in_bytes_however_written():
    assert data_sizes("at least 100MB of text, 2.5 TB in all, 17GiB for Swahili") == {
        1e8: "100MB", 2.5e12: "2.5 TB", 17e9: "17GiB"}
    assert data_sizes("Table 2 reports 100 models") == {}
    # gigabytes without their "B" ("a 101G multilingual corpus"); a bare "100K" counts things
    assert data_sizes("It leads to a 101G multilingual corpus") == {101e9: "101G"}
    assert data_sizes("100K sentences and 8G-scale models") == {}


def test_a_claimed_size_the_evidence_prints_otherwise_is_a_mismatch():
    claim = "languages with at least 100MB of monolingual text"
    assert size_mismatch(claim, "61 African languages with at least 10MB of monolingual data") == (["100MB"], ["10MB"])
    assert size_mismatch(claim, "languages with at least 100 MB of data") is None
    assert size_mismatch(claim, "61 African languages") == (["100MB"], [])
