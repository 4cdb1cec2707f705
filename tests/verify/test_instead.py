from synth.verify.instead import done_instead

PAPER = ("We follow a similar approach, but instead of shifting unicode points we simply shift token indices after "
         "tokenization by a constant; shifted tokens are prefixed by “::” and added to the vocabulary.")


def test_what_the_paper_did_instead_denies_the_claim():
    why = done_instead("Dufter and Schütze create their Fake-English by shifting Unicode code points by a large "
                       "constant.", PAPER)
    assert why and "instead of shifting unicode points, we simply shift token indices" in why


def test_a_claim_saying_what_was_done_instead_is_not_denied():
    assert done_instead("Dufter and Schütze shift token indices after tokenization by a constant.", PAPER) is None
    assert done_instead("Rather than shifting unicode points, Dufter and Schütze shift token indices.", PAPER) is None


def test_a_single_set_aside_word_is_too_little_to_go_on():
    assert done_instead("The parser uses ELMo embeddings.", "ALIGNED FASTTEXT: instead of ELMo, we use fastText") is None
