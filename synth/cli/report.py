"""`synth report`: corpus → parse → rank → extract → render."""

from __future__ import annotations

import re
from pathlib import Path

from synth.cli.progress import progress_bar, status
from synth.cli.provenance import make_provenance
from synth.errors import OfflineError, UsageError
from synth.extract.claims import extract_claims
from synth.records import Report
from synth.render.files import write_report
from synth.retrieve.corpus import list_pdfs, read_metadata, read_pdfs
from synth.retrieve.embedder import Embedder
from synth.retrieve.ranking import describe, rank_papers
from synth.settings import Settings


def slugify(question: str, limit: int = 60) -> str:
    words = re.findall(r"[a-z0-9]+", question.lower())
    slug = ""
    for w in words:
        if len(slug) + len(w) + 1 > limit:
            break
        slug = f"{slug}-{w}" if slug else w
    return slug or "report"


def build_report(question: str, corpus: Path | None, settings: Settings, max_papers: int | None) -> Report:
    if corpus is None:
        if settings.offline:
            raise OfflineError("offline: no --corpus given, and finding papers on arXiv needs the network; "
                               "pass --corpus DIR (a directory of PDFs)")
        raise UsageError("--corpus DIR is required: this version reads local corpora only (live arXiv retrieval "
                         "is not built yet)")
    cache = settings.cache
    pdfs = list_pdfs(corpus)
    with progress_bar("Reading papers", len(pdfs)) as advance:
        read = read_pdfs(pdfs, cache, read_metadata(corpus), on_file=lambda p: advance(p.name))
    status(f"Read {len(read.papers)} papers from {corpus}" + (f"; {len(read.unreadable)} unreadable" if read.unreadable else ""))

    papers = [cp.paper for cp in read.papers]
    first_pages = {cp.paper.id: (cp.parsed.page_text[0] if cp.parsed.page_text else "") for cp in read.papers}
    embedder = Embedder(settings.embedding_model, cache, settings.offline)
    status("Ranking papers by relevance")
    ranking = rank_papers(question, papers, first_pages, embedder)

    by_id = {cp.paper.id: cp for cp in read.papers}
    kept = [r.paper for r in ranking][: max_papers or None]
    claims = []
    with progress_bar("Extracting claims", len(kept)) as advance:
        for pid in kept:
            cp = by_id[pid]
            claims.extend(extract_claims(cp.parsed, cp.paper.version))
            advance(pid)

    notes = [
        "Claims are extracted, not yet verified: no verifier ran in this report, so no claim is marked "
        "supported or contradicted.",
    ]
    if settings.offline:
        notes.append(f"Offline: only the local corpus ({corpus}) was read; arXiv was not searched, so relevant "
                     "papers outside it are missing from this report.")
    if max_papers and len(ranking) > max_papers:
        notes.append(f"Claims were extracted from the top {max_papers} of {len(ranking)} ranked papers (--max-papers).")
    for cp in read.papers:
        for err in cp.parsed.page_errors:
            notes.append(f"{cp.paper.id} page {err.page}: {err.reason}")

    return Report(
        question=question,
        papers=papers,
        ranking=ranking,
        ranking_method=describe(settings.embedding_model),
        unreadable=read.unreadable,
        claims=claims,
        notes=notes,
        provenance=make_provenance(settings.offline, str(corpus), settings.embedding_model),
    )


def run_report(question: str, corpus: Path | None, out: Path | None, settings: Settings,
               max_papers: int | None) -> dict[str, Path]:
    report = build_report(question, corpus, settings, max_papers)
    out_dir = out or Path("reports") / slugify(question)
    return write_report(report, out_dir)
