"""Groups of languages a claim and a passage name (language_groups)."""

from synth.verify.language_groups import language_groups, other_group


def test_capitalised_words_before_languages_name_groups():
    assert language_groups("On SIB-200's three Austroasiatic languages, XLM-R wins.") == {"Austroasiatic"}
    assert language_groups("African and Oceania languages are also the only exceptions.") == {"African", "Oceania"}
    assert language_groups("The languages of the benchmark") == set()
    assert language_groups("All languages improve.") == set()


def test_a_finding_about_another_group_is_not_the_claims():
    passage = "African and Oceania languages are also the only exceptions where MLP outperforms XLM-R."
    assert other_group("On SIB-200's three Austroasiatic languages, XLM-R beats the MLP baseline.", passage)
    # the claim's group among the passage's, or written in it: the same finding
    assert other_group("On SIB-200's African languages, MLP beats XLM-R.", passage) is None
    assert other_group("XLM-R beats MLP on Oceania languages and on Austroasiatic ones.", passage) is None
    # a claim naming no group says nothing against the passage's
    assert other_group("On SIB-200, XLM-R beats the MLP baseline.", passage) is None
