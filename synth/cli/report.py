"""`synth report`: plan queries → gather papers (corpus, seeds, arXiv) → parse → rank → extract → render."""

from __future__ import annotations

import re
from pathlib import Path

from synth.cli.progress import progress_bar, status
from synth.cli.provenance import make_provenance
from synth.errors import SynthError
from synth.extract.claims import extract_claims
from synth.records import Analysis, Claim, Report, TextVerdict
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


def analyse_languages(claims: list[Claim], settings: Settings) -> tuple[Analysis | None, list[str]]:
    """Per-language scores from the claims against typology; a note instead when that cannot run."""
    try:
        from synth.analyze import analyze_report
    except ImportError as exc:
        return None, [f"Per-language analysis skipped: {exc.name} is not installed (pip install -e '.[experiments]')."]
    status("Analysing per-language results against language typology")
    try:
        analysis = analyze_report(claims, cache=settings.cache)
    except SynthError as exc:
        return None, [f"Per-language analysis skipped: {exc}"]
    if not analysis.gaps:
        return None, ["Per-language analysis: no zero-shot XNLI or PAWS-X table with per-language scores was found "
                      "among the claims."]
    return analysis, []


def build_report(question: str, corpus: Path | None, settings: Settings, max_papers: int | None,
                 seeds: list[str] | None = None, client: ArxivClient | None = None,
                 verify: str = "none") -> Report:
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
    else:
        notes = [
            "Claims are extracted, not yet verified: no verifier ran in this report (see --verify), so no claim is "
            "marked supported or contradicted.",
        ]
    analysis, analysis_notes = analyse_languages(claims, settings)
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
        analysis=analysis,
        notes=notes,
        provenance=make_provenance(settings.offline, str(corpus) if corpus else None, settings.embedding_model),
    )


def run_report(question: str, corpus: Path | None, out: Path | None, settings: Settings,
               max_papers: int | None, seeds: list[str] | None = None, verify: str = "none") -> dict[str, Path]:
    report = build_report(question, corpus, settings, max_papers, seeds, verify=verify)
    out_dir = out or Path("reports") / slugify(question)
    return write_report(report, out_dir)
