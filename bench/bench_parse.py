"""Parse and extract the whole shared corpus: seconds, pages per second, tables, claims, peak memory.

    .venv/bin/python bench/bench_parse.py [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from synth.extract.claims import extract_claims  # noqa: E402
from synth.parse.pdf import parse_pdf  # noqa: E402

PAPERS = ROOT.parent / "shared" / "data" / "papers"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    rows = []
    start = time.perf_counter()
    for pdf in sorted(PAPERS.glob("*.pdf")):
        t0 = time.perf_counter()
        parsed, _ = parse_pdf(pdf, pdf.stem)
        t1 = time.perf_counter()
        claims = extract_claims(parsed)
        t2 = time.perf_counter()
        rows.append({"paper": pdf.stem[:24], "pages": parsed.pages, "parse_s": t1 - t0, "extract_s": t2 - t1,
                     "tables": len(parsed.tables), "cell_claims": sum(1 for c in claims if c.table),
                     "sentence_claims": sum(1 for c in claims if not c.table)})
    total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'paper':<26}{'pages':>6}{'parse s':>9}{'extract s':>10}{'tables':>7}{'cells':>7}{'sents':>7}")
    for r in rows:
        print(f"{r['paper']:<26}{r['pages']:>6}{r['parse_s']:>9.2f}{r['extract_s']:>10.2f}{r['tables']:>7}"
              f"{r['cell_claims']:>7}{r['sentence_claims']:>7}")
    pages = sum(r["pages"] for r in rows)
    print(f"{'TOTAL':<26}{pages:>6}{total:>19.2f}{sum(r['tables'] for r in rows):>7}"
          f"{sum(r['cell_claims'] for r in rows):>7}{sum(r['sentence_claims'] for r in rows):>7}")
    print(f"pages/s {pages / total:.1f}   peak RSS {peak_mb:.0f} MB   (goal: whole corpus <= 15 s)")
    if args.json:
        args.json.write_text(json.dumps({"papers": rows, "total_s": total, "pages_per_s": pages / total,
                                         "peak_rss_mb": peak_mb}, indent=1))


if __name__ == "__main__":
    main()
