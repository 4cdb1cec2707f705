"""Did a run learn its task, and had it stopped learning?  Read from its results and log.

A run whose source-language (English) test accuracy stays near the share of the most frequent label
has not learned the task: its target-language accuracies then say nothing about robust transfer, and
a delta against it measures which run left the majority-class plateau, not robustness.  A run whose
English dev accuracy still rose sharply at its last evaluation was stopped before converging.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from synth.errors import SynthError
from synth.verify.experiment.data import load_task
from synth.verify.experiment.runlog import LOG, read_events
from synth.verify.experiment.spec import SOURCE_LANGUAGE

MIN_LEARNED = 5.0  # points above the majority-class share on English test rows
STILL_RISING = 2.0  # points gained on English dev between the last two evaluations


def majority_share(labels: list[int]) -> float:
    """Accuracy (points) of always answering the most frequent label."""
    if not labels:
        raise ValueError("no labels")
    return 100.0 * Counter(labels).most_common(1)[0][1] / len(labels)


@dataclass(frozen=True)
class RunDiagnosis:
    run_id: str
    source_accuracy: float  # points, English test rows
    majority: float  # points, the same rows
    rising: tuple[int, float, float] | None = None  # (last step, previous dev, last dev) in points

    @property
    def learned(self) -> bool:
        return self.source_accuracy >= self.majority + MIN_LEARNED

    def describe(self) -> str:
        out = [f"{self.run_id}: English test accuracy {self.source_accuracy:.2f} vs {self.majority:.2f} for the "
               f"majority class — {'learned the task' if self.learned else 'did not learn the task'}"]
        if self.rising:
            step, before, last = self.rising
            out.append(f"English dev accuracy still rising at its last evaluation (step {step}: "
                       f"{before:.1f} → {last:.1f}), so the budget stopped it before convergence")
        return "; ".join(out)


def dev_still_rising(run_dir: Path) -> tuple[int, float, float] | None:
    devs = [e for e in read_events(Path(run_dir) / LOG) if e.get("event") == "dev"]
    by_step = {int(e["step"]): 100.0 * float(e["accuracy"]) for e in devs if "step" in e and "accuracy" in e}
    if len(by_step) < 2:
        return None
    steps = sorted(by_step)
    before, last = by_step[steps[-2]], by_step[steps[-1]]
    return (steps[-1], before, last) if last - before >= STILL_RISING else None


def source_set(setting: str) -> str:
    """The name of a setting's English rows: "en", or "en-en" in the generalized setting."""
    return SOURCE_LANGUAGE if setting == "standard" else f"{SOURCE_LANGUAGE}-{SOURCE_LANGUAGE}"


def diagnose(run_id: str, run_dir: Path, results: dict, setting: str, labels: list[int]) -> RunDiagnosis:
    """``labels``: those of the setting's English rows, in the order of the run's results."""
    accuracy = 100.0 * float(results["accuracy"][setting][source_set(setting)])
    return RunDiagnosis(run_id, accuracy, majority_share(labels), dev_still_rising(run_dir))


@lru_cache(maxsize=32)
def source_labels(task: str, setting: str, data_dir: Path | None, offline: bool, train_limit: int | None,
                  dev_limit: int | None, test_limit: int | None, generalized_limit: int | None,
                  ) -> tuple[int, ...] | None:
    """Labels of the English rows a run with these subsets was evaluated on in ``setting``; None when
    the data cannot be read (the check is then skipped, and said so)."""
    try:
        data = load_task(task, [SOURCE_LANGUAGE], data_dir, offline, train_limit, dev_limit, test_limit)
    except SynthError:
        return None
    if setting == "standard":
        rows = data.test[SOURCE_LANGUAGE]
    else:
        rows = data.generalized([SOURCE_LANGUAGE], generalized_limit)[source_set(setting)]
    return tuple(r.label for r in rows) or None


def diagnose_config(run_id: str, run_dir: Path, config: dict, results: dict, data_dir: Path | None,
                    setting: str = "standard") -> RunDiagnosis | None:
    """:func:`diagnose` for a run described by its config.json; None when its labels cannot be read
    (from local data only: a check never downloads)."""
    labels = source_labels(config["task"], setting, data_dir, True, config.get("train_limit"),
                           config.get("dev_limit"), config.get("test_limit"), config.get("generalized_limit"))
    rows = ((results.get("correct") or {}).get(setting) or {}).get(source_set(setting))
    if labels is None or rows is None or len(rows) != len(labels):
        return None  # not the rows these labels describe
    return diagnose(run_id, run_dir, results, setting, list(labels))
