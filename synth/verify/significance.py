"""A significance level given otherwise: "significant under a permutation test at p < 0.01" against "(by
permutation test, p < 0.05)"."""
from __future__ import annotations

import re

# "p < 0.05", "p<.01", "p-value < 0.05", "p ≤ 0.001": the level a result is called significant at
_LEVEL = re.compile(r"(?<![\w.-])p(?:\s*-?\s*values?)?\s*(?:<|≤|<=)\s*(?P<level>0?\.\d+)(?!\d)", re.IGNORECASE)
_TESTS = re.compile(r"\b(?:permutation|bootstrap\w*|t-test|wilcoxon|mcnemar|sign\s+test|randomi[sz]ation)\b",
                    re.IGNORECASE)


def levels(text: str) -> set[float]:
    """The significance levels a text gives."""
    return {float(m["level"]) for m in _LEVEL.finditer(text)}


def _tests(text: str) -> set[str]:
    return {" ".join(m.group(0).lower().split())[:9] for m in _TESTS.finditer(text)}


def level_given_otherwise(claim: str, passage: str) -> str | None:
    """Why the passage gives the claim's significance test another level (the claim gives one level, the passage
    others and not the claim's; a test the claim names, the passage names too), or None."""
    ours, theirs = levels(claim), levels(passage)
    if len(ours) != 1 or not theirs or ours & theirs:
        return None
    if not _tests(claim) <= _tests(passage):
        return None  # "by bootstrap, p < 0.05" says nothing of the claim's permutation test
    return (f"the claim calls it significant at p < {next(iter(ours)):g}, the paper at p < "
            f"{', '.join(f'{x:g}' for x in sorted(theirs))}")
