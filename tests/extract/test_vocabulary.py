"""The vocabulary of datasets, models, methods, metrics and languages, on prose from the shared papers."""

import re

import pytest
from pdfs import shared_page_text

from synth.extract.vocabulary import (
    AMBIGUOUS_CODES,
    LANGUAGES,
    EntityMention,
    Vocabulary,
    canonical,
    find_entities,
    kind_of,
    language_name,
    match_language_code,
)

XNLI_LANGUAGES = "en ar bg de el es fr hi ru sw th tr ur vi zh".split()
PAWSX_LANGUAGES = "en de es fr ja ko zh".split()
XTREME_LANGUAGES = (
    "af ar bg bn de el en es et eu fa fi fr he hi hu id it ja jv ka kk ko ml mr ms my nl pt ru sw ta te th tl tr "
    "ur vi yo zh"
).split()


def names(text: str, kind: str | None = None) -> list[str]:
    return [m.name for m in find_entities(text) if kind is None or m.kind == kind]


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in find_entities(text)]


# --- datasets, models, methods, metrics -------------------------------------------


@pytest.mark.parametrize(
    ("surface", "kind", "name"),
    [
        ("XNLI", "dataset", "XNLI"),
        ("PAWS-X", "dataset", "PAWS-X"),
        ("XTREME", "dataset", "XTREME"),
        ("XTREME-R", "dataset", "XTREME-R"),
        ("XGLUE", "dataset", "XGLUE"),
        ("MLQA", "dataset", "MLQA"),
        ("XQuAD", "dataset", "XQuAD"),
        ("TyDi QA", "dataset", "TyDiQA"),
        ("TyDiQA-GoldP", "dataset", "TyDiQA"),
        ("UD-POS", "dataset", "UD-POS"),
        ("PAN-X", "dataset", "WikiANN"),
        ("WikiANN", "dataset", "WikiANN"),
        ("Tatoeba", "dataset", "Tatoeba"),
        ("BUCC", "dataset", "BUCC"),
        ("MultiNLI", "dataset", "MNLI"),
        ("SQuAD", "dataset", "SQuAD"),
        ("GLUE", "dataset", "GLUE"),
        ("CoNLL-2003", "dataset", "CoNLL"),
        ("Wikipedia", "dataset", "Wikipedia"),
        ("CommonCrawl", "dataset", "CC-100"),
        ("commoncrawl", "dataset", "CC-100"),  # 1809.05053 p.8: "commoncrawl embeddings"
        ("CC-100", "dataset", "CC-100"),
        ("Multilingual BERT", "model", "mBERT"),
        ("multilingual-BERT", "model", "mBERT"),
        ("multilingual BERT", "model", "mBERT"),
        ("bert-base-multilingual-cased", "model", "mBERT"),
        ("XLM-RoBERTa", "model", "XLM-R"),
        ("XLM-R", "model", "XLM-R"),
        ("XLM-R Large", "model", "XLM-R Large"),
        ("xlm-roberta-base", "model", "XLM-R Base"),
        ("XLM-R (base)", "model", "XLM-R Base"),
        ("XLM-100", "model", "XLM"),
        ("MMTE", "model", "MMTE"),
        ("UnicoderxF NP", "model", "Unicoder-xFNP"),  # XGLUE's superscript, as PDF text gives it
        ("UnicoderxDAE", "model", "Unicoder-xDAE"),
        ("mT5", "model", "mT5"),
        ("RoBERTa", "model", "RoBERTa"),
        ("LASER", "model", "LASER"),
        ("InfoXLM", "model", "InfoXLM"),
        ("fine-tuning", "method", "fine-tuning"),
        ("Finetuning", "method", "fine-tuning"),
        ("zero-shot cross-lingual transfer", "method", "zero-shot"),
        ("translate-train", "method", "translate-train"),
        ("translate-test", "method", "translate-test"),
        ("adversarial training", "method", "adversarial training"),
        ("randomized smoothing", "method", "randomized smoothing"),
        ("RS-DA", "method", "RS-DA"),
        ("RS-RP", "method", "RS-RP"),
        ("data augmentation", "method", "data augmentation"),
        ("self-training", "method", "self-training"),
        ("knowledge distillation", "method", "distillation"),
        ("ELMO", "model", "ELMo"),
        ("AMERICAS NLI", "dataset", "AmericasNLI"),  # BUFFET's small capitals
        ("XWINOGRAD", "dataset", "XWinograd"),
        ("accuracy", "metric", "accuracy"),
        ("F1 score", "metric", "F1"),
        ("exact match", "metric", "EM"),
        ("EM", "metric", "EM"),
        ("BLEU", "metric", "BLEU"),
        ("precision", "metric", "precision"),
        ("perplexity", "metric", "perplexity"),
    ],
)
def test_aliases_in_prose(surface, kind, name):
    text = f"We report results with {surface} here."
    found = find_entities(text)
    assert [(m.kind, m.name, m.text) for m in found] == [(kind, name, surface)]
    assert canonical(kind, surface) == name


def test_longest_alias_wins():
    assert names("XLM-RoBERTa large and PAWS-X and XTREME-R") == ["XLM-R Large", "PAWS-X", "XTREME-R"]


def test_word_boundaries():
    assert names("mBERT") == ["mBERT"]  # no BERT inside
    assert names("DistilmBERT and XGLUE") == ["DistilmBERT", "XGLUE"]  # no mBERT, no GLUE
    assert names("Wikipedias") == []


def test_suffixes_after_a_name():
    assert names("mBERT-nli-stsb and mBERT†") == ["mBERT", "mBERT"]
    assert names("mT5-XXL, BLOOMZ-7B and XLM-based models") == ["mT5", "BLOOMZ", "XLM"]
    # a one-letter suffix makes another name the vocabulary may lack: XTREME-S is not XTREME
    assert names("XTREME-S extends XTREME to speech") == ["XTREME"]


def test_capitalising_a_first_letter_never_makes_another_name():
    # "MUSE" (the bilingual dictionaries) is not "mUSE" (multilingual Universal Sentence Encoder)
    assert names("MUSE dictionaries and mUSE") == ["mUSE"]
    assert names("Multilingual BERT and mBERT") == ["mBERT", "mBERT"]


def test_a_capital_suffix_names_another_model():
    # XLM-V (a 1M-token vocabulary) is not XLM: a claim about it must not be checked against XLM's numbers
    assert names("XLM-V outperforms XLM-R") == ["XLM-R"]


def test_case_rules():
    assert names("xnli", "dataset") == ["XNLI"]  # the Hugging Face name
    assert names("Glue and laser and Bleu") == []
    assert names("Accuracy and ACCURACY") == ["accuracy", "accuracy"]
    assert names("Fine-Tuning") == ["fine-tuning"]


def test_line_breaks_and_ligatures():
    text = "we ﬁne-\ntune Multilingual\nBERT with zero\nshot transfer"
    found = find_entities(text)
    assert [(m.name, m.text) for m in found] == [
        ("fine-tuning", "ﬁne-\ntune"),
        ("mBERT", "Multilingual\nBERT"),
        ("zero-shot", "zero\nshot transfer"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_metric_false_friends():
    assert names("Recall that the model is trained with mixed precision.") == []
    assert names("precision and recall on BUCC") == ["precision", "recall", "BUCC"]


def test_header_aliases_only_for_canonical():
    assert canonical("dataset", "POS") == "UD-POS"
    assert canonical("dataset", "NER") == "WikiANN"
    assert canonical("dataset", "CC") == "CC-100"
    assert names("POS tagging and NER on CC") == []


def test_canonical_checks_the_kind():
    assert canonical("model", "XNLI") is None
    assert canonical("dataset", "XNLI") == "XNLI"
    assert canonical("metric", "Acc.") == "accuracy"
    assert canonical("dataset", "an unknown corpus") is None


def test_vocabulary_is_extensible_and_rejects_clashes():
    vocabulary = Vocabulary()
    vocabulary.add("dataset", "XCOPA", "X-COPA")
    vocabulary.add("model", "Glot500", "Glot500-m")
    assert [(m.name, m.text) for m in vocabulary.find("Glot500-m on X-COPA")] == [
        ("Glot500", "Glot500-m"),
        ("XCOPA", "X-COPA"),
    ]
    with pytest.raises(ValueError, match="already names"):
        vocabulary.add("model", "XCOPA-model", "X-COPA")
    with pytest.raises(ValueError, match="unknown entity kind"):
        vocabulary.add("task", "NER")


# --- languages ----------------------------------------------------------------


def test_language_table_covers_the_benchmarks():
    for code in XNLI_LANGUAGES + PAWSX_LANGUAGES + XTREME_LANGUAGES:
        assert code in LANGUAGES
    assert len(set(XTREME_LANGUAGES)) == 40
    assert language_name("sw") == "Swahili"
    assert language_name("DE") == "German"
    assert language_name("xx") is None


def test_language_names_in_prose():
    text = "Gains are largest for Swahili and Urdu, smaller for German."
    assert pairs(text) == [("language", "sw"), ("language", "ur"), ("language", "de")]
    assert canonical("language", "Farsi") == "fa"
    assert canonical("language", "German") == "de"


def test_more_languages_are_named_in_prose_but_never_by_code():
    # 2309.07445's Table 9 row "Rundi run_Latn"; "st", "to" and "ti" are words more often than codes
    assert names("For Rundi and Tajik, AfroXLMR-76 improves on XLM-R; Lao and Twi less so.", "language") == [
        "rn", "tg", "lo", "tw"]
    assert kind_of("rn") == "language"
    assert names("st, to, ti and sn", "language") == []
    assert canonical("language", "ST") is None
    # a precision at one as a caption writes it: 1902.09492's "precision @1 / @5"
    assert names("word translation precision @1 / @5 using CSLS", "metric") == ["P@1"]
    # a language a longer name holds is another's: 2309.07445's "Crimean Tatar crh_Latn" beside "Tatar tat_Cyrl"
    assert names("Crimean Tatar, Tatar, Yue Chinese and Chinese", "language") == ["crh", "tt", "yue", "zh"]
    # a family is no language: "the single Sino-Tibetan language"
    assert names("MurilBERT scores 66.3 on the single Sino-Tibetan language", "language") == []


@pytest.mark.parametrize("code", sorted(AMBIGUOUS_CODES & set(LANGUAGES)))
def test_english_words_are_not_codes_in_prose(code):
    assert names(f"so {code} is, as it were, no answer to my question", "language") == []


def test_code_lists_in_prose():
    text = "PAWS-X covers en, de, es, fr, ja, ko and zh."
    assert names(text, "language") == PAWSX_LANGUAGES


def test_ambiguous_codes_inside_a_list():
    assert names("except es, it and pt datasets", "language") == ["es", "it", "pt"]
    assert names("ar, he, hi, id, it, my", "language") == ["ar", "he", "hi", "id", "it", "my"]


def test_two_codes_need_to_be_unambiguous():
    assert names("en and de", "language") == ["en", "de"]
    assert names("de la Clergerie", "language") == []


def test_language_pairs():
    assert names("EN-DE, EN-RU, and HI-UR.", "language") == ["en", "de", "en", "ru", "hi", "ur"]
    assert names("en-fr and fr→en", "language") == ["en", "fr", "fr", "en"]
    assert names("XLM-R and RS-DA and the so-so OF-OF results", "language") == []


def test_code_after_its_own_name():
    assert names("Norwegian (no) and Hindi (hi)", "language") == ["no", "no", "hi", "hi"]
    assert names("Hindi (no)", "language") == ["hi"]


@pytest.mark.parametrize(
    ("token", "code"),
    [("de", "de"), ("DE", "de"), (" zh ", "zh"), ("it", "it"), ("hi", "hi"), ("avg", None), ("Avg.", None), ("xx", None)],
)
def test_match_language_code_for_headers(token, code):
    assert match_language_code(token) == code
    if code:
        assert canonical("language", token) == code


def test_mentions_are_sorted_and_exact():
    text = "XLM-R is fine-tuned on MultiNLI and evaluated on XNLI in Swahili (sw) by accuracy."
    found = find_entities(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(isinstance(m, EntityMention) for m in found)
    assert pairs(text) == [
        ("model", "XLM-R"),
        ("method", "fine-tuning"),
        ("dataset", "MNLI"),
        ("dataset", "XNLI"),
        ("language", "sw"),
        ("language", "sw"),
        ("metric", "accuracy"),
    ]


# --- the shared papers ---------------------------------------------------------------


page_text = shared_page_text


def test_xlmr_abstract_entities():
    text = " ".join(page_text("1911.02116", 1).split())
    sentence = text[text.index("Our model, dubbed XLM-R") :][:400]
    found = set(pairs(sentence))
    assert {
        ("model", "XLM-R"),
        ("model", "mBERT"),
        ("dataset", "XNLI"),
        ("dataset", "MLQA"),
        ("metric", "accuracy"),
        ("metric", "F1"),
    } <= found


def test_xtreme_language_list_with_ligature():
    # "ﬁ" is one ligature character in the PDF text; it still reads as the code fi.
    text = page_text("2003.11080", 4)
    start = text.index("af, ar, bg")
    found = [m for m in find_entities(text[start : start + 200]) if m.kind == "language"]
    assert [m.name for m in found][:40] == XTREME_LANGUAGES
    assert "ﬁ" in [m.text for m in found]


def test_xtreme_results_table_header():
    text = page_text("2003.11080", 6)
    header = text[text.index("XNLI") : text.index("Metrics")]
    assert names(header, "dataset") == ["XNLI", "PAWS-X", "XQuAD", "MLQA", "TyDiQA", "BUCC", "Tatoeba"]
    cells = [line.strip() for line in header.splitlines()]
    assert [canonical("dataset", c) for c in cells if c in ("POS", "NER")] == ["UD-POS", "WikiANN"]


def test_multilingual_bert_paper_language_pairs():
    text = " ".join(page_text("1906.01502", 6).split()) + " " + " ".join(page_text("1906.01502", 5).split())
    assert re.search(r"EN-DE, EN-RU, and HI-UR", text)
    langs = names(text[text.index("EN-DE, EN-RU") :][:30], "language")
    assert langs == ["en", "de", "en", "ru", "hi", "ur"]


def test_whole_papers_run_and_find_the_usual_suspects():
    text = "".join(page_text("2003.11080", p) for p in range(1, 9))
    found = {(m.kind, m.name) for m in find_entities(text)}
    expected = {
        ("dataset", "XTREME"), ("dataset", "XNLI"), ("dataset", "PAWS-X"), ("dataset", "WikiANN"),
        ("dataset", "TyDiQA"), ("model", "mBERT"), ("model", "XLM-R"), ("model", "MMTE"),
        ("method", "translate-train"), ("method", "translate-test"), ("metric", "F1"), ("metric", "EM"),
        ("language", "sw"), ("language", "de"),
    }
    assert expected <= found


def test_a_bracketed_pair_with_one_clear_code_is_a_language_pair():
    # ahmad2019 Table 7 column "(en,la) - en": English plus Latin as the auxiliary language
    assert [e.name for e in find_entities("(en,la) - en")] == ["en", "la"]
    assert find_entities("(to,be)") == [] and find_entities("(on,it)") == []


def test_names_in_small_capitals():
    # 2305.14857 p.4 sets dataset names in small capitals: "XLSUM and WIKIANN"; "MUSE" stays the dictionaries,
    # not mUSE, and "MBERT" is no mBERT (a capital after the first letter fixes a name's case)
    names = {e.name for e in find_entities("1,000 test instances in XLSUM and WIKIANN, TYDI QA and XQUAD")}
    assert {"WikiANN", "TyDiQA", "XQuAD"} <= names
    assert not {e.name for e in find_entities("MUSE and MBERT")} & {"mUSE", "mBERT"}


def test_a_header_may_print_a_common_non_iso_code():
    # 2305.14857 p.25, Table 18 heads its Japanese column "jp"
    assert match_language_code("jp") == "ja" and canonical("language", "jp") == "ja"
    assert find_entities("jp") == []  # in prose it is no language


def test_common_crawl_in_the_plural_and_ud_by_its_treebank():
    assert [e.name for e in find_entities("We train on cleaned CommonCrawls (Wenzek et al., 2019)")] == ["CC-100"]
    assert [e.name for e in find_entities("six languages from Google universal dependency treebank")] == ["UD"]


def test_a_variety_named_after_a_language_is_not_that_language():
    assert [e.name for e in find_entities("On Low German (nds) and Swiss German, unlike German")] == ["de"]
    assert [e.name for e in find_entities("Ancient Greek and Old English texts")] == []
    assert [e.name for e in find_entities("a lower German score than English")] == ["de", "en"]
