"""A choice turned round (preferences.preference_reversed)."""

from synth.verify.preferences import preference_reversed


def test_a_passage_choosing_what_the_claim_sets_aside_reverses_it():
    passage = ("Rather than fine-tuning every layer of the encoder, Smith et al. (2021) train only small adapter "
               "modules inserted between the frozen layers.")
    claim = "Smith et al. fine-tune every layer of the encoder instead of training small adapter modules."
    assert preference_reversed(claim, passage) == "the paper chooses what the claim sets aside"
    # the other order of the passage's choice reads alike
    passage = ("Smith et al. (2021) train only small adapter modules between frozen layers, rather than fine-tuning "
               "every layer of the encoder.")
    assert preference_reversed(claim, passage) is not None


def test_the_same_choice_or_an_unrelated_one_is_no_reversal():
    passage = ("Rather than fine-tuning every layer of the encoder, Smith et al. (2021) train only small adapter "
               "modules inserted between the frozen layers.")
    assert preference_reversed("Smith et al. train small adapter modules instead of fine-tuning every layer of "
                               "the encoder.", passage) is None
    # what the claim sets aside is nothing the passage chose
    assert preference_reversed("Smith et al. tune the learning rate instead of using a fixed warm-up schedule.",
                               passage) is None
    # a claim choosing nothing over anything
    assert preference_reversed("Smith et al. train small adapter modules.", passage) is None


def test_a_passage_saying_of_the_set_aside_thing_what_the_claim_says_of_its_choice_reverses_it():
    passage = ("Mapping-based approaches are by far the most prominent category of cross-lingual word embedding models "
               "and are currently the most popular.")
    claim = ("Joint models rather than mapping-based approaches are by far the most prominent category of "
             "cross-lingual word embedding models.")
    assert preference_reversed(claim, passage).startswith("the paper says of what the claim sets aside")
    # the claim's own choice: no reversal
    assert preference_reversed("Mapping-based approaches rather than joint models are by far the most prominent "
                               "category of cross-lingual word embedding models.", passage) is None
    # a passage naming the claim's choice too, or saying something else of the set-aside thing
    assert preference_reversed(claim, "Joint models and mapping-based approaches are by far the most prominent "
                                      "category of cross-lingual word embedding models.") is None
    assert preference_reversed(claim, "Mapping-based approaches learn a linear transformation between two "
                                      "monolingual spaces.") is None


def test_a_passage_preferring_what_the_claim_prefers_something_over_reverses_it():
    passage = ("Extrinsic evaluation on such downstream tasks is often preferred, as it directly allows to evaluate "
               "the usefulness of the cross-lingual embedding model for the respective task.")
    claim = ("Ruder et al. note that intrinsic evaluation is usually preferred over evaluating cross-lingual word "
             "embeddings on downstream transfer tasks.")
    assert preference_reversed(claim, passage) == ("the paper prefers \"Extrinsic evaluation on such downstream "
                                                   "tasks\", what the claim sets aside")
    # the claim's own preference, or a passage preferring nothing, is no reversal
    assert preference_reversed("Extrinsic evaluation on downstream tasks is usually preferred over intrinsic "
                               "evaluation.", passage) is None
    assert preference_reversed(claim, "Intrinsic tasks such as word similarity are cheap to compute.") is None
