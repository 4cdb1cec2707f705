"""Robust training per language, from finished experiment runs (``runs/<run-id>/config.json`` and
``results.json``): per task, encoder and scale, each robust method against standard fine-tuning, paired
by seed and by test row, and the per-language gain against URIEL+ distances to English.

Runs are grouped by (task, encoder, budget, budget description): the description carries every number
of the scale (steps, batch, subsets, overrides), so runs of different budgets or overridden steps are
never averaged together.  Runs that are unfinished, malformed, duplicated or have nothing to be paired
with are skipped, each with the reason.  As in the experiment verdicts (rule 0), a seed where a run did
not learn its task (English accuracy at the majority-class level) is left out; when no seed learned, all
are shown and the gain says so in its notes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from synth.errors import SynthError
from synth.records import Correlation, RobustGain, RobustGainLanguage, SkippedRun
from synth.store import Cache
from synth.verify.experiment.compare import Measurement, bits_to_array, compare
from synth.verify.experiment.data import default_data_dir
from synth.verify.experiment.diagnostics import diagnose_config
from synth.verify.experiment.runlog import CONFIG, ENV, RESULTS, list_runs, read_json
from synth.verify.experiment.spec import METHOD_NAMES, SOURCE_LANGUAGE, TASK_LANGUAGES, TASK_NAMES

from .correlation import RESAMPLES, SEED, correlate_points
from .typology import DISTANCE_KINDS
from .typology import typology as language_typology

SETTING = "standard"  # per-language accuracy; the generalized setting is per language pair
MIN_CORRELATION_LANGUAGES = 3
_REQUIRED = ("task", "method", "seed", "encoder", "budget")


@dataclass(frozen=True)
class FinishedRun:
    run_id: str
    path: str
    config: dict
    results: dict
    env: dict

    @property
    def group(self) -> tuple[str, str, str, str]:
        c = self.config
        return c["task"], c["encoder"], c["budget"], c.get("budget_description") or ""


def _read_run(run_dir: Path) -> FinishedRun | str:
    """The run, or why it cannot be used."""
    config = read_json(run_dir / CONFIG)
    if config is None:
        return f"{CONFIG} is missing or not valid JSON"
    missing = [k for k in _REQUIRED if config.get(k) is None]
    if missing:
        return f"{CONFIG} lacks {', '.join(missing)}"
    if config["task"] not in TASK_LANGUAGES:
        return f"unknown task {config['task']!r}"
    results = read_json(run_dir / RESULTS)
    if results is None:
        return "unfinished: no results.json (still running, or stopped before the end)"
    if results.get("status") != "finished":
        return f"unfinished: results.json status is {results.get('status')!r}"
    accuracy = (results.get("accuracy") or {}).get(SETTING) or {}
    correct = (results.get("correct") or {}).get(SETTING) or {}
    if not accuracy or not set(accuracy) <= set(correct):
        return f"results.json has no per-row correctness for the {SETTING} setting"
    return FinishedRun(run_id=run_dir.name, path=str(run_dir), config=config, results=results,
                       env=read_json(run_dir / ENV) or {})


def find_runs(dirs: Iterable[Path | str]) -> tuple[list[FinishedRun], list[SkippedRun]]:
    """Finished runs in each directory (``DIR/<run-id>/``), the first copy of a run id winning."""
    runs: list[FinishedRun] = []
    skipped: list[SkippedRun] = []
    seen: dict[str, str] = {}
    seen_dirs: set[Path] = set()
    for d in dirs:
        if Path(d).resolve() in seen_dirs:
            continue
        seen_dirs.add(Path(d).resolve())
        for run_dir in list_runs(Path(d)):
            if run_dir.name in seen:
                skipped.append(SkippedRun(run=run_dir.name, path=str(run_dir),
                                          reason=f"the same run was already read from {seen[run_dir.name]}"))
                continue
            got = _read_run(run_dir)
            if isinstance(got, str):
                skipped.append(SkippedRun(run=run_dir.name, path=str(run_dir), reason=got))
                continue
            seen[run_dir.name] = str(run_dir)
            runs.append(got)
    return runs, skipped


def _by_method_and_seed(runs: Sequence[FinishedRun], skipped: list[SkippedRun]) -> dict[str, dict[int, FinishedRun]]:
    out: dict[str, dict[int, FinishedRun]] = defaultdict(dict)
    for r in runs:
        method, seed = r.config["method"], int(r.config["seed"])
        if seed in out[method]:
            skipped.append(SkippedRun(run=r.run_id, path=r.path, reason=(
                f"another {method} run with seed {seed} at the same scale was used ({out[method][seed].run_id})")))
            continue
        out[method][seed] = r
    return out


def _common_languages(runs: Sequence[FinishedRun], task: str) -> list[str]:
    langs = set(TASK_LANGUAGES[task])
    for r in runs:
        langs &= set(r.results["accuracy"][SETTING])
    return [lang for lang in TASK_LANGUAGES[task] if lang in langs]


def _bits(run: FinishedRun, lang: str):
    return bits_to_array(run.results["correct"][SETTING][lang])


def _weights_note(runs: Sequence[FinishedRun]) -> str | None:
    enc = next((r.env.get("encoder") for r in runs if r.env.get("encoder")), None) or {}
    if not enc.get("model_id"):
        return None
    return enc["model_id"] + (f": {enc['note']}" if enc.get("note") else "")


def _scale_notes(task: str, seeds: list[int], rows: int, targets: int) -> list[str]:
    notes = []
    if len(seeds) < 2:
        notes.append(f"one seed (seed {seeds[0]}): the intervals cover test-row sampling only, not seed-to-seed variation")
    notes.append(f"{rows} test rows per language: one row moves a language's accuracy by {100 / rows:.2f} points")
    if targets < MIN_CORRELATION_LANGUAGES:
        notes.append(f"{targets} target language(s): too few for a rank correlation with typology")
    else:
        notes.append(f"the correlations with typology rest on {targets} {TASK_NAMES[task]} target languages, "
                     "which share families and pre-training data: descriptive, with wide intervals")
    return notes


def compare_method(task: str, method: str, baseline: dict[int, FinishedRun], robust: dict[int, FinishedRun],
                   cache: Cache | None = None, kinds: Sequence[str] = DISTANCE_KINDS,
                   resamples: int = RESAMPLES, seed: int = SEED) -> RobustGain:
    """One robust method against the baseline over the seeds both have; raises ValueError when the runs
    were evaluated on different test rows."""
    seeds = sorted(set(baseline) & set(robust))
    used = [baseline[s] for s in seeds] + [robust[s] for s in seeds]
    langs = _common_languages(used, task)
    targets = [lang for lang in langs if lang != SOURCE_LANGUAGE]
    if not targets:
        raise ValueError("the runs share no target language")

    def measurement(names: list[str]) -> Measurement:
        return Measurement(names, {s: {t: _bits(baseline[s], t) for t in names} for s in seeds},
                           {s: {t: _bits(robust[s], t) for t in names} for s in seeds})

    rows: list[RobustGainLanguage] = []
    for lang in langs:
        comp = compare(measurement([lang]), n_boot=resamples, seed=seed)
        try:
            typ = language_typology(lang, SOURCE_LANGUAGE, cache)
            family, distances = typ.family, typ.distances
        except SynthError:
            family, distances = None, {}
        rows.append(RobustGainLanguage(
            language=lang, family=family, baseline=round(comp.baseline_mean, 2), robust=round(comp.method_mean, 2),
            gain=round(comp.delta, 2), ci_low=round(comp.interval[0], 2), ci_high=round(comp.interval[1], 2),
            rows=comp.rows[lang], distances=distances))
    overall = compare(measurement(targets), n_boot=resamples, seed=seed)
    cfg = used[0].config
    encoder = cfg["encoder"]
    measure = f"{METHOD_NAMES.get(method, method)} gain over standard fine-tuning (points)"
    gains = [r for r in rows if r.language != SOURCE_LANGUAGE]
    correlations: list[Correlation] = []
    if len(gains) >= MIN_CORRELATION_LANGUAGES:
        correlations = [correlate_points([(g.language, g.distances.get(k), g.gain) for g in gains], k,
                                         encoder.rsplit("/", 1)[-1], TASK_NAMES[task], resamples, seed,
                                         measure=measure) for k in kinds]
    test_rows = min(r.rows for r in rows)
    notes = _scale_notes(task, seeds, test_rows, len(targets))
    if correlations and all(c.rho is None for c in correlations):
        notes.append("the gain is the same in every target language, so no rank correlation is defined")
    return RobustGain(
        task=task, dataset=TASK_NAMES[task], encoder=encoder, method=method, budget=cfg["budget"],
        scale=cfg.get("budget_description") or cfg["budget"], steps=cfg.get("steps"), epochs=cfg.get("epochs"),
        seeds=seeds, test_rows=test_rows, baseline_runs=[baseline[s].run_id for s in seeds],
        robust_runs=[robust[s].run_id for s in seeds], run_paths={r.run_id: r.path for r in used},
        languages=rows, mean_gain=round(overall.delta, 2), ci_low=round(overall.interval[0], 2),
        ci_high=round(overall.interval[1], 2), correlations=correlations, weights_note=_weights_note(used),
        notes=notes)


def diagnose_runs(runs: Sequence[FinishedRun], data_dir: Path | None) -> tuple[dict[str, str], set[str]]:
    """(run id → why it did not learn its task, by rule 0 of the experiment verdicts: English test accuracy
    at the majority-class level; run ids still improving on English dev at their last evaluation).
    Without local data to read the English labels from, nothing is flagged."""
    out, rising = {}, set()
    for r in runs:
        d = diagnose_config(r.run_id, Path(r.path), r.config, r.results, data_dir) if data_dir else None
        if d is not None and d.rising:
            rising.add(r.run_id)
        if d is not None and not d.learned:
            out[r.run_id] = (f"{r.config['method']} seed {r.config['seed']} did not learn the task (English test "
                             f"accuracy {d.source_accuracy:.2f} vs {d.majority:.2f} for the majority class): gains "
                             "with this seed compare majority-class guessing, not robustness; the experiment verdicts "
                             "leave such seeds out")
    return out, rising


def robust_gains(runs: Sequence[FinishedRun], cache: Cache | None = None, kinds: Sequence[str] = DISTANCE_KINDS,
                 resamples: int = RESAMPLES, seed: int = SEED) -> tuple[list[RobustGain], list[SkippedRun]]:
    """Every (task, encoder, scale) group's robust methods against its baseline; unpaired runs are skipped."""
    unlearned, rising = diagnose_runs(runs, default_data_dir(None))
    groups: dict[tuple, list[FinishedRun]] = defaultdict(list)
    for r in runs:
        groups[r.group].append(r)
    gains: list[RobustGain] = []
    skipped: list[SkippedRun] = []
    for (task, _encoder, budget, _scale), members in sorted(groups.items()):
        by_method = _by_method_and_seed(members, skipped)
        baseline = by_method.pop("baseline", {})
        paired_baseline: set[int] = set()
        for method, robust in sorted(by_method.items()):
            seeds = set(baseline) & set(robust)
            for s in sorted(set(robust) - seeds):
                skipped.append(SkippedRun(run=robust[s].run_id, path=robust[s].path, reason=(
                    f"no baseline run with seed {s} at the same scale (budget {budget}) to compare with")))
            if not seeds:
                continue
            # as the verdicts' rule 0: seeds where a run did not learn are left out, unless no seed is left
            learned = {s for s in seeds if baseline[s].run_id not in unlearned and robust[s].run_id not in unlearned}
            used = learned or seeds
            for s in sorted(seeds - used):
                for r, other in ((baseline[s], robust[s]), (robust[s], baseline[s])):
                    why = unlearned.get(r.run_id) or f"its {other.config['method']} partner did not learn the task"
                    skipped.append(SkippedRun(run=r.run_id, path=r.path, reason=f"left out (rule 0): {why}"))
            try:
                gain = compare_method(task, method, {s: baseline[s] for s in used}, {s: robust[s] for s in used},
                                      cache, kinds, resamples, seed)
                used_runs = gain.baseline_runs + gain.robust_runs
                flags = [unlearned[r] for r in used_runs if r in unlearned]
                still = [r for r in used_runs if r in rising]
                if still:
                    flags.append(f"{len(still)} of the {len(used_runs)} runs were still improving on English dev at "
                                 "their last evaluation: the budget stopped them before convergence")
                gains.append(gain.model_copy(update={"notes": gain.notes + flags}) if flags else gain)
            except ValueError as exc:
                skipped.extend(SkippedRun(run=robust[s].run_id, path=robust[s].path, reason=str(exc))
                               for s in sorted(seeds))
                continue
            paired_baseline |= seeds
        for s in sorted(set(baseline) - paired_baseline):
            skipped.append(SkippedRun(run=baseline[s].run_id, path=baseline[s].path, reason=(
                f"no robust-method run with seed {s} at the same scale (budget {budget}) to compare with")))
    return gains, skipped
