"""Short names a paper declares for its models."""

from synth.verify.aliases import declared_aliases


def test_a_declared_short_name_stands_for_the_model():
    # XTREME p.12
    sentences = ["We refer to XLM-100 as XLM, and XLM-R-large as XLM-R in our paper to simplify the notation."]
    assert declared_aliases(sentences) == {"XLM-R": "XLM-R Large"}  # "XLM-100" is XLM already


def test_henceforth_declares_one_too():
    assert declared_aliases(["We fine-tune XLM-R Base (henceforth XLM-R) on each task."]) == {"XLM-R": "XLM-R Base"}


def test_no_declaration_no_alias():
    assert declared_aliases(["XLM-R Large outperforms XLM-R on XNLI.", "We refer to this as the baseline."]) == {}
    # a short name declared for two models stands for neither
    assert declared_aliases(["We refer to XLM-R-large as XLM-R.", "We refer to XLM-R Base as XLM-R."]) == {}
