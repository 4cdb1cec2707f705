from types import SimpleNamespace

from synth.verify.tables import headed_by


def _cell(headers: str):
    return SimpleNamespace(headers=headers)


def test_names_heading_two_columns_keep_both_whatever_their_order():
    cells = [_cell("hi UAS SelfAtt-Graph"), _cell("hi UAS RNN-Graph"), _cell("hi UAS RNN-Stack")]
    for names in (["SelfAtt-Graph", "RNN-Graph"], ["RNN-Graph", "SelfAtt-Graph"]):
        assert [c.headers for c in headed_by(cells, names)] == ["hi UAS SelfAtt-Graph", "hi UAS RNN-Graph"]


def test_a_name_heading_a_column_and_one_heading_a_row_pick_their_crossing():
    cells = [_cell("NER mBERT"), _cell("POS mBERT"), _cell("NER XLM"), _cell("POS XLM")]
    assert [c.headers for c in headed_by(cells, ["NER", "mBERT"])] == ["NER mBERT"]


def test_names_heading_nothing_leave_the_cells_as_they_are():
    cells = [_cell("NER mBERT"), _cell("POS XLM")]
    assert headed_by(cells, ["Unicoder"]) == cells
