from synth.records import Table
from synth.verify.evidence import Unit
from synth.verify.printed import PrintedValues


def _sentence(paper: str, text: str) -> Unit:
    return Unit(paper=paper, page=1, text=text, quote=text, bbox=None, entities=())


def _row(paper: str, text: str, cells: tuple[str, ...]) -> Unit:
    table = Table(paper=paper, page=2, label="Table 1", caption="Results.", cells=[])
    return Unit(paper=paper, page=2, text=text, quote="", bbox=None, entities=(), table=table, row=0, cells=cells)


UNITS = [
    _sentence("a", "We set the batch size to 32 and the learning rate to 5e-6."),
    _sentence("a", "XLM-R reaches 79.2 accuracy on XNLI."),
    _row("a", "Results. | XLM-R | XNLI: 88.9", ("XLM-R", "88.9")),
    _sentence("b", "mBERT reaches 65.4 on XNLI."),
]


def test_a_paper_prints_a_number_up_to_the_coarser_precision():
    printed = PrintedValues(UNITS)
    assert printed.in_paper("b", 65.38, 2)  # 65.4 printed, 65.38 claimed
    assert not printed.in_paper("a", 65.38, 2)  # printed only in paper b
    assert printed.in_paper("a", 88.9, 1)  # a table cell
    assert not printed.in_paper("a", 88.7, 1)
    assert printed.in_paper("a", 79.24, 2)
    assert not printed.in_paper("a", 32.4, 1)  # an integer never stands for a claimed fraction


def test_sentences_printing_any_value_come_in_reading_order_without_table_rows():
    printed = PrintedValues(UNITS)
    assert printed.sentences_printing({65.0, 32.0}) == [UNITS[0], UNITS[3]]  # 65.4 is within 5% of 65
    assert printed.sentences_printing({88.9}) == []  # only a table row prints it
    assert printed.sentences_printing({50.0}) == []


def test_a_unit_prints_a_value_from_its_own_text():
    printed = PrintedValues(UNITS)
    assert printed.prints(UNITS[1], {79.0})
    assert not printed.prints(UNITS[1], {70.0})
    assert printed.prints(UNITS[2], {88.9})  # the row's text prints it too


def test_values_printed_together_by_one_unit():
    printed = PrintedValues(UNITS)
    assert printed.together("a", [(32.0, 0), (5e-6, 6)])  # one sentence
    assert not printed.together("a", [(79.2, 1), (88.9, 1)])  # a sentence and a table row
    assert not printed.together("b", [(79.2, 1), (65.4, 1)])
    assert not printed.together("a", [(32.0, 0), (5e-6, 6)], skip=lambda unit: "batch size" in unit.text)


def test_numeric_text_counts_as_printed_but_never_as_a_sentence():
    debris = _sentence("a", "head-first 7.01% 41.80/37.03 36.52/32.36 34.82/27.19 40.59/19.85")  # a table the parser missed
    printed = PrintedValues(UNITS, [debris])
    assert printed.in_paper("a", 37.03, 2) and not PrintedValues(UNITS).in_paper("a", 37.03, 2)
    assert printed.together("a", [(37.03, 2), (19.85, 2)]) == [debris]
    assert printed.sentences_printing({37.03}) == []
