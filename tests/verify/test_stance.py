"""Opposite findings read from a sentence: the direction of the frame about the claim's target, denials."""

import pytest

from synth.verify.claim_facts import analyse
from synth.verify.stance import (affirmation, denial, frames, holds_even_there, opposite_direction, superlative_beaten,
                                  swapped_antonym, target_frame, turns_down)


def weight(_word: str) -> float:
    return 1.0


# 2005.00396 p.5 and 2004.09813 p.5
DUFTER = ("The overparameterized model (ID 15) exhibits lower scores for word translation, but higher ones for "
          "retrieval and overall a lower multilinguality score (.58 vs. .70).")
SBERT = ("While training on English NLI and STS data improves the performance for XLM-R (XLM-R-nli-stsb), it "
         "reduces the performance for mBERT.")


def test_each_direction_word_is_read_with_its_own_words():
    found = [(f.direction.value, f.text) for f in frames(DUFTER)]
    assert [d for d, _ in found] == ["decrease", "increase", "decrease"]
    assert "multilinguality" in found[-1][1] and "multilinguality" not in found[0][1]


def test_the_frame_about_the_claims_target_decides():
    claim = analyse("Making the small BERT overparameterized increases its overall multilinguality score.")
    assert target_frame(claim, DUFTER, weight).direction.value == "decrease"
    assert "direction opposite" in opposite_direction(claim, DUFTER, weight)
    # about retrieval the same sentence says "higher": no conflict
    retrieval = analyse("Making the small BERT overparameterized increases its retrieval performance.")
    assert opposite_direction(retrieval, DUFTER, weight) is None


def test_the_frame_naming_the_claims_model_wins_over_one_naming_another():
    claim = analyse("On BUCC, fine-tuning mBERT on English NLI and STS data improves its F1.")
    assert opposite_direction(claim, SBERT, weight) is not None
    other = analyse("On BUCC, fine-tuning XLM-R on English NLI and STS data improves its F1.")
    assert opposite_direction(other, SBERT, weight) is None


def test_lower_is_better_quantities_and_layer_positions_have_no_direction():
    # "gains in perplexity" are reductions: direction words say nothing about perplexity
    claim = analyse("Adding Hindi data reduces the perplexity of the Nepali language model.")
    assert opposite_direction(claim, "The gains in perplexity from cross-lingual language modeling are large.",
                              weight) is None
    assert frames("representations from lower layers are used") == []


def test_correlatives_have_a_direction():
    claim = analyse("Dufter and Schütze observe that the longer BERT is trained, the less multilingual it becomes.")
    assert "direction opposite" in opposite_direction(
        claim, "The longer a model is trained, the more multilingual it gets.", weight)


def test_a_negated_clause_about_the_claim_denies_it():
    # 1911.02116 p.6 and 1809.05053 p.10
    spm = analyse("Replacing language-specific preprocessing and byte-pair encoding by SentencePiece costs the "
                  "models downstream performance.")
    assert denial(spm, "We did not observe any loss in performance for models trained with SPM when compared to "
                       "models trained with language-specific preprocessing and byte-pair encoding.")
    tuning = analyse("Fine-tuning the word lookup table significantly improves validation accuracy.")
    assert denial(tuning, "Fine-tuning the embeddings does not significantly impact the results.")
    # the same polarity, or a negated claim, is no denial
    assert denial(tuning, "Fine-tuning the embeddings significantly impacts the results.") is None
    assert denial(analyse("Fine-tuning the embeddings does not help."), "It is not helpful to fine-tune.") is None
    # a negated clause about something else is no denial
    assert denial(tuning, "The test sets are not public.") is None


def test_a_claimed_direction_needs_the_same_direction_in_the_passage():
    from synth.verify.stance import states_direction
    claim = analyse("The longer BERT is trained, the less multilingual it becomes.")
    assert not states_direction(claim, "BERT becomes multilingual when it is forced to use its parameters "
                                       "efficiently.", weight)
    assert states_direction(claim, "The longer the training, the less multilingual the model gets.", weight)
    assert states_direction(analyse("BERT is multilingual."), "BERT becomes multilingual.", weight)


# 1902.09492 p.3, 2005.00396 p.7 (Figure 7's caption)
SCHUSTER = "agrees with Belinkov et al. (2017), showing that lower layers capture more syntactic information."


def test_an_antonym_about_the_same_thing_is_a_swapped_finding():
    claim = analyse("Schuster et al. state that higher layers capture more syntactic information than lower ones.")
    assert "lower" in swapped_antonym(claim, SCHUSTER)
    later = analyse("Their knn-replace masking strategy makes multilinguality emerge later in training.")
    assert "earlier" in swapped_antonym(later, "Figure 7: With knn-replace multilinguality rises earlier.")

    # 1706.04902 p.46: "[...] are mostly no longer available": a negated antonym says what the claim says
    gone = analyse("Earlier multi-task evaluation suites such as those of Ammar et al. (2016) have become unavailable.")
    assert swapped_antonym(gone, "Existing benchmarks that evaluate on multiple tasks proposed previously (Faruqui & "
                                 "Dyer, 2014a; Ammar et al., 2016b) are mostly no longer available.") is None

    # 1706.04902 p.19: the quality of what a step yields
    cleaner = analyse("A second refinement iteration is worth running, since it automatically adds many cleaner "
                      "word translations.")
    assert "noisier" in swapped_antonym(cleaner, "In practice, one step of refinement is often sufficient as in the "
                                                 "second iteration, a large number of noisier word translations are "
                                                 "automatically generated (Glavas et al., 2019).")

    # 2309.07445 p.2: where a language is spoken
    east = analyse("Among SIB-200's languages is N'Ko, an East African language that was only recently added to Flores-200.")
    assert "west" in swapped_antonym(east, "Additionally, we added N'Ko—a West African language that was recently added "
                                           "to Flores-200 dataset (Doumbouya et al., 2023).")

    tuned = analyse("They fine-tune word embeddings while training the parser.")
    assert "freeze" in swapped_antonym(tuned, "We freeze word embeddings since fine-tuning them may disturb the alignment.")

    # 2003.11080 p.6; 1706.04902 p.34
    cheaper = analyse("Translating the test data is also cheaper at inference time.")
    assert "expensive" in swapped_antonym(cheaper, "It is effective for QA tasks, while being more expensive during "
                                                   "inference time.")
    # 2101.11112 p.6: the nearest content words, past "on the"; 2005.00396 p.7: another antonym ends the neighbourhood
    best = analyse("Data projected from UN documents does best on the Weibo test set.")
    assert "worst" in swapped_antonym(best, "On the contrary UN performs worst on Weibo but better on the other two.")
    larger = analyse("Their experiments suggest that larger models become multilingual faster than smaller ones.")
    assert "smaller" in swapped_antonym(larger, "Our results on overparameterization suggest that smaller models become "
                                                "multilingual faster.")
    # 2005.00396 p.9
    large = analyse("Dufter and Schütze conclude that embeddings for large position indices get more training.")
    assert "smaller" in swapped_antonym(large, "This indicates that smaller position embeddings are trained more than "
                                               "larger ones (which occur less frequently).")
    growing = analyse("Document-level alignment adds substantial information, which keeps interest in such methods growing.")
    assert swapped_antonym(growing, "Document-level alignment provides little additional information and interest in "
                                    "such methods has subsided.")


def test_a_negated_property_a_degree_or_a_frequency_swapped_is_a_swapped_finding():
    # 1906.01502 p.5: a prefix negates the property, the compound's first part says what it is about
    independent = analyse("Pires et al. speculate that the token-level information in M-BERT's lower layers is "
                          "largely language-independent.")
    assert "dependent" in swapped_antonym(independent, "Our intuition is that the lower layers have more token level "
                                                       "information, which is more language dependent.")
    # 1706.04902 p.32: "more" and "less" bear on the word after them
    isomorphic = analyse("Joint training on parallel corpora yields embeddings that are less isomorphic and more "
                         "prone to hubness than mapping-based approaches.")
    assert '"less" and the paper "more"' in swapped_antonym(
        isomorphic, "Joint training on parallel corpora yields embeddings that are more isomorphic and less "
                    "sensitive to hubness than mapping-based approaches.")
    # 2003.11080 p.6: superlatives of size; 1911.01464 p.9
    gap = analyse("XTREME finds the transfer gap largest on the classification tasks.")
    assert "lowest" in swapped_antonym(gap, "On the classification tasks, the transfer learning gap is lowest.")
    distant = analyse("The effects are strongest for distantly related language pairs.")
    assert "closely" in swapped_antonym(distant, "All of these effects were stronger for more closely related languages.")
    # 2005.00396 p.3: a prefix of excess against one of shortfall, about the same model further away
    over = analyse("Dufter and Schütze regard mBERT, trained on 104 large Wikipedias, as probably overparameterized.")
    assert "underparameterized" in swapped_antonym(over, "However, mBERT may already be considered underparameterized "
                                                         "given that it is trained on 104 large Wikipedias.")


def test_a_prefix_that_negates_nothing_or_a_word_it_reverses_is_no_swap():
    # "inference" is no negated "ference"; "unsupervised" names a kind of method, not a finding about one
    cheaper = analyse("Translating the test data is cheaper at inference time.")
    assert "expensive" in swapped_antonym(cheaper, "It is more expensive during inference time.")
    assert swapped_antonym(analyse("Supervised embeddings do well on distant languages."),
                           "Unsupervised embeddings do well on distant languages.") is None
    # two negations of one property agree; 1911.01464 p.6: "less closely related" is "more distantly related"
    bias = analyse("mUSE shows only a minor, non-significant bias.")
    assert swapped_antonym(bias, "mUSE has a minor, statistically insignificant language bias.") is None
    distant = analyse("Un-sharing more layers hurts transfer, with the more distantly related pairs losing the most.")
    assert swapped_antonym(distant, "Performance degrades as fewer layers are shared, and again the less closely "
                                    "related language pairs lose the most.") is None


def test_a_cause_and_its_effect_say_the_effects_direction():
    # 1911.02116 p.4: "increasing [...] hurts" is a fall, against the paper's "improves performance"
    claim = analyse("In the transfer-interference analysis, increasing the number of pretraining languages from 7 to "
                    "15 already hurts XNLI performance.")
    why = opposite_direction(claim, "Initially, as we go from 7 to 15 languages, the model is able to take advantage "
                                    "of positive transfer which improves performance on XNLI.", weight)
    assert why and "the claim says decrease" in why
    reduced = analyse("Reducing the number of pretraining languages hurts XNLI performance.")
    assert opposite_direction(reduced, "Adding more pretraining languages improves XNLI performance.", weight) is None


def test_the_same_words_or_an_antonym_about_something_else_are_no_swap():
    assert swapped_antonym(analyse("Lower layers capture more syntactic information."), SCHUSTER) is None
    # "lower" here describes resources, not layers
    claim = analyse("Higher layers capture more syntactic information.")
    assert swapped_antonym(claim, "Languages with lower resources gain the most from transfer.") is None


def test_an_antonym_said_of_what_the_paper_likens_its_finding_to_is_no_swap():
    # 1911.01464 p.1: "non-contextual" is said of the embeddings the finding is likened to
    passage = ("representations from monolingual BERT models in different languages can be aligned post-hoc quite "
               "effectively, strongly suggesting that, much like for non-contextual word embeddings, there are "
               "universal latent symmetries in the learned embedding spaces.")
    claim = analyse("Wu et al. align contextual word representations of separately trained monolingual BERT models.")
    assert swapped_antonym(claim, passage) is None
    assert "non-contextual" in swapped_antonym(claim, passage.replace("much like for non-contextual word embeddings",
                                                                      "for non-contextual word embeddings"))


def test_a_participle_naming_a_thing_states_no_direction():
    # 2004.09813 p.7: the table's caption, not a finding that something was reduced
    assert frames("Performance on STS 2017 dataset when trained with reduced TED2020 dataset sizes.") == []
    assert frames("We fine-tune the improved model on English data.") == []
    assert [f.direction.value for f in frames("Fewer shared layers reduced the accuracy on Chinese.")] == ["decrease"]


def test_a_superlative_the_paper_ranks_below_something_else():
    # 1911.01464 p.9
    passage = ("We also use the CKA neural network similarity index to probe the similarity between BERT Models and "
               "show that the early layers of the Transformers are more similar across languages than the last layers.")
    claim = "Wu et al. find that the cross-lingual similarity of BERT models is highest in the {} few Transformer layers."
    assert "ranks early" in superlative_beaten(analyse(claim.format("last")), passage)
    assert superlative_beaten(analyse(claim.format("early")), passage) is None


def test_a_denial_must_share_more_than_the_model_name():
    # 1906.01502 p.4: about transliterated targets, not about Hindi restored to Devanagari
    passage = ("However, M-BERT is not able to effectively transfer to a transliterated target, suggesting that it is "
               "the language model pre-training on a particular language that allows transfer to that language.")
    assert denial(analyse("M-BERT fine-tuned on Hindi and English transfers well to transliterated Hindi."), passage)
    assert denial(analyse("On Hindi restored to Devanagari, M-BERT fine-tuned on monolingual data does about as well "
                          "as M-BERT fine-tuned on code-switched data."), passage) is None


def test_a_denial_must_share_more_than_a_dataset_name():
    # 1809.05053 p.9: about translation differences, not about translation-based accuracy
    passage = "One of the limitations of the XNLI corpus is that it does not capture these differences."
    assert denial(analyse("Translation-based accuracy on XNLI is higher for the best translation systems."), passage) is None


def test_a_passage_stating_the_effect_a_claim_denies():
    # 1809.05053 p.9
    claim = analyse("A stronger English encoder does not carry over into better transfer results for other languages.")
    paper = ("Interestingly, the two points difference in accuracy is maintained across languages, which suggests "
             "that having a stronger encoder in English also positively impacts the transfer results on other languages.")
    assert affirmation(claim, paper)
    # a claim that asserts the effect, or a passage that also denies it, is no case
    assert affirmation(analyse("A stronger English encoder carries over into better transfer results."), paper) is None
    assert affirmation(claim, "A stronger encoder in English does not impact the transfer results.") is None
    # a need denied in one word, against a passage stating it (2309.07445 p.7)
    assert affirmation(analyse("Mixing text from several domains during pretraining is unnecessary for better "
                               "generalisation."),
                       "In order to achieve a better generalization, we may have to mix text from various domains in "
                       "the pre-training stage.")
    # a denial of something other than an effect ("does not need") is not read
    assert affirmation(analyse("mBERT does not need parallel data for its transfer results to get better."),
                       "mBERT improves transfer results with parallel data.") is None



def test_a_passage_stating_the_improvement_or_the_need_a_claim_denies():
    # ahmad2019 p.8; "no" denies only an effect written after it
    claim = analyse("Adapting the encoder with unlabeled auxiliary-language data brings no further improvement.")
    paper = ("In this work, we show that further improvements can be achieved by adaptating the contextual encoders "
             "via unlabeled auxiliary languages even when the encoders are trained on top of multilingual BERT.")
    assert "further improvements" in affirmation(claim, paper)
    assert affirmation(analyse("The encoder is adapted with no parallel data and improves further."), paper) is None
    # 2005.00396 p.6: what the claim says is not needed, the passage says is necessary
    claim = analyse("A similar word-order structure between languages is not needed for BERT to build a "
                    "multilingual space.")
    paper = "We conclude that having a similar word order structure is necessary for BERT to create a multilingual space."
    assert "is necessary" in affirmation(claim, paper)
    assert affirmation(claim, "Having a similar word order structure improves the multilingual space.") is None
    # 1906.01502 p.5: "no [...] is needed" against "will likely require"
    claim = analyse("M-BERT's pretraining suffices for transliterated targets, so no explicit multilingual training "
                    "objective is needed.")
    paper = ("effective transfer to typologically divergent and transliterated targets will likely require the model to "
             "incorporate an explicit multilingual training objective")
    assert "will likely require" in affirmation(claim, paper)
    assert affirmation(analyse("No parallel data is used, and an explicit multilingual training objective helps."),
                       paper) is None

    # 1901.07291 p.4: what the model is said not to do, against what it can do
    claim = analyse("In TLM, a masked English word is predicted only from its English context, because the model does "
                    "not attend to the paired French translation.")
    paper = ("To predict a word masked in an English sentence, the model can either attend to surrounding English words "
             "or to the French translation, encouraging the model to align the English and French representations.")
    assert "can either attend" in affirmation(claim, paper)
    assert affirmation(claim, "The model attends to surrounding English words, and the French translation is "
                              "shown to it.") is None


def test_taking_a_cause_away_reads_its_effect_the_other_way_round():
    # 1911.01464: "more anchor points help"; removing them lowering performance says the same thing
    passage = "This suggests that the more anchor points help, and having more anchor points improves performance."
    assert opposite_direction(analyse("Removing anchor points lowers NER performance."), passage, weight) is None
    assert opposite_direction(analyse("Adding anchor points lowers NER performance."), passage, weight) is not None


def test_a_negation_in_a_relative_clause_describes_and_denies_nothing():
    # 2309.07445 p.9: "African languages whose script were not covered by the XLM-R tokenizer (like N'ko and
    # Tamazight) did not improve."
    passage = ("Despite the improvement in performance, African languages whose script were not covered by the XLM-R "
               "tokenizer (like N'ko and Tamazight) did not improve.")
    claim = analyse("Extending MAFT clearly raised accuracy even for African languages whose scripts the XLM-R tokenizer "
                    "does not cover, such as N'ko and Tamazight.")
    assert "did not improve" in denial(claim, passage)
    agreeing = analyse("African languages whose scripts the XLM-R tokenizer does not cover, such as N'ko and Tamazight, "
                       "did not improve.")
    assert denial(agreeing, passage) is None


def test_better_comparing_with_nothing_is_a_passage_direction():
    # 1911.02116 p.6
    claim = analyse("For the same BERT-Base architecture, moving from Wikipedia to their CommonCrawl corpus lowers "
                    "performance.")
    why = opposite_direction(claim, "Figure 3 shows that for the same BERTBase architecture, all models trained on "
                                    "CommonCrawl obtain significantly better performance.", weight)
    assert why and "the paper says increase" in why
    assert frames("XLM-R is better than mBERT on XNLI.") == []


def test_a_compounds_second_part_is_its_antonym_and_a_lost_hyphen_joins_it():
    # 1811.00570 p.7
    passage = ("For languages that mainly use prepositions as in English, different models perform similarly, while for "
               "languages that use postpositions, order-free models get better results.")
    claim = analyse("For the 'case' relation, order-sensitive parsers do better on languages with postpositions.")
    assert "\"sensitive\" and the paper \"free\"" in swapped_antonym(claim, passage)
    # p.2 names both kinds, one with its line-end hyphen lost: no finding about either
    both = "we systematically study the transferability of ordersensitive and order-free neural architectures"
    assert swapped_antonym(claim, both) is None
    # alone, "free" opposes nothing: "free parameters" is no order-free model
    assert swapped_antonym(analyse("Sensitive parsers do better on postpositions."),
                           "Models with free parameters do better on postpositions.") is None


def test_an_input_added_against_one_discarded_in_any_tense():
    # 2004.01401 p.4
    passage = ("For each token, we only use its token embedding and position embedding, and discard segment embedding "
               "and language embedding.")
    assert swapped_antonym(analyse("Unicoder adds a language embedding to each token embedding."), passage)


def test_a_perfect_denied_denies_the_claims_action():
    # 1706.04902 p.48
    passage = ("Subword-level information has also been used for learning word representations (Ling et al., 2015) but "
               "has so far not been incorporated in learning cross-lingual word representations.")
    claim = analyse("Subword-level information has by now been routinely built into models that learn cross-lingual "
                    "word embeddings.")
    assert "has so far not been incorporated" in denial(claim, passage)


def test_a_hedged_finding_allows_the_claimed_case_as_an_exception():
    # 2101.11112 p.5: "a consistent improvement in precision but a small drop in recall in most cases"
    passage = "We observed a consistent improvement in precision but a small drop in recall in most cases."
    claim = analyse("On Chinese, fine-tuning XLM-R on pseudo-labelled data raises recall by 0.4 points.")
    assert opposite_direction(claim, passage, weight) is None
    assert opposite_direction(claim, "We observed a small drop in recall.", weight) is not None


def test_a_property_and_its_negation_by_prefix():
    # 1809.05053 p.3; "unsupervised" is another kind of method, not the opposite of "supervised"
    facts = analyse("The classes of the Reuters document classification corpus are evenly balanced.")
    assert swapped_antonym(facts, "Moreover, the distribution of classes in the Reuters corpus is highly unbalanced.")
    facts = analyse("Supervised alignment of the embeddings works well.")
    assert swapped_antonym(facts, "Unsupervised alignment of the embeddings works well.") is None


def test_what_the_claim_says_does_not_hold_somewhere_the_passage_says_holds_even_there():
    claim = analyse("Language-model pretraining helps machine translation only for low-resource pairs, not for "
                    "high-resource pairs such as English-German.")
    passage = ("Ramachandran et al. (2016) show that language modeling pretraining can also provide significant "
               "improvements on machine translation tasks, even for high-resource language pairs such as "
               "English-German where there exists a significant amount of parallel data.")
    assert "even for high-resource language pairs" in holds_even_there(claim, passage)
    assert holds_even_there(claim, passage.replace("even for high-resource", "even for low-resource")) is None
    assert holds_even_there(claim, "It does not help, even for high-resource pairs such as English-German.") is None


def test_a_sentence_taking_back_or_narrowing_the_one_before():
    assert turns_down("However, this technique does not scale to the cross-lingual setting.")
    # 2004.01401 p.1: "XTREME (Hu et al., 2020) is a concurrent work of XGLUE. But it includes cross-lingual
    # understanding tasks only."
    assert turns_down("But it includes cross-lingual understanding tasks only.")
    assert not turns_down("But it includes cross-lingual understanding and generation tasks.")


def test_a_denied_effect_gainsays_only_a_claim_of_an_effect():
    # 1911.02116 p.6
    paper = ("We did not observe any loss in performance for models trained with SPM when compared to models trained "
             "with language-specific preprocessing and byte-pair encoding and hence use SPM for XLM-R.")
    assert denial(analyse("Training XLM-R with SPM loses performance against language-specific preprocessing."), paper)
    assert denial(analyse("Language-specific tokenisation tools make models harder to use, so for XLM-R they train one "
                          "SentencePiece model on raw text."), paper) is None


@pytest.mark.parametrize("claim,paper,same,word", [
    # 2309.07445 p.8
    ("AfroXLMR, adapted with MAFT to African languages, performs well on the Nilotic and Mande families.",
     "Despite the improvement of AfroXLMR, it performs terribly for Nilotic, Mande and many Atlantic Congo families.",
     "AfroXLMR performs well for Nilotic and Mande.", "terribly"),
    # 1809.05053 p.4: an antonym describes a noun in either number ("premise", "premises")
    ("The XNLI translators rendered each premise together with its hypothesis as a pair.",
     "We translate the premises and hypotheses separately, to ensure that no context is added to the hypothesis.",
     "We translate each premise together with its hypothesis.", "separately"),
    # 1911.01464 p.6
    ("Karthikeyan et al. (2020) found anchor points to be a major factor in learning cross-lingual representations.",
     "Concurrently, Karthikeyan et al. (2020) similarly find anchor points play minor role in learning cross-lingual "
     "representation.", "Karthikeyan et al. (2020) find anchor points play a major role.", "minor"),
])
def test_more_antonyms_about_the_same_thing(claim, paper, same, word):
    why = swapped_antonym(analyse(claim), paper)
    assert why and f'"{word}"' in why
    assert swapped_antonym(analyse(claim), same) is None


def test_first_and_last_are_opposites_only_of_a_thing_named_by_more_than_one_word():
    # 1906.01502 p.2: "[...] feed it to BERT, get the last layer's activations, and pass them through a final layer"
    claim = analyse("Pires et al. feed M-BERT's first-layer activations into a final layer that predicts the tags.")
    why = swapped_antonym(claim, "We feed it to BERT, get the last layer's activations, and pass them through a final "
                                 "layer to make the tag predictions.")
    assert why and '"first"' in why and '"last"' in why
    # 1911.01464 p.7: "the first i layers" and "the last layer (layer 8)" share only "layer"
    assert swapped_antonym(analyse("The task model sits on the i-th English layer while the first i pretrained layers "
                                   "stay frozen."),
                           "We vary i from the embedding layer (layer 0) to the last layer (layer 8).") is None


def test_less_and_larger_are_opposite_amounts_of_the_same_thing():
    # 1809.05053 p.9: "These production systems have been trained on much larger training data than the ones used for
    # the alignment loss"
    claim = analyse("Conneau et al. say the production MT systems were trained on less data than the parallel corpora "
                    "used for the alignment loss.")
    why = swapped_antonym(claim, "These production systems have been trained on much larger training data than the "
                                 "ones used for the alignment loss.")
    assert why and '"less"' in why and '"larger"' in why


def test_a_state_the_claim_asserts_denied_in_its_words():
    # 2003.11080 p.4
    passage = ("Although English is not generally the best source language for cross-lingual transfer for all target "
               "languages (Lin et al., 2019), this is still the most practically useful setting.")
    claim = analyse("English is generally the best source language for cross-lingual transfer to every target language.")
    assert "denies" in denial(claim, passage)
    # a negated state sharing fewer of the claim's words ("are not Indo-European languages") denies nothing
    assert denial(analyse("English is generally the best source language for transfer to Hindi."),
                  "These are not Indo-European languages.") is None


def test_a_need_the_claim_asserts_is_denied_in_a_reported_finding():
    # 2005.00396 p.9: the "that" opening a reported finding starts no relative clause
    claim = analyse("Conneau et al. (2020b) show that a shared vocabulary is a prerequisite for multilinguality.")
    assert denial(claim, "Last, Conneau et al. (2020b) find that a shared vocabulary is not required.")
    assert denial(claim, "Words that are not required for multilinguality share a vocabulary.") is None


def test_named_parts_and_amounts_have_opposites_too():
    # 2005.00396 p.2: the training data are the New Testament (the Old Testament is the development data)
    bible = analyse("Dufter and Schütze train their small BERT models on the Old Testament of the Easy-to-Read "
                    "Parallel Bible Corpus.")
    assert "testament" in swapped_antonym(bible, "As training data we use the English Easy-to-Read version of the "
                                                 "Parallel Bible Corpus (Mayer and Cysouw, 2014) that contains the "
                                                 "New Testament.")
    # 1706.04902 p.48
    attention = analyse("Multi-word expressions have received far more attention in cross-lingual embedding research "
                        "than in monolingual applications.")
    sentence = ("Dealing with multi-word expressions remains a challenge for monolingual applications and has only "
                "received scarce attention in the cross-lingual setting.")
    assert '"more"' in swapped_antonym(attention, sentence)
    assert swapped_antonym(analyse("Multi-word expressions have received scarce attention in the cross-lingual "
                                   "setting."), sentence) is None


def test_tied_and_separate_parameters_are_opposites():
    # 1911.01464 p.3: "The output softmax layer is tied with input embeddings (Press and Wolf, 2017)."
    untied = analyse("In Wu et al.'s models, the output softmax layer is kept separate from (untied to) the input "
                     "embedding matrix.")
    assert swapped_antonym(untied, "The output softmax layer is tied with input embeddings (Press and Wolf, 2017).")


def test_differing_is_the_opposite_of_remaining_the_same():
    facts = analyse("Conclusions drawn on BUFFET-Light do not carry over, because its overall trends differ from those "
                    "of the full BUFFET benchmark.")
    assert swapped_antonym(facts, "The overall trends on BUFFET-light remain the same as the original BUFFET.")


def test_a_script_variant_is_the_opposite_of_the_other():
    facts = analyse("For XLM-R they swap in more commonly used languages such as romanized Hindi and simplified Chinese.")
    assert swapped_antonym(facts, "We replace some languages with more commonly used ones such as romanized Hindi and "
                                  "traditional Chinese.")


def test_a_passage_showing_what_a_claim_says_is_not_shown():
    # 1906.01502 p.1
    passage = ("From these results, we can conclude that M-BERT does create multilingual representations, but that "
               "these representations exhibit systematic deficiencies affecting certain language pairs.")
    claim = analyse("Pires et al. conclude that M-BERT's multilingual representations show no systematic deficiencies "
                    "for any particular language pairs.")
    assert "exhibit systematic deficiencies" in affirmation(claim, passage)
    # a passage denying it too, or one showing another property, is no case
    assert affirmation(claim, "These representations do not exhibit systematic deficiencies.") is None
    assert affirmation(claim, "These representations exhibit systematic gains for certain language pairs.") is None


def test_a_state_the_claim_names_with_its_negating_prefix_is_not_denied():
    # 2003.11080 p.17: the caption lists kinds of entities, seen (a) and not seen (b)
    caption = ("Comparison of accuracies for entities in the target language NER dev data that were seen in the "
               "English NER training data (a); were not seen in the English NER training data (b)")
    listed = analyse("XTREME's appendix table on NER entities seen and unseen in the English training data is "
                     "restricted to languages with at least 100 entities per subset.")
    assert denial(listed, caption) is None
    assert denial(analyse("Every entity in the target-language NER dev data was seen in the English NER training "
                          "data."), caption) is not None


def test_a_score_said_poor_against_one_said_perfect():
    # 1706.04902 p.46
    claim = analyse("A random pairing of translation equivalents in the vector space would score poorly on bilingual "
                    "dictionary induction precision.")
    assert "perfect" in swapped_antonym(claim, "In other words, a random pairing of translation equivalents in vector "
                                               "space would score perfect precision in bilingual dictionary induction "
                                               "tasks.")


def test_gold_features_against_predicted_ones():
    # ahmad2019 p.4
    claim = analyse("Ahmad et al.'s parsers take POS tags predicted automatically by UDPipe as input.")
    assert "gold" in swapped_antonym(claim, "In addition, we use the Gold universal POS tags to form the input "
                                            "representations.")
    assert swapped_antonym(claim, "We use the predicted universal POS tags as input.") is None


def test_a_lacking_capacity_against_enough_of_it():
    # 2005.00396 p.4
    claim = analyse("A severely overparameterized BERT is pushed into a shared space, since it lacks the capacity to "
                    "model each language separately.")
    passage = ("If BERT is severely overparameterized the model should have enough capacity to model each language "
               "separately without creating a multilingual space.")
    assert "enough" in swapped_antonym(claim, passage)


def test_a_compound_whose_hyphen_the_text_lost_is_still_a_compound():
    # ahmad2019 p.4: "language specific" printed without its hyphen
    claim = analyse("An encoder scoring higher in the language test is read as more language-agnostic.")
    passage = "If a contextual encoder performs better in the language test, it retains language specific information."
    assert "specific" in swapped_antonym(claim, passage)
    # "specific" alone is no compound: "specific information" opposes nothing
    assert swapped_antonym(claim, "If a contextual encoder performs better in the language test, it retains specific "
                                  "information.") is None


def test_a_property_and_its_negation_said_of_two_things_is_no_swap():
    # 1902.09492 p.4: the anchors are context-independent, the embeddings the paper aligns context-dependent
    anchors = analyse("Two of Schuster et al.'s procedures operate on the context-independent anchors alone.")
    assert swapped_antonym(anchors, "The main task is aligning context-dependent embeddings.") is None
    # said of the same thing, it still is
    assert "dependent" in swapped_antonym(analyse("The anchors are context-independent vectors."),
                                          "The anchors are context-dependent vectors.")


def test_no_longer_having_a_property_is_denied_where_the_passage_has_it():
    # 1902.09492 p.4
    passage = ("Under this constraint, Eq. 4 is an instance of the orthogonal Procrustes problem, which has a "
               "closed-form solution W = UV^T.")
    claim = analyse("Once the alignment matrix is restricted to orthogonal matrices, the alignment objective no longer "
                    "has a closed-form solution.")
    assert "\"has a closed-form solution\"" in affirmation(claim, passage)
    assert affirmation(claim, "The alignment objective has no closed-form solution under this constraint.") is None


SWAPPED = [
    # 1706.04902 p.8: how much a factor counts
    ("They observe that the architecture is less important as long as the models are trained under identical "
     "conditions on the same type (and amount) of data.",
     "Levy et al. found that, for monolingual embeddings trained under identical conditions on the same data, the "
     "choice of architecture is the decisive factor.",
     "\"decisive\" and the paper \"less important\"", "Under identical conditions the architecture is less important."),
    # 1706.04902 p.17: near and far said of the two vectors the other way round
    ("Dinu et al. (2015) propose to select negative examples that are more informative by being near the current "
     "projected vector but far from the actual translation vector.",
     "Dinu et al. (2015) choose negative examples that lie far from the current projected source vector but close to "
     "the true translation vector.",
     "\"far\"", "Dinu et al. (2015) choose negative examples near the current projected vector."),
    # 1906.01502 p.2: an intensity, in any form of the word it bears on ("depend", "dependent")
    ("If M-BERT's ability to generalize were mostly due to vocabulary memorization, we would expect zero-shot "
     "performance on NER to be highly dependent on word piece overlap.",
     "If M-BERT's transfer rested on memorising vocabulary, its NER scores should barely depend on word-piece overlap.",
     "\"barely\" and the paper \"highly\"", "Its NER scores should barely change with word-piece overlap."),
    # 2004.01401 p.8: a different thing from, against the same thing as ("different" alone is said of things compared)
    ("For fairly comparison, we implement xDAE in same code base and use same pre-training languages as XNLG.",
     "The XGLUE authors pretrain Unicoder-xDAE on a different set of languages from the one XNLG was pretrained on.",
     "\"different\" and the paper \"same\"", "The XGLUE authors pretrain xDAE on different languages."),
    # 2101.11112 p.1: a suffix denying its word
    ("Some recent research focus on using completely unsupervised machine translations for cross-lingual NER, "
     "however inaccurate translations could harm the transfer performance.",
     "Li et al. regard unsupervised translation for cross-lingual NER as harmless to transfer even when its "
     "translations are inaccurate.",
     "\"harmless\" and the paper \"harm\"", "Inaccurate translations could harm the transfer performance."),
    # 1706.04902 p.48: how a problem fares in another space
    ("While conflating multiple senses of a word is already problematic for learning monolingual word "
     "representations, this issue is amplified in a cross-lingual embedding space",
     "The problem polysemy poses for monolingual word representations becomes milder in a cross-lingual embedding "
     "space.", "milder",
     "The problem polysemy poses for monolingual word representations is amplified in a cross-lingual embedding "
     "space."),
    # 1911.01464 p.2: how the spaces are shaped
    # 1706.04902 p.43: how fit a task is for an evaluation
    ("Although it is clear that cross-lingual word embeddings are instrumental to cross-lingual document "
     "classification, the task might be considered suboptimal for a full-fledged extrinsic evaluation of embeddings.",
     "Ruder et al. present cross-lingual document classification as an ideal full-fledged extrinsic test of "
     "cross-lingual word embeddings.", "ideal",
     "Ruder et al. present cross-lingual document classification as a suboptimal full-fledged extrinsic test of "
     "cross-lingual word embeddings."),
    ("This projection aligns the words outside of the dictionary as well due to the similar shapes of the word "
     "embedding spaces.",
     "A projection leaves words outside the dictionary unaligned, because embedding spaces are shaped differently.",
     "differently",
     "A projection aligns words outside the dictionary as well, because embedding spaces have similar shapes."),
    # 2003.11080 p.8: how a model fares with the entities of the target language
    ("Together, this indicates that the model may struggle to generalize to entities that are more characteristic of "
     "the target language.",
     "The analysis concludes that mBERT generalises readily to entities that are characteristic of the target language.",
     "readily",
     "The analysis concludes that mBERT may struggle to generalise to entities characteristic of the target language."),
]


@pytest.mark.parametrize("passage,claim,said,unswapped", SWAPPED)
def test_an_antonym_said_of_the_same_thing_is_a_swap_and_its_own_word_none(passage, claim, said, unswapped):
    assert said in swapped_antonym(analyse(claim), passage)
    assert swapped_antonym(analyse(unswapped), passage) is None


def test_a_deed_said_to_give_trouble_denies_a_claim_that_it_is_done():
    # 2004.09813 p.6
    passage = ("However, as the STS 2017 results show, these models have issues assigning meaningful similarity scores "
               "for sentence pairs that don't have identical meaning.")
    claim = analyse("LASER and LaBSE also give meaningful similarity scores to sentence pairs whose meanings are related.")
    assert "hard to do" in denial(claim, passage)
    # (a claim saying the trouble itself, or one sharing fewer of the deed's words, is not denied)
    assert denial(analyse("LASER and LaBSE have problems assigning meaningful similarity scores to related pairs."),
                  passage) is None
    assert denial(analyse("LASER and LaBSE give meaningful alignments for mined bitext."), passage) is None


def test_a_claim_saying_something_is_missed_is_not_denied_by_a_passage_saying_it_is_not_captured():
    # 2003.11080 p.2
    passage = ("For instance, it does not capture differences in classification performance that are due to cultural "
               "differences (Mohammad et al., 2016; Smith et al., 2016).")
    missed = analyse("Translation-based evaluation misses differences in classification performance that stem from "
                     "cultural differences.")
    assert denial(missed, passage) is None
    assert denial(analyse("Translation-based evaluation captures differences in classification performance that "
                          "stem from cultural differences."), passage) is not None
