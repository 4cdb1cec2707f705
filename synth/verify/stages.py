"""The training stage a setting belongs to: "In the fine-tuning stage, the batch size is 1024. We use Adam [...]
with learning rate 1e-5" gives the fine-tuning learning rate, which bears out nothing of a claim on "continuing the
pre-training" at 1e-5.

Only a stage named as such counts ("in the pre-training stage", "during fine-tuning", "when continuing the
pre-training"): "XLM-R fine-tuned on English" names a model, not the stage a number is set in.
"""

from __future__ import annotations

import re

_STAGE = re.compile(
    r"\b(?:(?:in|during|for|at|when|while|before|after)\s+(?:the\s+)?|continu\w*\s+(?:the\s+)?)"
    r"(?P<a>pre-?train(?:ing)?|fine-?tun(?:e|ing))\b"
    r"|\b(?P<b>pre-?training|fine-?tuning)\s+(?:stage|phase|step)s?\b", re.IGNORECASE)


def _stage(word: str) -> str:
    return "pre-training" if word.lower().startswith("pre") else "fine-tuning"


def stages_named(text: str) -> list[str]:
    """The stages a text names as stages, in order."""
    return [_stage(m.group("a") or m.group("b")) for m in _STAGE.finditer(text)]


def stage_of_sentence(text: str, before: str) -> str | None:
    """The stage a sentence's settings belong to: the one it names itself, else the last one named before it."""
    own = set(stages_named(text))
    if own:
        return next(iter(own)) if len(own) == 1 else None
    earlier = stages_named(before)
    return earlier[-1] if earlier else None


def other_stage(claim: str, text: str, before: str) -> str | None:
    """The stage a sentence is about where the claim names the other one, else None."""
    ours = set(stages_named(claim))
    if len(ours) != 1:
        return None
    theirs = stage_of_sentence(text, before)
    return theirs if theirs is not None and theirs not in ours else None
