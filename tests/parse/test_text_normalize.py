from collections import Counter

from synth.parse.normalize import clean, join_lines, normalize_for_match, resolve_line_hyphens
from synth.parse.sentences import split_sentences


def test_ligatures_and_soft_hyphens():
    assert clean("e\ufb03cient \ufb01ne-tuning\u00ad of  \ufb02ows") == "efficient fine-tuning of flows"


def test_line_end_hyphenation():
    text, spans = join_lines(["Much recent progress in bench-", "marks for cross-", "lingual XLM-", "R models"])
    assert resolve_line_hyphens(text, Counter()) == "Much recent progress in benchmarks for cross-lingual XLM-R models"
    assert len(spans) == 4 and text[spans[0][0]:spans[0][1]].startswith("Much")


def test_a_hyphen_kept_at_a_line_end_follows_how_the_paper_prints_the_word():
    text, _ = join_lines(["we found that Chat-", "GPT often per-", "forms well in cross-", "lingual transfer"])
    printed = Counter({"ChatGPT": 80, "performance": 2, "cross-lingual": 12, "crossing": 1})
    assert resolve_line_hyphens(text, printed) == "we found that ChatGPT often performs well in cross-lingual transfer"
    assert resolve_line_hyphens(join_lines(["a pre\u2010trained model"])[0], Counter({"pretrained": 3})) == "a pre-trained model"


def test_match_normal_form_unifies_dashes_and_quotes():
    assert normalize_for_match("“XLM‑R” – \u2212 1.6") == normalize_for_match('"XLM‑R" - - 1.6')


def sents(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentences_respect_abbreviations_and_decimals():
    text = ("XLM-R outperforms mBERT by 14.6% on XNLI (Conneau et al., 2020). We use e.g. 15 languages, "
            "cf. Table 3. Results on PAWS-X. It improves by 2.1 points (Fig. 2) and i.e. more.")
    assert sents(text) == [
        "XLM-R outperforms mBERT by 14.6% on XNLI (Conneau et al., 2020).",
        "We use e.g. 15 languages, cf. Table 3.",
        "Results on PAWS-X.",
        "It improves by 2.1 points (Fig. 2) and i.e. more.",
    ]


def test_initials_do_not_end_sentences():
    assert sents("As shown by J. Smith and A. B. Jones. Next sentence.") == [
        "As shown by J. Smith and A. B. Jones.", "Next sentence."]


def test_a_sentence_may_start_with_a_name_in_lower_case():
    # 2004.09813 p.4
    assert sents("XLM-R is slightly ahead of mBERT and DistilmBERT. mBERT and DistilmBERT use different tools.") == [
        "XLM-R is slightly ahead of mBERT and DistilmBERT.", "mBERT and DistilmBERT use different tools."]
    assert sents("It improves by 2.1 points, e.g. mBERT gains.") == ["It improves by 2.1 points, e.g. mBERT gains."]


def test_etc_before_a_capitalised_word_ends_the_sentence():
    # 1809.05053 p.4: "[...] with a Bulgarian or French hypothesis etc. This results in more than 1.5M [...]"
    assert sents("entailed with a Bulgarian or French hypothesis etc. This results in 1.5M combinations.") == [
        "entailed with a Bulgarian or French hypothesis etc.", "This results in 1.5M combinations."]
    assert sents("We use XNLI, PAWS-X, etc. and more. Next.") == ["We use XNLI, PAWS-X, etc. and more.", "Next."]
    assert sents("languages such as fr, de etc. XLM-R covers them.") == ["languages such as fr, de etc. XLM-R covers them."]


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence():
    # 1706.04902 p.16 prints footnote 6 right after the full stop
    assert sents("the metric used for evaluation (cosine similarity).6 Artetxe, Labaka, and Agirre (2016) motivate it.") \
        == ["the metric used for evaluation (cosine similarity).6", "Artetxe, Labaka, and Agirre (2016) motivate it."]
    assert sents("It improves by 0.6 F1 on XNLI. Next.") == ["It improves by 0.6 F1 on XNLI.", "Next."]


def test_spacing_accents_join_their_letters():
    # 1809.05053 p.3 prints "Agi´c and Schluter (2018)"; 1706.04902 "T¨ackstr¨om", "Mareˇcek"
    assert clean("Agi´c and Schluter (2018)") == "Agić and Schluter (2018)"
    assert clean("T¨ackstr¨om and Mareˇcek") == "Täckström and Mareček"
    assert clean("embeddings by ¯ei") == "embeddings by ēi"
    # a mark over a variable with no composed letter stays as printed
    assert clean("the matrix ˆX whose rows") == "the matrix ˆX whose rows"
