"""Opposite sizes of one effect."""

import pytest

from synth.verify.magnitude import magnitude_opposed


@pytest.mark.parametrize("claim, passage", [
    # 1901.07291 p.2
    ("The quality of the pretrained embeddings makes little difference to unsupervised machine translation.",
     "Lample et al. (2018b) show that the quality of pretrained cross-lingual word embeddings used to initialize the "
     "lookup table has a significant impact on the performance of an unsupervised machine translation model."),
    # 2004.09813 p.7
    ("The domain of the parallel training data strongly affects how well the student does.",
     "It appears that the domain of the training data (news, subtitles, parliamentary debates, magazines) is of minor "
     "importance."),
    # 2101.11112: "critical" is a size by itself
    ("The domain of the parallel corpus has little bearing on how well their NER transfer works.",
     "We also tested that the domain of parallel corpus is critical in an effective transfer."),
    # 1809.05053 p.4: an amount added is sized too
    ("The translators added considerable ambiguity to the hypotheses.",
     "There seems to be little ambiguity added by the translator."),
    # a negated size is the other size
    ("Pretraining on mismatched domains has a large effect on transfer.",
     "Pretraining on mismatched domains has no significant effect on transfer."),
])
def test_opposite_sizes_of_one_effect(claim, passage):
    assert magnitude_opposed(claim, passage) is not None


@pytest.mark.parametrize("claim, passage", [
    ("XLM-R significantly outperforms mBERT.", "mBERT is a little better on a large corpus."),  # no effect sized
    ("The domain has a large effect on NER but little effect on XNLI.", "The domain has a modest effect on XNLI."),
    ("The domain has a modest effect on transfer.", "Domain mismatch has a relatively small effect on performance."),
])
def test_no_opposition_without_one_size_on_each_side(claim, passage):
    assert magnitude_opposed(claim, passage) is None
