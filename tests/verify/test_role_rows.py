import pytest

from synth.parse.numbers import find_numbers
from synth.records import Table, TableCell
from synth.verify.role_rows import (claimed_configurations, claimed_sign, direction_cell, role_check,
                                   role_check_by_direction, role_table)
from synth.verify.tables import TableView

GROUP = "Our results for different encoder and decoder initializations"
# rows as the XLM paper's Table 2 prints them: the encoder's setting, then the decoder's ("-": random)
ROWS = {"EMB EMB": ("29.4", "21.3"), "- -": ("13.0", "6.7"), "- CLM": ("25.3", "19.2"), "CLM -": ("28.7", "24.4"),
        "CLM MLM": ("32.3", "24.3"), "MLM CLM": ("33.4", "24.9"), "MLM -": ("31.6", "27.0"), "MLM MLM": ("33.4", "26.4")}


def _view(group: str = GROUP) -> TableView:
    cells = [TableCell(row=0, column=c, text=t, value=float(t), row_header=["Lample et al. (2018b)", "NMT"],
                       column_header=[col]) for c, (col, t) in enumerate((("en-fr", "25.1"), ("en-de", "17.2")))]
    for r, (label, values) in enumerate(ROWS.items(), start=1):
        cells += [TableCell(row=r, column=c, text=t, value=float(t), row_header=[group, label], column_header=[col])
                  for c, (col, t) in enumerate(zip(("en-fr", "en-de"), values))]
    return TableView.build("x", Table(paper="x", page=7, label="Table 2", caption="Results on unsupervised MT.",
                                      cells=cells), "")


def test_rows_giving_each_role_a_setting_make_a_role_table():
    table = role_table(_view())
    assert table.roles == ("encoder", "decoder")
    assert set(table.rows) == {tuple(label.split()) for label in ROWS}  # the cited work's row is not one of them


def test_a_table_whose_header_names_no_roles_is_none():
    assert role_table(_view("Our results")) is None


@pytest.mark.parametrize("claim,configs", [
    ("XLM gets 0.6 BLEU more by pretraining only the encoder with MLM (decoder randomly initialised) than by "
     "pretraining both encoder and decoder with MLM.", [("MLM", "-"), ("MLM", "MLM")]),
    ("Initialising the encoder with CLM and the decoder with MLM gives a higher score than the reverse assignment "
     "(MLM encoder, CLM decoder).", [("CLM", "MLM"), ("MLM", "CLM")]),
    ("A CLM-pretrained encoder and an MLM-pretrained decoder beat an MLM encoder with a CLM decoder.",
     [("CLM", "MLM"), ("MLM", "CLM")]),
    ("CLM-pretraining only the decoder while the encoder stays randomly initialised gives 22.6 BLEU.", [("-", "CLM")]),
    ("Leaving both encoder and decoder randomly initialised costs 14.6 BLEU compared with initialising the lookup "
     "table with cross-lingual embeddings (EMB).", [("-", "-"), ("EMB", "EMB")]),
    ("Initialising only the encoder with MLM gives 4.6 BLEU more than initialising only the decoder that way.",
     [("MLM", "-"), ("-", "MLM")]),
    ("Pretraining only the decoder with CLM lifts BLEU by 6.8 over a fully random initialisation.",
     [("-", "CLM"), ("-", "-")]),
    ("When both the encoder and the decoder are initialised from a CLM-pretrained model, it scores 22.7 BLEU.",
     [("CLM", "CLM")]),
])
def test_the_settings_a_claim_gives_each_role(claim, configs):
    assert claimed_configurations(claim, role_table(_view())) == configs


@pytest.mark.parametrize("claim", [
    "Pretraining the encoder gives 25 BLEU.",  # no setting for either role
    "Pretraining the encoder with TLM helps more than MLM does over CLM.",  # three sides
])
def test_a_claim_leaving_a_role_unsaid_gives_no_configuration(claim):
    assert claimed_configurations(claim, role_table(_view())) == []


def _check(claim: str, direction=("en", "de")):
    table = role_table(_view())
    configs = claimed_configurations(claim, table)
    cells = [direction_cell(table.rows[c], direction) for c in configs]
    return role_check(claim, [n for n in find_numbers(claim) if n.value is not None], configs, cells)


def test_a_difference_in_the_claimed_direction_is_borne_out():
    check = _check("XLM gets 0.6 BLEU more by pretraining only the encoder with MLM (decoder randomly initialised) "
                   "than by pretraining both encoder and decoder with MLM.")
    assert check.agrees and [c.cell.text for c in check.cells] == ["27.0", "26.4"]


def test_a_difference_the_other_way_round_is_not():
    check = _check("XLM gets 0.6 BLEU less by pretraining only the encoder with MLM (decoder randomly initialised) "
                   "than by pretraining both encoder and decoder with MLM.")
    assert not check.agrees


def test_a_score_is_read_in_its_own_configuration_and_a_gap_between_the_two():
    assert _check("Pretraining only the encoder with a CLM model gives 24.4 BLEU, 5.2 more than pretraining only "
                  "the decoder with CLM.").agrees
    assert not _check("Pretraining only the encoder with a CLM model gives 25.4 BLEU, 5.2 more than pretraining only "
                      "the decoder with CLM.").agrees


def test_a_ranking_without_numbers():
    assert not _check("A CLM-pretrained encoder with an MLM-pretrained decoder scores higher than an MLM encoder "
                      "with a CLM decoder.", ("en", "fr")).agrees
    assert _check("A CLM-pretrained encoder with an MLM-pretrained decoder scores lower than an MLM encoder "
                  "with a CLM decoder.", ("en", "fr")).agrees


def test_a_difference_with_no_word_for_its_direction_decides_nothing():
    assert claimed_sign("The gap between pretraining only the encoder with MLM and both with MLM is 0.6.") == 0
    assert _check("Pretraining only the encoder with MLM differs by 0.6 BLEU from pretraining both encoder and "
                  "decoder with MLM.") is None


def test_one_configurations_two_numbers_are_read_one_per_direction_in_the_claims_order():
    table = role_table(_view())
    claim = "Pretraining both encoder and decoder with MLM gives 33.4 BLEU for English-French and 26.4 for English-German."
    numbers = [n for n in find_numbers(claim) if n.value is not None]
    cells = [direction_cell(table.rows[("MLM", "MLM")], d) for d in (("en", "fr"), ("en", "de"))]
    check = role_check_by_direction(numbers, ("MLM", "MLM"), cells)
    assert check.agrees and [c.cell.text for c in check.cells] == ["33.4", "26.4"]
    # the two numbers the other way round
    assert not role_check_by_direction(numbers[::-1], ("MLM", "MLM"), cells).agrees
