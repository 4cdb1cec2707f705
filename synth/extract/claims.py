"""Claims from parsed sentences: numeric results and qualitative findings, each with its source.

A sentence becomes a *numeric* claim when it reports a result number (not a year, citation, table
or section number) next to a metric, dataset or a result verb; it becomes a *qualitative* claim when
it carries a finding cue ("outperforms", "we find", ...) in a section where papers state results.
Numbers that set up an experiment rather than report one (counts, data sizes, durations, training
settings such as "a learning rate of 3e-5" or "α = 0.3") make no numeric claim.

A table cell becomes one numeric claim.  A cell holding two scores under a two-metric header,
"65.4 / 49.1" under "F1 / EM", carries the first as ``value``: a Claim has one value.  Both stay in the
cell's ``text``, and the verifier reads both from the table cell itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synth.extract.vocabulary import (
    EntityMention,
    canonical,
    find_entities,
    match_language_code,
)
from synth.parse.numbers import NumberMention, direction_of, find_numbers
from synth.parse.tables import read_cell
from synth.records import Claim, ParsedPaper, Sentence, SourceSpan, Table

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


# Training settings named next to a number: "a learning rate of 3e-5", "10% dropout", "α = 0.3".
SETTING_TERMS = re.compile(
    r"\b(?:learning[ -]rates?|lr|batch[ -]sizes?|dropout|warm-?up|weight[ -]decay|epochs?|temperature|"
    r"smoothing (?:factor|rate)|sampling (?:rate|ratio)|hidden (?:size|units|states|dim\w*)|sequence length|"
    r"vocab(?:ulary)? sizes?|beam (?:size|width)|label smoothing|optimal value|momentum)\b|[αβγλτηε]",
    re.IGNORECASE,
)
# Nouns that make a percentage a result even without a metric's name: "scores vary between 40% and 70%".
RESULT_NOUNS = re.compile(r"\bscores?\b", re.IGNORECASE)


def _is_setting(text: str, number: NumberMention) -> bool:
    before = text[max(0, number.start - 40) : number.start]
    after = text[number.end : number.end + 35]
    return bool(SETTING_TERMS.search(before) or SETTING_TERMS.search(after))


def _result_numbers(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Numbers that read as results: decimals, percentages, points, ratios or changes.  A bare small
    integer ("Step 1 and 5", "Fig 4", a footnote mark) is not a result, nor is a training setting."""
    return [n for n in numbers if not n.count and (n.value is not None or n.delta is not None)
            and ("." in n.text or n.unit is not None or n.delta is not None) and not _is_setting(text, n)]


def _has_anchor(text: str, entities: list[EntityMention], numbers: list[NumberMention]) -> bool:
    if any(e.kind in {"metric", "dataset"} for e in entities):
        return True
    return any(n.unit in ("percent", "points") for n in numbers) and bool(RESULT_NOUNS.search(text))


def claim_from_sentence(sentence: Sentence, version: str | None = None) -> Claim | None:
    text = sentence.text
    if sentence.section_kind in SKIP_SECTIONS or not (MIN_CHARS <= len(text) <= MAX_CHARS):
        return None
    entities = find_entities(text)
    numbers = _result_numbers(text, find_numbers(text))
    cues = [m.group(0).lower() for m in FINDING_CUES.finditer(text)]
    has_anchor = _has_anchor(text, entities, numbers)
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
    """Claims from the prose sentences, then one numeric claim per result-table cell."""
    claims = []
    for sentence in parsed.sentences:
        claim = claim_from_sentence(sentence, version)
        if claim is not None:
            claims.append(claim)
    for index, table in enumerate(parsed.tables):
        claims.extend(claims_from_table(table, index, version))
    return claims


# --- table cells ------------------------------------------------------------------------------

# Captions of tables that describe data or setup, not results.
NON_RESULT_CAPTION = re.compile(
    r"\b(statistic\w*|hyper-?\s?parameters?|number of (?:examples|sentences|tokens|words|articles)|"
    r"data ?set sizes?|sizes? of|notation|details on model|entity count|languages covered|"
    r"tokens per sentence|list of languages|overview of (?:the )?(?:datasets|tasks))\b",
    re.IGNORECASE,
)


def _header_entities(parts: list[str]) -> dict[str, list[str]]:
    return _header_entities_cached(tuple(parts))


@lru_cache(maxsize=4096)
def _header_entities_cached(parts: tuple[str, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {k: [] for k in ("model", "dataset", "metric", "method", "language")}

    def add(kind: str, name: str | None) -> None:
        if name and name not in found[kind]:
            found[kind].append(name)

    for part in parts:
        code = match_language_code(part)
        if code:
            add("language", code)
            continue
        for kind in ("model", "dataset", "metric", "method", "language"):
            add(kind, canonical(kind, part))
        for token in re.split(r"\s*[/,]\s*|\s+", part):
            if token and token != part:
                for kind in ("dataset", "metric", "model"):
                    add(kind, canonical(kind, token))
        for e in find_entities(part):
            if e.kind != "language":  # a language named inside a long header is context, not the cell's
                add(e.kind, e.name)
    return found


_cell = read_cell


def _integer_columns(table: Table) -> set[int]:
    """Columns whose numbers are all integers in a table whose other columns mostly carry decimals:
    counts such as "#lg" or "#params", or class codes, beside scores."""
    by_col: dict[int, list[str]] = {}
    for cell in table.cells:
        if cell.value is not None:
            by_col.setdefault(cell.column, []).append(cell.text)
    with_decimals = {c for c, ts in by_col.items() if any("." in t for t in ts)}
    if len(with_decimals) > len(by_col) / 2:
        return set(by_col) - with_decimals
    return set()


def is_result_table(table: Table) -> bool:
    """Whether a table reports results (scores), not data statistics or settings."""
    caption = table.caption or ""
    values = [c for c in table.cells if c.value is not None]
    if not values:
        return False
    with_decimals = sum("." in c.text for c in values) / len(values)
    metric_named = any(e.kind == "metric" for e in find_entities(caption)) or re.search(
        r"\b(results?|accuracy|performance|scores?|F1|BLEU|LAS|UAS|correlation)\b", caption, re.IGNORECASE)
    if NON_RESULT_CAPTION.search(caption) and not metric_named:
        return False
    return bool(metric_named) or with_decimals >= 0.6


def claims_from_table(table: Table, index: int, version: str | None = None) -> list[Claim]:
    if not is_result_table(table):
        return []
    skip_columns = _integer_columns(table)
    caption_entities = _header_entities([table.caption or ""]) if table.caption else {}
    claims = []
    for cell in table.cells:
        mention = _cell(cell.text)
        if mention is None or mention.count or cell.column in skip_columns:
            continue
        if mention.value is None and mention.delta is None:
            continue
        cols = _header_entities(cell.column_header)
        rows = _header_entities(cell.row_header)

        def pick(kind: str, *sources: dict[str, list[str]]) -> str | None:
            for source in sources:
                if source.get(kind):
                    return source[kind][0]
            return None

        languages = cols["language"] or rows["language"]
        label = table.label or "Table"
        row_text = " / ".join(cell.row_header)
        col_text = " / ".join(cell.column_header)
        text = " | ".join(part for part in (label, row_text, col_text, cell.text) if part)
        claims.append(Claim(
            id=f"{table.paper}:p{table.page}:t{index}:r{cell.row}c{cell.column}",
            paper=table.paper,
            page=table.page,
            kind="numeric",
            text=text,
            value=mention.value,
            delta=mention.delta,
            unit=mention.unit,
            metric=pick("metric", cols, rows, caption_entities),
            dataset=pick("dataset", cols, caption_entities, rows),
            model=pick("model", rows, cols),
            method=pick("method", rows, cols),
            languages=languages,
            cues=["table cell"],
            source=SourceSpan(paper=table.paper, version=version, page=table.page, bbox=cell.bbox, quote=cell.text),
            table=label,
            row=row_text or None,
            column=col_text or None,
        ))
    return claims
