"""A named kind of thing swapped for another of the same noun (modifiers.py)."""

from synth.verify.modifiers import based_swapped, modified_nouns, modifier_swapped

# 1811.00570 p.3
AHMAD = "In this work, we simply use Manhattan distance, which works well as shown in our analysis (Section 4.3)."
CLAIM = "They compute the distance between two languages as the Euclidean distance between their feature vectors."


def test_capitalised_modifiers_of_common_nouns_not_first_in_a_sentence():
    assert modified_nouns(CLAIM) == [("Euclidean", "distance")]
    assert modified_nouns("Manhattan distance is used.") == []  # a sentence's first word is capitalised anyway
    assert modified_nouns("trained on the English training data") == []  # a known name is read elsewhere


def test_the_papers_own_modifier_replaces_one_it_never_prints():
    assert modifier_swapped(CLAIM, AHMAD, "we simply use manhattan distance") == ("Euclidean", "Manhattan", "distance")
    # a paper that prints the claim's modifier somewhere may use both
    assert modifier_swapped(CLAIM, AHMAD, "euclidean distance and manhattan distance") is None
    # only a sentence in the paper's own voice says what the paper did
    assert modifier_swapped(CLAIM, "Earlier work relies on Manhattan distance.", "manhattan distance") is None


def test_another_kind_of_the_same_thing_named_by_its_basis():
    claim = "Schuster et al. build their parser on a transition-based model."
    assert based_swapped(claim, "We follow Che et al. (2018) and use a first-order graph-based model.") == (
        "transition", "graph", "model")
    # a line-break hyphen the PDF's text lost
    assert based_swapped(claim, "and use a first-order graphbased model.") == ("transition", "graph", "model")
    assert based_swapped(claim, "We use a transition-based model, unlike graph-based models.") is None
    assert based_swapped(claim, "We use a graph-based parser.") is None  # another noun
