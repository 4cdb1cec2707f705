"""A local corpus: a directory of PDFs with optional ``papers.json`` metadata.

``papers.json`` is a list of ``{id, file, arxiv_id, title, authors, year, venue}``.  Papers with no
entry take their title from page 1 and their arXiv id from the margin stamp.  Parsing is cached by
the PDF's sha256 and the parser version, so a second report over the same corpus reads no PDF twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from synth.errors import UsageError
from synth.parse.pdf import PARSER_VERSION, UnreadablePdf, parse_pdf
from synth.records import Paper, ParsedPaper, UnreadableFile
from synth.store import Cache, content_key, sha256_file


@dataclass(frozen=True)
class CorpusPaper:
    paper: Paper
    parsed: ParsedPaper


@dataclass(frozen=True)
class Corpus:
    papers: list[CorpusPaper]
    unreadable: list[UnreadableFile]


def read_metadata(directory: Path) -> dict[str, dict]:
    """papers.json entries keyed by file name; a broken file is a usage error naming it."""
    meta_path = directory / "papers.json"
    if not meta_path.is_file():
        return {}
    try:
        entries = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{meta_path}: not valid JSON ({exc})") from None
    if not isinstance(entries, list):
        raise UsageError(f"{meta_path}: expected a list of papers")
    out = {}
    for entry in entries:
        if isinstance(entry, dict) and entry.get("file"):
            out[entry["file"]] = entry
    return out


def list_pdfs(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise UsageError(f"corpus directory not found: {directory}")
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() == ".pdf")


def _parse_cached(path: Path, digest: str, paper_id: str, cache: Cache) -> tuple[ParsedPaper, dict]:
    key = content_key("parse", digest, paper_id, PARSER_VERSION)
    cached = cache.read_text("parsed", key)
    if cached is not None:
        blob = json.loads(cached)
        return ParsedPaper.model_validate(blob["parsed"]), blob["facts"]
    parsed, facts = parse_pdf(path, paper_id)
    facts_dict = {"title": facts.title, "arxiv_id": facts.arxiv_id, "arxiv_version": facts.arxiv_version}
    cache.write_text("parsed", key, json.dumps({"parsed": parsed.model_dump(mode="json"), "facts": facts_dict}))
    return parsed, facts_dict


def _abstract(parsed: ParsedPaper) -> str | None:
    text = " ".join(s.text for s in parsed.sentences if s.section_kind == "abstract")
    return text or None


def read_paper(path: Path, cache: Cache, meta: dict | None = None) -> CorpusPaper:
    """Parse one PDF (cached) into a Paper and its ParsedPaper; raises UnreadablePdf or OSError."""
    meta = meta or {}
    paper_id = str(meta.get("id") or path.stem)
    digest = sha256_file(path)
    parsed, facts = _parse_cached(path, digest, paper_id, cache)
    paper = Paper(
        id=paper_id,
        version=facts["arxiv_version"],
        title=meta.get("title") or facts["title"] or path.stem,
        authors=list(meta.get("authors") or []),
        year=meta.get("year"),
        venue=meta.get("venue"),
        abstract=meta.get("abstract") or _abstract(parsed),
        arxiv_id=meta.get("arxiv_id") or facts["arxiv_id"],
        source=str(path.resolve()),
        pdf_sha256=digest,
        pages=parsed.pages,
        metadata_from="papers.json" if meta else "pdf",
    )
    return CorpusPaper(paper=paper, parsed=parsed)


def read_pdfs(
    paths: list[Path],
    cache: Cache,
    metadata: dict[str, dict] | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> Corpus:
    """Parse PDFs; files that cannot be read are listed with the reason, the rest kept."""
    metadata = metadata or {}
    papers: list[CorpusPaper] = []
    unreadable: list[UnreadableFile] = []
    for path in paths:
        if on_file:
            on_file(path)
        try:
            papers.append(read_paper(path, cache, metadata.get(path.name)))
        except UnreadablePdf as exc:
            unreadable.append(UnreadableFile(path=str(path), reason=str(exc)))
        except OSError as exc:
            unreadable.append(UnreadableFile(path=str(path), reason=f"cannot read file ({exc.strerror or exc})"))
    return Corpus(papers=papers, unreadable=unreadable)


def load_corpus(directory: Path, cache: Cache, on_file: Callable[[Path], None] | None = None) -> Corpus:
    """Every PDF in ``directory``, with papers.json metadata where present."""
    return read_pdfs(list_pdfs(directory), cache, read_metadata(directory), on_file)
