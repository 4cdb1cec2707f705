"""Text normalisation shared by the parser and by quote checks."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_RE = re.compile("|".join(LIGATURES))
_SPACE_RE = re.compile(r"\s+")
_SOFT = {"\u00ad": "", "\u200b": "", "\u00a0": " "}
# LaTeX PDFs print an accent as a spacing mark before its letter ("Agi´c", "T¨ackstr¨om", "Mareˇcek")
_SPACING_ACCENTS = {"\u00b4": "\u0301", "\u02dd": "\u030b", "\u00a8": "\u0308", "\u02c6": "\u0302",
                    "\u02dc": "\u0303", "\u02c7": "\u030c", "\u00af": "\u0304", "\u02da": "\u030a",
                    "\u02d8": "\u0306"}
_ACCENTED = re.compile(f"[{''.join(_SPACING_ACCENTS)}]([A-Za-z])")


def fix_ligatures(text: str) -> str:
    return _LIGATURE_RE.sub(lambda m: LIGATURES[m.group(0)], text)


def _compose(m: re.Match[str]) -> str:
    """An accent and its letter as one character ("´c" → "ć"), where Unicode has one; a mark over a
    variable ("ˆX", "¯x") stays as printed."""
    composed = unicodedata.normalize("NFC", m.group(1) + _SPACING_ACCENTS[m.group(0)[0]])
    return composed if len(composed) == 1 else m.group(0)


def clean(text: str) -> str:
    """Ligatures expanded, spacing accents joined to their letters, soft hyphens and zero-width spaces
    dropped, whitespace collapsed."""
    text = _ACCENTED.sub(_compose, fix_ligatures(text))
    for k, v in _SOFT.items():
        text = text.replace(k, v)
    return _SPACE_RE.sub(" ", text).strip()


# Left halves of words that keep their hyphen when broken at a line end ("cross-" + "lingual").
COMPOUND_PREFIX = {
    "cross", "per", "state", "self", "zero", "few", "one", "two", "three", "non", "low", "high", "large",
    "small", "fine", "well", "task", "language", "word", "sentence", "token",
}


# A hyphen kept at a line end is written as U+2010 until the whole paper is read: whether "Chat-" + "GPT"
# or "per-" + "forms" is one word depends on how the paper prints it elsewhere (resolve_line_hyphens).
LINE_HYPHEN = "\u2010"
_MARKED = re.compile(rf"([A-Za-z]+){LINE_HYPHEN}([A-Za-z]+)")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def word_counts(texts: list[str]) -> Counter:
    """How often each word (hyphenated compounds as one word) is printed within a line."""
    return Counter(w for t in texts for w in _WORD.findall(t))


def resolve_line_hyphens(text: str, counts: Counter) -> str:
    """A hyphen kept at a line end dropped where the paper prints the joined word more often than the
    hyphenated one ("ChatGPT"), or, printing neither, words beginning like the joined one ("performs"
    where "performance" is printed); kept otherwise ("cross-lingual", "XLM-R")."""
    if LINE_HYPHEN not in text:
        return text

    def one(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(2)
        whole, hyphenated = counts[head + tail], counts[f"{head}-{tail}"]
        if not whole and not hyphenated and head.islower() and tail.islower():
            # neither printed elsewhere: "per-" + "forms" is one word where "perform..." is printed
            stem = (head + tail)[:len(head) + 3]
            whole = sum(n for w, n in counts.items() if w.startswith(stem))
        return head + tail if whole > hyphenated else f"{head}-{tail}"

    return _MARKED.sub(one, text).replace(LINE_HYPHEN, "-")


def join_lines(lines: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join the lines of a text block into one string, undoing end-of-line hyphenation.

    Returns the text and, per input line, the (start, end) character range it occupies, so that
    sentence offsets can be mapped back to line boxes.  A line ending in "-" after a lowercase
    letter and followed by a line starting in lowercase is treated as a hyphenated word break
    ("bench-" + "marks" → "benchmarks"); a hyphen before a capital or digit ("XLM-" + "R") or after a
    common compound half ("cross-" + "lingual") is kept, between two letters as LINE_HYPHEN.
    """
    out = ""
    spans: list[tuple[int, int]] = []
    keep = COMPOUND_PREFIX
    for i, raw in enumerate(lines):
        line = clean(raw).replace(LINE_HYPHEN, "-")  # a printed U+2010 is a plain hyphen
        if not line:
            spans.append((len(out), len(out)))
            continue
        if out:
            prev = re.search(r"([A-Za-z]+)-$", out)
            if prev and prev.group(1)[-1].islower() and line[0].islower() and prev.group(1).lower() not in keep:
                out = out[:-1]
            elif not out.endswith("-") or not line[0].isalnum():
                out += " "
            elif line[0].isalpha() and out[-2:-1].isalpha():
                out = out[:-1] + LINE_HYPHEN
        start = len(out)
        out += line
        spans.append((start, len(out)))
    return out, spans


def normalize_for_match(text: str) -> str:
    """Canonical form for checking that a quote occurs on a page: ligatures, hyphenation at line
    ends, whitespace and quote/dash variants made uniform, case kept."""
    text = clean(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
    return text
