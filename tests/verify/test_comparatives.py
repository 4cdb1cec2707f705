"""Comparatives of cost, stability, robustness and difficulty read the other way round."""

from synth.verify.comparatives import against_expectation, comparatives, not_as_well, reversed_comparative, reversed_tasks

# 1809.05053 p.9, 1902.09492 p.5 and 1706.04902 p.21
XNLI = ("At inference time, the multilingual sentence encoder approach is however much cheaper than the TRANSLATE "
        "TEST baseline, and this method also does not require any machine translation system.")
SCHUSTER = "However, empirically we found that training in this setting is less stable than unsupervised anchored alignments."
SURVEY_PSEUDO = ("In practice, however, pseudo-bilingual methods are more expensive as they require training cross-lingual "
                 "word embeddings from scratch based on the concatenation of large monolingual corpora.")
SURVEY_MAPPING = ("In contrast, mapping-based approaches are much more computationally efficient as they leverage "
                  "pretrained monolingual word embeddings")
SURVEY_CLAIM = ("Ruder et al.'s survey describes methods built on pseudo-bilingual corpora as computationally cheaper in "
                "practice than mapping-based approaches.")


def test_a_comparative_is_read_with_its_quality_sign_and_sides():
    [c] = comparatives("the encoder approach is much cheaper than the TRANSLATE TEST baseline")
    assert (c.quality, c.sign) == ("cost", 1)
    assert {"encoder", "approach"} <= c.subject and {"translate", "test", "baseline"} <= c.object
    [c] = comparatives("training in this setting is less stable")
    assert (c.quality, c.sign, c.object) == ("stability", -1, frozenset())
    [c] = comparatives("pseudo-bilingual methods are more expensive")
    assert (c.quality, c.sign) == ("cost", -1)


def test_the_opposite_comparative_against_the_same_object_reverses_the_claim():
    claim = ("Conneau et al. concede that, at inference time, their multilingual sentence-encoder approach is more "
             "expensive than the TRANSLATE TEST baseline.")
    assert "cost the other way round" in reversed_comparative(claim, XNLI)
    stably = ("Schuster et al. report that unsupervised context-based alignment trains more stably than the "
              "unsupervised anchored alignment.")
    assert "stability" in reversed_comparative(stably, SCHUSTER)


def test_the_same_comparative_is_no_reversal():
    claim = "At inference time, the sentence encoder approach is cheaper than the TRANSLATE TEST baseline."
    assert reversed_comparative(claim, XNLI) is None
    assert reversed_comparative("Context-based alignment is less stable than anchored alignment.", SCHUSTER) is None


def test_without_than_the_subject_and_object_decide():
    assert "pseudo-bilingual methods are more expensive" in reversed_comparative(SURVEY_CLAIM, SURVEY_PSEUDO)
    # the claim's object said to be more efficient: the claim's ranking reversed
    assert "mapping-based approaches" in reversed_comparative(SURVEY_CLAIM, SURVEY_MAPPING)
    agreeing = "The survey finds mapping-based approaches computationally cheaper than pseudo-bilingual methods."
    assert reversed_comparative(agreeing, SURVEY_PSEUDO) is None
    assert reversed_comparative(agreeing, SURVEY_MAPPING) is None


def test_another_quality_or_object_is_no_reversal():
    assert reversed_comparative("Anchored alignment is more expensive than context-based alignment.", SCHUSTER) is None
    other = "The sentence encoder approach is more expensive than the TRANSLATE TRAIN baseline in training."
    assert reversed_comparative(other, "It is much cheaper than the bilingual dictionary approach.") is None


def test_more_than_expected_against_less_than_might_be_expected():
    # 1911.01464 p.1
    paper = ("we show that the amount of overlap only accounts for a few points of performance in transfer tasks, much "
             "less than might be expected.")
    assert against_expectation("vocabulary overlap accounts for a much larger share of transfer performance than "
                               "expected.", paper)
    assert reversed_comparative("overlap explains more of the transfer than previously thought.", paper)
    assert against_expectation("overlap matters less than expected.", paper) is None


def test_the_same_comparative_with_its_two_sides_swapped():
    # 1706.04902 p.31
    paper = ("In practice, sentence-level supervision is a lot more expensive to obtain than word-level supervision, "
             "which is available in the form of bilingual lexicons even for many low-resource languages.")
    claim = ("Ruder, Vulić and Søgaard note that in practice word-level supervision is much costlier to obtain than "
             "sentence-level supervision, especially for low-resource languages.")
    assert "cost the other way round" in reversed_comparative(claim, paper)
    same_way = claim.replace("word-level supervision is", "X").replace("than sentence-level", "than word-level") \
        .replace("X", "sentence-level supervision is")
    assert reversed_comparative(same_way, paper) is None


def test_two_tasks_compared_the_other_way_round():
    # 2004.09813 p.1
    passage = ("While LASER works well for identifying exact translations in different languages, it works less well "
               "for assessing the similarity of sentences that are not exact translations.")
    claim = ("LASER is better at judging the similarity of sentence pairs that are not exact translations than at "
             "identifying exact translations across languages.")
    assert "the other way round" in reversed_tasks(claim, passage)
    assert reversed_comparative(claim, passage)
    assert reversed_tasks(claim.replace("better at", "worse at"), passage) is None
    assert reversed_tasks("LASER is better at identifying exact translations across languages than at judging the "
                          "similarity of sentence pairs that are not exact translations.", passage) is None


def test_doing_a_thing_better_against_not_doing_it_as_well():
    # 1901.07291 p.7
    passage = ("Also, while models with back-translation have access to the same amount of monolingual data as the "
               "pretrained models, they are not able to generalize as well on the evaluation sets.")
    claim = "Their back-translation models generalise better on the evaluation sets."
    assert "not able to generalize as well" in not_as_well(claim, passage)
    assert not_as_well(claim, passage.replace("not able to generalize as well", "generalize as well")) is None
    assert not_as_well("Their back-translation models transfer better.", passage) is None


def test_more_demanding_against_simpler_than_the_same_thing():
    # 1809.05053 p.7
    passage = ("Training for similarity of source and target sentences in an embedding space is conceptually and "
               "computationally simpler than generating a translation in the target language from a source sentence.")
    claim = ("Conneau et al. regard training sentences to be close in an embedding space as conceptually and "
             "computationally more demanding than generating a translation of the source sentence.")
    assert "difficulty the other way round" in reversed_comparative(claim, passage)
    assert reversed_comparative(claim.replace("more demanding", "simpler"), passage) is None


def test_what_matters_more_against_what_is_more_important():
    claim = "The authors argue that the size of the vocabulary matters more than the depth of the encoder."
    passage = "We find that the depth of the encoder is more important than the size of the vocabulary."
    assert "importance the other way round" in reversed_comparative(claim, passage)
    assert reversed_comparative(claim, "We find that the size of the vocabulary is more important than the depth of "
                                       "the encoder.") is None
    assert comparatives("the depth matters less than the width")[0].sign == -1


def test_less_accurate_than_against_an_accuracy_that_surpasses_the_same_thing():
    claim = "The authors admit that their span tagger is less accurate than earlier rule-based taggers."
    passage = "We train a span tagger on the projected data, whose accuracy surpasses all earlier rule-based taggers."
    assert "accuracy the other way round" in reversed_comparative(claim, passage)
    # surpassing something else is no reversal
    assert reversed_comparative(claim, "Its accuracy surpasses the supervised baseline on Hindi.") is None
    assert reversed_comparative("The span tagger is more accurate than earlier rule-based taggers.", passage) is None
