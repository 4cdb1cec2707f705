"""Gather the papers of a report from every source: a local corpus, explicit ``--paper`` seeds, and
(with no corpus) a live arXiv search over the planned queries — or, offline, the cached answers of an
earlier search.  Versions and sources are deduplicated; every paper records why it was kept and
every paper or query that failed records the reason, so the report can say so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synth.errors import OfflineError, SynthError
from synth.parse.pdf import UnreadablePdf
from synth.records import Paper, PlannedQuery, RetrievalFailure, UnreadableFile
from synth.retrieve.arxiv_client import (
    ArxivClient,
    ArxivEntry,
    FetchError,
    parse_arxiv_id,
)
from synth.retrieve.corpus import (
    CorpusPaper,
    list_pdfs,
    read_metadata,
    read_paper,
    read_pdfs,
)
from synth.retrieve.queries import QueryPlan
from synth.store import Cache

PER_QUERY = 10  # arXiv results asked for per planned query
DEFAULT_DOWNLOADS = 20  # PDFs fetched from a live search (seeds come on top)

# progress(description, total) -> context manager yielding advance(label); the CLI passes rich bars.
ProgressFactory = Callable[..., Any]


@contextmanager
def _no_progress(description: str, total: int) -> Iterator[Callable[[str], None]]:
    yield lambda label="": None


@dataclass
class Retrieved:
    papers: list[CorpusPaper] = field(default_factory=list)
    unreadable: list[UnreadableFile] = field(default_factory=list)
    failed: list[RetrievalFailure] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    queries: list[PlannedQuery] = field(default_factory=list)
    retrieved_by: dict[str, list[str]] = field(default_factory=dict)  # paper id -> planned query texts
    kept_because: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    requests: int = 0
    retries: list[str] = field(default_factory=list)


def _version_number(v: str | None) -> int:
    return int(v[1:]) if v and v[1:].isdigit() else 0


def dedupe_corpus(papers: list[CorpusPaper]) -> tuple[list[CorpusPaper], list[str]]:
    """One paper per arXiv id (the latest version) and per PDF content; notes say what was dropped."""
    kept: dict[str, CorpusPaper] = {}
    notes = []
    for cp in papers:
        key = f"arxiv:{cp.paper.arxiv_id}" if cp.paper.arxiv_id else f"sha:{cp.paper.pdf_sha256}"
        same_file = next((k for k, v in kept.items() if v.paper.pdf_sha256 == cp.paper.pdf_sha256), None)
        key = same_file or key
        if key in kept:
            old = kept[key]
            newer = _version_number(cp.paper.version) > _version_number(old.paper.version)
            drop, keep = (old, cp) if newer else (cp, old)
            kept[key] = keep
            notes.append(f"Duplicate: {drop.paper.source} is the same paper as {keep.paper.source} "
                         f"({keep.paper.arxiv_id or 'same PDF'}{keep.paper.version or ''}); kept the latter.")
        else:
            kept[key] = cp
    return list(kept.values()), notes


def _paper_from_arxiv(client: ArxivClient, entry: ArxivEntry, cache: Cache) -> CorpusPaper:
    """Download (or read from cache) and parse the PDF of ``entry``; arXiv metadata wins over the PDF's."""
    path, _ = client.pdf(entry)
    meta = {"id": entry.id, "title": entry.title, "authors": entry.authors, "year": entry.year,
            "abstract": entry.abstract or None, "arxiv_id": entry.id}
    cp = read_paper(path, cache, meta)
    paper = cp.paper.model_copy(update={"metadata_from": "arxiv", "version": entry.version or cp.paper.version,
                                        "source": client.pdf_url(entry)})
    return CorpusPaper(paper=paper, parsed=cp.parsed)


def gather(
    plan: QueryPlan,
    corpus: Path | None,
    client: ArxivClient,
    cache: Cache,
    *,
    max_downloads: int = DEFAULT_DOWNLOADS,
    prerank: Callable[[list[Paper]], list[str]] | None = None,
    progress: ProgressFactory = _no_progress,
) -> Retrieved:
    out = Retrieved()
    offline = client.offline

    # 1. The local corpus.
    if corpus is not None:
        pdfs = list_pdfs(corpus)
        with progress("Reading papers", len(pdfs)) as advance:
            read = read_pdfs(pdfs, cache, read_metadata(corpus), on_file=lambda p: advance(p.name))
        papers, notes = dedupe_corpus(read.papers)
        out.papers.extend(papers)
        out.unreadable.extend(read.unreadable)
        out.notes.extend(notes)
        for cp in papers:
            out.kept_because[cp.paper.id] = f"in the local corpus ({corpus})"

    have = {cp.paper.arxiv_id: cp.paper.id for cp in out.papers if cp.paper.arxiv_id}

    # 2. Explicit seeds.
    seed_entries: list[tuple[str, ArxivEntry]] = []
    seen_seeds: set[str] = set()
    for raw in plan.seeds:
        try:
            aid = parse_arxiv_id(raw)
        except ValueError as exc:
            out.failed.append(RetrievalFailure(id=raw, reason=str(exc)))
            continue
        if aid.base in seen_seeds:
            continue
        seen_seeds.add(aid.base)
        if aid.base in have:
            out.kept_because[have[aid.base]] = f"seed (--paper {raw}); found in the local corpus"
            continue
        try:
            entry = client.lookup(aid)
        except OfflineError:
            out.missing.append(str(aid))
            out.failed.append(RetrievalFailure(id=raw, reason="offline, and not in the corpus or the cache"))
            continue
        except FetchError as exc:
            out.missing.append(str(aid))
            out.failed.append(RetrievalFailure(id=raw, reason=str(exc)))
            continue
        if entry.withdrawn:
            out.missing.append(str(aid))
            out.failed.append(RetrievalFailure(
                id=raw, reason=f"withdrawn ({entry.versioned}: {entry.comment or entry.abstract[:120]})"))
            continue
        seed_entries.append((raw, entry))

    # 3. Live search (or its cached answers) when no corpus was given.
    candidates: dict[str, ArxivEntry] = {}
    found_by: dict[str, list[str]] = {}
    best_pos: dict[str, int] = {}
    searched = 0
    live = list(plan.queries) if corpus is None else []
    with progress("Searching arXiv", len(live)) as advance:
        for q in plan.queries:
            results = None
            if q in live and not (offline and not client.is_cached_search(q.search, PER_QUERY)):
                try:
                    entries = client.search(q.search, PER_QUERY)
                except FetchError as exc:
                    out.failed.append(RetrievalFailure(id=q.text, kind="query", reason=str(exc)))
                    entries = None
                if entries is not None:
                    searched += 1
                    results = len(entries)
                    if not entries:
                        out.notes.append(f"arXiv returned no results for the query {q.search!r}.")
                    for pos, entry in enumerate(entries):
                        if entry.withdrawn:
                            continue
                        old = candidates.get(entry.id)
                        if old is None or _version_number(entry.version) > _version_number(old.version):
                            candidates[entry.id] = entry
                        found_by.setdefault(entry.id, [])
                        if q.text not in found_by[entry.id]:
                            found_by[entry.id].append(q.text)
                        best_pos[entry.id] = min(best_pos.get(entry.id, pos), pos)
            if q in live:
                advance(q.text[:40])
            out.queries.append(PlannedQuery(text=q.text, search=q.search, why=q.why, results=results))

    if corpus is None and offline and searched == 0 and not seed_entries:
        wanted = " (and the seeds " + ", ".join(plan.seeds) + ")" if plan.seeds else ""
        raise OfflineError(
            f"offline: no --corpus given, and the cache ({cache.root}) holds no arXiv results for this question's "
            f"{len(plan.queries)} queries{wanted}; pass --corpus DIR (a directory of PDFs) or run once online")

    # 4. Choose which search results to download: seeds always; then the best candidates.
    for _, entry in seed_entries:
        candidates.pop(entry.id, None)
    chosen = list(candidates.values())
    if len(chosen) > max_downloads:
        if prerank is not None:
            stubs = [Paper(id=e.id, title=e.title, abstract=e.abstract, source="", pdf_sha256="") for e in chosen]
            order = {pid: i for i, pid in enumerate(prerank(stubs))}
            chosen.sort(key=lambda e: order.get(e.id, len(order)))
        else:
            chosen.sort(key=lambda e: (-len(found_by[e.id]), best_pos[e.id], e.id))
        out.notes.append(f"arXiv search found {len(candidates)} papers; the {max_downloads} most relevant by title "
                         f"and abstract were downloaded, {len(chosen) - max_downloads} were not.")
        chosen = chosen[:max_downloads]

    todo = [(f"seed (--paper {raw})", e) for raw, e in seed_entries]
    for e in chosen:
        qs = found_by[e.id]
        todo.append((f"found by {len(qs)} of {len(plan.queries)} queries (best position {best_pos[e.id] + 1})", e))
    with progress("Downloading PDFs", len(todo)) as advance:
        for why, entry in todo:
            try:
                cp = _paper_from_arxiv(client, entry, cache)
            except OfflineError:
                out.missing.append(entry.versioned)
                out.failed.append(RetrievalFailure(id=entry.versioned, reason="offline, and its PDF is not cached"))
            except FetchError as exc:
                out.missing.append(entry.versioned)
                out.failed.append(RetrievalFailure(id=entry.versioned, reason=f"PDF download failed: {exc}"))
            except UnreadablePdf as exc:
                out.unreadable.append(UnreadableFile(path=client.pdf_url(entry), reason=str(exc)))
            except (OSError, SynthError) as exc:
                out.failed.append(RetrievalFailure(id=entry.versioned, reason=str(exc)))
            else:
                out.papers.append(cp)
                out.kept_because[cp.paper.id] = why
                if entry.id in found_by:
                    out.retrieved_by[cp.paper.id] = list(found_by[entry.id])
            advance(entry.versioned)

    out.requests = client.requests
    out.retries = list(client.events)
    return out
