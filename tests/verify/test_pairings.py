from synth.verify.pairings import crossed_pairing

# ahmad2019 p.6
PAPER = ("Comparing word- and sentence-level adversarial training, we observe that predicting language identity at "
         "the word-level is slightly more useful for the “SelfAtt-Graph” model, while the sentence-level adversarial "
         "training results in better performance for the “RNN-Stack” model.")


def test_attributes_swapped_between_two_entities_are_caught():
    claim = ("Ahmad et al. find that sentence-level adversarial language identification is slightly more useful for "
             "the SelfAtt-Graph parser, while word-level identification works better for the RNN-Stack parser.")
    why = crossed_pairing(claim, PAPER)
    assert why is not None and "word level for SelfAtt-Graph" in why


def test_the_same_pairing_in_other_words_is_no_conflict():
    claim = ("Ahmad et al. find that word-level adversarial language identification is slightly more useful for "
             "the SelfAtt-Graph parser, while sentence-level identification works better for the RNN-Stack parser.")
    assert crossed_pairing(claim, PAPER) is None
    # one clause, or nothing contrasted: nothing to cross
    assert crossed_pairing("Word-level training helps the SelfAtt-Graph parser.", PAPER) is None
