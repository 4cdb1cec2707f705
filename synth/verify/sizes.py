"""Data sizes a claim states ("at least 100MB of monolingual text", "17GB of text"): the number parser reads
them as resources, not results, so no score check sees them, yet a changed size is a changed fact."""

from __future__ import annotations

import re

# ("a 101G multilingual corpus": gigabytes and terabytes may go without their "B"; a bare "100K" counts things)
_SIZE = re.compile(r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)\s?(?:(?P<mag>[KMGTP])i?B\b|(?P<short>[GT])(?![\w-]))")
_FACTOR = {"K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15}


def data_sizes(text: str) -> dict[float, str]:
    """Each size the text prints, in bytes, with the way it is written."""
    return {float(m.group("n")) * _FACTOR[m.group("mag") or m.group("short")]: m.group(0) for m in _SIZE.finditer(text)}


def size_mismatch(claim: str, evidence: str) -> tuple[list[str], list[str]] | None:
    """(claimed sizes the evidence does not print, the sizes it prints instead); None when every claimed
    size is printed."""
    claimed, printed = data_sizes(claim), data_sizes(evidence)
    missing = [written for size, written in claimed.items() if size not in printed]
    if not missing:
        return None
    return missing, [written for size, written in printed.items() if size not in claimed]


SIZE_CONTEXT = 3  # words on each side of a size that say what it is a size of
# words by a size that say nothing of what it measures
_PLAIN = frozenset("the of a an and or with to in on for is are was were that its each only text data".split())


def _around(text: str, m: re.Match[str]) -> set[str]:
    before = re.findall(r"[A-Za-z]+", text[:m.start()].lower())[-SIZE_CONTEXT:]
    after = re.findall(r"[A-Za-z]+", text[m.end():].lower())[:SIZE_CONTEXT]
    return set(before + after) - _PLAIN


def size_given_otherwise(claim: str, sentence: str) -> str | None:
    """A sentence printing none of the claim's data sizes but another with the same words by it ("with less than
    10MB of data" against a claimed "with less than 50MB of monolingual data"); None where it prints none, or one
    of the claim's."""
    claimed, printed = data_sizes(claim), data_sizes(sentence)
    if not claimed or not printed or set(claimed) & set(printed):
        return None
    for ours in _SIZE.finditer(claim):
        for theirs in _SIZE.finditer(sentence):
            shared = _around(claim, ours) & _around(sentence, theirs)
            if shared:
                return (f"claimed {ours.group(0)}, the passage prints {theirs.group(0)} with the same words by it "
                        f"({', '.join(sorted(shared))})")
    return None
