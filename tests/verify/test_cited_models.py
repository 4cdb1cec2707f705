from synth.verify.cited_models import cited_models, label_model


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
