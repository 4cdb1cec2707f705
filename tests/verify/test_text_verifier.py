"""The text verifier on the shared corpus against the hand-labelled claim set, and on bad input."""

from pathlib import Path

import pytest

from synth.retrieve.corpus import load_corpus
from synth.retrieve.embedder import Embedder
from synth.store import Cache
from synth.verify.claim_facts import analyse
from synth.verify.evaluation import evaluate, load_labels
from synth.verify.evidence import EvidenceIndex, build_units
from synth.verify.quotes import quote_on_page
from synth.verify.owners import number_of_another
from synth.verify.text import TextVerifier

LABELS = Path(__file__).parent / "labels" / "text_claims.yaml"
HELD_OUT = Path(__file__).parent / "labels" / "text_claims_heldout.yaml"  # written without seeing the verifier
FRESH = [Path(__file__).parent / "labels" / f"text_claims_heldout{n}.yaml" for n in range(2, 80)]  # likewise, later
# known wrong "supported", each explained in labels/README.md: BUFFET's table prints the claimed 23.9 for mT0 vs
# mT5 while its own sentence gives it to BLOOMZ vs BLOOM; a survey sentence pair on the claim's topic whose
# finding is the opposite (now contradicted: the sentence credits it to Artetxe et al., not Joulin et al.); h6-sib-c01
# (two numbers for two models, one printed for a third model) is now read number by number (slots.py)
# h11 (sealed until the end of the session that wrote it) left two: a hidden size printed in a progression
# ("768 to 960 to 1152" for 7, 30 and 100 languages) given to the wrong step; an optimiser the sentence gives
# to two of three objectives (now contradicted: the claim gives it to all three, the sentence gives the third a clause
# of its own); its third, a comparison of two common nouns reversed ("the premises are twice as long as the
# hypotheses"), is now contradicted
# h45 (sealed until the end of the session that wrote it) left a not_in_corpus claim supported: Unicoder-LC "raises
# its average [...] to about 77" when pretrained on the full corpus "rather than a tenth of it"; Table 4 prints 76.2
# (within "about 77") for the tenth the claim sets aside, which the caption gives as "10% of the large corpus"
# h47 (sealed until the end of the session that wrote it) had two, both now contradicted: a hyperparameter's value
# ("α of 0.5") read as a score in another paper's table; a ranking over "SIB-200's 56 African languages" read from
# the average over all languages rather than the African-centric table's "All (56)" column
# h49 (likewise sealed) had one, now contradicted: a figure's legend ("Fixed capacity Increased capacity") read with
# its caption as a sentence
# h51 (likewise sealed) had one, now not_in_corpus: a count in words ("six of the PAWS-X languages") borne out by two
# sentences printing no count
# h55 (likewise sealed) had two, both gone: a count in words beside one in digits ("five [...] annotators, who labelled
# 2,009 sentences" against "four annotators [...] 2,009 sentences"); a ranking "on French" read between the English and
# French columns because the claim names English as what test data are translated into
# h57 (likewise sealed) had three, all gone: a finding the source paper credits to another work ("The XLM-R paper
# attributes to Pires et al. (2019)", a citation the attribution reader had dropped); a score of the other translation
# direction ("English-to-Romanian" read in a table of "ro →en" rows); a judgement of fitness denied ("a dependable
# way to evaluate" against "may not be reliable for evaluating")
KNOWN_WRONG = {"h2-buffet-c01", "h11-xlmr-c01", "h45-nic-05"}


@pytest.fixture(scope="module")
def verifier(papers_dir, session_cache):
    cache = Cache(session_cache)
    read = load_corpus(papers_dir, cache)
    docs = build_units([c.paper for c in read.papers], [c.parsed for c in read.papers])
    return TextVerifier(EvidenceIndex(docs, Embedder("sentence-transformers/all-MiniLM-L6-v2", cache, True)))


@pytest.fixture(scope="module")
def scores(verifier):
    return evaluate(verifier, load_labels(LABELS))


@pytest.fixture(scope="module")
def held_out(verifier):
    return evaluate(verifier, load_labels(HELD_OUT))


def test_held_out_set_never_supported_wrongly(held_out):
    # first measured 0.475 with 4 wrong "supported" (number of another model, another table row, a
    # language cell for an average, a difference with an unnamed model); 0.65 and none after the fixes,
    # 0.725 after those the second and third held-out sets pointed to
    wrong = [(c.id, v.verdict) for c, v in held_out.results if c.expected != "supported" and v.verdict == "supported"]
    assert wrong == []
    by = held_out.accuracy_by("expected")
    assert by["not_in_corpus"][0] == by["not_in_corpus"][1]
    assert held_out.accuracy >= 0.7


@pytest.mark.parametrize("path,floor", [(FRESH[0], 0.65), (FRESH[1], 0.55), (FRESH[2], 0.65), (FRESH[3], 0.65),
                                        (FRESH[4], 0.55), (FRESH[5], 0.6), (FRESH[6], 0.6), (FRESH[7], 0.6),
                                        (FRESH[8], 0.65), (FRESH[9], 0.5), (FRESH[10], 0.75), (FRESH[11], 0.65),
                                        (FRESH[12], 0.75), (FRESH[13], 0.55), (FRESH[14], 0.65), (FRESH[15], 0.55),
                                        (FRESH[16], 0.7), (FRESH[17], 0.65), (FRESH[18], 0.65), (FRESH[19], 0.6),
                                        (FRESH[20], 0.65), (FRESH[21], 0.5), (FRESH[22], 0.65), (FRESH[23], 0.45),
                                        (FRESH[24], 0.55), (FRESH[25], 0.45), (FRESH[26], 0.55), (FRESH[27], 0.35),
                                        (FRESH[28], 0.7), (FRESH[29], 0.5), (FRESH[30], 0.65), (FRESH[31], 0.6),
                                        (FRESH[32], 0.65), (FRESH[33], 0.6), (FRESH[34], 0.65), (FRESH[35], 0.65),
                                        (FRESH[36], 0.6), (FRESH[37], 0.55), (FRESH[38], 0.7), (FRESH[39], 0.5),
                                        (FRESH[40], 0.7), (FRESH[41], 0.5), (FRESH[42], 0.85), (FRESH[43], 0.6),
                                        (FRESH[44], 0.6), (FRESH[45], 0.55), (FRESH[46], 0.6),
                                        (FRESH[47], 0.65), (FRESH[48], 0.7), (FRESH[49], 0.5),
                                        (FRESH[50], 0.7), (FRESH[51], 0.55),
                                        (FRESH[52], 0.65), (FRESH[53], 0.6), (FRESH[54], 0.8),
                                        (FRESH[55], 0.7), (FRESH[56], 0.7), (FRESH[57], 0.6),
                                        (FRESH[58], 0.8), (FRESH[59], 0.75),
                                        (FRESH[60], 0.75), (FRESH[61], 0.7),
                                        (FRESH[62], 0.75), (FRESH[63], 0.65),
                                        (FRESH[64], 0.8), (FRESH[65], 0.7),
                                        (FRESH[66], 0.7), (FRESH[67], 0.6),
                                        (FRESH[68], 0.7), (FRESH[69], 0.6),
                                        (FRESH[70], 0.75), (FRESH[71], 0.6),
                                        (FRESH[72], 0.75), (FRESH[73], 0.5), (FRESH[74], 0.65),
                                        (FRESH[75], 0.6), (FRESH[76], 0.65), (FRESH[77], 0.6)])
def test_fresh_held_out_sets_never_supported_wrongly(verifier, path, floor):
    # first contact: h2 0.400 with 4 wrong "supported", h3 0.475 with 2, h4 0.625 with 3, h5 0.400 with 3,
    # h6 0.500 with 3 (0.575 on the code of the session that wrote it, before its errors were read),
    # h7 0.525 with 3, h8 0.475 with 2 (0.500 with 2 on the code of the session that wrote it), h9 0.375 with 2,
    # h10 0.450 with 5 (0.500 with 4 on the code of the session before the one that read it), h11 0.475 with 5
    # (0.450 with 4 on the code of two sessions before), h12 0.575 with 1, h13 0.600 with none (0.625 with none
    # on the code of the session that wrote it, before its errors were read), h14 0.600 with none, h15 0.575
    # with 1 (0.575 with 1 on the final code of the session that wrote it), h16 0.525 with 3, h17 0.550 with 1
    # (0.575 with 1 on the final code of the session that wrote it), h18 0.575 with 2, h19 0.650 with 2 (0.650
    # with 2 on the final code of the session that wrote it), h20 0.450 with 1, h21 0.625 with 2, h22 0.450 with
    # none, h23 0.500 with 1, h24 0.600 with 1, h25 0.475 with 1 (0.500 with none on the final code of the session
    # that wrote it), h26 0.550 with none, h27 0.525 with 1 (0.525 with 1 on the code the session that wrote it
    # took as final), h28 0.475 with 1, h29 0.375 with 1 (0.375 with 1 on the code the session that wrote it took
    # as final), h30 0.525 with 3, h31 0.475 with 1 (0.475 with 1 on the code the session that wrote it took as
    # final), h32 0.600 with 3, h33 0.475 with 3 (0.500 with 3 on the code the session that wrote it took as
    # final), h34 0.575 with 3, h35 0.600 with none (0.600 with none on the code the session that wrote it took as
    # final), h36 0.500 with 1, h37 0.650 with 2 (0.650 with 2 on the code the session that wrote it took as final),
    # h38 0.525 with 1, h39 0.450 with 3 (0.475 with 3 on the code the session that wrote it took as final),
    # h40 0.600 with 2, h41 0.475 with 2 (0.475 with 2 on the code the session that wrote it took as final),
    # h42 0.575 with 3, h43 0.525 with 1 (0.525 with 1 on the code the session that wrote it took as final),
    # h44 0.725 with 2, h45 0.600 with 2 (0.600 with 2 on the code the session that wrote it took as final),
    # h46 0.550 with 2, h47 0.550 with 2 (0.550 with 3 on the code the session that wrote it took as final),
    # h48 0.525 with 1, h49 0.650 with 1 (0.650 with 1 on the code the session that wrote it took as final),
    # h50 0.575 with 4, h51 0.500 with 1 (0.500 with 1 on the code the session that wrote it took as final),
    # h52 0.475 with 1, h53 0.550 with none (0.550 with none on the code the session that wrote it took as final),
    # h54 0.525 with none, h55 0.575 with 2 (0.550 with 2 on the code the session that wrote it took as final),
    # h56 0.625 with 1, h57 0.625 with 3 (0.625 with 3 on the code the session that wrote it took as final),
    # h58 0.575 with 2, h59 0.525 with 3 (0.525 with 3 on the code after h58's rules), h60 0.625 with 1,
    # h61 0.725 with 1 (0.725 with 1 on the code after h60's rules), h62 0.700 with 4 (0.725 with 3 on the code
    # with the role-row reader, before its errors were read), h63 0.675 with none (0.675 with none on the code after
    # h62's rules), h64 0.550 with 3, h65 0.625 with none (0.625 with none on the code after h64's rules), h66 0.525
    # with 1, h67 0.625 with 2 (0.650 with 2 on the code after h66's rules), h68 0.675 with none, h69 0.500 with 1
    # (0.500 with 1 on the code after h68's rules), h70 0.575 with 2, h71 0.550 with 2 (0.550 with 2 on the code
    # after h70's rules), h72 0.500 with 1, h73 0.550 with 2 (0.550 with 2 on the code after h72's rules), h74 0.750
    # with 1, h75 0.450 with 1 (0.450 with 1 on the code after h74's rules), h76 0.600 with 1, h77 0.650 with none
    # (0.650 with none on the code after h76's rules), h78 0.575 with 1, h79 0.600 with 2 (0.600 with 2 on the code
    # after h78's rules); see labels/README.md
    scores = evaluate(verifier, load_labels(path))
    wrong = [c.id for c, v in scores.results if c.expected != "supported" and v.verdict == "supported"]
    assert set(wrong) <= KNOWN_WRONG
    by = scores.accuracy_by("expected")
    assert by["not_in_corpus"][0] >= by["not_in_corpus"][1] - 2
    assert scores.accuracy >= floor


def test_numbers_given_in_two_sentences_of_one_page_support_together(verifier):
    # 2003.11080 p.7 gives 71.8% and 68.3% in two sentences; a table of XNLI accuracies (65.4) is not about them
    v = verifier.verify("two", "In XTREME's cross-language error analysis on the XNLI dev set, mBERT correctly "
                               "classifies on average 71.8% of the examples it gets right in English, and its "
                               "predictions agree between English and another language for 68.3% of examples.")
    assert v.verdict == "supported" and len(v.evidence) >= 2 and {e.page for e in v.evidence[:2]} == {7}


def test_a_count_in_the_passage_bears_out_a_claimed_number(verifier):
    # 2309.07445 p.8: "GPT-4 outperforms GPT-3.5-turbo in 157 languages"
    v = verifier.verify("157", "In SIB-200's zero-shot prompting experiments, GPT-4 beats GPT-3.5-Turbo on 157 of "
                               "the 205 languages.")
    assert v.verdict == "supported" and "157" in v.evidence[0].quote


def test_both_halves_of_a_claimed_score_pair_are_read_from_two_metric_cells(verifier):
    # ahmad2019 Table 3 (RNN-Stack), row he: (en) 52.97/45.73, (en-ru) 54.72†/47.34†
    claim = ("Ahmad et al.'s RNN-Stack parser parses Hebrew at 52.97 UAS / {} LAS when trained on English alone "
             "and at 54.72 / 47.34 when unlabeled Russian is added for adversarial training.")
    v = verifier.verify("he", claim.format("45.73"))
    assert v.verdict == "supported" and any("claimed 47.34 = cell [he × (en-ru) / LAS]" in b for b in v.basis)
    # the second half was never read while a pair was one number; cells bearing out three of four numbers,
    # the fourth printed nowhere in the paper, support nothing
    assert verifier.verify("he-las", claim.format("41.73")).verdict != "supported"


def test_a_change_from_one_language_to_two_pairs_each_with_the_first(verifier):
    # 1809.05053 Table 4, TRANSLATE TRAIN BiLSTM-last: en 71.0, sw 55.2, ur 55.2 (sw − ur is no pair of the claim)
    v = verifier.verify("en-sw-ur", "In the XNLI paper's TRANSLATE TRAIN baseline with a BiLSTM-last encoder, accuracy "
                                    "falls by 15.8 points from English to Swahili and to Urdu.")
    assert v.verdict == "supported" and any("× en] 71.0 − " in b and "× ur] 55.2" in b for b in v.basis)


def test_transfer_among_a_group_is_not_transfer_into_it(verifier):
    # 1906.01502 Table 5(a): SVO → SVO 81.55, SOV → SOV 64.22; SVO → SOV (66.52) is not "among SOV languages"
    claim = ("In Pires et al.'s word-order breakdown, M-BERT's macro-averaged zero-shot POS accuracy is 17.33 points "
             "higher for transfer among {} languages than among {} languages.")
    v = verifier.verify("svo", claim.format("SVO", "SOV"))
    assert v.verdict == "supported" and any("[SVO × SVO] 81.55 − [SOV × SOV] 64.22" in b for b in v.basis)
    assert verifier.verify("sov", claim.format("SOV", "SVO")).verdict != "supported"


def test_a_method_the_claim_leaves_out_need_not_be_named_by_the_table(verifier):
    # 2004.09813 Table 2, EN-DE: mBERT-nli-stsb 62.2, XLM-R-nli-stsb 59.5 (no row names distillation)
    v = verifier.verify("xlmr", "Fine-tuned on English NLI and STS data without distillation, XLM-R (XLM-R-nli-stsb) "
                                "reaches 62.2 Spearman on cross-lingual EN-DE STS 2017 in Reimers and Gurevych's "
                                "evaluation.")
    assert v.verdict == "contradicted" and any("[XLM-R-nli-stsb × EN-DE] 59.5" in b for b in v.basis)


def test_counts_of_models_named_in_the_plural_support(verifier):
    # 1911.02116 p.8: "We train 14 monolingual BERT models on Wikipedia and CommonCrawl (capped at 60 GiB), and two
    # XLM-7 models."
    v = verifier.verify("bert", "Conneau et al. train two XLM-7 models alongside 14 monolingual BERTs, the latter "
                                "pretrained on Wikipedia or on CommonCrawl text capped at 60 GiB.")
    assert v.verdict == "supported" and "14 monolingual BERT models" in v.evidence[0].quote


def test_datasets_given_each_others_roles_over_two_sentences_contradict(verifier):
    # 1911.01464 p.7: BERT is named in the sentence before "[...] XNLI for alignment supervision and Tatoeba [...]
    # for evaluation"
    v = verifier.verify("roles", "For sentence-level alignment of separately trained monolingual BERTs, Wu et al. learn "
                                 "the mapping on Tatoeba sentence pairs and evaluate retrieval on XNLI's multi-way "
                                 "parallel sentences.")
    assert v.verdict == "contradicted" and any("roles swapped" in b for b in v.basis)


def test_a_count_the_named_paper_gives_another_language_contradicts(verifier):
    # 1809.05053 p.10: "We observe some over-fitting for Urdu, which can be explained by the small number of
    # parallel sentences (64k) available for that language."
    v = verifier.verify("64k", "The XNLI authors see some over-fitting for Arabic during encoder alignment, which they "
                               "attribute to the small parallel corpus of 64k sentences available for it.")
    assert v.verdict == "contradicted" and any("for ur" in b for b in v.basis)


def test_a_ranking_of_two_auxiliary_languages_read_from_one_row(verifier):
    # ahmad2019 Table 3 (RNN-Stack), row lv: (en-fr) 71.08†/49.10†, (en-ru) 70.76/48.86
    v = verifier.verify("lv", "For Latvian, Ahmad et al.'s RNN-Stack parser benefits more from unlabeled Russian "
                              "than from unlabeled French as the adversarial auxiliary language.")
    assert v.verdict == "contradicted" and any("[lv × (en-fr) / UAS] 71.08†" in b for b in v.basis)


def test_a_negation_describing_the_tasks_does_not_hide_the_claimed_direction(verifier):
    # 2305.14857 p.10: "for instruction-tuned models (mT0 and BLOOMZ), we observe a significant decline in
    # performance when additional demonstrations are added"
    v = verifier.verify("k", "BUFFET's demonstration-scaling experiments show that on tasks it was not trained on, "
                             "such as TyDiQA-QG and WikiANN, the instruction-tuned mT0 keeps improving when more "
                             "than four demonstrations are given.")
    assert v.verdict == "contradicted" and "decline" in v.evidence[0].quote


def test_a_ranking_reversed_by_name_is_found_beyond_the_closest_passages(verifier):
    # 1901.07291 p.7: "the MLM objective pretraining consistently outperforms the CLM one"
    v = verifier.verify("clm", "In XLM's unsupervised machine translation experiments, pretraining encoder and "
                               "decoder with the causal LM (CLM) objective beats MLM pretraining.")
    assert v.verdict == "contradicted" and "outperforms the CLM" in v.evidence[0].quote


def test_a_transfer_cell_read_the_other_way_round_contradicts(verifier):
    # 1906.01502 Table 2: rows are the fine-tuning language, columns the evaluation language; 91.60 is EN → IT
    v = verifier.verify("it-en", "In Pires et al.'s UD experiments, M-BERT fine-tuned on Italian POS data reaches "
                                 "91.60% accuracy when evaluated zero-shot on English.")
    assert v.verdict == "contradicted" and any("other way" in b for b in v.basis)


def test_a_score_on_a_language_is_where_the_transfer_was_evaluated(verifier):
    # 1906.01502 Table 8 (EN-BERT): 71.50 is fine-tuned on ES, evaluated on IT
    v = verifier.verify("es-it", "Pires et al.'s EN-BERT fine-tuned on Italian reaches 71.50% POS accuracy on Spanish.")
    assert v.verdict == "contradicted" and any("other way" in b for b in v.basis)


def test_a_finding_the_paper_credits_to_another_cited_work_contradicts(verifier):
    # 1706.04902 p.49 names the model of Artetxe et al. (2018a) as the most robust unsupervised one
    v = verifier.verify("robust", "Ruder et al.'s survey names the model of Conneau et al. (2018a) as currently the "
                                  "most robust among completely unsupervised cross-lingual embedding approaches.")
    assert v.verdict == "contradicted" and any("Artetxe" in b for b in v.basis)


def test_a_ranking_reversed_in_common_words_is_never_supported(verifier):
    # 1706.04902 p.49: "a linear transformation outperforms non-linear transformation learned via a feedforward ..."
    v = verifier.verify("nonlinear", "Ruder et al.'s survey reports that Mikolov et al. (2013b) and Conneau et al. "
                                     "(2018a) found a non-linear mapping from a feed-forward network to work better than "
                                     "a linear transformation.")
    assert v.verdict != "supported"


@pytest.mark.parametrize("claim, verdict", [
    # 1901.07291 Table 1: XLM (MLM) 68.5 / Artetxe and Schwenk 71.4 on ar, 63.4 / 61.0 on ur; the XLM (MLM+TLM)
    # row names more than the claim does and is not read
    ("In the XLM paper's XNLI table, XLM (MLM) scores above Artetxe and Schwenk (2018) on Arabic.", "contradicted"),
    ("In the XLM paper's XNLI table, XLM (MLM) scores above Artetxe and Schwenk (2018) on Urdu.", "supported"),
    # 1906.01502 Table 2: the ES row (fine-tuned on Spanish) prints 81.64 for EN and 88.87 for DE
    ("Fine-tuned on Spanish POS data, M-BERT transfers better to German than to English.", "supported"),
    ("Fine-tuned on Spanish POS data, M-BERT transfers better to English than to German.", "contradicted"),
    # 1811.00570 Table 3 (averaged results): SelfAtt-Relative (Ours) 64.57 / 54.14, SelfAtt-Relative+Dir 63.93 / 53.62
    ("In Ahmad et al.'s encoder comparison, SelfAtt-Relative+Dir with directional relative position representations "
     "achieves higher average UAS than their direction-agnostic SelfAtt-Relative encoder.", "contradicted"),
])
def test_rankings_read_from_table_cells(verifier, claim, verdict):
    v = verifier.verify("ranking", claim)
    assert v.verdict == verdict and any("compared in table cells" in b for b in v.basis)


@pytest.mark.parametrize("claim, verdict", [
    # 2101.11112 Table 2, "All Domains Combined": PER 10,454, ORG 14,269, LOC 17,412, All 42,135; the total names
    # no column of its own, and is no swapped count
    ("Li et al.'s pseudo-labelled Chinese NER data, all domains combined, holds 42,135 entity mentions: 10,454 "
     "persons, 14,269 organisations and 17,412 locations.", "supported"),
    ("Li et al.'s pseudo-labelled Chinese NER data, all domains combined, holds 42,135 entity mentions: 14,269 "
     "persons, 10,454 organisations and 17,412 locations.", "contradicted"),
    # 2003.11080 Table 6: XLM-R-Large 816,143,506 parameters (827,696,960 is XLM-100's); the row the claim writes
    # is read, not XLM-R-Base's
    ("According to XTREME's hyper-parameter table, XLM-R-Large has 816,143,506 parameters.", "supported"),
    ("According to XTREME's hyper-parameter table, XLM-R-Large has 827,696,960 parameters.", "contradicted"),
])
def test_counts_read_from_one_table_row(verifier, claim, verdict):
    v = verifier.verify("counts", claim)
    assert v.verdict == verdict and any("read from table cells" in b or "read from a table cell" in b for b in v.basis)


def test_a_score_column_is_not_a_count_column(verifier):
    # 2305.14857: "Para." (paraphrase) columns print scores such as 47.2, not parameter counts
    v = verifier.verify("para", "In BUFFET, the mT5-xxl model evaluated with in-context learning has 580 million parameters.")
    assert not any("read from a table cell" in b for b in v.basis)


def test_a_positive_effect_is_the_opposite_of_damage(verifier):
    # ahmad2019 p.6: "the MTL objective [...] has a positive effect on the cross-lingual parsing"
    v = verifier.verify("mtl", "Ahmad et al. report that the multi-task learning objective on unlabeled "
                               "auxiliary-language data damages cross-lingual parsing.")
    assert v.verdict == "contradicted" and "positive effect" in v.evidence[0].quote


def test_a_level_the_claim_compares_with_is_no_support(verifier):
    # 1809.05053 p.9: "This performance is still about three points below the English NLI performance of 73.7%"
    v = verifier.verify("level", "In the XNLI paper, translation-based accuracy for the languages with the best "
                                 "translation systems is higher than the 73.7% obtained on English.")
    assert v.verdict != "supported"


def test_a_number_in_a_setting_the_passage_does_not_print_is_not_contradicted(verifier):
    # 1902.09492 reports 28M and 10K unlabeled sentences, never 100K
    v = verifier.verify("setting", "With 100K unlabeled Spanish sentences, Schuster et al.'s anchored ELMo language "
                                   "model gives about 55 LAS in zero-shot Spanish parsing.")
    assert v.verdict == "not_in_corpus"


def test_rows_a_paper_labels_ours_carry_the_model_the_claim_gives_it(verifier):
    # 1902.09492 p.7, Table 3: the last row "OURS, NO DICTIONARY, NO POS" prints 54.2 for Swedish
    v = verifier.verify("ours", "When Schuster et al. remove both the bilingual dictionary and POS tags, their "
                                "aligned-ELMo parser reaches only 54.2 LAS in zero-shot parsing of Swedish.")
    assert v.verdict == "supported" and "OURS" in v.evidence[0].quote and v.evidence[0].page == 7


def test_the_row_a_paper_labels_ours_is_the_system_the_claim_attributes_to_its_authors(verifier):
    # 1902.09492 p.13, Table 7 (UAS), SV: OURS 84.6 − ALIGNED FASTTEXT 80.6; the claim names no model of its own
    v = verifier.verify("ours-uas", "Measured in UAS, Schuster et al.'s aligned contextual embeddings beat the aligned "
                                    "fastText baseline on Swedish by 4.0 points.")
    assert v.verdict == "supported" and v.evidence[0].page == 13 and "84.6" in v.evidence[0].quote
    off = verifier.verify("ours-uas-off", "Measured in UAS, Schuster et al.'s aligned contextual embeddings beat the "
                                          "aligned fastText baseline on Swedish by 6.0 points.")
    assert off.verdict != "supported"


def test_a_paper_saying_two_systems_do_equally_well_contradicts_a_clear_ranking(verifier):
    # 1902.09492 p.6: "using the outputs of the first LSTM layer is as good as learning a combination"
    v = verifier.verify("parity", "On the English treebank, Schuster et al. find that a learned combination of ELMo's "
                                  "layers clearly outperforms using only the outputs of the first LSTM layer.")
    assert v.verdict == "contradicted" and "equally well" in " ".join(v.basis) and v.evidence[0].page == 6


def test_labelled_set_is_large_and_varied():
    for path in (LABELS, HELD_OUT, *FRESH):
        labels = load_labels(path)
        assert len(labels) >= 40 and len({c.paper for c in labels if c.paper}) >= 8
    assert {c.expected for c in labels} == {"supported", "contradicted", "not_in_corpus"}


def test_never_supports_what_the_corpus_does_not_say(scores):
    wrong = [(c.id, v.verdict) for c, v in scores.results if c.expected != "supported" and v.verdict == "supported"]
    assert wrong == []


def test_not_in_corpus_claims_stay_not_in_corpus(scores):
    by = scores.accuracy_by("expected")
    correct, total = by["not_in_corpus"]
    assert correct == total


def test_accuracy_floor(scores):
    # measured 0.844 overall (supported 19/23, contradicted 18/24, not_in_corpus 17/17); a floor under it
    assert scores.accuracy >= 0.8
    by = scores.accuracy_by("expected")
    assert by["supported"][0] >= 18 and by["contradicted"][0] >= 17


def test_every_quote_is_on_its_cited_page(scores, verifier):
    for claim, verdict in scores.results:
        assert (verdict.verdict == "not_in_corpus") == (not verdict.evidence), claim.id
        for ev in verdict.evidence:
            parsed = verifier.index.docs.parsed[ev.paper]
            if ev.table is None:
                assert quote_on_page(ev.quote, parsed, ev.page), (claim.id, ev.quote)
            else:  # "row / path | column / path: cell" groups; each printed cell is on the page
                for group in ev.quote.split("; "):
                    assert quote_on_page(group.rsplit(": ", 1)[1], parsed, ev.page), (claim.id, group)


def test_verdicts_show_their_basis(scores):
    for _, verdict in scores.results:
        assert verdict.basis and 0 <= verdict.confidence <= 1


def test_table_arithmetic_supports_a_recomputed_gap(verifier):
    v = verifier.verify("x", "In XTREME's per-language XNLI results, XLM-R outperforms mBERT on Swahili by 21.5 points "
                             "(71.2 vs 49.7).")
    assert v.verdict == "supported"
    assert any("recomputed from table cells" in b for b in v.basis)
    assert v.evidence[0].paper == "2003.11080"


def test_changed_number_in_a_table_is_contradicted(verifier):
    v = verifier.verify("x", "In the XTREME benchmark, XLM-R Large obtains 84.6% accuracy on PAWS-X in zero-shot "
                             "transfer from English.")
    assert v.verdict == "contradicted" and "86.4" in " ".join(b for b in v.basis)


@pytest.mark.parametrize("claim,needle", [
    ("", "empty claim"),
    ("XLM-R " * 2000, "longer than one claim"),
    ("The cross-lingual transfer performance improves by 2.1 points on PAWS-X.", "without saying what changed"),
])
def test_bad_claims_get_a_clear_outcome(verifier, claim, needle):
    v = verifier.verify("x", claim)
    assert v.verdict == "not_in_corpus" and needle in " ".join(v.basis)


def test_claim_in_another_language_is_flagged(verifier):
    v = verifier.verify("x", "XLM-R übertrifft mBERT bei XNLI deutlich, besonders für Sprachen mit wenig Daten.")
    assert v.verdict != "supported"
    assert any("English" in b for b in v.basis)


def test_number_of_the_other_listed_language_is_contradicted(verifier):
    # the paper: "(0.21 and 0.54 UAS over the 29 languages by using French and Russian, respectively)"
    v = verifier.verify("x", "With mBERT, adversarial training with unlabeled Russian as the auxiliary language "
                             "improves average cross-lingual parsing UAS by 0.21 over 29 languages.")
    assert v.verdict == "contradicted"
    assert any("respectively" in b and "fr" in b for b in v.basis)


def test_reversed_ranking_of_unnamed_sides_is_contradicted(verifier):
    # the paper: "monolingual baselines outperform XLM-7 for both Wikipedia and CC"
    v = verifier.verify("x", "For cross-lingual transfer, XLM-7 beats the monolingual BERT baselines for both "
                             "Wikipedia and CommonCrawl.")
    assert v.verdict == "contradicted" and any("ranking reversed" in b for b in v.basis)
    assert v.evidence[0].paper == "1911.02116"


def test_numbers_from_two_consecutive_sentences_support_together(verifier):
    v = verifier.verify("x", "Adding Hindi data cuts the perplexity of the Nepali language model by 41.6 points, "
                             "against 17.1 points with English data.")
    assert v.verdict == "supported"
    assert len(v.evidence) >= 2 and any("two consecutive sentences" in b for b in v.basis)
    assert "17.1" in v.evidence[0].quote and "41.6" in v.evidence[1].quote


def test_direction_is_read_per_language_clause(verifier):
    # the paper: "F1 increased 3.5% for German but dropped a little bit on Spanish and Dutch after fine-tuning"
    v = verifier.verify("x", "After fine-tuning XLM-R on pseudo-labelled NER data in the target language, its F1 "
                             "increases for Dutch.")
    assert v.verdict == "contradicted"
    assert any("direction opposite for nl" in b for b in v.basis)


def test_a_change_between_two_named_but_unknown_systems_is_checked(verifier):
    # the paper: "beats the runner-up “RNN-Graph” by around 1.3 in UAS and 1.2 in LAS on average"
    v = verifier.verify("x", "Averaged over target languages, SelfAtt-Graph beats RNN-Graph by 4.5 UAS.")
    assert v.verdict == "contradicted" and v.evidence[0].paper == "1811.00570"


def test_a_two_metric_cell_is_read_for_the_claimed_metric(verifier):
    # 1811.00570 Table 2 prints "38.12†/28.04†" (UAS/LAS) for SelfAtt-Graph on Arabic
    claim = "In Ahmad et al.'s zero-shot transfer from English, the SelfAtt-Graph parser reaches {} on Arabic."
    las = verifier.verify("x", claim.format("28.04 LAS"))
    assert las.verdict == "supported" and "LAS: 28.04" in las.evidence[0].quote
    assert verifier.verify("x", claim.format("38.12 LAS")).verdict == "contradicted"
    assert verifier.verify("x", claim.format("38.12 UAS")).verdict == "supported"


def test_each_number_is_read_in_the_metric_written_after_it(verifier):
    # 1811.00570 Table 2, Arabic: SelfAtt-Graph 38.12†/28.04†, RNN-Graph 32.97/25.48 (UAS/LAS)
    claim = "On Arabic, Ahmad et al.'s {} parser outscores the {} parser by about 5.2 UAS and {} LAS points."
    both = verifier.verify("x", claim.format("SelfAtt-Graph", "RNN-Graph", "2.6"))
    assert both.verdict == "supported" and len(both.evidence) >= 2
    assert verifier.verify("x", claim.format("SelfAtt-Graph", "RNN-Graph", "3.6")).verdict == "contradicted"
    assert verifier.verify("x", claim.format("RNN-Graph", "SelfAtt-Graph", "2.6")).verdict == "contradicted"


def test_a_difference_between_two_systems_the_vocabulary_lacks(verifier):
    # 2309.07445 Table 5: AfroXLMR-76 78.2, Serengeti 65.1 on Atlantic-Congo languages
    claim = "In SIB-200's African-centric evaluation, {} beats {} by 13.1 accuracy points on Atlantic-Congo languages."
    assert verifier.verify("x", claim.format("AfroXLMR-76", "Serengeti")).verdict == "supported"
    assert verifier.verify("x", claim.format("Serengeti", "AfroXLMR-76")).verdict != "supported"


def test_from_one_labelled_row_to_another(verifier):
    # 1911.01464 Table 1, XNLI zh: Sep L1-3 63.1, Sep L1-6 37.4 (the ∆ column beside them holds changes)
    claim = ("In Wu et al.'s parameter-sharing ablation, moving from separate bottom-{} layers (Sep L1-{}) to "
             "separate bottom-{} layers (Sep L1-{}) {} 25.7 points of English-Chinese XNLI accuracy.")
    assert verifier.verify("x", claim.format("three", 3, "six", 6, "costs")).verdict == "supported"
    assert verifier.verify("x", claim.format("six", 6, "three", 3, "gains")).verdict == "supported"
    assert verifier.verify("x", claim.format("six", 6, "three", 3, "costs")).verdict != "supported"


def test_counts_given_over_two_consecutive_sentences(verifier):
    # 1911.01464 p.3: "We use batch size 96 for each GPU and each epoch contains 200k batches. We stop training
    # at epoch 200 and select the best model based on English dev perplexity for evaluation."
    claim = ("Wu et al. pretrain each bilingual masked language model with a per-GPU batch size of 96, count an "
             "epoch as 200k batches and halt at epoch {}, keeping the checkpoint with the best English dev perplexity.")
    v = verifier.verify("x", claim.format(200))
    assert v.verdict == "supported" and len(v.evidence) == 2
    assert verifier.verify("x", claim.format(300)).verdict != "supported"


def test_one_cell_bears_out_nothing_while_the_other_number_is_printed_only_for_other_things(verifier):
    # 2003.11080 Table 11, nl: (a) Seen 93.5, (b) Not seen 82.9; 97.5 is printed only in Table 3's Human row
    claim = ("In XTREME's analysis of unseen entities, mBERT tags Dutch entities that also occur in the English NER "
             "training data with {}% accuracy, against 82.9% for Dutch entities that do not.")
    assert verifier.verify("x", claim.format("93.5")).verdict == "supported"
    assert verifier.verify("x", claim.format("97.5")).verdict != "supported"


def test_the_named_members_of_a_counted_group_must_be_printed(verifier):
    # 2003.11080 p.4 counts "two isolates" before 40 language codes; p.12 names them, Basque and Korean
    claim = "Besides its twelve language families, XTREME covers two language isolates, Basque and {}."
    assert verifier.verify("x", claim.format("Korean")).verdict == "supported"
    assert verifier.verify("x", claim.format("Japanese")).verdict != "supported"


def test_a_conjecture_is_read_without_its_frame(verifier):
    # 2005.00396 p.4
    v = verifier.verify("x", "Dufter and Schütze conjecture that sharing special tokens across languages could foster "
                             "multilinguality, since such tokens are very frequent and could serve as anchor points.")
    assert v.verdict == "supported"
    assert any("Shared special tokens may contribute to multilinguality" in e.quote for e in v.evidence)


def test_two_rows_told_apart_by_an_abbreviated_label(verifier):
    # 2305.14857 Table 4, BUFFET-Light sentiment: "TGT. FT / mT5" 67.2, "ENG. FT / mT5" 89.8
    claim = ("In BUFFET-Light sentiment analysis, mT5 fine-tuned {} scores 22.6 points below mT5 fine-tuned {}.")
    target, english = "only on the few-shot target-language examples", "on English training data"
    assert verifier.verify("x", claim.format(target, english)).verdict == "supported"
    assert verifier.verify("x", claim.format(english, target)).verdict != "supported"


def test_a_difference_between_rows_of_two_training_languages_is_not_the_claims(verifier):
    # 1911.02116: the MLQA averages (Table 3, F1 70.7 vs 57.7) bear out the claimed 13.0, not NER's "XLM-RBase /
    # each" (trained on each language) against "mBERT† / en" (trained on English), 87.99 − 74.96
    sentence = "XLM-R also outperforms mBERT by 13.0% F1-score and 11.1% accuracy."
    v = verifier.verify("x", sentence, ("1911.02116", 7, sentence))  # the paper's own sentence is no evidence
    assert v.verdict == "supported" and any("Avg / F1: 70.7" in e.quote for e in v.evidence)
    assert not any("each" in e.quote and "87.99" in e.quote for e in v.evidence)


def test_number_of_another_model_named_just_before_it_is_not_support(verifier):
    # 1911.02116 p.6: "XLM-R outperforms XLM-100 by 15.7% and 11.4%, and mBERT by 23.5% and 15.8%"
    v = verifier.verify("x", "On Swahili XNLI in cross-lingual transfer, XLM-R outperforms mBERT by 15.7% accuracy.")
    assert v.verdict == "contradicted"
    owner = number_of_another(
        analyse("On Swahili XNLI, XLM-R outperforms mBERT by 15.7% accuracy."),
        next(u for u in verifier.index.docs.units if u.paper == "1911.02116" and "by 15.7% and 11.4%" in u.text))
    assert owner and "for XLM (" in owner  # XLM-100 is a variant of XLM


def test_a_number_the_paper_gives_another_language_contradicts_however_short_the_sentence(verifier):
    # 1902.09492 p.8: "An exception is the Portuguese language where it leads to a drop of 8.8 LAS points."
    # (similarity 0.44: found by the number; POS is named in the sentences before)
    claim = "Dropping POS tags costs Schuster et al.'s zero-shot multi-source parser 8.8 LAS points on Swedish."
    assert verifier.verify("x", claim).verdict == "contradicted"
    unit = next(u for u in verifier.index.docs.units if u.text.startswith("An exception is the Portuguese language"))
    owner = number_of_another(analyse(claim), unit, "language")
    assert owner and "for pt (named just before it)" in owner


def test_a_number_in_a_crowded_list_is_no_owner(verifier):
    # 1706.04902 p.38 lists "Russian-Ukrainian (0.84 vs. 0.59), Czech-Slovak (0.82 vs. 0.59), ...": that
    # Czech-Slovak also has 0.82 says nothing about the Spanish-Catalan 0.82 of the sentence before
    unit = next(u for u in verifier.index.docs.units if "scores11 for Spanish-Catalan" in u.text
                or "for Spanish-Catalan without any seed" in u.text)
    v = verifier.verify("x", unit.text, source=(unit.paper, unit.page, unit.quote))
    assert not any("named just before it" in b for b in v.basis)


def test_a_bound_does_not_match_a_table_row(verifier):
    # 1809.05053 p.9 "... is above 70%" checked against the rest of the corpus: a row of chrF scores and
    # accuracies (2003.11080 p.15) has cells above 70, which says nothing about this sentence
    unit = next(u for u in verifier.index.docs.units
                if u.text.startswith("In fact, translation-based results are very well-correlated"))
    v = verifier.verify("x", unit.text, source=(unit.paper, unit.page, unit.quote))
    assert not any(e.table for e in v.evidence if v.verdict == "supported")


def test_a_sentence_citing_a_table_takes_its_caption_as_context(verifier):
    # 2004.09813 p.8: "The results are depicted in Table 8. We observe that LaBSE has a difference of -1.29
    # and LASER has a difference of -0.92." Only Table 8's caption says these are STS results. (Table 8's own
    # Difference column, LASER -0.92, now says it first.)
    v = verifier.verify("x", "On the joined multilingual STS 2017 set, LASER loses 1.29 points relative to its "
                             "average over the individual language pairs.")
    assert v.verdict == "contradicted" and "[LASER × Difference] -0.92" in v.basis[0]
    unit = next(u for u in verifier.index.docs.units if u.text.startswith("We observe that LaBSE has a difference"))
    assert "multilingual STS dataset" in unit.context


def test_a_sentence_naming_no_model_is_about_the_model_its_paper_works_with(verifier):
    # 2309.07445 p.6: "On Joshi's class 0, African languages are even at least 20% worse than languages from other
    # continents." The paper's sentences name XLM-R far more often than any other model
    claim = ("SIB-200 reports that within Joshi's class 0, African languages lag behind languages of other continents "
             "by at least 20% in {} accuracy.")
    v = verifier.verify("x", claim.format("XLM-R"))
    assert v.verdict == "supported" and "class 0" in v.evidence[0].quote
    other = verifier.verify("y", claim.format("GPT-4"))
    assert other.verdict != "supported" and any("attributes itself to 2309.07445" in b for b in other.basis)


def test_a_claimed_data_size_printed_otherwise_contradicts(verifier):
    # 2309.07445 p.4: "we apply MAFT to 61 African languages with at least 10MB of monolingual data (AfroXLMR-61)"
    v = verifier.verify("x", "For AfroXLMR-61, Adelani et al. run multilingual adaptive fine-tuning on 61 African "
                             "languages having at least 100MB of monolingual data each.")
    assert v.verdict == "contradicted" and "claimed 100MB, the passage prints 10MB" in v.basis[0]
    assert "10MB" in v.evidence[0].quote


def test_a_cited_works_row_the_claim_names_is_its_other_side(verifier):
    # 1901.07291 p.6, Table 1, column el: XLM (MLM+TLM) 76.6, Conneau et al. (2018b) 68.9, XLM (MLM) 73.1
    claim = ("On Greek XNLI, Lample and Conneau's MLM+TLM model beats the sentence-encoder baseline of Conneau et al. "
             "(2018b) by {} accuracy points.")
    v = verifier.verify("x", claim.format("7.7"))
    assert v.verdict == "supported" and any("Conneau et al. (2018b)" in b and "= 7.7" in b for b in v.basis)
    assert verifier.verify("y", claim.format("8.7")).verdict != "supported"


def test_a_count_in_words_must_be_printed_to_be_borne_out(verifier):
    # 1901.07291 p.6 lists three initialisations for each of encoder and decoder: nine settings, never twelve
    v = verifier.verify("x", "Crossing CLM pretraining, MLM pretraining and random initialisation for both encoder "
                             "and decoder, Lample and Conneau compare twelve different unsupervised MT settings.")
    assert v.verdict != "supported"


def test_numbers_of_other_languages_or_of_unsupervised_training_refute_nothing(verifier):
    # 1901.07291 p.7: "[...] going from 30.4 to 33.4 BLEU on English-French, and from 28.0 to 31.8 on Romanian-English"
    v = verifier.verify("x", "In Lample and Conneau's unsupervised English-to-German translation, pretraining only the "
                             "encoder with a CLM model yields 24.4 BLEU, 5.2 more than pretraining only the decoder "
                             "with CLM.")
    assert v.verdict != "contradicted"
    # Table 2 (p.7), "Results on unsupervised MT", prints no score of a supervised system
    v = verifier.verify("y", "With encoder and decoder both initialised from MLM pretraining, Lample and Conneau's "
                             "supervised WMT'16 English-to-Romanian system reaches about 36 BLEU.")
    assert v.verdict != "contradicted"


def test_multilingual_bert_hyphenated_is_the_multilingual_bert_block_of_a_table(verifier):
    # ahmad2019 p.5, Table 2: sk, Multilingual BERT, (en-ru): 77.86†/68.28†
    v = verifier.verify("x", "On Slovak, Ahmad et al.'s SelfAtt-Graph parser with multilingual-BERT inputs reaches "
                             "77.86 UAS and 68.28 LAS when adversarially trained with unlabeled Russian.")
    assert v.verdict == "supported" and any("Multilingual BERT / (en-ru)" in b for b in v.basis)


def test_labels_inside_a_figure_are_no_sentence_to_read_with_its_caption(verifier):
    # 1911.02116 p.5: the legend of Figure 4 ("Fixed capacity Increased capacity") before its caption ("Adding more
    # capacity to the model alleviates the curse of multilinguality [...]"); p.4 says per-language capacity decreases
    v = verifier.verify("x", "Conneau et al. observe that for a model of fixed size, adding languages increases the "
                             "capacity available to every language.")
    assert v.verdict != "supported"
    assert not any(e.quote.startswith("Fixed capacity") for e in v.evidence)


def test_a_sentence_naming_its_own_model_is_not_about_the_one_of_the_papers_title(verifier):
    # 2101.11112 ("[...] Using XLM-RoBERTa Alignment") p.7: "we conducted an ablation study on German data set with
    # mBERT model"
    v = verifier.verify("x", "Li et al. carry out their ablation study on the German data set with the XLM-R model.")
    assert v.verdict == "contradicted" and "mBERT" in v.basis[0] and "ablation study" in v.evidence[0].quote


@pytest.mark.parametrize("claim", [
    # knn-replace is tested on en/de/hi only; French cells exist in a word-order table (Kendall's tau 0.80,
    # 2005.00396 p.12) and in XNLI's sentence-length table (1809.05053 p.5): neither is about this accuracy
    "Dufter and Schütze's knn-replace model reaches .63 zero-shot XNLI accuracy on French.",
    # XTREME reports BUCC as F1 only: a claimed precision is not in the corpus, whatever the F1 cells print
    "In XTREME, XLM-R Large reaches a precision of 71.2 on German-English BUCC bitext mining.",
    # XGLUE Table 4 cells of two tasks and two models differ by 1.6: not a "with/without" of anything claimed
    "Pretraining multilingual BERT with whole word masking improves its zero-shot XNLI accuracy by about 1.5 points "
    "on average.",
], ids=["table-about-something-else", "metric-of-another-table", "difference-of-unlike-things"])
def test_tables_about_something_else_are_no_evidence(verifier, claim):
    assert verifier.verify("x", claim).verdict == "not_in_corpus"


def test_a_footnote_mark_on_a_language_row_and_an_unknown_model_name(verifier):
    # 1811.00570 Table 2 row "ja*" (delexicalized): SelfAtt-Graph 28.18/20.91 (UAS/LAS)
    v = verifier.verify("x", "In Ahmad et al.'s zero-shot dependency parsing from English, the delexicalized SelfAtt-Graph "
                             "parser obtains 28.18 UAS and 20.91 LAS on Japanese.")
    assert v.verdict == "supported" and (v.evidence[0].paper, v.evidence[0].page) == ("1811.00570", 5)
    assert "28.18" in v.evidence[0].quote


def test_a_finding_stated_over_two_sentences(verifier):
    # 1911.01464 p.1: "[...] transfer is possible even when there is no shared vocabulary [...]. The only
    # requirement is that there are some shared parameters in the top layers of the multi-lingual encoder."
    v = verifier.verify("x", "Wu et al. find that cross-lingual transfer in multilingual masked language models works even "
                             "without any shared vocabulary, provided some parameters in the top layers of the encoder are shared.")
    assert v.verdict == "supported" and len(v.evidence) >= 2
    assert v.evidence[0].paper == "1911.01464" and "shared parameters in the top layers" in v.evidence[1].quote


def test_a_claims_own_sentence_is_never_half_of_a_two_sentence_support(verifier):
    unit = next(u for u in verifier.index.docs.units
                if u.text.startswith("The only requirement is that there are some shared parameters"))
    own = (unit.paper, *unit.previous)  # "We show, contrary to what was previously hypothesized, ..."
    v = verifier.verify("x", "Wu et al. find that cross-lingual transfer in multilingual masked language models works even "
                             "without any shared vocabulary, provided some parameters in the top layers of the encoder are "
                             "shared.", source=own)
    assert not any(e.quote == own[2] for e in v.evidence)


def test_a_ranking_that_sets_the_claimed_winner_aside(verifier):
    # 2004.01401 p.7: "the best pivot languages are Spanish (es), Greek (el) and Turkish (tr), rather than English (en)"
    v = verifier.verify("x", "For XNLI in XGLUE, English is the best pivot language for fine-tuning Unicoder.")
    assert v.verdict == "contradicted" and "rather than English" in v.evidence[-1].quote


def test_a_ranking_between_two_named_methods_reversed(verifier):
    # 1809.05053 p.9: "TRANSLATE TEST appears to perform consistently better than TRANSLATE TRAIN for all languages."
    v = verifier.verify("x", "Among the machine-translation baselines of the original XNLI paper, TRANSLATE TRAIN "
                             "consistently outperforms TRANSLATE TEST across languages.")
    assert v.verdict == "contradicted" and v.evidence[0].paper == "1809.05053"


def test_the_paper_a_claim_names_as_its_source(verifier):
    # 1911.02116 p.4: "the overall XNLI accuracy decreases from 71.8% to 67.7% as we go from XLM-7 to XLM-100"
    # names no XLM-R: the claim's "the XLM-R paper" is where, and that paper's abstract names XLM-R
    v = verifier.verify("x", "The XLM-R paper reports that overall XNLI accuracy drops from 71.8% to 67.7% when going "
                             "from XLM-7 to XLM-100.")
    assert v.verdict == "supported" and (v.evidence[0].paper, v.evidence[0].page) == ("1911.02116", 4)


def test_a_transfer_read_the_other_way_round(verifier):
    # 1906.01502 Table 5 ("Row = fine-tuning, column = evaluation"): SVO row, SOV column 66.52
    v = verifier.verify("x", "When M-BERT is fine-tuned on SOV languages and evaluated on SVO languages, its "
                             "macro-averaged zero-shot POS accuracy is 66.52.")
    assert v.verdict == "contradicted" and any("other way round" in b for b in v.basis)


def test_a_score_of_the_same_metric_changed(verifier):
    # 1901.07291 p.8: "We reach a new state of the art of 34.3 BLEU on WMT'16 German-English": few shared
    # words, but the same metric written after the number, on the same dataset and language pair
    v = verifier.verify("x", "XLM's MLM pretraining yields 36.3 BLEU on unsupervised WMT'16 German-English translation.")
    assert v.verdict == "contradicted" and "34.3" in v.evidence[0].quote


def test_a_table_row_speaks_only_for_the_claimed_languages(verifier):
    # 1906.01502 p.6: the EN-BERT row prints 73.32 for German; the claim gives it to Dutch
    v = verifier.verify("x", "Fine-tuned and evaluated on Dutch CoNLL NER (no cross-lingual transfer), the English-only "
                             "BERT model (EN-BERT) reaches just 73.32 F1.")
    assert v.verdict != "supported"


def test_a_row_of_numbers_does_not_support_a_finding_in_words(verifier):
    # Table 6 of 1906.01502 is about exactly this, but its cells (50.41 on transliterated text) say the opposite
    v = verifier.verify("x", "M-BERT fine-tuned on monolingual Hindi and English POS data transfers well to "
                             "transliterated (Latin-script) Hindi in code-switched text.")
    assert v.verdict != "supported"


def test_ranking_read_only_from_the_named_task_and_setting(verifier):
    # XTREME Table 2, zero-shot rows, NER column: mBERT 62.2 > MMTE 58.3 (MMTE wins on POS and XNLI)
    v = verifier.verify("x", "In XTREME's zero-shot baselines, MMTE achieves a higher NER F1 than mBERT.")
    assert v.verdict == "contradicted" and "NER" in v.basis[0] and "62.2" in v.basis[0]


def test_a_difference_is_read_within_one_datasets_block(verifier):
    # XGLUE Table 4 stacks task blocks: XNLI's XLM-Rbase average minus QADSM's UnicoderLC average is 5.8
    v = verifier.verify("x", "On XGLUE's XNLI, XLM-R base's average accuracy is 5.8 points above UnicoderLC's.")
    assert v.verdict != "supported"


def test_numbers_given_to_listed_phrases_respectively_are_not_swapped(verifier):
    # ahmad2019 p.4: "for 400 and 500 epochs with multilingual BERT and multilingual word embeddings respectively"
    v = verifier.verify("x", "Ahmad et al. train their cross-lingual parsers for 500 epochs with multilingual BERT "
                             "and for 400 epochs with multilingual word embeddings.")
    assert v.verdict == "contradicted" and any("respectively" in b for b in v.basis)


def test_a_sentence_denying_the_claimed_effect_contradicts_it(verifier):
    # 1911.02116 p.6: "We did not observe any loss in performance for models trained with SPM ..."
    v = verifier.verify("x", "The XLM-R authors found that training SentencePiece on raw text loses performance "
                             "compared with language-specific preprocessing and byte-pair encoding.")
    assert v.verdict == "contradicted" and "denies" in " ".join(v.basis)
    assert v.evidence[0].paper == "1911.02116" and v.evidence[0].page == 6


def test_counts_are_matched_against_printed_counts(verifier):
    # 2005.00396 p.2: "The final corpus has 17k sentences, 228k words, a vocabulary size of 4449 ..."
    v = verifier.verify("x", "Dufter and Schütze's English Bible corpus has about 17k sentences and 228k words.")
    assert v.verdict == "supported" and any("17k" in b for b in v.basis)
    # 2004.09813 p.6: "Tagalog (TL, 36k), and Tatar (TT, 119k)": 36k is Tagalog's
    v = verifier.verify("x", "In Reimers and Gurevych's Tatoeba experiment, Tatar has only 36k parallel sentence pairs.")
    assert v.verdict == "contradicted" and any("tl" in b for b in v.basis)


def test_a_measurement_is_read_from_the_table_about_it(verifier):
    # 1809.05053 Table 2 "Average number of tokens per sentence": every cell is an average
    v = verifier.verify("x", "In the XNLI corpus, Turkish premises are on average 16.8 tokens long.")
    assert v.verdict == "supported" and v.evidence[0].paper == "1809.05053"


def test_two_variants_of_one_family_are_ranked_by_their_own_rows(verifier):
    # XGLUE Table 4, XNLI block, AVG: UnicoderSC 70.5, UnicoderLC 75.3 (Table 7's UnicoderLC (pl)/(ml) rows are
    # neither side)
    v = verifier.verify("x", "On XGLUE's XNLI, Unicoder pre-trained on the small corpus (UnicoderSC) reaches a higher "
                             "average accuracy than Unicoder pre-trained on the large corpus (UnicoderLC).")
    assert v.verdict == "contradicted" and "70.5" in v.evidence[0].quote


def test_a_dataset_named_by_its_parts_in_the_caption(verifier):
    # 1906.01502 Table 2 "POS accuracy on a subset of UD languages": row DE (fine-tuning), column ES = 86.32
    v = verifier.verify("x", "M-BERT fine-tuned on German UD POS data reaches 86.32% accuracy zero-shot on Spanish.")
    assert v.verdict == "supported" and v.evidence[0].paper == "1906.01502"


def test_a_cited_system_must_be_named_by_the_evidence(verifier):
    # 1902.09492 p.8: the 31.93 LAS-F1 on Kazakh is Smith et al. (2018a)'s, not Rosa and Mareček's
    v = verifier.verify("x", "On the Kazakh treebank of the CoNLL 2018 shared task, Rosa and Mareček (2018) obtained "
                             "31.93 LAS-F1.")
    assert v.verdict != "supported"


def test_counts_are_not_borne_out_by_a_sentence_pair_without_them(verifier):
    # 1911.01464: the bilingual models are not described as 12-layer Transformers with 12 heads on p.3-4
    v = verifier.verify("x", "The bilingual masked language models in Wu et al.'s study of emerging cross-lingual "
                             "structure are 12-layer Transformers with 12 attention heads.")
    assert v.verdict != "supported"


def test_a_count_in_the_paper_the_claim_names(verifier):
    # 1911.01464 p.3: "For each model, we train it with 8 NVIDIA V100 GPUs [...]. It takes around 3 days to
    # train one model." The paper's only count of days contradicts a claim attributed to it, however
    # little else the sentence shares; the paper named is anchor enough for a single count it prints
    v = verifier.verify("x", "Wu et al. train each of their bilingual models for roughly 10 days on 8 V100 GPUs.")
    assert v.verdict == "contradicted" and "3 days" in v.evidence[0].quote
    v = verifier.verify("x", "It takes Wu et al. around 3 days to train one bilingual model.")
    assert v.verdict == "supported" and "3 days" in v.evidence[0].quote


def test_a_count_of_something_the_named_paper_never_names_is_none_of_its_counts(verifier):
    # 1911.01464 counts 3 days of training; a claim counting the days of a model it never names says nothing of it
    v = verifier.verify("x", "Wu et al. compare their bilingual models with BiMorph, a morphology-aware encoder trained "
                             "for 10 days on 8 V100 GPUs.")
    assert v.verdict == "not_in_corpus"


def test_a_number_listed_for_another_item(verifier):
    # 2309.07445 p.8: "especially for Nilotic (+7.9), Mande (+4.5) and Atlantic-Congo (+7.4) languages"
    v = verifier.verify("x", "Adelani et al. find that MAFT with synthetic data (AfroXLMR-76) improves over AfroXLMR by "
                             "7.4 points on the Mande languages.")
    assert v.verdict == "contradicted" and any("Atlantic-Congo" in b for b in v.basis)


def test_a_monolingual_claim_is_not_read_from_a_pair_with_english(verifier):
    # 2004.09813 Table 2 prints XLM-R <- SBERT-paraphrases on EN-DE (84.0) and the average (83.7), no DE-DE
    v = verifier.verify("x", "Reimers and Gurevych's XLM-R distilled from SBERT-paraphrases reaches a Spearman "
                             "correlation of 84.0 on monolingual German-German STS 2017.")
    assert v.verdict != "supported"


def test_counts_given_to_another_model_support_nothing(verifier):
    # 2004.09813 p.4: "LaBSE [...] was trained similar to mUSE [...] with 6 Billion translation pairs for 109 languages"
    v = verifier.verify("x", "Reimers and Gurevych describe mUSE as trained on 6 billion translation pairs in 109 languages.")
    assert v.verdict != "supported"


def test_a_difference_between_two_rows_the_claim_words_as_the_table_labels_them(verifier):
    # 2101.11112 Table 3 (German NER, mBERT): "Sequential fine-tune with CE" F1 72.7, "Zero-transfer" 72.1
    v = verifier.verify("x", "In Li et al.'s German ablation with mBERT, sequentially fine-tuning on the pseudo-labelled "
                             "data with cross-entropy loss improves F1 by 0.6 points over zero-shot transfer.")
    assert v.verdict == "supported" and "Zero-transfer" in v.evidence[0].quote
    # the rows the other way round: the claim's subject is the one it words first
    v = verifier.verify("x", "In Li et al.'s German ablation with mBERT, zero-shot transfer improves F1 by 0.6 points over "
                             "sequentially fine-tuning on the pseudo-labelled data with cross-entropy loss.")
    assert v.verdict != "supported"


def test_a_model_in_small_capitals_and_a_count_that_is_no_name(verifier):
    # 1902.09492 Table 4 (Spanish, 10K sentences): "ELMO" dev perplexity 4060, "ANCHORED ELMO" 600
    v = verifier.verify("x", "When Schuster et al. train Spanish ELMo on only 10K unlabeled sentences, its dev "
                             "perplexity reaches 4060.")
    assert v.verdict == "supported" and "4060" in v.evidence[0].quote


def test_counts_read_from_one_table_row_under_their_columns(verifier):
    # 2101.11112 Table 2, row "UN": PER 1,094, ORG 25,875, LOC 12,718
    v = verifier.verify("x", "In Li et al.'s pseudo-labelled Chinese NER data projected from UN parallel text there are "
                             "1,094 PER mentions and 12,718 LOC mentions.")
    assert v.verdict == "supported" and "UN | PER: 1,094" in v.evidence[0].quote
    v = verifier.verify("x", "In Li et al.'s pseudo-labelled Chinese NER data projected from UN parallel text there are "
                             "25,875 PER mentions against 1,094 ORG mentions.")
    assert v.verdict == "contradicted"


def test_a_table_of_languages_in_a_paper_about_bert_is_multilingual_berts(verifier):
    # 2005.00396 Table 4 (p.12) names no model: "Kendall's Tau word order metric and XNLI zero-shot accuracies"
    v = verifier.verify("x", "Dufter and Schütze report that mBERT's zero-shot XNLI accuracy on Arabic is 64.9%.")
    assert v.verdict == "supported" and "ar | XNLI Acc.: 64.9" in v.evidence[0].quote


def test_a_number_is_read_only_in_its_own_models_row(verifier):
    # 2004.01401 Table 4, PAWS-X block: M-BERT 87.2, XLM-Rbase 89.5, UnicoderLC 90.1 (no UnicoderSC row)
    v = verifier.verify("x", "In XGLUE, UnicoderSC reaches 90.1 average accuracy on PAWS-X, above M-BERT.")
    assert v.verdict != "supported"
    v = verifier.verify("x", "In XGLUE, Unicoder pretrained on the small corpus (UnicoderSC) reaches about 88 average "
                             "accuracy on PAWS-X, between M-BERT and XLM-R base.")
    assert v.verdict != "supported"


def test_the_two_scores_of_a_stated_change_pick_the_rows(verifier):
    # 1911.01464 Table 1, Parsing (LAS) fr: Default 73.2, Sep Emb + L1-6 50.9 (the claim words the row its own way)
    claim = ("In Wu et al.'s bilingual MLM ablation, giving each language its own embeddings and bottom six "
             "Transformer layers cuts English-to-French zero-shot parsing from {} to {} LAS, a loss of {} points.")
    assert verifier.verify("x", claim.format(73.2, 50.9, 22.3)).verdict == "supported"
    assert verifier.verify("x", claim.format(73.2, 52.9, 20.3)).verdict != "supported"


def test_a_passage_citing_a_figure_is_read_with_its_caption(verifier):
    # 1911.01464 p.9 cites Figure 6, whose caption names the monolingual BERT models the sentence is about
    claim = ("Wu et al. report that the CKA similarity of monolingual BERT models' sentence representations tracks "
             "their sentence-retrieval alignment accuracy closely, with a Pearson correlation above 0.9 for each of "
             "the four language pairs.")
    assert verifier.verify("x", claim).verdict == "supported"


def test_a_respective_list_read_against_the_claim_within_the_paper_it_names(verifier):
    # ahmad2019 p.4: "The learning rate is set to 0.001 and 0.00005 for Adam and RM-SProp, respectively."
    claim = ("In Ahmad et al.'s adversarial training, the Adam optimiser used for the language discriminator runs "
             "with a learning rate of {}.")
    verdict = verifier.verify("x", claim.format("0.00005"))
    assert verdict.verdict == "contradicted" and "0.00005" in " ".join(verdict.basis)
    assert verifier.verify("x", claim.format("0.001")).verdict != "contradicted"


def test_rows_labelled_by_the_claims_short_name_or_own_label(verifier):
    # 1901.07291 Table 5: Concat (fastText on the concatenated corpora) 0.36 cosine similarity
    claim = ("In Lample and Conneau's comparison of unsupervised cross-lingual word embeddings, fastText trained on "
             "the concatenated corpora (Concat) gives translation pairs a mean cosine similarity of {}.")
    assert verifier.verify("x", claim.format("0.36")).verdict == "supported"
    assert verifier.verify("x", claim.format("0.38")).verdict != "supported"  # MUSE's
    # 2005.00396 Table 1: knn-replace µ .74
    claim = "Dufter and Schütze's knn-replace masking model reaches a multilinguality score of {}."
    assert verifier.verify("x", claim.format(".74")).verdict == "supported"
    assert verifier.verify("x", claim.format(".70")).verdict != "supported"  # the original model's


def test_iso3_column_labels_and_a_reference_level(verifier):
    # 2005.00396 Table 3 (columns ENG, DEU, HIN): all three modifications .37 German, .38 Hindi
    claim = ("In Dufter and Schütze's Wikipedia-scale XNLI experiment, a BERT-base model pretrained with all three "
             "architectural modifications reaches only {} zero-shot accuracy on German and {} on Hindi.")
    assert verifier.verify("x", claim.format(".37", ".38")).verdict == "supported"
    assert verifier.verify("x", claim.format(".38", ".37")).verdict != "supported"
    # the paper's own sentence: ".33" is the majority baseline, not a German score the table could contradict
    own = "Inverting the order of German has little effect on HIN, but DEU drops significantly (majority baseline is .33)."
    assert verifier.verify("x", own, ("2005.00396", 8, own)).verdict != "contradicted"


def test_one_model_ranked_under_two_settings_the_table_labels(verifier):
    # 2305.14857 Table 4, Avg. gen: ChatGPT† ENG. ICL 13.3, TGT. ICL 16.3
    claim = ("On BUFFET-Light, ChatGPT's average generation score is higher with {} than with {}.")
    english, target = "English instructions (English ICL)", "instructions in the target language (Target ICL)"
    assert verifier.verify("x", claim.format(target, english)).verdict == "supported"
    assert verifier.verify("x", claim.format(english, target)).verdict == "contradicted"


def test_what_cited_authors_did_needs_a_passage_using_the_verb(verifier):
    # 1811.00570 p.4 freezes the word embeddings; sentences merely about parsers and embeddings resemble the claim
    v = verifier.verify("t", "Ahmad et al. fine-tune the projected multilingual word embeddings while training their "
                             "cross-lingual dependency parsers.")
    assert v.verdict != "supported"
    v = verifier.verify("t", "When building their CommonCrawl corpus, Conneau et al. use a single dump for English but "
                             "twelve dumps for every other language, which greatly enlarges the data for low-resource "
                             "languages such as Burmese and Swahili.")
    assert v.verdict == "supported" and any("use" in e.quote for e in v.evidence)


def test_a_sentence_is_read_with_the_five_before_it_but_its_own_setting_comes_first(verifier):
    # 1706.04902 p.21: "Duong, Kanayama, Ma, Bird, and Cohn (2016) propose a similar approach." five sentences
    # before "PanLex covers around 1,300 language with about 12 million expressions."
    unit = next(u for u in verifier.index.docs.units if u.text.startswith("PanLex covers around 1,300"))
    assert "Duong" in unit.context
    # 1911.02116 p.6 prints 83.6 for translate-train-all, whatever setting the sentences before it name
    v = verifier.verify("x", "XLM-R reaches 83.6% average XNLI accuracy when fine-tuned on English data only "
                             "(zero-shot cross-lingual transfer).")
    assert v.verdict != "supported"


def test_a_family_row_the_claim_names_and_a_model_beating_its_own_base_size(verifier):
    # 2309.07445 p.5, Table 3: Dravidian, fully supervised, XLM-R (base) 84.4 and XLM-R 87.9; Table 8 lists each
    # Dravidian language with its family as an attribute (Kannada 86.5 / 90.1), which is no family result
    v = verifier.verify("x", "In SIB-200's fully supervised setting, the large XLM-R improves on XLM-R base by 3.5 "
                             "accuracy points for the Dravidian language family.")
    assert v.verdict == "supported" and "[Dravidian × Fully Supervised / XLM-R] 87.9" in v.basis[0]
    v = verifier.verify("x", "In SIB-200's fully supervised setting, XLM-R base improves on the large XLM-R by 3.5 "
                             "accuracy points for the Dravidian language family.")
    assert v.verdict == "contradicted"


def test_a_hyper_parameter_given_by_its_symbol_is_read_in_the_paper_it_names(verifier):
    v = verifier.verify("x", "The XLM-R authors sample languages with an exponent α of 0.7.")
    assert v.verdict == "contradicted" and "α = 0.3" in v.basis[0]
    # a change measured against a setting is no statement of the setting (1809.05053 p.9, Table 5: it drops)
    v = verifier.verify("x", "In the XNLI paper's alignment-loss ablation, dropping the negative term (λ = 0) raises "
                             "BiLSTM-max validation accuracy on French over the default λ = 0.25.")
    assert v.verdict != "supported"


@pytest.mark.parametrize("claim", [
    # 1901.07291 p.6, Table 1 reports XLM (MLM) and XLM (MLM+TLM), and cited systems' rows (Artetxe and Schwenk
    # (2018) 73.9, Conneau et al. (2018b) 73.7): none is a TLM-only XLM
    "Lample and Conneau report that pretraining XLM with the TLM objective alone, without MLM, gives about 73% "
    "average zero-shot accuracy on XNLI.",
    # 2003.11080 p.4: "For XQuAD, ... underestimate mBERT's true performance by 3.0 F1 / 0.2 EM points, similar to
    # the 2.6 F1 points ..." follows the XNLI sentence; it is about XQuAD, whatever its numbers' difference
    "XTREME finds that, for XNLI, machine-translated test sets underestimate mBERT's true accuracy by about 2.4 points.",
])
def test_rows_of_another_setting_or_a_sentence_on_another_dataset_support_nothing(verifier, claim):
    assert verifier.verify("x", claim).verdict != "supported"


def test_an_average_over_the_named_languages_is_the_tables_average_column(verifier):
    # 2004.09813 p.5, Table 1 (STS 2017, EN-EN, ES-ES and AR-AR): Avg. LASER 75.4, LaBSE 76.4
    v = verifier.verify("x", "On the monolingual STS 2017 sets (EN-EN, ES-ES and AR-AR), LaBSE achieves a higher average "
                             "Spearman correlation than LASER in Reimers and Gurevych's comparison.")
    assert v.verdict == "supported" and "Avg." in v.evidence[0].quote


def test_a_comparative_of_cost_read_the_other_way_round_contradicts(verifier):
    # 1809.05053 p.9: "the multilingual sentence encoder approach is however much cheaper than the TRANSLATE TEST
    # baseline"
    v = verifier.verify("x", "Conneau et al. concede that, at inference time, their multilingual sentence-encoder "
                             "approach is more expensive than the TRANSLATE TEST baseline.")
    assert v.verdict == "contradicted" and "much cheaper" in v.evidence[0].quote
    # read as a comparative of cost, or as the antonym "cheaper" about the same thing
    assert any("cost the other way round" in b or '"cheaper"' in b for b in v.basis)


def test_a_difference_between_rows_named_past_their_ditto_marks(verifier):
    # 1911.01464 p.5, Table 1, NER (F1) ru: Extra anchors 59.7, Default anchors 56.3 (the first row is "Default")
    v = verifier.verify("x", "Wu et al.'s 'Extra anchors' bilingual model beats the 'Default anchors' model by 3.4 F1 "
                             "on English-to-Russian zero-shot NER.")
    assert v.verdict == "supported"
    assert any("Extra anchors × NER (F1) / ru] 59.7 − [Anchor Points (§4.2) / Default anchors" in b for b in v.basis)


def test_a_number_the_sentence_credits_to_another_cited_work_contradicts(verifier):
    # 2003.11080 p.5: "For POS tagging, we adopt 97% as a canonical estimate of human performance based on Manning
    # (2011)"; Clark et al. (2020) give the TyDiQA-GoldP estimate, in the sentence before
    v = verifier.verify("x", "For part-of-speech tagging, XTREME takes its 97% human-performance estimate from "
                             "Clark et al. (2020).")
    assert v.verdict == "contradicted" and any("credits it to Manning" in b for b in v.basis)


def test_a_claimed_score_is_not_read_from_a_table_of_counts(verifier):
    # 1809.05053 p.5, Table 2: "Average number of tokens per sentence in the XNLI corpus for each language"
    (view,) = [v for v in verifier.tables if v.paper == "1809.05053" and v.table.label == "Table 2"]
    assert not verifier._same_table_metric(analyse("The Hindi system scores 10.2 BLEU higher into Hindi."), view)
    assert verifier._same_table_metric(analyse("Hindi premises have 23.2 tokens on average."), view)


def test_a_difference_between_languages_is_not_read_from_a_model_the_claim_does_not_name(verifier):
    # 2004.01401 p.6: XNLI / M-BERT en 82.1, hi 60.0 (22.1 apart); the claim is about a translation system
    v = verifier.verify("x", "The in-house translation system scores 22.1 BLEU higher on English than on Hindi for XNLI.")
    assert v.verdict != "supported"


def test_a_ranking_read_from_the_second_block_of_a_split_table(verifier):
    # 2003.11080 p.20, Table 21 (NER F1), second block, tl: XLM 78.6, XLMR 73.2
    v = verifier.verify("x", "On Tagalog named entity recognition in XTREME, zero-shot XLM-R outperforms XLM.")
    assert v.verdict == "contradicted" and any("73.2" in b and "78.6" in b for b in v.basis)


def test_a_ranking_against_a_baseline_of_the_setting_the_claim_names(verifier):
    # 1809.05053 p.8, Table 4, zh: X-BiLSTM-max 65.8, TRANSLATE TRAIN BiLSTM-max 67.0
    v = verifier.verify("x", "On Chinese XNLI, the XNLI paper's aligned X-BiLSTM-max sentence encoder scores higher than "
                             "the TRANSLATE TRAIN BiLSTM-max baseline.")
    assert v.verdict == "contradicted" and any("65.8 ≤" in b and "67.0" in b for b in v.basis)


def test_lower_case_iso_639_3_column_labels_name_languages(verifier):
    # 2004.09813 p.14, Table 9 (Tatoeba), column ell: mUSE 1.6, DistilmBERT ←mUSE 93.1
    v = verifier.verify("x", "On Greek Tatoeba retrieval, Reimers and Gurevych's DistilmBERT student distilled from mUSE "
                             "scores 91.5 accuracy points higher than mUSE itself.")
    assert v.verdict == "supported" and any("ell" in b and "= 91.5" in b for b in v.basis)


def test_a_models_settings_read_from_its_group_in_a_table_of_settings(verifier):
    # 1811.00570 p.15, Table 6: Self-Attention encoder layer 6, dmodel 350, dff 512, dropout 0.2, lr 0.0001, batch 80
    v = verifier.verify("x", "According to Ahmad et al.'s hyper-parameter table, their self-attentive encoder stacks 6 layers "
                             "with a model dimension of 350 and a 512-dimensional feed-forward sublayer, and it is trained "
                             "with dropout 0.2, a learning rate of 0.0001 and batches of 80.")
    assert v.verdict == "supported" and v.evidence[0].page == 15


def test_settings_given_in_two_sentences_of_the_named_paper_support_together(verifier):
    # 1911.01464 p.3: "streams of 256 tokens and mask 15% of the input tokens which we replace 80% of the time [...],
    # 10% [...] and 10% [...]" and, further down, "exponentiated to the power 0.7"
    v = verifier.verify("x", "Wu et al. pretrain their bilingual masked language models on 256-token text streams in which "
                             "15% of the tokens are masked (80% replaced by a mask token, 10% left as they are, 10% swapped "
                             "for a random word), choosing each batch's language in proportion to its share of sentences "
                             "raised to the power 0.7.")
    assert v.verdict == "supported" and len(v.evidence) == 2
    # a count the two sentences do not print ("512-token streams") bears out nothing
    v = verifier.verify("x", "Wu et al. pretrain their bilingual masked language models on 512-token text streams in which "
                             "15% of the tokens are masked (80% replaced by a mask token, 10% left as they are, 10% swapped "
                             "for a random word), choosing each batch's language in proportion to its share of sentences "
                             "raised to the power 0.7.")
    assert v.verdict != "supported"


def test_the_means_a_claim_names_may_go_unnamed_in_the_named_papers_table(verifier):
    # 1911.01464 p.5, Table 1, NER (F1) zh: Extra anchors 66.8, Default anchors 61.2; the text says the extra
    # anchors come from code-switching, the table does not
    v = verifier.verify("x", "In Wu et al.'s anchor-point study, adding extra anchors through dictionary-based code-switching "
                             "lifts English-to-Chinese zero-shot NER F1 by 5.6 points over the default anchors.")
    assert v.verdict == "supported" and any("66.8" in b and "61.2" in b for b in v.basis)


def test_settings_the_named_paper_gives_in_several_sentences_are_not_contradicted(verifier):
    # 2004.01401 p.5: "the batch size is set to 32", "set the learning rate to 5e-6", "we fine-tune 10 epochs",
    # "we fine-tune 20 epochs"; MLQA's "batch size 12" comes after, for another task
    v = verifier.verify("x", "When fine-tuning models on XGLUE's understanding tasks, Liang et al. use a batch size of 32 and "
                             "a learning rate of 5e-6, training 10 epochs for sentence classification and 20 epochs for "
                             "POS tagging and NER.")
    assert v.verdict != "contradicted"


def test_a_setting_is_read_by_the_words_around_it_in_the_named_paper(verifier):
    # 1811.00570 p.4: "we adopted the language-independent UD labels and a sentence length threshold of 140"
    v = verifier.verify("x", "Throughout their experiments, Ahmad et al. apply a sentence-length threshold of 100.")
    assert v.verdict == "contradicted" and any("140" in b and "threshold" in b for b in v.basis)
    assert verifier.verify("x", "Ahmad et al. apply a sentence-length threshold of 140.").verdict == "supported"
    # 2004.09813 p.3: "rather minor differences (∼0.3 score points) between random seeds": a change with no subject
    v = verifier.verify("x", "Reimers and Gurevych report that results vary by about 1.5 score points between random seeds.")
    assert v.verdict == "contradicted" and v.evidence[0].page == 3


def test_a_named_setting_is_read_by_the_words_around_it_in_a_sentence_naming_it(verifier):
    # 1911.02116 p.5: "For all of our ablation studies, we use a BERTBase architecture with a vocabulary of 150K tokens."
    v = verifier.verify("x", "Conneau et al. run all the ablations in the XLM-R paper with a BERT-Base-sized Transformer "
                             "and a vocabulary of 150K tokens.")
    assert v.verdict == "supported" and "a vocabulary of 150K tokens" in v.evidence[0].quote
    assert any("150K" in b for b in v.basis)
    # named settings are told apart by their names: a framed number alone refutes none of them
    off = verifier.verify("x", "Conneau et al. run all the ablations in the XLM-R paper with a BERT-Base-sized "
                               "Transformer and a vocabulary of 120K tokens.")
    assert off.verdict != "supported"


def test_a_listed_name_swapped_for_another_contradicts(verifier):
    # 1809.05053 p.3 (printed "Agi´c"): "[...] 1332 pairs of the SNLI data into Arabic, French, Russian, and Spanish."
    v = verifier.verify("x", "Conneau et al. point to Agić and Schluter's (2018) human translations of 1,332 SNLI pairs "
                             "into Arabic, French, Russian and German as a resource complementary to XNLI.")
    assert v.verdict == "contradicted" and any("Spanish" in b and "German" in b for b in v.basis)


def test_a_model_size_printed_as_a_subscript_names_the_model(verifier):
    # 1911.02116 p.8, Table 4, QNLI: "XLNetLarge†" 93.9, XLM-R 93.8
    v = verifier.verify("x", "On the English GLUE dev sets, XLM-R edges out XLNet-Large on QNLI.")
    assert v.verdict == "contradicted" and any("93.9" in b for b in v.basis)


def test_the_source_languages_cells_are_not_the_transfers(verifier):
    # 2004.01401 p.6, Table 4: QAM has de, en, fr and their average; UnicoderLC en 69.9 is the source's own score
    v = verifier.verify("x", "On XGLUE's question-answer matching (QAM) task, Unicoder-LC fine-tuned on English data "
                             "reaches about 67% accuracy on Chinese.")
    assert v.verdict == "not_in_corpus"


def test_an_approximate_number_is_given_to_another_setting_only_when_printed_as_claimed(verifier):
    # 1911.02116 Table 1 prints 83.6 for translate-train-all, "about 81%" within 5% of it; no translate-test row
    # for XLM-R
    v = verifier.verify("x", "In the XLM-R paper's XNLI comparison, machine-translating the test sets into English and "
                             "classifying them with XLM-R itself (translate-test) yields about 81% average accuracy.")
    assert v.verdict == "not_in_corpus"


def test_a_mean_over_the_claims_languages_is_read_in_its_datasets_block_and_its_models_rows(verifier):
    # 2004.01401 p.6, Table 4: "POS / M-BERT" ur 53.8, zh 58.3 averaged to 56.05 for a claim about Unicoder on XNLI
    v = verifier.verify("x", "Among the 15 pivot languages in XGLUE's XNLI study, fine-tuning Unicoder on Urdu gives the "
                             "lowest average accuracy, 71.5, which is 3.6 points below the next-worst pivot, Chinese.")
    assert not any("POS" in b or "M-BERT" in b for b in v.basis)


def test_a_sentence_the_next_one_turns_down_supports_nothing(verifier):
    # 1901.07291 p.3: "previous hidden states can be passed to the current batch (Al-Rfou et al., 2018) to provide
    # context to the first words in the batch. However, this technique does not scale to the cross-lingual setting,
    # so we just leave the first words in each batch without context for simplicity."
    v = verifier.verify("x", "In their CLM objective, Lample and Conneau pass previous hidden states to the current batch "
                             "(as Al-Rfou et al., 2018 do) to give context to the first words in each batch.")
    assert v.verdict == "contradicted" and "However, this technique does not scale" in v.evidence[0].quote


def test_a_kind_the_named_paper_never_prints_is_contradicted_by_its_own(verifier):
    # 1811.00570 p.3: "In this work, we simply use Manhattan distance"; "Euclidean" is printed nowhere in it
    v = verifier.verify("x", "Ahmad et al. measure how far apart two languages' word orders are with the Euclidean "
                             "distance between their feature vectors.")
    assert v.verdict == "contradicted" and "Manhattan distance" in v.evidence[0].quote
    assert verifier.verify("y", "Ahmad et al. measure how far apart two languages' word orders are with the Manhattan "
                                "distance between their feature vectors.").verdict != "contradicted"


def test_a_difference_of_sizes_is_oriented_by_its_sides(verifier):
    # 1911.02116 p.11, Table 6: ur 5.7 GiB, sw 1.6 GiB
    right = verifier.verify("x", "In the CC-100 corpus behind XLM-R, the Urdu portion is 4.1 GiB larger than the Swahili "
                                 "portion.")
    assert right.verdict == "supported" and any("5.7" in b and "1.6" in b for b in right.basis)
    assert verifier.verify("y", "In the CC-100 corpus behind XLM-R, the Swahili portion is 4.1 GiB larger than the "
                                "Urdu portion.").verdict == "contradicted"


def test_a_ranking_of_two_models_on_one_language_is_read_from_cells(verifier):
    # a language named, no dataset: XTREME's per-language tables rank XLM-R above mBERT on Swahili
    v = verifier.verify("x", "mBERT outperforms XLM-R on Swahili.")
    assert v.verdict == "contradicted" and any("× sw" in b for b in v.basis)


def test_a_symbol_set_to_another_value_in_the_named_paper(verifier):
    # 2004.01401 p.7: "We set the number of future tokens n to 2."
    v = verifier.verify("x", "XGLUE's Unicoder decoder predicts four future tokens at each time step (n = 4).")
    assert v.verdict == "contradicted" and "n to 2" in v.evidence[0].quote


def test_a_count_the_named_paper_prints_in_a_table_is_not_refuted_by_another_sentence(verifier):
    # 1811.00570, Table 5 (pp. 14-15) prints SynTagRus' 48814 training sentences; p.8's "the first 4,000 sentences"
    # of each language is another count
    v = verifier.verify("x", "For Russian, Ahmad et al. use the SynTagRus treebank, whose training split holds 48,814 "
                             "sentences.")
    assert v.verdict != "contradicted"


def test_a_row_citing_the_claims_work_prints_its_number(verifier):
    # 1901.07291 p.7, Table 3: "Sennrich et al. (2016)" 33.9; the ro→en row of XLM prints 28.4, 31.5 and 35.3
    v = verifier.verify("x", "The earlier state of the art that Lample and Conneau compare against on supervised WMT'16 "
                             "Romanian-English translation, the back-translation ensemble of Sennrich et al. (2016), "
                             "stands at 33.9 BLEU.")
    assert v.verdict != "contradicted"


def test_a_ranking_of_two_settings_on_one_language_they_share(verifier):
    # 1809.05053 p.8, Table 4, hi column: TRANSLATE TRAIN BiLSTM-max 62.1, TRANSLATE TEST BiLSTM-max 64.2; "on Hindi"
    # is the cells' shared column, not a name either row must carry
    v = verifier.verify("x", "Among the XNLI paper's machine-translation baselines, the BiLSTM-max classifier trained on "
                             "training data translated into Hindi (translate-train) scores higher on Hindi than the one "
                             "applied to Hindi test data translated into English (translate-test).")
    assert v.verdict == "contradicted" and any("62.1 ≤" in b and "64.2" in b for b in v.basis)


def test_a_rows_number_is_read_under_the_claimed_metric(verifier):
    # 2101.11112 p.7, Table 3: "about 73.5 F1" had been matched by 73.1 under "Test P"; the standard focal loss is
    # never evaluated in that ablation
    v = verifier.verify("x", "In Li et al.'s German ablation with mBERT, sequential fine-tuning on the pseudo-labelled data "
                             "with the standard focal loss gives about 73.5 F1, between the cross-entropy and re-weighted "
                             "variants.")
    assert v.verdict != "supported" and not any("73.1" in b for b in v.basis)


def test_a_row_of_a_setting_with_a_language_the_claim_leaves_out(verifier):
    # 1906.01502 p.4, Table 6: "Train on monolingual HI+EN" is not Hindi alone
    v = verifier.verify("x", "Pires et al. report that M-BERT fine-tuned on monolingual Hindi POS data alone, without the "
                             "English part, tags the script-corrected code-switched Hindi/English test set with about 80% "
                             "accuracy.")
    assert v.verdict == "not_in_corpus"


def test_numbers_given_over_a_run_of_sentences_support_together(verifier):
    # 2004.01401 p.5 gives the batch size, the learning rate and the two epoch counts in four consecutive sentences
    v = verifier.verify("x", "Liang et al. fine-tune on XGLUE's understanding tasks with a batch size of 32 and a learning "
                             "rate of 5e-6, for 10 epochs on sentence classification and 20 epochs on POS tagging and NER.")
    assert v.verdict == "supported" and len(v.evidence) >= 3 and {e.page for e in v.evidence} == {5}
    assert any("sentences of 2004.01401, at most" in b for b in v.basis)


def test_a_run_of_sentences_missing_one_claimed_number_supports_nothing(verifier):
    v = verifier.verify("x", "Liang et al. fine-tune on XGLUE's understanding tasks with a batch size of 32 and a learning "
                             "rate of 5e-6, for 10 epochs on sentence classification and 30 epochs on POS tagging and NER.")
    assert v.verdict != "supported"


def test_names_set_in_small_capitals_are_read(verifier):
    # 2305.14857 p.4 prints "XLSUM and WIKIANN"
    v = verifier.verify("x", "BUFFET samples 1,000 test instances for XLSUM and WikiANN and 2,000 test instances for Amazon "
                             "Review to reduce inference costs.")
    assert v.verdict == "supported" and v.evidence[0].page == 4


def test_about_a_whole_number_is_not_a_few_points_off(verifier):
    # 1902.09492 Table 3 averages 69.2 for a POS-free row of another model; "about 66" is not 69.2
    v = verifier.verify("x", "Without any POS tags, Schuster et al.'s aligned fastText baseline averages about 66 LAS over "
                             "the six zero-shot target languages.")
    assert v.verdict != "supported" and not any("69.2" in b for b in v.basis)


def test_more_than_expected_against_less_than_expected(verifier):
    # 1911.01464 p.1: overlap "only accounts for a few points [...], much less than might be expected"
    v = verifier.verify("x", "Wu et al. show that the amount of shared vocabulary accounts for a much larger part of "
                             "transfer performance than expected.")
    # (found either as "more than expected" against "less than expected" or as "larger" against "less")
    assert v.verdict == "contradicted" and "much less than might be expected" in v.evidence[0].quote
    assert any("than expected" in b or ('"larger"' in b and '"less"' in b) for b in v.basis)


def test_a_finding_the_next_sentence_takes_up(verifier):
    # 2005.00396 p.7: "Rönnqvist et al. (2019) found that current multilingual BERT models may be undertrained. This
    # is consistent with our findings that multilinguality arises late in the training stage." A later "achieving
    # multilinguality early [...] is valuable" judges what would be good; it states no finding
    v = verifier.verify("x", "Dufter and Schütze tie their finding that multilinguality arises only late in training to "
                             "Rönnqvist et al.'s observation that current multilingual BERT models may be undertrained.")
    assert v.verdict == "supported" and [e.page for e in v.evidence[:2]] == [7, 7]
    assert "consistent with our findings" in v.evidence[1].quote


def test_improving_on_a_named_baseline_is_a_difference_of_two_rows(verifier):
    # 1811.00570 p.5, Table 2, id: SelfAtt-Graph 49.20 against the baseline of Guo et al. (2015) 40.84
    v = verifier.verify("x", "For Indonesian, Ahmad et al.'s SelfAtt-Graph parser improves on the Guo et al. (2015) "
                             "transfer baseline by roughly 8.4 UAS.")
    assert v.verdict == "supported" and any("49.20" in b and "40.84" in b for b in v.basis)


def test_a_tool_named_where_the_paper_names_another(verifier):
    # 1902.09492 p.6: "We used the biaffine parser implemented in AllenNLP"; UDPipe only tokenises
    v = verifier.verify("x", "Schuster et al. train their dependency parsers with the biaffine parser implemented in UDPipe.")
    assert v.verdict == "contradicted" and any("AllenNLP" in b and "UDPipe" in b for b in v.basis)


def test_several_decimals_in_one_row_need_few_shared_words(verifier):
    # 1911.01464 p.5, Table 1, row "Sep Emb + L1-3": XNLI fr 69.2, ru 61.7, zh 56.4
    v = verifier.verify("x", "Even with both the embeddings and the bottom three Transformer layers made language-specific "
                             "(Sep Emb + L1-3), Wu et al.'s bilingual masked language models keep 69.2% zero-shot XNLI "
                             "accuracy on French, 61.7% on Russian and 56.4% on Chinese.")
    assert v.verdict == "supported" and v.evidence[0].page == 5 and "69.2" in v.evidence[0].quote


def test_a_ranking_whose_side_is_described_between_commas(verifier):
    # 1911.02116 p.7, Table 2, en: Akbik et al. (2018) 93.18 against XLM-R 92.92; fine-tuned on English, the claim
    # is about the en column
    v = verifier.verify("x", "On English CoNLL-2003 NER, Conneau et al.'s XLM-R, fine-tuned on the English training "
                             "data, scores higher than the Flair model of Akbik et al. (2018).")
    assert v.verdict == "contradicted" and any("92.92" in b and "93.18" in b for b in v.basis)


def test_a_ranking_of_two_rows_sharing_both_names_on_a_monolingual_pair(verifier):
    # 2004.09813 p.5, Table 1, AR-AR: XLM-R ←SBERT-nli-stsb 79.9 against XLM-R ←SBERT-paraphrases 79.6; neither
    # mBERT ←SBERT-nli-stsb's row nor Table 2's EN-AR column is about it
    v = verifier.verify("x", "On Arabic-Arabic STS 2017, the XLM-R student distilled from SBERT-paraphrases edges out "
                             "the XLM-R student distilled from SBERT-nli-stsb.")
    assert v.verdict == "contradicted" and any("79.6" in b and "79.9" in b for b in v.basis)


def test_a_difference_column_gives_a_rows_difference(verifier):
    # 2004.09813 p.9, Table 8, Difference: mUSE -0.19, XLM-R ←SBERT-paraphrases -0.11; no row is SBERT-nli-stsb's
    v = verifier.verify("x", "In Reimers and Gurevych's language-bias test, mUSE drops by just 0.11 points when all "
                             "language pairs are pooled into one multilingual STS set.")
    assert v.verdict == "contradicted" and any("-0.19" in b for b in v.basis)
    v = verifier.verify("x", "In Reimers and Gurevych's language-bias test, the XLM-R student distilled from SBERT-nli-stsb "
                             "loses only about 0.3 points relative to its expected score.")
    assert v.verdict != "contradicted"


def test_score_pairs_each_read_for_the_language_written_after_them(verifier):
    # ahmad2019 p.6, Table 3, cs: (en) 60.99/51.63, (en-fr) 61.60/52.41, (en-ru) 61.81/52.45
    v = verifier.verify("x", "With the RNN-Stack parser, Ahmad et al. obtain 60.99/51.63 UAS/LAS on Czech when training on "
                             "English alone, 61.60/52.41 with unlabeled French and 61.81/52.45 with unlabeled Russian as "
                             "auxiliary language.")
    assert v.verdict == "supported"


def test_a_tool_in_lower_case_and_a_count_after_a_rank_word(verifier):
    # 2309.07445 p.15: "[...] using sentencepiece, and vocabulary size of 30K. (2) We added the top-20K new vocabulary
    # tokens to the XLM-R vocabulary."
    v = verifier.verify("x", "For N'Ko and Tifinagh script, the SIB-200 authors train a 30K SentencePiece vocabulary and add "
                             "its top 20K new tokens to XLM-R's vocabulary.")
    assert v.verdict == "supported" and {e.page for e in v.evidence} == {15}


def test_what_a_list_says_of_one_kind_claimed_of_the_kind_before_it(verifier):
    # 1706.04902 p.14: "Canonical methods map the embeddings of both languages to a new shared space [...]. Margin
    # methods map the embeddings of the source language to maximize the margin [...]"
    v = verifier.verify("x", "In Ruder et al.'s survey, canonical methods map the source embeddings so as to maximise "
                             "the margin between correct translations and other candidates.")
    assert v.verdict == "contradicted" and {e.page for e in v.evidence} == {14}
    assert any("lists kinds of methods" in b for b in v.basis)
    v = verifier.verify("x", "In Ruder et al.'s survey, margin methods map the source-language embeddings so as to "
                             "maximise the margin between correct translations and other candidates.")
    assert v.verdict == "supported"


def test_a_list_of_counts_is_read_as_one(verifier):
    # 1911.02116 p.3: "We also consider larger sets of 15, 30, 60 and all 100 languages."
    v = verifier.verify("x", "Conneau et al. additionally pretrain XLM-R variants on sets of 15, 30, 60 and all 100 "
                             "languages.")
    assert v.verdict == "supported" and v.evidence[0].page == 3
    v = verifier.verify("x", "Conneau et al. additionally pretrain XLM-R variants on sets of 15, 30, 50 and all 100 "
                             "languages.")
    assert v.verdict == "contradicted" and any("50 languages" in b and "60 languages" in b for b in v.basis)


def test_what_is_updated_and_what_is_kept_fixed_swapped(verifier):
    # 1809.05053 p.8: "we fine-tune the lookup table associated to the target encoder, but keep the source word
    # embeddings fixed"
    v = verifier.verify("x", "To align a target-language BiLSTM encoder with the English one, Conneau et al. freeze the "
                             "target lookup table and fine-tune the English source word embeddings.")
    assert v.verdict == "contradicted" and any("kept fixed are swapped" in b for b in v.basis)


def test_a_caption_naming_a_task_names_the_papers_dataset_for_it(verifier):
    # 2003.11080 p.20, Table 21 "NER results (F1 Score) for each language": XTREME's NER dataset is WikiANN
    v = verifier.verify("x", "In XTREME's per-language WikiANN results, XLM-R scores an F1 of 84.0 on Dutch.")
    assert v.verdict == "supported" and v.evidence[0].page == 20
    v = verifier.verify("x", "For Chinese WikiANN NER in XTREME, XLM-R outperforms mBERT.")
    assert v.verdict == "contradicted" and v.evidence[0].page == 20


def test_a_printed_up_to_bound_does_not_gainsay_a_smaller_number(verifier):
    # 1901.07291 p.7: "[...] consistent significant improvements of up to 7 BLEU on German-English" (another
    # comparison); the claimed 4.6 is Table 2's encoder-only less decoder-only
    v = verifier.verify("x", "For unsupervised German-to-English translation, Lample and Conneau get 4.6 BLEU more from "
                             "initialising only the encoder with MLM pretraining than from initialising only the decoder "
                             "that way.")
    assert v.verdict != "contradicted"


def test_a_difference_between_rows_of_two_groups_the_claim_tells_apart(verifier):
    # 1809.05053 p.8, Table 4, el: TRANSLATE TEST BiLSTM-max 69.1, TRANSLATE TRAIN BiLSTM-max 66.4, X-BiLSTM-max 68.9
    v = verifier.verify("x", "In the XNLI paper, on Greek the TRANSLATE TEST BiLSTM-max baseline beats the X-BiLSTM-max "
                             "encoder by 0.2 points.")
    assert v.verdict == "supported" and any("69.1" in b and "68.9" in b for b in v.basis)
    v = verifier.verify("x", "In the XNLI paper, on Greek the TRANSLATE TRAIN BiLSTM-max baseline lags behind the "
                             "X-BiLSTM-max encoder by 2.5 points.")
    assert v.verdict == "supported" and any("66.4" in b for b in v.basis)
    v = verifier.verify("x", "In the XNLI paper, on Greek the TRANSLATE TEST BiLSTM-max baseline beats the X-BiLSTM-max "
                             "encoder by 1.2 points.")
    assert v.verdict != "supported"


def test_a_row_naming_no_claimed_training_language_is_another_setting(verifier):
    # 2004.01401 p.8, Table 7: "XLM-Rbase (pl)" is fine-tuned on every pivot language; XGLUE never fine-tunes XLM-R
    # base on Spanish alone (its pivot study, Table 5, is Unicoder-LC's)
    v = verifier.verify("x", "In XGLUE's pivot-language study on XNLI, fine-tuning XLM-R base on the Spanish training "
                             "data instead of the English one raises its average accuracy to about 75.")
    assert v.verdict == "not_in_corpus"


def test_a_training_setting_changed_among_settings_given_over_sentences(verifier):
    # 2004.01401 p.7: "In the fine-tuning stage, the batch size is 1024. We use Adam Optimizer [...] with learning rate
    # 1e-5 and warm-up steps 2000."
    v = verifier.verify("x", "For generation, XGLUE fine-tunes its xDAE-pretrained Unicoder with a batch size of 1,024, a "
                             "learning rate of 1e-5 and 4,000 warm-up steps.")
    assert v.verdict == "contradicted" and any("2000" in b for b in v.basis) and {e.page for e in v.evidence} == {7}
    v = verifier.verify("x", "For generation, XGLUE fine-tunes its xDAE-pretrained Unicoder with a batch size of 1,024, a "
                             "learning rate of 1e-5 and 2,000 warm-up steps.")
    assert v.verdict == "supported"


def test_a_change_column_and_a_pair_one_group_holds(verifier):
    # 1911.01464 Table: a "∆" cell (-1.4) is no score a claimed 68.3% could be; 1911.02116 Table: "XLM-7 CC" and
    # "XLM-7 Wiki" under translate-train-all are compared within that group, never across to cross-lingual transfer
    sentence = ("Specifically, in the translate-train-all setting, we observe that the biggest gains for XLM models "
                "trained on CC, compared to their Wikipedia counterparts, are on low-resource languages; 7% and 4.8% "
                "improvement on Swahili and Urdu respectively.")
    v = verifier.verify("x", sentence, ("1911.02116", 8, sentence))  # read as the paper's own: its sentence set aside
    assert v.verdict == "supported" and any("XLM-7 CC × ur] 71.5" in b for b in v.basis)
    assert not any("cross-lingual transfer" in b for b in v.basis if "recomputed" in b)
    sentence = "On average, predictions on XNLI are consistent between English and another language for 68.3% of examples."
    v = verifier.verify("x", sentence, ("2003.11080", 7, sentence))
    assert not any("∆" in b for b in v.basis)


def test_counts_given_a_paragraph_apart_and_a_lists_items_read_with_its_opening(verifier):
    # 1902.09492 p.6: "[...] embeddings of dimension 1024 for all languages." and, in the next paragraph, "For all
    # experiments we use the 50k most common words in each language."
    v = verifier.verify("x", "In Schuster et al.'s setup, the default ELMo configuration yields 1024-dimensional "
                             "embeddings in every language, and the alignment experiments are restricted to each "
                             "language's 50k most frequent words.")
    assert v.verdict == "supported" and len(v.evidence) == 2 and all(e.page == 6 for e in v.evidence)
    v = verifier.verify("x", "In Schuster et al.'s setup, the default ELMo configuration yields 1024-dimensional "
                             "embeddings in every language, and the alignment experiments are restricted to each "
                             "language's 20k most frequent words.")
    assert v.verdict != "supported"
    # 2101.11112 p.3: "We used parallel corpus crawled from the OPUS website [...] the following data sets: [...]
    # • WMT-News: [...] contains 18 languages. • NewsCommentary: [...] which contains 12 languages."
    v = verifier.verify("x", "Among the OPUS corpora that Li, He and Xu sample their parallel data from, WMT-News "
                             "(WMT's news test sets) spans 18 languages and NewsCommentary 12.")
    assert v.verdict == "supported" and any("OPUS" in b for b in v.basis)


def test_what_a_paper_says_of_the_works_a_claim_likens_its_subject_to(verifier):
    # 1902.09492 p.5: "Most previous cross-lingual dependency parsing models used transition-based models (Ammar et
    # al., 2016; Guo et al., 2016). We follow [...] and use a first-order graphbased model."
    v = verifier.verify("x", "Like Ammar et al. (2016) and Guo et al. (2016), Schuster et al. build their cross-lingual "
                             "dependency parser on a transition-based model.")
    assert v.verdict == "contradicted" and any("graph-based" in b for b in v.basis)
    assert [e.page for e in v.evidence][:2] == [5, 5]


def test_a_ranking_among_the_top_two_and_a_finding_that_holds_even_there(verifier):
    # 1809.05053 p.5: "a translation of at least one of the words no, not or never is among the top two cues for
    # contradiction in all languages."
    v = verifier.verify("x", "The XNLI authors observe that in every language a translation of 'no', 'not' or 'never' "
                             "ranks among the two strongest lexical cues for the contradiction label.")
    assert v.verdict == "supported" and v.evidence[0].page == 5
    # 1901.07291 p.2: "[...] even for high-resource language pairs such as English-German [...]"
    v = verifier.verify("x", "Lample and Conneau cite Ramachandran et al. (2016) as finding that language-model "
                             "pretraining helps machine translation only for low-resource pairs, not for high-resource "
                             "pairs such as English-German.")
    assert v.verdict == "contradicted" and any("even for high-resource" in b for b in v.basis)


def test_a_sentence_on_what_a_section_holds_is_no_half_of_a_finding(verifier):
    # 2004.01401 p.4: "Section 4 describes how to extend Unicoder to cover cross-lingual generation tasks. The original
    # Unicoder (Huang et al., 2019) includes more pre-training tasks besides MLM and TLM." names none of them
    v = verifier.verify("x", "Besides MLM and TLM, the original Unicoder of Huang et al. (2019) is pretrained with "
                             "cross-lingual word recovery and cross-lingual paraphrase classification tasks.")
    assert v.verdict == "not_in_corpus"


def test_one_of_a_listed_few_swapped_where_the_sentence_leans_on_the_one_before(verifier):
    # 2004.01401 p.3: "News Title Generation (NTG) This task aims to generate a proper title for a given news body.
    # [...] It covers 5 languages, including German, English, French, Spanish and Russian."
    v = verifier.verify("x", "XGLUE's news title generation (NTG) task covers German, English, French, Spanish and Italian.")
    assert v.verdict == "contradicted" and any("Russian" in b and "Italian" in b for b in v.basis)
    v = verifier.verify("x", "XGLUE's news title generation (NTG) task covers German, English, French, Spanish and Russian.")
    assert v.verdict != "contradicted"


def test_a_table_read_with_its_citing_section_and_numbers_printed_together_elsewhere(verifier):
    # 1911.02116 p.8: Table 5 names no dataset, the section citing it is about XNLI ("[...] to assess this claim on
    # the XNLI benchmark. We extend our comparison [...] in Table 5."); "XLM-7 CC" is XLM-7 trained on CommonCrawl
    v = verifier.verify("x", "With translate-train-all fine-tuning, Conneau et al.'s XLM-7 gains 2.4 points of French "
                             "XNLI accuracy when pretrained on CommonCrawl instead of Wikipedia (80.1 to 82.5).")
    assert v.verdict == "supported" and v.evidence[0].page == 8
    # 2101.11112 p.7, Table 3 (the ablation) prints 71.2 and 74.3 in one row: the main table's other cells refute nothing
    v = verifier.verify("x", "In Li et al.'s German ablation with mBERT, sequential fine-tuning on the pseudo-labelled "
                             "data with ordinary cross-entropy loss gives 71.2 precision and 74.3 recall.")
    assert v.verdict == "supported" and v.evidence[0].page == 7


def test_counts_of_another_configuration_yield_to_a_row_printing_all_the_claimed_ones(verifier):
    # 2005.00396 p.3 (its own sentence, set aside): p.4 gives BERT-base "hidden size: 768, intermediate size: 3072";
    # the p.14 settings table prints "Hidden size 64; 768 for large models [...] Intermediate layer size 256"
    own = ("We use the BERT-Base architecture (Devlin et al., 2019), modified to achieve a smaller model: we divide "
           "hidden size, intermediate size of the feed forward layer and number of attention heads by 12; thus, "
           "hidden size is 64 and intermediate size 256.")
    v = verifier.verify("x", own, ("2005.00396", 3, own))
    assert v.verdict == "supported" and v.evidence[0].page == 14


def test_a_row_printing_the_claimed_counts_is_not_the_model_a_sentence_counts_otherwise(verifier):
    # 1911.02116 p.3: "XLM-R Base (L = 12, H = 768, A = 12, 270M params)"; the p.12 row "bBPE | 12 | 768 | 125M"
    # (RoBERTa's, its model name lost in the PDF) prints the claimed counts
    v = verifier.verify("x", "XLM-R Base, with 12 layers and a hidden size of 768, has some 125M parameters.")
    assert v.verdict != "supported"
    # the claim attributed to the paper, every count in one row of its table: that row may be the claim's
    v = verifier.verify("x", "In Conneau et al.'s model-size table, XLM-17 is a 16-layer model with hidden size 1280, "
                             "a 200k vocabulary and 570M parameters.")
    assert v.verdict != "contradicted"


def test_a_share_of_examples_is_not_refuted_by_a_table_of_accuracies(verifier):
    own = ("On average, predictions on XNLI are consistent between English and another language for 68.3% of "
           "examples.")
    v = verifier.verify("x", own, ("2003.11080", 7, own))
    assert v.verdict != "contradicted"


def test_a_row_of_another_suffixed_variant_is_not_the_claimed_one(verifier):
    # 2004.09813 p.8: KorSTS reports "XLM-R-large ←SBERT-large-nli-stsb" (83.00), not the SBERT-paraphrases student
    v = verifier.verify("x", "On Korean STS, Reimers and Gurevych's XLM-R student of SBERT-paraphrases reaches a "
                             "Spearman correlation of 83.")
    assert v.verdict != "supported"


def test_a_column_of_a_source_and_its_auxiliary_language_is_no_transfer_read_backwards(verifier):
    # ahmad2019 p.6, Table 3: row es, column (en-ru) 74.83†/66.83†
    v = verifier.verify("x", "With unlabeled Russian as auxiliary language, Ahmad et al.'s RNN-Stack parser transfers "
                             "from English to Spanish at 74.83 UAS.")
    assert v.verdict == "supported"


def test_one_row_printing_one_of_two_compared_scores_refutes_nothing(verifier):
    # 1902.09492 p.13, Table 6: layer 1 "SV: 49 / 68", layer 0 "SV: 41 / 61", each in its own row
    v = verifier.verify("x", "For Swedish, Schuster et al.'s anchors from the first ELMo layer reach a precision@1 of "
                             "49 against 41 for layer 0.")
    assert v.verdict != "contradicted"


def test_a_finding_the_sentence_credits_to_another_cited_work_contradicts(verifier):
    # ahmad2019 p.8: "Cohen et al. (2011) learn a generative target language parser with unannotated target data as a
    # linear interpolation of the source language parsers."
    v = verifier.verify("x", "Ahmad et al. attribute to Täckström et al. (2013) a generative target language parser "
                             "learned with unannotated target data as a linear interpolation of source language parsers.")
    assert v.verdict == "contradicted" and any("Cohen" in b for b in v.basis)
    # 1902.09492 p.2: "Xiao and Guo (2014) represent word pairs as a mutual vector, while Adams et al. (2017) [...]"
    v = verifier.verify("x", "Schuster et al. say that Adams et al. (2017) represent every word pair as one mutual vector.")
    assert v.verdict == "contradicted" and any("Xiao" in b for b in v.basis)


def test_numbers_of_a_table_the_parser_missed_keep_the_main_table_from_refuting_them(verifier):
    # 1811.00570 p.19, Table 11 (not found as a table): "(ADJ, NOUN, amod) [...] head-first 7.01% 41.80/37.03 [...]
    # 40.59/19.85"; the main table's Czech cells (63.10, 62.26) are overall scores
    v = verifier.verify("x", "On Czech adjectival modifiers placed after their head noun, Ahmad et al.'s SelfAtt-Graph "
                             "parser reaches a labeled attachment score 17.18 points above the RNN-Stack parser "
                             "(37.03 vs 19.85).")
    assert v.verdict != "contradicted"


def test_header_names_in_small_capitals_and_iso_639_3_columns(verifier):
    # 2305.14857 p.24, "Table 16: Model performance on INDIC SENTIMENT." (row "EICL ChatGPT", column bn)
    v = verifier.verify("x", "In BUFFET's IndicSentiment table, ChatGPT with English instructions reaches 91.8% on "
                             "Bengali.")
    assert v.verdict == "supported" and v.evidence[0].page == 24
    # 2004.09813 p.14, Table 9: Tatoeba columns labelled "hye", "kat", ...
    v = verifier.verify("x", "On Tatoeba, Reimers and Gurevych report that LASER finds the Armenian translation "
                             "36.1% of the time.")
    assert v.verdict == "supported" and "hye" in v.evidence[0].quote


def test_a_row_bearing_out_a_score_is_read_for_the_claimed_counts_too(verifier):
    # 1811.00570 p.16, Table 7: "(PUNCT, VERB, punct) | Avg. Freq. (%) 6.91 | #Lang. 30"
    v = verifier.verify("x", "In Ahmad et al.'s appendix, the type (PUNCT, VERB, punct) has an average frequency of 6.91% "
                             "and appears in 30 languages.")
    assert v.verdict == "supported" and any("#Lang." in b for b in v.basis)
    v = verifier.verify("x", "In Ahmad et al.'s appendix, the type (PUNCT, VERB, punct) has an average frequency of 6.91% "
                             "and appears in 25 languages.")
    assert v.verdict == "contradicted" and any("#Lang." in b and "30" in b for b in v.basis)


def test_a_sentence_on_what_a_work_studied_bears_out_nothing_of_what_it_concluded(verifier):
    # 2005.00396 p.9: "K et al. (2020) extensively study reasons for multilinguality (e.g., researching depth, number
    # of parameters and attention heads). They conclude that depth is essential."
    v = verifier.verify("x", "Dufter and Schütze describe K et al. (2020), who studied depth, number of parameters and "
                             "attention heads, as finding that the attention heads are the essential factor.")
    assert v.verdict != "supported"


def test_parity_in_the_past_tense_against_a_claimed_advantage(verifier):
    # 1911.02116 p.8: "pretraining on Wikipedia for Swahili and Urdu performed similarly to a randomly initialized model"
    v = verifier.verify("x", "Conneau et al. say Wikipedia pretraining gave Swahili and Urdu a large advantage over a "
                             "randomly initialized model.")
    assert v.verdict == "contradicted" and any("equally well" in b for b in v.basis)


def test_the_size_of_a_whole_a_paper_draws_on_is_not_refuted_by_its_own_counts(verifier):
    # 2005.00396 uses two editions of the Parallel Bible Corpus; it never gives the corpus's size
    v = verifier.verify("x", "The Parallel Bible Corpus that Dufter and Schütze draw on covers more than 1,000 "
                             "languages.")
    assert v.verdict != "contradicted"


def test_a_sentence_naming_another_dataset_gives_no_other_figure_for_the_claimed_one(verifier):
    # 2003.11080 p.7: its XNLI sentence (71.8%) and the next one, "On the XQuAD test set, mBERT correctly predicts
    # around 60% of examples [...]"; and a share of examples is no score of the accuracy tables
    own = ("On the XNLI dev set, mBERT correctly predicts on average 71.8% of examples that were correctly predicted "
           "in English.")
    assert verifier.verify("x", own, ("2003.11080", 7, own)).verdict != "contradicted"


def test_counts_in_a_header_unit_read_from_the_row_of_each_claimed_size(verifier):
    # 1911.02116 p.11, Table 6: "ru Russian 23408 278.0", "vi Vietnamese 24757 137.3" under "Tokens (M)", "Size (GiB)"
    claim = ("According to the XLM-R paper's CC-100 statistics, the Russian portion holds 23,408 million tokens "
             "(278.0 GiB) and the Vietnamese portion {} million tokens (137.3 GiB).")
    v = verifier.verify("x", claim.format("24,757"))
    assert v.verdict == "supported" and any("Tokens (M)] 23408" in b for b in v.basis)
    v = verifier.verify("x", claim.format("21,757"))
    assert v.verdict == "contradicted" and "the row prints [vi / Vietnamese × Tokens (M)] 24757" in v.basis[0]


def test_a_row_cell_under_another_pretraining_bears_out_nothing_of_the_claimed_one(verifier):
    # 1901.07291 p.7, Table 3: "ro↔en + BT" prints 34.4 (-), 37.0 (CLM) and 38.5 (MLM)
    v = verifier.verify("x", "In Lample and Conneau's supervised WMT'16 Romanian-English experiments, a model trained "
                             "with back-translation on top of MLM pretraining reaches about 37 BLEU.")
    assert v.verdict != "supported"


def test_a_change_with_the_two_scores_compared_says_what_changed(verifier):
    # 1811.00570 p.5, Table 2: Hebrew LAS 45.69 (SelfAtt-Stack) and 26.57 (Guo et al., 2015)
    v = verifier.verify("x", "On Hebrew, Ahmad et al.'s self-attentive stack-pointer parser beats the re-trained "
                             "shift-reduce baseline of Guo et al. (2015) by about 19 LAS points (45.69 vs 26.57).")
    assert v.verdict == "supported" and any("45.69" in b for b in v.basis) and any("26.57" in b for b in v.basis)


def test_a_task_spelled_out_is_read_in_the_block_its_abbreviation_heads(verifier):
    # 2004.01401 p.6, Table 4: the QAM block's M-BERT row prints de 64.7, en 67.5, fr 66.0; WPR's Italian column
    # prints 70.3 for UnicoderLC and 70.7 for XLM-Rbase
    v = verifier.verify("x", "On XGLUE's question-answer matching task, M-BERT fine-tuned on English data scores 64.7 "
                             "on German, 67.5 on English and 66.0 on French.")
    assert v.verdict == "supported" and all("[QAM / M-BERT" in b for b in v.basis[:3])
    v = verifier.verify("x", "On the Italian test set of XGLUE's web page ranking task, Unicoder-LC obtains a higher "
                             "nDCG than XLM-R base.")
    assert v.verdict == "contradicted" and "[WPR / UnicoderLC × it] 70.3" in v.basis[0]


def test_a_decoder_the_sentence_gives_the_other_of_two_contrasted_parsers_contradicts(verifier):
    v = verifier.verify("x", "In Ahmad et al.'s experiments, the RNN-Stack parser pairs its recurrent encoder with a "
                             "graph-based deep biaffine decoder.")
    assert v.verdict == "contradicted" and any("of SelfAtt-Graph, not of RNN-Stack" in b for b in v.basis)


def test_a_number_the_named_paper_frames_for_another_language_bears_out_nothing(verifier):
    # 2309.07445 p.6: "Basque scores exceptionally high (≈90%) in the fully supervised and cross-lingual transfer
    # scenarios"; the claim's Quechuan is a family the vocabulary lacks
    v = verifier.verify("x", "Adelani et al. remark that the Quechuan language, despite its steep drop under zero-shot "
                             "prompting, scores exceptionally high (about 90%) in the fully supervised and cross-lingual "
                             "transfer settings.")
    assert v.verdict != "supported"


def test_a_claim_about_one_script_reads_its_own_column_of_a_row(verifier):
    # 2309.07445 p.16, Table 7: AfroXLMR-76 prints Latn 76.5, Arab 77.5, Ethi 83.5, Tfng 26.2, Nkoo 22.0
    claim = ("In SIB-200's script-level breakdown of African languages, AfroXLMR-76 reaches about {}% accuracy on the "
             "languages written in the {} script.")
    assert verifier.verify("x", claim.format(25, "Adlam")).verdict != "supported"  # no Adlam column
    v = verifier.verify("x", claim.format(26, "Tifinagh"))
    assert v.verdict == "supported" and any("26.2" in b for b in v.basis)


def test_a_caption_says_what_its_table_is_in_its_first_sentence(verifier):
    # 2309.07445 p.16: "Table 7: African-centric Evaluation based on script on SIB-200. The number of languages per
    # script [...]" is a table of accuracies (Ethi: AfroXLMR 85.1, XLM-R 76.0), not of counts
    v = verifier.verify("x", "On SIB-200's two African languages written in Ethiopic script, AfroXLMR outperforms "
                             "XLM-R by 9.1 accuracy points (85.1 vs 76.0).")
    assert v.verdict == "supported" and any("= 9.1" in b for b in v.basis)


def test_a_need_the_claim_denies_and_the_paper_states_contradicts(verifier):
    # 2005.00396 p.6: "We conclude that having a similar word order structure is necessary for BERT to create a
    # multilingual space."
    v = verifier.verify("x", "Dufter and Schütze conclude that a similar word-order structure between languages is not "
                             "needed for BERT to build a multilingual space.")
    assert v.verdict == "contradicted" and "is necessary" in v.basis[0]


def test_english_where_the_paper_says_each_target_language_contradicts(verifier):
    # 1809.05053 p.8 (footnote 4 set between "For X-BiLSTMs," and the rest): "For X-BiLSTMs, we perform model
    # selection on the XNLI validation set in each target language."
    v = verifier.verify("x", "Conneau et al. select their X-BiLSTM encoders on the English portion of the XNLI "
                             "validation data only.")
    assert v.verdict == "contradicted" and "each target language" in v.basis[0]
    assert v.evidence[0].quote.startswith("For X-BiLSTMs, we perform model selection")


def test_a_footnote_does_not_cut_the_sentence_that_bears_a_claim_out(verifier):
    # 1906.01502 p.5 (footnotes 8 and 9 set inside the sentence): "[...] effective transfer to typologically
    # divergent and transliterated targets will likely require the model to incorporate an explicit multilingual
    # training objective"
    v = verifier.verify("x", "Pires et al. conclude that M-BERT's monolingual-corpus pretraining suffices even for "
                             "typologically divergent and transliterated targets, so no explicit multilingual training "
                             "objective is needed.")
    assert v.verdict == "contradicted" and "will likely require" in v.basis[0]
    # 2309.07445 p.3: "“business” (80 sentences), “disasters” (73 sentences), “crime” (72 sentences)"
    v = verifier.verify("x", "SIB-200 drops the 'crime' topic, which had only 80 annotated sentences, because it keeps "
                             "only categories with more than 80 sentences.")
    assert v.verdict == "contradicted" and any("72 for crime" in b for b in v.basis)


def test_what_the_claim_gives_one_model_the_paper_gives_the_ones_it_sets_aside(verifier):
    # 2004.09813 p.4: "mBERT and DistilmBERT use different language-specific tokenization tools [...]. In contrast,
    # XLM-R uses a SentencePiece model that can be applied directly on raw text data for all languages."
    v = verifier.verify("x", "Reimers and Gurevych report results only for XLM-R because, unlike mBERT and DistilmBERT, "
                             "it depends on language-specific tokenization tools, whereas those two apply a "
                             "SentencePiece model directly to raw text.")
    assert v.verdict == "contradicted" and any("sets aside" in b for b in v.basis)


def test_simpler_than_and_outperformed_the_state_of_the_art_reverse_their_opposites(verifier):
    # 1809.05053 p.7: "[...] is conceptually and computationally simpler than generating a translation [...]"
    v = verifier.verify("x", "Conneau et al. regard training source and target sentences to be close in an embedding "
                             "space as conceptually and computationally more demanding than generating a translation "
                             "of the source sentence.")
    assert v.verdict == "contradicted" and "difficulty the other way round" in v.basis[0]
    # 1901.07291 p.2 (footnote 1 set inside the sentence): "Their multilingual model outperformed the state of the
    # art on low-resource language pairs, and enabled zero-shot translation."
    v = verifier.verify("x", "Lample and Conneau note that Johnson et al.'s single shared LSTM encoder-decoder for "
                             "multilingual machine translation fell short of the state of the art on low-resource "
                             "language pairs.")
    assert v.verdict == "contradicted" and "ranking reversed" in v.basis[0]


def test_an_acronym_with_a_version_letter_in_a_model_name_is_printed_there(verifier):
    # 2004.09813 p.6, Table 3, DE-EN: mBERT mean 44.1, mBERT-nli-stsb 38.9 ("stsb": the STS benchmark)
    v = verifier.verify("x", "On German-English BUCC bitext mining, Reimers and Gurevych find that mean-pooled mBERT "
                             "reaches 44.1 F1, which falls to 38.9 once mBERT is fine-tuned on English NLI and STS data.")
    assert v.verdict == "supported" and any("38.9" in b for b in v.basis)


def test_two_counts_each_read_in_the_row_of_its_own_part_of_the_claim(verifier):
    # 1911.02116 p.11, Table 6: el Greek 4285 M tokens, 46.9 GiB; tr Turkish 2736 M tokens, 20.9 GiB
    v = verifier.verify("x", "Conneau et al.'s CC-100 appendix lists 4,285 million Greek tokens (46.9 GiB) and 2,736 "
                             "million Turkish tokens (20.9 GiB) in the data XLM-R was pretrained on.")
    assert v.verdict == "supported" and any("[el / Greek × Tokens (M)] 4285" in b for b in v.basis)


def test_what_two_sentences_keep_apart_or_set_against_each_other_is_no_finding(verifier):
    # 2003.11080 p.12: "For training BERT models on the QA tasks, we use the original BERT codebase. For all other
    # tasks, we use the Transformers library (Wolf et al., 2019)."
    v = verifier.verify("x", "Hu et al. train their BERT models for XTREME's QA tasks with the Transformers library and "
                             "use the original BERT codebase for all other tasks.")
    assert v.verdict == "contradicted" and "crosswise" in v.basis[1]
    # 2004.01401 p.1 and p.5: "XTREME [...] is a concurrent work of XGLUE. But it includes cross-lingual
    # understanding tasks only." "[...] Comparing to it, XGLUE includes both understanding and generation tasks"
    v = verifier.verify("x", "Liang et al. note that the concurrent XTREME benchmark, like XGLUE, also covers "
                             "cross-lingual generation tasks and not only understanding tasks.")
    assert v.verdict != "supported"


def test_a_score_in_a_cell_says_nothing_of_a_claimed_difference_no_cell_gives(verifier):
    # 1901.07291 p.7: "[...] reaches 38.5 BLEU, outperforming the previous SOTA of Sennrich et al. (2016) [...] by
    # more than 4 BLEU"; Table 3's ro↔en + BT cell 38.5 bears out the score, not the claimed margin
    v = verifier.verify("x", "Lample and Conneau's bidirectional Romanian-English model trained with back-translation "
                             "reaches 38.5 BLEU and beats the earlier state of the art of Sennrich et al. by more "
                             "than 6 BLEU.")
    assert v.verdict == "contradicted" and not any("recomputed from table cells" in b for b in v.basis)


def test_two_settings_of_one_model_are_not_the_model_with_and_without_a_method(verifier):
    # 1901.07291 p.6, Table 1, hi: TRANSLATE-TRAIN XLM (MLM+TLM) 72.3, zero-shot XLM (MLM+TLM) 69.6, XLM (MLM) 65.7
    v = verifier.verify("x", "For Hindi, XLM trained with MLM+TLM scores 2.7 points higher on XNLI when fine-tuned on "
                             "the machine-translated Hindi training set than when transferred zero-shot from English.")
    assert not any("65.7" in b for b in v.basis) and v.verdict != "contradicted"


def test_a_supervised_column_is_another_setting_than_transfer(verifier):
    # 1811.00570 p.5, Table 2, de: SelfAtt-Graph 71.34 / 61.62, RNN-Graph 69.49 / 59.31, Supervised (RNN-Graph) 88.58
    v = verifier.verify("x", "For German, Ahmad et al.'s order-sensitive RNN-Graph parser transfers from English "
                             "better than the order-free SelfAtt-Graph parser.")
    assert v.verdict == "contradicted" and "69.49 ≤" in v.basis[0]


def test_a_ranking_on_a_row_the_claim_labels_is_read_on_that_row(verifier):
    # 2309.07445 p.5, Table 3: Tai-Kadai MLP 67.7, Glot-500 61.3 (other families rank them the other way)
    v = verifier.verify("x", "On SIB-200's three Tai-Kadai languages, fully supervised Glot-500 outperforms the "
                             "simple MLP baseline.")
    assert v.verdict == "contradicted" and "[Tai-Kadai × Fully Supervised / Glot-500] 61.3" in v.basis[0]


def test_a_score_read_in_a_row_named_by_language_and_flores_code(verifier):
    # 2309.07445 p.19, Table 8: "Vietnamese | vie_Latn", fully supervised XLM-R 90.5
    v = verifier.verify("x", "In SIB-200's fully supervised results, XLM-R reaches 92.7% accuracy on Vietnamese.")
    assert v.verdict == "contradicted" and "90.5" in v.basis[0]
    # an English-source column is not a French-source one (SIB-200 prints English, Arabic and Chinese sources)
    v = verifier.verify("x", "In SIB-200, XLM-R fine-tuned on French as the source language reaches about 35% "
                             "topic-classification accuracy on Yoruba.")
    assert v.verdict == "not_in_corpus"


def test_in_language_training_against_transfer_from_english_is_one_rows_two_setting_columns(verifier):
    # 2309.07445 p.19, Table 8: "Tatar | tat_Cyrl", Fully Supervised / XLM-R 81.9, Cross-lingual / XLM-R-based / eng
    # 69.8; p.17 has a "Crimean Tatar | crh_Latn" row, another language
    v = verifier.verify("x", "For Tatar in SIB-200, XLM-R fine-tuned on Tatar itself scores 12.1 points above XLM-R "
                             "transferred zero-shot from English.")
    assert v.verdict == "supported" and "[Tatar / tat_Cyrl / Turkic / Europe 2 × Fully Supervised / XLM-R] 81.9" in v.basis[0]
    for claim in ("For Tatar in SIB-200, XLM-R transferred zero-shot from English scores 12.1 points above XLM-R "
                  "fine-tuned on Tatar itself.",
                  "For Tatar in SIB-200, XLM-R fine-tuned on Tatar itself scores 10.1 points above XLM-R transferred "
                  "zero-shot from English."):
        v = verifier.verify("x", claim)
        assert v.verdict == "contradicted" and v.basis[0].count("[Tatar / tat_Cyrl") == 2, claim
    # the transfer written first: its score less the in-language one
    v = verifier.verify("x", "For Tamil in SIB-200, XLM-R fine-tuned only on English data beats fully supervised XLM-R "
                             "by 0.6 accuracy points.")
    assert v.verdict == "supported" and "87.6" in v.basis[0]


def test_a_change_from_one_model_to_another_is_the_one_moved_to_less_the_other(verifier):
    # 2309.07445 p.19, Table 8: Xhosa, Fully Supervised XLM-R base 54, XLM-R 70.7
    v = verifier.verify("x", "For Xhosa in SIB-200, moving from XLM-R base to the large XLM-R raises fully supervised "
                             "topic-classification accuracy by 16.7 points.")
    assert v.verdict == "supported" and "70.7 − [Xhosa" in v.basis[0]


def test_tuning_on_the_target_languages_validation_data_against_englishs_contradicts(verifier):
    # 2003.11080 p.5: "All hyper-parameter tuning is done on English validation data."
    v = verifier.verify("x", "For XTREME's baselines, Hu et al. do all hyper-parameter tuning on the validation data of "
                             "each target language.")
    assert v.verdict == "contradicted" and "English validation data" in v.basis[1]


def test_a_row_without_a_name_the_claim_and_other_rows_write_is_another_setting(verifier):
    # 1901.07291 p.7, Table 2: rows "EMB EMB", "- MLM" (29.2 en-fr), "MLM -"; no EMB encoder with an MLM decoder
    v = verifier.verify("x", "In Lample and Conneau's unsupervised MT ablation, initialising the encoder with EMB and "
                             "the decoder with MLM gives about 29 BLEU on English-French.")
    assert v.verdict == "not_in_corpus"


def test_a_layer_row_is_read_for_the_claims_ordinal_and_a_caption_writing_precision_at_one(verifier):
    # 1902.09492 p.13, Table 6 ("precision @1 / @5"): LAYER 1 × DE 62 / 78, LAYER 0 × DE 54 / 71
    v = verifier.verify("x", "For German-to-English word translation with a dictionary, Schuster et al.'s anchors from "
                             "ELMo's first LSTM layer reach a precision@1 of 62, against 54 for the character-level "
                             "layer 0.")
    assert v.verdict == "supported" and "[LAYER 1 × DE] 62 / 78" in v.basis[0]


def test_tatoebas_iso_639_3_columns_of_languages_named_only_in_prose_are_read(verifier):
    # 2004.09813 p.14, Table 10: XLM-R ←SBERT-p × yid 52.7
    v = verifier.verify("x", "On Tatoeba, Reimers and Gurevych's XLM-R student distilled from SBERT-paraphrases finds "
                             "the English translations of Yiddish sentences with 62.7% accuracy.")
    assert v.verdict == "contradicted" and "52.7" in v.basis[0]


def test_one_of_two_works_given_the_others_thing_or_a_region_swapped_contradicts(verifier):
    # 1706.04902 p.40: "Søgaard et al. (2015) and Levy et al. (2017) exploit the structure of a multi-comparable
    # Wikipedia dataset and a multi-parallel Bible dataset respectively [...]"
    v = verifier.verify("x", "According to Ruder, Vulić and Søgaard, Levy et al. (2017) build sparse cross-lingual "
                             "word representations from the structure of a multi-comparable Wikipedia dataset.")
    assert v.verdict == "contradicted" and "respectively" in v.basis[1]
    # 2309.07445 p.4: "We restrict region-level analysis to Africa and India because we only found these two regions
    # with multilingual PLMs covering many languages."
    v = verifier.verify("x", "The SIB-200 authors confine their region-specific model analysis to Africa and "
                             "South-East Asia, the only two regions where they found multilingual PLMs covering many "
                             "languages.")
    assert v.verdict == "contradicted" and "not of South-East Asia" in v.basis[1]


def test_claimed_scores_printed_in_two_other_rows_of_the_column_refute_nothing(verifier):
    # 2003.11080 p.19, Table 18, fi: "Monolingual" 75.6 / 64.1 and "Monolingual few-shot" 51.4 / 38.1 (mBERT trained
    # in-language), beside the zero-shot mBERT row's 59.7 / 45.3
    v = verifier.verify("x", "On Finnish TyDiQA-GoldP in XTREME, mBERT fine-tuned on the full Finnish training data "
                             "outscores mBERT fine-tuned on only 1,000 Finnish examples by 24.2 F1 (75.6 vs 51.4) and "
                             "26.0 exact match (64.1 vs 38.1).")
    assert v.verdict != "contradicted"


def test_a_name_every_cell_of_the_table_shares_tells_no_side_of_a_ranking_apart(verifier):
    # 2003.11080 p.18, Table 15 (PAWS-X), zh: Translate-train 83.5, Translate-test 77.6
    v = verifier.verify("x", "On Chinese PAWS-X, XTREME's translate-test baseline scores higher than its translate-train "
                             "baseline.")
    assert v.verdict == "contradicted" and "[Translate-test × zh] 77.6 ≤ [Translate-train × zh] 83.5" in v.basis[0]


def test_a_ranking_read_where_the_table_labels_its_cells_in_the_claims_words(verifier):
    # ahmad2019 p.5, Table 2, sv, "Multilingual Word Embeddings" block: (en-fr) 79.90/72.16 < (en-ru) 80.43/72.68;
    # Table 7 (mBERT) ranks them the other way
    v = verifier.verify("x", "For Swedish, Ahmad et al.'s word-embedding-based SelfAtt-Graph parser gains more from "
                             "unlabeled French than from unlabeled Russian as the auxiliary language.")
    assert v.verdict == "contradicted" and "Multilingual Word Embeddings" in v.basis[0]


def test_a_year_the_passage_prints_otherwise_contradicts_a_claim_in_its_words(verifier):
    # 2004.09813 p.3: "UNPC: Manually translated United Nations documents from 1994 - 2014 (Ziemski et al., 2016)."
    v = verifier.verify("x", "Among Reimers and Gurevych's training corpora, UNPC consists of manually translated "
                             "United Nations documents from 2000 to 2014.")
    assert v.verdict == "contradicted" and "claimed 2000, the passage prints 1994" in v.basis[1]


def test_a_corpus_swapped_for_another_among_the_same_words_contradicts(verifier):
    # 2004.09813 p.6: "It consists of a parallel part, drawn from the News Commentary dataset, and sentences drawn from
    # Wikipedia, which are judged as non-parallel."
    v = verifier.verify("x", "Reimers and Gurevych explain that the parallel portion of BUCC was drawn from Europarl, "
                             "while its non-parallel sentences come from Wikipedia.")
    assert v.verdict == "contradicted" and "News Commentary" in v.basis[0]


def test_a_papers_own_margin_stands_beside_the_cell_of_its_score(verifier):
    # 1901.07291 p.1 and p.7 both give 38.5 BLEU "by more than 4 BLEU"; Table 3's ro↔en + BT cell prints 38.5
    text = ("On supervised machine translation, we obtain a new state of the art of 38.5 BLEU on WMT’16 "
            "Romanian-English, outperforming the previous best approach by more than 4 BLEU.")
    v = verifier.verify("x", text, ("1901.07291", 1, text))
    assert v.verdict == "supported"


def test_rows_of_a_bracketed_setting_give_way_to_the_main_table(verifier):
    # 2004.01401: Table 4 (p.6) prints NTG es 9.0 for Unicoder-xDAE and 11.9 for Unicoder-xFNP, as Table 8's "(pl)"
    # rows do; its "(ml)" rows (multi-language fine-tuning, which the claim does not name) rank them the other way
    v = verifier.verify("ntg", "On Spanish news title generation in XGLUE, Unicoder-xDAE outscores Unicoder-xFNP.")
    assert v.verdict == "contradicted" and any("9.0 ≤" in b and "11.9" in b for b in v.basis)


def test_rows_the_text_names_by_model_and_half_a_claim_refuted_in_its_row(verifier):
    # 2305.14857: the text writes "mT5 ENGLISH FT", so the tables' "English FT" rows are mT5's (Table 15, p.23:
    # English FT de 94.2, fr 95.1)
    v = verifier.verify("ft", "On BUFFET's Amazon Reviews sentiment task, mT5 fine-tuned on English data only reaches "
                              "94.2% accuracy on German and 95.1% on French.")
    assert v.verdict == "supported" and any("[English FT × de] 94.2" in b for b in v.basis)
    # Table 11 (p.22): English FT's Macro is 42.6, English Target FT's 45.1; no cell prints 48.1. The English FT row
    # bears out 42.6 and prints no 48.1, so it bears out nothing
    half = verifier.verify("half", "In BUFFET's AmericasNLI table, mT5 trained on English data plus the few-shot target "
                                   "examples reaches 48.1% macro accuracy, against 42.6% for English-only fine-tuning.")
    assert half.verdict != "supported"


def test_a_figure_unlikely_to_recur_bears_out_a_paraphrase_with_fewer_shared_words(verifier):
    # 2004.09813 p.3: "We only used pairs with scores above 1.05, as pairs below this threshold were often of bad quality."
    v = verifier.verify("x", "Reimers and Gurevych take from WikiMatrix only the mined pairs scoring higher than 1.05, "
                             "because pairs under that threshold were frequently poor.")
    assert v.verdict == "supported" and "1.05" in v.evidence[0].quote
    # a round figure is no such figure: "100" must come with the words around it
    assert verifier.verify("y", "Reimers and Gurevych take from WikiMatrix only pairs scoring higher than 100.").verdict \
        != "supported"


def test_a_count_in_the_paper_the_claim_names_needs_fewer_shared_words(verifier):
    # 2005.00396 p.8: "In this section, we use BERT-base, not BERT-small because we found that BERT-small with less
    # than 1M parameters performs poorly in a larger scale setup."
    v = verifier.verify("x", "Dufter and Schütze move to BERT-base for their Wikipedia-scale XNLI runs since BERT-small, "
                             "with under 1M parameters, did poorly at that scale.")
    assert v.verdict == "supported" and "less than 1M" in v.evidence[0].quote


def test_the_frame_of_a_reported_finding_is_no_part_of_what_must_be_said(verifier):
    # 2004.01401 p.5: "GLUE (Wang et al., 2019) includes 9 natural language understanding tasks that are labeled in
    # English only."
    v = verifier.verify("x", "In its discussion of earlier benchmarks, the XGLUE paper points out that GLUE has nine "
                             "natural language understanding tasks, labelled in English only.")
    assert v.verdict == "supported"


def test_a_row_label_the_claim_gives_as_a_name_refutes_by_its_cell(verifier):
    # 1911.01464 p.5, Table 1: Sep L1-3 parses Chinese at 26.4 LAS; 27.4 is the No anchors row's
    v = verifier.verify("x", "With its lowest three layers kept separate per language (Sep L1-3), Wu et al.'s bilingual "
                             "English-Chinese model parses Chinese at 27.4 LAS.")
    assert v.verdict == "contradicted" and any("26.4" in b for b in v.basis)


def test_a_ranking_over_a_group_of_languages_is_read_in_the_table_about_that_group(verifier):
    # 2309.07445: Table 5 (p.9), "African-centric Evaluation", column "All (56)": MLP 60.6, XLM-R 59.2; Table 3's
    # average over all languages ranks XLM-R first
    v = verifier.verify("x", "Over the 56 African languages of SIB-200, XLM-R fine-tuned on the task beats the MLP "
                             "baseline on average.")
    assert v.verdict == "contradicted" and any("All / (56)" in b for b in v.basis)


def test_the_cited_authors_own_system_is_what_a_change_is_about(verifier):
    # 1901.07291 p.1: "Without using a single parallel sentence, a cross-lingual language model fine-tuned on the
    # XNLI cross-lingual classification benchmark already outperforms the previous supervised state of the art by 1.3%
    # accuracy on average."
    v = verifier.verify("x", "Lample and Conneau note that their cross-lingual language model, fine-tuned on XNLI "
                             "without ever seeing a parallel sentence, already beats the previous supervised state of "
                             "the art by 1.3 points of average accuracy.")
    assert v.verdict == "supported" and "1.3%" in v.evidence[0].quote
    # with no authors named, "performance" names nothing that changed
    assert verifier.verify("y", "Performance already beats the previous supervised state of the art by 1.3 points of "
                                "average accuracy.").verdict == "not_in_corpus"


def test_a_comparison_with_them_names_what_the_sentence_before_named(verifier):
    # 1902.09492 p.8: "[...] aligned fastText embeddings [...]. While these improve over previous works, our
    # context-aware model outperforms them for all six languages in UAS score [...], obtaining an average higher by 3
    # points."
    v = verifier.verify("x", "Schuster et al. report that their context-aware parser beats the variant fed with "
                             "aligned fastText embeddings in UAS on all six target languages and in LAS on five of "
                             "them, with an average about 3 points higher.")
    assert v.verdict == "supported" and "outperforms them" in v.evidence[0].quote


def test_two_objectives_named_before_are_read_as_a_finding_in_words(verifier):
    # 1901.07291 p.3: "When TLM is used in combination with MLM, we alternate between these two objectives, and
    # sample the language pairs with a similar approach."
    v = verifier.verify("x", "When training with both MLM and TLM, Lample and Conneau alternate between the two "
                             "objectives and sample the language pairs in the same manner as they sample languages.")
    assert v.verdict == "supported" and "alternate" in v.evidence[0].quote


def test_a_number_of_another_language_bears_out_nothing(verifier):
    # 1809.05053 p.4: "[...] recover the English consensus label 85% of the time on the original English data and 83%
    # of the time on the translated French [...]": no Chinese figure
    v = verifier.verify("x", "In the XNLI paper's re-annotation study, bilingual annotators recover the English consensus "
                             "label for about 80% of the translated Chinese pairs.")
    assert v.verdict != "supported"


def test_a_count_is_read_in_the_words_before_the_list_it_opens(verifier):
    # 2101.11112 p.7: "We compared 6 different settings: (1) approach proposed in this work, [...]"
    v = verifier.verify("x", "Li et al.'s German ablation study compares eight different training settings.")
    assert v.verdict == "contradicted" and "6 different settings" in v.evidence[0].quote


def test_languages_listed_by_name_are_counted(verifier):
    # 1706.04902 p.45: "[...] RST discourse treebanks for English, Portuguese, Spanish, German, Dutch, and Basque."
    v = verifier.verify("x", "Ruder, Vulić and Søgaard's survey notes that Braud and colleagues' 2017 cross-lingual "
                             "discourse-parsing experiments used RST treebanks in six languages, Basque and Dutch among "
                             "them.")
    assert v.verdict != "contradicted"


def test_an_optimiser_the_sentence_gives_two_of_three_objectives(verifier):
    # ahmad2019 p.4: "For gradient reversal (GR) and GAN based adversarial objectives, we use Adam [...], and for
    # WGAN, we use RM-SProp [...]."
    v = verifier.verify("x", "Ahmad et al. optimise the language discriminator with Adam for all three adversarial "
                             "objectives they compare: gradient reversal, GAN and WGAN.")
    assert v.verdict == "contradicted" and any("WGAN" in b for b in v.basis)


def test_a_step_credited_to_another_work_is_read_without_the_cited_names(verifier):
    # 1706.04902 p.18: "Hoshen and Wolf (2018) first project vectors of the N most frequent words to a
    # lowerdimensional space with PCA." (the names are what differ; the rest of the words are the sentence's)
    v = verifier.verify("x", "According to Ruder et al.'s survey, Alvarez-Melis and Jaakkola (2018) begin by projecting "
                             "the vectors of the most frequent words into a lower-dimensional space with PCA.")
    assert v.verdict == "contradicted" and any("Hoshen" in b for b in v.basis)


def test_a_ranking_against_a_cited_works_row(verifier):
    # 1906.01502 p.3, Table 3, NL column: Lample et al. (2016) 81.74, EN-BERT 84.23
    v = verifier.verify("x", "For monolingual Dutch NER, Pires et al.'s table shows the Lample et al. (2016) model "
                             "outscoring EN-BERT fine-tuned on Dutch.")
    assert v.verdict == "contradicted" and "84.23" in v.evidence[0].quote
    v = verifier.verify("y", "For monolingual Dutch NER, Pires et al.'s table shows EN-BERT fine-tuned on Dutch "
                             "outscoring the Lample et al. (2016) model.")
    assert v.verdict == "supported" and "81.74" in v.evidence[0].quote


def test_a_count_in_words_must_be_printed_by_two_sentences_too(verifier):
    # 2004.01401 p.2: "PAWS-X The PAWS-X [...] extends the Wikipedia portion of the PAWS [...] evaluation to more
    # languages. [...] We select 4 languages [...]": no "six" in the sentences about PAWS-X
    assert verifier.verify("x", "XGLUE keeps six of the PAWS-X languages for its paraphrase identification task."
                           ).verdict != "supported"


@pytest.mark.parametrize("claim", [
    # 1906.01502 p.2: "Results on CoNLL data follow the same trends, but those trends are more apparent with 16
    # languages than with 4." (a comparison with one side unsaid: its counts bear it out no more)
    "Pires et al. say the overlap trends over their 16 in-house languages show up even more clearly on the four CoNLL "
    "languages.",
    # 2101.11112 p.7 lists the ablation's settings; the sentence ranks nothing (a ranking of two conditions)
    "In Li et al.'s German ablation, the re-weighted loss works better when mBERT is trained at once on mixed English "
    "and pseudo-labelled German data than when it is fine-tuned in sequence.",
    # 1706.04902 p.25: "parallel data [...] is generally preferred over comparable data [...] methods relying on
    # parallel data have been shown to outperform methods leveraging comparable data" (a ranking by a property,
    # "more common", against one of how well)
    "Ruder et al. observe that among word-level alignment models, those learning from comparable data are more common "
    "than those that rely on parallel data.",
])
def test_rankings_no_passage_makes_are_never_supported(verifier, claim):
    assert verifier.verify("x", claim).verdict != "supported"


@pytest.mark.parametrize("claim, verdict, needle", [
    # ahmad2019 Table 7 prints each auxiliary language's gain itself, under "(en,de) - en": hr 1.52 UAS / 1.02 LAS,
    # sl -0.04; the German row is no side of Croatian's gain
    ("In Ahmad et al.'s mBERT-based per-language breakdown, adding unlabeled German as the auxiliary language lifts "
     "Croatian by 1.52 UAS and 1.02 LAS over the English-only parser.", "supported", "1.52"),
    ("In Ahmad et al.'s mBERT experiments, adding unlabeled German as the auxiliary language improves Slovenian by "
     "1.54 UAS and 1.33 LAS over the English-only parser.", "contradicted", "-0.04"),
    # 2309.07445 p.6: "XLM-R performs the best on 16 out of the 22 language families"
    ("In the fully supervised SIB-200 setting, XLM-R is the best-performing model on 19 of the 22 language families.",
     "contradicted", "16 out of the 22"),
    # 2004.09813 Table 2: one row names the student and its teacher ("XLM-R ←SBERT-paraphrases", EN-NL 84.5)
    ("On the machine-translated EN-NL section of STS 2017, Reimers and Gurevych's XLM-R student distilled from "
     "SBERT-paraphrases reaches a Spearman correlation of 87.5.", "contradicted", "84.5"),
    # 1906.01502 p.1: "while high lexical overlap between languages improves transfer"
    ("Pires et al. report that high lexical overlap between languages hampers M-BERT's cross-lingual transfer.",
     "contradicted", "improves transfer"),
    # 2004.01401 p.4: "Four different text noising strategies for c(·) are explored in this paper."
    ("For their xDAE generation pretraining, the XGLUE authors try out three different text-noising strategies.",
     "contradicted", "Four different"),
    # 1706.04902 p.47: "To conclude this section, we summarize the findings of three recent benchmark studies"
    ("Ruder, Vulić and Søgaard close their discussion of evaluation by summarising three recent benchmark studies of "
     "cross-lingual embeddings, starting with Upadhyay et al. (2016).", "supported", "three recent benchmark"),
    # 2004.01401 p.7: "7 cross-lingual pre-trained models are evaluated on XGLUE [...]: 12-layer M-BERT [...]"
    ("The XGLUE baseline comparison covers seven cross-lingual pretrained models, every one of them a 12-layer network.",
     "supported", "7 cross-lingual"),
    # 1706.04902 p.25: "they [...] generally—despite some claims to the contrary—underperform their supervised
    # counterparts"; ahmad2019 p.4: "mBERT [...] has shown to perform well [...] and outperform the models trained on
    # multilingual word embeddings"
    ("Ruder et al. conclude that unsupervised mapping-based approaches now generally outperform their supervised "
     "counterparts.", "contradicted", "underperform their supervised"),
    ("Ahmad et al. motivate their experiments by noting that models built on multilingual word embeddings outperform "
     "mBERT-based ones by a wide margin in cross-lingual tasks.", "contradicted", "outperform the models trained"),
])
def test_gains_counts_and_directions_read_where_the_paper_prints_them(verifier, claim, verdict, needle):
    v = verifier.verify("x", claim)
    assert v.verdict == verdict and any(needle in e.quote for e in v.evidence)


@pytest.mark.parametrize("claim, verdict", [
    # 1811.00570 Table 5 (its column headers printed on p.14): Slovak (sk) train 8483, Slovenian (sl) train 8556
    ("In Ahmad et al.'s UD setup, the Slovak treebank contributes 8,483 training sentences.", "supported"),
    ("In Ahmad et al.'s UD setup, the Slovenian treebank contributes 8,556 training sentences.", "supported"),
    ("In Ahmad et al.'s UD setup, the Slovak treebank contributes 8,556 training sentences.", "contradicted"),
])
def test_a_count_of_a_language_read_from_its_row(verifier, claim, verdict):
    v = verifier.verify("x", claim)
    assert v.verdict == verdict and any("read from a table cell" in b for b in v.basis)


@pytest.mark.parametrize("claim, verdict, needle", [
    # 1902.09492 Table 3 (LAS): OURS FR 80.8, Zhang and Barzilay (2015) FR 68.8; OURS, NO POS IT 77.6, Ammar et al.
    # (2016) IT 72.5; the rows "OURS, NO DICTIONARY" (IT 79.7) and AVERAGE are other settings
    ("In zero-shot French dependency parsing, Schuster et al.'s parser with aligned contextual ELMo embeddings scores "
     "12 LAS points above the earlier system of Zhang and Barzilay (2015).", "supported", "OURS | FR: 80.8"),
    ("In zero-shot French dependency parsing, Schuster et al.'s parser with aligned contextual ELMo embeddings scores "
     "14 LAS points above the earlier system of Zhang and Barzilay (2015).", "contradicted", "OURS | FR: 80.8"),
    ("Even without any POS tags, Schuster et al.'s aligned-ELMo parser beats Ammar et al.'s (2016) zero-shot Italian "
     "LAS by 5.1 points.", "supported", "NO POS | IT: 77.6"),
    ("Even without any POS tags, Schuster et al.'s aligned-ELMo parser beats Ammar et al.'s (2016) zero-shot Italian "
     "LAS by 7.1 points.", "contradicted", "NO POS | IT: 77.6"),
])
def test_a_gain_over_a_cited_work_read_in_the_ablation_the_claim_names(verifier, claim, verdict, needle):
    v = verifier.verify("x", claim)
    assert v.verdict == verdict and needle in v.evidence[0].quote and "AVERAGE" not in v.evidence[0].quote


def test_no_cell_of_a_model_bears_out_a_claim_naming_none(verifier):
    # 1809.05053 p.4 prints both numbers; XLM-R's XNLI cells 85.1 and 82.9 (1911.02116) are no annotators' agreement
    v = verifier.verify("x", "When two bilingual annotators re-labelled XNLI examples, they matched the English consensus "
                             "label 85% of the time on the English originals and 83% of the time on the French translations.")
    assert v.verdict == "supported" and {e.paper for e in v.evidence} == {"1809.05053"}


@pytest.mark.parametrize("claim", [
    # ahmad2019 p.4 tunes λ "in the range of [0.1, 0.01, 0.001]": a distance of "0.00" in 1811.00570 is no 0.001
    "Ahmad et al. select the adversarial loss weight λ from 0.1, 0.01 and 0.001 on English validation data and tune "
    "the number of warm-up iterations over 50, 100 and 150.",
    # 2005.00396 p.5 "(IDs 18, 19)" are models, no drop of .39; p.6 "So far we have trained on a parallel corpus."
    # is the setting the paper leaves, no finding against a non-parallel one
    "Trained on a non-parallel corpus, Dufter and Schütze's small BERT loses .39 of layer-8 sentence-retrieval "
    "precision when language-specific position embeddings are added (from .50 to .11).",
    # 1811.00570 Table 5 prints Swedish's 4303 / 504 / 1219 sentences in three rows; "the first 4,000 sentences for
    # each language" (p.8) is another count
    "The Swedish Talbanken treebank in Ahmad et al.'s UD setup contributes 4,303 training, 504 development and 1,219 "
    "test sentences.",
])
def test_nothing_printed_by_chance_refutes_or_bears_out_a_claim(verifier, claim):
    v = verifier.verify("x", claim)
    assert v.verdict == "not_in_corpus" or all("0.00" not in e.quote and "IDs 18" not in e.quote
                                               and "So far" not in e.quote and "4,000" not in e.quote
                                               for e in v.evidence)


def test_a_cited_row_of_another_year_is_not_the_work_the_claim_cites(verifier):
    # 1901.07291 Table 1 cites "Artetxe and Schwenk (2018)"; the claim is about Artetxe et al. (2020)
    v = verifier.verify("x", "Artetxe et al. (2020) show that back-translating the English NLI training data, so that it "
                             "carries the same translation artifacts as translated test data, improves translate-test "
                             "accuracy on XNLI by about 4 points.")
    assert not any("Artetxe and Schwenk (2018)" in e.quote for e in v.evidence)


@pytest.mark.parametrize("delta, verdict", [("0.84", "supported"), ("1.84", "contradicted")])
def test_two_languages_trained_and_tested_alike_read_on_the_diagonal(verifier, delta, verdict):
    # 1906.01502 Table 1 (rows fine-tuning, columns evaluation): EN/EN 90.70, NL/NL 89.86; XLM-R's rows of
    # 1911.02116 are no M-BERT's
    v = verifier.verify("x", f"When M-BERT is fine-tuned and tested on the same CoNLL language, its NER F1 is {delta} "
                             "points higher for English than for Dutch.")
    assert v.verdict == verdict and "EN | EN: 90.70" in v.evidence[0].quote
    assert not any("XLM-R" in b for b in v.basis)


@pytest.mark.parametrize("first, second, verdict", [("English", "Spanish", "supported"),
                                                   ("Spanish", "English", "contradicted")])
def test_a_transfer_and_its_reverse_read_across_the_diagonal(verifier, first, second, verdict):
    # 1906.01502 Table 1: fine-tuned on EN, evaluated on ES 73.59; fine-tuned on ES, evaluated on EN 65.38
    v = verifier.verify("x", f"Pires et al.'s CoNLL NER results are asymmetric between English and Spanish: fine-tuning "
                             f"M-BERT on {first} and testing on {second} gives 8.21 F1 more than fine-tuning on {second} "
                             f"and testing on {first}.")
    assert v.verdict == verdict and "73.59" in v.evidence[0].quote and "65.38" in v.evidence[0].quote


@pytest.mark.parametrize("winner, loser, verdict", [("M-BERT", "XLM-R base", "supported"),
                                                    ("XLM-R base", "M-BERT", "contradicted")])
def test_a_ranking_on_one_language_reads_its_column_in_the_claims_task_block(verifier, winner, loser, verdict):
    # 2004.01401 Table 4, NC block, en column: M-BERT 92.2, XLM-Rbase 91.8 (the NC average has them the other way
    # round, and the POS block's M-BERT prints 95.6)
    v = verifier.verify("x", f"On English news classification in XGLUE, {winner} scores higher than {loser}.")
    assert v.verdict == verdict and "92.2" in v.evidence[0].quote and "91.8" in v.evidence[0].quote
    assert "95.6" not in v.evidence[0].quote and "83.4" not in v.evidence[0].quote


@pytest.mark.parametrize("first, second, verdict", [("the SBERT-paraphrases student built on XLM-R", "LASER", "supported"),
                                                   ("LASER", "the SBERT-paraphrases student built on XLM-R", "contradicted")])
def test_a_ranking_shown_by_the_authors_table_reads_its_iso_639_3_column(verifier, first, second, verdict):
    # 2004.09813 p.14, Table 9, column "mon": LASER 8.2, XLM-R ←SBERT-p 91.7
    v = verifier.verify("x", f"On Mongolian Tatoeba retrieval, Reimers and Gurevych's table shows {first} ahead of {second}.")
    assert v.verdict == verdict and "mon: 8.2" in v.evidence[0].quote


@pytest.mark.parametrize("gib, verdict", [("13.7", "supported"), ("15.7", "contradicted")])
def test_corpus_statistics_are_read_per_language_in_a_table_of_two_halves(verifier, gib, verdict):
    # 1911.02116 p.11, Table 6: lt 1835 M tokens / 13.7 GiB, lv 1198 / 8.8; Czech 2498 / 16.3 left of Slovak 3525 / 23.2
    v = verifier.verify("x", f"The XLM-R paper's CC-100 corpus holds 1,835 million tokens ({gib} GiB) of Lithuanian and "
                             "1,198 million tokens (8.8 GiB) of Latvian.")
    assert v.verdict == verdict and "lt / Lithuanian" in v.evidence[0].quote
    v = verifier.verify("x", "CC-100, the pretraining corpus of XLM-R, contains more Czech than Slovak text.")
    assert v.verdict == "contradicted" and "3525" in v.evidence[0].quote


def test_a_translation_system_is_read_in_the_bleu_table_of_its_translation_models(verifier):
    # 1809.05053 p.7, Table 3 ("BLEU scores of our translation models"): zh XX-En 24.6, En-XX 23.2
    v = verifier.verify("x", "For Chinese, the translation system of the XNLI paper reaches 24.6 BLEU into English and "
                             "23.2 BLEU from English.")
    assert v.verdict == "supported" and {e.quote for e in v.evidence} >= {"XX-En BLEU | zh: 24.6", "En-XX BLEU | zh: 23.2"}


def test_a_count_in_a_sentence_closing_on_its_citations_is_one_clause(verifier):
    # 1911.01464 p.2: "[...] trained on Wikipedia data of over 100 languages obtains strong performance on zero-shot
    # cross-lingual transfer without using any parallel data during training (Wu and Dredze, 2019; Pires et al., 2019)."
    v = verifier.verify("x", "Wu et al. note that multilingual BERT, trained on Wikipedia data in more than 100 languages, "
                             "transfers strongly zero-shot without any parallel data.")
    assert v.verdict == "supported" and v.evidence[0].page == 2 and "over 100 languages" in v.evidence[0].quote


def test_a_data_size_written_without_its_b_is_still_a_size(verifier):
    # 2004.01401 p.2: "[...] 101G multilingual corpus covering 100 languages."
    v = verifier.verify("x", "XGLUE's small pre-training corpus draws a Wikipedia-based multilingual portion of about 201G "
                             "covering 100 languages.")
    assert v.verdict == "contradicted" and any("201G" in b and "101G" in b for b in v.basis)


def test_a_count_in_words_beside_one_in_digits_must_be_printed_too(verifier):
    # 2309.07445 p.3: "We recruited four annotators [...] to label 2,009 sentences [...]"
    v = verifier.verify("x", "SIB-200's English topic labels came from five native English-speaking annotators, who "
                             "labelled 2,009 sentences from the Flores-200 DEV and DEVTEST splits.")
    assert v.verdict != "supported"


@pytest.mark.parametrize("first, second, verdict", [("fine-tuned on machine-translated French training data",
                                                    "the test data are machine-translated into English", "supported"),
                                                   ("the test data are machine-translated into English",
                                                    "fine-tuned on machine-translated French training data", "contradicted")])
def test_translate_train_and_translate_test_ranked_on_the_language_tested(verifier, first, second, verdict):
    # 1901.07291 p.6, Table 1, XLM (MLM+TLM), column fr: TRANSLATE-TRAIN 80.2, TRANSLATE-TEST 79.0 (en: 85.0 both)
    v = verifier.verify("x", f"On French XNLI, XLM (MLM+TLM) scores higher when {first} than when {second}.")
    assert v.verdict == verdict and "fr: 80.2" in v.evidence[0].quote and "fr: 79.0" in v.evidence[0].quote


@pytest.mark.parametrize("model, verdict", [("XLM-R Large", "supported"), ("XLM-R Base", "not_in_corpus")])
def test_a_short_name_the_paper_declares_stands_for_its_model(verifier, model, verdict):
    # 2003.11080 p.12: "We refer to XLM-100 as XLM, and XLM-R-large as XLM-R"; Table 21 row "XLMR", column ka: 71.6
    v = verifier.verify("x", f"In XTREME's per-language NER results, {model} scores 71.6 F1 on Georgian.")
    assert v.verdict == verdict


@pytest.mark.parametrize("chinese, verdict", [("61.9", "supported"), ("64.9", "contradicted")])
def test_a_glossed_row_is_read_number_by_language(verifier, chinese, verdict):
    # 1911.01464 p.5, Table 1, row Wiki-CC, NER (F1): ru 49.6, zh 61.9; the caption names Wikipedia too
    v = verifier.verify("x", "With Common Crawl instead of Wikipedia for the other language (Wiki-CC), Wu et al. report "
                             f"49.6 NER F1 on Russian and {chinese} on Chinese.")
    assert v.verdict == verdict and "Wiki-CC × NER (F1) / zh] 61.9" in " ".join(v.basis)


@pytest.mark.parametrize("count, verdict", [("seven", "supported"), ("nine", "contradicted")])
def test_a_count_in_a_sentence_opening_on_a_pronoun_is_read_with_the_sentence_before(verifier, count, verdict):
    # 2004.01401 p.3: "Web Page Ranking (WPR) This task aims to predict whether a web page is relevant to an input
    # query. It covers 7 languages, including English, German, French, Spanish, Italian, Portuguese and Chinese."
    # (the second sentence alone does not say what "it" is)
    v = verifier.verify("x", f"XGLUE's web page ranking (WPR) task spans {count} languages, English, German and French "
                             "among them.")
    assert v.verdict == verdict and v.evidence[0].quote.startswith("It covers 7 languages")


def test_an_effect_reported_as_often_beneficial_is_a_finding(verifier):
    # 1901.07291 p.4: "For low-resource languages, it is often beneficial to leverage data in similar but
    # higher-resource languages" reports what happens, unlike "it would be beneficial"
    v = verifier.verify("lowres", "Lample and Conneau find that for low-resource languages, leveraging data in similar "
                                  "higher-resource languages is harmful.")
    assert v.verdict == "contradicted" and "often beneficial" in v.evidence[0].quote


def test_a_setting_of_the_other_training_stage_is_no_support(verifier):
    # 2004.01401 p.7: 1e-5 is the learning rate "In the fine-tuning stage"; pre-training continues at 2e-4
    v = verifier.verify("stage", "Liang et al. continue the pre-training of Unicoder-xDAE from XLM-R with Adam at a "
                                 "learning rate of 1e-5.")
    assert v.verdict != "supported"


def test_what_the_authors_did_instead_contradicts(verifier):
    # 2005.00396 p.2: "instead of shifting unicode points we simply shift token indices"
    v = verifier.verify("instead", "Dufter and Schütze build their Fake-English by shifting unicode points by a large "
                                   "constant.")
    assert v.verdict == "contradicted" and "instead of shifting unicode points" in v.evidence[0].quote


def test_a_first_method_credited_to_another_work_contradicts(verifier):
    # 1706.04902 p.20: "[...] by randomly replacing words [...] with their translations. Xiao and Guo (2014) propose
    # the first such method."
    v = verifier.verify("first", "Ruder, Vulić and Søgaard credit Duong et al. (2016) with the first method that "
                                 "builds a pseudo-bilingual corpus by randomly replacing words with their dictionary "
                                 "translations.")
    assert v.verdict == "contradicted" and "Xiao and Guo" in v.evidence[0].quote


def test_what_a_claim_says_is_absent_stated_as_present_contradicts(verifier):
    # 2004.09813 p.4: "Samples of these machine translated versions have been checked by humans"
    v = verifier.verify("absent", "Reimers and Gurevych created EN-FR, EN-IT and EN-NL versions of the STS 2017 data "
                                  "with Google Translate, without any human check of the machine translations.")
    assert v.verdict == "contradicted" and "checked by humans" in v.evidence[0].quote


def test_a_number_is_read_under_the_claimed_datasets_column_only(verifier):
    # 1911.02116 Table 4: XLNet's MNLI cell is "89.8/-" (no mismatched score); 89.2 is its MRPC score
    v = verifier.verify("mnli", "In the XLM-R paper's GLUE comparison, XLNet-Large scores 89.2 on MNLI.")
    assert v.verdict != "supported"


def test_a_label_heading_a_cells_row_and_column_is_that_cell(verifier):
    # 1906.01502 Table 5: fine-tuning and evaluating on AN languages is 73.29; 75.10 is NA to AN
    v = verifier.verify("anan", "Pires et al. report a macro-averaged POS accuracy of 75.10% when M-BERT is both "
                                "fine-tuned and evaluated on AN languages.")
    assert v.verdict != "supported"


# claims none of the labelled sets holds, each against the passage that decides it (quoted in part)
CONTRADICTED_BY = [
    # 1706.04902 p.7: a deed the survey credits to another cited work than the claim does
    ("Ruder et al. note that negative sampling is a simplification of noise contrastive estimation, which Gutmann "
     "and Hyvärinen (2012) applied to language modeling.", "by Mnih and Teh (2012)"),
    # 2005.00396 p.12: the paper follows another work than the one the claim cites, which it never cites; the model
    # the claim's frame names need not be in the sentence of the paper the claim names
    ("To relate word order to mBERT's transfer, Dufter and Schütze compute word reordering metrics between parallel "
     "sentences following Isozaki et al. (2010).", "We follow Birch and Osborne (2011)"),
    # 2309.07445 p.7: a need the claim denies, stated
    ("Adelani et al. conclude that mixing text from several domains during pretraining is unnecessary for better "
     "generalisation.", "we may have to mix text from various domains"),
    # 1706.04902 p.48 and 1911.01464 p.2: a problem amplified, not eased; spaces shaped alike, not differently
    ("In Ruder et al.'s survey, conflating the senses of a polysemous word is a problem that becomes milder in a "
     "cross-lingual embedding space.", "this issue is amplified"),
    ("Wu et al. explain that a projection learned from a bilingual dictionary does not carry over to words outside "
     "the dictionary, since word embedding spaces are shaped differently across languages.", "similar shapes"),
    # 1706.04902 p.21 and p.33: the survey's works chose what the claim sets aside
    ("In the survey's account, Duong et al. (2016) randomly replace every word in the corpus with its translation "
     "instead of replacing each centre word with a translation on the fly during CBOW training.",
     "Instead of randomly replacing every word"),
    ("In the survey's account, Søgaard et al. (2015) represent each Wikipedia concept by the terms used to describe it "
     "rather than representing a word by the concepts it describes through an inverted index.",
     "they use an inverted index"),
    # ahmad2019 p.8: a first use is credited to the work cited for it, not to one cited among later uses
    ("Ahmad et al. write that adversarial training was first used in NLP for text classification (Chen et al., 2018).",
     "first utilized for domain adaptation"),
    # 1811.00570 p.2: a dataset's release, read in the paper the claim names
    ("Ahmad et al. use release 2.4 of the Universal Dependencies treebanks.", "(v2.2)"),
    # 1911.01464 p.4: another architecture of the parser, read with the sentence before it
    ("Wu et al. put a transition-based parser on top of the pretrained encoder for dependency parsing.",
     "graphbased parser"),
    # 2005.00396 p.3: what the paper leaves out is not what the claim uses
    ("Dufter and Schütze compute sentence embeddings for retrieval from the [CLS] token.", "ignoring CLS"),
    # 1911.02116 p.2: the finding of the other of two coordinated, cited systems
    ("The XLM-R paper credits GPT with showing that training BERT longer on more data brings a significant boost in "
     "performance.", "RoBERTa"),
    # 2101.11112 p.2: a narrative citation whose bracket repeats its authors
    ("Li et al. write that Mayhew et al. (2017) project English annotated labels onto parallel target-language "
     "sentences with a maximum entropy alignment model and data selection.", "Ni et al. (Ni et al., 2017)"),
    # 1906.01502 p.2: the work an architecture is credited to, the claim's other words read by stems
    ("For NER and POS, Pires et al. reuse the sequence-tagging architecture of Wu and Dredze (2019).",
     "Devlin et al. (2019)"),
    # 1901.07291 Table 2: rows by the settings of encoder and decoder, "CLM CLM" 30.5 and "- -" 15.3 under de-en
    ("For unsupervised German-to-English translation, Lample and Conneau get 3.2 BLEU more by pretraining both encoder "
     "and decoder with CLM than by leaving both randomly initialised.", "15.3"),
    # 1911.02116 Table 1: 82.9 is the TRANSLATE-TEST RoBERTa row's French cell; BERT-en's is 81.4
    ("In the XLM-R paper's translate-test comparison, the English-only BERT-en model scores 82.9% on French XNLI.",
     "81.4"),
    # 2005.00396 Table 4: Spanish's Kendall's tau is 0.76, in the row whose XNLI cell bears out the claimed 74.3
    ("In Dufter and Schütze's word-order table, Spanish shows a Kendall's tau of 0.67 against English, alongside "
     "mBERT's 74.3% zero-shot XNLI accuracy on Spanish.", "0.76"),
    # 2309.07445 p.4: the data size by the same words ("less than 10MB of data")
    ("The SIB-200 authors add NLLB-translated text only for the African languages with less than 20MB of monolingual "
     "data or only religious MT560 text.", "less than 10MB"),
    # 2305.14857 p.7: another model in the same frame, in the paper the claim names (similarity 0.53)
    ("Because of its high inference cost, mT0 is run only on the BUFFET-Light subset in Asai et al.'s benchmark.",
     "we evaluate ChatGPT only on BUFFET-Light"),
    # 1911.02116 Table 1: a block header ("[...] use English-only model (TRANSLATE-TEST)") over both rows names English
    ("In the XLM-R paper's translate-test block, the English-only BERT scores higher than RoBERTa on German XNLI.",
     "81.2"),
    # 2101.11112 p.1: a degree of growth bounded the other way
    ("Li et al. say that the annotation labour for multilingual NER grows less than linearly as languages are added.",
     "at least linearly"),
    # 1906.01502 p.1: a property the claim says is lacking, the paper says is shown
    ("According to Pires et al., the multilingual representations of M-BERT show no systematic deficiencies affecting "
     "language pairs.", "exhibit systematic deficiencies"),
    # 2003.11080 p.8: an order in words against one in digits
    ("XTREME fits a first-order polynomial to the minimum and maximum values of each group in its Figure 3.",
     "3rd order polynomial"),
    # 2003.11080 p.8: the same, in a caption too short to be among the closest passages (cosine 0.48), read in the
    # paper whose title names the claim's XTREME
    ("XTREME's plots of mBERT scores by language family overlay a fourth-order polynomial fit on each group's minimum "
     "and maximum.", "3rd order polynomial"),
    # 2101.11112 p.2: a cited work filed under the other of two listed kinds
    ("In Li et al.'s related work, Wu and Dredze (2019) is cited among the data-based transfer approaches that build "
     "weakly supervised training data from translations and entity projection.", "Model-based transfer"),
    # 2005.00396 p.4: "lacks the capacity" against "should have enough capacity"
    ("Dufter and Schütze expect a severely overparameterized BERT to share one multilingual space, as it lacks the "
     "capacity to model each language separately.", "enough capacity"),
    # 2309.07445 Table 8: Tigrinya's row, XLM-R-based transfer from eng 49.1 against ara 52.9 ("it" is XLM-R)
    ("For Tigrinya in SIB-200, fine-tuning XLM-R on English transfers better than fine-tuning it on Arabic.", "52.9"),
    # ahmad2019 p.1: a cited work filed under another item of a list ("dependency parsing (Ma and Xia, 2014)")
    ("Ahmad et al. cite Ma and Xia (2014) as an example of cross-lingual transfer applied to part-of-speech tagging.",
     "dependency parsing (Ma and Xia, 2014)"),
    # 1809.05053 Table 2: the row the claim names by its number ("Turkish hypotheses 8.9") prints 8.4, whatever
    # the Premise row bears out
    ("In the XNLI corpus, Turkish premises average 16.8 tokens and Turkish hypotheses 8.9 tokens.", "8.4"),
    # 2005.00396 p.4: one outcome under two training conditions, ranked the other way round
    ("Dufter and Schütze expect language structures to come out more similar when trained on two independent corpora "
     "than when trained on a parallel corpus.", "if we train on a parallel corpus"),
    # ahmad2019 p.6: a significance level given otherwise by a table caption
    ("In Ahmad et al.'s RNN-Stack parser results, a dagger marks adversarially trained models that beat the "
     "English-only model by a permutation test at p < 0.001.", "p < 0.05"),
    # 1706.04902 p.14: the survey says of what the claim sets aside what the claim says of its choice
    ("Ruder, Vulić and Søgaard call joint models rather than mapping-based approaches by far the most prominent "
     "category of cross-lingual word embedding models.", "Mapping-based approaches are by far the most prominent"),
    # 2004.09813 p.5: "strong" scores against "low" ones
    ("Reimers and Gurevych report that plain mean pooling over mBERT or XLM-R outputs yields strong bitext-mining "
     "scores on BUCC.", "produces low scores"),
    # 2309.07445 Table 5: the column headed by the size of the group the claim counts ("Nilo. (5)": 63.6 against
    # 55.7), not the average over all of a table's languages
    ("On SIB-200's five Nilo-Saharan African languages, AfroXLMR-76 averages lower accuracy than the original "
     "AfroXLMR.", "63.6"),
    # 2309.07445 Table 3: the row the claim names by its label (Sino-Tibetan: MLP 68.8, XLM-R 65.4), where other
    # tables' groups disagree
    ("On SIB-200's Sino-Tibetan languages, fine-tuned XLM-R outperforms the simple n-gram MLP classifier.", "68.8"),
    # the same table: XLM-R against a system the vocabulary lacks, in the row the claim names (Nilotic: MLP wins)
    ("On SIB-200's Nilotic languages, fully supervised XLM-R beats the MLP baseline by 4.9 accuracy points.", "58.6"),
    # ahmad2019 Table 7: the pt row's "(en,la) - en" column prints the change itself, a gain (0.49 UAS)
    ("In Ahmad et al.'s per-family analysis with multilingual BERT, adding unlabeled Latin as the auxiliary language "
     "lowers the parser's UAS on Portuguese.", "0.49"),
    # 1811.00570 p.4: the decoding trajectory is the RNN's job, not a convolutional network's
    ("In Ahmad et al.'s Stack-Pointer decoder, a convolutional network is utilized to record the decoding trajectory.",
     "RNN is utilized to record the decoding trajectory"),
    # 2305.14857 p.5 (footnote 4): BUFFET's clause quotes "duplicated/not_duplicated", the original instruction's
    # "repeated/not repeated"
    ("For PAWS-X prompts, BUFFET labels its outputs with the instruction's own class names, 'repeated' and "
     "'not repeated'.", "duplicated/not_duplicated"),
    # 1901.07291 Table 2: row "MLM MLM" prints 33.3 under fr-en
    ("In the XLM paper, initialising both the encoder and the decoder from an MLM-pretrained model gives 33.4 BLEU "
     "for English-to-French and 32.1 for French-to-English.", "33.3"),
    # 2003.11080 Table 5: a count in millions, read under "# Wikipedia articles (in millions)" in the language's row
    ("XTREME's language table gives French Wikipedia 2.61 million articles.", "2.16"),
    ("According to XTREME's language statistics, German Wikipedia had about 2.37 million articles and Arabic "
     "Wikipedia about 1.12 million.", "1.02"),
    # 2003.11080 Table 1: PAWS-X's exact training count anchors its row, whose |Dev| cell gives 2,000
    ("According to XTREME's dataset overview, the PAWS-X task has 49,401 English training pairs and 2,490 "
     "development pairs.", "2,000"),
    # 1706.04902 p.8: "the architecture is less important"
    ("Ruder, Vulić and Søgaard relay Levy et al.'s (2015) observation that the architecture is crucial when "
     "monolingual embedding models are trained under identical conditions on the same data.", "less important"),
    # 1906.01502 p.2: the hypothesis the claim restates, with the other intensity
    ("Pires et al. argue that, were M-BERT's generalisation mostly due to vocabulary memorisation, zero-shot NER "
     "performance would hardly depend on word piece overlap.", "highly dependent"),
    # 1911.01464 p.8: "precision at 1" names the metric; the count is of language pairs
    ("Wu et al. evaluate their sentence similarity search with nearest neighbor search and cosine similarity by "
     "precision at 1 on five language pairs.", "four language pairs"),
    # 2004.01401 p.8: "use same pre-training languages as XNLG"
    ("For their zero-shot comparison with XNLG, the XGLUE authors pretrain xDAE on different pre-training languages "
     "from those of XNLG.", "same pre-training languages"),
    # 2101.11112 p.1: "inaccurate translations could harm the transfer performance"
    ("Li et al. consider the inaccurate translations of fully unsupervised machine translation harmless to the "
     "transfer performance of cross-lingual NER.", "could harm"),
    # 1902.09492 p.4: the orthogonal Procrustes problem "has a closed-form solution"
    ("Schuster et al. note that under the orthogonality constraint the alignment problem no longer has a closed-form "
     "solution.", "closed-form solution"),
    # 1706.04902 p.43: "Extrinsic evaluation on such downstream tasks is often preferred"
    ("Ruder et al. note that intrinsic evaluation is usually preferred over evaluating cross-lingual word embeddings "
     "on downstream transfer tasks.", "often preferred"),
    # 2309.07445 Table 3 (Tai-Kadai): XLM-R (base) 70.9, XLM-R 76.8, GPT-3.5-Turbo 35.6; Table 8, continued over
    # several pages, lists the Tai-Kadai languages on another page than Javanese (83.2 against 43)
    ("On SIB-200's three Tai-Kadai languages, fully supervised XLM-R outscores zero-shot-prompted GPT-3.5-Turbo by "
     "40.2 accuracy points.", "Tai-Kadai"),
    # 1902.09492 p.2: "effective for cross-domain transfer of word embeddings (Yang et al., 2017)"
    ("Schuster et al. note that a similar anchor-based regularisation had already proven effective for cross-lingual "
     "transfer of word embeddings (Yang et al., 2017).", "cross-domain transfer"),
    # 1911.02116 Table 6 (cy / Welsh, Tokens (M)): 141; "the XLM-R paper's" says where, not whose row
    ("According to the XLM-R paper's CC-100 statistics, the Welsh portion of the corpus holds 241 million tokens.",
     "141"),
]

SUPPORTED_BY = [
    ("Ahmad et al. use the Universal Dependencies treebanks, version 2.2, for their study of word order.", "(v2.2)"),
    # ahmad2019 Table 2: the caption's "significantly better" gives no direction for Danish's row, and the block the
    # claim writes out is its own: 76.58 (en) to 75.99 (en-fr) with word embeddings
    ("With multilingual word embeddings as input, unlabeled French as the auxiliary language in adversarial training "
     "lowers the SelfAtt-Graph parser's scores on Danish.", "75.99"),
    # 1811.00570 Table 9 (p.18): a table naming no dataset is on the one its paper works with (UD's training splits)
    ("On the Slovak UD training split, Ahmad et al.'s SelfAtt-Graph parser scores 76.07 UAS.", "76.07"),
    # 1901.07291 Table 2: the row "MLM -" (an MLM-pretrained encoder, a random decoder) under ro-en
    ("In the XLM paper's unsupervised Romanian-to-English translation, pretraining only the encoder with MLM gives "
     "30.5 BLEU.", "30.5"),
    # the same table: "CLM MLM" 32.3 against "MLM CLM" 33.4 under en-fr
    ("For unsupervised English-to-French translation, Lample and Conneau's CLM-pretrained encoder with an "
     "MLM-pretrained decoder scores 1.1 BLEU lower than an MLM encoder with a CLM decoder.", "32.3"),
    # 2003.11080 Table 18: a score and the other metric's in brackets belong to the language written after both
    ("XTREME's per-language TyDiQA-GoldP table gives XLM-R 64.0 F1 (47.8 EM) on Bengali and 70.1 F1 (43.6 EM) on "
     "Telugu.", "64.0"),
    # 1901.07291 p.5: the setting ("When fine-tuning on XNLI, [...]") is given once for the paragraph
    ("When fine-tuning on XNLI, Lample and Conneau found that max-pooling or mean-pooling over the last layer did not "
     "work better than using the first hidden state.", "max-pooling or mean-pooling"),
    # 2309.07445 Table 7: a column per script ("Latn (47)", "Tfng (2)"), each the average the claim gives; the
    # model's name is one the vocabulary lacks
    ("In SIB-200's script-based evaluation, AfroXLMR-61 averages 72.5% on the Latin-script languages and 25.5% on "
     "those written in Tifinagh script.", "72.5"),
    # 2003.11080 Table 3: what a table shows, stated by its caption ("A transfer gap of 0 indicates perfect
    # cross-lingual transfer")
    ("XTREME's table of cross-lingual transfer gaps shows only EM scores for the QA datasets, and a transfer gap of "
     "zero there indicates perfect cross-lingual transfer.", "A transfer gap of 0 indicates perfect cross-lingual"),
    # 2309.07445 Table 8: the dataset the claim's winner side names ("classifies SIB-200 topics") is the whole table's,
    # named by its paper's title; the Uyghur row ranks GPT-4 (57.7) above GPT-3.5 (46.4)
    ("On Uyghur, zero-shot prompting of GPT-4 classifies SIB-200 topics more accurately than GPT-3.5-Turbo.", "57.7"),
    # 2003.11080 Table 19: MMTE's MLQA cells print F1 only ("59.4 / -")
    ("XTREME's per-language MLQA table gives the MMTE encoder 59.4 F1 on Vietnamese.", "59.4"),
    # 1911.02116 Table 6: side-by-side halves (et 6.1 GiB on the left, sr 9.1 on the right); the clause giving the
    # change names its subject
    ("In XLM-R's CC-100 statistics, Estonian and Serbian have the same token count, but the Serbian data take up "
     "3.0 GiB more disk space.", "9.1"),
    # 1809.05053 Table 4: "replacing A with B" gains B's score less A's (TRANSLATE TEST, ru: 66.2 and 67.8)
    ("In the XNLI paper's translate-test baseline, replacing the last-state BiLSTM with the max-pooled one raises "
     "Russian accuracy by 1.6 points.", "67.8"),
    # ahmad2019 Table 2: "0.38 UAS and 0.24 LAS on English" are both English's (93.19/91.21 to 92.81/90.97)
    ("With multilingual BERT inputs, adversarial training on unlabeled French costs Ahmad et al.'s SelfAtt-Graph "
     "parser 0.38 UAS and 0.24 LAS on English.", "92.81"),
    # 2309.07445 Table 3: XLM-R against MLP, a system the vocabulary lacks, in the row the claim names (Tai-Kadai)
    ("On SIB-200's Tai-Kadai languages, fully supervised XLM-R beats the MLP baseline by 9.1 accuracy points.", "76.8"),
    # 1902.09492 Table 3: two ablation rows the claim gives in brackets, "OURS" no row of its own
    ("For German zero-shot parsing, Schuster et al.'s dictionary-free variant (OURS, NO DICTIONARY) is 2.7 LAS points "
     "ahead of the variant that drops POS tags (OURS, NO POS).", "64.1"),
    # 1811.00570 Table 2: the column headed "Supervised (RNN-Graph)" is the supervised RNN-Graph parser's
    ("In Ahmad et al.'s results, the supervised RNN-Graph parser reaches 89.79 UAS on Swedish.", "89.79"),
    # 1901.07291 Table 2: one configuration ("MLM MLM"), a number per direction in the claim's order
    ("In the XLM paper, initialising both the encoder and the decoder from an MLM-pretrained model gives 33.4 BLEU "
     "for English-to-French and 33.3 for French-to-English.", "33.3"),
    # 2003.11080 Table 5, whose header's "ISO 639-1 code" no longer starts the body
    ("XTREME's language table credits Vietnamese Wikipedia with 1.24 million articles.", "1.24"),
    ("According to XTREME's language statistics, French Wikipedia had about 2.16 million articles and German "
     "Wikipedia about 2.37 million.", "2.37"),
    # 2003.11080 Table 2: the row marked "multi-task" against the plain "mBERT" row of the same group
    ("In XTREME, the multi-task variant of translate-train raises mBERT's TyDiQA-GoldP F1 by 9.1 points.", "64.2"),
    # 1911.02116 Table 1: "BERT-en" is English BERT, and "the English model" no language the scores are for
    ("For Urdu XNLI in the translate-test setting, RoBERTa as the English model scores 1.0 point above BERT-en.",
     "66.8"),
    # 2004.09813 Table 2 (EN-IT: LaBSE 76.9, LASER 70.8): "better" reaches past what the two are compared on
    ("On the English-Italian part of Reimers and Gurevych's cross-lingual STS 2017 evaluation, LaBSE correlates "
     "better with the gold similarity scores than LASER does.", "76.9"),
    # 1811.00570 Table 2 (it): the Guo et al. (2015) baseline row; the sentence before the table sets the paper's
    # UD setting apart from the CoNLL shared task's, which is therefore not what the table is about
    ("Transferred from English to Italian, the Guo et al. (2015) transition-based baseline that Ahmad et al. "
     "re-trained on their UD data reaches 75.06 UAS and 67.37 LAS.", "75.06"),
    # 2309.07445 Table 3: "fully supervised" and "zero-shot-prompted" name the two columns, not in-language
    # training against transfer from English
    ("On SIB-200's three Tai-Kadai languages, fully supervised XLM-R outscores zero-shot-prompted GPT-3.5-Turbo by "
     "41.2 accuracy points.", "76.8"),
    # 2309.07445 Table 3 (Tupian): "Fully Supervised / XLM-R" 76.3 against "Cross-Lingual Transfer (XLMR) / English"
    # 61.3, whose transfer the claim names too; Table 8 lists Kimbundu (49.7 against 34.6) on another page
    ("In SIB-200, the Tupian language loses 15.0 accuracy points when XLM-R is fine-tuned on English and transferred "
     "zero-shot instead of being fine-tuned on its own training data.", "76.3"),
    ("According to the XLM-R paper's CC-100 statistics, the Welsh portion of the corpus holds 141 million tokens.",
     "141"),
    # 2309.07445 Table 8 (Yoruba): MLP 62.55, XLM-R 49.6; "XLM-R at 49.6%" is a score, not a rank like "P at 1"
    ("In SIB-200's per-language results, the simple MLP classifier scores 62.55% on Yoruba, well above fully "
     "supervised XLM-R at 49.6%.", "62.55"),
]


def test_a_method_named_after_a_person_the_paper_never_names_is_never_borne_out(verifier):
    # 1811.00570 p.2 clusters with the Nearest Point Algorithm; Ward is printed nowhere
    v = verifier.verify("ward", "Ahmad et al. cluster languages by their word-ordering vectors hierarchically with "
                                "Ward's linkage method.")
    assert v.verdict != "supported"


def test_a_row_marked_by_the_claims_words_is_the_side_it_writes_before_the_turn(verifier):
    # 2003.11080 Table 12 (hi): "Translate-train" 71.9 against "Translate-train (multi-task)" 70.7
    v = verifier.verify("turned", "On Hindi XNLI in XTREME, the multi-task translate-train variant is 1.2 points more "
                                  "accurate than the plain translate-train baseline.")
    assert v.verdict != "supported"


def test_a_number_for_a_language_the_paper_never_names_is_no_other_languages(verifier):
    # 1901.07291 p.7 gives 7 BLEU for de-en; the paper never names Gujarati
    v = verifier.verify("gujarati", "With MLM pretraining for both encoder and decoder, the unsupervised NMT of Lample "
                                  "and Conneau gets about 7 BLEU on Gujarati-to-English.")
    assert v.verdict == "not_in_corpus"


def test_a_script_the_paper_never_prints_is_no_swap_where_it_never_names_the_claims_language(verifier):
    # 1906.01502 uses Devanagari for Hindi and never names Punjabi: it says nothing of Punjabi in Gurmukhi script
    v = verifier.verify("gurmukhi", "Pires et al. find that M-BERT trained on Hindi POS tags transfers to Punjabi in "
                                    "Gurmukhi script at roughly 80% accuracy.")
    assert v.verdict == "not_in_corpus"


def test_a_table_of_another_model_named_by_its_caption_bears_out_nothing_of_the_claims(verifier):
    # 1906.01502 Table 8: POS accuracy "using EN-BERT"; the caption names M-BERT only to compare with it
    v = verifier.verify("en-bert", "Pires et al. report that M-BERT fine-tuned on code-switched Spanish/English data "
                                   "tags the code-switched test set with about 94% POS accuracy.")
    assert v.verdict != "supported"


@pytest.mark.parametrize("claim,quoted", CONTRADICTED_BY)
def test_contradicted_by_the_passage_that_says_otherwise(verifier, claim, quoted):
    v = verifier.verify("c", claim)
    assert v.verdict == "contradicted" and any(quoted in e.quote for e in v.evidence)


@pytest.mark.parametrize("claim,quoted", SUPPORTED_BY)
def test_supported_by_the_passage_that_says_it(verifier, claim, quoted):
    v = verifier.verify("s", claim)
    assert v.verdict == "supported" and quoted in v.evidence[0].quote


def test_a_parity_claim_is_gainsaid_by_the_paper_denying_it_and_not_borne_out_by_a_ranking(verifier):
    # 1911.02116 p.8: XLM-R outperforms XLM-100 and mBERT, on Swahili and Urdu too; mBERT and XLM-100 "do not model
    # the low-resource languages as well as XLM-R"
    v = verifier.verify("parity", "Conneau et al. conclude that mBERT and XLM-100 model low-resource languages as well "
                                  "as XLM-R does and depend little on cross-lingual transfer.")
    assert v.verdict == "contradicted" and any("as well as XLM-R" in e.quote for e in v.evidence)


def test_a_claim_that_something_is_missed_is_not_gainsaid_by_the_paper_saying_it_is_not_captured(verifier):
    # 2003.11080 p.2: "it does not capture differences in classification performance that are due to cultural [...]"
    v = verifier.verify("missed", "Hu et al. argue that translation-based evaluation captures only one facet of "
                                  "cross-lingual generalisation and misses differences in classification performance "
                                  "that stem from cultural differences.")
    assert v.verdict != "contradicted"


def test_another_variety_of_a_tables_language_is_borne_out_by_none_of_its_cells(verifier):
    # 1811.00570 Table 2 has Hebrew (he), but no Ancient Hebrew
    v = verifier.verify("ancient", "Transferred from English, Ahmad et al.'s order-free SelfAtt-Graph parser reaches "
                                   "about 45 UAS on Ancient Hebrew, roughly ten points below its Modern Hebrew score.")
    assert v.verdict == "not_in_corpus"


def test_a_component_said_shared_is_not_borne_out_where_the_paper_makes_it_language_specific(verifier):
    # 1911.01464 p.6: "separating the embeddings layer also introduces a language-specific softmax prediction layer"
    v = verifier.verify("shared", "When Wu et al. give each language its own embedding layer (Sep Emb), the softmax "
                                  "prediction layer of the cloze task is still shared by both languages.")
    assert v.verdict != "supported"
