import pytest

from synth.verify.claim_facts import (american, analyse, authors_action, cited_names, counts_in_words, names_authors_system,
                                      other_spellings, opens_on_action, replaced_in_setting,
                                      printed_small_counts, unprinted_counts_in_words, comparison, comparison_sides, left_out, coverage, looks_english,
                                      missing_names, names_action, names_found, names_set_aside, negated, proposition,
                                      reported_finding, same_variant, set_aside, source_names, source_only_names, suffixed_variants,
                                      transfer_ends,
                                      unknown_names, years_written)


@pytest.mark.parametrize("claim, passage", [
    ("The multilingual XLM-7 outperforms monolingual BERT baselines on average.",
     "We show that for cross-lingual transfer, monolingual baselines outperform XLM-7 for both Wikipedia and CC."),
    ("In fully supervised experiments, Glot-500 outperforms XLM-R on most language families.",
     "As XLM-R consistently outperforms Glot-500 across almost all language families, we use XLM-R."),
    ("MUSE embeddings outperform XLM's embeddings.", "We observe that XLM outperforms both MUSE and Concat."),
    ("mBERT lags behind XLM-R on XNLI.", "mBERT outperforms XLM-R on XNLI."),
    # 1901.07291 p.2: "the state of the art" names the best result before
    ("Johnson et al.'s shared LSTM encoder-decoder for multilingual translation fell short of the state of the art on "
     "low-resource pairs.", "Their multilingual model outperformed the state of the art on low-resource language pairs."),
])
def test_reversed_rankings_are_recognised_whatever_the_sides_are(claim, passage):
    assert comparison_sides(claim).reversed_in(comparison_sides(passage))


@pytest.mark.parametrize("claim, passage", [
    ("XLM-R outperforms mBERT on XNLI.", "XLM-R also outperforms mBERT by 13.0% F1-score."),
    ("XLM-R outperforms mBERT on XNLI.", "mBERT lags behind XLM-R on most tasks."),
    # only common words in common: not enough to say the ranking is the other way round
    ("Larger models outperform smaller models.", "Smaller models outperform larger models on speed."),
    ("XLM-R outperforms mBERT.", "MMTE outperforms XLM."),
])
def test_same_or_unrelated_rankings_are_not_reversals(claim, passage):
    theirs = comparison_sides(passage)
    assert theirs is None or not comparison_sides(claim).reversed_in(theirs)


def test_a_ranking_reversed_by_common_words_is_crossed_but_not_reversed_by_name():
    # 1706.04902 p.49
    passage = ("While Mikolov et al. (2013b) and Conneau et al. (2018a) both find that a linear transformation "
               "outperforms non-linear transformation learned via a feedforward neural network")
    ours, theirs = comparison_sides("A non-linear map learned by a feed-forward network works better than a "
                                    "linear transformation."), comparison_sides(passage)
    won, lost = ours.crossed_terms(theirs)
    assert "feedforward" in won and "linear" in lost
    assert not ours.reversed_in(theirs)  # no name on either side
    same = comparison_sides("A linear transformation works better than a non-linear map from a feed-forward network.")
    assert same.crossed_terms(theirs) == (frozenset(), frozenset())


def test_more_ways_of_ranking_two_things():
    above = comparison_sides("Ahmad et al.'s SelfAtt-Graph parser scores above the RNN-Stack parser on Danish.")
    assert "SelfAtt-Graph" in above.winner and "RNN-Stack" in above.loser
    long = comparison_sides("SelfAtt-Relative+Dir achieves higher average UAS and LAS than SelfAtt-Relative.")
    assert "dir" in long.winner and "dir" not in long.loser
    to = comparison_sides("Fine-tuned on Spanish POS data, M-BERT transfers better to English than to German.")
    assert to.winner_names == {"en"} and to.loser_names == {"de"}
    cited = comparison_sides("XLM (MLM) beats Artetxe and Schwenk's (2018) sentence encoder on Arabic.")
    assert "Artetxe" in cited.loser  # the cited work names its side, as a name
    assert comparison_sides("XLM-R scores above 70% on most languages.") is None
    # 1809.05053 p.4: "the premises are twice as long as the hypotheses"
    twice = comparison_sides("In every XNLI language the hypotheses are about twice as long as the premises.")
    assert twice.reversed_in(comparison_sides("On average, the premises are twice as long as the hypotheses.")) is False
    assert any(twice.crossed_terms(comparison_sides("On average, the premises are twice as long as the hypotheses.")))
    assert comparison_sides("XNLI has twice as many languages as before.") is None


def test_negated_comparison_has_no_sides():
    assert comparison_sides("MMTE does not outperform XLM on any task.") is None
    assert analyse("XLM-R outperforms mBERT.").sides is not None


def test_negation_parity():
    assert negated("However, M-BERT is not able to effectively transfer to a transliterated target")
    assert not negated("M-BERT transfers well to transliterated Hindi")
    assert not negated("This holds not only for German but also for Hindi")
    assert negated("transfer works without shared vocabulary") == negated("there is no shared vocabulary")
    # 2005.00396 p.3: "important neither for overall performance nor for multilinguality" is one negation
    assert negated("the number of heads is important neither for overall performance nor for multilinguality")
    # a clause describing a noun denies nothing: "on tasks it was not trained on, mT0 keeps improving"
    assert not negated("on tasks it was not trained on, the instruction-tuned mT0 keeps improving")
    assert negated("mT0 was not trained on these tasks")
    # 1706.04902 p.9: "no-one has so far trained cross-lingual word embeddings on such data"
    assert negated("nobody had yet trained cross-lingual word embeddings on mined data")
    assert negated("a test language seldom gets its best result with itself as the pivot")


def test_a_ranking_read_with_the_words_that_tell_its_sides_apart():
    # 1706.04902 p.25: "methods relying on parallel data have been shown to outperform methods leveraging comparable
    # data"; a preposition after a participle continues a side ("those relying on word-level parallel data")
    claim = comparison_sides("Methods leveraging comparable data have been shown to outperform those relying on "
                             "word-level parallel data.")
    assert {"parallel", "word-level"} <= claim.loser
    passage = comparison_sides("methods relying on parallel data have been shown to outperform methods leveraging "
                               "comparable data.")
    assert all(claim.crossed_terms(passage))  # "data" and "shown", on both sides, tell nothing
    # 1706.04902 p.47: word-level models ranked first, the claim's winner nowhere on that side
    first = comparison_sides("Models that learn from word-level and sentence-level information typically outperform "
                             "other approaches.")
    assert claim.loser_ranked_first(first) and not claim.loser_ranked_first(claim)


def test_names_a_passage_sets_aside():
    text = "For XNLI in Table 5, the best pivot languages are Spanish (es), Greek (el) and Turkish (tr), rather than English (en)."
    assert set_aside(text) == {"en"}
    assert set_aside("unlike mBERT, XLM-R transfers well") == {"mBERT"}
    assert set_aside("M-BERT is not able to transfer") == set()


def test_names_a_claim_gives_its_source_paper_by():
    assert source_names("the XLM-R paper reports that XNLI accuracy drops") == {"XLM-R"}
    assert source_names("Among the baselines of the original XNLI paper, translate-test wins") == {"XNLI"}
    assert source_names("XLM-R outperforms mBERT on XNLI") == frozenset()
    # a benchmark opening the claim as the one who reports is its paper; a model that "shows" something is not
    assert source_names("XTREME reports a transfer gap of 10.2 points on XNLI for mBERT") == {"XTREME"}
    assert source_names("BUFFET finds that few-shot fine-tuning helps") == {"BUFFET"}
    assert source_names("mBERT shows strong zero-shot transfer") == frozenset()


def test_source_names_written_nowhere_else_say_only_which_paper():
    assert source_only_names("According to the XLM-R paper's CC-100 statistics, the Russian portion holds 278.0 GiB"
                             ) == {"XLM-R"}
    # named again as what is measured, it is the claim's model too
    assert source_only_names("The XLM-R paper reports that XLM-R reaches 80.9 on XNLI") == frozenset()


def test_a_model_named_only_as_the_source_paper_is_not_measured():
    facts = analyse("In the XLM-R paper's CoNLL NER comparison, mBERT trained on English data reaches 71.40 F1 on German.")
    assert facts.names["model"] == {"mBERT"} and facts.sources == {"XLM-R"}
    # with no other model, the paper's own model is what the claim is about
    assert analyse("The XLM-R paper reports 80.9 average accuracy on XNLI.").names["model"] == {"XLM-R"}


def test_the_two_ends_of_a_transfer():
    assert transfer_ends("M-BERT fine-tuned on SOV languages and evaluated on SVO languages scores 66.52") == ({"SOV"}, {"SVO"})
    assert transfer_ends("zero-shot transfer from English to Swahili") == ({"en"}, {"sw"})
    assert transfer_ends("fine-tuned on Spanish, evaluated zero-shot on Italian") == ({"es"}, {"it"})
    assert transfer_ends("XLM-R reaches 80.9 on XNLI") == (frozenset(), frozenset())
    # the language a score is given on is where the model was evaluated
    assert transfer_ends("EN-BERT fine-tuned on Spanish reaches 71.5% POS accuracy on Italian") == ({"es"}, {"it"})


def test_the_finding_without_its_reporting_frame():
    assert proposition("Wu et al. report that pretraining on mismatched domains hurts XNLI more than NER.") == (
        "pretraining on mismatched domains hurts XNLI more than NER.")
    assert proposition("XTREME's analysis by writing script finds that mBERT does better on Latin script.") == (
        "mBERT does better on Latin script.")
    assert proposition("mBERT transfers well to Hindi.") == "mBERT transfers well to Hindi."
    assert proposition("We find that it works.") == "We find that it works."  # too short to be a finding
    # explaining and hypothesising report a finding too
    assert proposition("Dufter and Schütze explain that their development perplexities are high because the two "
                       "Bibles differ.") == "their development perplexities are high because the two Bibles differ."
    assert proposition("The authors hypothesise that a small model is forced to share its parameters.") == (
        "a small model is forced to share its parameters.")
    # so do conjecturing and speculating
    assert proposition("Dufter and Schütze conjecture that sharing special tokens could foster multilinguality.") == (
        "sharing special tokens could foster multilinguality.")


def test_a_pair_named_first_and_its_winner_after():
    from synth.verify.claim_facts import comparison_sides
    # ahmad2019 p.6
    theirs = comparison_sides("In a comparison between GAN and WGAN, we notice that GAN-based training consistently "
                              "performs better.")
    ours = comparison_sides("WGAN-based training consistently outperforms GAN-based training.")
    assert theirs is not None and "GAN" in theirs.winner and "WGAN" in theirs.loser
    assert ours.reversed_in(theirs)
    assert comparison_sides("In a comparison between GAN and WGAN, we notice no difference.") is None


def test_variants_written_as_one_word_and_their_aliases_stay_apart():
    from synth.verify.claim_facts import comparison_sides
    sides = comparison_sides("Unicoder pre-trained on the small corpus (UnicoderSC) obtains a higher average XNLI "
                             "accuracy than Unicoder pre-trained on the large corpus (UnicoderLC).")
    assert "UnicoderSC" in sides.winner and "UnicoderLC" in sides.loser


def test_based_names_the_method():
    from synth.verify.claim_facts import unknown_names
    assert unknown_names("WGAN-based training beats GAN-based training") == {"WGAN", "GAN"}


def test_another_variety_of_a_language_is_a_name_the_evidence_must_print():
    # "Ancient Hebrew" is not Hebrew: a table of Modern Hebrew scores bears out nothing about it
    assert "Ancient Hebrew" in unknown_names("The parser reaches about 45 UAS on Ancient Hebrew.")
    assert "Swiss German" in unknown_names("Its Swiss German data is small.")
    # (one whose code the claim gives is read by that code: "Swiss German (gsw)")
    assert unknown_names("LASER retrieves Swiss German (gsw) translations with 44.4% accuracy.") == set()
    # (not a capitalised word before a word that names no language)
    assert unknown_names("The Old Testament was translated into many languages.") == set()


def test_a_hyphenated_name_is_covered_by_its_parts():
    assert missing_names({"UD-POS"}, {"UD", "POS", "accuracy"}) == set()
    assert missing_names({"UD-POS"}, {"UD"}) == {"UD-POS"}


def test_cited_systems_are_names_the_evidence_must_print():
    from synth.verify.claim_facts import names_found, unknown_names
    assert "Rosa" in unknown_names("Rosa and Mareček (2018) obtained 31.93 LAS-F1 on Kazakh.")
    assert "Smith" in unknown_names("Smith et al. (2017) map 89 languages into English.")
    assert names_found({"Glavaš"}, "Most recently, Glavas et al. (2019) evaluate several methods")


def test_an_acronym_may_be_printed_in_lower_case_inside_a_model_name():
    from synth.verify.claim_facts import names_found
    assert names_found({"NLI", "STS"}, "Table 2: STS 2017. mBERT-nli-stsb XLM-R-nli-stsb")
    assert names_found({"STS"}, "mBERT-nli-stsb")  # "stsb": STS-b, the STS benchmark
    assert names_found({"XL-Sum"}, "Table 23: Model performance on XLSUM")  # 2305.14857, in small capitals
    assert not names_found({"XL-Sum"}, "Table 23: Model performance on XLSUMS")
    assert not names_found({"STS"}, "mBERT-nli-stsbm")  # two letters more make another name
    assert not names_found({"NLI"}, "the nli data")  # a word, not part of a name
    assert not names_found({"NLI"}, "mBERT-xnli")


@pytest.mark.parametrize("claim", ["On German-English BUCC, LASER edges out LaBSE in F1.",
                                   "LASER ends up slightly ahead of LaBSE on BUCC."])
def test_comparatives_without_than(claim):
    assert analyse(claim).comparison == ("LASER", "LaBSE")


def test_a_monolingual_claim():
    assert analyse("XLM-R scores 84 on monolingual German-German STS.").monolingual
    assert not analyse("XLM-R scores 84 on English-German STS.").monolingual


def test_supervised_training_is_a_setting_of_its_own():
    # 1811.00570 Table 2 prints "Supervised (RNN-Graph)" beside the zero-shot transfer columns
    assert "supervised" in analyse("Zero-shot XLM-R reaches 60.1 on German.").excluded_settings
    both = analyse("Fully supervised XLM-R reaches 75.9%, 27.2 points above zero-shot GPT-4 prompting (48.7%).")
    assert not {"supervised", "zero-shot"} & both.excluded_settings
    assert "supervised" in analyse("Self-supervised zero-shot XLM-R reaches 60.1 on German.").excluded_settings


def test_a_lower_case_prefixed_model_name_is_a_name():
    # 1911.02116 p.12, Table 7: "wide-mmNMT", "deep-mmNMT"; a hyphenated known name or acronym is no new name
    assert "deep-mmNMT" in analyse("The deep variant (deep-mmNMT) has 12 layers.").unknown
    assert unknown_names("the aligned-ELMo parser on a multi-GPU machine for non-English text") == set()


def test_english_is_another_language_to_a_claim_with_another_source():
    # SIB-200's per-language table has English, Arabic and Chinese sources: a French source is none of them
    assert analyse("In SIB-200, XLM-R fine-tuned on French as the source language reaches about 35% on Yoruba."
                   ).english_apart
    assert analyse("XLM-R scores 84 on monolingual German-German STS.").english_apart
    assert not analyse("XLM-R fine-tuned on English reaches about 35% on Yoruba.").english_apart
    assert not analyse("In SIB-200, XLM-R reaches about 35% accuracy on Yoruba.").english_apart


def test_one_system_compared_under_two_conditions():
    # 2003.11080 p.7: "mBERT performs better on data in Latin script than that in Chinese or Japanese ideograms"
    sides = comparison_sides("For example in the NER task, mBERT performs better on data in Latin script than that "
                             "in Chinese or Japanese ideograms.")
    assert {"latin", "script"} <= sides.winner and "zh" in sides.loser
    claim = comparison_sides("mBERT's NER performance is lower on Latin-script text than on ideographic text.")
    assert "ideographic" in claim.winner and "latin" in claim.loser and "text" not in claim.winner


def test_more_accurate_under_one_setting_than_another_ranks_the_settings():
    sides = comparison_sides("For Greek, the BiLSTM-last baseline is more accurate with TRANSLATE TRAIN than with "
                             "TRANSLATE TEST.")
    assert sides.winner_names == {"translate-train"} and sides.loser_names == {"translate-test"}
    sides = comparison_sides("On Greek, the baseline is less accurate with TRANSLATE TRAIN than with TRANSLATE TEST.")
    assert sides.winner_names == {"translate-test"} and sides.loser_names == {"translate-train"}


def test_a_metric_may_come_between_the_comparative_and_its_setting():
    sides = comparison_sides("They get a higher BLEU score by pretraining only the decoder with MLM than by "
                             "pretraining only the encoder with CLM.")
    assert "decoder" in sides.winner and "encoder" in sides.loser
    assert comparison_sides("XLM-R gets higher accuracy on XNLI than mBERT.").winner_names == {"XLM-R"}


def test_a_setting_is_a_term_of_its_side_beside_the_names():
    # 2003.11080 p.6: "multilingual models trained on in-language data outperform zero-shot transfer models"
    claim = analyse("XTREME finds that multilingual models fine-tuned on in-language data still fall short of zero-shot "
                    "transfer from English.").sides
    assert {"zero-shot", "en"} <= claim.winner
    paper = comparison_sides("For the tasks where in-language training data is available, multilingual models trained "
                             "on in-language data outperform zero-shot transfer models.")
    assert claim.reversed_in(paper)


def test_mean_pooling_is_no_average():
    assert not analyse("With plain mean pooling, XLM-R reaches only 5.2 F1 on French-English BUCC.").wants_average
    assert analyse("XLM-R reaches a mean F1 of 5.2 on BUCC.").wants_average


def test_hardware_is_no_name_evidence_must_print():
    assert unknown_names("a run that takes about 20 minutes on two Tesla V100 GPUs") == {"V100"}


def test_short_names_a_claim_gives_its_models():
    assert analyse("fastText trained on the concatenated corpora (Concat) gives 0.36").aliases == {"Concat": "fastText"}
    # the short name of the words just before it, not of the model
    assert analyse("XLM-R Large obtains 84.9 average accuracy on the News Classification (NC) task").aliases == {}
    assert analyse("M-BERT POS taggers fine-tuned on adjective-noun (AN) languages").aliases == {}


def test_leads_ranks_two_named_systems_but_leads_to_does_not():
    assert analyse("XLM-R leads mBERT by 3 points").comparison == ("XLM-R", "mBERT")
    assert analyse("On Polish, the order-free SelfAtt-Graph parser leads the order-sensitive RNN-Graph parser "
                   "by 2.67 UAS.").sides is not None
    assert analyse("The paper leads the field.").sides is None
    assert analyse("It leads to XLM-R gains.").sides is None


def test_a_narrative_citation_whose_bracket_repeats_its_authors_is_cited():
    # 2101.11112 p.2: "Ni et al. (Ni et al., 2017) used maximum entropy alignment model"
    assert cited_names("Ni et al. (Ni et al., 2017) used maximum entropy alignment") == {"Ni"}
    assert cited_names("XLM-R (Conneau et al., 2020) is trained on CC-100.") == set()


def test_coverage_by_stems_only_when_asked():
    claim, passage = "the aligned encoders transfer", "alignment of the encoders helps transfer"
    assert coverage(claim, passage) < coverage(claim, passage, stems=True) == 1.0
    assert coverage("multilinguality drops", "multilingual models", stems=True) == 0.5


def test_short_english_claims_without_function_words_look_english():
    assert looks_english("XTREME's mBERT baseline has 12 layers.")
    # 2305.14857 p.9
    assert looks_english("Conversely, mT5 fine-tuning-based methods consistently display strong performance across languages.")
    assert not looks_english("XLM-R übertrifft mBERT bei XNLI deutlich, besonders für Sprachen mit wenig Daten.")
    assert looks_english("high lexical overlap between languages hampers M-BERT's cross-lingual transfer.")


@pytest.mark.parametrize("claim, verb", [
    ("Ahmad et al. fine-tune the projected multilingual word embeddings.", "fine-tune"),
    ("For Chinese, Li et al. take MSRA as their main evaluation set.", "take"),
    ("Lample and Conneau (2019) draw their English-Hindi data from MultiUN.", "draw"),
    ("Ruder, Vulić and Søgaard also list five evaluation corpora.", "list"),
    ("Wu et al. find that transfer works without shared vocabulary.", None),  # their finding, not their deed
    ("The BUFFET authors trace ChatGPT's weak XLSUM results to English outputs.", None),  # an explanation
    ("Dufter and Schütze tie the late emergence of multilinguality to undertraining.", None),  # likewise
    ("Ruder, Vulić and Søgaard point out that no-one had trained embeddings on mined data.", None),  # reported
    ("XTREME and XGLUE provide benchmarks for zero-shot transfer.", None),  # benchmarks, not authors
    ("XLM-R outperforms mBERT on XNLI.", None),
    # a light verb says what was done by its object ("work with three language pairs"), not by itself
    ("For their experiments, Lample and Conneau work with three language pairs.", None),
    # advice is said, not done: "advise evaluating [...]" is borne out by "we recommend to evaluate [...]"
    ("Ruder, Vulić and Søgaard advise evaluating cross-lingual word embeddings on a cheap intrinsic task.", None),
])
def test_authors_action_is_the_verb_after_the_cited_authors(claim, verb):
    assert authors_action(claim) == verb


def test_an_action_is_named_in_any_of_its_forms():
    assert names_action("fine-tune", "We freeze word embeddings since fine-tuning on them may disturb the alignment.")
    assert names_action("use", "we used a single dump for English")
    assert names_action("optimise", "the discriminator is optimized with Adam")  # British and American spelling
    assert not names_action("fine-tune", "A dependency parser consists of an encoder and a decoding algorithm.")
    assert not names_action("take", "We evaluated the F1 on three Chinese testsets, Weibo, MSRA and People's Daily.")


def test_improving_on_a_model_ranks_but_improving_on_a_dataset_does_not():
    assert comparison("The large XLM-R improves on XLM-R base by 5.3 points.") == ("XLM-R", "XLM-R Base")
    assert comparison("XLM-R improves on the strong mBERT baseline.") == ("XLM-R", "mBERT")
    assert comparison("mBERT improves on XNLI by 2 points when XLM is added.") is None


def test_methods_a_claim_says_were_left_out():
    assert left_out("pretraining XLM with the TLM objective alone, without MLM, gives about 73%") == {"MLM"}
    assert left_out("XLM without TLM reaches 71.5 on XNLI") == {"TLM"}
    assert left_out("XLM without any doubt beats mBERT") == set()


def test_coverage_reads_two_spellings_of_a_name_as_one_word():
    from synth.verify.claim_facts import content_words, coverage
    assert coverage("mT0 averages 38.7% on AmericasNLI", "mT0 struggles in AMERICAS NLI (33.7% on average)") > \
        coverage("mT0 averages 38.7% on AmericasNLI", "mT0 struggles in some NLI (33.7% on average)")
    assert coverage("M-BERT scores", "mBERT scores") == 1.0
    # a variant keeps its own name: "Unicoder-LC" is not any Unicoder
    assert coverage("Unicoder-LC scores", "Unicoder scores") < 1.0
    assert "mt0" in content_words("mT0 is prompted")


def test_a_spelled_out_task_is_a_name_the_evidence_must_print():
    from synth.verify.claim_facts import spelled_out_tasks
    assert spelled_out_tasks("On Tagalog named entity recognition, XLM-R outperforms XLM.") == {"NER"}
    assert "NER" in analyse("On Tagalog named entity recognition, XLM-R outperforms XLM.").unknown
    # "translation models" print no "MT"
    assert spelled_out_tasks("the French machine translation system reaches 41.2 BLEU") == set()
    # a task the vocabulary knows as a dataset ("web page ranking" is XGLUE's WPR) is one of the claim's datasets
    facts = analyse("On the Italian test set of XGLUE's web page ranking task, Unicoder-LC beats XLM-R base.")
    assert "WPR" in facts.names["dataset"] and "WPR" not in facts.unknown
    # so are its news classification and question generation tasks, which its tables print as NC and QG
    assert {"NC", "XGLUE"} <= analyse("For English news classification in XGLUE, XLM-R beats M-BERT.").names["dataset"]
    # an abbreviation is found in the words it abbreviates: an "MT system" in "our translation models"
    assert names_found({"MT"}, "Table 3: BLEU scores of our translation models")
    assert not names_found({"MT"}, "Table 3: XNLI accuracies of our models")


def test_a_system_named_by_a_one_letter_prefix_names_a_side():
    from synth.verify.claim_facts import prefixed_names
    assert prefixed_names("the aligned X-BiLSTM-max encoder beats X-CBOW and M-BERT") == {"X-BiLSTM-max", "X-CBOW"}
    sides = analyse("On Chinese XNLI, the aligned X-BiLSTM-max encoder scores higher than the TRANSLATE TRAIN "
                    "BiLSTM-max baseline.").sides
    assert "X-BiLSTM-max" in sides.winner and "BiLSTM-max" in sides.loser


def test_a_method_named_as_the_means_is_instrumental():
    from synth.verify.claim_facts import instrumental_methods
    assert instrumental_methods("adding extra anchors through dictionary-based code-switching lifts NER F1") == {"code-switching"}
    assert instrumental_methods("XLM-R fine-tuned with code-switching beats mBERT") == set()


def test_a_claimed_pair_of_scores_is_two_claimed_numbers():
    text = "The parser reaches 52.97 UAS / 45.73 LAS on Hebrew and 54.72 / 47.34 with Russian."
    numbers = analyse(text).numbers
    assert [(n.text, n.value) for n in numbers] == [("52.97 UAS", 52.97), ("45.73 LAS", 45.73), ("54.72", 54.72),
                                                    ("47.34", 47.34)]
    assert all(text[n.start:n.end] == n.text for n in numbers)


def test_a_known_name_in_the_plural_is_that_name():
    facts = analyse("Conneau et al. train two XLM-7 models alongside 14 monolingual BERTs on up to 60 GiB of text.")
    assert "BERT" in facts.names["model"] and not facts.unknown & {"BERTs", "GiB"}


def test_benefiting_more_from_one_source_than_another_ranks_the_sources():
    sides = comparison_sides("For Latvian, the RNN-Stack parser benefits more from unlabeled Russian than from "
                             "unlabeled French.")
    assert sides.winner_names == {"ru"} and sides.loser_names == {"fr"}
    sides = comparison_sides("The parser gains less from Russian than from French.")
    assert sides.winner_names == {"fr"} and sides.loser_names == {"ru"}


def test_better_when_one_setting_than_when_another_ranks_the_settings():
    # 2101.11112 p.7: "The RW loss performed better in sequential fine-tuning than in simultaneous training"
    sides = comparison_sides("The re-weighted loss works better when mBERT is trained simultaneously on mixed English "
                             "and German data than when it is used in sequential fine-tuning.")
    assert "simultaneously" in sides.winner and "sequential" in sides.loser
    theirs = comparison_sides("The RW loss performed better in sequential fine-tuning than in simultaneous training "
                              "with mixed English and German data.")
    assert sides.reversed_in(theirs)


def test_larger_and_smaller_rank_two_sides():
    sides = comparison_sides("The Urdu portion is 4.1 GiB larger than the Swahili portion.")
    assert sides.winner_names == {"ur"} and sides.loser_names == {"sw"}
    sides = comparison_sides("The Swahili portion is smaller than the Urdu portion.")
    assert sides.winner_names == {"ur"} and sides.loser_names == {"sw"}


def test_a_venue_with_its_year_names_no_dataset():
    assert "CoNLL" not in analyse("Their CoNLL 2019 study transfers English-trained parsers to 28 target "
                                  "languages.").key_names
    assert "CoNLL" in analyse("On CoNLL 2003 NER, mBERT reaches 82 F1.").key_names


def test_a_short_name_closing_a_side_names_it():
    sides = comparison_sides("The classifier trained on Hindi translations (translate-train) scores higher on Hindi "
                             "than the one applied to test data translated into English (translate-test).")
    assert "translate-train" in sides.winner_names and "translate-test" in sides.loser_names
    sides = comparison_sides("The model with language-specific embeddings (Sep Emb) does better than the one with "
                             "language-specific bottom layers (Sep L1-3).")
    assert "L1-3" in sides.loser


def test_a_language_left_out():
    assert left_out("M-BERT fine-tuned on monolingual Hindi POS data alone, without the English part") == {"en"}
    assert left_out("TLM alone, without MLM") == {"MLM"}


def test_improving_on_a_named_baseline_ranks_it_but_improving_on_a_dataset_does_not():
    sides = comparison_sides("For Indonesian, the SelfAtt-Graph parser improves on the Guo et al. (2015) transfer "
                             "baseline by roughly 8.4 UAS.")
    assert sides is not None and "SelfAtt-Graph" in sides.winner and "Guo" in sides.loser
    assert comparison_sides("XLM-R improves on XNLI by 2 points.") is None


def test_a_capitalised_word_joined_to_capitals_is_a_name():
    assert "Wiki-CC" in unknown_names("their domain-mismatched Wiki-CC bilingual model")
    assert "English-Chinese" not in unknown_names("English-Chinese NER")


def test_a_sides_description_between_commas_and_its_verb_are_left_out():
    sides = comparison_sides("On English NER, XLM-R, fine-tuned on the English training data, scores higher than the "
                             "Flair model of Akbik et al. (2018).")
    assert sides is not None and sides.winner == {"XLM-R"} and "Akbik" in sides.loser


def test_a_camel_case_tool_printed_in_lower_case_is_found():
    from synth.verify.claim_facts import names_found
    assert names_found({"SentencePiece"}, "texts for three languages using sentencepiece, and vocabulary size of 30K")
    assert not names_found({"NER"}, "a sentence about ner")  # an acronym in lower case is some other word


def test_names_a_passage_prints_only_where_it_sets_them_aside():
    # ahmad2019 p.3
    text = ("As opposed to GAN based training, in GR setup, the discriminator acts as a multiclass classifier that "
            "predicts language identity of the input sentence.")
    assert names_set_aside(text, {"GAN", "GR"}) == {"GAN"}
    assert names_set_aside("GAN training uses a binary discriminator.", {"GAN"}) == set()


def test_a_name_with_a_participle_suffix_names_the_name():
    assert "xDAE" in unknown_names("XGLUE fine-tunes its xDAE-pretrained Unicoder.")
    assert "WGAN" in unknown_names("a WGAN-based discriminator")


def test_a_score_some_points_above_another_ranks_the_two():
    # h36 (1811.00570 p.19): "attains a labeled attachment score 17.18 points above the order-sensitive RNN-Stack"
    sides = comparison_sides("the SelfAtt-Graph parser attains a score 17.18 points above the RNN-Stack parser")
    assert "SelfAtt-Graph" in sides.winner and "RNN-Stack" in sides.loser
    sides = comparison_sides("the RNN-Stack parser scores 17.18 points below the SelfAtt-Graph parser")
    assert "SelfAtt-Graph" in sides.winner and "RNN-Stack" in sides.loser


def test_a_model_name_with_a_lower_case_suffix_is_a_variant():
    from synth.extract.vocabulary import find_entities
    text = "the XLM-R student of SBERT-paraphrases, unlike mBERT-based ones or XLM-R-large"
    assert suffixed_variants(text, find_entities(text)) == {"SBERT-paraphrases": "SBERT"}
    assert same_variant("SBERT-large-paraphrases", "SBERT-paraphrase")
    assert same_variant("SBERT-p", "SBERT-paraphrases")  # cut short in a table's header
    assert not same_variant("SBERT-nli-stsb", "SBERT-paraphrases")


def test_a_camel_case_name_printed_in_small_capitals_is_found():
    # 2305.14857 p.24: "Table 16: Model performance on INDIC SENTIMENT."
    assert names_found({"IndicSentiment"}, "Table 16: Model performance on INDIC SENTIMENT.")
    assert not names_found({"IndicSentiment"}, "Table 16: Model performance on INDIC XNLI.")


def test_an_advantage_over_another_ranks_the_two():
    sides = comparison_sides("Wikipedia pretraining already gave Swahili and Urdu a clear advantage over a randomly "
                             "initialized model.")
    assert {"sw", "ur"} <= sides.winner and "randomly" in sides.loser


def test_the_finding_a_claim_reports_after_describing_the_work():
    claim = ("Dufter and Schütze summarise K et al. (2020), who varied depth, number of parameters and attention heads, "
             "as concluding that the number of parameters is the essential factor for multilinguality.")
    assert reported_finding(claim) == "the number of parameters is the essential factor for multilinguality."
    assert reported_finding("Wu et al. find that mBERT transfers well across scripts.") is None  # the claim is the finding


def test_years_a_text_states_are_not_its_citations_years_or_counts():
    # 2004.09813 p.3: "UNPC: Manually translated United Nations documents from 1994 - 2014 (Ziemski et al., 2016)."
    assert years_written("UNPC: Manually translated United Nations documents from 1994 - 2014 (Ziemski et al., "
                         "2016).") == {"1994", "2014"}
    assert years_written("Devlin et al. (2019) and Lample and Conneau, 2019 fine-tune on 2000 sentences.") == set()


def test_a_negation_inside_a_relative_clause_denies_nothing():
    # 1706.04902 p.20: "[...] are limited to words that are contained in the semantic lexicons, and do not generalise"
    assert not negated("the original retrofitting methods generalise to words that do not occur in the lexicons")
    assert negated("the original retrofitting methods do not generalise to words unobserved in the lexicons")
    assert negated("we find that it does not generalise")


def test_more_of_one_name_than_another_ranks_the_two_names():
    # 1911.02116 p.11, Table 6: Finnish 6730M tokens, Hungarian 7807M
    sides = comparison_sides("The CC-100 statistics of the XLM-R paper show more Finnish than Hungarian data.")
    assert sides.winner_names == {"fi"} and sides.loser_names == {"hu"} and sides.quality == "data"
    fewer = comparison_sides("CC-100 holds fewer Finnish than Hungarian tokens.")
    assert fewer.winner_names == {"hu"} and fewer.loser_names == {"fi"}
    assert comparison_sides("CC-100 does not hold more Finnish than Hungarian tokens.") is None


def test_layers_averaged_into_an_embedding_are_no_average_score():
    # 2003.11080 p.18, Table 14: "Layer 5-8" concatenates the averaged embeddings of four layers
    assert not analyse("Concatenating the averaged middle layers 5-8 beats the bottom layers 1-4 by 40.79 F1.").wants_average
    assert not analyse("Averaged word embeddings reach 52.8 F1 on BUCC.").wants_average
    assert analyse("XLM-R scores 80.1 averaged over all languages.").wants_average


def test_coverage_reads_british_spellings_and_small_counts_in_digits():
    # 2004.01401 p.5: "GLUE [...] includes 9 natural language understanding tasks that are labeled in English only."
    passage = "GLUE (Wang et al., 2019) includes 9 natural language understanding tasks that are labeled in English only."
    assert coverage("GLUE comprises nine tasks labelled in English only.", passage) > coverage(
        "GLUE comprises nine tasks tagged in Latin only.", passage)
    assert coverage("nine tasks labelled", passage) == 1.0
    # a table's number counts nothing; nor does a decimal or a share
    assert coverage("two tasks", "as Table 2 shows, 2.5 points or 2% of the tasks") == 0.5
    # -ise, -our, -yse and -tre read as -ize, -or, -yze and -ter
    assert coverage("initialised tokenisation behaviour analysed centre",
                    "we initialized the tokenization; its behavior, analyzed at the center") == 1.0
    assert american("supervised") == american("supervized") and american("rise") == "rise"
    assert "supervis" in other_spellings("superviz")


def test_a_count_in_words_is_one_a_passage_must_print():
    assert counts_in_words("Lample and Conneau compare twelve different settings of the two models") == {"twelve"}
    assert counts_in_words("both three-layer encoders and all four tasks") == set()
    assert printed_small_counts("we consider 9 settings in three languages (Table 2)") == {"nine", "three"}
    assert unprinted_counts_in_words("they compare twelve settings in three languages",
                                     "we consider 9 settings in three languages") == {"twelve"}


def test_what_follows_more_is_a_property_only_when_it_is_no_preposition():
    # 1706.04902 p.8: "[...] is more important for the final model performance than the actual underlying architecture"
    sides = comparison_sides("The kind of bilingual supervision matters more for final performance than the model "
                             "architecture it uses.")
    assert sides is not None and sides.quality is None
    assert comparison_sides("Comparable data methods are more common than parallel ones.").quality == "common"


def test_a_side_continues_past_a_preposition_its_verb_takes():
    # 1706.04902 p.13: "Among these, models based on parallel data are more common."
    sides = comparison_sides("Methods that learn from comparable data are more common than those that rely on "
                             "parallel data.")
    assert "parallel" in sides.loser and "comparable" in sides.winner


def test_the_two_things_named_before_are_no_count():
    assert analyse("They alternate between the two objectives and sample pairs alike.").counts == ()
    assert [c.value for c in analyse("They alternate between two objectives.").counts] == [2.0]
    # other numbers after a determiner still count: "its ten nearest neighbours"
    assert [c.value for c in analyse("replace it with one of its ten nearest neighbours").counts] == [10.0]


def test_a_claim_opening_on_the_cited_authors_system_has_a_subject():
    assert names_authors_system("Their cross-lingual language model beats the previous state of the art by 1.3.")
    assert names_authors_system("its context-aware parser beats the fastText variant")
    assert not names_authors_system("Their XNLI accuracy rises by 2 points.")
    assert not names_authors_system("Performance of their model rises by 2 points.")


def test_a_pronoun_subject_shared_by_coordinated_verbs_names_the_side():
    # 1706.04902 p.25, with its dash aside
    sides = comparison_sides("While unsupervised mapping-based approaches are particularly promising, they still fail for "
                             "distant language pairs (Søgaard et al., 2018) and generally—despite some claims to the "
                             "contrary—underperform their supervised counterparts (Glavas et al., 2019).")
    assert sides is not None and "superviz" in sides.winner and "unsuperviz" in sides.loser
    assert "contrary" not in sides.loser
    # ahmad2019 p.4: the subject of "has shown to perform well [...] and outperform"
    sides = comparison_sides("Besides, the multilingual variant of BERT (mBERT) (Devlin et al., 2019) has shown to perform "
                             "well in cross-lingual tasks (Wu and Dredze, 2019) and outperform the models trained on "
                             "multilingual word embeddings by a large margin.")
    assert sides is not None and "mBERT" in sides.winner_names and "word" in sides.loser


def test_what_a_table_shows_is_the_side_not_the_table():
    sides = comparison_sides("On Mongolian, the appendix Tatoeba table shows LASER ahead of the SBERT-paraphrases "
                             "student built on XLM-R.")
    assert sides.winner_names == {"LASER"} and sides.loser_names == {"SBERT", "XLM-R"}
    # "shows" with nothing after it to rank is the side's own verb
    sides = comparison_sides("XLM-R shows higher accuracy than mBERT.")
    assert sides.winner_names == {"XLM-R"} and sides.loser_names == {"mBERT"}


def test_a_model_named_as_whose_corpus_it_is_only_says_where_to_look():
    assert source_only_names("CC-100, the pretraining corpus of XLM-R, contains more Czech than Slovak text.") == {"XLM-R"}
    assert source_only_names("XLM-R's CC-100 corpus holds 1,835 million tokens of Lithuanian.") == {"XLM-R"}
    assert source_only_names("XLM-R outperforms mBERT on CC-100 languages.") == frozenset()


def test_a_number_in_a_formula_is_no_quantity():
    facts = analyse("Ahmad et al. need only k+1 learnable relative-position representations rather than the 2k+1 of a "
                    "direction-aware scheme.")
    assert facts.numbers == [] and facts.counts == ()
    assert [n.text for n in analyse("XLM-R gains 2.1 points on XNLI, reaching 80.9.").numbers] == ["2.1 points", "80.9"]


def test_a_translations_target_language_is_not_tested():
    from synth.verify.claim_facts import languages_tested
    assert languages_tested("On French XNLI, XLM scores higher when the test data are machine-translated into English "
                            "than when it is fine-tuned on machine-translated French training data.") == {"fr"}


def test_a_relative_clause_describes_the_model_named_before_it():
    sides = comparison_sides("On Hungarian Tatoeba retrieval, the XLM-R model that Reimers and Gurevych distil from "
                             "SBERT-paraphrases comes out ahead of LASER.")
    assert sides.winner_names == {"XLM-R", "SBERT"} and sides.loser_names == {"LASER"}
    # a clause reported with "that" is no relative clause
    assert comparison_sides("Wu et al. find that XLM-R outperforms mBERT.").winner_names == {"XLM-R"}


def test_a_model_the_opening_setting_swaps_out_is_no_side_of_the_findings_change():
    assert replaced_in_setting("When Li et al. rerun their German ablation with XLM-R instead of mBERT, skipping the "
                               "English fine-tuning stage costs about 3 F1.") == {"mBERT"}
    # the finding compares the two where it names no action of its own
    assert replaced_in_setting("With XLM-R rather than mBERT, F1 rises by 3 points.") == set()
    assert replaced_in_setting("Using XLM-R instead of mBERT improves F1 by 3 points.") == set()


def test_a_finding_opening_on_what_was_done_names_what_changed():
    assert opens_on_action(analyse("Dropping POS tags costs the parser 8.8 LAS points on Swedish.").finding)
    assert opens_on_action("When rerun with XLM-R, fine-tuning on French helps by 2 points.")
    assert not opens_on_action("Parsing accuracy improves by 2 points.")  # a task, not an action
    assert not opens_on_action("Performance improves by 2.1 points.")


def test_a_pronoun_on_the_second_side_stands_for_the_first_sides_model():
    sides = comparison_sides("Fine-tuning XLM-R on English transfers better than fine-tuning it on Arabic.")
    assert sides.loser_names == {"XLM-R", "ar"} and sides.winner_names == {"XLM-R", "en"}


def test_one_outcome_under_two_training_conditions_is_a_ranking_of_the_conditions():
    # 2005.00396 p.4
    claim = comparison_sides("Two languages trained on independent corpora end up with more similar structures than "
                             "two languages trained on a parallel corpus.")
    passage = comparison_sides("If we train on a parallel corpus we expect the language structures to be more similar "
                               "than when we train on two independent corpora, potentially from different domains.")
    assert "parallel" in claim.loser and "independent" in claim.winner and claim.quality == "similar"
    assert all(claim.crossed_terms(passage))
    # "more similar when trained on A than when trained on B"
    again = comparison_sides("Language structures come out more similar when trained on two independent corpora than "
                             "when trained on a parallel corpus.")
    assert "independent" in again.winner and "parallel" in again.loser


def test_a_change_from_one_model_to_another_ranks_them_as_it_moves_the_score():
    # 2309.07445 p.19: the model moved to gains what the change raises
    assert comparison("For Xhosa in SIB-200, moving from XLM-R base to the large XLM-R raises fully supervised "
                      "accuracy by 16.7 points.") == ("XLM-R", "XLM-R Base")
    assert comparison("Switching from mBERT to XLM-R lowers accuracy by 2 points.") == ("mBERT", "XLM-R")
    assert comparison("Moving from English to German lowers accuracy by 2 points.") is None  # no models


def test_a_passive_comparison_ranks_the_agent_first():
    # 1809.05053 p.3
    passage = ("While these fixed-size sentence embedding methods have been outperformed by their supervised "
               "counterparts (Conneau et al., 2017), some recent developments have shown [...]")
    theirs = comparison_sides(passage)
    assert {"superviz", "counterpart"} <= theirs.winner and {"sentence", "embedd"} <= theirs.loser
    assert comparison_sides("XLM is outperformed by XLM-R on all languages.").winner_names == {"XLM-R"}
    # "such as" names an example of the side, which the head noun before it still belongs to
    ours = comparison_sides("Unsupervised fixed-size sentence embeddings such as SkipThought have outperformed their "
                            "supervised counterparts.")
    assert {"SkipThought", "sentence", "embedd"} <= ours.winner
    assert all(len(side) >= 2 for side in ours.crossed_terms(theirs))


def test_a_benchmark_naming_a_part_of_its_paper_or_what_it_holds_is_the_source():
    assert source_names("XTREME's language table credits Japanese Wikipedia with 1.24 million articles.") == {"XTREME"}
    assert source_names("According to XTREME's dataset overview, POS has 21,253 training sentences.") == {"XTREME"}
    assert source_names("XTREME provides no human performance estimate for POS tagging.") == {"XTREME"}
    # a benchmark's task or split is no part of its paper
    assert source_names("XNLI's French test set holds 5,010 pairs.") == frozenset()


def test_the_language_of_a_model_named_as_such_is_no_language_scored():
    facts = analyse("For Hindi XNLI in the translate-test setting, replacing BERT-en with RoBERTa as the English model "
                    "gains only 0.9 accuracy points.")
    assert facts.names["language"] == {"hi"}
    # alone, or written elsewhere too, it is the claim's language
    assert analyse("RoBERTa as the English model reaches 91.3 accuracy.").names["language"] == {"en"}
    assert analyse("On English and Hindi, an English model reaches 91.3 accuracy.").names["language"] == {"en", "hi"}


def test_the_language_of_the_training_data_things_occur_in_is_no_language_scored():
    facts = analyse("mBERT tags Dutch entities that also occur in the English NER training data with 93.5% accuracy.")
    assert facts.names["language"] == {"nl"}
    # the training data a model is fine-tuned on is a setting the table's rows name
    assert analyse("Fine-tuning Unicoder on the German instead of the English XNLI training data lifts German test "
                   "accuracy by 2.0 points.").names["language"] == {"de", "en"}


def test_the_rank_a_metric_counts_to_is_no_claimed_number():
    facts = analyse("Wu et al. score sentence retrieval by cosine nearest-neighbour search and precision at 1 over six "
                    "language pairs.")
    assert facts.numbers == [] and [c.value for c in facts.counts] == [6]
    assert [n.value for n in analyse("LASER reaches 95.3 P@1 and top-5 accuracy of 97.1 on BUCC.").numbers] == [95.3, 97.1]
    # (the "R" of a model's name is no recall: "XLM-R at 49.6%" is a score)
    assert [n.value for n in analyse("The MLP scores 62.55% on Yoruba, well above XLM-R at 49.6%.").numbers] == [62.55, 49.6]


def test_a_method_named_after_a_person_is_a_name_the_evidence_must_print():
    assert "Ward" in analyse("The dendrogram is built by hierarchical clustering with Ward's minimum-variance "
                             "linkage.").unknown
    assert "Spearman" in analyse("Agreement is measured with Spearman's rank correlation.").unknown
    assert analyse("The dendrogram is built by hierarchical clustering with single linkage.").unknown == set()


def test_a_comparison_reaches_across_what_it_compares_on():
    sides = comparison_sides("LASER correlates better with the gold similarity scores than LaBSE does.")
    assert sides.winner_names == {"LASER"} and sides.loser_names == {"LaBSE"}
