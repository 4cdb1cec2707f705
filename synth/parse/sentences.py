"""Sentence splitting tuned for scientific prose (abbreviations, decimals, citations)."""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "e.g", "i.e", "et al", "etc", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "secs", "tab",
    "no", "resp", "approx", "dr", "mr", "ms", "prof", "al", "inc", "ltd", "st", "vol", "pp", "ch",
    "app", "appx", "def", "thm", "lem",
}
# A boundary: terminal punctuation (optionally closed by a quote/bracket, or followed by a footnote mark
# before a capital: "(cosine similarity).6 Artetxe", never a decimal's "0.6 F1"), whitespace, then
# something that can start a sentence (a name such as "mBERT" or "mT5" too).
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]?(?:(?<=[^\d\s][.!?])\d{1,2}(?=\s+[A-Z][a-z]))?\s+"
                       r"(?=[A-Z0-9(\[\"']|[a-z][A-Z])")


def _ends_list(before: str, after: str) -> bool:
    """"[...] a Bulgarian or French hypothesis etc. This results in [...]": "etc." ends a list, and a
    capitalised word after it starts the next sentence."""
    return bool(re.search(r"\betc\.$", before) and re.match(r"[A-Z][a-z]", after))


def _ends_with_abbreviation(text: str) -> bool:
    m = re.search(r"(?:^|[\s(])([A-Za-z][A-Za-z.]*)\.$", text)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # Single capital initials ("J. Smith") and dotted acronyms ("U.S.").
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (stripped of surrounding whitespace)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        # keep a closing quote/bracket that follows the full stop with this sentence
        end = m.start() + len(m.group(0).strip())
        candidate = text[start:end]
        if _ends_with_abbreviation(text[start:m.start()]) and not _ends_list(text[start:m.start()], text[m.end():]):
            continue
        if candidate.strip():
            spans.append(_strip_span(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip_span(text, start, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
