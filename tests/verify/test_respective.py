from synth.verify.respective import attached_phrase, respective, respective_phrases

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


EPOCHS = "We train the parsing models for 400 and 500 epochs with multilingual BERT and multilingual word embeddings respectively."


def test_counts_pair_with_models_when_scores_do_not_line_up():
    # 2305.14857 p.7
    r = respective("mT0 only accepts up to 1024 tokens, while BLOOMZ and ChatGPT accept up to 2048 and 4096, "
                   "respectively.")
    assert r is not None and [(v, n) for _, v, n in r.pairs] == [(1024, "mT0"), (2048, "BLOOMZ"), (4096, "ChatGPT")]


def test_numbers_pair_with_any_listed_phrases():
    # ahmad2019 p.4: the list after the numbers holds no entity of one kind twice
    pairs = respective_phrases(EPOCHS)
    assert [v for v, _ in pairs] == [400, 500]
    assert "bert" in pairs[0][1] and "word" in pairs[1][1]


def test_the_claims_attachment_of_each_number_is_read_per_clause():
    phrases = [words for _, words in respective_phrases(EPOCHS)]
    swapped = "They train for 400 epochs when the inputs are multilingual word embeddings and for 500 epochs with mBERT."
    assert [attached_phrase(swapped, v, phrases) for v in (400, 500)] == [1, 0]
    right = "They train for 400 epochs with multilingual BERT, and for 500 epochs with word embeddings."
    assert [attached_phrase(right, v, phrases) for v in (400, 500)] == [0, 1]
    assert attached_phrase("They train for 400 and 500 epochs.", 400, phrases) is None  # one clause, two numbers
