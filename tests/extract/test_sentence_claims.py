"""Numeric sentence claims on real shared papers (expectations checked by reading the PDFs)."""

import pytest

from synth.extract.claims import claim_from_sentence, extract_claims
from synth.extract.vocabulary import find_entities
from synth.parse.pdf import parse_pdf


@pytest.fixture(scope="module")
def claims_of(papers_dir):
    cache = {}

    def get(pid):
        if pid not in cache:
            parsed, _ = parse_pdf(papers_dir / f"{pid}.pdf", pid)
            cache[pid] = [c for c in extract_claims(parsed) if not c.table and c.kind == "numeric"]
        return cache[pid]

    return get


def _starting(claims, page, words):
    return [c for c in claims if c.page == page and c.text.startswith(words)]


def test_dataset_names_with_an_elided_year_give_no_claim(claims_of):
    # 1906.01502 p.2: "the publicly available CoNLL-2002 and -2003 sets" counts datasets, reports nothing
    assert not _starting(claims_of("1906.01502"), 2, "We perform NER experiments on two datasets")


def test_percentages_of_scores_are_results_without_a_metric_name(claims_of):
    # 1906.01502 p.3: "... scores vary between 40% and 70%, showing that ..."
    hits = _starting(claims_of("1906.01502"), 3, "M-BERT’s performance, on the other hand, is flat")
    assert len(hits) == 1 and hits[0].unit == "percent" and hits[0].model == "mBERT"


def test_a_script_is_not_a_language(claims_of):
    # 1906.01502 p.3: Urdu "(written in Arabic script)" transfers to Hindi "(written in Devanagari script)"
    (claim,) = _starting(claims_of("1906.01502"), 3, "Among the most surprising results")
    assert (claim.value, claim.unit, claim.metric, claim.model) == (91.0, "percent", "accuracy", "mBERT")
    assert sorted(claim.languages) == ["hi", "ur"]
    assert [e.name for e in find_entities("written in Latin script and in French")] == ["fr"]
    assert [e.name for e in find_entities("transliterated (Latin-script) Hindi")] == ["hi"]


@pytest.mark.parametrize("pid,page,words", [
    ("1911.02116", 5, "When considering overall performance, we found 0.3 to be an optimal value"),  # alpha
    ("1911.02116", 8, "In this work, we introduced XLM-R"),  # 2.5 TB of data
    ("2003.11080", 12, "mBERT We use the cased version"),  # smoothing factor of 0.7
    ("1906.01502", 6, "We also applied 10% dropout"),
])
def test_settings_and_sizes_give_no_numeric_claim(claims_of, pid, page, words):
    assert not _starting(claims_of(pid), page, words)


def test_xlmr_results_keep_value_and_delta(claims_of):
    claims = claims_of("1911.02116")
    (c,) = _starting(claims, 6, "Combining this observation with our implementation")
    assert (c.value, c.delta, c.unit, c.dataset) == (75.0, 3.7, "percent", "XNLI")  # "from 71.3% to more than 75%"
    (c,) = _starting(claims, 6, "On cross-lingual transfer, XLM-R obtains 80.9% accuracy")
    assert (c.value, c.delta, c.model, c.metric) == (80.9, 10.2, "XLM-R", "accuracy")


def test_footnote_after_a_citation_is_no_numeric_claim():
    from synth.records import Sentence

    s = Sentence(paper="x", page=1, index=0, bbox=(0, 0, 1, 1), section_kind="results",
                 text="Human performance For XNLI and XQuAD, we obtain estimates from the English datasets "
                      "(Nangia & Bowman, 2019; Rajpurkar et al., 2016).11 For TyDiQA-GoldP, we use theirs.")
    claim = claim_from_sentence(s)
    assert claim is None or (claim.kind == "qualitative" and claim.value is None)
