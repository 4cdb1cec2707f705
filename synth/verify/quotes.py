"""A quote is kept only if it occurs on the cited page of the parsed paper (after normalisation)."""

from __future__ import annotations

import re

from synth.parse.normalize import normalize_for_match
from synth.records import ParsedPaper

_SQUASH = re.compile(r"[\s\-]+")


def squashed(text: str) -> str:
    """The text normalised for matching, without spaces and hyphens: where PDF line breaks differ between
    extraction paths ("word- ordering" as printed is "word-ordering")."""
    return _SQUASH.sub("", normalize_for_match(text))


def quote_on_page(quote: str, parsed: ParsedPaper, page: int) -> bool:
    if not quote.strip() or page < 1 or page > len(parsed.page_text):
        return False
    return squashed(quote) in squashed(parsed.page_text[page - 1])
