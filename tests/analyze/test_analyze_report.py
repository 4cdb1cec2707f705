"""Per-language table, analysis and figures from the committed default report's claims."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from synth.analyze import analyze_report, figures
from synth.analyze.per_language import (
    infer_setting,
    normalise_model,
    per_language_scores,
    select_series,
)
from synth.errors import UsageError
from synth.records import Analysis, Claim

REPORT = (Path(__file__).resolve().parents[2] / "reports" / "how-does-the-robustness-of-multilingual-encoders-in-zero"
          / "report.json")

# XLM-R paper (1911.02116) Table 1, p. 7, "Fine-tune multilingual model on English training set
# (Cross-lingual Transfer)" block, read off the PDF.
XNLI_LANGS = ["en", "fr", "es", "de", "el", "bg", "ru", "tr", "ar", "vi", "th", "zh", "hi", "sw", "ur"]
MBERT = [82.1, 73.8, 74.3, 71.1, 66.4, 68.9, 69.0, 61.6, 64.9, 69.5, 55.8, 69.3, 60.0, 50.4, 58.0]
XLMR = [89.1, 84.1, 85.1, 83.9, 82.9, 84.0, 81.2, 79.6, 79.8, 80.8, 78.1, 80.2, 76.9, 73.9, 73.8]


@pytest.fixture(scope="module")
def claims() -> list[Claim]:
    data = json.loads(REPORT.read_text())
    return [Claim.model_validate(c) for c in data["claims"]]


@pytest.fixture(scope="module")
def analysis(claims) -> Analysis:
    return analyze_report(claims, "en", resamples=500)


def test_xnli_zero_shot_series_match_the_pdf(claims):
    series = select_series(per_language_scores(claims), "XNLI")
    assert set(series) == {"mBERT", "XLM-R"}
    for model, expected in (("mBERT", MBERT), ("XLM-R", XLMR)):
        cells = {c.language: c for c in series[model]}
        assert sorted(cells) == sorted(XNLI_LANGS), model
        assert [cells[lang].value for lang in XNLI_LANGS] == expected, model
        for c in cells.values():
            assert (c.paper, c.page, c.table, c.setting) == ("1911.02116", 7, "Table 1", "zero-shot")
            assert "Cross-lingual Transfer" in c.row and c.claim_id.startswith("1911.02116:p7:t0:r")


def test_translate_rows_are_not_zero_shot(claims):
    scores = per_language_scores(claims)
    xlmr_rows = {(s.row, s.setting) for s in scores if s.paper == "1911.02116" and s.model == "XLM-R"}
    assert {s for _, s in xlmr_rows} == {"zero-shot", "translate-train-all"}
    tta = [s for s in scores if s.paper == "1911.02116" and s.model == "XLM-R" and s.setting == "translate-train-all"]
    assert {s.language: s.value for s in tta}["en"] == 89.1 and {s.language: s.value for s in tta}["sw"] == 78.0
    assert infer_setting("Translate everything to English and use English-only model (TRANSLATE-TEST) / BERT-en",
                         None, True)[0] == "translate-test"
    assert infer_setting("mBERT", None, True) == ("zero-shot", "implied: unmarked row in a table with translate-* rows")
    assert infer_setting("EICL BLOOM", None, False)[0] == "unspecified"
    assert normalise_model(None, "X (Cross-lingual Transfer) / Devlin et al. (2018) / Wiki") == "mBERT"
    assert normalise_model("XLM-R Large") == "XLM-R" and normalise_model(None, "A / XLM-RBase / CC") == "XLM-R Base"


def test_pawsx_scores_are_assembled(claims):
    series = select_series(per_language_scores(claims), "PAWS-X")
    for model in ("mBERT", "XLM-R"):
        assert sorted(c.language for c in series[model]) == ["de", "en", "es", "fr", "ja", "ko", "zh"]


def test_analysis_gaps_correlations_and_caveats(analysis):
    xnli = [g for g in analysis.gaps if g.dataset == "XNLI" and g.model == "mBERT"]
    assert len(xnli) == 14 and {g.language for g in xnli} == set(XNLI_LANGS) - {"en"}
    sw = next(g for g in xnli if g.language == "sw")
    assert sw.gap == pytest.approx(82.1 - 50.4) and sw.family == "Atlantic-Congo" and sw.claim_id.endswith("c17")
    kinds = {(c.model, c.distance) for c in analysis.correlations if c.dataset == "XNLI"}
    assert ("mBERT", "syntactic") in kinds and ("XLM-R", "genetic") in kinds
    for c in analysis.correlations:
        if c.rho is not None and c.ci_low is not None:
            assert -1 <= c.ci_low <= c.ci_high <= 1
    syn = next(c for c in analysis.correlations if (c.dataset, c.model, c.distance) == ("XNLI", "XLM-R", "syntactic"))
    assert syn.n == 14 and syn.rho > 0.5  # farther syntax, larger gap
    assert any("14 target languages" in c and "mBERT" in c for c in analysis.caveats)
    ie = next(f for f in analysis.family_groups if (f.dataset, f.model, f.family) == ("XNLI", "mBERT", "Indo-European"))
    assert ie.n == 8
    assert Analysis.model_validate_json(analysis.model_dump_json()) == analysis


def test_figures_are_pngs(analysis, tmp_path):
    assert {"xnli_scores", "xnli_gap_vs_distance", "xnli_families"} <= set(analysis.figures)
    for data in analysis.figures.values():
        assert base64.b64decode(data).startswith(figures.PNG_MAGIC)
    paths = figures.write_figures(analysis.figures, tmp_path / "figures")
    assert len(paths) == len(analysis.figures)
    assert all(p.read_bytes()[:8] == figures.PNG_MAGIC for p in paths)


def test_unknown_source_language_is_a_clear_usage_error(claims):
    with pytest.raises(UsageError, match=r"unknown language code 'xx'"):
        analyze_report(claims[:10], source="xx")


def test_no_matching_claims_gives_empty_analysis_with_caveats():
    a = analyze_report([], "en", with_figures=False)
    assert a.gaps == [] and a.correlations == [] and any("no zero-shot row" in c for c in a.caveats)
