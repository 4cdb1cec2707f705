from synth.verify.sizes import data_sizes, size_mismatch, size_given_otherwise


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


def test_another_size_with_the_same_words_by_it_is_given_otherwise():
    sentence = "To further extend to more languages with less than 10MB of data, we generate machine-translated data."
    why = size_given_otherwise("The languages with less than 50MB of monolingual data get translated data.", sentence)
    assert why is not None and "10MB" in why
    assert size_given_otherwise("The languages with less than 10MB of data get translated data.", sentence) is None


def test_a_size_of_something_else_is_not_given_otherwise():
    # "GPU" memory is no size of pretraining text
    assert size_given_otherwise("They pretrain on 17GB of African text.", "Each V100 GPU has 32GB of memory.") is None
    assert size_given_otherwise("They pretrain on 17GB of African text.", "They pretrain on African text.") is None
