from synth.verify.sharing import sharing_opposed

PASSAGE = ("Since the prediction layer is tied with the embeddings layer, separating the embeddings layer also introduces "
           "a language-specific softmax prediction layer for the cloze task.")


def test_a_component_said_shared_against_one_made_language_specific():
    claim = "With separate embedding layers, the softmax prediction layer of the cloze task nevertheless stays shared."
    why = sharing_opposed(claim, PASSAGE)
    assert why is not None and "prediction" in why and "softmax" in why


def test_a_component_said_language_specific_against_one_said_shared():
    assert sharing_opposed("XLM-R keeps language-specific embedding layers.",
                           "In XLM-R, all embedding layers are shared across languages.") is not None


def test_another_component_or_a_passage_saying_both_is_no_opposite():
    assert sharing_opposed("The bottom Transformer layers stay shared between the languages.", PASSAGE) is None
    assert sharing_opposed("mBERT uses a shared vocabulary across languages.",
                           "mBERT uses a shared vocabulary rather than a language-specific vocabulary.") is None
    assert sharing_opposed("mBERT uses a shared vocabulary across languages.", "mBERT uses a shared vocabulary.") is None
