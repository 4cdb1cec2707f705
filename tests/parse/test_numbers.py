"""The ML-number normaliser on made-up strings and on sentences and cells of the shared papers."""

import re
from pathlib import Path

import pytest
from pdfs import shared_page_text

from synth.parse.numbers import (
    Direction,
    NumberMention,
    direction_of,
    find_numbers,
    is_delta_phrase,
    parse_cell,
    setting_before,
)

PAPERS = Path(__file__).resolve().parents[3] / "shared" / "data" / "papers"


def only(text: str) -> NumberMention:
    mentions = find_numbers(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


def by_text(text: str, wanted: str) -> NumberMention:
    matches = [m for m in find_numbers(text) if m.text == wanted]
    assert matches, f"{wanted!r} not among {[m.text for m in find_numbers(text)]}"
    return matches[0]


# --- running text: single numbers and units -------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "delta", "unit", "kind"),
    [
        ("XLM-R improves by 2.1 points", 2.1, 2.1, "points", "delta"),
        ("a gain of +1.6 on XNLI", 1.6, 1.6, None, "delta"),
        ("accuracy drops by 3%", 3.0, -3.0, "percent", "delta"),
        ("the baseline is 2.4 points more accurate than the encoder", 2.4, 2.4, "points", "delta"),
        ("the gap is lower by 1.2 pts", 1.2, -1.2, "points", "delta"),
        ("a 10% relative improvement", 10.0, 10.0, "relative", "delta"),
        ("a relative gain of 10%", 10.0, 10.0, "relative", "delta"),
        ("improves accuracy by 2.1% absolute", 2.1, 2.1, "points", "delta"),
        ("improves by 2.1 percentage points", 2.1, 2.1, "points", "delta"),
        ("reaches 80.9% accuracy", 80.9, None, "percent", "value"),
        ("mBERT scores 65.4 on PAWS-X", 65.4, None, None, "value"),
        ("the change is −0.8 on average", -0.8, -0.8, None, "delta"),
        ("RS-DA underperforms the baseline by 0.5", 0.5, -0.5, None, "delta"),
        ("XLM-R lags behind by 1.4 points", 1.4, -1.4, "points", "delta"),
        ("performance degrades 4.2 points", 4.2, -4.2, "points", "delta"),
        ("it is 3 points lower than mBERT", 3.0, -3.0, "points", "delta"),
        # "more"/"less" before a preposition, not before what is counted ("3 more languages")
        ("the encoder gets 4.6 BLEU more from MLM than the decoder", 4.6, 4.6, "points", "delta"),
        ("it scores 2 points less than mBERT", 2.0, -2.0, "points", "delta"),
        ("we add 3 more languages", 3.0, None, None, "value"),
        ("it lifts UAS by a mere 0.15 points", 0.15, 0.15, "points", "delta"),
        ("LAS slips by 0.02", 0.02, -0.02, None, "delta"),
    ],
)
def test_single_numbers(text, value, delta, unit, kind):
    m = only(text)
    assert (m.value, m.delta, m.unit, m.kind) == (value, delta, unit, kind)
    assert text[m.start : m.end] == m.text


def test_span_includes_unit_word_but_not_by():
    m = only("outperforms mBERT by 2.09 points.")
    assert m.text == "2.09 points"


def test_plusminus():
    m = only("we obtain 85.2 ± 0.3 over five seeds")
    assert (m.kind, m.value, m.error, m.text) == ("plusminus", 85.2, 0.3, "85.2 ± 0.3")
    assert only("85.2 +/- 0.3").error == 0.3


def test_from_to_is_a_change_with_rounded_delta():
    m = only("BLEU rises from 27.3 to 28.4")
    assert (m.kind, m.value, m.values, m.delta) == ("change", 28.4, (27.3, 28.4), 1.1)
    assert m.text == "27.3 to 28.4"


def test_arrow_is_a_change():
    m = only("27.3 → 28.4")
    assert (m.kind, m.delta) == ("change", 1.1)


def test_ratio():
    m = only("which leads to 3× less lexical overlap")
    assert (m.kind, m.value, m.unit) == ("ratio", 3.0, "times")
    assert only("3x faster").unit == "times"
    assert only("a 2-fold increase").kind == "ratio"


def test_dimensions_are_not_ratios():
    assert [m.kind for m in find_numbers("all 7 × 7 pairs")] == ["value", "value"]


def test_pair_of_f1_and_em():
    m = only("mBERT gets 65.4 / 49.1 on MLQA")
    assert (m.kind, m.value, m.values) == ("pair", 65.4, (65.4, 49.1))


def test_ranges():
    m = only("gains of 1.5–2.0 points")
    assert (m.kind, m.values, m.value, m.unit) == ("range", (1.5, 2.0), None, "points")
    assert only("2-3 points").values == (2.0, 3.0)


def test_qualifiers():
    assert only("improves by up to 10 points").qualifier == "at_most"
    assert only("drops by over 6 points").qualifier == "at_least"
    assert only("drops around 2 points").qualifier == "approx"
    assert only("drops 2 points").qualifier is None
    # a negated bound is the other bound, its own value included (1911.01464: "no more than 15% of the words")
    no_more = only("with no more than 15% of the words in a batch changed")
    assert (no_more.qualifier, no_more.strict) == ("at_most", False)
    assert (only("no fewer than 1,000 sentences").qualifier, only("more than 20 points").strict) == ("at_least", True)


def test_spelled_out_numbers_with_a_unit():
    m = only("about three points below")
    assert (m.value, m.delta, m.unit) == (3.0, -3.0, "points")
    assert find_numbers("one of the models") == []


def test_assignment_sign_is_a_value_not_a_delta():
    m = only("correlation ρ = −0.45")
    assert (m.value, m.delta, m.kind) == (-0.45, None, "value")


def test_list_after_by_shares_the_delta():
    a, b = find_numbers("lower by 15.7% and 11.4% respectively")
    assert (a.delta, b.delta) == (-15.7, -11.4)


def test_list_before_a_direction_noun_shares_the_delta():
    a, b = find_numbers("7% and 4.8% improvement on Swahili and Urdu")
    assert (a.delta, b.delta) == (7.0, 4.8)


def test_a_metric_between_a_number_and_its_direction_word():
    (m,) = find_numbers("scores 10.2 BLEU higher when translating into Hindi")
    assert (m.value, m.delta, m.unit) == (10.2, 10.2, "points")
    (m,) = find_numbers("a parser 3.1 average UAS lower")
    assert m.delta == -3.1
    # a size unit: "4.1 GiB larger" is a difference of sizes, not a size
    (m,) = find_numbers("the Urdu portion is 4.1 GiB larger than the Swahili portion")
    assert m.delta == 4.1


def test_list_does_not_spread_across_units():
    a, b = find_numbers("improves by 2.1 points, 85.2 overall")
    assert a.delta == 2.1 and b.delta is None


# --- counts and skipped numbers ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("trained on 15 languages", 15.0),
        ("393k sentence pairs", 393_000.0),
        ("1,000 examples", 1000.0),
        ("a 12-layer model", 12.0),
        ("2.5 billion tokens", 2.5e9),
        ("270M parameters", 2.7e8),
    ],
)
def test_counts_are_flagged(text, value):
    m = only(text)
    assert (m.count, m.value, m.unit, m.kind) == (True, value, None, "value")


def test_results_are_not_counts():
    assert not only("XLM-R gets 79 on XNLI").count
    assert not only("it scores 80 F1").count
    assert not only("it covers 98% of the words").count


def test_a_setting_set_to_a_value_is_a_count():
    # 2004.01401 p.5: "In the fine-tuning stage, the batch size is set to 32."
    assert only("In the fine-tuning stage, the batch size is set to 32.").count


def test_a_share_of_training_is_a_count():
    # 1906.01502 p.11: "learning rate warmup during the first 10% of steps"
    assert only("warmup during the first 10% of steps").count
    assert only("warmed up over 5% of the training steps").count


@pytest.mark.parametrize(
    "text",
    [
        "as shown in Table 3 and Figure 2",
        "see Section 4.1 and Eq. (3)",
        "Tables 3 and 4 and Appendix B.2",
        "prior work [12] and [3, 4]",
        "arXiv:1911.02116v2 and 2003.11080",
        "In ACL, pages 451–462, volume 55(1):95–130.",
        "(Conneau et al., 2020a; Hu et al., 2020) in 2019",
        "XLM-100, mT5, F1 and P@1 on top-1",
        "languages.9 The system.12",
        "4Results can be improved",
        "(1) we train; (2) we test",
        "https://github.com/google-research/xtreme and doi 10.18653/v1/P19-1493",
        "the 2nd and 3rd runs",
        "on layer 0 and on layers 6 to 8",
        "higher precision than the representations of layer 0.",
        "Joshi's class 0 and class-0 languages, between class “0” and “2”",
    ],
)
def test_non_result_numbers_are_skipped(text):
    assert find_numbers(text) == []


def test_over_before_a_list_of_numbers_is_no_bound():
    # 2305.14857 p.10: "we vary the number of few-shot demonstrations, including 1, 4, and 8 (for the tasks with more
    # than 8 shots)"
    found = find_numbers("vary the number of few-shot examples over 1, 4 and 8 (for tasks offering more than 8 shots)")
    assert [(n.text, n.qualifier) for n in found] == [("1", None), ("4", None), ("8", None), ("8", "at_least")]
    assert [n.qualifier for n in find_numbers("over 100 languages")] == ["at_least"]


def test_a_class_index_is_skipped_but_not_a_count_after_it():
    # 2309.07445 p.4: "fall between class “0” and “2”, 30 languages are mid-resource"
    assert [n.text for n in find_numbers("fall between class “0” and “2”, 30 languages are mid-resource")] == ["30"]
    assert [n.text for n in find_numbers("a 3-class task")] == ["3"]


def test_page_number_line_is_skipped_but_decimal_line_is_not():
    assert [m.value for m in find_numbers("end of a page.\n7\nNext line 80.9 here")] == [80.9]


def test_year_followed_by_a_plural_noun_is_a_count():
    m = only("we sample 2000 sentences")
    assert m.count and m.value == 2000.0


def test_a_year_like_setting_is_a_count():
    m = only("with learning rate 1e-5 and warm-up steps 2000.".replace("1e-5 and ", ""))
    assert m.count and m.value == 2000.0


def test_offsets_are_exact():
    text = "XLM-R (Conneau et al., 2020) reaches 79.2 on PAWS-X, +14.1 over mBERT, and 85.2 ± 0.3."
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text
    assert [m.text for m in find_numbers(text)] == ["79.2", "+14.1", "85.2 ± 0.3"]


# --- direction ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "direction"),
    [
        ("XLM-R outperforms mBERT", Direction.INCREASE),
        ("adversarial training improves robustness", Direction.INCREASE),
        ("gains on low-resource languages", Direction.INCREASE),
        ("boosts accuracy", Direction.INCREASE),
        ("performance drops for Swahili", Direction.DECREASE),
        ("noise degrades accuracy", Direction.DECREASE),
        ("it hurts transfer", Direction.DECREASE),
        ("mBERT lags behind", Direction.DECREASE),
        ("XLM underperforms XLM-R", Direction.DECREASE),
        ("the model is evaluated on XNLI", Direction.NONE),
        ("including two lower-resource languages", Direction.NONE),
        ("it does not improve over the baseline", Direction.NONE),
        ("RS-DA fails to outperform the baseline but hurts Thai", Direction.DECREASE),
        ("it has a positive effect on the cross-lingual parsing", Direction.INCREASE),
        ("the stronger encoder positively impacts transfer", Direction.INCREASE),
        ("unlabeled data helps learning", Direction.INCREASE),
        ("lang-pos has the largest negative impact", Direction.DECREASE),
        ("the objective harms parsing", Direction.DECREASE),
        ("high lexical overlap hampers transfer", Direction.DECREASE),
        ("word order differences hinder transfer", Direction.DECREASE),
        ("shared anchors enhance alignment", Direction.INCREASE),
        ("it is often beneficial to leverage data in similar languages", Direction.INCREASE),
        ("code-switching is detrimental to the tagger", Direction.DECREASE),
        ("it minimizes the potential language bias", Direction.DECREASE),
        ("trained by minimizing the loss", Direction.NONE),  # what training does, no finding
    ],
)
def test_direction_of(fragment, direction):
    assert direction_of(fragment) is direction


def test_direction_sign():
    assert (Direction.INCREASE.sign, Direction.DECREASE.sign, Direction.NONE.sign) == (1, -1, 0)


def test_is_delta_phrase():
    assert is_delta_phrase("improves by 2.1 points")
    assert is_delta_phrase("+1.6 on average")
    assert is_delta_phrase("from 71.8% to 67.7%")
    assert not is_delta_phrase("XLM-R reaches 79.2 on PAWS-X")
    assert not is_delta_phrase("see Table 3")


# --- table cells ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value", "delta", "unit", "kind", "marks"),
    [
        ("85.2", 85.2, None, None, "value", ()),
        ("**67.5**", 67.5, None, None, "value", ("bold",)),
        ("__62.1__", 62.1, None, None, "value", ("underline",)),
        ("<b>67.5</b>", 67.5, None, None, "value", ("bold",)),
        ("\\textbf{67.5}", 67.5, None, None, "value", ("bold",)),
        ("72.1†", 72.1, None, None, "value", ("dagger",)),
        ("73.6*", 73.6, None, None, "value", ("asterisk",)),
        ("**72.1**†", 72.1, None, None, "value", ("bold", "dagger")),
        ("-0.8", -0.8, -0.8, None, "delta", ()),
        ("−0.8", -0.8, -0.8, None, "delta", ()),
        ("–0.8", -0.8, -0.8, None, "delta", ()),
        ("+1.6", 1.6, 1.6, None, "delta", ()),
        ("12.3%", 12.3, None, "percent", "value", ()),
        ("3×", 3.0, None, "times", "ratio", ()),
        ("85.2 (+1.3)", 85.2, 1.3, None, "value", ()),
        ("+2.1 pts", 2.1, 2.1, "points", "delta", ()),
    ],
)
def test_parse_cell(cell, value, delta, unit, kind, marks):
    m = parse_cell(cell)
    assert m is not None
    assert (m.value, m.delta, m.unit, m.kind, m.marks) == (value, delta, unit, kind, marks)
    assert m.text == cell


def test_parse_cell_compounds():
    pm = parse_cell("85.2±0.3")
    assert (pm.kind, pm.value, pm.error) == ("plusminus", 85.2, 0.3)
    assert parse_cell("85.2 (0.3)").error == 0.3
    pair = parse_cell("65.4 / 49.1")
    assert (pair.kind, pair.values) == ("pair", (65.4, 49.1))
    change = parse_cell("27.3 → 28.4")
    assert (change.kind, change.delta) == ("change", 1.1)
    rng = parse_cell("1.5–2.0")
    assert (rng.kind, rng.values) == ("range", (1.5, 2.0))


def test_parse_cell_counts():
    assert parse_cell("393k").count and parse_cell("393k").value == 393_000.0
    assert parse_cell("1,000").count and parse_cell("1,000").value == 1000.0
    assert not parse_cell("85").count


@pytest.mark.parametrize("cell", ["n/a", "N/A", "-", "–", "—", "", "   ", "XLM-R", "en", "x", "**"])
def test_parse_cell_empty_or_text(cell):
    assert parse_cell(cell) is None


def test_parse_cell_offsets_skip_padding():
    m = parse_cell("  67.5  ")
    assert (m.start, m.end, m.text) == (2, 6, "67.5")


# --- the shared papers ---------------------------------------------------------------


def page_text(paper: str, page: int) -> str:
    """One page's text with whitespace collapsed and line-end hyphenation joined."""
    text = " ".join(shared_page_text(paper, page).split())
    return re.sub(r"(\w)- (\w)", r"\1\2", text)


def page_lines(paper: str, page: int) -> list[str]:
    pymupdf = pytest.importorskip("pymupdf")
    path = PAPERS / f"{paper}.pdf"
    if not path.exists():
        pytest.skip(f"shared paper {path} is not here")
    with pymupdf.open(path) as doc:
        return doc[page - 1].get_text().splitlines()


def test_xlmr_abstract_deltas():
    text = page_text("1911.02116", 1)
    for wanted, delta in (("+14.6%", 14.6), ("+13%", 13.0), ("+2.4%", 2.4)):
        m = by_text(text, wanted)
        assert (m.kind, m.delta, m.unit) == ("delta", delta, "percent")


def test_xlmr_capacity_change():
    m = by_text(page_text("1911.02116", 4), "71.8% to 67.7%")
    assert (m.kind, m.value, m.delta, m.unit) == ("change", 67.7, -4.1, "percent")


def test_xlmr_list_of_deltas_after_by():
    text = page_text("1911.02116", 6)
    assert by_text(text, "80.9%").delta is None
    assert by_text(text, "10.2%").delta == 10.2
    assert by_text(text, "14.6%").delta == 14.6


def test_xlmr_ner_deltas_in_f1():
    text = page_text("1911.02116", 7)
    assert (by_text(text, "2.09 points").delta, by_text(text, "2.09 points").unit) == (2.09, "points")
    m = by_text(text, "2.42")
    assert (m.delta, m.unit) == (2.42, "points")


def test_xlmr_improvement_list():
    text = page_text("1911.02116", 8)
    assert (by_text(text, "7%").delta, by_text(text, "4.8%").delta) == (7.0, 4.8)


def test_xtreme_pair_of_deltas():
    m = by_text(page_text("2003.11080", 4), "3.0 F1 / 0.2 EM points")
    assert (m.kind, m.values, m.unit) == ("pair", (3.0, 0.2), "points")
    assert m.delta == -3.0  # "underestimate ... by"


def test_anchor_points_drops():
    text = page_text("1911.01464", 4)
    two, six = by_text(text, "2 points"), by_text(text, "6 points")
    assert (two.delta, two.qualifier) == (-2.0, "approx")
    assert (six.delta, six.qualifier) == (-6.0, "at_least")


def test_xnli_three_points_below():
    text = page_text("1809.05053", 9)
    m = by_text(text, "three points")
    assert (m.delta, m.qualifier) == (-3.0, "approx")
    assert by_text(text, "73.7%").delta is None


def test_distillation_points_improvement():
    text = page_text("2004.09813", 7)
    assert by_text(text, "2.2 points").delta == 2.2
    assert by_text(text, "1.2 points").delta == 1.2


def test_references_page_yields_no_results():
    # The XTREME bibliography: years, pages, arXiv ids and volumes only.
    text = page_text("2003.11080", 10)
    assert "arXiv" in text
    results = [m for m in find_numbers(text) if not m.count]
    assert len(results) <= 3, results


def test_xtreme_table_cells():
    lines = [line.strip() for line in page_lines("2003.11080", 6)]
    assert "64.5 / 49.4" in lines
    pair = parse_cell("64.5 / 49.4")
    assert pair.values == (64.5, 49.4)
    cells = [parse_cell(line) for line in lines]
    pairs = [c for c in cells if c is not None and c.kind == "pair"]
    assert len(pairs) >= 20
    assert all(40 <= c.values[0] <= 100 and c.values[1] < c.values[0] for c in pairs)


def test_buffet_asterisk_cells():
    lines = [line.strip() for line in page_lines("2305.14857", 8)]
    starred = [parse_cell(line) for line in lines if line.endswith("*") and parse_cell(line)]
    assert any(c.value == 73.6 and c.marks == ("asterisk",) for c in starred)


def test_contextual_alignment_std_cells():
    lines = [line.strip() for line in page_lines("1902.09492", 3)]
    m = parse_cell(next(line for line in lines if line.startswith("0.85 (")))
    assert (m.kind, m.value, m.error) == ("plusminus", 0.85, 0.09)


def test_dependency_parsing_pair_with_daggers_in_cells():
    lines = [line.strip() for line in page_lines("ahmad2019_conll_unlabeled_auxiliary_languages", 6)]
    assert "80.73†/72.65†" in lines
    m = parse_cell("80.73†/72.65†")
    assert (m.kind, m.values, m.marks) == ("pair", (80.73, 72.65), ("dagger", "dagger"))


# --- rules found by scoring the extractor against the hand labels -------------------


def test_elided_name_suffix_is_not_a_minus():
    # 1906.01502 p.2: "the publicly available CoNLL-2002 and -2003 sets"
    assert find_numbers("the publicly available CoNLL-2002 and -2003 sets") == []
    assert find_numbers("on WMT-14 and -16") == []
    assert only("accuracy drops and -2.3 on XNLI").delta == -2.3  # a real signed number still counts


def test_footnote_mark_after_a_closing_bracket_is_skipped():
    # 2003.11080 p.5: "... (Rajpurkar et al., 2016).11 For TyDiQA-GoldP, ..."
    assert find_numbers("derived from (Rajpurkar et al., 2016).11 For TyDiQA-GoldP") == []


def test_footnote_mark_glued_to_a_closing_bracket_is_skipped():
    # 2309.07445 p.2: "... in 81 languages (or 39.3% of languages)3."
    assert [n.text for n in find_numbers("in 81 languages (or 39.3% of languages)3. Next")] == ["81", "39.3%"]
    assert [n.text for n in find_numbers("in (Table 2) 12 languages")] == ["12"]  # a space: no mark


def test_change_to_a_hedged_value():
    # 1911.02116 p.6: "from 71.3% to more than 75% average accuracy on XNLI"
    m = only("improve the performance from 71.3% to more than 75% average accuracy")
    assert (m.kind, m.value, m.delta, m.unit) == ("change", 75.0, 3.7, "percent")


@pytest.mark.parametrize("text", ["trained on 2.5 TB of clean CommonCrawl data", "took 1.5 hours on 8 GPUs",
                                  "a 0.5 epoch warm start"])
def test_sizes_and_durations_are_counts(text):
    assert all(m.count for m in find_numbers(text))


def test_change_noun_a_few_words_before_of():
    # 2101.11112 p.5: "we see a comparable improvement with mBERT of 4.2%"
    m = only("For Chinese, we see a comparable improvement with mBERT of 4.2%.")
    assert (m.delta, m.unit) == (4.2, "percent")
    assert only("the accuracy of the model with mBERT of 4.2%").delta is None


def test_a_list_of_changes_writes_its_unit_once():
    found = find_numbers("adversarial training raises UAS by 0.48 and 0.61 points, respectively")
    assert [(n.text, n.delta) for n in found] == [("0.48", 0.48), ("0.61 points", 0.61)]


def test_a_list_of_changes_may_name_each_metric():
    found = find_numbers("the SelfAtt-Graph parser outscores the RNN-Graph parser by about 5.2 UAS and 2.6 LAS points")
    assert [(n.text, n.delta) for n in found] == [("5.2", 5.2), ("2.6 LAS points", 2.6)]
    found = find_numbers("improves the Romanian score by 1.62 UAS and 1.73 LAS over English-only training")
    assert [n.delta for n in found] == [1.62, 1.73]
    assert [n.delta for n in find_numbers("improves by 2.1 points and reaches 80.9")] == [2.1, None]


def test_a_range_inside_a_name_is_part_of_the_name():
    assert find_numbers("separate bottom layers (Sep L1-3) cost") == []
    # outside a name, a range of layer indices names layers too: only the score is a number
    assert [n.text for n in find_numbers("the layers 1-3 score 72.4")] == ["72.4"]


def test_a_cost_in_points_is_a_loss_and_smaller_a_decrease():
    assert only("moving to Sep L1-6 costs 25.7 points of accuracy").delta == -25.7
    assert only("the training costs 25 GPU days").delta is None
    # the cost named before its object
    assert only("removing POS tags costs Schuster et al.'s full parser 6.9 points on Portuguese").delta == -6.9
    assert only("adversarial training costs Ahmad et al.'s SelfAtt-Graph parser 0.42 UAS").delta == -0.42
    assert only("the cost of training is 6.9 points higher").delta == 6.9
    assert only("XLM-R's transfer gap is 6.8 points smaller than mBERT's").delta == -6.8


def test_amounts_after_a_colon_are_the_change_the_clause_before_states():
    found = find_numbers("The tagger gains about a point on Dutch when German is added: 0.91 UAS and 0.87 LAS over "
                         "the English-only tagger.")
    assert [m.delta for m in found] == [0.91, 0.87]
    assert [m.delta for m in find_numbers("Accuracy drops on Hindi: 0.4 points on average.")] == [-0.4]
    # a clause with a number of its own, or no change word, leaves the colon's numbers as values
    assert [m.delta for m in find_numbers("XLM-R is strong on three tasks: 85.2 F1 on NER.")] == [None]
    assert [m.delta for m in find_numbers("It gains 2 points on XNLI: 80.1 F1 in all.")] == [2.0, None]
    assert [m.delta for m in find_numbers("It does not improve: 0.3 points below.")] == [-0.3]


def test_section_numbers_are_no_results():
    assert [n.text for n in find_numbers("5.1.3 Sentence-level alignment reaches 72.4 accuracy")] == ["72.4"]


def test_exceeding_a_value_is_a_strict_bound_not_a_change():
    m = only("XLM-R already exceeds 80% topic-classification accuracy")
    assert (m.value, m.delta, m.qualifier, m.strict) == (80.0, None, "at_least", True)
    assert only("XLM-R exceeds mBERT by 2.1 points").delta == 2.1


def test_a_training_setting_is_a_count_never_a_score():
    found = find_numbers("for at most 20 epochs with batch size 64, a learning rate of 2e-5 and 1,000 warm-up steps")
    assert [(n.text, n.count) for n in found] == [("20", True), ("64", True), ("2e-5", True), ("1,000", True)]
    assert setting_before("with a batch size of 8192", len("with a batch size of ")) == "batch size"


def test_a_model_size_setting_is_a_count():
    # 2005.00396 p.3: "thus, hidden size is 64 and intermediate size 256"
    found = find_numbers("thus, hidden size is 64 and intermediate size 256, with an embedding dimension of 300")
    assert [(n.text, n.count) for n in found] == [("64", True), ("256", True), ("300", True)]


def test_what_a_size_is_divided_by_is_a_factor_not_a_change():
    # 2005.00396 p.3: "we divide hidden size, [...] and number of attention heads by 12"
    (m,) = find_numbers("we divide hidden size, intermediate size and number of attention heads by 12; thus")
    assert (m.kind, m.delta, m.count) == ("value", None, True)
    assert only("XLM-R improves by 12 points").delta == 12.0


def test_the_step_training_stops_at_is_a_count():
    assert [(n.text, n.count) for n in find_numbers("We stop training at epoch 200 and keep 71.2")] == [
        ("200", True), ("71.2", False)]


def test_a_capitalised_magnitude_word():
    assert [n.value for n in find_numbers("for 1.5 Million updates")] == [1.5e6]


def test_a_variable_set_to_a_value_is_no_score():
    # 1811.00570 p.8
    found = find_numbers("evaluation scores on d=-1 can reach about 80, but on d=1, the scores are only around 40.")
    assert [(n.text, n.count) for n in found] == [("-1", True), ("80", False), ("1", True), ("40", False)]


def test_a_loss_of_points_is_a_decrease():
    assert only("a loss of 22.3 points").delta == -22.3
    assert only("a training loss of 0.5").delta is None
    assert only("no loss of 2 points").delta is None


def test_confidence_levels_and_p_values_are_no_results():
    text = "For XLM-R the gap grows with syntactic distance (Spearman rho = 0.93, 95% interval [0.73, 0.99], 14 languages)"
    assert [n.text for n in find_numbers(text)] == ["0.93", "14"]
    assert find_numbers("the gain is significant (p < 0.05) at the 99% confidence level") == []
    assert [n.text for n in find_numbers("XLM-R reaches 95% accuracy, p-value of 0.01")] == ["95%"]


def test_a_layer_index_is_no_value_but_a_count_of_layers_is_a_count():
    assert [n.value for n in find_numbers("word-alignment F1 of .97 on layer 0 and .96 on layer 8")] == [0.97, 0.96]
    assert [n.value for n in find_numbers("a Transformer with 12 layers")] == [12]


def test_a_flattened_power_of_ten_is_a_setting():
    # 1911.01464 p.4 prints the superscript of 10^-4 flat: "with 10−4 learning rate"
    found = find_numbers("with 10−4 learning rate and 30k linear warmup steps.")
    assert [(n.value, n.count) for n in found] == [(0.0001, True), (30000.0, True)]
    assert [n.value for n in find_numbers("10-4 and 10–4")] == [None, None]  # a hyphen or a dash: a range
    # 1901.07291 p.5 with its mantissa: "learning rates varying from 10−4 to 5.10−4"
    assert find_numbers("learning rates varying from 10−4 to 5.10−4.")[0].values == (0.0001, 0.0005)


def test_the_lower_end_of_a_range_of_counts_is_a_count():
    found = find_numbers("test sets of 323 to 2,719 examples per language")
    assert [(n.value, n.count) for n in found] == [(323.0, True), (2719.0, True)]


def test_a_part_of_what_a_partitive_counts_is_a_count():
    # "Of the 79 Indo-European languages in SIB-200, 50 are covered by XLM-R [...] and 72 by Glot-500"
    found = find_numbers("Of the 79 Indo-European languages in SIB-200, 50 are covered by XLM-R and 72 by Glot-500.")
    assert [(n.text, n.count) for n in found] == [("79", True), ("50", True), ("72", True)]
    assert [n.count for n in find_numbers("Of all 12 languages, XLM-R scores 72.4 on average.")] == [True, False]


def test_a_part_of_what_is_counted_after_it_is_a_count():
    # 2309.07445: "XLM-R performs the best on 16 out of the 22 language families"
    found = find_numbers("XLM-R is the best model on 19 of the 22 language families.")
    assert [(n.text, n.count) for n in found] == [("19", True), ("22", True)]
    assert [n.count for n in find_numbers("1004 out of 2009 sentences")] == [True, True]
    assert [n.count for n in find_numbers("the best only for 3 out of all the 205 languages")] == [True, True]
    assert [n.count for n in find_numbers("it scores 45 of 100 points")] == [False, False]


def test_indices_of_strategies_settings_and_models_are_skipped():
    # 2004.01401 Table 10 "(4)" is span masking; 2005.00396 names its models by ID
    assert find_numbers("better than span masking (strategy 4) alone") == []
    assert find_numbers("The untrained BERT models perform poorly (IDs 18, 19), except") == []
    assert [n.text for n in find_numbers("In setting 2 the F1 is 80.1")] == ["80.1"]


def test_a_year_shortened_after_a_name_is_skipped():
    assert find_numbers("English-French from WMT'14 and English-German from WMT’16") == []
    assert [n.text for n in find_numbers("BLEU of 33.4 on WMT'16 en-ro")] == ["33.4"]
    assert [n.text for n in find_numbers("the encoder's 12 layers")] == ["12"]


def test_a_count_after_a_rank_word_and_a_hyphen():
    assert [n.value for n in find_numbers("We added the top-20K new vocabulary tokens.")] == [20000.0]
    assert find_numbers("XLM-100 and Sep L1-3") == []


def test_a_signed_position_is_no_change():
    # 1811.00570 Table 4 counts dependencies by signed distance: "+2" is a place, the share is the value
    found = find_numbers("Dependencies at distance +2 account for 9.84% of English dependencies.")
    assert [(n.text, n.delta) for n in found] == [("+2", None), ("9.84%", None)]
    assert find_numbers("XLM-R improves by +2.1 points.")[0].delta == 2.1


def test_a_change_in_correlation_points_is_a_delta():
    (n,) = find_numbers("The student is 3.0 Spearman points ahead of mUSE.")
    assert n.kind == "delta" and n.delta == 3.0
    (n,) = find_numbers("The student reaches 82.3 Spearman on EN-AR.")
    assert n.kind == "value"
