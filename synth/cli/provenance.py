"""What produced a report: versions, command line, git revision."""

from __future__ import annotations

import platform
import shlex
import sys

import synth
from synth.environment import git_revision, package_versions
from synth.records import Provenance

PACKAGES = ["torch", "transformers", "sentence-transformers", "pymupdf", "pydantic", "jinja2", "numpy"]


def make_provenance(offline: bool, corpus: str | None, embedding_model: str) -> Provenance:
    return Provenance(
        synth_version=synth.__version__,
        command=shlex.join(["synth", *sys.argv[1:]]),
        offline=offline,
        corpus=corpus,
        embedding_model=embedding_model,
        python=platform.python_version(),
        packages=package_versions(PACKAGES),
        git_revision=git_revision(),
    )
