from synth.verify.cited_models import cited_models, label_model, labelled_models


def test_a_citation_the_text_writes_after_a_model_names_that_models_row():
    # 1911.02116: "mBERT (Devlin et al., 2018)", "XLM (Lample and Conneau, 2019)"; Table 1 labels rows by citation
    models = cited_models(["We compare to mBERT (Devlin et al., 2018) and XLM (Lample and Conneau, 2019).",
                           "Unicoder (Huang et al., 2019) adds cross-lingual tasks."])
    assert label_model("Devlin et al. (2018)", models) == "mBERT"
    assert label_model("Lample and Conneau (2019)†", models) == "XLM"
    assert label_model("Huang et al. (2019)", models) == "Unicoder"
    assert label_model("Devlin et al. (2019)", models) is None  # another year, another work
    assert label_model("XLM-R", models) is None


def test_a_citation_given_two_models_stands_for_neither():
    # 2003.11080 writes both "BERT (Devlin et al., 2019)" and "mBERT (Devlin et al., 2019)"
    models = cited_models(["BERT (Devlin et al., 2019) is English-only.", "We use mBERT (Devlin et al., 2019)."])
    assert label_model("Devlin et al. (2019)", models) is None


def test_a_row_label_written_after_a_model_is_that_models_row():
    # 2305.14857 p.9: "Models such as mT5 ENGLISH FT or ChatGPT ENGLISH ICL [...]"; once "mT0 ENGLISH FT"
    sentences = ["Models such as mT5 ENGLISH FT or ChatGPT ENGLISH ICL exhibit strong performance.",
                 "FT outperforms mT5 ENGLISH FT by 30% in Hausa.", "mT5 English FT is strong.",
                 "Unlike mT0 ENGLISH FT, it holds.", "mT5-based fine-tuning methods (TARGET FT) do well.",
                 "We compare mT5 TARGET FT with others."]
    found = labelled_models(sentences, ["English FT", "Target FT", "EICL BLOOMZ", "English ICL", "Macro"])
    assert found["english ft"] == "mT5" and found["target ft"] == "mT5" and found["english icl"] == "ChatGPT"
    # a label naming a model is that model's already; a label no model precedes stands for none
    assert "eicl bloomz" not in found and "macro" not in found
    # a label of the same kind the text never writes after a model ("English Target FT") stands for the model that
    # the labels it shares its last word with are often written after
    assert labelled_models(sentences, ["English FT", "English Target FT"])["english target ft"] == "mT5"
    # a label two models precede about as often stands for neither
    assert "english ft" not in labelled_models(["mT5 English FT and mT0 English FT", "mT0 English FT"], ["English FT"])
