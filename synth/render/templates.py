"""Render report files and claim tables with the Jinja2 templates in the repository's templates/."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import jinja2

from synth.errors import SynthError
from synth.records import Report
from synth.render.view import ReportView

CLAIM_COLUMNS = ["id", "paper", "page", "kind", "verdict", "value", "delta", "unit", "metric", "dataset",
                 "model", "method", "languages", "text"]


def templates_dir() -> Path:
    override = os.environ.get("SYNTH_TEMPLATES")
    path = Path(override) if override else Path(__file__).resolve().parents[2] / "templates"
    if not (path / "report.md.j2").is_file():
        raise SynthError(f"report templates not found in {path} (set SYNTH_TEMPLATES to the templates/ directory)")
    return path


def md_cell(value: object) -> str:
    """A value safe inside a Markdown table cell: no newlines, pipes escaped."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    if isinstance(value, float):
        value = f"{value:g}"
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def fmt_num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _environment(html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_cell
    env.filters["num"] = fmt_num
    return env


def render_markdown(report: Report, out_dir: Path | None) -> str:
    return _environment(False).get_template("report.md.j2").render(v=ReportView.build(report, out_dir))


def render_html(report: Report, out_dir: Path | None) -> str:
    return _environment(True).get_template("report.html.j2").render(v=ReportView.build(report, out_dir))


def claims_table(report: Report, fmt: str, out_dir: Path | None) -> str:
    view = ReportView.build(report, out_dir)
    if fmt == "md":
        return _environment(False).get_template("claims.md.j2").render(v=view)
    if fmt == "html":
        return _environment(True).get_template("claims.html.j2").render(v=view)
    if fmt == "csv":
        return _claims_csv(view)
    raise SynthError(f"unknown claims table format {fmt!r}")


def _claims_csv(view: ReportView) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for row in view.claims:
        c = row.claim
        writer.writerow([c.id, c.paper or "", c.page or "", c.kind, row.verdict_label, fmt_num(c.value),
                         fmt_num(c.delta), c.unit or "", c.metric or "", c.dataset or "", c.model or "",
                         c.method or "", " ".join(c.languages), c.text])
    return buf.getvalue()
