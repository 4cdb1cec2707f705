"""`synth verify`: claim set → evidence index over the corpus → verdicts → JSON/Markdown (+ report files)."""

from __future__ import annotations

from pathlib import Path

from synth.claimsets import ClaimSet, load_claim_set
from synth.cli.progress import progress_bar, status
from synth.cli.provenance import make_provenance
from synth.errors import OfflineError, UsageError
from synth.parse.numbers import find_numbers
from synth.records import Claim, Report, TextVerdict
from synth.render.files import write_report
from synth.retrieve.corpus import list_pdfs, read_metadata, read_pdfs
from synth.retrieve.embedder import Embedder
from synth.settings import Settings
from synth.verify.evidence import EvidenceIndex, build_units
from synth.verify.text import TextVerifier


def _claim_record(entry_id: str, text: str) -> Claim:
    numeric = any(not n.count for n in find_numbers(text))
    return Claim(id=entry_id, paper=None, kind="numeric" if numeric else "qualitative", text=text)


def verify_claim_set(claims_file: Path, corpus: Path | None, settings: Settings, mode: str) -> tuple[Report, ClaimSet]:
    if mode != "text":
        raise UsageError(f"--mode {mode}: only text verification is available in this version")
    claim_set = load_claim_set(claims_file)
    if corpus is None:
        if settings.offline:
            raise OfflineError("offline: no --corpus given, and fetching papers needs the network; pass --corpus DIR")
        raise UsageError("--corpus DIR is required: this version verifies against local corpora only")
    pdfs = list_pdfs(corpus)
    with progress_bar("Reading papers", len(pdfs)) as advance:
        read = read_pdfs(pdfs, settings.cache, read_metadata(corpus), on_file=lambda p: advance(p.name))
    papers = [cp.paper for cp in read.papers]
    status(f"Indexing evidence in {len(papers)} papers")
    docs = build_units(papers, [cp.parsed for cp in read.papers])
    index = EvidenceIndex(docs, Embedder(settings.embedding_model, settings.cache, settings.offline))
    verifier = TextVerifier(index)
    verdicts: list[TextVerdict] = []
    with progress_bar("Verifying claims", len(claim_set.entries)) as advance:
        for entry in claim_set.entries:
            verdicts.append(verifier.verify(entry.id, entry.claim))
            advance(entry.id)
    known = {p.id for p in papers} | {p.arxiv_id for p in papers if p.arxiv_id}
    missing = [c for c in claim_set.cites if c.split("v")[0] not in known]
    notes = []
    if missing:
        notes.append(f"The claim set cites papers that are not in the corpus: {', '.join(missing)}. Claims that "
                     "only those papers could support come out not_in_corpus here.")
    report = Report(
        question=f"Verification of {claims_file.name}" + (f" ({claim_set.source})" if claim_set.source else ""),
        papers=papers,
        unreadable=read.unreadable,
        missing=missing,
        claims=[_claim_record(e.id, e.claim) for e in claim_set.entries],
        text_verdicts=verdicts,
        notes=notes,
        provenance=make_provenance(settings.offline, str(corpus), settings.embedding_model),
    )
    return report, claim_set


def verdict_rows(report: Report) -> list[dict]:
    """The JSON contract of `synth verify` (DESIGN.md)."""
    verdicts = {v.claim_id: v for v in report.text_verdicts}
    rows = []
    for claim in report.claims:
        v = verdicts[claim.id]
        rows.append({
            "id": claim.id,
            "claim": claim.text,
            "verdict": v.verdict,
            "confidence": v.confidence,
            "basis": v.basis,
            "evidence": [{"paper": e.paper, "page": e.page, "quote": e.quote} | ({"table": e.table} if e.table else {})
                         for e in v.evidence],
            "experiment": None,
        })
    return rows


def write_verification(report: Report, out: Path) -> dict[str, Path]:
    return write_report(report, out)
