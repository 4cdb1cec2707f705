"""Find the papers for a question: query planning (queries), the arXiv client (arxiv_client), local corpora
(corpus), gathering from all sources (sources), embeddings (embedder) and ranking (ranking)."""
