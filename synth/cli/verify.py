"""`synth verify`: claim set → evidence index over the corpus → verdicts → JSON/Markdown (+ report files)."""

from __future__ import annotations

from pathlib import Path

from synth.claimsets import ClaimSet, load_claim_set, select_claims
from synth.cli.progress import progress_bar, status
from synth.cli.provenance import make_provenance
from synth.errors import OfflineError, UsageError
from synth.parse.numbers import find_numbers
from synth.records import Claim, ExperimentVerdict, Report, TextVerdict
from synth.retrieve.corpus import Corpus, list_pdfs, read_metadata, read_pdfs
from synth.retrieve.embedder import Embedder
from synth.settings import Settings
from synth.verify.evidence import EvidenceIndex, build_units
from synth.verify.text import TextVerifier


def _claim_record(entry_id: str, text: str) -> Claim:
    numeric = any(not n.count for n in find_numbers(text))
    return Claim(id=entry_id, paper=None, kind="numeric" if numeric else "qualitative", text=text)


def _text_verdicts(claim_set: ClaimSet, corpus: Path | None, settings: Settings) -> tuple[list[TextVerdict], Corpus]:
    if corpus is None:
        if settings.offline:
            raise OfflineError("offline: no --corpus given, and fetching papers needs the network; pass --corpus DIR")
        raise UsageError("--corpus DIR is required for text verification: this version verifies against local "
                         "corpora only")
    pdfs = list_pdfs(corpus)
    with progress_bar("Reading papers", len(pdfs)) as advance:
        read = read_pdfs(pdfs, settings.cache, read_metadata(corpus), on_file=lambda p: advance(p.name))
    status(f"Indexing evidence in {len(read.papers)} papers")
    docs = build_units([cp.paper for cp in read.papers], [cp.parsed for cp in read.papers])
    verifier = TextVerifier(EvidenceIndex(docs, Embedder(settings.embedding_model, settings.cache, settings.offline)))
    verdicts: list[TextVerdict] = []
    with progress_bar("Verifying claims", len(claim_set.entries)) as advance:
        for entry in claim_set.entries:
            verdicts.append(verifier.verify(entry.id, entry.claim))
            advance(entry.id)
    return verdicts, read


def verify_claim_set(claims_file: Path, corpus: Path | None, settings: Settings, mode: str, budget: str = "smoke",
                     out: Path | None = None, ray_address: str | None = None,
                     only: list[str] | None = None) -> Report:
    """Text verdicts (mode text/all) and experiment verdicts (mode experiment/all; runs under out/runs/)."""
    claim_set = select_claims(load_claim_set(claims_file), only or [], claims_file)
    text_verdicts: list[TextVerdict] = []
    papers, unreadable, missing, notes = [], [], [], []
    if mode in ("text", "all"):
        text_verdicts, read = _text_verdicts(claim_set, corpus, settings)
        papers, unreadable = [cp.paper for cp in read.papers], read.unreadable
        known = {p.id for p in papers} | {p.arxiv_id for p in papers if p.arxiv_id}
        missing = [c for c in claim_set.cites if c.split("v")[0] not in known]
        if missing:
            notes.append(f"The claim set cites papers that are not in the corpus: {', '.join(missing)}. Claims that "
                         "only those papers could support come out not_in_corpus here.")
    experiment_verdicts: list[ExperimentVerdict] = []
    runs: list[str] = []
    if mode in ("experiment", "all"):
        if out is None:
            raise UsageError("--out DIR is required with --mode experiment: the runs and their logs are written there")
        from synth.verify.experiment.runner import run_experiment_verification

        status(f"Verifying by experiment at budget {budget} (runs in {out / 'runs'})")
        experiment_verdicts = run_experiment_verification(claim_set.entries, settings, budget, out, ray_address)
        runs = sorted({r for v in experiment_verdicts for r in v.runs})
        if experiment_verdicts and experiment_verdicts[0].budget:
            notes.append(f"Experiments: {next(v.budget for v in experiment_verdicts if v.budget)}")
        weights = {v.weights_note for v in experiment_verdicts if v.weights_note}
        notes.extend(sorted(weights))
    return Report(
        question=f"Verification of {claims_file.name}" + (f" ({claim_set.source})" if claim_set.source else ""),
        papers=papers,
        unreadable=unreadable,
        missing=missing,
        claims=[_claim_record(e.id, e.claim) for e in claim_set.entries],
        text_verdicts=text_verdicts,
        experiment_verdicts=experiment_verdicts,
        runs=runs,
        notes=notes,
        provenance=make_provenance(settings.offline, str(corpus) if corpus else None, settings.embedding_model),
    )


def verdict_rows(report: Report) -> list[dict]:
    """The JSON contract of `synth verify` (DESIGN.md)."""
    verdicts = {v.claim_id: v for v in report.text_verdicts}
    experiments = {v.claim_id: v for v in report.experiment_verdicts}
    rows = []
    for claim in report.claims:
        v = verdicts.get(claim.id)
        x = experiments.get(claim.id)
        rows.append({
            "id": claim.id,
            "claim": claim.text,
            "verdict": v.verdict if v else None,
            "confidence": v.confidence if v else None,
            "basis": v.basis if v else [],
            "evidence": [{"paper": e.paper, "page": e.page, "quote": e.quote} | ({"table": e.table} if e.table else {})
                         for e in v.evidence] if v else [],
            "experiment": x.model_dump(mode="json") if x else None,
        })
    return rows


