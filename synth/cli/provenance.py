"""What produced a report: versions, command line, git revision."""

from __future__ import annotations

import platform
import shlex
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import synth
from synth.records import Provenance

PACKAGES = ["torch", "transformers", "sentence-transformers", "pymupdf", "pydantic", "jinja2", "numpy"]


def package_versions(names: list[str] = PACKAGES) -> dict[str, str]:
    out = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


def git_revision() -> str | None:
    repo = Path(synth.__file__).resolve().parents[1]
    try:
        rev = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return rev.stdout.strip() or None if rev.returncode == 0 else None


def make_provenance(offline: bool, corpus: str | None, embedding_model: str) -> Provenance:
    return Provenance(
        synth_version=synth.__version__,
        command=shlex.join(["synth", *sys.argv[1:]]),
        offline=offline,
        corpus=corpus,
        embedding_model=embedding_model,
        python=platform.python_version(),
        packages=package_versions(),
        git_revision=git_revision(),
    )
