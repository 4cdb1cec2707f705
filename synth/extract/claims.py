"""Claims from parsed sentences: numeric results and qualitative findings, each with its source.

A sentence becomes a *numeric* claim when it reports a result number (not a year, citation, table
or section number) next to a metric, dataset or a result verb; it becomes a *qualitative* claim when
it carries a finding cue ("outperforms", "we find", ...) in a section where papers state results.
"""

from __future__ import annotations

import re

from synth.extract.numbers import NumberMention, direction_of, find_numbers
from synth.extract.vocabulary import EntityMention, find_entities
from synth.records import Claim, ParsedPaper, Sentence, SourceSpan

SKIP_SECTIONS = {"references", "acknowledgments", "appendix"}
FINDING_SECTIONS = {"abstract", "introduction", "results", "experiments", "conclusion"}
MIN_CHARS, MAX_CHARS = 25, 700

FINDING_CUES = re.compile(
    r"\b(outperform\w*|improv\w*|gain\w*|boost\w*|surpass\w*|achiev\w*|obtain\w*|"
    r"we (?:find|found|show|observe|demonstrate)|results? (?:show|suggest|indicate)|"
    r"significantly|consistently|substantially|state[- ]of[- ]the[- ]art|better than|worse than|"
    r"degrad\w*|drops?|hurts?|lags? behind|underperform\w*|correlat\w*|competitive)\b",
    re.IGNORECASE,
)


def _first(entities: list[EntityMention], kind: str) -> str | None:
    return next((e.name for e in entities if e.kind == kind), None)


def _all(entities: list[EntityMention], kind: str) -> list[str]:
    out: list[str] = []
    for e in entities:
        if e.kind == kind and e.name not in out:
            out.append(e.name)
    return out


def _result_numbers(numbers: list[NumberMention]) -> list[NumberMention]:
    return [n for n in numbers if not n.count and (n.value is not None or n.delta is not None)]


def claim_from_sentence(sentence: Sentence, version: str | None = None) -> Claim | None:
    text = sentence.text
    if sentence.section_kind in SKIP_SECTIONS or not (MIN_CHARS <= len(text) <= MAX_CHARS):
        return None
    entities = find_entities(text)
    numbers = _result_numbers(find_numbers(text))
    cues = [m.group(0).lower() for m in FINDING_CUES.finditer(text)]
    has_anchor = any(e.kind in {"metric", "dataset"} for e in entities)
    if numbers and (has_anchor or cues):
        kind = "numeric"
    elif cues and sentence.section_kind in FINDING_SECTIONS and entities:
        kind = "qualitative"
    else:
        return None
    value = next((n for n in numbers if n.value is not None), None)
    delta = next((n for n in numbers if n.delta is not None), None)
    unit_source = delta or value
    direction = direction_of(text).value
    return Claim(
        id=f"{sentence.paper}:p{sentence.page}:s{sentence.index}",
        paper=sentence.paper,
        page=sentence.page,
        kind=kind,
        text=text,
        value=value.value if value else None,
        delta=delta.delta if delta else None,
        unit=unit_source.unit if unit_source else None,
        metric=_first(entities, "metric"),
        dataset=_first(entities, "dataset"),
        model=_first(entities, "model"),
        method=_first(entities, "method"),
        languages=_all(entities, "language"),
        direction=direction if direction in ("increase", "decrease") else None,
        cues=cues[:5],
        section=sentence.section,
        source=SourceSpan(paper=sentence.paper, version=version, page=sentence.page, bbox=sentence.bbox, quote=text),
    )


def extract_claims(parsed: ParsedPaper, version: str | None = None) -> list[Claim]:
    claims = []
    for sentence in parsed.sentences:
        claim = claim_from_sentence(sentence, version)
        if claim is not None:
            claims.append(claim)
    return claims
