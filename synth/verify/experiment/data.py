"""Task data for the experiments: English training pairs, English dev for checkpoint selection, and
per-language test sets, read from a directory in the XTREME tsv layout or from the Hugging Face hub.

Local layouts, tried in order for each task:

* Robust-XLT / XTREME: ``<dir>/<task>/train-en.tsv``, ``dev-en.tsv``, ``test-<lang>.tsv``.
* the shared offline mirror (``../shared/data``, see its README): PAWS-X trains on
  ``paws_en/paws_wiki_final_test.tsv`` and evaluates on ``pawsx/test-<lang>.tsv`` (selection on
  ``pawsx/dev-en.tsv``); XNLI trains on ``mnli/train.tsv``, selects on ``mnli/dev.tsv`` and evaluates on
  ``xnli/dev-<lang>.tsv`` (XNLI test labels are not in the mirror).

Untranslated ``NS`` rows are kept in standard evaluation, as the benchmark does, and skipped when the
generalized (two-language) pairs are built from the line-aligned files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from synth.errors import OfflineError, SynthError, UsageError
from synth.store import sha256_file
from synth.verify.experiment.spec import SOURCE_LANGUAGE, TASK_LANGUAGES, TASK_NAMES

LABELS = {
    "pawsx": {"0": 0, "1": 1},
    "xnli": {"entailment": 0, "neutral": 1, "contradiction": 2, "contradictory": 2},
}
NUM_LABELS = {"pawsx": 2, "xnli": 3}
UNTRANSLATED = "NS"
SUBSET_SEED = 20210418  # fixed: the same evaluation rows for every run, seed and method


@dataclass(frozen=True)
class Example:
    text_a: str
    text_b: str
    label: int


@dataclass
class TaskData:
    task: str
    train: list[Example]
    dev: list[Example]  # English, for checkpoint selection only
    test: dict[str, list[Example]]  # language -> rows, line-aligned across languages
    files: dict[str, str] = field(default_factory=dict)  # file -> sha256
    source: str = ""
    notes: list[str] = field(default_factory=list)

    def generalized(self, languages: list[str], limit: int | None = None) -> dict[str, list[Example]]:
        return generalized_pairs(self.test, languages, limit)


def default_data_dir(settings_data_dir: Path | None) -> Path | None:
    """The data directory: the setting / $SYNTH_DATA_DIR, else ../shared/data beside the repo if present."""
    if settings_data_dir is not None:
        return Path(settings_data_dir)
    env = os.environ.get("SYNTH_DATA_DIR")
    if env:
        return Path(env).expanduser()
    repo = Path(__file__).resolve().parents[3]
    shared = repo.parent / "shared" / "data"
    return shared if shared.is_dir() else None


def _parse_label(task: str, raw: str, where: str) -> int:
    try:
        return LABELS[task][raw.strip().lower()]
    except KeyError:
        raise SynthError(f"{where}: unknown {TASK_NAMES[task]} label {raw.strip()!r}") from None


def read_tsv(path: Path, task: str, header: bool | None = None) -> list[Example]:
    """Rows ``a<TAB>b<TAB>label`` (or ``id a b label`` with a header line)."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise SynthError(f"cannot read {path}: {exc}") from None
    if lines and lines[-1] == "":
        lines.pop()
    start = 0
    cols = (0, 1, 2)
    first = lines[0].split("\t") if lines else []
    if header or (header is None and first and first[-1].strip().lower() in ("label", "gold_label")):
        names = [c.strip().lower() for c in first]
        try:
            cols = (names.index("sentence1"), names.index("sentence2"), names.index("label"))
        except ValueError:
            cols = (len(names) - 3, len(names) - 2, len(names) - 1)
        start = 1
    out = []
    for n, line in enumerate(lines[start:], start=start + 1):
        parts = line.rstrip("\r").split("\t")
        if len(parts) <= max(cols):
            raise SynthError(f"{path}:{n}: expected {max(cols) + 1} tab-separated fields, found {len(parts)}")
        out.append(Example(parts[cols[0]], parts[cols[1]], _parse_label(task, parts[cols[2]], f"{path}:{n}")))
    if not out:
        raise SynthError(f"{path} has no rows")
    return out


def _layout(data_dir: Path, task: str, languages: list[str]) -> tuple[Path, Path, dict[str, Path], str]:
    xtreme = data_dir / task
    if (xtreme / "train-en.tsv").is_file():
        test = {lang: xtreme / f"test-{lang}.tsv" for lang in languages}
        return xtreme / "train-en.tsv", xtreme / "dev-en.tsv", test, f"{xtreme} (XTREME layout)"
    if task == "pawsx":
        test = {lang: data_dir / "pawsx" / f"test-{lang}.tsv" for lang in languages}
        return (data_dir / "paws_en" / "paws_wiki_final_test.tsv", data_dir / "pawsx" / "dev-en.tsv", test,
                f"{data_dir} (PAWS-Wiki English training, PAWS-X dev-en selection, PAWS-X test)")
    test = {lang: data_dir / "xnli" / f"dev-{lang}.tsv" for lang in languages}
    return (data_dir / "mnli" / "train.tsv", data_dir / "mnli" / "dev.tsv", test,
            f"{data_dir} (MultiNLI training sample, MNLI dev selection, XNLI dev as the test set)")


def subset_indices(n: int, limit: int | None, seed: int = SUBSET_SEED) -> list[int]:
    """A fixed random subset of ``range(n)`` (sorted), or everything when ``limit`` is None or ≥ n."""
    if limit is None or limit >= n:
        return list(range(n))
    rng = np.random.default_rng(seed)
    return sorted(rng.choice(n, size=limit, replace=False).tolist())


def load_local(data_dir: Path, task: str, languages: list[str], train_limit: int | None = None,
               dev_limit: int | None = None, test_limit: int | None = None) -> TaskData:
    if task not in TASK_LANGUAGES:
        raise UsageError(f"unknown task {task!r}; synth runs {', '.join(sorted(TASK_LANGUAGES))}")
    if not data_dir.is_dir():
        raise SynthError(f"data directory {data_dir} does not exist")
    train_path, dev_path, test_paths, source = _layout(data_dir, task, languages)
    missing = [p for p in [train_path, dev_path, *test_paths.values()] if not p.is_file()]
    if missing:
        raise SynthError(f"{TASK_NAMES[task]} data incomplete in {data_dir}: missing {missing[0]}"
                         + (f" and {len(missing) - 1} more" if len(missing) > 1 else ""))
    train = read_tsv(train_path, task)
    dev = read_tsv(dev_path, task)
    tests = {lang: read_tsv(p, task) for lang, p in test_paths.items()}
    sizes = {len(rows) for rows in tests.values()}
    if len(sizes) != 1:
        raise SynthError(f"{TASK_NAMES[task]} test files are not line-aligned: row counts {sorted(sizes)}")
    if SOURCE_LANGUAGE in tests:
        labels = [e.label for e in tests[SOURCE_LANGUAGE]]
        for lang, rows in tests.items():
            if [e.label for e in rows] != labels:
                raise SynthError(f"{test_paths[lang]}: labels differ from the aligned English rows")
    n_test = sizes.pop()
    keep = subset_indices(n_test, test_limit)
    tests = {lang: [rows[i] for i in keep] for lang, rows in tests.items()}
    train = [train[i] for i in subset_indices(len(train), train_limit)]
    dev = [dev[i] for i in subset_indices(len(dev), dev_limit)]
    files = {str(p): sha256_file(p) for p in [train_path, dev_path, *test_paths.values()]}
    notes = []
    ns = {lang: sum(UNTRANSLATED in (e.text_a, e.text_b) for e in rows) for lang, rows in tests.items()}
    if any(ns.values()):
        notes.append("untranslated NS rows kept in standard evaluation (as the benchmark does): "
                     + ", ".join(f"{lang} {k}" for lang, k in ns.items() if k))
    if not (data_dir / task / "train-en.tsv").is_file():
        notes.append(f"English training data: {len(train)} pairs of "
                     + ("PAWS-Wiki (the paper trains on the 49k PAWS-X train split)" if task == "pawsx" else
                        "a MultiNLI sample (the paper trains on all 393k MNLI pairs)"))
        if task == "xnli":
            notes.append("XNLI test labels are not in the offline mirror: XNLI dev is the zero-shot test set")
    return TaskData(task, train, dev, tests, files, source, notes)


def generalized_pairs(test: dict[str, list[Example]], languages: list[str],
                      limit: int | None = None) -> dict[str, list[Example]]:
    """Every ordered language pair ``a-b``: first sentence of row i in language a, second in b, label of
    row i.  Rows where either side is the untranslated ``NS`` placeholder are skipped; ``limit`` keeps a
    fixed subset of the remaining rows per pair."""
    missing = [lang for lang in languages if lang not in test]
    if missing:
        raise UsageError(f"no test data for {', '.join(missing)}: cannot build generalized pairs")
    out: dict[str, list[Example]] = {}
    n = len(test[languages[0]])
    for a in languages:
        for b in languages:
            rows = [
                Example(test[a][i].text_a, test[b][i].text_b, test[a][i].label)
                for i in range(n)
                if test[a][i].text_a != UNTRANSLATED and test[b][i].text_b != UNTRANSLATED
            ]
            keep = subset_indices(len(rows), limit, seed=SUBSET_SEED + 1)
            out[f"{a}-{b}"] = [rows[i] for i in keep]
    return out


# --- Hugging Face datasets (online) -------------------------------------------------------------------

HF_DATASETS = {"pawsx": "google-research-datasets/paws-x", "xnli": "facebook/xnli"}


def _rows_from_hf(task: str, split) -> list[Example]:
    if task == "pawsx":
        return [Example(r["sentence1"], r["sentence2"], int(r["label"])) for r in split]
    return [Example(r["premise"], r["hypothesis"], int(r["label"])) for r in split]


def load_hub(task: str, languages: list[str], train_limit: int | None = None, dev_limit: int | None = None,
             test_limit: int | None = None) -> TaskData:
    """The full-scale sources: PAWS-X / XNLI from the Hugging Face hub (English train and dev, test per
    language).  Needs the ``datasets`` package and the network."""
    try:
        import datasets
    except ImportError:
        raise SynthError("online data needs the 'datasets' package (pip install datasets), or point "
                         "SYNTH_DATA_DIR at a local XTREME-layout directory") from None
    name = HF_DATASETS[task]
    try:
        en = datasets.load_dataset(name, "en")
        tests = {lang: _rows_from_hf(task, datasets.load_dataset(name, lang)["test"]) for lang in languages}
    except Exception as exc:  # the hub client raises many types; the message is what the user needs
        raise SynthError(f"could not load {name} from the Hugging Face hub: {exc}".replace("\n", " ")) from None
    train = _rows_from_hf(task, en["train"])
    dev = _rows_from_hf(task, en["validation"])
    keep = subset_indices(len(tests[languages[0]]), test_limit)
    tests = {lang: [rows[i] for i in keep] for lang, rows in tests.items()}
    return TaskData(
        task,
        [train[i] for i in subset_indices(len(train), train_limit)],
        [dev[i] for i in subset_indices(len(dev), dev_limit)],
        tests,
        {f"hf:{name}": "hub (revision as resolved by datasets)"},
        f"Hugging Face hub {name}",
    )


def load_task(task: str, languages: list[str], data_dir: Path | None, offline: bool, train_limit: int | None = None,
              dev_limit: int | None = None, test_limit: int | None = None) -> TaskData:
    """Local directory when there is one; else the hub, unless offline (then fail closed)."""
    if data_dir is not None:
        return load_local(Path(data_dir), task, languages, train_limit, dev_limit, test_limit)
    if offline:
        raise OfflineError(f"offline: no local data for {TASK_NAMES[task]}; set SYNTH_DATA_DIR to a directory in "
                           "the XTREME tsv layout (or put ../shared/data beside the repo)")
    return load_hub(task, languages, train_limit, dev_limit, test_limit)
