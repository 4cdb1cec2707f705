from synth.verify.in_language import in_language_first


def test_which_of_in_language_training_and_transfer_from_english_a_claim_writes_first():
    assert in_language_first("SIB-200's fully supervised XLM-R is 16.5 points ahead of XLM-R fine-tuned on English "
                             "and transferred zero-shot.") is True
    assert in_language_first("XLM-R transferred zero-shot from English (35.8%) falls 17.8 points short of XLM-R "
                             "fine-tuned on Umbundu itself (53.6%).") is False
    assert in_language_first("XLM-R fine-tuned only on English data beats XLM-R fine-tuned on the Uzbek training set "
                             "itself by 1.8 points.") is False
    assert in_language_first("loses 15.0 points when XLM-R is fine-tuned on English and transferred zero-shot instead "
                             "of being fine-tuned on its own training data.") is False


def test_a_claim_comparing_no_such_settings_has_no_order():
    assert in_language_first("XLM-R transferred zero-shot from English reaches 60.3% on Turkmen.") is None
    # (unsupervised and self-supervised training are no in-language fine-tuning)
    assert in_language_first("Unsupervised XLM beats self-supervised mBERT in zero-shot transfer.") is None
    assert in_language_first("Fully supervised XLM-R reaches 76.8% on Turkmen.") is None
    # (a model prompted zero-shot is no model transferred from English)
    assert in_language_first("On SIB-200's Tai-Kadai languages, fully supervised XLM-R outscores zero-shot-prompted "
                             "GPT-3.5-Turbo by 41.2 accuracy points.") is None
    assert in_language_first("Fully supervised XLM-R reaches 84.3% on Venetian, whereas zero-shot GPT-4 prompting "
                             "reaches 59.4%.") is None
