"""Rankings read from table cells (rankings.ranking_checks): which cells may be set against each other."""

from synth.records import Table, TableCell
from synth.verify.claim_facts import analyse, auxiliary_languages, languages_tested, missing_names
from synth.verify.rankings import languages_counted, ranking_checks
from synth.verify.tables import TableView


def _xglue_table() -> TableView:
    # the shape of XGLUE's Table 4 (2004.01401 p.6): task blocks of model rows, language columns and an average
    rows = [(["NER", "M-BERT"], ("90.6", "79.2")), (["NER", "XLM-Rbase"], ("90.9", "80.1")),
            (["POS", "M-BERT"], ("95.6", "79.1")), (["NC", "M-BERT"], ("92.2", "82.7")),
            (["NC", "XLM-Rbase"], ("91.8", "83.4"))]
    cells = [TableCell(row=r, column=c, text=text, value=float(text), row_header=header, column_header=[column])
             for r, (header, texts) in enumerate(rows) for c, (column, text) in enumerate(zip(("en", "AVG"), texts))]
    return TableView.build("x", Table(paper="x", page=6, label="Table 4", caption="The overall evaluation results on XGLUE.",
                                      cells=cells), title="XGLUE")


def _checks(claim: str, view: TableView) -> list[str]:
    facts = analyse(claim)
    required = facts.key_names - facts.sides.winner_names - facts.sides.loser_names
    found = ranking_checks(view, facts.sides, required, missing_names, set(), facts.wants_average,
                           facts.names["dataset"], facts.unknown, languages=facts.names["language"],
                           sources=facts.transfer[0], tested=languages_tested(facts.text),
                           auxiliary=auxiliary_languages(facts.text))
    return [c.description for checks in found.values() for c in checks]


def test_cells_of_two_task_blocks_are_never_compared():
    checks = _checks("On English NER in XGLUE, XLM-R base outscores M-BERT.", _xglue_table())
    assert checks == ["[NER / XLM-Rbase × en] 90.9 > [NER / M-BERT × en] 90.6"]  # never POS's 95.6


def test_a_language_the_claim_tests_is_ranked_in_its_own_column_not_the_average():
    claim = "For English news classification in XGLUE, XLM-R base outscores M-BERT when both are fine-tuned on English."
    assert _checks(claim, _xglue_table()) == ["[NC / XLM-Rbase × en] 91.8 ≤ [NC / M-BERT × en] 92.2"]
    # trained on English and tested on no language named: the average column still counts
    checks = _checks("On XGLUE news classification, XLM-R base outscores M-BERT when both are fine-tuned on English.",
                     _xglue_table())
    assert "[NC / XLM-Rbase × AVG] 83.4 > [NC / M-BERT × AVG] 82.7" in checks


def test_the_languages_a_claim_tests_are_those_it_does_not_train_on():
    assert languages_tested("For English NC, XLM-R beats M-BERT when both are fine-tuned on English.") == {"en"}
    assert languages_tested("XLM-R beats M-BERT on XNLI when both are fine-tuned on English.") == frozenset()
    assert languages_tested("Fine-tuned on Spanish, mBERT beats XLM on Italian POS.") == {"it"}


def test_a_table_printed_in_two_halves_compares_its_rows_across_the_halves():
    # CC-100's statistics (1911.02116 p.11, Table 6): Czech in the left half, Slovak in the right
    rows = [(0, ["cs", "Czech"], 0, "2498"), (0, ["lt", "Lithuanian"], 2, "1835"), (1, ["sk", "Slovak"], 2, "3525")]
    cells = [TableCell(row=r, column=c, text=t, value=float(t), row_header=h, column_header=["Tokens (M)"])
             for r, h, c, t in rows]
    view = TableView.build("x", Table(paper="x", page=11, label="Table 6",
                                      caption="Languages and statistics of the CC-100 corpus.", cells=cells), title="XLM-R")
    assert _checks("CC-100 contains more Czech than Slovak text.", view) == [
        "[cs / Czech × Tokens (M)] 2498 ≤ [sk / Slovak × Tokens (M)] 3525"]


def test_a_claim_about_one_language_ranks_only_its_cells():
    # XLM's Table 1 (1901.07291 p.6): TRANSLATE-TEST 85.0 / 79.0, TRANSLATE-TRAIN 85.0 / 80.2 on en / fr
    rows = [(["TRANSLATE-TRAIN", "XLM (MLM+TLM)"], ("85.0", "80.2")), (["TRANSLATE-TEST", "XLM (MLM+TLM)"], ("85.0", "79.0"))]
    cells = [TableCell(row=r, column=c, text=text, value=float(text), row_header=header, column_header=[column])
             for r, (header, texts) in enumerate(rows) for c, (column, text) in enumerate(zip(("en", "fr"), texts))]
    view = TableView.build("x", Table(paper="x", page=6, label="Table 1", caption="Results on XNLI.", cells=cells),
                           title="XLM")
    claim = ("On French XNLI, XLM scores higher when the test data are machine-translated into English than when it is "
             "fine-tuned on machine-translated French training data.")
    # English is what the test data are translated into: its column against French's ranks nothing the claim ranks
    assert _checks(claim, view) == []


def _translate_test_table(labels=("BERT-en", "RoBERTa")) -> TableView:
    # the shape of XLM-R's Table 1 (1911.02116 p.7): a block header over the rows of English-only models
    block = "Translate everything to English and use English-only model (TRANSLATE-TEST)"
    rows = [([block, labels[0], "Wiki"], ("88.8", "82.3")), ([block, labels[1], "Wiki+CC"], ("91.3", "84.3"))]
    cells = [TableCell(row=r, column=c, text=text, value=float(text), row_header=header, column_header=[column])
             for r, (header, texts) in enumerate(rows) for c, (column, text) in enumerate(zip(("en", "es"), texts))]
    return TableView.build("x", Table(paper="x", page=7, label="Table 1",
                                      caption="Results on cross-lingual classification. We report the accuracy on each of the 15 XNLI "
                                              "languages.", cells=cells), title="XLM-R")


def test_a_language_the_block_header_names_is_both_rows_condition():
    claim = "Among the translate-test baselines, the English-only BERT scores higher than RoBERTa on Spanish XNLI."
    assert _checks(claim, _translate_test_table()) == [
        "[Translate everything to English and use English-only model (TRANSLATE-TEST) / BERT-en / Wiki × es] 82.3 ≤ "
        "[Translate everything to English and use English-only model (TRANSLATE-TEST) / RoBERTa / Wiki+CC × es] 84.3"]


def test_a_language_each_row_label_names_is_no_shared_condition():
    # (the loser's own label names English: "English FT" is not the winner's row)
    rows = [(["English FT"], ("59.4",)), (["English Target FT"], ("57.3",))]
    cells = [TableCell(row=r, column=0, text=t[0], value=float(t[0]), row_header=h, column_header=["Macro"])
             for r, (h, t) in enumerate(rows)]
    view = TableView.build("x", Table(paper="x", page=21, label="Table 12", caption="Model performance on XNLI.",
                                      cells=cells), title="BUFFET")
    assert _checks("On XNLI, Target FT beats the English FT model.", view) == []


def _auxiliary_table() -> TableView:
    # the shape of Ahmad et al.'s Table 3 (ahmad2019 p.6): target-language rows, columns trained on English alone or
    # with an unlabeled auxiliary language, each a UAS/LAS pair
    rows = [(["lv"], ("70.22", "71.08", "69.90")), (["no"], ("80.20", "79.95", "80.73"))]
    cells = [TableCell(row=r, column=c, text=text, value=float(text), row_header=header, column_header=[column, "UAS"])
             for r, (header, texts) in enumerate(rows)
             for c, (column, text) in enumerate(zip(("(en)", "(en-fr)", "(en-ru)"), texts))]
    return TableView.build("x", Table(paper="x", page=6, label="Table 3", caption="Cross-lingual transfer results (UAS%).",
                                      cells=cells), title="Unlabeled auxiliary languages")


def test_a_source_with_an_auxiliary_language_is_ranked_against_the_source_alone():
    claim = "On Latvian, the parser trained with unlabeled French scores higher than the English-only parser."
    assert _checks(claim, _auxiliary_table()) == ["[lv × (en-fr) / UAS] 71.08 > [lv × (en) / UAS] 70.22"]
    claim = "On Norwegian, the parser trained with unlabeled French scores higher than the English-only parser."
    assert _checks(claim, _auxiliary_table()) == ["[no × (en-fr) / UAS] 79.95 ≤ [no × (en) / UAS] 80.20"]


def test_a_column_naming_the_claimed_dataset_outranks_one_the_caption_covers():
    # the shape of Dufter and Schütze's Table 4 (2005.00396 p.12): a word-order metric beside XNLI accuracy, the
    # caption naming both
    cells = [TableCell(row=r, column=c, text=text, value=float(text), row_header=[lang], column_header=[column])
             for r, (lang, texts) in enumerate((("el", ("0.77", "66.4")), ("zh", ("0.68", "69.3"))))
             for c, (column, text) in enumerate(zip(("Kendall's Tau Distance", "XNLI Acc."), texts))]
    view = TableView.build("x", Table(paper="x", page=12, label="Table 4", cells=cells,
                                      caption="Kendall's Tau word order metric and XNLI zero-shot accuracies."),
                           title="Multilinguality")
    assert _checks("The XNLI accuracy is higher for Greek than for Chinese.", view) == [
        "[el × XNLI Acc.] 66.4 ≤ [zh × XNLI Acc.] 69.3"]


def test_two_auxiliary_languages_are_ranked_in_their_columns_on_the_tested_row():
    # (rows of French and Russian test data too: no pair of rows is the claim's pair of auxiliaries)
    rows = [(["fr"], ("77.42", "77.45", "77.78")), (["ru"], ("58.70", "59.77", "60.10"))]
    cells = [TableCell(row=r, column=c, text=text, value=float(text), row_header=header, column_header=[column, "UAS"])
             for r, (header, texts) in enumerate(rows)
             for c, (column, text) in enumerate(zip(("(en)", "(en-fr)", "(en-ru)"), texts))]
    view = TableView.build("x", Table(paper="x", page=6, label="Table 3", caption="Cross-lingual transfer results (UAS%).",
                                      cells=cells), title="Unlabeled auxiliary languages")
    claim = "For French test data, the parser benefits more from unlabeled French than from unlabeled Russian."
    assert _checks(claim, view) == ["[fr × (en-fr) / UAS] 77.45 ≤ [fr × (en-ru) / UAS] 77.78"]


def test_a_counted_group_of_languages_is_averaged_in_the_column_headed_by_its_size():
    assert languages_counted("On SIB-200's twelve Afro-Asiatic African languages, A beats B.") == 12
    assert languages_counted("averaged over SIB-200's 56 African languages") == 56
    assert languages_counted("On SIB-200, A beats B in three settings.") is None
    # the shape of SIB-200's Table 5 (2309.07445 p.9): family columns headed by their sizes, then all 56
    heads = [["Afro A.", "(12)"], ["Nilo.", "(5)"], ["All", "(56)"]]
    rows = [(["AfroXLMR"], ("69.2", "55.7", "68.4")), (["AfroXLMR-61"], ("68.3", "57.2", "70.7"))]
    cells = [TableCell(row=r, column=c, text=t, value=float(t), row_header=h, column_header=heads[c])
             for r, (h, texts) in enumerate(rows) for c, t in enumerate(texts)]
    view = TableView.build("x", Table(paper="x", page=9, label="Table 5", caption="African-centric Evaluation.",
                                      cells=cells), title="SIB-200")
    claim = "On SIB-200's twelve Afro-Asiatic African languages, AfroXLMR-61 achieves higher average accuracy than AfroXLMR."
    facts = analyse(claim)
    found = ranking_checks(view, facts.sides, set(), missing_names, set(), facts.wants_average,
                           facts.names["dataset"], facts.unknown, group=languages_counted(claim))
    described = [c.description for checks in found.values() for c in checks]
    assert any("(12)" in d and "≤" in d for d in described)
