from synth.parse.numbers import find_numbers
from synth.records import Table, TableCell
from synth.verify.claim_facts import analyse, missing_names
from synth.verify.slots import number_slots
from synth.verify.tables import ClaimNumbers, TableView, check_table


def _slots(text: str) -> dict[str, tuple[set[str], set[str]]]:
    facts = analyse(text)
    return {k: (set(s.own), set(s.others)) for k, s in number_slots(facts.text, facts.numbers, facts.unknown).items()}


def test_a_number_belongs_to_the_language_written_after_it():
    slots = _slots("The aligned embeddings reach a word-translation precision@1 of only 25.4 for Thai, "
                   "compared with 73.9 for Spanish.")
    assert slots == {"25.4": ({"th"}, {"es"}), "73.9": ({"es"}, {"th"})}


def test_a_thousands_separator_ends_no_clause():
    slots = _slots("The Russian portion holds 23,408 million tokens (278.0 GiB) and the Vietnamese portion "
                   "24,757 million tokens (137.3 GiB).")
    assert slots == {"278.0": ({"ru"}, {"vi"}), "137.3": ({"vi"}, {"ru"})}
    # a size unit and a bracket between a number and the language after it
    slots = _slots("CC-100 holds 1,835 million tokens (13.7 GiB) of Lithuanian and 1,198 million tokens (8.8 GiB) "
                   "of Latvian.")
    assert slots == {"13.7": ({"lt"}, {"lv"}), "8.8": ({"lv"}, {"lt"})}


def test_a_number_belongs_to_the_model_named_last_before_it():
    slots = _slots("On Tatoeba for Javanese, XLM-R (14.1% accuracy) scores below both mBERT (17.6%) and XLM (22.4%).")
    assert slots["14.1%"][0] == {"XLM-R"} and slots["17.6%"][0] == {"mBERT"} and slots["22.4%"][0] == {"XLM"}
    # a system the vocabulary does not know is a model all the same
    slots = _slots("MurilBERT reaches 65.5% accuracy on Austro-Asiatic, far above XLM-R's 24.6%.")
    assert slots == {"65.5%": ({"MurilBERT"}, {"XLM-R"}), "24.6%": ({"XLM-R"}, {"MurilBERT"})}


def test_a_number_belongs_to_the_model_written_after_it_past_a_modifier():
    # 2309.07445 Table 3, Afro-Asiatic: "61.4% for the simple MLP classifier and 54.6% for zero-shot GPT-4"
    slots = _slots("Fully supervised XLM-R averages 72.6%, compared with 61.4% for the simple MLP classifier and "
                   "54.6% for zero-shot GPT-4.")
    assert slots["61.4%"][0] == {"MLP"} and slots["54.6%"][0] == {"GPT-4"} and slots["72.6%"][0] == {"XLM-R"}


def test_joined_names_stay_together_and_a_clause_before_a_comma_is_not_the_owner():
    slots = _slots("Separate embeddings drive NER F1 down to 5.4 for English-Russian and 1.0 for English-Chinese.")
    assert slots == {"5.4": ({"en", "ru"}, {"zh"}), "1.0": ({"en", "zh"}, {"ru"})}
    # "from English" is the transfer source, not the owner of 28.18; a language written right after a number
    # is its own whatever the others ("on Japanese", "on Dutch"), with nothing to keep it from (and so is the other
    # metric's score joined to it: "28.18 UAS and 20.91 LAS")
    assert _slots("In zero-shot parsing from English, the parser obtains 28.18 UAS and 20.91 LAS on Japanese.") == {
        "28.18": ({"ja"}, set()), "20.91": ({"ja"}, set())}
    assert _slots("XLM-R reaches 81.2 F1 on Dutch (82.2 precision, 80.3 recall).") == {"81.2": ({"nl"}, set())}
    # a training language is the previous number's condition, not the next number's owner
    assert _slots("The parser scores 52.97 on Hebrew when trained on English alone and 54.72 when Russian is added.") \
        == {"52.97": ({"he"}, set())}


def _family_table() -> TableView:
    rows = [("XLM-R", {"Indo-E": "86.5", "Austro-Asia": "24.6"}),
            ("IndicBERTv2", {"Indo-E": "88.1", "Austro-Asia": "65.5"}),
            ("MurilBERT", {"Indo-E": "87.5", "Austro-Asia": "23.5"})]
    cells = [TableCell(row=r, column=c, text=text, value=float(text), row_header=[model], column_header=[col])
             for r, (model, values) in enumerate(rows) for c, (col, text) in enumerate(values.items())]
    table = Table(paper="x", page=9, label="Table 4", caption="Indic-centric Evaluation on SIB-200.", cells=cells)
    return TableView.build("x", table, title="SIB-200")


def _check(claim: str):
    facts = analyse(claim)
    numbers = ClaimNumbers(values=[(n.value, 1, n.text) for n in facts.numbers], deltas=[],
                           slots=number_slots(facts.text, facts.numbers, facts.unknown))
    return check_table(_family_table(), {"SIB-200"}, {"XLM-R"}, numbers, False, set(), missing_names)


def test_a_right_number_on_the_wrong_model_is_not_borne_out_by_its_neighbour():
    checks = _check("On SIB-200, MurilBERT reaches 65.5% on Austro-Asiatic, far above XLM-R's 24.6%.")
    assert checks and not any(c.agrees for c in checks)
    assert any("23.5" in c.description for c in checks)  # MurilBERT's own cell, beside XLM-R's 24.6


def test_each_number_read_from_its_own_models_cells():
    checks = _check("On SIB-200, MurilBERT reaches 23.5% on Austro-Asiatic, just below XLM-R's 24.6%.")
    assert checks and all(c.agrees for c in checks)
    assert {c.cells[0].cell.text for c in checks} == {"23.5", "24.6"}


def _sib_prompt_table() -> TableView:
    rows = [("Uralic", {"GPT-3.5-Turbo": "62.4", "GPT-4": "74.8"}), ("Japonic", {"GPT-3.5-Turbo": "63.4", "GPT-4": "75.8"}),
            ("Koreanic", {"GPT-3.5-Turbo": "67.8", "GPT-4": "78.2"}), ("Average", {"GPT-3.5-Turbo": "43.3", "GPT-4": "48.7"})]
    cells = [TableCell(row=r, column=c, text=text, value=float(text), row_header=[family],
                       column_header=["Zero-Shot Prompt", model])
             for r, (family, values) in enumerate(rows) for c, (model, text) in enumerate(values.items())]
    return TableView.build("x", Table(paper="x", page=5, label="Table 3", caption="Results on SIB-200.", cells=cells),
                           title="SIB-200")


def test_a_mean_over_rows_the_claim_names_by_their_labels():
    claim = "With zero-shot prompting on SIB-200, GPT-4 averages 76.3% accuracy over the Japonic, Koreanic and Uralic families."
    facts = analyse(claim)
    numbers = ClaimNumbers(values=[(76.3, 1, "76.3%")], deltas=[])
    checks = check_table(_sib_prompt_table(), {"SIB-200"}, {"GPT-4"}, numbers, facts.wants_average, set(), missing_names,
                         words={"Japonic", "Koreanic", "Uralic", "With"})
    assert [c.agrees for c in checks] == [True] and "= 76.27" in checks[0].description  # (74.8 + 75.8 + 78.2) / 3
    # without the labels, the overall average (48.7) would be read as the claim's and refute it
    unlabelled = check_table(_sib_prompt_table(), {"SIB-200"}, {"GPT-4"}, numbers, True, set(), missing_names)
    assert unlabelled and not any(c.agrees for c in unlabelled)


def test_a_name_heading_a_column_keeps_the_claim_to_that_column():
    # XTREME's transfer-gap table: XLM-R's gap is 24.3 on POS and 19.8 on NER
    cells = [TableCell(row=0, column=c, text=t, value=float(t), row_header=["XLM-R"], column_header=[task])
             for c, (task, t) in enumerate([("POS", "24.3"), ("NER", "19.8")])]
    view = TableView.build("x", Table(paper="x", page=6, label="Table 3", caption="Cross-lingual transfer gap.", cells=cells),
                           title="XTREME")
    numbers = ClaimNumbers(values=[(24.3, 1, "24.3 points")], deltas=[])
    checks = check_table(view, set(), {"XLM-R"}, numbers, False, set(), missing_names, unknown={"NER"})
    assert checks and not any(c.agrees for c in checks) and "19.8" in checks[0].description


def test_names_with_a_version_number_are_names():
    from synth.extract.vocabulary import find_entities
    from synth.verify.claim_facts import unknown_names
    assert unknown_names("zero-shot prompting of Llama-2-70B-Chat reaches about 45%") == {"Llama-2-70B-Chat"}
    assert [e.name for e in find_entities("GPT-4 beats GPT-3.5-Turbo")] == ["GPT-4", "GPT-3.5-Turbo"]


def test_the_two_halves_of_a_pair_belong_to_the_name_written_after_them():
    slots = _slots("The parser obtains 60.99/51.63 UAS/LAS on Czech when training on English alone, 61.60/52.41 with "
                   "unlabeled French and 61.81/52.45 with unlabeled Russian.")
    assert slots["61.81"][0] == {"ru"} and slots["52.45"][0] == {"ru"}
    assert slots["61.60"][0] == {"fr"} and slots["52.41"][0] == {"fr"}


def test_the_corpus_a_model_was_pretrained_on_is_its_numbers_own():
    claim = ("With translate-train-all fine-tuning, the Wikipedia-pretrained XLM-7 averages 80.0% over the seven XNLI "
             "languages, ahead of the 77.5% of CommonCrawl-trained monolingual BERT models.")
    facts = analyse(claim)
    slots = number_slots(facts.text, facts.numbers, facts.unknown)
    assert slots["80.0%"].own >= {"XLM", "Wikipedia"} and "CC-100" in slots["80.0%"].others
    assert "CC-100" in slots["77.5%"].own and "Wikipedia" in slots["77.5%"].others


def test_a_number_printed_for_its_model_with_the_other_numbers_corpus_bears_out_nothing():
    # 1911.02116 Table 5: 80.0 is XLM-7 trained on CommonCrawl's average, 76.3 the Wikipedia one's
    rows = [("Monolingual baselines / BERT CC", "77.5"), ("Monolingual baselines / BERT Wiki", "75.9"),
            ("Multilingual models / XLM-7 CC", "80.0"), ("Multilingual models / XLM-7 Wiki", "76.3")]
    cells = [TableCell(row=r, column=0, text=text, value=float(text), row_header=label.split(" / "),
                       column_header=["Avg"]) for r, (label, text) in enumerate(rows)]
    view = TableView.build("x", Table(paper="x", page=8, label="Table 5", caption="Results on XNLI.", cells=cells),
                           title="x")
    claim = "The Wikipedia-pretrained XLM-7 averages 80.0% on XNLI, ahead of the 77.5% of CommonCrawl-trained BERT models."
    facts = analyse(claim)
    numbers = ClaimNumbers(values=[(n.value, 1, n.text) for n in facts.numbers], deltas=[],
                           slots=number_slots(facts.text, facts.numbers, facts.unknown))
    checks = check_table(view, {"XNLI", "Wikipedia", "CC-100"}, {"XLM", "BERT"}, numbers, False, set(), missing_names)
    assert checks and not any(c.agrees for c in checks)
    assert any("printed with CC-100" in c.description for c in checks)
    right = claim.replace("Wikipedia-pretrained", "CommonCrawl-pretrained")
    facts = analyse(right)
    numbers = ClaimNumbers(values=[(n.value, 1, n.text) for n in facts.numbers], deltas=[],
                           slots=number_slots(facts.text, facts.numbers, facts.unknown))
    assert all(c.agrees for c in check_table(view, {"XNLI", "CC-100"}, {"XLM", "BERT"}, numbers, False, set(),
                                             missing_names))


def test_a_bracketed_pair_after_a_comparison_is_not_the_last_named_side_alone():
    # h36 (1811.00570 p.19): 37.03 is SelfAtt-Graph's, not RNN-Stack's, the name written just before the bracket
    slots = _slots("Ahmad et al.'s SelfAtt-Graph parser attains a labeled attachment score 17.18 points above the "
                   "RNN-Stack parser (37.03 vs 19.85).")
    assert "37.03" not in slots and "19.85" not in slots


def test_the_first_numbers_owner_may_be_named_before_a_comma_of_its_clause():
    # ahmad2019 p.8, Table 7, pl: (en,la) - en 1.03, (en,ru) - en 0.97, (en,fr) - en and (en,de) - en 0.82
    text = ("For Polish targets with multilingual BERT inputs, Latin is the most helpful of the four auxiliary "
            "languages, adding 1.03 UAS over English-only training against 0.97 for Russian and 0.82 for both French "
            "and German.")
    slots = number_slots(text, find_numbers(text))
    assert slots["1.03"].own == {"la"} and slots["1.03"].others == {"ru", "fr", "de"}
    assert slots["0.97"].own == {"ru"}


def _variant_table() -> TableView:
    # 2309.07445 p.19, Table 8, row Eastern Yiddish: XLM-R base 57.5, XLM-R 82.9 (both fully supervised)
    cells = [TableCell(row=0, column=c, text=text, value=float(text), row_header=["Eastern Yiddish", "ydd_Hebr"],
                       column_header=["Fully Supervised", *model])
             for c, (model, text) in enumerate([(["MLP"], "52.3"), (["XLM-R", "base"], "57.5"), (["XLM-R"], "82.9")])]
    return TableView.build("x", Table(paper="x", page=19, label="Table 8", caption="Results on SIB-200.", cells=cells),
                           title="SIB-200")


def test_a_number_of_one_variant_is_read_in_its_own_column_not_in_its_familys():
    claim = "On SIB-200, fully supervised XLM-R reaches 82.9% on Eastern Yiddish, whereas XLM-R base manages only {}%."
    for base, agrees in (("47.5", False), ("57.5", True)):
        facts = analyse(claim.format(base))
        numbers = ClaimNumbers(values=[(n.value, 1, n.text) for n in facts.numbers], deltas=[],
                               slots=number_slots(facts.text, facts.numbers, facts.unknown))
        checks = check_table(_variant_table(), {"SIB-200", "yi"}, {"XLM-R", "XLM-R Base"}, numbers, False, set(),
                             missing_names)
        base_check = next(c for c in checks if f"{base}%" in c.description)
        # XLM-R base's column also names XLM-R: it had been set aside as the other number's
        assert base_check.agrees is agrees and "57.5" in base_check.description


def test_a_number_belongs_to_the_benchmark_or_language_after_its_setting():
    # "65.8% zero-shot XNLI accuracy on Russian": the setting and benchmark sit between the number and its language
    slots = _slots("Wu et al.'s bilingual models reach 65.8% zero-shot XNLI accuracy on Russian and 66.5% on Chinese.")
    assert slots == {"65.8%": ({"ru"}, {"zh"}), "66.5%": ({"zh"}, {"ru"})}
    # two benchmarks, one number each
    slots = _slots("ChatGPT reaches 64.8% accuracy on KLUE-NLI and 62.3% on ParsiNLU entailment in BUFFET.")
    assert slots == {"64.8%": ({"KLUE-NLI"}, {"ParsiNLU"}), "62.3%": ({"ParsiNLU"}, {"KLUE-NLI"})}
    # a training condition is no owner
    assert "80.1" not in _slots("XLM-R reaches 80.1 when trained on English and 70.2 on French.")


def test_a_score_and_the_other_metric_in_brackets_are_one_pair():
    slots = _slots("In XTREME's per-language TyDiQA-GoldP results, the XLM baseline manages only 27.2 F1 (15.0 EM) on "
                   "Bengali and 15.5 F1 (6.9 EM) on Telugu.")
    assert slots == {"27.2": ({"bn"}, {"te"}), "15.0": ({"bn"}, {"te"}),
                     "15.5": ({"te"}, {"bn"}), "6.9": ({"te"}, {"bn"})}


def test_two_metrics_scores_joined_by_and_are_one_pair():
    slots = _slots("Adversarial training costs the parser 0.42 UAS and 0.35 LAS on English, against 1.2 UAS and 0.9 LAS "
                   "on French.")
    assert slots == {"0.42": ({"en"}, {"fr"}), "0.35": ({"en"}, {"fr"}),
                     "1.2": ({"fr"}, {"en"}), "0.9": ({"fr"}, {"en"})}
    # one metric's two scores are two languages'
    assert _slots("The parser scores 0.42 on English and 0.35 on French.") == {
        "0.42": ({"en"}, {"fr"}), "0.35": ({"fr"}, {"en"})}
