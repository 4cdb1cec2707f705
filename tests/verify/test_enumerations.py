from synth.verify.enumerations import enumerated, enumeration_differs

# 1911.02116 p.4
PASSAGE = ("We fine-tune multilingual models either (1) on the English set to evaluate cross-lingual transfer, (2) on "
           "each set to evaluate per-language performance, or (3) on all sets to evaluate multilingual learning.")


def test_a_numbered_list_counts_its_items():
    assert enumerated(PASSAGE) == 3
    assert enumerated("Our contributions are: (i) a benchmark, (ii) baselines.") == 2
    assert enumerated("as shown in (3) and in Table (2)") == 0  # no list counted up from one


def test_a_number_of_settings_given_otherwise():
    why = enumeration_differs("They fine-tune their models in just two settings: on English and on each language.",
                              PASSAGE)
    assert why and "two settings" in why and "3" in why
    assert enumeration_differs("They fine-tune their models in three settings.", PASSAGE) is None
    assert enumeration_differs("They fine-tune on two languages.", PASSAGE) is None  # no settings counted


def test_a_list_the_passage_says_counts_something_else_is_not_the_claims():
    # 1911.02116 p.4
    assert enumeration_differs("They fine-tune their models in just two settings.",
                               "We also consider three machine translation baselines: (i) translate-test: [...], (ii) "
                               "translate-train (per-language): [...] (iii) translate-train-all (multi-language).") is None
