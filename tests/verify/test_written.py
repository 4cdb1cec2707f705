import re

from synth.verify.written import places, written


def test_a_name_is_written_as_a_word_of_its_own():
    assert written("EMB", "EMB EMB")
    assert written("EMB", "the (EMB) row")
    assert not written("EMB", "EMBEDDINGS")
    assert not written("EMB", "EMB-2")
    assert not written("XLM-R", "XLM-R-large")
    assert not written("BERT", "mBERT")


def test_places_give_every_standalone_use_and_honour_flags():
    text = "mBERT and BERT; bert, BERT-base and BERT."
    assert [m.start() for m in places("BERT", text)] == [10, 36]
    assert [m.group(0) for m in places("BERT", text, re.IGNORECASE)] == ["BERT", "bert", "BERT"]
    assert not written("bert", "BERT")
    assert written("bert", "BERT", re.IGNORECASE)


def test_regex_characters_in_a_name_are_literal():
    assert written("P@1", "scores in P@1 rise")
    assert not written("a.b", "axb")
