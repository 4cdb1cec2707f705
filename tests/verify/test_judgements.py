"""Judgements of fitness turned round."""

from synth.verify.judgements import fitness_denied

# 2003.11080 p.12
XTREME = ("Overall, this indicates that automatically translated test sets are useful as a proxy for cross-lingual "
          "performance but may not be reliable for evaluating models that have been trained on translations as these "
          "have learnt to exploit the biases of translationese.")


def test_a_judgement_denied_for_the_same_purpose():
    why = fitness_denied("Translated test sets are a dependable way to evaluate models trained on translated data.",
                         XTREME)
    assert why and "not fit" in why
    assert fitness_denied("Such test sets are unreliable for evaluating models trained on translations.",
                          "Such test sets are reliable for evaluating models trained on translations.")


def test_the_same_judgement_or_another_purpose_is_no_denial():
    assert fitness_denied("Translated test sets are useful as a proxy for cross-lingual performance.", XTREME) is None
    assert fitness_denied("Translated test sets are not reliable for evaluating models trained on translations.",
                          XTREME) is None
