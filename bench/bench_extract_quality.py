"""Precision and recall of the claim extractor against hand labels (tests/extract/labels/*.yaml).

A label file lists, for one paper, every result-table cell (table label, page, row label, values)
and every sentence that reports a result number (page, opening words, and the fields its claim should
carry), written by reading the PDF; ``not_results`` lists sentences whose numbers are not results
(counts, sizes, settings).  A table-cell claim matches a label when paper, page, table label and value
agree and the row label occurs in the claim's row header (case, spaces and hyphens ignored); each
label matches once.  A numeric sentence claim matches when its page agrees and its text starts with
the labelled words.  Scope: table claims from ``pages`` (all pages when absent; none when the file
has no ``tables``), sentence claims from ``sentence_pages`` (default: ``pages``).  For matched
sentences, each labelled field (value, delta, unit, metric, dataset, model, languages as a set) is
compared with the claim's; "fields" is the share that agree.

    .venv/bin/python bench/bench_extract_quality.py [--json OUT] [--verbose]
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


FIELDS = ("value", "delta", "unit", "metric", "dataset", "model", "languages")


def _field_agrees(name: str, expected, claim) -> bool:
    got = getattr(claim, name)
    if name in ("value", "delta"):
        return got is not None and expected is not None and abs(float(expected) - got) < 1e-6 \
            or got is None and expected is None
    if name == "languages":
        return set(expected or []) == set(got)
    return expected == got


def _score_cells(spec: dict, claims: list) -> dict:
    if "tables" not in spec:
        return {"labels": 0, "extracted": 0, "matched": 0, "missed": [], "extra": []}
    pages = set(spec.get("pages") or range(1, 10_000))
    cell_claims = [c for c in claims if c.table and c.page in pages]
    labels = [(t["label"], t["page"], _norm(row), float(v))
              for t in spec["tables"] for row, values in t["rows"] for v in values]
    free = list(range(len(labels)))
    extra = []
    for claim in cell_claims:
        row = _norm(claim.row or "")
        match = next((i for i in free if labels[i][0] == claim.table and labels[i][1] == claim.page
                      and claim.value is not None and abs(labels[i][3] - claim.value) < 1e-6
                      and labels[i][2] in row), None)
        if match is None:
            extra.append(claim.text)
        else:
            free.remove(match)
    return {"labels": len(labels), "extracted": len(cell_claims), "matched": len(cell_claims) - len(extra),
            "missed": [labels[i] for i in free], "extra": extra}


def _score_sentences(spec: dict, claims: list) -> dict:
    pages = set(spec.get("sentence_pages") or spec.get("pages") or range(1, 10_000))
    sentence_claims = [c for c in claims if not c.table and c.kind == "numeric" and c.page in pages]
    labels = spec.get("sentences") or []
    keys = [(s["page"], _norm(s["starts"])) for s in labels]
    negatives = [(s["page"], _norm(s["starts"])) for s in spec.get("not_results") or []]
    free = list(range(len(labels)))
    extra, wrong_fields = [], []
    fields_checked = fields_right = 0
    for claim in sentence_claims:
        text = _norm(claim.text)
        match = next((i for i in free if keys[i][0] == claim.page and text.startswith(keys[i][1])), None)
        if match is None:
            negative = any(p == claim.page and text.startswith(k) for p, k in negatives)
            extra.append(("NOT-RESULT " if negative else "") + claim.text)
            continue
        free.remove(match)
        for name in FIELDS:
            if name in labels[match]:
                fields_checked += 1
                if _field_agrees(name, labels[match][name], claim):
                    fields_right += 1
                else:
                    wrong_fields.append(f"{name}: want {labels[match][name]!r} got {getattr(claim, name)!r} "
                                        f"| {claim.text[:90]}")
    return {"labels": len(labels), "extracted": len(sentence_claims), "matched": len(labels) - len(free),
            "missed": [f"p{labels[i]['page']} {labels[i]['starts']}" for i in free], "extra": extra,
            "fields_checked": fields_checked, "fields_right": fields_right, "wrong_fields": wrong_fields,
            "negatives": len(negatives), "negatives_extracted": sum(e.startswith("NOT-RESULT") for e in extra)}


def score_paper(label_file: Path, papers: Path = PAPERS) -> dict:
    spec = yaml.safe_load(label_file.read_text())
    paper = str(spec["paper"])
    parsed, _ = parse_pdf(papers / f"{paper}.pdf", paper)
    claims = extract_claims(parsed)
    return {"paper": paper, "cells": _score_cells(spec, claims), "sentences": _score_sentences(spec, claims)}


def totals(results: list[dict]) -> dict[str, dict[str, float]]:
    out = {}
    for kind in ("cells", "sentences"):
        labels = sum(r[kind]["labels"] for r in results)
        extracted = sum(r[kind]["extracted"] for r in results)
        matched = sum(r[kind]["matched"] for r in results)
        out[kind] = {"labels": labels, "extracted": extracted, "matched": matched,
                     "precision": matched / extracted if extracted else 1.0,
                     "recall": matched / labels if labels else 1.0}
    s = out["sentences"]
    s["fields_checked"] = sum(r["sentences"]["fields_checked"] for r in results)
    s["fields_right"] = sum(r["sentences"]["fields_right"] for r in results)
    s["field_accuracy"] = s["fields_right"] / s["fields_checked"] if s["fields_checked"] else 1.0
    s["negatives"] = sum(r["sentences"]["negatives"] for r in results)
    s["negatives_extracted"] = sum(r["sentences"]["negatives_extracted"] for r in results)
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
                for w in k.get("wrong_fields", []):
                    print("    field ", w)
    t = totals(results)
    for kind, k in t.items():
        print(f"{'ALL':<12} {kind:<10} {k['labels']:>6} {k['extracted']:>6} {k['matched']:>6} "
              f"{k['precision']:>6.3f} {k['recall']:>6.3f}")
    s = t["sentences"]
    print(f"sentence fields right {s['fields_right']}/{s['fields_checked']} ({s['field_accuracy']:.3f}); "
          f"labelled non-results extracted as numeric claims {s['negatives_extracted']}/{s['negatives']}")
    if args.json:
        args.json.write_text(json.dumps({"papers": results, "totals": t}, indent=1))


if __name__ == "__main__":
    main()
