from synth.verify.respective import respective

AHMAD = ("When richer multilingual representation technique like mBERT is employed, adversarial training can still "
         "improve cross-lingual transfer performances (0.21 and 0.54 UAS over the 29 languages by using French and "
         "Russian, respectively).")


def test_numbers_are_paired_with_the_listed_languages_in_order():
    r = respective(AHMAD)
    assert r.kind == "language"
    assert [(t, name) for t, _, name in r.pairs] == [("0.21", "fr"), ("0.54", "ru")]


def test_models_when_no_language_list_lines_up():
    r = respective("On XNLI, XLM-R and mBERT reach 80.9 and 66.3 accuracy, respectively.")
    assert r.kind == "model" and [(v, n) for _, v, n in r.pairs] == [(80.9, "XLM-R"), (66.3, "mBERT")]


def test_no_pairing_without_respectively_or_when_counts_differ():
    assert respective("XLM-R reaches 80.9 and mBERT 66.3 on XNLI.") is None
    assert respective("Gains of 1.2, 0.4 and 0.9 on French and German, respectively.") is None


def test_metrics_listed_before_respectively():
    # 1811.00570 p.7: "the Pearson and Spearman correlations are around 0.90 and 0.87 respectively"
    r = respective("the Pearson and Spearman correlations are around 0.90 and 0.87 respectively")
    assert r is not None and r.kind == "metric"
    assert [(v, name) for _, v, name in r.pairs] == [(0.9, "Pearson correlation"), (0.87, "Spearman correlation")]
