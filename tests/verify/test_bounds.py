from synth.verify.bounds import bound_opposed

PASSAGE = ("In real-world use cases where one needs to build multi-lingual models, the required human labor scales at "
           "least linearly with number of languages, or even worse for low resource languages.")


def test_a_degree_bounded_from_above_against_one_bounded_from_below():
    why = bound_opposed("The annotation effort grows less than linearly with the number of languages.", PASSAGE)
    assert why == 'the claim says "less than linearly", the paper "at least linearly"'
    assert bound_opposed("Memory grows more than quadratically with length.",
                         "Memory grows no more than quadratically with length.") is not None


def test_bounds_on_the_same_side_agree():
    assert bound_opposed("The annotation effort grows more than linearly with the number of languages.", PASSAGE) is None
    assert bound_opposed("The cost grows no less than linearly.", PASSAGE) is None
    assert bound_opposed("The cost grows less than linearly.", "The cost grows at most linearly.") is None


def test_an_unbounded_degree_or_a_bounded_number_is_not_read():
    assert bound_opposed("The cost grows linearly with the number of languages.", PASSAGE) is None
    assert bound_opposed("It needs less than 10 GPUs.", "It needs at least 10 GPUs.") is None
