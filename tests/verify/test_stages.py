from synth.verify.stages import other_stage, stage_of_sentence, stages_named

CLAIM = "When continuing the pre-training of Unicoder-xDAE from XLM-R, Liang et al. run Adam at a learning rate of 1e-5."


def test_stages_named_as_stages_only():
    assert stages_named("In the fine-tuning stage, the batch size is 1024.") == ["fine-tuning"]
    assert stages_named(CLAIM) == ["pre-training"]
    assert stages_named("during pre-training we mask spans") == ["pre-training"]
    assert stages_named("XLM-R fine-tuned on English reaches 79.2; the pre-trained model") == []


def test_a_sentence_takes_the_stage_named_last_before_it():
    assert stage_of_sentence("We use Adam with learning rate 1e-5.",
                             "In the pre-training stage, we mask. In the fine-tuning stage, the batch size is 1024.") \
        == "fine-tuning"
    assert stage_of_sentence("In the pre-training stage we use 2e-4.", "In the fine-tuning stage, [...]") == "pre-training"
    assert stage_of_sentence("We use Adam.", "We train for 10 epochs.") is None


def test_only_the_other_stage_opposes_a_claim():
    assert other_stage(CLAIM, "We use Adam with learning rate 1e-5.", "In the fine-tuning stage, [...]") == "fine-tuning"
    assert other_stage(CLAIM, "We use Adam with learning rate 2e-4.", "We continue pre-training with XLM-R.") is None
    assert other_stage("Adam at a learning rate of 1e-5.", "We use 1e-5.", "In the fine-tuning stage, [...]") is None
