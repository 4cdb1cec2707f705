"""Retriever benchmarks (not tests): ranking time on the 16-paper shared corpus, requests made by a
second identical retrieval (must be 0), and time to first result against the local fake arXiv
(tests/retrieve/fake_arxiv.py on 127.0.0.1, serving ../shared/data/papers).

    .venv/bin/python bench/bench_retrieve.py [--json out.json]

Prints a table and writes JSON.  Needs no network; the embedding model is the bundled MiniLM.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "retrieve"))
PAPERS = Path(os.environ.get("SYNTH_SHARED_DIR", ROOT.parent / "shared")) / "data" / "papers"

QUESTION = ("How does the robustness of multilingual encoders in zero-shot cross-lingual transfer vary on "
            "XTREME-R across language families or typological features?")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    from fake_arxiv import FakeArxiv
    from synth.retrieve import embedder as embedder_module
    from synth.retrieve.arxiv_client import ArxivClient
    from synth.retrieve.corpus import load_corpus
    from synth.retrieve.embedder import Embedder
    from synth.retrieve.queries import plan_queries
    from synth.retrieve.ranking import rank_papers
    from synth.retrieve.sources import gather
    from synth.store import Cache

    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        cache = Cache(Path(tmp) / "cache")
        corpus = load_corpus(PAPERS, cache)  # parse once; ranking is timed on its own
        papers = [cp.paper for cp in corpus.papers]
        first = {cp.paper.id: cp.parsed.page_text[0] for cp in corpus.papers}
        plan = plan_queries(QUESTION)

        t = time.perf_counter()
        embedder_module._load(Embedder("all-MiniLM-L6-v2", cache, True).location, True)
        rows.append(("embedding model load", time.perf_counter() - t, "s"))
        for label in ("ranking, 16 papers, cold embedding cache", "ranking, 16 papers, warm embedding cache"):
            t = time.perf_counter()
            ranking = rank_papers(QUESTION, papers, first, Embedder("all-MiniLM-L6-v2", cache, True), plan)
            rows.append((label, time.perf_counter() - t, "s"))
        order = [r.paper for r in ranking]

        with FakeArxiv(PAPERS) as server:
            # Time to first result with the real 3 s politeness (the first request is never delayed).
            client = ArxivClient(server.api, server.pdf, Cache(Path(tmp) / "ttfr"), min_interval=3.0, timeout=10)
            t = time.perf_counter()
            client.search(plan.queries[0].search)
            rows.append(("time to first search result (local server)", time.perf_counter() - t, "s"))
            t = time.perf_counter()
            client.pdf(client.search(plan.queries[1].search)[0])  # two more requests, each 3 s after the last
            rows.append(("second search + first PDF on disk (two 3 s waits)", time.perf_counter() - t, "s"))
            client.close()

            # Full retrieval twice; politeness off here so the benchmark does not sleep minutes.
            live_cache = Cache(Path(tmp) / "live")
            for run in ("first", "second"):
                client = ArxivClient(server.api, server.pdf, live_cache, min_interval=0.0, timeout=10)
                t = time.perf_counter()
                got = gather(plan, None, client, live_cache)
                wall = time.perf_counter() - t
                rows.append((f"{run} retrieval: wall time (politeness off)", wall, "s"))
                rows.append((f"{run} retrieval: HTTP requests", client.requests, "requests"))
                rows.append((f"{run} retrieval: papers", len(got.papers), "papers"))
                if run == "first":
                    rows.append(("first retrieval: lower bound with 3 s politeness", 3.0 * (client.requests - 1),
                                 "s"))
                client.close()

    print(f"{'figure':58s} {'value':>10s}  unit")
    for name, value, unit in rows:
        print(f"{name:58s} {value:10.3f}  {unit}" if isinstance(value, float) else f"{name:58s} {value:10d}  {unit}")
    print("ranking order:", " ".join(order))
    out = {"rows": [{"figure": n, "value": v, "unit": u} for n, v, u in rows], "ranking_order": order}
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
