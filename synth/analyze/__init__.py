"""Stage 5, analyze: per-language results from papers' tables against language typology.

Entry point: :func:`analyze_report` (claims -> :class:`Analysis`)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from synth.errors import SynthError
from synth.records import (
    Analysis,
    Claim,
    Correlation,
    FamilyGroup,
    LanguageGap,
    LanguageScore,
    LanguageTypology,
    RobustGain,
    SkippedRun,
)
from synth.store import Cache

from . import figures as fig
from .correlation import RESAMPLES, SEED, correlate, family_groups
from .per_language import SETTING_RULE, per_language_scores, select_series
from .robust import find_runs, robust_gains
from .typology import DISTANCE_KINDS, load_seconds, normalise_code
from .typology import typology as language_typology

__all__ = [
    "DISTANCE_KINDS",
    "Analysis",
    "Correlation",
    "FamilyGroup",
    "LanguageGap",
    "LanguageScore",
    "LanguageTypology",
    "RobustGain",
    "analyze_report",
    "analyze_runs",
]

MODELS = ("mBERT", "XLM-R")
DATASETS = ("XNLI", "PAWS-X")
MIN_LANGUAGES = 5  # target languages a series needs before we correlate anything


def analyze_report(claims: Sequence[Claim], source: str = "en", *, models: Iterable[str] = MODELS,
                   datasets: Iterable[str] = DATASETS, kinds: Sequence[str] = DISTANCE_KINDS,
                   resamples: int = RESAMPLES, seed: int = SEED, cache: Cache | None = None,
                   with_figures: bool = True, runs_dirs: Sequence[Path | str] = ()) -> Analysis:
    """Per-language table, zero-shot transfer gaps (source score - target score) per model, their
    Spearman correlation with each URIEL+ distance (bootstrap CI over languages), family means and
    figures; and, from the finished experiment runs in ``runs_dirs``, the robust-training gain per
    language (:func:`analyze_runs`).  Raises UsageError for an unknown source language code."""
    timings: dict[str, float] = {}
    src = normalise_code(source)
    t0 = time.perf_counter()
    language_typology(src, src, cache)  # validates the source code early (UsageError), loads URIEL+
    timings["typology_load"] = round(time.perf_counter() - t0, 3)

    t = time.perf_counter()
    scores = per_language_scores(claims, datasets)
    timings["per_language"] = round(time.perf_counter() - t, 3)

    gaps: list[LanguageGap] = []
    correlations: list[Correlation] = []
    caveats: list[str] = []
    typ: dict[str, LanguageTypology] = {}
    skipped: list[str] = []
    series_by_dataset: dict[str, dict[str, list[LanguageScore]]] = {}
    t = time.perf_counter()
    for dataset in datasets:
        series = select_series(scores, dataset, models)
        for model, cells in list(series.items()):
            by_lang = {c.language: c for c in cells}
            if src not in by_lang:
                caveats.append(f"{dataset} {model}: the chosen row ({cells[0].paper} {cells[0].table}) has no "
                               f"{src} score, so no gap can be computed")
                del series[model]
                continue
            targets = [c for c in cells if c.language != src]
            known = []
            for c in targets:
                try:
                    typ.setdefault(c.language, language_typology(c.language, src, cache))
                    known.append(c)
                except SynthError as e:  # an unplaceable language drops out, with a caveat
                    skipped.append(f"{c.language} ({e})")
            src_cell = by_lang[src]
            series_gaps = [LanguageGap(
                model=model, dataset=c.dataset, language=c.language, family=typ[c.language].family,
                script=typ[c.language].script, score=c.value, source_score=src_cell.value,
                gap=round(src_cell.value - c.value, 4), distances=typ[c.language].distances,
                claim_id=c.claim_id, paper=c.paper, page=c.page) for c in known]
            gaps.extend(series_gaps)
            if len(series_gaps) < MIN_LANGUAGES:
                caveats.append(f"{dataset} {model}: only {len(series_gaps)} target languages; no correlations")
                continue
            origin = {"paper": src_cell.paper, "table": src_cell.table, "row": src_cell.row}
            for kind in kinds:
                correlations.append(correlate(series_gaps, kind, resamples, seed, origin))
            caveats.append(
                f"{dataset} {model}: {len(series_gaps)} target languages ({', '.join(sorted(g.language for g in series_gaps))}) "
                f"from {src_cell.paper} {src_cell.table} p.{src_cell.page}, row '{src_cell.row}' "
                f"({src_cell.setting}, {src_cell.setting_rule})")
        series_by_dataset[dataset] = series
    timings["correlations"] = round(time.perf_counter() - t, 3)
    groups = family_groups(gaps)

    for dataset, series in series_by_dataset.items():
        missing = [m for m in models if m not in series]
        if missing:
            caveats.append(f"{dataset}: no zero-shot row with per-language scores for {', '.join(missing)}")
    if skipped:
        caveats.append("languages left out (no typology): " + "; ".join(sorted(set(skipped))))
    if correlations:
        caveats.append(
            f"Spearman rho over target languages with a {resamples}-resample percentile bootstrap (seed {seed}); "
            "languages are few and not independent (shared families, shared pre-training corpora), so the intervals "
            "are wide and a correlation is descriptive, not causal")
    nulls = sorted({f"{c.model}/{c.dataset}/{c.distance}" for c in correlations if c.n < len(
        [g for g in gaps if g.model == c.model and g.dataset == c.dataset])})
    if nulls:
        caveats.append("URIEL+ lacks some distances (fewer languages in): " + ", ".join(nulls))

    for c in correlations:
        values = [g.distances[c.distance] for g in gaps
                  if g.model == c.model and g.dataset == c.dataset and g.distances.get(c.distance) is not None]
        top = max(values, default=None)
        tied = sum(v == top for v in values)
        if top is not None and c.n >= MIN_LANGUAGES and tied >= max(3, c.n // 3):
            caveats.append(f"{c.dataset} {c.model}: {c.distance} distance ties at its maximum {top} for {tied} of "
                           f"{c.n} languages (URIEL+ saturates across families), which blunts its rank correlation")

    figures: dict[str, str] = {}
    if with_figures:
        t = time.perf_counter()
        for dataset, series in series_by_dataset.items():
            if not series:
                continue
            dgaps = [g for g in gaps if g.dataset == dataset]
            dcorr = [c for c in correlations if c.dataset == dataset]
            key = dataset.lower().replace("-", "")
            figures[f"{key}_scores"] = fig.to_base64(fig.per_language_bars(
                series, f"{dataset} zero-shot accuracy per language (source {src})"))
            if dcorr:
                figures[f"{key}_gap_vs_distance"] = fig.to_base64(fig.gap_vs_distance(
                    dgaps, dcorr, list(kinds), f"{dataset}: transfer gap ({src} - target) vs URIEL+ distance to {src}"))
                figures[f"{key}_families"] = fig.to_base64(fig.family_bars(
                    [g for g in groups if g.dataset == dataset], f"{dataset}: mean transfer gap per language family"))
        timings["figures"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    runs = analyze_runs(runs_dirs, cache, list(kinds), resamples, seed, with_figures)
    figures.update(runs.figures)
    if runs_dirs:
        timings["robust_runs"] = round(time.perf_counter() - t, 3)
    if load_seconds() is not None:
        timings["urielplus_load"] = round(load_seconds(), 3)

    return Analysis(
        source=src, per_language=scores, gaps=gaps, correlations=correlations, family_groups=groups,
        typology=sorted(typ.values(), key=lambda x: x.code), selection_rule=SETTING_RULE, caveats=caveats,
        figures=figures, timings=timings, robust_gains=runs.gains, runs_dirs=[str(d) for d in runs_dirs],
        skipped_runs=runs.skipped, robust_caveats=runs.caveats)


class RunsAnalysis:
    """What :func:`analyze_runs` found: comparisons, skipped runs, caveats and figures."""

    def __init__(self, gains: list[RobustGain], skipped: list[SkippedRun], caveats: list[str],
                 figures: dict[str, str]):
        self.gains, self.skipped, self.caveats, self.figures = gains, skipped, caveats, figures


def analyze_runs(runs_dirs: Sequence[Path | str], cache: Cache | None = None, kinds: Sequence[str] = DISTANCE_KINDS,
                 resamples: int = RESAMPLES, seed: int = SEED, with_figures: bool = True) -> RunsAnalysis:
    """Robust-training gain per language from the finished runs in ``runs_dirs`` (see robust.py)."""
    runs, skipped = find_runs(runs_dirs)
    gains, unpaired = robust_gains(runs, cache, kinds, resamples, seed)
    skipped = skipped + unpaired
    figures: dict[str, str] = {}
    if with_figures:
        named = []
        for g in gains:
            key = f"robust_{g.task}_{g.method}_{g.budget}_{len(named) + 1}"
            figures[key] = fig.to_base64(fig.robust_gain_bars(
                g, f"{g.dataset}, {g.encoder.rsplit('/', 1)[-1]}, budget {g.budget}: baseline vs {g.method} "
                   f"accuracy and gain per language ({len(g.seeds)} seed(s))"))
            named.append(g.model_copy(update={"figure": key}))
        gains = named
    return RunsAnalysis(gains, skipped, _runs_caveats(runs_dirs, gains, skipped, len(runs)), figures)


def _runs_caveats(runs_dirs: Sequence[Path | str], gains: list[RobustGain], skipped: list[SkippedRun],
                  finished: int) -> list[str]:
    if not runs_dirs:
        return []
    where = ", ".join(str(d) for d in runs_dirs)
    used = sum(len(g.baseline_runs) + len(g.robust_runs) for g in gains)
    out = [f"Experiment runs read from {where}: {finished} finished, {used} used in {len(gains)} "
           f"comparison(s), {len(skipped)} skipped (listed with the reason)."]
    budgets = sorted({g.budget for g in gains})
    if len(budgets) > 1:
        out.append(f"Runs of different budgets ({', '.join(budgets)}) are compared within their own budget and scale, "
                   "never pooled.")
    unfinished = [s for s in skipped if s.reason.startswith("unfinished")]
    if unfinished:
        out.append(f"{len(unfinished)} run(s) had not finished and are left out: "
                   + ", ".join(s.run for s in unfinished) + ".")
    return out
