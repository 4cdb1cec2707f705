"""Measured effect of a robust method vs the baseline, its interval, and the verdict rules.

The metric is accuracy in points (0-100), averaged over the target languages (standard setting: every
evaluated language except English; generalized setting: every ordered pair of two different
languages), then over seeds.  Baseline and method runs are paired by seed and by test row.

Interval: a two-level paired bootstrap — resample seeds (with replacement), and within each language
resample test rows (with replacement; the same rows for baseline and method) — and take the 2.5 and
97.5 percentiles of the resampled delta.  It covers both seed-to-seed variation and test-set sampling.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from synth.verify.experiment.diagnostics import MIN_LEARNED

MIN_SEEDS = 2  # fewer seeds cannot show seed-to-seed variation: the verdict is at best inconclusive
MIN_EFFECT = 0.5  # points: below this a claim of direction only ("improves") counts as not shown
CONFIDENCE = 0.95
BOOTSTRAP = 2000

VERDICT_RULES = (
    "Verdict rules (accuracy points, mean over target languages and seeds, robust method minus baseline; "
    f"interval = {int(CONFIDENCE * 100)}% paired bootstrap over seeds and test rows): "
    f"(0) a seed whose baseline or method run did not learn the task (English test accuracy less than "
    f"{MIN_LEARNED:g} points above always answering the majority label) is left out: its delta measures "
    "which run left the majority-class plateau, not robustness. "
    f"(1) fewer than {MIN_SEEDS} seeds left → inconclusive (seed variance unmeasured). "
    "For a claimed size d: (2) d inside the interval and the interval excludes 0 on d's side → reproduced; "
    "(3) d inside the interval but the interval also holds 0 → inconclusive; "
    "(4) d outside the interval, interval entirely on d's side of 0 → direction_only; "
    "(5) otherwise (interval holds 0 but not d, or lies on the other side of 0) → not_reproduced. "
    "For a claim of direction only: (6) interval entirely on the claimed side of 0 → reproduced; "
    f"(7) interval entirely on the other side, or never reaching {MIN_EFFECT} points on the claimed side → "
    "not_reproduced; (8) otherwise → inconclusive."
)


@dataclass(frozen=True)
class Measurement:
    """Per-seed, per-target-set correctness of baseline and method on the same rows."""

    targets: list[str]
    baseline: dict[int, dict[str, np.ndarray]]  # seed -> target -> 0/1 per row
    method: dict[int, dict[str, np.ndarray]]


@dataclass(frozen=True)
class Comparison:
    delta: float  # points
    interval: tuple[float, float]
    seed_deltas: list[float]
    per_target_delta: dict[str, float]
    baseline_mean: float
    method_mean: float
    n_seeds: int
    rows: dict[str, int] = field(default_factory=dict)


def bits_to_array(bits: str) -> np.ndarray:
    return np.frombuffer(bits.encode("ascii"), dtype=np.uint8) - ord("0")


def _mean_acc(runs: dict[int, dict[str, np.ndarray]], seeds: list[int], targets: list[str]) -> float:
    return float(np.mean([np.mean([runs[s][t].mean() for t in targets]) for s in seeds])) * 100


def compare(m: Measurement, n_boot: int = BOOTSTRAP, seed: int = 0, confidence: float = CONFIDENCE) -> Comparison:
    seeds = sorted(set(m.baseline) & set(m.method))
    if not seeds:
        raise ValueError("no seed has both a baseline and a method run")
    for s in seeds:
        for t in m.targets:
            if m.baseline[s][t].shape != m.method[s][t].shape:
                raise ValueError(f"seed {s}, {t}: baseline and method were evaluated on different rows")
    # diff[t]: (seeds, rows) of method − baseline correctness
    diff = {t: np.stack([m.method[s][t].astype(np.int8) - m.baseline[s][t].astype(np.int8) for s in seeds])
            for t in m.targets}
    seed_deltas = [float(np.mean([diff[t][i].mean() for t in m.targets])) * 100 for i in range(len(seeds))]
    delta = float(np.mean(seed_deltas))
    rng = np.random.default_rng(seed)
    n_seeds = len(seeds)
    seed_draw = rng.integers(0, n_seeds, size=(n_boot, n_seeds))
    per_boot = np.zeros((n_boot, n_seeds))  # per bootstrap replicate and drawn-seed position: target mean
    for t in m.targets:
        d = diff[t]
        n = d.shape[1]
        rows = rng.integers(0, n, size=(n_boot, n))
        # resampled mean of each seed's diff on this replicate's rows: (n_boot, n_seeds)
        means = np.stack([d[i][rows].mean(axis=1) for i in range(n_seeds)], axis=1)
        per_boot += np.take_along_axis(means, seed_draw, axis=1)
    boot = per_boot.mean(axis=1) / len(m.targets) * 100
    alpha = (1 - confidence) / 2
    lo, hi = np.quantile(boot, [alpha, 1 - alpha])
    per_target = {t: float(diff[t].mean()) * 100 for t in m.targets}
    return Comparison(
        delta=delta, interval=(float(lo), float(hi)), seed_deltas=seed_deltas, per_target_delta=per_target,
        baseline_mean=_mean_acc(m.baseline, seeds, m.targets), method_mean=_mean_acc(m.method, seeds, m.targets),
        n_seeds=n_seeds, rows={t: int(diff[t].shape[1]) for t in m.targets},
    )


def decide(claimed_delta: float | None, direction: str, interval: tuple[float, float], n_seeds: int) -> tuple[str, str]:
    """(verdict, reason) by :data:`VERDICT_RULES`."""
    lo, hi = interval
    iv = f"[{lo:+.2f}, {hi:+.2f}]"
    if n_seeds < MIN_SEEDS:
        return "inconclusive", (f"rule 1: only {n_seeds} seed(s) — seed-to-seed variation is unmeasured; "
                                f"measured interval {iv} points")
    sign = -1.0 if (claimed_delta is not None and claimed_delta < 0) or direction == "decrease" else 1.0
    # Work on the claimed side: flip so that the claimed direction is positive.
    a, b = sorted((sign * lo, sign * hi))
    if claimed_delta is not None:
        d = sign * claimed_delta
        inside = a <= d <= b
        if inside and a > 0:
            return "reproduced", f"rule 2: the claimed {claimed_delta:+g} lies in {iv}, which excludes 0"
        if inside:
            return "inconclusive", f"rule 3: the claimed {claimed_delta:+g} lies in {iv}, but so does 0"
        if a > 0:
            return "direction_only", (f"rule 4: the sign is reproduced ({iv} excludes 0) but the claimed "
                                      f"{claimed_delta:+g} lies outside the interval")
        return "not_reproduced", f"rule 5: the claimed {claimed_delta:+g} lies outside {iv}, which does not exclude 0 on its side"
    if a > 0:
        return "reproduced", f"rule 6: {iv} lies entirely on the claimed side of 0"
    if b < 0 or b < MIN_EFFECT:
        return "not_reproduced", (f"rule 7: {iv} rules out an effect of {MIN_EFFECT} points or more in the "
                                  "claimed direction")
    return "inconclusive", f"rule 8: {iv} holds 0 and effects in the claimed direction"
