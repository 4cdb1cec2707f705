from synth.verify.selection_data import held_out_language_swapped

# 2003.11080 p.5
XTREME = "All hyper-parameter tuning is done on English validation data."


def test_tuning_on_the_target_languages_held_out_data_against_englishs():
    said = held_out_language_swapped("For XTREME's baselines, Hu et al. tune all hyperparameters on the validation "
                                     "data of each target language.", XTREME)
    assert said is not None and "English validation data" in said
    said = held_out_language_swapped("Models are selected on English development data.",
                                     "We perform model selection on the target-language dev sets.")
    assert said is not None and "target languages'" in said


def test_the_same_language_or_no_tuning_is_no_swap():
    assert held_out_language_swapped("Hu et al. tune all hyperparameters on English validation data.", XTREME) is None
    # (held-out data used for something other than tuning or selection)
    assert held_out_language_swapped("Results are reported on the validation data of each target language.",
                                     "We report results on English validation data, tuning nothing.") is None
    assert held_out_language_swapped("Accuracy is reported on the validation data of each target language.",
                                     "Accuracy is reported on English validation data.") is None
