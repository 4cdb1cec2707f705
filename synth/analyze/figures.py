"""Report figures as PNG bytes (matplotlib, Agg backend, no display needed).

Each function returns PNG bytes; :func:`to_base64` makes them inlinable in HTML
(``<img src="data:image/png;base64,...">``) and :func:`write_figures` writes them to a directory."""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from synth.records import Correlation, FamilyGroup, LanguageGap, LanguageScore, RobustGain

DPI = 90
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _png(fig) -> bytes:
    buf = io.BytesIO()
    # fixed metadata so the same analysis gives the same bytes
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def per_language_bars(series: Mapping[str, Sequence[LanguageScore]], title: str) -> bytes:
    """Grouped bars: one group per language, one bar per model."""
    models = list(series)
    langs = sorted({s.language for cells in series.values() for s in cells},
                   key=lambda lang: (lang != "en", lang))
    fig, ax = plt.subplots(figsize=(max(6.0, 0.55 * len(langs) * max(1, len(models)) / 1.6), 3.6))
    width = 0.8 / max(1, len(models))
    for k, model in enumerate(models):
        by_lang = {s.language: s.value for s in series[model]}
        xs = [i + (k - (len(models) - 1) / 2) * width for i, lang in enumerate(langs) if lang in by_lang]
        ys = [by_lang[lang] for lang in langs if lang in by_lang]
        ax.bar(xs, ys, width=width, label=model)
    ax.set_xticks(range(len(langs)), langs)
    values = [s.value for cells in series.values() for s in cells]
    if values:
        ax.set_ylim(max(0.0, min(values) - 10), min(100.0, max(values) + 5) if max(values) <= 100 else max(values) * 1.05)
    ax.set_ylabel("score")
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    return _png(fig)


def gap_vs_distance(gaps: Sequence[LanguageGap], correlations: Sequence[Correlation], kinds: Sequence[str],
                    title: str) -> bytes:
    """One panel per distance kind: gap vs distance per model, language labels, least-squares line,
    and rho [CI] in the legend."""
    models = sorted({g.model for g in gaps})
    ncols = min(4, len(kinds))
    nrows = (len(kinds) + ncols - 1) // ncols
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.3 * ncols, 2.9 * nrows), squeeze=False)
    corr = {(c.model, c.distance): c for c in correlations}
    markers = "os^Dv"
    for panel, kind in enumerate(kinds):
        ax = axes[panel // ncols][panel % ncols]
        for k, model in enumerate(models):
            pts = [(g.distances.get(kind), g.gap, g.language) for g in gaps
                   if g.model == model and g.distances.get(kind) is not None]
            if not pts:
                continue
            c = corr.get((model, kind))
            label = model
            if c is not None and c.rho is not None:
                ci = f" [{c.ci_low:.2f}, {c.ci_high:.2f}]" if c.ci_low is not None else ""
                label = f"{model}: ρ={c.rho:.2f}{ci}"
            sc = ax.scatter([p[0] for p in pts], [p[1] for p in pts], marker=markers[k % len(markers)], s=18,
                            label=label)
            for x, y, lang in pts:
                ax.annotate(lang, (x, y), fontsize=6, xytext=(2, 2), textcoords="offset points")
            if c is not None and c.slope is not None:
                lo, hi = min(p[0] for p in pts), max(p[0] for p in pts)
                ax.plot([lo, hi], [c.slope * lo + c.intercept, c.slope * hi + c.intercept],
                        color=sc.get_facecolor()[0], linewidth=1)
        ax.set_xlabel(f"{kind} distance to source", fontsize=8)
        ax.set_ylabel("gap (points)", fontsize=8)
        ax.tick_params(labelsize=7)
        ax.legend(fontsize=6, loc="upper left")
        ax.grid(alpha=0.3)
    for panel in range(len(kinds), nrows * ncols):
        axes[panel // ncols][panel % ncols].axis("off")
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return _png(fig)


def family_bars(groups: Sequence[FamilyGroup], title: str) -> bytes:
    """Mean gap per language family, one bar per model, n in the tick label."""
    models = sorted({g.model for g in groups})
    families = sorted({g.family for g in groups})
    ns = {f: max(g.n for g in groups if g.family == f) for f in families}
    fig, ax = plt.subplots(figsize=(max(5.0, 1.1 * len(families)), 3.4))
    width = 0.8 / max(1, len(models))
    for k, model in enumerate(models):
        by_fam = {g.family: g.mean_gap for g in groups if g.model == model}
        xs = [i + (k - (len(models) - 1) / 2) * width for i, f in enumerate(families) if f in by_fam]
        ax.bar(xs, [by_fam[f] for f in families if f in by_fam], width=width, label=model)
    ax.set_xticks(range(len(families)), [f"{f}\n(n={ns[f]})" for f in families], fontsize=7)
    ax.set_ylabel("mean gap (points)")
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    return _png(fig)


def robust_gain_bars(gain: RobustGain, title: str) -> bytes:
    """Top: baseline and robust accuracy per language; bottom: the gain with its 95% interval."""
    langs = [row.language for row in gain.languages]
    xs = list(range(len(langs)))
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(max(5.5, 0.6 * len(langs) + 1.5), 4.6), sharex=True,
                                      gridspec_kw={"height_ratios": [3, 2]})
    width = 0.38
    top.bar([x - width / 2 for x in xs], [r.baseline for r in gain.languages], width=width, label="baseline")
    top.bar([x + width / 2 for x in xs], [r.robust for r in gain.languages], width=width, label=gain.method)
    values = [v for r in gain.languages for v in (r.baseline, r.robust)]
    top.set_ylim(max(0.0, min(values) - 10), min(100.0, max(values) + 8))
    top.set_ylabel("accuracy (points)", fontsize=8)
    top.legend(fontsize=7, ncol=2, loc="upper right")
    top.grid(axis="y", alpha=0.3)
    gains = [r.gain for r in gain.languages]
    lows = [r.gain - r.ci_low if r.ci_low is not None else 0 for r in gain.languages]
    highs = [r.ci_high - r.gain if r.ci_high is not None else 0 for r in gain.languages]
    colors = ["#2a9d4a" if g >= 0 else "#c0392b" for g in gains]
    bottom.bar(xs, gains, color=colors, width=0.6)
    bottom.errorbar(xs, gains, yerr=[lows, highs], fmt="none", ecolor="#333", capsize=3, linewidth=0.8)
    for x, g in zip(xs, gains):
        bottom.annotate(f"{g:+.1f}", (x, g), fontsize=7, ha="center", xytext=(0, 3 if g >= 0 else -9),
                        textcoords="offset points")
    bottom.axhline(0, color="#333", linewidth=0.8)
    bottom.set_ylabel("gain (points)", fontsize=8)
    bottom.set_xticks(xs, langs)
    bottom.grid(axis="y", alpha=0.3)
    top.set_title(title, fontsize=9)
    fig.tight_layout()
    return _png(fig)


def to_base64(png: bytes) -> str:
    return base64.b64encode(png).decode("ascii")


def write_figures(figures: Mapping[str, str | bytes], directory: Path | str) -> list[Path]:
    """Write figures (base64 strings or PNG bytes) as ``<directory>/<name>.png``; returns the paths."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    out = []
    for name, data in figures.items():
        png = base64.b64decode(data) if isinstance(data, str) else data
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
        p = d / f"{safe}.png"
        p.write_bytes(png)
        out.append(p)
    return out
