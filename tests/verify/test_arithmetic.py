from synth.parse.numbers import find_numbers
from synth.records import Table, TableCell
from synth.verify.arithmetic import (
    Printed,
    decimals,
    difference_matches,
    number_agrees,
    printed_numbers,
    values_match,
)
from synth.verify.tables import LABEL_WORD, ClaimNumbers, TableView, check_table
from synth.verify.claim_facts import missing_names


def test_rounding_tolerance_follows_the_coarser_precision():
    assert values_match(65.38, 2, 65.4, 1)       # printed 65.4 may be 65.38 rounded
    assert values_match(65.4, 1, 65.38, 2)
    assert not values_match(65.3, 1, 65.4, 1)
    assert not values_match(80.9, 1, 80.8, 1)


def test_a_printed_zero_stands_for_no_other_number():
    # "0.00" in a distance column is no claimed λ of 0.001, though 0.001 rounds to it
    assert not values_match(0.001, 3, 0.0, 2)
    assert not values_match(0.0, 0, 0.3, 1)
    assert values_match(0.0, 1, 0.0, 2)


def test_a_fraction_without_its_leading_zero_keeps_its_precision():
    # ".63" is two decimals: it must not match a printed 0.80 within ±0.5
    assert decimals(".63") == decimals("0.63") == 2
    assert not values_match(0.63, decimals(".63"), 0.80, 2)


def test_a_number_in_scientific_notation_is_as_precise_as_its_exponent():
    # a learning rate of 1e-5 is not 2e-4 within ±0.5
    assert decimals("1e-5") == 5 and decimals("3.5e-5") == 6 and decimals("5e5") == 0
    assert decimals("5.10−4") == decimals("10−4") == 4  # superscripts the PDF flattened
    assert not values_match(1e-5, decimals("1e-5"), 2e-4, decimals("2e-4"))
    assert values_match(2e-4, decimals("2e-4"), 2e-4, decimals("2e-4"))


def test_claimed_delta_from_two_printed_numbers():
    assert difference_matches(2.1, 1, 84.0, 81.9, 1)
    assert difference_matches(2.2, 1, 84.0, 81.9, 1)  # a paper may subtract unrounded scores
    assert not difference_matches(2.5, 1, 84.0, 81.9, 1)
    # two integers differ by an integer: model IDs 18 and 19 are no claimed drop of .39
    assert not difference_matches(0.39, 2, 19, 18, 0)
    assert not number_agrees(0.39, 2, Printed(-1, 0, "difference 18 − 19"), True)
    assert difference_matches(3, 0, 75, 72, 0)


def test_printed_numbers_include_stated_deltas_and_pairwise_differences():
    printed = printed_numbers("XNLI accuracy rises from 64.6% to 68.4% with TLM.")
    hows = {(p.how.split(" ")[0], round(p.value, 1)) for p in printed}
    assert ("value", 64.6) in hows and ("value", 68.4) in hows
    assert any(round(abs(p.value), 1) == 3.8 for p in printed if p.how != "value")


def test_qualifiers_bound_the_match():
    p = Printed(83.6, 1, "value")
    assert number_agrees(84, 0, p, False)                         # "84%" may round 83.6
    assert not number_agrees(84, 0, p, False, qualifier="at_least")  # "above 84%" may not
    assert number_agrees(80, 0, p, False, qualifier="at_least")
    assert not number_agrees(3.8, 1, p, True)                     # a delta never matches a bare score
    # "more than 20 points" is not borne out by a printed 75, nor "at most 90" by 40
    assert number_agrees(20, 0, Printed(23, 0, "delta"), True, qualifier="at_least")
    assert not number_agrees(20, 0, Printed(75, 0, "change"), True, qualifier="at_least")
    assert not number_agrees(90, 0, Printed(40, 0, "value"), False, qualifier="at_most")


def _xnli_table() -> TableView:
    cells = []
    rows = [("mBERT", {"en": "81.4", "sw": "49.7", "Avg": "65.4"}),
            ("XLM-R Large", {"en": "88.7", "sw": "71.2", "Avg": "79.2"})]
    for r, (model, values) in enumerate(rows):
        for c, (col, text) in enumerate(values.items()):
            cells.append(TableCell(row=r, column=c, text=text, value=float(text),
                                   row_header=["Zero-shot", model], column_header=["XNLI", col]))
    return TableView.build("x", Table(paper="x", page=3, label="Table 9", caption="XNLI accuracy.", cells=cells),
                           "A benchmark")


def test_table_difference_between_two_models_with_ranking():
    view = _xnli_table()
    nums = ClaimNumbers(values=[], deltas=[(21.5, 1, "21.5")])
    checks = check_table(view, {"XNLI", "sw"}, {"XLM-R", "mBERT"}, nums, False, {"sw"}, missing_names,
                         ranking=("XLM-R", "mBERT"))
    assert any(c.agrees for c in checks)
    reversed_checks = check_table(view, {"XNLI", "sw"}, {"XLM-R", "mBERT"}, nums, False, {"sw"}, missing_names,
                                  ranking=("mBERT", "XLM-R"))
    assert reversed_checks and not any(c.agrees for c in reversed_checks)


def test_table_gap_between_two_languages_for_one_model():
    view = _xnli_table()
    checks = check_table(view, {"XNLI", "sw", "en"}, {"mBERT"}, ClaimNumbers([], [(31.7, 1, "31.7")]), False,
                         {"sw"}, missing_names)
    assert any(c.agrees and "81.4" in c.description and "49.7" in c.description for c in checks)


def _gain_table() -> TableView:
    # ahmad2019 Table 7: each column is the score with an auxiliary language minus the English-only score
    rows = [(["hr"], "1.52"), (["IE.Germanic Family", "nl"], "0.95"), (["IE.Germanic Family", "de"], "-0.35")]
    cells = [TableCell(row=r, column=0, text=t, value=float(t), row_header=h,
                       column_header=["(en,de) - en", "IE.Slavic Family", "UAS"]) for r, (h, t) in enumerate(rows)]
    return TableView.build("x", Table(paper="x", page=8, label="Table 7", caption="Average cross-lingual performance "
                                      "difference with an auxiliary language.", cells=cells), "")


def test_a_subtraction_column_prints_the_claimed_gain_itself():
    view = _gain_table()
    for delta, agrees in ((1.52, True), (1.41, False)):
        checks = check_table(view, {"hr", "de", "en", "UAS"}, set(), ClaimNumbers([], [(delta, 2, str(delta))]), False,
                             {"hr", "de", "en"}, missing_names, claim_languages={"hr", "de", "en"}, metrics={"UAS"},
                             claim_words="unlabeled german as the auxiliary language lifts croatian".split(),
                             auxiliary=frozenset({"de"}))
        assert [c.agrees for c in checks] == [agrees] and "1.52" in checks[0].description


def test_two_models_named_by_one_row_are_one_system():
    # 2004.09813 Table 2: the student "XLM-R ←SBERT-paraphrases" prints 84.5 on EN-NL, not a claimed 87.5
    rows = [("mUSE", "84.1"), ("XLM-R ←SBERT-paraphrases", "84.5")]
    cells = [TableCell(row=r, column=0, text=t, value=float(t), row_header=["Knowledge Distillation", h],
                       column_header=["EN-NL"]) for r, (h, t) in enumerate(rows)]
    view = TableView.build("x", Table(paper="x", page=5, label="Table 2", caption="Spearman rank correlation on STS "
                                      "2017.", cells=cells), "")
    checks = check_table(view, {"en", "nl"}, {"XLM-R", "SBERT"}, ClaimNumbers([(87.5, 1, "87.5")], []), False,
                         {"en", "nl"}, missing_names)
    assert [c.agrees for c in checks] == [False] and "84.5" in checks[0].description and "84.1" not in checks[0].description


def test_table_value_on_the_wrong_model_disagrees():
    view = _xnli_table()
    good = check_table(view, {"XNLI", "sw"}, {"mBERT"}, ClaimNumbers([(49.7, 1, "49.7")], []), False, {"sw"},
                       missing_names)
    bad = check_table(view, {"XNLI", "sw"}, {"mBERT"}, ClaimNumbers([(71.2, 1, "71.2")], []), False, {"sw"},
                      missing_names)
    assert [c.agrees for c in good] == [True]
    assert bad and not any(c.agrees for c in bad)


def test_average_over_named_language_columns():
    view = _xnli_table()
    checks = check_table(view, {"XNLI", "sw", "en"}, {"mBERT"}, ClaimNumbers([(65.6, 1, "65.6")], []), True,
                         {"sw", "en"}, missing_names)
    assert any(c.agrees and "mean of 2 cells" in c.description for c in checks)


def test_model_variants_and_soft_source_language():
    assert missing_names({"XLM-R Large", "en", "XNLI"}, {"XLM-R", "XNLI"}) == set()
    assert missing_names({"XLM-R Large"}, {"XLM-R", "XLM-R Base"}) == {"XLM-R Large"}


def test_a_printed_integer_never_stands_for_a_claimed_fraction():
    assert not values_match(0.75, 2, 1.0, 0)
    assert values_match(64, 0, 64.3, 1)  # "64%" may round 64.3


def test_comparison_read_from_cells():
    from synth.verify.claim_facts import comparison_sides
    from synth.verify.rankings import ranking_checks

    view = _xnli_table()
    up = ranking_checks(view, comparison_sides("XLM-R outperforms mBERT on Swahili."), {"XNLI", "sw"},
                        missing_names, set(), False)
    down = ranking_checks(view, comparison_sides("mBERT outperforms XLM-R on Swahili."), {"XNLI", "sw"},
                          missing_names, set(), False)
    assert up[frozenset({"mBERT"})] and all(c.agrees for c in up[frozenset({"mBERT"})])
    assert "71.2" in up[frozenset({"mBERT"})][0].description
    assert down[frozenset({"XLM-R"})] and not any(c.agrees for c in down[frozenset({"XLM-R"})])


def test_ranking_against_several_losers_on_the_average_column():
    from synth.verify.claim_facts import comparison_sides
    from synth.verify.rankings import ranking_checks

    view = _xnli_table()
    checks = ranking_checks(view, comparison_sides("XLM-R obtains a higher average than mBERT and MMTE."),
                            set(), missing_names, set(), True)
    assert list(checks) == [frozenset({"mBERT"})]  # no MMTE row: nothing said about it
    assert [c.description for c in checks[frozenset({"mBERT"})]] == ["[Zero-shot / XLM-R Large × XNLI / Avg] 79.2 > "
                                                                    "[Zero-shot / mBERT × XNLI / Avg] 65.4"]


def test_a_claimed_fraction_is_not_contradicted_by_percentages():
    view = _xnli_table()
    as_fraction = ClaimNumbers(values=[(0.63, 2, ".63")], deltas=[])
    assert check_table(view, {"XNLI", "sw"}, {"mBERT"}, as_fraction, False, {"sw"}, missing_names) == []
    as_percent = ClaimNumbers(values=[(63.0, 1, "63.0")], deltas=[])
    (check,) = check_table(view, {"XNLI", "sw"}, {"mBERT"}, as_percent, False, {"sw"}, missing_names)
    assert not check.agrees and "49.7" in check.description


def test_only_the_column_of_the_claimed_metric_is_read():
    cells = [TableCell(row=0, column=c, text=t, value=float(t), row_header=["fr"], column_header=[h])
             for c, (h, t) in enumerate([("Kendall's Tau Distance", "0.80"), ("XNLI Acc.", "73.8")])]
    view = TableView.build("x", Table(paper="x", page=12, label="Table 4", caption="Word order and XNLI.",
                                      cells=cells), "A paper")
    nums = ClaimNumbers(values=[(0.63, 2, ".63")], deltas=[])
    checks = check_table(view, {"XNLI", "fr"}, set(), nums, False, {"fr"}, missing_names, metrics={"accuracy"})
    assert checks == []  # 0.80 is a distance, not an accuracy; 73.8 is on another scale


def test_an_average_over_unnamed_languages_is_read_from_the_average_column_only():
    view = _xnli_table()  # sw: 71.2 - 49.7 = 21.5; Avg: 79.2 - 65.4 = 13.8
    per_language = ClaimNumbers(values=[], deltas=[(21.5, 1, "21.5")])
    checks = check_table(view, {"XNLI"}, {"XLM-R", "mBERT"}, per_language, True, set(), missing_names,
                         ranking=("XLM-R", "mBERT"))
    assert not any(c.agrees for c in checks)  # "on average, by 21.5" is not the Swahili gap
    overall = ClaimNumbers(values=[], deltas=[(13.8, 1, "13.8")])
    checks = check_table(view, {"XNLI"}, {"XLM-R", "mBERT"}, overall, True, set(), missing_names,
                         ranking=("XLM-R", "mBERT"))
    assert any(c.agrees for c in checks)


def test_flores_codes_name_languages():
    from synth.verify.tables import header_names, is_language, other_languages
    assert "pap_Latn" in header_names(["Papiamento", "pap_Latn"]) and is_language("pap_Latn")
    assert other_languages({"pap_Latn", "XLM-R"}, set()) == {"pap_Latn"}


def test_a_strict_bound_is_not_met_by_its_own_value():
    (n,) = find_numbers("raising λ above 0.25 improves the encoders")
    assert n.qualifier == "at_least" and n.strict
    assert not number_agrees(0.25, 2, Printed(0.25, 2, "value"), False, n.qualifier, n.strict)
    assert number_agrees(0.25, 2, Printed(0.3, 1, "value"), False, n.qualifier, n.strict)
    # "covers more than 98%" printed as a bound bears out a claimed "more than 98%"
    assert number_agrees(98, 0, Printed(98, 0, "value", bound=True), False, "at_least", True)
    (n,) = find_numbers("at least 20 points")
    assert not n.strict and number_agrees(20, 0, Printed(20, 0, "value"), False, n.qualifier, n.strict)


def test_header_names_read_auxiliary_pairs_metric_letters_and_multilingual_bert():
    from synth.verify.tables import header_names
    assert {"en", "ru"} <= header_names(["en + ru"])
    assert header_names(["NL", "P"]) >= {"nl", "precision"} and "recall" in header_names(["R"])
    # 2005.00396 Table 3 labels its columns ENG, DEU, HIN; "CAT" heads categories rather than Catalan
    assert header_names(["DEU"]) == {"de"} and header_names(["HIN"]) == {"hi"} and header_names(["CAT"]) == set()
    # 1911.02116 Table 5: "XLM-7 CC" is XLM-7 trained on CommonCrawl; "mBERT NER" names a task, not a corpus
    assert "CC-100" in header_names(["Multilingual models (translate-train-all)", "XLM-7 CC"])
    assert header_names(["mBERT NER"]) == {"mBERT"} and "CC-100" not in header_names(["CC"])
    # XTREME's appendix prints "BERT" for mBERT: scored on Javanese it is multilingual
    cells = [TableCell(row=r, column=0, text=t, value=float(t), row_header=[h], column_header=["jv"])
             for r, (h, t) in enumerate([("BERT", "17.6"), ("Monolingual baselines / BERT", "12.0")])]
    view = TableView.build("x", Table(paper="x", page=17, label="Table 13", caption="Tatoeba results.", cells=cells), "")
    assert "mBERT" in view.cells[0].names and "mBERT" not in view.cells[1].names
    # 1906.01502 Table 4 is English BERT's ("Some POS Results for EN-BERT"), whatever language it is scored on
    cells = [TableCell(row=0, column=0, text="28.78", value=28.78, row_header=["ES"],
                       column_header=["Some POS Results for EN-BERT", "EN"])]
    view = TableView.build("x", Table(paper="x", page=6, label="Table 4", caption="POS accuracy.", cells=cells),
                           "How multilingual is Multilingual BERT?")
    assert "mBERT" not in view.cells[0].names and "mBERT" not in view.all_names


def test_header_abbreviations_the_caption_spells_out_name_the_cells():
    # ahmad2019 Table 5: "Comparison between adversarial training (AT) and multi-task learning (MTL) [...]"
    cells = [TableCell(row=0, column=c, text=t, value=float(t), row_header=["en + ru"],
                       column_header=["Average Cross-lingual Perf.", h, "UAS"]) for c, (h, t) in enumerate([("AT", "66.53"),
                                                                                                          ("MTL", "66.35")])]
    view = TableView.build("x", Table(paper="x", page=7, label="Table 5", caption="Comparison between adversarial "
                                      "training (AT) and multi-task learning (MTL) of the contextual encoders.", cells=cells), "")
    assert "adversarial training" in view.cells[0].names and "multi-task learning" in view.cells[1].names
    assert all(c.is_average for c in view.cells)


def _settings_table(rows) -> TableView:
    cells = [TableCell(row=r, column=c, text=t, value=float(t), row_header=[h], column_header=[col])
             for r, (h, values) in enumerate(rows) for c, (col, t) in enumerate(values.items())]
    return TableView.build("x", Table(paper="x", page=8, label="Table 7", caption="Impact of fine-tuning on XNLI.",
                                      cells=cells), "XGLUE")


def test_two_settings_of_the_only_model_named_give_a_precise_gap_in_the_average_column():
    view = _settings_table([("XLM-Rbase (pl)", {"fr": "78.2", "AVG": "74.2"}),
                            ("XLM-Rbase (ml)", {"fr": "81.5", "AVG": "79.1"})])
    gap = ClaimNumbers(values=[], deltas=[(4.9, 1, "4.9")])
    checks = check_table(view, {"XNLI"}, {"XLM-R Base"}, gap, True, set(), missing_names)
    assert [c.agrees for c in checks] == [True]
    # a round number, or one no cell pair gives, is not read from two unnamed settings
    assert check_table(view, {"XNLI"}, {"XLM-R Base"}, ClaimNumbers([], [(5.0, 0, "5")]), True, set(), missing_names) == []
    assert check_table(view, {"XNLI"}, {"XLM-R Base"}, ClaimNumbers([], [(2.1, 1, "2.1")]), True, set(), missing_names) == []


def test_adding_an_auxiliary_language_is_a_with_without_pair():
    cells = [TableCell(row=0, column=c, text=t, value=float(t), row_header=["hi"], column_header=["Multilingual BERT", h])
             for c, (h, t) in enumerate([("(en)", "45.40"), ("(en-fr)", "47.74")])]
    view = TableView.build("x", Table(paper="x", page=5, label="Table 2", caption="UAS of the parser.", cells=cells), "")
    gain = ClaimNumbers(values=[], deltas=[(2.34, 2, "2.34")])
    langs = {"hi", "fr", "en"}
    checks = check_table(view, langs, {"mBERT"}, gain, False, {"hi", "fr"}, missing_names, claim_languages=langs)
    assert any(c.agrees for c in checks)
    loss = ClaimNumbers(values=[], deltas=[(-2.34, 2, "2.34")])
    assert not any(c.agrees for c in check_table(view, langs, {"mBERT"}, loss, False, {"hi", "fr"}, missing_names,
                                                 claim_languages=langs))


def test_a_number_the_table_lacks_is_read_in_the_row_printing_the_claims_other_numbers():
    view = _settings_table([("XLM-R zero-transfer", {"P": "82.2", "R": "80.3"}),
                            ("XLM-R fine-tune", {"P": "81.4", "R": "78.4"})])
    nums = ClaimNumbers(values=[(81.2, 1, "81.2"), (82.2, 1, "82.2"), (80.3, 1, "80.3")], deltas=[])
    checks = check_table(view, set(), {"XLM-R"}, nums, False, set(), missing_names)
    assert all(c.agrees for c in checks) and len(checks) == 2  # 81.2 (an F1 the table lacks) is not contradicted


def test_a_change_without_a_number_is_read_from_with_without_cells():
    from synth.verify.tables import direction_checks
    cells = [TableCell(row=0, column=c, text=t, value=float(t), row_header=["ko"], column_header=["RNN-Stack", h])
             for c, (h, t) in enumerate([("(en)", "33.50"), ("(en-ru)", "32.60")])]
    view = TableView.build("x", Table(paper="x", page=6, label="Table 3", caption="UAS of the parser.", cells=cells), "")
    langs = {"ko", "ru", "en"}
    rises = direction_checks(view, langs, set(), 1, missing_names, languages=langs)
    falls = direction_checks(view, langs, set(), -1, missing_names, languages=langs)
    assert [c.agrees for c in rises] == [False] and [c.agrees for c in falls] == [True]


def test_a_change_without_a_number_is_read_from_a_printed_difference_of_the_auxiliary_language():
    from synth.verify.tables import direction_checks
    # the shape of ahmad2019's Table 7 (p.8): the pt row's "(en,la) - en" and "(en,fr) - en" columns
    cells = [TableCell(row=0, column=c, text=t, value=float(t), row_header=["IE.Romance Family", "pt"],
                       column_header=[h]) for c, (h, t) in enumerate([("(en,la) - en", "0.49"), ("(en,fr) - en", "-0.22")])]
    view = TableView.build("x", Table(paper="x", page=8, label="Table 7", caption="UAS difference.", cells=cells), "")
    langs = {"pt", "la"}
    falls = direction_checks(view, langs, set(), -1, missing_names, languages=langs, auxiliary=frozenset({"la"}))
    assert [c.agrees for c in falls] == [False] and "0.49" in falls[0].description
    rises = direction_checks(view, langs, set(), 1, missing_names, languages=langs, auxiliary=frozenset({"la"}))
    assert [c.agrees for c in rises] == [True]


def test_about_a_number_written_to_a_decimal_is_meant_closely():
    printed = Printed(83.6, 1, "value")
    assert not number_agrees(82.5, 1, printed, False, "approx")  # "about 82.5%"
    assert number_agrees(83.0, 1, printed, False, "approx")
    assert number_agrees(80.0, 0, printed, False, "approx")  # "about 80%": within 5%


def test_about_a_whole_number_is_about_its_last_round_step():
    assert number_agrees(66.0, 0, Printed(66.8, 1, "value"), False, "approx")
    assert not number_agrees(66.0, 0, Printed(69.2, 1, "value"), False, "approx")  # 5% of 66 would allow it
    assert number_agrees(65.0, 0, Printed(67.3, 1, "value"), False, "approx")  # a round five: 62.5 to 67.5
    assert number_agrees(1000.0, 0, Printed(1040.0, 0, "value"), False, "approx")  # still within 5%


def test_a_score_with_decimals_is_never_refuted_by_a_count():
    # 2003.11080 Table 1 prints XNLI's |Train| 392,702, |Dev| 2,490 and |Test| 5,010: no claimed 68.3% is among them
    cells = [TableCell(row=0, column=c, text=t, value=float(t.replace(",", "")), row_header=["XNLI"], column_header=[h])
             for c, (h, t) in enumerate([("|Train|", "392,702"), ("|Dev|", "2,490"), ("|Test|", "5,010"), ("Acc", "66.3")])]
    view = TableView.build("x", Table(paper="x", page=3, label="Table 1", caption="Characteristics of the datasets.",
                                      cells=cells), "")
    numbers = ClaimNumbers(values=[(68.3, 1, "68.3%")], deltas=[])
    checks = check_table(view, {"XNLI"}, set(), numbers, False, set(), missing_names)
    assert checks and not any(c.agrees for c in checks)
    assert all("392,702" not in c.description and "5,010" not in c.description for c in checks)
    assert any("66.3" in c.description for c in checks)


def test_a_ranking_compares_rows_of_one_setting_only():
    # 2004.01401 p.8, Table 8 (NTG, es): xDAE 9.0 < xFNP 11.9 under "(pl)", 18.3 > 17.1 under "(ml)"
    from synth.verify.claim_facts import comparison_sides
    from synth.verify.rankings import ranking_checks

    rows = [("mBERT", "(pl)", "9.0"), ("XLM-R", "(pl)", "11.9"), ("mBERT", "(ml)", "18.3"), ("XLM-R", "(ml)", "17.1")]
    cells = [TableCell(row=r, column=1, text=v, value=float(v), row_header=[m, s], column_header=["es"])
             for r, (m, s, v) in enumerate(rows)]
    view = TableView.build("x", Table(paper="x", page=8, label="Table 8", caption="NTG results.", cells=cells), "")
    checks = ranking_checks(view, comparison_sides("mBERT outperforms XLM-R on Spanish."), {"es"}, missing_names,
                            set(), False)
    described = sorted(c.description for c in checks[frozenset({"XLM-R"})])
    assert described == ["[mBERT / (ml) × es] 18.3 > [XLM-R / (ml) × es] 17.1",
                         "[mBERT / (pl) × es] 9.0 ≤ [XLM-R / (pl) × es] 11.9"]


def test_a_claimed_bound_is_borne_out_by_the_same_bound_printed():
    # 1901.07291 p.1: "improving the previous state of the art by more than 9 BLEU"
    (delta,) = [p for p in printed_numbers("improving the previous state of the art by more than 9 BLEU.",
                                           differences=False) if p.how == "delta"]
    assert delta.bound and number_agrees(9.0, 0, delta, True, "at_least", strict=True)
    # "more than 6" is not borne out by "more than 4" (1901.07291 p.7)
    (four,) = [p for p in printed_numbers("outperforming the previous SOTA by more than 4 BLEU.", differences=False)
               if p.how == "delta"]
    assert not number_agrees(6.0, 0, four, True, "at_least", strict=True)


def test_a_row_of_another_model_is_no_claimed_models_whatever_setting_both_name():
    # 1911.02116 Table 1: TRANSLATE-TEST rows of BERT-en and RoBERTa; a claim on BERT-en's average names the setting too
    cells = [TableCell(row=r, column=0, text=t, value=float(t), row_header=["(TRANSLATE-TEST)", model],
                       column_header=["Avg"]) for r, (model, t) in enumerate((("BERT-en", "76.2"), ("RoBERTa", "77.8")))]
    view = TableView.build("x", Table(paper="x", page=7, label="Table 1", caption="XNLI accuracy.", cells=cells), "")
    checks = check_table(view, {"XNLI"}, {"BERT", "translate-test"}, ClaimNumbers([(77.8, 1, "77.8")], []), True,
                         set(), missing_names)
    assert checks and not any(c.agrees for c in checks)
    assert any(c.agrees for c in check_table(view, {"XNLI"}, {"RoBERTa", "translate-test"},
                                             ClaimNumbers([(77.8, 1, "77.8")], []), True, set(), missing_names))


def _order_table() -> TableView:
    cells = [TableCell(row=r, column=c, text=t, value=float(t), row_header=[lang], column_header=[col])
             for r, (lang, values) in enumerate((("de", ("0.74", "71.1")), ("fr", ("0.80", "73.8"))))
             for c, (col, t) in enumerate(zip(("Kendall’s Tau Distance", "XNLI Acc."), values))]
    return TableView.build("x", Table(paper="x", page=12, label="Table 4", caption="Kendall’s Tau word order metric "
                                      "and XNLI zero-shot accuracies.", cells=cells), "")


def test_the_column_a_claim_names_in_the_row_bearing_out_its_other_number_refutes_it():
    # 2005.00396 Table 4: German's tau is 0.74; its 71.1 accuracy bears out the claim's other number
    claim = "German gets a Kendall's tau of 0.84 against English, alongside 71.1% XNLI accuracy."
    checks = check_table(_order_table(), {"XNLI", "de"}, set(), ClaimNumbers([(0.84, 2, "0.84"), (71.1, 1, "71.1")], []),
                         False, {"de"}, missing_names, metrics={"accuracy"},
                         claim_words=LABEL_WORD.findall(claim.lower()))
    refuting = [c for c in checks if not c.agrees]
    assert refuting and refuting[0].decisive and refuting[0].cells[0].cell.text == "0.74"
    right = claim.replace("0.84", "0.74")
    assert all(c.agrees for c in check_table(_order_table(), {"XNLI", "de"}, set(),
                                             ClaimNumbers([(0.74, 2, "0.74"), (71.1, 1, "71.1")], []), False, {"de"},
                                             missing_names, metrics={"accuracy"},
                                             claim_words=LABEL_WORD.findall(right.lower())))


def test_a_column_named_away_from_the_number_refutes_nothing():
    claim = ("German's XNLI accuracy is 71.1%, and its Kendall's tau, a metric of word order over the whole test set, "
             "is 0.84.")
    checks = check_table(_order_table(), {"XNLI", "de"}, set(), ClaimNumbers([(0.84, 2, "0.84"), (71.1, 1, "71.1")], []),
                         False, {"de"}, missing_names, metrics={"accuracy"},
                         claim_words=LABEL_WORD.findall(claim.lower()))
    assert not any(c.decisive for c in checks)
