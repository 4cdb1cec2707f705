"""Terms a passage quotes for one thing and a claim for another (quoted)."""

from synth.verify.quoted import quoted_given_otherwise, quoted_words

PASSAGE = ("For example, an instruction for PAWS-X says the class names are “repeated/not repeated” while in BUFFET we "
           "use “duplicated/not_duplicated” as labels, so we change the labels in the original instruction.")


def test_quoted_terms_are_read_in_any_quotes_but_not_from_possessives():
    assert quoted_words("BUFFET keeps 'repeated' and 'not repeated' as labels") == {"repeated"}
    assert quoted_words(PASSAGE) == {"repeated", "duplicated"}
    assert quoted_words("Ahmad et al.'s parser and BUFFET's labels") == set()


def test_the_clause_naming_the_claims_name_quoting_other_terms_gives_them_otherwise():
    why = quoted_given_otherwise("For PAWS-X, BUFFET keeps the class names 'repeated' and 'not repeated' as its "
                                 "output labels.", PASSAGE)
    assert why is not None and "duplicated for BUFFET" in why
    # the terms the passage gives BUFFET, or a claim quoting nothing
    assert quoted_given_otherwise("For PAWS-X, BUFFET uses 'duplicated' as an output label.", PASSAGE) is None
    assert quoted_given_otherwise("For PAWS-X, BUFFET changes the labels of the original instruction.", PASSAGE) is None
    # a passage without two contrasted clauses
    assert quoted_given_otherwise("BUFFET keeps 'repeated' as a label.", "BUFFET uses “duplicated” as a label.") is None
