from synth.parse.numbers import find_numbers
from synth.verify.score_kinds import kinds_of, readable_in, refutable_by


def _kinds(text: str) -> dict[str, str]:
    return kinds_of(text, find_numbers(text))


def test_a_share_of_a_population_is_no_score():
    # 2003.11080 p.7 and 2309.07445 p.2
    assert _kinds("predictions are consistent between English and another language for 68.3% of examples") == {
        "68.3%": "share"}
    assert _kinds("LLMs perform poorly on over 64.7% (or 132 out of 205 languages) of the languages")["64.7%"] == "share"
    assert _kinds("XLM-R reaches 79.2% accuracy on XNLI") == {}
    assert _kinds("a gain of 15% of accuracy") == {}  # "of" names the metric


def test_a_correlation_is_no_score():
    # 2005.00396 p.13
    assert _kinds("The Pearson correlation between Kendall's tau and XNLI accuracy is 46% when disregarding English") == {
        "46%": "correlation"}


def test_a_loose_change_in_points_is_no_score():
    # 1911.01464 p.6: "drops more than No anchors with 3 points on XNLI"
    assert _kinds("Sep Emb drops more than No anchors with 3 points on XNLI")["3 points"] == "change"
    assert _kinds("mBERT reaches 65.4 points on XNLI") == {}


def test_only_a_table_of_correlations_refutes_a_correlation():
    assert refutable_by(None, "Table 2: accuracy")
    assert not refutable_by("share", "Table 2: accuracy")
    assert not refutable_by("correlation", "Table 2: Overall results / XNLI / Acc.")
    assert refutable_by("correlation", "Table 9. Pearson correlation coefficients (ρ) of zero-shot transfer performance")
    assert not refutable_by("change", "Table 3: XNLI accuracy")


def test_a_hyperparameters_value_is_no_score():
    # 1911.02116 p.3: "[...] the same sampling distribution as Lample and Conneau (2019), but with α = 0.3"
    assert _kinds("XLM-R samples its batches with a smoothing exponent α of 0.5")["0.5"] == "setting"
    assert _kinds("we use a dropout of 0.1 and a learning rate = 0.0001") == {"0.1": "setting", "0.0001": "setting"}
    assert _kinds("XLM reaches 0.52 on TyDiQA-GoldP") == {}


def test_only_a_table_naming_a_hyperparameter_bears_out_its_value():
    assert not readable_in("setting", "Table 9. Pearson correlation coefficients (ρ) of zero-shot transfer performance")
    assert readable_in("setting", "Table 5: hyperparameters / dropout")
    assert readable_in(None, "Table 9. Pearson correlation coefficients")
