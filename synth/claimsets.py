"""Claim sets to verify: JSONL (one ``{id, claim, ...}`` per line) or YAML (a list, or a mapping
with a ``claims`` list and optional ``source`` and ``cites``: the arXiv ids the claims rest on)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from pydantic import ValidationError

from synth.errors import UsageError
from synth.records import ClaimSetEntry


@dataclass(frozen=True)
class ClaimSet:
    entries: list[ClaimSetEntry]
    source: str | None = None
    cites: list[str] = field(default_factory=list)


def _entry(raw: object, where: str, source: str | None) -> ClaimSetEntry:
    if not isinstance(raw, dict):
        raise UsageError(f"{where}: expected an object with 'id' and 'claim'")
    data = {"source": source, **raw}
    data["id"] = str(data.get("id", "")).strip()
    if not data["id"] or not str(data.get("claim", "")).strip():
        raise UsageError(f"{where}: each claim needs a non-empty 'id' and 'claim'")
    try:
        return ClaimSetEntry.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise UsageError(f"{where}: field {field!r}: {first['msg']}") from None


def _check_unique(entries: list[ClaimSetEntry], path: Path) -> list[ClaimSetEntry]:
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise UsageError(f"{path}: claim id {e.id!r} appears more than once")
        seen.add(e.id)
    if not entries:
        raise UsageError(f"{path}: no claims in file")
    return entries


def load_claim_set(path: Path) -> ClaimSet:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read claims file {path}: {exc}") from None
    if path.suffix.lower() in {".jsonl", ".ndjson", ".json"}:
        entries = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
            entries.append(_entry(raw, f"{path}:{n}", None))
        return ClaimSet(_check_unique(entries, path))
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: not valid YAML ({exc})".replace("\n", " ")) from None
    source, cites = None, []
    if isinstance(doc, dict):
        source = doc.get("source")
        cites = [str(c) for c in doc.get("cites") or []]
        doc = doc.get("claims")
    if doc is None:
        doc = []
    if not isinstance(doc, list):
        raise UsageError(f"{path}: expected a list of claims (or a mapping with a 'claims' list)")
    entries = [_entry(raw, f"{path}: claim {i + 1}", source) for i, raw in enumerate(doc)]
    return ClaimSet(_check_unique(entries, path), source, cites)


def select_claims(claim_set: ClaimSet, only: list[str], path: Path) -> ClaimSet:
    """Keep the claims whose ids are in ``only`` (all of them when it is empty), in file order."""
    if not only:
        return claim_set
    known = [e.id for e in claim_set.entries]
    unknown = [i for i in only if i not in known]
    if unknown:
        raise UsageError(f"{path}: no claim with id {', '.join(map(repr, unknown))}; ids in the file: "
                         f"{', '.join(known)}")
    return replace(claim_set, entries=[e for e in claim_set.entries if e.id in set(only)])
