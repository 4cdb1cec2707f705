"""Transfer gap vs typological distance: Spearman rank correlation with a seeded bootstrap CI
(languages resampled with replacement), a least-squares line for plots, and family means."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from synth.records import Correlation, FamilyGroup, LanguageGap

RESAMPLES = 2000
SEED = 0


def rankdata(x: Sequence[float] | np.ndarray) -> np.ndarray:
    """Ranks 1..n, ties get the average rank (as scipy.stats.rankdata 'average')."""
    a = np.asarray(x, dtype=float)
    order = np.argsort(a, kind="mergesort")
    ranks = np.empty(len(a), dtype=float)
    sorted_a = a[order]
    i = 0
    while i < len(a):
        j = i
        while j + 1 < len(a) and sorted_a[j + 1] == sorted_a[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def _pearson(a: np.ndarray, b: np.ndarray) -> float:
    da, db = a - a.mean(), b - b.mean()
    den = math.sqrt(float((da * da).sum() * (db * db).sum()))
    return float("nan") if den == 0 else float((da * db).sum() / den)


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rho (Pearson correlation of average ranks); nan if a variable is constant."""
    if len(x) != len(y):
        raise ValueError("x and y differ in length")
    return _pearson(rankdata(x), rankdata(y))


def bootstrap_ci(x: Sequence[float], y: Sequence[float], resamples: int = RESAMPLES, seed: int = SEED,
                 level: float = 0.95) -> tuple[float, float] | None:
    """Percentile CI of Spearman's rho over resampled pairs; resamples with a constant variable are
    dropped. None when fewer than half of the resamples give a defined rho."""
    xa, ya = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n = len(xa)
    if n < 3:
        return None
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(resamples, n))
    rhos = _rowwise_spearman(xa[idx], ya[idx])
    rhos = rhos[np.isfinite(rhos)]
    if len(rhos) < resamples / 2:
        return None
    alpha = (1 - level) / 2
    return float(np.quantile(rhos, alpha)), float(np.quantile(rhos, 1 - alpha))


def _rowwise_spearman(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Spearman's rho of each row pair of two (resamples, n) arrays; nan where a row is constant."""
    try:
        from scipy.stats import rankdata as _rank

        rx, ry = _rank(xs, axis=1), _rank(ys, axis=1)
    except ImportError:
        rx = np.array([rankdata(r) for r in xs])
        ry = np.array([rankdata(r) for r in ys])
    dx = rx - rx.mean(axis=1, keepdims=True)
    dy = ry - ry.mean(axis=1, keepdims=True)
    den = np.sqrt((dx * dx).sum(axis=1) * (dy * dy).sum(axis=1))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, (dx * dy).sum(axis=1) / np.where(den > 0, den, 1), np.nan)


def spearman_p(x: Sequence[float], y: Sequence[float]) -> float | None:
    try:
        from scipy.stats import spearmanr
    except ImportError:
        return None
    r = spearmanr(x, y)
    p = float(r.pvalue)
    return None if math.isnan(p) else p


def least_squares(x: Sequence[float], y: Sequence[float]) -> tuple[float, float] | None:
    """(slope, intercept) of y = slope * x + intercept; None if x is constant or n < 2."""
    xa, ya = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(xa) < 2 or np.all(xa == xa[0]):
        return None
    slope, intercept = np.polyfit(xa, ya, 1)
    return float(slope), float(intercept)


def correlate(gaps: Sequence[LanguageGap], kind: str, resamples: int = RESAMPLES, seed: int = SEED,
              source: Mapping[str, str | None] | None = None) -> Correlation:
    """Correlation of gap vs ``kind`` distance over one series' target languages (one model, one dataset)."""
    if not gaps:
        raise ValueError("no gaps to correlate")
    points = [(g.language, g.distances.get(kind), g.gap) for g in gaps]
    return correlate_points(points, kind, gaps[0].model, gaps[0].dataset, resamples, seed, source)


def correlate_points(points: Sequence[tuple[str, float | None, float]], kind: str, model: str, dataset: str,
                     resamples: int = RESAMPLES, seed: int = SEED, source: Mapping[str, str | None] | None = None,
                     measure: str = "transfer gap") -> Correlation:
    """Spearman rho (bootstrap CI, p, least-squares line) of ``(language, distance, value)`` points;
    points without a distance are left out."""
    pts = [(x, y, lang) for lang, x, y in points if x is not None]
    x = [p[0] for p in pts]
    y = [p[1] for p in pts]
    rho = spearman(x, y) if len(pts) >= 3 else float("nan")
    defined = not math.isnan(rho)
    ci = bootstrap_ci(x, y, resamples, seed) if defined else None
    fit = least_squares(x, y)
    src = dict(source or {})
    return Correlation(
        distance=kind, model=model, dataset=dataset, n=len(pts),
        rho=round(rho, 4) if defined else None,
        ci_low=round(ci[0], 4) if ci else None, ci_high=round(ci[1], 4) if ci else None,
        p=spearman_p(x, y) if defined else None,
        slope=fit[0] if fit else None, intercept=fit[1] if fit else None,
        resamples=resamples if ci else 0, seed=seed, languages=[p[2] for p in pts],
        paper=src.get("paper"), table=src.get("table"), row=src.get("row"), measure=measure)


def family_groups(gaps: Sequence[LanguageGap]) -> list[FamilyGroup]:
    """Mean gap per (model, dataset, family), largest mean first within a model."""
    groups: dict[tuple[str, str, str], list[LanguageGap]] = defaultdict(list)
    for g in gaps:
        groups[(g.model, g.dataset, g.family or "unknown")].append(g)
    out = [FamilyGroup(model=m, dataset=d, family=f, n=len(gs), mean_gap=round(float(np.mean([g.gap for g in gs])), 4),
                       languages=sorted(g.language for g in gs))
           for (m, d, f), gs in groups.items()]
    return sorted(out, key=lambda fg: (fg.dataset, fg.model, -fg.mean_gap, fg.family))
