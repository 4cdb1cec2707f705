"""Rank papers by relevance to the question: embedding similarity plus key-term overlap."""

from __future__ import annotations

import re

from synth.records import Paper, PaperRanking
from synth.retrieve.embedder import Embedder

SEMANTIC_WEIGHT = 0.75  # the lexical share rewards papers that name the question's benchmarks/models

_STOPWORDS = set(
    """a an and are as at be by can do does for from how in into is it its of on or over than that the
    their this to vary varies what when where which while who why with across between under using via
    about among both each other such these those""".split()
)


def describe(model_name: str) -> str:
    return (f"Score = {SEMANTIC_WEIGHT:.2f} × semantic (cosine of {model_name} embeddings, question vs title + "
            f"abstract + first page) + {1 - SEMANTIC_WEIGHT:.2f} × lexical (share of the question's key terms "
            "that the paper mentions).")


def key_terms(question: str) -> list[str]:
    """Content words and hyphenated names of the question, lowercased, in order, without repeats."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Za-z]", question)
    seen: list[str] = []
    for w in words:
        t = w.lower()
        if t not in _STOPWORDS and len(t) > 2 and t not in seen:
            seen.append(t)
    return seen


def paper_text(paper: Paper, first_page: str) -> str:
    parts = [paper.title, paper.abstract or "", first_page[:2000]]
    return "\n".join(p for p in parts if p)


def _stem(term: str) -> str:
    return re.sub(r"(ies|es|s)$", "", term) if len(term) > 4 else term


def lexical_overlap(terms: list[str], text: str) -> tuple[float, list[str]]:
    low = text.lower()
    matched = [t for t in terms if _stem(t) in low]
    return (len(matched) / len(terms) if terms else 0.0), matched


def rank_papers(
    question: str, papers: list[Paper], first_pages: dict[str, str], embedder: Embedder
) -> list[PaperRanking]:
    if not papers:
        return []
    texts = [paper_text(p, first_pages.get(p.id, "")) for p in papers]
    vectors = embedder.encode([question] + texts)
    semantic = vectors[1:] @ vectors[0]
    terms = key_terms(question)
    scored = []
    for paper, text, sim in zip(papers, texts, semantic):
        lex, matched = lexical_overlap(terms, text)
        score = SEMANTIC_WEIGHT * float(sim) + (1 - SEMANTIC_WEIGHT) * lex
        scored.append((score, float(sim), lex, matched, paper.id))
    scored.sort(key=lambda s: (-s[0], s[4]))
    return [
        PaperRanking(paper=pid, rank=i + 1, score=round(score, 4), semantic=round(sim, 4),
                     lexical=round(lex, 4), matched_terms=matched)
        for i, (score, sim, lex, matched, pid) in enumerate(scored)
    ]
