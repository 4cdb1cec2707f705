"""A quote is kept only if it occurs on the cited page of the parsed paper (after normalisation)."""

from __future__ import annotations

import re

from synth.parse.normalize import normalize_for_match
from synth.records import ParsedPaper

_SQUASH = re.compile(r"[\s\-]+")


def _squash(text: str) -> str:
    # Hyphens and spaces are where PDF line breaks differ between extraction paths.
    return _SQUASH.sub("", normalize_for_match(text))


def quote_on_page(quote: str, parsed: ParsedPaper, page: int) -> bool:
    if not quote.strip() or page < 1 or page > len(parsed.page_text):
        return False
    return _squash(quote) in _squash(parsed.page_text[page - 1])
