"""`synth report`: plan queries → gather papers (corpus, seeds, arXiv) → parse → rank → extract → render."""

from __future__ import annotations

import re
from pathlib import Path

from synth.cli.progress import progress_bar, status
from synth.cli.provenance import make_provenance
from synth.errors import SynthError, UsageError
from synth.extract.claims import extract_claims
from synth.records import Analysis, Claim, ClaimSetEntry, ExperimentVerdict, Report, TextVerdict
from synth.render.files import write_report
from synth.retrieve.arxiv_client import ArxivClient
from synth.retrieve.corpus import CorpusPaper
from synth.retrieve.embedder import Embedder
from synth.retrieve.queries import plan_queries
from synth.retrieve.ranking import describe, rank_papers
from synth.retrieve.sources import DEFAULT_DOWNLOADS, gather
from synth.settings import Settings
from synth.verify.evidence import EvidenceIndex, build_units
from synth.verify.text import TextVerifier


def slugify(question: str, limit: int = 60) -> str:
    words = re.findall(r"[a-z0-9]+", question.lower())
    slug = ""
    for w in words:
        if len(slug) + len(w) + 1 > limit:
            break
        slug = f"{slug}-{w}" if slug else w
    return slug or "report"


def make_client(settings: Settings, on_event=None) -> ArxivClient:
    """The arXiv client for a report (endpoints from SYNTH_ARXIV_API / SYNTH_ARXIV_PDF)."""
    return ArxivClient(settings.arxiv_api, settings.arxiv_pdf, settings.cache, offline=settings.offline,
                       on_event=on_event)


def verify_extracted(claims: list[Claim], papers: list[CorpusPaper], embedder: Embedder) -> list[TextVerdict]:
    """Each sentence claim checked against the rest of the corpus (its own sentence excluded)."""
    docs = build_units([cp.paper for cp in papers], [cp.parsed for cp in papers])
    status(f"Indexing evidence in {len(papers)} papers")
    verifier = TextVerifier(EvidenceIndex(docs, embedder))
    targets = [c for c in claims if c.table is None]
    verdicts = []
    with progress_bar("Verifying claims", len(targets)) as advance:
        for claim in targets:
            verdicts.append(verifier.verify(claim.id, claim.text, (claim.paper, claim.page, claim.text)))
            advance(claim.id)
    return verdicts


ROBUST_METHODS_WORDS = ("adversarial training, randomized smoothing, RS-DA / RS-RP or data augmentation with "
                        "synonyms")


def robust_training_claims(claims: list[Claim]) -> list[Claim]:
    """The papers' sentence claims an experiment can re-run: a robust-training method and PAWS-X or XNLI."""
    from synth.verify.experiment.spec import names_robust_training

    return [c for c in claims if c.table is None and c.paper is not None and names_robust_training(c.text)]


def verify_by_experiment(claims: list[Claim], settings: Settings, budget: str, out: Path,
                         overrides: dict | None = None) -> tuple[list[ExperimentVerdict], list[str]]:
    """Re-run the robust-training claims at ``budget`` (runs in out/runs/); notes say what ran and why."""
    targets = robust_training_claims(claims)
    sentences = len([c for c in claims if c.table is None and c.paper is not None])
    if not targets:
        return [], [f"Experiment verification (budget {budget}): none of the {sentences} sentence claims names "
                    f"{ROBUST_METHODS_WORDS} together with PAWS-X or XNLI, so no runs were started."]
    from synth.verify.experiment.runner import run_experiment_verification

    status(f"Verifying {len(targets)} robust-training claim(s) by experiment at budget {budget} (runs in {out / 'runs'})")
    entries = [ClaimSetEntry(id=c.id, claim=c.text) for c in targets]
    verdicts = run_experiment_verification(entries, settings, budget, out, **(overrides or {}))
    notes = [f"Experiment verification (budget {budget}): {len(targets)} of the {sentences} sentence claims name "
             f"{ROBUST_METHODS_WORDS} and PAWS-X or XNLI and were re-run (runs in runs/); no other claim was."]
    notes.extend(sorted({v.budget for v in verdicts if v.budget}))
    notes.extend(sorted({v.weights_note for v in verdicts if v.weights_note}))
    return verdicts, notes


def runs_directories(out: Path | None, extra: list[Path] | None) -> list[Path]:
    """OUT/runs (when it exists) and the --runs directories, in that order, without repeats."""
    dirs = [out / "runs"] if out is not None and (out / "runs").is_dir() else []
    for d in extra or []:
        if all(Path(d).resolve() != x.resolve() for x in dirs):
            dirs.append(Path(d))
    return dirs


def analyse_languages(claims: list[Claim], settings: Settings,
                      runs_dirs: list[Path] | None = None) -> tuple[Analysis | None, list[str]]:
    """Per-language scores from the claims and robust-training gains from runs against typology; a note
    instead when that cannot run."""
    try:
        from synth.analyze import analyze_report
    except ImportError as exc:
        return None, [f"Per-language analysis skipped: {exc.name} is not installed (pip install -e '.[experiments]')."]
    status("Analysing per-language results against language typology"
           + (f" (and experiment runs in {', '.join(map(str, runs_dirs))})" if runs_dirs else ""))
    try:
        analysis = analyze_report(claims, cache=settings.cache, runs_dirs=runs_dirs or [])
    except SynthError as exc:
        return None, [f"Per-language analysis skipped: {exc}"]
    notes = []
    if runs_dirs and not analysis.robust_gains and not analysis.skipped_runs:
        notes.append(f"No experiment run was found in {', '.join(map(str, runs_dirs))}, so there is no "
                     "robust-training analysis.")
    if not analysis.gaps:
        notes.append("Per-language analysis: no zero-shot XNLI or PAWS-X table with per-language scores was found "
                     "among the claims.")
        if not analysis.robust_gains and not analysis.skipped_runs:
            return None, notes
    return analysis, notes


def build_report(question: str, corpus: Path | None, settings: Settings, max_papers: int | None,
                 seeds: list[str] | None = None, client: ArxivClient | None = None,
                 verify: str = "none", budget: str = "smoke", out: Path | None = None,
                 runs_dirs: list[Path] | None = None, experiment_overrides: dict | None = None) -> Report:
    """``out`` is where experiment runs go (required for verify experiment/all) and whose runs/ the
    analysis reads, besides ``runs_dirs``; ``experiment_overrides`` replace run settings (tests)."""
    if verify in ("experiment", "all") and out is None:
        raise UsageError("an output directory is required to verify by experiment: the runs are written there")
    cache = settings.cache
    plan = plan_queries(question, seeds or [])
    embedder: Embedder | None = None

    def get_embedder() -> Embedder:
        nonlocal embedder
        if embedder is None:
            embedder = Embedder(settings.embedding_model, cache, settings.offline)
        return embedder

    def prerank(stubs):
        return [r.paper for r in rank_papers(question, stubs, {}, get_embedder(), plan)]

    own_client = client is None
    client = client or make_client(settings, on_event=lambda m: status(f"arXiv: {m}"))
    try:
        if corpus is None and not settings.offline:
            status(f"Searching arXiv ({settings.arxiv_api}) with {len(plan.queries)} queries")
        got = gather(plan, corpus, client, cache, prerank=prerank, progress=progress_bar,
                     max_downloads=max(2 * max_papers, 5) if max_papers else DEFAULT_DOWNLOADS)
    finally:
        if own_client:
            client.close()
    source = str(corpus) if corpus else "arXiv" + (" (cache)" if settings.offline else "")
    status(f"Read {len(got.papers)} papers from {source}" + (f"; {len(got.unreadable)} unreadable" if got.unreadable else "")
           + (f"; {len(got.failed)} failed" if got.failed else ""))

    papers = [cp.paper for cp in got.papers]
    first_pages = {cp.paper.id: (cp.parsed.page_text[0] if cp.parsed.page_text else "") for cp in got.papers}
    status("Ranking papers by relevance")
    ranking = rank_papers(question, papers, first_pages, get_embedder(), plan, got.retrieved_by) if papers else []
    ranking = [r.model_copy(update={"kept_because": got.kept_because.get(r.paper)}) for r in ranking]

    by_id = {cp.paper.id: cp for cp in got.papers}
    kept = [r.paper for r in ranking][: max_papers or None]
    claims = []
    with progress_bar("Extracting claims", len(kept)) as advance:
        for pid in kept:
            cp = by_id[pid]
            claims.extend(extract_claims(cp.parsed, cp.paper.version))
            advance(pid)

    text_verdicts: list[TextVerdict] = []
    if verify in ("text", "all") and claims:
        text_verdicts = verify_extracted(claims, [by_id[pid] for pid in kept], get_embedder())
        notes = [
            f"Text verification: each of the {len(text_verdicts)} claims stated in sentences was checked against the "
            "other passages and the tables of the corpus (its own sentence excluded); table-cell claims are read "
            "from their cell and not verified again.",
        ]
    elif verify == "experiment":
        notes = ["Claims are not verified against the papers (--verify experiment, not text or all), so no claim is "
                 "marked supported or contradicted."]
    else:
        notes = [
            "Claims are extracted, not yet verified: no verifier ran in this report (see --verify), so no claim is "
            "marked supported or contradicted.",
        ]
    experiment_verdicts: list[ExperimentVerdict] = []
    if verify in ("experiment", "all"):
        experiment_verdicts, experiment_notes = verify_by_experiment(claims, settings, budget, out,
                                                                     experiment_overrides)
        notes.extend(experiment_notes)
    analysis, analysis_notes = analyse_languages(claims, settings, runs_directories(out, runs_dirs))
    notes.extend(analysis_notes)
    if analysis is not None:
        from synth.analyze.synthesis import findings

        claims = findings(analysis) + claims
    if settings.offline and corpus is not None:
        notes.append(f"Offline: only the local corpus ({corpus}) was read; arXiv was not searched, so relevant "
                     "papers outside it are missing from this report.")
    elif settings.offline:
        notes.append("Offline: arXiv was not contacted; the papers come from cached answers of an earlier search, "
                     "and queries with no cached answer were skipped.")
    elif corpus is not None:
        notes.append(f"Papers come from the local corpus ({corpus}){' and the --paper seeds' if seeds else ''}; "
                     "arXiv was not searched (omit --corpus to search it).")
    if not papers:
        notes.append("No paper could be obtained: the ranking and the claims are empty.")
    notes.extend(got.notes)
    if got.requests or got.retries:
        notes.append(f"arXiv: {got.requests} HTTP requests sent, {len(got.retries)} retried.")
        notes.extend(f"arXiv retry: {r}" for r in got.retries[:20])
    if max_papers and len(ranking) > max_papers:
        notes.append(f"Claims were extracted from the top {max_papers} of {len(ranking)} ranked papers (--max-papers).")
    for cp in got.papers:
        for err in cp.parsed.page_errors:
            notes.append(f"{cp.paper.id} page {err.page}: {err.reason}")

    return Report(
        question=question,
        queries=[q.search for q in got.queries],
        query_plan=got.queries,
        papers=papers,
        ranking=ranking,
        ranking_method=describe(settings.embedding_model),
        unreadable=got.unreadable,
        missing=got.missing,
        failed=got.failed,
        claims=claims,
        text_verdicts=text_verdicts,
        experiment_verdicts=experiment_verdicts,
        runs=sorted({r for v in experiment_verdicts for r in v.runs}),
        analysis=analysis,
        notes=notes,
        provenance=make_provenance(settings.offline, str(corpus) if corpus else None, settings.embedding_model),
        verify_mode=verify,
        budget=budget if verify in ("experiment", "all") else None,
    )


def run_report(question: str, corpus: Path | None, out: Path | None, settings: Settings,
               max_papers: int | None, seeds: list[str] | None = None, verify: str = "none",
               budget: str = "smoke", runs_dirs: list[Path] | None = None) -> dict[str, Path]:
    out_dir = out or Path("reports") / slugify(question)
    report = build_report(question, corpus, settings, max_papers, seeds, verify=verify, budget=budget, out=out_dir,
                          runs_dirs=runs_dirs)
    return write_report(report, out_dir)
