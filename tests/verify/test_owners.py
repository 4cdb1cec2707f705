from synth.extract.vocabulary import find_entities
from synth.records import Table, TableCell
from synth.verify.claim_facts import analyse
from synth.verify.evidence import Unit
from synth.verify.owners import metrics_after_numbers, number_listed_for_another, number_of_another, transfer_swapped


def _sentence(text: str) -> Unit:
    return Unit(paper="p", page=1, text=text, quote=text, bbox=None, entities=tuple(find_entities(text)))


def test_metrics_written_after_numbers():
    assert metrics_after_numbers("We reach a new state of the art of 34.3 BLEU on WMT'16 German-English") == {"BLEU"}
    assert metrics_after_numbers("it leads to a drop of 8.8 LAS points") == {"LAS"}
    assert metrics_after_numbers("XLM-R improves by 2 points on XNLI") == set()


def test_the_language_named_last_before_a_number_owns_it():
    unit = _sentence("An exception is the Portuguese language where it leads to a drop of 8.8 LAS points.")
    owner = number_of_another(analyse("Dropping POS tags costs 8.8 LAS points on Swedish."), unit, "language")
    assert owner and "for pt" in owner
    assert number_of_another(analyse("Dropping POS tags costs 8.8 LAS points on Portuguese."), unit, "language") is None


def test_a_number_the_sentence_also_gives_the_claims_model_is_not_anothers():
    unit = _sentence("XLM-R is trained on 100 languages; [...] XLM-100, the model from Lample and Conneau (2019) "
                     "trained on Wikipedia text in 100 languages.")
    assert number_of_another(analyse("XLM-R covers 100 languages."), unit, counts=True) is None
    assert number_of_another(analyse("mBERT covers 100 languages."), unit, counts=True)
    likened = _sentence("XLM-R Large is similar to XLM but was trained on far more data covering 100 languages.")
    assert number_of_another(analyse("XLM-R covers 100 languages."), likened, counts=True) is None


def test_a_count_of_another_needs_every_claimed_count_printed():
    unit = _sentence("It outperforms XLM (MLM+TLM), which handles only 15 languages.")
    claim = analyse("XLM-R also pretrains on sets of 15, 30 and 60 languages.")
    assert number_of_another(claim, unit, counts=True) is None
    assert number_of_another(analyse("XLM-R handles 15 languages."), unit, counts=True)


def test_respectively_lists_are_left_to_their_own_check():
    unit = _sentence("The gains are 4 and 9 points for German and Hindi, respectively.")
    assert number_of_another(analyse("The gain on Hindi is 4 points."), unit, "language") is None


def _transfer_table() -> Unit:
    cells = [TableCell(row=r, column=c, text=t, value=float(t), row_header=[row], column_header=[col])
             for r, (row, values) in enumerate([("SVO", {"SVO": "81.55", "SOV": "66.52"}),
                                                 ("SOV", {"SVO": "63.98", "SOV": "64.22"})])
             for c, (col, t) in enumerate(values.items())]
    table = Table(paper="p", page=4, label="Table 5", caption="Row = fine-tuning, column = evaluation.", cells=cells)
    return Unit(paper="p", page=4, text="SVO | SVO: 81.55; SOV: 66.52", quote="", bbox=None, entities=(),
                table=table, row=0)


def test_a_transfer_read_the_other_way_round():
    row = _transfer_table()
    assert transfer_swapped(analyse("Fine-tuned on SOV and evaluated on SVO languages, M-BERT scores 66.52."), row)
    assert transfer_swapped(analyse("Fine-tuned on SVO and evaluated on SOV languages, M-BERT scores 66.52."), row) is None


def test_enumeration_marks_are_no_numbers_of_the_names_before_them():
    # 2309.07445 p.7: "(3) script unseen in XLM-R" gives XLM-R no 3
    groups = _sentence("four groups: (1) language seen, script seen in XLM-R (2) language unseen, script seen in "
                       "XLM-R (3) script unseen in XLM-R, language seen in Glot-500 (4) Glot-500 unseen")
    assert number_listed_for_another(analyse("Glot-500 is the best model for just 3 of the 205 languages."), groups) is None


def test_a_number_or_a_count_listed_for_another_item():
    # 2309.07445 p.4 and 2309.07445 p.9
    sizes = _sentence("We also fine-tune region-specific PLM: AfriBERTa (126M), Serengeti (278M), AfroXLMR (550M), "
                      "MuRIL (236M) and IndicBERTv2 (278M).")
    why = number_listed_for_another(analyse("The African model Serengeti has 236M parameters."), sizes)
    assert why and "MuRIL" in why and "278M for Serengeti" in why
    assert number_listed_for_another(analyse("The African model Serengeti has 278M parameters."), sizes) is None
    gains = _sentence("especially for Nilotic (+7.9), Mande (+4.5) and Atlantic-Congo (+7.4) languages")
    assert "Nilotic" in number_listed_for_another(analyse("MAFT gains 7.9 points on Mande languages."), gains)
    # 2309.07445 p.3: quoted topics with their counts; the claim quotes the topic it is about
    removed = _sentence("this removed categories such as “business” (80 sentences), “disasters” (73 sentences), "
                        "“crime” (72 sentences), “education” (52 sentences), and “religion” (46 sentences).")
    why = number_listed_for_another(analyse("SIB-200 drops the 'crime' topic, which had only 80 annotated sentences."),
                                    removed)
    assert why and "business" in why and "72 for crime" in why
    assert number_listed_for_another(analyse("SIB-200 drops the 'crime' topic, which had only 72 annotated sentences."),
                                     removed) is None
