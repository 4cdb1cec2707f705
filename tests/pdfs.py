"""PDFs built by the tests themselves with PyMuPDF: small papers, and broken files of every kind."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

SHARED_PAPERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "papers"


def write_paper(path: Path, title: str, body: list[str], arxiv_stamp: str | None = None,
                headings: dict[int, str] | None = None) -> Path:
    """A one-column paper: a large title, optional rotated arXiv stamp in the left margin, then
    paragraphs (``headings`` maps a paragraph index to a bold heading set before it)."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 80), title, fontsize=16, fontname="hebo")
    if arxiv_stamp:
        page.insert_text((30, 600), arxiv_stamp, fontsize=10, rotate=90)
    y = 120
    for i, para in enumerate(body):
        if headings and i in headings:
            page.insert_text((72, y), headings[i], fontsize=11, fontname="hebo")
            y += 22
        rect = pymupdf.Rect(72, y, 540, y + 120)
        page.insert_textbox(rect, para, fontsize=10, fontname="helv")
        y += 130
        if y > 680:
            page = doc.new_page(width=612, height=792)
            y = 72
    doc.save(path)
    doc.close()
    return path


def write_encrypted(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret results: 99.9 accuracy")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="user")
    doc.close()
    return path


def write_image_only(path: Path) -> Path:
    """A page with drawings but no text layer, like a scanned page."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(72, 72, 300, 300), color=(0, 0, 0), fill=(0.5, 0.5, 0.5))
    doc.save(path)
    doc.close()
    return path


def write_truncated(path: Path, source: Path, keep: float = 0.4) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def shared_page_text(paper: str, page: int) -> str:
    """The raw text of one page (1-based) of a shared paper; skips when the paper is not there."""
    path = SHARED_PAPERS / f"{paper}.pdf"
    if not path.exists():
        pytest.skip(f"shared paper {path} is not here")
    with pymupdf.open(path) as doc:
        return doc[page - 1].get_text()
