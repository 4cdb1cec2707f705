"""Precision and recall of the claim extractor against hand labels (tests/extract/labels/*.yaml).

A label file lists, for one paper, every result-table cell (table label, page, row label, values)
and every sentence that reports a result number (page, opening words), written by reading the PDF.
A table-cell claim matches a label when paper, page, table label and value agree and the row label
occurs in the claim's row header (case, spaces and hyphens ignored); each label matches once.
A numeric sentence claim matches when its page agrees and its text starts with the labelled words.

    .venv/bin/python bench/bench_extract_quality.py [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from synth.extract.claims import extract_claims  # noqa: E402
from synth.parse.pdf import parse_pdf  # noqa: E402

LABELS = ROOT / "tests" / "extract" / "labels"
PAPERS = ROOT.parent / "shared" / "data" / "papers"


def _norm(text: str) -> str:
    return re.sub(r"[\s\-‐–]+", "", text).lower().replace("’", "'")


def score_paper(label_file: Path, papers: Path = PAPERS) -> dict:
    spec = yaml.safe_load(label_file.read_text())
    paper = str(spec["paper"])
    parsed, _ = parse_pdf(papers / f"{paper}.pdf", paper)
    claims = extract_claims(parsed)
    pages = set(spec.get("pages") or range(1, parsed.pages + 1))
    cell_claims = [c for c in claims if c.table and c.page in pages]
    sentence_claims = [c for c in claims if not c.table and c.kind == "numeric" and c.page in pages]
    labels = [(t["label"], t["page"], _norm(row), float(v))
              for t in spec["tables"] for row, values in t["rows"] for v in values]
    free = list(range(len(labels)))
    cell_hits = 0
    misses_extra = []
    for claim in cell_claims:
        row = _norm(claim.row or "")
        match = next((i for i in free if labels[i][0] == claim.table and labels[i][1] == claim.page
                      and claim.value is not None and abs(labels[i][3] - claim.value) < 1e-6
                      and labels[i][2] in row), None)
        if match is None:
            misses_extra.append(claim.text)
        else:
            free.remove(match)
            cell_hits += 1
    sentences = [(s["page"], _norm(s["starts"])) for s in spec.get("sentences") or []]
    sent_free = list(range(len(sentences)))
    sent_hits = 0
    for claim in sentence_claims:
        text = _norm(claim.text)
        match = next((i for i in sent_free if sentences[i][0] == claim.page and text.startswith(sentences[i][1])), None)
        if match is not None:
            sent_free.remove(match)
            sent_hits += 1
    return {
        "paper": paper,
        "cells": {"labels": len(labels), "extracted": len(cell_claims), "matched": cell_hits,
                  "missed": [labels[i] for i in free], "extra": misses_extra},
        "sentences": {"labels": len(sentences), "extracted": len(sentence_claims), "matched": sent_hits,
                      "extra": [c.text for c in sentence_claims if not any(
                          _norm(c.text).startswith(sentences[i][1]) for i in range(len(sentences)))]},
    }


def totals(results: list[dict]) -> dict[str, dict[str, float]]:
    out = {}
    for kind in ("cells", "sentences"):
        labels = sum(r[kind]["labels"] for r in results)
        extracted = sum(r[kind]["extracted"] for r in results)
        matched = sum(r[kind]["matched"] for r in results)
        out[kind] = {"labels": labels, "extracted": extracted, "matched": matched,
                     "precision": matched / extracted if extracted else 1.0,
                     "recall": matched / labels if labels else 1.0}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    ap.add_argument("--verbose", action="store_true", help="list missed labels and unmatched claims")
    args = ap.parse_args()
    results = [score_paper(f) for f in sorted(LABELS.glob("*.yaml"))]
    print(f"{'paper':<12} {'class':<10} {'labels':>6} {'claims':>6} {'match':>6} {'prec':>6} {'recall':>6}")
    for r in results:
        for kind in ("cells", "sentences"):
            k = r[kind]
            p = k["matched"] / k["extracted"] if k["extracted"] else 1.0
            rc = k["matched"] / k["labels"] if k["labels"] else 1.0
            print(f"{r['paper']:<12} {kind:<10} {k['labels']:>6} {k['extracted']:>6} {k['matched']:>6} {p:>6.3f} {rc:>6.3f}")
            if args.verbose:
                for m in k.get("missed", []):
                    print("    missed", m)
                for e in k["extra"]:
                    print("    extra ", e[:150])
    t = totals(results)
    for kind, k in t.items():
        print(f"{'ALL':<12} {kind:<10} {k['labels']:>6} {k['extracted']:>6} {k['matched']:>6} "
              f"{k['precision']:>6.3f} {k['recall']:>6.3f}")
    if args.json:
        args.json.write_text(json.dumps({"papers": results, "totals": t}, indent=1))


if __name__ == "__main__":
    main()
