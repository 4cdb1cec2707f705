"""Find the papers for a question: local corpora now; the live arXiv client plugs in here."""
