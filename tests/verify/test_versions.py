from synth.verify.versions import version_given_otherwise, versions

# 1811.00570 p.2
AHMAD = "We conduct our study using the Universal Dependencies (UD) Treebanks (v2.2) (Nivre et al., 2018)."


def test_the_release_a_text_gives_each_dataset():
    assert versions(AHMAD) == {"UD": {"2.2"}}
    assert versions("They parse release 2.3 of the Universal Dependencies treebanks.") == {"UD": {"2.3"}}
    assert versions("We use XNLI version 1.0 and UD v2.5 treebanks.") == {"XNLI": {"1.0"}, "UD": {"2.5"}}
    # a version far from any dataset's name, or of no dataset, is nobody's
    assert versions("GPT-4 (gpt-4-0613) is queried through version 2 of the API.") == {}
    assert versions("We use UD treebanks for 31 languages and train with PyTorch v1.4.") == {}


def test_another_release_of_the_claimed_dataset_is_given_otherwise():
    theirs = versions(AHMAD)
    why = version_given_otherwise(versions("Ahmad et al. use release 2.3 of the Universal Dependencies treebanks."),
                                  theirs)
    assert why == "the sentence gives UD version 2.2, the claim 2.3"
    assert version_given_otherwise(versions("Ahmad et al. use UD v2.2."), theirs) is None
    assert version_given_otherwise(versions("Ahmad et al. use the XNLI corpus, version 1.0."), theirs) is None
