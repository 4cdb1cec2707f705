"""One kind of a thing named by a prefixed compound, swapped for another (prefixed_kinds.prefixed_kind_swapped)."""

from synth.verify.prefixed_kinds import prefixed_kind_swapped

# 1902.09492 p.2
YANG = ("A similar style of regularization was shown to be effective for cross-domain transfer of word embeddings "
        "(Yang et al., 2017).")


def test_another_kind_after_the_same_prefix_and_before_the_same_noun_is_a_swap():
    claim = ("Schuster et al. note that a similar anchor-based regularisation had already proven effective for "
             "cross-lingual transfer of word embeddings (Yang et al., 2017).")
    assert prefixed_kind_swapped(claim, YANG) == ('the claim says "cross-lingual transfer", the paper '
                                                  '"cross-domain transfer"')


def test_the_same_kind_another_noun_or_a_passage_writing_both_is_no_swap():
    assert prefixed_kind_swapped("It helps cross-domain transfer of word embeddings.", YANG) is None
    assert prefixed_kind_swapped("It helps cross-lingual alignment of word embeddings.", YANG) is None
    assert prefixed_kind_swapped("It helps cross-lingual transfer.", YANG + " It also helps cross-lingual transfer.") is None


def test_two_spellings_of_one_kind_are_no_swap():
    # ahmad2019 p.1 and p.2: "cross-lingual transfer" and "cross-language transfer"
    assert prefixed_kind_swapped("Does it improve cross-language transfer?",
                                 "we explore adversarial training [...] to facilitate cross-lingual transfer.") is None
