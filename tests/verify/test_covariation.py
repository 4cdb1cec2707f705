"""Findings about two things varying together, read from real sentences of the corpus."""

from synth.verify.covariation import covariation, opposite_covariation

# 1911.01464 p.8, 1811.00570 p.6, 1809.05053 p.9
WU = ("The similarity gap between monolingual model and bilingual model decrease as the languages pair become "
      "more distant.")
AHMAD = "The performance gap between order-free and order-sensitive models are positively correlated with language distance."
XNLI = "As the alignment on English-Arabic gets better for example, so does the accuracy on XNLI-ar."


def test_an_as_clause_gives_the_condition_and_the_sign():
    found = covariation(WU)
    assert found.sign == -1 and {"distant", "pair"} <= found.condition
    assert covariation(XNLI).sign == 1  # "so does": the same way as the condition


def test_a_correlation_gives_its_sign():
    found = covariation(AHMAD)
    assert found.sign == 1 and "distance" in found.condition


def test_the_same_condition_with_the_other_sign_is_opposite():
    claim = "The extra similarity gained by training one bilingual model grows as the language pair becomes more distant."
    assert opposite_covariation(claim, WU) is not None
    assert opposite_covariation("The gap shrinks as the word-order distance from English grows.", AHMAD) is not None
    assert opposite_covariation("As the English-Arabic alignment improves, XNLI accuracy on Arabic goes down.", XNLI)


def test_agreeing_or_unrelated_covariations_are_not_opposite():
    assert opposite_covariation("The gap narrows as the languages become more distant.", WU) is None
    assert opposite_covariation("Accuracy drops as the number of training steps grows.", WU) is None
    assert covariation("As shown in Table 2, mBERT improves on every language.") is None


def test_things_with_more_of_something_doing_better():
    # 2309.07445 p.6
    passage = "We see a clear trend that languages with higher Joshi’s classes perform better."
    assert covariation(passage).sign == 1
    claim = "SIB-200 shows accuracy tending to fall as a language's Joshi resource class rises."
    assert opposite_covariation(claim, passage) is not None
