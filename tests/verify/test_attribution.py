"""Claims that name whose finding they report."""

import json

import pytest

from synth.records import Paper
from synth.verify.attribution import attributed_papers, titled_papers


@pytest.fixture(scope="module")
def papers(papers_dir):
    return [Paper(id=p["id"], title=p["title"], authors=p["authors"], year=p.get("year"), source="papers.json",
                  pdf_sha256="-") for p in json.loads((papers_dir / "papers.json").read_text())]


def test_authors_and_their_reporting_verb_are_taken_out(papers):
    ids, text = attributed_papers("Dufter and Schütze find that the longer BERT is trained, the more multilingual "
                                  "it gets.", papers)
    assert ids == {"2005.00396"}
    assert text == "The longer BERT is trained, the more multilingual it gets."


def test_et_al_possessive_and_several_papers_by_one_first_author(papers):
    # the possessive becomes "their": the authors' own system, which their tables may label "OURS"
    ids, text = attributed_papers("In Wu et al.'s bilingual masked language models, anchors matter.", papers)
    assert ids == {"1911.01464"} and text == "In their bilingual masked language models, anchors matter."
    ids, _ = attributed_papers("Ahmad et al. report that adversarial training helps.", papers)
    assert ids == {"1811.00570", "ahmad2019_conll_unlabeled_auxiliary_languages"}


def test_three_authors_named_in_full(papers):
    ids, text = attributed_papers("Ruder, Vulić and Søgaard point out that no-one had trained embeddings on mined "
                                  "data.", papers)
    assert ids == {"1706.04902"} and "Vuli" not in text
    assert attributed_papers("XLM-R, mBERT and XLM are compared.", papers) == (set(), "XLM-R, mBERT and XLM are compared.")


def test_a_named_source_paper_ties_nothing_but_the_authors_of_a_model_tie_theirs(papers):
    ids, text = attributed_papers("The XLM-R paper reports that Lample and Conneau's XLM loses 0.6 points.", papers)
    assert ids == set() and "Lample" not in text and "XLM loses 0.6 points" in text
    ids, text = attributed_papers("Lample and Conneau's XLM models use 16 attention heads.", papers)
    assert ids == {"1901.07291"} and text == "Their XLM models use 16 attention heads."
    ids, _ = attributed_papers("In Li et al.'s mBERT ablation on German, recall drops.", papers)
    assert ids == {"2101.11112"}


def test_authors_outside_the_corpus_stay_in_the_claim(papers):
    claim = "The survey reports Glavaš et al.'s (2019) finding that BLI methods do better downstream."
    assert attributed_papers(claim, papers) == (set(), claim)
    assert attributed_papers("Wu and Dredze (2019) show that mBERT transfers.", papers)[0] == set()


def test_a_name_opening_the_rest_keeps_its_case(papers):
    ids, text = attributed_papers("Dufter and Schütze report that mBERT's zero-shot XNLI accuracy on Arabic is 64.9%.", papers)
    assert ids == {"2005.00396"} and text.startswith("mBERT's")


def test_works_cited_inside_the_finding_are_not_its_source(papers):
    claim = ("Ruder et al.'s survey reports that Mikolov et al. (2013b) and Conneau et al. (2018a) both found a "
             "linear map to work better.")
    ids, text = attributed_papers(claim, papers)
    assert ids == {"1706.04902"} and "Conneau et al. (2018a)" in text and "Ruder" not in text
    ids, text = attributed_papers("Ruder et al.'s survey singles out the model of Conneau et al. (2018a) as the most "
                                  "robust.", papers)
    assert ids == {"1706.04902"} and "Conneau et al. (2018a)" in text


def test_a_name_before_two_authors_is_no_third_author(papers):
    ids, text = attributed_papers("When fine-tuning XLM on XNLI, Lample and Conneau evaluate after small epochs.", papers)
    assert ids == {"1901.07291"} and "Lample" not in text


def test_according_to_the_authors_source_takes_the_source_out_too(papers):
    ids, text = attributed_papers("According to Ruder et al.'s survey, Alvarez-Melis and Jaakkola (2018) begin by "
                                  "projecting the vectors.", papers)
    assert ids == {"1706.04902"}
    assert text == "Alvarez-Melis and Jaakkola (2018) begin by projecting the vectors."
    # what else the authors own is still theirs
    assert attributed_papers("According to Ruder et al.'s hyper-parameter table, the batch size is 64.",
                             papers)[1].startswith("Their hyper-parameter table")


def test_a_table_of_the_authors_does_what_the_sentence_says(papers):
    ids, text = attributed_papers("On Mongolian, the appendix Tatoeba table of Reimers and Gurevych shows LASER ahead "
                                  "of the SBERT-paraphrases student.", papers)
    assert ids == {"2004.09813"} and "shows LASER ahead" in text and "Reimers" not in text


def test_a_work_cited_with_its_year_by_a_named_source_paper_stays(papers):
    # 1911.02116 p.2 credits the finding to Wu et al. (2019); the claim gives it to Pires et al. (2019), which the
    # citation rules can only see if the citation stays in the claim
    claim = ("The XLM-R paper attributes to Pires et al. (2019) the finding that monolingual BERT representations "
             "are similar across languages.")
    assert attributed_papers(claim, papers) == (set(), claim)


def test_a_paper_named_by_what_its_title_says_it_is(papers):
    assert titled_papers("The cross-lingual embedding survey notes that mapping methods dominate.", papers) == {
        "1706.04902"}
    # the corpus's only survey, wherever the claim names it
    assert titled_papers("As summarised in the survey, Levy et al. (2017) argue that features matter.", papers) == {
        "1706.04902"}
    assert titled_papers("The paper notes that mapping methods dominate.", papers) == set()
