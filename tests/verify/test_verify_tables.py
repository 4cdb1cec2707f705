from types import SimpleNamespace

from synth.records import Table, TableCell
from synth.verify.tables import (LABEL_WORD, _extends, _from_to, TableView, diagonal, header_names, headed_by, headers_joined,
                                 labelled_ranking_checks,
                                 other_languages, worded_block)


def _cell(headers: str):
    return SimpleNamespace(headers=headers)


def test_names_heading_two_columns_keep_both_whatever_their_order():
    cells = [_cell("hi UAS SelfAtt-Graph"), _cell("hi UAS RNN-Graph"), _cell("hi UAS RNN-Stack")]
    for names in (["SelfAtt-Graph", "RNN-Graph"], ["RNN-Graph", "SelfAtt-Graph"]):
        assert [c.headers for c in headed_by(cells, names)] == ["hi UAS SelfAtt-Graph", "hi UAS RNN-Graph"]


def test_a_name_in_brackets_heads_its_cell_too():
    # 1811.00570 Table 2: "Supervised (RNN-Graph)" beside "RNN-Graph (OS-OF)"
    cells = [_cell("pt RNN-Graph (OS-OF)"), _cell("pt Supervised (RNN-Graph)"), _cell("pt SelfAtt-Graph (OF-OF)")]
    assert [c.headers for c in headed_by(cells, ["RNN-Graph"])] == ["pt RNN-Graph (OS-OF)", "pt Supervised (RNN-Graph)"]


def test_a_name_heading_a_column_and_one_heading_a_row_pick_their_crossing():
    cells = [_cell("NER mBERT"), _cell("POS mBERT"), _cell("NER XLM"), _cell("POS XLM")]
    assert [c.headers for c in headed_by(cells, ["NER", "mBERT"])] == ["NER mBERT"]


def test_a_label_of_both_rows_and_columns_is_the_cell_it_heads_twice():
    # 1906.01502 Table 5: fine-tuning on AN or NA languages (rows) against evaluating on them (columns)
    cells = [SimpleNamespace(row_header=[r], column_header=[c]) for r in ("AN", "NA") for c in ("AN", "NA")]
    assert [(c.row_header, c.column_header) for c in diagonal(cells, {"AN"})] == [(["AN"], ["AN"])]
    assert diagonal(cells, {"AN", "NA"}) == cells  # a claim naming both says which is which itself
    rows_only = [SimpleNamespace(row_header=["CLM CLM"], column_header=["en-de"]),
                 SimpleNamespace(row_header=["MLM CLM"], column_header=["en-de"])]
    assert diagonal(rows_only, {"CLM"}) == rows_only


def test_names_heading_nothing_leave_the_cells_as_they_are():
    cells = [_cell("NER mBERT"), _cell("POS XLM")]
    assert headed_by(cells, ["Unicoder"]) == cells


def test_lower_case_iso_639_3_column_labels_name_languages():
    # Tatoeba's columns (2004.09813 p.14): "mon", "lit", "cmn"; in capitals "MON" and "LIT" are rather words
    assert header_names(["mon"]) == {"mn"} and header_names(["lit"]) == {"lt"} and header_names(["cmn"]) == {"zh"}
    assert "mn" not in header_names(["MON"]) and "lt" not in header_names(["LIT"])
    # and those of languages the vocabulary names only in prose: Western Frisian, Turkmen, Yiddish (p.14's Table 10)
    assert [header_names([c]) for c in ("fry", "tuk", "yid", "aym")] == [{"fy"}, {"tk"}, {"yi"}, {"ay"}]



def test_a_flores_code_beside_its_language_name_is_no_other_language():
    # 2309.07445 p.19, Table 8: "Vietnamese | vie_Latn | Austroasiatic | Asia 3"; "Acehnese" the vocabulary lacks
    vietnamese = header_names(["Vietnamese", "vie_Latn", "Austroasiatic", "Asia 3"])
    assert "vi" in vietnamese and not other_languages(vietnamese | {"XLM-R"}, {"vi"})
    acehnese = header_names(["Acehnese (Arabic)", "ace_Arab", "Austronesian", "Asia 3"])
    assert other_languages(acehnese, {"vi"}) == {"ace_Arab"}


def test_a_language_column_is_read_only_for_a_language_the_claim_names():
    # 2305.14857 p.26, Table 20 (abridged): ChatGPT under English and target-language instructions
    rows = [("ENG. ICL", {"it": "81.8", "el": "72.4"}), ("TGT. ICL", {"it": "82.3", "el": "69.3"})]
    cells = [TableCell(row=r, column=c, text=v, value=float(v), row_header=[label, "ChatGPT"], column_header=[lang])
             for r, (label, scores) in enumerate(rows) for c, (lang, v) in enumerate(scores.items(), start=1)]
    view = TableView.build("x", Table(paper="x", page=26, label="Table 20", caption="Model performance on WIKIANN.",
                                      cells=cells), title="")
    claim = "ChatGPT does better with target-language instructions (TGT ICL) than with English instructions."
    better, worse = (LABEL_WORD.findall(part.lower()) for part in claim.split(" than "))
    # "it" abbreviates "instructions": without the claim's language, no column is read
    assert labelled_ranking_checks(view, "ChatGPT", better, worse, LABEL_WORD.findall(claim.lower())) == []
    (check,) = labelled_ranking_checks(view, "ChatGPT", better, worse, [*LABEL_WORD.findall(claim.lower()), "el"])
    assert not check.agrees and "× el] 69.3" in check.description


def test_a_table_of_model_sizes_holds_no_results():
    # 1911.02116 p.12, Table 7: "Details on model sizes." — layers, hidden sizes and parameters are read as counts only
    cells = [TableCell(row=r, column=1, text=v, value=float(v), row_header=[m], column_header=["L"])
             for r, (m, v) in enumerate([("XLM-R", "24"), ("mBERT", "12")])]
    view = TableView.build("x", Table(paper="x", page=12, label="Table 7", caption="Table 7: Details on model sizes. "
                                      "We show the number of layers L.", cells=cells), title="")
    assert view.cells == () and len(view.count_cells) == 2


def test_a_benchmark_of_one_language_names_it_in_a_header():
    # BUFFET Table 13 heads its columns "KLUENLI", "OCNLI" and "PARSINLUENTAILMENT"
    assert {"ParsiNLU", "fa"} <= header_names(["PARSINLUENTAILMENT"])
    assert {"KLUE-NLI", "ko"} <= header_names(["KLUENLI"]) and {"OCNLI", "zh"} <= header_names(["OCNLI"])
    assert "fa" not in header_names(["XNLI"])


def _blocks_view() -> TableView:
    # ahmad2019 p.5, Table 2: a row per language under two blocks of inputs, each with (en) and (en-fr) columns
    cells = [TableCell(row=1, column=i + 1, text=v, value=float(v), row_header=["da"], column_header=[block, pair])
             for i, (block, pair, v) in enumerate([("Multilingual Word Embeddings", "(en)", "76.58"),
                                                   ("Multilingual Word Embeddings", "(en-fr)", "75.99"),
                                                   ("Multilingual BERT", "(en)", "82.36"),
                                                   ("Multilingual BERT", "(en-fr)", "82.40")])]
    return TableView.build("x", Table(paper="x", page=5, label="Table 2", caption="Cross-lingual transfer.",
                                      cells=cells), "")


def test_the_block_a_claim_writes_out_is_the_claims():
    view = _blocks_view()
    kept = worded_block(view, "With multilingual word embeddings as input, French as the auxiliary language lowers "
                              "Danish scores.")
    assert [c.cell.text for c in kept.cells] == ["76.58", "75.99"]
    assert worded_block(view, "French as the auxiliary language lowers Danish scores.") is view
    assert worded_block(view, "Multilingual word embeddings and multilingual BERT both help.") is view


def test_a_caption_naming_a_resource_the_claim_does_not_is_another_tables():
    from synth.verify.table_judging import _captioned_otherwise

    def view(caption: str) -> TableView:
        cell = TableCell(row=0, column=0, text="75.13", value=75.13, row_header=["French"], column_header=["UAS"])
        return TableView.build("x", Table(paper="x", page=19, label="Table 10", caption=caption, cells=[cell]),
                               title="x")

    claim = "For French, Ahmad et al.'s RNN-Stack parser transfers from English better than their SelfAtt-Stack parser."
    assert _captioned_otherwise(view("Table 10: Comparisons (UAS%/LAS%) on Google Universal Dependency Treebanks."), claim)
    # metrics in capitals and the caption's first word are no resource
    assert not _captioned_otherwise(view("Table 2: Results (UAS%/LAS%, excluding punctuation) on the test sets."), claim)
    assert not _captioned_otherwise(view("Table 2: Results on the French test set."), claim)


def test_what_a_swap_brings_in_is_the_subject_of_its_change():
    words = "swapping the last-state encoder for the max-pooled one lifts accuracy".split()
    assert _from_to(words, 2, 7)  # the max-pooled one gains
    words = "moving from the last-state encoder to the max-pooled one lifts accuracy".split()
    assert _from_to(words, 3, 7)
    # "A beats B": the first-worded is the subject
    words = "the last-state encoder beats the max-pooled one".split()
    assert not _from_to(words, 1, 5)


def test_a_name_split_over_two_header_lines_is_joined_where_the_text_prints_it_whole():
    # 2309.07445 Table 9 (p.20) prints "AfroXLMR-61" over two lines: "Afro" above "XLMR-61"
    cells = [TableCell(row=0, column=c, text=t, value=float(t), row_header=["Igbo"], column_header=h)
             for c, (h, t) in enumerate(((["XLMR"], "57.5"), (["Afro", "XLMR-61"], "83.9"), (["Layer", "F1"], "1.0")))]
    table = headers_joined(Table(paper="x", page=20, cells=cells), "We compare AfroXLMR-61 with XLM-R.")
    assert [c.column_header for c in table.cells] == [["XLMR"], ["AfroXLMR-61"], ["Layer", "F1"]]
    view = TableView.build("x", table, title="SIB-200")
    assert "XLM-R" not in view.cells[1].names and "XLM-R" in view.cells[0].names


def test_a_bert_row_named_for_one_language_is_no_multilingual_bert():
    # 1911.02116 p.7, Table 1: the translate-test rows "BERT-en" and "RoBERTa" are English models scored on Hindi
    cells = [TableCell(row=r, column=1, text=v, value=float(v), row_header=["TRANSLATE-TEST", label],
                       column_header=["hi"]) for r, (label, v) in enumerate((("BERT-en", "70.0"), ("BERT", "65.3")))]
    view = TableView.build("x", Table(paper="x", page=7, label="Table 1", caption="Results on XNLI.", cells=cells),
                           title="")
    names = {c.cell.row_header[-1]: c.row_names for c in view.cells}
    assert "mBERT" not in names["BERT-en"] and "BERT" in names["BERT-en"]
    assert "mBERT" in names["BERT"]  # a plain "BERT" scored on Hindi is multilingual BERT


def test_a_row_label_extended_by_words_of_its_own_marks_a_variant_of_the_plain_row():
    def cell(label: str) -> SimpleNamespace:
        return SimpleNamespace(cell=SimpleNamespace(row_header=["Translate-train", label]))
    assert _extends(cell("mBERT, multi-task"), cell("mBERT")) and _extends(cell("mBERT"), cell("mBERT, multi-task"))
    assert _extends(cell("English Target FT"), cell("Target FT"))
    # XLM's "MLM CLM" (encoder, decoder) is no variant of "CLM CLM": two settings, whatever words they share
    assert not _extends(cell("MLM CLM"), cell("CLM CLM"))
