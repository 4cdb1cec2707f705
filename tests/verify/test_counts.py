from synth.verify.claim_facts import analyse
from synth.verify.counts import (counts_agree, counts_in, counts_named_alike, crossed_counts, precise_count,
                                 printed_counts, spelled_counts)


def test_counts_carry_the_noun_they_count():
    found = counts_in("XLM-R Base has 270M params and was trained for 400 epochs.")
    assert [(c.value, c.noun) for c in found] == [(270e6, "params"), (400, "epochs")]


def test_every_claimed_count_must_be_printed():
    passage = "The final corpus has 17k sentences, 228k words, a vocabulary size of 4449 and 71 distinct characters."
    assert counts_agree("It has about 17k sentences and 228k words, with a vocabulary of 4,449.", passage)[0] == "all"
    assert counts_agree("It has 17k sentences and 300k words.", passage)[0] == "conflict"


def test_only_a_count_of_the_same_thing_contradicts():
    passage = "XLM-R Base (L = 12, H = 768, A = 12, 270M params) and XLM-R (550M params)."
    agree, why = counts_agree("XLM-R Base has about 125M parameters.", passage)
    assert agree == "conflict" and "270M" in why
    assert counts_agree("XLM-R Base was trained for 125 epochs.", passage)[0] == "none"


def test_a_range_needs_both_ends():
    assert counts_agree("from 560 million to 7 billion parameters", "BLOOMZ (7 billion) and mT0")[0] != "all"


def test_a_count_is_compared_by_the_head_of_its_noun_phrase():
    passage = "we use a Transformer architecture with 1024 hidden units, 8 heads, GELU activations"
    agree, why = counts_agree("XLM uses 1024 hidden units and 16 attention heads.", passage)
    assert agree == "conflict" and "8 heads" in why


def test_a_printed_range_prints_both_its_ends():
    passage = "We observe more than 3% gains in overall accuracy on XNLI by increasing the vocab size from 128k to 512k."
    assert counts_agree("Enlarging the vocabulary from 128k to 512k gains 1 point.", passage)[0] == "all"


def test_a_printed_bound_is_no_rival_count():
    # "less than 10M parameters" bounds some other model; it does not count the claimed one otherwise
    assert counts_agree("The model has 270M parameters.", "a small model with less than 10M parameters")[0] == "none"
    assert counts_agree("The model has 270M parameters.", "a small model with 10M parameters")[0] == "conflict"


def test_a_training_setting_is_counted_by_its_name():
    passage = "We trained for a maximum of 20 epochs with batch size 64, 10,000 warm-up steps, and a learning rate of 2e-5."
    claim = "They train for at most 20 epochs with batch size 64, a learning rate of 2e-5 and {} warm-up steps."
    assert counts_agree(claim.format("10,000"), passage)[0] == "all"
    agree, why = counts_agree(claim.format("1,000"), passage)
    assert agree == "conflict" and "10,000 warm up steps" in why
    assert counts_agree("They use a batch size of 32.", passage)[0] == "conflict"


def test_a_number_with_a_thousands_separator_is_no_year():
    found = counts_in("PAWS-X provides 49,401 English training examples and 2,000 test examples per language")
    assert [c.value for c in found] == [49401.0, 2000.0]
    assert counts_in("data collected in 2019 from 300 sentences")[0].value == 300.0


def test_the_same_change_to_another_end_conflicts():
    # 1902.09492 p.6: "reduce the POS tag embedding size from 100 to 50 and increase the head/dependent MLP
    # dimension from 400 to 500"
    paper = ("we reduce the POS tag embedding size from 100 to 50 and increase the head/dependent MLP dimension "
             "from 400 to 500.")
    claim = "they shrink the POS tag embeddings from 100 to 50 dimensions and widen the MLP from 400 to {} dimensions"
    assert counts_agree(claim.format(600), paper)[0] == "conflict"
    assert counts_agree(claim.format(500), paper)[0] == "all"


def test_a_count_is_matched_with_the_count_of_its_own_unit():
    # 1911.01464 p.3 prints "8 layers, 12 heads": the claimed 12 layers are not borne out by the 12 heads
    paper = "Each model is a Transformer (Vaswani et al., 2017) with 8 layers, 12 heads and GELU activiation functions."
    assert counts_agree("They are 12-layer Transformers with 12 attention heads.", paper)[0] == "conflict"
    assert counts_agree("They are 8-layer Transformers with 12 attention heads.", paper)[0] == "all"
    # 1809.05053 p.1: "7500 human-annotated" examples per language, "112,500 annotated pairs" in all
    xnli = ("XNLI consists of 7500 human-annotated development and test examples [...] making a total of "
            "112,500 annotated pairs.")
    assert counts_agree("XNLI amounts to 112,500 human-annotated sentence pairs.", xnli)[0] == "all"


def test_a_count_written_in_words_is_compared_too():
    # 2305.14857 p.5
    paper = ("We provide translated instructions for 15 datasets in 54 target languages, translated by NLLB "
             "(Costa-jussà et al., 2022), and manually translate the instructions into five languages.")
    claim = "BUFFET's instructions are machine-translated into 54 target languages and translated by hand into {}."
    assert counts_agree(claim.format("ten languages"), paper)[0] == "conflict"
    assert counts_agree(claim.format("five languages"), paper)[0] == "all"
    # a magnitude letter is part of the count: "270M" is not contradicted by a plain "125"
    assert counts_agree("trained with 270M parameters", "it has 125 parameters")[0] == "none"


def test_two_counts_given_to_each_others_things_are_crossed():
    # 2309.07445 p.3
    paper = ("Also, we combined “science” (138 sentences) and “technology” (114 sentences) category into a single "
             "category of “science/technology”.")
    claim = "SIB-200's science/technology label merges a 138-sentence '{}' category with a 114-sentence '{}' category."
    assert crossed_counts(claim.format("technology", "science"), paper)
    assert crossed_counts(claim.format("science", "technology"), paper) is None


def test_a_participle_after_the_counted_noun_ends_its_phrase():
    # 1906.01502 p.4: "We sample 5000 pairs of sentences from WMT16"
    paper = "We sample 5000 pairs of sentences from WMT16 (Bojar et al., 2016) and feed each sentence to M-BERT."
    assert counts_agree("M-BERT is run over 10,000 sentence pairs sampled from WMT16.", paper)[0] == "conflict"
    assert counts_agree("M-BERT is run over 5000 sentence pairs sampled from WMT16.", paper)[0] == "all"


def test_a_claim_counting_only_in_words_is_a_count_claim():
    claim = "In BUFFET, mT5 is fine-tuned on the English datasets for ten epochs."
    assert [c.text for c in analyse(claim).counts] == ["ten"]
    assert counts_agree(claim, "On large-scale English datasets, we train for three epochs.")[0] == "conflict"
    assert counts_agree(claim, "We fine-tune on English data for 10 epochs.")[0] == "all"


def test_a_count_in_words_said_to_exist():
    # 1706.04902 p.14: "There are four types of mapping methods that have been proposed"
    passage = "There are four types of mapping methods that have been proposed"
    assert [(c.value, c.noun) for c in spelled_counts(passage)] == [(4.0, "types")]
    assert counts_agree("The survey sorts mapping methods into three types.", passage)[0] == "conflict"
    assert counts_agree("The survey sorts mapping methods into four types.", passage)[0] == "all"


def test_a_count_in_words_after_a_determiner_and_a_superlative():
    # 2005.00396 p.8: "we randomly replace with one of the five nearest neighbors"
    assert [(c.value, c.noun) for c in spelled_counts("one of its ten nearest neighbours")] == [(10.0, "neighbours")]
    passage = "These tokens remain unchanged in p = 10% and are replaced with one of the five nearest neighbors."
    assert counts_agree("It picks one of its ten nearest neighbours at random.", passage)[0] == "conflict"
    # a count written in words is borne out only by a count of the same thing, never by "10%"
    assert counts_agree("It picks one of its ten nearest neighbours.", "unchanged in p = 10% of cases")[0] != "all"


def test_numbers_listed_before_a_count_count_the_same_thing():
    found = counts_in("We also consider larger sets of 15, 30, 60 and all 100 languages.")
    assert [(c.value, c.noun) for c in found] == [(15, "languages"), (30, "languages"), (60, "languages"),
                                                  (100, "languages")]
    claim = "The XLM-R study also pretrains on larger sets of 15, 30 and 60 languages and on all 100."
    assert [c.value for c in counts_in(claim)] == [15, 30, 60, 100]  # "all 100": the noun is left out
    assert counts_agree(claim, "We also consider larger sets of 15, 30, 60 and all 100 languages.")[0] == "all"
    assert counts_in("XLM-R scores 75.1, 76.2 and 77.3 accuracy on XNLI.") == []


def test_a_size_written_with_d_is_a_count_of_dimensions():
    paper = "with pre-trained 300d monolingual embeddings from FastText (Bojanowski et al., 2017)."
    assert counts_agree("They use pretrained 300-dimensional fastText embeddings.", paper)[0] == "all"
    verdict, why = counts_agree("They use pretrained 100-dimensional fastText embeddings.", paper)
    assert verdict == "conflict" and "300d" in why


def test_a_count_in_words_before_a_noun_and_the_noun_it_counts():
    # 1901.07291 p.6: "we consider 3 language pairs: English-French, English-German, and English-Romanian"
    (count,) = spelled_counts("Lample and Conneau work with four language pairs: English-French, English-German")
    assert (count.value, count.noun, count.words) == (4, "pairs", ("language", "pairs"))
    assert counts_agree("they work with four language pairs", "we consider 3 language pairs")[0] == "conflict"
    # the set a finding is placed in, or a part of something, is no claimed count
    assert spelled_counts("most effective for Chinese among the four target languages") == []
    assert spelled_counts("a task model that consists of four Transformer layers") == []
    assert spelled_counts("the trends are clearer on the four CoNLL languages") == []


def test_a_count_in_words_after_between():
    assert [(c.value, c.noun) for c in spelled_counts("similarity datasets between five languages")] == [(5, "languages")]


def test_a_count_in_words_before_an_adjective_and_its_noun():
    # 2005.00396 p.3: "We run each experiment with five different seeds"
    verdict, why = counts_agree("They run each experiment with three random seeds.",
                                "We run each experiment with five different seeds, and report mean and standard deviation.")
    assert verdict == "conflict" and "five seeds" in why


def test_a_count_in_words_after_a_verb_of_extent():
    claimed = "training and evaluation data covering three languages."
    assert [(c.value, c.noun) for c in spelled_counts(claimed)] == [(3.0, "languages")]
    assert counts_agree(claimed, "evaluation datasets for semantic textual similarity in four languages.")[0] == "conflict"
    assert counts_agree(claimed, "evaluation datasets for semantic textual similarity in three languages.")[0] == "all"


def test_which_claimed_counts_a_passage_prints():
    claim = "It yields 1024-dimensional embeddings and keeps each language's 50k most frequent words."
    assert printed_counts(claim, "embeddings of dimension 1024 for all languages.") == frozenset({0})
    assert printed_counts(claim, "we use the 50k most common words in each language.") == frozenset({1})
    assert printed_counts(claim, "we use 300 dimensions.") == frozenset()


def test_counts_in_words_listed_as_items():
    claim = "a corpus that spans nine languages, two domains (Wikipedia and Twitter) and five topics"
    passage = "a corpus that covers five topics, two domains (Wikipedia and Twitter), and nine languages"
    assert [c.value for c in spelled_counts(claim)] == [9.0, 2.0, 5.0]
    assert counts_agree(claim, passage)[0] == "all"
    assert counts_agree(claim, passage.replace("nine languages", "eight languages"))[0] == "conflict"


def test_a_part_taken_for_use_is_no_other_count_of_the_whole():
    # ahmad2019 p.4: "on the Universal Dependencies (UD) Treebanks (v2.2) [...] using 29 languages"
    sentence = "We conduct experiments on the Universal Dependencies (UD) Treebanks (v2.2) using 29 languages."
    assert counts_agree("The UD v2.2 release comprises 71 languages.", sentence)[0] != "conflict"
    assert counts_agree("The UD v2.2 release comprises 20 languages.", sentence)[0] == "conflict"  # fewer than the part
    assert counts_agree("UD v2.2 spans 31 languages.", "we transfer to 30 other languages")[0] != "conflict"
    # a setting is no part of a whole: "prompts mT0 with 8 shots" against "we use 4 shots for mT0"
    assert counts_agree("BUFFET prompts mT0 with 8 shots.", "For mT0, we use 4 shots.")[0] == "conflict"
    assert [c.selected for c in counts_in(sentence)] == [True]


def test_a_count_in_words_after_a_verb_of_choosing():
    # 2309.07445 p.7: "we choose eight languages that can be written in different scripts"
    assert [(c.value, c.noun) for c in spelled_counts("we choose eight languages that can be written")] == [(8, "languages")]
    agree, why = counts_agree("The authors pick five languages that can each be written in different scripts.",
                              "we choose eight languages that can be written in different scripts")
    assert agree == "conflict" and "eight languages" in why


def test_a_count_in_words_after_a_verb_of_telling_apart_or_of_use():
    # 1706.04902 p.26: "We have detected four main types:"; 2004.01401 p.3: XGLUE's NER "distinguishes" entity types
    assert [(c.value, c.noun) for c in spelled_counts("We have detected four main types:")] == [(4, "types")]
    assert counts_agree("The survey sorts these methods into three main types.", "We have detected four main types:"
                        )[0] == "conflict"
    # 2309.07445 p.5: "We trained in four languages with three different scripts"
    agree, why = counts_agree("XLM-R is fine-tuned on four source languages that between them use two different "
                              "scripts.", "We trained in four languages with three different scripts")
    assert agree == "conflict" and "three scripts" in why


def test_a_vocabulary_of_n_counts_the_vocabulary():
    # 1911.02116 p.5
    passage = "For simplicity and given the softmax computational constraints, we use a vocabulary of 250k for XLM-R."
    agree, why = counts_agree("Conneau et al. settle on a 500k-token vocabulary for XLM-R.", passage)
    assert agree == "conflict" and "250k vocabulary" in why
    assert counts_agree("XLM-R uses a 250k-token vocabulary.", passage)[0] == "all"


def test_two_counts_joined_by_a_slash_are_both_read():
    # 2005.00396 p.8: "pretrain the model for 2 epochs/140k steps with batch size [...] 256"
    found = [(c.text, c.words) for c in counts_in("pretrain the model for 2 epochs/140k steps with batch size 256")]
    assert ("2", ("epochs",)) in found and ("140k", ("steps",)) in found


def test_a_count_of_compared_things_is_read():
    assert [c.value for c in spelled_counts("Their ablation study compares eight different training settings.")] == [8.0]
    assert counts_agree("Their ablation study compares eight different training settings.",
                        "We compared 6 different settings: (1) approach proposed in this work")[0] == "conflict"


def test_a_part_counts_what_its_whole_counts():
    # 2309.07445 p.6: "XLM-R performs the best on 16 out of the 22 language families"
    claim = "XLM-R is the best-performing model on 19 of the 22 language families."
    sentence = "In the fully supervised scenario, XLM-R performs the best on 16 out of the 22 language families."
    assert [c.noun for c in counts_in(claim)] == ["language", "language"]
    assert counts_agree(claim, sentence)[0] == "conflict"
    assert counts_agree(claim, sentence.replace("16", "19"))[0] == "all"


def test_a_count_in_words_opening_a_sentence_or_after_a_verb_of_trying():
    # 2004.01401 p.4: "Four different text noising strategies for c(·) are explored in this paper."
    claim = "For their xDAE generation pretraining, the XGLUE authors try out three different text-noising strategies."
    sentence = "Four different text noising strategies for c(·) are explored in this paper."
    assert [c.value for c in spelled_counts(claim)] == [3.0] and [c.value for c in spelled_counts(sentence)] == [4.0]
    assert counts_agree(claim, sentence)[0] == "conflict"


def test_a_passage_prints_the_counts_of_the_sets_it_places_things_in():
    # 1706.04902 p.47: "we summarize the findings of three recent benchmark studies of cross-lingual embeddings"
    passage = "To conclude this section, we summarize the findings of three recent benchmark studies of embeddings."
    claim = "They close the section by summarising three recent benchmark studies of embeddings."
    assert spelled_counts(passage) == [] and [c.value for c in spelled_counts(passage, placed=True)] == [3.0]
    assert counts_agree(claim, passage)[0] == "all"
    assert counts_agree(claim.replace("three", "four"), passage)[0] == "conflict"


def test_a_claimed_count_beyond_a_printed_bound_conflicts():
    # 2005.00396 p.9: "Wu and Dredze (2020) consider the performance on up to 99 languages for NER."
    passage = "Wu and Dredze (2020) consider the performance on up to 99 languages for NER."
    assert counts_agree("Wu and Dredze examine NER on as many as 104 languages.", passage)[0] == "conflict"
    assert counts_agree("Wu and Dredze examine NER on 90 languages.", passage)[0] != "conflict"


def test_a_preposition_ending_in_s_is_no_counted_noun():
    # "six transfer methods across a range of models" counts methods, never "across"
    (six,) = spelled_counts("BUFFET compares six different transfer methods across a range of large language models.")
    assert (six.noun, six.words) == ("methods", ("transfer", "methods"))
    claimed = "BUFFET compares six transfer methods across a range of large language models."
    agree, _ = counts_agree(claimed, "BUFFET unifies 15 diverse tasks across 54 languages.")
    assert agree != "conflict"  # tasks are no methods


def test_plus_opens_a_count_in_words():
    # 2003.11080 p.3: "The evaluation data for English and six other languages [...]"
    claim = "MLQA's evaluation data covers English plus eight other languages."
    assert [c.value for c in spelled_counts(claim)] == [8.0]
    agree, why = counts_agree(claim, "The evaluation data for English and six other languages was obtained by mining.")
    assert agree == "conflict" and "six" in why


def test_counts_gathered_from_two_sentences_must_count_the_claims_things():
    # 2005.00396 p.14: XNLI's sizes, then the Bible corpus's "first 10000 sentences"
    claim = "The overview gives XNLI as 392,703 English training pairs with 10,000 test sentence pairs per language."
    assert not counts_named_alike(claim, "392703 sentence pairs in train, 5000 in test, 2500 in dev per language. We "
                                         "use the first 10000 sentences of King-James in the Old Testament.")
    assert counts_named_alike(claim, "392703 sentence pairs in train. The test set has 10000 sentence pairs.")


def test_a_count_a_subject_has_is_read_in_words():
    # 1811.00570 p.7: "Since we have two architectures for each of the modules, [...]"
    claim = "Because each module of their parsers comes in two architectures, Ahmad et al. credit an encoder."
    passage = "Since we have two architectures for each of the modules, when examining one, we take the highest scores."
    assert counts_agree(claim, passage)[0] == "all"
    assert counts_agree(claim.replace("two", "three"), passage)[0] == "conflict"
    assert [(c.value, c.noun) for c in spelled_counts("It has three layers.")] == [(3.0, "layers")]


def test_ones_counts_what_the_words_before_it_name():
    # 1809.05053 p.1
    passage = ("These languages span several language families, and with the inclusion of Swahili and Urdu, include two "
               "lower-resource languages as well.")
    assert counts_agree("XNLI includes two lower-resource ones, Swahili and Urdu.", passage)[0] == "all"
    # (what "ones" stands for is told by the words before it: two high-resource ones are no such count)
    assert counts_agree("XNLI includes two high-resource ones, French and Spanish.", passage)[0] == "none"


def test_a_count_scaled_to_three_figures_is_precise():
    assert precise_count("1.24 million") and precise_count("141 million") and precise_count("241M")
    assert not precise_count("1.2 million") and not precise_count("100 million") and not precise_count("24M")
