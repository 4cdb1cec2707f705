from synth.verify.citations import (credited, credited_by_another, credited_instead, credited_to_another, done_by_another,
                                    finding_credited_to_another, finding_said_of_another_cited,
                                    finding_said_of_another_system, likened_works,
                                    listed_for_another, names_work, tool_credited_otherwise)

# 1706.04902 p.43
SENTENCE = ("Upadhyay et al. (2016) obtain evaluation sets for the task across 26 languages from the Open Multilingual "
            "WordNet (Bond & Foster, 2013), while Levy et al. (2017) obtain bilingual dictionaries from Wiktionary for "
            "Arabic, Finnish, Hebrew, Hungarian, and Turkish.")


def test_what_the_sentence_credits_to_another_cited_work():
    why = credited_to_another("Upadhyay et al. (2016) build their test sets from Wiktionary for Arabic, Finnish, "
                              "Hebrew, Hungarian and Turkish.", SENTENCE)
    assert why and "Levy" in why and "Wiktionary" in why


def test_what_the_sentence_credits_to_the_cited_work_itself():
    assert credited_to_another("Levy et al. (2017) take dictionaries from Wiktionary for Arabic and Finnish.", SENTENCE) is None
    assert credited_to_another("Upadhyay et al. (2016) use the Open Multilingual WordNet across 26 languages.", SENTENCE) is None


def test_a_sentence_citing_one_work_credits_nothing_elsewhere():
    assert credited_to_another("Upadhyay et al. (2016) use Wiktionary for Arabic and Finnish.",
                               "Levy et al. (2017) obtain bilingual dictionaries from Wiktionary for Arabic and Finnish.") is None


def test_a_sentence_crediting_another_work_with_what_the_claim_credits():
    # 1706.04902 p.49
    sentence = ("Based on a recent large-scale evaluation of cross-lingual word embedding models (Glavas et al., 2019), "
                "the model of Artetxe et al. (2018a) is currently the most robust among completely unsupervised approaches.")
    why = credited_instead("The model of Conneau et al. (2018a) is the most robust unsupervised one.", sentence)
    assert why and "Artetxe" in why and "Conneau" in why
    assert credited_instead("The model of Artetxe et al. (2018a) is the most robust unsupervised one.", sentence) is None
    assert credited_instead("The most robust unsupervised model is currently known.", sentence) is None


def test_the_works_a_claim_likens_its_subject_to():
    claim = ("Like Ammar et al. (2016) and Guo et al. (2016), Schuster et al. build their cross-lingual dependency "
             "parser on a transition-based model.")
    assert likened_works(claim) == frozenset({"Ammar", "Guo"})
    assert likened_works("Following Wu and Dredze (2019), we fine-tune mBERT.") == frozenset({"Wu"})
    # likened in the middle, by the deed; a one-letter author name is a name ("K et al.")
    assert likened_works("They create Fake-English the way K et al. (2020) did, by shifting code points.") \
        == frozenset({"K"})
    assert likened_works("Schuster et al. build their parser like Ammar et al. (2016).") == frozenset()
    assert likened_works("Like most parsers, theirs is transition-based.") == frozenset()


def test_a_sentence_names_a_work_by_its_first_author():
    sentence = "Most previous models used transition-based models (Ammar et al., 2016; Guo et al., 2016)."
    assert names_work(sentence, frozenset({"Guo"}))
    assert not names_work(sentence, frozenset({"Gu"}))


# 1902.09492 p.2
MUTUAL = ("For instance, Xiao and Guo (2014) represent word pairs as a mutual vector, while Adams et al. (2017) jointly "
          "train cross-lingual word embeddings by replacing the predicted word with its translation.")


def test_what_the_claim_says_of_a_work_the_sentence_says_of_another():
    why = finding_credited_to_another("Adams et al. (2017) represent every word pair by one mutual vector.", MUTUAL)
    assert why and "Xiao" in why and "Adams" in why and "mutual" in why


def test_what_the_sentence_says_of_the_claimed_work_itself_is_no_credit_elsewhere():
    assert finding_credited_to_another("Adams et al. (2017) replace the predicted word with its translation.",
                                       MUTUAL) is None
    assert finding_credited_to_another("Xiao and Guo (2014) represent word pairs as a mutual vector.", MUTUAL) is None


# ahmad2019 p.2
PARSERS = ("The “SelfAtt-Graph” parser consists of a modified self-attentional encoder (Shaw et al., 2018) and a "
           "graph-based deep bi-affine decoder (Dozat and Manning, 2017), while the “RNN-Stack” parser is composed of a "
           "Recurrent Neural Network (RNN) based encoder and a stack-pointer decoder (Ma et al., 2018).")


def test_what_the_sentence_says_of_the_other_of_two_contrasted_systems():
    why = finding_said_of_another_system("the RNN-Stack parser pairs its recurrent encoder with a graph-based deep "
                                         "biaffine decoder", PARSERS, {"RNN-Stack"})
    assert why and "of SelfAtt-Graph, not of RNN-Stack" in why and "graph-based" in why
    # what it says of the claim's own system, or a sentence contrasting nothing, is no other system's
    assert finding_said_of_another_system("the RNN-Stack parser pairs its recurrent encoder with a stack-pointer "
                                          "decoder", PARSERS, {"RNN-Stack"}) is None
    assert finding_said_of_another_system("the SelfAtt-Graph parser has a graph-based deep biaffine decoder",
                                          PARSERS, {"SelfAtt-Graph"}) is None
    assert finding_said_of_another_system("the RNN-Stack parser has a graph-based deep biaffine decoder",
                                          PARSERS.replace(", while", ". Meanwhile,"), {"RNN-Stack"}) is None


# 1706.04902 p.18
LISTED = ("Other approaches employ weak supervision to create seed lexicons based on cognates (Smith et al., 2017), "
          "shared numerals (Artetxe et al., 2017), or identically spelled strings (Søgaard, Ruder, & Vulić, 2018).")


def test_what_a_list_of_cited_items_gives_another_work():
    why = listed_for_another("Smith et al. (2017) build weakly supervised seed lexicons from shared numerals.", LISTED)
    assert why and "Artetxe" in why and "numerals" in why
    # the work's own item, or words of no item, are no other work's
    assert listed_for_another("Smith et al. (2017) build weakly supervised seed lexicons from cognates.", LISTED) is None
    assert listed_for_another("Smith et al. (2017) use weak supervision for seed lexicons.", LISTED) is None
    assert listed_for_another("Artetxe et al. (2017) build seed lexicons from shared numerals.", LISTED) is None


def test_who_proposed_it_said_otherwise():
    # ahmad2019 p.3
    sentence = ("We also study Wasserstein GAN (WGAN), which is proposed by Arjovsky et al. (2017) to improve the "
                "stability of GAN based learning.")
    why = credited_by_another("The Wasserstein GAN objective was proposed by Ganin et al. (2016).", sentence)
    assert why and "Arjovsky" in why and "Ganin" in why
    assert credited_by_another("WGAN was proposed by Arjovsky et al. (2017).", sentence) is None
    assert credited_by_another("WGAN was studied by Ganin et al. (2016).", sentence) is None


def test_half_of_a_listed_item_names_it():
    # ahmad2019 p.3: "Gradient Reversal (GR) (Ganin et al., 2016) and Wasserstein GAN (WGAN) (Arjovsky et al., 2017)"
    sentence = ("We also consider two alternative techniques for the adversarial training: Gradient Reversal (GR) "
                "(Ganin et al., 2016) and Wasserstein GAN (WGAN) (Arjovsky et al., 2017).")
    why = listed_for_another("The Wasserstein GAN objective was proposed by Ganin et al. (2016).", sentence)
    assert why and "Arjovsky" in why
    assert listed_for_another("Gradient reversal was proposed by Ganin et al. (2016).", sentence) is None


def test_a_tool_credited_to_another_work():
    # 1706.04902 p.46
    sentence = ("Available libraries for evaluation on bilingual lexicon induction are the MUSE (Conneau et al., "
                "2018a)19 and VecMap (Artetxe et al., 2018a)20 projects respectively.")
    why = tool_credited_otherwise("The survey lists MUSE, by Artetxe et al. (2018a), and VecMap, by Conneau et al. "
                                  "(2018a), as the available libraries.", sentence)
    assert why == "the sentence credits MUSE to Conneau, not to Artetxe as the claim does"
    assert tool_credited_otherwise("The survey lists MUSE (Conneau et al., 2018a) and VecMap (Artetxe et al., 2018a).",
                                   sentence) is None
    # a tool the sentence credits to no one is credited to no one else
    assert tool_credited_otherwise("They use VecMap, by Conneau et al. (2018a).", "We use VecMap to map them.") is None


def test_who_was_first_is_told_apart_from_who_proposed_it():
    first = "Xiao and Guo (2014) propose the first such method."
    assert "credits Xiao with being first, not Gouws" in credited_by_another(
        "Credit Gouws and Søgaard (2015) with the first word-level method.", first)
    assert credited_by_another("Credit Xiao and Guo (2014) with the first word-level method.", first) is None
    assert credited_by_another("The method was proposed by Gouws et al. (2015).", first) is None
    assert credited("Haghighi et al. (2008) were the first to use this method", first=True) == {"Haghighi"}


def test_the_work_cited_for_a_first_use_is_credited_with_it():
    # ahmad2019 p.8: the first NLP use of adversarial training, and its later cross-lingual uses
    sentence = "In NLP, adversarial training was first utilized for domain adaptation (Ganin et al., 2016)."
    assert credited(sentence, first=True) == {"Ganin"}
    assert credited("Adversarial training first entered NLP through sequence tagging (Adel et al., 2018).",
                    first=True) == {"Adel"}
    assert not credited("Many recent works adopted adversarial training, such as in sequence tagging (Adel et al., "
                        "2018).", first=True)
    assert not credited("We take the first layer (Smith et al., 2019).", first=True)



def test_a_finding_said_of_the_other_of_two_cited_systems():
    # 1911.02116 p.2
    sentence = ("GPT (Radford et al., 2018) also highlights the importance of scaling the amount of data and RoBERTa "
                "(Liu et al., 2019) shows that training BERT longer on more data leads to significant boost in "
                "performance.")
    why = finding_said_of_another_cited("The XLM-R paper credits GPT with showing that training BERT longer on more "
                                        "data leads to a significant boost in performance.", sentence)
    assert why is not None and why.endswith("of RoBERTa, not of GPT as the claim does")
    assert finding_said_of_another_cited("The XLM-R paper credits RoBERTa with showing that training BERT longer on "
                                         "more data boosts performance.", sentence) is None
    assert finding_said_of_another_cited("GPT highlights the importance of scaling the amount of data.", sentence) is None


# 1706.04902 p.7
NCE = ("Negative sampling is a simplification of Noise Contrastive Estimation (Gutmann & Hyvärinen, 2012), which was "
       "applied to language modeling by Mnih and Teh (2012).")


def test_a_deed_the_sentence_credits_to_another_cited_work():
    for claim in ("Ruder et al.'s survey credits Gutmann and Hyvärinen (2012) with applying noise contrastive "
                  "estimation to language modelling.",
                  "Noise contrastive estimation, which Gutmann and Hyvarinen (2012) applied to language modeling."):
        why = done_by_another(claim, NCE)
        assert why and "Mnih" in why and "Gutmann" in why


def test_a_deed_credited_as_the_sentence_credits_it_or_to_no_one():
    assert done_by_another("Mnih and Teh (2012) applied noise contrastive estimation (Gutmann and Hyvärinen, 2012) "
                           "to language modelling.", NCE) is None
    # the claim's cited work credited with something else than the deed
    assert done_by_another("Noise contrastive estimation was proposed by Gutmann and Hyvärinen (2012).", NCE) is None
    assert done_by_another("Negative sampling simplifies noise contrastive estimation (Gutmann and Hyvärinen, 2012).",
                           NCE) is None
