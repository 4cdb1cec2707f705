"""Settings listed together, read from the rows of their group in a table of settings."""

from synth.records import Table, TableCell
from synth.verify.counts import counts_in
from synth.verify.table_counts import (count_cell_checks, counts_beside, counts_in_row, group_setting_checks,
                                      header_scale, language_counts)
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


def _wikipedia_view() -> TableView:
    # 2003.11080 p.13, Table 5 (statistics about the languages of XTREME), three rows of one column
    rows = [("Japanese", "ja", "1.18"), ("French", "fr", "2.16"), ("Vietnamese", "vi", "1.24")]
    cells = [TableCell(row=r, column=2, text=v, value=float(v), row_header=[name, iso],
                       column_header=["# Wikipedia", "articles (in", "millions)"])
             for r, (name, iso, v) in enumerate(rows)]
    return TableView.build("x", Table(paper="x", page=13, label="Table 5", caption="Statistics about languages.",
                                      cells=cells), title="")


def test_a_count_in_millions_is_read_from_a_column_whose_header_gives_that_unit():
    view = _wikipedia_view()
    for written, agrees in (("1.18 million", True), ("1.24 million", False), ("1,180,000", True)):
        (check,) = count_cell_checks(view, counts_in(f"Japanese Wikipedia has {written} articles")[0], {"ja"})
        assert check.agrees is agrees, written
    # a decimal under a header without a unit is a score, no count
    cell = TableCell(row=0, column=1, text="1.18", value=1.18, row_header=["Japanese", "ja"],
                     column_header=["# articles"])
    plain = TableView.build("x", Table(paper="x", page=1, label="Table 1", caption="Scores.", cells=[cell]), title="")
    million = counts_in("Japanese Wikipedia has 1.18 million articles")[0]
    assert count_cell_checks(plain, million, {"ja"}) == []


def test_each_count_goes_with_the_language_named_before_it():
    claim = "German Wikipedia had about 2.37 million articles and French Wikipedia about 2.16 million."
    pairs = language_counts(claim, counts_in(claim))
    assert [(language, count.text, count.noun) for language, count in pairs] == [
        ("de", "2.37 million", "articles"), ("fr", "2.16 million", "articles")]
    # a count with no language of its own, or one language for two counts, pairs nothing
    assert language_counts("German Wikipedia had 2.37 million articles and 2.16 million links.",
                           counts_in("German Wikipedia had 2.37 million articles and 2.16 million links.")) is None
    both = "German and French Wikipedia had 2.37 million articles and 2.16 million."
    assert language_counts(both, counts_in(both)) is None


def _datasets_view() -> TableView:
    # 2003.11080 p.3, Table 1 (characteristics of the datasets), rows POS and NER
    rows = [("POS", "21253", "3974"), ("NER", "20000", "10000")]
    cells = [TableCell(row=r, column=c, text=v, value=float(v), row_header=["Struct. pred.", task], column_header=[h])
             for r, (task, train, dev) in enumerate(rows)
             for c, (h, v) in enumerate((("|Train|", train), ("|Dev|", dev)), start=2)]
    return TableView.build("x", Table(paper="x", page=3, label="Table 1", caption="Characteristics of the datasets.",
                                      cells=cells), title="")


def test_a_row_printing_one_exact_count_gives_the_others_under_their_columns():
    view = _datasets_view()
    claim = "its POS task has 21,253 English training sentences but only 974 development sentences"
    (check,) = counts_beside(view, counts_in(claim))
    assert not check.agrees and check.decisive and "3974" in check.description
    checks = counts_beside(view, counts_in(claim.replace("974", "3,974")))
    assert checks and all(c.agrees for c in checks)  # (each exact count anchors a reading of the other)
    # a round count ("20,000") is no anchor: many rows may print it
    rounded = "its NER task has 20,000 training sentences and 5,000 development sentences"
    assert counts_beside(view, counts_in(rounded)) == []
