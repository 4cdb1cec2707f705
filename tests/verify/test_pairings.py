import pytest

from synth.verify.pairings import (crossed_between_sentences, crossed_pairing, crossed_polarity, crossed_respectively,
                                   given_all_but_one, language_given_otherwise, predicate_swapped,
                                   paired_otherwise, said_of_the_set_aside,
                                   subjects_swapped, swapped_across_reason, swapped_as_respectively, swapped_rather_than,
                                   swapped_roles, swapped_treatment)

# ahmad2019 p.6
PAPER = ("Comparing word- and sentence-level adversarial training, we observe that predicting language identity at "
         "the word-level is slightly more useful for the “SelfAtt-Graph” model, while the sentence-level adversarial "
         "training results in better performance for the “RNN-Stack” model.")


def test_attributes_swapped_between_two_entities_are_caught():
    claim = ("Ahmad et al. find that sentence-level adversarial language identification is slightly more useful for "
             "the SelfAtt-Graph parser, while word-level identification works better for the RNN-Stack parser.")
    why = crossed_pairing(claim, PAPER)
    assert why is not None and "word level for SelfAtt-Graph" in why


def test_the_same_pairing_in_other_words_is_no_conflict():
    claim = ("Ahmad et al. find that word-level adversarial language identification is slightly more useful for "
             "the SelfAtt-Graph parser, while sentence-level identification works better for the RNN-Stack parser.")
    assert crossed_pairing(claim, PAPER) is None
    # one clause, or nothing contrasted: nothing to cross
    assert crossed_pairing("Word-level training helps the SelfAtt-Graph parser.", PAPER) is None


# 1901.07291 p.5
MT_DATA = ("Precisely, we use MultiUN (Ziemski et al., 2016) for French, Spanish, Russian, Arabic and Chinese, and the "
           "IIT Bombay corpus (Anoop et al., 2018) for Hindi.")


def test_a_name_the_passage_pairs_with_another_partner():
    why = paired_otherwise("Lample and Conneau draw their English-Hindi parallel data from MultiUN.", MT_DATA)
    assert why and "IIT" in why


@pytest.mark.parametrize("claim", ["Lample and Conneau use MultiUN for French and the IIT Bombay corpus for Hindi.",
                                   "Lample and Conneau use MultiUN for Arabic and Chinese.",
                                   "Lample and Conneau use the IIT Bombay corpus for Hindi."])
def test_pairs_the_passage_makes_too(claim):
    assert paired_otherwise(claim, MT_DATA) is None


def test_a_cited_work_given_a_partner_of_the_claimed_kind():
    # 1706.04902 p.44
    passage = ("Zou et al. (2013) perform NER experiments for English and Chinese on OntoNotes (Hovy et al., 2006), "
               "while Murthy, Khapra, and Bhattacharyya (2016) use English data from CoNLL 2003 and Spanish and "
               "Dutch data from CoNLL 2002.")
    claim = "Zou et al. (2013) evaluate their embeddings on named entity recognition for English and {} using OntoNotes."
    cited = frozenset({"Zou"})
    assert "pairs Zou with zh" in paired_otherwise(claim.format("Spanish"), passage, cited)
    assert paired_otherwise(claim.format("Chinese"), passage, cited) is None


# 1706.04902 p.19 and p.28-29
CSLS = "Intuitively, CSLS increases the similarity of isolated word vectors and decreases the similarity of hubs."
BIGRAM = ("additionally propose a non-linear composition function based on bigram pairs, which outperforms simple "
          "addition on large training datasets, but underperforms it on smaller data")


@pytest.mark.parametrize("claim, passage", [
    ("CSLS retrieval boosts the similarity of hub vectors while lowering that of isolated word vectors.", CSLS),
    ("The bigram composition function beats simple addition on small training sets but falls behind it on large ones.",
     BIGRAM)])
def test_two_things_moved_the_other_way_round_are_crossed(claim, passage):
    assert "directions swapped" in crossed_polarity(claim, passage)


@pytest.mark.parametrize("claim, passage", [
    ("CSLS raises the similarity of isolated vectors while lowering that of hubs.", CSLS),
    ("The bigram composition function outperforms addition on large training sets but falls behind it on small ones.",
     BIGRAM),
    ("CSLS increases the similarity of hubs.", CSLS)])  # one clause: nothing to cross
def test_the_same_two_ways_are_not_crossed(claim, passage):
    assert crossed_polarity(claim, passage) is None


# 1911.01464 p.7
ROLES = ("We use multi-way parallel sentences from XNLI for alignment supervision and Tatoeba (Schwenk et al., 2019) "
         "for evaluation.")


def test_two_datasets_given_each_others_use_are_swapped_roles():
    claim = "Wu et al. learn the mapping on Tatoeba sentence pairs and evaluate retrieval on XNLI's parallel sentences."
    assert "roles swapped" in swapped_roles(claim, ROLES)
    same = "Wu et al. learn the alignment on XNLI sentence pairs and evaluate retrieval on Tatoeba."
    assert swapped_roles(same, ROLES) is None


def test_a_language_given_its_own_clause_and_the_claims_words_given_another():
    # 1809.05053 p.8
    passage = "We use the Stanford segmenter for Chinese (Chang et al., 2008), and the pythainlp package for Thai."
    why = language_given_otherwise("For the XNLI baselines, they segment Thai text with the Stanford segmenter of "
                                   "Chang et al. (2008).", passage)
    assert why and "stanford" in why and "zh" in why
    assert language_given_otherwise("They segment Chinese text with the Stanford segmenter of Chang et al. (2008).",
                                    passage) is None
    assert language_given_otherwise("They segment Thai text with the pythainlp package.", passage) is None


# 1809.05053 p.8
FITTING = ("When fitting the target BiLSTM encoder to the English encoder, we fine-tune the lookup table associated to "
           "the target encoder, but keep the source word embeddings fixed.")


def test_what_is_updated_and_what_is_kept_fixed_swapped():
    claim = ("When aligning a target-language BiLSTM encoder to the English one, the XNLI authors keep the target "
             "lookup table frozen and fine-tune the English source word embeddings instead.")
    assert "kept fixed are swapped" in swapped_treatment(claim, FITTING)
    same = ("When aligning a target BiLSTM encoder to the English one, the XNLI authors fine-tune the target lookup "
            "table and keep the English source word embeddings frozen.")
    assert swapped_treatment(same, FITTING) is None
    assert swapped_treatment("The authors fine-tune the target lookup table.", FITTING) is None  # one clause


def test_two_things_put_as_a_and_b_respectively_the_other_way_round():
    # 2101.11112 p.3
    paper = ("Our alignment model is constructed by concatenating the English name of the entity and the target "
             "language sentence, as segment A and segment B of the input sequence respectively.")
    swapped = "The model takes the target-language sentence as segment A and the English entity name as segment B."
    assert "segment A and segment B" in swapped_as_respectively(swapped, paper)
    same = "The model takes the English entity name as segment A and the target-language sentence as segment B."
    assert swapped_as_respectively(same, paper) is None


def test_the_two_sides_of_rather_than_swapped():
    # 2005.00396 p.6
    paper = ("This suggests that relative position embeddings – rather than absolute position embeddings – might be "
             "beneficial for multilinguality across languages with high distortion.")
    assert "sets aside" in swapped_rather_than("They suggest that absolute rather than relative position embeddings "
                                               "could help multilinguality.", paper)
    assert swapped_rather_than("They suggest that relative rather than absolute position embeddings could help.",
                               paper) is None


def test_what_the_claim_says_of_one_the_paper_says_of_the_ones_it_sets_aside():
    # 2004.09813 p.4
    paper = ("mBERT and DistilmBERT use different language-specific tokenization tools, making those models more "
             "difficult to be used on raw text.")
    claim = ("They report results only for XLM-R because, unlike mBERT and DistilmBERT, it depends on "
             "language-specific tokenization tools.")
    assert "sets aside" in said_of_the_set_aside(claim, paper)
    assert said_of_the_set_aside(claim, "In contrast, XLM-R uses a SentencePiece model on raw text.") is None
    assert said_of_the_set_aside("Unlike mBERT, XLM-R depends on tokenization tools.", paper) is None  # not exactly them


def test_two_names_each_set_aside_for_the_other():
    # 2003.11080 p.12
    paper = "In contrast to XLM, XLM-R does not use language embeddings."
    claim = "In contrast to XLM-R, the XLM model they fine-tune does not use language embeddings."
    assert "the other way round" in said_of_the_set_aside(claim, paper)
    assert said_of_the_set_aside(paper, paper) is None
    assert said_of_the_set_aside("In contrast to mBERT, XLM-R does not use language embeddings.", paper) is None


def test_what_two_consecutive_sentences_keep_apart_paired_crosswise():
    # 2003.11080 p.12
    first = "For training BERT models on the QA tasks, we use the original BERT codebase."
    second = "For all other tasks, we use the Transformers library (Wolf et al., 2019)."
    crossed = "They train BERT for the QA tasks with the Transformers library and use the original BERT codebase for all other tasks."
    assert "crosswise" in crossed_between_sentences(crossed, first, second)
    same = "They train BERT for the QA tasks with the original BERT codebase and use the Transformers library for all other tasks."
    assert crossed_between_sentences(same, first, second) is None
    assert crossed_between_sentences("They use the original BERT codebase for the QA tasks.", first, second) is None


def test_one_of_two_works_given_the_others_thing_respectively():
    # 1706.04902 p.40
    passage = ("Søgaard et al. (2015) and Levy et al. (2017) exploit the structure of a multi-comparable Wikipedia "
               "dataset and a multi-parallel Bible dataset respectively to directly build sparse cross-lingual "
               "representations using the same set of shared indices.")
    crossed = crossed_respectively("Levy et al. (2017) build sparse cross-lingual word representations from the "
                                   "structure of a multi-comparable Wikipedia dataset.", passage)
    assert crossed and crossed.startswith("the passage pairs Søgaard, not Levy")
    assert crossed_respectively("Levy et al. (2017) build sparse representations from a multi-parallel Bible "
                                "dataset.", passage) is None
    assert crossed_respectively("Søgaard et al. (2015) build sparse representations from a multi-comparable "
                                "Wikipedia dataset.", passage) is None


def test_what_the_passage_says_of_some_names_said_of_another():
    # 1901.07291 p.8
    passage = ("Note that XLM embeddings have the particularity of being trained together with a sentence encoder "
               "which may enforce this closeness, while MUSE and Concat are based on fastText word embeddings.")
    swapped = predicate_swapped("the MUSE vectors are learned together with a sentence encoder whereas the XLM and "
                                "Concat embeddings rely on fastText.", passage)
    assert swapped and swapped.startswith("the passage says what the claim says of MUSE of other names")
    assert predicate_swapped("the XLM vectors are learned together with a sentence encoder whereas the MUSE and "
                             "Concat embeddings rely on fastText.", passage) is None


def test_two_names_swapped_across_a_reason():
    # 2309.07445 p.15
    passage = "We excluded MuRIL because it was trained in similar languages as IndicBERTv2 except for Santali."
    why = swapped_across_reason("The coverage table leaves out IndicBERTv2 because it was trained on almost the same "
                                "languages as MuRIL.", passage)
    assert why and "of MuRIL, because of IndicBERTv2" in why
    assert swapped_across_reason("The coverage table leaves out MuRIL because it was trained on almost the same "
                                 "languages as IndicBERTv2.", passage) is None
    # a reason in other words is no swap
    assert swapped_across_reason("The table leaves out IndicBERTv2 because of MuRIL's licence.", passage) is None


# 1811.00570 p.1
TRANSFER = ("Rigorous experiments and detailed analysis shows that RNN-based architectures transfer well to languages that "
            "are close to English, while self-attentive models have better overall cross-lingual transferability and "
            "perform especially well on distant languages.")
# 1809.05053 p.7
ENCODERS = ("For X-CBOW, the encoder is pretrained and not fine-tuned on NLI (transferlearning), while the English "
            "X-BiLSTMs are trained on the MultiNLI training set (in-domain).")
# ahmad2019 p.6, read with the sentence before it
FEATURES = ("In the multi-task learning (MTL) setup, the model observes the same amount of data (both labeled and "
            "unlabeled) as the adversarially trained (AT) model. The only difference between the MTL and AT models is "
            "that in the MTL models, the contextual encoders are encouraged to capture language-dependent features while "
            "in the AT models, they are trained to encode language-agnostic features.")


@pytest.mark.parametrize("swapped, kept, passage", [
    ("Self-attentive parsers transfer best to languages close to English, while RNN-based parsers do better on "
     "distant languages.",
     "RNN-based parsers transfer best to languages close to English, while self-attentive parsers do better on "
     "distant languages.", TRANSFER),
    # the subject by its name, after a setting the clause opens on
    ("In the XNLI baselines, it is the X-CBOW encoder that is trained in-domain on the MultiNLI training set, whereas "
     "the English X-BiLSTM encoders are pretrained and not fine-tuned on NLI.",
     "In the XNLI baselines, it is the X-CBOW encoder that is pretrained and not fine-tuned on NLI, whereas the "
     "English X-BiLSTM encoders are trained in-domain on the MultiNLI training set.", ENCODERS),
    # one subject the passage names otherwise ("AT"): the other clause's words sit with the one it names
    ("In Ahmad et al.'s comparison, the multi-task (MTL) encoders are pushed to encode language-agnostic features, "
     "while adversarial training makes them capture language-dependent ones.",
     "In Ahmad et al.'s comparison, the multi-task (MTL) encoders are pushed to capture language-dependent features, "
     "while adversarial training makes them encode language-agnostic ones.", FEATURES),
])
def test_two_subjects_given_each_others_findings(swapped, kept, passage):
    assert "subjects swapped" in subjects_swapped(swapped, passage)
    assert subjects_swapped(kept, passage) is None


def test_a_setting_a_clause_opens_on_is_no_subject():
    # "On distant languages" would put the setting where the subject is
    assert subjects_swapped("On close languages, self-attentive parsers do best, while on distant ones RNN-based parsers "
                            "are stronger.", TRANSFER) is None


# ahmad2019 p.4
OPTIMISERS = ("For gradient reversal (GR) and GAN based adversarial objectives, we use Adam (Kingma and Ba, 2015) to "
              "optimize the discriminator parameters, and for WGAN, we use RM-SProp (Tieleman and Hinton, 2012).")


def test_what_a_claim_gives_every_one_the_passage_gives_all_but_one():
    why = given_all_but_one("Ahmad et al. optimise the language discriminator with Adam for all three adversarial "
                            "objectives they compare: gradient reversal, GAN and WGAN.", OPTIMISERS)
    assert why and "adam" in why and "WGAN" in why
    # of the names the passage gives it, the claim says nothing wrong
    assert given_all_but_one("Ahmad et al. optimise the discriminator with Adam for both GAN and gradient reversal.",
                             OPTIMISERS) is None
    # nor when it gives each its own
    assert given_all_but_one("For both GAN and gradient reversal they use Adam, and for WGAN, RM-SProp.",
                             OPTIMISERS) is None
