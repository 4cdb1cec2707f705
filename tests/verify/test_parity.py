"""Two things said to do equally well, against a claim ranking one above the other."""

from synth.verify.claim_facts import analyse
from synth.verify.parity import parity_against_ranking, parity_denied, parity_sides, ranking_against_parity

# 1902.09492 p.6; 2309.07445 p.8
ELMO = ("From experiments on the English tree-bank, we found that using the outputs of the first LSTM layer is as "
        "good as learning a combination.")
SIB = ("We observe that all languages that are included in the pre-training corpus of XLM-R, the cross-lingual "
       "transfer performs similarly to fully supervised methods.")


def test_a_passage_stating_parity_names_both_sides():
    first, second = parity_sides(ELMO)
    assert {"first", "output"} <= first and {"combination"} <= second
    assert parity_sides("Using the first layer is not as good as learning a combination.") is None
    assert parity_sides("Using the first layer is better than learning a combination.") is None


def test_parity_between_the_ranked_sides_refutes_the_gap():
    claim = analyse("A learned combination of ELMo's layers clearly outperforms using only the outputs of the first "
                    "LSTM layer.")
    assert "equally well" in parity_against_ranking(claim, ELMO)
    behind = analyse("Cross-lingual transfer from a high-resource source language stays far behind fully supervised "
                     "fine-tuning on SIB-200.")
    assert "equally well" in parity_against_ranking(behind, SIB)


def test_parity_between_other_things_or_no_ranking_says_nothing():
    other = analyse("Fully supervised fine-tuning clearly outperforms few-shot prompting on SIB-200.")
    assert parity_against_ranking(other, SIB) is None
    assert parity_against_ranking(analyse("Cross-lingual transfer works well on SIB-200."), SIB) is None


def test_parity_in_the_past_tense():
    # 1911.02116 p.8
    sides = parity_sides("We observed in Table 5 that pretraining on Wikipedia for Swahili and Urdu performed similarly "
                         "to a randomly initialized model; most likely due to the small size of the data.")
    assert sides is not None and "sw" in sides[0] and "randomly" in sides[1]


def test_a_passage_ranking_what_the_claim_says_do_equally_well_gainsays_it():
    # 1911.02116 p.8
    passage = ("On cross-lingual transfer, XLM-R obtains 80.9% accuracy, outperforming the XLM-100 and mBERT "
               "open-source models by 10.2% and 14.6% average accuracy. On the Swahili and Urdu low-resource languages, "
               "XLM-R outperforms XLM-100 by 15.7% and 11.4%, and mBERT by 23.5% and 15.8%.")
    claim = "mBERT and XLM-100 model low-resource languages as well as XLM-R does."
    assert ranking_against_parity(claim, passage) == "the claim says they do equally well; the paper ranks XLM-R above XLM"
    # (a claim ranking them itself, or one with "as well as" meaning "and", states no parity)
    assert ranking_against_parity("XLM-R models low-resource languages better than mBERT and XLM-100.", passage) is None
    assert ranking_against_parity("mBERT as well as XLM-100 are trained on Wikipedia.", passage) is None


def test_a_passage_denying_the_parity_a_claim_states_gainsays_it():
    # 1911.02116 p.8
    passage = ("This confirms our assumption that mBERT and XLM-100 rely heavily on cross-lingual transfer but do not "
               "model the low-resource languages as well as XLM-R.")
    claim = "mBERT and XLM-100 model low-resource languages as well as XLM-R does."
    assert parity_denied(claim, passage) == ('the paper denies they do equally well: "not model the low-resource '
                                             'languages as well as XLM-R"')
    # (a claim denying the parity itself, or a denial of another deed, is no contradiction)
    assert parity_denied("mBERT and XLM-100 do not model low-resource languages as well as XLM-R does.", passage) is None
    assert parity_denied("mBERT and XLM-100 tag English sentences as well as XLM-R does.", passage) is None
