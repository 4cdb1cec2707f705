"""The limitations of one report, stated from its own state: what could not be read, what the
correlations rest on, which verification ran and at what scale.  Every sentence is built from the
Report's fields; a sentence whose data is absent is left out, never written as boilerplate."""

from __future__ import annotations

from collections import Counter, defaultdict

from synth.records import Analysis, Correlation, Report, RobustGain
from synth.verify.experiment.diagnostics import MIN_LEARNED


def _widths(correlations: list[Correlation]) -> tuple[float, float] | None:
    ws = [c.ci_high - c.ci_low for c in correlations if c.ci_low is not None and c.ci_high is not None]
    return (min(ws), max(ws)) if ws else None


def _span(lo: float, hi: float) -> str:
    return f"{lo:.2f}" if abs(hi - lo) < 0.005 else f"{lo:.2f} to {hi:.2f}"


def missing_papers(report: Report) -> list[str]:
    out = []
    failed = [f for f in report.failed if f.kind == "paper"]
    failed_ids = {f.id for f in failed}
    if failed:
        out.append(f"{len(failed)} paper(s) could not be obtained, so nothing they say is in this report: "
                   + "; ".join(f"{f.id} ({f.reason})" for f in failed) + ".")
    missing = [m for m in report.missing if m not in failed_ids]
    if missing:
        out.append(f"{len(missing)} cited or requested paper(s) are not in the corpus: {', '.join(missing)}"
                   + ("; claims only they could support come out not_in_corpus." if report.text_verdicts else "."))
    if report.unreadable:
        out.append(f"{len(report.unreadable)} file(s) could not be read and contribute nothing: "
                   + "; ".join(f"{u.path.rsplit('/', 1)[-1]} ({u.reason})" for u in report.unreadable) + ".")
    if report.provenance.offline and report.provenance.corpus:
        out.append(f"Only the {len(report.papers)} readable papers of the local corpus {report.provenance.corpus} "
                   "were read (offline); papers outside it are not considered.")
    return out


def extraction_scope(report: Report) -> list[str]:
    out = []
    table_claims = [c for c in report.claims if c.table is not None]
    if table_claims:
        tables = {(c.paper, c.page, c.table) for c in table_claims}
        captioned = sum(1 for t in tables if t[2].lower().startswith("table"))
        out.append(f"{len(table_claims)} claims are table cells from {len(tables)} tables, {captioned} of them "
                   "introduced by a 'Table N' caption: tables are read only where such a caption introduces them, "
                   "so uncaptioned tables and numbers inside figures are not among the claims.")
    a = report.analysis
    if a is not None and a.per_language:
        tables = {(s.paper, s.table) for s in a.per_language}
        papers = {s.paper for s in a.per_language}
        out.append(f"The per-language scores come from {len(a.per_language)} single-language table cells in "
                   f"{len(tables)} tables of {len(papers)} papers; per-language numbers given only in running "
                   "text are not part of them.")
    return out


def correlation_basis(analysis: Analysis) -> list[str]:
    out = []
    series: dict[tuple[str, str], list[Correlation]] = defaultdict(list)
    for c in analysis.correlations:
        series[(c.dataset, c.model)].append(c)
    for (dataset, model), cs in sorted(series.items()):
        n = max(c.n for c in cs)
        source = next((f"{c.paper} {c.table}" for c in cs if c.paper), "the papers' tables")
        widths = _widths(cs)
        holds_zero = sum(1 for c in cs if c.ci_low is not None and c.ci_low <= 0 <= c.ci_high)
        text = f"{dataset} {model}: the correlations with typology rest on {n} target languages from one table row ({source})"
        if widths:
            text += (f"; their 95% intervals are {_span(*widths)} wide (Spearman rho spans -1 to 1), and {holds_zero} of "
                     f"{sum(1 for c in cs if c.ci_low is not None)} include 0")
        out.append(text + ".")
    return out


def robust_basis(gain: RobustGain) -> str:
    head = (f"Robust training, {gain.dataset} {gain.encoder.rsplit('/', 1)[-1]} {gain.method} vs baseline at budget "
            f"{gain.budget}: {len(gain.seeds)} seed{'s' if len(gain.seeds) != 1 else ''} ({', '.join(map(str, gain.seeds))}), "
            + (f"{gain.steps} optimizer steps, " if gain.steps else (f"{gain.epochs:g} epochs, " if gain.epochs else ""))
            + f"{gain.test_rows} test rows per language")
    if gain.ci_low is not None:
        head += (f"; the mean gain over target languages is {gain.mean_gain:+.2f} points with a 95% interval "
                 f"[{gain.ci_low:+.2f}, {gain.ci_high:+.2f}] ({gain.ci_high - gain.ci_low:.1f} points wide)")
    defined = [c for c in gain.correlations if c.rho is not None]
    if gain.correlations and not defined:
        head += "; no gain-distance correlation is defined (the gain does not vary across languages)"
    elif defined:
        widths = _widths(defined)
        head += f"; its correlations with typology rest on {max(c.n for c in defined)} target languages"
        if widths:
            head += f", intervals {_span(*widths)} wide"
    return head + "."


def verification_scope(report: Report) -> list[str]:
    mode = report.verify_mode
    out = []
    if mode == "none" or (mode is None and not report.text_verdicts and not report.experiment_verdicts):
        out.append("No claim was verified (--verify none): every claim is reported as extracted, not as supported "
                   "or contradicted.")
    elif report.text_verdicts:
        counts = Counter(v.verdict for v in report.text_verdicts)
        out.append(f"Text verification checked {len(report.text_verdicts)} sentence claims against the corpus ("
                   + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())) + "); table cells were not checked again.")
    if mode in ("experiment", "all") or report.experiment_verdicts:
        counts = Counter(v.verdict for v in report.experiment_verdicts)
        if report.experiment_verdicts:
            ran = len(report.experiment_verdicts) - counts.get("not_run", 0)
            out.append(f"Experiment verification ran {ran} of {len(report.experiment_verdicts)} claim(s)"
                       + (f" at budget {report.budget}" if report.budget else "") + " ("
                       + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())) + ").")
        else:
            out.append(f"Experiment verification was asked for (budget {report.budget}) but no claim named a "
                       "robust-training method together with PAWS-X or XNLI, so no run was started.")
    return out


def experiment_scale(report: Report) -> list[str]:
    gains = report.analysis.robust_gains if report.analysis else []
    out = [robust_basis(g) for g in gains]
    budgets = sorted({v.budget for v in report.experiment_verdicts if v.budget})
    out.extend(f"Experiment scale: {b}." for b in budgets)
    if not gains and not report.runs:
        out.append("No experiment runs are part of this report: every robust-training number in it is a paper's, "
                   "not measured by synth.")
    unlearned = sorted({r for v in report.experiment_verdicts for r in v.unlearned_runs})
    if unlearned:
        out.append(f"{len(unlearned)} run(s) did not learn their task at this budget (English test accuracy within "
                   f"{MIN_LEARNED:g} points of always answering the majority label): the verdicts leave their seeds out (rule 0), "
                   "and the per-language gains that include them say so.")
    rising = sorted({r for v in report.experiment_verdicts for r in v.rising_runs})
    if rising:
        out.append(f"{len(rising)} run(s) were still improving on English dev at their last evaluation: the budget "
                   "stops training before convergence, so the measured deltas describe early training, not the "
                   "converged models a paper reports.")
    skipped = report.analysis.skipped_runs if report.analysis else []
    if skipped:
        unfinished = sum(1 for s in skipped if s.reason.startswith("unfinished"))
        out.append(f"{len(skipped)} run(s) were left out of the robust-training analysis"
                   + (f" ({unfinished} unfinished)" if unfinished else "") + "; each is listed with its reason.")
    notes = sorted({g.weights_note for g in gains if g.weights_note}
                   | {v.weights_note for v in report.experiment_verdicts if v.weights_note})
    out.extend((n[0].upper() + n[1:] if n.lower().startswith("encoder weights") else f"Encoder weights: {n}")
               .rstrip(".") + "." for n in notes)
    return out


def limitations(report: Report) -> list[str]:
    """This report's limitations, each sentence from its data."""
    out = missing_papers(report) + extraction_scope(report)
    if report.analysis is not None:
        out += correlation_basis(report.analysis)
    return out + verification_scope(report) + experiment_scale(report)
