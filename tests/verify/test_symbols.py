from synth.verify.symbols import symbol_agreement, symbol_values

# 2004.01401 p.4
XGLUE = ("The sampling probability of a language li is defined as λli = pα li/ P li pα li, where pli is the percentage "
         "of the language li in the entire corpus, the smoothing factor α is set to 0.3.")


def test_a_symbol_its_value_and_the_words_before_it():
    (v,) = symbol_values("languages are sampled with a smoothing exponent α of 0.5.")
    assert (v.symbol, v.value) == ("α", 0.5) and "smooth" in v.words
    assert [(s.symbol, s.value) for s in symbol_values("Default setting corresponds to λ = 0.25")] == [("λ", 0.25)]
    assert symbol_values("α-entmax is used") == []


def test_the_same_symbol_described_alike_agrees_or_conflicts():
    assert symbol_agreement("a smoothing exponent α of 0.3", XGLUE)[0] == "agree"
    agree, why = symbol_agreement("a smoothing exponent α of 0.5", XGLUE)
    assert agree == "conflict" and "0.3" in why
    # the same symbol for something else (no shared word before it) is no reading
    assert symbol_agreement("a dropout rate α of 0.5", XGLUE)[0] is None


def test_a_latin_letter_set_explicitly_is_a_symbol():
    # 1811.00570 p.3: "we clip the distance with a maximum threshold of k (which is empirically set to 10)"
    ahmad = "Similarly, we clip the distance with a maximum threshold of k (which is empirically set to 10), but we do not"
    (v,) = symbol_values(ahmad)
    assert (v.symbol, v.value) == ("k", 10.0) and {"maximum", "threshold"} <= v.words
    verdict, why = symbol_agreement("Distances are clipped at a maximum of k = 16.", ahmad)
    assert verdict == "conflict" and "k = 16" in why
    # only "=" or "set to" makes a letter a symbol: "a of 3", "Table 3" are none
    assert symbol_values("a of 3 and Table 3 and e.g. 5") == []


def test_a_symbol_set_to_a_value_with_its_description_between():
    # 2004.01401 p.7: "We set the number of future tokens n to 2."
    (v,) = symbol_values("We set the number of future tokens n to 2.")
    assert (v.symbol, v.value) == ("n", 2.0) and {"future", "token"} <= v.words
    # the claim describes its symbol further back: "predicts three future tokens at each time step (n = 3)"
    verdict, why = symbol_agreement("the decoder predicts three future tokens at each time step (n = 3)",
                                    "We set the number of future tokens n to 2.")
    assert verdict == "conflict" and "n = 3" in why
