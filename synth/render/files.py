"""The files a report leaves behind: report.json (the state), report.md, report.html."""

from __future__ import annotations

import base64
import os
import tempfile
from pathlib import Path

from synth.errors import SynthError
from synth.records import Report
from synth.render.templates import render_html, render_markdown

REPORT_JSON = "report.json"


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a report is meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(report: Report, out_dir: Path) -> dict[str, Path]:
    """Render everything first, then write: a failed render leaves an earlier report untouched."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {
        "json": (out_dir / REPORT_JSON, report.model_dump_json(indent=2)),
        "md": (out_dir / "report.md", render_markdown(report, out_dir)),
        "html": (out_dir / "report.html", render_html(report, out_dir)),
    }
    for path, text in files.values():
        _write_atomic(path, text)
    if report.analysis and report.analysis.figures:
        figures = out_dir / "figures"
        figures.mkdir(exist_ok=True)
        for name, data in report.analysis.figures.items():
            (figures / f"{name}.png").write_bytes(base64.b64decode(data))
    return {k: p for k, (p, _) in files.items()}


def load_report(report_dir: Path) -> Report:
    path = report_dir / REPORT_JSON
    if not path.is_file():
        raise SynthError(f"{report_dir} holds no {REPORT_JSON}; is it a report directory written by 'synth report'?")
    try:
        return Report.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        first = str(exc).splitlines()[0]
        raise SynthError(f"{path} is not a valid synth report ({first})") from None
