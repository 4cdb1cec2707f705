from synth.verify.significance import level_given_otherwise, levels

# ahmad2019 p.5, Table 2's caption
CAPTION = ("‘†’ indicates that the adversarially trained model results are statistically significantly better (by "
           "permutation test, p < 0.05) than the model trained only on the source language (en).")


def test_levels_are_read_in_their_usual_spellings():
    assert levels("significant (p<.01) and p-value < 0.05, p ≤ 0.001") == {0.01, 0.05, 0.001}
    assert levels("a top-p < 0.9 sampling") == set()  # no p of its own
    assert levels("the layer p0.05") == set()


def test_a_level_given_otherwise_for_the_same_test():
    why = level_given_otherwise("A dagger marks gains significant under a permutation test at p < 0.01.", CAPTION)
    assert why and "0.01" in why and "0.05" in why
    assert level_given_otherwise("A dagger marks gains significant at p < 0.05.", CAPTION) is None
    # another test than the claim's, or no level in the claim, decides nothing
    assert level_given_otherwise("Gains are significant under a paired bootstrap test at p < 0.01.", CAPTION) is None
    assert level_given_otherwise("A dagger marks significant gains.", CAPTION) is None
