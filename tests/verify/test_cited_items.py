from synth.verify.citations import cited_items, filed_otherwise

# ahmad2019 p.8 (shortened)
PASSAGE = ("This technique has been widely applied in many applications, including part-of-speech (POS) tagging (Kim "
           "et al., 2017), dependency parsing (Ma and Xia, 2014), named entity recognition (Xie et al., 2018), entity "
           "linking (Sil et al., 2018)")


def test_each_cited_work_with_the_item_it_is_cited_for():
    assert cited_items(PASSAGE) == {"Kim": "part-of-speech tagging", "Ma": "dependency parsing",
                                    "Xie": "named entity recognition", "Sil": "entity linking"}
    assert cited_items("We use mBERT (Devlin et al., 2019).") == {}  # no list


def test_a_work_filed_under_another_item_of_the_list():
    why = filed_otherwise("They cite Xie et al. (2018) for transfer applied to entity linking.", PASSAGE, {"Xie"})
    assert why and "named entity recognition" in why
    assert filed_otherwise("They cite Xie et al. (2018) for named entity recognition.", PASSAGE, {"Xie"}) is None
    # an item the list does not hold says nothing
    assert filed_otherwise("They cite Xie et al. (2018) for machine translation.", PASSAGE, {"Xie"}) is None
