"""Settings listed together, read from the rows of their group in a table of settings."""

from synth.records import Table, TableCell
from synth.verify.counts import counts_in
from synth.verify.table_counts import counts_in_row, group_setting_checks, header_scale
from synth.verify.tables import TableView

# 1811.00570 p.15, Table 6 ("Hyper-parameters in our experiments"), abridged
ROWS = [("RNN", "encoder layer", "3"), ("RNN", "Dropout", "0.33"), ("RNN", "learning rate", "0.001"),
        ("RNN", "batch size", "32"), ("Self-Attention", "encoder layer", "6"), ("Self-Attention", "dmodel", "350"),
        ("Self-Attention", "Dropout", "0.2"), ("Self-Attention", "learning rate", "0.0001"),
        ("Self-Attention", "batch size", "80")]


def _view() -> TableView:
    cells = [TableCell(row=r, column=1, text=v, value=float(v), row_header=[group, name], column_header=["Value"])
             for r, (group, name, v) in enumerate(ROWS)]
    return TableView.build("x", Table(paper="x", page=15, label="Table 6", caption="Hyper-parameters in our experiments.",
                                      cells=cells), title="")


def test_every_listed_setting_in_the_rows_of_the_named_group():
    claim = "Their self-attentive encoder has 6 layers, dimension 350, dropout 0.2, a learning rate of 0.0001 and batches of 80."
    values = [(6, 0), (350, 0), (0.2, 1), (0.0001, 4), (80, 0)]
    (check,) = group_setting_checks(_view(), values, claim)
    assert check.agrees and '"Self-Attention"' in check.description


def test_a_value_of_another_group_or_too_few_values_bear_out_nothing():
    claim = "Their self-attentive encoder has 6 layers, dropout 0.33, a learning rate of 0.0001 and batches of 80."
    assert group_setting_checks(_view(), [(6, 0), (0.33, 2), (0.0001, 4), (80, 0)], claim) == []
    assert group_setting_checks(_view(), [(6, 0), (0.2, 1), (80, 0)], claim) == []
    # the group must be the one the claim names
    rnn = "Their recurrent encoder has 6 layers, dropout 0.2, a learning rate of 0.0001 and batches of 80."
    assert group_setting_checks(_view(), [(6, 0), (0.2, 1), (0.0001, 4), (80, 0)], rnn) == []


def _corpus_view() -> TableView:
    # 1911.02116 p.11, Table 6 (statistics of CC-100), two rows
    rows = [("ru", "Russian", "23408", "278.0"), ("vi", "Vietnamese", "24757", "137.3")]
    cells = [TableCell(row=r, column=c, text=v, value=float(v), row_header=[iso, name], column_header=[header])
             for r, (iso, name, tokens, size) in enumerate(rows)
             for c, (header, v) in enumerate((("Tokens (M)", tokens), ("Size (GiB)", size)), start=2)]
    return TableView.build("x", Table(paper="x", page=11, label="Table 6", caption="Statistics of the CC-100 corpus.",
                                      cells=cells), title="")


def test_a_header_unit_scales_the_cells_a_count_is_read_from():
    view = _corpus_view()
    tokens = next(c for c in view.cells if c.cell.text == "24757")
    assert header_scale(tokens) == 1e6
    size = next(c for c in view.cells if c.cell.text == "137.3")
    for written, agrees in (("24,757 million tokens", True), ("about 24.8 billion tokens", True),
                            ("21,757 million tokens", False), ("24,757 tokens", False)):
        (check,) = counts_in_row(view, size, counts_in(f"the portion holds {written}"))
        assert check.agrees is agrees, written
        assert check.decisive is not agrees  # a count the row prints otherwise outweighs the row's support


def test_a_count_is_read_in_the_half_of_a_two_half_table_its_row_label_heads():
    # 1911.02116 p.11, Table 6 prints two halves side by side: "fa Persian 13259 111.6" beside "sa Sanskrit 17 0.3"
    cells = [TableCell(row=0, column=c, text=v, value=float(v), row_header=label, column_header=[header])
             for c, label, header, v in ((2, ["fa", "Persian"], "Tokens (M)", "13259"),
                                         (3, ["fa", "Persian"], "Size (GiB)", "111.6"),
                                         (6, ["sa", "Sanskrit"], "Tokens (M)", "17"),
                                         (7, ["sa", "Sanskrit"], "Size (GiB)", "0.3"))]
    view = TableView.build("x", Table(paper="x", page=11, label="Table 6", caption="Statistics of the CC-100 corpus.",
                                      cells=cells), title="")
    size = next(c for c in view.cells if c.cell.text == "111.6")
    (check,) = counts_in_row(view, size, counts_in("the portion contains 13,259 million tokens"))
    assert check.agrees and "fa / Persian" in check.description
