"""Records of the analyze stage (DESIGN.md stage 5): per-language results against typology.

Kept apart from ``synth/records.py`` so the report can adopt them later (``Report.analysis``)."""

from __future__ import annotations

from pydantic import Field

from synth.records import Record


class LanguageTypology(Record):
    """Where a language sits relative to the source language (URIEL+ distances, 0 = identical)."""

    code: str = Field(description="ISO 639-1 code when one exists, else the ISO 639-3 code given")
    iso3: str
    name: str | None = None
    family: str | None = None
    script: str | None = None
    source: str = Field(description="ISO 639-1 code of the source language the distances are to")
    distances: dict[str, float | None] = Field(
        default={}, description="kind -> URIEL+ angular distance; None where URIEL+ lacks shared features")


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
    distances: dict[str, float | None] = {}
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
    languages: list[str] = []
    paper: str | None = None
    table: str | None = None
    row: str | None = None


class FamilyGroup(Record):
    model: str
    dataset: str
    family: str
    n: int
    mean_gap: float
    languages: list[str] = []


class Analysis(Record):
    source: str = Field(description="source (fine-tuning) language, ISO 639-1")
    per_language: list[LanguageScore] = Field(default=[], description="every single-language XNLI/PAWS-X table cell")
    gaps: list[LanguageGap] = Field(default=[], description="the selected zero-shot series, one row per target language")
    correlations: list[Correlation] = []
    family_groups: list[FamilyGroup] = []
    typology: list[LanguageTypology] = []
    selection_rule: str = ""
    caveats: list[str] = []
    figures: dict[str, str] = Field(default={}, description="name -> base64 PNG")
    timings: dict[str, float] = Field(default={}, description="seconds per step")
