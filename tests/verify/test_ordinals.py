from synth.verify.ordinals import order_given_otherwise

# 2003.11080 p.8, Figure 3's caption
CAPTION = "We additionally plot the 3rd order polynomial fit for the minimum and maximum values for each group."


def test_an_order_in_words_against_one_in_digits():
    why = order_given_otherwise("The plots overlay a second-order polynomial fit on each group's scores.", CAPTION)
    assert why == "the claim gives the polynomial order 2, the paper 3"


def test_the_same_order_or_another_noun_is_no_case():
    assert order_given_otherwise("The plots overlay a third-order polynomial fit.", CAPTION) is None
    assert order_given_otherwise("The plots overlay a second-order spline.", CAPTION) is None
    assert order_given_otherwise("The plots overlay a polynomial fit.", CAPTION) is None
