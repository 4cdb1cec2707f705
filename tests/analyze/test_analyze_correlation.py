"""Spearman, bootstrap CI and least squares on data with known answers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from synth.analyze.correlation import (
    bootstrap_ci,
    correlate,
    family_groups,
    least_squares,
    rankdata,
    spearman,
)
from synth.records import LanguageGap


def test_rankdata_averages_ties():
    assert rankdata([10, 20, 20, 5]).tolist() == [2.0, 3.5, 3.5, 1.0]


def test_spearman_known_values():
    x = [1, 2, 3, 4, 5]
    assert spearman(x, [v ** 3 for v in x]) == pytest.approx(1.0)
    assert spearman(x, [-v for v in x]) == pytest.approx(-1.0)
    # ranks y = [1, 2, 3.5, 5, 3.5] -> rho = 8 / sqrt(10 * 9.5)
    assert spearman(x, [5, 6, 7, 8, 7]) == pytest.approx(8 / math.sqrt(95))
    assert math.isnan(spearman(x, [3, 3, 3, 3, 3]))


def test_spearman_matches_scipy():
    scipy_stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(1)
    x, y = rng.normal(size=30), rng.normal(size=30)
    y[:5] = y[5:10]  # ties
    assert spearman(x, y) == pytest.approx(scipy_stats.spearmanr(x, y).statistic)


def test_monotone_gives_rho_one_and_tight_ci():
    x = np.linspace(0.1, 0.9, 15)
    lo, hi = bootstrap_ci(x, np.exp(3 * x), resamples=2000, seed=0)
    assert lo == pytest.approx(1.0) and hi == pytest.approx(1.0)


def test_independent_data_ci_covers_zero_and_is_seeded():
    rng = np.random.default_rng(7)
    x, y = rng.normal(size=40), rng.normal(size=40)
    ci = bootstrap_ci(x, y, resamples=1000, seed=3)
    assert ci[0] < 0 < ci[1]
    assert ci == bootstrap_ci(x, y, resamples=1000, seed=3)
    assert ci != bootstrap_ci(x, y, resamples=1000, seed=4)


def test_noisy_positive_relation_is_detected():
    rng = np.random.default_rng(0)
    x = rng.uniform(size=50)
    y = 10 * x + rng.normal(scale=1.0, size=50)
    lo, hi = bootstrap_ci(x, y, resamples=2000, seed=0)
    assert 0.7 < lo <= spearman(x, y) <= hi <= 1.0


def test_least_squares_recovers_line():
    slope, intercept = least_squares([0, 1, 2, 3], [1, 3, 5, 7])
    assert slope == pytest.approx(2) and intercept == pytest.approx(1)
    assert least_squares([1, 1, 1], [1, 2, 3]) is None


def _gap(lang, gap, d, family="F"):
    return LanguageGap(model="M", dataset="D", language=lang, family=family, score=80 - gap, source_score=80,
                       gap=gap, distances={"syntactic": d, "genetic": None if lang == "c" else d},
                       claim_id=f"x:{lang}", paper="x")


def test_correlate_and_family_groups():
    gaps = [_gap("a", 1, 0.1, "A"), _gap("b", 2, 0.2, "A"), _gap("c", 3, 0.3, "B"), _gap("d", 4, 0.4, "B"),
            _gap("e", 8, 0.5, "B")]
    c = correlate(gaps, "syntactic", resamples=500)
    assert (c.n, c.rho, c.ci_low, c.ci_high) == (5, 1.0, 1.0, 1.0)
    assert c.p is not None and c.p < 0.01 and c.slope > 0
    g = correlate(gaps, "genetic", resamples=500)
    assert g.n == 4 and g.languages == ["a", "b", "d", "e"]
    groups = {fg.family: fg for fg in family_groups(gaps)}
    assert groups["A"].n == 2 and groups["A"].mean_gap == pytest.approx(1.5)
    assert groups["B"].n == 3 and groups["B"].mean_gap == pytest.approx(5.0)


def test_too_few_points_give_no_rho():
    c = correlate([_gap("a", 1, 0.1), _gap("b", 2, 0.2)], "syntactic")
    assert c.rho is None and c.ci_low is None and c.n == 2
