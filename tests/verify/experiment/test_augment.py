"""RS-DA perturbation: seeded, only words with neighbours replaced, by members of {word} ∪ neighbours,
labels kept; and the real counter-fitted table."""

from collections import Counter

import numpy as np

from synth.verify.experiment.augment import (
    NEIGHBORS_FILE,
    Neighbors,
    augment,
    perturb_example,
    perturb_sentence,
)
from synth.verify.experiment.data import Example

TABLE = {"movie": ["film", "cinema"], "good": ["fine", "nice", "great"], "the": [], "bad": ["poor"]}


def test_seeded_and_only_listed_words_replaced():
    nb = Neighbors(TABLE)
    sentence = "the good movie was not bad , said  Bob"
    a = [perturb_sentence(sentence, nb, np.random.default_rng(7)) for _ in range(3)]
    assert a[0] == a[1] == a[2]
    outs = {perturb_sentence(sentence, nb, np.random.default_rng(s)) for s in range(200)}
    assert len(outs) > 10
    for out in outs:
        src, dst = sentence.split(" "), out.split(" ")
        assert len(src) == len(dst)  # spacing (the double space too) preserved
        for w, v in zip(src, dst):
            if w in ("good", "movie", "bad"):
                assert v in [w] + TABLE[w]
            else:
                assert v == w  # words without neighbours (incl. an empty list) stay


def test_uniform_over_word_and_neighbours():
    nb = Neighbors(TABLE)
    counts = Counter(perturb_sentence("good", nb, np.random.default_rng(s)) for s in range(4000))
    assert set(counts) == {"good", "fine", "nice", "great"}
    assert all(850 < c < 1150 for c in counts.values()), counts


def test_examples_keep_labels_and_copies_are_deterministic():
    nb = Neighbors(TABLE)
    ex = [Example("a good movie", "the bad movie", 1), Example("nothing here", "at all", 0)]
    aug = augment(ex, nb, copies=5, seed=3)
    assert len(aug) == 10
    assert [e.label for e in aug] == [1] * 5 + [0] * 5
    assert aug[5:] == [ex[1]] * 5
    assert aug == augment(ex, nb, copies=5, seed=3)
    assert perturb_example(ex[0], nb, 3, 0, 2) == aug[2]
    assert len({e.text_a + e.text_b for e in aug[:5]}) > 1
    assert augment(ex, nb, copies=5, seed=4) != aug


def test_real_neighbour_table(data_dir):
    nb = Neighbors.load(data_dir / NEIGHBORS_FILE)
    assert len(nb) > 1000 and nb.sha256 and "movie" in nb and "br" not in nb  # empty lists dropped
    out = perturb_sentence("The movie was good .", nb, np.random.default_rng(0))
    assert out.split(" ")[0] == "The" and out.split(" ")[-1] == "."
