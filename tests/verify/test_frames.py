from synth.parse.numbers import find_numbers
from synth.verify.frames import (counted_among_same_words, frame, framed_readings, place_substituted, same_frame,
                                 substituted, words_frame)

THRESHOLD = "Throughout our experiments, we adopted the language-independent UD labels and a sentence length threshold of 140."
SEEDS = ("In the following experiments, we have quite large datasets of up to several million parallel sentences and we "
         "observed rather minor differences (∼0.3 score points) between random seeds.")
KNN = ("Each masked word is then replaced with the probabilities (p[mask], p[id], p[rand], p[knn]) = (0.5, 0.1, 0.1, 0.3), "
       "i.e., in 30% of the cases masked words get replaced with the nearest neighbor from the multilingual static "
       "embedding space.")


def _statuses(claim: str, passage: str) -> list[str | None]:
    return [r.status for r in framed_readings(claim, find_numbers(claim), passage)]


def test_a_number_is_framed_by_the_content_words_around_it():
    claim = "Ahmad et al. apply a sentence-length threshold of 100."
    (n,) = find_numbers(claim)
    assert {"sentence", "length", "threshold"} <= frame(claim, n.start, n.end)


def test_another_value_among_the_same_words_conflicts_and_the_same_value_matches():
    assert _statuses("Ahmad et al. apply a sentence-length threshold of 100.", THRESHOLD) == ["conflict"]
    assert _statuses("Ahmad et al. apply a sentence-length threshold of 140.", THRESHOLD) == ["match"]
    readings = framed_readings(claim := "Results vary by about 1.5 score points between random seeds.",
                               find_numbers(claim), SEEDS)
    assert readings[0].status == "conflict" and readings[0].printed.text.endswith("0.3")
    assert {"score", "point", "random", "seed"} <= readings[0].shared


def test_spellings_and_clause_boundaries():
    # "neighbour" is "neighbor"; the probabilities before "i.e." frame nothing of the 30%
    assert _statuses("20% of the masked tokens are swapped for a nearest neighbour.", KNN) == ["conflict"]
    assert _statuses("30% of the masked tokens are swapped for a nearest neighbour.", KNN) == ["match"]


def test_a_number_framed_by_other_words_is_no_reading():
    assert _statuses("The model is trained for 100 epochs with a batch size of 32.", THRESHOLD) == [None, None]


def test_a_symbol_setting_or_a_whole_number_against_a_fraction_is_no_rival():
    passage = "The order-free models perform better at the languages which have more d=1 dependencies."
    assert _statuses("the gap between order-free models and the others is 0.64 on languages", passage) == [None]


def test_one_word_frames_bear_a_value_out_but_never_refute_one():
    passage = "The embeddings dimension is 768, the hidden dimension of the feed-forward layer is 3072, and dropout is 0.1."
    assert _statuses("a dropout rate of 0.1", passage) == ["match"]
    assert _statuses("a dropout rate of 0.3", passage) == [None]
    assert same_frame(frozenset({"dropout"}), frozenset({"dropout", "rate"}), loose=True)
    assert not same_frame(frozenset({"dropout"}), frozenset({"dropout", "rate"}))


def test_label_words_are_read_like_frames():
    assert words_frame("Mult.- score µ") == frozenset({"mult", "score"})


def test_a_listed_name_swapped_for_another_among_the_same_words():
    # 1809.05053 p.3
    passage = ("More recently, Agić and Schluter (2018) provide a corpus, that is very complementary to our work, of human "
               "translations for 1332 pairs of the SNLI data into Arabic, French, Russian, and Spanish.")
    claim = "Agić and Schluter translated 1,332 SNLI pairs into Arabic, French, Russian and German."
    assert substituted(claim, passage, "de", "language") == ("German", "Spanish")
    assert substituted("They translated SNLI pairs into Arabic, French, Russian and Spanish.", passage, "es",
                       "language") is None  # Spanish is no substitute for itself
    # a language named among other words is no substitute
    assert substituted("They evaluate German sentiment classifiers on Amazon reviews.", passage, "de", "language") is None


def test_english_set_against_each_target_language_among_the_same_words():
    # 1809.05053 p.8: the source language where the paper says "each target language"
    passage = "For X-BiLSTMs, we perform model selection on the XNLI validation set in each target language."
    claim = "They select their X-BiLSTM encoders on the English portion of the XNLI validation data only."
    assert substituted(claim, passage, "en", "language") == ("English", "each target language")
    # a passage that names English too says it of both
    assert substituted(claim, passage.replace("in each", "in English and each"), "en", "language") is None
    assert substituted("They train on English data and test in each target language.",
                       "We fine-tune on English data and evaluate in each target language.", "en", "language") is None


def test_a_set_counted_otherwise_among_the_same_words():
    # 2309.07445 p.7
    passage = ("To see how the choice of scripts affects the model performance, we choose eight languages that can be "
               "written in different scripts, and visualize the performance of XLM-R")
    assert counted_among_same_words("The SIB-200 authors pick five languages that can each be written in different "
                                    "scripts.", passage)
    assert not counted_among_same_words("The SIB-200 authors pick five languages for their study.", passage)
    assert not counted_among_same_words("They pick eight languages that can be written in different scripts.", passage)


def test_a_region_swapped_for_another_among_the_same_words():
    # 2309.07445 p.4
    passage = ("We restrict region-level analysis to Africa and India because we only found these two regions with "
               "multilingual PLMs covering many languages.")
    swap = place_substituted("The authors confine their region-level analysis to Africa and South-East Asia, the "
                             "only two regions with multilingual PLMs covering many languages.", passage)
    assert swap == "the passage says it of India, among the same words, not of South-East Asia"
    assert place_substituted("The authors restrict region-level analysis to Africa and India.", passage) is None
    assert place_substituted("XLM-R covers many languages of South-East Asia.", "Scores are reported per language.") is None
    # 2309.07445 p.6: "no American/Oceania languages have Joshi's class >1"
    assert place_substituted("No language from the Americas or Oceania is above Joshi's class 1 in Africa.",
                             "there is no language with Joshi's class >3 in Africa and no American/Oceania languages "
                             "have Joshi's class >1") is None


def test_a_citation_inside_the_passage_ends_no_frame():
    # 2004.09813 p.8
    passage = ("In the plot, we encoded the English premise sentences from XNLI (Conneau et al., 2018) with their "
               "Russian translation.")
    assert substituted("They plot the first two principal components of English XNLI premises together with their "
                       "German translations.", passage, "de", "language") == ("German", "Russian")
