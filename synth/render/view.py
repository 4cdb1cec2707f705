"""What the templates see: the Report plus lookups and links, computed once, no new results."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from synth.records import Claim, Evidence, Paper, PaperRanking, Report, RobustGain, SkippedRun, TextVerdict
from synth.render.limitations import limitations


def pdf_link(paper: Paper | None, page: int | None, out_dir: Path | None) -> str | None:
    """``paper.pdf#page=N``: relative to the report directory for local files, the URL otherwise."""
    if paper is None:
        return None
    src = paper.source
    if not src.startswith(("http://", "https://")):
        src = Path(src).as_posix()
        if out_dir is not None:
            try:
                src = Path(os.path.relpath(src, out_dir.resolve())).as_posix()
            except ValueError:  # another drive on Windows
                pass
    return f"{src}#page={page}" if page else src


def relative_path(path: str, out_dir: Path | None) -> str:
    """``path`` relative to the report directory (as given when there is none)."""
    if out_dir is None:
        return Path(path).as_posix()
    try:
        return Path(os.path.relpath(Path(path).resolve(), out_dir.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


@dataclass(frozen=True)
class RunLink:
    run: str
    method: str
    link: str  # the run directory, relative to the report


@dataclass(frozen=True)
class RobustView:
    gain: RobustGain
    runs: list[RunLink]
    figure: str | None  # base64 PNG


@dataclass(frozen=True)
class SkippedRunRow:
    skipped: SkippedRun
    link: str


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    paper_title: str
    link: str | None
    verdict: TextVerdict | None

    @property
    def verdict_label(self) -> str:
        return self.verdict.verdict if self.verdict else "not verified"


@dataclass(frozen=True)
class TableGroup:
    """The claims read from one table, shown as one line: a reader follows the link to the table."""

    paper: str
    page: int
    table: str
    claims: int
    link: str | None


@dataclass(frozen=True)
class EvidenceRow:
    evidence: Evidence
    link: str | None


@dataclass(frozen=True)
class VerdictRow:
    claim: Claim
    verdict: TextVerdict
    evidence: list[EvidenceRow]


@dataclass(frozen=True)
class RankingRow:
    ranking: PaperRanking
    paper: Paper
    link: str | None
    claims: int


@dataclass(frozen=True)
class ReportView:
    report: Report
    claims: list[ClaimRow]
    ranking: list[RankingRow]
    verdicts: list[VerdictRow]
    tables: list[TableGroup]
    robust: list[RobustView]
    skipped_runs: list[SkippedRunRow]
    limitations: list[str]
    claim_text: dict[str, str]

    @property
    def paper_figures(self) -> dict[str, str]:
        """The per-language figures from the papers' tables (the robust-training ones are shown apart)."""
        a = self.report.analysis
        robust = {g.figure for g in a.robust_gains} if a else set()
        return {k: v for k, v in (a.figures if a else {}).items() if k not in robust}

    @property
    def sentence_claims(self) -> list[ClaimRow]:
        return [row for row in self.claims if row.claim.table is None]

    @property
    def findings(self) -> list[ClaimRow]:
        """synth's own claims from its analysis (they also stand in the claims table)."""
        return [row for row in self.claims if row.claim.section == "synthesis" and row.claim.paper is None]

    @classmethod
    def build(cls, report: Report, out_dir: Path | None) -> "ReportView":
        papers = {p.id: p for p in report.papers}
        verdicts = {v.claim_id: v for v in report.text_verdicts}
        claims = [
            ClaimRow(
                claim=c,
                paper_title=papers[c.paper].title if c.paper in papers else (c.paper or ""),
                link=pdf_link(papers.get(c.paper or ""), c.page, out_dir),
                verdict=verdicts.get(c.id),
            )
            for c in report.claims
        ]
        per_paper: dict[str, int] = {}
        for c in report.claims:
            per_paper[c.paper or ""] = per_paper.get(c.paper or "", 0) + 1
        ranking = [
            RankingRow(ranking=r, paper=papers[r.paper], link=pdf_link(papers[r.paper], None, out_dir),
                       claims=per_paper.get(r.paper, 0))
            for r in report.ranking
            if r.paper in papers
        ]
        by_claim = {c.id: c for c in report.claims}
        verdict_rows = [
            VerdictRow(claim=by_claim[v.claim_id], verdict=v,
                       evidence=[EvidenceRow(e, pdf_link(papers.get(e.paper), e.page, out_dir)) for e in v.evidence])
            for v in report.text_verdicts if v.claim_id in by_claim
        ]
        groups: dict[tuple[str, int, str], int] = {}
        for c in report.claims:
            if c.table is not None:
                key = (c.paper or "", c.page or 0, c.table)
                groups[key] = groups.get(key, 0) + 1
        tables = [TableGroup(paper=k[0], page=k[1], table=k[2], claims=n, link=pdf_link(papers.get(k[0]), k[1], out_dir))
                  for k, n in groups.items()]
        a = report.analysis
        robust = [RobustView(
            gain=g, figure=a.figures.get(g.figure) if g.figure else None,
            runs=[RunLink(run=r, method=m, link=relative_path(g.run_paths.get(r, r), out_dir))
                  for m, ids in (("baseline", g.baseline_runs), (g.method, g.robust_runs)) for r in ids])
            for g in (a.robust_gains if a else [])]
        skipped = [SkippedRunRow(s, relative_path(s.path, out_dir)) for s in (a.skipped_runs if a else [])]
        return cls(report=report, claims=claims, ranking=ranking, verdicts=verdict_rows, tables=tables,
                   robust=robust, skipped_runs=skipped, limitations=limitations(report),
                   claim_text={c.id: c.text for c in report.claims})
