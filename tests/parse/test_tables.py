"""Table layouts found in the shared papers: sub-tables, wrapped row labels, caption-less grids.
Expectations checked by reading the PDF pages."""

import re

import pymupdf
import pytest

from synth.parse.pdf import _page_blocks, parse_pdf
from synth.parse.tables import CAPTION, has_dense_numeric_grid


@pytest.fixture(scope="module")
def tables_of(papers_dir):
    cache = {}

    def get(pid):
        if pid not in cache:
            cache[pid] = parse_pdf(papers_dir / f"{pid}.pdf", pid)[0].tables
        return cache[pid]

    return get


def _rows(table):
    out = {}
    for c in table.cells:
        out.setdefault(" / ".join(c.row_header), []).append(c.value)
    return out


def test_side_by_side_sub_tables_under_one_caption(tables_of):
    # 1906.01502 p.4, Table 5: "(a) Subj./verb/obj. order." beside "(b) Adjective/noun order."
    (table,) = [t for t in tables_of("1906.01502") if t.label == "Table 5"]
    assert "(a) Subj./verb/obj. order." in table.caption and "(b) Adjective/noun order." in table.caption
    rows = _rows(table)
    assert rows["SVO"] == [81.55, 66.52] and rows["SOV"] == [63.98, 64.22]
    assert rows["AN"] == [73.29, 70.94] and rows["NA"] == [75.10, 79.64]  # "NA" a word order, not n/a
    by_column = {(" / ".join(c.row_header), " / ".join(c.column_header)): c.value for c in table.cells}
    assert by_column[("NA", "AN")] == 75.10


def test_row_label_wrapped_round_its_numbers(tables_of):
    # 2003.11080 p.18, Table 15 (PAWS-X): "Translate-train" / "(multi-task)" on two lines beside one row
    (table,) = [t for t in tables_of("2003.11080") if t.label == "Table 15"]
    labels = list(_rows(table))
    assert labels[-3:] == ["Translate-train", "Translate-train (multi-task)", "Translate-test"]
    assert not any(label.startswith("(multi-task) /") for label in labels)


def test_task_labels_centred_on_their_group_of_rows(tables_of):
    # 2004.01401 p.6, Table 4 (XGLUE): each task name sits beside the middle of its three model rows
    (table,) = [t for t in tables_of("2004.01401") if t.label == "Table 4"]
    rows = {k: [v for v in vs if v is not None] for k, vs in _rows(table).items()}
    assert rows["NER / M-BERT"][0] == 69.2 and rows["NER / UnicoderLC"][0] == 71.8
    assert rows["PAWS-X / M-BERT"][0] == 82.9 and rows["PAWS-X / UnicoderLC"][0] == 87.4
    assert "M-BERT" not in rows  # no model row is left without its task
    # a lone closing label ("AVG") names no group: the generation rows below keep their own
    assert not any(k.startswith("QG / AVG") for k in rows)
    # checked on the rendered page: QG's M-BERT row reads "- - 0.1 - 7.8 0.1 0.1 - 0.2 - -", NTG's "- - 0.7 - 9.0 ..."
    assert rows["QG / M-BERT"][:2] == [0.1, 7.8] and rows["NTG / M-BERT"][:2] == [0.7, 9.0]


def test_group_label_centred_between_two_rows(tables_of):
    # 1911.02116 p.7, Table 2 (CoNLL NER): "mBERT†" is printed between its "each" and "en" rows, "XLM-R Base"
    # beside the middle of its three; every row takes the label of its own group
    (table,) = [t for t in tables_of("1911.02116") if t.label == "Table 2"]
    de = {" / ".join(c.row_header): c.value for c in table.cells if c.column_header == ["de"]}
    assert de["mBERT† / each"] == 82.82 and de["mBERT† / en"] == 69.56
    assert de["XLM-RBase / each"] == 84.60 and de["XLM-RBase / en"] == 69.60 and de["XLM-RBase / all"] == 83.17
    assert de["XLM-R / each"] == 85.81 and de["XLM-R / en"] == 71.40


def test_every_label_centred_beside_a_group_of_rows_names_each_row(tables_of):
    # 1811.00570 p.15, Table 5 (continued): "IE.Romance" and "RRT" sit beside the middle of Romanian's train, dev
    # and test rows, as "Romanian (ro)" does
    (table,) = [t for t in tables_of("1811.00570") if t.page == 15 and t.label == "Table 5"]
    rows = _rows(table)
    assert rows["Romanian (ro) / IE.Romance / RRT / train"][0] == 8043
    assert rows["Romanian (ro) / IE.Romance / RRT / test"][0] == 729


def test_a_first_column_numbering_the_rows_names_them(tables_of):
    # 1902.09492 p.13, Table 6: "LAYER" over 0, 1, 2, beside precision@1 / @5 per language
    (table,) = [t for t in tables_of("1902.09492") if t.label == "Table 6"]
    fr = {" / ".join(c.row_header): c.text for c in table.cells if c.column_header == ["FR"]}
    assert fr == {"LAYER 0": "66 / 80", "LAYER 1": "74 / 86", "LAYER 2": "70 / 83"}


def test_column_group_label_heads_every_column_of_its_group(tables_of):
    # 1911.01464 p.5, Table 1: "XNLI (Acc)" is set centred over its fr, ru, zh and ∆ columns
    (table,) = [t for t in tables_of("1911.01464") if t.label == "Table 1"]
    heads = {tuple(c.column_header) for c in table.cells}
    assert {("XNLI (Acc)", lang) for lang in ("fr", "ru", "zh", "∆")} <= heads
    assert ("Parsing (LAS)", "fr") in heads and ("(Acc)", "zh") not in heads


def test_a_row_of_ditto_marks_is_named_by_the_label_further_left(tables_of):
    # 1911.01464 p.5, Table 1: "Extra anchors" rows print "-" (as in the first row) under "Share Param" and
    # "Softmax", between the name and the scores; a side-by-side "NA" (a word order) stays its own label
    (table,) = [t for t in tables_of("1911.01464") if t.label == "Table 1"]
    extra = [c for c in table.cells if c.text == "59.7"]
    assert [c.row_header[:2] for c in extra] == [["Anchor Points (§4.2)", "Extra anchors"]]
    (pires,) = [t for t in tables_of("1906.01502") if t.label == "Table 5"]
    assert {tuple(c.row_header) for c in pires.cells if c.text == "79.64"} == {("NA",)}


def test_a_column_of_repeated_labels_is_read_with_the_name_beyond_a_column_of_counts(tables_of):
    # 1911.02116 p.12, Table 7: "Model | #lgs | tokenization | L | ... | #params"; the tokenisation column repeats
    # a few labels (WordPiece, bBPE, BPE, SPM), so it describes each row and the model names it, past "#lgs"
    (table,) = [t for t in tables_of("1911.02116") if t.label == "Table 7"]
    params = {c.text: c.row_header for c in table.cells if c.column_header == ["#params"]}
    assert params["355M"] == ["RoBERTa", "bBPE"] and params["125M"] == ["RoBERTaBase", "bBPE"]
    assert params["110M"] == ["BERTBase", "WordPiece"]
    # a side-by-side label column of distinct names stays the row's only label (1906.01502 Table 5 above)
    (pires,) = [t for t in tables_of("1906.01502") if t.label == "Table 5"]
    assert {tuple(c.row_header) for c in pires.cells if c.text == "81.55"} == {("SVO",)}


def test_the_first_line_of_a_two_line_column_name_heads_no_column_beside_it(tables_of):
    # 2309.07445 p.17-19, Table 8: "XLM-R" over "base" sits 6 pt right of "MLP"; MLP's column is MLP's alone
    tajik = {c.text: c.column_header for t in tables_of("2309.07445") if t.label == "Table 8"
             for c in t.cells if c.row_header[:1] == ["Tajik"]}
    assert tajik["66.98"] == ["Fully Supervised", "MLP"]
    assert tajik["46.9"] == ["Fully Supervised", "XLM-R", "base"] and tajik["59.8"] == ["Fully Supervised", "XLM-R"]


def test_a_header_row_between_two_blocks_heads_only_the_rows_below_it(tables_of):
    # 2003.11080 p.20, Table 21 (NER F1): the first block's columns are en af ar ..., the second's ka kk ko ...;
    # XLM has 78.6 on Tagalog in the second block, and mBERT 85.2 on English in the first
    (table,) = [t for t in tables_of("2003.11080") if t.label == "Table 21"]
    tagalog = {(c.row_header[-1], c.text) for c in table.cells if c.column_header[-1:] == ["tl"]}
    assert ("XLM", "78.6") in tagalog and len(tagalog) == 4
    assert [c.column_header for c in table.cells if c.text == "85.2" and c.row_header == ["mBERT"]] == [["en"]]


def test_a_group_label_centred_over_more_columns_than_it_covers_heads_them(tables_of):
    # 2309.07445 p.5, Table 3: "Fully Supervised" is centred over MLP, Glot-500, XLM-R (base) and XLM-R; the
    # last lies nearer to "Cross-Lingual Transfer (XLMR)", which is centred over its four languages without it
    (table,) = [t for t in tables_of("2309.07445") if t.label == "Table 3" and t.page == 5]
    heads = {tuple(c.column_header) for c in table.cells}
    assert {("Fully Supervised", m) for m in ("MLP", "Glot-500", "XLM-R (base)", "XLM-R")} <= heads
    assert ("Cross-Lingual Transfer (XLMR)", "English") in heads and ("Count",) in heads


def test_a_group_label_over_one_of_its_repeated_sub_columns_heads_them_all(tables_of):
    # 2101.11112 p.5, Table 1: a narrow "DE" sits over "R" of "P R F1", repeated under ES, NL and ZH
    (table,) = [t for t in tables_of("2101.11112") if t.label == "Table 1"]
    moon = {tuple(c.column_header): c.text for c in table.cells if c.row_header == ["Moon et al. (2019)"]}
    assert moon[("DE", "F1")] == "71.42" and moon[("ES", "F1")] == "75.67" and moon[("NL", "F1")] == "80.38"
    assert ("F1",) not in moon and ("DE", "P") in moon


def test_a_group_label_beside_a_column_of_another_group_does_not_head_it(tables_of):
    # 2309.07445 p.17, Table 8: "XLM-R-based" (under "Cross-lingual") stops short of the "Prompting" columns
    cells = [c for t in tables_of("2309.07445") if t.label == "Table 8" for c in t.cells]
    assert any(c.column_header[:2] == ["Cross-lingual", "XLM-R-based"] for c in cells)
    assert not any(c.column_header[:1] == ["Prompting"] and "XLM-R-based" in c.column_header for c in cells)


def test_rows_labelled_by_data_size_in_the_first_column(tables_of):
    # 2004.09813 p.7, Table 6: "1k", "5k", ... "Full TED2020" label the rows of STS scores
    (table,) = [t for t in tables_of("2004.09813") if t.label == "Table 6"]
    rows = _rows(table)
    assert rows["1k"] == [71.5, 48.4] and rows["25k"] == [80.0, 70.2] and rows["XLM-R mean"] == [21.3, 17.4]


def test_group_labels_run_down_past_a_row_labelled_alone(tables_of):
    # 2305.14857 p.8, Table 4: "Random" stands alone above the groups; "TGT. ICL" heads BLOOM ... ChatGPT†
    (table,) = [t for t in tables_of("2305.14857") if t.label == "Table 4" and t.page == 8]
    rows = _rows(table)
    assert rows["TGT. ICL / ChatGPT†"][:3] == [48.2, 91.5, 68.2] and "ChatGPT†" not in rows
    assert rows["ENG. ICL / ChatGPT†"][0] == 54.5 and rows["Random"][0] == 33.3


def test_a_figure_in_the_other_column_does_not_hide_a_table(tables_of):
    # 2003.11080 p.14: Table 6 (left column) sits beside a figure whose box starts just right of the page middle
    (table,) = [t for t in tables_of("2003.11080") if t.label == "Table 6"]
    assert table.page == 14
    assert _rows(table)["MMTE"] == [191733123.0, 103.0, 64000.0, 6.0]


def test_continued_table_on_caption_less_pages(tables_of):
    # 2309.07445: Table 8 runs over pp. 17-19; its caption is under the last part, on p.19
    parts = [t for t in tables_of("2309.07445") if t.label == "Table 8"]
    assert [t.page for t in parts] == [17, 18, 19]
    assert parts[0].caption.startswith("Table 8: Overall result") and parts[0].caption.endswith("(continued)")
    first = next(c for c in parts[0].cells if c.row_header[0] == "Acehnese (Arabic)" and c.value == 60.77)
    assert first.column_header == ["Fully Supervised", "MLP"]
    # p.18 prints no header row: it takes p.17's
    kamba = next(c for c in parts[1].cells if c.row_header[0] == "Kamba" and c.value == 56.67)
    assert kamba.column_header == ["Fully Supervised", "MLP"]


def test_figures_with_number_grids_are_not_tables(tables_of):
    # 1911.01464 p.9 (Figure 7, a heatmap of CKA values) and 1911.02116 p.5 (plots with tick labels)
    assert not [t for t in tables_of("1911.01464") if t.page == 9]
    assert not [t for t in tables_of("1911.02116") if t.page == 5]


def test_dense_grid_check_picks_the_caption_less_table_pages(papers_dir):
    doc = pymupdf.open(papers_dir / "2309.07445.pdf")
    flagged = []
    for i, page in enumerate(doc):
        blocks, _, _ = _page_blocks(page, i + 1)
        lines = [(ln.text, ln.bbox) for b in blocks for ln in b.lines]
        if has_dense_numeric_grid(lines) and not any(CAPTION.match(text) for text, _ in lines):
            flagged.append(i + 1)
    assert {17, 18} <= set(flagged) and 1 not in flagged and 3 not in flagged


def test_a_block_whose_columns_stand_elsewhere_is_read_with_its_own(tables_of):
    # 2305.14857 p.24, Table 16: the second block's first column ("kn", under the first block's "Transfer + Model")
    # had been read into the row labels ("Target FT 59.5"); Target FT scores 59.5 on kn and 45.8 on ml
    (table,) = [t for t in tables_of("2305.14857") if t.label == "Table 16"]
    target = {c.column_header[-1]: c.text for c in table.cells if c.row_header == ["Target FT"]}
    assert target["kn"] == "59.5" and target["ml"] == "45.8" and target["Macro"] == "58.2"
    assert not any(re.search(r"\d\.\d$", " ".join(c.row_header)) for c in table.cells)
    # no column of one block is another's
    assert not {c.column for c in table.cells if c.column_header == ["kn"]} & {
        c.column for c in table.cells if c.column_header == ["Macro"]}


def test_a_code_in_a_header_row_does_not_start_the_body(tables_of):
    # 2003.11080 p.13, Table 5: the header "ISO 639-1 code" stands beside "# Wikipedia articles (in millions)", whose
    # three lines all head the column (Japanese 1.18); "639-1" is no value, so its line is no row of the body
    (table,) = [t for t in tables_of("2003.11080") if t.label == "Table 5"]
    (japanese,) = [c for c in table.cells if c.row_header[:1] == ["Japanese"] and c.text == "1.18"]
    assert japanese.column_header == ["# Wikipedia", "articles (in", "millions)"]
    assert not [c for c in table.cells if "Language" in c.row_header]
