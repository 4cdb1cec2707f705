"""Typed records that flow between the stages (DESIGN.md: retrieve → parse → extract → verify →
analyze → render).  Each stage imports these and earlier stages only.  JSON on disk is
``model_dump_json`` of these models, so a report can be re-rendered without recomputation."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

BBox = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, origin top-left


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- retrieve ---------------------------------------------------------------------------------


class Paper(Record):
    """One paper of the corpus. ``id`` is the arXiv id without version when known, else the file stem."""

    id: str
    version: str | None = None
    title: str
    authors: list[str] = []
    year: int | None = None
    venue: str | None = None
    abstract: str | None = None
    arxiv_id: str | None = None
    source: str = Field(description="local file path or URL the PDF came from")
    pdf_sha256: str
    pages: int = 0
    metadata_from: Literal["papers.json", "pdf", "arxiv"] = "pdf"


class UnreadableFile(Record):
    path: str
    reason: str


class PaperRanking(Record):
    paper: str
    rank: int
    score: float = Field(description="combined relevance used for ordering")
    semantic: float = Field(description="cosine similarity of embeddings, question vs paper")
    lexical: float = Field(description="share of the question's key terms found in the paper")
    matched_terms: list[str] = []
    matched_queries: list[str] = Field(default=[], description="planned queries the paper answers or was found by")
    kept_because: str | None = Field(default=None, description="why retrieval kept the paper (source, seed, queries)")


class PlannedQuery(Record):
    """An arXiv query planned from the question, and why."""

    text: str = Field(description="natural-language form, also embedded by the ranker")
    search: str = Field(description="arXiv API search_query")
    why: str
    results: int | None = Field(default=None, description="papers arXiv returned (None: not searched)")


class RetrievalFailure(Record):
    """A paper or query retrieval could not serve, with the reason."""

    id: str = Field(description="arXiv id (as given) or query text")
    kind: Literal["paper", "query"] = "paper"
    reason: str


# --- parse ------------------------------------------------------------------------------------


class Section(Record):
    title: str
    kind: str = Field(description="abstract|introduction|related|method|experiments|results|conclusion|references|appendix|other")
    page: int


class Sentence(Record):
    paper: str
    page: int = Field(description="1-based page number")
    index: int = Field(description="position in the paper's reading order")
    text: str
    bbox: BBox
    section: str | None = None
    section_kind: str = "other"


class TableCell(Record):
    row: int
    column: int
    text: str
    value: float | None = None
    row_header: list[str] = []
    column_header: list[str] = Field(default=[], description="multi-level header path, top first")
    bbox: BBox | None = None


class Table(Record):
    paper: str
    page: int
    label: str | None = Field(default=None, description='e.g. "Table 2"')
    caption: str | None = None
    bbox: BBox | None = None
    cells: list[TableCell] = []


class PageError(Record):
    page: int
    reason: str


class ParsedPaper(Record):
    paper: str
    pages: int
    sentences: list[Sentence]
    sections: list[Section] = []
    tables: list[Table] = []
    page_errors: list[PageError] = []
    page_text: list[str] = Field(default=[], description="normalised text per page, for quote checks")


# --- extract ----------------------------------------------------------------------------------


class SourceSpan(Record):
    """Where a claim or a piece of evidence sits in a paper."""

    paper: str
    version: str | None = None
    page: int
    bbox: BBox | None = None
    quote: str


class Claim(Record):
    id: str
    paper: str | None = Field(description="paper the claim was extracted from; None for user claim sets")
    page: int | None = None
    kind: Literal["numeric", "qualitative"]
    text: str = Field(description="verbatim source sentence, or the table cell with its headers")
    value: float | None = None
    delta: float | None = None
    unit: str | None = Field(default=None, description="points | percent | relative | times")
    metric: str | None = None
    dataset: str | None = None
    split: str | None = None
    model: str | None = None
    method: str | None = None
    baseline: str | None = None
    languages: list[str] = []
    direction: Literal["increase", "decrease"] | None = None
    cues: list[str] = Field(default=[], description="why the extractor kept this sentence")
    section: str | None = None
    source: SourceSpan | None = None
    table: str | None = None
    row: str | None = None
    column: str | None = None


class ClaimSetEntry(Record):
    """A claim to verify, from a claims file (``{id, claim}`` plus optional fields)."""

    id: str
    claim: str
    prior_verdict: str | None = Field(default=None, description="what the source of the claim set said")
    prior_confidence: float | None = None
    source: str | None = None


# --- verify -----------------------------------------------------------------------------------


class Evidence(Record):
    paper: str
    page: int
    quote: str = Field(description="verbatim text that occurs on the cited page")
    bbox: BBox | None = None
    score: float | None = None
    table: str | None = None


class TextVerdict(Record):
    claim_id: str
    verdict: Literal["supported", "contradicted", "not_in_corpus"]
    confidence: float
    basis: list[str] = Field(default=[], description="the checks that passed or failed")
    evidence: list[Evidence] = []


class ExperimentSpec(Record):
    task: Literal["pawsx", "xnli"]
    setting: Literal["standard", "generalized"] = "standard"
    methods: list[str]
    encoder: str
    languages: list[str]
    seeds: list[int]
    budget: Literal["smoke", "reduced", "full"]


class ExperimentVerdict(Record):
    claim_id: str
    verdict: Literal["reproduced", "direction_only", "not_reproduced", "inconclusive", "not_run"]
    reason: str
    spec: ExperimentSpec | None = None
    claimed_delta: float | None = None
    measured_delta: float | None = None
    interval: tuple[float, float] | None = None
    runs: list[str] = []
    method: str | None = Field(default=None, description="the robust method compared with the baseline")
    metric: str | None = Field(default=None, description="what measured_delta averages (points, target languages)")
    per_language: dict[str, dict[str, float]] = Field(
        default={}, description="method -> language (or language pair) -> accuracy in points, mean over seeds")
    seed_deltas: list[float] = Field(default=[], description="measured delta per seed, in points")
    budget: str | None = Field(default=None, description="how much compute produced the measurement")
    weights_note: str | None = Field(default=None, description="e.g. that the encoder's weights are 4-bit-rounded")
    rules: str | None = Field(default=None, description="the verdict rules applied")
    unlearned_runs: list[str] = Field(default=[], description="runs that did not learn the task (rule 0)")
    rising_runs: list[str] = Field(default=[], description="runs whose English dev accuracy still rose at the end")
    notes: list[str] = []


# --- analyze ---------------------------------------------------------------------------------


class LanguageTypology(Record):
    """Where a language sits relative to the source language (URIEL+ distances, 0 = identical)."""

    code: str = Field(description="ISO 639-1 code when one exists, else the ISO 639-3 code given")
    iso3: str
    name: str | None = None
    family: str | None = None
    script: str | None = None
    source: str = Field(description="ISO 639-1 code of the source language the distances are to")
    distances: dict[str, float | None] = Field(
        default_factory=dict, description="kind -> URIEL+ angular distance; None where URIEL+ lacks shared features")


class LanguageScore(Record):
    """One table cell: a model's score on one language of a dataset, with its provenance."""

    claim_id: str
    paper: str
    page: int | None = None
    table: str | None = None
    row: str = Field(description="row header path as the table gives it")
    row_index: int | None = Field(default=None, description="row number in the table (from the claim id)")
    model: str | None = Field(default=None, description="normalised model name (mBERT, XLM-R, ...)")
    dataset: str
    metric: str | None = None
    setting: str = Field(description="zero-shot | translate-test | translate-train | translate-train-all | unspecified")
    setting_rule: str = Field(description="why the setting was assigned")
    language: str = Field(description="normalised ISO 639-1 code")
    value: float


class LanguageGap(Record):
    """Transfer gap of one target language for one model series: source score - target score."""

    model: str
    dataset: str
    language: str
    family: str | None = None
    script: str | None = None
    score: float
    source_score: float
    gap: float
    distances: dict[str, float | None] = Field(default_factory=dict)
    claim_id: str
    paper: str
    page: int | None = None


class Correlation(Record):
    """Spearman rank correlation of transfer gap vs one typological distance, with a bootstrap CI."""

    distance: str
    model: str
    dataset: str
    n: int = Field(description="target languages with both a gap and this distance")
    rho: float | None = Field(default=None, description="None when undefined (n < 3 or a constant variable)")
    ci_low: float | None = None
    ci_high: float | None = None
    p: float | None = Field(default=None, description="two-sided p of the Spearman test (scipy); None without scipy")
    slope: float | None = Field(default=None, description="least-squares fit gap = slope * distance + intercept")
    intercept: float | None = None
    resamples: int = 0
    seed: int = 0
    languages: list[str] = Field(default_factory=list)
    paper: str | None = None
    table: str | None = None
    row: str | None = None
    measure: str = Field(default="transfer gap", description="what is correlated with the distance")


class FamilyGroup(Record):
    model: str
    dataset: str
    family: str
    n: int
    mean_gap: float
    languages: list[str] = Field(default_factory=list)


class RobustGainLanguage(Record):
    """One language of a robust-training comparison: accuracy in points, mean over seeds."""

    language: str
    family: str | None = None
    baseline: float
    robust: float
    gain: float = Field(description="robust - baseline, points")
    ci_low: float | None = Field(default=None, description="95% paired bootstrap over seeds and test rows")
    ci_high: float | None = None
    rows: int = Field(description="test rows evaluated in this language (per run)")
    distances: dict[str, float | None] = Field(default_factory=dict, description="URIEL+ distances to the source")


class RobustGain(Record):
    """A robust method against standard fine-tuning, per language, from finished experiment runs of one
    task, encoder and budget (same scale), paired by seed."""

    task: str = Field(description="pawsx | xnli")
    dataset: str = Field(description="PAWS-X | XNLI")
    encoder: str
    method: str = Field(description="rs_da | rs_rp | adversarial")
    budget: str
    scale: str = Field(description="the runs' budget description (steps, batch, subsets)")
    steps: int | None = None
    epochs: float | None = None
    seeds: list[int] = Field(default_factory=list, description="seeds with both a baseline and a robust run")
    test_rows: int = Field(description="test rows per language (fewest over languages)")
    baseline_runs: list[str] = Field(default_factory=list)
    robust_runs: list[str] = Field(default_factory=list)
    run_paths: dict[str, str] = Field(default_factory=dict, description="run id -> run directory as found")
    languages: list[RobustGainLanguage] = Field(default_factory=list, description="source language first")
    mean_gain: float = Field(description="mean gain over the target languages, points")
    ci_low: float | None = None
    ci_high: float | None = None
    correlations: list[Correlation] = Field(default_factory=list, description="gain vs URIEL+ distance to the source")
    figure: str | None = Field(default=None, description="key of the bar chart in Analysis.figures")
    weights_note: str | None = Field(default=None, description="the encoder's weights as the runs' env.json gives them")
    notes: list[str] = Field(default_factory=list)


class SkippedRun(Record):
    run: str
    path: str
    reason: str


class Analysis(Record):
    source: str = Field(description="source (fine-tuning) language, ISO 639-1")
    per_language: list[LanguageScore] = Field(default_factory=list, description="every single-language XNLI/PAWS-X table cell")
    gaps: list[LanguageGap] = Field(default_factory=list, description="the selected zero-shot series, one row per target language")
    correlations: list[Correlation] = Field(default_factory=list)
    family_groups: list[FamilyGroup] = Field(default_factory=list)
    typology: list[LanguageTypology] = Field(default_factory=list)
    selection_rule: str = ""
    caveats: list[str] = Field(default_factory=list)
    figures: dict[str, str] = Field(default_factory=dict, description="name -> base64 PNG")
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per step")
    robust_gains: list[RobustGain] = Field(default_factory=list, description="robust training per language, from runs")
    runs_dirs: list[str] = Field(default_factory=list, description="directories searched for experiment runs")
    skipped_runs: list[SkippedRun] = Field(default_factory=list, description="runs left out of robust_gains, and why")
    robust_caveats: list[str] = Field(default_factory=list)


# --- report -----------------------------------------------------------------------------------


class Provenance(Record):
    synth_version: str
    created: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    command: str
    offline: bool
    corpus: str | None = None
    embedding_model: str
    python: str
    packages: dict[str, str] = {}
    git_revision: str | None = None


class Report(Record):
    question: str
    queries: list[str] = []
    papers: list[Paper] = []
    ranking: list[PaperRanking] = []
    ranking_method: str | None = None
    unreadable: list[UnreadableFile] = []
    missing: list[str] = Field(default=[], description="papers asked for that could not be obtained")
    query_plan: list[PlannedQuery] = []
    failed: list[RetrievalFailure] = Field(default=[], description="papers and queries retrieval could not serve")
    claims: list[Claim] = []
    text_verdicts: list[TextVerdict] = []
    experiment_verdicts: list[ExperimentVerdict] = []
    runs: list[str] = []
    analysis: Analysis | None = None
    notes: list[str] = []
    provenance: Provenance
    verify_mode: str | None = Field(default=None, description="none | text | experiment | all (synth report)")
    budget: str | None = Field(default=None, description="experiment budget asked for, when experiments were asked for")
