"""Wall time and peak memory of `synth report` on the shared corpus, cold cache then warm cache.

Prints a table and, with --json PATH, writes the figures as JSON.  Each run is a separate process
(as a user runs it); peak memory is that process's max RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = ("How does the robustness of multilingual encoders in zero-shot cross-lingual transfer vary on "
            "XTREME-R across language families or typological features?")
# Runs the command as a child and reports the child's own peak RSS (KiB on Linux).
MEASURE = ("import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(rc)")


def run_once(corpus: Path, cache: Path, out: Path) -> tuple[float, float]:
    cmd = [sys.executable, "-c", MEASURE, sys.executable, "-m", "synth.cli.app", "report", "--question", QUESTION,
           "--corpus", str(corpus), "--offline", "--out", str(out), "--cache-dir", str(cache)]
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"report failed: {proc.stderr.strip()}")
    peak_kib = float(proc.stdout.strip().splitlines()[-1])
    return wall, peak_kib / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "papers")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache, out = Path(tmp) / "cache", Path(tmp) / "report"
        cold = run_once(args.corpus, cache, out)
        warm = run_once(args.corpus, cache, out)
        claims = len(json.loads((out / "report.json").read_text())["claims"])
    rows = {"cold cache": cold, "warm cache": warm}
    print(f"synth report on {args.corpus} ({claims} claims)")
    print(f"{'run':<12} {'wall s':>8} {'peak MiB':>9}")
    for name, (wall, mib) in rows.items():
        print(f"{name:<12} {wall:>8.1f} {mib:>9.0f}")
    if args.json:
        args.json.write_text(json.dumps({k: {"wall_s": round(w, 2), "peak_mib": round(m)} for k, (w, m) in rows.items()}
                                        | {"claims": claims}, indent=2))


if __name__ == "__main__":
    main()
