"""Analyze the default report's claims: URIEL+ load, analysis time (cold, then with warm caches),
figures' total size.

    .venv/bin/python bench/bench_analyze.py [--report REPORT.json] [--resamples N]
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from synth.analyze import analyze_report
from synth.analyze import typology as T
from synth.records import Claim
from synth.store import Cache

DEFAULT = ROOT / "reports" / "how-does-the-robustness-of-multilingual-encoders-in-zero" / "report.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--report", type=Path, default=DEFAULT)
    ap.add_argument("--resamples", type=int, default=2000)
    args = ap.parse_args()
    t = time.perf_counter()
    claims = [Claim.model_validate(c) for c in json.loads(args.report.read_text())["claims"]]
    load_claims = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        cache = Cache(tmp)
        t = time.perf_counter()
        cold = analyze_report(claims, "en", resamples=args.resamples, cache=cache)
        cold_s = time.perf_counter() - t
        T._MEMORY.clear()  # keep URIEL+ loaded; distances now come from the disk cache
        t = time.perf_counter()
        warm = analyze_report(claims, "en", resamples=args.resamples, cache=cache)
        warm_s = time.perf_counter() - t
        t = time.perf_counter()
        analyze_report(claims, "en", resamples=args.resamples, cache=cache, with_figures=False)
        nofig_s = time.perf_counter() - t
    sizes = {k: len(base64.b64decode(v)) for k, v in warm.figures.items()}
    print(f"claims: {len(claims)} (read in {load_claims:.2f} s); per-language cells: {len(cold.per_language)}; "
          f"gaps: {len(cold.gaps)}; correlations: {len(cold.correlations)}; resamples: {args.resamples}")
    print(f"{'step':<38}{'seconds':>9}")
    print(f"{'urielplus load (once per process)':<38}{T.load_seconds():>9.2f}")
    print(f"{'analysis, cold (URIEL+ load, distances)':<38}{cold_s:>9.2f}")
    print(f"{'analysis, warm distance cache':<38}{warm_s:>9.2f}")
    print(f"{'analysis, warm, without figures':<38}{nofig_s:>9.2f}")
    for k, v in cold.timings.items():
        print(f"{'  cold: ' + k:<38}{v:>9.2f}")
    print(f"{'figure':<38}{'bytes':>9}")
    for k, v in sizes.items():
        print(f"{k:<38}{v:>9}")
    total_b64 = sum(len(v) for v in warm.figures.values())
    print(f"{'total PNG / base64':<38}{sum(sizes.values()):>9} / {total_b64}")


if __name__ == "__main__":
    main()
