"""Benchmark the offline multilingual-e5-small loader (synth.verify.experiment.e5_encoder).

Figures: first conversion (empty cache), cached load, embedding throughput at batch 32, peak RSS.
Each phase runs in a fresh Python process so that its time and peak RSS are its own.

    .venv/bin/python bench/bench_e5_encoder.py [--sentences 256] [--repeats 3] [--out figures.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XNLI_DIR = ROOT.parent / "shared" / "data" / "xnli"
FALLBACK_SENTENCES = [
    "The committee approved the new budget after a long debate.",
    "Der Ausschuss genehmigte nach langer Debatte den neuen Haushalt.",
    "Le comité a approuvé le nouveau budget après un long débat.",
    "El comité aprobó el nuevo presupuesto tras un largo debate.",
    "委员会经过长时间的辩论后批准了新预算。",
    "Комитет одобрил новый бюджет после долгих дебатов.",
    "الطقس اليوم مشمس مع رياح خفيفة.",
    "आज मौसम धूप वाला है और हल्की हवा चल रही है।",
]


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _sentences(n: int) -> tuple[list[str], str]:
    files = sorted(XNLI_DIR.glob("dev-*.tsv"))
    if not files:
        return [FALLBACK_SENTENCES[i % len(FALLBACK_SENTENCES)] for i in range(n)], "built-in sentences (repeated)"
    per_file = [f.read_text(encoding="utf-8").splitlines() for f in files]
    texts = []
    row = 0
    while len(texts) < n:
        for lines in per_file:
            if len(texts) < n:
                texts.append(lines[row % len(lines)].split("\t")[0])
        row += 1
    return texts, f"XNLI dev premises, {len(files)} languages interleaved"


def _phase(name: str, cache_dir: str, sentences: int, batch_size: int, repeats: int) -> dict:
    t0 = time.perf_counter()
    import torch
    from transformers import BertModel, PreTrainedTokenizerFast  # noqa: F401  (timed as imports, not load)

    from synth.store import Cache
    from synth.verify.experiment.e5_encoder import load_e5_small

    imports_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    encoder = load_e5_small(Cache(cache_dir))
    result = {"phase": name, "load_s": time.perf_counter() - t0, "imports_s": imports_s}
    if name == "cached":
        texts, source = _sentences(sentences)
        texts = ["passage: " + t for t in texts]
        encoder.embed(texts[:batch_size], batch_size=batch_size)  # warm-up
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            encoder.embed(texts, batch_size=batch_size)
            times.append(time.perf_counter() - t0)
        result.update(
            sentences=len(texts),
            text_source=source,
            batch_size=batch_size,
            embed_s=times,
            # Best of the repeats: the machine is shared, and the slower runs measure the neighbours.
            sentences_per_s=len(texts) / min(times),
            sentences_per_s_median=len(texts) / sorted(times)[len(times) // 2],
            torch_threads=torch.get_num_threads(),
            info=encoder.info,
        )
    result["peak_rss_mib"] = _peak_rss_mib()
    return result


def _run_phase(name: str, cache_dir: str, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, __file__, "--phase", name, "--cache-dir", cache_dir,
           "--sentences", str(args.sentences), "--batch-size", str(args.batch_size), "--repeats", str(args.repeats)]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        sys.exit(f"phase {name} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the figures as JSON here (default: stdout table only)")
    parser.add_argument("--sentences", type=int, default=256, help="sentences embedded for the throughput figure")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3, help="timed embedding passes (best and median reported)")
    parser.add_argument("--phase", choices=["convert", "cached"], help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:
        print(json.dumps(_phase(args.phase, args.cache_dir, args.sentences, args.batch_size, args.repeats)))
        return

    with tempfile.TemporaryDirectory(prefix="synth-bench-e5-") as cache_dir:
        convert = _run_phase("convert", cache_dir, args)
        cached = _run_phase("cached", cache_dir, args)

    figures = {
        "benchmark": "e5_encoder",
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "first_conversion_s": round(convert["load_s"], 2),
        "first_conversion_peak_rss_mib": round(convert["peak_rss_mib"]),
        "cached_load_s": round(cached["load_s"], 2),
        "imports_s": round(cached["imports_s"], 2),
        "embed_sentences_per_s": round(cached["sentences_per_s"], 1),
        "embed_sentences_per_s_median": round(cached["sentences_per_s_median"], 1),
        "embed_pass_s": [round(t, 2) for t in cached["embed_s"]],
        "embed_batch_size": cached["batch_size"],
        "embed_sentences": cached["sentences"],
        "embed_text_source": cached["text_source"],
        "torch_threads": cached["torch_threads"],
        "cached_peak_rss_mib": round(cached["peak_rss_mib"]),
        "model": cached["info"],
    }
    rows = [
        ("first conversion (empty cache)", f"{figures['first_conversion_s']:.2f} s"),
        ("  peak RSS", f"{figures['first_conversion_peak_rss_mib']} MiB"),
        ("cached load", f"{figures['cached_load_s']:.2f} s"),
        ("  (torch + transformers imports, not included)", f"{figures['imports_s']:.2f} s"),
        (f"embedding, batch {figures['embed_batch_size']} (best)", f"{figures['embed_sentences_per_s']:.1f} sentences/s"),
        ("  median of repeats", f"{figures['embed_sentences_per_s_median']:.1f} sentences/s"),
        ("  peak RSS (cached load + embedding)", f"{figures['cached_peak_rss_mib']} MiB"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"e5_encoder benchmark ({figures['embed_sentences']} sentences: {figures['embed_text_source']}; "
          f"{figures['torch_threads']} torch threads)")
    for label, value in rows:
        print(f"{label:<{width}}  {value:>20}")
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
