"""A name the vocabulary lacks, given its place by the paper to another name."""

from synth.verify.substitutes import name_substituted, same_place

# 1902.09492 p.6 and 1902.09492 p.8
ALLENNLP = ("We used the biaffine parser implemented in AllenNLP (Gardner et al., 2018), refactored to handle our "
            "modifications as described in Section 4.")
FASTALIGN = ("The dictionary was obtained using FastAlign (Dyer et al., 2013) on the OpenSubtitles2018 (Lison and "
             "Tiedemann, 2016) parallel sentences dataset from OPUS (Tiedemann, 2012).")


def test_another_name_among_the_same_words():
    claim = "Schuster et al. build their parsers on the biaffine parser implemented in UDPipe."
    assert name_substituted(claim, ALLENNLP, "UDPipe") == ("UDPipe", "AllenNLP")


def test_the_closest_framed_name_is_the_substitute():
    claim = "The Kazakh dictionary was built by running FastAlign on WikiMatrix parallel sentences."
    assert name_substituted(claim, FASTALIGN, "WikiMatrix") == ("WikiMatrix", "OpenSubtitles2018")


def test_a_cited_author_or_a_name_in_other_words_is_no_substitute():
    # "Gardner" only says who wrote AllenNLP; "AllenNLP" shares no words with "tokenised with UDPipe"
    assert name_substituted("The Wikipedia text is tokenised with UDPipe.", ALLENNLP, "UDPipe") is None
    # the claim's own name printed is no substitution
    assert name_substituted("the biaffine parser implemented in AllenNLP", ALLENNLP, "AllenNLP") is None


def test_the_claims_name_in_its_own_place():
    claim = "Schuster et al. build their parsers on the biaffine parser implemented in UDPipe."
    assert same_place(claim, "the biaffine parser implemented in udpipe", "UDPipe")
    assert not same_place(claim, "The Wikipedia text was tokenized with UDpipe.", "UDPipe")


def test_another_metric_among_the_same_words():
    # 1902.09492 p.6: early stopping on the average LAS
    passage = ("We also apply early stopping, where validation accuracy is measured as average LAS score on the "
               "development set across all training languages.")
    claim = "Schuster et al. early-stop their parser on the average UAS over the development sets of all training languages."
    assert name_substituted(claim, passage, "UAS") == ("UAS", "LAS")
