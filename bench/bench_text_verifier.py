"""Accuracy and speed of the text verifier on the hand-labelled claim set (tests/verify/labels) and
end-to-end time for the 12 seed claims.  Prints tables; --json PATH writes the figures."""

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

from synth.claimsets import load_claim_set  # noqa: E402
from synth.retrieve.corpus import load_corpus  # noqa: E402
from synth.retrieve.embedder import Embedder  # noqa: E402
from synth.store import Cache  # noqa: E402
from synth.verify.evaluation import evaluate, load_labels  # noqa: E402
from synth.verify.evidence import EvidenceIndex, build_units  # noqa: E402
from synth.verify.text import TextVerifier  # noqa: E402


def build(corpus: Path, cache: Cache) -> TextVerifier:
    read = load_corpus(corpus, cache)
    docs = build_units([c.paper for c in read.papers], [c.parsed for c in read.papers])
    return TextVerifier(EvidenceIndex(docs, Embedder("sentence-transformers/all-MiniLM-L6-v2", cache, True)))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "papers")
    p.add_argument("--labels", type=Path, default=ROOT / "tests" / "verify" / "labels" / "text_claims.yaml")
    p.add_argument("--cache-dir", type=Path, default=None, help="default: a fresh temporary cache (cold)")
    p.add_argument("--json", type=Path, default=None)
    p.add_argument("--show-errors", action="store_true")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Cache(args.cache_dir or tmp)
        t0 = time.perf_counter()
        build(args.corpus, cache)
        cold_index = time.perf_counter() - t0
        t0 = time.perf_counter()
        verifier = build(args.corpus, cache)
        warm_index = time.perf_counter() - t0
        labels = load_labels(args.labels)
        t0 = time.perf_counter()
        scores = evaluate(verifier, labels)
        per_claim = (time.perf_counter() - t0) / len(labels)
        seed = load_claim_set(ROOT / "claims" / "seed_report.yaml").entries
        t0 = time.perf_counter()
        seed_verdicts = [verifier.verify(e.id, e.claim) for e in seed]
        seed_time = time.perf_counter() - t0
    print(scores.table())
    print()
    print(f"{'figure':<40} {'value':>10}")
    print(f"{'index build, cold cache (s)':<40} {cold_index:>10.1f}")
    print(f"{'index build, warm cache (s)':<40} {warm_index:>10.1f}")
    print(f"{'seconds per claim (warm)':<40} {per_claim:>10.2f}")
    print(f"{'12 seed claims, verify only (s)':<40} {seed_time:>10.1f}")
    print("seed verdicts: " + ", ".join(f"{v.claim_id}={v.verdict}" for v in seed_verdicts))
    if args.show_errors:
        for c, v in scores.results:
            if c.expected != v.verdict:
                print(f"\n{c.id} [{c.type}] expected {c.expected}, got {v.verdict}: {c.claim}\n  basis: {v.basis}")
                for e in v.evidence[:1]:
                    print(f"  evidence: {e.paper} p.{e.page}: {e.quote[:200]}")
    if args.json:
        args.json.write_text(json.dumps({
            "accuracy": scores.accuracy,
            "by_expected": scores.accuracy_by("expected"),
            "by_type": scores.accuracy_by("type"),
            "index_cold_s": cold_index, "index_warm_s": warm_index, "seconds_per_claim": per_claim,
            "seed_verify_s": seed_time,
        }, indent=2))


if __name__ == "__main__":
    sys.exit(main())
