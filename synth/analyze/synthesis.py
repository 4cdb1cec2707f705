"""synth's own findings from the per-language analysis, written as claims that carry their numbers and
the table they rest on.  Only what the numbers bear out is stated as a relation: a correlation whose
bootstrap interval excludes 0; one whose interval holds 0 is stated as "no clear relation"."""

from __future__ import annotations

from synth.records import Analysis, Claim, Correlation

MIN_LANGUAGES = 8  # fewer target languages than this and a rank correlation says little; no finding


def _source(c: Correlation) -> str:
    return f"{c.paper} {c.table}" if c.table else (c.paper or "the papers' tables")


def _correlation_finding(n: int, c: Correlation) -> Claim:
    interval = f"95% interval [{c.ci_low:.2f}, {c.ci_high:.2f}]"
    if c.ci_low > 0:
        relation = f"grows with {c.distance} distance from the source language"
    elif c.ci_high < 0:
        relation = f"shrinks as {c.distance} distance from the source language grows"
    else:
        relation = f"shows no clear relation with {c.distance} distance"
    text = (f"For {c.model} on {c.dataset}, the zero-shot transfer gap {relation} "
            f"(Spearman rho = {c.rho:.2f}, {interval}, {c.n} target languages, from {_source(c)}).")
    return Claim(id=f"synth:finding:{n}", paper=None, kind="numeric", text=text, value=round(c.rho, 2),
                 metric="Spearman rho", dataset=c.dataset, model=c.model, languages=list(c.languages),
                 cues=["synth analysis"], section="synthesis")


def findings(analysis: Analysis, distances: tuple[str, ...] = ("syntactic", "genetic", "geographic")) -> list[Claim]:
    """One finding per (dataset, model, distance) with enough languages, in the order of ``distances``;
    then, where at least two families have two or more languages, the family with the largest mean gap."""
    out: list[Claim] = []
    usable = [c for c in analysis.correlations
              if c.distance in distances and c.rho is not None and c.ci_low is not None and c.n >= MIN_LANGUAGES]
    for c in sorted(usable, key=lambda c: (c.dataset, c.model, distances.index(c.distance))):
        out.append(_correlation_finding(len(out) + 1, c))
    by_series: dict[tuple[str, str], list] = {}
    for g in analysis.family_groups:
        if g.n >= 2:
            by_series.setdefault((g.dataset, g.model), []).append(g)
    for (dataset, model), groups in sorted(by_series.items()):
        if len(groups) < 2:
            continue
        top = max(groups, key=lambda g: g.mean_gap)
        others = ", ".join(f"{g.family} {g.mean_gap:.1f}" for g in groups if g is not top)
        text = (f"For {model} on {dataset}, the {top.family} languages ({', '.join(top.languages)}) have the largest "
                f"mean zero-shot transfer gap of the families with two or more languages: {top.mean_gap:.1f} points "
                f"(others: {others}).")
        out.append(Claim(id=f"synth:finding:{len(out) + 1}", paper=None, kind="numeric", text=text,
                         value=round(top.mean_gap, 1), unit="points", metric="transfer gap", dataset=dataset,
                         model=model, languages=list(top.languages), cues=["synth analysis"], section="synthesis"))
    return out
