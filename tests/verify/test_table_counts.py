"""Settings listed together, read from the rows of their group in a table of settings."""

from synth.records import Table, TableCell
from synth.verify.table_counts import group_setting_checks
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
