"""Two-metric cells ("38.12†/28.04†" under "UAS%/LAS%") read as one cell per metric."""

from synth.records import TableCell
from synth.verify.cell_pairs import metric_pair, split_pair_cells


def cell(text: str, value: float | None, column: int = 1) -> TableCell:
    return TableCell(row=1, column=column, text=text, value=value, row_header=["ar"], column_header=["SelfAtt-Graph"])


def test_a_caption_names_the_metric_pair_in_the_order_cells_print_them():
    # 1811.00570 Table 2, 1911.02116 Table 3, 2003.11080 Table 17
    assert metric_pair("Table 2: Results (UAS%/LAS%, excluding punctuation) on the test sets.") == ("UAS", "LAS")
    assert metric_pair("Results on MLQA question answering We report the F1 and EM (exact match) scores") == ("F1", "EM")
    assert metric_pair("Table 17. XQuAD results (F1 / EM) for each language.") == ("F1", "EM")
    assert metric_pair("Results on XNLI and PAWS-X for each language.") is None


def test_each_half_of_a_pair_cell_is_a_cell_under_its_metric():
    cells = [cell("38.12†/28.04†", 38.12), cell("0.26", 0.26, column=2)]
    split = split_pair_cells(cells, "Results (UAS%/LAS%, excluding punctuation)")
    assert [(c.text, c.value, c.column_header[-1], part) for c, part in split] == [
        ("38.12†", 38.12, "UAS", "UAS"), ("28.04†", 28.04, "LAS", "LAS"), ("0.26", 0.26, "SelfAtt-Graph", "")]


def test_without_a_metric_pair_a_pair_cell_stays_one_cell():
    cells = [cell("65.4 / 49.1", 65.4)]
    assert split_pair_cells(cells, "Zero-shot results.") == [(cells[0], "")]


def test_a_pair_cell_missing_one_metric_is_the_others_cell():
    # 2003.11080 Table 19: MMTE's MLQA cells print F1 only ("64.9 / -")
    (only,) = split_pair_cells([cell("64.9 / -", None)], "Table 19. MLQA results (F1 / EM) for each language.")
    assert only[0].value == 64.9 and only[1] == "F1" and only[0].column_header[-1] == "F1"
    (only,) = split_pair_cells([cell("- / 41.4", None)], "Table 19. MLQA results (F1 / EM) for each language.")
    assert only[0].value == 41.4 and only[1] == "EM"
