"""Rank papers by relevance to the question: embeddings against the question and the planned queries,
plus BM25 over the plan's term groups (each group a concept with its synonyms).

Semantic part: cosine similarity of sentence-transformers embeddings of the question and of each
planned query against two views of the paper (title + abstract; the first page after the abstract,
which the embedding model would otherwise truncate away).  A paper's similarity to a query is the
better of its two views; the semantic score mixes the question's similarity with the mean over the
queries, so a paper that matches several facets of the question beats one that matches a single
generic phrase.

Lexical part: BM25 over the plan's term groups (a group matches when any of its aliases occurs),
with the title counted three times and idf taken over the papers being ranked, normalised to [0, 1]
by the score a paper would get with every group saturated.  Named benchmarks and models weigh more
than plain content words.  No paper id is special anywhere: everything comes from the question.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from synth.records import Paper, PaperRanking
from synth.retrieve.embedder import Embedder
from synth.retrieve.queries import (
    STOPWORDS,
    QueryPlan,
    TermGroup,
    content_words,
    plan_queries,
)

SEMANTIC_WEIGHT = 0.6
QUESTION_SHARE = 0.5  # of the semantic part: question vs mean over planned queries
QUERY_MATCH_SIM = 0.40  # a planned query "matches" a paper at this similarity or when its terms occur
BM25_K1 = 1.2
BM25_B = 0.75
TITLE_REPEAT = 3
FIRST_PAGE_CHARS = 2000

_STOPWORDS = STOPWORDS  # kept for callers of the earlier module


def describe(model_name: str) -> str:
    return (f"Score = {SEMANTIC_WEIGHT:.2f} × semantic + {1 - SEMANTIC_WEIGHT:.2f} × lexical. Semantic: cosine of "
            f"{model_name} embeddings of the paper (title + abstract, and first page) against the question "
            f"({QUESTION_SHARE:.0%}) and against the planned queries (mean, {1 - QUESTION_SHARE:.0%}). Lexical: BM25 "
            "over the question's key terms and their synonyms (title counted ×3, idf over the ranked papers), "
            "scaled to 0–1. Matched queries: those the paper answers (similarity ≥ "
            f"{QUERY_MATCH_SIM:.2f} or its terms occur) or that retrieved it from arXiv.")


def key_terms(question: str) -> list[str]:
    """Content words and hyphenated names of the question, lowercased, in order, without repeats."""
    return content_words(question)


def paper_text(paper: Paper, first_page: str) -> str:
    parts = [paper.title, paper.abstract or "", first_page[:FIRST_PAGE_CHARS]]
    return "\n".join(p for p in parts if p)


def _stem(term: str) -> str:
    return re.sub(r"(ies|es|s)$", "", term) if len(term) > 4 else term


def lexical_overlap(terms: list[str], text: str) -> tuple[float, list[str]]:
    """Share of ``terms`` that occur in ``text`` (plural-insensitive), and which."""
    low = text.lower()
    matched = [t for t in terms if _stem(t) in low]
    return (len(matched) / len(terms) if terms else 0.0), matched


@lru_cache(maxsize=512)
def alias_pattern(alias: str) -> re.Pattern:
    """Word-bounded; case-sensitive for names with capitals (mBERT, XLM), else any case; a space and a
    hyphen (or a line break) are interchangeable; a plural or adverb ending is allowed ("typologically")
    and a lower-case alias may be a stem ("language famil" + "ies")."""
    words = re.split(r"[\s\-]+", alias.strip())
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    if alias == alias.lower():
        return re.compile(rf"(?<![A-Za-z0-9]){body}(?:s|es|ly|ally|ies|ical|y)?(?![A-Za-z0-9])", re.IGNORECASE)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?:s)?(?![A-Za-z0-9])")


def group_counts(groups: list[TermGroup], title: str, body: str) -> tuple[list[int], list[str]]:
    """Occurrences of each group's aliases (the title counted TITLE_REPEAT times), and the aliases found."""
    counts, found = [], []
    for g in groups:
        n = 0
        for alias in g.aliases:
            pat = alias_pattern(alias)
            k = TITLE_REPEAT * len(pat.findall(title)) + len(pat.findall(body))
            if k and alias not in found:
                found.append(alias)
            n += k
        counts.append(n)
    return counts, found


def bm25_scores(groups: list[TermGroup], docs: list[tuple[str, str]]) -> tuple[np.ndarray, list[list[str]]]:
    """Normalised BM25 per document (title, body) over term groups, and the aliases each matched."""
    if not docs or not groups:
        return np.zeros(len(docs)), [[] for _ in docs]
    per_doc = [group_counts(groups, t, b) for t, b in docs]
    counts = np.array([c for c, _ in per_doc], dtype=float)  # docs × groups
    lengths = np.array([len(re.findall(r"\w+", b)) + TITLE_REPEAT * len(re.findall(r"\w+", t)) for t, b in docs],
                       dtype=float)
    avg = max(lengths.mean(), 1.0)
    n = len(docs)
    df = (counts > 0).sum(axis=0)
    # Lucene's idf (always positive), floored so a term every paper shares still counts a little.
    idf = np.maximum(np.log(1 + (n - df + 0.5) / (df + 0.5)), 0.1)
    weights = np.array([g.weight for g in groups]) * idf
    norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths / avg)
    tf = counts * (BM25_K1 + 1) / (counts + norm[:, None])
    best = (weights * (BM25_K1 + 1)).sum()
    scores = (tf * weights).sum(axis=1) / best if best > 0 else np.zeros(n)
    return scores, [found for _, found in per_doc]


def after_abstract(paper: Paper, first_page: str) -> str:
    """The first page without its title block and abstract (which the paper's metadata already hold),
    cut to FIRST_PAGE_CHARS."""
    page = first_page
    if paper.abstract:
        tail = paper.abstract[-60:]
        cut = page.find(tail)
        if cut >= 0:
            page = page[cut + len(tail):]
    return page.strip()[:FIRST_PAGE_CHARS]


def _views(paper: Paper, first_page: str) -> tuple[str, str]:
    head = "\n".join(p for p in (paper.title, paper.abstract or "") if p)
    return head, (after_abstract(paper, first_page) or head)


def rank_papers(
    question: str,
    papers: list[Paper],
    first_pages: dict[str, str],
    embedder: Embedder,
    plan: QueryPlan | None = None,
    retrieved_by: dict[str, list[str]] | None = None,
) -> list[PaperRanking]:
    """Every paper, best first, with its score parts, matched terms and matched queries.

    ``retrieved_by`` maps a paper id to the planned-query texts that found it on arXiv; they count as
    matched queries whatever the similarity."""
    if not papers:
        return []
    plan = plan or plan_queries(question)
    retrieved_by = retrieved_by or {}
    queries = plan.queries
    views = [_views(p, first_pages.get(p.id, "")) for p in papers]
    flat = [v for pair in views for v in pair]
    vectors = embedder.encode([question] + [q.text for q in queries] + flat)
    qv, query_vecs, pv = vectors[0], vectors[1 : 1 + len(queries)], vectors[1 + len(queries):]
    head_vecs, page_vecs = pv[0::2], pv[1::2]
    sim_question = np.maximum(head_vecs @ qv, page_vecs @ qv)
    if len(queries):
        sim_queries = np.maximum(head_vecs @ query_vecs.T, page_vecs @ query_vecs.T)  # papers × queries
        semantic = QUESTION_SHARE * sim_question + (1 - QUESTION_SHARE) * sim_queries.mean(axis=1)
    else:
        sim_queries = np.zeros((len(papers), 0))
        semantic = sim_question

    groups = plan.groups or [TermGroup(t, (t,), 1.0) for t in content_words(question)]
    docs = [(p.title, "\n".join(x for x in (p.abstract or "", after_abstract(p, first_pages.get(p.id, ""))) if x))
            for p in papers]
    lexical, matched_terms = bm25_scores(groups, docs)

    scored = []
    for i, paper in enumerate(papers):
        score = SEMANTIC_WEIGHT * float(semantic[i]) + (1 - SEMANTIC_WEIGHT) * float(lexical[i])
        mq = list(retrieved_by.get(paper.id, []))
        for j, q in enumerate(queries):
            hit_terms = any(a in matched_terms[i] for g in groups if g.name in q.groups for a in g.aliases)
            if (sim_queries[i, j] >= QUERY_MATCH_SIM or hit_terms) and q.text not in mq:
                mq.append(q.text)
        scored.append((score, float(semantic[i]), float(lexical[i]), matched_terms[i], mq, paper.id))
    scored.sort(key=lambda s: (-s[0], s[5]))
    return [
        PaperRanking(paper=pid, rank=i + 1, score=round(score, 4), semantic=round(sem, 4), lexical=round(lex, 4),
                     matched_terms=terms, matched_queries=mq)
        for i, (score, sem, lex, terms, mq, pid) in enumerate(scored)
    ]
